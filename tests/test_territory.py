"""Tests for advrate.territory: gains for any window, estimates, claims, cost, objectives."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from advrate import AdvrateError, DataError, DimensionError, parse_amount
from advrate import territory as t


@pytest.fixture(scope="module")
def series() -> pd.DataFrame:
    return t.occupied_area()


def test_series_and_flags(series):
    assert series.index[0] == pd.Timestamp("2022-04-03")
    assert series.index[-1] == pd.Timestamp("2026-08-21")
    assert series.index.is_monotonic_increasing and series.index.is_unique
    assert series.loc[:"2022-05-31", "early_map"].all()
    assert not series.loc["2022-06-01":, "early_map"].any()
    assert series.loc[:"2022-09-17", "crimea_pre_redraw"].all()
    assert not series.loc["2022-09-18":, "crimea_pre_redraw"].any()


def test_december_2024(series):
    g = t.gain_rate("2024-12-01", "2024-12-31", series=series)
    assert (g.baseline_date, g.end_date) == (dt.date(2024, 11, 30), dt.date(2024, 12, 31))
    assert g.days == 31
    assert g.gain_km2 == pytest.approx(111878.73 - 111485.11)
    assert g.km2_per_day == pytest.approx(12.7, abs=0.05)
    assert "12.70 km²/day" in str(g)


def test_matches_monthly_table(series):
    monthly = t.monthly_gains(series).set_index("period")
    assert monthly.loc["2024-12", "km2_per_day"] == pytest.approx(12.70, abs=0.01)
    assert monthly.loc["2024-11", "gain_km2"] == pytest.approx(725.9, abs=0.1)
    assert monthly.loc["2022-09", "flag"] == "crosses_crimea_redraw_2022-09-18"
    assert monthly.loc["2023-06", "flag"] == ""
    weekly = t.weekly_gains(series).set_index("period")
    assert weekly.loc["2024-W49", "days"] == 7


def test_nearest_observation_is_stated(series):
    missing = pd.date_range("2022-04-03", "2026-08-21").difference(series.index)
    day = missing[len(missing) // 2].date()
    g = t.gain_rate(day + dt.timedelta(days=1), day + dt.timedelta(days=20), series=series)
    assert g.baseline_date != day  # the day had no map; a neighbour is named instead
    assert abs((g.baseline_date - day).days) <= 3


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("2024-12-31", "2024-12-01", "before it starts"),
        ("2021-01-01", "2021-02-01", "outside the series"),
        ("2026-09-01", "2026-12-31", "outside the series"),
        ("2022-09-01", "2022-09-30", "Crimea was"),
        ("2022-04-10", "2022-04-30", "still being completed"),
        ("next tuesday", "2024-12-31", "cannot read"),
    ],
)
def test_bad_windows(series, start, end, message):
    with pytest.raises(AdvrateError, match=message):
        t.gain_rate(start, end, series=series)


def test_flagged_window_allowed_on_request(series):
    g = t.gain_rate("2022-09-01", "2022-09-30", series=series, allow_flagged=True)
    assert g.flags == ("crosses_crimea_redraw_2022-09-18",)
    assert g.gain_km2 < 0  # the Kharkiv counteroffensive


def test_period_bounds():
    assert t.period_bounds("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert t.period_bounds("2024") == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert t.period_bounds("2024-W01") == (dt.date(2024, 1, 1), dt.date(2024, 1, 7))
    for bad in ("2024-13", "Dec 2024", "2024-W60"):
        with pytest.raises(AdvrateError):
            t.period_bounds(bad)


def test_quoted_amounts_are_checked():
    amounts = t.load_quoted_amounts().set_index("amount_id")
    assert amounts.loc["afp-2024-12", "km2"] == 476
    assert amounts.loc["afp-2024-12-30d", "days"] == 30
    assert amounts.loc["afp-2024-11", "qualifier"] == "over"
    miles = amounts.loc["donetsk-ua-held"]
    assert miles["km2"] == pytest.approx(parse_amount("2,250 square miles").canonical_low)
    assert miles["km2"] == pytest.approx(5827.47, abs=0.01)
    for row in amounts.itertuples():
        assert row.surface in row.quote


def test_estimates_december_2024(series):
    table = t.estimates("2024-12", series=series)
    by_kind = table.groupby("kind")["km2_per_day"].apply(list).to_dict()
    assert by_kind["map series"] == [pytest.approx(12.697, abs=0.001)]
    assert sorted(by_kind["quoted gain"]) == [pytest.approx(476 / 31), pytest.approx(465 / 30)]
    assert by_kind["quoted rate"] == [9.0, 9.0]
    spread = table.attrs["relative_spread"]
    assert spread == pytest.approx((465 / 30 - 393.62 / 31) / (476 / 31), rel=1e-3)


def test_check_claim_december_2024(series):
    check = t.check_claim(
        "approximately nine square kilometers per day", period="2024-12", series=series
    )
    assert check.verdict == "below every data-based estimate"
    ratios = check.table.set_index("surface")["claim_vs_estimate"]
    assert ratios["476 square kilometers"] == pytest.approx(9 / (476 / 31))
    assert "Verdict: below every data-based estimate" in str(check)
    assert check.claim.qualifier == "approximately"


def test_check_claim_bounds_and_months(series):
    over = t.check_claim("over 725 square kilometers per month", period="2024-11", series=series)
    assert over.verdict == "within the spread of data-based estimates"
    assert over.claim_km2_per_day == pytest.approx(725 / 30)  # November's real length
    assert t.check_claim(30, "2024-11-01", "2024-11-30", series=series).verdict == (
        "above every data-based estimate"
    )
    assert t.check_claim(
        "up to 30 square kilometers per day", period="2024-12", series=series
    ).verdict.startswith("within")


def test_check_claim_errors(series):
    with pytest.raises(DimensionError, match="km²/day"):
        t.check_claim("50 meters per day", period="2024-12", series=series)
    with pytest.raises(AdvrateError, match="window"):
        t.check_claim("9 km² per day", series=series)
    with pytest.raises(AdvrateError, match="outside the series"):
        t.check_claim("9 km² per day", period="2021-12", series=series)


def test_claimed_losses_follow_report_dates():
    # ISW's published breakdown of the General Staff's figures (see data/ukraine/PROVENANCE.md).
    assert t.claimed_losses("2023-01-01", "2023-12-31") == 253_290
    assert t.claimed_losses("2024-01-01", "2024-12-31") == 430_790
    with pytest.raises(AdvrateError, match="no loss reports"):
        t.claimed_losses("2021-01-01", "2021-12-31")


def test_cost_of_advance_by_year(series):
    costs = t.cost_of_advance("year", series=series).set_index("period")
    assert list(costs.index) == ["2023", "2024", "2025"]
    assert np.isnan(costs.loc["2023", "casualties_per_km2"])  # net loss of ground in 2023
    assert costs.loc["2024", "casualties_per_km2"] == pytest.approx(430_790 / 3315.2, rel=1e-3)
    assert costs.loc["2025", "casualties_per_km2"] == pytest.approx(418_170 / 4340.49, rel=1e-3)
    assert costs.attrs["caveats"] == t.CAVEATS
    assert (costs["losses_claimed_by"] == "Ukraine's General Staff (claims)").all()
    monthly = t.cost_of_advance("month", series=series)
    assert monthly["period"].iloc[0] >= "2022-06"
    with pytest.raises(AdvrateError, match="freq"):
        t.cost_of_advance("week")


def test_time_to_objective():
    area = t.time_to_objective(area_km2=5827.47, km2_per_day=12, start="2025-12-01")
    assert area.days == pytest.approx(5827.47 / 12)
    assert area.years == pytest.approx(5827.47 / 12 / 365.25)
    assert area.finish == dt.date(2025, 12, 1) + dt.timedelta(days=5827.47 / 12)
    distance = t.time_to_objective(distance_km=10, m_per_day=50)
    assert distance.days == pytest.approx(200)
    with pytest.raises(DimensionError):
        t.time_to_objective(area_km2=100, m_per_day=50)
    with pytest.raises(AdvrateError, match="positive"):
        t.time_to_objective(area_km2=100, km2_per_day=0)


def test_cached_series_is_not_shared_with_callers():
    first = t.occupied_area()
    first["area_km2"] = 0.0
    assert t.occupied_area()["area_km2"].iloc[-1] > 100_000


# --- data integrity -------------------------------------------------------
@pytest.fixture
def data_copy(tmp_path):
    import shutil

    from advrate.data import data_dir

    shutil.copytree(data_dir(), tmp_path / "data", ignore=shutil.ignore_patterns("cdb90"))
    return tmp_path / "data"


def _move_row(path, row: int, to: int) -> None:
    """Move data row ``row`` (1-based) to position ``to``."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    header, rows = lines[0], lines[1:]
    moved = rows.pop(row - 1)
    rows.insert(to - 1, moved)
    path.write_text(header + "".join(rows), encoding="utf-8")


