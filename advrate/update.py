"""Bringing the data up to date: ``advrate data update``.

The packaged daily series end when the package was built. ``update`` brings
them forward for one user:

* the occupied area: the daily map files of the public archive
  ``cyterat/deepstate-map-data`` that are new since the last day held are
  downloaded into the user's cache folder, each recorded in a manifest (URL,
  time accessed, sha256, bytes, licence, attribution), and their area is
  computed with :mod:`advrate.maps`;
* the Russian personnel losses claimed by Ukraine's General Staff, from
  ``PetroIvaniuk/2022-Ukraine-Russia-War-Dataset`` (running totals turned
  into daily claims).

The updated series are written to the user's data folder (never into the
installed package or a repository), through temporary files renamed into
place, so a failed run leaves the previous series whole. The library then
reads them in preference to the packaged ones, and says which vintage it
used (:func:`vintage`). A missing day (404), a truncated or corrupt file, an
empty map or an implausible jump is skipped and named; no network, or a
changed schema, is an :class:`~advrate.AdvrateError`.

Folders: ``platformdirs``' user cache and data folders for "advrate", or
``$ADVRATE_USER_DIR/cache`` and ``$ADVRATE_USER_DIR/data`` when that is set.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import http.client
import io
import json
import os
import shutil
import sys
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .exceptions import AdvrateError, DataError
from .files import write_text_atomic
from .resources import AREA_FILE as _AREA_FILE
from .resources import LOSSES_FILE as _LOSSES_FILE
from .resources import cache_dir, last_date, read_json_mapping, updated_file, user_data_dir, vintage

__all__ = [
    "DEFAULT_BASE_URL",
    "LOSSES_URL",
    "MANIFEST_COLUMNS",
    "MAPS_URL",
    "MAX_DAILY_CHANGE_KM2",
    "UpdateSummary",
    "cache_dir",
    "update",
    "updated_file",
    "user_data_dir",
    "vintage",
]

#: Where the public archives' raw files are served; ``--base-url`` replaces it (a mirror, a proxy).
DEFAULT_BASE_URL = "https://raw.githubusercontent.com"
#: Raw-file URL of one day's map; ``{base}`` and ``{date:%Y%m%d}`` are filled in.
MAPS_URL = "{base}/cyterat/deepstate-map-data/main/data/deepstatemap_data_{date:%Y%m%d}.geojson"
#: Raw-file URL of the claimed losses (running totals, JSON).
LOSSES_URL = (
    "{base}/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/main/data/russia_losses_personnel.json"
)
#: A larger change of the occupied area in one day is refused as implausible: the largest
#: in the packaged series is 3,539 km² (10 September 2022, the Kharkiv counteroffensive). [km²/day]
MAX_DAILY_CHANGE_KM2 = 5000.0

_SOURCES = {
    "maps": ("GPL-3.0 (repository); map objects © DEEPSTATEUATECH LLC",
             "DeepStateMap.live (© DEEPSTATEUATECH LLC) via cyterat/deepstate-map-data"),
    "losses": ("MIT, Copyright (c) 2022 Petro Ivaniuk",
               "General Staff of the Armed Forces of Ukraine, via "
               "PetroIvaniuk/2022-Ukraine-Russia-War-Dataset"),
}  # fmt: skip
MANIFEST_COLUMNS = ("url", "accessed_utc", "sha256", "bytes", "licence", "attribution", "file")


# ---------------------------------------------------------------------------
class _Missing(Exception):  # noqa: N818 - internal: a named skipped download
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _download(url: str, timeout: float) -> bytes:
    """The bytes at ``url``; a 404 or a short body is a named skip, no network an error."""
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "advrate data update"})
    except ValueError:
        raise AdvrateError(f"{url!r:.80} is not a URL; check --base-url and the patterns") from None
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            expected = response.headers.get("Content-Length")
            body = response.read()
    except http.client.IncompleteRead as err:
        got, more = len(err.partial), err.expected or 0
        raise _Missing(f"truncated download ({got:,} of {got + more:,} bytes)") from None
    except urllib.error.HTTPError as err:
        if err.code == 404:
            raise _Missing("not in the archive (404)") from None
        raise _Missing(f"the server answered {err.code}") from None
    except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise AdvrateError(
            f"cannot reach {url.split('/')[2] if '//' in url else url} ({reason}); check the "
            "network, or give a mirror with --base-url. Nothing was changed"
        ) from None
    if expected is not None and expected.isdigit() and int(expected) != len(body):
        raise _Missing(f"truncated download ({len(body):,} of {int(expected):,} bytes)")
    return body


def _manifest_row(url: str, body: bytes, kind: str, file: Path) -> dict[str, Any]:
    licence, attribution = _SOURCES[kind]
    return {
        "url": url,
        "accessed_utc": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sha256": hashlib.sha256(body).hexdigest(),
        "bytes": len(body),
        "licence": licence,
        "attribution": attribution,
        "file": file.name,
    }


@dataclass
class UpdateSummary:
    """What :func:`update` did.

    Attributes
    ----------
    added : dict
        Days added per series ("maps", "losses").
    skipped : list of (str, str)
        Days or files skipped, with the reason.
    through : dict
        Last date held per series after the update.
    written : list of pathlib.Path
        Files written.
    """

    added: dict[str, int] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    through: dict[str, str] = field(default_factory=dict)
    written: list[Path] = field(default_factory=list)

    def __str__(self) -> str:
        lines = [f"{kind}: {n} days added, now through {self.through.get(kind, '?')}"
                 for kind, n in self.added.items()]  # fmt: skip
        lines += [f"skipped {what}: {why}" for what, why in self.skipped]
        return "\n".join(lines)


def _current(relative: Path) -> Path:
    from .resources import data_dir

    return updated_file(relative) or data_dir() / relative


def _read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def _csv_text(columns: list[str], rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _update_maps(
    summary: UpdateSummary, base: str, pattern: str, until: dt.date, max_jump: float,
    timeout: float, progress: bool,
) -> tuple[list[str], list[dict[str, Any]], list[dict[str, Any]]]:  # fmt: skip
    from tqdm import tqdm

    from .maps import map_file, occupied_area

    columns, rows = _read_rows(_current(_AREA_FILE))
    held = len(rows)
    last = dt.date.fromisoformat(rows[-1]["date"])
    previous_area = float(rows[-1]["occupied_area_km2"])
    previous_date = last
    manifest = []
    days = [last + dt.timedelta(days=i) for i in range(1, (until - last).days + 1)]
    folder = cache_dir() / "deepstate-map-data"
    folder.mkdir(parents=True, exist_ok=True)
    bar = tqdm(days, desc="maps", unit="day", disable=not progress, file=sys.stderr)
    for day in bar:
        file_date = day + dt.timedelta(days=1)  # a file holds the map of the day before its date
        url = pattern.format(base=base.rstrip("/"), date=file_date)
        target = folder / f"deepstatemap_data_{file_date:%Y%m%d}.geojson"
        try:
            body = _download(url, timeout)
        except _Missing as missing:
            summary.skipped.append((f"map of {day}", missing.reason))
            continue
        tmp = target.with_name(target.name + ".part")
        tmp.write_bytes(body)
        os.replace(tmp, target)
        manifest.append(_manifest_row(url, body, "maps", target))
        try:
            area = occupied_area(target)
        except DataError as err:
            summary.skipped.append((f"map of {day}", str(err).split(": ", 1)[-1]))
            continue
        gap = (day - previous_date).days
        if abs(area - previous_area) > max_jump * gap:
            summary.skipped.append((
                f"map of {day}",
                f"implausible jump of {area - previous_area:+,.0f} km² in {gap} day(s) "
                f"(more than {max_jump:,.0f} km² a day)",
            ))  # fmt: skip
            continue
        found = map_file(target)
        rounded = round(area, 2)
        rows.append({
            "date": found.date.isoformat(),
            "occupied_area_km2": str(rounded),
            "occupied_pct_of_603550km2": str(round(100 * rounded / 603_550, 3)),
            "change_km2_since_prev_row": str(round(rounded - previous_area, 2)),
            "days_since_prev_row": f"{float(gap)}",
            "occupied_area_in_ua_boundary_km2": "",
            "unknown_status_km2": "",
            "source_repo": "cyterat/deepstate-map-data",
            "source_path": f"data/{target.name}",
            "source_time_utc": f"{file_date}T03:00Z~",
            "flag": "",
        })  # fmt: skip
        previous_area, previous_date = rounded, day
    summary.added["maps"] = len(rows) - held
    summary.through["maps"] = rows[-1]["date"]
    return columns, rows, manifest


def _held_through() -> dt.date:
    """The last map day the front's numbers hold (the user's update, else the package)."""
    from .front import POSITIONS_FILE

    path = _current(POSITIONS_FILE)
    return dt.date.fromisoformat(last_date(path)) if path.is_file() else dt.date.max


def _update_front(
    summary: UpdateSummary, new_maps: list[dict[str, str]], base: str, pattern: str,
    timeout: float, progress: bool,
) -> tuple[dict[Path, tuple[list[str], list[dict[str, Any]]]], list[dict[str, Any]]]:  # fmt: skip
    """Extend the front's numbers over the maps just added (see advrate.front).

    Campaigns need the map of their first day and the whole-front months the
    map of the month's first day; those come from the cache, else from the
    daily archive, which starts on 2024-07-08. A campaign that began before
    has its series left as it is, and says so.
    """
    from tqdm import tqdm

    from . import front
    from .maps import map_file, occupied_geometry

    if not new_maps or not _current(front.POSITIONS_FILE).is_file():
        return {}, []
    manifest: list[dict[str, Any]] = []
    folder = cache_dir() / "deepstate-map-data"

    def geometry_of(day: dt.date) -> Any:
        file_date = day + dt.timedelta(days=1)
        target = folder / f"deepstatemap_data_{file_date:%Y%m%d}.geojson"
        if not target.is_file():
            url = pattern.format(base=base.rstrip("/"), date=file_date)
            body = _download(url, timeout)  # _Missing names why it is not there
            tmp = target.with_name(target.name + ".part")
            tmp.write_bytes(body)
            os.replace(tmp, target)
            manifest.append(_manifest_row(url, body, "maps", target))
        return occupied_geometry(target)

    axes = front.load_axes()
    pos_columns, positions = _read_rows(_current(front.POSITIONS_FILE))
    adv_columns, advance = _read_rows(_current(front.ADVANCE_FILE))
    mon_columns, monthly = _read_rows(_current(front.MONTHLY_FILE))
    references: dict[str, Any] = {}
    for axis in axes.index[axes["start"].notna()]:
        first = min((r["date"] for r in advance if r["axis_id"] == axis), default=None)
        if first is None:
            continue
        try:
            references[axis] = geometry_of(dt.date.fromisoformat(first))
        except (_Missing, DataError) as err:
            reason = getattr(err, "reason", None) or str(err).split(": ", 1)[-1]
            summary.skipped.append(
                (
                    f"campaign {axis} (first map {first})",
                    f"not extended: its first map cannot be had ({reason})",
                )
            )
    month_start = None
    if monthly:
        start = dt.date.fromisoformat(monthly[-1]["end_date"])
        try:
            month_start = (start, geometry_of(start))
        except (_Missing, DataError) as err:
            reason = getattr(err, "reason", None) or str(err).split(": ", 1)[-1]
            summary.skipped.append(
                (
                    f"whole-front month from {start}",
                    f"not extended: its first map cannot be had ({reason})",
                )
            )
    whole, beyond = front.whole_front_region()
    bar = tqdm(new_maps, desc="front", unit="map", disable=not progress, file=sys.stderr)
    for row in bar:
        found = map_file(folder / row["source_path"].split("/", 1)[1])
        occupied = occupied_geometry(found.path)
        day = found.date.isoformat()
        for axis in axes.index:
            km = front.axis_position(occupied, front.axis_line(axis, axes),
                                     attacker=axes.loc[axis, "attacker"])  # fmt: skip
            positions.append({"date": day, "axis_id": axis, "position_km": round(km, 3)})
        for axis, reference in references.items():
            moved = front.furthest_advance(reference, occupied, front.axis_region(axis, axes),
                                           attacker=axes.loc[axis, "attacker"])  # fmt: skip
            advance.append(front._advance_row(found.date, axis, moved))
        if month_start and (found.date.year, found.date.month) != (
            month_start[0].year,
            month_start[0].month,
        ):
            moved = front.furthest_advance(month_start[1], occupied, whole, also_held=beyond)
            monthly.append({"month": f"{month_start[0]:%Y-%m}", "start_date": month_start[0],
                            "end_date": found.date, **front._advance_fields(moved)})  # fmt: skip
            month_start = (found.date, occupied)
    positions.sort(key=lambda r: r["date"])  # stable: keeps the axes' order within a day
    advance.sort(key=lambda r: r["date"])
    return {
        front.POSITIONS_FILE: (pos_columns, positions),
        front.ADVANCE_FILE: (adv_columns, advance),
        front.MONTHLY_FILE: (mon_columns, monthly),
    }, manifest


_LOSS_KEYS = ("date", "personnel")


def _update_losses(
    summary: UpdateSummary, base: str, url_pattern: str, timeout: float
) -> tuple[list[str], list[dict[str, Any]], list[dict[str, Any]]]:
    columns, rows = _read_rows(_current(_LOSSES_FILE))
    url = url_pattern.format(base=base.rstrip("/"))
    try:
        body = _download(url, timeout)
    except _Missing as missing:
        summary.skipped.append(("loss claims", missing.reason))
        summary.added["losses"] = 0
        summary.through["losses"] = rows[-1]["date"]
        return columns, rows, []
    target = cache_dir() / "russia_losses_personnel.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(body)
    manifest = [_manifest_row(url, body, "losses", target)]
    try:
        records = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        summary.skipped.append(("loss claims", "the file is not JSON (corrupt download)"))
        records = None
    if records is not None and (
        not isinstance(records, list)
        or not all(isinstance(r, dict) and all(k in r for k in _LOSS_KEYS) for r in records)
    ):
        raise AdvrateError(
            f"{url}: the losses file changed its schema (each record needs {list(_LOSS_KEYS)}); "
            "advrate needs updating to read it. Nothing was changed"
        )
    last = dt.date.fromisoformat(rows[-1]["date"])
    total = int(rows[-1]["personnel_cumulative"])
    added = 0
    for record in sorted(records or [], key=lambda r: str(r["date"])):
        try:
            day = dt.date.fromisoformat(str(record["date"]))
            cumulative = int(record["personnel"])
        except (TypeError, ValueError):
            raise AdvrateError(f"{url}: unreadable record {record!r:.80}") from None
        if day <= last:
            continue
        if cumulative < total:
            summary.skipped.append(
                (f"loss claim of {day}", f"running total falls to {cumulative:,}")
            )
            continue
        rows.append({
            "date": day.isoformat(), "personnel_cumulative": str(cumulative),
            "personnel_daily": str(cumulative - total),
            "source_file": f"PetroIvaniuk/2022-Ukraine-Russia-War-Dataset:{url.rsplit('/', 2)[-2]}/"
                           f"{url.rsplit('/', 1)[-1]}",
        })  # fmt: skip
        total, last, added = cumulative, day, added + 1
    summary.added["losses"] = added
    summary.through["losses"] = rows[-1]["date"]
    return columns, rows, manifest


def update(
    *,
    base_url: str = DEFAULT_BASE_URL,
    maps_url: str = MAPS_URL,
    losses_url: str = LOSSES_URL,
    until: object = None,
    max_jump_km2: float = MAX_DAILY_CHANGE_KM2,
    timeout: float = 30.0,
    progress: bool = True,
    say: Callable[[str], None] | None = None,
) -> UpdateSummary:
    """Bring the occupied-area series and the claimed losses up to date for this user.

    Parameters
    ----------
    base_url : str, default :data:`DEFAULT_BASE_URL`
        Where the archives' raw files are served (a mirror or proxy).
    maps_url, losses_url : str
        URL patterns; ``{base}`` and, for maps, ``{date:%Y%m%d}`` (the file
        date) are filled in.
    until : date-like, optional
        Last day to fetch a map for; default yesterday (UTC).
    max_jump_km2 : float, default :data:`MAX_DAILY_CHANGE_KM2`
        Largest plausible change of the occupied area in a day. [km²/day]
    timeout : float, default 30
        Seconds to wait for a server. [s]
    progress : bool, default True
        A progress bar on standard error.

    Returns
    -------
    UpdateSummary
        Days added, days skipped and why, last dates, files written.

    Raises
    ------
    advrate.AdvrateError
        No network (or no such server), or a changed schema; the previous
        series are then untouched.
    """
    from .checks import as_date, as_flag, as_number, as_text

    base_url = as_text(base_url, "base_url")
    maps_url, losses_url = as_text(maps_url, "maps_url"), as_text(losses_url, "losses_url")
    for name, pattern in (("maps_url", maps_url), ("losses_url", losses_url)):
        try:
            pattern.format(base="", date=dt.date(2026, 1, 1))
        except (KeyError, IndexError, ValueError, AttributeError, TypeError) as err:
            raise AdvrateError(f"{name} {pattern!r:.80} is not a URL pattern ({err})") from None
    max_jump_km2 = as_number(max_jump_km2, "max_jump_km2", positive=True)
    timeout = as_number(timeout, "timeout", positive=True)
    progress = as_flag(progress, "progress")
    if say is not None and not callable(say):
        raise AdvrateError(f"say must be a function or None, not {say!r:.60}")
    today = dt.datetime.now(dt.UTC).date()
    last_day = today - dt.timedelta(days=1) if until is None else as_date(until, "until")
    summary = UpdateSummary()
    area_columns, area_rows, area_manifest = _update_maps(
        summary, base_url, maps_url, last_day, max_jump_km2, timeout, progress
    )
    new_maps = [r for r in area_rows if r["source_path"].startswith("data/")
                and dt.date.fromisoformat(r["date"]) > _held_through()]  # fmt: skip
    front_tables, front_manifest = _update_front(
        summary, new_maps, base_url, maps_url, timeout, progress
    )
    area_manifest += front_manifest
    loss_columns, loss_rows, loss_manifest = _update_losses(summary, base_url, losses_url, timeout)
    # Everything is read and checked; only now is anything written, each file whole.
    target = user_data_dir()
    (target / "ukraine").mkdir(parents=True, exist_ok=True)
    from .resources import data_dir

    shutil.copy2(data_dir() / "datapackage.json", target / "datapackage.json.part")
    os.replace(target / "datapackage.json.part", target / "datapackage.json")
    stamp = today.isoformat()
    info = read_json_mapping(target / "vintage.json")
    series = (
        ("maps", _AREA_FILE, area_columns, area_rows),
        ("losses", _LOSSES_FILE, loss_columns, loss_rows),
    )
    for kind, relative, columns, rows in series:
        if summary.added.get(kind) or updated_file(relative) is not None:
            write_text_atomic(target / relative, _csv_text(columns, rows))
            summary.written.append(target / relative)
            if summary.added.get(kind):
                info[kind] = {"updated_on": stamp, "through": rows[-1]["date"]}
    for relative, (columns, rows) in front_tables.items():
        write_text_atomic(target / relative, _csv_text(columns, rows))
        summary.written.append(target / relative)
    write_text_atomic(target / "vintage.json", json.dumps(info, indent=1) + "\n")
    manifest_path = target / "manifest.csv"
    old = _read_rows(manifest_path)[1] if manifest_path.is_file() else []
    write_text_atomic(manifest_path, _csv_text(list(MANIFEST_COLUMNS),
                                               old + area_manifest + loss_manifest))  # fmt: skip
    summary.written += [target / "vintage.json", manifest_path]
    from . import territory

    territory.forget_cached_series()  # this process now reads the updated files
    from . import front

    front._read.cache_clear()
    if say is not None:
        say(str(summary))
    return summary
