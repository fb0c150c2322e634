"""Historical context from raw battle data: CDB90 advance rates, CSIS reproduced.

CDB90 is the US Army Concepts Analysis Agency's database of 660 battles
(1600-1973, plus the 1982 Bekaa Valley), here as revised by J. B. Arnold
(github.com/jrnold/CDB90, v9.0.3; Open Data Commons Attribution licence; the
original is a US government work).
This module reads the original wide table (``data/cdb90/CDB90-patched.csv``)
and derives one row per battle, with the rules below, so that every benchmark
in a published comparison can be recomputed and any rate placed among hundreds
of battles.

Derivation rules
----------------
* Dates come from **every filled active-period slot** (ATP 1-10), not from
  the NOATP count, which disagrees with the filled slots for two battles
  (196 Chancellorsville, 304 First Somme). A period that begins at 2400
  begins on the next day; one that ends at exactly 0000 or 2400 ends on the
  previous calendar day.
* ``span_days`` = last end date − first start date + 1 (inclusive calendar
  days); ``active_days`` = distinct calendar days inside any active period.
* ``distance_km`` is KMDA with its sign (negative: the attacker fell back);
  the code −9999 is missing. Front widths WOFA1/WOFD1 with −1 missing.
* ``rate_m_per_day`` = distance ÷ span, converted by pint.
* Outcome from WINA (+1 attacker won, 0 draw, −1 attacker lost, −9 unknown);
  defender posture POST1 (HD hasty, PD prepared, FD fortified defence, DL
  delaying action, WD withdrawal; OO not applicable).
* ``duplicate_of`` and ``theatre`` come from Arnold's classification
  (``battles.csv``: ``parent``, ``war4_theater``).

CDB90's own caveat (1991 README): "discrepancies remain between some of the
narrative descriptions of battle and the data base". Battle rates are per
battle (often 1-5 days); campaign rates aggregate battles.
"""

from __future__ import annotations

import datetime as dt
import functools
import numbers
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .checks import as_flag, as_number, as_numbers, as_option, require_frame
from .data import read_resource, resolve_folder
from .exceptions import AdvrateError, DataError, DimensionError
from .units import get_registry

__all__ = [
    "CAMPAIGN_DAYS_BASIS",
    "CSIS_CAMPAIGNS",
    "ERAS",
    "Bridged",
    "battles",
    "campaign_rate",
    "csis_campaign_days",
    "percentile_of",
    "reproduce_csis",
    "to_areal",
    "to_linear",
]

POSTURES = {
    "HD": "hasty defence",
    "PD": "prepared defence",
    "FD": "fortified defence",
    "DL": "delaying action",
    "WD": "withdrawal",
}
OUTCOMES = {1: "attacker won", 0: "draw", -1: "attacker lost"}

#: Eras used for grouping: (label, first year, last year).
ERAS: tuple[tuple[str, int, int], ...] = (
    ("1600-1799", 1600, 1799),
    ("1800-1899", 1800, 1899),
    ("1900-1918", 1900, 1918),
    ("1919-1945", 1919, 1945),
    ("1946-1982", 1946, 1982),
)


@dataclass(frozen=True)
class Campaign:
    """Battles of CDB90 aggregated into one campaign rate.

    Attributes
    ----------
    name : str
        The offensive as named in the comparison.
    isqnos : tuple of int
        CDB90 battle numbers included (before dropping non-advances).
    note : str
        Why these battles.
    """

    name: str
    isqnos: tuple[int, ...]
    note: str


#: The CSIS benchmarks and the CDB90 battles that reproduce them.
CSIS_CAMPAIGNS: tuple[Campaign, ...] = (
    Campaign("Galicia", (282, 283, 284, 285),
             'CDB90 campaign "GALICIA 1914"; 284 Gnila Lipa (attacker fell back 65 km) '
             "drops out as a non-advance"),
    Campaign("Gorizia", (315,), "315 SIXTH ISONZO (GORIZIA)"),
    Campaign("Belleau Wood", tuple(range(336, 350)),
             'CDB90 campaign "BELLEAU WOOD" without 350 (the German Noyon-Montdidier '
             "offensive)"),
    Campaign("Leningrad", (492,), "492 LENINGRAD (OPERATION SPARK)"),
    Campaign("Kursk-Oboyan", (493, 495, 496),
             "OBOYAN-KURSK phases I-III (48th Panzer Corps); 494, the whole southern "
             "sector on 5 July, is a different level of command"),
    Campaign("Somme", (304,), "304 FIRST SOMME, both active periods (1 Jul-30 Sep, 1-24 Nov 1916)"),
)  # fmt: skip


