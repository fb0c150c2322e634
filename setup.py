"""Build step: copy the data package, the notebooks and the corpus into the wheel.

The repository keeps ``data/``, ``notebooks/`` and ``tests/corpus/`` at its
top level; an installed advrate reads them as ``advrate/_data``,
``advrate/_notebooks`` and ``advrate/_corpus`` (see advrate/resources.py).
Everything else is configured in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
# Folder in the repository -> (folder in the package, files to take).
RESOURCES = {
    "data": ("_data", ["**/*"]),
    "notebooks": ("_notebooks", ["*.ipynb"]),
    "tests/corpus": ("_corpus", ["*.jsonl"]),
}


class BuildWithResources(build_py):
    """build_py, then the resources copied under the package in the build folder."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads them from the checkout
            return
        for source, (target, patterns) in RESOURCES.items():
            destination = Path(self.build_lib) / "advrate" / target
            for pattern in patterns:
                for path in sorted((HERE / source).glob(pattern)):
                    if path.is_file():
                        copy = destination / path.relative_to(HERE / source)
                        copy.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copy2(path, copy)


setup(cmdclass={"build_py": BuildWithResources})
