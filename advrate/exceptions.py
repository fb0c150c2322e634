"""Exceptions raised by advrate.

Every error the package raises on bad input is an :class:`AdvrateError`, which
is also a :class:`ValueError`, so callers can catch either.
"""

from __future__ import annotations

__all__ = [
    "AdvrateError",
    "DataError",
    "DimensionError",
    "RateParseError",
    "UnknownUnitError",
]


class AdvrateError(ValueError):
    """Base class of every error advrate raises on bad input."""


class RateParseError(AdvrateError):
    """A text could not be read as a rate of advance.

    Parameters
    ----------
    text : str
        The input as given (shortened in the message when long).
    reason : str
        Why it could not be read, in words a user can act on.
    """

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        shown = text if len(text) <= 80 else text[:77] + "..."
        super().__init__(f"cannot read {shown!r} as a rate: {reason}")


class UnknownUnitError(RateParseError):
    """A unit phrase is not in advrate's list of vetted units."""

    def __init__(self, text: str, unit: str, suggestions: list[str]) -> None:
        self.unit = unit
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(text, f"unknown unit {unit!r}{hint}")


class DimensionError(AdvrateError):
    """A value has the wrong dimension for the operation (e.g. m/day where km²/day is needed)."""


class DataError(AdvrateError):
    """A data file or table is malformed.

    Parameters
    ----------
    path : str
        The file (or table name) with the problem.
    message : str
        What is wrong.
    row : int, optional
        1-based data row number (header excluded), if the problem is in one row.
    column : str, optional
        The column name, if the problem is in one column.
    """

    def __init__(
        self, path: str, message: str, *, row: int | None = None, column: str | None = None
    ) -> None:
        self.path = path
        self.row = row
        self.column = column
        where = path
        if row is not None:
            where += f", row {row}"
        if column is not None:
            where += f", column {column!r}"
        super().__init__(f"{where}: {message}")
