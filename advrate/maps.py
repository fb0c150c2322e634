"""Maps: the area Russia occupies, read from DeepStateMap archive files.

Two public archives of DeepStateMap.live (© DEEPSTATEUATECH LLC) hold the maps:

* ``DanielRose2310/deepstatemaps-history``: ``geojsons/<unix time>.geojson``,
  the full map with all its layers, one file per map version (2022-04 to
  2025-08);
* ``cyterat/deepstate-map-data``: ``data/deepstatemap_data_YYYYMMDD.geojson``,
  one MultiPolygon a day of the occupied layers (from 2024-07).

Which features count as occupied (full archive): a feature's name (Ukrainian
/// English /// i18n key) decides, its fill colour only where the name does
not. Occupied areas, occupied Crimea and the areas held since 2014 (ORDLO)
count; DeepState's "other occupied territories" outside Ukraine
(Transnistria, Abkhazia, Karelia, ...), Snake and Tuzla islands and the
Wagner mutiny polygon do not; nor do liberated and unknown-status areas.
Polygons inside geometry collections count, invalid rings are repaired, and
the area is that of the union, in the equal-area projection EPSG:6933.

Dates: a cyterat file holds the map that was live at about 03:00 UTC on its
file date, so it stands for the day before; for the full archive, the last
version of each UTC day stands for that day.

Only numbers derived from the maps are kept by advrate, never their
geometry. shapely and pyproj are imported here, not by ``import advrate``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from .checks import as_flag, as_path
from .exceptions import AdvrateError, DataError

__all__ = [
    "AREA_CRS",
    "SERIES_COLUMNS",
    "MapFile",
    "archive_files",
    "classify",
    "derive_series",
    "map_file",
    "map_statistics",
    "occupied_area",
    "occupied_geometry",
    "read_boundary",
    "series_maps",
]

#: Equal-area projection the area is computed in (WGS 84 / NSIDC EASE-Grid 2.0 Global).
AREA_CRS = "EPSG:6933"

Layer = Literal["occupied", "crimea", "ordlo", "other", "liberated", "unknown"]
#: Layers that make up the occupied area.
COUNTED: frozenset[str] = frozenset({"occupied", "crimea", "ordlo"})

_GREY = {"#bcaaa4", "#bdbdbd"}
_RED = "#a52714"
# DeepState's "other occupied territories" and features that are not Ukraine's
# front: never counted, whatever their colour.
_OTHER = re.compile(
    r"придністров|transnistri|петсамо|petsamo|салла|salla|печорськ|pechor|естоні|estonia|"
    r"латві|latvia|куриль|kuril|прус+і|prussia|абхаз|abkhaz|цхінвал|tskhinval|карелі|karelia|"
    r"ічкері|ichker|зміїний|snake island|тузла|tuzla|вагнер|wagner",
)
_CRIMEA = re.compile(r"окупований крим|occupied crimea|^крим$")
_ORDLO = re.compile(r"ордло|cadr and calr")
_OCCUPIED_WORDS = re.compile(r"окупован|occupied|зайняті ворогом|under occupation|захоплено")
_LIBERATED_WORDS = re.compile(
    r"звільнен|liberated|taken back|recaptured|відбит|відкинуто|pushed back|під контролем зсу"
)


def classify(name: str | None, fill: str | None) -> Layer:
    """The layer a feature of the full DeepStateMap belongs to.

    Parameters
    ----------
    name : str or None
        The feature's ``name``: "Ukrainian /// English /// i18n key" (the key
        only from 2024-03; early 2022 names are often Ukrainian only).
    fill : str or None
        Its fill colour ("#a52714" is DeepState's occupied red).

    Returns
    -------
    {"occupied", "crimea", "ordlo", "other", "liberated", "unknown"}
        The first three count towards the occupied area.

    Examples
    --------
    >>> classify("Окуповано /// Occupied /// geoJSON.status.occupied", "#a52714")
    'occupied'
    >>> classify("Придністров'я /// Transnistria", "#ff5252")
    'other'
    >>> classify("Багатокутник 11", "#a52714")
    'occupied'
    """
    name = name if isinstance(name, str) else ""
    fill = fill if isinstance(fill, str) else ""
    parts = [p.strip().replace("\xa0", " ") for p in name.split("///")]
    key = next((p for p in parts if p.startswith("geoJSON.")), "")
    text = " ".join(p for p in parts if not p.startswith("geoJSON.")).lower()
    colour = (fill or "").lower()
    if key:
        if key == "geoJSON.territories.crimea":
            return "crimea"
        if key == "geoJSON.territories.ordlo":
            return "ordlo"
        if key.startswith("geoJSON.territories.") or key == "geoJSON.zmiinyi_island":
            return "other"
        if key == "geoJSON.status.occupied":
            return "occupied"
        if key.startswith("geoJSON.status.dismissed"):
            return "liberated"
        if key.startswith("geoJSON.status."):
            return "unknown"
    if _OTHER.search(text):
        return "other"
    if _CRIMEA.search(text):
        return "crimea"
    if _ORDLO.search(text):
        return "ordlo"
    if _OCCUPIED_WORDS.search(text):
        return "unknown" if colour in _GREY else "occupied"
    if _LIBERATED_WORDS.search(text):
        return "liberated"
    # Undecided by its name (unnamed polygons, "uncertain", dates alone): the colour decides.
    if colour == _RED:
        return "occupied"
    return "unknown" if colour in _GREY else "liberated"


@dataclass(frozen=True)
class MapFile:
    """One map file of either archive.

    Attributes
    ----------
    path : pathlib.Path
        The file.
    archive : {"deepstatemaps-history", "deepstate-map-data"}
        Which archive's format it is in.
    date : datetime.date
        The day the map stands for (see the module notes on dates).
    time_utc : datetime.datetime or None
        The map version's time, for the full archive. [UTC]
    """

    path: Path
    archive: str
    date: dt.date
    time_utc: dt.datetime | None = None


_CYTERAT_RE = re.compile(r"deepstatemap_data_(\d{8})\.geojson")
_HISTORY_RE = re.compile(r"(\d{9,11})\.geojson")


def map_file(path: str | Path) -> MapFile:
    """Recognise a map file by its name and say which day it stands for.

    Raises
    ------
    advrate.DataError
        The name is in neither archive's pattern.
    """
    path = as_path(path, "map file")
    if m := _CYTERAT_RE.fullmatch(path.name):
        file_date = dt.datetime.strptime(m[1], "%Y%m%d").date()
        return MapFile(path, "deepstate-map-data", file_date - dt.timedelta(days=1))
    if m := _HISTORY_RE.fullmatch(path.name):
        try:
            when = dt.datetime.fromtimestamp(int(m[1]), tz=dt.UTC)
        except (OverflowError, OSError, ValueError):
            raise DataError(str(path), "the file name is not a time") from None
        return MapFile(path, "deepstatemaps-history", when.date(), when)
    raise DataError(
        str(path),
        "not a map file of either archive (deepstatemap_data_YYYYMMDD.geojson or "
        "<unix time>.geojson)",
    )


def archive_files(folder: str | Path) -> list[MapFile]:
    """The map of each day in an archive folder: one file a day, the day's last version.

    Parameters
    ----------
    folder : str or pathlib.Path
        A checkout of either archive, or its ``data/`` or ``geojsons/`` folder.

    Returns
    -------
    list of MapFile
        Sorted by date.
    """
    folder = as_path(folder, "archive")
    for sub in ("data", "geojsons"):
        if (folder / sub).is_dir():
            folder = folder / sub
    by_day: dict[dt.date, MapFile] = {}
    for path in sorted(folder.glob("*.geojson")):
        try:
            found = map_file(path)
        except DataError:
            continue
        current = by_day.get(found.date)
        if current is None or _version_time(found) >= _version_time(current):
            by_day[found.date] = found
    if not by_day:
        raise DataError(str(folder), "holds no map file of either archive")
    return [by_day[day] for day in sorted(by_day)]


def _version_time(found: MapFile) -> dt.datetime:
    """When a map version was made; daily files (one a day) count as the earliest."""
    return found.time_utc or dt.datetime.min.replace(tzinfo=dt.UTC)


def _polygons(geometry: dict[str, Any] | None) -> list[Any]:
    """Polygon parts of a GeoJSON geometry, collections included, repaired."""
    import shapely
    from shapely.geometry import shape

    if not geometry:
        return []
    kind = geometry.get("type")
    if kind == "GeometryCollection":
        return [p for g in geometry.get("geometries", []) for p in _polygons(g)]
    if kind not in ("Polygon", "MultiPolygon"):
        return []
    try:
        geom = shape(geometry)
    except (ValueError, TypeError, AttributeError, IndexError) as err:
        raise DataError("geometry", f"unreadable polygon ({err})") from None
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    return [g for g in shapely.get_parts(geom) if g.geom_type == "Polygon" and not g.is_empty]


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as f:
            payload = json.load(f)
    except FileNotFoundError:
        raise DataError(str(path), "file not found") from None
    except OSError as err:
        raise DataError(str(path), f"cannot read it ({err.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as err:
        raise DataError(str(path), f"not GeoJSON ({err})") from None
    if not isinstance(payload, dict) or payload.get("type") != "FeatureCollection":
        raise DataError(str(path), "not a GeoJSON FeatureCollection")
    return payload


def occupied_geometry(path: str | Path) -> Any:
    """The occupied area of one map file, as one shapely geometry in lon/lat (EPSG:4326).

    Parameters
    ----------
    path : str or pathlib.Path
        A file of either archive (see :func:`map_file`).

    Returns
    -------
    shapely.Polygon or shapely.MultiPolygon
        The union of the counted polygons. [degrees]

    Raises
    ------
    advrate.DataError
        Not a map file, not GeoJSON, or no occupied area in it.
    """
    found = map_file(path)
    return _occupied_union(found, _layer_parts(found))


def _layer_parts(found: MapFile) -> dict[str, list[Any]]:
    """Polygons of one map file by layer, read and parsed once.

    A daily-archive file holds the occupied layers only, so all its polygons
    are "occupied".
    """
    parts: dict[str, list[Any]] = {}
    for feature in _read(found.path).get("features", []):
        if not isinstance(feature, dict):
            continue
        props = feature.get("properties") or {}
        layer = (
            classify(props.get("name"), props.get("fill"))
            if found.archive == "deepstatemaps-history" else "occupied"
        )  # fmt: skip
        parts.setdefault(layer, []).extend(_polygons(feature.get("geometry")))
    return parts


def _occupied_union(found: MapFile, parts: dict[str, list[Any]]) -> Any:
    import shapely

    counted = [p for layer in sorted(COUNTED) for p in parts.get(layer, [])]
    if not counted:
        raise DataError(str(found.path), "holds no occupied area")
    return shapely.union_all(counted)


@functools.cache
def _to_area_crs() -> Any:
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", AREA_CRS, always_xy=True)


def occupied_area(path: str | Path) -> float:
    """Area of the occupied territory on one map. [km²]

    Parameters
    ----------
    path : str or pathlib.Path
        A file of either archive.

    Returns
    -------
    float
        Area of the union of occupied polygons, Crimea and ORDLO, in the
        equal-area projection EPSG:6933. [km²]

    Examples
    --------
    The packaged daily series was computed this way; its row for a day is the
    area of that day's map file.
    """
    return float(_project(occupied_geometry(path)).area) / 1e6


#: Area the packaged series' percentage column is taken of (the figure in the project brief). [km²]
UKRAINE_AREA_KM2 = 603_550.0
_FLAGS = (
    (dt.date(2022, 9, 18), "crimea_polygon_pre_redraw(~26.4k km2 vs 27.17k later)"),
    (dt.date(2022, 6, 1), "early_2022_map_still_being_completed"),
)
_REPOS = {
    "deepstatemaps-history": "DanielRose2310/deepstatemaps-history",
    "deepstate-map-data": "cyterat/deepstate-map-data",
}
#: Columns of the derived daily series, as in the packaged file.
SERIES_COLUMNS = (
    "date", "occupied_area_km2", "occupied_pct_of_603550km2", "change_km2_since_prev_row",
    "days_since_prev_row", "occupied_area_in_ua_boundary_km2", "unknown_status_km2",
    "source_repo", "source_path", "source_time_utc", "flag",
)  # fmt: skip


def _project(geometry: Any) -> Any:
    import numpy as np
    import shapely

    transformer = _to_area_crs()

    def project(xy: np.ndarray) -> np.ndarray:
        return np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))

    return shapely.transform(geometry, project)


def map_statistics(found: MapFile, boundary: Any = None) -> dict[str, Any]:
    """The numbers the daily series keeps for one map file (no geometry).

    Parameters
    ----------
    found : MapFile
        The map, as :func:`map_file` or :func:`archive_files` give it.
    boundary : shapely geometry, optional
        Ukraine's land boundary in lon/lat, for the in-boundary area.

    Returns
    -------
    dict
        ``occupied_area_km2`` [km²], ``occupied_area_in_ua_boundary_km2``
        [km²] (None without a boundary), ``unknown_status_km2`` [km²] (None
        for the daily archive, which has no such layer).
    """
    if not isinstance(found, MapFile):
        raise AdvrateError(f"map_statistics takes a MapFile (see map_file), not {found!r:.60}")
    if boundary is not None and not hasattr(boundary, "geom_type"):
        raise AdvrateError("boundary must be a shapely geometry (see read_boundary)")
    import shapely

    parts = _layer_parts(found)
    occupied = _occupied_union(found, parts)
    stats: dict[str, Any] = {"occupied_area_km2": _project(occupied).area / 1e6}
    stats["occupied_area_in_ua_boundary_km2"] = (
        None if boundary is None else _project(occupied.intersection(boundary)).area / 1e6
    )
    unknown = None
    if found.archive == "deepstatemaps-history":
        grey = parts.get("unknown", [])
        unknown = _project(shapely.union_all(grey).difference(occupied)).area / 1e6 if grey else 0.0
    stats["unknown_status_km2"] = unknown
    return stats


def read_boundary(path: str | Path) -> Any:
    """A boundary (e.g. Ukraine's oblasts) as one geometry in lon/lat, from GeoJSON."""
    import shapely

    parts = []
    for feature in _read(as_path(path, "boundary")).get("features", []):
        parts.extend(_polygons((feature or {}).get("geometry")))
    if not parts:
        raise DataError(str(path), "holds no polygon")
    return shapely.union_all(parts)


def series_maps(archives: list[str | Path]) -> list[MapFile]:
    """The map of each day that the derived series use, from one or both archives.

    The full archive (``deepstatemaps-history``) gives every day it has a map
    for; the daily archive (``deepstate-map-data``) the days after the full
    archive's last one.

    Parameters
    ----------
    archives : list of path
        Checkouts (or their ``geojsons``/``data`` folders) of one or both archives.

    Returns
    -------
    list of MapFile
        One per day, sorted by date.
    """
    if isinstance(archives, str | bytes) or not isinstance(archives, list | tuple):
        raise AdvrateError(f"archives must be a list of folders, not {archives!r:.60}")
    found = [f for folder in archives for f in archive_files(folder)]
    if not found:  # pragma: no cover - archive_files refuses an empty folder
        raise DataError(str(archives), "no map files")
    full = {f.date: f for f in found if f.archive == "deepstatemaps-history"}
    last_full = max(full) if full else dt.date.min
    daily = {f.date: f for f in found if f.archive == "deepstate-map-data" and f.date > last_full}
    return [{**full, **daily}[day] for day in sorted({**full, **daily})]


def derive_series(
    archives: list[str | Path],
    *,
    boundary: str | Path | None = None,
    progress: bool = True,
) -> Any:
    """The daily occupied-area series, rebuilt from local copies of the archives.

    The full archive (``deepstatemaps-history``) gives every day it has a map
    for; the daily archive (``deepstate-map-data``) the days after the full
    archive's last one. This is how the packaged series was made, so anyone
    can audit it.

    Parameters
    ----------
    archives : list of path
        Checkouts (or their ``geojsons``/``data`` folders) of one or both archives.
    boundary : path, optional
        GeoJSON of Ukraine's boundary, for ``occupied_area_in_ua_boundary_km2``.
    progress : bool, default True
        A progress bar on standard error.

    Returns
    -------
    pandas.DataFrame
        The columns of :data:`SERIES_COLUMNS`, one row per day. [km², %, day]
    """
    import sys

    import pandas as pd
    from tqdm import tqdm

    progress = as_flag(progress, "progress")
    chosen = series_maps(archives)
    outline = None if boundary is None else read_boundary(boundary)
    rows = []
    for mf in tqdm(chosen, desc="maps", unit="map", disable=not progress, file=sys.stderr):
        stats = map_statistics(mf, outline)
        folder = "geojsons" if mf.archive == "deepstatemaps-history" else "data"
        when = (mf.time_utc.strftime("%Y-%m-%dT%H:%M:%SZ") if mf.time_utc else
                f"{mf.date + dt.timedelta(days=1)}T03:00Z~")  # fmt: skip
        rows.append({
            "date": mf.date.isoformat(),
            **stats,
            "source_repo": _REPOS[mf.archive],
            "source_path": f"{folder}/{mf.path.name}",
            "source_time_utc": when,
            "flag": ";".join(text for limit, text in _FLAGS if mf.date < limit),
        })  # fmt: skip
    table = pd.DataFrame(rows)
    area = table["occupied_area_km2"].round(2)
    table["occupied_area_km2"] = area
    table["occupied_pct_of_603550km2"] = (100 * area / UKRAINE_AREA_KM2).round(3)
    table["change_km2_since_prev_row"] = area.diff().round(2)
    dates = pd.to_datetime(table["date"])
    table["days_since_prev_row"] = dates.diff().dt.days.astype(float)
    for column in ("occupied_area_in_ua_boundary_km2", "unknown_status_km2"):
        table[column] = pd.to_numeric(table[column]).round(2)
    return table[list(SERIES_COLUMNS)]
