"""Tests for advrate.report: publish() and the report folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import advrate
from advrate import AdvrateError
from advrate.compare import comparison_table
from advrate.plot import rate_bar_chart
from advrate.report import REPORT_DIR_ENV, build_report, publish

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
    assert sorted(p.name for p in written) == [
        "bar.pdf", "bar.png", "bar.svg", "cmp.csv", "cmp.md",
    ]  # fmt: skip
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


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("report") / "report"
    (out / "stale.txt").parent.mkdir(parents=True)
    (out / "stale.txt").write_text("from an earlier run")
    proc = subprocess.run(
        [sys.executable, "-m", "advrate", "report", "--out", str(out)],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )  # fmt: skip
    return out, proc.stderr


def test_report_folder(report):
    out, progress = report
    assert not (out / "stale.txt").exists()
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
                   "tables/comparison-table.csv", "tables/comparison-table.md"):  # fmt: skip
        assert f'href="{target}"' in index
        assert (out / target).exists()
    assert "Rates of advance: Russia in Ukraine against historical offensives" in index


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
