"""Packaging: environment.yml agrees with pyproject.toml; import stays light."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


#: The extras a complete conda environment holds (compare and bench-only extras excepted).
CONDA_EXTRAS = ("notebooks", "test", "docs", "dask")


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {}
    extras = project["optional-dependencies"]
    for spec in project["dependencies"] + [s for e in CONDA_EXTRAS for s in extras[e]]:
        req = Requirement(spec)
        wanted[_canonical(req.name)] = str(req.specifier)
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    assert "conda-forge" in env["channels"]
    conda = {}
    pip_lines = []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip_lines += dep["pip"]
            continue
        m = re.fullmatch(r"([A-Za-z0-9_.-]+)\s*(.*)", dep)
        conda[_canonical(m.group(1))] = m.group(2).replace(" ", "")
    python_floor = project["requires-python"]
    assert conda.pop("python") == python_floor
    conda.pop("pip")
    normalised = {k: ",".join(sorted(v.split(","))) for k, v in wanted.items()}
    conda = {k: ",".join(sorted(v.split(","))) for k, v in conda.items()}
    assert conda == normalised
    assert "-e ." in pip_lines  # its dependencies are all satisfied by conda already


def test_core_install_is_the_library_alone():
    core = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    names = {_canonical(Requirement(spec).name) for spec in core}
    assert names.isdisjoint({"jupyter", "nbclient", "nbconvert", "ipykernel", "notebook"})
    assert {"pint", "pandas", "numpy", "matplotlib"} <= names


def test_import_does_not_load_pandas_or_matplotlib():
    code = (
        "import sys, advrate; advrate.parse_rate('1 km/day');"
        "print(sorted(m for m in ('pandas', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_lazy_public_api():
    import advrate

    assert callable(advrate.load_quoted_rates)
    assert "comparison_table" in dir(advrate)
    try:
        advrate.no_such_name  # noqa: B018
    except AttributeError as err:
        assert "no_such_name" in str(err)
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")
