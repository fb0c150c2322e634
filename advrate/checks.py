"""Checks on arguments: numbers, dates, text and tables, refused in advrate's own words.

Every public function passes its arguments through these before using them,
so a wrong type or value ends in an :class:`~advrate.AdvrateError` naming the
argument, never in a ``TypeError`` from pandas or an ``OverflowError`` from
:mod:`datetime` half-way through the work. numpy scalars are accepted
wherever Python numbers are.

Dates are accepted only in unambiguous forms: ISO text (``"2024-12-31"``,
``"2024-12"``, ``"2024"``), :class:`datetime.date` and
:class:`datetime.datetime`, :class:`pandas.Timestamp` and
:class:`numpy.datetime64`. "01/12/2024" is refused: it is 1 December in Kyiv
and 12 January in Washington.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import numbers
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .exceptions import AdvrateError

__all__ = [
    "DATE_FORMS",
    "as_date",
    "as_flag",
    "as_number",
    "as_numbers",
    "as_option",
    "as_path",
    "as_text",
    "as_texts",
    "require_frame",
]

#: The date forms every function accepts, for error messages.
DATE_FORMS = (
    "'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' text, datetime.date, datetime.datetime, "
    "pandas.Timestamp or numpy.datetime64"
)

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")
_ISO_YEAR = re.compile(r"\d{4}")


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def as_number(
    value: object,
    name: str,
    *,
    positive: bool = False,
    minimum: float | None = None,
    maximum: float | None = None,
) -> float:
    """Return ``value`` as a finite float, or refuse it.

    Parameters
    ----------
    value : object
        A Python or numpy real number (``bool`` is refused).
    name : str
        The argument's name, for the message.
    positive : bool, default False
        Also refuse zero and negative values.
    minimum, maximum : float, optional
        Inclusive bounds.

    Returns
    -------
    float
        The value. [unit of the argument]

    Raises
    ------
    advrate.AdvrateError
        Not a real number, not finite, or out of bounds.
    """
    if isinstance(value, bool | np.bool_) or not isinstance(value, numbers.Real):
        raise AdvrateError(f"{name} must be a number, not {_shown(value)}")
    number = float(value)
    if not math.isfinite(number):
        raise AdvrateError(f"{name} must be a finite number, not {_shown(value)}")
    if positive and number <= 0:
        raise AdvrateError(f"{name} must be a positive number, not {_shown(value)}")
    if minimum is not None and number < minimum:
        raise AdvrateError(f"{name} must be at least {minimum:g}, not {_shown(value)}")
    if maximum is not None and number > maximum:
        raise AdvrateError(f"{name} must be at most {maximum:g}, not {_shown(value)}")
    return number


def as_numbers(value: object, name: str, *, positive: bool = False) -> np.ndarray:
    """Return a number or an array-like of numbers as a float array, or refuse it.

    Parameters
    ----------
    value : object
        A real number, or a list, tuple, numpy array or pandas Series of them.
    name : str
        The argument's name, for the message.
    positive : bool, default False
        Also refuse zero and negative values.

    Returns
    -------
    numpy.ndarray
        Finite floats (zero-dimensional for a scalar). [unit of the argument]
    """
    if isinstance(value, numbers.Real) and not isinstance(value, bool | np.bool_):
        return np.asarray(as_number(value, name, positive=positive))
    try:
        array = np.asarray(value)
    except (ValueError, TypeError):  # ragged nesting
        raise AdvrateError(f"{name} must be numbers, not {_shown(value)}") from None
    if array.dtype.kind not in "iuf" or array.size == 0:
        raise AdvrateError(f"{name} must be numbers, not {_shown(value)}")
    array = array.astype(float)
    if not np.isfinite(array).all():
        raise AdvrateError(f"{name} must be finite numbers")
    if positive and (array <= 0).any():
        raise AdvrateError(f"{name} must be positive numbers")
    return array


def as_flag(value: object, name: str) -> bool:
    """Return ``value`` as a bool; only ``True``, ``False`` and numpy booleans are accepted."""
    if isinstance(value, bool | np.bool_):
        return bool(value)
    raise AdvrateError(f"{name} must be True or False, not {_shown(value)}")


def as_text(value: object, name: str, *, max_chars: int | None = None) -> str:
    """Return ``value`` if it is a string (of at most ``max_chars``), else refuse it."""
    if not isinstance(value, str):
        raise AdvrateError(f"{name} must be text, not {_shown(value)}")
    if max_chars is not None and len(value) > max_chars:
        raise AdvrateError(f"{name} is {len(value):,} characters; at most {max_chars:,} allowed")
    return value


def as_texts(value: object, name: str) -> list[str]:
    """Return one string or a sequence of strings as a list of strings."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Sequence | np.ndarray) and not isinstance(value, bytes):
        items = list(value)
        if all(isinstance(item, str) for item in items):
            return items
    raise AdvrateError(f"{name} must be text or a list of texts, not {_shown(value)}")


