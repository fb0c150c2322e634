"""advrate data update against a local HTTP server serving synthetic archives.

No test reaches the internet: a server on 127.0.0.1, started here, serves
small GeoJSON and JSON files written here (good days, a missing day, a
truncated download, a corrupt file, an empty map, an implausible jump).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import ClassVar

import pytest

from advrate import AdvrateError, territory
from advrate import update as up

pytest.importorskip("shapely")
ROOT = Path(__file__).resolve().parent.parent


def _map(size: float) -> bytes:
    box = [[[37.0, 48.0], [37.0 + size, 48.0], [37.0 + size, 49.0], [37.0, 49.0], [37.0, 48.0]]]
    geometry = {"type": "MultiPolygon", "coordinates": [box]}
    return json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": geometry}]}).encode()  # fmt: skip


class _Archive(http.server.BaseHTTPRequestHandler):
    """Serves ``files``: path -> (status, body, declared length or None)."""

    files: ClassVar[dict[str, tuple[int, bytes, int | None]]] = {}

    def do_GET(self) -> None:
        status, body, declared = self.files.get(self.path, (404, b"no", None))
        self.send_response(status)
        self.send_header("Content-Length", str(declared if declared is not None else len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # quiet
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Archive)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


MAPS = "/cyterat/deepstate-map-data/main/data/deepstatemap_data_{}.geojson"
LOSSES = "/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/main/data/russia_losses_personnel.json"


@pytest.fixture
def folders(tmp_path, monkeypatch):
    """A small data package (series ending 2026-08-21) and an empty user folder."""
    from advrate.maps import occupied_area

    data = tmp_path / "data"
    (data / "ukraine").mkdir(parents=True)
    shutil.copy2(ROOT / "data" / "datapackage.json", data / "datapackage.json")
    probe = tmp_path / "deepstatemap_data_20260101.geojson"
    probe.write_bytes(_map(1.0))
    area = round(occupied_area(probe), 2)
    with (ROOT / "data" / "ukraine" / "ukraine_occupied_area_daily.csv").open() as f:
        header = f.readline()
    (data / "ukraine" / "ukraine_occupied_area_daily.csv").write_text(
        header + f"2026-08-21,{area},1.0,,,,,cyterat/deepstate-map-data,"
        "data/deepstatemap_data_20260822.geojson,2026-08-22T03:00Z~,\n"
    )  # fmt: skip
    (data / "ukraine" / "ukraine_genstaff_russian_personnel_losses_daily.csv").write_text(
        "date,personnel_cumulative,personnel_daily,source_file\n2026-08-22,1000,,test\n"
    )
    user = tmp_path / "user"
    monkeypatch.setenv("ADVRATE_DATA_DIR", str(data))
    monkeypatch.setenv("ADVRATE_USER_DIR", str(user))
    territory.forget_cached_series()
    return data, user, area


def _serve_days() -> dict[str, tuple[int, bytes, int | None]]:
    good = _map(1.001)
    return {
        MAPS.format("20260823"): (200, good, None),  # map of 2026-08-22
        # 20260824 is not served: 404, the map of 2026-08-23 is missing
        MAPS.format("20260825"): (200, good[:60], len(good)),  # truncated
        MAPS.format("20260826"): (200, b"{not json", None),  # corrupt
        MAPS.format("20260827"): (200, b'{"type": "FeatureCollection", "features": []}', None),
        MAPS.format("20260828"): (200, _map(10.0), None),  # +74,000 km² after 5 days
        MAPS.format("20260829"): (200, _map(1.002), None),  # map of 2026-08-28
        LOSSES: (200, json.dumps([
            {"date": "2026-08-22", "personnel": 1000},
            {"date": "2026-08-23", "personnel": 1900, "personnel*": "about"},
            {"date": "2026-08-24", "personnel": 2950},
        ]).encode(), None),
    }  # fmt: skip


def test_update_adds_good_days_and_names_every_skipped_one(server, folders):
    _, user, area = folders
    _Archive.files = _serve_days()
    summary = up.update(base_url=server, until="2026-08-28", progress=False)
    assert summary.added == {"maps": 2, "losses": 2}
    assert summary.through == {"maps": "2026-08-28", "losses": "2026-08-24"}
    reasons = dict(summary.skipped)
    assert reasons["map of 2026-08-23"] == "not in the archive (404)"
    assert reasons["map of 2026-08-24"].startswith("truncated download")
    assert "not GeoJSON" in reasons["map of 2026-08-25"]
    assert "no occupied area" in reasons["map of 2026-08-26"]
    assert reasons["map of 2026-08-27"].startswith("implausible jump")
    with (user / "data" / "ukraine" / "ukraine_occupied_area_daily.csv").open() as f:
        rows = list(csv.DictReader(f))
    assert [r["date"] for r in rows] == ["2026-08-21", "2026-08-22", "2026-08-28"]
    assert rows[-1]["days_since_prev_row"] == "6.0"
    assert rows[-1]["source_path"] == "data/deepstatemap_data_20260829.geojson"
    assert float(rows[1]["occupied_area_km2"]) == pytest.approx(area * 1.001, rel=1e-4)
    with (user / "data" / "manifest.csv").open() as f:
        manifest = list(csv.DictReader(f))
    assert len(manifest) == 6  # every download, used or not
    first = manifest[0]
    cached = user / "cache" / "deepstate-map-data" / first["file"]
    assert first["sha256"] == hashlib.sha256(cached.read_bytes()).hexdigest()
    assert int(first["bytes"]) == cached.stat().st_size
    assert "DEEPSTATEUATECH" in first["attribution"] and first["licence"]
    assert first["url"].startswith(server)
    vintage = json.loads((user / "data" / "vintage.json").read_text())
    assert vintage["maps"]["through"] == "2026-08-28"
    # The library reads the update in preference to the packaged series, and says so.
    os.environ.pop("ADVRATE_DATA_DIR")
    territory.forget_cached_series()
    series = territory.occupied_area()
    assert series.index[-1] == dt.datetime(2026, 8, 28)
    assert series.attrs["vintage"].startswith("maps through 2026-08-28, updated on ")
    assert up.vintage("losses").startswith("loss claims through 2026-08-24, updated on")
    assert territory.claimed_losses("2026-08-23", "2026-08-23") == 1050


def test_no_network_is_an_error_and_nothing_is_written(folders):
    data, user, _ = folders
    before = sorted(p.name for p in data.rglob("*"))
    with pytest.raises(AdvrateError, match=r"cannot reach 127\.0\.0\.1:9.*Nothing was changed"):
        up.update(base_url="http://127.0.0.1:9", until="2026-08-23", progress=False, timeout=2)
    assert not (user / "data").exists()
    assert sorted(p.name for p in data.rglob("*")) == before


def test_a_changed_schema_is_an_error_and_the_series_stay_whole(server, folders):
    _, user, _ = folders
    _Archive.files = {**_serve_days(), LOSSES: (200, b'[{"day": 1, "killed": 5}]', None)}
    with pytest.raises(AdvrateError, match="changed its schema"):
        up.update(base_url=server, until="2026-08-28", progress=False)
    assert not (user / "data" / "ukraine").exists()


def test_cli_update_prints_a_summary(server, folders):
    _Archive.files = _serve_days()
    env = {**os.environ}
    proc = subprocess.run(
        [sys.executable, "-m", "advrate", "data", "update", "--base-url", server,
         "--until", "2026-08-23", "--quiet"], capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "maps: 1 days added, now through 2026-08-22" in proc.stdout
    assert "skipped map of 2026-08-23: not in the archive (404)" in proc.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "advrate", "data", "update", "--base-url", "http://127.0.0.1:9",
         "--until", "2026-08-23", "--quiet"], capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert bad.returncode == 1 and bad.stderr.startswith("advrate data: error: cannot reach")


def test_only_advrate_errors_escape_update(folders):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    from test_api_errors import ANYTHING

    valid = {"base_url": "http://127.0.0.1:9", "maps_url": up.MAPS_URL,
             "losses_url": up.LOSSES_URL, "until": "2026-08-22", "max_jump_km2": 5000.0,
             "timeout": 1.0, "progress": False, "say": None}  # fmt: skip

    @settings(max_examples=40, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
    @given(param=st.sampled_from(sorted(valid)), value=ANYTHING)
    def check(param: str, value: object) -> None:
        with pytest.raises(AdvrateError):  # no server answers, so every call ends in one
            up.update(**{**valid, param: value})

    check()
    assert not (folders[1] / "data").exists()


@pytest.fixture
def front_folders(folders):
    """``folders`` plus the front's numbers for one axis across the synthetic maps' east edge."""
    data, user, area = folders
    shutil.copy2(ROOT / "data" / "sources.csv", data / "sources.csv")
    shutil.copy2(ROOT / "data" / "ukraine" / "ukraine_outline.geojson", data / "ukraine")
    with (ROOT / "data" / "ukraine" / "front_axes.csv").open() as f:
        header = f.readline()
    (data / "ukraine" / "front_axes.csv").write_text(
        header + "east,East,Russia,West,37.20,48.50,,,,East,38.50,48.50,60,test,2026-08-21,"
        "test,csis-2025-battlefield-woes,A sentence that names the axis.\n"
    )  # fmt: skip
    (data / "ukraine" / "front_positions_daily.csv").write_text(
        "date,axis_id,position_km\n2026-08-21,east,59.0\n"
    )
    (data / "ukraine" / "front_advance_daily.csv").write_text(
        "date,axis_id,furthest_advance_km,reached_lon,reached_lat,gained_km2,lost_km2\n"
        "2026-08-21,east,0.0,,,0.0,0.0\n")  # fmt: skip
    (data / "ukraine" / "front_monthly.csv").write_text(
        "month,start_date,end_date,furthest_advance_km,reached_lon,reached_lat,gained_km2,lost_km2\n"
        "2026-07,2026-07-01,2026-08-01,0.0,,,0.0,0.0\n")  # fmt: skip
    return data, user, area


def test_update_extends_the_front_numbers(server, front_folders):
    from advrate import front

    _, user, _ = front_folders
    files = _serve_days()
    files[MAPS.format("20260822")] = (200, _map(1.0), None)  # the campaign's first map
    _Archive.files = files  # the month's first map (20260802) is not served
    summary = up.update(base_url=server, until="2026-08-28", progress=False)
    reasons = dict(summary.skipped)
    assert "not extended" in reasons["whole-front month from 2026-08-01"]
    with (user / "data" / "ukraine" / "front_positions_daily.csv").open() as f:
        rows = list(csv.DictReader(f))
    assert [r["date"] for r in rows] == ["2026-08-21", "2026-08-22", "2026-08-28"]
    # The east edge moved by 0.001° and then 0.002° of longitude: about 74 and 148 m.
    moved = [float(r["position_km"]) for r in rows[1:]]
    edge = front._geodesic_km(37.2, 48.5, 38.0, 48.5)
    assert moved == pytest.approx([edge + 0.074, edge + 0.148], abs=0.03)
    with (user / "data" / "ukraine" / "front_advance_daily.csv").open() as f:
        advance = list(csv.DictReader(f))
    assert [r["date"] for r in advance] == ["2026-08-21", "2026-08-22", "2026-08-28"]
    assert float(advance[-1]["furthest_advance_km"]) == pytest.approx(0.148, abs=0.2)
    assert float(advance[-1]["gained_km2"]) > 0
    manifest = (user / "data" / "manifest.csv").read_text()
    assert "deepstatemap_data_20260822.geojson" in manifest  # the fetched first map is recorded
