"""Tests for the data package and advrate.data."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from frictionless import Package
from sources import ARTICLES, CORPUS_ARTICLES, article_text

import advrate
from advrate import DataError
from advrate.data import data_dir, read_resource

DATA = data_dir()


def test_datapackage_validates_with_frictionless():
    report = Package(DATA / "datapackage.json").validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_descriptor_keys_are_spelled_right():
    """frictionless ignores misspelt keys silently; check the spelling ourselves."""
    allowed_field_keys = {"name", "type", "format", "description", "constraints", "title"}
    allowed_constraints = {"required", "unique", "enum", "minimum", "maximum", "pattern"}
    for resource in Package(DATA / "datapackage.json").to_descriptor()["resources"]:
        for field in resource.get("schema", {}).get("fields", []):
            assert set(field) <= allowed_field_keys, field
            assert set(field.get("constraints", {})) <= allowed_constraints, field


def _raw_rows(name):
    with (DATA / f"{name}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_surface_occurs_in_its_quote():
    for row in _raw_rows("quoted_rates"):
        assert row["surface"] in row["quote"], row["rate_id"]


@pytest.mark.parametrize("row", _raw_rows("quoted_rates"), ids=lambda r: r["rate_id"])
def test_surface_parses_to_stored_value(row):
    rate = advrate.parse_rate(row["surface"], per=row["time_basis_from_context"] or None)
    assert rate.low == float(row["value_low"])
    assert rate.high == float(row["value_high"])
    assert rate.kind == row["kind"]
    assert (rate.qualifier or "") == row["qualifier"]


def test_every_source_has_origin_fields():
    for row in _raw_rows("sources"):
        for key in ("producer", "title", "url", "date_accessed", "licence", "citation"):
            assert row[key].strip(), (row["source_id"], key)
        assert row["url"].startswith("https://")


EXPECTED = {
    "Kharkiv": 50, "Donetsk": 135, "Somme": 80, "Galicia": 1580, "Gorizia": 500,
    "Belleau Wood": 410, "Leningrad": 1000, "Kursk-Oboyan": 3220,
}  # fmt: skip


def test_seed_figures_have_right_canonical_values():
    rates = advrate.load_quoted_rates()
    csis = rates[rates.source_id == "csis-2025-battlefield-woes"].set_index("subject")
    for subject, value in EXPECTED.items():
        assert csis.loc[subject, "rate_m_per_day"] == value
        assert csis.loc[subject, "canonical_unit"] == "m/day"
    isw = rates[rates.source_id == "isw-officials-escalate"].iloc[0]
    assert isw["rate_km2_per_day"] == 9 and isw["canonical_unit"] == "km²/day"
    assert isw["qualifier"] == "approximately"
    # Gorizia is named correctly, while the source's spelling is kept
    gorizia = csis.loc["Gorizia"]
    assert gorizia["name_as_written"] == "Gorzia" and "Gorzia in 1916" in gorizia["quote"]
    assert gorizia["time_basis_from_context"] == "day"


def test_linear_and_areal_never_share_a_column():
    rates = advrate.load_quoted_rates()
    assert rates.loc[rates.kind == "areal", "rate_m_per_day"].isna().all()
    assert rates.loc[rates.kind == "linear", "rate_km2_per_day"].isna().all()


def test_citations_present():
    rates = advrate.load_quoted_rates()
    assert rates["source_citation"].notna().all()
    assert set(rates.loc[rates.source_id.str.startswith("csis"), "source_citation"]) == {
        "CSIS (2025-06-03)"
    }


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    shutil.copytree(DATA, tmp_path / "data", ignore=shutil.ignore_patterns("*/"))
    return tmp_path / "data"


def _edit_cell(folder: Path, table: str, row: int, column: str, value: str) -> None:
    path = folder / f"{table}.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    rows[row - 1][column] = value
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("value_low", "fifty", "not a number"),
        ("year", "19x6", "not an integer"),
        ("kind", "diagonal", "not one of"),
        ("value_low", "-5", "below the minimum"),
        ("surface", "", "empty but required"),
        ("source_id", "no-such-source", "not a source_id"),
        ("surface", "90 meters per day", "does not occur in the quote"),
        ("value_low", "51", "gives 50.0"),
        ("rate_id", "csis25-02", "repeats the key"),
    ],
)
def test_malformed_rows_name_file_row_and_column(data_copy, column, value, message):
    _edit_cell(data_copy, "quoted_rates", 1, column, value)
    with pytest.raises(DataError, match=message) as info:
        advrate.load_quoted_rates(data_copy)
    assert info.value.path.endswith("quoted_rates.csv")
    assert info.value.row == 1 or column == "rate_id"
    if column != "rate_id":
        assert info.value.column == column


def test_wrong_header_and_short_row(data_copy):
    path = data_copy / "sources.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("producer,", "publisher,", 1), encoding="utf-8")
    with pytest.raises(DataError, match="missing columns \\['producer'\\]"):
        read_resource("sources", data_copy)
    path.write_text(text + "only,three,cells\n", encoding="utf-8")
    with pytest.raises(DataError, match="has 3 cells") as info:
        read_resource("sources", data_copy)
    assert info.value.row == len(text.strip().splitlines())


def test_missing_data_folder(tmp_path):
    with pytest.raises(DataError, match="ADVRATE_DATA_DIR"):
        advrate.load_quoted_rates(tmp_path)


def test_quoted_costs_surface_matches_quote_and_value():
    import re

    with (DATA / "ukraine" / "quoted_costs.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows
    for row in rows:
        assert row["surface"] in row["quote"], row["cost_id"]
        number = re.search(r"\d[\d,.]*", row["surface"]).group(0).replace(",", "")
        assert float(number) == float(row["value"]), row["cost_id"]
        if row["qualifier"]:
            assert row["surface"].startswith(row["qualifier"] + " "), row["cost_id"]


def _unverified_quotes(rows) -> tuple[list[str], int]:
    """Rows whose quote is not verbatim in the stored article, and how many were checked."""
    wrong, checked = [], 0
    for number, row in enumerate(rows.itertuples(index=False), start=1):
        name = ARTICLES.get(row.source_id)
        if name is None:
            continue
        checked += 1
        if row.quote not in article_text(name) or row.surface not in row.quote:
            wrong.append(f"row {number} ({name})")
    return wrong, checked


@pytest.mark.parametrize(
    "table", ["quoted_rates", "ukraine_quoted_amounts", "ukraine_quoted_costs"]
)
def test_quotes_are_verbatim_in_the_stored_source_text(table):
    wrong, checked = _unverified_quotes(read_resource(table))
    assert wrong == []
    if table == "quoted_rates":
        assert checked >= 8  # the article rows; a silent zero would prove nothing


def test_a_fabricated_quote_is_caught():
    rows = read_resource("quoted_rates")
    forged = rows[rows["source_id"] == "putin-troops-deaths-hidden"].head(1).copy()
    # A row consistent with itself (its surface is in its quote and parses to its
    # value) but quoting words the article does not contain.
    forged["quote"] = forged["quote"].str.replace("50 meters", "60 meters")
    forged["surface"] = forged["surface"].str.replace("50 meters", "60 meters")
    assert _unverified_quotes(forged) == (["row 1 (putin-troops-deaths-hidden.txt)"], 1)


def test_corpus_sentences_from_the_articles_are_verbatim():
    from advrate.evaluation import load_corpus

    items = [i for i in load_corpus() if i["id"].split("-")[0] in CORPUS_ARTICLES]
    assert len(items) >= 10
    for item in items:
        text = article_text(CORPUS_ARTICLES[item["id"].split("-")[0]])
        assert item["text"] in text, item["id"]


def test_a_missing_source_article_fails_where_required(monkeypatch, tmp_path):
    import sources

    monkeypatch.setattr(sources, "SHARED", tmp_path)
    monkeypatch.setenv("ADVRATE_REQUIRE_SOURCES", "1")
    with pytest.raises(AssertionError, match="is missing"):
        sources.article_text("putin-troops-deaths-hidden.txt")
    monkeypatch.delenv("ADVRATE_REQUIRE_SOURCES")
    with pytest.raises(pytest.skip.Exception, match="is missing"):
        sources.article_text("putin-troops-deaths-hidden.txt")
