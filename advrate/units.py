"""Units: the one pint registry, the vetted unit vocabulary and its conversion factors.

advrate never hands text from an article to pint's expression parser. Unit
phrases are looked up in the allow-lists below, whose values are pint unit
names written by us; pint then does every conversion, so no conversion factor
is typed by hand anywhere in the package.

Canonical units: linear rates in metres per day (``"m/day"``), areal rates in
square kilometres per day (``"km²/day"``). Time bases follow pint's
definitions: a week is 7 days, a year 365.25 days and a month a twelfth of that
(30.4375 days). Named calendar months are handled where their length is known
(see :mod:`advrate.extract`).
"""

from __future__ import annotations

import functools
import math
import numbers
import threading
from typing import TYPE_CHECKING, Literal

import numpy as np

from .exceptions import AdvrateError, DimensionError

if TYPE_CHECKING:  # pragma: no cover
    import pint

__all__ = [
    "AREA_UNITS",
    "CANONICAL_AMOUNT_UNITS",
    "CANONICAL_UNITS",
    "LENGTH_UNITS",
    "TIME_UNITS",
    "Kind",
    "amount_factor",
    "format_value",
    "get_registry",
    "rate_factor",
]

Kind = Literal["linear", "areal"]

#: Display names of the canonical units, by kind.
CANONICAL_UNITS: dict[str, str] = {"linear": "m/day", "areal": "km²/day"}

#: The same, as pint unit expressions (our own strings, never user text).
_PINT_CANONICAL: dict[str, str] = {"linear": "meter / day", "areal": "kilometer ** 2 / day"}

# Lower-case phrase as it appears in text -> pint unit name.
LENGTH_UNITS: dict[str, str] = {
    "m": "meter",
    "meter": "meter",
    "meters": "meter",
    "metre": "meter",
    "metres": "meter",
    "km": "kilometer",
    "kms": "kilometer",
    # soldiers' slang for kilometres ("advanced 10 klicks")
    "klick": "kilometer",
    "klicks": "kilometer",
    "kilometer": "kilometer",
    "kilometers": "kilometer",
    "kilometre": "kilometer",
    "kilometres": "kilometer",
    "mi": "mile",
    "mile": "mile",
    "miles": "mile",
    # older accounts name the mile meant ("marched 25 English miles a day")
    "statute mile": "mile",
    "statute miles": "mile",
    "english mile": "mile",
    "english miles": "mile",
    "yd": "yard",
    "yds": "yard",
    "yard": "yard",
    "yards": "yard",
    "ft": "foot",
    "foot": "foot",
    "feet": "foot",
    "cm": "centimeter",
    "centimeter": "centimeter",
    "centimeters": "centimeter",
    "centimetre": "centimeter",
    "centimetres": "centimeter",
    "furlong": "furlong",
    "furlongs": "furlong",
    # pint's league: three statute miles (older texts' leagues varied by country)
    "league": "league",
    "leagues": "league",
    # the Russian verst of 500 sazhen, defined in the registry below (Russian and
    # Napoleonic-era accounts: "the army covered 30 versts a day")
    "verst": "verst",
    "versts": "verst",
}

