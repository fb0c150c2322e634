"""Tests for advrate.parse: numbers, units, time phrases, qualifiers, errors, pint traps."""

from __future__ import annotations

import math

import pint
import pytest
from helpers import hang_guard
from hypothesis import given, settings
from hypothesis import strategies as st

import advrate
from advrate import AdvrateError, RateParseError, UnknownUnitError, parse_rate
from advrate.units import get_registry

# (text, low, high, canonical unit) in canonical units
CASES = [
    ("1,580 meters per day", 1580, 1580, "m/day"),
    ("50 meters per day", 50, 50, "m/day"),
    ("135 metres a day", 135, 135, "m/day"),
    ("1km/day", 1000, 1000, "m/day"),
    ("40km per week", 40000 / 7, 40000 / 7, "m/day"),
    ("1,200m each day", 1200, 1200, "m/day"),
    ("16,1 km per day", 16100, 16100, "m/day"),
    ("16,100 m per day", 16100, 16100, "m/day"),
    ("0.5 kilometres daily", 500, 500, "m/day"),
    ("nine square kilometers per day", 9, 9, "km²/day"),
    ("twelve km a day", 12000, 12000, "m/day"),
    ("a quarter of a mile per day", 402.336, 402.336, "m/day"),
    ("500 meters to 1 kilometer per day", 500, 1000, "m/day"),
    ("5 km per 24 hours", 5000, 5000, "m/day"),
    ("one hundred meters every day", 100, 100, "m/day"),
    ("twenty-five meters per day", 25, 25, "m/day"),
    ("a kilometer a day", 1000, 1000, "m/day"),
    ("half a kilometre per day", 500, 500, "m/day"),
    ("one and a half km per day", 1500, 1500, "m/day"),
    # a fraction before its unit, or after "and", as well as "of a"
    ("a quarter mile per day", 402.336, 402.336, "m/day"),
    ("three-quarter mile a day", 1207.008, 1207.008, "m/day"),
    ("three and three-quarter miles a day", 6035.04, 6035.04, "m/day"),
    ("two and a third miles a day", 7 / 3 * 1609.344, 7 / 3 * 1609.344, "m/day"),
    ("2 and a quarter km per day", 2250, 2250, "m/day"),
    ("700-1,200m of progress every five days", 140, 240, "m/day"),
    ("50 to 200 meters per day", 50, 200, "m/day"),
    ("between 150 and 1,700 meters per day", 150, 1700, "m/day"),
    ("3\u20135 km per day", 3000, 5000, "m/day"),
    ("40km in 12 days", 40000 / 12, 40000 / 12, "m/day"),
    ("10 km in one day", 10000, 10000, "m/day"),
    ("2 km in a day", 2000, 2000, "m/day"),
    # a headline leaves the article out
    ("30 MILES IN DAY", 30 * 1609.344, 30 * 1609.344, "m/day"),
    ("18 Miles In Week", 18 * 1609.344 / 7, 18 * 1609.344 / 7, "m/day"),
    ("9 km² per day", 9, 9, "km²/day"),
    ("9 km2/day", 9, 9, "km²/day"),
    ("9 sq km a day", 9, 9, "km²/day"),
    ("9 sq. km per day", 9, 9, "km²/day"),
    ("100 hectares per day", 1, 1, "km²/day"),
    ("449 square kilometers per month", 449 / (365.25 / 12), 449 / (365.25 / 12), "km²/day"),
    ("3,985 square kilometres per year", 3985 / 365.25, 3985 / 365.25, "km²/day"),
    ("two square kilometers (0.8 square miles) per day", 2, 2, "km²/day"),
    ("3 mi/day", 4828.032, 4828.032, "m/day"),
    ("500 yards per week", 500 * 0.9144 / 7, 500 * 0.9144 / 7, "m/day"),
    ("100 ft/d", 30.48, 30.48, "m/day"),
    ("1 sq mi per week", 2.589988110336 / 7, 2.589988110336 / 7, "km²/day"),
    ("5 km/h", 120000, 120000, "m/day"),
    ("12 mph", 12 * 1609.344 * 24, 12 * 1609.344 * 24, "m/day"),
]


@pytest.mark.parametrize(("text", "low", "high", "unit"), CASES)
def test_parse_rate_canonical_values(text, low, high, unit):
    rate = parse_rate(text)
    assert rate.canonical_unit == unit
    assert rate.canonical_low == pytest.approx(low, rel=1e-9)
    assert rate.canonical_high == pytest.approx(high, rel=1e-9)
    assert rate.kind == ("linear" if unit == "m/day" else "areal")


def test_acre_follows_pint_definition():
    """pint's acre (the US survey acre) is the one source of truth, not a typed factor."""
    expected = get_registry().Quantity(640, "acre").to("km**2").magnitude / 7
    assert parse_rate("640 acres a week").canonical_low == pytest.approx(expected, rel=1e-12)


