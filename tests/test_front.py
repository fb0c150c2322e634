"""Tests for advrate.front: geometry known by construction, then the packaged numbers.

Synthetic shapes are built in a local equidistant projection (metres) and
moved to lon/lat, so the right answer is known exactly: a square whose east
side moves 5 km east has advanced 5 km over 100 km².
"""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest

from advrate import AdvrateError, front

shapely = pytest.importorskip("shapely")

LON, LAT = 37.0, 48.0
TO_LONLAT = front._local(LON, LAT)[1]


def box(x0: float, y0: float, x1: float, y1: float):
    """A box given in km around (LON, LAT), returned in lon/lat."""
    return front._apply(shapely.box(x0 * 1000, y0 * 1000, x1 * 1000, y1 * 1000), TO_LONLAT)


def line(*points: tuple[float, float]):
    return front._apply(shapely.LineString([(x * 1000, y * 1000) for x, y in points]), TO_LONLAT)


REGION = front.circle(LON, LAT, 40)


def test_a_square_that_grows_5_km_east_advanced_5_km():
    adv = front.furthest_advance(box(-20, -10, 0, 10), box(-20, -10, 5, 10), REGION)
    assert adv.distance_km == pytest.approx(5.0, abs=adv.spacing_km / math.sqrt(2))
    assert adv.gained_km2 == pytest.approx(100.0, rel=1e-3)
    assert adv.lost_km2 == pytest.approx(0.0, abs=1e-6)
    # The point reached lies on the new east side.
    x, _ = front._local(LON, LAT)[0].transform(adv.lon, adv.lat)
    assert x / 1000 == pytest.approx(5.0, abs=0.3)


def test_a_salient_counts_its_tip_not_its_width():
    before = box(-20, -10, 0, 10)
    salient = shapely.union_all([before, box(0, -1, 12, 1)])
    adv = front.furthest_advance(before, salient, REGION)
    assert adv.distance_km == pytest.approx(12.0, abs=0.2)
    assert adv.gained_km2 == pytest.approx(24.0, rel=1e-3)


def test_a_gain_enclosed_by_held_ground_is_measured_to_its_middle():
    # A 10 km hole filled in: no point is more than 5 km from the old ground.
    ring = box(-20, -20, 20, 20).difference(box(-5, -5, 5, 5))
    adv = front.furthest_advance(ring, box(-20, -20, 20, 20), REGION)
    assert adv.distance_km == pytest.approx(5.0, abs=0.2)


def test_a_retreat_is_no_advance_and_shows_as_lost_ground():
    adv = front.furthest_advance(box(-20, -10, 5, 10), box(-20, -10, 0, 10), REGION)
    assert adv.distance_km == 0.0
    assert math.isnan(adv.lon) and math.isnan(adv.lat)
    assert adv.lost_km2 == pytest.approx(100.0, rel=1e-3)


def test_ukraine_advancing_is_russia_retreating():
    adv = front.furthest_advance(box(-20, -10, 5, 10), box(-20, -10, 0, 10), REGION,
                                 attacker="Ukraine")  # fmt: skip
    assert adv.distance_km == pytest.approx(5.0, abs=0.2)
    assert adv.gained_km2 == pytest.approx(100.0, rel=1e-3)


def test_ground_outside_the_region_does_not_count():
    far = front.circle(LON + 2, LAT, 10)  # about 150 km east, nothing moves there
    before = box(-20, -10, 0, 10)
    with pytest.raises(AdvrateError, match="held nothing inside the region"):
        front.furthest_advance(before, box(-20, -10, 5, 10), far)


def test_a_region_with_nothing_occupied_is_refused_with_a_hint():
    empty = shapely.Polygon()
    with pytest.raises(AdvrateError, match="held nothing inside the region"):
        front.furthest_advance(empty, box(-20, -10, 5, 10), REGION)


def test_the_nearest_start_ground_may_lie_outside_the_region():
    # The region only touches the new ground; distances are still to all old ground.
    region = front._apply(shapely.box(-1000, -5000, 8000, 5000), TO_LONLAT)
    adv = front.furthest_advance(box(-20, -10, 0, 10), box(-20, -10, 5, 10), region)
    assert adv.distance_km == pytest.approx(5.0, abs=0.2)