def test_a_moved_row_in_the_area_series_is_named(data_copy):
    path = data_copy / "ukraine" / "ukraine_occupied_area_daily.csv"
    _move_row(path, 1000, 1003)
    with pytest.raises(DataError, match=r"row 1003.*'date'.*follows") as info:
        t.occupied_area(data_copy)
    assert info.value.path.endswith("ukraine_occupied_area_daily.csv")
    assert info.value.row == 1003 and info.value.column == "date"


def test_a_moved_row_in_the_losses_is_named(data_copy):
    path = data_copy / "ukraine" / "ukraine_genstaff_russian_personnel_losses_daily.csv"
    _move_row(path, 10, 20)
    with pytest.raises(DataError, match="increase strictly"):
        t.claimed_losses("2023-01-01", "2023-12-31", folder=data_copy)


def test_a_falling_running_total_is_named(data_copy):
    path = data_copy / "ukraine" / "ukraine_genstaff_russian_personnel_losses_daily.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    cells = lines[101].split(",")
    cells[1] = str(int(cells[1]) // 2)
    cells[2] = ""
    lines[101] = ",".join(cells)
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(DataError, match="running total cannot fall") as info:
        t.claimed_losses("2023-01-01", "2023-12-31", folder=data_copy)
    assert info.value.column == "personnel_cumulative" and info.value.row == 101


def test_a_negative_area_is_refused(data_copy):
    path = data_copy / "ukraine" / "ukraine_occupied_area_daily.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    cells = lines[5].split(",")
    cells[1] = "-1.5"
    lines[5] = ",".join(cells)
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(DataError, match="below the minimum") as info:
        t.occupied_area(data_copy)
    assert info.value.row == 5 and info.value.column == "occupied_area_km2"


# --- dates ----------------------------------------------------------------
@pytest.mark.parametrize(
    "value",
    ["01/12/2024", "12/01/2024", "Dec 24 ", "Dec 2024", "December 2024", "2024/12/01",
     "20241201", "1 Dec 2024", "", "2024-13", "2024-02-30", None, pd.NaT, np.datetime64("NaT"),
     float("nan"), 20241201, ["2024-12-01"]],
)  # fmt: skip
def test_ambiguous_or_missing_dates_are_refused(series, value):
    with pytest.raises(AdvrateError, match=r"date|period") as info:
        t.gain_rate(value, "2024-12-31", series=series)
    assert "YYYY-MM-DD" in str(info.value) or "real date" in str(info.value)
    with pytest.raises(AdvrateError):
        t.period_bounds(value)


@pytest.mark.parametrize(
    "start",
    ["2024-12-01", dt.date(2024, 12, 1), dt.datetime(2024, 12, 1, 15), pd.Timestamp("2024-12-01"),
     np.datetime64("2024-12-01"), "2024-12"],
)  # fmt: skip
def test_unambiguous_dates_are_accepted(series, start):
    g = t.gain_rate(start, "2024-12", series=series)  # a month as the end is its last day
    assert (g.start, g.end) == (dt.date(2024, 12, 1), dt.date(2024, 12, 31))


def test_period_bounds_refuses_what_it_cannot_read():
    for bad in ("Dec 24 ", "01/12/2024", "2024-W", "W49", "24-12"):
        with pytest.raises(AdvrateError, match="cannot read the period"):
            t.period_bounds(bad)
    assert t.period_bounds("2024-12-05") == (dt.date(2024, 12, 5), dt.date(2024, 12, 5))
    assert t.period_bounds(("2024-02", "2024-02")) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))