def as_option(value: object, name: str, choices: Sequence[str]) -> str:
    """Return ``value`` if it is one of ``choices``; the message lists them."""
    if isinstance(value, str) and value in choices:
        return value
    raise AdvrateError(f"{name} must be one of {list(choices)}, not {_shown(value)}")


def as_path(value: object, name: str) -> Path:
    """Return text or a path-like object as a :class:`pathlib.Path`, or refuse it."""
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
    if not isinstance(value, str) or not value.strip() or "\x00" in value:
        raise AdvrateError(f"{name} must be a file or folder path, not {_shown(value)}")
    path = Path(value)
    # longer names than file systems take would fail later with an OSError
    if any(len(part.encode("utf-8", "surrogatepass")) > 255 for part in path.parts):
        raise AdvrateError(
            f"{name} has a file or folder name longer than 255 bytes: {_shown(value)}"
        )
    return path


def require_frame(value: object, name: str, columns: Sequence[str] = ()) -> Any:
    """Return ``value`` if it is a DataFrame holding ``columns``, else refuse it."""
    import pandas as pd

    if not isinstance(value, pd.DataFrame):
        raise AdvrateError(f"{name} must be a pandas DataFrame, not {_shown(value)}")
    missing = [c for c in columns if c not in value.columns]
    if missing:
        raise AdvrateError(f"{name} lacks the column(s) {missing}")
    return value


def as_date(value: object, name: str = "date", *, end: bool = False) -> dt.date:
    """Read a date given in an unambiguous form.

    Parameters
    ----------
    value : object
        One of :data:`DATE_FORMS`.
    name : str, default "date"
        The argument's name, for the message.
    end : bool, default False
        For a month or a year ("2024-12", "2024"): its last day instead of
        its first.

    Returns
    -------
    datetime.date
        The day.

    Raises
    ------
    advrate.AdvrateError
        Any other form, a missing value (None, NaT) or an impossible date;
        the message lists the accepted forms.

    Examples
    --------
    >>> as_date("2024-02", end=True)
    datetime.date(2024, 2, 29)
    """
    refused = f"cannot read {name}={_shown(value)} as a date; use {DATE_FORMS}"
    if isinstance(value, np.datetime64):
        if np.isnat(value):
            raise AdvrateError(refused)
        import pandas as pd

        try:
            value = pd.Timestamp(value)
        except (ValueError, OverflowError):
            raise AdvrateError(refused) from None
    if isinstance(value, dt.datetime):  # includes pandas.Timestamp, and NaT
        if value != value:  # NaT, the one datetime unequal to itself
            raise AdvrateError(refused)
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise AdvrateError(refused)
    text = value.strip()
    try:
        if m := _ISO_DAY.fullmatch(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _ISO_MONTH.fullmatch(text):
            year, month = int(m[1]), int(m[2])
            day = calendar.monthrange(year, month)[1] if end else 1
            return dt.date(year, month, day)
    except (ValueError, calendar.IllegalMonthError):
        raise AdvrateError(f"{name}={_shown(value)} is not a real date") from None
    if _ISO_YEAR.fullmatch(text):
        year = int(text)
        if year < 1:
            raise AdvrateError(f"{name}={_shown(value)} is not a real year")
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    raise AdvrateError(refused)
