"""Tests for advrate.report: publish() and the report folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import advrate
from advrate import AdvrateError
from advrate.compare import comparison_table
from advrate.plot import rate_bar_chart
from advrate.report import MARKER_NAME, REPORT_DIR_ENV, build_report, publish

ROOT = Path(__file__).resolve().parent.parent


def test_publish_is_a_no_op_outside_a_report(monkeypatch, tmp_path):
    monkeypatch.delenv(REPORT_DIR_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    assert publish(comparison_table(), "x") == []
    assert list(tmp_path.iterdir()) == []


def test_publish_writes_figures_and_tables(monkeypatch, tmp_path):
    monkeypatch.setenv(REPORT_DIR_ENV, str(tmp_path))
    table = comparison_table()
    written = publish(table, "cmp", title="A table") + publish(rate_bar_chart(table), "bar")
    assert sorted(p.relative_to(tmp_path).as_posix() for p in written) == [
        "figures/bar.pdf", "figures/bar.png", "figures/bar.svg",
        "figures/column/bar.pdf", "figures/column/bar.png", "figures/column/bar.svg",
        "tables/cmp.csv", "tables/cmp.md",
    ]  # fmt: skip
    from PIL import Image

    # 300 dpi: 17 cm is 2008 px, 8.5 cm is 1004 px, at most
    assert Image.open(tmp_path / "figures" / "bar.png").size[0] <= 2008
    assert Image.open(tmp_path / "figures" / "column" / "bar.png").size[0] <= 1004
    assert (tmp_path / "captions.tsv").read_text(encoding="utf-8") == "cmp\tA table\nbar\tbar\n"
    with pytest.raises(AdvrateError, match="Figure or a DataFrame"):
        publish("text", "nope")


def test_no_notebooks(tmp_path):
    with pytest.raises(AdvrateError, match="no notebooks"):
        build_report(tmp_path / "out", notebooks=tmp_path, progress=False)


def test_failing_notebook_is_named(tmp_path):
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    nb = new_notebook(cells=[new_code_cell("raise ValueError('boom')")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nbformat.write(nb, tmp_path / "bad.ipynb")
    with pytest.raises(AdvrateError, match=r"bad\.ipynb failed") as info:
        build_report(tmp_path / "out", notebooks=tmp_path, progress=False)
    assert "boom" in str(info.value)
    assert not (tmp_path / "out").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.ipynb"]  # no debris


def _tiny_notebooks(folder: Path) -> Path:
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    folder.mkdir()
    nb = new_notebook(cells=[new_markdown_cell("# Tiny"), new_code_cell("1 + 1")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)"}
    nbformat.write(nb, folder / "tiny.ipynb")
    return folder


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
            if p.is_file()}  # fmt: skip


@pytest.mark.parametrize("layout", ["user-folder", "nested-user-file"])
def test_report_refuses_a_folder_holding_a_users_files(tmp_path, layout):
    notebooks = _tiny_notebooks(tmp_path / "nb")
    out = tmp_path / "mine"
    (out / "sub").mkdir(parents=True)
    target = out / ("thesis.txt" if layout == "user-folder" else "sub/notes.md")
    target.write_text("years of work")
    before = _tree(tmp_path)
    with pytest.raises(AdvrateError, match="nothing was changed"):
        build_report(out, notebooks=notebooks, progress=False)
    assert _tree(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine", "nb"]  # no staging left


def test_report_refuses_working_directory_notebooks_and_files(tmp_path, monkeypatch):
    notebooks = _tiny_notebooks(tmp_path / "nb")
    monkeypatch.chdir(tmp_path)
    before = _tree(tmp_path)
    with pytest.raises(AdvrateError, match="working directory"):
        build_report(".", notebooks=notebooks, progress=False)
    with pytest.raises(AdvrateError, match="working directory"):
        build_report(tmp_path.parent, notebooks=notebooks, progress=False)
    with pytest.raises(AdvrateError, match="notebooks folder"):
        build_report(notebooks, notebooks=notebooks, progress=False)
    (tmp_path / "report.html").write_text("<p>mine</p>")
    before = _tree(tmp_path)
    with pytest.raises(AdvrateError, match="is a file"):
        build_report("report.html", notebooks=notebooks, progress=False)
    assert _tree(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nb", "report.html"]


def test_report_into_new_empty_and_earlier_report_folders(tmp_path):
    notebooks = _tiny_notebooks(tmp_path / "nb")
    new = tmp_path / "deep" / "new"
    index = build_report(new, notebooks=notebooks, progress=False)
    assert index == new / "index.html" and index.exists()
    mask = os.umask(0)
    os.umask(mask)
    assert new.stat().st_mode & 0o777 == 0o777 & ~mask  # not the private mode of a temp dir
    assert (new / "notebooks" / "tiny.html").exists()
    marker = json.loads((new / MARKER_NAME).read_text(encoding="utf-8"))
    assert "index.html" in marker["files"] and "notebooks/tiny.html" in marker["files"]
    empty = tmp_path / "empty"
    empty.mkdir()
    build_report(empty, notebooks=notebooks, progress=False)
    assert (empty / "index.html").exists()
    # Re-running over an earlier report replaces it whole.
    (new / "notebooks" / "tiny.html").write_text("stale")
    build_report(new, notebooks=notebooks, progress=False)
    assert (new / "notebooks" / "tiny.html").read_text() != "stale"
    # ... but not once a user has put a file of their own in it.
    (new / "my-notes.txt").write_text("keep me")
    with pytest.raises(AdvrateError, match=r"files it did not write.*my-notes\.txt"):
        build_report(new, notebooks=notebooks, progress=False)
    assert (new / "my-notes.txt").read_text() == "keep me"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    leftovers += [p.name for p in (tmp_path / "deep").iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_report_refuses_a_forged_or_broken_marker(tmp_path):
    notebooks = _tiny_notebooks(tmp_path / "nb")
    out = tmp_path / "out"
    out.mkdir()
    (out / "thesis.txt").write_text("mine")
    (out / MARKER_NAME).write_text("not json")
    with pytest.raises(AdvrateError, match="not an earlier"):
        build_report(out, notebooks=notebooks, progress=False)
    assert (out / "thesis.txt").read_text() == "mine"


def test_cli_report_refusal_exits_1_and_touches_nothing(tmp_path):
    out = tmp_path / "thesis"
    out.mkdir()
    (out / "thesis.txt").write_text("years of work")
    proc = subprocess.run(
        [sys.executable, "-m", "advrate", "report", "--out", str(out)],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 1
    assert proc.stderr.startswith("advrate report: error:") and "Traceback" not in proc.stderr
    assert [p.name for p in out.iterdir()] == ["thesis.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thesis"]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("report") / "report"
    proc = subprocess.run(
        [sys.executable, "-m", "advrate", "report", "--out", str(out)],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )  # fmt: skip
    return out, proc.stderr


def test_report_folder(report):
    out, progress = report
    for stem in ("comparison-bar", "days-to-advance-10km", "all-rates-log"):
        for fmt in ("svg", "pdf", "png"):
            assert (out / "figures" / f"{stem}.{fmt}").stat().st_size > 1000
    for stem in ("comparison-table", "quoted-rates-normalised"):
        assert (out / "tables" / f"{stem}.csv").exists()
        assert (out / "tables" / f"{stem}.md").exists()
    notebooks = sorted(p.name for p in (out / "notebooks").glob("*.html"))
    assert notebooks[:2] == ["01-normalise-quoted-rates.html", "02-historical-comparison.html"]
    assert "[1/" in progress and "done:" in progress


def test_report_index_links_everything(report):
    out, _ = report
    index = (out / "index.html").read_text(encoding="utf-8")
    for target in ("notebooks/02-historical-comparison.html", "figures/comparison-bar.svg",
                   "figures/comparison-bar.pdf", "figures/comparison-bar.png",
                   "figures/column/comparison-bar.svg", "figures/column/comparison-bar.png",
                   "tables/comparison-table.csv", "tables/comparison-table.md"):  # fmt: skip
        assert f'href="{target}"' in index
        assert (out / target).exists()
    assert "Rates of advance: Russia in Ukraine against historical offensives" in index


def test_notebook_pages_are_titled_and_lead_back_to_the_index(report):
    import re

    import nbformat

    out, _ = report
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        heading = next(
            line[2:].strip()
            for cell in nbformat.read(notebook, as_version=4).cells
            if cell.cell_type == "markdown"
            for line in cell.source.splitlines()
            if line.startswith("# ")
        )
        page = (out / "notebooks" / notebook.with_suffix(".html").name).read_text("utf-8")
        title = re.search(r"<title>(.*?)</title>", page).group(1)
        assert title == heading.replace("&", "&amp;")
        assert 'href="../index.html"' in page
        assert re.search(r'<meta[^>]*width=device-width[^>]*name="viewport"', page)


def test_notebook_pages_read_on_a_phone(report):
    out, _ = report
    for page in sorted((out / "notebooks").glob("*.html")):
        text = page.read_text(encoding="utf-8")
        narrow = text.index('id="advrate-narrow-screens"')
        # after the lab stylesheet, whose rules it must override
        assert narrow > text.index(".jp-OutputArea-output pre {"), page.name
        rules = text[narrow : text.index("</style>", narrow)]
        assert "word-break:normal" in rules  # lines wrap between words, not inside them
        assert "overflow-x:auto" in rules and "max-width:100%" in rules  # tables scroll in a box
        assert "@media only screen and (max-width:480px)" in rules


def test_notebooks_show_tables_as_html_with_readable_text():
    """Tables reach readers as <table>s; what is printed stays short enough to read."""
    import re

    import nbformat

    for notebook in sorted((ROOT / "notebooks").glob("0[1-5]-*.ipynb")):
        cells = nbformat.read(notebook, as_version=4).cells
        code = "\n".join(c.source for c in cells if c.cell_type == "code")
        assert "to_string(" not in code, notebook.name
        outputs = [o for c in cells if c.cell_type == "code" for o in c.outputs]
        tables = [o for o in outputs if "<table" in o.get("data", {}).get("text/html", "")]
        assert tables, notebook.name
        for output in tables:  # the plain-text form nbval also compares is a readable table
            assert output["data"]["text/plain"].strip(), notebook.name
        printed = [
            line for o in outputs if o.output_type == "stream" for line in o.text.splitlines()
        ]
        # prose wraps between words on a narrow screen; a printed table row
        # (columns set apart by runs of spaces) cannot, so it must stay short
        rows = [line for line in printed if len(re.findall(r"\S {2,}(?=\S)", line)) >= 2]
        too_wide = [line for line in rows if len(line) > 100]
        assert not too_wide, (notebook.name, too_wide[:1])


def test_notebooks_name_the_kernel_as_jupyterlab_does():
    import nbformat

    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        spec = nbformat.read(notebook, as_version=4).metadata["kernelspec"]
        assert spec == {"display_name": "Python 3 (ipykernel)", "language": "python",
                        "name": "python3"}  # fmt: skip


def test_report_html_is_self_contained(report):
    out, _ = report
    for page in (out / "notebooks").glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<script src=" not in text, page.name
        assert "data:image/png;base64" in text or page.name.startswith("01")


def test_report_table_matches_library(report):
    import pandas as pd

    out, _ = report
    written = pd.read_csv(out / "tables" / "comparison-table.csv")
    expected = comparison_table(advrate.load_quoted_rates(), reference=["Somme", "Kharkiv"])
    assert written["rate_m_per_day"].tolist() == expected["rate_m_per_day"].tolist()
    assert (
        written["ratio_to_somme"].round(6).tolist() == expected["ratio_to_somme"].round(6).tolist()
    )


def test_report_refusal_comes_before_any_notebook_runs(tmp_path):
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    notebooks = tmp_path / "nb"
    notebooks.mkdir()
    nb = new_notebook(cells=[new_code_cell("raise RuntimeError('executed')")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)"}
    nbformat.write(nb, notebooks / "slow.ipynb")
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.txt").write_text("years of work")
    with pytest.raises(AdvrateError, match="not an earlier") as info:
        build_report(out, notebooks=notebooks, progress=False)
    assert "executed" not in str(info.value)


# --- the wheel is the product ----------------------------------------------
_WHEEL_CHECK = """
import advrate
from advrate import compare, history, territory
from advrate.evaluation import load_corpus
from advrate.resources import data_dir, notebooks_dir