# The traps where pint's own parser silently gives a wrong value.
def test_trap_space_thousands_separator():
    assert parse_rate("1 580 meters per day").canonical_low == 1580
    assert parse_rate("1\u202f580 meters per day").canonical_low == 1580
    assert parse_rate("1\u00a0580 meters per day").canonical_low == 1580
    # pint alone multiplies the two numbers' pieces and keeps 580
    assert get_registry().Quantity("1 580 meters per day").to("m/day").magnitude != 1580


def test_trap_decimal_comma():
    assert parse_rate("1,5 km/day").canonical_low == 1500
    assert parse_rate("1,5 km/day").low == 1.5


@pytest.mark.parametrize(
    ("text", "value"),
    [("4.1 thousand sq km per day", 4100.0), ("1.2 million sq km per year", 1.2e6),
     ("4 thousand km per day", 4000.0)],
)  # fmt: skip
def test_digits_with_a_scale_word(text, value):
    assert parse_rate(text).low == pytest.approx(value)


@pytest.mark.parametrize("text", ["1.580 meters per day", "4.000 sq km per day"])
def test_trap_full_stop_that_may_group_thousands_is_refused(text):
    # "1.580" is 1,580 where a full stop groups thousands and 1.58 where it does not
    with pytest.raises(RateParseError, match=r"it may be .* write"):
        parse_rate(text)
    assert parse_rate("0.125 km per day").canonical_low == 125
    assert parse_rate("1.58 km per day").canonical_low == 1580


def test_trap_a_day_is_not_a_year():
    rate = parse_rate("50 meters a day")
    assert rate.canonical_low == 50
    assert rate.time_unit == "day"


def test_trap_slash_with_count():
    rate = parse_rate("5 km / 24 h")
    assert rate.per_count == 24
    assert rate.time_unit == "hour"
    assert rate.canonical_low == pytest.approx(5000)


@pytest.mark.parametrize(
    "hostile",
    ["9**9**9 km/day", "9**9**9**9 km/day", "10**10**6 m/day", "km**99999999/day",
     "(" * 150 + "1" + ")" * 40, "1e308*1e308 m/day", "__import__('os').system('true') m/day"],
)  # fmt: skip
def test_hostile_strings_refused(hostile):
    with hang_guard(), pytest.raises(RateParseError):
        parse_rate(hostile)


def test_long_input_refused_before_reading():
    text = "m*" * 50_000 + "m"
    with hang_guard(), pytest.raises(RateParseError, match="characters"):
        parse_rate(text)


def test_article_text_never_reaches_pint(monkeypatch):
    """Every string pint is asked to parse is one of advrate's vetted unit names."""
    from advrate import units

    seen: list[str] = []
    ureg = get_registry()
    original = type(ureg).parse_units

    def spy(self, input_string, *args, **kwargs):
        seen.append(input_string)
        return original(self, input_string, *args, **kwargs)

    monkeypatch.setattr(type(ureg), "parse_units", spy)
    monkeypatch.setattr(
        type(ureg), "parse_expression", lambda *a, **k: pytest.fail("parse_expression called")
    )
    units._rate_factor.cache_clear()
    for text, *_ in CASES:
        parse_rate(text)
    vetted = {
        *units.LENGTH_UNITS.values(), *units.AREA_UNITS.values(), *units.TIME_UNITS.values(),
        "meter / day", "kilometer ** 2 / day",
    }  # fmt: skip
    assert seen, "pint was not used at all"
    assert set(seen) <= vetted


QUALIFIED = [
    ("about 50 meters per day", "about", "approximate"),
    ("approximately nine square kilometers per day", "approximately", "approximate"),
    ("around 3 km a day", "around", "approximate"),
    ("roughly six square kilometers per day", "roughly", "approximate"),
    ("some 200 metres a day", "some", "approximate"),
    ("nearly 2 km per day", "nearly", "upper"),
    ("almost 2 km per day", "almost", "upper"),
    ("only 50 meters per day", "only", "exact"),
    ("just 90 meters per day", "just", "exact"),
    ("over 1,500 meters a day", "over", "lower"),
    ("more than 30 km per week", "more than", "lower"),
    ("at least 4 km a day", "at least", "lower"),
    ("less than 100 m per day", "less than", "upper"),
    ("under 100 m per day", "under", "upper"),
    ("up to 1,200m per day", "up to", "upper"),
    ("an average of only 50 meters per day", "only", "exact"),
]


@pytest.mark.parametrize(("text", "qualifier", "bound"), QUALIFIED)
def test_qualifiers_are_kept(text, qualifier, bound):
    rate = parse_rate(text)
    assert rate.qualifier == qualifier
    assert rate.bound == bound


def test_average_is_recorded():
    assert parse_rate("an average of 80 meters per day").average
    assert not parse_rate("80 meters per day").average


