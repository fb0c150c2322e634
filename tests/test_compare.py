"""Tests for advrate.compare."""

from __future__ import annotations

import pandas as pd
import pytest

import advrate
from advrate import AdvrateError, DimensionError
from advrate.compare import CSIS_SUBJECTS, comparison_table, export_table, format_table


@pytest.fixture(scope="module")
def rates() -> pd.DataFrame:
    return advrate.load_quoted_rates()


@pytest.fixture(scope="module")
def table(rates) -> pd.DataFrame:
    return comparison_table(rates, reference=["Somme", "Kharkiv"], distance=10)


def test_rows_and_order(table):
    assert set(table["subject"]) == set(CSIS_SUBJECTS)
    assert table["rate_m_per_day"].is_monotonic_decreasing
    assert table["rank"].tolist() == list(range(1, 9))
    assert table.iloc[0]["subject"] == "Kursk-Oboyan"
    assert table.iloc[-1]["subject"] == "Kharkiv"


def test_ratios(table):
    row = table.set_index("subject")
    assert row.loc["Kharkiv", "ratio_to_somme"] == pytest.approx(0.625)
    assert row.loc["Kursk-Oboyan", "ratio_to_kharkiv"] == pytest.approx(64.4)
    assert row.loc["Somme", "ratio_to_somme"] == 1
    assert row.loc["Donetsk", "ratio_to_kharkiv"] == pytest.approx(2.7)


def test_days_and_years_to_advance(table):
    row = table.set_index("subject")
    assert row.loc["Kharkiv", "days_to_advance"] == pytest.approx(200)
    assert row.loc["Somme", "days_to_advance"] == pytest.approx(125)
    assert row.loc["Kharkiv", "years_to_advance"] == pytest.approx(200 / 365.25)
    assert (table["distance_km"] == 10).all()


def test_every_row_is_traceable(table, rates):
    merged = table.merge(rates, on="rate_id", suffixes=("", "_data"))
    assert len(merged) == len(table)
    assert (merged["surface"] == merged["surface_data"]).all()
    assert (table["source"] == "CSIS (2025-06-03)").all()


def test_primary_source_preferred(rates):
    table = comparison_table(rates, subjects=["Kharkiv"], reference="Kharkiv")
    assert table.loc[0, "rate_id"].startswith("csis25")
    news_only = rates[rates["source_id"] == "putin-troops-deaths-hidden"]
    table = comparison_table(news_only, subjects=["Kharkiv", "Galicia"], reference="Kharkiv")
    assert table["rate_id"].str.startswith("putin25").all()


def test_areal_kept_apart(rates):
    areal = comparison_table(rates, kind="areal", reference="Whole front, April 2025", distance=100)
    assert "rate_m_per_day" not in areal.columns
    row = areal.set_index("subject")
    assert row.loc["Whole front, December 2024", "rate_km2_per_day"] == 9
    assert row.loc["Whole front, April 2025", "days_to_gain"] == pytest.approx(100 / 6)
    with pytest.raises(DimensionError, match="kind='areal'"):
        comparison_table(rates, subjects=["Whole front, April 2025"])


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"subjects": ["Verdun"]}, "no linear rate for 'Verdun'"),
        ({"reference": "Atlantis"}, "Atlantis"),
        ({"distance": 0}, "positive"),
        ({"distance": float("nan")}, "finite"),
        ({"kind": "volumetric"}, "kind must be"),
    ],
)
def test_bad_arguments(rates, kwargs, message):
    with pytest.raises(AdvrateError, match=message):
        comparison_table(rates, **kwargs)


def test_format_table(table):
    shown = format_table(table).set_index("Offensive")
    assert shown.loc["Galicia", "Rate [m/day]"] == "1,580"
    assert shown.loc["Kharkiv", "× Somme"] == "0.625"
    assert shown.loc["Kursk-Oboyan", "Days to advance"] == "3.1"
    assert shown.loc["Kharkiv", "Days to advance"] == "200"


def test_export_table_keeps_dots_in_the_stem(tmp_path, table):
    linear = export_table(table, tmp_path / "rates.linear")
    areal = export_table(table.head(2), tmp_path / "rates.areal")
    assert [p.name for p in linear + areal] == [
        "rates.linear.csv", "rates.linear.md", "rates.areal.csv", "rates.areal.md",
    ]  # fmt: skip
    assert len(linear[0].read_text().splitlines()) == len(table) + 1


def test_export_table(tmp_path, table):
    written = export_table(table, tmp_path / "sub" / "cmp", formats=("csv", "md", "tex"))
    assert [p.suffix for p in written] == [".csv", ".md", ".tex"]
    back = pd.read_csv(written[0])
    assert back["rate_m_per_day"].tolist() == table["rate_m_per_day"].tolist()
    md = written[1].read_text(encoding="utf-8")
    assert "| Offensive" in md and "Rate [m/day]" in md and "0.625" in md
    assert "\\begin{tabular}" in written[2].read_text(encoding="utf-8")
    with pytest.raises(AdvrateError, match="unknown table format"):
        export_table(table, tmp_path / "x", formats=("xlsx",))


