"""Tests for advrate.units: registry, time bases, bulk conversion."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from advrate import AdvrateError, DimensionError, RateParseError, normalise
from advrate.units import get_registry, rate_factor


def test_registry_is_shared():
    assert get_registry() is get_registry()


@pytest.mark.parametrize(
    ("time_unit", "days"),
    [("day", 1), ("week", 7), ("month", 365.25 / 12), ("year", 365.25), ("hour", 1 / 24)],
)
def test_time_bases(time_unit, days):
    kind, factor = rate_factor("meter", time_unit)
    assert kind == "linear"
    assert factor == pytest.approx(1 / days, rel=1e-12)


def test_areal_factor():
    assert rate_factor("hectare", "day") == ("areal", pytest.approx(0.01))
    assert rate_factor("kilometer ** 2", "week", 2.0)[1] == pytest.approx(1 / 14)


def test_bad_dimension():
    with pytest.raises(DimensionError):
        rate_factor("day", "day")
    with pytest.raises(DimensionError):
        rate_factor("meter", "meter")


def test_normalise_mixed_linear_units():
    values = [1.5, 80, 3, 1, 700]
    units = ["km/day", "meters per day", "mi/day", "km per week", "m every five days"]
    out = normalise(values, units)
    expected = [1500, 80, 3 * 1609.344, 1000 / 7, 140]
    np.testing.assert_allclose(out, expected, rtol=1e-12)


def test_normalise_series_and_single_unit():
    s = pd.Series([9.0, 2.0])
    np.testing.assert_allclose(normalise(s, "sq km per day"), [9, 2])
    np.testing.assert_allclose(normalise(s, pd.Series(["sq mi per day", "km²/day"])),
                               [9 * 2.589988110336, 2])  # fmt: skip


def test_normalise_agrees_with_per_row_pint():
    rng = np.random.default_rng(0)
    units = np.array(["km/day", "meters per day", "miles per week", "yd/h", "m per month"])
    pint_names = {"km/day": "km/day", "meters per day": "m/day", "miles per week": "mile/week",
                  "yd/h": "yard/hour", "m per month": "m/month"}  # fmt: skip
    picks = rng.integers(0, len(units), 500)
    values = rng.uniform(0, 1000, 500)
    out = normalise(values, units[picks])
    ureg = get_registry()
    reference = [
        ureg.Quantity(v, pint_names[u]).m_as("m/day")
        for v, u in zip(values, units[picks], strict=True)
    ]
    np.testing.assert_allclose(out, reference, rtol=1e-12)


def test_normalise_refuses_mixed_kinds():
    with pytest.raises(DimensionError, match="mixed"):
        normalise([1, 2], ["km/day", "km²/day"])


def test_normalise_names_bad_unit_and_row():
    with pytest.raises(RateParseError, match="row 2") as info:
        normalise([1, 2, 3], ["km/day", "km/day", "furlongz per day"])
    assert "furlongz" in str(info.value)


def test_normalise_refuses_unit_without_time():
    with pytest.raises(RateParseError):
        normalise([1], ["km"])


def test_normalise_refuses_missing_unit_and_bad_shapes():
    with pytest.raises(AdvrateError, match="row 1"):
        normalise([1, 2], ["km/day", None])
    with pytest.raises(AdvrateError, match="length"):
        normalise([1, 2], ["km/day"])


def test_normalise_never_hands_text_to_pint():
    with pytest.raises(RateParseError):
        normalise([1], ["9**9**9 km/day"])


_COLD_START_THREADS = """
import threading
from concurrent.futures import ThreadPoolExecutor

barrier = threading.Barrier(8)

def work(i):
    barrier.wait()
    import advrate
    rate = advrate.parse_rate(f"{i + 1} km per day")
    return advrate.get_registry(), rate.quantity

with ThreadPoolExecutor(8) as pool:
    results = list(pool.map(work, range(8)))
registries = {id(r) for r, _ in results}
total = sum((q for _, q in results[1:]), results[0][1])
print(len(registries), round(total.to("km/day").magnitude, 6))
"""


def test_eight_threads_at_cold_start_share_one_registry():
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-c", _COLD_START_THREADS], capture_output=True, text=True, check=True
    )
    # One registry, so quantities made in different threads add up: 1 + 2 + ... + 8 km/day.
    assert proc.stdout.split() == ["1", "36.0"]


def test_series_are_paired_by_index_never_by_position():
    values = pd.Series([1.0, 2.0], index=["a", "b"])
    units = pd.Series(["km/day", "m/day"], index=["b", "a"])
    result = normalise(values, units)
    assert isinstance(result, pd.Series)
    assert result.to_dict() == {"a": 1.0, "b": 2000.0}
    with pytest.raises(AdvrateError, match="different indexes"):
        normalise(values, pd.Series(["km/day", "m/day"], index=["x", "y"]))


@pytest.mark.parametrize("unit", ["- 5 km/day", "5 km/day", "1-5 km/day", "about km/day"])
def test_a_unit_phrase_holds_no_number_or_qualifier(unit):
    with pytest.raises(RateParseError):
        normalise([1.0], [unit])


def test_normalise_refuses_infinities_and_overflow():
    with pytest.raises(AdvrateError, match="infinite"):
        normalise([np.inf], ["km/day"])
    with pytest.raises(AdvrateError, match="too large"):
        normalise([1e306], ["miles per second"])
    assert np.isnan(normalise([np.nan, 1.0], "km/day")[0])


def test_the_verst_is_defined_in_the_registry():
    from advrate.units import get_registry

    assert get_registry().Quantity(1, "verst").m_as("meter") == pytest.approx(1066.8)