AREA_UNITS: dict[str, str] = {
    "km²": "kilometer ** 2",
    "km2": "kilometer ** 2",
    "km^2": "kilometer ** 2",
    "sq km": "kilometer ** 2",
    "sq. km": "kilometer ** 2",
    "sq. km.": "kilometer ** 2",
    "sq kilometer": "kilometer ** 2",
    "sq kilometers": "kilometer ** 2",
    "sq kilometre": "kilometer ** 2",
    "sq kilometres": "kilometer ** 2",
    "sq. kilometer": "kilometer ** 2",
    "sq. kilometers": "kilometer ** 2",
    "sq. kilometre": "kilometer ** 2",
    "sq. kilometres": "kilometer ** 2",
    "sqkm": "kilometer ** 2",
    "sq kms": "kilometer ** 2",
    "sq. kms": "kilometer ** 2",
    "square kms": "kilometer ** 2",
    "square km": "kilometer ** 2",
    "square kilometer": "kilometer ** 2",
    "square kilometers": "kilometer ** 2",
    "square kilometre": "kilometer ** 2",
    "square kilometres": "kilometer ** 2",
    "kilometers squared": "kilometer ** 2",
    "kilometres squared": "kilometer ** 2",
    "km squared": "kilometer ** 2",
    "miles squared": "mile ** 2",
    "m²": "meter ** 2",
    "m2": "meter ** 2",
    "sq m": "meter ** 2",
    "square meter": "meter ** 2",
    "square meters": "meter ** 2",
    "square metre": "meter ** 2",
    "square metres": "meter ** 2",
    "mi²": "mile ** 2",
    "mi2": "mile ** 2",
    "sq mi": "mile ** 2",
    "sq. mi": "mile ** 2",
    "sq. mi.": "mile ** 2",
    "sq miles": "mile ** 2",
    "sq mile": "mile ** 2",
    "sq. mile": "mile ** 2",
    "sq. miles": "mile ** 2",
    "square mile": "mile ** 2",
    "square miles": "mile ** 2",
    "square mi": "mile ** 2",
    "ha": "hectare",
    "hectare": "hectare",
    "hectares": "hectare",
    "acre": "acre",
    "acres": "acre",
}

TIME_UNITS: dict[str, str] = {
    "second": "second",
    "seconds": "second",
    "sec": "second",
    "s": "second",
    "minute": "minute",
    "minutes": "minute",
    "min": "minute",
    "hour": "hour",
    "hours": "hour",
    "hr": "hour",
    "hrs": "hour",
    "h": "hour",
    "day": "day",
    "days": "day",
    "d": "day",
    "week": "week",
    "weeks": "week",
    "wk": "week",
    "wks": "week",
    "fortnight": "fortnight",
    "fortnights": "fortnight",
    "month": "month",
    "months": "month",
    "mo": "month",
    "mos": "month",
    "mth": "month",
    "mths": "month",
    "year": "year",
    "years": "year",
    "yr": "year",
    "yrs": "year",
}

#: Symbols that count as a time unit only after "/" or "per" ("5 km/h"), never
#: after "a" or "every" (so "50 m a d" is not read).
SHORT_TIME_SYMBOLS = frozenset(
    {"s", "sec", "min", "h", "hr", "hrs", "d", "wk", "wks", "mo", "mos", "yr", "yrs"}
)


_REGISTRY: pint.UnitRegistry | None = None
_REGISTRY_LOCK = threading.Lock()


def get_registry() -> pint.UnitRegistry:
    """Return advrate's shared pint registry, created once per process.

    Quantities from different registries cannot be combined, so the registry
    is created under a lock: threads that ask at the same time all get the
    one instance.

    The registry keeps pint's on-disk cache (``~/.cache/pint``), which cuts its
    start-up from about 130 ms to about 20 ms after the first run; where that
    folder cannot be written, pint runs without it.

    Returns
    -------
    pint.UnitRegistry
        The registry every advrate quantity belongs to.
    """
    global _REGISTRY
    registry = _REGISTRY
    if registry is not None:
        return registry
    with _REGISTRY_LOCK:
        if _REGISTRY is None:
            import pint

            try:
                registry = pint.UnitRegistry(cache_folder=":auto:")
            except OSError:  # pragma: no cover - read-only home directory
                registry = pint.UnitRegistry()
            # Not in pint's defaults: the verst as fixed in 1835, 500 sazhen of
            # 7 English feet each
            registry.define("verst = 3500 * foot")
            _REGISTRY = registry
        return _REGISTRY


_LENGTH_NAMES = frozenset(LENGTH_UNITS.values())
_AREA_NAMES = frozenset(AREA_UNITS.values())


