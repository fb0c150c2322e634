"""Tests for advrate.territory: gains for any window, estimates, claims, cost, objectives."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from advrate import AdvrateError, DimensionError, parse_amount
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
