"""Front: how far the front line moved, measured on the maps.

CSIS measures the rates of advance it compares with history as "the
straight-line distance that the front line shifted during specific
campaigns", divided by the campaign's days. This module measures the same
thing on the DeepStateMap maps (© DEEPSTATEUATECH LLC), in two ways:

* **Furthest advance in a region** (:func:`furthest_advance`): between two
  maps, the largest distance from any point the attacker newly holds inside
  the region to the ground it held at the start. Distances are taken in an
  azimuthal equidistant projection centred on the region (exact from the
  centre, within 0.1 % for the few tens of kilometres a region spans), on a
  grid of points inside the gained ground plus its densified outline; with a
  spacing *s* the answer is within *s*/√2 of the exact maximum.
* **Position along an axis** (:func:`axis_position`): a polyline from an
  origin in the attacker's ground toward an objective; the front's position
  is the distance along it to the first point the attacker does not hold.
  A daily series of positions gives metres per day for any window.

The attacker's ground is the occupied area for Russia and its complement for
Ukraine. The packaged numbers (``data/ukraine/front_*.csv``) were made with
:func:`derive_front` from the archives named in ``data/ukraine/PROVENANCE.md``;
the functions that read them (:func:`axis_rate`, :func:`monthly_rates`,
:func:`reproduce_csis_modern`) work offline. No geometry is kept.

shapely and pyproj are imported here, not by ``import advrate``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from .checks import as_date, as_flag, as_number, as_option, as_text
from .exceptions import AdvrateError

__all__ = [
    "ATTACKERS",
    "Advance",
    "AxisRate",
    "axis_length",
    "axis_line",
    "axis_position",
    "axis_positions",
    "axis_rate",
    "axis_region",
    "campaign_advance",
    "check_front_folder",
    "circle",
    "derive_front",
    "front_monthly",
    "furthest_advance",
    "load_axes",
    "monthly_rates",
    "reproduce_csis_modern",
    "whole_front_region",
    "write_front",
]

#: Who can be the attacker: Russia's ground is the occupied area, Ukraine's the rest.
ATTACKERS = ("Russia", "Ukraine")
#: Default sampling step of the gained ground. [km]
DEFAULT_SPACING_KM = 0.25
# A sampling grid larger than this is refused rather than exhausting memory.
_MAX_GRID_POINTS = 20_000_000
# Every map the packaged numbers use lies within these bounds (Ukraine and its
# borderlands); a region wholly outside them with its swapped twin inside was
# almost certainly given as (lat, lon).
_MAP_BOUNDS = (22.0, 44.0, 41.0, 53.0)  # lon min, lat min, lon max, lat max


@functools.lru_cache(maxsize=64)
def _local(lon: float, lat: float) -> tuple[Any, Any]:
    """Forward and inverse transformers of the azimuthal equidistant projection at a point."""
    from pyproj import CRS, Transformer

    crs = CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m +no_defs")
    return (
        Transformer.from_crs("EPSG:4326", crs, always_xy=True),
        Transformer.from_crs(crs, "EPSG:4326", always_xy=True),
    )


def _apply(geometry: Any, transformer: Any) -> Any:
    import numpy as np
    import shapely

    def move(xy: np.ndarray) -> np.ndarray:
        return np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))

    return shapely.transform(geometry, move)


def _valid(geometry: Any) -> Any:
    import shapely

    return geometry if geometry.is_valid else shapely.make_valid(geometry)


def _geometry(value: object, what: str) -> Any:
    import shapely

    if not isinstance(value, shapely.Geometry):
        raise AdvrateError(f"{what} must be a shapely geometry in lon/lat, not {value!r:.60}")
    if value.is_empty:
        return value
    if value.geom_type not in ("Polygon", "MultiPolygon", "GeometryCollection"):
        raise AdvrateError(f"{what} must be a polygon or multipolygon, not a {value.geom_type}")
    return value if value.is_valid else shapely.make_valid(value)


def _check_lonlat(geometry: Any, what: str) -> None:
    """Refuse coordinates that cannot be lon/lat, or that look swapped."""
    lon0, lat0, lon1, lat1 = geometry.bounds
    if not (-180 <= lon0 <= lon1 <= 180 and -90 <= lat0 <= lat1 <= 90):
        raise AdvrateError(
            f"{what} has coordinates outside lon -180..180 / lat -90..90 "
            f"(bounds {geometry.bounds}); give (lon, lat) in degrees"
        )
    west, south, east, north = _MAP_BOUNDS

    def inside(x0: float, y0: float, x1: float, y1: float) -> bool:
        return x0 < east and x1 > west and y0 < north and y1 > south

    if not inside(lon0, lat0, lon1, lat1) and inside(lat0, lon0, lat1, lon1):
        raise AdvrateError(
            f"{what} lies outside the maps' extent, but would lie inside with its "
            f"coordinates swapped: give (lon, lat), not (lat, lon)"
        )


def circle(lon: float, lat: float, radius_km: float) -> Any:
    """A circular region on the ground, as a polygon in lon/lat.

    Parameters
    ----------
    lon, lat : float
        Centre. [degrees]
    radius_km : float
        Radius, measured on the ground. [km]

    Returns
    -------
    shapely.Polygon
        The circle, 256 vertices, in lon/lat. [degrees]

    Examples
    --------
    >>> from advrate.front import circle
    >>> round(circle(37.18, 48.28, 10).bounds[1], 3)
    48.19
    """
    import shapely

    lon = as_number(lon, "lon", minimum=-180, maximum=180)
    lat = as_number(lat, "lat", minimum=-90, maximum=90)
    radius_km = as_number(radius_km, "radius_km", minimum=0.001, maximum=2000)
    region = _apply(shapely.Point(0, 0).buffer(radius_km * 1000, quad_segs=64), _local(lon, lat)[1])
    _check_lonlat(region, "the circle")
    return region


@dataclass(frozen=True)
class Advance:
    """How far an attacker's ground reached between two maps, inside a region.

    Attributes
    ----------
    distance_km : float
        Largest distance from newly held ground to the ground held at the
        start (0 where nothing was gained). [km]
    lon, lat : float
        The point reached (NaN where nothing was gained). [degrees]
    gained_km2 : float
        Ground newly held inside the region. [km²]
    lost_km2 : float
        Ground held at the start and lost by the end, inside the region. [km²]
    spacing_km : float
        Sampling step; ``distance_km`` is within ``spacing_km / √2`` of the
        exact maximum. [km]
    """

    distance_km: float
    lon: float
    lat: float
    gained_km2: float
    lost_km2: float
    spacing_km: float


def _held(occupied: Any, attacker: str, frame: Any) -> Any:
    """The attacker's ground inside ``frame`` (all in one projection)."""
    inside = occupied.intersection(frame)
    return inside if attacker == "Russia" else frame.difference(inside)