def test_lat_lon_swapped_regions_are_detected():
    # Given as (lat, lon): (48, 37) lies outside the maps' extent; (37, 48) inside.
    swapped = shapely.Point(LAT, LON).buffer(0.2)
    with pytest.raises(AdvrateError, match=r"\(lon, lat\), not \(lat, lon\)"):
        front.furthest_advance(box(-20, -10, 0, 10), box(-20, -10, 5, 10), swapped)
    with pytest.raises(AdvrateError, match="at most 180"):
        front.circle(200, 48, 10)


def test_finer_sampling_converges():
    before = box(-20, -10, 0, 10)
    after = shapely.union_all([before, front._apply(
        shapely.Point(0, 0).buffer(7000, quad_segs=64), TO_LONLAT)])  # fmt: skip
    coarse = front.furthest_advance(before, after, REGION, spacing_km=1.0)
    fine = front.furthest_advance(before, after, REGION, spacing_km=0.1)
    assert fine.distance_km == pytest.approx(7.0, abs=0.1)
    assert abs(coarse.distance_km - 7.0) <= 1.0 / math.sqrt(2)


@pytest.mark.parametrize("bad", ["box", 3, shapely.Point(37, 48), None])
def test_geometries_must_be_polygons(bad):
    with pytest.raises(AdvrateError):
        front.furthest_advance(bad, box(-20, -10, 5, 10), REGION)


def test_axis_position_is_where_the_line_leaves_held_ground():
    held = box(-20, -10, 5, 10)
    assert front.axis_position(held, line((-10, 0), (30, 0))) == pytest.approx(15.0, abs=0.01)
    # A bend: 10 km east, then north; the front is 5 km up the second leg.
    bent = line((-10, 0), (0, 0), (0, 30))
    assert front.axis_position(box(-20, -10, 5, 5), bent) == pytest.approx(15.0, abs=0.01)
    # All held: the whole axis; origin not held: 0.
    assert front.axis_position(held, line((-10, 0), (0, 0))) == pytest.approx(10.0, abs=0.01)
    assert front.axis_position(held, line((10, 0), (30, 0))) == 0.0


def test_axis_position_for_ukraine_counts_unoccupied_ground():
    occupied = box(5, -10, 30, 10)
    assert front.axis_position(occupied, line((-10, 0), (30, 0)), attacker="Ukraine") == \
        pytest.approx(15.0, abs=0.01)  # fmt: skip


def test_a_gap_in_held_ground_stops_the_position():
    held = shapely.union_all([box(-20, -10, 0, 10), box(2, -10, 10, 10)])
    assert front.axis_position(held, line((-10, 0), (30, 0))) == pytest.approx(10.0, abs=0.01)


@pytest.mark.parametrize("axis", [[(37, 48)], "pokrovsk", [(37, 48), (37, 48)], [("a", 1), (2, 3)]])
def test_bad_axes_are_refused(axis):
    with pytest.raises(AdvrateError):
        front.axis_position(box(-20, -10, 5, 10), axis)


# ---------------------------------------------------------------------------
# The packaged numbers


def test_axes_have_sources_and_regions_where_campaigns_start():
    axes = front.load_axes()
    assert {"pokrovsk", "chasiv-yar", "kupiansk", "bakhmut", "avdiivka", "vuhledar",
            "kurakhove", "toretsk", "huliaipole"} <= set(axes.index)  # fmt: skip
    campaigns = axes[axes["start"].notna()]
    assert (campaigns["region_radius_km"] > 0).all()
    assert campaigns["region_basis"].str.len().gt(20).all()
    assert axes["quote"].str.len().gt(20).all()


def test_unknown_axis_lists_close_matches():
    with pytest.raises(AdvrateError, match="did you mean 'pokrovsk'"):
        front.axis_rate("pokrovk", "2024-03-01", "2024-06-01")


