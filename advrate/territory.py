"""Territory and cost: km²/day for any window, quoted claims checked, casualties per km².

Data (``data/ukraine/``, see its PROVENANCE.md):

* the daily area of Ukraine occupied by Russia, computed from DeepStateMap.live
  maps (2022-04-03 to 2026-08-21);
* territory gains quoted from AFP's analyses of ISW data, ISW itself, the UK
  Ministry of Defence and DeepState (each with its quote and source);
* Russian personnel losses **claimed by Ukraine's General Staff**.

A gain over a window [start, end] (inclusive calendar days) is the occupied
area at the end of ``end`` minus the area at the end of the day before
``start``; where a day has no map, the nearest observation is used and named
in the result.
"""

from __future__ import annotations

import datetime as dt
import functools
import numbers
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd

from .checks import as_date, as_flag, as_number, as_option, require_frame
from .data import check_foreign_keys, read_resource, resolve_folder, short_citation
from .exceptions import AdvrateError, DataError, DimensionError, RateParseError
from .parse import Rate, parse_amount, parse_rate

__all__ = [
    "CAVEATS",
    "ClaimCheck",
    "GainRate",
    "check_claim",
    "cost_of_advance",
    "estimates",
    "estimates_by_month",
    "gain_rate",
    "load_quoted_amounts",
    "monthly_gains",
    "occupied_area",
    "period_bounds",
    "redraw_noise_km2",
    "time_to_objective",
    "weekly_gains",
]

#: Caveats that travel with every casualties-per-km² figure.
CAVEATS: tuple[str, ...] = (
    "Losses are claims by one side: Russian personnel losses as announced by Ukraine's "
    "General Staff, approximate by the source's own description, not independently verified, "
    "and not deaths (the official term is 'liquidated', usually read as killed and wounded).",
    "Areas are computed from DeepStateMap.live maps, one volunteer assessment; ISW, AFP and "
    "the UK Ministry of Defence differ by 5-20 % month to month.",
    "Date convention: a loss report dated D covers losses to the end of day D-1, so a "
    "period's losses are the report on the day after its end minus the report on its first day.",
)

EARLY_MAP_END = dt.date(2022, 6, 1)
CRIMEA_REDRAW = dt.date(2022, 9, 18)


def redraw_noise_km2(series: pd.DataFrame | None = None, *, since: object = "2023-01-01") -> float:
    """How large one day's redrawing of the map can be: a net gain below it is noise. [km²]

    The 95th percentile of the day-to-day decreases of the occupied area
    since ``since`` (corrections and Ukrainian recaptures alike): a month
    whose net gain is smaller than this could be undone by one ordinary
    day's redrawing, so a rate computed on it says little.

    Parameters
    ----------
    series : pandas.DataFrame, optional
        Output of :func:`occupied_area`.
    since : date-like, default "2023-01-01"
        First day counted (the maps of 2022 were still being completed).

    Returns
    -------
    float
        The threshold. [km²]
    """
    import numpy as np

    series = _series(series)
    start = pd.Timestamp(as_date(since, "since"))
    change = series.loc[start:, "area_km2"].diff().dropna()
    decreases = -change[change < 0].to_numpy()
    if decreases.size == 0:
        raise AdvrateError(f"no day-to-day decrease in the series since {start.date()}")
    return float(np.percentile(decreases, 95))


def occupied_area(folder: Path | None = None) -> pd.DataFrame:
    """The daily occupied-area series.

    Returns
    -------
    pandas.DataFrame
        Indexed by date (``DatetimeIndex``), with ``area_km2`` [km²],
        ``area_in_boundary_km2`` [km²], ``early_map`` and
        ``crimea_pre_redraw`` (the file's flags as booleans) and
        ``source_repo``. Read once per data folder and process; each call
        returns a copy.
    """
    series = _read_occupied_area(_series_folder(folder, "maps").resolve()).copy()
    series.attrs["vintage"] = _vintage(folder, "maps")
    return series


def _series_folder(folder: object, kind: str) -> Path:
    """The folder to read a series from: given, else the user's update, else the packaged one."""
    if folder is not None:
        return resolve_folder(folder)
    from .resources import AREA_FILE, LOSSES_FILE, updated_file, user_data_dir

    relative = AREA_FILE if kind == "maps" else LOSSES_FILE
    return user_data_dir() if updated_file(relative) else resolve_folder(None)


