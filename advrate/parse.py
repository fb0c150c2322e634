"""Parse quoted rates of advance ("1,580 meters per day") into numbers with units.

The parser reads the number itself (thousands separators, decimal commas,
number words, ranges) and looks unit and time phrases up in the vetted lists of
:mod:`advrate.units`. Text never reaches pint's expression parser, which
misreads several common wordings (``"1 580 m/day"`` as 580, ``"50 meters a
day"`` as metre-day-years) and can hang on hostile input (``"9**9**9"``).

The scanner in :mod:`advrate.scan` serves :func:`parse_rate` (one figure,
whole input) and the article extractor in :mod:`advrate.extract` (figures
inside running text).
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from .exceptions import AdvrateError, DimensionError, RateParseError, UnknownUnitError
from .scan import (
    CASELESS,
    DIGITS,
    QUALIFIERS,
    SPACE_UNITS,
    TIME_UNIT_PATTERN,
    Basis,
    Bound,
    NoRate,
    Scan,
    clean_text,
    count_value,
    scan_rate,
)
from .units import (
    CANONICAL_AMOUNT_UNITS,
    CANONICAL_UNITS,
    TIME_UNITS,
    Kind,
    amount_factor,
    format_value,
    get_registry,
    rate_factor,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pint

__all__ = [
    "MAX_INPUT_CHARS",
    "Amount",
    "ParsedUnit",
    "Rate",
    "normalise",
    "parse_amount",
    "parse_rate",
    "parse_unit",
]

#: Longest text :func:`parse_rate` accepts; a quoted figure is far shorter, and
#: refusing long input up front keeps hostile strings cheap.
MAX_INPUT_CHARS = 200


# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ParsedUnit:
    """A rate unit phrase read from text ("km/day", "sq mi per month").

    Attributes
    ----------
    text : str
        The phrase as given.
    kind : {"linear", "areal"}
        Length per time or area per time.
    pint_unit : str
        Vetted pint name of the length or area unit.
    time_unit : str
        Vetted pint name of the time unit.
    per_count : float
        Number of time units in the basis ("per 24 h" gives 24). [-]
    factor : float
        Multiply a value in this unit by ``factor`` to get the canonical unit.
        [m/day or km²/day per unit]
    """

    text: str
    kind: Kind
    pint_unit: str
    time_unit: str
    per_count: float
    factor: float

    @property
    def canonical_unit(self) -> str:
        """``"m/day"`` or ``"km²/day"``."""
        return CANONICAL_UNITS[self.kind]


@dataclass(frozen=True)
class Rate:
    """A rate of advance read from text.

    Attributes
    ----------
    text : str
        The input as given.
    low, high : float
        Values as written, in ``unit`` per time basis; equal for a single
        value. [unit as written]
    unit : str
        Distance or area unit exactly as written ("meters", "km", "sq. km").
    qualifier : str or None
        Qualifier words as written ("about", "more than", "only"), or None.
    bound : {"approximate", "lower", "upper", "exact"} or None
        What the qualifier says about the value: approximately, a lower
        bound ("over"), an upper bound ("up to") or stressed as exact ("only").
    kind : {"linear", "areal"}
        Length per time or area per time.
    canonical_low, canonical_high : float
        ``low`` and ``high`` in ``canonical_unit``. [m/day or km²/day]
    canonical_unit : {"m/day", "km²/day"}
        The canonical unit for ``kind``.
    time_text : str or None
        The time phrase as written ("per day", "every five days"), or None
        when the basis was given by the caller.
    time_unit : str
        pint name of the time unit ("day", "week", …).
    per_count : float
        Number of time units in the basis ("every five days" gives 5). [-]
    basis : {"stated", "every", "total", "given"}
        How the time basis was found: stated per unit of time, "every N
        days", a total over a stated period ("in three weeks"), or given by
        the caller (``per=``) because the context carries it.
    average : bool
        True when the text says the figure is an average.
    restatement : str or None
        The same figure restated in other units, e.g. "(0.8 square miles)".
    start, end : int
        Character offsets of the figure in ``text``.
    """

    text: str
    low: float
    high: float
    unit: str
    qualifier: str | None
    bound: Bound | None
    kind: Kind
    canonical_low: float
    canonical_high: float
    canonical_unit: str
    time_text: str | None
    time_unit: str
    per_count: float
    basis: Basis
    average: bool = False
    restatement: str | None = None
    pint_unit: str = field(default="", repr=False)
    start: int = field(default=0, repr=False)
    end: int = field(default=0, repr=False)

    @property
    def is_range(self) -> bool:
        """True when the text gives a range ("700-1,200m")."""
        return self.low != self.high

    @property
    def surface(self) -> str:
        """The exact span of ``text`` the figure was read from."""
        return self.text[self.start : self.end]

    @property
    def quantity(self) -> pint.Quantity:
        """The rate as a pint quantity in the units as written.

        A scalar for a single value; a two-element array (low, high) for a
        range. [unit as written per time basis]
        """
        ureg = get_registry()
        magnitude = self.low if not self.is_range else [self.low, self.high]
        import numpy as np

        return ureg.Quantity(np.asarray(magnitude, dtype=float), self.pint_unit) / (
            ureg.Quantity(self.per_count, self.time_unit)
        )

    def to(self, unit: str) -> tuple[float, float]:
        """Return ``(low, high)`` in another rate unit.

        Parameters
        ----------
        unit : str
            A rate unit phrase of the same kind, e.g. ``"km/day"``,
            ``"miles per week"``.

        Returns
        -------
        tuple of float
            Low and high values in ``unit``. [unit]

        Raises
        ------
        advrate.DimensionError
            ``unit`` is of the other kind (linear vs areal).
        """
        target = parse_unit(unit)
        if target.kind != self.kind:
            raise DimensionError(
                f"cannot express {_article(self.kind)} {self.kind} rate "
                f"({self.canonical_unit}) in {unit!r}, which is {target.kind} "
                f"({target.canonical_unit})"
            )
        return self.canonical_low / target.factor, self.canonical_high / target.factor

    def __str__(self) -> str:
        value = format_value(self.canonical_low)
        if self.is_range:
            value += f"-{format_value(self.canonical_high)}"
        qual = f"{self.qualifier} " if self.qualifier else ""
        return f"{qual}{value} {self.canonical_unit}"


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def _bound(qualifiers: list[str]) -> Bound | None:
    bounds = [QUALIFIERS[re.sub(r"\s+", " ", q).lower()] for q in qualifiers]
    # "only about 50" is approximate; a bound word outranks emphasis.
    for wanted in ("lower", "upper", "approximate", "exact"):
        if wanted in bounds:
            return wanted  # type: ignore[return-value]
    return None


def _figure_fields(text: str, scan: Scan, kind: Kind, factor: float) -> dict[str, object]:
    """The fields :class:`Rate` and :class:`Amount` share, from one scan."""
    return {
        "text": text,
        "low": scan.low,
        "high": scan.high,
        "unit": scan.unit_text,
        "qualifier": " ".join(scan.qualifiers) or None,
        "bound": _bound(scan.qualifiers),
        "kind": kind,
        "canonical_low": scan.low * factor,
        "canonical_high": scan.high * factor,
        "restatement": scan.restatement,
    }


def build_rate(text: str, scan: Scan) -> Rate:
    """Turn a completed scan (with a time basis) into a :class:`Rate`."""
    assert scan.time_unit is not None and scan.basis is not None
    kind, factor = rate_factor(scan.pint_unit, scan.time_unit, scan.per_count)
    _check_finite(text, scan.high * factor)
    return Rate(
        **_figure_fields(text, scan, kind, factor),  # type: ignore[arg-type]
        canonical_unit=CANONICAL_UNITS[kind],
        time_text=scan.time_text,
        time_unit=scan.time_unit,
        per_count=scan.per_count,
        basis=scan.basis,
        average=scan.average,
        pint_unit=scan.pint_unit,
        start=scan.start,
        end=scan.end,
    )


def _check_finite(text: str, canonical: float) -> None:
    if not math.isfinite(canonical) or canonical > _LARGEST:
        raise RateParseError(text, "the value is too large to represent")


# Far beyond any rate of advance, yet well inside float range, so sums and
# ratios of canonical values stay finite too.
_LARGEST = 1e200


def _suggest(word: str) -> list[str]:
    vocabulary = sorted({*SPACE_UNITS, *TIME_UNITS})
    return difflib.get_close_matches(word.lower(), vocabulary, n=3, cutoff=0.6)


def _figure_bounds(s: str) -> tuple[int, int]:
    """Offsets of a figure inside quotes, brackets and trailing punctuation.

    A closing bracket is dropped only when it has no opening partner inside
    the figure, so "465 km² (180 sq mi)" keeps its restatement.
    """
    start = len(s) - len(s.lstrip(_LEAD_CHARS))
    stop = len(s)
    while stop > start:
        ch = s[stop - 1]
        inside = s[start : stop - 1]
        unmatched = {")": "(", "]": "["}.get(ch)
        if ch in _TRAIL_CHARS or (unmatched and inside.count(unmatched) <= inside.count(ch)):
            stop -= 1
        else:
            break
    return start, stop


def _scan_figure(text: object) -> tuple[str, Scan, int]:
    """Read one figure filling ``text``: checks, bounds and the scan, errors mapped.

    Returns the cleaned text, the scan and where the figure's text stops.
    """
    if not isinstance(text, str):
        raise RateParseError(repr(text), f"expected a string, got {type(text).__name__}")
    if len(text) > MAX_INPUT_CHARS:
        raise RateParseError(
            text,
            f"input is {len(text):,} characters; a single figure has at most "
            f"{MAX_INPUT_CHARS} (use advrate.extract_rates for running text)",
        )
    s = clean_text(text)
    start, stop = _figure_bounds(s)
    if start >= stop:
        raise RateParseError(text, "the text is empty")
    try:
        scan = scan_rate(s, start, stop)
    except NoRate as err:
        if err.unknown_unit:
            raise UnknownUnitError(text, err.unknown_unit, _suggest(err.unknown_unit)) from None
        raise RateParseError(text, err.reason) from None
    return s, scan, stop


_PER_RE = re.compile(rf"^\s*(?:(?P<count>{DIGITS})\s*)?(?P<tu>{TIME_UNIT_PATTERN})\s*$", CASELESS)
_LEAD_CHARS = " \t\r\n\"'“”‘’(["
_TRAIL_CHARS = " \t\r\n\"'“”‘’.,;:!?"


def parse_rate(text: str, *, per: str | None = None) -> Rate:
    """Read one quoted rate of advance.

    Parameters
    ----------
    text : str
        A single figure as quoted: "1,580 meters per day", "about 9 sq km a
        day", "700-1,200m of progress every five days", "40km in 12 days".
        At most :data:`MAX_INPUT_CHARS` characters.
    per : str, optional
        Time basis to use when the text has none because its context carries
        it, e.g. ``per="day"`` for "Gorizia in 1916 (500 meters)" in a list
        whose first item says "meters per day". Accepts a time unit ("day",
        "week") optionally preceded by a count ("5 days"). Ignored when the
        text states its own basis.

    Returns
    -------
    Rate
        Values as written and in the canonical unit (m/day or km²/day).

    Raises
    ------
    advrate.RateParseError
        The text is not a single rate: no number, an unknown unit (the
        message lists close matches), no time basis and no ``per``, text
        left over, or input too long.

    Examples
    --------
    >>> parse_rate("1,580 meters per day").canonical_low
    1580.0
    >>> parse_rate("approximately nine square kilometers per day").canonical_low
    9.0
    >>> parse_rate("500 meters", per="day").canonical_low
    500.0
    """
    s, scan, stop = _scan_figure(text)
    if scan.end < stop:
        leftover = s[scan.end : stop].strip()
        if scan.time_unit is None and _looks_like_time(leftover):
            raise RateParseError(text, f"cannot read the time phrase {leftover!r}")
        raise RateParseError(text, f"unexpected text after the figure: {leftover!r}")
    if per is not None and not isinstance(per, str):
        raise RateParseError(text, f"per must be a time basis such as 'day', not {per!r:.40}")
    if scan.time_unit is None:
        if per is None:
            raise RateParseError(
                text,
                "no time basis (such as 'per day'); if the context gives one, "
                "pass it, e.g. parse_rate(text, per='day')",
            )
        m = _PER_RE.match(clean_text(per))
        if m is None:
            raise RateParseError(text, f"per={per!r} is not a time basis such as 'day'")
        scan.time_unit = TIME_UNITS[m.group("tu").lower()]
        scan.per_count = count_value(m.group("count")) if m.group("count") else 1.0
        scan.basis = "given"
    return build_rate(text, scan)


def _looks_like_time(leftover: str) -> bool:
    return bool(re.search(r"\b(per|a|every|each|in|daily)\b|/", leftover, CASELESS))


_UNIT_PHRASE_MAX = 64


def parse_unit(text: str) -> ParsedUnit:
    """Read a rate unit phrase such as "km/day", "meters per day", "sq mi per month".

    Parameters
    ----------
    text : str
        A distance or area unit followed by a time phrase. At most 64
        characters.

    Returns
    -------
    ParsedUnit
        The vetted pint units and the factor to the canonical unit.

    Raises
    ------
    advrate.RateParseError
        The phrase is not a rate unit from the vetted vocabulary.
    """
    if not isinstance(text, str):
        raise RateParseError(repr(text), f"expected a unit string, got {type(text).__name__}")
    if len(text) > _UNIT_PHRASE_MAX:
        raise RateParseError(text, f"unit phrase longer than {_UNIT_PHRASE_MAX} characters")
    s = clean_text(text).strip()
    if not s[:1].isalpha():
        raise RateParseError(
            text, "a unit phrase starts with the unit, such as 'km/day' or 'sq mi per week'"
        )
    try:
        scan = scan_rate("1 " + s, 0)
    except NoRate as err:
        if err.unknown_unit:
            raise UnknownUnitError(text, err.unknown_unit, _suggest(err.unknown_unit)) from None
        raise RateParseError(text, err.reason.replace("after the number", "")) from None
    if scan.end != len(s) + 2 or scan.time_unit is None or scan.high != 1.0 or scan.qualifiers:
        raise RateParseError(
            text,
            "expected a distance or area unit and a time, such as 'km/day' or 'sq mi per week'",
        )
    kind, factor = rate_factor(scan.pint_unit, scan.time_unit, scan.per_count)
    return ParsedUnit(text, kind, scan.pint_unit, scan.time_unit, scan.per_count, factor)


@dataclass(frozen=True)
class Amount:
    """A distance or area read from text, with no time basis ("476 square kilometers").

    Attributes
    ----------
    text : str
        The input as given.
    low, high : float
        Values as written; equal for a single value. [unit as written]
    unit : str
        Unit exactly as written.
    qualifier : str or None
        Qualifier words as written ("over", "about"), or None.
    bound : {"approximate", "lower", "upper", "exact"} or None
        What the qualifier says about the value.
    kind : {"linear", "areal"}
        A distance or an area.
    canonical_low, canonical_high : float
        In metres (distance) or square kilometres (area). [m] or [km²]
    canonical_unit : {"m", "km²"}
        The canonical unit for ``kind``.
    restatement : str or None
        The same figure restated in other units, e.g. "(150 square miles)".
    """

    text: str
    low: float
    high: float
    unit: str
    qualifier: str | None
    bound: Bound | None
    kind: Kind
    canonical_low: float
    canonical_high: float
    canonical_unit: str
    restatement: str | None = None


def parse_amount(text: str) -> Amount:
    """Read a quoted distance or area with no time basis.

    Parameters
    ----------
    text : str
        One figure, e.g. "over 725 square kilometers", "2,250 square miles",
        "389 square kilometers (150 square miles)". At most
        :data:`MAX_INPUT_CHARS` characters.

    Returns
    -------
    Amount
        Values as written and in metres or square kilometres.

    Raises
    ------
    advrate.RateParseError
        Not a single amount: no number, an unknown unit, text left over, or a
        time basis (then it is a rate; use :func:`parse_rate`).

    Examples
    --------
    >>> round(parse_amount("2,250 square miles").canonical_low, 2)
    5827.47
    """
    s, scan, stop = _scan_figure(text)
    if scan.time_unit is not None:
        raise RateParseError(text, "this is a rate (it has a time basis); use parse_rate")
    if scan.end < stop:
        raise RateParseError(
            text, f"unexpected text after the figure: {s[scan.end : stop].strip()!r}"
        )
    kind, factor = amount_factor(scan.pint_unit)
    _check_finite(text, scan.high * factor)
    return Amount(
        **_figure_fields(text, scan, kind, factor),  # type: ignore[arg-type]
        canonical_unit=CANONICAL_AMOUNT_UNITS[kind],
    )


def normalise(
    values: Iterable[float] | np.ndarray, units: Iterable[str] | str
) -> np.ndarray | pd.Series:
    """Convert many rates to the canonical unit at once.

    Rows are grouped by distinct unit string (``pandas.factorize``); each
    distinct unit is read and converted by pint once, and the values are then
    multiplied by the factors in one vectorised step, so a million rows take
    tens of milliseconds rather than the minute a per-row pint loop takes.

    Parameters
    ----------
    values : array-like of float
        Rate magnitudes in the units given. [unit of each row]
    units : array-like of str, or str
        Unit phrase of each row ("meters per day", "km/day",
        "sq mi per month", …), or one phrase for every row. All rows must be of
        one kind: all linear or all areal.

    Returns
    -------
    numpy.ndarray or pandas.Series
        Values in m/day for linear rates or km²/day for areal rates; a Series
        with the index of ``values`` when ``values`` is one (a Series of
        units is paired with it by index, never by position). NaN stays NaN.
        [m/day] or [km²/day]

    Raises
    ------
    advrate.RateParseError
        A unit phrase cannot be read; the message names it and its first row.
    advrate.DimensionError
        Linear and areal units are mixed.
    advrate.AdvrateError
        Lengths differ, or a unit is missing.

    Examples
    --------
    >>> normalise([1.5, 80], ["km/day", "meters per day"]).tolist()
    [1500.0, 80.0]
    """
    import pandas as pd

    index = None
    if isinstance(values, pd.Series):
        index = values.index
        if isinstance(units, pd.Series) and not units.index.equals(index):
            same_labels = (
                units.index.is_unique
                and index.is_unique
                and len(units.index) == len(index)
                and bool(units.index.isin(index).all())
            )
            if not same_labels:
                raise AdvrateError(
                    "values and units are Series with different indexes; align them "
                    "first (rows are paired by index, never by position)"
                )
            units = units.reindex(index)
    elif isinstance(units, pd.Series) and not isinstance(units, str):
        units = units.to_numpy(dtype=object)
    try:
        magnitudes = np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        raise AdvrateError("values must be numbers (a list, array or Series of them)") from None
    if np.isinf(magnitudes).any():
        row = int(np.flatnonzero(np.isinf(magnitudes))[0])
        raise AdvrateError(f"value at row {row} is infinite")
    if isinstance(units, str):
        unit_array = np.full(magnitudes.shape, units, dtype=object)
    else:
        try:
            unit_array = np.asarray(units, dtype=object)
        except (TypeError, ValueError):
            raise AdvrateError("units must be a unit phrase or a list of them") from None
    if magnitudes.ndim != 1 or unit_array.shape != magnitudes.shape:
        raise AdvrateError(
            f"values and units must be one-dimensional and of equal length "
            f"(got shapes {magnitudes.shape} and {unit_array.shape})"
        )
    codes, uniques = pd.factorize(unit_array, use_na_sentinel=True)
    if (codes < 0).any():
        row = int(np.flatnonzero(codes < 0)[0])
        raise AdvrateError(f"unit missing at row {row}")
    factors = np.empty(len(uniques), dtype=float)
    kinds: dict[str, str] = {}
    for i, unit_text in enumerate(uniques):
        if not isinstance(unit_text, str):
            row = int(np.flatnonzero(codes == i)[0])
            raise AdvrateError(f"unit at row {row} is {unit_text!r}, not a string")
        try:
            parsed = parse_unit(unit_text)
        except RateParseError as err:
            row = int(np.flatnonzero(codes == i)[0])
            raise RateParseError(unit_text, f"{err.reason} (first at row {row})") from err
        kinds.setdefault(parsed.kind, unit_text)
        factors[i] = parsed.factor
    if len(kinds) > 1:
        raise DimensionError(
            "linear and areal units are mixed "
            f"(e.g. {kinds['linear']!r} and {kinds['areal']!r}); convert them separately"
        )
    with np.errstate(over="ignore"):  # an overflow is refused just below, in words
        result = magnitudes * factors[codes]
    if not np.isfinite(result[np.isfinite(magnitudes)]).all():
        raise AdvrateError("a converted value is too large to represent")
    return result if index is None else pd.Series(result, index=index, name=values.name)
