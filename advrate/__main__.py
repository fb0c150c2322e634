"""``python -m advrate``: the same as the ``advrate`` command."""

import sys

from .cli import main

sys.exit(main())