def _vintage(folder: object, kind: str) -> str:
    if folder is not None:
        return f"{'maps' if kind == 'maps' else 'loss claims'} from {resolve_folder(folder)}"
    from .resources import vintage

    return vintage(kind)


def forget_cached_series() -> None:
    """Drop the series read so far, so the next call reads the files again (after an update)."""
    _read_occupied_area.cache_clear()


@functools.lru_cache(maxsize=4)
def _read_occupied_area(folder: Path) -> pd.DataFrame:
    raw = read_resource("ukraine_occupied_area_daily", folder)
    flag = raw["flag"].fillna("")
    return pd.DataFrame(
        {
            "area_km2": raw["occupied_area_km2"].to_numpy(),
            "area_in_boundary_km2": raw["occupied_area_in_ua_boundary_km2"].to_numpy(),
            "early_map": flag.str.contains("early_2022_map").to_numpy(),
            "crimea_pre_redraw": flag.str.contains("crimea_polygon_pre_redraw").to_numpy(),
            "source_repo": raw["source_repo"].to_numpy(),
        },
        index=pd.DatetimeIndex(raw["date"], name="date"),
    )


_WEEK_RE = re.compile(r"(\d{4})-W(\d{2})")


def period_bounds(period: str | tuple[object, object]) -> tuple[dt.date, dt.date]:
    """First and last day (inclusive) of a period.

    Parameters
    ----------
    period : str or (start, end)
        ``"2024-12"`` (a month), ``"2024"`` (a year), ``"2024-W49"`` (an ISO
        week), ``"2024-12-01"`` (one day) or a pair of dates in the forms of
        :func:`advrate.checks.as_date` (a month or year as ``end`` means its
        last day).

    Returns
    -------
    tuple of datetime.date
        Start and end, inclusive.

    Raises
    ------
    advrate.AdvrateError
        Any other form ("Dec 24", "01/12/2024"), or an end before the start.

    Examples
    --------
    >>> period_bounds("2024-02")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    if isinstance(period, tuple) and len(period) == 2:
        start, end = as_date(period[0], "start"), as_date(period[1], "end", end=True)
    elif isinstance(period, str) and (week := _WEEK_RE.fullmatch(period.strip())):
        try:
            start = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        except ValueError:
            raise AdvrateError(f"{period!r} is not a real ISO week (e.g. '2024-W49')") from None
        end = start + dt.timedelta(days=6)
    elif isinstance(period, str):
        try:
            start, end = as_date(period, "period"), as_date(period, "period", end=True)
        except AdvrateError:
            raise AdvrateError(
                f"cannot read the period {period!r}; use '2024-12', '2024', '2024-W49', "
                "'2024-12-01' or a pair of dates (start, end)"
            ) from None
    else:
        raise AdvrateError(
            f"a period is text such as '2024-12' or a pair (start, end), not {period!r:.60}"
        )
    if end < start:
        raise AdvrateError(f"the period ends ({end}) before it starts ({start})")
    return start, end


@dataclass(frozen=True)
class GainRate:
    """Territory gained over a window, from the daily series.

    Attributes
    ----------
    start, end : datetime.date
        The window asked for (inclusive).
    baseline_date, end_date : datetime.date
        The observations used: the map at the end of ``baseline_date`` (the
        day before ``start``, or the nearest day with a map) and at the end
        of ``end_date``.
    gain_km2 : float
        Net change of the occupied area; negative when Ukraine regained
        ground. [km²]
    days : int
        Days between the two observations. [day]
    km2_per_day : float
        ``gain_km2 / days``. [km²/day]
    flags : tuple of str
        Data flags the window touches (only when allowed).
    vintage : str
        Which maps the series holds ("maps through 2026-08-21, packaged").
    """

    start: dt.date
    end: dt.date
    baseline_date: dt.date
    end_date: dt.date
    gain_km2: float
    days: int
    km2_per_day: float
    flags: tuple[str, ...] = field(default=())
    vintage: str = ""

    def __str__(self) -> str:
        vintage = f"; {self.vintage}" if self.vintage else ""
        return (
            f"{self.gain_km2:,.1f} km² in {self.days} days = {self.km2_per_day:.2f} km²/day "
            f"(maps of {self.baseline_date} and {self.end_date}, DeepStateMap-derived{vintage})"
        )


def _series(series: object) -> pd.DataFrame:
    """The daily series given, checked, or the packaged one."""
    if series is None:
        return occupied_area()
    frame = require_frame(series, "series", ["area_km2", "early_map"])
    if not isinstance(frame.index, pd.DatetimeIndex) or frame.empty:
        raise AdvrateError("series must be indexed by date, as occupied_area() returns it")
    if not frame.index.is_monotonic_increasing or not frame.index.is_unique:
        raise AdvrateError("series dates must increase strictly, one row per date")
    return frame


def _nearest(index: pd.DatetimeIndex, day: dt.date, max_gap: int) -> dt.date:
    target = pd.Timestamp(day)
    pos = index.searchsorted(target)
    candidates = [index[i] for i in (pos - 1, pos) if 0 <= i < len(index)]
    best = min(candidates, key=lambda t: (abs((t - target).days), t > target))
    if abs((best - target).days) > max_gap:
        raise AdvrateError(
            f"no map within {max_gap} days of {day}; the series runs from "
            f"{index[0].date()} to {index[-1].date()}"
        )
    return best.date()


def gain_rate(
    start: object,
    end: object,
    *,
    series: pd.DataFrame | None = None,
    max_gap_days: int = 3,
    allow_flagged: bool = False,
) -> GainRate:
    """Territory gained per day over a window, from the daily occupied-area series.

    Parameters
    ----------
    start, end : date-like
        First and last day of the window, inclusive ("2024-12-01",
        "2024-12-31"), in a form :func:`advrate.checks.as_date` accepts; a
        month ("2024-12") as ``end`` means its last day.
    series : pandas.DataFrame, optional
        Output of :func:`occupied_area`; read from the data folder by default.
    max_gap_days : int, default 3
        Furthest a used observation may be from the day wanted. [day]
    allow_flagged : bool, default False
        Allow windows that touch the flagged early 2022 maps (still being
        completed before 1 June 2022) or that cross the 18 September 2022
        Crimea redraw (a ~790 km² step that is not an advance).

    Returns
    -------
    GainRate
        Gain [km²], days [day] and rate [km²/day], with the dates used.

    Raises
    ------
    advrate.AdvrateError
        Reversed dates, a window outside the series, or a flagged window
        without ``allow_flagged``.

    Examples
    --------
    >>> round(gain_rate("2024-12-01", "2024-12-31").km2_per_day, 1)
    12.7
    """
    first, last = as_date(start, "start"), as_date(end, "end", end=True)
    max_gap_days = int(as_number(max_gap_days, "max_gap_days", minimum=0, maximum=366))
    allow_flagged = as_flag(allow_flagged, "allow_flagged")
    if last < first:
        raise AdvrateError(f"the window ends ({last}) before it starts ({first})")
    series = _series(series)
    index = series.index
    baseline = first - dt.timedelta(days=1)
    lo, hi = index[0].date(), index[-1].date()
    if baseline < lo - dt.timedelta(days=max_gap_days) or last > hi + dt.timedelta(
        days=max_gap_days
    ):
        raise AdvrateError(
            f"the window {first} to {last} is outside the series, which covers "
            f"{lo + dt.timedelta(days=1)} to {hi} (a window needs the map of the day before it)"
        )
    base_date = _nearest(index, baseline, max_gap_days)
    end_date = _nearest(index, last, max_gap_days)
    if end_date <= base_date:
        raise AdvrateError(f"the window {first} to {last} is shorter than the gap between maps")
    flags = []
    if (
        series.loc[pd.Timestamp(base_date), "early_map"]
        or series.loc[pd.Timestamp(end_date), "early_map"]
    ):
        flags.append("early_2022_map_still_being_completed")
    if base_date < CRIMEA_REDRAW <= end_date:
        flags.append("crosses_crimea_redraw_2022-09-18")
    if flags and not allow_flagged:
        raise AdvrateError(
            f"the window {first} to {last} touches flagged data ({', '.join(flags)}): maps "
            "before June 2022 were still being completed, and on 18 September 2022 Crimea was "
            "redrawn ~790 km² larger; pass allow_flagged=True to compute it anyway"
        )
    gain = float(
        series.loc[pd.Timestamp(end_date), "area_km2"]
        - series.loc[pd.Timestamp(base_date), "area_km2"]
    )
    days = (end_date - base_date).days
    vintage = str(series.attrs.get("vintage", ""))
    return GainRate(
        first, last, base_date, end_date, gain, days, gain / days, tuple(flags), vintage
    )


def _gains_table(periods: list[tuple[str, dt.date, dt.date]], series: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for label, start, end in periods:
        try:
            g = gain_rate(start, end, series=series, allow_flagged=True)
        except AdvrateError:
            continue
        rows.append(
            {
                "period": label,
                "start": pd.Timestamp(start),
                "end": pd.Timestamp(end),
                "baseline_date": pd.Timestamp(g.baseline_date),
                "end_date": pd.Timestamp(g.end_date),
                "gain_km2": g.gain_km2,
                "days": g.days,
                "km2_per_day": g.km2_per_day,
                "flag": "; ".join(g.flags),
            }
        )
    return pd.DataFrame(rows)


def monthly_gains(series: pd.DataFrame | None = None) -> pd.DataFrame:
    """Gain and km²/day for every calendar month the series covers.

    Returns
    -------
    pandas.DataFrame
        ``period`` ("2024-12"), ``start``, ``end``, ``baseline_date``,
        ``end_date``, ``gain_km2`` [km²], ``days`` [day], ``km2_per_day``
        [km²/day] and ``flag`` (non-empty for months touching flagged maps).
    """
    series = _series(series)
    months = pd.period_range(series.index[0], series.index[-1], freq="M")
    periods = [(str(m), m.start_time.date(), m.end_time.date()) for m in months]
    table = _gains_table(periods, series)
    table.attrs["vintage"] = series.attrs.get("vintage", "")
    return table


def weekly_gains(series: pd.DataFrame | None = None) -> pd.DataFrame:
    """Gain and km²/day for every ISO week (Monday to Sunday) the series covers.

    Returns
    -------
    pandas.DataFrame
        As :func:`monthly_gains`, with ``period`` like "2024-W49".
    """
    series = _series(series)
    first = series.index[0].date()
    monday = first - dt.timedelta(days=first.weekday())
    periods = []
    while monday <= series.index[-1].date():
        year, week, _ = monday.isocalendar()
        periods.append((f"{year}-W{week:02d}", monday, monday + dt.timedelta(days=6)))
        monday += dt.timedelta(days=7)
    return _gains_table(periods, series)


def load_quoted_amounts(folder: Path | None = None) -> pd.DataFrame:
    """Quoted territorial gains and region areas, checked against their quotes.

    Returns
    -------
    pandas.DataFrame
        The columns of ``quoted_amounts.csv`` plus ``km2`` (value in km²,
        via pint), ``days`` (inclusive days of the period, gains only),
        ``source_citation`` and ``includes_claimed`` (True for every figure of
        an estimator whose notes say its counts include areas only claimed).

    Raises
    ------
    advrate.DataError
        A malformed row, a surface not in its quote, or a surface whose
        parsed value differs from the stored one.
    """
    folder = resolve_folder(folder)
    table = read_resource("ukraine_quoted_amounts", folder)
    check_foreign_keys("ukraine_quoted_amounts", table, folder)
    path = str(folder / "ukraine" / "quoted_amounts.csv")
    km2 = []
    for i, row in enumerate(table.itertuples(index=False), start=1):
        if row.surface not in row.quote:
            raise DataError(path, "surface does not occur in the quote", row=i, column="surface")
        try:
            amount = parse_amount(row.surface)
        except RateParseError as err:
            raise DataError(path, str(err), row=i, column="surface") from None
        if (amount.low, amount.high, amount.unit) != (row.value_low, row.value_high, row.unit):
            raise DataError(
                path, f"the surface gives {amount.low:g}-{amount.high:g} {amount.unit}",
                row=i, column="value_low",
            )  # fmt: skip
        if amount.kind != "areal":
            raise DataError(path, "expected an area", row=i, column="unit")
        km2.append(amount.canonical_low)
        if row.measure == "gain" and (pd.isna(row.period_start) or pd.isna(row.period_end)):
            raise DataError(path, "a gain needs its period", row=i, column="period_start")
    table["km2"] = km2
    table["days"] = (table["period_end"] - table["period_start"]).dt.days + 1
    sources = read_resource("sources", folder)
    citations = dict(zip(sources["source_id"], short_citation(sources), strict=True))
    table["source_citation"] = table["source_id"].map(citations)
    # An estimator's method travels with each of its figures: a note on any row
    # that its counts include areas only claimed applies to all of them.
    claims = table["notes"].fillna("").str.contains(r"\bclaimed\b", case=False, regex=True)
    claimed_by = set(table.loc[claims, "estimator"])
    table["includes_claimed"] = table["estimator"].isin(claimed_by)
    return table


def estimates_by_month(series: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every month's estimates side by side, for the months with a quoted estimate.

    Parameters
    ----------
    series : pandas.DataFrame, optional
        Occupied-area series; default the packaged one.

    Returns
    -------
    pandas.DataFrame
        The rows of :func:`estimates` for each calendar month that a quoted
        monthly gain or areal rate covers, with ``month`` (its first day) and
        ``includes_claimed`` (True for an estimator whose counts include areas
        only claimed) added. [km²/day]
    """
    from .data import load_quoted_rates

    amounts = load_quoted_amounts()
    gains = amounts[(amounts["measure"] == "gain") & (amounts["days"] < 40)]
    months = set(gains["period_start"].dt.to_period("M"))
    rates = load_quoted_rates()
    areal = rates[(rates["kind"] == "areal") & rates["period"].str.fullmatch(r"\d{4}-\d{2}")]
    months |= {pd.Period(p, freq="M") for p in areal["period"]}
    claimed = set(amounts.loc[amounts["includes_claimed"], "estimator"])
    frames = []
    for month in sorted(months):
        try:
            rows = estimates(str(month), series=series)
        except AdvrateError:  # a month the maps do not cover
            continue
        frames.append(rows.assign(month=month.start_time))
    if not frames:
        raise AdvrateError("no month has both the map series and a quoted estimate")
    table = pd.concat(frames, ignore_index=True)
    table["includes_claimed"] = table["estimator"].isin(claimed)
    source = series if series is not None else occupied_area()
    table.attrs["vintage"] = source.attrs.get("vintage")
    return table


