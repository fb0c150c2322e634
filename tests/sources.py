"""The stored source texts the tests check quotes against (never read by the library).

The two articles the project starts from are kept in ``../shared/articles``
beside the repository (their text is the publishers', so it is not committed
here). ``ADVRATE_SHARED_DIR`` points elsewhere when needed. CI has them and sets
``ADVRATE_REQUIRE_SOURCES=1`` (``.ci/run``): there a missing one is an error, never
a reason to fall back to something weaker. In a clone without them, the tests
that need them are skipped, each saying which file it lacks.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ADVRATE_SHARED_DIR", ROOT.parent / "shared"))

#: source_id in data/sources.csv -> stored article file.
ARTICLES = {
    "putin-troops-deaths-hidden": "putin-troops-deaths-hidden.txt",
    "isw-officials-escalate": "isw-security-officials-escalate.txt",
}
#: Corpus id prefix -> stored article file.
CORPUS_ARTICLES = {"putin": ARTICLES["putin-troops-deaths-hidden"],
                   "isw": ARTICLES["isw-officials-escalate"]}  # fmt: skip


def article_text(name: str) -> str:
    """The stored text of an article.

    A missing article fails the test where ``ADVRATE_REQUIRE_SOURCES`` is set (CI)
    and skips it elsewhere, naming the file either way.
    """
    path = SHARED / "articles" / name
    if not path.is_file():
        why = (
            f"{path} is missing: the quote checks need the stored source articles "
            "(../shared/articles beside the repository, or set ADVRATE_SHARED_DIR)"
        )
        if os.environ.get("ADVRATE_REQUIRE_SOURCES"):
            raise AssertionError(why)
        pytest.skip(why)
    return path.read_text(encoding="utf-8")