# --- real month lengths ---------------------------------------------------
@pytest.mark.parametrize(
    ("period", "days"), [("2024-12", 31), ("2024-02", 29), ("2025-02", 28), ("2024-11", 30)]
)
def test_months_use_their_real_length(series, period, days):
    g = t.gain_rate(*t.period_bounds(period), series=series)
    assert g.days == days
    check = t.check_claim("300 square kilometers per month", period=period, series=series)
    assert check.claim_km2_per_day == pytest.approx(300 / days)
    table = t.monthly_gains(series).set_index("period")
    assert table.loc[period, "days"] == days


def test_a_per_month_claim_over_a_non_month_window_uses_the_average_month(series):
    check = t.check_claim(
        "300 square kilometers per month", "2024-12-01", "2024-12-15", series=series
    )
    assert check.claim_km2_per_day == pytest.approx(300 / (365.25 / 12))


# --- numbers of every kind ------------------------------------------------
@pytest.mark.parametrize("claim", [np.float64(9.0), np.int64(9), np.float32(9.0), 9, 9.0])
def test_numpy_numbers_are_claims(series, claim):
    check = t.check_claim(claim, period="2024-12", series=series)
    assert check.claim_km2_per_day == pytest.approx(9.0)
    assert check.verdict == "below every data-based estimate"


@pytest.mark.parametrize("claim", [True, np.nan, np.inf, -9.0, 0, None, [9], "nine"])
def test_claims_that_are_not_numbers_or_rates_are_refused(series, claim):
    with pytest.raises(AdvrateError):
        t.check_claim(claim, period="2024-12", series=series)


def test_time_to_objective_never_overflows():
    with pytest.raises(AdvrateError, match="longer than"):
        t.time_to_objective(area_km2=1e300, km2_per_day=1e-300)
    with pytest.raises(AdvrateError, match="finish date"):
        t.time_to_objective(distance_km=1e5, m_per_day=1, start="2025-01-01")
    with pytest.raises(AdvrateError, match="positive"):
        t.time_to_objective(distance_km=np.float64(10), m_per_day=None)
    assert t.time_to_objective(distance_km=np.int64(10), m_per_day=np.float32(50)).days == 200
