"""Tests for advrate.maps on synthetic archives whose answers are known by construction.

The real archives are not in the repository (their geometry is DeepStateMap's);
the closing notes record the check against them: every one of the 1,504 packaged
days reproduced within 0.005 km².
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from advrate import DataError, maps

shapely = pytest.importorskip("shapely")
pyproj = pytest.importorskip("pyproj")


def _box(lon: float, lat: float, size: float = 1.0) -> list:
    return [
        [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]
    ]


def _feature(name: str | None, fill: str, geometry: dict) -> dict:
    return {"type": "Feature", "properties": {"name": name, "fill": fill}, "geometry": geometry}


def _polygon(lon: float, lat: float, size: float = 1.0) -> dict:
    return {"type": "Polygon", "coordinates": _box(lon, lat, size)}


def _laea_area(geometry) -> float:
    """The area by another equal-area projection (ETRS89-LAEA), edges densified. [km²]"""
    import numpy as np

    to_laea = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:3035", always_xy=True)
    dense = shapely.segmentize(geometry, 0.01)
    projected = shapely.transform(
        dense, lambda xy: np.column_stack(to_laea.transform(xy[:, 0], xy[:, 1]))
    )
    return projected.area / 1e6


def _full_map(folder: Path, when: dt.datetime, *, extra: float = 0.0) -> Path:
    """A full DeepStateMap: occupied, Crimea, ORDLO, and layers that must not count."""
    occupied = _polygon(37.0, 48.0, 1.0 + extra)
    features = [
        _feature("Окуповано /// Occupied /// geoJSON.status.occupied", "#a52714", occupied),
        _feature("Окупований Крим /// Occupied Crimea /// geoJSON.territories.crimea", "#880e4f",
                 _polygon(33.0, 45.0)),
        _feature("ОРДЛО /// CADR and CALR", "#880e4f", _polygon(39.0, 48.0)),
        # Early 2022 style: a red polygon inside a collection, Ukrainian name only.
        _feature("Окуповано", "#a52714", {"type": "GeometryCollection",
                                          "geometries": [_polygon(35.0, 47.0, 0.5)]}),
        # Not counted: other "occupied" territories, liberated and unknown areas, points.
        _feature("Придністров'я /// Transnistria", "#ff5252", _polygon(29.0, 47.0)),
        _feature("Звільнено /// Liberated /// geoJSON.status.dismissed", "#0f9d58",
                 _polygon(30.0, 50.0)),
        _feature("Статус невідомий /// Unknown status", "#bcaaa4", _polygon(38.0, 49.5, 0.5)),
        _feature("Бахмут", "#000000", {"type": "Point", "coordinates": [38.0, 48.6]}),
    ]  # fmt: skip
    path = folder / f"{int(when.timestamp())}.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def _daily_map(folder: Path, file_date: dt.date, size: float = 1.0) -> Path:
    geometry = {"type": "MultiPolygon", "coordinates": [_box(37.0, 48.0, size), _box(33.0, 45.0)]}
    path = folder / f"deepstatemap_data_{file_date:%Y%m%d}.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": geometry}]}))  # fmt: skip
    return path


@pytest.mark.parametrize(
    ("name", "fill", "layer"),
    [
        ("Окуповано /// Occupied /// geoJSON.status.occupied", "#a52714", "occupied"),
        ("Окуповано", "#a52714", "occupied"),
        ("Рубіжне. Території зайняті ворогом", "#a52714", "occupied"),
        ("Сєвєродонецьк. Території, що окуповано.", "#bcaaa4", "unknown"),
        ("Багатокутник 11", "#a52714", "occupied"),
        ("Під питанням", "#a52714", "occupied"),
        ("Під питанням | Contested", "#bcaaa4", "unknown"),
        ("Окупований Крим /// Occupied Crimea /// geoJSON.territories.crimea", "#880e4f", "crimea"),
        ("Крим", "#000000", "crimea"),
        ("ОРДЛО /// CADR and CALR /// geoJSON.territories.ordlo", "#880e4f", "ordlo"),
        ("Острів Тузла /// Tuzla Island /// geoJSON.territories.tuzla", "#880e4f", "other"),
        ("Зміїний /// Snake Island", "#a52714", "other"),
        ("Окупована Абхазія. /// Occupied Abkhazia.", "#ff5252", "other"),
        ("Під контролем бойовиків-повстанців пвк \"вагнер\"", "#ce93d8", "other"),
        ("Звільнено 25.03 /// Liberated 25.03 /// geoJSON.status.dismissed_at {{at:25.03}}",
         "#0f9d58", "liberated"),
        ("Статус невідомий /// Unknown status /// geoJSON.status.unknown", "#bcaaa4", "unknown"),
        (None, "#0288d1", "liberated"),
    ],
)  # fmt: skip
def test_classification_rules(name, fill, layer):
    assert maps.classify(name, fill) == layer


def test_full_map_area_counts_what_the_rules_say(tmp_path):
    path = _full_map(tmp_path, dt.datetime(2024, 5, 1, 20, 0, tzinfo=dt.UTC))
    expected = shapely.union_all(
        [
            shapely.box(37, 48, 38, 49),
            shapely.box(33, 45, 34, 46),
            shapely.box(39, 48, 40, 49),
            shapely.box(35, 47, 35.5, 47.5),
        ]
    )
    assert maps.occupied_area(path) == pytest.approx(_laea_area(expected), rel=5e-4)
    assert maps.occupied_geometry(path).equals(expected)


def test_daily_map_is_the_union_of_its_parts(tmp_path):
    path = _daily_map(tmp_path, dt.date(2025, 9, 2))
    expected = shapely.union_all([shapely.box(37, 48, 38, 49), shapely.box(33, 45, 34, 46)])
    assert maps.occupied_area(path) == pytest.approx(_laea_area(expected), rel=5e-4)


def test_dates_follow_each_archives_convention(tmp_path):
    daily = maps.map_file(_daily_map(tmp_path, dt.date(2025, 9, 2)))
    assert daily.date == dt.date(2025, 9, 1)  # the 03:00 UTC map stands for the day before
    folder = tmp_path / "history" / "geojsons"
    folder.mkdir(parents=True)
    _full_map(folder, dt.datetime(2024, 5, 1, 8, 0, tzinfo=dt.UTC))
    late = _full_map(folder, dt.datetime(2024, 5, 1, 21, 0, tzinfo=dt.UTC), extra=0.1)
    (day,) = maps.archive_files(tmp_path / "history")  # the day's last version
    assert (day.path, day.date) == (late, dt.date(2024, 5, 1))


def test_derive_series_joins_the_archives_as_the_packaged_series_does(tmp_path):
    full, daily = tmp_path / "history" / "geojsons", tmp_path / "daily" / "data"
    full.mkdir(parents=True)
    daily.mkdir(parents=True)
    _full_map(full, dt.datetime(2022, 5, 30, 12, tzinfo=dt.UTC))
    _full_map(full, dt.datetime(2022, 5, 31, 12, tzinfo=dt.UTC), extra=0.05)
    _daily_map(daily, dt.date(2022, 5, 31))  # a day the full archive has: not used
    _daily_map(daily, dt.date(2022, 6, 2), size=1.2)  # stands for 1 June
    table = maps.derive_series([tmp_path / "history", tmp_path / "daily"], progress=False)
    assert list(table.columns) == list(maps.SERIES_COLUMNS)
    assert table["date"].tolist() == ["2022-05-30", "2022-05-31", "2022-06-01"]
    assert table["source_repo"].tolist() == [
        "DanielRose2310/deepstatemaps-history", "DanielRose2310/deepstatemaps-history",
        "cyterat/deepstate-map-data",
    ]  # fmt: skip
    assert table["source_path"].iloc[-1] == "data/deepstatemap_data_20220602.geojson"
    assert table["flag"].iloc[0].endswith("early_2022_map_still_being_completed")
    assert table["flag"].iloc[-1] == "crimea_polygon_pre_redraw(~26.4k km2 vs 27.17k later)"
    change = table["occupied_area_km2"].diff().round(2)
    assert table["change_km2_since_prev_row"].iloc[1:].tolist() == change.iloc[1:].tolist()
    assert table["unknown_status_km2"].iloc[0] > 0 and table["unknown_status_km2"].isna().iloc[-1]


@pytest.mark.parametrize(
    ("content", "message"),
    [("not json", "not GeoJSON"), ('{"type": "Feature"}', "FeatureCollection"),
     ('{"type": "FeatureCollection", "features": []}', "no occupied area")],
)  # fmt: skip
def test_bad_map_files_are_named(tmp_path, content, message):
    path = tmp_path / "deepstatemap_data_20250902.geojson"
    path.write_text(content)
    with pytest.raises(DataError, match=message) as info:
        maps.occupied_area(path)
    assert info.value.path == str(path)
    with pytest.raises(DataError, match="not a map file"):
        maps.map_file(tmp_path / "map.geojson")


def test_cli_derive_writes_numbers_only(tmp_path):
    folder = tmp_path / "daily" / "data"
    folder.mkdir(parents=True)
    _daily_map(folder, dt.date(2025, 9, 2))
    _daily_map(folder, dt.date(2025, 9, 3), size=1.1)
    out = tmp_path / "area.csv"
    cmd = [sys.executable, "-m", "advrate", "data", "derive", "--archive", str(tmp_path / "daily"),
           "--out", str(out), "--quiet"]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "2 days, 2025-09-01 to 2025-09-02" in proc.stdout
    text = out.read_text()
    assert text.splitlines()[0] == ",".join(maps.SERIES_COLUMNS)
    assert "coordinates" not in text and "[" not in text
    refused = subprocess.run([*cmd[:-3], "--out", str(tmp_path), "--quiet"], capture_output=True,
                             text=True)  # fmt: skip
    assert refused.returncode == 1 and "is a folder" in refused.stderr
