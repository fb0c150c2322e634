"""Files: writing results without costing a user anything.

A command writes only the file it was asked to write, and writes it whole:
through a temporary file beside it that is renamed into place, so an
interrupted run leaves the previous file as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .checks import as_path
from .exceptions import AdvrateError

__all__ = ["check_output_file", "checked_stem", "write_text_atomic"]


def check_output_file(out: str | Path, *, inputs: Iterable[Path] = ()) -> Path:
    """Check, before any work, that ``out`` can take a result file.

    Parameters
    ----------
    out : str or pathlib.Path
        The file asked for.
    inputs : iterable of pathlib.Path
        Files being read; ``out`` may not be one of them.

    Returns
    -------
    pathlib.Path
        ``out`` as a path.

    Raises
    ------
    advrate.AdvrateError
        ``out`` is a folder, its folder does not exist, or it is one of the
        inputs.
    """
    target = as_path(out, "--out")
    if target.is_dir():
        raise AdvrateError(f"--out {target} is a folder; give a file name, e.g. {target}/rates.csv")
    if not target.parent.is_dir():
        raise AdvrateError(f"--out {target}: the folder {target.parent} does not exist")
    if target.exists():
        for path in (as_path(p, "input") for p in inputs):
            try:
                same = path.exists() and path.samefile(target)
            except OSError:
                same = False
            if same:
                raise AdvrateError(f"--out {target} is one of the input files; it would be lost")
    return target


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file, so it is never half-written."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def checked_stem(path_stem: object) -> Path:
    """A file path without extension, for writers that add one per format.

    Raises
    ------
    advrate.AdvrateError
        ``path_stem`` is not text or a path, or names a folder.
    """
    stem = as_path(path_stem, "path_stem")
    if stem.is_dir() or stem.name in ("", ".", ".."):
        raise AdvrateError(f"path_stem {str(stem)!r} is a folder; add a file name")
    return stem