def test_positions_cover_every_map_day_and_every_axis():
    from advrate import territory

    positions = front.axis_positions()
    area = territory.occupied_area()
    assert positions.index.equals(area.index)
    assert set(positions.columns) == set(front.load_axes().index)
    assert positions.notna().all().all()
    assert (positions >= 0).all().all()


def test_captured_towns_move_the_position_past_them():
    positions = front.axis_positions()
    axes = front.load_axes()
    # Avdiivka (the via town of the Pokrovsk axis) fell on 17 February 2024.
    to_avdiivka = front._geodesic_km(axes.loc["pokrovsk", "origin_lon"],
                                     axes.loc["pokrovsk", "origin_lat"],
                                     axes.loc["pokrovsk", "via_lon"],
                                     axes.loc["pokrovsk", "via_lat"])  # fmt: skip
    assert positions.loc["2024-01-15", "pokrovsk"] < to_avdiivka
    assert positions.loc["2024-03-15", "pokrovsk"] > to_avdiivka


def test_axis_rate_over_a_window():
    rate = front.axis_rate("pokrovsk", "2024-02-17", "2025-04-30")
    positions = front.axis_positions()["pokrovsk"]
    expected = 1000 * (positions["2025-04-30"] - positions["2024-02-17"]) / 438
    assert rate.days == 438
    assert rate.m_per_day == pytest.approx(expected)
    assert rate.vintage.startswith("maps through")


@pytest.mark.parametrize(
    ("start", "end", "match"),
    [
        ("2020-01-01", "2024-01-01", "still being completed"),
        ("2022-04-10", "2022-08-01", "still being completed"),
        ("2024-05-01", "2024-04-01", "ends"),
        ("2024-01-01", "2030-01-01", "no map within a week"),
        ("01/02/2024", "2024-05-01", "start"),
    ],
)
def test_bad_windows_are_refused(start, end, match):
    with pytest.raises(AdvrateError, match=match):
        front.axis_rate("pokrovsk", start, end)


def test_windows_before_the_maps_are_refused_even_when_flagged_ones_are_allowed():
    with pytest.raises(AdvrateError, match="before the first map"):
        front.axis_rate("pokrovsk", "2020-01-01", "2024-01-01", allow_flagged=True)


def test_flagged_windows_can_be_measured_on_request():
    rate = front.axis_rate("kharkiv-2022", "2022-04-10", "2022-10-15", allow_flagged=True)
    assert rate.m_per_day > 0  # Ukraine's Kharkiv counteroffensive moved its front forward


def test_furthest_measure_starts_on_the_campaign_day():
    with pytest.raises(AdvrateError, match="first map"):
        front.axis_rate("pokrovsk", "2024-03-01", "2025-01-01", measure="furthest")
    with pytest.raises(AdvrateError, match="no campaign"):
        front.campaign_advance("bakhmut")


def test_campaign_advance_never_shrinks_much():
    # Ground can be lost again, but the furthest point reached rarely falls back far.
    for axis in ("pokrovsk", "chasiv-yar", "kupiansk"):
        series = front.campaign_advance(axis)["furthest_advance_km"]
        assert series.iloc[0] == 0.0
        assert (series.cummax() - series).max() < 5.0


def test_reproduce_csis_modern_within_25_percent():
    table = front.reproduce_csis_modern()
    assert list(table["quoted_m_per_day"]) == [135, 50, 15, 23, 70]
    assert set(table.columns) >= {"subject", "period", "quoted_m_per_day", "measured_m_per_day",
                                  "relative_difference", "method_note"}  # fmt: skip
    assert (table["relative_difference"].abs() <= 0.25).all(), table.to_string()
    far = table[table["relative_difference"].abs() > 0.10]
    assert far["method_note"].str.contains("closest is").all()
    assert table["measured_m_per_day"].equals(1000 * table["distance_km"] / table["days"])


def test_monthly_rates_cover_each_axis_and_the_whole_front():
    table = front.monthly_rates()
    assert "whole_front" in table.columns
    assert isinstance(table.index, pd.PeriodIndex)
    assert table.loc[pd.Period("2024-11", "M"), "whole_front"] > 0
    whole = front.front_monthly()
    assert (whole["furthest_advance_km"] >= 0).all()
    assert whole.index.is_monotonic_increasing
    assert (whole["end_date"] > whole["start_date"]).all()
    assert whole["days"].between(25, 40).all()


