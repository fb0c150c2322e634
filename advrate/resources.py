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
import json
import os
from pathlib import Path
from typing import Any

from .exceptions import AdvrateError, DataError

__all__ = [
    "AREA_FILE",
    "CHECKOUT_ROOT",
    "LOSSES_FILE",
    "cache_dir",
    "corpus_dir",
    "data_dir",
    "notebooks_dir",
    "read_json_mapping",
    "updated_file",
    "user_data_dir",
    "vintage",
]

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


# ---------------------------------------------------------------------------
# The user's own copies, written by `advrate data update` (advrate.update).

#: The map-derived daily series, relative to a data folder.
AREA_FILE = Path("ukraine") / "ukraine_occupied_area_daily.csv"
#: The claimed losses, relative to a data folder.
LOSSES_FILE = Path("ukraine") / "ukraine_genstaff_russian_personnel_losses_daily.csv"


def _user_root(kind: str) -> Path:
    override = os.environ.get("ADVRATE_USER_DIR")
    if override:
        return Path(override) / kind
    import platformdirs

    folder = platformdirs.user_cache_dir if kind == "cache" else platformdirs.user_data_dir
    return Path(folder("advrate", appauthor=False))


def cache_dir() -> Path:
    """Folder the downloaded raw files are kept in (never the package or a repository)."""
    return _user_root("cache")


def user_data_dir() -> Path:
    """Folder the updated series are written to, read in preference to the packaged ones."""
    return _user_root("data")


def updated_file(relative: Path) -> Path | None:
    """The user's updated copy of a packaged table, if there is one."""
    if not isinstance(relative, str | os.PathLike):
        raise AdvrateError(f"relative must be a path, not {relative!r:.60}")
    if os.environ.get("ADVRATE_DATA_DIR"):
        return None  # an explicit data folder is read as it is
    path = user_data_dir() / relative
    return path if path.is_file() else None


def vintage(kind: str = "maps") -> str:
    """Which vintage of a series the library reads, in words.

    Parameters
    ----------
    kind : {"maps", "losses"}
        The occupied-area series or the claimed losses.

    Returns
    -------
    str
        "maps through 2026-08-21, packaged" or "maps through 2026-11-20,
        updated on 2026-11-22".
    """
    if not isinstance(kind, str) or kind not in ("maps", "losses"):
        raise AdvrateError(f"kind must be 'maps' or 'losses', not {str(kind)[:40]!r}")
    path = updated_file(AREA_FILE if kind == "maps" else LOSSES_FILE)
    label = "maps" if kind == "maps" else "loss claims"
    if path is None:
        last = last_date(data_dir() / (AREA_FILE if kind == "maps" else LOSSES_FILE))
        return f"{label} through {last}, packaged"
    info = read_json_mapping(path.parent.parent / "vintage.json").get(kind, {})
    return f"{label} through {last_date(path)}, updated on {info.get('updated_on', 'unknown')}"


def last_date(path: Path) -> str:
    """The date in the first column of a CSV file's last line (its last day)."""
    try:
        with path.open(encoding="utf-8") as f:
            last = ""
            for line in f:
                last = line
    except OSError as err:
        raise DataError(str(path), f"cannot read it ({err.strerror})") from None
    return last.split(",", 1)[0]


def read_json_mapping(path: Path) -> dict[str, Any]:
    """A JSON object from ``path``, or an empty dict when it is missing or not an object."""
    from .checks import as_path

    try:
        payload = json.loads(as_path(path, "path").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    return payload if isinstance(payload, dict) else {}
