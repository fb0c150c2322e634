"""advrate: compare military rates of advance across history.

Quoted figures ("1,580 meters per day", "approximately nine square kilometers
per day") are normalised with pint to metres per day or square kilometres per
day, lined up in pandas tables with their sources, and charted with
matplotlib.

The parsing API (:func:`parse_rate`, :func:`normalise`) loads only pint and
numpy; the data, table and chart functions load pandas and matplotlib the
first time they are used, so the command line starts quickly.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .exceptions import AdvrateError, DataError, DimensionError, RateParseError, UnknownUnitError
from .parse import Amount, Rate, normalise, parse_amount, parse_rate, parse_unit
from .units import CANONICAL_UNITS, get_registry

__version__ = "0.1.0"

# Public names provided by modules that import pandas or matplotlib; loaded on
# first use (PEP 562) so that ``import advrate`` stays light.
_LAZY = {
    "load_sources": "advrate.data",
    "load_quoted_rates": "advrate.data",
    "comparison_table": "advrate.compare",
    "extract_rates": "advrate.extract",
    "extract_many": "advrate.extract",
}

if TYPE_CHECKING:  # pragma: no cover
    from .compare import comparison_table
    from .data import load_quoted_rates, load_sources
    from .extract import extract_many, extract_rates

__all__ = [
    "CANONICAL_UNITS",
    "AdvrateError",
    "Amount",
    "DataError",
    "DimensionError",
    "Rate",
    "RateParseError",
    "UnknownUnitError",
    "__version__",
    "comparison_table",
    "extract_many",
    "extract_rates",
    "get_registry",
    "load_quoted_rates",
    "load_sources",
    "normalise",
    "parse_amount",
    "parse_rate",
    "parse_unit",
]


# Submodules reachable as attributes (``advrate.history.percentile_of``) without
# importing them, and their pandas/matplotlib, up front.
_SUBMODULES = {
    "checks", "compare", "data", "evaluation", "extract", "files", "front", "history", "maps",
    "periods", "plot", "report",
    "resources", "territory",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"advrate.{name}")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'advrate' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(__all__)