def estimates(
    period: str | tuple[object, object],
    *,
    min_coverage: float = 0.75,
    series: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every estimate of the territory gained in a period, side by side, in km²/day.

    Parameters
    ----------
    period : str or (start, end)
        A month ("2024-12"), year ("2024"), ISO week or a pair of dates.
    min_coverage : float, default 0.75
        Quoted gains for a part of the period count when they cover at least
        this share of it (e.g. AFP's "first 30 days" of December). [-]
    series : pandas.DataFrame, optional
        Output of :func:`occupied_area`.

    Returns
    -------
    pandas.DataFrame
        One row per estimate: ``estimator``, ``kind`` ("map series",
        "quoted gain" or "quoted rate"), ``source``, ``surface``,
        ``period_start``, ``period_end``, ``days``, ``gain_km2`` [km²],
        ``km2_per_day`` [km²/day] and ``vs_median`` (ratio to the median of
        the data-based estimates) [-]. ``attrs["relative_spread"]`` is
        (max − min) / median of the data-based estimates (map series and
        quoted gains).
    """
    from .data import load_quoted_rates

    min_coverage = as_number(min_coverage, "min_coverage", minimum=0, maximum=1)
    start, end = period_bounds(period)
    length = (end - start).days + 1
    rows = []
    g = gain_rate(start, end, series=series)
    rows.append(
        {
            "estimator": "DeepStateMap (advrate series)",
            "kind": "map series",
            "source": f"DeepStateMap.live maps ({g.vintage or 'vintage not stated'})",
            "surface": "",
            "period_start": pd.Timestamp(g.baseline_date + dt.timedelta(days=1)),
            "period_end": pd.Timestamp(g.end_date),
            "days": g.days,
            "gain_km2": g.gain_km2,
            "km2_per_day": g.km2_per_day,
        }
    )
    amounts = load_quoted_amounts()
    # Regional gains (one offensive's ground) are not estimates of the whole front's.
    whole = amounts["subject"].str.startswith("Whole front")
    gains = amounts[(amounts["measure"] == "gain") & whole]
    inside = gains[
        (gains["period_start"] >= pd.Timestamp(start)) & (gains["period_end"] <= pd.Timestamp(end))
    ]
    for row in inside.itertuples(index=False):
        if row.days / length < min_coverage:
            continue
        rows.append(
            {
                "estimator": row.estimator,
                "kind": "quoted gain",
                "source": row.source_citation,
                "surface": row.surface,
                "period_start": row.period_start,
                "period_end": row.period_end,
                "days": row.days,
                "gain_km2": row.km2,
                "km2_per_day": row.km2 / row.days,
            }
        )
    rates = load_quoted_rates()
    areal = rates[rates["kind"] == "areal"]
    for row in areal.itertuples(index=False):
        try:
            r_start, r_end = period_bounds(row.period if "/" not in row.period else
                                           tuple(row.period.split("/")))  # fmt: skip
        except AdvrateError:
            continue
        if (r_start, r_end) != (start, end):
            continue
        rows.append(
            {
                "estimator": f"quoted by {row.source_citation}",
                "kind": "quoted rate",
                "source": row.source_citation,
                "surface": row.surface,
                "period_start": pd.Timestamp(r_start),
                "period_end": pd.Timestamp(r_end),
                "days": (r_end - r_start).days + 1,
                "gain_km2": np.nan,
                "km2_per_day": row.rate_km2_per_day,
            }
        )
    table = pd.DataFrame(rows)
    data_based = table.loc[table["kind"] != "quoted rate", "km2_per_day"]
    median = float(data_based.median())
    table["vs_median"] = table["km2_per_day"] / median
    table.attrs["relative_spread"] = float((data_based.max() - data_based.min()) / median)
    table.attrs["period"] = (start, end)
    return table


@dataclass(frozen=True)
class ClaimCheck:
    """A quoted areal rate set against every estimate for its window.

    Attributes
    ----------
    claim : Rate
        The claim as read.
    start, end : datetime.date
        The window.
    table : pandas.DataFrame
        The estimates (see :func:`estimates`) with ``claim_vs_estimate``,
        the claim divided by each estimate. [-]
    claim_km2_per_day : float
        The claimed value for this window (a "per month" claim about a
        calendar month uses the month's real length). [km²/day]
    verdict : str
        "within the spread of data-based estimates", "below every
        data-based estimate" or "above every data-based estimate". A lower
        bound ("over 725") or upper bound ("up to") is judged as an
        interval.
    """

    claim: Rate
    start: dt.date
    end: dt.date
    table: pd.DataFrame
    verdict: str
    claim_km2_per_day: float

    def __str__(self) -> str:
        based = self.table[self.table["kind"] != "quoted rate"]
        qualifier = f"{self.claim.qualifier} " if self.claim.qualifier else ""
        lines = [
            f"Claim: {self.claim.text!r} = {qualifier}{self.claim_km2_per_day:.3g} km²/day "
            f"for {self.start} to {self.end}",
            f"Verdict: {self.verdict} ({len(based)} data-based estimates, "
            f"{based['km2_per_day'].min():.1f} to {based['km2_per_day'].max():.1f} km²/day)",
        ]
        for row in based.itertuples(index=False):
            lines.append(
                f"  {row.estimator}: {row.km2_per_day:.1f} km²/day "
                f"(claim is {row.claim_vs_estimate:.2f} of it)"
            )
        return "\n".join(lines)


def check_claim(
    claim: str | Rate | float,
    start: object | None = None,
    end: object | None = None,
    *,
    period: str | None = None,
    series: pd.DataFrame | None = None,
) -> ClaimCheck:
    """Check a quoted areal rate against the data for its window.

    Parameters
    ----------
    claim : str, Rate or float
        The claim: text ("approximately nine square kilometers per day"), a
        parsed :class:`~advrate.Rate`, or a number. [km²/day]
    start, end : date-like, optional
        The window the claim is about; or give ``period`` ("2024-12").
    period : str, optional
        A month, year or ISO week instead of ``start``/``end``.
    series : pandas.DataFrame, optional
        Output of :func:`occupied_area`.

    Returns
    -------
    ClaimCheck
        The estimates, the claim's ratio to each, and a plain verdict.

    Raises
    ------
    advrate.DimensionError
        The claim is a linear rate (m/day); an areal rate is needed.
    advrate.AdvrateError
        No window, or a window the data cannot cover.

    Examples
    --------
    >>> check_claim("approximately nine square kilometers per day", period="2024-12").verdict
    'below every data-based estimate'
    """
    if isinstance(claim, Rate):
        rate = claim
    elif isinstance(claim, str):
        rate = parse_rate(claim)
    elif isinstance(claim, numbers.Real) and not isinstance(claim, bool | np.bool_):
        value = as_number(claim, "claim", positive=True)
        rate = parse_rate(f"{_plain(value)} km² per day")
    else:
        raise AdvrateError(
            f"a claim is text, a Rate or a number of km²/day, not {type(claim).__name__}"
        )
    if rate.kind != "areal":
        raise DimensionError(
            f"{rate.text!r} is a linear rate ({rate.canonical_unit}); a territorial claim needs "
            "km²/day. To compare a front movement with area, use advrate.history.to_areal with "
            "an explicit frontage"
        )
    if period is not None:
        if not isinstance(period, str):
            raise AdvrateError(f"period must be text such as '2024-12', not {period!r:.60}")
        window: str | tuple[object, object] = period
    elif start is not None and end is not None:
        window = (start, end)
    else:
        raise AdvrateError("give the claim's window: start and end, or period")
    first, last = period_bounds(window)
    low, high = rate.canonical_low, rate.canonical_high
    days = (last - first).days + 1
    if rate.time_unit == "month" and first.day == 1 and (last + dt.timedelta(days=1)).day == 1:
        # "per month" about a named month: use its real length, not 30.44 days.
        factor = (365.25 / 12) / days * rate.per_count
        low, high = low * factor / rate.per_count, high * factor / rate.per_count
    claimed = low
    # A bound qualifier turns the claim into an interval: "over 725" is [725, inf).
    if rate.bound == "lower":
        high = np.inf
    elif rate.bound == "upper":
        low = 0.0
    table = estimates(window, series=series)
    table["claim_vs_estimate"] = claimed / table["km2_per_day"]
    based = table.loc[table["kind"] != "quoted rate", "km2_per_day"]
    if high < based.min():
        verdict = "below every data-based estimate"
    elif low > based.max():
        verdict = "above every data-based estimate"
    else:
        verdict = "within the spread of data-based estimates"
    return ClaimCheck(rate, first, last, table, verdict, claimed)


def _plain(value: float) -> str:
    """A number as digits the rate parser reads back exactly ("1e-05" -> "0.00001")."""
    return np.format_float_positional(value, trim="-")


def _losses(folder: Path | None) -> pd.Series:
    raw = read_resource("ukraine_genstaff_russian_personnel_losses_daily",
                        _series_folder(folder, "losses"))  # fmt: skip
    return pd.Series(raw["personnel_cumulative"].to_numpy(), index=pd.DatetimeIndex(raw["date"]))


def claimed_losses(start: object, end: object, *, folder: Path | None = None) -> int:
    """Russian personnel losses claimed by Ukraine's General Staff for a window.

    The report dated D covers losses to the end of D − 1, so the losses of
    [start, end] are the report of ``end + 1`` minus the report of ``start``.

    Returns
    -------
    int
        Claimed losses. [persons]
    """
    first, last = as_date(start, "start"), as_date(end, "end", end=True)
    if last < first:
        raise AdvrateError(f"the window ends ({last}) before it starts ({first})")
    cumulative = _losses(folder)
    try:
        before = cumulative.loc[pd.Timestamp(first)]
        after = cumulative.loc[pd.Timestamp(last + dt.timedelta(days=1))]
    except KeyError:
        raise AdvrateError(
            f"no loss reports for {first} and {last + dt.timedelta(days=1)}; the claims run "
            f"from {cumulative.index[0].date()} to {cumulative.index[-1].date()}"
        ) from None
    return int(after - before)


def cost_of_advance(
    freq: Literal["year", "month"] = "year",
    *,
    series: pd.DataFrame | None = None,
    folder: Path | None = None,
) -> pd.DataFrame:
    """Claimed Russian casualties per km² gained, by year or by month.

    Parameters
    ----------
    freq : {"year", "month"}, default "year"
        Grouping.
    series : pandas.DataFrame, optional
        Output of :func:`occupied_area`.

    Returns
    -------
    pandas.DataFrame
        ``period``, ``start``, ``end``, ``claimed_losses`` [persons],
        ``gain_km2`` [km²], ``casualties_per_km2`` [persons/km²] (NA where
        the net gain is not positive), ``losses_claimed_by`` and ``area_from``.
        Only whole periods covered by both series and free of map flags are
        included. ``attrs["caveats"]`` holds :data:`CAVEATS`.
    """
    freq = as_option(freq, "freq", ("year", "month"))  # type: ignore[assignment]
    series = _series(series)
    losses = _losses(folder)
    lo = max(series.index[0], losses.index[0]).date()
    hi = min(series.index[-1], losses.index[-1] - pd.Timedelta(days=1)).date()
    if freq == "year":
        periods = [
            (str(y), dt.date(y, 1, 1), dt.date(y, 12, 31)) for y in range(lo.year, hi.year + 1)
        ]
    elif freq == "month":
        months = pd.period_range(lo, hi, freq="M")
        periods = [(str(m), m.start_time.date(), m.end_time.date()) for m in months]
    else:
        raise AdvrateError(f"freq must be 'year' or 'month', not {freq!r}")
    rows = []
    for label, start, end in periods:
        if start - dt.timedelta(days=1) < lo or end > hi:
            continue
        try:
            g = gain_rate(start, end, series=series)
        except AdvrateError:
            continue
        claimed = claimed_losses(start, end, folder=folder)
        rows.append(
            {
                "period": label,
                "start": pd.Timestamp(start),
                "end": pd.Timestamp(end),
                "claimed_losses": claimed,
                "gain_km2": g.gain_km2,
                "casualties_per_km2": claimed / g.gain_km2 if g.gain_km2 > 0 else np.nan,
                "losses_claimed_by": "Ukraine's General Staff (claims)",
                "area_from": "DeepStateMap-derived series",
            }
        )
    table = pd.DataFrame(rows)
    table.attrs["caveats"] = CAVEATS
    table.attrs["vintage"] = "; ".join(
        filter(None, [series.attrs.get("vintage", ""), _vintage(folder, "losses")])
    )
    return table


# A million years: far past any campaign, and still a valid timedelta.
_LONGEST_DAYS = 365_250_000


@dataclass(frozen=True)
class Objective:
    """How long an objective takes at a constant rate.

    Attributes
    ----------
    days : float
        Days needed. [day]
    years : float
        The same in years of 365.25 days. [year]
    finish : datetime.date or None
        ``start`` plus ``days``, when a start was given.
    assumption : str
        The quantities used, in words.
    """

    days: float
    years: float
    finish: dt.date | None
    assumption: str

    def __str__(self) -> str:
        when = f", i.e. by {self.finish}" if self.finish else ""
        return f"{self.days:,.0f} days ({self.years:.1f} years){when}: {self.assumption}"


def time_to_objective(
    *,
    area_km2: float | None = None,
    km2_per_day: float | None = None,
    distance_km: float | None = None,
    m_per_day: float | None = None,
    start: object | None = None,
) -> Objective:
    """Time to take an area, or advance a distance, at a constant rate.

    Give either ``area_km2`` with ``km2_per_day`` or ``distance_km`` with
    ``m_per_day``.

    Parameters
    ----------
    area_km2 : float, optional
        Area to take. [km²]
    km2_per_day : float, optional
        Areal rate. [km²/day]
    distance_km : float, optional
        Distance to advance. [km]
    m_per_day : float, optional
        Linear rate. [m/day]
    start : date-like, optional
        Start date, to give a finish date.

    Returns
    -------
    Objective
        Days, years, finish date and the assumption in words.

    Raises
    ------
    advrate.DimensionError
        An area with a linear rate, or a distance with an areal rate.
    advrate.AdvrateError
        Missing or non-positive quantities.
    """
    from .units import get_registry

    ureg = get_registry()
    if area_km2 is not None or km2_per_day is not None:
        if m_per_day is not None or distance_km is not None:
            raise DimensionError(
                "an area needs an areal rate (km²/day) and a distance a linear rate (m/day); "
                "do not mix them"
            )
        amount, rate, what = area_km2, km2_per_day, "area"
    else:
        amount, rate, what = distance_km, m_per_day, "distance"
    for name, value in ((what, amount), ("rate", rate)):
        if value is None:
            raise AdvrateError(f"the {name} must be a positive number, not None")
    amount = as_number(amount, f"the {what}", positive=True)
    rate = as_number(rate, "the rate", positive=True)
    if what == "area":
        days = amount / rate
        assumption = f"{amount:,.0f} km² at a constant {rate:,.3g} km²/day"
    else:
        days = (ureg.Quantity(amount, "kilometer") / ureg.Quantity(rate, "meter / day")).m_as("day")
        assumption = f"{amount:,.3g} km at a constant {rate:,.3g} m/day"
    if not np.isfinite(days) or days > _LONGEST_DAYS:
        raise AdvrateError(
            f"at {rate:.3g} the {what} would take longer than {_LONGEST_DAYS:,} days; "
            "check the units (km² and km²/day, or km and m/day)"
        )
    years = ureg.Quantity(days, "day").m_as("year")
    finish = None
    if start is not None:
        first = as_date(start, "start")
        try:
            finish = first + dt.timedelta(days=float(days))
        except OverflowError:
            raise AdvrateError(
                f"the finish date is beyond the year {dt.date.max.year}; give no start to get "
                "the days alone"
            ) from None
    return Objective(float(days), float(years), finish, assumption)