def _cdb90_folder(folder: Path | None) -> Path:
    return resolve_folder(folder)


def _date(year: object, month: object, day: object) -> dt.date | None:
    if pd.isna(year) or pd.isna(month) or pd.isna(day):
        return None
    if int(year) == 9999 or int(month) == 99 or int(day) == 99:
        return None
    return dt.date(int(year), int(month), int(day))


def _periods(row: pd.Series) -> list[tuple[dt.date, dt.date]]:
    periods = []
    for i in range(1, 11):
        start = _date(row[f"ATPBYR{i}"], row[f"ATPBMN{i}"], row[f"ATPBDA{i}"])
        end = _date(row[f"ATPEYR{i}"], row[f"ATPEMN{i}"], row[f"ATPEDA{i}"])
        if start is None and end is None:
            continue
        if start is None or end is None:
            raise DataError(
                "cdb90/CDB90-patched.csv",
                f"active period {i} has a start or an end but not both",
                row=int(row["ISQNO"]),
                column=f"ATPBYR{i}",
            )
        if row[f"ATPBHR{i}"] == 2400:
            start += dt.timedelta(days=1)
        if row[f"ATPEHR{i}"] in (0, 2400):
            end -= dt.timedelta(days=1)
        periods.append((start, end))
    return periods


def _era(year: int) -> str:
    for label, first, last in ERAS:
        if first <= year <= last:
            return label
    return "other"


def battles(folder: Path | None = None) -> pd.DataFrame:
    """One row per CDB90 battle, derived from the raw table.

    The derivation runs once per data folder and process; each call returns a
    copy, so changing it does not change later results.

    Parameters
    ----------
    folder : pathlib.Path, optional
        Data folder holding ``cdb90/``; default :func:`advrate.data.data_dir`.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``isqno``. Columns: ``name``, ``war``, ``campaign``,
        ``theatre``, ``attacker``, ``defender``, ``attacker_actors``,
        ``defender_actors``, ``start``, ``end`` (dates), ``n_periods``,
        ``noatp``, ``span_days`` [day], ``active_days`` [day],
        ``distance_km`` [km] (signed), ``rate_m_per_day`` [m/day] (signed),
        ``rate_m_per_active_day`` [m/day], ``front_attacker_km`` [km],
        ``front_defender_km`` [km], ``outcome``, ``posture`` (code),
        ``posture_name``, ``duplicate_of`` (isqno or NA), ``era``, ``year``.

    Raises
    ------
    advrate.DataError
        A malformed raw row (named by file, row and column).
    """
    return _derive_battles(_cdb90_folder(folder).resolve()).copy()


