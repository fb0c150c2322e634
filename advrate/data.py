"""Data: the sourced tables in ``data/``, read and checked against their schema.

Every table in ``data/`` is described in ``data/datapackage.json`` (a
Frictionless Data Package). This module reads a table with that same schema
and refuses a malformed row with a :class:`~advrate.DataError` naming the file,
the row and the column, so a typo in a CSV never becomes a silently wrong
number.

Tables
------
sources
    One row per document: producer, title, authors, date published, URL of
    the copy read, date accessed, licence, citation (Our World in Data's
    origin fields).
quoted_rates
    One row per quoted figure: the verbatim quote, the exact surface text,
    values and unit as written, qualifier, kind, and the time basis when the
    context carries it. Canonical values are computed here by
    :func:`advrate.parse_rate`, never typed in.

The data folder is packaged in the wheel, or ``data/`` in a source checkout
(see :mod:`advrate.resources`); set the environment variable
``ADVRATE_DATA_DIR`` to use another.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import math
import re
from pathlib import Path
from typing import Any

import pandas as pd

from .checks import as_path, as_text, require_frame
from .exceptions import AdvrateError, DataError, RateParseError
from .parse import parse_rate
from .resources import data_dir

__all__ = [
    "SERIES_RULES",
    "check_foreign_keys",
    "data_dir",
    "load_quoted_rates",
    "load_sources",
    "read_resource",
    "resolve_folder",
]


def resolve_folder(folder: object = None) -> Path:
    """The data folder to read: ``folder`` if given (str or path), else :func:`data_dir`.

    Raises
    ------
    advrate.DataError
        ``folder`` is neither None, text nor a path.
    """
    if folder is None:
        return data_dir()
    try:
        return as_path(folder, "folder")
    except AdvrateError:
        raise DataError(
            repr(folder)[:60], "a data folder is a path (str or pathlib.Path)"
        ) from None


@functools.cache
def _descriptor(folder: Path) -> dict[str, Any]:
    path = folder / "datapackage.json"
    try:
        with path.open(encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        raise DataError(
            str(path), "not found; set ADVRATE_DATA_DIR to the folder holding the data"
        ) from None
    except json.JSONDecodeError as err:
        raise DataError(str(path), f"not valid JSON ({err})") from None
    except OSError as err:  # a name too long, a folder that is a file, no permission
        raise DataError(str(path)[:200], f"cannot be read ({err.strerror or err})") from None


def resource_descriptor(name: str, folder: Path | None = None) -> dict[str, Any]:
    """Return the ``datapackage.json`` entry of table ``name``."""
    name = as_text(name, "name")
    folder = resolve_folder(folder)
    for resource in _descriptor(folder)["resources"]:
        if resource["name"] == name:
            return resource
    raise DataError(str(folder / "datapackage.json"), f"no resource named {name!r}")


def _convert(value: str, field: dict[str, Any]) -> Any:
    kind = field.get("type", "string")
    if kind == "integer":
        if not re.fullmatch(r"-?\d+", value):
            raise ValueError(f"{value!r} is not an integer")
        return int(value)
    if kind == "number":
        try:
            number = float(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a number") from None
        if not math.isfinite(number):
            raise ValueError(f"{value!r} is not a finite number")
        return number
    if kind == "date":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)") from None
    if kind == "boolean":
        if value not in ("true", "false"):
            raise ValueError(f"{value!r} is not true/false")
        return value == "true"
    return value


def _check(value: Any, field: dict[str, Any]) -> None:
    constraints = field.get("constraints", {})
    if "enum" in constraints and value not in constraints["enum"]:
        raise ValueError(f"{value!r} is not one of {constraints['enum']}")
    if "minimum" in constraints and value < constraints["minimum"]:
        raise ValueError(f"{value!r} is below the minimum {constraints['minimum']}")
    if "maximum" in constraints and value > constraints["maximum"]:
        raise ValueError(f"{value!r} is above the maximum {constraints['maximum']}")
    if "pattern" in constraints and not re.fullmatch(constraints["pattern"], str(value)):
        raise ValueError(f"{value!r} does not match the pattern {constraints['pattern']!r}")


def read_resource(name: str, folder: Path | None = None) -> pd.DataFrame:
    """Read one table of the data package, checking every cell against its schema.

    Parameters
    ----------
    name : str
        Resource name in ``datapackage.json`` (e.g. ``"quoted_rates"``).
    folder : pathlib.Path, optional
        Data folder; default :func:`data_dir`.

    Returns
    -------
    pandas.DataFrame
        One column per schema field, typed (integers as ``Int64``, numbers as
        float, dates as ``datetime64``); missing values as NA.

    Raises
    ------
    advrate.DataError
        Missing file, wrong header, a bad cell (type, required, enum, range,
        pattern), a repeated primary key, or a time series whose dates do
        not increase strictly or whose running total falls (see
        :data:`SERIES_RULES`); the message names file, row (1-based, header
        excluded), column and, for series, the two dates.
    """
    folder = resolve_folder(folder)
    resource = resource_descriptor(name, folder)
    path = folder / resource["path"]
    schema = resource["schema"]
    fields = schema["fields"]
    names = [f["name"] for f in fields]
    missing_values = set(schema.get("missingValues", [""]))
    try:
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            header = next(reader, None)
            if header is None:
                raise DataError(str(path), "the file is empty")
            if header != names:
                absent = [n for n in names if n not in header]
                extra = [n for n in header if n not in names]
                detail = []
                if absent:
                    detail.append(f"missing columns {absent}")
                if extra:
                    detail.append(f"unexpected columns {extra}")
                if not detail:
                    detail.append(f"columns out of order; expected {names}")
                raise DataError(str(path), "; ".join(detail), row=0)
            records = [_read_row(str(path), i, row, fields, missing_values)
                       for i, row in enumerate(reader, start=1)]  # fmt: skip
    except FileNotFoundError:
        raise DataError(str(path), "file not found") from None
    except UnicodeDecodeError as err:
        raise DataError(str(path), f"not UTF-8 text ({err.reason})") from None
    frame = pd.DataFrame.from_records(records, columns=names)
    key = schema.get("primaryKey", [])
    if key:
        dup = frame.duplicated(subset=key, keep="first")
        if dup.any():
            row = int(dup.to_numpy().nonzero()[0][0]) + 1
            raise DataError(
                str(path), f"repeats the key {frame.loc[row - 1, key].tolist()}", row=row,
                column=", ".join(key),
            )  # fmt: skip
    for field in fields:
        col = field["name"]
        if field.get("type") == "integer":
            frame[col] = frame[col].astype("Int64")
        elif field.get("type") == "number":
            frame[col] = frame[col].astype(float)
        elif field.get("type") == "date":
            frame[col] = pd.to_datetime(frame[col])
    _check_series(name, frame, str(path))
    return frame


#: Invariants of the time series, checked whenever they are read: the date
#: column must increase strictly from row to row (a moved row would otherwise
#: shift every window silently), and running totals may never fall.
SERIES_RULES: dict[str, dict[str, Any]] = {
    "ukraine_occupied_area_daily": {"date": "date", "running_totals": ()},
    "ukraine_genstaff_russian_personnel_losses_daily": {
        "date": "date",
        "running_totals": ("personnel_cumulative",),
    },
}


def _check_series(name: str, frame: pd.DataFrame, path: str) -> None:
    rules = SERIES_RULES.get(name)
    if rules is None or frame.empty:
        return
    column = rules["date"]
    dates = frame[column].to_numpy()
    backwards = (dates[1:] <= dates[:-1]).nonzero()[0]
    if backwards.size:
        i = int(backwards[0]) + 1  # 0-based index of the offending row
        raise DataError(
            path,
            f"dates must increase strictly from row to row, but {_day(dates[i])} follows "
            f"{_day(dates[i - 1])} (sort the file by {column}, with one row per date)",
            row=i + 1,
            column=column,
        )
    for total in rules["running_totals"]:
        values = frame[total].to_numpy(dtype=float, na_value=float("nan"))
        falls = (values[1:] < values[:-1]).nonzero()[0]
        if falls.size:
            i = int(falls[0]) + 1
            raise DataError(
                path,
                f"a running total cannot fall, but it goes from {values[i - 1]:,.0f} on "
                f"{_day(dates[i - 1])} to {values[i]:,.0f} on {_day(dates[i])}",
                row=i + 1,
                column=total,
            )


def _day(value: Any) -> str:
    return str(pd.Timestamp(value).date())


def _read_row(
    path: str, number: int, row: list[str], fields: list[dict[str, Any]], missing: set[str]
) -> list[Any]:
    if len(row) != len(fields):
        raise DataError(path, f"has {len(row)} cells, expected {len(fields)}", row=number)
    values = []
    for cell, field in zip(row, fields, strict=True):
        if cell in missing:
            if field.get("constraints", {}).get("required"):
                raise DataError(path, "is empty but required", row=number, column=field["name"])
            values.append(None)
            continue
        try:
            value = _convert(cell, field)
            _check(value, field)
        except ValueError as err:
            raise DataError(path, str(err), row=number, column=field["name"]) from None
        values.append(value)
    return values


def load_sources(folder: Path | None = None) -> pd.DataFrame:
    """Return the sources table.

    Returns
    -------
    pandas.DataFrame
        Columns ``source_id``, ``producer``, ``title``, ``authors``,
        ``date_published``, ``url``, ``date_accessed``, ``licence``,
        ``citation``, ``notes``.
    """
    return read_resource("sources", folder)


def check_foreign_keys(name: str, frame: pd.DataFrame, folder: Path) -> None:
    """Check that every foreign key of a loaded resource names a row of its target.

    Parameters
    ----------
    name : str
        The resource's name in ``datapackage.json`` ("quoted_rates").
    frame : pandas.DataFrame
        The resource as loaded.
    folder : pathlib.Path
        The data folder holding the package.

    Raises
    ------
    advrate.DataError
        A value that is not in the target resource, naming the file, row and column.
    advrate.AdvrateError
        An unknown resource, or a frame without the key's column.
    """
    frame = require_frame(frame, "frame")
    folder = resolve_folder(folder)
    resource = resource_descriptor(name, folder)
    for fk in resource["schema"].get("foreignKeys", []):
        target = read_resource(fk["reference"]["resource"], folder)
        (col,), (ref,) = fk["fields"], fk["reference"]["fields"]
        if col not in frame.columns:
            raise AdvrateError(f"{name} has a foreign key in column {col!r}; the frame has none")
        known = set(target[ref])
        for i, value in enumerate(frame[col], start=1):
            if value not in known:
                raise DataError(
                    str(folder / resource["path"]),
                    f"{value!r} is not a {ref} of {fk['reference']['resource']}",
                    row=i,
                    column=col,
                )


def short_citation(sources: pd.DataFrame) -> pd.Series:
    """``"Producer (date)"`` for each source, e.g. ``"CSIS (2025-06-03)"``."""
    producer = sources["producer"].str.replace(r"\s*\(.*\)$", "", regex=True)
    acronym = sources["producer"].str.extract(r"\(([A-Z]{2,})\)$")[0]
    name = acronym.fillna(producer)
    date = sources["date_published"].dt.strftime("%Y-%m-%d").fillna("n.d.")
    return name + " (" + date + ")"


def load_quoted_rates(folder: Path | None = None) -> pd.DataFrame:
    """Return every quoted rate with its canonical value and its source.

    Each row's surface text is checked to occur in its quote and is parsed
    again with :func:`advrate.parse_rate` (using the context's time basis
    where the row says so); the parsed values must equal the values stored.

    Parameters
    ----------
    folder : pathlib.Path, optional
        Data folder; default :func:`data_dir`.

    Returns
    -------
    pandas.DataFrame
        The columns of ``quoted_rates.csv`` plus:

        ``canonical_low``, ``canonical_high``, ``canonical_unit``
            Values in m/day (linear) or km²/day (areal). [m/day] or [km²/day]
        ``rate_m_per_day``
            Linear rate, NaN for areal rows; the middle of a range, whose
            ends stay in ``canonical_low``/``canonical_high``. [m/day]
        ``rate_km2_per_day``
            Areal rate, NaN for linear rows; as above. [km²/day]
        ``bound``
            What the qualifier means: approximate, lower, upper, exact.
        ``source_citation``, ``source_title``, ``source_url``
            The source, for citation under tables and charts.

    Raises
    ------
    advrate.DataError
        A malformed row, an unknown source, a surface text not in its quote,
        or a surface whose parsed value differs from the stored one.
    """
    folder = resolve_folder(folder)
    rates = read_resource("quoted_rates", folder)
    check_foreign_keys("quoted_rates", rates, folder)
    path = str(folder / resource_descriptor("quoted_rates", folder)["path"])
    parsed = []
    for i, row in enumerate(rates.itertuples(index=False), start=1):
        if row.surface not in row.quote:
            raise DataError(path, f"surface {row.surface!r} does not occur in the quote", row=i,
                            column="surface")  # fmt: skip
        try:
            per = None if pd.isna(row.time_basis_from_context) else row.time_basis_from_context
            rate = parse_rate(row.surface, per=per)
        except RateParseError as err:
            raise DataError(path, str(err), row=i, column="surface") from None
        checks = {
            "value_low": (rate.low, row.value_low),
            "value_high": (rate.high, row.value_high),
            "kind": (rate.kind, row.kind),
            "qualifier": (rate.qualifier, row.qualifier),
            "unit": (rate.unit, row.unit),
        }
        for column, (got, stored) in checks.items():
            if pd.isna(stored):
                stored = None
            if got != stored:
                raise DataError(
                    path, f"stored {stored!r} but the surface {row.surface!r} gives {got!r}",
                    row=i, column=column,
                )  # fmt: skip
        parsed.append(rate)
    rates["canonical_low"] = [r.canonical_low for r in parsed]
    rates["canonical_high"] = [r.canonical_high for r in parsed]
    rates["canonical_unit"] = [r.canonical_unit for r in parsed]
    rates["bound"] = [r.bound for r in parsed]
    middle = (rates["canonical_low"] + rates["canonical_high"]) / 2
    rates["rate_m_per_day"] = middle.where(rates["kind"] == "linear")
    rates["rate_km2_per_day"] = middle.where(rates["kind"] == "areal")
    sources = read_resource("sources", folder)
    sources = sources.assign(source_citation=short_citation(sources))
    info = sources.set_index("source_id")[["source_citation", "title", "url"]]
    info.columns = ["source_citation", "source_title", "source_url"]
    return rates.join(info, on="source_id")
