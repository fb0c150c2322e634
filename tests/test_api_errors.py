"""Only advrate errors escape the public API, whatever is passed.

For every public function, each argument in turn is replaced by generated
values of every type (None, booleans, numpy scalars, NaN and infinities,
dates, NaT, text, bytes, lists, dicts, frames, arbitrary objects) while the
others keep valid values. A call may succeed or raise an
:class:`advrate.AdvrateError`; anything else (a ``TypeError`` from pandas, a
``KeyError``, an ``OverflowError``) fails the test.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import inspect
import os
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import advrate
from advrate import (
    compare,
    data,
    extract,
    files,
    front,
    history,
    maps,
    periods,
    plot,
    report,
    resources,
    territory,
    units,
    update,
)

# Values of every type a careless or hostile caller might pass.
ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.binary(max_size=8),
    st.lists(st.one_of(st.integers(), st.text(max_size=5), st.none()), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.dates(),
    st.datetimes(),
    st.tuples(st.text(max_size=8), st.integers()),
    st.sampled_from(
        [
            np.float64(9.0),
            np.int64(3),
            np.float32(np.inf),
            np.float64(np.nan),
            np.bool_(True),
            np.int8(-1),
            np.datetime64("NaT"),
            np.datetime64("2024-12-01"),
            pd.NaT,
            pd.Timestamp("2024-12-01"),
            pd.DataFrame(),
            pd.DataFrame({"x": [1]}),
            pd.Series([1.0, np.nan]),
            pd.Series(["a"]),
            np.array([[1.0]]),
            np.array([]),
            object(),
            Path("."),
            Path("no/such/folder"),
            "2024-12",
            "2024-12-01",
            "01/12/2024",
            "Dec 24 ",
            "day",
            "km/day",
            "Somme",
            "linear",
            "\x00",
            "1e999",
            "9" * 400,
            "\u212a",
            1e308,
            -1e-308,
            10**400 // 10**370,
        ]
    ),
)


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return compare.comparison_table()


@pytest.fixture(scope="module")
def series() -> pd.DataFrame:
    return territory.occupied_area()


@pytest.fixture(scope="module")
def battles() -> pd.DataFrame:
    return history.battles()


class Ctx:
    """A placeholder for an argument built at test time (data, a figure, a temp path)."""

    def __init__(self, name: str, detail: object = None) -> None:
        self.name, self.detail = name, detail


#: Every public function, with arguments it accepts.
SPEC: dict[str, tuple[Callable[..., Any], dict[str, Any]]] = {
    "parse_rate": (advrate.parse_rate, {"text": "50 m per day", "per": None}),
    "parse_amount": (advrate.parse_amount, {"text": "50 km"}),
    "parse_unit": (advrate.parse_unit, {"text": "km/day"}),
    "Rate.to": (advrate.parse_rate("50 m per day").to, {"unit": "km/week"}),
    "normalise": (advrate.normalise, {"values": [1.0, 2.0], "units": "km/day"}),
    "rate_factor": (
        units.rate_factor,
        {"pint_unit": "meter", "time_unit": "day", "per_count": 1.0},
    ),
    "amount_factor": (units.amount_factor, {"pint_unit": "meter"}),
    "format_value": (units.format_value, {"value": 1580.0}),
    "extract_rates": (advrate.extract_rates, {"text": "They advanced 5 km per day."}),
    "html_to_text": (extract.html_to_text, {"markup": "<p>x</p>"}),
    "extract_files": (
        extract.extract_files,
        {"files": [], "fmt": "csv", "out": Ctx("tmp", "x.csv"), "progress": False},
    ),
    "load_sources": (advrate.load_sources, {"folder": None}),
    "load_quoted_rates": (advrate.load_quoted_rates, {"folder": None}),
    "read_resource": (data.read_resource, {"name": "sources", "folder": None}),
    "read_as_many": (
        periods.read_as_many,
        {"text": "in as many days", "pos": 0, "limit": 15, "count": 10.0},
    ),
    "check_foreign_keys": (
        data.check_foreign_keys,
        {"name": "quoted_rates", "frame": Ctx("quoted"), "folder": data.data_dir()},
    ),
    "comparison_table": (
        compare.comparison_table,
        {
            "rates": Ctx("quoted"),
            "reference": "Somme",
            "distance": 10.0,
            "subjects": None,
            "kind": "linear",
        },
    ),
    "format_table": (compare.format_table, {"table": Ctx("table")}),
    "export_table": (
        compare.export_table,
        {"table": Ctx("table"), "path_stem": Ctx("tmp", "t"), "formats": ("csv",)},
    ),
    "battles": (history.battles, {"folder": None}),
    "campaign_rate": (
        history.campaign_rate,
        {"table": Ctx("battles"), "isqnos": [304], "positive_only": True},
    ),
    "reproduce_csis": (history.reproduce_csis, {"table": Ctx("battles"), "quoted": Ctx("quoted")}),
    "percentile_of": (
        history.percentile_of,
        {
            "rate_m_per_day": 50.0,
            "table": Ctx("battles"),
            "era": None,
            "posture": None,
            "outcome": None,
            "include_duplicates": False,
            "population": "advanced",
        },
    ),
    "summary_by": (
        history.summary_by,
        {"column": "era", "table": Ctx("battles"), "include_duplicates": False},
    ),
    "to_areal": (history.to_areal, {"rate_m_per_day": 50.0, "frontage_km": 20.0}),
    "to_linear": (history.to_linear, {"area_km2_per_day": 9.0, "frontage_km": 20.0}),
    "occupied_area": (territory.occupied_area, {"folder": None}),
    "period_bounds": (territory.period_bounds, {"period": "2024-12"}),
    "gain_rate": (
        territory.gain_rate,
        {
            "start": "2024-12-01",
            "end": "2024-12-31",
            "series": Ctx("series"),
            "max_gap_days": 3,
            "allow_flagged": False,
        },
    ),
    "monthly_gains": (territory.monthly_gains, {"series": Ctx("series", 70)}),
    "redraw_noise_km2": (
        territory.redraw_noise_km2,
        {"series": Ctx("series"), "since": "2023-01-01"},
    ),
    "weekly_gains": (territory.weekly_gains, {"series": Ctx("series", 30)}),
    "load_quoted_amounts": (territory.load_quoted_amounts, {"folder": None}),
    "estimates": (
        territory.estimates,
        {"period": "2024-12", "min_coverage": 0.75, "series": Ctx("series")},
    ),
    "check_claim": (
        territory.check_claim,
        {"claim": 9.0, "start": None, "end": None, "period": "2024-12", "series": Ctx("series")},
    ),
    "claimed_losses": (
        territory.claimed_losses,
        {"start": "2024-01-01", "end": "2024-12-31", "folder": None},
    ),
    "cost_of_advance": (
        territory.cost_of_advance,
        {"freq": "year", "series": Ctx("series"), "folder": None},
    ),
    "time_to_objective": (
        territory.time_to_objective,
        {
            "area_km2": None,
            "km2_per_day": None,
            "distance_km": 10.0,
            "m_per_day": 50.0,
            "start": None,
        },
    ),
    "rate_bar_chart": (
        plot.rate_bar_chart,
        {"table": Ctx("table"), "log": False, "title": "T", "subtitle": None, "method": None},
    ),
    "days_to_advance_chart": (
        plot.days_to_advance_chart,
        {"table": Ctx("table"), "title": None, "subtitle": None},
    ),
    "rate_distribution_chart": (
        plot.rate_distribution_chart,
        {
            "rates_m_per_day": Ctx("battle_rates"),
            "marks": {"Kharkiv": 50},
            "title": "T",
            "subtitle": None,
            "source": "S",
        },
    ),
    "monthly_gain_chart": (
        plot.monthly_gain_chart,
        {"monthly": Ctx("monthly"), "quoted": None, "claims": None, "title": "T", "subtitle": None},
    ),
    "cost_chart": (
        plot.cost_chart,
        {"costs": Ctx("costs"), "title": "T", "subtitle": None, "noise_km2": 30.0},
    ),
    "attacker_group": (plot.attacker_group, {"side": "Russia", "war": "Russo-Ukrainian War"}),
    "monthly_rate_chart": (
        plot.monthly_rate_chart,
        {"monthly": Ctx("monthly"), "title": "T", "subtitle": None},
    ),
    "cumulative_gain_chart": (
        plot.cumulative_gain_chart,
        {
            "series": Ctx("series"),
            "since": "2024-01-01",
            "ukraine_km2": 603550.0,
            "title": "T",
            "subtitle": None,
        },
    ),
    "losses_and_gain_chart": (
        plot.losses_and_gain_chart,
        {"costs": Ctx("costs"), "title": "T", "subtitle": None},
    ),
    "save_figure": (
        plot.save_figure,
        {
            "fig": Ctx("fig"),
            "path_stem": Ctx("tmp", "f"),
            "formats": ("svg",),
            "dpi": 50,
            "width": "column",
        },
    ),
    "estimator_spread_chart": (
        plot.estimator_spread_chart,
        {"estimates": Ctx("spread"), "title": "T", "subtitle": None},
    ),
    "estimates_by_month": (territory.estimates_by_month, {"series": Ctx("series")}),
    "reader_table": (compare.reader_table, {"table": Ctx("table"), "caption": "C"}),
    "table_for_readers": (
        compare.table_for_readers,
        {
            "frame": Ctx("table"),
            "caption": "C",
            "headers": {"subject": "S"},
            "formats": {"rank": "{:d}"},
            "index": False,
            "sources": ("A",),
        },
    ),
    "with_campaign_length": (
        compare.with_campaign_length,
        {"table": Ctx("table"), "days": {"Galicia": 19}, "basis": "B"},
    ),
    "campaign_length_note": (compare.campaign_length_note, {"table": Ctx("table")}),
    "csis_campaign_days": (history.csis_campaign_days, {"table": Ctx("battles")}),
    "fitted_to_width": (plot.fitted_to_width, {"fig": Ctx("fig"), "width": "column"}),
    "legend_covers_data": (plot.legend_covers_data, {"ax": Ctx("ax")}),
    "rate_length_chart": (
        plot.rate_length_chart,
        {
            "battles": Ctx("battles"),
            "offensives": Ctx("offensives"),
            "title": "T",
            "subtitle": None,
            "source": "S",
        },
    ),
    "check_report_target": (
        report.check_report_target,
        {"out": Ctx("tmp", "r"), "notebooks": None},
    ),
    "check_output_file": (files.check_output_file, {"out": Ctx("tmp", "o.csv"), "inputs": ()}),
    "checked_stem": (files.checked_stem, {"path_stem": Ctx("tmp", "s")}),
    "classify": (maps.classify, {"name": "Окуповано", "fill": "#a52714"}),
    "map_file": (maps.map_file, {"path": "deepstatemap_data_20250902.geojson"}),
    "archive_files": (maps.archive_files, {"folder": Ctx("maps")}),
    "maps.occupied_area": (maps.occupied_area, {"path": Ctx("map")}),
    "occupied_geometry": (maps.occupied_geometry, {"path": Ctx("map")}),
    "map_statistics": (maps.map_statistics, {"found": Ctx("mapfile"), "boundary": None}),
    "read_boundary": (maps.read_boundary, {"path": Ctx("map")}),
    "vintage": (update.vintage, {"kind": "maps"}),
    "read_json_mapping": (resources.read_json_mapping, {"path": Ctx("map")}),
    "updated_file": (update.updated_file, {"relative": "ukraine/x.csv"}),
    "derive_series": (
        maps.derive_series,
        {"archives": [Ctx("maps")], "boundary": None, "progress": False},
    ),
    "series_maps": (maps.series_maps, {"archives": [Ctx("maps")]}),
    "extract_many": (
        extract.extract_many,
        {"texts": ["Russia took 450 km² in March 2025."], "published": None, "progress": False},
    ),
    "extract_partition": (
        extract.extract_partition,
        {"frame": Ctx("texts"), "text_column": "text", "published_column": None},
    ),
    "extract_bag": (extract.extract_bag, {"bag": Ctx("bag"), "published": None}),
    "read_period": (
        periods.read_period,
        {"text": "in three weeks", "pos": 0, "limit": None, "published": None},
    ),
    "circle": (front.circle, {"lon": 37.5, "lat": 48.5, "radius_km": 20.0}),
    "furthest_advance": (
        front.furthest_advance,
        {
            "before": Ctx("occupied"),
            "after": Ctx("occupied_more"),
            "region": Ctx("region"),
            "attacker": "Russia",
            "spacing_km": 1.0,
        },
    ),
    "axis_position": (
        front.axis_position,
        {"occupied": Ctx("occupied"), "axis": [(37.5, 48.5), (38.5, 48.5)], "attacker": "Russia"},
    ),
    "load_axes": (front.load_axes, {"folder": None}),
    "whole_front_region": (front.whole_front_region, {"folder": None}),
    "axis_line": (front.axis_line, {"axis": "pokrovsk", "axes": None}),
    "axis_length": (front.axis_length, {"axis": "pokrovsk", "axes": None}),
    "axis_region": (front.axis_region, {"axis": "pokrovsk", "axes": None}),
    "axis_positions": (front.axis_positions, {"folder": None}),
    "campaign_advance": (front.campaign_advance, {"axis": "kupiansk", "folder": None}),
    "front_monthly": (front.front_monthly, {"folder": None}),
    "axis_rate": (
        front.axis_rate,
        {
            "axis": "pokrovsk",
            "start": "2024-02-17",
            "end": "2024-06-30",
            "measure": "position",
            "allow_flagged": False,
            "folder": None,
        },
    ),
    "monthly_rates": (front.monthly_rates, {"folder": None}),
    "reproduce_csis_modern": (front.reproduce_csis_modern, {"folder": None}),
    "check_front_folder": (front.check_front_folder, {"folder": Ctx("tmp", ".")}),
    "write_front": (
        front.write_front,
        {"tables": Ctx("front_tables"), "targets": Ctx("front_targets")},
    ),
    "derive_front": (
        front.derive_front,
        {"archives": [Ctx("maps")], "axes": None, "spacing_km": 1.0, "progress": False},
    ),
    "front_position_chart": (
        plot.front_position_chart,
        {
            "positions": Ctx("positions"),
            "axes": Ctx("axes"),
            "start": "2025-06-01",
            "title": "T",
            "subtitle": None,
        },
    ),
    "csis_reproduction_chart": (
        plot.csis_reproduction_chart,
        {"table": Ctx("csis"), "title": "T", "subtitle": None},
    ),
    "front_rates_chart": (
        plot.front_rates_chart,
        {
            "monthly": Ctx("front_rates"),
            "columns": ["pokrovsk"],
            "benchmarks": {"Somme": 80.0},
            "title": "T",
            "subtitle": None,
        },
    ),
}


def _resolve(kwargs: dict[str, Any], context: dict[str, Any], tmp: Path) -> dict[str, Any]:
    resolved = {}
    for key, value in kwargs.items():
        if isinstance(value, list):
            value = [_synthetic_map(tmp, "maps") if isinstance(v, Ctx) else v for v in value]
        if isinstance(value, Ctx):
            if value.name == "tmp":
                value = tmp / str(value.detail)
            elif value.name in ("map", "maps", "mapfile"):
                value = _synthetic_map(tmp, value.name)
            elif value.name == "series" and value.detail:
                value = context["series"].tail(value.detail)
            else:
                value = context[value.name]
        resolved[key] = value
    return resolved


def _synthetic_map(tmp: Path, kind: str) -> object:
    """A one-square daily map file in ``tmp/maps/data`` (the file, its folder or its MapFile)."""
    import json

    folder = tmp / "maps" / "data"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "deepstatemap_data_20250902.geojson"
    box = [[[37, 48], [38, 48], [38, 49], [37, 49], [37, 48]]]
    geometry = {"type": "Polygon", "coordinates": box}
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": geometry}]}))  # fmt: skip
    return {"map": path, "maps": tmp / "maps", "mapfile": maps.map_file(path)}[kind]


@pytest.fixture(scope="module")
def context(table, series, battles, tmp_path_factory) -> dict[str, Any]:
    tmp_front = tmp_path_factory.mktemp("front")
    return {
        "table": table,
        "series": series,
        "battles": battles,
        "battle_rates": battles["rate_m_per_day"],
        "quoted": advrate.load_quoted_rates(),
        "monthly": territory.monthly_gains(series).tail(3),
        "costs": territory.cost_of_advance("year", series=series),
        "fig": plt.figure(),
        "ax": plt.figure().add_subplot(),
        "spread": territory.estimates_by_month(series),
        "offensives": pd.DataFrame(
            {"label": ["Pokrovsk"], "attacker": ["Russia"], "days": [709], "m_per_day": [69.8]}
        ),
        "occupied": shapely.box(37.0, 48.0, 38.0, 49.0),
        "occupied_more": shapely.box(37.0, 48.0, 38.1, 49.0),
        "region": front.circle(38.0, 48.5, 30),
        "positions": front.axis_positions()[["pokrovsk", "kupiansk"]],
        "axes": front.load_axes(),
        "csis": front.reproduce_csis_modern(),
        "front_rates": front.monthly_rates().tail(12),
        "texts": pd.DataFrame({"text": ["Russia took 450 km² in March 2025.", "none"]}),
        "bag": __import__("dask.bag").bag.from_sequence(["They advanced 3 km a day."]),
        "front_tables": {
            "positions": pd.DataFrame(
                {"date": ["2024-01-01"], "axis_id": ["x"], "position_km": [1.0]}
            )
        },
        "front_targets": {"positions": tmp_front / "front_positions_daily.csv"},
    }


@contextlib.contextmanager
def _inside(folder: Path):
    """Run in ``folder`` so that any relative path a call writes lands there."""
    previous = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(previous)


_FAST = {
    "rate_bar_chart",
    "days_to_advance_chart",
    "rate_distribution_chart",
    "monthly_gain_chart",
    "cost_chart",
    "save_figure",
    "reproduce_csis",
    "cost_of_advance",
    "monthly_gains",
    "weekly_gains",
    "estimates",
    "check_claim",
    "comparison_table",
    "furthest_advance",
    "derive_front",
    "reproduce_csis_modern",
    "front_position_chart",
    "csis_reproduction_chart",
    "front_rates_chart",
    "monthly_rate_chart",
    "cumulative_gain_chart",
    "losses_and_gain_chart",
    "fitted_to_width",
    "legend_covers_data",
    "rate_length_chart",
    "reader_table",
    "table_for_readers",
    "with_campaign_length",
    "csis_campaign_days",
    "estimator_spread_chart",
    "estimates_by_month",
}


@pytest.mark.parametrize("name", list(SPEC))
def test_only_advrate_errors_escape(name, context, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(name.replace(".", "_"))
    function, spec = SPEC[name]
    valid = _resolve(spec, context, tmp)
    examples = 8 if name in _FAST else 25

    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(param=st.sampled_from(sorted(valid)), value=ANYTHING)
    def check(param: str, value: object) -> None:
        kwargs = {**valid, param: value}
        with _inside(tmp), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a warning is not an escaped error
            try:
                function(**kwargs)
            except advrate.AdvrateError:
                pass
            finally:
                plt.close("all")

    check()
    # A valid call still works, so the test is not passing on refusals alone.
    with _inside(tmp):
        function(**valid)
    plt.close("all")


def test_every_public_function_is_covered():
    modules = [
        advrate, compare, data, extract, files, front, history, maps, periods, plot, report,
        resources, territory, units, update,
    ]  # fmt: skip
    public = {
        f"{m.__name__}.{name}"
        for m in modules
        for name in getattr(m, "__all__", [])
        if inspect.isfunction(getattr(m, name, None))
    }
    covered = {name.rsplit(".", 1)[-1] for name in SPEC}  # "maps.occupied_area" names one of two
    # Not argument-taking functions, or tested elsewhere with their side effects.
    exempt = {
        "get_registry",
        "house_style",
        "data_dir",
        "notebooks_dir",
        "corpus_dir",
        "cache_dir",
        "user_data_dir",
        "forget_cached_series",
        "update",  # its own generated-argument test in test_update.py (it writes files)
        "partition_meta",  # takes no argument
        "resolve_folder",
        "build_report",
        "publish",
        "write_text_atomic",
        "scan_period",  # read_period without its checks, for the extractor's inner loop
        "scan_period_list",  # the same, for lists of periods
        "scan_dated_span",  # the same, for a start and an end date around a figure
        "scan_as_many",  # read_as_many without its checks, tried after every amount
    }
    missing = sorted(p for p in public if p.rsplit(".", 1)[1] not in covered | exempt)
    assert missing == []


def test_dates_of_every_type_reach_gain_rate(series):
    for start in (
        "2024-12-01",
        dt.date(2024, 12, 1),
        pd.Timestamp("2024-12-01"),
        np.datetime64("2024-12-01"),
    ):
        assert territory.gain_rate(start, "2024-12-31", series=series).days == 31


def test_offsets_and_names_too_large_for_the_system_are_advrate_errors():
    from advrate.checks import as_path
    from advrate.extract import extract_partition
    from advrate.periods import read_period

    with pytest.raises(advrate.AdvrateError, match="longer than 255 bytes"):
        as_path("9" * 300, "out")
    with pytest.raises(advrate.AdvrateError, match="too large an offset"):
        read_period("in a week", 0, 2**63)
    with pytest.raises(advrate.AdvrateError, match="lacks the column"):
        extract_partition(pd.DataFrame({"text": ["x"]}), published_column="")