assert "site-packages" in advrate.__file__, advrate.__file__
assert "site-packages" in str(data_dir()) and "site-packages" in str(notebooks_dir())
print(advrate.parse_rate("1,580 meters per day").canonical_low)
print(len(advrate.load_quoted_rates()), len(advrate.load_sources()))
print(compare.comparison_table().loc[0, "subject"])
print(round(history.percentile_of(50), 1))
print(round(territory.gain_rate("2024-12-01", "2024-12-31").km2_per_day, 2))
print(len(territory.load_quoted_amounts()), len(load_corpus()) > 50)
"""


def _environment_with_wheel(tmp: Path) -> Path:
    """A fresh environment holding the wheel built from this tree; its dependencies
    are borrowed from the running one (a .pth line) so that nothing is downloaded."""
    import shutil
    import sysconfig

    tree = tmp / "tree"
    shutil.copytree(ROOT, tree, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*cache", ".hypothesis",
    ))  # fmt: skip
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp / "dist"), str(tree)], check=True, capture_output=True,
    )  # fmt: skip
    (wheel,) = (tmp / "dist").glob("advrate-*.whl")
    env = tmp / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True)
    python = env / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    Path(site, "_borrowed_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "-q", str(wheel)], check=True, capture_output=True,
    )  # fmt: skip
    return env


def test_wheel_carries_data_and_notebooks_and_builds_the_same_report(report, tmp_path):
    import zipfile

    env = _environment_with_wheel(tmp_path)
    (wheel,) = (tmp_path / "dist").glob("advrate-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("_data/datapackage.json", "_data/ukraine/PROVENANCE.md",
                   "_data/cdb90/PROVENANCE.md", "_notebooks/01-normalise-quoted-rates.ipynb",
                   "_corpus/sentences.jsonl"):  # fmt: skip
        needed = f"advrate/{needed}"
        assert needed in names
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # nbconvert's templates are data files of the environment the dependencies come from.
    env_vars = {**os.environ, "JUPYTER_PATH": str(Path(sys.prefix) / "share" / "jupyter")}
    env_vars.pop("ADVRATE_DATA_DIR", None)
    checked = subprocess.run(
        [str(env / "bin" / "python"), "-c", _WHEEL_CHECK], cwd=elsewhere, env=env_vars,
        capture_output=True, text=True,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    lines = checked.stdout.split()
    assert lines[0] == "1580.0" and lines[-1] == "True"
    out = elsewhere / "report"
    built = subprocess.run(
        [str(env / "bin" / "advrate"), "report", "--out", str(out), "--quiet"], cwd=elsewhere,
        env=env_vars, capture_output=True, text=True,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    repo_report, _ = report
    assert _tree(out) == _tree(repo_report)