#: Polygons smaller than this left by an overlay are rounding noise, not ground. [m²]
MIN_PART_M2 = 100.0


def _polygonal(geometry: Any) -> Any:
    """The polygons of an overlay's result, without its slivers.

    Overlays of reprojected maps leave lines, points and specks of a few
    square metres where two outlines coincide; none of them is ground taken.
    """
    import shapely

    pieces = shapely.get_parts(shapely.get_parts(geometry))  # collections may hold multis
    parts = [p for p in pieces if p.geom_type == "Polygon" and p.area >= MIN_PART_M2]
    return shapely.union_all(parts) if parts else shapely.Polygon()


def _segments_tree(geometry: Any) -> tuple[Any, Any]:
    """An STRtree over the outline's segments, for many nearest-distance queries."""
    import numpy as np
    import shapely

    pieces = []
    for ring in shapely.get_parts(shapely.boundary(geometry)):
        for line in shapely.get_parts(ring):
            xy = shapely.get_coordinates(line)
            if len(xy) >= 2:
                pieces.append(np.stack([xy[:-1], xy[1:]], axis=1))
    segments = shapely.linestrings(np.concatenate(pieces)) if pieces else np.array([])
    return shapely.STRtree(segments), segments


def _samples(gained: Any, spacing: float) -> Any:
    """Points of a grid inside ``gained`` plus its outline densified at ``spacing``. [m]

    Each polygon of ``gained`` gets its own grid, so that gains scattered along
    a whole front cost what their area costs, not what their bounding box does.
    """
    import numpy as np
    import shapely

    chunks = [shapely.get_coordinates(shapely.segmentize(shapely.boundary(gained), spacing))]
    count = 0
    for part in shapely.get_parts(gained):
        if part.geom_type != "Polygon":
            continue
        x0, y0, x1, y1 = part.bounds
        nx, ny = int((x1 - x0) // spacing) + 1, int((y1 - y0) // spacing) + 1
        count += nx * ny
        if count > _MAX_GRID_POINTS:
            raise AdvrateError(
                f"the gained ground needs more than {_MAX_GRID_POINTS:,} sampling points at "
                f"{spacing / 1000:g} km; use a larger spacing_km"
            )
        xs = x0 + spacing * (np.arange(nx) + 0.5)
        ys = y0 + spacing * (np.arange(ny) + 0.5)
        gx, gy = (a.ravel() for a in np.meshgrid(xs, ys))
        shapely.prepare(part)
        keep = shapely.contains_xy(part, gx, gy)
        chunks.append(np.column_stack([gx[keep], gy[keep]]))
    return np.concatenate(chunks)


def furthest_advance(
    before: Any,
    after: Any,
    region: Any,
    *,
    attacker: Literal["Russia", "Ukraine"] = "Russia",
    spacing_km: float = DEFAULT_SPACING_KM,
    also_held: Any = None,
) -> Advance:
    """How far the attacker's ground reached between two maps, inside a region.

    The furthest advance is the largest distance from any point the attacker
    newly holds inside ``region`` to the ground it held at the start (all of
    it, not only the part inside the region).

    Parameters
    ----------
    before, after : shapely geometry
        The occupied area on the first and the last map (as
        :func:`advrate.maps.occupied_geometry` gives it), in lon/lat. [degrees]
    region : shapely geometry
        Where to look, in lon/lat (for example :func:`circle`). [degrees]
    attacker : {"Russia", "Ukraine"}, default "Russia"
        Whose advance: Russia's ground is the occupied area, Ukraine's the rest.
    spacing_km : float, default 0.25
        Sampling step of the gained ground. [km]
    also_held : shapely geometry, optional
        Ground the attacker holds on both maps besides what they show, in
        lon/lat: for Russia along the whole front, everything beyond
        Ukraine's border (see :func:`whole_front_region`), so that an
        offensive across the border is measured from the border. [degrees]

    Returns
    -------
    Advance
        Distance [km], point reached [degrees], ground gained and lost [km²].

    Raises
    ------
    advrate.AdvrateError
        A geometry that is not a polygon in lon/lat, a region given as
        (lat, lon), or a region in which the attacker held nothing at the start.

    Examples
    --------
    A square whose east side moves 5 km east:

    >>> import shapely
    >>> from advrate.front import _local, _apply, circle, furthest_advance
    >>> to_lonlat = _local(37.0, 48.0)[1]
    >>> before = _apply(shapely.box(-20_000, -10_000, 0, 10_000), to_lonlat)
    >>> after = _apply(shapely.box(-20_000, -10_000, 5_000, 10_000), to_lonlat)
    >>> advance = furthest_advance(before, after, circle(37.0, 48.0, 30))
    >>> round(advance.distance_km, 1), round(advance.gained_km2)
    (5.0, 100)
    """
    import numpy as np
    import shapely

    attacker = as_option(attacker, "attacker", ATTACKERS)
    spacing_km = as_number(spacing_km, "spacing_km", minimum=0.01, maximum=100)
    before, after = _geometry(before, "before"), _geometry(after, "after")
    region = _geometry(region, "region")
    if also_held is not None:
        also_held = _geometry(also_held, "also_held")
    if region.is_empty:
        raise AdvrateError("the region is empty")
    _check_lonlat(region, "the region")
    centre = region.centroid
    forward, inverse = _local(round(centre.x, 6), round(centre.y, 6))
    area = _apply(region, forward)
    # Any point of the region lies within its diameter of ground held inside it,
    # so ground beyond that margin can never be the nearest: clip it away.
    x0, y0, x1, y1 = area.bounds
    margin = math.hypot(x1 - x0, y1 - y0)
    frame = shapely.box(x0 - margin, y0 - margin, x1 + margin, y1 + margin)
    frame_lonlat = _apply(frame, inverse)
    # Projecting can make a valid ring touch itself; repair before any overlay.
    start = _held(_valid(_apply(before.intersection(frame_lonlat), forward)), attacker, frame)
    end = _held(_valid(_apply(after.intersection(frame_lonlat), forward)), attacker, frame)
    if also_held is not None and not also_held.is_empty:
        extra = _valid(_apply(also_held.intersection(frame_lonlat), forward))
        start, end = start.union(extra), end.union(extra)
    if start.intersection(area).is_empty:
        raise AdvrateError(
            f"{attacker} held nothing inside the region on the first map: the distance "
            "it advanced is undefined there (is the region where you meant it to be?)"
        )
    gained = _polygonal(end.intersection(area).difference(start))
    lost = _polygonal(start.intersection(area).difference(end))
    gained_km2, lost_km2 = gained.area / 1e6, lost.area / 1e6
    if gained.is_empty or gained_km2 == 0:
        return Advance(0.0, math.nan, math.nan, 0.0, lost_km2, spacing_km)
    points = _samples(gained, spacing_km * 1000)
    tree, _ = _segments_tree(start)
    found = shapely.points(points)
    _, distance = tree.query_nearest(found, return_distance=True, all_matches=False)
    best = int(np.argmax(distance))
    lon, lat = inverse.transform(points[best, 0], points[best, 1])
    return Advance(float(distance[best]) / 1000, float(lon), float(lat), gained_km2, lost_km2,
                   spacing_km)  # fmt: skip


def _axis_line(axis: object) -> Any:
    import shapely

    if isinstance(axis, shapely.LineString):
        line = axis
    else:
        try:
            coords = [(float(x), float(y)) for x, y in axis]  # type: ignore[union-attr]
            line = shapely.LineString(coords)
        except (TypeError, ValueError, shapely.errors.GEOSException):
            raise AdvrateError(
                f"an axis is a shapely LineString or a list of (lon, lat) pairs, not {axis!r:.80}"
            ) from None
    if line.is_empty or line.length == 0 or not all(map(math.isfinite, line.bounds)):
        raise AdvrateError("an axis needs at least two distinct finite points")
    _check_lonlat(line, "the axis")
    return line


def axis_position(
    occupied: Any, axis: Any, *, attacker: Literal["Russia", "Ukraine"] = "Russia"
) -> float:
    """Where the front crosses an axis on one map: distance from its origin. [km]

    Parameters
    ----------
    occupied : shapely geometry
        The occupied area on the map, in lon/lat. [degrees]
    axis : shapely.LineString or sequence of (lon, lat)
        From an origin in the attacker's ground toward an objective. [degrees]
    attacker : {"Russia", "Ukraine"}, default "Russia"
        Whose front: Russia's ground is the occupied area, Ukraine's the rest.

    Returns
    -------
    float
        Distance along the axis from the origin to the first point the
        attacker does not hold; the axis's whole length where it holds all of
        it, 0 where it does not hold the origin. [km]

    Examples
    --------
    >>> import shapely
    >>> from advrate.front import _local, _apply, axis_position
    >>> to_lonlat = _local(37.0, 48.0)[1]
    >>> held = _apply(shapely.box(-20_000, -10_000, 5_000, 10_000), to_lonlat)
    >>> axis = _apply(shapely.LineString([(-10_000, 0), (30_000, 0)]), to_lonlat)
    >>> round(axis_position(held, axis), 2)
    15.0
    """
    import shapely

    attacker = as_option(attacker, "attacker", ATTACKERS)
    occupied = _geometry(occupied, "occupied")
    line = _axis_line(axis)
    origin = line.coords[0]
    forward, inverse = _local(round(origin[0], 6), round(origin[1], 6))
    path = _apply(line, forward)
    x0, y0, x1, y1 = path.bounds
    frame = shapely.box(x0 - 1000, y0 - 1000, x1 + 1000, y1 + 1000)
    held = _held(_valid(_apply(occupied.intersection(_apply(frame, inverse)), forward)), attacker,
                 frame)  # fmt: skip
    beyond = path.difference(held)
    if beyond.is_empty:
        return path.length / 1000
    ends = shapely.get_coordinates(beyond)
    return float(min(path.project(shapely.Point(x, y)) for x, y in ends)) / 1000


# ---------------------------------------------------------------------------
# Axes and campaigns, and the numbers derived from the maps for them.

#: The axes and campaigns, relative to a data folder.
AXES_FILE = Path("ukraine") / "front_axes.csv"
#: Daily front position along each axis. [km]
POSITIONS_FILE = Path("ukraine") / "front_positions_daily.csv"
#: Daily furthest advance since each campaign's start, inside its region. [km]
ADVANCE_FILE = Path("ukraine") / "front_advance_daily.csv"
#: Monthly furthest advance of Russia's ground along the whole front. [km]
MONTHLY_FILE = Path("ukraine") / "front_monthly.csv"
#: Maps before this day are still being completed (see advrate.territory).
EARLY_MAP_END = dt.date(2022, 6, 1)
#: Ukraine's outline (Мінрегіон 2020, simplified), relative to a data folder.
OUTLINE_FILE = Path("ukraine") / "ukraine_outline.geojson"


@functools.lru_cache(maxsize=2)
def _outline(folder: Path) -> Any:
    from .maps import read_boundary

    return read_boundary(folder / OUTLINE_FILE)


def whole_front_region(folder: Path | None = None) -> tuple[Any, Any]:
    """The region and the ground beyond it for Russia's advance along the whole front.

    Returns
    -------
    (region, beyond) : tuple of shapely geometries
        Ukraine's outline, and everything else within the maps' extent
        (counted as Russia's ground, so that an offensive across the border
        is measured from the border, not from the nearest occupied area). [degrees]
    """
    import shapely

    from .data import resolve_folder

    outline = _outline(resolve_folder(folder))
    return outline, shapely.box(*_MAP_BOUNDS).difference(outline)


def _folder(folder: object, relative: Path) -> Path:
    """Read from: the given folder, else the user's update, else the package."""
    from .data import resolve_folder
    from .resources import updated_file, user_data_dir

    if folder is not None:
        return resolve_folder(folder)
    return user_data_dir() if updated_file(relative) else resolve_folder(None)


@functools.lru_cache(maxsize=8)
def _read(name: str, folder: Path) -> pd.DataFrame:
    from .data import read_resource

    return read_resource(name, folder)


def load_axes(folder: Path | None = None) -> pd.DataFrame:
    """The axes and campaigns measured on the maps, with their sources.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``axis_id``: ``name``, ``attacker``, the towns the axis
        runs through (``origin``, ``via``, ``objective``, each with ``_lon``
        and ``_lat`` [degrees]), ``region_radius_km`` [km] and
        ``region_basis`` (the campaign's region: a circle around the
        objective), ``start`` and ``start_basis`` (the campaign's first day),
        ``source_id`` and the ``quote`` that names the campaign.
    """
    from .data import check_foreign_keys, resolve_folder

    base = resolve_folder(folder)
    table = _read("ukraine_front_axes", base).copy()
    check_foreign_keys("ukraine_front_axes", table, base)
    return table.set_index("axis_id")


def axis_line(axis: str, axes: pd.DataFrame | None = None) -> Any:
    """An axis as a LineString in lon/lat: origin, the town it passes (if any), objective."""
    import shapely

    row = _axis_row(axis, axes)
    points = [(row[f"{k}_lon"], row[f"{k}_lat"]) for k in ("origin", "via", "objective")
              if isinstance(row[k], str) and row[k]]  # fmt: skip
    return shapely.LineString(points)


def axis_region(axis: str, axes: pd.DataFrame | None = None) -> Any:
    """A campaign's region: the circle around its objective (see :func:`load_axes`)."""
    row = _axis_row(axis, axes)
    if not row["region_radius_km"] > 0:
        raise AdvrateError(f"axis {axis!r} has no campaign region (only a position series)")
    return circle(row["objective_lon"], row["objective_lat"], row["region_radius_km"])


_AXIS_COLUMNS = ("name", "attacker", "origin", "origin_lon", "origin_lat", "via", "via_lon",
                 "via_lat", "objective", "objective_lon", "objective_lat", "region_radius_km",
                 "start")  # fmt: skip


def _axes_table(axes: object) -> pd.DataFrame:
    """The axes given (checked), else the packaged ones."""
    from .checks import require_frame

    return load_axes() if axes is None else require_frame(axes, "axes", _AXIS_COLUMNS)


def _axis_row(axis: object, axes: pd.DataFrame | None = None) -> pd.Series:
    axes = _axes_table(axes)
    axis = as_text(axis, "axis")
    if axis not in axes.index:
        close = difflib.get_close_matches(axis.lower(), list(axes.index), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
        raise AdvrateError(f"unknown axis {axis!r}{hint} (known: {', '.join(axes.index)})")
    return axes.loc[axis]


def axis_positions(folder: Path | None = None) -> pd.DataFrame:
    """The daily front position along every axis, from the packaged (or updated) numbers.

    Returns
    -------
    pandas.DataFrame
        Indexed by date (``DatetimeIndex``), one column per axis: distance
        from the axis's origin to the front. [km]
        ``attrs["vintage"]`` names the maps.
    """
    base = _folder(folder, POSITIONS_FILE)
    long = _read("ukraine_front_positions_daily", base)
    wide = long.pivot(index="date", columns="axis_id", values="position_km")
    wide.columns.name = None
    wide.attrs["vintage"] = _vintage(folder)
    return wide


def campaign_advance(axis: str, folder: Path | None = None) -> pd.DataFrame:
    """A campaign's furthest advance since its first day, map by map.

    Parameters
    ----------
    axis : str
        An axis with a campaign region and start (see :func:`load_axes`).

    Returns
    -------
    pandas.DataFrame
        Indexed by date: ``furthest_advance_km`` [km], ``reached_lon``,
        ``reached_lat`` [degrees], ``gained_km2``, ``lost_km2`` [km²],
        all measured from the map of the campaign's first day.
    """
    base = _folder(folder, ADVANCE_FILE)
    row = _axis_row(axis)
    table = _read("ukraine_front_advance_daily", base)
    mine = table[table["axis_id"] == row.name].drop(columns="axis_id").set_index("date")
    if mine.empty:
        raise AdvrateError(f"axis {row.name!r} has no campaign series (it has no start date)")
    mine.attrs["vintage"] = _vintage(folder)
    return mine


def front_monthly(folder: Path | None = None) -> pd.DataFrame:
    """Russia's furthest advance along the whole front, month by month.

    Returns
    -------
    pandas.DataFrame
        Indexed by month (``PeriodIndex``): ``start_date``, ``end_date``
        (the first maps of the month and of the next), ``days``,
        ``furthest_advance_km`` [km], ``m_per_day`` [m/day],
        ``reached_lon``, ``reached_lat`` [degrees], ``gained_km2`` and
        ``lost_km2`` [km²], ``early_map`` (the month's maps were still being
        completed).
    """
    base = _folder(folder, MONTHLY_FILE)
    table = _read("ukraine_front_monthly", base).copy()
    table["days"] = (table["end_date"] - table["start_date"]).dt.days
    table["m_per_day"] = 1000 * table["furthest_advance_km"] / table["days"]
    table["early_map"] = table["start_date"].dt.date < EARLY_MAP_END
    table.index = pd.PeriodIndex(table.pop("month"), freq="M")
    table.attrs["vintage"] = _vintage(folder)
    return table


def _vintage(folder: object) -> str:
    if folder is not None:
        return f"maps from {folder}"
    from .resources import vintage

    return vintage("maps")


@dataclass(frozen=True)
class AxisRate:
    """The front's speed along an axis over a window.

    Attributes
    ----------
    axis : str
    measure : {"position", "furthest"}
        Change of the position along the axis, or the campaign's furthest
        advance in its region (measured from the campaign's first day).
    start_date, end_date : datetime.date
        The maps used (the nearest on or before each end of the window).
    days : int
        Days between the two maps. [day]
    distance_km : float
        How far the front moved (negative: it fell back). [km]
    m_per_day : float
        ``distance_km`` per day. [m/day]
    vintage : str
        Which maps.
    """

    axis: str
    measure: str
    start_date: dt.date
    end_date: dt.date
    days: int
    distance_km: float
    m_per_day: float
    vintage: str

    def __str__(self) -> str:
        return (
            f"{self.axis} ({self.measure}): {self.distance_km:,.1f} km in {self.days} days, "
            f"maps of {self.start_date} to {self.end_date}: {self.m_per_day:,.1f} m/day "
            f"({self.vintage})"
        )


def _map_on_or_before(index: pd.DatetimeIndex, day: dt.date, what: str) -> pd.Timestamp:
    position = index.searchsorted(pd.Timestamp(day), side="right") - 1
    if position < 0:
        raise AdvrateError(
            f"{what} {day} is before the first map ({index[0].date()}); windows must lie "
            f"within {index[0].date()} to {index[-1].date()}"
        )
    found = index[position]
    if (day - found.date()).days > 7:
        raise AdvrateError(f"no map within a week before {what} {day} (the last is {found.date()})")
    return found


def axis_rate(
    axis: str,
    start: object,
    end: object,
    *,
    measure: Literal["position", "furthest"] = "position",
    allow_flagged: bool = False,
    folder: Path | None = None,
) -> AxisRate:
    """How fast the front moved along an axis between two days. [m/day]

    Parameters
    ----------
    axis : str
        An axis id of :func:`load_axes` (close matches are suggested).
    start, end : date or "YYYY-MM-DD"
        The window; each end uses the latest map on or before it.
    measure : {"position", "furthest"}, default "position"
        ``"position"``: change of the front's position along the axis.
        ``"furthest"``: the campaign's furthest advance in its region, from
        the campaign's first day (``start`` must be that day).
    allow_flagged : bool, default False
        Accept windows touching the maps of April and May 2022, which were
        still being completed.

    Returns
    -------
    AxisRate
        Metres per day, with the maps' dates and the distance. [m/day]

    Examples
    --------
    >>> from advrate.front import axis_rate
    >>> rate = axis_rate("pokrovsk", "2024-02-17", "2026-01-26", measure="furthest")
    >>> rate.start_date.isoformat(), rate.end_date.isoformat(), round(rate.m_per_day)
    ('2024-02-17', '2026-01-26', 70)
    """
    measure = as_option(measure, "measure", ("position", "furthest"))
    allow_flagged = as_flag(allow_flagged, "allow_flagged")
    start_day, end_day = as_date(start, "start"), as_date(end, "end")
    if end_day <= start_day:
        raise AdvrateError(f"the window ends ({end_day}) on or before it starts ({start_day})")
    row = _axis_row(axis)
    if start_day < EARLY_MAP_END and not allow_flagged:
        raise AdvrateError(
            f"the window starts on {start_day}, when the maps were still being completed "
            f"(before {EARLY_MAP_END}); pass allow_flagged=True to measure it anyway"
        )
    if measure == "position":
        series = axis_positions(folder)[row.name].dropna()
    else:
        campaign = campaign_advance(row.name, folder)
        first = campaign.index[0].date()
        if start_day != first:
            raise AdvrateError(
                f"the furthest advance of {row.name!r} is measured from its campaign's first "
                f"map ({first}); start the window there, or use measure='position'"
            )
        series = campaign["furthest_advance_km"]
    a = _map_on_or_before(series.index, start_day, "start")
    b = _map_on_or_before(series.index, end_day, "end")
    if b <= a:
        raise AdvrateError(f"the window {start_day} to {end_day} holds no second map")
    days = (b - a).days
    distance = float(series[b] - series[a])
    return AxisRate(str(row.name), measure, a.date(), b.date(), days, distance,
                    1000 * distance / days, _vintage(folder))  # fmt: skip


def axis_length(axis: str, axes: pd.DataFrame | None = None) -> float:
    """Length of an axis from its origin to its objective. [km]"""
    line = axis_line(axis, axes)
    origin = line.coords[0]
    return _apply(line, _local(round(origin[0], 6), round(origin[1], 6))[0]).length / 1000


def monthly_rates(folder: Path | None = None) -> pd.DataFrame:
    """The front's speed along every axis, month by month. [m/day]

    Each month runs from its first map to the next month's first map. A
    month that starts with the axis's objective already reached is left
    empty: the position cannot move past the end of the axis.

    Returns
    -------
    pandas.DataFrame
        Indexed by month (``PeriodIndex``), one column per axis, plus
        ``whole_front`` (Russia's furthest advance anywhere, see
        :func:`front_monthly`). Positive: the attacker named in
        :func:`load_axes` advanced. [m/day]
    """
    positions = axis_positions(folder)
    axes = load_axes()
    firsts = positions.groupby(positions.index.to_period("M")).head(1)
    days = firsts.index.to_series().diff().dt.days.shift(-1)
    moved = firsts.diff().shift(-1)
    table = 1000 * moved.div(days, axis=0)
    for column in table.columns:
        if column in axes.index:
            reached = firsts[column] >= axis_length(column, axes) - 0.01
            table.loc[reached, column] = float("nan")
    table = table.iloc[:-1]
    table.index = pd.PeriodIndex(table.index, freq="M")
    table.index.name = "month"
    whole = front_monthly(folder)["m_per_day"]
    table["whole_front"] = whole.reindex(table.index)
    table.attrs["vintage"] = positions.attrs["vintage"]
    return table


_READINGS = {
    "furthest": "front to front: the furthest newly held point's distance to the ground "
                "held on the campaign's first day, inside its region",
    "position": "along the axis: how far the front's crossing of the line {line} moved",
    "from_town": "from {town}, where the campaign started, to the furthest point reached, "
                 "as 'advanced N km westward from Avdiivka' reads",
}  # fmt: skip


def _geodesic_km(lon0: float, lat0: float, lon1: float, lat1: float) -> float:
    from pyproj import Geod

    return Geod(ellps="WGS84").inv(lon0, lat0, lon1, lat1)[2] / 1000


def reproduce_csis_modern(folder: Path | None = None) -> pd.DataFrame:
    """CSIS's rates for Russia's offensives since 2024, measured again on the maps.

    One row per CSIS figure (June 2025: Kharkiv/Kupiansk 50, Donetsk 135;
    January 2026: Chasiv Yar 15, Kupiansk 23, Pokrovsk 70 m/day), with the
    campaign's region and window read from CSIS's words (see
    ``data/ukraine/front_csis_windows.csv``).

    Returns
    -------
    pandas.DataFrame
        ``subject``, ``period``, ``quoted_m_per_day`` [m/day],
        ``measured_m_per_day`` [m/day] (front-to-front furthest advance in the
        campaign's region), ``relative_difference`` (measured / quoted − 1)
        [-], ``distance_km`` [km], ``days`` [day], the other readings
        ``position_m_per_day`` and ``from_town_m_per_day`` [m/day], the
        ``closest_reading``, a ``method_note`` and the ``source``.

    Examples
    --------
    >>> from advrate.front import reproduce_csis_modern
    >>> table = reproduce_csis_modern()
    >>> bool((table["relative_difference"].abs() <= 0.25).all())
    True
    """
    from .data import load_quoted_rates, resolve_folder

    base = resolve_folder(folder)
    windows = _read("ukraine_front_csis_windows", base)
    quoted = load_quoted_rates(base).set_index("rate_id")
    axes = load_axes(base)
    rows = []
    for w in windows.itertuples(index=False):
        q = quoted.loc[w.rate_id]
        axis = axes.loc[w.axis_id]
        campaign = campaign_advance(w.axis_id, folder)
        start, end = w.start.date(), w.end.date()
        furthest = axis_rate(w.axis_id, start, end, measure="furthest", folder=folder)
        position = axis_rate(w.axis_id, start, end, measure="position", folder=folder)
        readings = {"furthest": furthest.m_per_day, "position": position.m_per_day}
        town = axis["via"] if isinstance(axis["via"], str) and axis["via"] else None
        if town:
            reached = campaign.loc[pd.Timestamp(furthest.end_date)]
            km = _geodesic_km(axis["via_lon"], axis["via_lat"], reached["reached_lon"],
                              reached["reached_lat"])  # fmt: skip
            readings["from_town"] = 1000 * km / furthest.days
        value = float(q["value_low"])
        closest = min(readings, key=lambda k: abs(readings[k] / value - 1))
        difference = furthest.m_per_day / value - 1
        line = " → ".join(t for t in (axis["origin"], town, axis["objective"]) if t)
        described = {k: v.format(line=line, town=town) for k, v in _READINGS.items()}
        if abs(difference) <= 0.10:
            note = f"Reproduced within 10 % by the {described['furthest']}."
        else:
            spread = ", ".join(f"{k} {v:.0f}" for k, v in readings.items())
            note = (
                f"Not within 10 %: readings give {spread} m/day; closest is {closest} "
                f"({described[closest]}). CSIS publishes neither the region nor the end "
                f"date it measured, and its distance is a round figure; the readings differ in "
                f"where the distance is taken from."
            )
        rows.append({
            "subject": q["subject"],
            "period": f"{furthest.start_date} to {furthest.end_date}",
            "quoted_m_per_day": value,
            "measured_m_per_day": furthest.m_per_day,
            "relative_difference": difference,
            "distance_km": furthest.distance_km,
            "days": furthest.days,
            "position_m_per_day": position.m_per_day,
            "from_town_m_per_day": readings.get("from_town", float("nan")),
            "closest_reading": closest,
            "window_basis": w.window_basis,
            "region_basis": axis["region_basis"],
            "method_note": note,
            "source": q["source_citation"],
            "rate_id": w.rate_id,
        })  # fmt: skip
    table = pd.DataFrame(rows)
    table.attrs["vintage"] = _vintage(folder)
    return table


def derive_front(
    archives: list[str | Path],
    *,
    axes: pd.DataFrame | None = None,
    spacing_km: float = DEFAULT_SPACING_KM,
    progress: bool = True,
) -> dict[str, pd.DataFrame]:
    """The front's derived numbers, rebuilt from local copies of the map archives.

    Every map of :func:`advrate.maps.series_maps` is read once: the front's
    position on every axis, each campaign's furthest advance since its first
    day (from the map of that day, or the last before it), and Russia's
    furthest advance along the whole front from each month's first map to
    the next month's.

    Parameters
    ----------
    archives : list of path
        Checkouts of one or both archives.
    axes : pandas.DataFrame, optional
        As :func:`load_axes` gives (default: the packaged axes).
    spacing_km : float, default 0.25
        Sampling step of the furthest-advance measure. [km]
    progress : bool, default True
        A progress bar on standard error.

    Returns
    -------
    dict of pandas.DataFrame
        ``"positions"``, ``"advance"`` and ``"monthly"``, in the columns of
        the packaged files.
    """
    import sys

    from tqdm import tqdm

    from .maps import occupied_geometry, series_maps

    progress = as_flag(progress, "progress")
    spacing_km = as_number(spacing_km, "spacing_km", minimum=0.01, maximum=100)
    axes = _axes_table(axes)
    lines = {a: axis_line(a, axes) for a in axes.index}
    campaigns = {a: (axes.loc[a, "start"].date(), axis_region(a, axes))
                 for a in axes.index if pd.notna(axes.loc[a, "start"])}  # fmt: skip
    whole, beyond = whole_front_region()
    positions, advance, monthly = [], [], []
    reference: dict[str, Any] = {}
    previous = None
    month_first: tuple[dt.date, Any] | None = None
    chosen = series_maps(archives)
    for found in tqdm(chosen, desc="maps", unit="map", disable=not progress, file=sys.stderr):
        occupied = occupied_geometry(found.path)
        day = found.date
        for axis, line in lines.items():
            attacker = axes.loc[axis, "attacker"]
            km = axis_position(occupied, line, attacker=attacker)
            positions.append({"date": day.isoformat(), "axis_id": axis,
                              "position_km": round(km, 3)})  # fmt: skip
        for axis, (first, region) in campaigns.items():
            if day < first:
                continue
            if axis not in reference:
                # The campaign's first map: that day's, else the last before it.
                use_previous = day > first and previous is not None
                reference[axis] = previous[1] if use_previous else occupied
                ref_day = previous[0] if use_previous else day
                advance.append(
                    _advance_row(
                        ref_day, axis, Advance(0.0, math.nan, math.nan, 0.0, 0.0, spacing_km)
                    )
                )
                if ref_day == day:
                    continue
            moved = furthest_advance(
                reference[axis],
                occupied,
                region,
                attacker=axes.loc[axis, "attacker"],
                spacing_km=spacing_km,
            )
            advance.append(_advance_row(day, axis, moved))
        if month_first is None:
            month_first = (day, occupied)
        elif (day.year, day.month) != (month_first[0].year, month_first[0].month):
            moved = furthest_advance(month_first[1], occupied, whole, spacing_km=spacing_km,
                                     also_held=beyond)  # fmt: skip
            monthly.append({"month": f"{month_first[0]:%Y-%m}", "start_date": month_first[0],
                            "end_date": day, **_advance_fields(moved)})  # fmt: skip
            month_first = (day, occupied)
        previous = (day, occupied)
    return {
        "positions": pd.DataFrame(positions),
        "advance": pd.DataFrame(advance),
        "monthly": pd.DataFrame(monthly),
    }


def _advance_fields(moved: Advance) -> dict[str, Any]:
    return {
        "furthest_advance_km": round(moved.distance_km, 3),
        "reached_lon": round(moved.lon, 5) if math.isfinite(moved.lon) else None,
        "reached_lat": round(moved.lat, 5) if math.isfinite(moved.lat) else None,
        "gained_km2": round(moved.gained_km2, 2),
        "lost_km2": round(moved.lost_km2, 2),
    }


def _advance_row(day: dt.date, axis: str, moved: Advance) -> dict[str, Any]:
    return {"date": day.isoformat(), "axis_id": axis, **_advance_fields(moved)}


_FRONT_FILES = {"positions": POSITIONS_FILE.name, "advance": ADVANCE_FILE.name,
                "monthly": MONTHLY_FILE.name}  # fmt: skip


def check_front_folder(folder: str | Path) -> dict[str, Path]:
    """The three files :func:`write_front` would write into ``folder``, checked first.

    Raises
    ------
    advrate.AdvrateError
        The folder is missing, or a file there is not one advrate may replace
        (see :func:`advrate.files.check_output_file`).
    """
    from .checks import as_path
    from .data import resource_descriptor
    from .files import check_output_file

    folder = as_path(folder, "front folder")
    if not folder.is_dir():
        raise AdvrateError(f"{folder}: not an existing folder (create it first)")
    targets = {}
    for key, name in _FRONT_FILES.items():
        path = check_output_file(folder / name)
        if path.exists():
            # Replace only an earlier output of this command: its header says so.
            resource = f"ukraine_{Path(name).stem}"
            header = ",".join(f["name"] for f in resource_descriptor(resource)["schema"]["fields"])
            try:
                with path.open(encoding="utf-8") as f:
                    first = f.readline().strip()
            except (OSError, UnicodeDecodeError):
                first = None
            if first != header:
                raise AdvrateError(
                    f"{path} exists and is not an earlier output of advrate data derive; "
                    "move it or choose another folder"
                )
        targets[key] = path
    return targets


def write_front(tables: dict[str, pd.DataFrame], targets: dict[str, Path]) -> list[Path]:
    """Write :func:`derive_front`'s tables to the files :func:`check_front_folder` named."""
    from .checks import require_frame
    from .files import write_text_atomic

    if not isinstance(tables, dict) or not isinstance(targets, dict):
        raise AdvrateError("tables and targets must be dicts (see derive_front)")
    for key, path in targets.items():
        if key not in _FRONT_FILES or key not in tables:
            raise AdvrateError(f"no table {key!r:.40} to write (expected {sorted(_FRONT_FILES)})")
        if not isinstance(path, Path):
            raise AdvrateError(f"target {key!r} must be a pathlib.Path, not {path!r:.60}")
        require_frame(tables[key], f"tables[{key!r}]")
    written = []
    for key, path in targets.items():
        write_text_atomic(path, tables[key].to_csv(index=False, lineterminator="\n"))
        written.append(path)
    return written