@functools.lru_cache(maxsize=4)
def _derive_battles(folder: Path) -> pd.DataFrame:
    raw = read_resource("cdb90_raw", folder)
    jrnold = read_resource("cdb90_battles_jrnold", folder).set_index("isqno")
    actors = read_resource("cdb90_belligerents_jrnold", folder)
    records = []
    for _, row in raw.iterrows():
        periods = _periods(row)
        if not periods:
            raise DataError("cdb90/CDB90-patched.csv", "no dated active period",
                            row=int(row["ISQNO"]), column="ATPBYR1")  # fmt: skip
        days: set[dt.date] = set()
        for start, end in periods:
            days.update(start + dt.timedelta(d) for d in range((end - start).days + 1))
        first = min(p[0] for p in periods)
        last = max(p[1] for p in periods)
        kmda = row["KMDA"]
        records.append(
            {
                "isqno": int(row["ISQNO"]),
                "name": row["NAME"],
                "war": row["WAR"],
                "campaign": row["CAMPGN"],
                "attacker": row["NAMA"],
                "defender": row["NAMD"],
                "start": first,
                "end": last,
                "n_periods": len(periods),
                "noatp": row["NOATP"],
                "span_days": (last - first).days + 1,
                "active_days": len(days),
                "distance_km": np.nan if kmda == -9999 else float(kmda),
                "front_attacker_km": np.nan if row["WOFA1"] == -1 else float(row["WOFA1"]),
                "front_defender_km": np.nan if row["WOFD1"] == -1 else float(row["WOFD1"]),
                "outcome": OUTCOMES.get(int(row["WINA"])),
                "posture": None if row["POST1"] in ("OO", "00") else row["POST1"],
            }
        )
    out = pd.DataFrame.from_records(records).set_index("isqno")
    ureg = get_registry()
    distance = ureg.Quantity(out["distance_km"].to_numpy(), "kilometer")
    out["rate_m_per_day"] = (distance / ureg.Quantity(out["span_days"].to_numpy(), "day")).m_as(
        "meter / day"
    )
    out["rate_m_per_active_day"] = (
        distance / ureg.Quantity(out["active_days"].to_numpy(), "day")
    ).m_as("meter / day")
    out["posture_name"] = out["posture"].map(POSTURES)
    out["duplicate_of"] = jrnold["parent"].reindex(out.index).astype("Int64")
    out["theatre"] = jrnold["war4_theater"].reindex(out.index).replace("", pd.NA)
    out["war_group"] = jrnold["war4"].reindex(out.index)
    by_side = actors.pivot(index="isqno", columns="attacker", values="actors")
    out["attacker_actors"] = by_side[1].reindex(out.index)
    out["defender_actors"] = by_side[0].reindex(out.index)
    out["year"] = pd.to_datetime(out["start"]).dt.year
    out["era"] = out["year"].map(_era)
    out["start"] = pd.to_datetime(out["start"])
    out["end"] = pd.to_datetime(out["end"])
    return out


def campaign_rate(
    table: pd.DataFrame, isqnos: Sequence[int], *, positive_only: bool = True
) -> dict[str, object]:
    """Rate of a campaign: total advance ÷ inclusive calendar span of its battles.

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`battles`.
    isqnos : sequence of int
        Battles of the campaign.
    positive_only : bool, default True
        Count only battles in which the attacker advanced (KMDA > 0); the
        others drop out of both the distance and the span.

    Returns
    -------
    dict
        ``battles`` (isqnos used), ``distance_km`` [km], ``start``, ``end``,
        ``span_days`` [day] and ``rate_m_per_day`` [m/day].

    Raises
    ------
    advrate.AdvrateError
        An unknown battle number, or no battle left to count.
    """
    table = require_frame(table, "table", ("distance_km", "start", "end"))
    positive_only = as_flag(positive_only, "positive_only")
    if isinstance(isqnos, str | bytes) or not isinstance(isqnos, Sequence | np.ndarray):
        raise AdvrateError(f"isqnos must be a list of battle numbers, not {isqnos!r:.60}")
    if not all(isinstance(i, numbers.Integral) and not isinstance(i, bool) for i in isqnos):
        raise AdvrateError(f"isqnos must be whole battle numbers, not {list(isqnos)!r:.60}")
    missing = sorted(set(isqnos) - set(table.index))
    if missing:
        raise AdvrateError(f"no CDB90 battle numbered {missing}")
    rows = table.loc[list(isqnos)]
    rows = rows[rows["distance_km"].notna()]
    if positive_only:
        rows = rows[rows["distance_km"] > 0]
    if rows.empty:
        raise AdvrateError(f"no battle with a known advance among {list(isqnos)}")
    start, end = rows["start"].min(), rows["end"].max()
    span = (end - start).days + 1
    distance = float(rows["distance_km"].sum())
    ureg = get_registry()
    rate = (ureg.Quantity(distance, "kilometer") / ureg.Quantity(span, "day")).m_as("meter / day")
    return {
        "battles": tuple(int(i) for i in rows.index),
        "distance_km": distance,
        "start": start,
        "end": end,
        "span_days": span,
        "rate_m_per_day": rate,
    }


