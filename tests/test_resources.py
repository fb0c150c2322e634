"""Tests for advrate.resources: packaged or checkout resources, and loud failure."""

from __future__ import annotations

import importlib.util

import pytest

from advrate import AdvrateError, DataError, resources
from advrate.evaluation import corpus_paths, load_corpus
from advrate.report import build_report


def test_checkout_resources_are_found():
    assert (resources.data_dir() / "datapackage.json").is_file()
    assert any(resources.notebooks_dir().glob("*.ipynb"))
    assert len(corpus_paths()) >= 3 and load_corpus()


def test_missing_resources_are_errors_naming_where_they_were_looked_for(monkeypatch, tmp_path):
    monkeypatch.delenv("ADVRATE_DATA_DIR", raising=False)
    monkeypatch.setattr(resources, "_LAYOUT", {
        "_data": (tmp_path / "data", "datapackage.json"),
        "_notebooks": (tmp_path / "notebooks", "*.ipynb"),
        "_corpus": (tmp_path / "corpus", "*.jsonl"),
    })  # fmt: skip
    for find in (resources.data_dir, resources.notebooks_dir, resources.corpus_dir, load_corpus):
        with pytest.raises(DataError, match="not found") as info:
            find()
        assert str(tmp_path) in str(info.value)


def test_report_without_the_notebooks_extra_names_it(monkeypatch, tmp_path):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "nbclient" else real(name, *a)
    )
    with pytest.raises(AdvrateError, match=r"pip install 'advrate\[notebooks\]'"):
        build_report(tmp_path / "out", progress=False)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", ["map", None, 3, ["maps"]])
def test_vintage_refuses_an_unknown_kind(kind):
    with pytest.raises(AdvrateError, match="kind must be 'maps' or 'losses'"):
        resources.vintage(kind)
