"""Tests for advrate.periods: each class of period phrase, its length and its notes."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import hang_guard

from advrate.periods import read_period

MARCH_5 = dt.date(2025, 3, 5)


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        # words inside the period
        ("in barely ten days", 10),
        ("in barely three weeks", 21),
        ("after four months of heavy fighting", 4 * 30.4375),
        ("during the opening week of the offensive", 7),
        ("in just a week", 7),
        ("in little more than a fortnight", 14),
        ("over the first 30 days of the war", 30),
        ("in the space of two weeks", 14),
        ("in a good week", 7),  # one such length
        ("in a couple of days", 2),
        ("over a couple of weeks", 14),
        ("over the past couple of weeks", 14),
        ("in a half-dozen days", 6),
        ("in a typical month", 30.4375),
        # periods of a day or two, written other ways
        ("within 48 hours", 2),
        ("in the past 24 hours", 1),
        ("on the second day of the attack", 1),
        ("on the 3rd day of the invasion", 1),
        ("on Tuesday", 1),
        ("on 12 March", 1),
        ("during December 24", 1),
        ("in the week's fighting", 7),
        ("in the day's heavy fighting", 1),
        ("on March 12, 2024", 1),
        ("in a single day", 1),
        ("overnight", 1),
        # part of the day so far: at most one
        ("since the start of the day", 1),
        ("since the beginning of this day", 1),
        ("since this morning", 1),
        ("since dawn", 1),
        # one day's daylight
        ("between dawn and dusk", 1),
        ("between sunrise and sunset", 1),
        ("from daybreak to dark", 1),
        ("today", 1),
        ("tonight", 1),
        ("to-day", 1),
        ("to-night", 1),
        ("the next morning", 1),
        ("that afternoon", 1),
        ("later that day", 1),
        ("following two weeks of fighting", 14),
        # American wire copy leaves out "on"
        ("Tuesday", 1),
        ("during Thursday night", 1),
        ("Friday and Saturday", 2),
        ("by noon", 1),
        ("by nightfall", 1),
        ("now in its fifth day", 5),
        ("by the afternoon of the second day", 2),
        ("yesterday and today", 2),
        ("in the prior week", 7),
        ("in the war's first year", 365.25),
        ("over the battle's 141 days", 141),  # a count owned so too
        ("in the invasion's first month", 30.4375),
        ("within the week from Oct. 20 to Oct. 27", 7),
        ("in the week prior", 7),
        ("the week before", 7),
        ("over the prior seven days", 7),
        ("by the tenth day", 10),
        ("by the evening of the third day", 3),
        # the day of a daily report; whatever part of it, at most one day
        ("over the day", 1),
        ("during the day", 1),
        ("over the course of the year 2024", 366),
        ("over the course of 2024", 366),
        # spans of months and dates
        ("from February to May 2025", 120),
        ("in October-December 2023", 92),
        ("in June and July 2024", 61),
        ("between 3 and 17 April 2024", 15),
        # days in two months, each named, with or without a preposition
        ("Oct. 20-Nov. 3", 15),
        ("during October 20-November 3", 15),
        ("in the period Oct 20 to Nov 3", 15),
        ("20 October-3 November", 15),
        ("Nov. 10-16", 7),
        ("January-October 2025", 304),
        ("from 30 December 2024 to 5 January 2025", 7),
        ("from December 30 to January 5, 2025", 7),
        ("in 3-17 April 2024", 15),
        ("between March 2023 and February 2024", 366),
        ("in the first half of 2025", 181),
        ("in the third quarter of 2024", 92),
        ("in Q1 2025", 90),
        ("during H2 2024", 184),
        ("from 2022 to 2024", 1096),
        ("in February 2024", 29),
        ("during the month of May", 31),
        ("in 1943", 365),
        ("in the week to Sunday", 7),
        ("in the seven days to 20 October", 7),
        ("in the 24 hours to 6am", 1),
        ("in the four weeks ending on March 3", 28),
        ("in as little as three days", 3),
        ("on June 1-7, 2025", 7),
        ("in a month and a half", 1.5 * 30.4375),
        ("in two and a half weeks", 17.5),
        ("over the last month and a half", 45),
        ("over the weekend", 2),
        ("last weekend", 2),
        ("at the weekend", 2),
    ],
)
def test_period_lengths(phrase, days):
    period = read_period(phrase, 0)
    assert period is not None, phrase
    assert period.days == pytest.approx(days)
    assert period.end == len(phrase)


@pytest.mark.parametrize(
    ("phrase", "days", "note"),
    [
        ("last month", 28, "February 2025"),
        ("last year", 366, "2024"),
        ("this month", 5, "so far"),
        ("this year", 64, "so far"),
        ("last week", 7, ""),
        ("that month", 30.4375, "back-reference"),
        ("over the previous year", 365.25, ""),
        ("from February to May", 121, "2024 taken from the publication date"),
        ("in February", 28, "2025 taken from the publication date"),
        ("since the start of the offensive on 10 February", 24, "publication date"),
        ("since the invasion began in February 2025", 33, "publication date"),
        ("year to date", 64, "publication date"),
    ],
)
def test_relative_periods_resolve_against_the_publication_date(phrase, days, note):
    period = read_period(phrase, 0, published=MARCH_5)
    assert period.days == pytest.approx(days)
    assert note in period.note


@pytest.mark.parametrize(
    ("phrase", "days", "note"),
    [
        ("last month", 30.4375, "no publication date given"),
        ("this year", 365.25, "no publication date given"),
        ("in February", 28, "common year assumed"),
        ("the past month", 30, "30 days assumed"),
        ("in about three weeks", 21, "period qualified: about"),
    ],
)
def test_without_a_date_lengths_are_assumed_and_said(phrase, days, note):
    period = read_period(phrase, 0)
    assert period.days == pytest.approx(days)
    assert note in period.note


@pytest.mark.parametrize(
    "phrase",
    [
        "in days", "for months", "within hours", "in 6 hours", "in Kharkiv", "in the spring",
        "on the front", "last", "in 2024km", "between 17 and 3 April 2024",
        "from May to February 2024x",
        # a plural with no number states no length
        "in a matter of days", "in a span of days", "over the past weeks", "in the last days",
        # "for the year": as often when as how long
        "for the year",
        # a weekend with its dates is read from the dates
        "over the weekend of 12-13 October",
    ],
)  # fmt: skip
def test_what_is_not_a_period(phrase):
    period = read_period(phrase, 0)
    assert period is None or (phrase.endswith("x") and period.end < len(phrase))


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        # a span of months named as a quarter or a period, its year after it
        ("in the July-September quarter of 2024", 92),
        ("during the July-September period of 2024", 92),
        ("in the November-January period of 2024", 92),  # November 2023 to January 2024
    ],
)
def test_a_span_of_months_named_as_a_quarter(phrase, days):
    period = read_period(phrase, 0)
    assert period is not None and period.days == days and period.end == len(phrase)
    assert "not stated" not in period.note


def test_a_day_counted_in_the_thousands_is_no_first_day():
    # "day 1,000 of the war" is an anniversary, never "day 1"
    assert read_period("on day 1,000 of the war", 0) is None
    assert read_period("on day 3 of the offensive", 0).days == 1


def test_reading_is_anchored_and_bounded():
    text = "Russia took 40 km in three weeks."
    assert read_period(text, 0) is None
    assert read_period(text, text.index("in")).days == 21
    assert read_period(text, text.index("in"), text.index("three")) is None


def test_long_hostile_input_does_not_hang():
    for filler in ("in " * 50_000, "from 1 " * 30_000, "in the " * 40_000, "of the " * 40_000):
        with hang_guard(20):
            assert read_period(filler, 0) is None


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("over a period of two weeks", 14.0),
        ("over a span of 10 days", 10.0),
        ("in its first month", 30.4375),
        ("in their first week", 7.0),
        ("by the end of the third day", 3.0),
        ("at the end of the second week of the offensive", 14.0),
        ("by the end of the 5th day", 5.0),
    ],
)
def test_periods_named_by_a_span_a_possessive_or_the_end_of_a_day(phrase, days):
    from advrate.periods import read_period

    period = read_period(phrase, 0)
    assert period is not None and period.days == pytest.approx(days)
    assert period.end == len(phrase)


@pytest.mark.parametrize(
    ("phrase", "days", "note"),
    [
        ("over the course of the month", 30.4375, "'the month': a month of 30.4375 days assumed"),
        ("during the course of the week", 7.0, ""),
        ("in the course of the whole year", 365.25, "a back-reference"),
        ("by the end of the day", 1.0, ""),
    ],
)
def test_the_period_the_story_is_about(phrase, days, note):
    period = read_period(phrase, 0)
    assert period is not None and period.days == pytest.approx(days)
    assert note in period.note and period.end == len(phrase)


@pytest.mark.parametrize(
    ("phrase", "count", "days"),
    [
        ("in as many days", 10, 10.0),
        ("within as many weeks", 3, 21.0),
        ("in just as many hours", 40, 40 / 24),
        ("in as many days", 2.5, None),  # half a day cannot be counted
        ("in as many hours", 12, None),  # under a day: a speed, not an advance
        ("in so many days", 10, None),
    ],
)
def test_as_many_periods_count_what_the_amount_counts(phrase, count, days):
    from advrate.periods import read_as_many

    period = read_as_many(phrase, 0, len(phrase), count)
    if days is None:
        assert period is None
    else:
        assert period.days == pytest.approx(days) and period.end == len(phrase)


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        # the whole of a named period
        ("throughout the entirety of 2023", 365),
        ("in the whole of 2024", 366),
        ("during all of 2023", 365),
        ("in the whole of October", 31),
        ("across 2023", 365),
        # "since" with its length given as a count back from now
        ("since the opening of the winter offensive, 81 days ago", 81),
        ("since the offensive began ten days ago", 10),
        ("since it started some three weeks ago", 21),
    ],
)
def test_whole_periods_and_counts_back_from_now(phrase, days):
    period = read_period(phrase, 0)
    assert period is not None, phrase
    assert period.days == pytest.approx(days)
    assert period.end == len(phrase)


@pytest.mark.parametrize(
    "phrase", ["since the war began in 2022", "since January", "since the start of the year"]
)
def test_since_without_a_count_back_is_not_a_period(phrase):
    assert read_period(phrase, 0) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In August and September 2024, x", [("August", 31), ("September 2024", 30)]),
        ("from both July, August and September", [("July", 31), ("August", 31), ("September", 30)]),
        ("in 2023 and 2024 they took", [("2023", 365), ("2024", 366)]),
        ("in January and February 2024", [("January", 31), ("February 2024", 29)]),
    ],
)
def test_lists_of_periods_in_the_order_written(text, expected):
    from advrate.periods import scan_period_list

    periods, start, end = scan_period_list(text, 0, len(text), None)
    assert [(p.text, p.days) for p in periods] == expected
    assert start < end <= len(text)


def test_no_list_of_periods_in_a_single_month():
    from advrate.periods import scan_period_list

    assert scan_period_list("in May they took 500 km²", 0, 24, None) is None


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        # from a named start to the publication date, both counted
        ("since the start of the year", 213),  # 1 January to 31 July 2024
        ("since the beginning of this month", 31),
        ("since the beginning of 2024", 213),
        ("since the start of May", 92),
        ("since July", 31),
        ("since 6 July", 26),
        ("since July 6, 2024", 26),
        ("since August 6", 361),  # the latest 6 August before publication: 2023
        # a weekday, also when the start of the fighting is named (31 July 2024 a Wednesday)
        ("since Monday", 3),
        ("since it began on Monday", 3),
        ("since the offensive began on Monday", 3),
        ("since launching the counteroffensive on Monday", 3),
        ("since the offensive opened Monday", 3),  # wire copy leaves out "on"
        ("in the year so far", 213),
        ("since the new year", 213),
    ],
)
def test_since_a_named_start_runs_to_the_publication_date(phrase, days):
    period = read_period(phrase, 0, published=dt.date(2024, 7, 31))
    assert period is not None, phrase
    assert period.days == pytest.approx(days)
    assert "publication date" in period.note


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("fifty days after D-Day", 50),
        ("six days after the start of the operation", 6),
        ("two weeks into the offensive", 14),
        ("a week after the invasion began", 7),
        ("10 days after the launch of the counteroffensive", 10),
        ("three months into the war", pytest.approx(91.3, abs=0.1)),
    ],
)
def test_time_elapsed_since_an_attack_began(phrase, days):
    period = read_period(phrase, 0)
    assert period is not None, phrase
    assert period.days == pytest.approx(days)
    assert period.end == len(phrase)


@pytest.mark.parametrize(
    "phrase",
    ["two days after the capture of the town", "five days after Tuesday", "ten days later"],
)
def test_time_after_something_other_than_a_start_is_not_a_period(phrase):
    assert read_period(phrase, 0) is None


@pytest.mark.parametrize(
    ("phrase", "published", "days"),
    [
        # a named year or month still under way counts to the publication date
        ("in 2025", dt.date(2025, 10, 7), 280),
        ("in October", dt.date(2025, 10, 7), 7),
        ("in October 2025", dt.date(2025, 10, 7), 7),
        # finished ones count whole
        ("in 2024", dt.date(2025, 10, 7), 366),
        ("in September", dt.date(2025, 10, 7), 30),
        ("in 2025", dt.date(2025, 12, 31), 365),
    ],
)
def test_a_period_under_way_counts_to_the_publication_date(phrase, published, days):
    period = read_period(phrase, 0, published=published)
    assert period.days == pytest.approx(days)
    assert ("published" in period.note) == (days not in (30, 365, 366))


@pytest.mark.parametrize(
    ("text", "figure", "days"),
    [
        ("The raid, which began on August 6, won 1,000 km² of land by August 12.", "1,000 km²", 7),
        ("The attack started on 28 February and had taken 90 km by 3 March 2024.", "90 km", 5),
        ("It was launched on December 30, 2024, and gained 40 km² by January 5.", "40 km²", 7),
        ("The push, which began on 3 March, took 60 km² of fields through 9 March.", "60 km²", 7),
        ("The raid started on May 1 and held 80 km² as of May 10.", "80 km²", 10),
    ],
)
def test_a_span_from_a_start_date_to_an_end_date(text, figure, days):
    from advrate.periods import scan_dated_span

    start = text.index(figure)
    period = scan_dated_span(text, 0, start, start + len(figure), len(text), None)
    assert period is not None
    assert period.days == pytest.approx(days)
    assert "both dates counted" in period.note


def test_no_span_without_both_dates():
    from advrate.periods import scan_dated_span

    text = "The raid won 1,000 km² of land by August 12."
    assert scan_dated_span(text, 0, 13, 22, len(text), None) is None


@pytest.mark.parametrize(
    "phrase", ["that same day", "on the same day", "on that day", "the same day"]
)
def test_the_same_day_is_one_day(phrase):
    period = read_period(phrase, 0)
    assert period is not None and period.days == 1.0 and period.end == len(phrase)


@pytest.mark.parametrize("phrase", ["on February 30", "on 31 April", "on June 31, 2024"])
def test_a_day_that_does_not_exist_is_not_a_period(phrase):
    assert read_period(phrase, 0) is None


def test_a_leap_day_named_without_a_year_is_a_day():
    assert read_period("on February 29", 0).days == 1.0


def test_unit_days_is_pints_length_and_refuses_other_units():
    from advrate.exceptions import AdvrateError
    from advrate.periods import unit_days

    assert unit_days(2, "weeks") == 14.0
    assert unit_days(1, "fortnight") == 14.0
    with pytest.raises(AdvrateError, match="parsec"):
        unit_days(1, "parsec")


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("on 18 and 19 November 2024", 2.0),
        ("on November 18 and 19, 2024", 2.0),
        ("on 31 December 2024 and 1 January 2025", None),  # not this pattern's form
        # two days apart from each other are two events, not a span
        ("on 18 and 21 November 2024", None),
        ("on November 30 and 31, 2024", None),  # no such day
    ],
)
def test_two_days_running_named_with_and(phrase, days):
    period = read_period(phrase, 0)
    if days is None:
        assert period is None or period.end < len(phrase)
    else:
        assert period is not None and period.days == days and period.end == len(phrase)


@pytest.mark.parametrize(
    ("phrase", "published", "days", "year"),
    [
        # the latest November that had ended: a year back when November is under way
        ("last November", dt.date(2025, 11, 20), 30.0, 2024),
        ("last November", dt.date(2025, 12, 3), 30.0, 2025),
        ("in last February", dt.date(2025, 3, 1), 28.0, 2025),
        ("last February", dt.date(2025, 1, 10), 29.0, 2024),  # 2024 was a leap year
        ("this past May", dt.date(2025, 11, 20), 31.0, 2025),
    ],
)
def test_last_named_month_is_the_latest_that_had_ended(phrase, published, days, year):
    period = read_period(phrase, 0, published=published)
    assert period is not None and period.days == days and period.end == len(phrase)
    assert str(year) in period.note


def test_last_named_month_without_a_date_says_so():
    period = read_period("last November", 0)
    assert period is not None and period.days == 30.0 and "no publication date" in period.note


@pytest.mark.parametrize("phrase", ["last may be", "last November 2024"])
def test_last_followed_by_may_the_verb_or_a_year_is_not_this_period(phrase):
    period = read_period(phrase, 0, published=dt.date(2025, 11, 20))
    assert period is None


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("in the year to November", 365.25),
        ("in the year to the end of September", 365.25),
        ("over the 12 months to October 2025", 365.25),
        ("in the three months to the end of September", 3 * 30.4375),
    ],
)
def test_a_length_that_runs_to_a_named_month(phrase, days):
    period = read_period(phrase, 0)
    assert period is not None and period.days == pytest.approx(days)
    assert period.end == len(phrase)


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("from mid-October to mid-November 2024", 32.0),  # 15 October to 15 November
        ("between mid-December 2024 and mid-January 2025", 32.0),
        ("from mid March to mid May 2024", 62.0),
    ],
)
def test_a_span_between_the_middles_of_two_months(phrase, days):
    period = read_period(phrase, 0)
    assert period is not None and period.days == days and period.end == len(phrase)
    assert "15th" in period.note


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("between January and the end of May 2025", 151.0),  # 1 January to 31 May
        ("from the start of January to the end of May 2025", 151.0),
        ("between the beginning of March and mid-April 2025", 46.0),  # 1 March to 15 April
        ("between the end of February and the end of May 2025", 93.0),  # 28 February on
        ("between the middle of June and the end of July 2025", 47.0),
        ("from the beginning of the year to the end of May", 151.0),  # published 2025
        ("between the start of 2024 and mid-June", 167.0),  # 2024 is a leap year
    ],
)
def test_a_span_whose_ends_name_part_of_a_month(phrase, days):
    period = read_period(phrase, 0, published=dt.date(2025, 11, 20))
    assert period is not None, phrase
    assert period.days == days and period.end == len(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "from early March to late April",  # no day is named
        "from the end of May to the start of May",  # runs backwards
        "since early March",
    ],
)
def test_vague_or_backward_month_parts_make_no_span(phrase):
    period = read_period(phrase, 0, published=dt.date(2025, 11, 20))
    assert period is None or period.end < len(phrase), phrase


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("on D+1", 1.0),
        ("by D+2", 3.0),  # D-Day and the two days after it
        ("by the end of G+3", 4.0),
        ("on D-Day", 1.0),
        ("by the end of D-Day", 1.0),  # the day itself, as "by the end of the first day"
    ],
)
def test_days_counted_from_d_day(phrase, days):
    period = read_period(phrase, 0)
    assert period is not None and period.days == days and period.end == len(phrase)


@pytest.mark.parametrize("phrase", ["on D+1-2", "by D+", "on E+1", "by D-Day"])
def test_other_plus_signs_are_no_day(phrase):
    period = read_period(phrase, 0)
    assert period is None


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("in scarcely ten days", 10.0),
        ("in a single morning", 1.0),  # part of a day: at most one
        ("in one afternoon", 1.0),
        ("a three days' march", 3.0),  # the length in the possessive
        ("a three-day march", 3.0),
        ("Three days' fighting carried", 3.0),  # a length of fighting as the subject
        ("Two weeks of hard fighting won", 14.0),
        ("The day's fighting carried", 1.0),  # the one day or week of the story
        ("the week's fighting won", 7.0),
    ],
)
def test_older_and_possessive_ways_of_giving_a_length(phrase, days):
    period = read_period(phrase, 0)
    assert period is not None and period.days == days


@pytest.mark.parametrize(
    "phrase",
    [
        "Three days' fighting in May",  # no verb follows: not the subject of a clause
        "Two weeks of fighting and",
        "The day's fighting in May",
    ],
)
def test_a_length_of_fighting_is_a_subject_only_before_its_verb(phrase):
    assert read_period(phrase, 0) is None


@pytest.mark.parametrize(
    ("phrase", "days"), [("Six months on, ", 6 * 30.4375), ("Three days in, ", 3)]
)
def test_time_elapsed_said_as_in_or_on_before_a_comma(phrase, days):
    period = read_period(phrase, 0)
    assert period is not None and period.days == pytest.approx(days)
    assert read_period(phrase.replace(",", " the"), 0) is None


@pytest.mark.parametrize(
    ("phrase", "published", "days", "note"),
    [
        # months of a named year are counted as the calendar has them
        ("in the first nine months of 2025", None, 273, ""),
        ("in the first 10 months of 2025", None, 304, ""),
        ("in the first two months of 2024", None, 60, ""),
        ("in the last three months of 2024", None, 92, ""),
        ("in the first nine months of the year", dt.date(2025, 11, 20), 273, "taken as 2025"),
        ("in the last three months of last year", dt.date(2025, 11, 20), 92, "taken as 2024"),
        # a year that is not the calendar's, or not known, keeps mean months
        ("in the first nine months of the year", None, 9 * 30.4375, "month of 30.4375 days"),
        ("in the first three months of the war", None, 3 * 30.4375, "month of 30.4375 days"),
        ("in the first three months of the year's offensive", dt.date(2025, 11, 20),
         3 * 30.4375, "month of 30.4375 days"),
    ],
)  # fmt: skip
def test_months_of_a_named_year_are_calendar_months(phrase, published, days, note):
    period = read_period(phrase, 0, published=published)
    assert period.days == pytest.approx(days)
    assert note in period.note


@pytest.mark.parametrize(
    "phrase", ["from the 28th to the 3rd", "between the 30th and the 31st of February"]
)
def test_days_named_by_ordinals_that_run_into_another_month_or_none(phrase):
    assert read_period(phrase, 0) is None


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        # the week of a weekly report is seven days, whichever week it was
        ("during the week", 7),
        ("over the week", 7),
        ("throughout the whole week", 7),
        # a night named by its dates (its evening's and morning's) is one day
        ("on the night of 5-6 June", 1),
        ("on the night of June 5-6, 1944", 1),
        ("during the night of 12 March", 1),
    ],
)
def test_fixed_lengths_read_whole(phrase, days):
    period = read_period(phrase, 0)
    assert period.days == days
    assert period.text == phrase


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        # days named by their ordinals alone, as older English names them
        ("from the 21st to the 26th", 6),
        ("between the 3rd and the 9th of August", 7),
        ("on the 8th and 9th of August", 2),
        ("from the 8th to the 11th of August 1918", 4),
        # the time of day, then the day: one day
        ("by nightfall on the first day", 1),
        ("by dusk on the first day of the offensive", 1),
        # "~" for "about", as posts and captions write it
        ("in ~3 weeks", 21),
        # and as American army reports of the 1860s-1940s wrote them
        ("between the 2d and the 23d of May", 22),
        ("on the 23d", 1),
        # a year or a month that owns a part of itself: the part, not the whole
        ("in 2024's first half", 182),
        ("during 2025's third quarter", 92),
        ("in November's first half", 15),
        ("in February 2024's second half", 14),
        ("in 2025's first two months", 59),
        ("in 2024's first ten weeks", 70),
    ],
)
def test_ordinal_days_and_owned_parts(phrase, days):
    assert read_period(phrase, 0).days == days


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        # one unit said as "-long", as "a two-week push" says two
        ("the week-long offensive", 7),
        ("during the month-long offensive", 30.4375),
        ("a day-long battle", 1),
        ("the 10-day-long push", 10),
    ],
)
def test_a_length_said_long(phrase, days):
    assert read_period(phrase, 0).days == pytest.approx(days)


def test_a_length_said_long_needs_a_unit_counted_once():
    assert read_period("after a months-long battle", 0) is None


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        # since a place was taken on a date: from that date to the publication date
        ("since capturing Avdiivka in February 2024", 29 + 365 + 2),
        ("since the fall of Avdiivka in February 2024", 29 + 365 + 2),
        ("since Velyka Novosilka was captured on 26 January", 36),
        # since a war or its fighting began, said with no article
        ("since hostilities began on 24 February", 7),
        ("since fighting began on 24 February", 7),
    ],
)
def test_since_a_place_was_taken(phrase, days):
    period = read_period(phrase, 0, published=dt.date(2025, 3, 2))
    assert period.days == days
    assert "publication date" in period.note


def test_since_a_place_was_taken_needs_its_date():
    assert read_period("since capturing Avdiivka", 0, published=dt.date(2025, 3, 2)) is None


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        # a quarter or half written after its year is the part, not the whole year
        ("in 2024 Q3", 92),
        ("in 2024 H2", 184),
        ("during 2025 Q1", 90),
    ],
)
def test_a_part_code_after_its_year(phrase, days):
    assert read_period(phrase, 0).days == days


def test_a_part_code_that_does_not_exist_is_no_period():
    assert read_period("in 2024 H3", 0) is None


def test_a_year_named_before_calendar_year_is_that_year_not_a_count():
    assert read_period("in the 2024 calendar year", 0).days == 366
    assert read_period("in the 2024 years", 0) is None


@pytest.mark.parametrize(
    ("phrase", "days", "note"),
    [
        ("in approx. 4 days", 4, "period qualified: approx"),
        ("in ca. 4 days", 4, "period qualified: ca"),
        ("in approx. 100 hrs.", 100 / 24, "period qualified: approx"),
    ],
)
def test_abbreviated_qualifiers_of_a_period(phrase, days, note):
    period = read_period(phrase, 0)
    assert period.days == pytest.approx(days)
    assert period.note == note


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        # a span of days named as "the period"
        ("in the period Nov. 1-30", 30),
        ("in the 1-30 November period", 30),
        ("in the period 3-17 April", 15),
        ("in the October 1-20 period", 20),
    ],
)
def test_a_span_of_days_named_as_the_period(phrase, days):
    assert read_period(phrase, 0).days == days


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("in the five weeks of Operation Bagration", 35.0),
        ("in the first 18 days of Barbarossa", 18.0),
    ],
)
def test_a_period_of_a_named_operation_ends_after_its_name(phrase, days):
    period = read_period(phrase, 0)
    assert period is not None and period.days == days and period.end == len(phrase)


def test_a_name_that_goes_on_is_not_the_periods():
    phrase = "in the first week of Ukrainian shelling"
    period = read_period(phrase, 0)
    assert period is not None and period.text == "in the first week"


@pytest.mark.parametrize("phrase", ["the next day", "on the next day", "the following day"])
def test_the_next_day_of_a_narrative_is_one_day(phrase):
    period = read_period(phrase, 0)
    assert period is not None and period.days == 1.0 and period.end == len(phrase)


@pytest.mark.parametrize("phrase", ["the next month", "the next week"])
def test_the_next_month_or_week_is_no_period(phrase):
    # as often ahead of the story as after the month in view
    assert read_period(phrase, 0) is None


@pytest.mark.parametrize("phrase", ["in week 45", "during calendar week 12 of 2025"])
def test_a_numbered_week_of_the_year_is_a_week(phrase):
    period = read_period(phrase, 0)
    assert period is not None and period.days == 7.0 and period.end == len(phrase)
