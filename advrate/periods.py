"""Periods of time as reporting writes them, read to their length in days.

A figure becomes a rate when the text says over what period it was made:
"in barely three weeks", "after four months of heavy fighting", "last week",
"within 48 hours", "on the second day of the attack", "from February to
May", "October-December 2023", "in June and July", "between 3 and 17
April", "in the first half of 2025". :func:`read_period` reads one such
phrase at a given position and returns its length, with a note wherever a
length had to be assumed.

Relative periods ("last month", "this year") are resolved against the
article's publication date when one is given: "last month" in an article of
5 March 2025 is February 2025, 28 days. Without a date they take the mean
length of their unit (a month of 30.44 days, pint's definition) and say so.
Months named without a year take the most recent such month before the
publication date, or a common year with a note; "last November" is the latest
November that had ended (November 2024 in an article of 20 November 2025). A
named year or month that
the publication date falls in counts to that date ("in 2025", published on 7
October 2025, is 280 days), and so does a period from a named start ("since
the start of the year", "since 6 August"), which without a date is not read.
The time since an attack began is read too: "six days after the start of the
operation", "two weeks into the offensive".

The grammar is a small set of anchored, bounded regular expressions (ASCII,
case-insensitive), so reading costs time linear in the phrase. Lengths come
from the calendar or from pint, never from hand-typed factors.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import sys
from dataclasses import dataclass

from .checks import as_date, as_number
from .exceptions import AdvrateError
from .scan import NUMBER_PHRASE, NUMBER_WORDS, UNIT_PATTERN, count_value, phrase_trie

__all__ = [
    "BEGINNING_VERBS",
    "DAY_COUNT",
    "Period",
    "read_as_many",
    "read_period",
    "scan_as_many",
    "scan_dated_span",
    "scan_period",
    "scan_period_list",
    "unit_days",
]

_I = re.IGNORECASE | re.ASCII

_MONTH_NAMES = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTHS = {**_MONTH_NAMES, **_MONTH_ABBREVIATIONS}
_M = f"(?:{phrase_trie(_MONTH_NAMES)}|{phrase_trie(_MONTH_ABBREVIATIONS)}\\.?)"
_Y = r"(?:1[89]\d{2}|20\d{2})"
# An ordinal's ending, also the older "2d", "3d", "23d" of American army reports
_ORD = r"(?:st|nd|rd|th|(?<=[23])d)"
_D = rf"(?:[0-3]?\d){_ORD}?"
# After a number that follows a day and "and": the number is a figure with its own unit
# or its own day ("20 miles on June 15 and 18 on June 16"), not a second day
# (or "20 more", "20 further": "26 miles on the 19th and 20 more the next day")
_NOT_A_FIGURE_AFTER = (
    rf"(?!\s+(?:on|in|during|over|more|further)\b|\s*{UNIT_PATTERN}(?![A-Za-z0-9²³]))"
)
_ORDINAL_DAY = rf"(?:[0-3]?\d){_ORD}"
_TO = r"\s*(?:-|to|until|till|through|thru|and)\s*"
# ("in a couple of days": two; "in a half-dozen days": six)
_N = rf"(?:{NUMBER_PHRASE}|(?:a\s+)?couple\s+of|(?:an?\s+)?half[\s-]+dozen|an?|one)"
_PREP = r"(?:in|during|over|within|after|following|for|across|throughout|inside|under)"
_QUAL = (
    r"(?:(?:barely|scarcely|hardly|just|only|no\s+less\s+than|not\s+more\s+than|no\s+more\s+than|at\s+least|"
    r"at\s+most|well\s+over|upwards\s+of|less\s+than|under|more\s+than|over|nearly|almost|about|"
    r"roughly|some|around|approximately|approx\.?|ca\.|c\.|a\s+little\s+(?:over|more\s+than)|"
    r"little\s+more\s+than|"
    r"no\s+more\s+than|fewer\s+than|a\s+mere|mere|a\s+matter\s+of|the\s+space\s+of|"
    # "in the comparatively short time of sixteen days", "in a brief period of"
    r"(?:the|a)\s+(?:(?:comparatively|relatively|remarkably|very)\s+)?(?:short|brief)\s+"
    r"(?:time|period|space|span)\s+of|the\s+time\s+of|"
    r"the\s+course\s+of|period\s+of|span\s+of|stretch\s+of|as\s+little\s+as|as\s+few\s+as|"
    r"as\s+short\s+as)\s+"
    # "after ~14 months of fighting": a sign for "about", no space needed
    r"|[~≈]\s*)"
)
_ORDER = (
    r"(?:first|opening|initial|last|past|next|previous|prior|final|following|preceding|same|"
    r"latest|recent|subsequent|ensuing)"
)
_WHOLE = (
    r"(?:single|whole|full|entire|short|brief|intense|bloody|hard|heavy|long|marching|fighting|"
    r"calendar|consecutive|straight|successive|"
    # ("in a good week we take 2 or 3 km", "in a typical month": one such length)
    r"good|bad|typical|average|normal|ordinary|quiet|busy)"
)
#: A unit of time counted in words, singular or plural: "days", "a week".
TIME_UNIT_WORD = r"(?:hours?|days?|weeks?|fortnights?|months?|years?)"
# A place's name, as written, capitalised: "Avdiivka", "Velyka Novosilka".
_PLACE_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
_EVENTS = phrase_trie(
    ("attack", "offensive", "operation", "war", "battle", "campaign", "invasion", "assault",
     "counteroffensive", "counter-offensive", "advance", "fighting", "combat", "push", "drive",
     "thrust", "breakthrough", "onslaught", "month", "year", "week", "hostilities", "conflict",
     "siege", "incursion", "pursuit", "blitz", "blitzkrieg", "counterattack", "counter-attack",
     "landing", "breakout")
) + "s?"  # fmt: skip
# "of heavy fighting", "of the offensive", "of the month": what a period was of.
_OF_TAIL = (
    rf"(?:\s+of\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?(?:[a-z-]+\s+){{0,2}}?{_EVENTS})?"
)
_OPERATION_NAME = (
    r"(?:Operations?\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?![\w'’-]|\s+[a-z])"
)
# "in the first three weeks of August", "in the first ten weeks of 2024": the count
# says how long, the month or year only when. (Not after "by the end of": "by the
# end of the first week of August" may count from long before August.)
# (The year is tried first: "of the year" is also an event, but one the calendar knows.)
_OF_TAIL_DATED = (
    rf"(?:\s+of\s+(?:{_M}(?:,?\s+{_Y})?|(?P<of_year>{_Y})|(?P<of_rel>the|this|last)\s+year)\b(?![’'])"
    # "in the first 18 days of Barbarossa", "the five weeks of Operation Bagration": an
    # operation's name ends the period (a name that goes on, "of Ukrainian shelling", not)
    rf"|\s+of\s+{_OPERATION_NAME}"
    rf"|\s+of\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?(?:[a-z-]+\s+){{0,2}}?{_EVENTS})?"
)
# "throughout the entirety of 2023", "in the whole of October", "during all of 2024"
_ALL_OF = r"(?:(?:the\s+)?(?:entirety|whole|entire\s+length|full\s+length)\s+of\s+|all\s+of\s+)"
_WEEKDAYS = "(?:" + "|".join(d.lower() for d in calendar.day_name) + ")"
_WEEKDAY_INDEX = {d.lower(): i for i, d in enumerate(calendar.day_name)}
# "in the seven days to 20 October", "in the week to Sunday", "in the 24 hours to
# 6am": the end of a counted period, which says when it ended, not how long it was.
_TO_END = (
    rf"(?P<to_end>\s+(?:to|ending(?:\s+on)?|up\s+to|until|through)\s+(?:(?:{_D}\s+{_M}|{_M}\s+{_D})"
    # "in the year to November", "the three months to the end of September"
    rf"(?:,?\s+{_Y})?|(?:the\s+end\s+of\s+)?{_M}(?:\s+{_Y})?(?!\s*\d)|{_WEEKDAYS}|midnight|noon|\d{{1,2}}(?::\d{{2}})?\s*(?:am|pm|a\.m\.|p\.m\.)"
    rf"|\d{{1,2}}:\d{{2}})\b)?"
)
# "the last week and the week before" is two weeks: never read as the last alone
# "459 km² in August or September": one of two periods, so neither is the figure's
_NOT_ALTERNATIVE = rf"(?!\s*,?\s+or\s+(?:(?:early|mid|late)[\s-]+)?(?:{_M}|{_Y})\b)"
#: A day or week counted in words or digits, as in "day three", "day 10", "week 2".
DAY_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}(?![,.]?\d))"
_AND_BEFORE = r"(?!\s+and\s+(?:the\s+)?(?:one|day|week|fortnight|month|year)\s+before\b)"
_ORDINAL_DAYS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "opening": 1, "initial": 1,
}  # fmt: skip

# The part of a month one end of a span names: "the end of May", "mid-April".
_MONTH_PART = r"(?:(?P<part{n}>(?:the\s+)?(?:start|beginning|end|middle)\s+of|mid)(?:\s+|-\s*))?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # between 3 and 17 April / from 30 December to 5 January 2025
    ("days_dm", re.compile(
        rf"(?:(?:in|during|over)\s+(?:the\s+(?:week|period|days)\s+)?)?(?:from|between)\s+"
        rf"(?P<d1>{_D})(?:\s+(?P<m1>{_M}))?(?:,?\s+(?P<y1>{_Y}))?{_TO}(?P<d2>{_D})\s+"
        rf"(?P<m2>{_M})(?:,?\s+(?P<y2>{_Y}))?\b", _I)),
    # over the week of Oct. 20-27 / in the week ending 5 January: a week, whatever the dates say
    ("week_of", re.compile(
        rf"(?:in|during|over|for|throughout|within)\s+the\s+week\s+(?:of|ending|ended|to|through|from|"
        rf"beginning|starting|commencing)\s+"
        rf"(?:{_M}\s+{_D}|{_D}\s+{_M}|{_D})(?:\s*(?:-|to|and|through)\s*(?:{_M}\s+)?{_D}"
        rf"(?:\s+{_M})?)?(?:,?\s+{_Y})?\b", _I)),
    # "in week 45", "during calendar week 12 of 2025": a week counted in the year
    ("week_of", re.compile(
        rf"(?:in|during|over)\s+(?:calendar\s+|the\s+calendar\s+)?week\s+(?:no\.\s*)?"
        rf"[1-5]?\d(?:\s+of\s+{_Y})?\b(?![.,]?\d|\s*(?:km|kilomet|met|mi|sq|square|%))", _I)),
    # from December 30 to January 5 / between July 15 and 21, 2024
    ("days_md", re.compile(
        rf"(?:(?:in|during|over)\s+(?:the\s+(?:week|period|days)\s+)?)?(?:from|between)\s+"
        rf"(?P<m1>{_M})\s+(?P<d1>{_D})(?:,?\s+(?P<y1>{_Y}))?{_TO}(?:(?P<m2>{_M})\s+)?"
        rf"(?P<d2>{_D})(?:,?\s+(?P<y2>{_Y}))?\b", _I)),
    # "300 km² Oct. 20-Nov. 3", "during October 20-November 3", "in the period Oct 20 to
    # Nov 3": days in two months, each month named, with or without a preposition
    ("days_md", re.compile(
        rf"(?:(?:in|during|over|for)\s+(?:the\s+(?:week|period|days)\s+(?:of\s+)?)?)?"
        rf"(?P<m1>{_M})\s+(?P<d1>{_D})(?:,?\s+(?P<y1>{_Y}))?\s*(?:-|to|through|thru|until|till)\s*"
        rf"(?P<m2>{_M})\s+(?P<d2>{_D})(?:,?\s+(?P<y2>{_Y}))?\b"
        rf"(?!\s*(?:{UNIT_PATTERN}(?![A-Za-z0-9²³])|%))", _I)),
    ("days_dm", re.compile(
        rf"(?:(?:in|during|over|for)\s+(?:the\s+(?:week|period|days)\s+(?:of\s+)?)?)?"
        rf"(?P<d1>{_D})\s+(?P<m1>{_M})(?:,?\s+(?P<y1>{_Y}))?\s*(?:-|to|through|thru|until|till)\s*"
        rf"(?P<d2>{_D})\s+(?P<m2>{_M})(?:,?\s+(?P<y2>{_Y}))?\b", _I)),
    # on June 1 through 7 / in June 1 to June 7, 2025 / in 1 to 7 June: a span of days
    ("days_md", re.compile(
        rf"(?:on|in|during|over)\s+(?P<m1>{_M})\s+(?P<d1>{_D})(?:,?\s+(?P<y1>{_Y}))?"
        rf"\s+(?:to|through|thru|until|till)\s+(?:(?P<m2>{_M})\s+)?(?P<d2>{_D})"
        rf"(?:,?\s+(?P<y2>{_Y}))?\b(?!\s*(?:km|kilomet|met|mi|sq|square|%))", _I)),
    ("days_dm", re.compile(
        rf"(?:on|in|during|over)\s+(?P<d1>{_D})(?:\s+(?P<m1>{_M}))?\s+(?:to|through|thru|until|"
        rf"till)\s+(?P<d2>{_D})\s+(?P<m2>{_M})(?:,?\s+(?P<y2>{_Y}))?\b", _I)),
    # in 3-17 April 2024
    # ("in the 1-30 November period": the same, named as a period)
    ("days_dash", re.compile(
        rf"(?:(?:in|during|over)\s+the\s+period\s+(?:of\s+)?|(?:in|during|over)\s+(?P<the>the)\s+|"
        rf"in\s+|during\s+|over\s+|on\s+|from\s+|"
        rf"between\s+)(?P<d1>{_D})\s*-\s*(?P<d2>{_D})\s+(?P<m2>{_M})"
        rf"(?:,?\s+(?P<y2>{_Y}))?(?(the)\s+period)\b", _I)),
    # on June 1-7, 2025: never "on June 1" alone
    # "in the October 1-20 period": the same span, named as a period
    ("days_dash", re.compile(
        # ("120 km² Nov. 10-16": the same without a preposition)
        rf"(?:(?:in|during|over)\s+the\s+period\s+(?:of\s+)?|(?:in|during|over|on|from|between)\s+"
        rf"(?:(?P<the>the)\s+)?)?(?P<m2>{_M})\s+(?P<d1>{_D})"
        rf"\s*-\s*(?P<d2>{_D})(?:,?\s+(?P<y2>{_Y}))?(?(the)\s+period)\b(?!\.?\s*\d)", _I)),
    # on 18 and 19 November / on November 18 and 19: two days running (two days apart
    # from each other are two events, not a span)
    ("days_and", re.compile(
        rf"on\s+(?P<d1>{_D})\s+(?:and|&)\s+(?P<d2>{_D})\s+(?P<m2>{_M})"
        rf"(?:,?\s+(?P<y2>{_Y}))?\b", _I)),
    ("days_and", re.compile(
        rf"on\s+(?P<m2>{_M})\s+(?P<d1>{_D})\s+(?:and|&)\s+(?P<d2>{_D})(?:,?\s+(?P<y2>{_Y}))?\b"
        rf"(?!\.?\s*\d|\s*(?:km|kilomet|met|mi|sq|square|%))", _I)),
    # "from the 21st to the 26th", "between the 3rd and the 9th of August": days named by
    # their ordinals alone, as older English names them; "on the 8th and 9th of August"
    ("days_the", re.compile(
        rf"(?:(?:in|during|over)\s+(?:the\s+(?:period|days)\s+)?)?(?:from|between)\s+the\s+"
        rf"(?P<d1>{_ORDINAL_DAY})\s+(?:to|and|until|till|through)\s+the\s+(?P<d2>{_ORDINAL_DAY})"
        rf"(?:\s+of\s+(?P<m2>{_M})(?:,?\s+(?P<y2>{_Y}))?)?\b(?!\s*(?:of\s+the\s+month\b)?\s*\d)",
        _I)),
    ("days_the_and", re.compile(
        rf"on\s+the\s+(?P<d1>{_ORDINAL_DAY})\s+(?:and|&)\s+(?:the\s+)?(?P<d2>{_ORDINAL_DAY})"
        rf"(?:\s+of\s+(?P<m2>{_M})(?:,?\s+(?P<y2>{_Y}))?)?\b"
        # "on the 8th and 9th Armies' front": units, not days
        rf"(?!\s+(?:(?!{_M}\b)(?-i:[A-Z])|(?:armies|army|corps|divisions?|brigades?|regiments?|"
        rf"battalions?|fronts?|fleets?)\b))", _I)),
    # from February to May 2025 / between March 2023 and February 2024 / in October-December;
    # either end may name a part of its month: "between January and the end of May", "from
    # the beginning of March to mid-April", "from mid-October to mid-November" (the 1st,
    # the last day, the 15th). "Early" and "late" name no day, so they make no span.
    ("months_range", re.compile(
        rf"(?:(?:in|during|over)\s+(?:the\s+(?:period|months)\s+)?)?(?:(?:from|between)\s+)"
        rf"(?:{_MONTH_PART.format(n=1)}(?P<m1>{_M})(?:\s+(?P<y1>{_Y}))?|(?P<year_start>the\s+(?:start|"
        # "from the start of the year to mid-June": from 1 January
        rf"beginning)\s+of\s+(?:the\s+year|this\s+year|(?P<y0>{_Y}))))"
        rf"{_TO}(?:{_MONTH_PART.format(n=2)}"
        rf"(?P<m2>{_M})(?:,?\s+(?P<y2>{_Y}))?|"
        # "from mid-August through the end of the year": to 31 December
        rf"(?P<year_end>the\s+end\s+of\s+(?:the|this)\s+year))\b", _I)),
    # "during the January-June period", "in the July-September quarter": the same span,
    # named as a period
    # ("4,000 km² January-October": wire copy leaves out the preposition)
    ("months_range", re.compile(
        rf"(?:(?:in|during|over|throughout)\s+(?:(?P<the>the)\s+)?)?(?P<m1>{_M})(?:\s+(?P<y1>{_Y}))?"
        rf"(?:\s*-\s*|\s+(?:through|thru|to|until|till)\s+)(?P<m2>{_M})"
        rf"(?:,?\s+(?P<y2>{_Y}))?(?(the)\s+(?:period|quarter|months)(?:\s+of\s+(?P<y3>{_Y}))?)\b",
        _I)),
    # in March, April and May / in March and April and May: every month named
    ("months_list", re.compile(
        rf"(?:in|during|over|throughout)\s+(?:the\s+(?:months|course)\s+of\s+)?(?P<list>{_M}"
        rf"(?:(?:\s*,\s*|\s*,?\s+and\s+){_M}){{2,}})(?:,?\s+(?P<y2>{_Y}))?\b", _I)),
    # in June and July (both months, not June alone)
    ("months_and", re.compile(
        rf"(?:in|during|over|throughout)\s+(?:the\s+(?:months|course)\s+of\s+)?(?P<m1>{_M})\s+and\s+"
        rf"(?P<m2>{_M})"
        rf"(?:,?\s+(?P<y2>{_Y}))?\b", _I)),
    # from 2022 to 2024 / in 2024-25
    # in 2022, 2023 and 2024: every year named
    ("years_list", re.compile(
        rf"(?:in|during|over|throughout)\s+(?P<ylist>{_Y}(?:(?:\s*,\s*|\s*,?\s+and\s+){_Y}){{2,}})"
        rf"\b(?!\s*(?:km|kilomet|met|mi|sq|square|%|percent|per))", _I)),
    ("years_range", re.compile(
        rf"(?:(?:from|between)\s+|(?:in|during|over)\s+)(?P<y1>{_Y})\s*(?:-|to|and|through)\s*"
        rf"(?P<y2>{_Y}|\d{{2}})\b(?!\s*(?:km|kilomet|met|mi|sq|square|%|percent|per))", _I)),
    # "in 2024's first half", "during 2025's third quarter": the same, the year first
    ("part_of_year", re.compile(
        rf"(?:in|during|over|throughout)\s+(?P<y>{_Y})['’]s\s+(?P<which>first|second|third|fourth|"
        rf"last|final)\s+(?P<part>half|quarter)\b", _I)),
    # in the first half of 2025 / in the third quarter of last year
    ("part_of_year", re.compile(
        rf"(?:in|during|over|throughout)\s+the\s+(?P<which>first|second|third|fourth|last|final)"
        rf"\s+(?P<part>half|quarter)(?:\s+of\s+(?:(?P<y>{_Y})|(?P<rel>the|this|last)\s+year)\b|"
        # "in the third quarter": of the year of publication, as "in Q3"
        rf"(?P<bare>\b)(?!\s+of\b|-))", _I)),
    # in the first half of November / during the second half of October 2024
    ("half_month", re.compile(
        rf"(?:in|during|over|throughout)\s+the\s+(?P<which>first|second|last|latter)\s+half\s+of\s+"
        rf"(?P<m1>{_M})(?:,?\s+(?P<y1>{_Y}))?\b(?!\.?\s*\d)", _I)),
    # "in November's first half": the same, the month first
    ("half_month", re.compile(
        rf"(?:in|during|over|throughout)\s+(?P<m1>{_M})(?:\s+(?P<y1>{_Y}))?['’]s\s+"
        rf"(?P<which>first|second|last|latter)\s+half\b", _I)),
    # in Q1 2025 / during H2 2024: a quarter or a half, written as analysts write it
    ("part_code", re.compile(
        rf"(?i:in|during|over|throughout)\s+(?:the\s+)?(?P<code>[QH])(?P<index>[1-4])"
        # "in Q3": the year from the publication date, as for a month
        rf"(?:(?:\s+of)?\s+(?P<y>{_Y}))?\b(?!\s*\d)", re.ASCII)),
    # "in 2024 Q3", "in 2024 H2": the year written first
    ("part_code", re.compile(
        rf"(?i:in|during|over|throughout)\s+(?P<y>{_Y})\s+(?P<code>[QH])(?P<index>[1-4])\b",
        re.ASCII)),
    # "on Monday, Tuesday and Wednesday": every weekday named
    ("weekday_list", re.compile(
        rf"on\s+(?P<wlist>{_WEEKDAYS}(?:(?:\s*,\s*|\s*,?\s+and\s+){_WEEKDAYS}){{2,}})\b", _I)),
    # "on Thursday and Friday", "from Monday to Wednesday": days counted by weekday
    ("weekdays", re.compile(
        # ("pushed 18 miles forward Friday and Saturday": American wire copy leaves out "on")
        rf"(?:(?:on|from|between)\s+)?(?P<w1>{_WEEKDAYS})\s*(?:and|&|to|through|until|-|–)\s*"
        rf"(?:on\s+)?(?P<w2>{_WEEKDAYS})\b", _I)),
    # "since Thursday": to the publication date, so only with one
    # ("since dawn Tuesday", "since midnight on Sunday": from that day's start)
    ("since_weekday", re.compile(
        rf"since\s+(?:(?:dawn|daybreak|midnight|noon)\s+(?:on\s+)?)?(?:last\s+)?(?P<w1>{_WEEKDAYS})\b",
        _I)),
    # "since it began on Monday", "since launching the offensive on Monday"
    ("since_weekday", re.compile(
        rf"since\s+(?:(?:(?:the\s+|its\s+|their\s+)(?:[\w'’-]+\s+){{0,2}}?{_EVENTS}|it)\s+"
        rf"(?:began|started|opened|was\s+launched)|(?:launching|starting|beginning|opening)\s+"
        # ("since the offensive opened last Friday": "last" without "on"; "since the
        # offensive opened Saturday": wire copy leaves out "on")
        rf"(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,2}}?{_EVENTS})\s+(?:on\s+(?:last\s+)?|last\s+)?"
        rf"(?P<w1>{_WEEKDAYS})\b", _I)),
    # "pushed ahead 8 miles yesterday and today": two days, the second so far
    ("two_days", re.compile(
        r"yesterday\s+and\s+(?:today|tonight)\b", _I)),
    # on the second day of the attack / on Tuesday / on 12 March / yesterday
    ("one_day", re.compile(
        # ("by nightfall on the first day": the time of day, then the day)
        rf"(?:(?:by\s+(?:noon|midday|nightfall|dusk|sunset|dark|evening)\s+)?on\s+"
        rf"(?:the\s+|its\s+|their\s+)?|the\s+)(?P<ord>{'|'.join(_ORDINAL_DAYS)}|"
        rf"\d{{1,2}}{_ORD})\s+day"
        rf"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){{0,2}}?{_EVENTS})?\b|"
        # ("during December 24": a communiqué's day, said "during")
        # ("advanced 10 miles Tuesday", "fell back 15 miles during Thursday night": wire copy)
        rf"(?:(?:on|during)\s+)?(?:{_WEEKDAYS})\b(?:\s+night\b)?(?!\s*,\s*{_WEEKDAYS}|['’])|"
        rf"(?:on|during)\s+(?:{_D}\s+{_M}|{_M}\s+{_D})"
        rf"(?:,?\s+{_Y})?\b"
        # never the first day of a span or a list: "on June 1 through 7", "on June 3, 4 and 5"
        # (but "On 12 October, 3 battalions advanced …": a count after the comma)
        rf"(?!\s*(?:-|–|to|through|thru|until|till|&)\s*(?:{_M}\s+)?{_D}\b)"
        # ("marched 20 miles on June 15 and 18 on June 16": a figure after "and", with its
        # own unit or day, is no second day)
        rf"(?!\s*and\s*(?:{_M}\s+)?{_D}\b{_NOT_A_FIGURE_AFTER})"
        rf"(?!\s*,\s*(?:{_M}\s+)?{_D}\b(?:,?\s+{_Y}\b|\s*(?:,|and\b|&|-|–|{_M}\b)))|"
        # "on day three of the offensive", "on day 2"
        rf"on\s+day\s+{DAY_COUNT}\b"
        rf"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){{0,2}}?{_EVENTS})?|"
        # ("by the end of D-Day": the day itself, as "by the end of the first day" is)
        rf"(?:yesterday|overnight|(?:last|that)\s+night)\b|"
        rf"(?:on|(?:by|at)\s+the\s+(?:end|evening|close|night)\s+of)\s+D-Day\b(?:\s+itself\b)?|"
        # "The next morning the tanks pushed on another 15 miles", "That afternoon …",
        # "Later that day …": part of one day of a narrative
        rf"(?:that|the\s+(?:next|following|same))\s+(?:morning|afternoon|evening)\b|"
        rf"the\s+(?:next|following)\s+night\b|later\s+that\s+day\b|"
        # ("Next day we did 22 miles": a diary leaves out "the" at a sentence's start)
        rf"(?-i:Next)\s+(?:day|morning)\b|"
        # "On the 8th the Canadians advanced eight miles": a day of the month in hand
        rf"on\s+the\s+(?:[1-9]|[12]\d|3[01]){_ORD}\b(?:\s+of\s+{_M}\b(?:,?\s+{_Y})?)?"
        # (not "on the 1st Ukrainian Front", "on the 3rd Army's front": a formation's number)
        rf"(?!\s*(?:-|–|to|through|thru|until|till|,)\s*\d|\s*and\s*\d+{_ORD}?\b"
        rf"{_NOT_A_FIGURE_AFTER}|\s+(?:day|week|month|year|"
        rf"anniversary|century|time|attempt)\b|\s+(?-i:[A-Z]))|"
        # "between dawn and dusk", "from dawn till nightfall": one day's daylight
        # ("between sunrise and sunset", "from daybreak to dark": the same)
        rf"(?:between|from)\s+(?:dawn|sunrise|sun-up|daybreak|first\s+light)\s+(?:and|to|till|until)\s+"
        rf"(?:dusk|nightfall|sunset|sundown|dark|evening)\b|"
        # "on their best day", "on the worst day of the offensive"
        rf"on\s+(?:the|its|their|his|her)\s+(?:best|worst|busiest|fastest|biggest)\s+day"
        rf"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){{0,2}}?{_EVENTS})?\b", _I)),
    # "during the night of 5 June": part of one day and night, so at most one
    ("night", re.compile(
        # "on the night of 5-6 June": one night, the two dates its evening and its morning
        rf"(?:during|in|on)\s+the\s+night(?:\s+of\s+(?:{_D}(?:\s*[-–/]\s*{_D})?\s+{_M}|"
        rf"{_M}\s+{_D}(?:\s*[-–/]\s*{_D})?)(?:,?\s+{_Y})?)?\b"
        rf"(?!\s+(?:before|after)\b)|"
        # "in one night", "in a single night", "overnight" is read as one day elsewhere
        rf"(?:in|during|within)\s+(?:one|a)\s+(?:single\s+)?night\b|"
        # "in a single morning", "in one afternoon": part of a day, so at most one
        rf"(?:in|during|within)\s+(?:one|a)\s+(?:single\s+)?(?:morning|afternoon|evening)\b", _I)),
    # "since the start of the day", "since dawn": part of one day, so at most one
    ("today_so_far", re.compile(
        r"since\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+day|this\s+morning|dawn|"
        # "Soviet troops drove 25 miles closer to Berlin today": a bulletin's day so far
        r"daybreak)\b|(?<!\bof\s)(?<!\bto\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bthrough\s)"
        # ("advanced 20 miles tonight": the same; "this morning" as often dates a report)
        # ("to-day", "to-night": the older spelling of the bulletins of 1914-18)
        r"(?:to-?day|to-?night)\b(?!['’]s\b|\s*[-–]\s*\w)|"
        # "By noon the Canadians had advanced 4 miles": the day so far (not "by nightfall on
        # Tuesday", a day named after it)
        r"by\s+(?:noon|midday|nightfall|dusk|sunset|dark|evening|mid-?afternoon|mid-?morning)\b"
        r"(?!\s+(?:on|of|the\s+(?:next|following|same|previous))\b|"
        rf"\s*,?\s*{_WEEKDAYS}\b)",
        _I)),
    # by the end of the third day / at the end of the second week of the offensive
    ("by_end", re.compile(
        rf"(?:(?:by|at)\s+the\s+(?:end|evening|close|night|morning|afternoon|noon|midday)\s+of|by)\s+"
        rf"(?:the\s+|its\s+|their\s+|"
        # "by the end of the operation's first week"
        rf"(?:the\s+)?[a-z-]+['’]s\s+)?"
        rf"(?P<ord>{'|'.join(_ORDINAL_DAYS)}|\d{{1,2}}{_ORD})\s+(?P<unit>day|week|month)"
        rf"\b{_OF_TAIL}", _I)),
    # in barely three weeks / after four months of heavy fighting / within 48 hours /
    # during the opening week of the offensive / in the past 24 hours / in a single day
    # "in 3 to 4 days", "in two to three weeks", "in a week or two": a span of lengths
    ("count_range", re.compile(
        rf"{_PREP}\s+(?:(?:just|only|about|some|roughly|around|approximately)\s+)?"
        rf"(?:(?P<n>{_N})\s*(?:-|–|to|or)\s*(?P<n2>{_N})\s+(?P<unit>{TIME_UNIT_WORD})|"
        rf"an?\s+(?P<unit1>day|week|fortnight|month|year)\s+or\s+(?P<n2b>two|three|\d))\b", _I)),
    ("count", re.compile(
        # "in the war's first year": a possessive in place of the article
        # ("in 2025's first two months": a year owning them, as "of 2025" does)
        rf"{_PREP}\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
        # ("over the battle's 141 days": a count owned so too)
        rf"(?:(?:(?P<own_year>{_Y})|[A-Za-z-]+)['’]s\s+(?=(?:{_ORDER}|{NUMBER_PHRASE})\s))?"
        rf"{_QUAL}?(?:(?P<rel>{_ORDER})\s+)?{_QUAL}?"
        rf"(?:(?P<n>{_N})(?P<n_half>(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?\s+)?(?:{_WHOLE}\s+)?"
        rf"(?P<unit>{TIME_UNIT_WORD})\b"
        rf"(?P<half>\s+and\s+a\s+half\b)?{_OF_TAIL_DATED}{_TO_END}"
        # "in the month since they took Avdiivka": one month, counted back from now
        rf"(?P<since_tail>(?=\s+since\b))?{_AND_BEFORE}"
        # "in a week or two", "in 3 to 4 days": a span of lengths, never its first end alone
        rf"(?!\s+or\s+(?:two|three|four|five|six|ten|\d)\b)", _I)),
    # "in 24 hrs", "within 2 wks", "over 3 mos.", "over the past 24h": abbreviations after a
    # count in digits
    ("count", re.compile(
        rf"{_PREP}\s+(?:the\s+(?:past|last|previous|first)\s+)?"
        rf"(?:(?:just|only|barely|about|some|nearly|almost|under|over|approx\.?|ca\.)\s+)?"
        rf"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>hrs?|h|wks?|mos?|mths?|yrs?)\b\.?", _I)),
    # "the 141-day battle", "after a two-week offensive", "in a 10-day push": a length
    # written as an adjective of the fighting it measures
    ("count_adj", re.compile(
        rf"(?:(?:in|during|over|after|throughout|within)\s+(?:the\s+course\s+of\s+)?)?"
        # "the Canadians' four-day advance", "Russia's 10-day offensive": a possessive
        rf"(?:a|an|the|its|their|this|that|(?:the\s+)?[A-Za-z-]+(?:['’]s|s['’]))\s+"
        # ("in a single 24-hour period": one such length)
        rf"(?:(?:single|whole|full|mere)\s+)?"
        # ("the week-long offensive", "a month-long push": one of the unit, said "-long")
        rf"(?:(?P<n>{NUMBER_PHRASE})-)?(?P<unit>hour|day|week|fortnight|month|year)(?(n)(?:-long)?|-long)\s+"
        rf"(?:(?:[a-z-]+\s+){{0,2}}?(?:{_EVENTS}|march|ride|journey|trek)|period|span|spell|"
        rf"stretch|window)\b", _I)),
    # "a three days' march of 60 miles", "after the ten days' fighting": the length in
    # the possessive, as older English writes it
    ("count_adj", re.compile(
        rf"(?:(?:in|during|over|after|throughout|within)\s+(?:the\s+course\s+of\s+)?)?"
        rf"(?:a|an|the|its|their|this|that)\s+(?P<n>{NUMBER_PHRASE})\s+"
        rf"(?P<unit>hour|day|week|month|year)s['’]\s+"
        rf"(?:(?:[a-z-]+\s+){{0,2}}?(?:{_EVENTS}|march|ride|journey|trek|marching|campaigning))\b",
        _I)),
    # "Three days' fighting carried the line forward two miles", "Two weeks of fighting
    # won the Canadians 4 miles": a length of fighting as the subject of its clause
    # ("The day's fighting carried the line forward 3 miles": the one day of the story)
    ("count_subject", re.compile(
        rf"(?:(?P<n>{_N})|(?:the|that)(?=\s+(?:day|week)['’]s\s))\s+"
        rf"(?P<unit>day|week|fortnight|month|year)(?:s['’]|['’]s|s?\s+of)\s+"
        rf"(?:(?:hard|heavy|bitter|fierce|intense|bloody|savage|continuous|constant|further|more)"
        rf"\s+)?(?:fighting|battle|combat|campaigning|marching|attacks|assaults|effort)\b"
        # the subject of a verb that follows, not the object of a preposition before it
        rf"(?=\s+(?:had\s+|have\s+|has\s+)?(?:carried|won|gained|brought|netted|yielded|"
        rf"pushed|moved|took|cost|saw|produced|got|advanced|put)\b)", _I)),
    # "The march of the next four days carried the column eighty miles", "a pursuit of
    # six days brought them 100 miles": the length inside the subject's noun phrase
    ("count_subject", re.compile(
        rf"(?:the|an?)\s+(?:[a-z-]+\s+)?(?:march|marching|advance|fighting|battle|campaign|drive|"
        rf"push|pursuit|operations?|attacks?|offensive)\s+of\s+(?:the\s+(?:next|following|first|"
        rf"ensuing|succeeding|last|past|previous)\s+)?(?P<n>{_N})\s+"
        rf"(?P<unit>hours|days|weeks|fortnights|months)"
        rf"(?=\s+(?:had\s+|have\s+|has\s+)?(?:carried|won|gained|brought|netted|yielded|"
        rf"pushed|moved|took|saw|produced|got|advanced|put)\b)", _I)),
    # last week / over the previous year / that month / this year
    # that same day / on the same day
    ("relative", re.compile(
        # "so far this year": to the publication date, as "this year" is
        r"(?:so\s+far\s+)?(?:(?:in|during|over|within|for|throughout|on)\s+)?(?:the\s+)?"
        r"(?:course\s+of\s+the\s+)?"
        r"(?:(?:that\s+(?=same\b))?(?P<rel>last|past|previous|prior|preceding|this|that|same|"
        r"current)\s+(?P<unit>day|week|fortnight|month|year)\b(?!\s+and\s+a\s+half\b)"
        + _AND_BEFORE +
        # "600 km² the following month": the one after a named one (never "the next
        # month", as often ahead as after); "the next day we trekked 10 miles": a day of a
        # narrative (the day a report came is set aside where the figure is read)
        r"|(?<=\bthe\s)(?P<rel_next>following|subsequent)\s+(?P<unit_next>week|month|year)\b"
        r"|(?<=\bthe\s)(?P<rel_day>next|following|subsequent)\s+(?P<unit_day>day)\b"
        # "the week before", "in the month prior": the one before the one in view
        r"|(?<=\bthe\s)(?P<unit_after>day|week|fortnight|month|year)\s+(?P<rel_after>before|prior)\b"
        # "3,500 km² the year after": the one after the one in view (not "the year after
        # the invasion", a date; nor a day, as often the day a report came)
        r"|(?<=\bthe\s)(?P<unit_later>week|month|year)\s+after\b(?!\s+(?:the|its|their|his|her|"
        r"an?|it|they|he|she|we|that|this|(?-i:[A-Z])|\d)))",
        _I)),
    # over the weekend / last weekend / at the weekend: Saturday and Sunday
    ("weekend", re.compile(
        r"(?:(?:over|during|at|on|in|for|throughout)\s+(?:the\s+|a\s+|this\s+|that\s+)?"
        r"(?:(?:last|past|previous|same|single|whole|entire)\s+)?|(?:last|past|this|previous)\s+)"
        r"week-?end\b(?!\s+of\b)", _I)),
    # over the course of the month / by the end of the day: the period the story is
    # about, named by "the" alone (a back-reference, like "that month"). Bare "for the
    # year" or "during the day" are left alone: they as often say when as how long.
    ("the_unit", re.compile(
        r"(?:(?:over|during|throughout|in)\s+the\s+(?:whole\s+|entire\s+)?course\s+of\s+the\s+"
        r"(?:whole\s+|entire\s+)?(?P<unit>day|week|fortnight|month|year)|(?:by|at)\s+(?:the\s+end\s+"
        # ("by day's end", "by the day's end": the same)
        r"of\s+the\s+(?P<unit_end>day)|(?:the\s+)?(?P<unit_end2>day)['’]s\s+end)|"
        # "advanced 1.2 km over the day", "During the day, the enemy advanced 500 m": the
        # day of a daily report
        r"(?:over|during)\s+the\s+(?P<unit_day>day)|"
        # "During the week, units of the Dnepr group liberated 12 km²": the week of a
        # weekly report, seven days whichever week it was
        r"(?:over|during|throughout|for)\s+the\s+(?:whole\s+|entire\s+|past\s+)?(?P<unit_week>week)(?!-end)|"
        # "In the week's fighting the Eighth Army gained 30 miles": a day's or a week's
        # fighting of a report, as "a week's fighting" is any week's
        r"(?:in|during|over)\s+the\s+(?P<unit_poss>day|week)['’]s\s+(?:heavy\s+|hard\s+|bitter\s+)?"
        r"(?:fighting|battles?|combat|operations|action)|"
        # "over the year", "throughout the month": read only as a back-reference to the
        # year or month the sentence names (the extractor drops it otherwise)
        r"(?:over|throughout)\s+the\s+(?:whole\s+|entire\s+)?(?P<unit_over>month|year))"
        # "the capture over the year of 6,640 km²": "of" before the figure itself
        r"\b(?!\s*(?:of\b(?!\s+\d|\s*$)|\d|'s\b|before\b|after\b|to\b|ending\b|ended\b))",
        _I)),
    # since the start of the offensive on 10 May / since the invasion began in February
    # 2022 / year to date: to the publication date, so only with one
    ("since_start", re.compile(
        rf"since\s+(?:(?:the\s+)?(?:start|beginning|launch|outset|opening)\s+of\s+(?:the\s+|its\s+|"
        rf"their\s+|this\s+|that\s+)?(?:[\w'’-]+\s+){{0,2}}?{_EVENTS}|(?:launching|starting|"
        rf"beginning|opening)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,2}}?{_EVENTS}|"
        # "since the invasion began in February", "since it began on June 4"
        # ("since the invasion on February 24, 2022", "since the landings on June 6": the
        # event's date without its verb)
        rf"(?:(?:the\s+|its\s+|their\s+)(?:[\w'’-]+\s+){{0,2}}?{_EVENTS}"
        rf"(?:\s+(?:began|started|opened|was\s+launched))?|(?:it|"
        # ("since hostilities began on Feb. 24, 2022": no article before a mass noun)
        rf"(?:full-scale\s+)?(?:hostilities|fighting|combat|war)(?=\s+(?:began|started)))\s+"
        rf"(?:began|started|opened|was\s+launched))"
        # "since capturing Avdiivka in February 2024", "since the fall of Avdiivka in …",
        # "since Avdiivka fell in …": a place taken on a date, the advance counted from it
        rf"|(?:capturing|taking|seizing|occupying|the\s+(?:fall|capture|seizure|loss|"
        rf"liberation|occupation)\s+of)\s+{_PLACE_NAME}"
        # ("since the beginning of the battle, on July 1": the date set off by a comma)
        # (not after "the start of the year,": its date is known, and the one after the
        # comma is another clause's)
        rf"|{_PLACE_NAME}\s+(?:fell|was\s+(?:captured|taken|seized|lost|liberated)))"
        rf"(?:(?<!year)(?<!month)(?<!week),)?\s+(?:on|in)\s+"
        rf"(?:(?P<d1>{_D})\s+(?P<m1>{_M})|(?P<m2>{_M})\s+(?P<d2>{_D})|(?P<m>{_M}))"
        rf"(?:,?\s+(?P<y1>{_Y}))?\b(?!\.?\s*\d)", _I)),
    ("since_start", re.compile(
        r"(?:(?:in\s+the\s+|for\s+the\s+|so\s+far\s+)?(?P<unit>year|month)[- ]to[- ]date)\b", _I)),
    # "in the year so far", "since the new year": the year (or month) to the publication date
    ("since_start", re.compile(
        r"(?:(?:in|for|during|over)\s+the\s+(?P<unit>year|month)\s+so\s+far|"
        r"since\s+(?:the\s+)?new\s+(?P<unit2>year)(?!['’]s|\s+(?:holidays?|break|truce|eve)\b))\b",
        _I)),
    # since the opening of the winter offensive, 81 days ago / since it began ten days ago:
    # the count before "ago" is the period's length, wherever "since" points.
    ("since_ago", re.compile(
        rf"since\b[^.;:!?()]{{1,80}}?[\s,]\s*(?:some\s+|about\s+|nearly\s+|almost\s+|just\s+|"
        rf"only\s+)?(?P<n>{_N})\s+(?P<unit>{TIME_UNIT_WORD})\s+ago\b", _I)),
    # since the start of the year / since the beginning of November / since 6 August:
    # to the publication date, so only with one
    ("since_start", re.compile(
        rf"since\s+(?:(?:the\s+)?(?:start|beginning|outset)\s+of\s+(?:(?:the|this)\s+"
        rf"(?P<unit>year|month)\b|(?P<sy>{_Y})\b(?!-|\s*-\s*\d)|(?P<sm>{_M})(?:\s+(?P<smy>{_Y}))?\b)|"
        rf"(?P<m>{_M})(?:\s+(?P<my>{_Y}))?\b(?!\.?\s*\d)|(?P<d1>{_D})\s+(?P<m1>{_M})(?:,?\s+"
        rf"(?P<y1>{_Y}))?\b|(?P<m2>{_M})\s+(?P<d2>{_D})(?:,?\s+(?P<y2>{_Y}))?\b|"
        # "since mid-August" (from the 15th), "since the end of July" (from its last day)
        rf"mid-?\s*(?P<mid>{_M})(?:\s+(?P<midy>{_Y}))?\b(?!\.?\s*\d)|"
        rf"the\s+end\s+of\s+(?P<endm>{_M})(?:\s+(?P<endy>{_Y}))?\b(?!\.?\s*\d))"
        # "since May 1 through October" ends in October, not at publication
        rf"(?!\s*(?:-|–|to|through|thru|until|till)\s+(?!date\b|now\b|today\b)\w)", _I)),
    # "The offensive, now in its fifth day, has gained 30 miles": five days so far (weeks
    # are left alone: "in its third week" is anywhere from 15 to 21 days)
    ("by_end", re.compile(
        rf"(?:now\s+)?in\s+(?:its|their)\s+(?P<ord>{'|'.join(_ORDINAL_DAYS)}|\d{{1,2}}{_ORD})"
        rf"\s+(?P<unit>day)\b", _I)),
    # "by day three", "by day 10 of the offensive": the same as "by the third day"
    ("by_end", re.compile(
        rf"by\s+(?:the\s+end\s+of\s+)?(?P<unit>day|week|month)\s+(?P<ord>{DAY_COUNT})\b{_OF_TAIL}",
        _I)),
    # "on D+1": a day of an operation counted from D-Day (or G-Day); "by D+2": D-Day
    # and the two days after it
    ("military_day", re.compile(
        r"(?:on\s+(?P<on>[DG])\+\d{1,3}|by\s+(?:the\s+end\s+of\s+)?(?P<by>[DG])\+(?P<n>\d{1,3}))"
        r"(?![\d+-])", _I)),
    # "Three days in, …", "Six months on, …": the time since the advance began
    ("elapsed", re.compile(
        rf"(?P<n>{_N})\s+(?:full\s+)?(?P<unit>{TIME_UNIT_WORD})\s+(?:in|on)(?=\s*,)", _I)),
    # "The offensive began on 1 July; 140 days later the British had advanced 6 miles":
    # the time since a start, when a pluperfect tells how far it had got by then (a
    # past simple, "two days later the army advanced 10 km", is a day of its own)
    ("elapsed", re.compile(
        rf"(?P<n>{_N})\s+(?:full\s+)?(?P<unit>{TIME_UNIT_WORD})\s+later"
        r"(?=,?\s+[^.;:]{0,60}?\bhad\s+(?!been\b)[a-z]+(?:ed|en|ne|wn|ught|ept|ot)\b)", _I)),
    # fifty days after D-Day / six days after the start of the operation / two weeks
    # into the offensive: the time since the advance began
    ("elapsed", re.compile(
        rf"(?P<n>{_N})\s+(?:full\s+)?(?P<unit>{TIME_UNIT_WORD})\s+(?:after|into|since)\s+(?:"
        rf"(?:the\s+)?(?:start|beginning|launch|opening|outbreak|onset)\s+of\s+(?:the\s+|its\s+|"
        rf"their\s+|this\s+)?(?:[a-z-]+\s+){{0,2}}?{_EVENTS}|d-day|"
        rf"(?:the\s+|its\s+|their\s+)(?:[a-z-]+\s+){{0,2}}?{_EVENTS}(?:\s+(?:began|started|opened))?|"
        # "two weeks after crossing the border", "ten days after landing": the advance's start
        rf"(?:crossing|landing|launching|starting|beginning|breaking\s+out|breaking\s+through|"
        rf"jumping\s+off)\b(?:\s+(?:the|its|their)\s+[a-z-]+)?|"
        rf"it\s+(?:began|started))\b", _I)),
    # in February 2025 / in December / during the month of May
    ("month", re.compile(
        rf"(?:in|during|over|throughout|for|across)\s+{_ALL_OF}?(?:(?:the\s+)?month\s+of\s+|"
        rf"the\s+course\s+of\s+(?:the\s+month\s+of\s+)?)?"
        rf"(?P<m1>{_M})"
        # (not "in November's first half": the month owns a part of itself; not "in November
        # 7", a day, but "in November 700", a figure that can be no day or year)
        rf"(?:,?\s+(?P<y1>{_Y}))?\b(?!\.?\s*(?!\d{{3}}(?![\d,]|\.\d)|\d{{1,3}},\d{{3}})\d|['’]s\b)"
        rf"{_NOT_ALTERNATIVE}", _I)),
    # last November / this past May: the latest such month that ended before publication
    ("last_month_name", re.compile(
        rf"(?:(?:in|during|over|throughout|for)\s+)?(?:last|this\s+past)\s+"
        rf"(?-i:(?!may\b))(?P<m1>{_M})\b(?!\.?\s*\d|\s*,?\s+{_Y}\b){_NOT_ALTERNATIVE}", _I)),
    # in 2024 / throughout the year 1943
    # "in the 2024 calendar year" (never 2,024 years)
    ("year", re.compile(
        rf"(?:in|during|over|throughout|for|across)\s+the\s+(?P<y1>{_Y})\s+calendar\s+year\b",
        _I)),
    ("year", re.compile(
        rf"(?:in|during|over|throughout|for|across)\s+{_ALL_OF}?(?:the\s+course\s+of\s+)?"
        rf"(?:the\s+(?:whole\s+|entire\s+|full\s+)?(?:calendar\s+)?year\s+(?:of\s+)?|"
        rf"(?:the\s+)?calendar\s+year\s+)?"
        # a range ("in 2024-25") is not the year alone; a dash opening an aside
        # ("in 2024 - a record") is
        # nor is "2024/25", a season or a fiscal year across two
        # nor is "in 2024's first half": the year owns a part of itself
        rf"(?P<y1>{_Y})\b(?!-|/|['’]s\b|\s*-\s*\d|\s*,\s*{_Y}\b|"
        # nor is "in 2024 Q3": the year's quarter
        rf"\s*(?:km|kilomet|met|mi|sq|square|%|percent)|\s+(?-i:[QH])[1-4]\b)"
        rf"{_NOT_ALTERNATIVE}", _I)),
]  # fmt: skip

# Every pattern starts with one of a few words: try only the patterns that can match.
_FIRST_WORD_RE = re.compile(r"[A-Za-z]+|\d")
# Month and weekday names as first words, for the periods that may open with one
# ("Nov. 10-16", "Tuesday"), wire copy leaving out the preposition
_MONTH_WORDS = " ".join(_MONTHS)
_WEEKDAY_WORDS = " ".join(_WEEKDAY_INDEX)
_FIRST_WORDS = {
    "week_of": "in during over for throughout within",
    "days_dm": "in during over from between on for #",
    "days_md": "in during over from between on for " + _MONTH_WORDS,
    "days_dash": "in during over on from between " + _MONTH_WORDS, "days_and": "on",
    "days_the": "in during over from between", "days_the_and": "on",
    "months_range": "in during over from between throughout " + _MONTH_WORDS,
    "months_and": "in during over throughout",
    "months_list": "in during over throughout", "years_list": "in during over throughout",
    "weekday_list": "on", "years_range": "from between in "
    "during over", "part_of_year": "in during over throughout",
    "part_code": "in during over throughout", "half_month": "in during over throughout",
    "one_day": "on during the last that yesterday overnight between from later by next "
    + _WEEKDAY_WORDS,
    "night": "during in within on",
    "today_so_far": "since today tonight to by", "two_days": "yesterday",
    "count": "in during over within after following for across throughout inside under",
    "count_range": "in during over within after following for across throughout inside under",
    "by_end": "by at in now", "military_day": "on by",
    "weekdays": "on from between " + _WEEKDAY_WORDS,
    "since_weekday": "since",
    "count_adj": "in during over after throughout within a an the its their this that",
    "the_unit": "over during throughout in by at for",
    "relative": "so in during over within for throughout on the course last past previous prior "
    "preceding this that same current", "month": "in during over throughout for across",
    "year": "in during over throughout for across", "since_ago": "since",
    "last_month_name": "in during over throughout for last this",
    "since_start": "since year month in for so during over",
    "weekend": "over during at on in for throughout last past this previous",
    "elapsed": "# a an one " + " ".join(NUMBER_WORDS),
    "count_subject": "# a an one the " + " ".join(NUMBER_WORDS),
}  # fmt: skip
_POSSESSIVE_ENDS = ("'", "’")  # "Russia's", "the Canadians'"
_BY_FIRST_WORD: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
for _kind, _pattern in _PATTERNS:
    for _word in _FIRST_WORDS[_kind].split():
        _BY_FIRST_WORD.setdefault(_word, []).append((_kind, _pattern))
_POSSESSIVE_KINDS = [(kind, pattern) for kind, pattern in _PATTERNS if kind == "count_adj"]

#: Periods shorter than this are speeds (vehicles, projectiles), not rates of advance. [day]
MIN_DAYS = 1.0
# "earlier this month", "late last year", "later in the week", "mid-2024": a time
# within the period, not the period itself
# (and "as of yesterday", "as at this week", "as of Monday": when a total or a holding
# was counted, never a period; nor the last day of a span, "the week ending Sunday", "the
# 30 days to 1 November")
_WITHIN_BEFORE_RE = re.compile(
    r"\b(?:(?:earlier|later|early|late|mid)(?:\s+|-)|as\s+(?:of|at|on)\s+|"
    r"(?:days|weeks?|fortnight|months?)\s+(?:ending|ended|to|through)\s+)$",
    _I,
)


# A day named after "by" ends a count from an unnamed start: "By Tuesday the division
# had advanced 12 km", "by yesterday", "by today" are no one-day periods
_DAYS_AFTER_BY = frozenset({*_WEEKDAY_INDEX, "yesterday", "today", "tonight", "to-day", "to-night"})
_BY_BEFORE_RE = re.compile(r"\bby\s+$", _I)


@dataclass(frozen=True)
class Period:
    """A period read from text.

    Attributes
    ----------
    days : float
        Its length. [day]
    text : str
        The words read.
    note : str
        What had to be assumed ("year not stated; …"), empty when nothing.
    end : int
        Offset just past the words read.
    days_high : float or None
        The longer length when the text gives a span of them ("in two to three
        weeks"); ``days`` is then the shorter. [day]
    """

    days: float
    text: str
    note: str = ""
    end: int = 0
    days_high: float | None = None  # "in 3 to 4 days": the longer end of a span of lengths


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def _span_years(
    g: dict[str, str | None], m1: int, m2: int, published: dt.date | None
) -> tuple[int, int, str]:
    """The years of a span from month ``m1`` to ``m2``: as stated, the end's year
    from the start's ("December 2023 to February"), else from publication."""
    y1 = int(g["y1"]) if g.get("y1") else None
    # ("the July-September period of 2024": the year after the span's name)
    y2 = int(g["y2"]) if g.get("y2") else int(g["y3"]) if g.get("y3") else None
    if y2 is None and y1 is not None:
        y2 = y1 + (1 if m2 < m1 else 0)
    year2, note = _year_for(m2, y2, published)
    year1 = y1 if y1 is not None else year2 - (1 if m1 > m2 else 0)
    return year1, year2, note


def _year_for(month: int, year: int | None, published: dt.date | None) -> tuple[int, str]:
    """The year a month belongs to: stated, else the latest before publication, else assumed."""
    if year is not None:
        return year, ""
    if published is not None:
        guess = published.year if month <= published.month else published.year - 1
        return guess, f"year not stated; {guess} taken from the publication date"
    return 2001, "year not stated; a common year assumed"


def _month_bounds(year: int, first_month: int, last_month: int) -> tuple[dt.date, dt.date]:
    """The first day of ``first_month`` and the last of ``last_month`` in ``year``."""
    return dt.date(year, first_month, 1), dt.date(
        year, last_month, calendar.monthrange(year, last_month)[1]
    )


def _months_of_a_year(
    g: dict[str, str | None], count: float, published: dt.date | None
) -> tuple[float, str] | None:
    """Days in "the first nine months of 2025", "the last three months of last year".

    Calendar months of a named year are counted as the calendar has them (Jan to
    Sep 2025 is 273 days, not nine mean months of 30.4 days); None for any other
    period, which is then counted in mean units.
    """
    rel = (g.get("rel") or "").lower()
    unit = (g.get("unit") or "").lower().rstrip("s")
    if unit != "month" or rel not in ("first", "last", "final"):
        return None
    if count != int(count) or not 1 <= count <= 12:
        return None
    note = ""
    if g.get("of_year") or g.get("own_year"):
        year = int(g.get("of_year") or g["own_year"])  # type: ignore[arg-type]
    elif g.get("of_rel") and published is not None:
        year = published.year - (1 if g["of_rel"].lower() == "last" else 0)  # type: ignore[union-attr]
        note = f"the year taken as {year} from the publication date"
    else:
        return None
    months = int(count)
    first_month = 1 if rel == "first" else 13 - months
    last_month = first_month + months - 1
    first, last = _month_bounds(year, first_month, last_month)
    return _span(first, last) or 0.0, note


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def _part_day(part: str | None, year: int, month: int, *, first: bool) -> int:
    """The day of a month that "the start of", "mid-" or "the end of" names; with no
    part, the first day for a span's start and the last for its end."""
    named = re.search(r"start|beginning|mid|end", part or "", _I)
    word = named.group(0).lower() if named else ("start" if first else "end")
    if word == "mid":
        return 15
    return 1 if word in ("start", "beginning") else calendar.monthrange(year, month)[1]


def _span(first: dt.date, last: dt.date) -> float | None:
    days = (last - first).days + 1
    return float(days) if days > 0 else None


@functools.lru_cache(maxsize=512)
def unit_days(count: float, unit: str) -> float:
    """``count`` of a unit of time ("week", "months", "fortnight") in days, by pint. [day]

    Raises AdvrateError for a unit that is not one of time ("parsec").
    """
    from .units import TIME_UNITS, get_registry

    key = unit.lower() if isinstance(unit, str) else ""
    name = "fortnight" if key.startswith("fortnight") else TIME_UNITS.get(key)
    if name is None:
        raise AdvrateError(f"not a unit of time: {str(unit)[:40]!r}; use day, week, month or year")
    return float(get_registry().Quantity(count, name).m_as("day"))


def _relative(rel: str, unit: str, published: dt.date | None) -> tuple[float, str]:
    """Length of "last month", "this year", "that week" and the like. [day]"""
    rel, unit = rel.lower(), unit.lower()
    if rel in ("prior", "before"):
        rel = "previous"
    mean = unit_days(1, unit)
    if unit in ("day", "week", "fortnight"):
        return mean, ""
    if published is not None and rel in ("last", "previous", "preceding"):
        if unit == "month":
            last_day = published.replace(day=1) - dt.timedelta(days=1)
            return float(last_day.day), f"last month: {last_day:%B %Y} (from the publication date)"
        year = published.year - 1
        return _year_days(year), f"last year: {year}"
    if published is not None and rel in ("this", "current"):
        if unit == "month":
            return float(published.day), f"this month: 1 to {published:%d %B %Y}, so far"
        return float(published.timetuple().tm_yday), f"this year: to {published:%d %B %Y}, so far"
    if rel == "past" and unit == "month":
        return 30.0, "the past month: 30 days assumed"
    if rel == "past" and unit == "year":
        return 365.0, "the past year: 365 days assumed"
    why = "no publication date given" if rel in ("last", "previous", "preceding", "this",
                                                  "current") else "a back-reference"  # fmt: skip
    return mean, f"'{rel} {unit}': a {unit} of {mean:g} days assumed ({why})"


def _check_offsets(
    text: object, pos: object, limit: object, *, limit_optional: bool = False
) -> None:
    if not isinstance(text, str):
        raise AdvrateError(f"text must be a string, not {type(text).__name__}")
    for name, value in (("pos", pos), ("limit", limit)):
        if name == "limit" and limit_optional and value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise AdvrateError(f"{name} must be an integer offset, not {value!r:.40}")
        if abs(value) > sys.maxsize:  # the regex engine takes no larger offset
            raise AdvrateError(f"{name} {value:.3g} is too large an offset")


_AS_MANY_RE = re.compile(
    rf"(?:in|over|within)\s+(?:just\s+|only\s+)?as\s+many\s+(?P<unit>{TIME_UNIT_WORD})\b", _I
)


def read_as_many(text: str, pos: int, limit: int, count: float) -> Period | None:
    """Read "in as many days" at ``pos``: as many as ``count``, the amount just read.

    "They advanced 10 km in as many days" took 10 days.

    Parameters
    ----------
    text : str
        Cleaned text.
    pos, limit : int
        Where the phrase must start, and where reading must stop.
    count : float
        The number of the amount before the phrase (10 in "10 km").

    Returns
    -------
    Period or None
        Its length [day]; None when no such phrase starts at ``pos`` or the
        count is not a positive whole number.
    """
    _check_offsets(text, pos, limit)
    return scan_as_many(text, pos, limit, as_number(count, "count"))


def scan_as_many(text: str, pos: int, limit: int, count: float) -> Period | None:
    """:func:`read_as_many` without its argument checks, for the extractor's inner
    loop, which tries it after every amount."""
    if not text.startswith(("i", "o", "w", "I", "O", "W"), pos):
        return None  # none of "in", "over", "within": most amounts stop here
    m = _AS_MANY_RE.match(text, pos, limit)
    if m is None or not (count > 0 and float(count).is_integer()):
        return None
    days = unit_days(float(count), m.group("unit"))
    if days < MIN_DAYS:
        return None
    return Period(days, m.group(0), f"'as many {m.group('unit').lower()}': {count:g}", m.end())


def read_period(
    text: str, pos: int, limit: int | None = None, *, published: dt.date | None = None
) -> Period | None:
    """Read a period starting exactly at ``pos`` in ``text``.

    Parameters
    ----------
    text : str
        Cleaned text (see :func:`advrate.scan.clean_text`).
    pos : int
        Where the phrase must start (its preposition, or "last", "on", …).
    limit : int, optional
        Where reading must stop (the sentence's end).
    published : datetime.date, optional
        The article's date, for relative periods and months without a year.

    Returns
    -------
    Period or None
        Its length [day], the words and any assumption; None when no period
        starts there, or when it is shorter than a day.

    Examples
    --------
    >>> from advrate.periods import read_period
    >>> read_period("in barely three weeks", 0).days
    21.0
    >>> read_period("in June and July", 0).days
    61.0
    >>> read_period("last month", 0, published=dt.date(2025, 3, 5)).days
    28.0
    """
    _check_offsets(text, pos, limit, limit_optional=True)
    if published is not None:
        published = as_date(published, "published")
    return scan_period(text, pos, len(text) if limit is None else limit, published)


def scan_period(text: str, pos: int, limit: int, published: dt.date | None) -> Period | None:
    """:func:`read_period` without its argument checks, for callers whose offsets
    and date are already checked (the extractor's inner loop)."""
    word = _FIRST_WORD_RE.match(text, pos, limit)
    if word is None:
        return None
    if pos and _WITHIN_BEFORE_RE.search(text, max(0, pos - 20), pos):
        return None
    key = word.group(0).lower()
    if key in _DAYS_AFTER_BY and pos and _BY_BEFORE_RE.search(text, max(0, pos - 4), pos):
        return None  # "By Tuesday the division had advanced 12 km": a deadline, no day's
    kinds = _BY_FIRST_WORD.get("#" if key.isdigit() else key)
    if kinds is None:
        if not text.startswith(_POSSESSIVE_ENDS, word.end()):
            return None
        kinds = _POSSESSIVE_KINDS  # "Russia's 10-day offensive"
    for kind, pattern in kinds:
        m = pattern.match(text, pos, limit)
        if m is None:
            continue
        if kind == "count_range":
            span = _length_span(m)
            if span is None:
                continue
            words = re.sub(r"\s+", " ", m.group(0))
            return Period(span[0], words, "", m.end(), days_high=span[1])
        found = _length(kind, m, published)
        if found is None:
            continue
        days, note = found
        if days < MIN_DAYS:
            return None
        words = re.sub(r"\s+", " ", m.group(0))
        # "in July alone": the period stresses its figure, and ends after the stress
        alone = _ALONE_RE.match(text, m.end(), limit)
        return Period(days, words, note, m.end() if alone is None else alone.end())
    return None


_ALONE_RE = re.compile(r"\s+alone\b", re.IGNORECASE)


_YEAR_NUMBER_RE = re.compile(r"(?:1[89]|20)\d\d")


def _count(text: str | None) -> float:
    """The number in a length's count, "a", "an" or none being one ("a week")."""
    if text is None or text.lower() in ("a", "an"):
        return 1.0
    return 2.0 if text.lower().startswith(("a couple", "couple")) else count_value(text)


def _length_span(m: re.Match[str]) -> tuple[float, float] | None:
    """The shorter and longer lengths of "in 3 to 4 days" or "in a week or two". [day]"""
    g = m.groupdict()
    if g.get("unit1"):
        low, high, unit = 1.0, count_value(g["n2b"]), g["unit1"]
    else:
        low, high, unit = _count(g["n"]), _count(g["n2"]), g["unit"]
    if not 0 < low < high:
        return None  # "in 4 to 3 days", "in one or one days": no span
    return unit_days(low, unit), unit_days(high, unit)


def _year_days(year: int) -> float:
    """Length of a calendar year. [day]"""
    return float(366 if calendar.isleap(year) else 365)


def _year_so_far(year: int, published: dt.date | None) -> tuple[float, str]:
    """Length of a named year [day]: to the publication date when it falls in that year.

    "Russia captured 4,900 km² in 2025", published on 7 October 2025, took 280 days.
    """
    if published is not None and published.year == year:
        days = float(published.timetuple().tm_yday)
        if days < _year_days(year):
            return days, f"{year} so far: to {published:%d %B %Y}, published"
    return _year_days(year), ""


def _month_days(month: int, year: int | None, published: dt.date | None) -> tuple[float, str]:
    """Length of a named month [day], and the note on its year when one had to be chosen.

    A month that the publication date falls in counts to that date.
    """
    chosen, note = _year_for(month, year, published)
    if year is None and month != 2:
        note = ""  # the month's length does not depend on the year
    length = calendar.monthrange(chosen, month)[1]
    under_way = published is not None and (published.year, published.month) == (chosen, month)
    if under_way and published.day < length:  # type: ignore[union-attr]
        so_far = f"{calendar.month_name[month]} {chosen} so far: to {published:%d %B %Y}, published"
        return float(published.day), "; ".join(filter(None, [note, so_far]))
    return float(length), note


def _last_named_month(month: int, published: dt.date | None) -> tuple[float, str]:
    """Length of "last November" [day]: the latest November that had ended when the
    article appeared (November 2024 in an article of 20 November 2025, November 2025
    in one of December 2025)."""
    name = calendar.month_name[month]
    if published is None:
        days, note = _month_days(month, None, None)
        return days, "; ".join(filter(None, [f"last {name}: no publication date given", note]))
    year = published.year if month < published.month else published.year - 1
    days = float(calendar.monthrange(year, month)[1])
    return days, f"last {name}: {name} {year} (from the publication date)"


# "in August and September 2024", "from both July, August and September", "in 2023
# and 2024": periods listed one after another, for figures given "respectively".
_LIST_OPENER = r"\b(?:in|during|for|from|over|throughout|of|between)\s+(?:both\s+)?"
_LIST_SEP = r"(?:\s*,\s*|\s*,?\s+and\s+)"
# "than in either August or September 2024 (477 and 459 km², respectively)":
# periods offered as alternatives pair with figures only where "respectively" says so
_OR_OPENER = r"\b(?:in|during|for|of)\s+(?:either\s+)?"
_OR_SEP = r"(?:\s*,\s*|\s*,?\s+or\s+)"


def _list_patterns(opener: str, sep: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = re.compile(rf"{opener}(?P<items>{_M}(?:\s+{_Y})?(?:{sep}{_M}(?:\s+{_Y})?)+)\b", _I)
    years = re.compile(rf"{opener}(?P<items>{_Y}(?:{sep}{_Y})+)\b(?!\s*-)", _I)
    return months, years


_MONTH_LIST_RE, _YEAR_LIST_RE = _list_patterns(_LIST_OPENER, _LIST_SEP)
_MONTH_OR_RE, _YEAR_OR_RE = _list_patterns(_OR_OPENER, _OR_SEP)
_LIST_ITEM_RE = re.compile(rf"(?P<m>{_M})?\s*(?P<y>{_Y})?", _I)
_SPLIT_RE = re.compile(_LIST_SEP, _I)
_OR_SPLIT_RE = re.compile(_OR_SEP, _I)


def scan_period_list(
    text: str, pos: int, limit: int, published: dt.date | None, *, alternatives: bool = False
) -> tuple[list[Period], int, int] | None:
    """The first list of months or years between ``pos`` and ``limit``.

    "In August and September 2024, advances measured 477 and 459 km²,
    respectively": each figure has its own month. Returns the periods in the
    order written, with where the list starts and ends; None when there is no
    list. A year written once at the end applies to every month before it.
    With ``alternatives``, periods joined by "or" ("in either August or
    September") count as a list too: only "respectively" pairs figures with them.
    """
    patterns = [(_MONTH_LIST_RE, _SPLIT_RE), (_YEAR_LIST_RE, _SPLIT_RE)]
    if alternatives:
        patterns += [(_MONTH_OR_RE, _OR_SPLIT_RE), (_YEAR_OR_RE, _OR_SPLIT_RE)]
    found = []
    for pattern, splitter in patterns:
        m = pattern.search(text, pos, limit)
        if m is not None:
            found.append((m, splitter))
    if not found:
        return None
    m, splitter = min(found, key=lambda pair: pair[0].start())
    items = [item for item in splitter.split(m.group("items")) if item.strip()]
    parsed = [_LIST_ITEM_RE.fullmatch(item.strip()) for item in items]
    if any(p is None for p in parsed):
        return None
    periods = []
    if m.re in (_YEAR_LIST_RE, _YEAR_OR_RE):
        for item in items:
            days, note = _year_so_far(int(item.strip()), published)
            periods.append(Period(days, item.strip(), note, m.end()))
        return periods, m.start(), m.end()
    last_year = next((int(p.group("y")) for p in reversed(parsed) if p.group("y")), None)
    for item, p in zip(items, parsed, strict=True):
        given = int(p.group("y")) if p.group("y") else last_year
        days, note = _month_days(_month(p.group("m")), given, published)
        periods.append(Period(days, item.strip(), note, m.end()))
    return periods, m.start(), m.end()


#: How many years before its publication date a "since" may start and still run to that
#: date. A start longer ago than this belongs to a history ("having advanced 1,000 km
#: since June 1941", in a book of 2025), whose own end the sentence does not give. [year]
SINCE_REACH_YEARS = 10


def _since_start(g: dict[str, str | None], published: dt.date | None) -> tuple[float, str] | None:
    """Days from a start ("since the start of the year") to the publication date, inclusive."""
    if published is None:
        return None  # no stated end
    if g.get("unit") or g.get("unit2"):
        unit = (g.get("unit") or g["unit2"]).lower()  # type: ignore[union-attr]
        first = published.replace(day=1) if unit == "month" else published.replace(month=1, day=1)
    elif g.get("sy"):
        first = dt.date(int(g["sy"]), 1, 1)  # type: ignore[arg-type]
    elif g.get("mid") or g.get("endm"):
        name, given = (g["mid"], g.get("midy")) if g.get("mid") else (g["endm"], g.get("endy"))
        month = _month(name)  # type: ignore[arg-type]
        year, _ = _year_for(month, int(given) if given else None, published)
        day = 15 if g.get("mid") else calendar.monthrange(year, month)[1]
        first = dt.date(year, month, day)
    else:
        name = g.get("sm") or g.get("m") or g.get("m1") or g.get("m2")
        given = g.get("smy") or g.get("my") or g.get("y1") or g.get("y2")
        month = _month(name)  # type: ignore[arg-type]
        year, _ = _year_for(month, int(given) if given else None, published)
        day = g.get("d1") or g.get("d2")
        try:
            first = dt.date(year, month, _day(day) if day else 1)
        except ValueError:
            return None
    if first.year < published.year - SINCE_REACH_YEARS:
        return None  # "having advanced 1,000 km since June 1941": not up to a 2025 article
    days = _span(first, published)
    if days is None:
        return None
    return days, f"from {first:%d %B %Y} to {published:%d %B %Y}, the publication date"


# "The incursion, which began on August 6, secured 1,000 km² by August 12": a start
# named by a verb of beginning, an end by "by"; both are dates.
_DATE = rf"(?:(?P<@d>{_D})\s+(?P<@m>{_M})|(?P<@m_>{_M})\s+(?P<@d_>{_D}))(?:,?\s+(?P<@y>{_Y}))?\b"
#: Verbs that name when an attack began (a start, never a length): "began on 8 August".
BEGINNING_VERBS = r"(?:began|begun|started|launched|opened|commenced)"
_BEGAN_ON_RE = re.compile(
    rf"\b{BEGINNING_VERBS}(?:\s+out)?\s+(?:on\s+)?" + _DATE.replace("@", "a"),
    _I,
)
# "by the end of July": the month's last day (never "by July", which says no day)
_MONTH_END = rf"the\s+end\s+of\s+(?P<be>{_M})(?:,?\s+(?P<bey>{_Y}))?\b"
_BY_DATE_RE = re.compile(
    r"(?:\s+[A-Za-z][A-Za-z'-]*){0,4}?\s+(?P<until>(?:by|as\s+of|until|through)\s+"
    r"(?:(?:the\s+end\s+of\s+)?" + _DATE.replace("@", "b") + rf"|{_MONTH_END}))(?!\s*-)",
    _I,
)


_BY_DATE_AHEAD_RE = re.compile(
    r"\b(?P<until>by\s+(?:(?:the\s+(?:end|evening|morning|night)\s+of\s+)?"
    + _DATE.replace("@", "b")
    + rf"|{_MONTH_END}))(?!\s*-)",
    _I,
)
_DAY_AND_MONTH_RE = re.compile(_DATE.replace("@", ""), _I)


def _date_in(m: re.Match[str], p: str) -> tuple[int, int, int | None]:
    day = m.group(f"{p}d") or m.group(f"{p}d_")
    month = m.group(f"{p}m") or m.group(f"{p}m_")
    year = m.group(f"{p}y")
    return _day(day), _month(month), int(year) if year else None


#: How far before a figure the start of a dated span is looked for. [characters]
_SPAN_LOOKBACK = 200


def scan_dated_span(
    text: str, start: int, pos: int, end: int, limit: int, published: dt.date | None
) -> Period | None:
    """A span from a start named before a figure to an end date after it.

    "The incursion, which began on August 6, has led to Ukraine securing 1,000
    km² of Russian territory by August 12": 7 days, both dates counted, as in
    "between 6 and 12 August". The start is searched between ``start`` and
    ``pos`` (the figure), at most 200 characters back; the end ("by", "as of",
    "until" or "through" a date) within four words after ``end``.
    """
    # Anchored at ``end`` and bounded, so trying it costs little.
    finish = _BY_DATE_RE.match(text, end, min(limit, end + 80))
    window = max(start, pos - _SPAN_LOOKBACK)
    if finish is None and text.find("by ", window, pos) < 0:
        return None
    # The start is looked for in a bounded window, so a long run of figures costs
    # time linear in its length.
    starts = list(_BEGAN_ON_RE.finditer(text, window, pos))
    if not starts:
        return None
    began = starts[-1]  # the start nearest the figure
    if finish is None:
        # "The attack began on 8 August, and by 11 August the Canadians had advanced
        # 14 miles": the end named between the start and the figure
        finish = _BY_DATE_AHEAD_RE.search(text, began.end(), pos)
        if finish is None:
            return None
    d1, m1, y1 = _date_in(began, "a")
    if finish.group("be"):  # "by the end of July": its last day
        d2, m2, y2 = 0, _month(finish.group("be")), finish.group("bey") and int(finish.group("bey"))
    else:
        d2, m2, y2 = _date_in(finish, "b")
    given = {"y1": y1 and str(y1), "y2": y2 and str(y2)}
    year1, year2, note = _span_years(given, m1, m2, published)
    d2 = d2 or calendar.monthrange(year2, m2)[1]
    try:
        days = _span(dt.date(year1, m1, d1), dt.date(year2, m2, d2))
    except ValueError:
        return None
    if days is None or days < MIN_DAYS:
        return None
    words = f"{began.group(0)} … {finish.group('until')}"
    return Period(days, words, "; ".join(filter(None, [note, "both dates counted"])), finish.end())


def _length(kind: str, m: re.Match[str], published: dt.date | None) -> tuple[float, str] | None:
    g = m.groupdict()
    if kind == "week_of":
        return 7.0, ""
    if kind in ("days_dm", "days_md", "days_dash", "days_and"):
        m2 = _month(g["m2"]) if g.get("m2") else _month(g["m1"])
        m1 = _month(g["m1"]) if g.get("m1") else m2
        year1, year2, note = _span_years(g, m1, m2, published)
        try:
            first = dt.date(year1, m1, _day(g["d1"]))
            last = dt.date(year2, m2, _day(g["d2"]))
        except ValueError:
            return None
        days = _span(first, last)
        if kind == "days_and" and days != 2:
            return None
        if days == 8 and re.search(r"\bweek\b", m.group(0), _I):
            # "the week from Oct. 20 to Oct. 27": dates given end to end; a week is meant
            return 7.0, "; ".join(filter(None, [note, "a week: the dates are its two ends"]))
        return None if days is None else (days, note)
    if kind in ("days_the", "days_the_and"):
        d1, d2 = _day(g["d1"]), _day(g["d2"])
        if g.get("m2"):
            month = _month(g["m2"])
            year, note = _year_for(month, int(g["y2"]) if g.get("y2") else None, published)
            if max(d1, d2) > calendar.monthrange(year, month)[1]:
                return None
        else:
            note = "the same month assumed for both days"
        if not 1 <= d1 <= d2 <= 31:
            return None  # "from the 28th to the 3rd" runs into a month not named
        days = float(d2 - d1 + 1)
        if kind == "days_the_and" and days != 2:
            return None
        return days, note
    if kind == "months_range":
        if g.get("year_start"):
            g = {**g, "m1": "January", "y1": g.get("y0")}
        if g.get("year_end"):
            g = {**g, "m2": "December", "part2": None}
        m1, m2 = _month(g["m1"]), _month(g["m2"])  # type: ignore[arg-type]
        year1, year2, note = _span_years(g, m1, m2, published)
        first = dt.date(year1, m1, _part_day(g.get("part1"), year1, m1, first=True))
        last_day = calendar.monthrange(year2, m2)[1]
        last = dt.date(year2, m2, _part_day(g.get("part2"), year2, m2, first=False))
        if (
            published is not None
            and last.day == last_day
            and dt.date(year2, m2, 1) <= published < last
        ):
            # "from September to November" in an article of 25 November: November so far
            last = published
            note = "; ".join(filter(None, [note, f"to {published:%d %B %Y}, published"]))
        if g.get("part1") or g.get("part2"):
            said = [w for w in (g.get("part1"), g.get("part2")) if w]
            if any(re.match(r"mid", w, _I) for w in said):
                note = "; ".join(filter(None, [note, "mid-month taken as the 15th"]))
        days = _span(first, last)
        return None if days is None else (days, note)
    if kind == "months_list":
        names = [n for n in re.split(r"\s*,\s*|\s*,?\s+and\s+", g["list"]) if n]  # type: ignore[arg-type]
        months = [_month(name) for name in names]
        year, note = _year_for(months[-1], int(g["y2"]) if g.get("y2") else None, published)
        total = 0
        for i in range(len(months) - 1, -1, -1):  # back from the last month named
            if i < len(months) - 1 and months[i] >= months[i + 1]:
                year -= 1
            total += calendar.monthrange(year, months[i])[1]
        return float(total), note
    if kind == "months_and":
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        year2, note = _year_for(m2, int(g["y2"]) if g.get("y2") else None, published)
        year1 = year2 - (1 if m1 > m2 else 0)
        days = calendar.monthrange(year1, m1)[1] + calendar.monthrange(year2, m2)[1]
        return float(days), note
    if kind == "years_list":
        years = sorted({int(y) for y in re.findall(r"\d{4}", g["ylist"])})  # type: ignore[arg-type]
        days = sum(366 if calendar.isleap(year) else 365 for year in years)
        return float(days), f"whole calendar years {', '.join(map(str, years))} assumed"
    if kind == "weekday_list":
        named = {d.lower() for d in re.findall(r"[A-Za-z]+day", g["wlist"])}  # type: ignore[arg-type]
        return float(len(named)), ""
    if kind == "years_range":
        y1, second = int(g["y1"]), g["y2"]
        y2 = int(second) if len(second) == 4 else (y1 // 100) * 100 + int(second)
        last = dt.date(y2, 12, 31)
        note = f"whole calendar years {y1} to {y2} assumed"
        if published is not None and dt.date(y2, 1, 1) <= published < last:
            # "from 2022 to 2024" in an article of November 2024: the last year so far,
            # as "in 2024" alone would be
            last = published
            note = f"calendar years {y1} to {y2}, the last to {published:%d %B %Y}, published"
        days = _span(dt.date(y1, 1, 1), last)
        return None if days is None else (days, note)
    if kind == "part_code":
        parts = 4 if g["code"] == "Q" else 2
        index = int(g["index"])
        if index > parts:
            return None
        first_month = (index - 1) * (12 // parts) + 1
        last_month = first_month + 12 // parts - 1
        year, note = _year_for(first_month, int(g["y"]) if g.get("y") else None, published)
        first, last = _month_bounds(year, first_month, last_month)
        if not g.get("y") and published is not None and last > published:
            # "in Q4" in an article of 25 November: the quarter so far
            return _span(first, published) or 0.0, f"{note}; to {published:%d %B %Y}, published"
        return _span(first, last) or 0.0, note
    if kind == "half_month":
        # the first half is days 1-15, the second the rest of the month
        month = _month(g["m1"])
        year, note = _year_for(month, int(g["y1"]) if g.get("y1") else None, published)
        length = calendar.monthrange(year, month)[1]
        first = g["which"].lower() == "first"
        return (15.0 if first else float(length - 15)), note if month == 2 else ""
    if kind == "part_of_year":
        year = int(g["y"]) if g.get("y") else None
        note = ""
        parts = 2 if g["part"].lower() == "half" else 4
        order = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": parts, "final": parts}
        index = order[g["which"].lower()]
        if index > parts or (g.get("bare") is not None and g["which"].lower() in ("last", "final")):
            return None  # "in the last quarter" alone may be the last quarter of anything
        months = 12 // parts
        first_month = (index - 1) * months + 1
        last_month = first_month + months - 1
        if year is None:
            if published is None:
                return None
            if g.get("bare") is not None:
                year, note = _year_for(first_month, None, published)
            else:
                year = published.year - (1 if g["rel"].lower() == "last" else 0)
                note = f"the year taken as {year} from the publication date"
        first, last = _month_bounds(year, first_month, last_month)
        if g.get("bare") is not None and last > published:  # type: ignore[operator]
            return _span(first, published) or 0.0, f"{note}; to {published:%d %B %Y}, published"
        return _span(first, last) or 0.0, note
    if kind == "weekend":
        return 2.0, "a weekend: two days"
    if kind == "today_so_far":
        return 1.0, "part of a day, read as one day"
    if kind == "two_days":
        return 2.0, "yesterday and today, the second part of a day, read as two days"
    if kind in ("one_day", "night"):
        named = _DAY_AND_MONTH_RE.search(m.group(0))
        if named is not None:  # "on February 30" is no day at all
            day = _day(named.group("d") or named.group("d_"))
            try:
                dt.date(2000, _month(named.group("m") or named.group("m_")), day)  # a leap year
            except ValueError:
                return None
        return 1.0, ""
    if kind == "military_day":
        if g["on"]:
            return 1.0, ""
        letter = g["by"].upper()  # type: ignore[union-attr]
        return float(int(g["n"]) + 1), f"{letter}-Day counted as the first day"  # type: ignore[arg-type]
    if kind == "by_end":
        order = g["ord"].lower()
        count = _ORDINAL_DAYS.get(order) or (
            int(re.match(r"\d+", order).group(0)) if order[0].isdigit() else count_value(order)
        )
        days = unit_days(float(count), g["unit"])
        unit_name = g["unit"].lower()
        note = f"{unit_name} of {days / count:g} days" if unit_name == "month" else ""
        return (days, note) if count > 0 else None
    if kind == "count_subject":
        count = _count(g["n"])
        if count <= 0:
            return None
        days = unit_days(count, g["unit"])
        return days, f"month of {days / count:g} days" if g["unit"].lower() == "month" else ""
    if kind in ("count", "count_adj"):
        n_text, rel, unit = g.get("n"), g.get("rel"), g["unit"]
        if n_text and _YEAR_NUMBER_RE.fullmatch(n_text) and unit.lower().startswith("year"):
            return None  # "in the 2024 calendar year": a year named, not 2,024 counted
        if n_text is None and unit.lower().endswith("s"):
            return None  # "in a matter of days", "over the past weeks": no stated length
        if n_text is None and rel is None and kind == "count":  # ("week-long" is one week)
            word = m.group(0).lower()
            if not (
                re.search(r"\b(?:a|an|one|single|whole|full|entire)\b", word)
                or g.get("to_end")
                or g.get("since_tail") is not None
            ):  # "in the week to Sunday" is one week
                return None  # "in days", "for months": no stated length
        count = _count(n_text)
        if count <= 0:
            return None
        if g.get("half") or g.get("n_half"):  # "a month and a half", "one and a half months"
            count += 0.5
        calendar_months = _months_of_a_year(g, count, published)
        if calendar_months is not None:
            return calendar_months
        days = unit_days(count, unit)
        notes = []
        if n_text is None and rel is not None and rel.lower() in ("past", "last"):
            rolling = {"month": 30.0, "year": 365.0}.get(unit.lower().rstrip("s"))
            if rolling is not None:  # "in the past month": the last 30 days, not a calendar month
                days = rolling * count
                return days, f"the {rel.lower()} {unit.lower()}: {rolling:g} days assumed"
        # The qualifier, if any, follows the preposition ("over" may be either).
        after_preposition = m.group(0).split(None, 1)[1]
        qualifier = re.match(
            r"(?:the\s+|a\s+)?((?:(?:barely|just|only)\s+)?(?:(?:a\s+)?little\s+(?:over|more\s+than|"
            r"under|less\s+than)|no\s+less\s+than|no\s+more\s+than|at\s+least|at\s+most|less\s+than|"
            r"under|more\s+than|over|nearly|almost|about|roughly|some|around|approximately|"
            r"approx(?=\.)|ca(?=\.))|barely|just|only)\b|([~≈])", after_preposition, _I,
        )  # fmt: skip
        if qualifier:
            said = "about" if qualifier.group(2) else qualifier.group(1)  # "~14 months"
            notes.append(f"period qualified: {' '.join(said.lower().split())}")
        unit_name = unit.lower().rstrip("s")
        if unit_name in ("month", "year"):
            notes.append(f"{unit_name} of {days / count:g} days")
        return days, "; ".join(notes)
    if kind == "since_start":
        return _since_start(g, published)
    if kind == "weekdays":
        first, last = (_WEEKDAY_INDEX[g[w].lower()] for w in ("w1", "w2"))  # type: ignore[union-attr]
        return float((last - first) % 7 + 1), ""
    if kind == "since_weekday":
        if published is None:
            return None  # no stated end
        back = (published.weekday() - _WEEKDAY_INDEX[g["w1"].lower()]) % 7 or 7  # type: ignore[union-attr]
        first = published - dt.timedelta(days=back)
        return float(
            back + 1
        ), f"from {first:%A %d %B %Y} to {published:%d %B %Y}, the publication date"
    if kind in ("elapsed", "since_ago"):  # a count of units: "six days after", "81 days ago"
        count = _count(g["n"])
        return (unit_days(count, g["unit"]), "") if count > 0 else None
    if kind == "relative":
        return _relative(
            g["rel"] or g["rel_after"] or g["rel_next"] or g["rel_day"] or "following",
            g["unit"] or g["unit_after"] or g["unit_next"] or g["unit_day"] or g["unit_later"],
            published,
        )
    if kind == "the_unit":
        unit = (g["unit"] or g["unit_end"] or g["unit_end2"] or g["unit_day"] or g["unit_week"]
                or g["unit_poss"] or g["unit_over"])  # fmt: skip
        return _relative("the", unit, None)
    if kind == "month":
        return _month_days(_month(g["m1"]), int(g["y1"]) if g.get("y1") else None, published)
    if kind == "last_month_name":
        return _last_named_month(_month(g["m1"]), published)
    if kind == "year":
        return _year_so_far(int(g["y1"]), published)
    return None  # pragma: no cover - every kind is handled above