def kind_of(pint_unit: str) -> Kind:
    """Return ``"linear"`` or ``"areal"`` for a vetted pint length or area unit name."""
    if not isinstance(pint_unit, str):
        raise DimensionError(f"{pint_unit!r:.60} is neither a length nor an area unit")
    if pint_unit in _LENGTH_NAMES:
        return "linear"
    if pint_unit in _AREA_NAMES:
        return "areal"
    raise DimensionError(f"{pint_unit!r} is neither a length nor an area unit")


def rate_factor(pint_unit: str, time_unit: str, per_count: float = 1.0) -> tuple[Kind, float]:
    """Conversion factor from ``pint_unit`` per ``per_count`` ``time_unit`` to canonical.

    Parameters
    ----------
    pint_unit : str
        A vetted pint length or area unit name (a value of
        :data:`LENGTH_UNITS` or :data:`AREA_UNITS`).
    time_unit : str
        A vetted pint time unit name (a value of :data:`TIME_UNITS`).
    per_count : float, default 1
        Number of time units in the basis ("every 5 days" gives 5). [-]

    Returns
    -------
    kind : {"linear", "areal"}
        The kind of rate.
    factor : float
        Multiply a value in the given unit by this to get m/day (linear) or
        km²/day (areal). [canonical unit per given unit]
    """
    if not isinstance(time_unit, str) or time_unit not in TIME_UNITS.values():
        raise DimensionError(f"{time_unit!r:.60} is not a time unit")
    if isinstance(per_count, bool) or not isinstance(per_count, numbers.Real):
        raise AdvrateError(f"per_count must be a number, not {per_count!r:.60}")
    if not 0 < float(per_count) < math.inf:
        raise AdvrateError(f"per_count must be a positive number, not {per_count!r:.60}")
    return _rate_factor(kind_of(pint_unit), pint_unit, time_unit, float(per_count))


@functools.lru_cache(maxsize=512)
def _rate_factor(
    kind: Kind, pint_unit: str, time_unit: str, per_count: float
) -> tuple[Kind, float]:
    ureg = get_registry()
    quantity = ureg.Quantity(1.0, pint_unit) / ureg.Quantity(per_count, time_unit)
    return kind, float(quantity.to(_PINT_CANONICAL[kind]).magnitude)


#: Canonical units of amounts (no time basis), by kind.
CANONICAL_AMOUNT_UNITS: dict[str, str] = {"linear": "m", "areal": "km²"}
_PINT_AMOUNT = {"linear": "meter", "areal": "kilometer ** 2"}


def amount_factor(pint_unit: str) -> tuple[Kind, float]:
    """Factor from a vetted length or area unit to metres or square kilometres.

    Parameters
    ----------
    pint_unit : str
        A value of :data:`LENGTH_UNITS` or :data:`AREA_UNITS`.

    Returns
    -------
    kind : {"linear", "areal"}
        Length or area.
    factor : float
        Multiply by this to get metres (length) or km² (area). [m or km² per unit]
    """
    return _amount_factor(kind_of(pint_unit), pint_unit)


@functools.lru_cache(maxsize=128)
def _amount_factor(kind: Kind, pint_unit: str) -> tuple[Kind, float]:
    return kind, float(get_registry().Quantity(1.0, pint_unit).m_as(_PINT_AMOUNT[kind]))


def format_value(value: float) -> str:
    """A value for people: thousands separated, never in exponent notation.

    Six significant digits, or as many as the integer part needs, so
    1,234,567 m/day prints whole rather than as 1.23457e+06.

    Examples
    --------
    >>> format_value(1234567.0), format_value(1580.0), format_value(0.1428571428)
    ('1,234,567', '1,580', '0.142857')
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise AdvrateError(f"format_value takes a number, not {value!r:.60}")
    value = float(value)
    if value == 0 or not math.isfinite(value):
        return f"{value:g}"
    digits = max(6, math.floor(math.log10(abs(value))) + 1)
    text = f"{value:,.{digits}g}"
    if "e" in text:  # below 1e-5 the g format switches to an exponent
        text = np.format_float_positional(value, precision=6, fractional=False, trim="-")
    return text