def test_front_numbers_have_no_geometry():
    from advrate.resources import data_dir

    for name in ("front_positions_daily.csv", "front_advance_daily.csv", "front_monthly.csv"):
        head = (data_dir() / "ukraine" / name).read_text(encoding="utf-8")[:2000]
        assert "coordinates" not in head and "POLYGON" not in head


def test_derive_front_on_a_synthetic_archive(tmp_path):
    """Three daily maps: the square grows 5 km east, then 5 km more."""
    import json

    folder = tmp_path / "data"
    folder.mkdir()
    days = (dt.date(2024, 1, 31), dt.date(2024, 2, 1), dt.date(2024, 2, 2))
    for day, east in zip(days, (0, 5, 10), strict=True):
        geometry = shapely.geometry.mapping(box(-20, -10, east, 10))
        payload = {"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {}, "geometry": geometry}]}  # fmt: skip
        name = f"deepstatemap_data_{day + dt.timedelta(days=1):%Y%m%d}.geojson"
        (folder / name).write_text(json.dumps(payload))
    axes = pd.DataFrame([{
        "axis_id": "east", "name": "East", "attacker": "Russia",
        "origin": "A", "origin_lon": LON - 0.1, "origin_lat": LAT,
        "via": None, "via_lon": math.nan, "via_lat": math.nan,
        "objective": "B", "objective_lon": LON + 0.4, "objective_lat": LAT,
        "region_radius_km": 30.0, "region_basis": "test", "start": pd.Timestamp("2024-02-01"),
        "start_basis": "test", "source_id": "x", "quote": "x",
    }]).set_index("axis_id")  # fmt: skip
    out = front.derive_front([folder], axes=axes, progress=False)
    positions = out["positions"].set_index("date")["position_km"]
    assert positions.diff().dropna().tolist() == pytest.approx([5.0, 5.0], abs=0.01)
    advance = out["advance"].set_index("date")["furthest_advance_km"]
    assert advance.tolist() == pytest.approx([0.0, 5.0], abs=0.2)
    assert out["monthly"]["month"].tolist() == ["2024-01"]
    assert out["monthly"]["furthest_advance_km"].iloc[0] == pytest.approx(5.0, abs=0.2)


def test_derive_writes_only_its_own_files(tmp_path):
    (tmp_path / "front_monthly.csv").write_text("my own notes\n")
    with pytest.raises(AdvrateError, match="not an earlier output"):
        front.check_front_folder(tmp_path)
    assert (tmp_path / "front_monthly.csv").read_text() == "my own notes\n"
    with pytest.raises(AdvrateError, match="not an existing folder"):
        front.check_front_folder(tmp_path / "missing")
    ours = tmp_path / "ours"
    ours.mkdir()
    tables = {
        "positions": pd.DataFrame({"date": ["2024-01-01"], "axis_id": ["x"], "position_km": [1.0]}),
        "advance": front.campaign_advance("kupiansk").head(1).reset_index().assign(axis_id="x"),
        "monthly": front.front_monthly().head(1).reset_index(),
    }
    targets = front.check_front_folder(ours)
    tables["advance"] = tables["advance"][["date", "axis_id", "furthest_advance_km", "reached_lon",
                                           "reached_lat", "gained_km2", "lost_km2"]]  # fmt: skip
    tables["monthly"] = tables["monthly"][["month", "start_date", "end_date",
                                           "furthest_advance_km", "reached_lon", "reached_lat",
                                           "gained_km2", "lost_km2"]]  # fmt: skip
    front.write_front(tables, targets)
    assert set(front.check_front_folder(ours)) == {"positions", "advance", "monthly"}  # replaceable


def test_cli_derive_needs_an_output(capsys):
    from advrate.cli import main

    assert main(["data", "derive", "--archive", "x"]) == 2
    assert "--front-out" in capsys.readouterr().err