def test_values_as_written_are_kept():
    rate = parse_rate("700-1,200m of progress every five days")
    assert (rate.low, rate.high, rate.unit) == (700, 1200, "m")
    assert rate.per_count == 5 and rate.basis == "every"
    assert rate.is_range


def test_quantity_is_pint():
    rate = parse_rate("1.5 km/day")
    assert isinstance(rate.quantity, pint.Quantity)
    assert rate.quantity.to("m/day").magnitude == pytest.approx(1500)
    ranged = parse_rate("1-2 km per day").quantity.to("m/day").magnitude
    assert list(ranged) == [1000, 2000]


def test_length_without_time_needs_per():
    with pytest.raises(RateParseError, match="no time basis"):
        parse_rate("500 meters")
    rate = parse_rate("500 meters", per="day")
    assert rate.canonical_low == 500 and rate.basis == "given"
    assert parse_rate("500 meters", per="5 days").canonical_low == 100
    with pytest.raises(RateParseError, match="per="):
        parse_rate("500 meters", per="fortnightish")


def test_stated_basis_wins_over_per():
    assert parse_rate("1 km per week", per="day").canonical_low == pytest.approx(1000 / 7)


def test_unknown_unit_lists_close_matches():
    with pytest.raises(UnknownUnitError) as info:
        parse_rate("50 meterz per day")
    assert info.value.unit == "meterz"
    assert "meter" in info.value.suggestions or "meters" in info.value.suggestions
    assert "meterz" in str(info.value)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("fast", "no number"),
        ("1,5000 km/day", "cannot read the number '1,5000'"),
        ("10 kilometers from the city", "unexpected text"),
        ("1,500 soldiers a day", "unknown unit"),
        ("5-3 km per day", "backwards"),
        ("50 m per 0 days", "zero"),
        ("3 km per lustrum", "time phrase|unexpected"),
        ("1.2.3 km per day", "cannot read the number"),
    ],
)
def test_errors_name_input_and_reason(text, reason):
    with pytest.raises(RateParseError, match=reason) as info:
        parse_rate(text)
    assert info.value.text == text
    assert isinstance(info.value, AdvrateError)
    assert isinstance(info.value, ValueError)


def test_non_string_refused():
    with pytest.raises(RateParseError, match="string"):
        parse_rate(50)  # type: ignore[arg-type]


def test_surface_offsets_point_into_text():
    rate = parse_rate("  (about 3,120 meters per day).")
    assert rate.surface == "about 3,120 meters per day"


def test_to_other_unit_and_wrong_dimension():
    rate = parse_rate("1,580 meters per day")
    low, _ = rate.to("km/week")
    assert low == pytest.approx(11.06)
    with pytest.raises(advrate.DimensionError):
        rate.to("km²/day")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_arbitrary_text_gives_rate_or_own_error(text):
    try:
        rate = parse_rate(text)
    except AdvrateError:
        return
    assert rate.canonical_low <= rate.canonical_high or math.isnan(rate.canonical_low)


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=0, max_value=10**9),
    st.sampled_from(["meters per day", "km/day", "sq km a day", "miles per week"]),
)
def test_thousands_separators_round_trip(number, unit):
    text = f"{number:,} {unit}"
    assert parse_rate(text).low == number


@pytest.mark.parametrize(
    ("text", "km2_per_day"),
    [
        ("12 sq.km per day", 12.0),
        ("12 squarekm per day", 12.0),
        ("12 sqkm per day", 12.0),
        ("12 sqm per day", 12e-6),
        ("12 sqmi per day", 12 * 2.589988110336),
        ("12 sq.mi. per day", 12 * 2.589988110336),
        ("12 squaremiles per day", 12 * 2.589988110336),
        ("12 SQ. KM per day", 12.0),
    ],
)
def test_unit_spellings_without_spaces_are_read(text, km2_per_day):
    assert parse_rate(text).canonical_low == pytest.approx(km2_per_day)


@pytest.mark.parametrize(
    "text",
    [
        "9" * 150 + "e99 mi/1e-99 s",
        "9" * 190 + " km per day",
        "9e99 mi/1e-99 s",
        "1e999 km per day",
        "1,5000 km per day",
        "12 \u017fq km per day",
        "\u017feven km per day",
    ],
)
def test_overflowing_and_malformed_numbers_are_refused(text):
    with pytest.raises(advrate.RateParseError):
        parse_rate(text)


def test_a_fortnight_is_fourteen_days():
    assert parse_rate("3 km per fortnight").canonical_low == pytest.approx(3000 / 14)


def test_and_a_half_before_a_scale_word_and_one_or_two():
    from advrate import parse_rate

    assert parse_rate("two and a half thousand yards a day").canonical_low == pytest.approx(2286)
    rate = parse_rate("a kilometre or two a day")
    assert (rate.canonical_low, rate.canonical_high) == pytest.approx((1000, 2000))
