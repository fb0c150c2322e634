"""Resources: where the data package, the notebooks and the labelled corpus are.

An installed wheel carries them inside the package (``advrate/_data``,
``advrate/_notebooks``, ``advrate/_corpus``, copied there when the wheel is
built), read through :mod:`importlib.resources`. A source checkout keeps them
at the top of the repository (``data/``, ``notebooks/``, ``tests/corpus/``),
and an editable install reads them there. ``ADVRATE_DATA_DIR`` overrides the
data folder.

A resource that cannot be found is an error naming every place looked in,
never an empty table.
"""

from __future__ import annotations

import importlib.resources
import os
from pathlib import Path

from .exceptions import DataError

__all__ = ["CHECKOUT_ROOT", "corpus_dir", "data_dir", "notebooks_dir"]

#: The repository root when advrate runs from a source checkout.
CHECKOUT_ROOT = Path(__file__).resolve().parent.parent

# Packaged folder name -> (the folder in a checkout, what it must hold).
_LAYOUT = {
    "_data": (CHECKOUT_ROOT / "data", "datapackage.json"),
    "_notebooks": (CHECKOUT_ROOT / "notebooks", "*.ipynb"),
    "_corpus": (CHECKOUT_ROOT / "tests" / "corpus", "*.jsonl"),
}


def _packaged(name: str) -> Path | None:
    try:
        folder = importlib.resources.files("advrate") / name
    except ModuleNotFoundError:  # pragma: no cover - advrate is being imported
        return None
    path = Path(str(folder))
    return path if path.is_dir() else None


def _locate(name: str, what: str) -> Path:
    checkout, pattern = _LAYOUT[name]
    tried = []
    for folder in (_packaged(name), checkout):
        if folder is None:
            continue
        tried.append(str(folder))
        if any(folder.glob(pattern)):
            return folder
    raise DataError(
        " or ".join(tried) or name,
        f"{what} not found; reinstall advrate, or run it from a source checkout",
    )


def data_dir() -> Path:
    """Folder holding ``datapackage.json`` and the tables.

    Returns
    -------
    pathlib.Path
        ``$ADVRATE_DATA_DIR`` if set; else the data packaged in the wheel;
        else ``data/`` of the source checkout.

    Raises
    ------
    advrate.DataError
        No data package in any of these places.
    """
    override = os.environ.get("ADVRATE_DATA_DIR")
    if override:
        return Path(override)
    return _locate("_data", "the data package (datapackage.json)")


def notebooks_dir() -> Path:
    """Folder of the report's notebooks (packaged, or ``notebooks/`` of the checkout)."""
    return _locate("_notebooks", "the notebooks (*.ipynb)")


def corpus_dir() -> Path:
    """Folder of the labelled extraction corpus (packaged, or ``tests/corpus/``)."""
    return _locate("_corpus", "the labelled corpus (*.jsonl)")