def test_reader_table_is_laid_out_for_readers():
    from advrate.compare import reader_table

    table = comparison_table(subjects="all", reference=["Somme", "Kharkiv"])
    shown = reader_table(table, caption="Rates of advance.")
    frame = shown.frame
    assert list(frame.columns[:4]) == ["Offensive", "Attacker", "Period", "Rate (m/day)"]
    row = frame.set_index("Offensive")
    assert row.loc["Donetsk", "Period"] == "Feb 2024 – Apr 2025"  # dates as dates
    assert row.loc["Kyiv from Belarus", "Rate (m/day)"] == "about 3,120"  # precision kept
    assert row.loc["Kharkiv", "Rate (m/day)"] == "50"  # emphasis ("only") dropped
    assert row.loc["Belleau Wood", "× Somme"] == "5.13"  # three significant figures
    assert row.loc["Kharkiv counteroffensive", "Attacker"] == "Ukraine"
    assert "Days to advance 10 km" in frame.columns
    assert not frame.isin(["nan", "NaN", "None"]).any().any()
    # the sources are numbered and cited in full under the table
    assert shown.sources[0].startswith("[1] CSIS (2025-06-03). Russia’s Battlefield Woes")
    assert row.loc["Pokrovsk", "Source"].endswith("[2]")
    html = shown._repr_html_()
    assert "<table" in html
    assert html == reader_table(table, caption="Rates of advance.")._repr_html_()  # stable ids
    assert "0x" not in repr(shown) and "Rates of advance." in repr(shown)


def test_reader_table_says_a_shared_value_once():
    from advrate.compare import reader_table

    shown = reader_table(comparison_table(reference=["Somme"]))
    assert "Source" not in shown.frame.columns  # every row is CSIS
    assert "All rows: Source: CSIS (2025-06-03) [1]." in shown.caption


def test_campaign_length_from_months_and_from_given_days(table):
    from advrate.compare import campaign_length_note, with_campaign_length

    longer = with_campaign_length(table, {"Galicia": 19, "Somme": 147}, basis="CDB90")
    row = longer.set_index("subject")
    assert row.loc["Galicia", "campaign_length"] == "19 days"
    assert row.loc["Galicia", "campaign_days"] == 19
    # Nov 2024 to Apr 2025 inclusive: 181 days, located only to the month
    assert row.loc["Kharkiv", "campaign_days"] == 181
    assert row.loc["Kharkiv", "campaign_length"] == "about 6 months"
    assert row.loc["Donetsk", "campaign_days"] == 455
    assert row.loc["Leningrad", "campaign_length"] == ""  # quoted by year, no length given
    assert pd.isna(row.loc["Leningrad", "campaign_days"])
    assert "campaign_days" not in table  # the input is left alone
    assert campaign_length_note(longer) == (
        "Campaign length: in days, from CDB90; in months, from the period its source gives; "
        "not shown where the source gives only a year."
    )
    assert campaign_length_note(table) == ""


@pytest.mark.parametrize(
    "days", [{"Galicia": 0}, {"Galicia": "19 days"}, {"Galicia": float("nan")}]
)
def test_campaign_length_refuses_bad_days(table, days):
    from advrate.compare import with_campaign_length

    with pytest.raises(AdvrateError, match="Galicia"):
        with_campaign_length(table, days)


def test_reader_table_shows_campaign_length(table):
    from advrate.compare import reader_table, with_campaign_length

    shown = reader_table(with_campaign_length(table, {"Galicia": 19}, basis="CDB90"))
    assert shown.frame.set_index("Offensive").loc["Galicia", "Campaign length"] == "19 days"
    assert "Campaign length: in days, from CDB90" in shown.caption


def test_table_for_readers_formats_cells():
    from advrate.compare import table_for_readers

    frame = pd.DataFrame({
        "name": ["a", None],
        "start": pd.to_datetime(["1914-08-23", None]),
        "rate": [1487.8300000000017, 5.125],
        "days": [19.0, float("nan")],
        "share": [0.123, -0.02],
        "count": pd.array([598, 12], dtype="int64"),
    })  # fmt: skip
    shown = table_for_readers(frame, caption="Battles.", headers={"rate": "Rate (m/day)"},
                              formats={"share": "{:+.1%}"})  # fmt: skip
    cells = shown.frame
    assert list(cells.columns) == ["name", "start", "Rate (m/day)", "days", "share", "count"]
    assert cells["start"].tolist() == ["1914-08-23", ""]  # no midnight, no NaT
    assert cells["Rate (m/day)"].tolist() == ["1,488", "5.13"]  # three figures, halves up
    assert cells["days"].tolist() == ["19", ""]
    assert cells["share"].tolist() == ["+12.3%", "-2.0%"]
    assert cells["count"].tolist() == ["598", "12"]
    assert cells["name"].tolist() == ["a", ""]
    assert "<table" in shown._repr_html_() and str(shown).startswith("Battles.")


def test_table_for_readers_names_an_unknown_column():
    from advrate.compare import table_for_readers

    with pytest.raises(AdvrateError, match=r"'rat'.*it has \['rate'\]"):
        table_for_readers(pd.DataFrame({"rate": [1.0]}), formats={"rat": "{:.1f}"})


@pytest.mark.parametrize(
    "bad",
    [
        pd.DataFrame(),
        pd.DataFrame({"x": [1]}),
        pd.DataFrame({"qualifier": [""], "rate_m_per_day": ["fast"]}),
    ],
    ids=["empty", "no-qualifier", "text-rate"],
)
def test_format_table_refuses_a_table_it_cannot_format(bad):
    with pytest.raises(AdvrateError, match="table"):
        format_table(bad)