def reproduce_csis(
    table: pd.DataFrame | None = None, quoted: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Recompute CSIS's historical benchmarks from the raw CDB90 battles.

    Method: sum the distance the attacker advanced over the battles of the
    campaign (advances only) and divide by the campaign's inclusive calendar
    span, from the first battle's start to the last battle's end.

    Parameters
    ----------
    table : pandas.DataFrame, optional
        Output of :func:`battles`; read from the data folder by default.
    quoted : pandas.DataFrame, optional
        Output of :func:`advrate.load_quoted_rates`; the CSIS rows are used.

    Returns
    -------
    pandas.DataFrame
        One row per offensive: ``offensive``, ``quoted_m_per_day`` [m/day],
        ``recomputed_m_per_day`` [m/day], ``relative_difference`` [-]
        (recomputed ÷ quoted − 1), ``battles``, ``distance_km`` [km],
        ``start``, ``end``, ``span_days`` [day], ``note``, ``method``.
    """
    if table is None:
        table = battles()
    if quoted is None:
        from .data import load_quoted_rates

        quoted = load_quoted_rates()
    quoted = require_frame(quoted, "quoted", ("source_id", "subject", "rate_m_per_day"))
    csis = quoted[quoted["source_id"] == "csis-2025-battlefield-woes"].set_index("subject")
    absent = [c.name for c in CSIS_CAMPAIGNS if c.name not in csis.index]
    if absent:
        raise AdvrateError(f"quoted holds no CSIS rate for {absent}")
    rows = []
    for campaign in CSIS_CAMPAIGNS:
        result = campaign_rate(table, campaign.isqnos)
        quoted_value = float(csis.loc[campaign.name, "rate_m_per_day"])
        rows.append(
            {
                "offensive": campaign.name,
                "quoted_m_per_day": quoted_value,
                "recomputed_m_per_day": result["rate_m_per_day"],
                "relative_difference": result["rate_m_per_day"] / quoted_value - 1,
                "battles": ", ".join(str(i) for i in result["battles"]),
                "distance_km": result["distance_km"],
                "start": result["start"],
                "end": result["end"],
                "span_days": result["span_days"],
                "note": campaign.note,
                "method": "sum of advances / inclusive calendar days",
            }
        )
    return pd.DataFrame(rows)


#: Where :func:`csis_campaign_days` takes its lengths from, for footnotes.
CAMPAIGN_DAYS_BASIS = "the CDB90 battles that reproduce CSIS's figure"


def csis_campaign_days(table: pd.DataFrame | None = None) -> pd.Series:
    """How long each of CSIS's historical offensives lasted, by the CDB90 battles.

    CSIS quotes these offensives by year only; the battles that reproduce its
    rate (:func:`reproduce_csis`) date them. Pass the result to
    :func:`advrate.compare.with_campaign_length` with
    :data:`CAMPAIGN_DAYS_BASIS`.

    Parameters
    ----------
    table : pandas.DataFrame, optional
        Output of :func:`battles`; read from the data folder by default.

    Returns
    -------
    pandas.Series
        Inclusive calendar days from the first battle's start to the last
        battle's end [day], indexed by offensive ("Galicia": 19).
    """
    spans = reproduce_csis(table).set_index("offensive")["span_days"]
    return spans.rename("campaign_days")


def percentile_of(
    rate_m_per_day: float,
    table: pd.DataFrame | None = None,
    *,
    era: str | None = None,
    posture: str | None = None,
    outcome: str | None = None,
    include_duplicates: bool = False,
    population: str = "advanced",
) -> float:
    """Where a rate sits among CDB90 battles with a known advance.

    By default among the battles in which the attacker advanced: a reader
    comparing a rate of advance with history asks how it ranks among
    advances. ``population="all"`` also counts battles in which the attacker
    did not move or fell back (their rates are zero or negative), which puts
    any slow positive rate far higher up the ranking.

    Parameters
    ----------
    rate_m_per_day : float
        The rate to place. [m/day]
    table : pandas.DataFrame, optional
        Output of :func:`battles`; read from the data folder by default.
    era : str, optional
        Only battles of this era (a label of :data:`ERAS`, e.g. "1900-1918").
    posture : str, optional
        Only battles against this defender posture (code such as "FD" or
        name such as "fortified defence").
    outcome : str, optional
        Only battles with this outcome ("attacker won", "draw",
        "attacker lost").
    include_duplicates : bool, default False
        Also count battles Arnold flags as duplicates or parts of another.
    population : {"advanced", "all"}, default "advanced"
        Battles in which the attacker advanced (rate above zero), or all
        battles with a known rate.

    Returns
    -------
    float
        Percentage of the selected battles whose rate (signed: retreats count
        as negative rates) is at or below ``rate_m_per_day``. [%]

    Examples
    --------
    >>> from advrate import history
    >>> round(history.percentile_of(50), 1), round(history.percentile_of(50, population="all"), 1)
    (0.2, 25.3)

    Raises
    ------
    advrate.AdvrateError
        A filter value that matches nothing, or a rate that is not a number.
    """
    rate_m_per_day = as_number(rate_m_per_day, "rate_m_per_day")
    selected = _select(table, era=era, posture=posture, outcome=outcome,
                       include_duplicates=include_duplicates)  # fmt: skip
    population = as_option(population, "population", ("advanced", "all"))
    rates = selected["rate_m_per_day"].to_numpy()
    if population == "advanced":
        rates = rates[rates > 0]
    if rates.size == 0:
        raise AdvrateError("no battle in which the attacker advanced matches these filters")
    return float(100.0 * np.count_nonzero(rates <= rate_m_per_day) / rates.size)


_BATTLE_COLUMNS = ("rate_m_per_day", "duplicate_of", "era", "posture", "outcome")


def _select(
    table: pd.DataFrame | None,
    *,
    era: str | None = None,
    posture: str | None = None,
    outcome: str | None = None,
    include_duplicates: bool = False,
) -> pd.DataFrame:
    table = battles() if table is None else require_frame(table, "table", _BATTLE_COLUMNS)
    include_duplicates = as_flag(include_duplicates, "include_duplicates")
    for name, value in (("era", era), ("posture", posture), ("outcome", outcome)):
        if value is not None and not isinstance(value, str):
            raise AdvrateError(f"{name} must be text or None, not {value!r:.60}")
    rows = table[table["rate_m_per_day"].notna()]
    if not include_duplicates:
        rows = rows[rows["duplicate_of"].isna()]
    if era is not None:
        if era not in {label for label, _, _ in ERAS}:
            raise AdvrateError(f"unknown era {era!r}; choose from {[e[0] for e in ERAS]}")
        rows = rows[rows["era"] == era]
    if posture is not None:
        code = {v: k for k, v in POSTURES.items()}.get(posture, posture)
        if code not in POSTURES:
            raise AdvrateError(f"unknown posture {posture!r}; choose from {POSTURES}")
        rows = rows[rows["posture"] == code]
    if outcome is not None:
        if outcome not in OUTCOMES.values():
            raise AdvrateError(
                f"unknown outcome {outcome!r}; choose from {list(OUTCOMES.values())}"
            )
        rows = rows[rows["outcome"] == outcome]
    if rows.empty:
        raise AdvrateError("no battle with a known advance matches these filters")
    return rows


def summary_by(
    column: str, table: pd.DataFrame | None = None, *, include_duplicates: bool = False
) -> pd.DataFrame:
    """Count, median and quartiles of battle rates grouped by a column.

    Parameters
    ----------
    column : str
        Column of :func:`battles` to group by, e.g. ``"era"`` or
        ``"posture_name"``.
    table : pandas.DataFrame, optional
        Output of :func:`battles`.
    include_duplicates : bool, default False
        Also count battles flagged as duplicates.

    Returns
    -------
    pandas.DataFrame
        ``battles``, ``q25_m_per_day``, ``median_m_per_day``,
        ``q75_m_per_day`` [m/day] per group.
    """
    rows = _select(table, include_duplicates=include_duplicates)
    if not isinstance(column, str) or column not in rows.columns:
        raise AdvrateError(f"column must name a column of battles(), not {column!r:.60}")
    grouped = rows.groupby(column, observed=True)["rate_m_per_day"]
    return pd.DataFrame(
        {
            "battles": grouped.size(),
            "q25_m_per_day": grouped.quantile(0.25),
            "median_m_per_day": grouped.median(),
            "q75_m_per_day": grouped.quantile(0.75),
        }
    )


@dataclass(frozen=True)
class Bridged:
    """A rate converted between linear and areal with an explicit frontage.

    Attributes
    ----------
    value : float or numpy.ndarray
        The converted rate. [km²/day] or [m/day]
    unit : str
        ``"km²/day"`` or ``"m/day"``.
    frontage_km : float or numpy.ndarray
        The frontage assumed. [km]
    source_value : float or numpy.ndarray
        The rate converted from. [m/day] or [km²/day]
    source_unit : str
        Its unit.
    """

    value: float | np.ndarray
    unit: str
    frontage_km: float | np.ndarray
    source_value: float | np.ndarray
    source_unit: str

    def __str__(self) -> str:
        if np.ndim(self.value):
            return f"{self.source_unit} -> {self.unit} over {np.size(self.value)} frontages"
        return (
            f"{self.source_value:,.6g} {self.source_unit} across a {self.frontage_km:,g} km "
            f"front = {self.value:,.6g} {self.unit}"
        )


def _check_frontage(frontage_km: float | np.ndarray) -> np.ndarray:
    try:
        return as_numbers(frontage_km, "frontage_km", positive=True)
    except AdvrateError as err:
        raise DimensionError(f"{err} (a frontage is a positive number of kilometres)") from None


def to_areal(rate_m_per_day: float | np.ndarray, frontage_km: float | np.ndarray) -> Bridged:
    """Area gained per day by a front advancing uniformly along its width.

    Parameters
    ----------
    rate_m_per_day : float or array-like
        Linear rate of advance. [m/day]
    frontage_km : float or array-like
        Width of the advancing front; never assumed, always given. [km]

    Returns
    -------
    Bridged
        ``value`` in km²/day, with the frontage and the rate it came from.

    Examples
    --------
    >>> print(to_areal(1580, 20))
    1,580 m/day across a 20 km front = 31.6 km²/day
    """
    front = _check_frontage(frontage_km)
    ureg = get_registry()
    rate = as_numbers(rate_m_per_day, "rate_m_per_day")
    area = (ureg.Quantity(rate, "meter / day")
            * ureg.Quantity(front, "kilometer")).m_as("kilometer ** 2 / day")  # fmt: skip
    return Bridged(_scalar(area), "km²/day", _scalar(front), _scalar(rate_m_per_day), "m/day")


def to_linear(area_km2_per_day: float | np.ndarray, frontage_km: float | np.ndarray) -> Bridged:
    """Depth of advance per day implied by an areal rate over a given frontage.

    Parameters
    ----------
    area_km2_per_day : float or array-like
        Areal rate. [km²/day]
    frontage_km : float or array-like
        Width of the front the area was taken along; never assumed. [km]

    Returns
    -------
    Bridged
        ``value`` in m/day, with the frontage and the rate it came from.

    Examples
    --------
    >>> print(to_linear(9, 1000))
    9 km²/day across a 1,000 km front = 9 m/day
    """
    front = _check_frontage(frontage_km)
    ureg = get_registry()
    area = as_numbers(area_km2_per_day, "area_km2_per_day")
    depth = (ureg.Quantity(area, "kilometer ** 2 / day")
             / ureg.Quantity(front, "kilometer")).m_as("meter / day")  # fmt: skip
    return Bridged(_scalar(depth), "m/day", _scalar(front), _scalar(area_km2_per_day), "km²/day")


def _scalar(x: float | np.ndarray) -> float | np.ndarray:
    arr = np.asarray(x, dtype=float)
    return float(arr) if arr.ndim == 0 else arr
