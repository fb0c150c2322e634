"""nbval compares stderr: a notebook that starts to warn fails the suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_notebook

ROOT = Path(__file__).resolve().parent.parent


def _stored(folder: Path, source: str) -> Path:
    """A notebook executed once and saved with its outputs, as the project stores them."""
    nb = new_notebook(cells=[new_code_cell(source)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)"}
    NotebookClient(nb, kernel_name="python3").execute()
    path = folder / "nb.ipynb"
    nbformat.write(nb, path)
    return path


def _nbval(path: Path) -> subprocess.CompletedProcess[str]:
    # Run from the repository with its own settings and conftest (loaded as a
    # plugin, since the notebook lies outside the tree), as `make test` does.
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", "pyproject.toml",
         "--rootdir", ".", "-p", "conftest", str(path)],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip


def test_a_new_warning_fails_nbval(tmp_path):
    path = _stored(tmp_path, "x = 1\nprint(x)")
    assert _nbval(path).returncode == 0
    nb = nbformat.read(path, as_version=4)
    nb.cells[0].source = "import warnings\nx = 1\nprint(x)\nwarnings.warn('new in this version')"
    nbformat.write(nb, path)
    result = _nbval(path)
    assert result.returncode == 1, result.stdout
    assert "stderr" in result.stdout
