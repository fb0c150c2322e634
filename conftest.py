"""Test settings for the whole repository (one conftest, so doctest collection
of modules does not meet two files named conftest.py)."""

import atexit
import os
import shutil
import tempfile

import matplotlib

# Charts are rendered off-screen in tests, whatever the machine's default.
matplotlib.use("Agg")

# Running the module entry point would call sys.exit during doctest collection.
collect_ignore = ["advrate/__main__.py", "benchmarks", "build"]

# The tests and the notebooks under nbval read the packaged data, never a
# developer's own `advrate data update` (which lives in the user data folder).
_USER_DIR = tempfile.mkdtemp(prefix="advrate-test-user-")
os.environ["ADVRATE_USER_DIR"] = _USER_DIR
atexit.register(shutil.rmtree, _USER_DIR, ignore_errors=True)


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    """Close every figure a test opened, so a long run holds no stale charts."""
    yield
    import matplotlib.pyplot as plt

    plt.close("all")
