"""Find every rate of advance in an article: :func:`extract_rates` and ``advrate extract``.

What counts as a rate
---------------------
* A distance or an area per unit of time at the pace of days or slower: "50
  meters per day", "700-1,200m of progress every five days", "approximately
  nine square kilometers per day" (basis ``"stated"``).
* A figure whose "per day" is said once for a whole list: "Galicia in 1914
  (1,580 meters per day), Gorzia in 1916 (500 meters)" (basis ``"carried from
  list"``), or carried by a word such as "daily" just before it: "daily
  progress down to nine square kilometers" (``"carried from context"``).
* An amount gained over an explicitly stated period, converted with that
  period's real length: "449 square kilometers in May", "30 kilometers into
  Russia in three weeks", "in the week from December 30 to January 5" (basis
  ``"total over stated period"``).

What does not count: speeds per hour, minute or second (vehicles,
projectiles; an area per hour, "1 km² an hour", is ground taken and is read
per day), casualties per day, distances with no time ("10 kilometers from
the city"), totals "since" a date with no stated end, distance per casualty,
years and dates. A figure restated in other units in the same breath ("two
square kilometers (0.8 square miles) per day") is one rate, with the
restatement in its own column.

The scanner is the one :func:`advrate.parse_rate` uses; its regular
expressions are anchored at each candidate number and bounded, so extraction
time grows linearly with the text.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import functools
import html
import math
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pandas as pd

from .checks import as_date, as_flag, as_path, as_text
from .exceptions import AdvrateError, RateParseError
from .files import check_output_file, write_text_atomic
from .parse import build_rate
from .periods import (
    BEGINNING_VERBS,
    DAY_COUNT,
    TIME_UNIT_WORD,
    Period,
    read_period,
    scan_as_many,
    scan_dated_span,
    scan_period,
    scan_period_list,
    unit_days,
)
from .scan import (
    DIGITS,
    NUMBER_PHRASE,
    NUMBER_RE,
    OF_GROUND,
    QUALIFIERS,
    SPACE_UNITS,
    UNIT_PATTERN,
    UPPER_HEDGE,
    YEAR_RE,
    NoRate,
    Scan,
    clean_text,
    count_value,
    first_chars,
    number_value,
    phrase_trie,
    scan_rate,
)
from .units import SHORT_TIME_SYMBOLS, TIME_UNITS, amount_factor, format_value, kind_of

__all__ = [
    "COLUMNS",
    "MAX_HTML_CHARS",
    "extract_bag",
    "extract_files",
    "extract_many",
    "extract_partition",
    "extract_rates",
    "html_to_text",
]

#: Columns of the table :func:`extract_rates` returns.
COLUMNS: tuple[str, ...] = (
    "sentence", "start", "end", "surface", "value_low", "value_high", "unit", "qualifier",
    "kind", "canonical_low", "canonical_high", "canonical_unit", "basis", "subject",
    "restatement", "period", "note",
)  # fmt: skip

_SLOW_ENOUGH = {"day", "week", "fortnight", "month", "year"}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9  # "Sept.-Dec. 2024", as the period grammar reads it
_MAX_SENTENCE = 2000
# How far back from a figure the extractor looks for its clause, a leading
# period, "since", "daily" or a place name. Bounding it keeps extraction
# linear in the length of the text, however long a "sentence" is.
_LOOKBACK = 200

# ---------------------------------------------------------------------------
# Sentences
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "maj", "capt", "adm", "sen",
    "rep", "gov", "no", "vs", "etc", "approx", "sq", "fig", "est", "u.s", "u.k", "e.g", "i.e",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    # "in ca. 4 days", "Pres. Zelensky", "the 3rd Inf. Div.", "Op. Desert Storm"
    "ca", "pres", "inf", "div", "bde", "op",
}  # fmt: skip


def _not_after_abbreviation() -> str:
    """Negative lookbehinds, one per word length, for the abbreviations and initials.

    Written into the boundary pattern, they let the regex engine itself pass
    over "Gen." and "J." at C speed, so text made of abbreviations costs no
    more than prose.
    """
    by_length: dict[int, list[str]] = {}
    for word in _ABBREVIATIONS:
        by_length.setdefault(len(word), []).append(word)
    # Placed after the full stop, they look back over it. The word is the whole
    # run of letters and dots before the stop: "x.gen" is not "gen". Each
    # alternation is a trie (phrase_trie escapes the dots), so at a stop the
    # engine reads the letters before it once rather than once per word.
    whole = r"(?<![A-Za-z.])"
    groups = [
        rf"(?<!{whole}(?i:{phrase_trie(sorted(words), space='')})\.)"
        for _, words in sorted(by_length.items())
    ]
    return rf"(?<!{whole}[A-Za-z]\.)" + "".join(groups)


# A sentence ends at a run of . ! ? (taken whole, and only from its first
# character: the second lookbehind and the possessive ++) before a capital or a
# digit, and at a newline, unless the line was wrapped inside a sentence (after a
# comma, or before a lower-case word: "advanced 30" then "miles in three days" on the
# next line). A full stop after an abbreviation or an initial does not end one.
# (Each test comes after the character it is about, so that at the many
# positions holding no stop the engine fails at once.)
# A run of stops that ends no sentence is matched too (the last alternative
# but two), so that the engine passes over it once rather than once per stop.
# The leading look-ahead lets the engine skip to the next stop or newline at C
# speed instead of trying every branch at every character.
_BOUNDARY_RE = re.compile(
    rf"(?=[.!?\n])(?:[.!?](?<![.!?][.!?]){_not_after_abbreviation()}[.!?]*+[\"'”’)\]]*+"
    r"(?=\s+[\"'“‘(\[]?[A-Z0-9])|(?P<run>[.!?]{2,}+)|\n\s*\n|(?<!,)\n(?![ \t]*[a-z]))"
)


def _hard_wrapped(text: str) -> bool:
    """Whether ``text`` was wrapped at a fixed width: three lines or more, all but the
    last of them about as long as the longest (30 to 120 characters), and many of them
    going on with a lower-case word, as a sentence broken mid-way does (the lines of a
    list or a table open with a capital or a figure)."""
    lines = [line for line in text.split("\n") if line.strip()]
    lengths = [len(line) for line in lines[:-1]]
    if len(lengths) < 2:
        return False
    longest = max(lengths)
    if not 30 <= longest <= 120:
        return False
    going_on = sum(line.lstrip()[:1].islower() for line in lines[1:])
    return (sum(length >= 0.6 * longest for length in lengths) >= 0.8 * len(lengths)
            and going_on >= 0.4 * (len(lines) - 1))  # fmt: skip


# A newline inside a sentence of wrapped text: no stop before it, no list mark after it
_WRAP_RE = re.compile(r"(?<![.!?\n])\n(?![ \t]*(?:[-–—•*]|\d+[.)]\s|\n))")


def _unwrap_lines(text: str) -> str:
    """``text`` with the newlines of a fixed-width wrap made spaces, every offset kept.

    Old archives, e-mailed copy and books wrap sentences at a fixed width, "advanced
    about" ending one line and "20 miles" opening the next; a newline there is no
    sentence's end. Text that is not so
    wrapped, and newlines after a stop or before a list mark, are left as they are.
    """
    if text.count("\n") < 2 or not _hard_wrapped(text):
        return text
    return _WRAP_RE.sub(" ", text)


_UNIT_STOP_RE = re.compile(r"(?<![A-Za-z])(?:sq\.?\s?km|km|sq\.?\s?mi|mi|m)\.$", re.IGNORECASE)
_RESTATED_AFTER_STOP_RE = re.compile(
    r" \(\s*(?:about|approximately|around|roughly|some|nearly|over|~)?\s*\d[\d,.]*\s*"
    r"(?:sq|square|km|kilomet|mi|met|yard)",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: split after . ! ? before a capital or digit, and at newlines.

    One pass of the regex engine; Python sees only real boundaries, so
    splitting is linear in the text whatever it holds.
    """
    spans = []
    start = 0
    for m in _BOUNDARY_RE.finditer(text):
        if m.group("run"):
            continue
        end = m.end()
        if (text.startswith(" (", end) and _UNIT_STOP_RE.search(text, max(0, end - 8), end)
                and _RESTATED_AFTER_STOP_RE.match(text, end)):  # fmt: skip
            continue  # "1,000 sq.km. (386 square miles)": the unit's stop, then its restatement
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


# ---------------------------------------------------------------------------
# Periods (the grammar itself is advrate.periods)
# Put in front of a pattern whose every branch opens with a word boundary and an
# ASCII letter, it refuses the positions inside words before any branch is tried
# (half of all positions; long alternations then search twice as fast).
_WORD_START = r"(?=\b[A-Za-z])"

# A superlative in "-est" ("the largest", "its fastest"), never one of the nouns, names
# and verbs that merely end so ("through the forest", "toward Budapest", "to wrest")
_EST_SUPERLATIVE = (
    r"(?!(?:forest|southwest|northwest|midwest|interest|harvest|protest|arrest|request|contest|"
    r"conquest|crest|chest|quest|suggest|honest|modest|earnest|manifest|digest|unrest|tempest|"
    r"priest|inquest|behest|budapest|bucharest|everest|brest|attest|invest|divest|detest|"
    r"ingest|congest|infest|wrest)\b)[a-z]{2,}est"
)


# The width of the front on which a depth was gained, between the depth and its period:
# "on a front of 10 miles", "and 4 km in width"
_FRONT_OF_RE = re.compile(
    r"\s+(?:(?:on|along|over)\s+(?:a|an|the)\s+(?:front|frontage|sector)\s+of|and(?:\s+up\s+to)?"
    r"(?=\s+\S+\s+\S+\s+(?:in\s+width|wide|along\s+the\s+front)\b))\s+(?:(?:some|about|"
    r"nearly|almost|over|more\s+than)\s+)?(?:\d[\d,.]*\s*|[a-z]+(?:-[a-z]+)?\s+)"
    rf"{UNIT_PATTERN}(?![A-Za-z0-9²³])(?:\s+(?:in\s+width|wide|along\s+the\s+front))?\b",
    re.IGNORECASE,
)
# Names of places listed after a preposition of place, which the walk to a period passes:
# "around Pokrovsk and Kurakhove", "across the Donetsk, Kharkiv and Zaporizhzhia regions"
_PLACE_PREPOSITIONS = frozenset(
    {"in", "around", "near", "across", "along", "between", "over", "throughout", "outside"}
)
_NAME_LIST_RE = re.compile(
    r"\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s*,\s*(?-i:[A-Z])[\w'’-]+){0,4}\s*,?\s+and\s+"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?:regions|oblasts|provinces|districts|areas|sectors|directions|"
    r"fronts))?"
)
# Words that end the search for a period after an amount: "since" (no stated
# end), comparisons ("less in March than in February"), other clauses.
_STOP_WORDS = frozenset(
    {"since", "than", "less", "more", "per", "each", "every", "and", "or", "but", "which",
     "that", "who", "before", "until", "by", "with", "while", "when", "whereas", "although",
     "end", "beginning", "start", "middle", "late", "early", "same"}
)  # fmt: skip
_SPACES_RE = re.compile(r"\s+")
_CAPITAL_NEXT_RE = re.compile(r"\s+(?-i:[A-Z])")
# A word walked past: letters of any script ("up the Rhône valley", "past Montélimar"),
# or an ordinal in a unit's name ("by the 8th Army in five days")
_ORDINAL_NUMBER = r"\d{1,3}(?:st|nd|rd|th)"  # "8th", "3rd": a unit's number in its name
_FILLER_WORD_RE = re.compile(rf"\s+([^\W\d_](?:[^\W\d_]|['’-])*|{_ORDINAL_NUMBER}\b)")
_SINGLE_UNIT_RE = re.compile(r"(?:in|over|during|for|within)\s+(?:a|one)\s+single\s", re.IGNORECASE)
_ATTRIBUTIVE_YEAR_RE = re.compile(r"\s+((?:1[89]|20)\d\d)(?=\s+[a-z])")
_NAME_NUMBER_RE = re.compile(
    r"\s+(\d{1,4}(?:\.\d{1,2})?)(?=\s+(?:in|during|over|within|on|last|this)\b|,)"
)
# Quotation marks, straight and curly, that may stand between a figure and its period.
_QUOTE_CHARS = "\"'”’»“‘«"
# What may stand between an amount and its period besides words: a bracketed
# restatement, a quotation mark, a dash-enclosed aside.
_ASIDE_RE = re.compile(
    # ("259 km²,” in September": a quotation closed after its comma, as Americans write)
    rf"\s*(?:\([^()]{{0,80}}\)|,?[{re.escape(_QUOTE_CHARS)}]|-\s[^-]{{0,60}}?\s-(?=\s)"
    r"|,\s+(?:he|she|they|it|officials?|analysts?|the\s+\w+|\w+)\s+(?:said|says|added|reported|"
    r"estimated|noted|wrote|claimed|according\s+to\s+\w+)(?=,)\S?"
    # "449 km², according to DeepState, in May"
    r"|,\s+(?:according\s+to|citing|per)\s+[^,;:()]{1,60}?(?=,)\S?"
    # "1,500 km², more than in all of 2023, in just three months": a comparison
    r"|,\s+(?:(?:far|much|slightly|even|almost|nearly)\s+)?(?:more|less|fewer|larger|bigger|"
    r"smaller|greater)\s+than\s+[^,;:()]{1,50}?(?=,)\S?"
    # "500 km², roughly the size of Chicago, in October"; "500 km² of land, mostly around
    # Pokrovsk, in October": a comparison of size or a place, set off by commas
    r"|,\s+(?:or\s+)?(?:(?:about|around|roughly|nearly|almost|approximately|some|slightly|"
    r"just)\s+)?(?:the\s+size\s+of|(?:an\s+area\s+)?(?:larger|bigger|smaller)\s+than|an\s+area\s+"
    r"(?:the\s+size\s+of|equivalent\s+to|comparable\s+to|roughly|about|nearly|larger|bigger)|"
    r"(?:equivalent|comparable)\s+to)\s+[^,;:()\d]{1,50}?(?=,)\S?"
    r"|,\s+(?:mostly|mainly|largely|chiefly|primarily|principally|(?:much|most|all|half|some|"
    r"the\s+bulk|the\s+majority|the\s+lion's\s+share)\s+of\s+(?:it|them|this|that))\s+"
    r"(?:(?:in|around|near|on|along|across)\s+)?[^,;:()\d]{1,50}?(?=,)\S?"
    # "3 km near Pokrovsk, which lies 60 km from Kramatorsk, in a week": where a place
    # lies, said of the place in a relative clause
    r"|,\s+(?:which|that|a\s+(?:town|city|village|hub)\s+(?:that|which))\s+(?:lies|sits|stands|is)\s+"
    rf"(?:some\s+|about\s+|around\s+|roughly\s+|just\s+|only\s+)?\d[\d.,]*\s*{UNIT_PATTERN}"
    r"(?![A-Za-z])\s+(?:from|north|south|east|west|outside|inside|away|of|short)\b[^,;:()\d]{0,40}?(?=,)\S?"
    # "500 km², a figure disputed by Kyiv, in October": what the figure is, said of it
    r"|,\s+(?:a|an|the)\s+(?:figure|number|estimate|total|claim|tally|amount)\s+"
    r"(?:[^,;:()\d]){1,50}?(?=,)\S?"
    # "725 km², a record, in November", "…, the most since 2022, in …": a judgement of size
    r"|,\s+(?:a|an|the|its|their)\s+(?:new\s+|all-time\s+)?(?:record|high|low|peak|"
    rf"{_EST_SUPERLATIVE}|most|"
    r"least)\b(?:[^,;:()\d]|(?:19|20)\d\d){0,50}?(?=,)\S?"
    # ("478 km², or 184.5 square miles, throughout October": past a restatement too)
    r"|,(?=\s+(?:all\s+)?(?:in|during|over|last|on|within|after|from|between|of|throughout)\s)"
    # "2,160 square miles, or 0.94%, of Ukrainian territory in 2025": the share restates it
    # "4,000 km², about 0.7% of Ukraine, in 2024": so does a share of the whole
    r"|,\s+(?:or\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|just\s+)?"
    r"\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b)(?:\s+of\s+[^,;:()\d]{1,40}?)?(?=,)"
    # "1,000 km² and 74 settlements within the first week": a count of other things
    # taken alongside the ground, never a second amount of ground ("and 459 km²")
    # (", and 74 settlements": after a restatement set off by commas)
    rf"|,?\s+and\s+(?:(?:taking|capturing|seizing|killing|destroying|liberating|with)\s+)?"
    rf"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
    rf"\d[\d,]*\s+(?!{UNIT_PATTERN}(?![A-Za-z]))[A-Za-z]+"
    # "in the south and east of the country over the last week": one place, two quarters
    r"|\s+and\s+(?:the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?=\s)"
    # "a 10-kilometre-deep advance in three days": the depth is the advance
    r"|-deep(?=\s+(?:advance|penetration|push|thrust|drive|breakthrough|incursion|gains?|wedge|"
    r"salient|bulge)\b)"
    # "800 meters deep and 1.5 kilometers wide near Toretsk": the width of the same advance
    rf"|\s+and\s+(?:(?:up\s+to|about|some|around|nearly)\s+)?{NUMBER_PHRASE}(?:-|\s*)"
    rf"{UNIT_PATTERN}(?:-|\s+)wide\b"
    # "the 60 miles between Caen and Falaise in four days": the places it ran between
    # (never two months or two weekdays: "3,000 km² between January and October 2024",
    # "20 km between Monday and Wednesday" are periods)
    r"|\s+between\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+and\b|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+and\b)"
    r"(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+and\s+"
    r"(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?=\s)"
    # "gained 5,000 yards on a front of 10,000 yards on the first day": the width
    rf"|\s+(?:on|along)\s+a\s+(?:front|frontage)\s+of\s+(?:some\s+|about\s+|nearly\s+)?"
    rf"{NUMBER_PHRASE}\s*{UNIT_PATTERN}(?![A-Za-z0-9²³])"
    rf"|\s+(?:on|along|across)\s+an?\s+{NUMBER_PHRASE}(?:-|\s*){UNIT_PATTERN}(?:-wide|\s+wide)?\s+"
    r"(?:front|frontage|stretch|sector|section|strip)\b(?:\s+of\s+(?:the\s+)?front(?:\s*line)?\b)?)",
    re.IGNORECASE,
)
_OF_AFTER_COMMA_RE = re.compile(r"\s+of\s")
_OF_GROUND_RE = re.compile(OF_GROUND, re.IGNORECASE)
_BRACKETED_RE = re.compile(r"\s*\(\s*([^()]+?)\s*\)$")
_SET_OFF_PERIOD_RE = re.compile(r"\s*(?:\(\s*(?P<inner>[^()]+?)\s*\)|-\s+(?P<inner2>[^-]+?)\s+-)")
_LONE_DASH_RE = re.compile(r"\s+-\s+")
_CLAUSE_ENDS_RE = re.compile(r"\s*(?:[.;,!?)]|$)")
_MAX_FILLER_WORDS = 12  # words walked past a figure to its period
_MAX_ASIDES = 3  # asides walked past besides: a restatement, a quotation mark, ", officials said,"
_ANCHOR_WORDS = (
    "in",
    "during",
    "over",
    "within",
    "after",
    "for",
    "across",
    "throughout",
    "inside",
    "under",
    "from",
    "between",
    "last",
    "past",
    "previous",
    "this",
    "that",
    "on",
    "yesterday",
    "overnight",
    "the",
    "by",
    # wire copy puts the day between subject and verb: "The Russians today smashed ahead
    # 25 miles", "Soviet troops Tuesday captured …"
    "today",
    "tonight",
    "to-day",
    "to-night",
    "following",
    *(day.lower() for day in calendar.day_name),
)
# The leading character class lets the engine skip at C speed to the few places
# where an anchor word can start (see scan.first_chars); the look-back runs for
# every figure, so this is on the extractor's hot path.
_PERIOD_ANCHOR_RE = re.compile(
    rf"(?={first_chars(_ANCHOR_WORDS)})\b(?:{'|'.join(_ANCHOR_WORDS)})\b", re.IGNORECASE
)
# A clause may open with a conjunction before its period: "…, and over the past week …".
# A connective or a focusing adverb may come before a clause's period: "But in 2024,
# …", "So far in 2024, …", "Just last week, …", "Already in the first week, …"
_LEAD_PERIOD_RE = re.compile(
    r"[\s\"'“‘(•*–—-]*"
    # "Meanwhile in five days, the Panzers had covered 200 miles": a sentence adverb first
    r"(?:(?:meanwhile|however|still|overall|altogether|elsewhere|separately|moreover|"
    r"furthermore|additionally|similarly|likewise|meantime|indeed|"
    r"by\s+contrast|in\s+contrast|by\s+comparison|in\s+comparison|for\s+comparison)"
    r"\s*,?\s+)?"
    # ("…, because over the past month, Russian soldiers occupied …", "and yet", "even
    # though": a subordinate clause opens with its own lead period too)
    r"(?:(?P<connective>(?:and\s+)?yet|and|but|while|whereas|then|so(?:\s+far)?|"
    r"because|(?:even\s+)?though|although|"
    r"thus(?:\s+far)?|just|only|also|even|already|now)\s+)?(?=\S)",
    re.IGNORECASE,
)
_COMMA_ANY_RE = re.compile("[,;:]")
# The comma closing a lead period, after any dates in brackets: "over the past week (Feb. 3-9),"
_COMMA_RE = re.compile(r"(?:\s+alone)?(?:\s*[(\[][^()\[\],]{0,40}[)\]])?\s*,")


_WAY_WORD_RE = re.compile(
    r"\s+(?:forward|further|farther|deeper|ahead|inland|onward|(?:west|east|north|south)wards?)\b",
    re.IGNORECASE,
)


def _period_of_length(
    words: str, end: int, published: dt.date | None, *, whole: bool = True
) -> Period | None:
    """``words`` read as the period "in <words>" ("three weeks", "May"), shown as
    ``words`` and ending at ``end`` in the text; with ``whole``, None unless every word
    belongs to the period."""
    phrase = f"in {words}"
    period = scan_period(phrase, 0, len(phrase), published)
    if period is None or (whole and period.end != len(phrase)):
        return None
    return Period(period.days, words, period.note, end)


def _period_after(
    text: str,
    pos: int,
    limit: int,
    published: dt.date | None,
    *,
    past_comma: bool = True,
    count: float | None = None,
    steps: int = _MAX_FILLER_WORDS,
) -> tuple[Period | None, tuple[int, int] | None]:
    """A period after an amount, past filler words ("of Ukrainian land") and asides.

    ``past_comma=False`` stops at a comma: a period in the figure's own clause,
    before it, then comes first ("in February-March they took 325 km², in
    April-May 632 km²"). ``count`` is the amount's number, for "in as many days".

    Returns the period (or None) and, for a walk that stopped at a comma, the
    comma's position and the steps left, so that a walk past the comma resumes
    there instead of reading the clause again.
    """
    if count is not None:  # "10 km in as many days": right after the amount, or not at all
        # (or after the way it went: "pushed 7 km forward in as many days")
        way = _WAY_WORD_RE.match(text, pos, limit)
        space = _SPACES_RE.match(text, way.end() if way else pos, limit)
        if space is not None and (found := scan_as_many(text, space.end(), limit, count)):
            return found, None
    start = pos
    walked: list[str] = []
    words_left, asides_left = steps, _MAX_ASIDES
    measured = _OF_GROUND_RE.match(text, pos, limit)
    if measured is not None:  # "1,263 km² of Russian territory": the figure's noun, not filler
        pos = measured.end()
        walked = measured.group(0).lower().split()
    while words_left > 0:
        aside = _ASIDE_RE.match(text, pos, limit) if asides_left else None
        if aside is not None and aside.end() > pos:
            bracket = _BRACKETED_RE.match(aside.group(0))
            if bracket is not None:  # "449 km² (May)", "300 km² (April 2025)"
                named = _period_of_length(bracket.group(1), aside.end(), published)
                if named is not None:
                    return named, None
            # "advanced 5 km (in just two days) near …", "5 km - in just two days - near
            # …": a period of its own, set off by brackets or dashes, is the figure's
            setoff = _SET_OFF_PERIOD_RE.fullmatch(aside.group(0))
            if setoff is not None:
                group = "inner" if setoff.group("inner") is not None else "inner2"
                inner_start = aside.start() + setoff.start(group)
                inner_end = aside.start() + setoff.end(group)
                period = scan_period(text, inner_start, inner_end, published)
                if period is not None and period.end == inner_end:
                    return Period(period.days, period.text, period.note, aside.end()), None
            # a lone comma ends the clause; an aside closed by a second comma (", officials
            # said,", ", roughly the size of Chicago,") does not
            crosses_comma = not past_comma and aside.group(0).strip() == ","
            # ", of territory" after a restatement stays in the same clause
            if crosses_comma and not _OF_AFTER_COMMA_RE.match(text, aside.end(), limit):
                return None, (pos, words_left)
            pos = aside.end()
            asides_left -= 1
            continue
        front = (
            _FRONT_OF_RE.match(text, pos, limit)
            if text.startswith((" on ", " along ", " over ", " and "), pos)
            else None
        )
        if front is not None:  # "gained two miles along a front of eight miles in three days"
            pos = front.end()
            words_left -= 1
            continue
        dash = _LONE_DASH_RE.match(text, pos, limit) if text.startswith(" -", pos) else None
        if dash is not None:
            # "advanced 5 km - in just two days.": a period after a dash that ends the clause
            found = scan_period(text, dash.end(), limit, published)
            if found is not None and _CLAUSE_ENDS_RE.match(text, found.end, limit):
                return found, None
            return None, None
        space = _SPACES_RE.match(text, pos, limit)
        if space is None:
            if pos == start or text[pos - 1 : pos] not in _QUOTE_CHARS:
                return None, None
            found = scan_period(text, pos, limit, published)  # 'advanced 2 km "in the past day"'
            return found, None
        found = scan_period(text, space.end(), limit, published)
        if found is not None:
            superlative = _last_superlative(text, start, pos)
            if (superlative is not None and "," not in text[superlative.end() : pos]
                    and not _SINGLE_UNIT_RE.match(found.text)):  # fmt: skip
                # "505 km², the lowest since March", "an advance of 3 km was the biggest
                # in a month": right after a superlative, a period says among what, not
                # how long (but "the most in a single month" is the figure's own month,
                # and in "725 km², a record, in November" the comma ends the aside)
                return None, None
            return found, None
        if walked and walked[-1] in _PLACE_PREPOSITIONS:
            names = _NAME_LIST_RE.match(text, pos, limit)
            if names is not None:  # "across the Donetsk, Kharkiv and Zaporizhzhia regions"
                pos = names.end()
                walked.append("names")
                words_left -= 1
                continue
        word = _FILLER_WORD_RE.match(text, pos, limit)
        if word is None and walked and walked[-1] in _DETERMINERS:
            # "beyond the 1967 ceasefire line in three days": a year naming a thing
            word = _ATTRIBUTIVE_YEAR_RE.match(text, pos, limit)
        if word is None and walked and text[pos - len(walked[-1]) : pos][:1].isupper():
            # "past Hill 192 in a week", "along Route 13": a number in a place's name
            word = _NAME_NUMBER_RE.match(text, pos, limit)
        if word is None or (word.group(1).lower() in _STOP_WORDS
                            and not _passive_agent(word.group(1).lower(), walked)):  # fmt: skip
            return None, None
        if word.group(1).lower() == "as" and _opens_as_clause(text, word.end(), limit):
            return None, None  # "advancing 10 km as Trump prepares to meet Putin on Friday"
        # (a capitalised word that a capitalised word follows is a name's: "by the Seventh
        # Armoured Division in two days"; not a headline's "an AFP Analysis Published on Wed")
        in_name = word.group(1)[0].isupper() and _CAPITAL_NEXT_RE.match(text, word.end(), limit)
        if not in_name and _opens_modifier_clause(word.group(1).lower(), walked):
            return None, None  # "to a village captured in 2022": the village's date
        walked.append(word.group(1).lower())
        pos = word.end()
        words_left -= 1
    return None, None


# A clause or participle that modifies a noun after the figure carries its own date:
# "toward a city it has attacked for two years", "to a village captured in 2022",
# "of land it had lost in 2022", "along a road built in 1975".
_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "you", "i"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "this", "that", "his", "her"})
_IRREGULAR_PARTICIPLES = frozenset(
    {"built", "taken", "held", "lost", "won", "made", "seen", "given", "begun", "fought",
     "known", "hit", "struck", "shot", "overrun", "retaken", "dug", "laid", "left", "kept"}
)  # fmt: skip


_AS_PHRASE_WORDS = frozenset({"part", "well", "far", "much", "many", "a", "an", "of", "planned",
                              "expected", "scheduled", "ordered", "such"})  # fmt: skip


def _opens_as_clause(text: str, pos: int, limit: int) -> bool:
    """Whether the "as" ending at ``pos`` opens a clause of its own ("as Trump prepares
    to meet Putin on Friday"), not a phrase of the figure's ("as part of", "as planned")."""
    following = _FILLER_WORD_RE.match(text, pos, limit)
    return following is not None and following.group(1).lower() not in _AS_PHRASE_WORDS


def _passive_agent(word: str, walked: list[str]) -> bool:
    """Whether ``word`` is the "by" of a passive's agent ("80 km were gained by the
    Soviets in two days"), which the walk to the period may pass."""
    # (or right after the figure, a participle that names it: "the 500 km² seized by
    # Russian forces in October")
    return (word == "by" and (len(walked) == 1 or (len(walked) >= 2
                                                   and walked[-2] in ("was", "were", "been")))
            and (walked[-1].endswith("ed") or walked[-1] in _IRREGULAR_PARTICIPLES))  # fmt: skip


def _opens_modifier_clause(word: str, walked: list[str]) -> bool:
    """Whether ``word``, after the words ``walked`` past a figure, opens a noun's modifier."""
    if word in _SUBJECT_PRONOUNS:
        # "465 km² of it in December": a part of the figure before, not a clause
        return bool(walked) and walked[-1] != "of"
    participle = word.endswith("ed") or word in _IRREGULAR_PARTICIPLES
    # "a village captured in 2022", "an AFP analysis published on Wednesday"
    return participle and any(w in _DETERMINERS for w in walked[-3:-1])


# "the lowest since March", "a record since 2022": "since" after a superlative
# compares; it does not start the figure's period.
_SUPERLATIVE_RE = re.compile(
    rf"\b(?:{_EST_SUPERLATIVE}|most|least|first|record|best|worst|fewest)\b", re.IGNORECASE
)


def _lead_periods(
    text: str, sent_start: int, sent_end: int, published: dt.date | None
) -> list[tuple[int, Period]]:
    """Clause-initial periods of a sentence ("In 2024, …", "After four months of fighting …").

    Returns (position where the clause after the period starts, period), in order.
    """
    leads = []
    subject_verb = None
    starts = [sent_start] + [m.end() for m in _COMMA_ANY_RE.finditer(text, sent_start, sent_end)]
    # "Analysts said that in 2024, Russian forces captured …": a reported clause opens
    # as a sentence does
    has_that = text.find(" that ", sent_start, sent_end) >= 0
    reported = (
        [m.end() for m in _SAID_THAT_RE.finditer(text, sent_start, sent_end)] if has_that else []
    )
    # ("the data show that over the past month, …", "the fact that in 2024, …": any
    # "that" opens a clause whose lead period a comma closes)
    thats = [m.end() for m in _THAT_RE.finditer(text, sent_start, sent_end)] if has_that else []
    # ("Analysts say last year, the army captured …": after a verb of saying in the
    # present, which no past period can date, its "that" left out)
    saying = [m.end() for m in _SAYS_RE.finditer(text, sent_start, sent_end)]
    if reported or thats or saying:
        starts = sorted({*starts, *reported, *thats, *saying})
    # "KYIV, Nov 20 (Reuters) - In October, Russian forces …", "Ukraine war: In five
    # days …": a dateline or a heading opens the sentence before its first clause
    # (a unit in it makes it a sentence of its own: "Troops took 30 km² — …")
    dateline = _DATELINE_RE.match(text, sent_start, sent_end)
    headed = -1
    if dateline is not None and not _UNIT_ANY_RE.search(text, sent_start, dateline.end()):
        headed = dateline.end()
        starts = sorted({*starts, headed})
    read_until = sent_start  # "Since the beginning of the battle, on July 1, …": one period
    for clause in starts:
        if clause < read_until:
            continue  # a comma inside a period already read opens no clause of its own
        opening = _LEAD_PERIOD_RE.match(text, clause, sent_end)
        if opening is None:
            continue
        heading = _HEADING_PERIOD_RE.match(text, opening.end(), sent_end)
        if heading is not None:
            words = heading.group("label")
            phrase = "in a week" if heading.group("week") else f"in {words}"
            named = _period_named(phrase, words, heading.end(), published)
            if named is not None:
                leads.append((heading.end(), named))
            continue
        subject = _MONTH_SUBJECT_RE.match(text, opening.end(), sent_end)
        if subject is not None:
            # "November saw Russia's largest advance, with 701 km² captured, while
            # December accounted for …, at 244 km²": the month names the clause's time
            named = _subject_period(text, subject, published)
            if named is not None:
                leads.append((subject.end(), named))
            continue
        period = None
        if opening.group("connective"):  # "So far this month, …" is a period of its own
            period = scan_period(text, opening.start("connective"), sent_end, published)
        if period is None:
            period = scan_period(text, opening.end(), sent_end, published)
        if period is None and clause > sent_start:
            period = _period_of_event_aside(
                text, sent_start, clause, opening.end(), sent_end, published
            )
        if period is None:
            period = _after_place(text, opening.end(), sent_end, published)
        if period is None:
            if subject_verb is None:  # looked up once per sentence, and only here
                subject_verb = _SUBJECT_VERB_RE.search(text, sent_start, sent_end) is not None
            subject = (
                _PERIOD_SUBJECT_RE.match(text, opening.end(), sent_end) if subject_verb else None
            )
            if subject is not None:
                words = subject.group("period")
                phrase = f"on {words}" if subject.group("day_n") else f"in {words}"
                named = _period_named(phrase, words, subject.end(), published)
                if named is not None:
                    leads.append((subject.end(), named))
            continue
        if text.startswith(" of ", period.end) and _OF_DATE_RE.match(text, period.end):
            continue  # "By the end of the first week of August": a point in August, unread
        if period.text.lower().endswith("later") and not _STARTED_BEFORE_RE.search(
            text, sent_start, clause
        ):
            continue  # "A week later they had advanced 60 miles": later than what is unsaid
        read_until = period.end
        comma = _COMMA_RE.match(text, period.end, sent_end)
        if comma:
            leads.append((comma.end(), period))
        elif (clause in (sent_start, headed) or clause in reported
              or text.endswith(";", 0, clause)  # an independent clause, as a sentence is
              or _OPENER_RE.fullmatch(text, sent_start, clause)):  # fmt: skip
            # "Between February and April 2025 they took …": the whole sentence, also
            # after a short opener ("However, in the first day the cavalry moved …")
            leads.append((period.end, period))
    # an operation's dates, in brackets or after "of", date what it did
    sentence = text[sent_start:sent_end]
    for pattern, sign in ((_EVENT_DATES_RE, "("), (_EVENT_OF_DATES_RE, " of ")):
        if sign not in sentence:  # cheap test before the search
            continue
        for named in pattern.finditer(text, sent_start, sent_end):
            if _TIMED_FROM_EVENT_RE.search(text, max(sent_start, named.start() - 40),
                                           named.start()):  # fmt: skip
                continue  # "After the Battle of Kursk (July 1943), …": a time after it
            dated = _dates_in_brackets(text, named, published)
            if dated is not None:
                leads.append((named.end(), dated))
        leads.sort(key=lambda lead: lead[0])
    return leads


# "Operation Bagration (22 June – 19 August 1944) advanced 600 km", "the Battle of the
# Somme (July 1–November 18, 1916)": an operation named with its dates in brackets, as
# encyclopaedias write it; the dates are the period of what it did
_EVENT_DATES_RE = re.compile(
    r"\b(?:offensives?|counter-?offensives?|operations?|attacks?|assaults?|battles?|campaigns?|"
    r"push|drive|advance|breakthrough|breakout|incursion|invasion|thrust|war|siege|pursuit|"
    r"retreat|march|landings?)"
    r"(?:\s+(?:of\s+)?(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?"
    r"\s*\((?P<dates>[^()]{3,50})\)",
    re.IGNORECASE,
)

# "The offensive began on 1 July; 140 days later …": the start a time "later" counts from
_STARTED_BEFORE_RE = re.compile(
    r"\b(?:began|begun|started|opened|launched|attacked|crossed|landed|jumped\s+off|"
    r"set\s+out|moved\s+off|kicked\s+off)\b",
    re.IGNORECASE,
)
_TIMED_FROM_EVENT_RE = re.compile(
    r"\b(?:after|before|since|following|until|till|by|prior\s+to|ahead\s+of)\s+"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)


def _dates_in_brackets(
    text: str, bracket: re.Match[str], published: dt.date | None
) -> Period | None:
    """The span of dates an operation's brackets (or "of") hold, whole, or None."""
    dates = bracket.group("dates").strip()
    if dates.isdigit():
        return None  # "the Kursk incursion (2024)": the year it was in, not how long
    for phrase in (dates, f"in {dates}"):
        period = scan_period(phrase, 0, len(phrase), published)
        if period is not None and period.end == len(phrase):
            return Period(period.days, dates, period.note, bracket.end("dates"), period.days_high)
    return None


# "The offensive, conducted from 13 to 27 January, advanced 250 km": the time of the
# fighting that is the subject, in a participle set off by commas
_EVENT_BEFORE_COMMA_RE = re.compile(
    r"\b(?:offensive|counteroffensive|counter-offensive|operation|attack|assault|battle|campaign|"
    r"push|drive|advance|breakthrough|incursion|invasion|thrust)\s*,\s*$",
    re.IGNORECASE,
)
_EVENT_PARTICIPLE_RE = re.compile(
    # (not "launched on 12 January", the day it began)
    r"(?:conducted|fought|waged|lasting|unfolding)\s+",
    re.IGNORECASE,
)


def _period_of_event_aside(
    text: str, sent_start: int, clause: int, pos: int, limit: int, published: dt.date | None
) -> Period | None:
    """The period in a participle after the fighting it dates, set off by commas."""
    if _EVENT_BEFORE_COMMA_RE.search(text, max(sent_start, clause - 30), clause) is None:
        return None
    participle = _EVENT_PARTICIPLE_RE.match(text, pos, limit)
    if participle is None:
        return None
    period = scan_period(text, participle.end(), limit, published)
    if period is None or _COMMA_RE.match(text, period.end, limit) is None:
        return None
    return period


# "In the Bakhmut sector last week, …", "Near Kupiansk in October, …": a place named
# before the clause's period. Its words are capitalised names or a quarter of the
# compass, so no other phrase is skipped.
_PLACE_LEAD_RE = re.compile(
    r"(?:in|near|around|on|along|at|outside)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z][\w'’.-]*)|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?)"
    r"(?:\s+(?-i:[A-Z][\w'’.-]*))*"
    r"(?:\s+(?:sector|axis|direction|area|region|front|oblast|province|district))?\s+",
    re.IGNORECASE,
)


def _after_place(text: str, pos: int, limit: int, published: dt.date | None) -> Period | None:
    """The period right after a place that opens a clause, when a comma closes it."""
    place = _PLACE_LEAD_RE.match(text, pos, limit)
    if place is None:
        return None
    period = scan_period(text, place.end(), limit, published)
    if period is None or _COMMA_RE.match(text, period.end, limit) is None:
        return None
    return period


# "However,", "According to analysts,", "In the end,": a few words that open a
# sentence before its first clause
_OPENER_RE = re.compile(r"\s*[A-Za-z'’-]+(?:\s+[A-Za-z'’-]+){0,3}\s*,\s*")
# A dateline ("KYIV, Nov 20 (Reuters) -", "WASHINGTON, Nov. 20 —") or a short heading
# ("Ukraine war:"): a capitalised word, a few more, an agency in brackets, then a dash
# with a space before it or a colon
_DATELINE_RE = re.compile(
    r"[\s\"'“‘]*(?:(?-i:[A-Z])[\w'’.]*(?:,?\s+[\w'’.]+){0,5}?,?\s*"
    r"(?:\([A-Za-z./ ]{1,20}\)\s*)?(?:\s[-–—]+|—|–|:)\s+"
    # a wire service's slug, glued to the first word: "UPDATE 2-In March, …"
    r"|(?:UPDATE|WRAPUP|REFILE|CORRECTED|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|RPT)(?:\s+\d{1,2})?-)"
)
# Where a thing was said: "in a statement", "in a Telegram post", "at a briefing"
_STATEMENT_NOUNS = (
    r"(?:statement|post|briefing|interview|address|speech|update|report|conference|meeting|"
    r"message|video|call)"
)
_IN_A_STATEMENT = (
    r"\s+(?:in|at|during|via)\s+(?:a|an|the|its|his|her|their)(?:\s+[\w'’-]+){0,2}?\s+"
    + _STATEMENT_NOUNS
)
_THAT_RE = re.compile(r"\bthat\s+")
_SAYS_RE = re.compile(
    r"\b(?:says|say|estimates|estimate|notes|reports|shows|show|suggests|suggest|indicates|"
    r"indicate|believes|believe|thinks|think|argues|argue|calculates|calculate|finds|find)"
    r"\s+(?=\S)"
)
_SAID_THAT_RE = re.compile(
    r"\b(?:said|says|reported|reports|estimated|estimates|noted|notes|added|adds|wrote|writes|"
    r"announced|announces|stated|states|claimed|claims|found|finds|showed|shows|indicated|"
    r"indicates|concluded|explained|explains|told\s+[\w'’-]+(?:\s+[\w'’-]+)?)"
    # "said in a statement on Friday that", "wrote in a Telegram post on Sunday that"
    rf"(?:{_IN_A_STATEMENT})?(?:\s+(?:on|last)\s+[A-Z]?[a-z]+)?\s+that\s+",
)


# A length of time right before a date in the same opening phrase ("In just 11 weeks in
# 2022, Ukraine reclaimed …"): the length is the figure's period, the date says when
_LENGTH_RIGHT_BEFORE_RE = re.compile(
    rf"\b(?:in|within|over|during|after)\s+(?:(?:just|only|about|some|approximately|roughly|"
    rf"barely|nearly|almost|a\s+mere|less\s+than|under|over)\s+)?(?:{NUMBER_PHRASE}|an?)\s+"
    rf"(?:days?|weeks?|months?|years?)\s+$",
    re.IGNORECASE,
)


def _period_before(leads: list[tuple[int, Period]], pos: int) -> Period | None:
    """The last clause-initial period before ``pos``, within the look-back."""
    index = bisect.bisect_right(leads, pos, key=lambda lead: lead[0])
    if index == 0:
        return None
    after, period = leads[index - 1]
    return period if pos - after <= _LOOKBACK else None


# "Russia's gains this year amount to about 0.6% of Ukraine's territory, roughly 3,600
# km²": the figure restates a share of a country set off before it, in the share's clause
_SHARE_RESTATED_RE = re.compile(
    r"\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b)\s+of\s+[^,;:()\d]{1,60}?\s*,\s*"
    r"(?:(?:or|some|about|around|roughly|nearly|almost|approximately|just\s+over|just\s+under|"
    r"over|more\s+than|less\s+than)\s+)*$",
    re.IGNORECASE,
)


def _period_of_restated_share(
    s: str, sent_start: int, scan: Scan, published: dt.date | None
) -> Period | None:
    """The period of the clause whose share of a country the figure restates, or None."""
    share = _SHARE_RESTATED_RE.search(s, max(sent_start, scan.start - 90), scan.start)
    if share is None:
        return None
    comma = s.rfind(",", share.start(), scan.start)
    opening = max(s.rfind(",", sent_start, share.start()), s.rfind(";", sent_start, share.start()))
    return _period_in_clause(s, max(sent_start, opening + 1), comma, published)


def _period_in_clause(
    text: str, clause_start: int, pos: int, published: dt.date | None
) -> Period | None:
    """The nearest period before ``pos`` in its own clause ("and in 2025 took 4,800 km²")."""
    best = None
    read_until = clause_start  # "in the last month" is one period, not also "last month"
    for anchor in _PERIOD_ANCHOR_RE.finditer(text, clause_start, pos):
        if anchor.start() < read_until:
            continue
        period = scan_period(text, anchor.start(), pos, published)
        if period is None:
            continue
        read_until = period.end
        if _BEGAN_BEFORE_RE.search(text, max(clause_start, anchor.start() - 24), anchor.start()):
            continue  # "the attack began on 8 August; …": when it started, not how long
        if _THAN_BEFORE_RE.search(text, max(clause_start, anchor.start() - 20), anchor.start()):
            continue  # "more in October than in the previous three months: 500 km²"
        if period.text[:5].lower() == "since" and _after_superlative(
            text, clause_start, anchor.start()
        ):
            continue  # "the largest since 2022, at 500 km²": how rare, not how long
        if (
            best is not None
            and best.days < period.days
            and not text[best.end : anchor.start()].strip()
            and _DATES_LENGTH_RE.match(text, best.end, period.end)
        ):
            continue  # "In ten days in August …": August dates the ten days
        if _reaches(text, period, pos):
            best = period
    if best is None and text.find("since", clause_start, pos) >= 0:
        # "Russian gains since November 1 totalled 300 km²" (but "the largest weekly
        # gain since 2022 was 235 km²" says how rare, not how long)
        since = _SINCE_IN_CLAUSE_RE.search(text, clause_start, pos)
        if since is not None and not _RARITY_RE.search(text, clause_start, since.start()):
            period = scan_period(text, since.start(), pos, published)
            if period is not None and _reaches(text, period, pos):
                best = period
    return best


# "a three-day march of 60 miles", "their four days' advance of 30 km": a length
# written as an adjective of the movement the figure measures
_LENGTH_OF_FIGURE_RE = re.compile(
    r"\b(?:a|an|the|its|their|his)\s+[\w-]+(?:-|\s+)(?:hour|day|week|month|year)s?['’]?(?:-long)?"
    r"\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+of\s+(?:(?:some|about|around|roughly|nearly|almost|over|"
    r"more\s+than|just|only|barely)\s+)?$",
    re.IGNORECASE,
)


def _length_of_figure(
    text: str, clause_start: int, pos: int, published: dt.date | None
) -> Period | None:
    """The length in "a three-day march of 60 miles", for the figure at ``pos``."""
    if " of " not in text[max(clause_start, pos - 24) : pos]:
        return None  # cheap test before the search
    found = _LENGTH_OF_FIGURE_RE.search(text, max(clause_start, pos - 80), pos)
    if found is None:
        return None
    period = scan_period(text, found.start(), pos, published)
    return None if period is None else Period(period.days, period.text, period.note, pos)


def _reaches(text: str, period: Period, pos: int) -> bool:
    """Whether a period before a figure at ``pos`` is near it, with no clause between.

    A figure set off by a dash as the clause's advance restated ("has driven a third
    of the distance to Germany – a swift 110-mile advance") reaches twice as far.
    """
    between = text[period.end : pos]
    # "to advance, amid heavy fighting, 40 miles"
    between = between[: _before_aside(between, 0, len(between))]
    reach = 16 if _ADVANCE_RESTATED_RE.search(between) else 8
    # "gains in November (more than 629 km²)": the figure's own hedge stops nothing
    hedge = _THAN_HEDGE_RE.search(between)
    if hedge is not None:
        between = between[: hedge.start()]
    # "gains in October were the largest since 2022, at 500 km²": how rare, not a period
    between = _RARITY_SCOPE_RE.sub(" ", between)
    if "," in between:  # "in September the Russian army, backed by drones, seized 225 km²"
        between = _SUBJECT_ASIDE_ANY_RE.sub(" ", between)
    return len(between.split()) <= reach and not _STOP_BEFORE_RE.search(between)


_THAN_HEDGE_RE = re.compile(r"\b(?:more|less|fewer)\s+than\s*$", re.IGNORECASE)
# A superlative's scope right before the figure ("the largest since 2022, at"): it says
# how rare the figure is, and neither ends the clause nor names its period
_RARITY_SCOPE_RE = re.compile(
    r"\b(?:[a-z]+est|most|least|best|worst)\b(?:\s+[a-z]+){0,2}?\s+since\s+[\w.'’ -]{1,30}?"
    r"(?=,?\s+at\s*$)",
    re.IGNORECASE,
)


# (cleaning turns a dash into "-", glued to the word before when it was glued)
_ADVANCE_RESTATED_RE = re.compile(
    r"(?:\s-|(?<=[a-z])-(?=an?\s)|[–—])\s*(?:a|an)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE
)


_SINCE_IN_CLAUSE_RE = re.compile(r"\bsince\b", re.IGNORECASE)
_RARITY_RE = re.compile(
    r"\b(?:[a-z]+est|most|least|best|worst|record|first|only|more|less|fewer|greater|higher|"
    r"lower|larger|smaller)\b",
    re.IGNORECASE,
)


# "it took them ten days to capture 50 km²", "Russia needed six weeks to take …":
# the time an advance took, named by a verb of taking or needing, then "to".
_WHO_TOOK_WORDS = 5  # words of who took it, between "took" and the length [words]
_TAKEN_RE = re.compile(
    r"(?=[tTnNsSrR])\b(?:took|taken|takes|take|taking|needed|needs|need|spent|spends|spend|"
    r"required|requires|require)\b",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"\s+[\w’'-]+")
# "it took 26 days to advance" / "it took 26 days for the army to advance"
# "spent four days advancing 20 miles": the time spent, then what was done in it
_THEN_TO_RE = re.compile(
    r"\s+(?:for\s+(?:[\w’'-]+\s+){1,4}?)?to\s|\s+(?:advancing|covering|marching|pushing|moving|"
    r"driving|gaining|capturing|seizing|clearing|fighting\s+(?:their|its|his)\s+way)\b"
)
# "The advance of 400 miles took 26 days", "a 400-mile advance that lasted a month":
# the figure's own period, after the verb its advance takes.
_TOOK_AFTER_RE = re.compile(
    # "400 miles took 26 days"; "40 km, which took them three days"; "40 km, a distance
    # that took three days"; "the 40 km to Kherson took Ukrainian forces two months"
    # ("the 200 miles from the Meuse to the Channel took the panzers ten days")
    r"(?:(?:\s+from\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    r"\s+(?:to|towards?|into|across|through)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s+took\b)"
    # "The 20-mile advance to the river took four days"
    r"|\s+(?:advance|push|drive|march|pursuit|dash|offensive|thrust|journey|trek)\s+(?:to|towards?|"
    r"into|across|through)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s+(?:took|lasted|required|needed)\b))?"
    r"(?:\s*,\s*(?:a\s+(?:distance|journey|march|advance|push|drive)\s+)?(?=that\b|which\b)|"
    # "From Atlanta to Savannah, some 285 miles, the march took 36 days"
    r"\s*,\s*(?:the|its|their)\s+(?:march|journey|advance|drive|trip|push|pursuit)\s+(?=took\b)|\s+"
    r"(?:(?:advance|push|drive|march|pursuit|dash|offensive|thrust)\s+)?)(?:that\s+|which\s+)?"
    r"(?:took|lasted|required|needed|had\s+taken)\s+(?:(?:only|just|barely|a\s+mere)\s+)?",
    re.IGNORECASE,
)
# "took them three days", "took the division three days": who took it, before the length
_TOOK_WHOM_RE = re.compile(rf"(?:[A-Za-z'’-]+|{_ORDINAL_NUMBER})\s+")


def _period_of_relative_gain(
    s: str, sent_start: int, sent_end: int, scan: Scan, published: dt.date | None
) -> Period | None:
    """The period of the relative clause in which "the" figure before it was taken."""
    if _FIGURE_NAMED_BEFORE_RE.search(s, max(sent_start, scan.start - 8), scan.start) is None:
        return None
    clause = _RELATIVE_GAIN_RE.match(s, scan.end, sent_end)
    if clause is None:
        return None
    return _period_after(s, clause.end(), sent_end, published, past_comma=False)[0]


# "marched 646 miles and fought four battles in 48 days", "covered 275 miles from the
# Rhine to the Danube, outflanking Mack's army, in 13 days": a length of time that ends
# the predicate the figure's verb shares with other verbs or asides. Only a counted
# length ("in 48 days", "within a week"), never a date, and never after a verb of
# staying ("advanced 15 km and then held the line for two weeks").
# The verbs of saying that tell a report (also used by the day of a report, below)
_SAYING = (
    r"(?:said|says|reported|reports|announced|announces|claimed|claims|stated|confirmed|told|"
    r"wrote|writes|estimated|estimates|assessed|assesses|found|finds|noted|notes|"
    # ("On Monday it emerged that …", "On Monday the ministry disclosed that …")
    r"revealed|reveals|disclosed|discloses|showed|shows|emerged|became\s+known|learned|learnt)"
)
_COORDINATED_TAIL_RE = re.compile(
    r"(?P<rest>(?:\s*,\s*|\s+(?:and|from|across|through|over|along|via|to|toward|towards|into)\s+)"
    r"[^.;:()]{3,90}?)\s+(?=(?:in|within)\s+(?:(?:just|only|barely|"
    r"less\s+than|under|a\s+mere)\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)(?:[\s-]\w+)?\s+(?:hours|days?|weeks?|"
    r"fortnight|months?)\b)",
    re.IGNORECASE,
)
_STAYED_RE = re.compile(
    r"\b(?:held|hold|holding|rest(?:ed|ing)?|remain\w*|stay\w*|wait\w*|paus\w*|halt\w*|stopp\w*|"
    r"dug|digging|consolidat\w*|regroup\w*|for|since|until|till|before|after|when|while|which|"
    r"where|who|then|later|"
    # a clause of its own: "…, Russian units have not managed to advance in seven months"
    r"not|never|no|have|has|had|would|could|will|may|might|was|were|is|are|be|been|fell|arrived|"
    r"began|started|ended|came|took\s+place|"
    # an aim, not a thing done: "toward a town they expect to capture in two weeks"
    r"hop\w+|expect\w*|plan\w*|aim\w*|intend\w*|want\w*|seek\w*|sought|tr(?:y|ies|ied|ying)|"
    r"need\w*|must|should|ought|likely|goal|target\w*|objective|"
    # a report: "…, Syrskyi told Zelensky in a video posted within a week"
    rf"posted|published|{_SAYING})\b|n['’]t\b",
    re.IGNORECASE,
)


def _period_after_coordination(
    s: str, pos: int, sent_end: int, published: dt.date | None
) -> Period | None:
    """The counted length that closes a predicate shared with other verbs, or None."""
    tail = _COORDINATED_TAIL_RE.match(s, pos, sent_end)
    if tail is None:
        return None
    rest = tail.group("rest")
    # (a count in figures is a figure the length may belong to: "advanced 4 km and lost
    # 300 men in a week")
    if _keeps_own_period(rest) or any(c.isdigit() for c in rest):
        return None
    return _period_ending_clause(s, tail.end(), sent_end, published)


def _keeps_own_period(words: str) -> bool:
    """Whether ``words`` between a figure and a later period hold a clause or a figure of
    their own, to which that period may belong."""
    return _STAYED_RE.search(words) is not None or _UNIT_ANY_RE.search(words) is not None


def _period_ending_clause(
    s: str, pos: int, sent_end: int, published: dt.date | None
) -> Period | None:
    """The period at ``pos`` if the clause ends right after it, else None."""
    period = scan_period(s, pos, sent_end, published)
    if period is None or not _CLAUSE_ENDS_RE.match(s, period.end, sent_end):
        return None
    return period


# "captured 5,600 km², representing about 0.94% of Ukraine's territory, last year",
# "4,168 km², primarily consisting of fields and small settlements in 2024", "4,168 km²,
# including 190 villages, in 2024": an aside that says what the figure was made of or
# came to, then the period that closes the clause
_ASIDE_OPENING_RE = re.compile(
    r"\s*,\s*(?:(?:primarily|mainly|mostly|largely|chiefly|partly)\s+)?(?:representing|"
    r"consisting|including|comprising|equivalent|equal(?:ling)?|amounting|mostly|mainly|"
    r"primarily|largely|chiefly|much\s+of\s+it|most\s+of\s+it|roughly|about|some|around|"
    r"approximately|nearly|almost)\b",
    re.IGNORECASE,
)
_PERIOD_WORD_RE = re.compile(
    r"[\s,]\s*(?=(?:in|during|over|throughout|last|this|since|between|from)\s)", re.IGNORECASE
)
_ASIDE_REACH = 110  # characters of an aside looked through for the period after it
_ASIDE_BREAK_RE = re.compile(r"[;:()]|\.(?!\d)")  # a sentence or clause ends (not "0.94%")
# "…, about seven times more than in 2023": the period after a comparison is the other
# side's, never the figure's
_ASIDE_COMPARES_RE = re.compile(
    r"\b(?:than|as\s+(?:much|many|large|big)\s+as|compared|against|versus|vs|double|triple|"
    r"treble|twice|thrice|\w+fold)\b",
    re.IGNORECASE,
)


def _period_after_aside(
    s: str, pos: int, sent_end: int, published: dt.date | None
) -> Period | None:
    """The period that closes a clause after an aside on what the figure was, or None."""
    if not s.startswith(",", pos) and not s.startswith(" ,", pos):
        return None
    opening = _ASIDE_OPENING_RE.match(s, pos, sent_end)
    if opening is None:
        return None
    reach = min(sent_end, opening.end() + _ASIDE_REACH)
    for word in _PERIOD_WORD_RE.finditer(s, opening.end(), reach):
        rest = s[opening.end() : word.start()]
        if (
            _ASIDE_BREAK_RE.search(rest)
            or _ASIDE_COMPARES_RE.search(rest)
            or _keeps_own_period(rest)
        ):
            return None
        period = _period_ending_clause(s, word.end(), sent_end, published)
        if period is not None:
            return period
    return None


# "Russia took 505 km², or about 17 km² a day, in November": the total's own rate set
# off between commas or dashes, before the period both share
_RATE_ASIDE_OPENING_RE = re.compile(r"\s*(?:,\s*(?:or\s+|that\s+is\s+|i\.e\.\s+)?|\s[-–—]\s*)")
_RATE_ASIDE_CLOSING_RE = re.compile(r"\s*(?:,|\s[-–—])")


def _period_after_rate_aside(
    s: str, pos: int, sent_end: int, published: dt.date | None
) -> Period | None:
    """The period after a day's rate set off right after a total, or None."""
    opening = _RATE_ASIDE_OPENING_RE.match(s, pos, sent_end)
    if opening is None:
        return None
    try:
        aside = scan_rate(s, opening.end(), sent_end)
    except NoRate:
        return None
    if aside.time_text is None:
        return None  # a restatement or another total, read as such elsewhere
    closing = _RATE_ASIDE_CLOSING_RE.match(s, aside.end, sent_end)
    if (
        closing is None
        or s[opening.start() : opening.end()].strip()[:1]
        != (s[closing.start() : closing.end()].strip()[:1])
    ):
        return None  # the rate ends no aside: "505 km², 17 km² a day in November"
    return _period_after(s, closing.end(), sent_end, published, past_comma=False)[0]


def _period_took_after(text: str, end: int, limit: int, published: dt.date | None) -> Period | None:
    """The period an advance took, named after its figure: "400 miles took 26 days"."""
    took = _TOOK_AFTER_RE.match(text, end, limit)
    if took is None:
        return None
    return _length_taken(text, took.end(), limit, published)


def _length_taken(text: str, start: int, limit: int, published: dt.date | None) -> Period | None:
    """The length after "took", past the few words of who took it ("took the
    panzers ten days")."""
    for _ in range(_WHO_TOOK_WORDS + 1):
        phrase = "in " + text[start : min(limit, start + 60)]
        period = scan_period(phrase, 0, len(phrase), published)
        if period is not None:
            return Period(period.days, period.text[3:], period.note, start + period.end - 3)
        word = _TOOK_WHOM_RE.match(text, start, limit)
        if word is None:
            return None
        start = word.end()
    return None


# "Vienna, distant forty miles, which it reached in two days", "the river, 30 miles
# away, and reached it in three days", "a distance of 200 miles, the army arrived in 12
# days": a distance to a place, then the journey there completed in a period.
_ROUTE_END = r"(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}"
# A journey's distance gone over, said in the passive after "was" or "were"
_AFTER_WAS = r"(?:(?<=\bwas\s)|(?<=\bwere\s))"
_GONE_OVER = r"passed\s+over|gone\s+over|performed|made|done|achieved|gained|won"
_JOURNEY_DONE_RE = re.compile(
    # "the 140 miles from Kimberley to Bloemfontein were covered in a week": the route
    rf"(?:\s+from\s+{_ROUTE_END}\s+to\s+{_ROUTE_END}(?=\s+(?:had\s+been|was|were)\s))?"
    # ("advanced 300 miles since El Alamein, a distance covered in 15 days": the
    # journey named again in an appositive, its place of setting out before it)
    rf"(?:(?:\s+(?:since|from)\s+{_ROUTE_END})?\s*,\s*(?:a|the)\s+(?:distance|journey|march|"
    r"advance|drive|trek)(?=\s+(?:covered|marched|traversed|accomplished|completed)\b))?"
    r"(?:\s+(?:away|distant|off))?\s*,?\s*(?:(?:which|and|where|that)\s+)?"
    r"(?:(?:it|they|he|she|we|the\s+[a-z]+|(?-i:[A-Z])[\w'’-]+)\s+)?"
    r"(?:had\s+|was\s+|were\s+|had\s+been\s+)?"
    # ("advanced 60 km, reaching the river in two days": the participle says the same)
    r"(?:reached|reaching|arrived|arriving|covered|covering|completed|traversed|accomplished|"
    # "the distance, nearly 100 miles, was marched in four days", "… was passed over in
    # three days": gone over, in the passive
    rf"{_AFTER_WAS}(?:marched|{_GONE_OVER}))"
    r"(?:\s+(?:it|them|there|the\s+(?:distance|march|journey|trip|city|town|river|capital|"
    r"coast|sea|border|canal)))?"
    r"\s+(?=(?:in|within|inside)\s)",
    re.IGNORECASE,
)


# "The march from Atlanta to Savannah, 285 miles, occupied 24 days": a journey, its
# distance set off by commas, then the time it took
_JOURNEY_APPOSITIVE_RE = re.compile(
    r"\b(?:the|their|its|his|this)\s+(?:[\w'’-]+\s+)?(?:march|advance|journey|drive|trek|"
    r"distance|pursuit|retreat|push|dash)\b[^,;:]{0,60},\s*(?:(?:a|the)\s+distance\s+of\s+)?"
    r"(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|just|only|approximately)\s+)?$",
    re.IGNORECASE,
)
# "The route, 300 km, took 10 days to repair": time spent on other work than the journey
_TO_OTHER_WORK_RE = re.compile(
    r"\s+to\s+(?!(?:cover|march|reach|complete|travel|traverse|cross|advance|push|drive)\b)"
    r"[a-z]+",
    re.IGNORECASE,
)
_APPOSITIVE_TOOK_RE = re.compile(
    r"\s*,\s*(?:had\s+)?(?:took|lasted|occupied|required|needed)\s+(?:(?:only|just|barely|"
    r"a\s+mere)\s+)?(?:for\s+)?",
    re.IGNORECASE,
)


def _appositive_journey_took(
    s: str, sent_start: int, sent_end: int, scan: Scan, published: dt.date | None
) -> Period | None:
    """The time taken by a journey whose distance is set off by commas after it."""
    took = _APPOSITIVE_TOOK_RE.match(s, scan.end, sent_end)
    if took is None or not _JOURNEY_APPOSITIVE_RE.search(
        s, max(sent_start, scan.start - 90), scan.start
    ):
        return None
    period = _length_taken(s, took.end(), sent_end, published)
    if (
        period is None
        or _COUNTED_TIME_RE.search(period.text) is None
        or _TO_OTHER_WORK_RE.match(s, period.end, sent_end)
    ):
        return None
    return period


def _journey_completed(s: str, end: int, limit: int, published: dt.date | None) -> Period | None:
    """The period of a journey completed over the distance just read, or None."""
    done = _JOURNEY_DONE_RE.match(s, end, limit)
    if done is None:
        return None
    period = scan_period(s, done.end(), limit, published)
    if period is None or _COUNTED_TIME_RE.search(period.text) is None:
        return None  # "…, reaching the river in March": when it arrived, not how long
    return period


# "Israeli forces reached the canal in four days, a distance of about 200 km": the
# journey and its period first, then the distance it covered set off by a comma, at
# the end of the clause
# The journey's noun and a hedge before its distance, at the end of what precedes the
# figure: ", a distance of about", "- some"
_JOURNEY_OF = (
    r"(?:(?:an?|the)\s+(?:distance|journey|march|drive|trek|advance|run|dash|push|thrust|sweep)"
    r"\s+of\s+)?(?:(?:some|about|around|roughly|nearly|almost|approximately|over|more\s+than)\s+)?$"
)
_JOURNEY_THEN_DISTANCE_RE = re.compile(
    r"\b(?:reached|arrived\s+(?:at|in)|got\s+to|made\s+it\s+to)\s+(?:[\w'’.-]+\s+){1,6}?"
    r"(?P<period>(?:in|within|inside)\s+[^,;:()—–]{1,50}?)"
    # (a dash between words, "drive–some 230 km", is a hyphen once the text is cleaned)
    # ("drive–~230 km": the sign for "about" starts the figure, which ends the search)
    r"\s*(?:,|[—–]|\s-|-(?=(?:some|about|around|roughly|nearly|almost|approximately|over)\s|$))"
    rf"\s*{_JOURNEY_OF}",
    re.IGNORECASE,
)
# "reached the Danube, 200 miles away": the place reached, then how far off it had been
_REACHED_PLACE_BEFORE_RE = re.compile(
    # ("it took them six days to reach the canal, 200 km away": the infinitive after the
    # time it took, never after a plan's "planned to reach Baghdad, 500 km away")
    r"\b(?:reached|arrived\s+(?:at|in)|got\s+to|made\s+it\s+to|"
    r"(?<=\btook\s)[^,;:()]{0,60}?\bto\s+(?:reach|get\s+to))\s+"
    r"(?:[\w'’.-]+\s+){0,5}?"
    r"[\w'’.-]+\s*,\s*(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|"
    r"approximately)\s+)?$",
    re.IGNORECASE,
)
_REACHED_IN_TIME_RE = re.compile(
    rf"\b(?:in|within|inside|took\s+(?:[\w'’-]+\s+){{0,{_WHO_TOOK_WORDS}}}?)\s*"
    rf"(?:(?:just|only|barely|some|about|less\s+than|under)\s+)?"
    rf"(?:{NUMBER_PHRASE}|an?)\s+{TIME_UNIT_WORD}\b",
    re.IGNORECASE,
)
_SET_OFF_RE = re.compile(r",|[—–]|-")
_COUNTED_TIME_RE = re.compile(rf"\b{TIME_UNIT_WORD}\b", re.IGNORECASE)
_DISTANCE_ENDS_CLAUSE_RE = re.compile(
    # ("… in a one-day drive, some 230 km from Kantilla": from where it set out)
    # ("a drive of 400 miles across France": the ground it crossed)
    r"\s*(?:away\b|distant\b)?\s*(?:[.;)]|$)|\s+(?:from|across|through|into)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)


# "It took the Allies three months to get from the beaches to the Seine, a distance of
# about 150 miles": the time a journey took, then its length set off by a comma
_TOOK_TO_THEN_DISTANCE_RE = re.compile(
    rf"\btook\s+(?:[\w'’-]+\s+){{0,{_WHO_TOOK_WORDS}}}?(?:(?:just|only|barely|some|about|a\s+mere)\s+)?"
    rf"(?P<length>(?:{NUMBER_PHRASE}|an?|one)\s+(?:more\s+|full\s+)?{TIME_UNIT_WORD})"
    # ("it took just six days for the army to reach the canal, 200 km away")
    rf"\s+(?:for\s+(?:[\w'’-]+\s+){{1,4}}?)?to\s+(?:get|go|reach|travel|march|move|drive|advance|cover)\b"
    rf"[^,;:()]{{0,80}},\s*{_JOURNEY_OF}",
    re.IGNORECASE,
)

# "It took Russia ten months to capture Avdiivka, advancing about 10 km", "The Russians
# spent four months taking the town, an advance of 8 km": the time an aim took, then the
# ground it gained, named by a participle or an advance's noun after the comma
_TOOK_TO_THEN_ADVANCING_RE = re.compile(
    rf"\b(?:took|spent|needed)\s+(?:[\w'’-]+\s+){{0,{_WHO_TOOK_WORDS}}}?"
    rf"(?:(?:just|only|barely|some|about|a\s+mere|nearly|almost|around|roughly|more\s+than|over|"
    rf"less\s+than|under)\s+)?"
    rf"(?P<length>(?:{NUMBER_PHRASE}|an?|one)\s+(?:more\s+|full\s+)?{TIME_UNIT_WORD})"
    rf"\s+(?:(?:for\s+(?:[\w'’-]+\s+){{1,4}}?)?to\s+[a-z]+|[a-z]+ing)\b[^,;:()]{{0,80}},\s*"
    rf"(?:(?:advancing|covering|moving|pushing|gaining|progressing)(?:\s+(?:forward|ahead))?"
    rf"|an?\s+(?:advance|distance|gain|push)\s+of)"
    rf"(?:\s+(?:just|only|barely|a\s+mere))?"
    rf"\s+(?:(?:some|about|around|roughly|nearly|almost|approximately|over|more\s+than|"
    rf"less\s+than|under)\s+)?$",
    re.IGNORECASE,
)


def _journey_before_distance(
    s: str, sent_start: int, sent_end: int, scan: Scan, published: dt.date | None
) -> Period | None:
    """The period of a journey named before its distance, set off by a comma, or None."""
    # (a participle names the ground gained wherever its clause goes on: "…, advancing 60
    # miles across the plain"; a bare distance must end its clause)
    took = _TOOK_TO_THEN_ADVANCING_RE.search(s, max(sent_start, scan.start - 160), scan.start)
    if took is None:
        if _DISTANCE_ENDS_CLAUSE_RE.match(s, scan.end, sent_end) is None:
            return None
        took = _TOOK_TO_THEN_DISTANCE_RE.search(s, max(sent_start, scan.start - 160), scan.start)
    if took is not None:
        taken = _period_of_length(took.group("length"), took.end("length"), published, whole=False)
        if taken is not None and taken.days >= 1:
            return taken
    journey = _JOURNEY_THEN_DISTANCE_RE.search(s, max(sent_start, scan.start - 120), scan.start)
    if journey is None:
        return None
    period = scan_period(s, journey.start("period"), journey.end("period"), published)
    if period is None or period.end != journey.end("period"):
        return None  # the words after "in" were more than a period
    if _COUNTED_TIME_RE.search(period.text) is None:
        return None  # "reached the outskirts in 2023, 10 km": when, not how long
    return period


# "Russia captured 2,000 km² between August and October, while Ukraine retook 100 km²
# over the same period": the period of the sentence's figure before
# ("during the same period in 2023": the same months of 2023)
_SAME_PERIOD_RE = re.compile(
    r"(?:\s+[a-z'’-]+){0,3}?\s+(?P<words>(?:in|during|over|for|across)\s+the\s+same\s+"
    r"(?:period|time|span|timeframe|time\s+frame|stretch))\b"
    r"(?:\s+(?:in|of)\s+(?P<year>(?:19|20)\d\d)\b"
    # "in the same period last year", "… a year earlier": the year before the one named
    r"|\s+(?P<back>(?:of\s+)?last\s+year|a\s+year\s+(?:earlier|before|ago)|(?:of\s+|in\s+)?"
    r"the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before)\b"
    r"|(?!\s+(?:of|in|last|a\s+year|the\s+previous|the\s+year)\b))",
    re.IGNORECASE,
)
_YEAR_IN_TEXT_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _same_period_after(
    s: str, end: int, limit: int, earlier: Period, published: dt.date | None
) -> Period | None:
    """The period of the figure before, for a figure "over the same period"."""
    same = _SAME_PERIOD_RE.match(s, end, limit)
    if same is None:
        return None
    words = " ".join(same.group("words").split())
    said = f"the same period as '{earlier.text}'"
    year = same.group("year")
    if same.group("back"):
        named = _YEAR_IN_TEXT_RE.findall(earlier.text)
        if not named:
            return None  # "in October …, in the same period last year": which year is not said
        year = str(int(named[-1]) - 1)
    if year is None:
        note = "; ".join(filter(None, [said, earlier.note]))
        return Period(earlier.days, words, note, same.end(), days_high=earlier.days_high)
    if not _YEAR_IN_TEXT_RE.search(earlier.text):
        return None  # "in October …, during the same period in 2023": which October is said
    phrase = _YEAR_IN_TEXT_RE.sub(year, earlier.text)
    if not phrase[:1].islower():
        phrase = phrase[:1].lower() + phrase[1:]
    moved = scan_period(phrase, 0, len(phrase), published)
    if moved is None:
        return None
    note = "; ".join(filter(None, [f"{said}, in {year}", moved.note]))
    return Period(moved.days, same.group(0).strip(), note, same.end())


# "a week to advance fifty miles", "three days to cover 100 km": a period that an
# advance needs, named without a verb of taking.
_PERIOD_TO_RE = re.compile(
    rf"(?=[\w])\b(?P<length>(?:{NUMBER_PHRASE}|an?|one)\s+(?:more\s+|full\s+|whole\s+)?"
    # "Four days were needed to cover the 20 miles"
    rf"{TIME_UNIT_WORD})\s+(?:(?:were|was)\s+(?:needed|required|"
    r"spent)\s+)?to\s+(?:advance|cover|move|push|"
    r"drive|gain|take|capture|seize|travel|march|go|get|retake|recapture|liberate|clear|"
    r"secure|overrun|conquer|occupy)\b",
    re.IGNORECASE,
)


_MODAL_BEFORE_RE = re.compile(
    r"(?:\b(?:would|will|could|might|may|should|shall)|'d|’d|'ll|’ll)\s+(?:still\s+|now\s+)?"
    r"(?:(?:need|take|require)\s+(?:[\w'’-]+\s+){0,2}?)?$",
    re.IGNORECASE,
)


def _period_taken(
    text: str, clause_start: int, pos: int, published: dt.date | None
) -> Period | None:
    """The time an advance took: "it had taken him almost two months to advance 80 sq mi"."""
    needed = None
    if " to " in text[clause_start:pos]:  # cheap test before the search
        needed = _PERIOD_TO_RE.search(text, clause_start, pos)
    if needed is not None and _MODAL_BEFORE_RE.search(
        text, max(clause_start, needed.start() - 30), needed.start()
    ):
        needed = None  # "Russia will need 2 years to take 6,600 km²": a forecast
    if needed is not None and len(text[needed.end() : pos].split()) <= 6:
        taken = _period_of_length(
            needed.group("length"), needed.end("length"), published, whole=False
        )
        if taken is not None:
            return taken
    for verb in _TAKEN_RE.finditer(text, clause_start, pos):
        if _MODAL_BEFORE_RE.search(text, max(clause_start, verb.start() - 16), verb.start()):
            continue  # "Russia would need 2 years to take 6,600 km²": a forecast, not a rate
        start = verb.end()
        for _ in range(_WHO_TOOK_WORDS + 1):  # "took the army …", "took the 3rd Armored Division …"
            if not text[start:pos].startswith((" ", "\t")):
                break
            at = start + len(text[start:pos]) - len(text[start:pos].lstrip())
            phrase = "in " + text[at:pos]
            period = scan_period(phrase, 0, len(phrase), published)
            if period is not None:
                rest = phrase[period.end :]
                if _THEN_TO_RE.match(rest) and len(rest.split()) <= 8:
                    return Period(period.days, period.text[3:], period.note, at + period.end - 3)
            word = _WORD_RE.match(text, start, pos)
            if word is None:
                break
            start = word.end()
    return None


# (never "march", "may" or "mar" in lower case, unless a year or a day follows: "The
# march, 285 miles, lasted 24 days" is no month's; "by march 2025" is)
_MONTH_NAMES_RE = rf"(?-i:(?!(?:march|may|mar)\b(?!\.?\s+\d))){phrase_trie(_MONTHS)}"
# "Ludendorff's offensive of 21 March – 5 April made gains of up to 40 miles": its span of
# dates after "of" (a span only: "the offensive of 1944" names a year, not a length)
_DAY_MONTH = rf"(?:\d{{1,2}}\s+(?:{_MONTH_NAMES_RE})|(?:{_MONTH_NAMES_RE})\s+\d{{1,2}})"
_EVENT_OF_DATES_RE = re.compile(
    r"\b(?:offensives?|counter-?offensives?|operations?|attacks?|assaults?|battles?|campaigns?|"
    r"push|drive|advance|breakthrough|breakout|incursion|invasion|thrust|pursuit|retreat|march)"
    rf"\s+of\s+(?P<dates>(?:{_DAY_MONTH}\s*(?:-|–|—|to)\s*(?:{_DAY_MONTH}|\d{{1,2}})|"
    rf"\d{{1,2}}\s*(?:-|–|—|to)\s*{_DAY_MONTH})"
    r"(?:,?\s+(?:19|20)\d\d)?)\b",
    re.IGNORECASE,
)
# "By the end of the first week of August": a period phrase that goes on into a date
_OF_DATE_RE = re.compile(rf" of (?:{_MONTH_NAMES_RE}|(?:19|20)\d\d)\b", re.IGNORECASE)
# "- November 2023: 725 square kilometers", "Week 1: 14 km²": a list item or a
# heading whose label is its period.
_HEADING_PERIOD_RE = re.compile(
    rf"(?P<label>(?:{_MONTH_NAMES_RE})\.?(?:\s+(?:19|20)\d{{2}})?|(?:19|20)\d{{2}}|"
    r"(?P<week>week)\s+\d{1,2})\s*:",
    re.IGNORECASE,
)
# A month as the subject of its clause, capitalised ("May saw", never "may have"),
# with a verb that gives it the clause's events.
# "2024 saw Russia capture 4,000 km²": a year alone names the clause's time too
_MONTH_SUBJECT_RE = re.compile(
    # ("Most of November's gains came near Pokrovsk (160 km²)": the month's gains, a part)
    r"(?:(?i:most|much|all|half|the\s+bulk|nearly\s+all|almost\s+all)\s+of\s+)?"
    rf"(?:(?P<month>{'|'.join(sorted((m.title() for m in _MONTHS), key=len, reverse=True))})"
    r"\.?(?:\s+(?P<year>(?:19|20)\d{2}))?|(?P<year_alone>(?:19|20)\d{2}))"
    # (the verb in any case: a headline's "November Saw Russia Capture 701 km²")
    r"(?:\s+(?i:saw|brought|produced|recorded|registered|"
    r"witnessed|marked|accounted\s+for|delivered|yielded|proved|became|was)\b"
    # "November's gains came near Pokrovsk, where Russia took 160 km²": the month's own
    r"|['’]s\s+(?i:(?:territorial\s+)?(?:gains|advances)\s+(?:came|were|was|lay))\b)"
)
# "The first week of the offensive saw gains of 200 km²", "Two days of fighting
# brought the brigade 12 km": a period as the subject of its clause.
_PERIOD_SUBJECT_RE = re.compile(
    r"(?P<period>(?:(?:the\s+)?(?:[A-Za-z0-9-]+\s+){0,2}?(?:hours|days?|weeks?|fortnight|months?|years?)"
    # "Day three of the offensive saw …": one day, named by its count
    rf"|(?P<day_n>day\s+{DAY_COUNT}))"
    r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+"
    # "The week to 10 November saw …", "The week ending Sunday saw …": its last day named
    r"|\s+(?:to|ending|ended|through)\s+[\w.]+(?:\s+[\w.]+){0,2}?)?)\s+"
    # "The past seven days have seen …": the perfect, too
    r"(?:(?:has|have|had)\s+(?:seen|brought|produced|yielded|delivered|netted|witnessed)|"
    r"saw|brought|produced|yielded|delivered|netted|witnessed)\b",
    re.IGNORECASE,
)
_SUBJECT_VERB_RE = re.compile(
    r"(?=[sbpydnw])\b(?:saw|seen|brought|produced|yielded|delivered|netted|witnessed)\b"
)
# "in just six days, 650 km": a period closing the clause just before the figure;
# "in July, when Russia captured 634 km²"; "in July, taking control of 200 km²";
# "since November 2024, when it seized 700 km²".
# Nothing after the comma may hold another comma, so the comma is the last one
# before the figure: it is found with rfind, and the patterns are only matched
# there (a search through the whole look-back cost more than all else). A
# participle continues the clause it follows ("in July, taking control of …").
_AFTER_CLAUSE_END_RE = re.compile(
    # "…, Russia had seized 600 sq mi": a subject, the pluperfect's "had", the verb.
    # (Not "has": the perfect often tells a total held by then, "Russia has taken …".)
    r",\s+(?:(?P<when>when|as|where|after\s+which)\b[^,;:]{0,100}?|"
    # "Russia's share rose in 2024, an increase of some 4,000 km²": the change, named
    r"an?\s+(?:net\s+)?(?:increase|rise|gain|expansion|advance|growth|jump)\s+of\s+"
    r"(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|approximately)\s+)?|"
    r"(?:[a-z]+\s+){0,2}?|(?:[a-z]+\s+){0,2}?had\s+[a-z]+\s+|"
    r"[a-z]{2,}ing\s+(?:[a-z]+\s+){0,3}?|"
    # "Russia's advance accelerated in 2024, with its forces seizing some 4,000 km²", "…,
    # its forces seizing …": who did it, then the participle
    r"(?:with\s+(?:[\w'’-]+\s+){1,3}?|(?:its|their|his|her)\s+[\w'’-]+\s+)[a-z]{3,}ing\s+"
    r"(?:[a-z]+\s+){0,2}?)$",
    re.IGNORECASE,
)
_AS_CLAUSE_RE = re.compile(r",\s+(?:as|when|while)\s+[^,;:\d]{1,100}$", re.IGNORECASE)
_DATES_LENGTH_RE = re.compile(r"\s+(?:in|of|during)\s+(?:(?:early|mid|late)[\s-]+)?", re.IGNORECASE)
# A clause that describes the subject: ", who crossed the border in February 2022,"
_RELATIVE_OPENS_RE = re.compile(r",\s*(?:who|which|whose)\b", re.IGNORECASE)
_START_VERBS = r"began|begun|started|opened|launched"
# A start named by its date: "the war began in February 2022", "launched on 6 August";
# or the time by which something held: "By the time the war entered its fourth year in
# February 2025, …"
_STARTED_IN_RE = re.compile(
    rf"\b(?:{_START_VERBS}|invaded|erupted|broke\s+out)\s+(?:(?:in|on)\s+)?$"
    r"|\bby\s+the\s+time\b[^,;:]{0,60}$",
    re.IGNORECASE,
)
# "In the 100 days after the offensive began in May 2024, …": the month dates the
# start of the length, it is not the figure's period
_DATES_START_RE = re.compile(
    r"\s+(?:after|since|following)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{_START_VERBS}|was\s+launched|landed|crossed)\s+(?:in|on)\s+",
    re.IGNORECASE,
)
_MONTH_BEFORE_COMMA_RE = re.compile(
    # "Compared to September-December 2024, when Russia captured 2,950 km²": the span
    rf"(?:\b(?P<first>{_MONTH_NAMES_RE})\.?\s*(?:-|to|through|until)\s*)?"
    rf"(?P<month>{_MONTH_NAMES_RE})\.?(?:\s+(?P<year>(?:19|20)\d{{2}}))?\s*$",
    re.IGNORECASE,
)
# A hedge before a figure that a month or year names: "Russia's 2024 gains, some 4,168 km²"
_HEDGE = (
    r"(?:some|about|around|roughly|nearly|almost|over|more\s+than|just|only|approximately|"
    r"an\s+estimated)"
)
# "August's 455 square kilometers": a month owning the figure.
_MONTH_OWNS_RE = re.compile(
    _WORD_START + rf"\b(?P<month>{_MONTH_NAMES_RE})\.?(?:\s+(?P<year>(?:19|20)\d{{2}}))?"
    # "October's gains stood at 500 km²": the verb that gives the owned figure, too
    r"['’]s\s+(?:[a-z]+\s+){0,2}(?:(?:stood|came|amounted)\s+(?:at|to)\s+|were\s+|was\s+|"
    r"totall?ed\s+|reached\s+)?$",
    re.IGNORECASE,
)


_YEAR_OWNS_RE = re.compile(
    r"(?=[12])(?<![\d,.])\b(?P<year>(?:19|20)\d{2})['’]s\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)


# "Russia's May gains totalled 449 km²", "its November advance of 725 km²": a month
# naming the gains the figure measures.
_MONTH_ATTRIBUTIVE_RE = re.compile(
    rf"(?:\b(?:its|their|the)|['’]s)\s+(?P<month>{_MONTH_NAMES_RE})(?:\s+(?P<year>(?:19|20)\d{{2}}))?"
    r"\s+(?:territorial\s+)?(?:gains?|advances?|captures?|total|tally|figure)"
    # "Russia's November gains, 725 km², were …": the figure set off after the noun
    rf"(?:\s+(?:[a-z]+\s+){{0,3}}|(?:\s*[,:–—]|\s+-)\s*(?:{_HEDGE}\s+)?)$",
    re.IGNORECASE,
)
_YEAR_ATTRIBUTIVE_RE = re.compile(
    r"(?:\b(?:its|their|the)|['’]s)\s+(?P<year>(?:19|20)\d{2})\s+(?:territorial\s+)?"
    rf"(?:gains?|advances?|captures?)(?:\s+of\s+|(?:\s*[,:–—]|\s+-)\s*)(?:{_HEDGE}\s+)?$",
    re.IGNORECASE,
)
_APPOSITIVE_OPENS_RE = re.compile(r"(?:[,:–—]|\s-)\s*(?:[a-z]+\s+){0,2}$")
_MONTH_RIGHT_BEFORE_RE = re.compile(
    rf"(?:^|(?<=[,;:(]\s)|(?<=[,;:(]))\s*(?P<month>{_MONTH_NAMES_RE})\.?"
    r"(?:\s+(?P<year>(?:19|20)\d{2}))?\s*:?\s+$",
    re.IGNORECASE,
)
_MONTH_NAMED_RE = re.compile(rf"(?={first_chars(_MONTHS)})\b(?:{_MONTH_NAMES_RE})\b", re.IGNORECASE)


# "…, with October the busiest month at 600 km²", "Russia's largest monthly gain came in
# November, at 725 km²": a month named just before the figure, which it measures
_MONTH_AT_RE = re.compile(
    rf"\b(?:with|came\s+in)\s+(?P<month>{_MONTH_NAMES_RE})\.?(?:\s+(?P<year>(?:19|20)\d{{2}}))?"
    r"(?:\s+(?:being\s+)?(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?|\s*,\s*)(?:at|with)\s+"
    rf"(?:{_HEDGE}\s+)?$",
    re.IGNORECASE,
)


def _month_at(s: str, low: int, pos: int, published: dt.date | None) -> Period | None:
    """The month named just before the figure at ``pos`` as what it measures, or None."""
    window = max(low, pos - 70)
    if " at " not in s[window:pos] and " with " not in s[window:pos]:
        return None  # cheap test before the search
    named = _MONTH_AT_RE.search(s, window, pos)
    if named is None:
        return None
    return _period_named(_month_phrase(named), named.group(0).strip(), pos, published)


# "The largest gain, 725 km², came in November": the period of the clause whose
# subject the figure restates
_CAME_IN_AFTER_RE = re.compile(
    r"\s*,?\s+(?:came|was\s+(?:recorded|registered|posted|logged)|were\s+(?:recorded|registered|"
    r"posted|logged))\s+(?=(?:in|during)\s)",
    re.IGNORECASE,
)


def _period_came_in(s: str, pos: int, limit: int, published: dt.date | None) -> Period | None:
    """The period after "came in" right after a figure ("725 km², came in November")."""
    came = _CAME_IN_AFTER_RE.match(s, pos, limit)
    if came is None:
        return None
    return scan_period(s, came.end(), limit, published)


def _month_owning(s: str, low: int, pos: int, published: dt.date | None) -> Period | None:
    """The month that owns the figure at ``pos`` ("November's 500 km²"): its period,
    whatever other period its clause names ("gains in December were down 40% from
    November's 500 km²")."""
    window = max(low, pos - 40)
    if "'" not in s[window:pos] and "’" not in s[window:pos]:
        return None  # cheap test before the search
    owned = _MONTH_OWNS_RE.search(s, window, pos)
    if owned is None:
        return None
    return _period_named(_month_phrase(owned), owned.group(0).strip(), pos, published)


_THAN_BEFORE_RE = re.compile(
    r"\b(?:than|as\s+(?:much|many|large|big|fast|great)\s+as)\s+(?:in\s+|during\s+|for\s+|over\s+)?$",
    re.IGNORECASE,
)
# A season, or a whole one, after a figure: its own period, which says no length.
_SEASON_AFTER_RE = re.compile(
    r"\s+(?:in|during|over|throughout|across)\s+(?:the\s+(?:whole\s+of\s+the\s+|entire\s+)?|"
    r"all\s+of\s+the\s+)?(?:summer|winter|spring|autumn|fall)\b",
    re.IGNORECASE,
)


_COPULA_BEFORE_RE = re.compile(
    r"\b(?:were|was|are|is|(?:has|have|had)\s+been|became|proved|remained)\s+(?:the\s+|its\s+|"
    r"their\s+)?$",
    re.IGNORECASE,
)


def _period_across_comma(
    text: str, sent_start: int, clause_start: int, pos: int, published: dt.date | None
) -> Period | None:
    """A period that closes the clause before the figure's, or a month that owns the figure."""
    owning = _month_owning(text, sent_start, pos, published)  # "August's 455 km²"
    if owning is not None:
        return owning
    low = max(sent_start, pos - 40)
    owned = None
    if _MONTH_NAMED_RE.search(text, max(sent_start, pos - 70), pos):
        owned = _MONTH_ATTRIBUTIVE_RE.search(text, max(sent_start, pos - 70), pos)
        if owned is None:  # "Monthly gains: January 427 km², February 354 km²"
            owned = _MONTH_RIGHT_BEFORE_RE.search(text, max(sent_start, pos - 30), pos)
            if owned is not None and _STOCK_HEADING_RE.search(
                text, max(sent_start, owned.start() - _LOOKBACK), owned.start()
            ):
                owned = None  # "Occupied territory - December 2023: 110,000 km²": held
    if owned is None and ("'" in text[low:pos] or "’" in text[low:pos]):
        year = _YEAR_OWNS_RE.search(text, low, pos)
        if year is not None:  # "2024's 4,000 km²", "1944's 600-mile dash"
            return _period_named(f"in {year.group('year')}", year.group(0).strip(), pos, published)
    if owned is None and (
        text.find(" of ", max(sent_start, pos - 14), pos) >= 0
        or _APPOSITIVE_OPENS_RE.search(text, max(sent_start, pos - 14), pos)
    ):
        # "Russia's 2024 gains of 4,168 km²", "Russia's 2024 gains, 4,168 km²,": the year's
        year = _YEAR_ATTRIBUTIVE_RE.search(text, max(sent_start, pos - 50), pos)
        if year is not None:
            return _period_named(f"in {year.group('year')}", year.group(0).strip(), pos, published)
    if owned is None:
        low = max(sent_start, clause_start - 40)
        end = _before_aside(text, sent_start, pos)
        comma = text.rfind(",", low, end)
        after = _AFTER_CLAUSE_END_RE.match(text, comma, end) if comma >= 0 else None
        if after is None:
            return None
        # "Russian forces, who crossed the border in February 2022, advanced 100 km": the
        # clause closed by the comma describes the subject, and its date is its own
        opening = text.rfind(",", max(sent_start, comma - 120), comma)
        if opening >= 0 and _RELATIVE_OPENS_RE.match(text, opening, comma):
            return None
        # "the smallest gain since March, at 244 km²": "since" after a superlative
        # compares, and the figure's length is only what the superlative names ("its
        # fastest advance in a month since March 2022, …"). (But "…, the most since
        # November 2024, when it seized 725 km²": November 2024 is the figure's.)
        scope = None if after.group("when") else _SINCE_SCOPE_RE.search(
            text, max(low, comma - 60), comma)  # fmt: skip
        if scope is not None:
            superlative = _last_superlative(text, max(sent_start, comma - 120), scope.start())
            if superlative is not None:
                unit = _unit_of_superlative(
                    text, superlative, scope.start(), comma, published, lead_from=sent_start
                )
                if unit is not None:
                    return unit
                # "gains in October 2024 were the largest since 2022, at 500 km²": the
                # period of what the superlative is said of (only when it is said of a
                # subject; "500 km² in October, the most since March, at 244 km²" names none)
                said_of = _COPULA_BEFORE_RE.search(
                    text, max(sent_start, superlative.start() - 24), superlative.start()
                )
                if said_of is None:
                    return None
                return _period_in_clause(
                    text, max(sent_start, said_of.start() - 120), said_of.start(), published
                )
        month = _MONTH_BEFORE_COMMA_RE.search(text, max(low, comma - 40), comma)
        if month is not None:
            # ("… less in November than in October, when they took 515 km²": "when"
            # points back to the month compared with)
            than = (
                None
                if (after.group("when") or "").lower() == "when"
                else _THAN_BEFORE_RE.search(text, max(low, month.start() - 20), month.start())
            )
            if than is not None:
                # "gains in October were 40 km² lower than in September, at 460 km²": the
                # month compared with is not the figure's; the one before "than" is
                return _period_in_clause(
                    text, max(sent_start, than.start() - 120), than.start(), published
                )
        since = (
            month
            and not after.group("when")  # "since November 2024, when it seized …": November
            and _SINCE_TAIL_RE.search(text, max(low, month.start() - 40), month.start())
        )
        if since:  # "Since the beginning of July, …": to the publication date, not July
            return scan_period(text, since.start(), comma, published)
        if month and (_BY_TAIL_RE.search(text, max(low, month.start() - 40), month.start())
                      or _PART_OF_MONTH_RE.search(text, max(low, month.start() - 40),
                                                  month.start())
                      or _STARTED_IN_RE.search(text, max(sent_start, month.start() - 80),
                                               month.start())):  # fmt: skip
            # "By the beginning of November, …", "Since the war began in February 2022, …":
            # a point in time, not a period
            return None
        wider = None
        if month is not None:  # "In the seven days to 20 October, …": the days, not October
            window = max(sent_start, comma - 120)
            for anchor in _PERIOD_ANCHOR_RE.finditer(text, window, month.start()):
                period = scan_period(text, anchor.start(), comma, published)
                # "Over a ten-day stretch in August, …": the ten days, dated by August
                if period is not None and (period.end == comma or _DATES_LENGTH_RE.fullmatch(
                        text, period.end, month.start()) or _DATES_START_RE.fullmatch(
                        text, period.end, month.start())):  # fmt: skip
                    # "at their fastest pace in a year in November, …": a year is among what
                    if not _superlative_scope(text, window, anchor.start(), period):
                        wider = period
                    break
        if wider is not None:
            return wider
        if month is not None:
            owned = month
        else:
            best = None
            for _ in range(2):  # this clause, then one before an "as" clause
                window = max(sent_start, comma - 120)
                for anchor in _PERIOD_ANCHOR_RE.finditer(text, window, comma):
                    period = scan_period(text, anchor.start(), comma, published)
                    if period is not None and _THAN_BEFORE_RE.search(
                        text, max(window, anchor.start() - 20), anchor.start()
                    ):
                        continue  # "more than in all of 2023, some 1,500 km²": compared with
                    if period is not None and (
                        _BY_TAIL_RE.search(text, max(window, anchor.start() - 40), anchor.start())
                        or _STARTED_IN_RE.search(
                            text, max(sent_start, anchor.start() - 80), anchor.start()
                        )
                    ):
                        # "by the end of last year, falling to 407 km²", "In a war that began
                        # in 2022, Russia captured …": a point in time
                        continue
                    if period is not None and period.end == comma:
                        best = period  # the first, so the whole: "By the third day, …"
                        best = _unless_scope_of_superlative(
                            text, window, anchor.start(), best, published, lead_from=sent_start
                        )
                        break
                previous = text.rfind(",", window, comma)
                if best is not None or previous < 0:
                    break
                # "Progress was swift on the first day, as forces advanced on the city,
                # retaking 75 sq mi": an "as" clause between the period and the figure
                if _AS_CLAUSE_RE.match(text, previous, comma) is None:
                    break
                comma = previous
            return best
    first = owned.groupdict().get("first")
    phrase = (f"from {first} to " if first else "in ") + owned.group("month") + (
        f" {owned.group('year')}" if owned.group("year") else ""
    )  # fmt: skip
    return _period_named(phrase, owned.group(0).strip(), pos, published)


# "their biggest weekly advance this year, capturing 235 km²", "the largest advance
# in a single week since 2022, capturing …": after a superlative, the period that
# closes the clause says among what the advance was the largest; the advance's own
# length is the unit the superlative names, or none.
_UNIT_OF_SUPERLATIVE_RE = re.compile(
    r"\s+(?:(?:[a-z]+\s+){0,2}?(?P<adj>daily|weekly|monthly)\s+"
    r"|(?:[a-z]+\s+){1,3}?(?P<in>in\s+(?:a|one)\s+(?:single\s+)?(?:day|week|month))\b)",
    re.IGNORECASE,
)


def _superlative_scope(text: str, window: int, period_start: int, period: Period) -> bool:
    """Whether a superlative right before ``period`` makes it a scope ("the fastest pace
    in a year"), not a length (but "the biggest advance in a single day" is one day's)."""
    low = max(window, period_start - 50, text.rfind(",", window, period_start) + 1)
    return (_last_superlative(text, low, period_start) is not None
            and _COUNTED_SCOPE_RE.fullmatch(period.text) is not None)  # fmt: skip


# A length that, right after a superlative, says since when: "in a year", "in over two
# years", "in 18 months" (but "the record for advances in a week", "the biggest advance
# in a single day" are the figure's own week and day)
_COUNTED_SCOPE_RE = re.compile(
    r"(?:in|over|for|within)\s+(?:(?:more\s+than|over|nearly|almost|about|at\s+least)\s+)?"
    r"(?:(?:a|an|one)\s+(?:year|decade)|(?:two|three|four|five|six|seven|eight|nine|ten|\d+|"
    r"several|many)\s+(?:days|weeks|months|years|decades))",
    re.IGNORECASE,
)


def _unless_scope_of_superlative(
    text: str,
    window: int,
    period_start: int,
    period: Period,
    published: dt.date | None,
    lead_from: int | None = None,
) -> Period | None:
    """``period`` unless a superlative before it makes it a scope ("the biggest this year")."""
    superlative = _last_superlative(text, window, period_start)
    if superlative is None:
        return period
    own = _unit_of_superlative(
        text, superlative, period_start, period.end, published, lead_from=lead_from
    )
    if own is not None or period.text[:5].lower() == "since":
        return own  # "the largest since March", with no unit of its own: no length
    if _superlative_scope(text, window, period_start, period):
        return None  # "its biggest gains in a year, taking 505 km²": since when, not how long
    return period


def _unit_of_superlative(
    text: str,
    superlative: re.Match[str],
    scope_start: int,
    end: int,
    published: dt.date | None,
    lead_from: int | None = None,
) -> Period | None:
    """The length a superlative names ("biggest weekly advance", "largest advance in a
    single week"), ending at ``end``; None when it names none. A period of that length
    named after it, or from ``lead_from`` up to it, is the one meant."""
    unit = _UNIT_OF_SUPERLATIVE_RE.match(text, superlative.end(), scope_start)
    if unit is None:
        return None
    if unit.group("adj"):
        name = _ADVERB_UNITS.get(unit.group("adj").lower(), "day")
        # "its largest monthly gain since 2022 in November": the month named after it is
        # the one; "In September, … their largest monthly gains since …": or before it
        windows = [(unit.end(), end)]
        if lead_from is not None:
            windows.append((lead_from, superlative.start()))
        for start, stop in windows:
            named = _period_in_clause(text, start, stop, published)
            if named is not None and "so far" not in named.note and _same_length(named.days, name):
                return Period(named.days, named.text, named.note, end)
        return Period(unit_days(1, name), unit.group("adj"), "", end)
    own = scan_period(text, unit.start("in"), scope_start, published)
    return None if own is None else Period(own.days, own.text, own.note, end)


def _last_superlative(text: str, start: int, end: int) -> re.Match[str] | None:
    """The superlative nearest before ``end`` ("the largest …, while … the smallest")."""
    found = None
    for found in _SUPERLATIVE_RE.finditer(text, start, end):  # noqa: B007 - the last one
        pass
    return found


# "7 miles, the greatest advance of the war in a single day", "235 km², Russia's
# biggest weekly gain since 2022": an appositive after the figure that names its length
_UNIT_APPOSITIVE_RE = re.compile(
    r"\s*(?:,|\s-|–|—)\s*(?:the|its|their|a|an|(?-i:[A-Z])[\w-]+['’]s)\s+(?:[a-z-]+\s+){0,2}?"
    rf"(?:{_EST_SUPERLATIVE}|most|record|best|worst)\s+(?:(?P<adj>daily|weekly|monthly)\s+|"
    r"(?P<single>single|one)-(?P<single_unit>day|week|month)\s+)?"
    r"(?:advance|gain|push|progress|move|capture|haul|rate|tally|total)s?\b"
    r"(?:\s+(?:of|in|for|since)\s+(?:the\s+)?(?:war|year|campaign|offensive|conflict|\d{4})\b)?"
    r"(?:\s+(?P<in>(?:in|for)\s+(?:a|one)\s+(?:single\s+)?(?P<in_unit>day|week|month)))?\b",
    re.IGNORECASE,
)


def _unit_of_appositive(s: str, end: int, limit: int) -> Period | None:
    """The length an appositive after a figure names ("…, the biggest weekly gain")."""
    found = _UNIT_APPOSITIVE_RE.match(s, end, limit)
    if found is None:
        return None
    adjective = found.group("adj")
    if adjective:
        unit = _ADVERB_UNITS.get(adjective.lower(), "day")
    else:
        unit = (found.group("single_unit") or found.group("in_unit") or "").lower()
    if not unit:
        return None  # "the greatest advance of the war": no length named
    words = adjective or found.group("in") or f"{found.group('single')}-{unit}"
    return Period(unit_days(1, unit), words, "", found.end())


_SINCE_SCOPE_RE = re.compile(r"\s+since\s+[^,;:()]{1,50}$", re.IGNORECASE)


def _period_named(phrase: str, words: str, end: int, published: dt.date | None) -> Period | None:
    """``phrase`` ("in November 2024") read as a period, shown as ``words``, ending at ``end``."""
    period = scan_period(phrase, 0, len(phrase), published)
    return None if period is None else Period(period.days, words, period.note, end)


def _month_phrase(named: re.Match[str]) -> str:
    """ "in November" or "in November 2024" for a match with ``month`` and ``year`` groups."""
    year = named.group("year")
    return f"in {named.group('month')}" + (f" {year}" if year else "")


def _subject_period(text: str, subject: re.Match[str], published: dt.date | None) -> Period | None:
    """The period of a month or year that is a clause's subject ("November saw …")."""
    if subject.group("year_alone"):
        words = subject.group("year_alone")
        return _period_named(f"in {words}", words, subject.end(), published)
    words = text[subject.start("month") : subject.end("year" if subject.group("year") else "month")]
    return _period_named(_month_phrase(subject), words, subject.end(), published)


# "after that of November 2024 (725 km²)": a month or year just before a bracketed
# figure is its period.
_NAMED_BEFORE_BRACKET_RE = re.compile(
    rf"\b(?:(?:{_MONTH_NAMES_RE})\.?(?:\s+(?:19|20)\d{{2}})?|(?:19|20)\d{{2}})\s*\($",
    re.IGNORECASE,
)


def _named_before_bracket(
    s: str, sent_start: int, pos: int, published: dt.date | None
) -> Period | None:
    """The month or year named just before the bracket that opens at ``pos - 1``."""
    named = _NAMED_BEFORE_BRACKET_RE.search(s, max(sent_start, pos - 30), pos)
    if named is None:
        return None
    words = named.group(0)[:-1].strip()
    return _period_named(f"in {words}", words, pos, published)


# "the 465 km² of 2023", "the 725 km² of November": a figure made a noun by "the"
# and owned by the month or year that follows
_THE_BEFORE_RE = re.compile(
    r"\b(?:the|its|their)\s+(?:(?:some|about|around|roughly|nearly|almost|over|just|only)\s+)?$",
    re.IGNORECASE,
)
_OF_NAMED_RE = re.compile(
    rf" of\s+(?P<words>(?:{_MONTH_NAMES_RE})\.?(?:\s+(?:19|20)\d{{2}})?|(?:19|20)\d{{2}})\b"
    r"(?!['’]|\s*[-–/]\s*\d|[.,]\d|\s+(?:to|through|until|till)\b)",
    re.IGNORECASE,
)


def _named_after_of(
    s: str, sent_start: int, sent_end: int, scan: Scan, published: dt.date | None
) -> Period | None:
    """The month or year that owns "the 465 km² of 2023"."""
    if not _THE_BEFORE_RE.search(s, max(sent_start, scan.start - 20), scan.start):
        return None
    named = _OF_NAMED_RE.match(s, scan.end, sent_end)
    if named is None:
        return None
    words = named.group("words")
    return _period_named(f"in {words}", words, named.end(), published)


_STOP_BEFORE_RE = re.compile(r"\b(?:since|than|until|by)\b", re.IGNORECASE)
_BEGAN_BEFORE_RE = re.compile(rf"\b(?:{BEGINNING_VERBS}|begins|starts)\s+$", re.IGNORECASE)
_BY_TAIL_RE = re.compile(
    # ("the territory Russia seized after February 2022, around 74,000 km²": a point too)
    r"\b(?:by|until|till|as\s+of|after|before|prior\s+to)\s+(?:the\s+(?:start|beginning|outset|end|"
    r"middle|close|morning|"
    r"evening|afternoon|night)\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$",
    re.IGNORECASE,
)
# "8 August," "mid-August," "late August,": a day or a part of the month, never all of it
# (and "the end of the first week of August,", which a counted period, read whole, is not)
_PART_OF_MONTH_RE = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?|\b(?:early|mid|middle|late|end)[\s-]+(?:of\s+)?|"
    r"\b(?:first|second|third|fourth|last|final|opening|closing)\s+(?:[\w-]+\s+)?"
    r"(?:days?|weeks?|fortnight|half)\s+of\s+)$",
    re.IGNORECASE,
)
_SINCE_TAIL_RE = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|outset|end)\s+of\s+)?$", re.IGNORECASE
)
# A journey done before the clause's event: "after covering 100 miles", "having
# advanced 240 miles"
_PRIOR_JOURNEY_RE = re.compile(
    r"\b(?:after\s+[a-z]+ing|having\s+[a-z]+)\s+(?:[a-z]+\s+){0,3}$", re.IGNORECASE
)
# A figure counted from a start of its own: "capturing 478 km² since early October"
_OWN_SINCE_RE = re.compile(rf"(?:{OF_GROUND})?\s+since\b", re.IGNORECASE)
# "In 2022 Russia seized some 119,000 km² in the first weeks of the invasion": the
# figure's own time, uncounted, says the year's length is not its period
_OWN_UNCOUNTED_RE = re.compile(
    rf"(?:{OF_GROUND})?\s+(?:in|during|over|within|across)\s+(?:(?:the|a)\s+)?"
    r"(?:(?:first|last|opening|final|early|past|next|following|recent|few|several|many|"
    r"matter\s+of|couple\s+of)\s+)+(?:days|weeks|months)\b"
    # "119,000 km² within weeks": how soon, bare
    rf"|(?:{OF_GROUND})?\s+(?:in|within)\s+(?:days|weeks|months)\b",
    re.IGNORECASE,
)
# A relative clause in the pluperfect tells of an earlier time than the period
# that opens the sentence: "Over the past month, Ukraine pushed back troops who
# had advanced 15-20 km".
_EARLIER_RE = re.compile(_WORD_START + r"\b(?:who|which|that)\s+had\s+(?!been\b)", re.IGNORECASE)
# Between a clause's opening period and a figure: a later point in time ("by
# November", "by the end of the week") or a word saying the figure came later ("On
# August 6, Ukraine launched its incursion, eventually seizing 1,300 km²"). (A
# semicolon alone is no end: "During the week, the advance was stopped; our units
# regained 4 km²".)
_LEAD_ENDED_RE = re.compile(
    rf"\bby\s+(?:then|now|nightfall|dusk|dawn|noon|(?:the\s+)?(?:end|close|middle)\s+of|"
    rf"(?:early|mid|late)[\s-]|(?:{_MONTH_NAMES_RE})\b|(?:19|20)\d\d\b)|"
    r"\b(?:eventually|subsequently|ultimately|later|afterwards|since\s+then)\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------
# Subjects
# A proper name: capitalised words, hyphens only between capitalised parts
# ("Kursk-Oboyan", not "Pokrovsk-an" from "Pokrovsk—an average").
_NAME = r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*"
_SUBJECT_LIST_RE = re.compile(rf"({_NAME}(?:\s{_NAME})*)\s+in\s+((?:19|20)\d{{2}})\s*\(\s*$")
_SUBJECT_AFTER_RE = re.compile(
    r"\s+in\s+(?:such\s+)?(?:areas|places|sectors|parts)(?:\s+such)?\s+as\s+"
    rf"({_NAME}(?:\s{_NAME})*)"
)
_SUBJECT_BEFORE_RE = re.compile(
    _WORD_START + r"\b(?:in|near|around|toward|towards|outside|city\s+of|region\s+of|parts\s+of)\s+"
    rf"({_NAME}(?:\s{_NAME})*)"
)
_NOT_PLACES = {*(m.title() for m in _MONTHS), "The", "This", "That", "Russia’s", "Russia's"}


def _subject(text: str, sent_start: int, start: int, end: int, sent_end: int) -> str:
    # "Galicia in 1914 (1,580 meters per day)": only a figure opening a bracket
    if text[max(sent_start, start - 8) : start].rstrip().endswith("("):
        listed = _SUBJECT_LIST_RE.search(text, max(sent_start, start - 80), start)
        if listed and (text[start - 1 : start] == "(" or listed.end() == start):
            return f"{listed.group(1)} {listed.group(2)}"
    after = _SUBJECT_AFTER_RE.match(text, end, sent_end)
    if after:
        return after.group(1)
    candidates = [
        m.group(1)
        for m in _SUBJECT_BEFORE_RE.finditer(text, max(sent_start, start - _LOOKBACK), start)
        if m.group(1).split()[0] not in _NOT_PLACES
    ]
    return candidates[-1] if candidates else ""


# ---------------------------------------------------------------------------
_CONTEXT_BASIS_RE = re.compile(
    r"(?=[dDwWmMyYaApPeEoOsStT2fFgGbBnN])\b(?:daily|day-to-day|weekly|monthly|yearly|annual|one-day|"
    r"single-day|24-hour|one-week|one-month|per-(?:day|week|month)|"
    r"(?:per|a|each|every)\s+(?:single\s+)?(?:day|week|month|year)|"
    # "the best day's advance", "the week's gains", "yesterday's advance"
    r"(?:yester|to)?(?:day|week|month)(?=['’]s\b)|"
    r"every\s+(?:two|three|four|five|six|seven|ten|\d{1,2})\s+(?:days|weeks|months)|"
    # "the advance of the day was about 3 miles"; "Day after day, …"
    r"(?:of|for)\s+the\s+(?:day|week|month)|[dD]ay\s+(?:after|by)\s+day|"
    r"(?:average|typical|normal|ordinary|good|bad|given)\s+day|(?:best|worst|fastest)\s+days)"
    r"(?:\b|(?=['’]s\b))",
    re.IGNORECASE,
)
# "Each day the Russians advance by 100-200 metres", "Every week, Russia takes …",
# "Every two days, they advance a kilometre": a distributive opening its clause is
# the basis of the figure the clause ends in.
_EACH_OPENING_RE = re.compile(
    # ("Per day, a foot army moves about 15 miles": the same, said "per")
    r"(?:(?:each|every|per)\s+(?:single\s+)?(?P<unit>day|week|month|year)|every\s+"
    r"(?P<n>two|three|four|five|six|seven|ten|\d{1,2})\s+(?P<units>day|week|month)s|"
    # "Day after day, the Allies advanced 2 or 3 miles", "Daily, the column made 25 miles"
    # ("On a typical day the division moved 12 miles", "On their best days the panzers
    # covered 60 miles": one day's figure)
    r"(?P<adj>day\s+(?:after|by)\s+day|daily|weekly|monthly|on\s+an?\s+(?:average|typical|normal|ordinary|good|"
    r"bad|given)\s+day|on\s+(?:its|their|his|her)\s+(?:best|worst|fastest)\s+days))\b"
    # "Every day in October, Russia gained …": when, then the clause
    r"(?:\s+(?:in|during|of|throughout|last|this|that)\s+[^,;:.()]{1,30}?)?,?"
    r"(?:\s+[A-Za-z][A-Za-z'’-]*){1,7}\s+$",
    re.IGNORECASE,
)


# "In terms of daily advances, Russia averaged about 20 km² in November", "On a weekly
# basis, …": the sentence opens by naming the basis of the figure its clause ends in
_BASIS_OPENING_RE = re.compile(
    r"\s*(?:in\s+terms\s+of|on|as\s+for|measured\s+(?:in|by|on)|counted\s+(?:in|by|on))\s+"
    r"(?:an?\s+|the\s+)?(?P<adj>daily|weekly|monthly|per-day)\s+(?:basis|advances?|gains?|terms|"
    r"rates?|averages?|figures?|progress)\s*,?(?:\s+[A-Za-z][A-Za-z'’-]*){1,7}\s+$",
    re.IGNORECASE,
)


# "moved 2 km closer to the city every day", "advanced 20 miles into Russia each day":
# the basis after the place or way the figure went (a few words, no clause between)
_BASIS_AFTER_PLACE_RE = re.compile(
    r"(?:\s+(?!(?:and|or|but|which|that|who|since|than|when|while|as|after|before|until|of)\b)"
    r"[A-Za-z][\w'’-]*){1,6}?\s+(?:each|every|per)\s+(?:single\s+)?(?P<unit>day|week|month)\b",
    re.IGNORECASE,
)


def _each_opening(s: str, sent_start: int, pos: int) -> re.Match[str] | None:
    """A distributive ("each day", "every week") opening a clause that ends at ``pos``."""
    low = max(sent_start, pos - 100)
    openings = [sent_start] if sent_start >= low else []
    openings += [m.end() for m in _COMMA_ANY_RE.finditer(s, low, pos)]
    for start in openings:
        opening = _LEAD_PERIOD_RE.match(s, start, pos)
        at = start if opening is None else opening.end()
        found = _EACH_OPENING_RE.match(s, at, pos)
        if found is not None:
            return found
    return None


_QUALIFIER_WORDS = max(len(q.split()) for q in QUALIFIERS)
# Verbs whose "up" is a particle: "sped up to 8 miles a day" says how fast it became,
# not "as much as"
_UP_VERB_RE = re.compile(
    r"(?:pick|speed|sped|ramp|step|tick|build|built|shoot|shot|creep|crept|inch|edge|go|"
    r"went|gone|add|sum|tot|jump|climb|rise|rose|risen)(?:s|es|ed|ped|ded|ted|ing|ping|ding|"
    r"ting)?",
    re.IGNORECASE,
)
_QUALIFIER_LAST_WORDS = frozenset(q.split()[-1] for q in QUALIFIERS)
# (an opening bracket may stand right before the qualifier: "(about 1,580 meters per day)")
_OPENERS = '(["“‘'
_QUALIFIER_TAIL_RE = {
    n: re.compile(r"(?:^|(?<=[\s(\[\"“‘]))([^\s(\[\"“‘]\S*" + r"\s+\S+" * (n - 1) + r")\s+$")
    for n in (1, 2, 3)
}


def _qualifier_before(text: str, floor: int, pos: int) -> int | None:
    """Start of a qualifier phrase ending just before ``pos``, or None."""
    if pos > floor and text[pos - 1] in "~≈<>":  # "~15 km²", ">400 km²": a sign, no space
        return pos - 1
    window = max(floor, pos - 40)
    chunk = text[window:pos]
    if not chunk[-1:].isspace():
        return None
    words = chunk.split()
    if words:
        words[-1] = words[-1].lstrip(_OPENERS) or words[-1]
    # A set lookup rejects almost every candidate before any regex runs.
    if not words or words[-1].lower() not in _QUALIFIER_LAST_WORDS:
        return None
    if len(words) > 1 and words[-1].lower() == "over" and words[-2].lower() == "control":
        return None  # "control over 500 km²": a preposition, not "more than"
    found = None
    for n in range(1, min(_QUALIFIER_WORDS, len(words)) + 1):
        if (
            n == 2
            and n < len(words)
            and words[-2].lower() == "up"
            and _UP_VERB_RE.fullmatch(words[-3])
        ):
            break  # "the pace picked up to 20 km² a day": a rise to the figure, no hedge
        if " ".join(words[-n:]).lower().lstrip(_OPENERS) in QUALIFIERS:
            m = _QUALIFIER_TAIL_RE[n].search(chunk)
            if m:
                found = window + m.start(1)
    return found


def _qualifier_start(text: str, floor: int, number_start: int) -> int:
    """Extend a candidate back over qualifier words ("only about 50", "more than 3").

    Averaging phrases ("an average of") stay outside the surface, as in the data.
    """
    pos = number_start
    while (before := _qualifier_before(text, floor, pos)) is not None:
        pos = before
    return pos


def _in_parentheses(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 8) : start].rstrip()
    after = text[end : end + 8].lstrip()
    return before.endswith("(") and after.startswith(")")


_UNIT_REACH = 40  # a unit is read at most this far after its number's end [characters]
_NUMBER_REACH = 60  # and the longest number phrase ("six hundred and forty-six") [characters]


def _candidates(
    text: str, sent_start: int, sent_end: int, first_unit: int | None = None
) -> Iterable[re.Match[str]]:
    """Numbers followed, within a range or a restatement's reach, by a unit word.

    Numbers are looked for only just before the sentence's unit words: units are
    few and numbers (every "a" among them) many, so this reads a fraction of the
    sentence for the same candidates.
    """
    after = sent_start  # numbers before this were looked at for an earlier unit
    # the gate found the first unit already: the search for units starts there
    for unit in _UNIT_ANY_RE.finditer(text, first_unit or sent_start, sent_end):
        low = max(after, unit.end() - _UNIT_REACH - _NUMBER_REACH)
        if low > sent_start:  # from a word's start, never from inside a number
            space = text.rfind(" ", sent_start, low)
            low = max(after, space + 1 if space >= 0 else sent_start)
        # (searched up to the unit's end: "a quarter mile" is a number only before its unit)
        for number in NUMBER_RE.finditer(text, low, unit.end()):
            if number.start() >= unit.start():
                break
            if _UNIT_AHEAD_RE.match(text, number.end(), min(sent_end, number.end() + _UNIT_REACH)):
                if _dates_a_figure(text, sent_start, number):
                    continue  # "from 500 km² in 2023 to 4,000 km²": not "2023 to 4,000 km²"
                if number.start() > sent_start and text[number.start() - 1] in "*^":
                    continue  # "1e**999 km", "10^6 km": an exponent, no amount of its own
                yield number
        after = max(after, unit.start())


_YEAR_BEFORE_RE = re.compile(
    rf"\b(?:in|of|since|during|by|until|till|through|early|mid|late|{_MONTH_NAMES_RE})\.?[\s-]*$",
    re.IGNORECASE,
)
# "the week to October 12 to 90 km²", "on day 3 to 5 km a day", "in Q2 to 500 km²": a
# day of a month, or a day, week or quarter counted, before a range's separator
_DAY_BEFORE_RE = re.compile(
    rf"(?:\b(?:{_MONTH_NAMES_RE})\.?\s+|\b(?:day|week|month|phase|stage)\s+|\b[QH]|\b[DG]\+)$",
    re.IGNORECASE,
)
_RANGE_NEXT_RE = re.compile(r"\s*(?:-|–|(?:up\s+)?to\b|and\b)", re.IGNORECASE)


def _dates_a_figure(text: str, sent_start: int, number: re.Match[str]) -> bool:
    """True for a year after "in", "of" or a month, or a day of a month, that would
    open a range: it dates a figure, it is not one."""
    digits = number.group("digits")
    if digits is None:
        return False
    year = len(digits) == 4 and YEAR_RE.fullmatch(digits) is not None
    if not (year or len(digits) <= 2) or not _RANGE_NEXT_RE.match(text, number.end()):
        return False  # cheap tests first: most numbers are neither, or open no range
    before = max(sent_start, number.start() - 16)
    if year:
        return _YEAR_BEFORE_RE.search(text, before, number.start()) is not None
    return _DAY_BEFORE_RE.search(text, before, number.start()) is not None


# A cheap gate: sentences with no unit word at all are skipped. The leading
# character class lets the engine scan at C speed (see scan.first_chars). A unit
# counts only as a word of its own (a figure's unit never starts inside a word:
# "km" follows a digit or a space), else the "m" of "from" opened every sentence.
_UNIT_ANY_RE = re.compile(
    rf"(?={first_chars([*SPACE_UNITS, 'mph', 'kph', 'kmh'])})(?<![A-Za-z])"
    rf"(?:{UNIT_PATTERN}(?![A-Za-z0-9²³])|(?:mph|kph|kmh)\b)",
    re.IGNORECASE,
)
# A second cheap gate: no rate without a word of time. Every rate and every period
# names a unit of time ("a day", "in three weeks", "daily", "km/h"), a month, a
# weekday, a year or a day word ("yesterday", "over the weekend"); a sentence with
# none of them is skipped before any number is read (about a quarter of those with
# a unit word, in the labelled corpus).
_TIME_WORDS = sorted(
    {w for w in TIME_UNITS if w not in SHORT_TIME_SYMBOLS}
    | {"fortnight", "fortnights", "fortnightly", "daily", "weekly", "monthly", "yearly",
       "annual", "annually", "weekend", "yesterday", "overnight", "tonight", "today", "night",
       "morning", "afternoon", "evening", "dawn", "daybreak", "quarter", "noon", "midday",
       "dusk", "sunset",
       # "per diem": not only after "marched", whose "mar" had let such sentences through
       "diem"}
    | {name.lower() for name in (*calendar.month_name, *calendar.month_abbr) if name}
    | {"sept"}
    | {name.lower() for name in calendar.day_name},
    key=len,
    reverse=True,
)  # fmt: skip
_SHORT_TIME = "|".join(sorted(SHORT_TIME_SYMBOLS, key=len, reverse=True))
_TIME_ANY_RE = re.compile(
    rf"(?={first_chars(_TIME_WORDS)}|[\d/])(?:\b{phrase_trie(_TIME_WORDS)}"
    rf"|(?<![\d.,])(?:1[89]|20)\d\d\b|(?:/|\d\s*)(?:{_SHORT_TIME})\b"
    # "on the 8th": a day of the month
    r"|(?<=the )\d{1,2}(?:st|nd|rd|th)\b"
    # "in Q3", "during H1": a quarter or a half; "by D+2": a day counted from D-Day
    r"|(?<=[QH])[1-4]\b|(?<=[DGdg]\+)\d)",
    re.IGNORECASE,
)
# A unit right after the number, or after a range's second number ("700-1,200m").
_UNIT_AHEAD_RE = re.compile(
    rf"(?:\+|-plus|(?:-|\s+)odd|\s+or\s+so(?=\s))?(?:\s*(?:-to-|-|(?:up\s+)?to|and|or|"
    # ("2, maybe 3 kilometres": a spoken range)
    rf",\s*(?:maybe|perhaps|possibly))\s*"
    # ("from 25 to about 30 miles": the upper end hedged)
    rf"(?:{UPPER_HEDGE}\s+)?"
    rf"(?:{NUMBER_PHRASE})(?:\s+(?:thousand|million))?)?(?:-|\s*)"
    rf"(?:(?:more|further|additional|extra)\s+)?{UNIT_PATTERN}(?![A-Za-z0-9²³])|"
    r"\s*(?:mph|kph|kmh)\b",
    re.IGNORECASE,
)


def extract_rates(text: str, *, published: object = None) -> pd.DataFrame:
    """Find every rate of advance in a text.

    Parameters
    ----------
    text : str
        An article or any running text (plain text; see
        :func:`html_to_text` for HTML).
    published : date-like, optional
        The article's publication date ("2025-03-05", a ``date``): relative
        periods ("last month", "this year") and months named without a year
        are resolved against it. Without it they take their unit's mean
        length, and the ``note`` column says so.

    Returns
    -------
    pandas.DataFrame
        One row per rate, in order of appearance, with the columns of
        :data:`COLUMNS`: ``sentence``; ``start``, ``end`` (character offsets
        of ``surface`` in ``text``); ``surface`` (the exact span);
        ``value_low``, ``value_high``, ``unit``, ``qualifier`` (as written);
        ``kind`` ("linear"/"areal"); ``canonical_low``, ``canonical_high``
        [m/day or km²/day] and ``canonical_unit``; ``basis`` ("stated",
        "carried from list", "carried from context", "total over stated
        period"); ``subject`` (best guess at the offensive or place, e.g.
        "Galicia 1914"; empty when unknown); ``restatement``; ``period``
        (the period phrase, for totals and where one follows a rate); and
        ``note``.

    Raises
    ------
    advrate.AdvrateError
        ``text`` is not a string.

    Examples
    --------
    >>> table = extract_rates("Galicia in 1914 (1,580 meters per day), Gorzia in 1916 (500 meters).")
    >>> table[["surface", "canonical_low", "basis", "subject"]].values.tolist()
    [['1,580 meters per day', 1580.0, 'stated', 'Galicia 1914'], ['500 meters', 500.0, 'carried from list', 'Gorzia 1916']]
    """  # noqa: E501
    if not isinstance(text, str):
        raise AdvrateError(f"extract_rates takes text, not {type(text).__name__}")
    day = None if published is None else as_date(published, "published")
    return pd.DataFrame(_rows(text, day), columns=list(COLUMNS))


def extract_many(
    texts: Iterable[str] | pd.Series,
    *,
    published: object = None,
    progress: bool = False,
) -> pd.DataFrame:
    """Find every rate in many texts, streaming, into one table.

    The texts are read one at a time (a generator is never materialised) and
    the rows of all of them become one DataFrame at the end: no DataFrame is
    built per text, so a news archive costs what its rates cost.

    Parameters
    ----------
    texts : iterable of str, or pandas.Series
        The texts. A Series' index names each text in the ``doc`` column;
        otherwise texts are numbered from 0.
    published : date-like, or iterable/Series of date-like, optional
        One publication date for all texts, or one per text (aligned with
        ``texts``; ``None`` where unknown). See :func:`extract_rates`.
    progress : bool, default False
        A progress bar (texts read) on standard error.

    Returns
    -------
    pandas.DataFrame
        ``doc`` then the columns of :data:`COLUMNS`, in order of the texts.

    Raises
    ------
    advrate.AdvrateError
        ``texts`` is a single string or not iterable, an item is not text, or
        a date cannot be read; the message names the text.

    Examples
    --------
    >>> import pandas as pd
    >>> articles = pd.Series(["Russia took 450 km² in March 2025.", "No figure here."],
    ...                      index=["afp-1", "afp-2"])
    >>> extract_many(articles)[["doc", "surface", "canonical_low"]].round(1).values.tolist()
    [['afp-1', '450 km²', 14.5]]
    """
    from tqdm import tqdm

    if isinstance(texts, str | bytes) or not isinstance(texts, Iterable):
        raise AdvrateError(f"texts must be an iterable of texts, not {texts!r:.60}")
    progress = as_flag(progress, "progress")
    if isinstance(texts, pd.Series):
        items: Iterable[tuple[object, object]] = texts.items()
    else:
        items = enumerate(texts)
    dates = _dates_for(published)
    rows: list[dict[str, object]] = []
    for doc, text in tqdm(items, desc="texts", unit="text", disable=not progress, file=sys.stderr):
        if not isinstance(text, str):
            raise AdvrateError(f"text {doc!r}: expected a string, not {type(text).__name__}")
        day = next(dates, _NO_DATE)
        if day is _NO_DATE:
            raise AdvrateError(f"text {doc!r}: published holds fewer dates than there are texts")
        if day is not None and not isinstance(day, str | dt.date) and pd.isna(day):
            day = None  # an unknown date in a column of dates
        try:
            found = _rows(text, None if day is None else as_date(day, f"published of {doc!r}"))
        except AdvrateError as err:
            raise AdvrateError(f"text {doc!r}: {err}") from None
        rows.extend({"doc": doc, **row} for row in found)
    return pd.DataFrame(rows, columns=["doc", *COLUMNS])


_NO_DATE = object()


def _dates_for(published: object) -> Iterator[object]:
    """One publication date per text: the same for all, or the next of a sequence."""
    import itertools

    if published is None or isinstance(published, str | dt.date | pd.Timestamp):
        return itertools.repeat(published)
    if isinstance(published, pd.Series):
        return iter(published.to_list())
    if isinstance(published, Iterable):
        return iter(published)
    return itertools.repeat(published)  # as_date refuses it with a clear message


def extract_partition(
    frame: pd.DataFrame, text_column: str = "text", published_column: str | None = None
) -> pd.DataFrame:
    """The rates in one partition of a table of texts (for ``dask.dataframe.map_partitions``).

    Parameters
    ----------
    frame : pandas.DataFrame
        One partition; its index names each text in the ``doc`` column.
    text_column : str, default "text"
        The column holding the texts.
    published_column : str, optional
        A column of publication dates.

    Returns
    -------
    pandas.DataFrame
        As :func:`extract_many`; empty partitions give an empty table with
        the same columns (see :func:`partition_meta`).

    Examples
    --------
    With Dask (``pip install 'advrate[dask]'``)::

        import dask.dataframe as dd
        from advrate.extract import extract_partition, partition_meta
        texts = dd.read_parquet("archive.parquet")         # a column "text"
        rates = texts.map_partitions(extract_partition, meta=partition_meta())
        rates.compute()
    """
    from .checks import require_frame

    if published_column is not None:
        published_column = as_text(published_column, "published_column")
    frame = require_frame(
        frame,
        "frame",
        (
            as_text(text_column, "text_column"),
            *([] if published_column is None else [published_column]),
        ),
    )
    published = None if published_column is None else frame[published_column]
    table = extract_many(frame[text_column], published=published)
    return table.astype({"doc": frame.index.dtype}) if not table.empty else _empty(frame)


def _empty(frame: pd.DataFrame) -> pd.DataFrame:
    meta = partition_meta()
    return meta.astype({"doc": frame.index.dtype})


def partition_meta() -> pd.DataFrame:
    """The empty table :func:`extract_partition` returns, as Dask's ``meta``."""
    numbers = ("start", "end", "value_low", "value_high", "canonical_low", "canonical_high")
    columns = {"doc": pd.Series(dtype=object)}
    for name in COLUMNS:
        dtype = "int64" if name in ("start", "end") else float if name in numbers else object
        columns[name] = pd.Series(dtype=dtype)
    return pd.DataFrame(columns)


def extract_bag(bag: object, *, published: object = None) -> object:
    """The rates in a ``dask.bag`` of texts, as a ``dask.dataframe``.

    Each partition runs :func:`extract_many` on its texts; ``doc`` is the
    partition number and the text's place in it ("3:17").

    Parameters
    ----------
    bag : dask.bag.Bag
        Of strings, e.g. from ``dask.bag.read_text`` over an archive of text files.
    published : date-like, optional
        One publication date for all texts.

    Returns
    -------
    dask.dataframe.DataFrame
        Lazy; ``.compute()`` gives the table of :func:`extract_many`.
    """
    try:
        import dask.bag as db
    except ImportError:  # pragma: no cover - exercised only without the extra
        raise AdvrateError("extract_bag needs Dask: pip install 'advrate[dask]'") from None
    if not isinstance(bag, db.Bag):
        raise AdvrateError(f"extract_bag takes a dask.bag.Bag, not {type(bag).__name__}")
    day = None if published is None else as_date(published, "published")

    def partition(texts: Iterable[str], partition_info: object = None) -> list[dict[str, object]]:
        table = extract_many(list(texts), published=day)
        return table.to_dict("records")

    records = bag.map_partitions(partition)
    meta = partition_meta()
    return records.to_dataframe(meta=meta)


def _rows(text: str, published: dt.date | None) -> list[dict[str, object]]:
    """The rows of :func:`extract_rates` for one text, as dicts (no DataFrame)."""
    cleaned = _unwrap_lines(clean_text(text))
    rows: list[dict[str, object]] = []
    for sent_start, sent_end in _sentences(cleaned):
        rows.extend(_extract_sentence(text, cleaned, sent_start, sent_end, published))
    return rows


# "477 and 459 square kilometres, respectively": bare numbers listed before the
# figure that carries the unit, each belonging to one period of a list.
_LISTED_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# "477, 459 and 478 km²", and "477 km², 459 km² and 478 km²" with the unit repeated
# ("725 km² (280 sq mi) and 593 km²": an item may be restated in brackets)
_LISTED_ITEM = (
    rf"{_LISTED_NUMBER}(?:\s*{UNIT_PATTERN}(?![A-Za-z0-9²³]))?"
    r"(?:\s*\([^()\d]{0,20}\d[^()]{0,30}\))?"
)
_NUMBERS_BEFORE_RE = re.compile(
    rf"(?:(?P<items>{_LISTED_ITEM}(?:\s*,\s+{_LISTED_ITEM})*)\s*,?\s+and\s+)$", re.IGNORECASE
)
_ITEM_RE = re.compile(rf"(?P<num>{_LISTED_NUMBER})\s*(?P<unit>[^(]*?)\s*(?:\([^()]*\))?", re.DOTALL)
# No figure may stand between the amount and "respectively": "took 500 km² in
# March, while the armies lost 20,000 and 30,000 men respectively" is not one list.
# A figure that opens a list its last figure ends with "respectively"
_LISTED_RESPECTIVELY_RE = re.compile(
    rf"(?:\s*,\s+{_LISTED_ITEM}){{0,10}}\s*,?\s+and\s+{_LISTED_ITEM}\s*,?\s+respectively\b",
    re.IGNORECASE,
)
_RESPECTIVELY_RE = re.compile(
    r"(?:\s*,?\s+[A-Za-z][A-Za-z.’'-]*){0,6}?\s*,?\s+respectively\b", re.IGNORECASE
)
_LISTED_SPLIT_RE = re.compile(r"\s*,\s+")


_RESPECTIVELY_GAP_RE = re.compile(r"\s*,?\s*")


def _period_after_respectively(
    s: str, end: int, sent_end: int, published: dt.date | None
) -> Period | None:
    """The one period right after "respectively", shared by every figure of its list."""
    gap = _RESPECTIVELY_GAP_RE.match(s, end, sent_end)  # always matches: all optional
    return scan_period(s, gap.end(), sent_end, published)  # type: ignore[union-attr]


def _respective(
    s: str, sent_start: int, sent_end: int, floor: int, scan: Scan, published: dt.date | None
) -> tuple[list[tuple[Scan, Period]], int] | None:
    """Figures given "respectively": each number with its own period, in order.

    Returns None when the figure is not followed by "respectively"; else the
    pairs, empty when the numbers and periods cannot be paired one to one
    (nothing is guessed then), and where "respectively" ends.
    """
    listed = None
    # (the list ends where the figure's qualifier starts: "477 and about 459 km²")
    if s.find("and", max(floor, scan.start - 8), scan.start) >= 0:  # cheap test
        listed = _NUMBERS_BEFORE_RE.search(s, max(floor, scan.start - 120), scan.start)
    after = _RESPECTIVELY_RE.match(s, scan.end, sent_end)
    # "In May and April respectively, Russia captured 449 and 300 km²": before the list
    back = max(sent_start, scan.number_start - _LOOKBACK)
    leading = (after is None and listed is not None
               and s.find("espectively", back, scan.number_start) >= 0)  # fmt: skip
    if after is None and not leading:
        # "took 300, 250 and 200 km² in March, April and May": as many periods as
        # figures, listed right after them, pair up just as "respectively" says
        if listed is None or scan.low != scan.high:
            return None
        # (right after them: looked for there only, so a long sentence stays linear)
        periods = scan_period_list(s, scan.end, min(sent_end, scan.end + _LOOKBACK), published)
        items = _LISTED_SPLIT_RE.split(listed.group("items"))
        if (periods is None or s[scan.end : periods[1]].strip()
                or len(periods[0]) != len(items) + 1):  # fmt: skip
            # "In July, August and September Russia gained 634, 477 and 459 km²": as many
            # periods as figures, listed just before them in the same clause
            periods = _periods_listed_before(s, sent_start, listed, len(items) + 1, published)
            if periods is None:
                return None
        end = max(scan.end, periods[2])
    else:
        end = scan.end if after is None else after.end()
        if (
            listed is None
            and after is not None
            and s.find("and", max(floor, scan.start - 120), scan.start) >= 0
        ):
            # "300 km² and 200 km² in Donetsk and Zaporizhzhia, respectively": the figure
            # before was read with its own unit; this one is read as it stands
            return None
        if listed is None or scan.low != scan.high:
            return [], end
        items = _LISTED_SPLIT_RE.split(listed.group("items"))
        # the list of periods is looked for near the figures, not in the whole
        # sentence: that kept an endless sentence of such lists quadratic
        periods = scan_period_list(
            s, max(sent_start, listed.start() - _LOOKBACK), min(sent_end, end + _LOOKBACK),
            published, alternatives=True,
        )  # fmt: skip
        if periods is None or len(periods[0]) != len(items) + 1:
            # "20 and 30 miles respectively in a week": one period for every figure
            shared = _period_after_respectively(s, end, sent_end, published)
            if shared is not None:
                end = shared.end
            else:
                # "Over the past week, … 5 and 8 km near Pokrovsk and Kupiansk,
                # respectively": the places pair up; the period before the list is all's
                shared = _period_in_clause(
                    s, max(sent_start, listed.start() - _LOOKBACK), listed.start(), published
                )
            if shared is None:
                return [], end
            periods = ([shared] * (len(items) + 1), shared.end, shared.end)
        elif periods[1] < scan.end and periods[2] > listed.start():
            return [], end  # the list sits among the figures: not theirs
    figures = _listed_figures(s, listed, items, scan)
    if figures is None:
        return [], end  # "400 km² and 150 sq mi …": units that differ are not paired
    pairs = list(zip([*figures, scan], periods[0], strict=False))
    return pairs, end


# Between a list of periods and the list of figures it dates: a subject and a verb, with
# no figure, clause break or other list among them
_LIST_TO_LIST_RE = re.compile(r"[^\d;:()]{1,60}")


def _periods_listed_before(
    s: str, sent_start: int, listed: re.Match[str], count: int, published: dt.date | None
) -> tuple[list[Period], int, int] | None:
    """``count`` periods listed in the clause just before a list of figures, or None."""
    periods = scan_period_list(s, max(sent_start, listed.start() - _LOOKBACK), listed.start(),
                               published)  # fmt: skip
    if (
        periods is None
        or len(periods[0]) != count
        or not _LIST_TO_LIST_RE.fullmatch(s, periods[2], listed.start())
        or "," in s[periods[2] : listed.start()].strip(", ")
    ):
        return None
    return periods


def _listed_figures(
    s: str, listed: re.Match[str], items: list[str], scan: Scan
) -> list[Scan] | None:
    """The bare numbers listed before ``scan`` as figures in its unit, in order; None
    when one of them has a unit of its own that differs."""
    figures = []
    offset = listed.start()
    unit = _SPACES_RE.sub(" ", scan.unit_text).lower()
    for item in items:
        at = s.index(item, offset)
        offset = at + len(item)
        parts = _ITEM_RE.fullmatch(item)
        own_unit = _SPACES_RE.sub(" ", parts.group("unit")).lower()
        if own_unit and own_unit != unit:
            return None
        value = number_value(NUMBER_RE.fullmatch(parts.group("num")))
        figures.append(dataclasses.replace(
            scan, start=at, number_start=at, end=at + len(item), amount_end=at + len(item),
            low=value, high=value, qualifiers=[], restatement=None,
        ))  # fmt: skip
    return figures


def _listed_with_basis(s: str, floor: int, sent_end: int, scan: Scan) -> list[Scan]:
    """ "20 and 30 miles a day respectively": the numbers listed before a rate given
    "respectively", each with the rate's unit and basis."""
    if s.find("and", max(floor, scan.start - 8), scan.start) < 0:
        return []  # cheap test
    if _RESPECTIVELY_RE.match(s, scan.end, sent_end) is None:
        return []
    listed = _NUMBERS_BEFORE_RE.search(s, max(floor, scan.start - 120), scan.start)
    if listed is None or scan.low != scan.high:
        return []
    return _listed_figures(s, listed, _LISTED_SPLIT_RE.split(listed.group("items")), scan) or []


def _first(s: str, word: str, start: int, end: int, firsts: dict[str, int]) -> int:
    """Where ``word`` first occurs in ``s[start:end]`` (-1 if nowhere), found once per
    sentence: asked for every figure, a search from the sentence's start each time
    would make a long sentence's reading quadratic."""
    if word not in firsts:
        firsts[word] = s.find(word, start, end)
    return firsts[word]


def _extract_sentence(
    original: str, s: str, sent_start: int, sent_end: int, published: dt.date | None = None
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    covered_until = sent_start
    list_basis: Scan | None = None
    previous: Scan | None = None  # the last rate with its own time basis, for coordination
    first_unit = _UNIT_ANY_RE.search(s, sent_start, sent_end)
    if first_unit is None or _TIME_ANY_RE.search(s, sent_start, sent_end) is None:
        return rows
    exercise_hinted = _mentions_exercise(s[sent_start:sent_end])
    # Looked up once per sentence, so each candidate costs the same however long it is.
    has_basis_word: bool | None = None  # looked up once, only if a figure lacks a basis
    taken_until = sent_start  # a period read for one figure is never lent to the next
    last_period: Period | None = None  # the last figure's, for "over the same period"
    leads: list[tuple[int, Period]] | None = None  # read only if a figure needs them
    firsts: dict[str, int] = {}  # where a word first occurs in the sentence, looked up once
    lasted: list[re.Match[str]] | None = None  # "lasted 23 days" in the sentence, read once
    sentence = original[sent_start:sent_end].strip()
    if len(sentence) > _MAX_SENTENCE:
        sentence = sentence[:_MAX_SENTENCE] + " …"
    for number in _candidates(s, sent_start, sent_end, first_unit.start()):
        if number.start() < covered_until:
            continue
        restate_from = 0  # where a restatement may follow: the figure's own period's end
        floor = max(sent_start, covered_until)
        start = _qualifier_start(s, floor, number.start())
        before = s[max(floor, start - 9) : start].lower()
        if before.endswith((" ", "\t", "\n")) and before.rstrip().endswith(("between", "from")):
            opener = _RANGE_OPENER_RE.search(s, max(floor, start - 12), start)
            if opener is not None:
                start = opener.start()  # "between 20 and 60 metres": both ends
        try:
            scan = scan_rate(s, start, sent_end)
        except NoRate:
            # a range refused whole ("1-2,500 km²") is not read from its upper end
            refused = _RANGE_TAIL_RE.match(s, number.start(), sent_end)
            if refused is not None:
                covered_until = refused.end()
            if start == number.start() or start == _qualifier_start(s, floor, number.start()):
                continue
            try:  # "advanced from 60 km": not a range after all
                scan = scan_rate(s, _qualifier_start(s, floor, number.start()), sent_end)
            except NoRate:
                continue
        if scan.number_start != number.start() and start == number.start():
            continue
        near_to = s[max(floor, start - 6) : start + 1]
        if (" to " in near_to or "-" in near_to) and _VAGUE_LOWER_RE.search(
            s, max(floor, start - 48), start
        ):
            covered_until = scan.end
            continue  # "hundreds of metres to a kilometre a day": no lower end to read
        if scan.low != scan.high and _CHANGED_BY_RE.search(s, max(floor, start - 40), start):
            # "gains rose by 50 km² to 550 km²": the change, then the new value; only
            # the value is a figure
            to = _BY_TO_RE.search(s, scan.number_start, scan.amount_end)
            # ("rose by 50 to 60 km²" is a range of changes: neither end is a value)
            if to is None or _UNIT_ANY_RE.search(s, scan.number_start, to.start()) is None:
                covered_until = scan.amount_end
                continue
            try:
                scan = scan_rate(s, to.end(), sent_end)
            except NoRate:
                covered_until = to.end()
                continue
        # A figure's own restatement ("203 km², or 78 sq mi") is never read again as
        # another figure, whatever becomes of this one.
        covered_until = max(covered_until, scan.amount_end)
        # (a distance to a place is a position, unless the journey there is said done
        # in a period: "the river, 30 miles away, and reached it in three days")
        if _not_an_advance(
            s, sent_start, scan, published, sent_end, exercise_hinted=exercise_hinted
        ) and not _JOURNEY_DONE_RE.match(s, scan.amount_end, sent_end):
            covered_until = scan.end
            continue
        if _compares_an_unread_figure(s, sent_start, sent_end, scan, rows, published):
            covered_until = scan.end
            continue
        note = ""
        period_text = ""
        days_high = None  # the longer length of a span of them ("in 3 to 4 days")
        if scan.time_unit == "hour":
            days = _hours_as_days(scan.per_count)
            # "70 km within 48 hours", "5 km per 24 hours": days' advance, not a speed;
            # "1 km² an hour": ground taken, as no vehicle or projectile has an area's speed
            if days >= 1 or (_kind(scan) == "areal" and scan.basis == "stated"):
                scan.time_unit, scan.per_count = "day", days
        if scan.time_unit is not None:
            if scan.time_unit not in _SLOW_ENOUGH:
                covered_until = scan.end
                continue  # a speed per hour/minute/second: vehicles, projectiles
            # "10 km in 2 days" needs a verb of movement as any other total does:
            # "sappers cleared 40 hectares in three days" took no ground
            # ("laid mines across 100 km² in a month": "in a month" is one month's total,
            # and needs one as much as "in two months" does)
            one_unit = scan.basis == "stated" and (scan.time_text or "").lower().startswith("in ")
            if (scan.basis == "total" or one_unit) and not _moved(s, sent_start, sent_end, scan):
                covered_until = scan.end
                continue
            basis = "total over stated period" if scan.basis == "total" else "stated"
            if scan.basis == "total":  # "10 km in 2 days": its period is no one else's
                taken_until = max(taken_until, scan.end)
            if _in_parentheses(s, scan.start, scan.end):
                list_basis = scan
            following = _period_after(s, scan.end, sent_end, published)[0]
            if following:
                period_text = following.text
                taken_until = following.end
            previous = scan
        else:
            # figures read before this one without a period ("477 km², 459 km² and 478 km²
            # in August, September and October") may still be its list's
            list_floor = max(sent_start, int(str(rows[-1]["end"]))) if rows else sent_start
            respective = _respective(s, sent_start, sent_end, list_floor, scan, published)
            if respective is None and _LISTED_RESPECTIVELY_RE.match(
                s, scan.end, min(sent_end, scan.end + _LOOKBACK)
            ):
                continue  # "725 km² and 593 km², respectively": read with the last of its list
            if respective is not None:
                pairs, covered_until = respective
                for figure, period in pairs:
                    figure.time_unit, figure.per_count = "day", period.days
                    figure.basis = "given"
                    row = _row(original, s, sentence, sent_start, sent_end, figure,
                               "total over stated period", period.text, period.note)  # fmt: skip
                    if row is not None:
                        rows.append(row)
                continue
            carried = None
            if list_basis is not None and _in_parentheses(s, scan.start, scan.end):
                carried = ("carried from list", list_basis)
            clause_start = _clause_start(s, sent_start, scan.start)
            if clause_start > sent_start and not s[clause_start : scan.start].strip():
                clause_start = _clause_past_aside(s, sent_start, clause_start)
            past_subject_aside = _clause_past_subject_aside(s, sent_start, clause_start, scan.start)
            subject_aside = past_subject_aside != clause_start
            clause_start = past_subject_aside
            tie_from = max(clause_start, scan.start - 120)
            if has_basis_word is None:
                has_basis_word = _CONTEXT_BASIS_RE.search(s, sent_start, sent_end) is not None
            tie = None
            if has_basis_word:
                # ("daily gains fell from 25 km² in November to 10 in December": a change
                # whose two values each have a month of their own)
                from_value = s[scan.start : scan.start + 5].lower() == "from "
                tie_re = _CHANGE_TIE_RE if scan.change or from_value else _BASIS_TIE_RE
                tie = (tie_re.search(s, tie_from, scan.start)
                       or _ADVERB_BEFORE_RE.search(s, max(sent_start, scan.start - 30), scan.start)
                       or _POSSESSIVE_BASIS_RE.search(s, tie_from, scan.start)
                       or _each_opening(s, sent_start, scan.start)
                       or _BASIS_OPENING_RE.match(s, sent_start, scan.start)
                       or _BASIS_AFTER_PLACE_RE.match(s, scan.end, sent_end))  # fmt: skip
                if (tie is None and clause_start > sent_start
                        and len(s[clause_start:scan.start].split()) <= 1):  # fmt: skip
                    # "its biggest weekly gain, 235 km²", "… came in November, at 235 km²":
                    # a figure set off by a comma from the words that name its basis
                    tie = _BASIS_TIE_RE.search(s, max(sent_start, scan.start - 120), scan.start)
            if carried is None and tie is not None:
                adjective = tie.groupdict().get("adj")
                every = tie.groupdict().get("n")  # "Every two days, they advance a kilometre"
                if adjective:
                    scan.time_unit = _ADVERB_UNITS.get(adjective.lower(), "day")
                else:
                    named_unit = tie.group("units") if every else (
                        tie.groupdict().get("unit") or tie.groupdict().get("unit_of")
                    )  # fmt: skip
                    scan.time_unit = named_unit.lower()
                scan.per_count = count_value(every) if every else 1.0
                carried = ("carried from context", None)
                # "monthly gains were 477 km² (August)": the month named is the one meant
                named = None
                if scan.time_unit in ("week", "month", "year"):
                    named = _period_after(s, scan.end, sent_end, published, past_comma=False)[0]
                    if named is None and ":" in s[max(sent_start, scan.start - 4) : scan.start]:
                        named = _inline_label_period(s, sent_start, scan, published)
                    if named is None:
                        # "In November Russia made its largest monthly gain, 725 km²": the
                        # month named before is the month meant, if it is one month long
                        named = _period_in_clause(
                            s, max(sent_start, scan.start - _LOOKBACK), scan.start, published
                        )
                    if named is None:  # "November saw the largest monthly gain, 725 km²"
                        if leads is None:
                            leads = _lead_periods(s, sent_start, sent_end, published)
                        named = _period_before(leads, scan.start)
                if (named is not None and "so far" not in named.note
                        and _same_length(named.days, scan.time_unit)):  # fmt: skip
                    scan.time_unit, scan.per_count = "day", named.days
                    carried = ("total over stated period", None)
                    period_text, note = named.text, named.note
            # "10 km in as many days": the period counts what the amount counts
            count = scan.low if scan.low == scan.high else None
            own = None  # the figure's own period, right after it, in its own clause
            if carried is None and s.endswith("(", sent_start, scan.start):
                own = _named_before_bracket(s, sent_start, scan.start, published)
            if carried is None and own is None and s.startswith(" of ", scan.end):
                own = _named_after_of(s, sent_start, sent_end, scan, published)
            if (carried is None and own is None and previous is not None
                    and _coordinated(s, previous, scan, published)):  # fmt: skip
                own = _period_after(
                    s, scan.end, sent_end, published, past_comma=False, count=count
                )[0]
                if (own is not None and previous.basis != "total"
                        and _BARE_YEAR_RE.fullmatch(own.text)
                        and _comparable(previous, scan)):  # fmt: skip
                    own = None  # "50 m a day, compared with 80 m at the Somme in 1916": when
                if (
                    own is None
                    and previous.basis in ("given", "total")
                    and _SEASON_AFTER_RE.match(s, scan.end, sent_end)
                ):
                    continue  # "…, compared with 400 km² in the summer": a period of its own,
                    # too vague to read, and never the first figure's
                if own is None:  # "down from 700 km² in November" keeps its own month
                    carried = ("carried from previous figure", previous)
                    elliptic = _ELLIPTIC_COUNT_RE.match(s, scan.end, sent_end)
                    if elliptic is not None:
                        # "10 km in 2 days and 20 km in 4": four of the same unit, not two
                        if previous.basis != "total":
                            continue
                        previous = dataclasses.replace(
                            previous, per_count=count_value(elliptic.group("n"))
                        )
                        carried = ("carried from previous figure", previous)
            if carried is not None:
                basis = carried[0]
                if carried[1] is not None:
                    if _kind(carried[1]) != _kind(scan):
                        continue
                    scan.time_unit = carried[1].time_unit
                    scan.per_count = carried[1].per_count
                    if basis == "carried from previous figure" and carried[1].basis != "total":
                        # "15 m a day, compared with 80 m at the Somme and 1,580 m in
                        # Galicia": a chain of paces, each sharing the one before's basis
                        previous = dataclasses.replace(scan, basis=carried[1].basis)
                elif basis == "carried from context":
                    # "daily gains were 16 km² in October, against 22 km² in September":
                    # the figure compared with this one is a day's too
                    previous = scan
            else:
                resume = None  # where the walk past a comma goes on, if it stopped at one
                found = own
                if found is None and _SEASON_AFTER_RE.match(s, scan.end, sent_end):
                    covered_until = scan.end
                    continue  # "400 km² in the summer": its own period says no length,
                    # and no other is lent to it
                if found is None:
                    found, resume = _period_after(
                        s, _past_restatement(s, scan), sent_end, published, past_comma=False,
                        count=count,
                    )  # fmt: skip
                if found is None:
                    closed = _enclosed_close(s, clause_start, scan)
                    if closed is not None:  # "took territory (about 2,600 km²) in 2024"
                        found = _period_after(
                            s, closed, sent_end, published, past_comma=False, count=count
                        )[0]
                if found is None and s.startswith((",", " -", " –", " —"), scan.end):
                    found = _period_after_rate_aside(s, scan.end, sent_end, published)
                if found is None:
                    found = _period_took_after(s, scan.end, sent_end, published)
                if found is None:
                    found = _period_of_relative_gain(s, sent_start, sent_end, scan, published)
                if found is None and _kind(scan) == "linear":
                    found = _period_after_coordination(s, scan.end, sent_end, published)
                if found is None:
                    found = _period_after_aside(s, scan.end, sent_end, published)
                if found is None and s.startswith((",", " -", " –", " —", "—", "–"), scan.end):
                    found = _unit_of_appositive(s, scan.end, sent_end)
                if found is None and "," in s[scan.end : scan.end + 12]:
                    found = _month_subject_after(s, scan.end, sent_end, published)
                if found is None:
                    found = _period_came_in(s, scan.end, sent_end, published)
                if found is None:
                    found = _journey_completed(s, scan.amount_end, sent_end, published)
                if found is None and s.startswith(",", scan.end):
                    found = _appositive_journey_took(s, sent_start, sent_end, scan, published)
                if found is None and _SET_OFF_RE.search(
                    s, max(sent_start, scan.start - 24), scan.start
                ):
                    found = _journey_before_distance(s, sent_start, sent_end, scan, published)
                if found is None and last_period is not None:
                    found = _same_period_after(s, scan.end, sent_end, last_period, published)
                if found is None:  # "which began on August 6, … 1,000 km² by August 12"
                    found = scan_dated_span(
                        s, sent_start, scan.start, scan.end, sent_end, published
                    )
                if found is None:  # "from 627 km² in November to 203 km² by March"
                    found = _by_month_after_change(s, sent_start, sent_end, scan, published)
                own_start = max(clause_start, taken_until)
                # ("In 2024 the Russians took two years to cover 50 km": the time it took
                # is the figure's own, nearer than the year that dates the clause)
                period = (found or _month_owning(s, own_start, scan.start, published)
                          or _month_at(s, own_start, scan.start, published)
                          or _period_taken(s, own_start, scan.start, published)
                          or _period_in_clause(s, own_start, scan.start, published)
                          or _length_of_figure(s, own_start, scan.start, published))  # fmt: skip
                if period is None and own_start == clause_start:
                    period = _period_across_comma(
                        s, sent_start, clause_start, scan.start, published
                    )
                    if period is not None and _LENGTH_RIGHT_BEFORE_RE.search(
                        s,
                        max(sent_start, period.end - len(period.text) - 50),
                        period.end - len(period.text),
                    ):
                        period = None  # "In just 11 weeks in 2022, …": the length, read below
                if period is None:
                    period = _period_of_restated_share(s, sent_start, scan, published)
                if period is not found:
                    period = _unless_report_day(s, sent_start, period, scan.start)
                elif (
                    period is not None
                    and period.days <= 1
                    and _REPORTED_BEFORE_RE.search(
                        s,
                        max(sent_start, period.end - len(period.text) - 24),
                        period.end - len(period.text),
                    )
                ):
                    # "…, according to the ministry, Reuters reported on Nov. 20": the day
                    # of the report, after the figure
                    period = found = None
                if period is None:
                    # the same walk past the comma: before it, it found nothing
                    found = None if resume is None else _period_after(
                        s, resume[0], sent_end, published, steps=resume[1])[0]  # fmt: skip
                    if found is not None and _opens_next_figure(s, found.end, sent_end):
                        found = None  # "advanced 19 km, in 5 days they fought 110 km"
                    period = found
                if found is not None:
                    taken_until = found.end  # this figure's, whether or not it is a rate
                if period is None:
                    if leads is None:
                        leads = _lead_periods(s, sent_start, sent_end, published)
                    period = _unless_report_day(
                        s, sent_start, _period_before(leads, scan.start), scan.start
                    )
                    earlier = (_EARLIER_RE.search(s, period.end, scan.start)
                               if period is not None else None)  # fmt: skip
                    if earlier is not None and not (
                        subject_aside and s.find(",", earlier.end(), scan.start) >= 0
                    ):
                        # "Over the past month, … troops who had advanced 15 km" (but "the
                        # army, which had regrouped, seized 449 km²" closes its aside first)
                        period = None
                    if period is not None and _OWN_SINCE_RE.match(s, scan.amount_end, sent_end):
                        # "Last week, …, capturing 478 km² since early October": the
                        # figure's own start, not the lead's length
                        period = None
                    if period is not None and _ORDINAL_LEAD_RE.search(s, period.end, scan.start):
                        # "In the first week …; in the second, 25 km": one more week
                        period = _ordinal_after_lead(s, period, scan.start, published)
                    elif period is not None and (
                        counted := _COUNT_LEAD_RE.search(s, period.end, scan.start)
                    ):
                        # "In three days …; in the next four, 15 km": four more days
                        period = _count_after_lead(period, counted)
                    elif period is not None and _LEAD_ENDED_RE.search(s, period.end, scan.start):
                        # "On 1 July 1916 the British attacked; by November they had
                        # advanced six miles": the clause opened by the period has ended
                        period = None
                if (
                    period is not None
                    and period is not found
                    and _OWN_UNCOUNTED_RE.match(s, _past_restatement(s, scan), sent_end)
                ):
                    period = None  # "In 2022 … 119,000 km² in the first weeks of …"
                if period is None:
                    period = _period_later(s, sent_start, scan, published)
                if period is None and (
                    _first(s, "last", sent_start, sent_end, firsts) >= 0
                    or 0 <= _first(s, " which ", sent_start, sent_end, firsts) < scan.start - 6
                    or 0 <= _first(s, "took", sent_start, sent_end, firsts) < scan.start - 3
                    or 0 <= _first(s, " on the ", sent_start, sent_end, firsts) < scan.start - 8
                    # ("The siege ran for ten months; during that period …")
                    or 0 <= _first(s, " that ", sent_start, sent_end, firsts) < scan.start - 6
                ):
                    if lasted is None:
                        lasted = list(_LASTED_RE.finditer(s, sent_start, sent_end))
                    period = _period_lasted(s, sent_start, sent_end, scan, published, lasted)
                if (
                    period is None
                    and 0 <= _first(s, "which", sent_start, sent_end, firsts) < scan.start - 4
                ):
                    period = _period_during_which(s, sent_start, scan, published)
                if period is None and s.find("-", scan.start, scan.amount_end) >= 0:
                    period = _length_adjective(s, sent_start, sent_end, scan)
                if period is None:
                    period = _period_shared_by_list(s, sent_end, scan, published)
                if period is None:
                    period = _elliptic_ordinal(s, sent_start, sent_end, scan, published)
                if period is not None and s.startswith((" a", ", a", " one", ", one"), scan.end):
                    period = _earlier_than_named(s, scan, period, published)
                elif (period is None and last_period is not None
                        and (ago := _AGO_AFTER_RE.match(s, scan.end, sent_end))):  # fmt: skip
                    # "505 km² in November against 250 km² a year earlier": the period of
                    # the figure before, moved back
                    earlier = _earlier_than_named(s, scan, last_period, published)
                    if earlier is not None:
                        period = Period(earlier.days, ago.group(0).strip(" ,"), earlier.note,
                                        ago.end())  # fmt: skip
                # a list line's label is its period, whatever else was found
                listed = (_label_period(s, sent_start, sent_end, scan, published)
                          if scan.start - sent_start <= _LABEL_REACH else None)  # fmt: skip
                if listed is None and ":" in s[max(sent_start, scan.start - 4) : scan.start]:
                    listed = _inline_label_period(s, sent_start, scan, published)
                if listed is None and period is None and ":" in s[sent_start : scan.start]:
                    listed = _heading_period_of_place_list(s, sent_start, scan, published)
                if listed is None and s.find(" than ", scan.end, scan.end + 80) >= 0:
                    listed = _period_closer_than(s, scan, sent_end, published)
                period = listed or period
                if period is None and s.startswith((" and", ", and"), scan.end):
                    # "advanced 4 km and took 30 km² in a week": one period for both
                    found = period = _period_of_coordinated(s, scan, sent_end, published)
                if (period is not None and period.end <= scan.start
                        and _PRIOR_JOURNEY_RE.search(s, max(sent_start, scan.start - 60),
                                                     scan.start)
                        and _COUNTED_TIME_RE.search(period.text) is None):  # fmt: skip
                    # "On July 22 the division entered Palermo after covering 100 miles":
                    # the date is the arrival's; the journey before it has no length here
                    # (but "reached Baghdad in three weeks, having covered 500 km": the
                    # arrival took that long, and the journey was the way there)
                    continue
                if period is None:
                    continue
                if (
                    period.days <= 1
                    and _COUNTED_TIME_RE.search(period.text) is None
                    and _STARTED_JOURNEY_RE.search(s, max(sent_start, scan.start - 80), scan.start)
                ):
                    # "started on its march of 300 miles on November 15": the start (but "in
                    # a one-day drive" is how long the journey took)
                    continue
                if _kind(scan) == "linear" and _OLD_YEAR_RE.fullmatch(period.text):
                    continue  # "marched 600 miles to Moscow in 1812": the year dates the march
                if (_since_before(s, sent_start, scan.start) and found is None
                        and not period.text.lower().startswith("since")):  # fmt: skip
                    continue
                if ((listed is None and not _moved(s, sent_start, sent_end, scan)
                     and (found is None or not _answers_movement(s, sent_start, scan))
                     and not _depth_since(s, sent_end, scan, period))
                        or _stock_before(
                            s, sent_start, scan.number_start, linear=_kind(scan) == "linear"
                        )
                        or _STOCK_LIST_HEAD_RE.match(s, sent_start, scan.start) is not None
                        # (with a period of its own, "double the 240 km² it took in
                        # September" is another gain, compared)
                        or (found is None and _share_or_target(s, sent_start, scan))
                        or _place_sized(s, sent_start, scan)
                        or _EXTENT_AFTER_RE.match(s, scan.end, sent_end) is not None
                        or _HELD_AFTER_RE.match(s, scan.end, sent_end) is not None
                        or _ABLE_TO_BEFORE_RE.search(s, max(sent_start, scan.start - 40),
                                                     scan.number_start)
                        or _fired_before(s, clause_start, scan.start)):  # fmt: skip
                    continue  # a distance or a stock, not ground covered: "a town 30 km away"
                period = _until_by_date(s, scan.start, period, published)
                if period is None:
                    continue
                period = _to_as_of_date(s, period, published)
                named = _named_earlier(s, sent_start, scan.start, period, published)
                if named is period and _NEEDS_ANTECEDENT_RE.fullmatch(period.text):
                    continue  # "over the year" with no year named: which year is not said
                period = _year_from_sentence(s, sent_start, named, published)
                last_period = period
                scan.time_unit, scan.per_count = "day", period.days
                days_high = period.days_high
                basis = "total over stated period"
                period_text = period.text
                note = period.note
                if period is found:
                    restate_from = period.end
            scan.basis = "given"
        if scan.change:  # "rose from 15 to 25 km² a day": each value in turn, no range
            for value, which in ((scan.low, "earlier"), (scan.high, "later")):
                figure = dataclasses.replace(scan, low=value, high=value, change=False)
                said = (f"a change from {format_value(scan.low)} to {format_value(scan.high)}: "
                        f"the {which} value")  # fmt: skip
                row = _row(original, s, sentence, sent_start, sent_end, figure, basis,
                           period_text, "; ".join(filter(None, [note, said])))  # fmt: skip
                if row is not None:
                    rows.append(row)
            covered_until = scan.end
            continue
        row = _row(original, s, sentence, sent_start, sent_end, scan, basis, period_text, note)
        if row is not None and days_high is not None:
            # "60 km in 3 to 4 days": the lower rate is the smaller amount over the longer time
            row["canonical_low"] = float(str(row["canonical_low"])) * scan.per_count / days_high
            said = f"{format_value(scan.per_count)} to {format_value(days_high)} days"
            row["note"] = "; ".join(filter(None, [str(row["note"] or ""), said]))
        if row is not None and rows and _restates(original, rows[-1], row):
            rows[-1]["restatement"] = rows[-1]["restatement"] or row["surface"]
            covered_until = scan.end
            continue
        if row is not None:
            if basis == "stated":
                floor = max(sent_start, int(str(rows[-1]["end"]))) if rows else sent_start
                for figure in _listed_with_basis(s, floor, sent_end, scan):
                    listed_row = _row(original, s, sentence, sent_start, sent_end, figure, basis,
                                      period_text, note)  # fmt: skip
                    if listed_row is not None:
                        rows.append(listed_row)
            rows.append(row)
            # "pushed 50km in three days (30 miles)": restated after the period
            restated = _RESTATED_AFTER_RE.match(s, restate_from or scan.end, sent_end)
            covered_until = scan.end if restated is None else restated.end()
            # ("daily gains were 14 km² in October, down from 18 in September": a rate
            # whose basis a rate word gave is followed as a stated one is)
            day_rate = basis in ("stated", "carried from context")
            if (day_rate or basis == "total over stated period") and restated is None:
                for figure, own in _elided_followers(
                    s,
                    sent_end,
                    scan,
                    restate_from,
                    published,
                    stated=day_rate,
                    period_text=period_text,
                ):
                    length_note = ""  # a stated rate's period says when, not how long
                    if own.days_high is not None:
                        continue  # a span of lengths is read only for a figure's own period
                    if basis == "total over stated period":
                        figure.time_unit, figure.per_count = "day", own.days
                        length_note = own.note
                    said = "; ".join(
                        filter(None, [length_note, "unit carried from the previous figure"])
                    )
                    follower = _row(original, s, sentence, sent_start, sent_end, figure,
                                    basis, own.text, said)  # fmt: skip
                    if follower is not None:
                        rows.append(follower)
                        covered_until = max(covered_until, own.end)
                if basis == "total over stated period":  # "…, or roughly 16 a day"
                    average = _average_follower(s, sent_end, scan, restate_from or scan.end)
                    if average is not None and average.start >= covered_until:
                        said = "unit carried from the previous figure"
                        follower = _row(original, s, sentence, sent_start, sent_end, average,
                                        "stated", "", said)  # fmt: skip
                        if follower is not None:
                            rows.append(follower)
                            covered_until = max(covered_until, average.end)
                if day_rate:  # "5 km a day, sometimes 10": unit and basis both left out
                    bare = _bare_follower(s, sent_end, scan)
                    # ("… with 80 at the Somme and 1,580 in Galicia": each bare number may
                    # have another after it; a few at most, so long lists stay linear)
                    for _ in range(_MAX_FOLLOWERS):
                        if bare is None or bare.start < covered_until:
                            break
                        said = "unit and time basis carried from the previous figure"
                        follower = _row(original, s, sentence, sent_start, sent_end, bare, basis,
                                        "", said)  # fmt: skip
                        if follower is None:
                            break
                        rows.append(follower)
                        covered_until = max(covered_until, bare.end)
                        bare = _bare_follower(s, sent_end, bare)
    return rows


# "5 km a day, sometimes 10", "5 kilometres a day at first and then 10", "averaging
# 10 miles a day, at times as much as 20": a bare number that ends the clause after
# a rate restates the rate for other times. A number followed by any word is not one.
_MAX_FOLLOWERS = 6  # bare numbers read after one rate, each after the one before
_BARE_FOLLOWER_RE = re.compile(
    r"(?:\s+(?:at\s+first|initially|on\s+average|at\s+the\s+start|(?:for|in|during|over)\s+the\s+"
    r"first\s+(?:[a-z-]+\s+)?(?:days?|weeks?|months?)))?\s*,?\s+(?:and\s+|but\s+|or\s+)?"
    r"(?:then|later|sometimes|at\s+times|occasionally|even|on\s+some\s+days|on\s+good\s+days)"
    # "15 miles a day at first, then slowed to 5": a verb of change before the number
    r"(?:\s+(?:slowed|fell|dropped|declined|rose|climbed|increased|decreased|picked\s+up|"
    r"sped\s+up|accelerated)\s+to)?"
    r"\s+(?:(?P<qualifier>up\s+to|as\s+(?:much|many|high)\s+as|more\s+than|over|only|just|about|"
    r"barely)\s+)?"
    # ("12 to 15 km a day at first, later only 3 or 4": a range, both ends kept)
    rf"(?!(?:1[89]|20)\d\d\b)(?P<num>{NUMBER_PHRASE})(?:\s*(?:-|–|to|or)\s*(?P<num2>{NUMBER_PHRASE}))?"
    r"(?=\s*(?:[.;)]|,|$))",
    re.IGNORECASE,
)


# The average a total gives, its unit left out: "500 km² in October, or roughly 16 a
# day", "3,900 km² since January, an average of 12 per day". The clause ends there: "16
# a day in casualties" is something else. (In brackets it restates the total.)
_AVERAGE_FOLLOWER_RE = re.compile(
    r"\s*(?:,|\s-)\s*(?:or\s+|i\.e\.\s+|that\s+is\s+)?(?:(?:averaging|an\s+average\s+of|"
    r"at\s+an\s+average\s+of|on\s+average|which\s+works\s+out\s+(?:at|to)|equivalent\s+to|"
    r"equal\s+to)\s+)?(?P<qualifier>(?:about|around|roughly|some|nearly|almost|approximately|"
    r"more\s+than|less\s+than|over|under|just\s+over|just\s+under)\s+)?"
    rf"(?!(?:1[89]|20)\d\d\b)(?P<num>{DIGITS})\s+(?:a|per|each)\s+(?P<unit>day|week|month)\b"
    r"(?=\s*(?:[.;,)]|$|\s+on\s+average\b))",
    re.IGNORECASE,
)


def _average_follower(s: str, sent_end: int, scan: Scan, pos: int) -> Scan | None:
    """The average a total gives, its unit left out, with its own time basis."""
    found = _AVERAGE_FOLLOWER_RE.match(s, pos, sent_end)
    if found is None:
        return None
    figure = _follower_figure(scan, found)
    figure.time_unit, figure.per_count, figure.basis = found.group("unit").lower(), 1.0, "stated"
    figure.end = found.end()
    return _keep_qualifier(figure, found)


# The same rate for a parallel place or subject, its unit and basis left out: "100
# metres a day at Verdun and 80 at the Somme", "80 m/day at the Somme; Galicia 1,580",
# "The Germans managed 10 miles a day, the British only 3".
_NAMED_PLACE = (
    rf"(?:the\s+)?(?!(?:{_MONTH_NAMES_RE}|{'|'.join(calendar.day_name)})\b)"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))?"
)
# ("Infantry could manage 15 miles a day, cavalry maybe 30": an arm of service)
_ARMS = (
    r"(?:the\s+)?(?:cavalry|infantry|horse|foot|tanks|armou?r|panzers|artillery|mounted\s+troops|"
    r"wagons|baggage|supply\s+trains?)"
)
# A follower's bare number, maybe hedged, never a year: "… and 500", "cavalry maybe 30"
_BARE_FIGURE = (
    r"(?:(?P<qualifier>only|just|about|some|barely|maybe|perhaps|probably)\s+)?"
    rf"(?!(?:1[89]|20)\d\d\b)(?P<num>{DIGITS})"
)
_PARALLEL_FOLLOWER_RE = re.compile(
    rf"(?P<place>\s+(?:at|in|near|around|on)\s+{_NAMED_PLACE})?\s*[,;]?\s+(?:and\s+|but\s+|while\s+|"
    rf"whereas\s+)?(?(place)|(?:{_NAMED_PLACE}|{_ARMS})\s+)"
    f"{_BARE_FIGURE}"
    # (a list goes on: "…, 80 at the Somme and 500 at Gorizia")
    rf"(?(place)\s+(?:at|in|near|around|on)\s+{_NAMED_PLACE}\b)(?=\s*(?:[.;)]|,|$)|\s+and\s)",
    re.IGNORECASE,
)

# "70 metres a day near Pokrovsk; near Kupiansk, 50": the place first, then the number
_PLACE_LED_FOLLOWER_RE = re.compile(
    rf"(?:\s+(?:at|in|near|around|on)\s+{_NAMED_PLACE})?(?:\s*[,;]\s*(?:and\s+)?|\s*,?\s+and\s+)"
    rf"(?:at|in|near|around|on)\s+{_NAMED_PLACE}\s*,?\s+"
    rf"{_BARE_FIGURE}(?=\s*(?:[.;)]|,|$))",
    re.IGNORECASE,
)

# "The Allies at the Somme averaged 80 metres a day; Russia at Kupiansk manages 50": a
# second subject, its place and a verb of pace, then the bare number
_SUBJECT_PACE_FOLLOWER_RE = re.compile(
    rf"\s*[,;]\s+(?:and\s+|but\s+|while\s+|whereas\s+)?{_NAMED_PLACE}"
    rf"(?:\s+(?:at|in|near|around)\s+{_NAMED_PLACE})?\s+"
    r"(?:manages?|managed|averages?|averaged|makes?|made|achieves?|achieved)\s+"
    rf"{_BARE_FIGURE}(?=\s*(?:[.;)]|,|$))",
    re.IGNORECASE,
)
# "Belleau Wood (410 metres a day) and Gorizia (500)": a list of places, each with its
# bracketed figure, the unit and basis said with the first
_BRACKETED_FOLLOWER_RE = re.compile(
    rf"\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+){_NAMED_PLACE}(?:\s+in\s+(?:19|20)\d\d)?\s*\(\s*"
    r"(?:(?P<qualifier>only|just|about|some|around|roughly)\s+)?"
    rf"(?!(?:1[89]|20)\d\d\b)(?P<num>{DIGITS})\s*(?=\))",
    re.IGNORECASE,
)


# "70 metres a day, compares with 80 at the Somme and 1,580 in Galicia": a rate set
# against bare numbers, each with the place or time it was measured at
_COMPARED_FOLLOWER_RE = re.compile(
    r"\s*,?\s+(?:(?:which|and)\s+)?(?:(?:compares?|compared|comparing)\s+(?:with|to)|against|"
    # ("…, slower than the 80 at the Somme")
    r"versus|vs\.?|(?:(?:far|much|even)\s+)?(?:slower|faster)\s+than)\s+(?:the\s+)?"
    r"(?:(?:only|just|about|some|roughly|around)\s+)?"
    rf"(?!(?:1[89]|20)\d\d\b)(?P<num>{DIGITS})"
    rf"(?=\s+(?:at|in|on|near|for|during)\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:1[89]|20)\d\d\b))",
    re.IGNORECASE,
)


# "The kill zone extends 25 km, up from 10 km in 2024": the figure a change started
# from is of the same thing as the figure before it; when that one is an extent or a
# position, not ground taken, so is this one. (One left unread for want of a period,
# "advanced 725 km², up from 610 km² in October", still has its comparison read.)
_CHANGED_FROM_BEFORE_RE = re.compile(
    r"\b(?:(?:up|down|rising|falling)\s+from|compared\s+(?:with|to))\s+$", re.IGNORECASE
)
_EXTENT_BEFORE_RE = re.compile(
    r"\b(?:extends?|extended|extending|stretch(?:es|ed|ing)?|spans?|spanned|spanning|runs?|"
    r"ran|measures?|measured|lies|lay)\s+(?:(?:now|for|up\s+to|about|around|some|nearly|"
    r"almost|roughly|more\s+than|over|just|only)\s+){0,2}$",
    re.IGNORECASE,
)
_COMPARED_REACH = 100  # how far back the figure compared with is looked for [characters]


def _compares_an_unread_figure(
    s: str,
    sent_start: int,
    sent_end: int,
    scan: Scan,
    rows: list[dict[str, object]],
    published: dt.date | None,
) -> bool:
    """Whether ``scan`` ("up from 10 km") is the earlier value of an extent or a position."""
    head = s[max(sent_start, scan.start - 20) : scan.start]
    if s.startswith("from ", scan.start):
        head += "from "  # the scan opens with it ("from 10 km"), read as a range's start
    if not _CHANGED_FROM_BEFORE_RE.search(head):
        return False
    low = max(sent_start, scan.start - _COMPARED_REACH)
    figures = list(_OTHER_FIGURE_RE.finditer(s, low, scan.start))
    if not figures:
        return False
    compared = figures[-1].start()
    if any(int(str(r["start"])) <= compared < int(str(r["end"])) for r in rows):
        return False
    if _EXTENT_BEFORE_RE.search(s, max(sent_start, compared - 40), compared):
        return True
    try:
        earlier = scan_rate(s, compared, sent_end)
    except NoRate:
        return False
    return _not_an_advance(s, sent_start, earlier, published, sent_end)


# "slowed to 15 km² a day, down from 25", "from 25 km² a day to 15", "…, compared with
# 25 a month earlier": the rate before or after a change, its unit and basis left out.
# The number ends the clause, or only the time it was measured follows ("a month
# earlier", "last year"); "down from 25 brigades" is something else.
_CHANGED_NUMBER = (
    r"\s+(?:(?P<qualifier>about|around|roughly|some|nearly|almost|just|only|barely|"
    r"approximately)\s+)?"
    rf"(?!(?:1[89]|20)\d\d\b)(?P<num>{DIGITS})"
    r"(?:\s+(?:an?|one)\s+(?:week|month|year)\s+(?:earlier|before|ago)|"
    r"\s+(?:last|the\s+previous|the\s+prior)\s+(?:week|month|year))?"
    r"(?=\s*(?:[.;)]|,|$))"
)
_CHANGED_FROM_FOLLOWER_RE = re.compile(
    r"\s*,?\s+(?:(?:down|up)\s+from|from|compared\s+(?:with|to))" + _CHANGED_NUMBER,
    re.IGNORECASE,
)
# (after a rate that opens with "from": "from 25 km² a day in November to 15")
_CHANGED_TO_FOLLOWER_RE = re.compile(
    rf"(?:\s+in\s+(?:{_MONTH_NAMES_RE})(?:\s+(?:19|20)\d\d)?)?\s+to" + _CHANGED_NUMBER,
    re.IGNORECASE,
)


def _bare_follower(s: str, sent_end: int, scan: Scan) -> Scan | None:
    """A bare number ending the clause after a rate, with the rate's unit and basis."""
    follower = _BARE_FOLLOWER_RE.match(s, scan.end, sent_end)
    if follower is None:
        follower = (
            _PARALLEL_FOLLOWER_RE.match(s, scan.end, sent_end)
            or _PLACE_LED_FOLLOWER_RE.match(s, scan.end, sent_end)
            or _SUBJECT_PACE_FOLLOWER_RE.match(s, scan.end, sent_end)
            or _BRACKETED_FOLLOWER_RE.match(s, scan.end, sent_end)
            or _COMPARED_FOLLOWER_RE.match(s, scan.end, sent_end)
            or _CHANGED_FROM_FOLLOWER_RE.match(s, scan.end, sent_end)
        )
        if follower is None and s.startswith("from", scan.start):
            follower = _CHANGED_TO_FOLLOWER_RE.match(s, scan.end, sent_end)
        if follower is None:
            return None
        # (not held to be of a size: the Somme's 80 m/day and Galicia's 1,580 are 20x apart)
        return _keep_qualifier(_follower_figure(scan, follower), follower)
    figure = _follower_figure(scan, follower)
    if follower.group("num2"):
        figure.high = number_value(NUMBER_RE.fullmatch(follower.group("num2")))
        figure.end = figure.amount_end = follower.end("num2")
        if figure.high < figure.low:
            return None  # "3 or 2": no range reads downwards
    return _keep_qualifier(figure, follower)


def _keep_qualifier(figure: Scan, follower: re.Match[str]) -> Scan:
    """``figure`` opened by its follower's qualifier, if it has one ("at times as much
    as 10", "down from about 25", "cavalry maybe 30")."""
    if "qualifier" in follower.re.groupindex and follower.group("qualifier"):
        figure.start = follower.start("qualifier")
        figure.qualifiers = [" ".join(follower.group("qualifier").lower().split())]
    return figure


def _follower_figure(scan: Scan, follower: re.Match[str]) -> Scan:
    """``scan`` moved to a follower's bare number ("… and 300 in April"), its unit kept."""
    value = number_value(NUMBER_RE.fullmatch(follower.group("num")))
    at, end = follower.start("num"), follower.end("num")
    return dataclasses.replace(
        scan, start=at, number_start=at, end=end, amount_end=end, low=value, high=value,
        qualifiers=[], restatement=None, change=False,
    )  # fmt: skip


# The lengths a unit of time can have when a calendar names it. [day]
_CALENDAR_LENGTHS = {"week": (7.0, 7.0), "month": (28.0, 31.0), "year": (365.0, 366.0)}


def _same_length(days: float, unit: str | None) -> bool:
    """Whether ``days`` is one calendar ``unit`` ("August" is a month, "2024" a year)."""
    low, high = _CALENDAR_LENGTHS.get(unit or "", (0.0, -1.0))
    return low <= days <= high


# A bare calendar month or year says when a compared figure was measured, not how
# long it took: "15 km² a day in October, up from 12 km² in September".
_BARE_YEAR_RE = re.compile(
    rf"(?:in|during)\s+(?:(?:{_MONTH_NAMES_RE})\.?(?:\s+(?:19|20)\d{{2}})?|(?:19|20)\d{{2}})|"
    # ("15 km² a day this year, up from 11 km² last year": the year before, named as such)
    r"(?:last|the\s+previous|the\s+prior)\s+(?:year|month)|a\s+(?:year|month)\s+(?:earlier|before|ago)",
    re.IGNORECASE,
)
# ... when the two figures are of a size: "15 km² a day in October, up from 300 km² in
# September" reads the second as a month's total
_COMPARABLE_RATIO = 5.0


# "449 km² in May and 300 in April", "…, up from 300 in April": a second figure with
# its unit left out, each with a period of its own right after it.
_FOLLOWER_JOINS = (
    r"and|but|while|whereas|compared\s+(?:with|to)|up\s+from|down\s+from|against|versus|"
    r"vs\.?|after|following|from|(?:and\s+)?then|followed\s+by"
)
_FOLLOWER_NUMBER = (
    r"(?:(?:another|a\s+further|about|around|some|roughly|nearly|almost|over|more\s+than|"
    rf"less\s+than|just|only)\s+)?(?!(?:1[89]|20)\d\d\b|one\b)(?P<num>{NUMBER_PHRASE})"
    r"(?![\d.,]|\s*(?:%|per\s*cent|percent|-))"
    # "26 miles on the 19th and 20 more the next day"
    r"(?:\s+(?:more|further)\b)?"
)
# "270 sq mi in November, its best month of the year, and 94 in December": an
# appositive on the first figure's period, set off by commas, before the join
# ("505 km² in November, according to DeepState, down from 610 in October", "…,
# analysts said, against 610 …": whose figures they are, set off the same way)
_APPOSITIVE = (
    r"(?:\s*,\s*(?:(?:its|their|the|a|an)\s+[^,;:()\d]{1,60}?|according\s+to\s+[^,;:()\d]{1,60}?|"
    rf"(?:[\w'’.-]+\s+){{1,4}}?{_SAYING})(?=,))?"
)
_PLACE_AFTER_RE = re.compile(
    r"\s+(?:in|near|around|along|on|across)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?:region|oblast|"
    r"province|area|sector|direction))?\s*(?:[.;,)]|$)",
    re.IGNORECASE,
)
_PART_OF_THEM_RE = re.compile(r"\s+of\s+(?:them|it|those|these)\b", re.IGNORECASE)
_FOLLOWER_RE = re.compile(
    # "449 km² in May, 300 in April and 250 in March": a list goes on after a comma alone
    rf"{_APPOSITIVE}(?:\s*,\s*(?=\d)|\s*,?\s*(?:{_FOLLOWER_JOINS})\s+){_FOLLOWER_NUMBER}",
    re.IGNORECASE,
)
# "gains slowed from 725 km² in November to 593 in December": after a figure that
# opened with "from", "to" joins the second of a change between two periods
_FOLLOWER_AFTER_FROM_RE = re.compile(
    rf"{_APPOSITIVE}(?:\s*,\s*(?=\d)|\s*,?\s*(?:{_FOLLOWER_JOINS}|to)\s+){_FOLLOWER_NUMBER}",
    re.IGNORECASE,
)


# "1.2 km near Selydove, 800 m near Toretsk and 500 m near Chasiv Yar in the past 24
# hours": figures listed with their places share the period that closes the list.
# Between two figures: a place, then a comma or "and" (and at most a verb).
_LIST_GAP_RE = re.compile(
    r"\s+(?:in\s+the\s+direction\s+of|in|near|around|on|along|at|outside|towards?)\s+"
    # a place by its name, or a quarter of the compass ("in the east"), never "in total"
    r"(?:(?-i:[A-Z])[^,;:()\d]{0,50}?|the\s+(?:north|south|east|west)\w*(?:\s+of\s+"
    r"(?-i:[A-Z])[^,;:()\d]{0,40}?)?)"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?:advanced|gained|took|captured|liberated|retook|seized|recaptured|pushed|moved)\s+)?"
    r"(?:(?:by|some|about|around|nearly|almost|up\s+to|over|roughly)\s+)?(?=\d)",
    re.IGNORECASE,
)
_LIST_REACH = 4  # figures looked at after this one for the list's period


def _period_shared_by_list(
    s: str, sent_end: int, scan: Scan, published: dt.date | None
) -> Period | None:
    """The period after the last of a list of figures with places, for an earlier one."""
    pos = scan.end
    for _ in range(_LIST_REACH):
        gap = _LIST_GAP_RE.match(s, pos, sent_end)
        if gap is None:
            return None
        try:
            following = scan_rate(s, gap.end(), sent_end)
        except NoRate:
            return None
        if following.time_unit is not None:
            return None  # the next figure states its own basis: no shared period
        period, _ = _period_after(s, following.end, sent_end, published, past_comma=False)
        if period is not None:
            return period
        pos = following.end
    return None


# "40 km in the first week and 25 km in the second": an ordinal whose unit of time
# the sentence named with its first member
_ELLIPTIC_ORDINAL_RE = re.compile(
    # ("25 miles the first day, 20 the second": without a preposition, as the first had)
    r"\s+(?:(?:in|on|during|over)\s+)?the\s+(?:second|third|fourth|fifth|sixth|seventh|next|"
    r"following|last|final)(?=\s*(?:[,.;)]|and\b|$))",
    re.IGNORECASE,
)
_FIRST_OF_SERIES_RE = re.compile(
    r"\bthe\s+first\s+(?P<unit>day|week|fortnight|month|year|quarter|half)\b"
    # "in the first quarter of 2024 … and 1,900 in the second": of the same year
    r"(?P<of>\s+of\s+(?:(?:19|20)\d\d|(?:the|this|last)\s+year)\b)?",
    re.IGNORECASE,
)


_COUNT_LEAD_RE = re.compile(
    r";\s*(?:and\s+|then\s+)?(?:in|over|during|within)\s+(?:the\s+(?:next|following|last|final)|"
    rf"another|a\s+further)\s+(?P<n>{NUMBER_PHRASE})\s*,?\s*$",
    re.IGNORECASE,
)


def _count_after_lead(lead: Period, counted: re.Match[str]) -> Period | None:
    """The length of "in the next four" counted in the lead's own unit of time, or None."""
    unit = _COUNTED_TIME_RE.search(lead.text)
    if unit is None:
        return None
    words = counted.group(0).strip("; ,")
    note = f"'{words}' counted in {unit.group(0).lower()}, as the sentence's '{lead.text}'"
    days = unit_days(count_value(counted.group("n")), unit.group(0))
    return Period(days, words, note, counted.end())


_ORDINAL_LEAD_RE = re.compile(
    r";\s*(?:and\s+|then\s+)?(?:in|on|during|over)\s+the\s+(?:second|third|fourth|fifth|sixth|"
    r"seventh|next|following|last|final)\s*,?\s*$",
    re.IGNORECASE,
)


def _ordinal_after_lead(
    s: str, lead: Period, pos: int, published: dt.date | None = None
) -> Period | None:
    """One more unit for "; in the second, 25 km" after "In the first week …", else None."""
    first = _FIRST_OF_SERIES_RE.search(lead.text)
    ordinal = _ORDINAL_LEAD_RE.search(s, lead.end, pos)
    if first is None or ordinal is None:
        return None
    return _next_of_series(first, ordinal.group(0).strip("; ,"), ordinal.end(), published)


def _next_of_series(
    first: re.Match[str], words: str, end: int, published: dt.date | None = None
) -> Period | None:
    """One unit of the series "the first week" opened: the period of "in the second"."""
    unit = first.group("unit").lower()
    if unit in ("quarter", "half"):
        # a calendar quarter or half, read as written out in full: "in the second
        # quarter of 2024" (its year the first's); "the next" names none of them
        if words.split()[-1].lower() not in ("second", "third", "fourth"):
            return None
        phrase = f"{words} {unit}{first.group('of') or ''}"
        whole = read_period(phrase, 0, published=published)
        if whole is None or whole.end != len(phrase):
            return None
        note = "; ".join(filter(None, [whole.note, f"'{words}' read as '{phrase}'"]))
        return Period(whole.days, words, note, end)
    note = f"'{words}' read as one {unit}, as the sentence's '{first.group(0)}'"
    return Period(unit_days(1, unit), words, note, end)


def _elliptic_ordinal(
    s: str, sent_start: int, sent_end: int, scan: Scan, published: dt.date | None = None
) -> Period | None:
    """One unit of time for "in the second" when the sentence said "in the first week"."""
    ordinal = _ELLIPTIC_ORDINAL_RE.match(s, scan.end, sent_end)
    if ordinal is None:
        return None
    first = _FIRST_OF_SERIES_RE.search(s, max(sent_start, scan.start - _LOOKBACK), scan.start)
    if first is None:
        return None
    return _next_of_series(first, ordinal.group(0).strip(), ordinal.end(), published)


# A distance of a past war dated by its year alone: no army advances in a line for a
# whole year, so "in 1812" or "during 1944" says when, not how long. (Areas taken in a
# year, and recent years, which reporting counts as periods, are read.)
# "1944 saw …", "1944's 600-mile dash"
_OLD_YEAR_RE = re.compile(r"(?:(?:in|during)\s+)?1[5-9][0-8]\d(?:['’]s)?", re.IGNORECASE)


_RATE_CLAUSE_ENDS_RE = re.compile(r"\s*(?:[.;,)]|$)")
_SAME_BASIS_RE = re.compile(r"\s+(?:a|per|each)\s+(?P<unit>day|week|month)\b", re.IGNORECASE)


# "4,168 km² in 2024, and in the first ten months of 2025 about 4,600": a follower
# whose period comes before its number. (A point in time, "and by March 113,000", is
# no period: the number is a stock.)
_PERIOD_LED_JOIN_RE = re.compile(
    # ("500 km² in October, in November 700", "…; in November, 27", "…, November 700": a
    # comma or a semicolon alone joins them too)
    r"(?:\s*,?\s*(?:and|but|while|whereas|(?:and\s+)?then)\s+|\s*[,;]\s*)"
    rf"(?=(?:in|during|over|for|throughout|within|across|from|between)\s|(?:{_MONTH_NAMES_RE})\b"
    # ("…; last week, 80", "…; the previous week, 80")
    r"|(?:last|this|the\s+(?:previous|preceding|prior))\s+(?:week|month|year)\b)",
    re.IGNORECASE,
)
_PERIOD_LED_NUMBER_RE = re.compile(
    r"(?:\s+(?:so\s+far|alone|to\s+date))?"
    # "…, while from March to October they took nearly 2,700": the follower's own clause
    r"(?:\s*,?\s+(?:they|it|he|she|we|(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?:forces|troops|army))?)"
    r"\s+(?:(?:have|has|had)\s+)?(?:took|taken|captured|gained|seized|added|occupied|won|"
    r"advanced|moved|pushed|covered|made|retook|retaken|recaptured|liberated|grabbed))?"
    r"\s*,?\s+(?:(?:another|a\s+further|about|around|some|roughly|nearly|almost|over|"
    r"more\s+than|less\s+than|just|only)\s+)?(?!(?:1[89]|20)\d\d\b|one\b)"
    rf"(?P<num>{NUMBER_PHRASE})(?=\s*(?:[;,]|\.(?!\d)|$))",
    re.IGNORECASE,
)


def _period_led_follower(
    s: str, sent_end: int, pos: int, published: dt.date | None
) -> tuple[re.Match[str], Period] | None:
    """The number and period of a follower written period first, or None."""
    join = _PERIOD_LED_JOIN_RE.match(s, pos, sent_end)
    if join is None:
        return None
    own = scan_period(s, join.end(), sent_end, published)
    if own is None:
        return None
    number = _PERIOD_LED_NUMBER_RE.match(s, own.end, sent_end)
    if number is None:
        return None
    return number, dataclasses.replace(own, end=number.end())


def _elided_followers(
    s: str,
    sent_end: int,
    scan: Scan,
    period_end: int | None,
    published: dt.date | None,
    *,
    stated: bool = False,
    period_text: str = "",
) -> list[tuple[Scan, Period]]:
    """Figures after ``scan`` that leave its unit out and name their own period.

    "Russia captured 449 km² in May and 300 in April" gives 300 km² over April;
    "15 km² per day in May, up from 10 in April" gives 10 km² per day. A number
    with a unit of its own, a share or no period right after it is not one.
    """
    followers: list[tuple[Scan, Period]] = []
    pos = period_end or _past_restatement(s, scan)
    if not period_end and (measured := _OF_GROUND_RE.match(s, pos, sent_end)):
        pos = measured.end()  # "1,930 square miles of territory, compared to 1,620 in 2024"
    space = _SPACES_RE.match(s, pos, sent_end)
    if not period_end and space is not None:  # "15 km² per day in May, …": its date
        own = scan_period(s, space.end(), sent_end, published)
        if own is not None:
            pos = own.end
    joined = _FOLLOWER_AFTER_FROM_RE if s.startswith("from", scan.start) else _FOLLOWER_RE
    for _ in range(4):
        follower = joined.match(s, pos, sent_end)
        if follower is None:
            led = _period_led_follower(s, sent_end, pos, published)
            if led is not None:
                followers.append((_follower_figure(scan, led[0]), led[1]))
            break
        if _UNIT_AHEAD_RE.match(s, follower.end(), sent_end):
            break
        after = follower.end()
        part = _PART_OF_THEM_RE.match(s, after, sent_end)
        if part is not None:  # "4,000 km², 500 of them in the final month": a part of it
            after = part.end()
        basis = _SAME_BASIS_RE.match(s, after, sent_end)
        same_basis = (basis is not None and stated
                      and basis.group("unit").lower() == scan.time_unit)  # fmt: skip
        if same_basis:
            after = basis.end()  # "16 km² a day in March, compared to 23 a day in February"
        space = _SPACES_RE.match(s, after, sent_end)
        own = None if space is None else scan_period(s, space.end(), sent_end, published)
        if (own is None and scan.basis == "total" and scan.time_unit
                and (elliptic := _ELLIPTIC_COUNT_RE.match(s, after, sent_end))):  # fmt: skip
            # "40 km in three days and 15 in the next four": four of the first's unit
            days = unit_days(count_value(elliptic.group("n")), scan.time_unit)
            own = Period(days, elliptic.group(0).strip(), end=elliptic.end())
        if own is None and (ordinal := _ELLIPTIC_ORDINAL_RE.match(s, after, sent_end)):
            # "eight miles on the first day, and three on the second": one such day
            first = _FIRST_OF_SERIES_RE.search(s, scan.start, follower.start())
            if first is not None:
                own = _next_of_series(first, ordinal.group(0).strip(), ordinal.end(), published)
        if (own is None and part is not None and not stated and scan.time_unit == "day"
                and _RATE_CLAUSE_ENDS_RE.match(s, after, sent_end) is None
                and _PLACE_AFTER_RE.match(s, after, sent_end)):  # fmt: skip
            # "725 km² in November, 629 of them in Donetsk": a part of the total, over
            # the total's own period
            own = Period(scan.per_count, period_text, end=after)
        if own is None and same_basis and _RATE_CLAUSE_ENDS_RE.match(s, after, sent_end):
            # "10 km² a day, up from 5 a day": a rate in full but for its unit, with
            # no period of its own; one said to be something else ("5 a day in
            # casualties") does not end the clause
            own = Period(1.0, "", end=after)
        if own is None:
            break
        followers.append((_follower_figure(scan, follower), own))
        pos = own.end
    return followers


# "2 km per day, or 60 km per month", "0.6 km per day (0.4 mi/day)": the same rate
# in other units or on another basis, read once. Only the words of restating may stand
# between the two, and their values must agree as a conversion's rounding allows.
# (Bracketed figures are rounded hardest: "0.6 km (0.4 mi)" differs by 7 %.) [fraction]
_RESTATING_GAP_RE = re.compile(
    # "20 km² per day on average, or 600 km² a month"
    r"(?:\s+on\s+average)?"
    r"\s*(?P<bracket>[(\[])?\s*(?:,\s*)?(?:(?:or|i\.e\.|that\s+is|equivalent\s+to|—|–)\s*)?",
    re.IGNORECASE,
)
_RESTATED_TOLERANCE = {True: 0.35, False: 0.15}
_SAME_UNIT_TOLERANCE = 0.02  # rounding only: "about 725 km² (some 720 km²)"


_COUNTED_IN_SURFACE_RE = re.compile(
    r"\b(?:in|within|over|inside)\s+(?:just\s+|only\s+|barely\s+)?(?:an?|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|\d+)\s+(?:single\s+)?(?:days?|weeks?|fortnights?|months?)$",
    re.IGNORECASE,
)


def _restates(original: str, previous: dict[str, object], row: dict[str, object]) -> bool:
    """Whether ``row`` is ``previous`` restated ("2 km a day, or 60 km a month")."""
    start, end = int(str(row["start"])), int(str(previous["end"]))
    if previous["kind"] != row["kind"] or end > start:
        return False
    # "15 km² a day in October, or 465 km² in total": the same period, said once
    # ("17 km² daily in November, or about 500 km² monthly": said once, before it)
    period = str(previous["period"] or "")
    if period and (row["period"] == period or not row["period"]):
        space = _SPACES_RE.match(original, end, start)
        after_space = space.end() if space else end
        if original.startswith(period, after_space):
            end = after_space + len(period)
    gap = _RESTATING_GAP_RE.fullmatch(original, end, start)
    if gap is None or not gap.group(0).strip():
        return False
    # "3,900 km² since January, or about 12 km² a day": a total and the average it gives
    # are two figures, as with "3,900 km², averaging 12 km² a day" (a bracketed average,
    # "300 km in 10 days (30 km/day)", restates the total)
    # ("100 km² in a week, about 14 km² a day": a total in a counted period, read as a
    # rate per that period, is a total too)
    total_before = previous["basis"] == "total over stated period" or (
        previous["basis"] == "stated" and _COUNTED_IN_SURFACE_RE.search(str(previous["surface"]))
    )
    if gap.group("bracket") is None and total_before and row["basis"] == "stated":
        return False
    tolerance = _RESTATED_TOLERANCE[gap.group("bracket") is not None]
    if (previous["unit"] == row["unit"] and previous["basis"] == row["basis"]
            and row["basis"] == "total over stated period"):  # fmt: skip
        # "725 km² in November, 629 km² of them in Donetsk": in the same unit and on the
        # same basis a restatement repeats the figure; a smaller one is a part of it
        tolerance = _SAME_UNIT_TOLERANCE
    return all(
        math.isclose(float(str(previous[key])), float(str(row[key])), rel_tol=tolerance)
        for key in ("canonical_low", "canonical_high")
    )


def _row(
    original: str,
    s: str,
    sentence: str,
    sent_start: int,
    sent_end: int,
    scan: Scan,
    basis: str,
    period_text: str,
    note: str,
) -> dict[str, object] | None:
    """One table row for a figure whose time basis is settled; None if it is too large."""
    try:
        rate = build_rate(original, scan)
    except RateParseError:
        return None  # a value too large to be a rate of advance
    return {
        "sentence": sentence,
        "start": rate.start,
        "end": rate.end,
        # (without the closing dash of a restatement between dashes)
        "surface": _CLOSING_DASH_RE.sub("", original[rate.start : rate.end]),
        "value_low": rate.low,
        "value_high": rate.high,
        "unit": rate.unit,
        "qualifier": rate.qualifier or "",
        "kind": rate.kind,
        "canonical_low": rate.canonical_low,
        "canonical_high": rate.canonical_high,
        "canonical_unit": rate.canonical_unit,
        "basis": basis,
        "subject": _subject(s, sent_start, rate.start, rate.end, sent_end),
        "restatement": rate.restatement or "",
        "period": period_text,
        "note": note,
    }


@functools.lru_cache(maxsize=256)
def _hours_as_days(hours: float) -> float:
    """Hours in days, by pint; cached, as every speed per hour asks it again."""
    from .units import get_registry

    return float(get_registry().Quantity(hours, "hour").m_as("day"))


# A change by an amount, before a "by N to M" that is no range.
_CHANGED_BY_RE = re.compile(
    r"\b(?:r[io]se|rising|f[ae]ll|falling|grew|growing|increased|increasing|decreased|"
    r"decreasing|dropped|dropping|climbed|climbing|jumped|declined|declining|slowed|"
    r"accelerated|shrank|expanded|up|down)\s+by\s+$",
    re.IGNORECASE,
)
_BY_TO_RE = re.compile(r"\s+to\s+", re.IGNORECASE)
_RANGE_TAIL_RE = re.compile(r"[\d.,]*\d(?:-|–|\s+to\s+)\d[\d.,]*")
# "a few hundred metres to a kilometre a day": a vague lower end refuses the range whole
_VAGUE_LOWER_RE = re.compile(
    r"\b(?:hundreds|thousands|dozens|tens|several|a\s+few|a\s+couple\s+of)\s+(?:of\s+)?"
    rf"(?:[a-z]+\s+)?{UNIT_PATTERN}(?![A-Za-z])\s*(?:-|–|to|or)\s*$",
    re.IGNORECASE,
)
_RANGE_OPENER_RE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_ADVERB_UNITS = {"daily": "day", "day-to-day": "day", "weekly": "week", "monthly": "month",
                 "yearly": "year", "annual": "year", "annually": "year", "one-day": "day",
                 "single-day": "day", "24-hour": "day", "one-week": "week",
                 "one-month": "month", "per-day": "day", "per-week": "week",
                 "per-month": "month"}  # fmt: skip

# A second figure joined to a rate by coordination only: "3 to 6 square kilometres
# per day in spring, and later up to 12 to 15 square kilometres".
_COORDINATION_WORDS = (
    r"and|but|then|before|while|later|subsequently|afterwards|eventually|rising|rose|climbing|"
    r"climbed|falling|fell|dropping|dropped|slowing|slowed|increasing|increased|accelerating|"
    r"accelerated|decreasing|decreased|declining|declined|reaching|reached|peaking|peaked|up|"
    r"down|to|from|in|at|of|the|as|much|as|spring|summer|autumn|fall|winter|early|late|mid|"
    r"times|periods|some|sectors|places|areas|by|end|start|beginning|year|month|week|compared|"
    r"with|against|versus|vs|sometimes|occasionally|often|even|many|at|"
    # "10 km in three days, and a further 6 km in the next four": one more of the same
    r"a|an|further|another|additional"
)
# Places may stand in the gap too: "2 km a day in the south and 1 km in the north",
# "100 metres a day at Verdun and 80 at the Somme" (a name, capitalised as written)
_COMPASS = r"north|south|east|west|northeast|northwest|southeast|southwest|centre|center"
_COORDINATED_RE = re.compile(
    rf"(?:\s|,|;|-|(?:{_COORDINATION_WORDS}|{_COMPASS}|{_MONTH_NAMES_RE}|(?:19|20)\d{{2}})\b|"
    r"(?-i:[A-Z][a-z’'-]+)\b)*",
    re.IGNORECASE,
)


# "16 sq mi per week into Ukrainian territory on average, down from about 48 km²":
# a comparison opening the second figure's clause carries the basis past the words
# that close the first one.
_COMPARED_RE = re.compile(
    r",\s*(?:down|up|compared|as\s+against|against|versus|rising|falling|dropping|slowing|"
    r"accelerating|double|twice|half)\b",
    re.IGNORECASE,
)


# "expected advances of 40 km a day, …, but is struggling to even manage two
# kilometres": a contrast whose verb achieves the same kind of advance.
_CONTRAST_RE = re.compile(
    r",\s*(?:but|yet|while|whereas)\s+(?:[a-z’']+\s+){0,6}?(?:manag\w*|mak(?:e|es|ing)|made|"
    r"achiev\w*|advanc\w*|cover\w*|gain\w*|push\w*|mov(?:e|es|ed|ing)|reach\w*|do(?:es|ing)?|did)"
    r"\s+(?:only\s+|just\s+|about\s+|around\s+|barely\s+|roughly\s+)?$",
    re.IGNORECASE,
)


# "Tank armies advanced at 40–45 km a day, and rifle armies at 20–25 km": a second
# subject at the same preposition, its verb and basis left out
_PARALLEL_RE = re.compile(r",?\s+and\s+(?:[\w'’-]+\s+){1,3}?(?:at|by)\s+", re.IGNORECASE)


# "Tank armies advanced 40–50 km a day, rifle armies 20–25 km": a second subject
# with its verb and basis left out (gapping); the clause ends at its figure.
_GAPPED_RE = re.compile(
    # "…, rifle armies 20–25 km", "… and the cavalry 30 miles"
    # ("… 40-45 km per day and of the combined-arms armies 20-25 km": "of" or "for" kept)
    r"(?:,\s+(?:and\s+|while\s+|whereas\s+)?|\s+and\s+)(?:(?:of|for)\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?!(?:from|to|at|in|on|by|of|with|for|about|some|nearly|almost|over|up|down|and|or|"
    r"but|which|who|that|it|they|he|she|we|a|an)\b)(?:(?:\d{1,3}(?:st|nd|rd|th)|"
    r"[A-Za-z][\w'’-]*)\s+){1,2}",
    re.IGNORECASE,
)
_GAPPED_END_RE = re.compile(r"\s*(?:[.;]|$)")
_TOTAL_AFTER_RE = re.compile(
    r"\s+(?:in\s+(?:all|total|sum)|total|overall|altogether|all\s+told|in\s+the\s+end|"
    r"cumulatively|combined)\b",
    re.IGNORECASE,
)
# "… considers 14 miles a day good speed, 16 miles exceptional": the verb and the time
# basis left out, a word or two of judgement ending the sentence (never a total's words:
# "5 km a day, 40 km in all")
_COMMA_GAP_RE = re.compile(
    r"(?:\s+(?!(?:in|over|during|for|from|to|by|at|on|since|and|or|but|which|that)\b)[A-Za-z]+"
    r"(?:\s+[A-Za-z]+)?)?\s*,\s+(?:and\s+|but\s+)?",
    re.IGNORECASE,
)
_GAPPED_PREDICATE_RE = re.compile(
    r"\s+(?!(?:in|over|during|for|total|overall|altogether|all|together|each|per|a|an|the|of|"
    r"from|to|by|at|on|since|before|after|so|or|and)\b)[A-Za-z]+(?:\s+[A-Za-z]+)?\s*(?:[.;,]|$)",
    re.IGNORECASE,
)


def _comparable(previous: Scan, scan: Scan, ratio: float = _COMPARABLE_RATIO) -> bool:
    """Whether two figures are of a size (within a factor of five unless ``ratio`` says
    otherwise), as two rates are."""
    low, other = previous.low, scan.low
    if low <= 0 or other <= 0:
        return False
    return 1 / ratio <= other / low <= ratio


# A pace said slower or faster than another, between the two figures: "…, slower than
# the Somme's", "- far slower than the". Paces compared so may differ a hundredfold
# (15 m a day against Galicia's 1,580), within this factor. [-]
_SPEED_COMPARED_RATIO = 200.0
_SPEED_COMPARED_RE = re.compile(
    r"\s*(?:,|[-–—])?\s*(?:(?:is|was|are|were|that\s+is|which\s+is)\s+)?"
    r"(?:(?:far|much|even|still|considerably|significantly|slightly|a\s+bit|several\s+times|"
    r"\w+\s+times)\s+)?(?:slower|faster|quicker|more\s+slowly|more\s+quickly)\s+than\s+"
    r"(?:(?:at|in|during)\s+)?(?:that\s+of\s+)?(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+)?"
    r"(?:(?:only|just|about|some|roughly|around|nearly|almost)\s+)?",
    re.IGNORECASE,
)


# A second verb of movement with its own figure, coordinated with the first: "advanced
# 4 km and took 30 km² in a week", "marching 200 miles and taking 20,000 prisoners, all
# in less than four days".
_COORDINATED_VERB_RE = re.compile(
    r",?\s+and\s+(?:also\s+|then\s+)?(?:captured|took|seized|gained|liberated|occupied|"
    r"retook|recaptured|cleared|advanced|pushed|moved|covered|marched|drove|"
    r"capturing|taking|seizing|gaining|liberating|occupying|advancing|pushing|covering|"
    r"marching)\s+(?:(?:another|a\s+further|some|about|around|roughly|nearly|almost|over|"
    r"more\s+than|up\s+to)\s+)?(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|forty|fifty|a|an|a\s+few)\b)",
    re.IGNORECASE,
)


def _period_of_coordinated(
    s: str, scan: Scan, sent_end: int, published: dt.date | None
) -> Period | None:
    """The period after a figure coordinated with ``scan`` by "and" and a verb of
    movement, which the two share; None when there is none."""
    verb = _COORDINATED_VERB_RE.match(s, scan.end, sent_end)
    if verb is None:
        return None
    try:
        second = scan_rate(s, verb.end(), sent_end)
    except NoRate:
        return None
    if second.basis == "total" or (second.time_text or "").lower().startswith(
        ("in ", "within ", "over ", "during ")
    ):  # "… and took 30 km² in a week": the scanner read the period
        space = _SPACES_RE.match(s, second.amount_end, sent_end)
        return None if space is None else scan_period(s, space.end(), sent_end, published)
    if second.time_unit is not None:
        return None  # "4 km and 30 km² a day": a rate, not a shared total
    return _period_after(s, second.end, sent_end, published, past_comma=False)[0]


_TOTAL_GAP_RE = re.compile(
    r"\b(?:total(?:l?ing|l?ed|s)?|in\s+all|amount(?:ing|ed|s)?\s+to|add(?:ing|ed|s)?\s+up\s+to|"
    r"cumulative(?:ly)?|altogether|overall)\b",
    re.IGNORECASE,
)


# "15 km² a day is double 2023's 7 km²", "slower than the Somme's 80 metres": a figure
# compared with another's, named by a possessive
_POSSESSIVE_COMPARED_RE = re.compile(
    r"\b(?:than|double|twice|triple|half|times|compared\s+(?:with|to)|against|versus|vs\.?|"
    r"up\s+from|down\s+from)\s+(?:that\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+)?[\w-]+['’]s\s+"
    r"(?:(?:only|just|about|some|roughly|around|nearly|almost)\s+)?$",
    re.IGNORECASE,
)


def _coordinated(s: str, previous: Scan, scan: Scan, published: dt.date | None) -> bool:
    """True when only coordination and time words stand between two figures."""
    gap_start, gap_end = previous.end, scan.start
    if gap_end - gap_start > 90:
        return False
    # (a total compared, "500 km² in October, double September's 250 km²", keeps the
    # period its possessive names)
    if (previous.time_unit is not None and previous.basis != "total"
            and ("'" in s[gap_start:gap_end] or "’" in s[gap_start:gap_end])
            and _POSSESSIVE_COMPARED_RE.search(s, gap_start, gap_end)
            and _comparable(previous, scan)):  # fmt: skip
        return True
    if (previous.time_unit is not None and previous.basis != "total"
            and " than " in s[gap_start:gap_end]
            and _SPEED_COMPARED_RE.fullmatch(s, gap_start, gap_end)
            and _comparable(previous, scan, _SPEED_COMPARED_RATIO)):  # fmt: skip
        # "15 m a day, slower than the Somme's 80 m", "- slower than the 80 metres of the
        # Somme": a pace set against another, on the same basis however far apart
        return True
    space = _SPACES_RE.match(s, gap_start, gap_end)
    if space is not None:
        # "averaged 25 to 30 km during the first week of Barbarossa, and up to 50 km
        # for the panzer groups": the first figure's period stands in the gap, and
        # the second shares the first's basis as it would without it
        first_period = scan_period(s, space.end(), gap_end, published)
        if first_period is not None:
            gap_start = first_period.end
    if _TOTAL_GAP_RE.search(s, gap_start, gap_end) or _TOTAL_AFTER_RE.match(s, scan.end):
        return False  # "70 m daily, totaling roughly 50 km", "5 km a day, 40 km in all"
    if (previous.time_unit is not None and _GAPPED_RE.fullmatch(s, gap_start, gap_end)
            and _GAPPED_END_RE.match(s, scan.end) and _comparable(previous, scan)):  # fmt: skip
        return True  # "Tank armies advanced 40–50 km a day, rifle armies 20–25 km."
    if (
        previous.time_unit is not None
        and _COMMA_GAP_RE.fullmatch(s, gap_start, gap_end)
        and _GAPPED_PREDICATE_RE.match(s, scan.end)
        and _comparable(previous, scan)
    ):
        return True  # "14 miles a day good speed, 16 miles exceptional": the same basis
    if _PARALLEL_RE.fullmatch(s, gap_start, gap_end) and s.startswith(
        (" at ", " by "), previous.start - 4
    ):
        return True
    comma = s.rfind(",", gap_start, gap_end)
    if comma >= 0 and _CONTRAST_RE.match(s, comma, gap_end):
        return True
    found = _COORDINATED_RE.match(s, gap_start, gap_end)
    if found is not None and found.end() == gap_end:
        return True
    comma = s.rfind(",", gap_start, gap_end)
    if comma < 0 or _COMPARED_RE.match(s, comma, gap_end) is None:
        return False
    found = _COORDINATED_RE.match(s, comma, gap_end)
    return found is not None and found.end() == gap_end


# The verbs of wire copy and news magazines: "the Panzers knifed 60 miles through the
# Russian lines", "German armor slashed 100 miles across the steppe", "the first day's
# fighting yielded 1,000 yards". Those said as often of shells, missiles and aircraft
# ("smashed into", "roared") only count where no word of place follows the distance.
_NEWS_MOVES = (
    r"knif(?:ed|ing)|slash(?:ed|ing)|spurt(?:ed|ing)|slic(?:ed|ing)|stabb(?:ed|ing)|plung(?:ed|ing)|"
    r"streak(?:ed|ing)|leapfrog(?:ged|ging|s)?|yield(?:ed|ing|s)?"
)
# "The operation carried the Red Army 500 km in 23 days", "The drive took Patton's army
# 600 miles across France", "brought the Germans 400 miles" (not "the river carried the
# debris 50 km", "took positions 5 km from the town": what is carried is an army)
_CARRIED_ARMY = (
    r"(?:carr(?:y|ied|ies|ying)|brought|bring(?:s|ing)?|took|tak(?:e|es|ing))\s+(?:"
    r"(?:the|its|their|his|her)\s+(?:front|line|advance|army|armies|forces|division|divisions|"
    r"corps|brigades?|offensive|attack|spearheads?|columns?)\b|"
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,2}(?:army|armies|forces|troops|men|divisions?|corps|"
    r"tanks|armou?r)\b|"
    # "brought the Germans 400 miles": a people's plural, not a place ("took Avdiivka")
    r"the\s+(?-i:[A-Z])[a-z]+s\b)"
)
_NEWS_MOVES_ANY = _NEWS_MOVES + r"|smash(?:ed|ing)|roar(?:ed|ing)|thunder(?:ed|ing)"
# A total is a rate of advance only when something moved: a verb or noun of
# movement near the figure ("pushed 40 km in three weeks"), not a distance or
# an area that merely exists ("a depot 30 km behind the front on Tuesday").
# "Jackson's Men March 646 Miles in 48 Days": a headline's capitalised verb, before its
# distance (never "March 20", a date)
# ("a March of Five Miles", "March ~480 Kilometers" too)
_NUMBER_BEFORE_UNIT = (
    r"(?:of\s+)?(?:[~≈]\s*|(?:some|about|around|nearly|almost|over|roughly)\s+)?"
    rf"{NUMBER_PHRASE}(?:\s*|-)(?:{UNIT_PATTERN})(?![A-Za-z])"
)
_MOVED_RE = re.compile(
    _WORD_START
    + r"\b(?:advanc\w*|mov(?:e|ed|es|ing)|push\w*|gain\w*|took|tak(?:e|en|es|ing)|seiz\w+|"
    rf"captur\w+|conquest|seizure|takeover|cover\w*|accomplish\w*|progress\w*|penetrat\w+|drove|driv(?:e|en|es|ing)|(?-i:(?!March\b(?!\s+(?i:{_NUMBER_BEFORE_UNIT}))))march\w*|secur(?:ed|es|ing)|"
    r"press(?:ed|ing)|broke|break(?:s|ing)?|breakthrough|retook|retak\w+|liberat\w+|reclaim\w+|"
    r"recaptur\w+|regain\w*|occup\w+|deoccup\w+|conquer\w*|overr[au]n\w*|swept|sweep\w*|grab\w*|"
    r"crept|creep\w*|inch\w*|forward|ahead|ground|territory|added|expand\w*|extend\w*|won|lost|"
    # "charged 12 km", "forged ahead", "punched 20 miles into", "slogged 3 km in a week"
    r"charg(?:ed|ing)|forg(?:ed|ing)|punch\w*|slog\w*|plod\w*|plough\w*|plow(?:ed|ing)|"
    r"lung(?:ed|ing)|hurtl\w*|wedg(?:e|ed|es|ing)|infiltrat\w*|"
    # "swallowed 300 km²", "freed", "recovered"; ground given up: "surrendered", "abandoned"
    r"wrest\w*|swallow\w*|absorb\w*|snatch\w*|nibbl\w*|chipp\w*|gave\s+up|giv(?:e|es|ing)\s+up|"
    r"surrender\w*|abandon\w*|freed|free(?:s|ing)|recover\w*|"
    r"los(?:e|es|ing|s)|ceded?|withdr\w+|retreat\w*|fell\s+back|pulled\s+back|reach\w*|"
    # "the enemy retired some 20 miles in five days": a retreat, in older English
    r"retir(?:ed|ing)|"
    # "the distance of 80 miles was passed over in three days", "… was done in 20 days":
    # a journey's distance, gone over in the passive
    rf"passed\s+over|gone\s+over|{_AFTER_WAS}(?:{_GONE_OVER}|effected)|"
    # "eked out 300 km²", "notched up 450 km²", "bit off another 200 km²"
    r"ek(?:e|ed|es|ing)\s+out|notch(?:ed|es|ing)?\s+up|b(?:it|ite|ites|iting|itten)\s+off|"
    # "the enemy was thrown back 10-15 km": pushed back, in the passive
    r"(?:thrown|threw|throw(?:s|ing)?|hurl(?:ed|ing)?|beat(?:en)?|forc(?:ed|ing)|flung|knock(?:ed|ing)"
    r"|roll(?:ed|ing))\s+(?:(?:the\s+)?[\w'’-]+\s+){0,2}?back|" + _NEWS_MOVES_ANY + r"|"
    r"went|travel\w*|travers\w+|cross(?:ed|es|ing)|thrust|haul|"
    # "Ukrainian territorial losses amounted to 505 km²": ground lost, named as a noun
    r"(?:territorial|land)\s+loss(?:es)?|"
    # "Next day we did 22 miles": a march told as miles done, the distance right after
    rf"(?-i:did)(?=\s+(?i:{_NUMBER_BEFORE_UNIT}))|offensive|gobbl\w*|carved|claw\w*|roll\w*|surg\w+|"
    + _CARRIED_ARMY
    + r"|"
    # "Russia nets 190 square miles in March" (not "net gains", an adjective)
    r"nets|nett(?:ed|ing)|"
    r"rac\w+|pursu\w+|chas(?:e|ed|es|ing)|(?:their|its|his|her|our)\s+way|up\s+by|"
    # a cavalry ride or a march on foot; not "walked" or "hiked", said as often of
    # civilians and commemorations as of troops
    r"rode|rid(?:e|es|ing)|trek\w*|yomp\w*|trudg\w*|tramp\w*|"
    # "the Germans had come 200 miles in ten days": the perfect of "come" is ground covered
    r"f[ae]ll(?:s|en)?\s+(?:to|into|under)|c[ao]me\s+under|(?:had|has|have)\s+come|"
    # "400 to 500 km² changed hands in October"
    r"chang(?:e|ed|es|ing)\s+hands|"
    # "the distance to Pokrovsk shrank by 15 km": ground closed
    r"(?:shr[aiu]nk|shrinks|shrinking|narrow(?:ed|s|ing)?|clos(?:ed|es|ing))\s+by|"
    r"sped|speed\w*|dash\w*|rush\w*|stormed|storm\w*|ate\s+up|made|shifted|shift\w*|sprint\w*|"
    r"drov\w*|pace|rate|deep(?:er)?|into|westward|eastward|northward|southward|"
    # (not "200 miles to the south-east": where a place lies)
    r"(?<!to\sthe\s)(?:north|south)(?:-?(?:east|west))?(?!\s+of\b)|"
    r"(?<!to\sthe\s)(?<!-)(?:east|west)(?!\s+of\b)|"
    r"(?:establish\w*|assum\w+|wrest\w*)\s+(?:full\s+)?control|"
    # "crossed 60 miles of desert", "60 miles of desert were crossed": a distance crossed
    # (never "crossed the river" or "crossed into Russia" alone)
    rf"cross(?:ed|es|ing)(?=\s+(?:{_HEDGE}\s+)?{NUMBER_PHRASE})|"
    # "Russia claimed 505 km² in October": ground claimed, right before its figure (not
    # "claimed that …", a verb of saying)
    rf"claim(?:ed|s|ing)(?=\s+(?:{_HEDGE}\s+|an\s+estimated\s+|more\s+than\s+)?{_NUMBER_BEFORE_UNIT})|"
    r"(?:was|were|been)\s+crossed)\b",
    re.IGNORECASE,
)


# Ground held that grew by an amount: the amount was taken ("the area under Russian
# control grew by 450 km²", "Russia's holdings rose by 500 km²"; not "grew to", a size)
_HOLDINGS_GREW_RE = re.compile(
    r"\b(?:control|holdings|territory|occupation|occupied\s+(?:area|territory|land)|held\s+"
    r"(?:area|territory|land))\b[^.;:]{0,30}?\b(?:grew|grown|grows|growing|increased|increases|"
    r"rose|risen|swelled|expanded|expands)\s+by\s+(?:(?:some|about|around|roughly|nearly|almost|"
    r"over|more\s+than|just|only)\s+)?$",
    re.IGNORECASE,
)


# An event named inside a period says when, not that the figure moved: "in the first
# two days of the offensive, a tank engaged a gun at 500 yards".
_EVENT_NOUNS = frozenset(
    ("offensive", "offensives", "advance", "advances", "push", "thrust", "drive", "breakthrough",
     "march")
)  # fmt: skip
_PERIOD_OF_EVENT_RE = re.compile(
    r"\b(?:of|during|since|after|before|throughout)\s+(?:the|its|their|this|that|his|her|our)"
    r"\s+$",
    re.IGNORECASE,
)


# Territory held, not taken: "saw it control 45,426 square kilometers in March".
_STOCK_BEFORE_RE = re.compile(
    _WORD_START + r"\b(?:(?P<control>control)(?:s|led|ling)?|hold(?:s|ing)?|held|own(?:s|ed)?|"
    # "and now occupies 113,000 km²": the present tense tells what is held
    r"administer\w*|occupies|(?<!\bto\s)occupy|"
    # "Russian-occupied territory reached 116,000 km²": the adjective, not the verb
    r"(?:(?<=-)|(?<=\bthe\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=['’]s\s))occupied\s+(?:territory|territories|area|land)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:reached|grew\s+to|rose\s+to|expanded\s+to|stood\s+at|"
    r"totall?ed|amounted\s+to|came\s+to|is|was|covers|covered)|"
    r"(?P<total>total(?:s|led|ling|ed)?)|span(?:s|ned)?|measur\w+|(?P<noun>area\s+of|size\s+of)|covers|"
    # "a line that extended 150 km along the bank": a length, with no object moved
    r"covering\s+an|(?:extend|stretch)(?:s|es|ed|ing)?(?:\s+(?:over|for))?|"
    # "taking its total to 113,000 km²", "bringing the overall tally to …"
    r"(?:its|the|their)\s+(?:overall\s+|cumulative\s+)?(?:total|tally)\s+to|"
    r"(?:bringing|taking|raising|pushing|lifting)\s+(?:the\s+|its\s+|their\s+)?(?:overall\s+|"
    r"total\s+)?(?:total|tally|area|territory|figure)\s+(?:[\w'’-]+\s+){0,3}?to)"
    r"\s+(?:(?:some|about|around|roughly|approximately|nearly|almost|over|more\s+than|at\s+least|"
    r"less\s+than|fewer\s+than|under|up\s+to|a\s+total\s+of|an\s+estimated|only|just|"
    r"an\s+area\s+of)\s+)*$",
    re.IGNORECASE,
)


_TOOK_CONTROL_RE = re.compile(
    r"\b(?:took|taken|takes|taking|take|established|establishing|establish(?:es)?|gained|"
    r"gaining|seized|seizing|assumed|won|wrested|regained|restored|"
    # ("extended their control over 500 km²": control widened over more ground)
    r"extended|extending|extends|extend|expanded|expanding|expands|expand)\s+"
    r"(?:(?:its|their|his|her|the)\s+)?(?:full\s+)?$",
    re.IGNORECASE,
)
_GAINS_TOTALLED_RE = re.compile(
    # "Russian advances in the first half of 2025 totalled 2,800 km²": a period between
    r"\b(?:gains?|advances?|captures?|progress|losses)\s+(?:[\w'’-]+\s+){0,7}?$",
    re.IGNORECASE,
)
# "seized an area of 250 km² last month": ground taken, then measured.
# Verbs of ground taken, in the past.
_GAIN_VERBS = (
    r"seized|captured|took|taken|occupied|gained|liberated|retook|recaptured|conquered|"
    r"overran|grabbed|won"
)
# "the 725 km² that Russia took in November", "the 6 miles the British gained on the
# first day": the figure named first, then taken in a relative clause whose period is
# the figure's (after "the" only: in "took 500 km² that Ukraine had taken in 2022" the
# clause dates another capture)
_FIGURE_NAMED_BEFORE_RE = re.compile(r"\b(?:the|those|these)\s+$", re.IGNORECASE)
_RELATIVE_GAIN_RE = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:(?!(?:and|or|but|while|as|in|on|at|by|since|during|over|from|to|"
    r"was|were|is|are)\b)[\w'’-]+\s+){1,3}?(?:had\s+|has\s+|have\s+)?(?:managed\s+to\s+)?"
    rf"(?:{_GAIN_VERBS}|advanced|pushed|moved|covered|drove|marched|clawed\s+back|won\s+back)\b",
    re.IGNORECASE,
)

_GAIN_BEFORE_RE = re.compile(
    # ("advanced across an area of 50 km²": the ground the advance crossed; not "advanced
    # over an area of 800 km² … as of Monday", said of the whole area held)
    _WORD_START + rf"\b(?:{_GAIN_VERBS}|cleared|(?:advanc|push|mov)(?:ed|ing)\s+(?:across|"
    r"through|into))\s+(?:(?:an?|the|some|about|around|roughly|nearly|"
    r"almost|over|more\s+than)\s+)*$",
    re.IGNORECASE,
)
_GAIN_VERB_NEAR_RE = re.compile(
    # a verb, not an adjective: "the occupied territory totals 113,000 km²" is held
    _WORD_START + r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)"
    r"\b(?:seized|captured|took|occupied|gained|liberated|retook|recaptured|"
    # ("took control of 23 villages, a total area of 500 km²": the same, set off by a comma)
    r"conquered|overran)\s+(?:[\w'’-]+,?\s+){1,4}?(?:with\s+(?:a\s+)?(?:combined\s+|total\s+)?|"
    r"an?\s+(?:combined\s+|total\s+))?$",
    re.IGNORECASE,
)
# "fired rockets 40 km into the city on Tuesday": how far a weapon reached.
_FIRED_BEFORE_RE = re.compile(
    _WORD_START + r"\b(?:fired|fires|firing|shelled|shelling|launched|launches|struck|strikes|"
    r"bombed|bombarded|bombarding|flew|flown|flies)\b(?P<between>(?:\s+[\w'’-]+){0,4})\s+$",
    re.IGNORECASE,
)


# What before a word of holding makes the figure ground taken, not held: "established
# control over 449 km²", "Russia's May gains totalled 449 km²", "seized an area of
# 250 km²". (The stock word's group, the words before it, how far back.) [characters]
_TAKEN_NOT_HELD = (
    ("control", _TOOK_CONTROL_RE, 30),
    ("total", _GAINS_TOTALLED_RE, 80),
    ("noun", _GAIN_BEFORE_RE, 40),
    # "captured 30 settlements with a combined area of 500 km²", "captured settlements
    # totalling 500 km²": what was taken, measured
    ("noun", _GAIN_VERB_NEAR_RE, 60),
    ("total", _GAIN_VERB_NEAR_RE, 60),
)


# A size or a share named before the figure, not ground taken: "roughly the size of
# Atlanta (350 km²)", "twice the size of Manhattan's 59 km²", "0.1% of Ukraine's
# 603,000 km²".
_SIZE_BEFORE_RE = re.compile(
    r"(?:\b(?:size|area)\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}"
    r"(?:['’]s\s+|\s*\(\s*)"
    r"|(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:[\w'’-]+\s+){0,3}?)"
    r"(?:(?:some|about|around|roughly|approximately|nearly|almost|over|more\s+than|"
    r"an\s+estimated)\s+)*$",
    re.IGNORECASE,
)


# Ground taken, then likened to a place: "captured an area roughly the size of
# Luxembourg (2,600 km²)", "seized territory about twice the size of Moscow's …".
_GAIN_OF_SIZE_RE = re.compile(
    _WORD_START + rf"\b(?:{_GAIN_VERBS})\s+(?:(?:an?|some)\s+)?(?:area|territory|land|ground)\s+"
    r"(?:(?:roughly|about|around|nearly|almost|approximately|twice|half|(?:two|three|four|five)"
    r"\s+times)\s+)*the\s+$",
    re.IGNORECASE,
)


# A share, a target or a reach named around the figure, not ground taken: "a tenth of
# the 200 km to Berlin", "out of the 40 km it needs", "double its planned 30 miles",
# "the 50 miles Montgomery had promised", "its artillery can reach 40 km".
_SHARE_OR_TARGET_BEFORE_RE = re.compile(
    r"(?:\b(?:an?|one|two|three)\s+(?:half|halves|thirds?|quarters?|fifths?|tenths?|fraction)\s+of"
    r"|\b(?:half(?:\s+of)?|double|twice|triple|thrice|out\s+of|short\s+of))"
    r"(?:\s+(?:the|its|their|his|her|our))?"
    r"(?:\s+(?:planned|promised|expected|projected|targeted|intended|scheduled|required|needed))?"
    rf"\s+(?:{_HEDGE}\s+)?$"
    r"|\b(?:planned|promised|projected|targeted|intended|scheduled|hoped-for)\s+$",
    re.IGNORECASE,
)
_TARGET_AFTER_RE = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:(?:it|they|he|she|we|(?-i:[A-Z])[\w'’-]*)\s+){0,2}"
    r"(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:planned|promised|projected|targeted|intended|"
    r"scheduled|needs?|needed|requires?|required|hoped|expected)\b",
    re.IGNORECASE,
)


# "its artillery can reach 40 km", "tanks can travel 300 km on one tank of fuel in a
# day": what a weapon or a vehicle is able to do, not ground taken
_ABLE_TO_BEFORE_RE = re.compile(
    r"\b(?:can|could|would|will|may|might)\s+(?:\w+\s+)?(?:reach|hit|strike|fly|travel|drive)"
    rf"\s+(?:(?:up\s+to|{_HEDGE})\s+)?$",
    re.IGNORECASE,
)


# The size of a place, not ground taken: "the 12 km² town of Kurakhove", "Vuhledar, a
# town covering 5 km²".
_PLACES_SIZED = (
    r"(?:towns?|city|cities|villages?|settlements?|enclaves?|pockets?|islands?|airfields?|"
    r"bases?|districts?|bridgeheads?|salients?|reservoirs?|lakes?|forests?|parks?|oblasts?|"
    r"regions?|provinces?|countr(?:y|ies)|states?)"
)
_PLACE_SIZE_AFTER_RE = re.compile(
    rf"\s+(?:[a-z-]+\s+)?{_PLACES_SIZED}\b(?!\s+(?:by|after)\b)"
    # "the town of Avdiivka, 10 km² in area"
    r"|\s+in\s+(?:area|size|extent|surface)\b",
    re.IGNORECASE,
)
_PLACE_SIZE_BEFORE_RE = re.compile(
    # one place described ("a town covering"), not what was taken ("30 villages covering")
    rf"\b(?:an?|the)\s+(?:[a-z-]+\s+)?{_PLACES_SIZED}\s*,?\s+(?:(?:that|which)\s+)?(?:covers|covering|spans|spanning|"
    rf"measures|measuring)\s+(?:{_HEDGE}\s+)?$"
    # "the town of 12 km²", "a pocket of some 40 km²"
    rf"|\b(?:an?|the)\s+(?:[a-z-]+\s+)?{_PLACES_SIZED}\s+of\s+(?:{_HEDGE}\s+)?$",
    re.IGNORECASE,
)


def _place_sized(s: str, sent_start: int, scan: Scan) -> bool:
    """True for a figure that is the size of a town, a pocket or a country."""
    if _PLACE_SIZE_AFTER_RE.match(s, scan.amount_end):
        return True
    window = s[max(sent_start, scan.number_start - 50) : scan.number_start]
    if not any(word in window for word in ("cover", "span", "measur", " of ")):
        return False  # cheap test before the search
    return bool(_PLACE_SIZE_BEFORE_RE.search(s, max(sent_start, scan.number_start - 50),
                                             scan.number_start))  # fmt: skip


def _share_or_target(s: str, sent_start: int, scan: Scan) -> bool:
    """True for a figure that is a whole, a target or a reach, not ground taken."""
    if _SHARE_OR_TARGET_BEFORE_RE.search(s, max(sent_start, scan.number_start - 50),
                                         scan.number_start):  # fmt: skip
        return True
    return _TARGET_AFTER_RE.match(s, scan.end) is not None


# A figure alone between brackets or dashes, measuring the ground named before them:
# "captured territory (about 2,600 km²) in 2024", "took more ground - roughly 500 km² -
# in October", "an area the size of Luxembourg (2,586 km²)". (After a place's name the
# figure is the place's size: "Avdiivka (30 km²) was captured in February".)
_ENCLOSED_OPEN_RE = re.compile(
    r"(?:\b(?:territory|ground|land|area|terrain)|\bsize\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*"
    rf"(?:\s+(?-i:[A-Z])[\w'’.-]*){{0,2}})(?:\s*\(|\s-)\s*(?:{_HEDGE}\s+)?$",
    re.IGNORECASE,
)
_ENCLOSED_CLOSE_RE = re.compile(r"\s*\)|\s+-(?=\s)")


def _enclosed_close(s: str, clause_start: int, scan: Scan) -> int | None:
    """Where the brackets or dashes round a lone figure close, or None."""
    close = _ENCLOSED_CLOSE_RE.match(s, scan.end)
    if close is None:
        return None
    opening = _ENCLOSED_OPEN_RE.search(s, max(clause_start, scan.number_start - 80),
                                       scan.number_start)  # fmt: skip
    if opening is None or ("(" in opening.group(0)) != close.group(0).endswith(")"):
        return None
    # "193 square miles - 500 km² - in March": a restatement is read with its figure
    if _UNIT_ANY_RE.search(s, clause_start, opening.start()):
        return None
    return close.end()


# A sentence headed by what is held, then a list: "Occupied territory - November 2023:
# 109,000 km²; December 2023: 110,000 km²", "Area under Russian control: …". Every
# figure of the list is a stock, however far from the heading.
_STOCK_LIST_HEAD_RE = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:occupied\s+(?:area|territory|territories|land)|"
    r"(?:area|territory|land)\s+(?:held|occupied|controlled|under\s+(?:[\w'’-]+\s+){0,2}?control)|"
    r"(?:area|territory|land)\s+(?:[\w'’-]+\s+){0,2}?(?:held|controlled))"
    r"(?:\s+[\w'’-]+){0,4}?\s*(?:[:]|\s-|[–—])",
    re.IGNORECASE,
)


# An extent at its greatest, not ground taken over the period: "occupied 27 percent of
# Ukraine, or 163,000 km², at its peak". (A rate at its peak, "30 km a day at its
# peak", has its own basis and is read; "advanced 8 km at the furthest point" over
# five months is an advance, measured where it went furthest.)
_EXTENT_AFTER_RE = re.compile(
    r"\s*,?\s*at\s+(?:its|their|the|his|her)\s+(?:peak|height|maximum|(?:greatest|fullest)\s+"
    r"extent)\b",
    re.IGNORECASE,
)

# The figure as the object of a verb of holding after it, in a relative clause: "the
# 110,000 km² (that) Russia occupies today", "the 18 km² which Ukraine still holds in
# Kursk" (a conjunction ends the clause: "took 500 km² and controls …" is a gain).
_HELD_AFTER_RE = re.compile(
    r"\s*,?\s+(?:that\s+|which\s+)?(?:(?!(?:and|or|but|while|whereas|as|in|on|at|by|since|"
    r"during|over|from|to|under|into|of)\b)[\w'’-]+\s+){1,3}?(?:now\s+|still\s+|currently\s+|already\s+)?"
    r"(?:occup(?:ies|y)|holds?|controls?|owns?|administers?)\b",
    re.IGNORECASE,
)


# A share held, then restated as an area: "Russia controlled 19.3% of Ukraine's
# territory, about 116,000 km²" (but "took 0.7% of Ukraine, about 4,000 km²" is a gain).
_HELD_SHARE_RE = re.compile(
    _WORD_START + r"\b(?:control(?:s|led|ling)?|hold(?:s|ing)?|held|occupies|own(?:s|ed)?|"
    rf"administers?)\s+(?:{_HEDGE}\s+)?(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)|"
    # "occupies almost a fifth of Ukraine, some 116,000 km²": a share in words
    r"(?:a|one)[\s-](?:fifth|quarter|third|sixth|tenth|half)|half|two[\s-]thirds)\s+of\s+"
    rf"[^,;()]{{1,60}}?,\s*(?:or\s+)?(?:{_HEDGE}\s+)?$",
    re.IGNORECASE,
)


_LINE_BEFORE_RE = re.compile(
    r"\b(?:front(?:\s*line)?|frontline|line|border|frontier|coast(?:line)?|river|road|railway|"
    r"pipeline|corridor|zone|belt|wall)s?\b[^,;]{0,20}$",
    re.IGNORECASE,
)


# What a share held is written with, looked for before the pattern is tried
_SHARE_MARKS = ("%", "cent", "fifth", "quarter", "third", "sixth", "tenth", "half")


# "At its peak in March 2022, Russia occupied some 161,000 km²": the extent at a moment,
# what was held then, not what the month added
_AT_PEAK_HELD_RE = re.compile(
    r"\bat\s+(?:its|their|the)\s+(?:peak|height|greatest\s+extent|maximum|high[-\s]water\s+mark)\b"
    r"[^.;:]{0,80}?\b(?:occupied|controlled|held)\s+(?:(?:some|about|around|roughly|nearly|almost|"
    r"over|more\s+than|approximately|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)


def _stock_before(s: str, sent_start: int, pos: int, *, linear: bool = False) -> bool:
    if "at " in s[max(sent_start, pos - 140) : pos].lower() and _AT_PEAK_HELD_RE.search(
        s, max(sent_start, pos - 140), pos
    ):
        return True
    window_start = max(sent_start, pos - 60)
    window = s[window_start:pos]
    share_window = s[max(sent_start, pos - 110) : pos]
    if any(mark in share_window for mark in _SHARE_MARKS) and _HELD_SHARE_RE.search(
        s, max(sent_start, pos - 110), pos
    ):
        return True
    if any(word in window for word in ("size", "area", "%", "cent")):
        sized = _SIZE_BEFORE_RE.search(window)
        if sized is not None:
            # "captured an area the size of Luxembourg (2,600 km²)": the size is the gain's
            return not _GAIN_OF_SIZE_RE.search(
                s, max(sent_start, window_start + sized.start() - 60), window_start + sized.start()
            )
    stock = _STOCK_BEFORE_RE.search(s, max(sent_start, pos - 60), pos)
    if stock is None:
        return False
    # "the brigade covers 228 miles in 40 hours": a distance travelled (but "the front
    # covers 1,000 km" is a length)
    if (
        linear
        and stock.group(0).lower().startswith("cover")
        and not _LINE_BEFORE_RE.search(s, max(sent_start, stock.start() - 40), stock.start())
    ):
        return False
    return not any(
        stock.group(name) and taken.search(s, max(sent_start, stock.start() - back), stock.start())
        for name, taken, back in _TAKEN_NOT_HELD
    )


def _fired_before(s: str, clause_start: int, pos: int) -> bool:
    fired = _FIRED_BEFORE_RE.search(s, max(clause_start, pos - 80), pos)
    # "shelled the town and advanced 5 km": the movement comes after the fire
    return fired is not None and _MOVED_RE.search(fired.group("between")) is None


# A count with its unit left out, after a figure coordinated with one that has it:
# "10 km in 2 days and 20 km in 4".
_ELLIPTIC_COUNT_RE = re.compile(
    # ("… in three days and 15 km in the next four": the same unit, counted on)
    rf"\s+(?:in|over|within|during)\s+(?:another\s+|a\s+further\s+|the\s+(?:next|following|"
    rf"subsequent|last|final)\s+)?(?!(?:1[89]|20)\d\d\b)"
    rf"(?P<n>{NUMBER_PHRASE})"
    r"(?!\s*(?:[-/]|\w))",
    re.IGNORECASE,
)
# "averaging daily from 25 to 30 miles": a rate adverb right before the amount.
# "gains 100 km² daily" and "advanced daily by about 500 metres", "advanced each day by
# 2 km": the basis between the verb and its figure
_ADVERB_BEFORE_RE = re.compile(
    r"\b(?:(?P<adj>daily|weekly|monthly|yearly|annually)|(?:each|every)\s+(?P<unit>day|week|month))"
    r"\s+(?:by\s+)?(?:(?:about|around|roughly|some|nearly|almost|up\s+to|over|more\s+than|just|"
    r"only)\s+)?$",
    re.IGNORECASE,
)
# A bracketed restatement after a figure's period: "pushed 50km in three days (30 miles)".
_RESTATED_AFTER_RE = re.compile(
    rf"\s*\(\s*(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?"
    rf"{NUMBER_PHRASE}(?:-|\s*){UNIT_PATTERN}(?:\s+(?:a|per|each)\s+[a-z]+)?\s*\)",
    re.IGNORECASE,
)


_TIME_INTO_RE = re.compile(
    rf"\b(?:{phrase_trie(k for k in TIME_UNITS if k not in SHORT_TIME_SYMBOLS)}|fortnight)\s+$",
    re.IGNORECASE,
)


def _moved(s: str, sent_start: int, sent_end: int, scan: Scan) -> bool:
    plus = s.rfind("+", max(sent_start, scan.number_start - 2), scan.number_start)
    if (
        plus >= 0
        and not s[plus + 1 : scan.number_start].strip()
        and (plus == sent_start or not s[plus - 1].isalnum())
    ):
        return True  # "Russia: +505 km² (November)": a gain, signed (not "2+2 km")
    window_start = max(sent_start, scan.start - 150)
    for moved in _MOVED_RE.finditer(s, window_start, min(sent_end, scan.end + 60)):
        word = moved.group(0).lower()
        if word in _EVENT_NOUNS and _PERIOD_OF_EVENT_RE.search(
            s, max(sent_start, moved.start() - 12), moved.start()
        ):
            continue
        if word == "into" and _TIME_INTO_RE.search(
            s, max(sent_start, moved.start() - 14), moved.start()
        ):
            continue  # "Two days into the war, refugees were …": time elapsed, no ground
        return True
    # "All the Germans managed in a week was 2 miles": what was achieved, then the figure
    if _ACHIEVED_CLEFT_RE.search(s, window_start, scan.start) is not None:
        return True
    if _START_LINE_RE.match(s, scan.end, sent_end) is not None:
        return True  # "within six days the panzers were 650 km from their start lines"
    if " by" in s[max(window_start, scan.start - 24) : scan.start] and _HOLDINGS_GREW_RE.search(
        s, window_start, scan.start
    ):
        return True  # "the area under Russian control grew by 450 km²": the ground added
    window_end = min(sent_end, scan.end + 60)
    if "control" in s[scan.end : window_end] and _RETURNED_TO_CONTROL_RE.search(
        s, window_start, window_end
    ):
        return True  # "returned 5 km² to Ukrainian control"
    # "October was Russia's best month this year, at 460 km²": an area that made a month
    # the best or worst is ground taken (an area, not a length: "the wettest month, at
    # 120 mm" is rain)
    if (_kind(scan) == "areal" and "month" in s[window_start:window_end]
            and _BEST_MONTH_RE.search(s, window_start, window_end)):  # fmt: skip
        return True
    # "cleared 3 km² of Russian troops": ground cleared of an enemy is ground taken
    # (land cleared of mines is not)
    return (
        "clear" in s[window_start : scan.start]
        and _CLEARED_OF_ENEMY_RE.search(s, window_start, window_end) is not None
    )


# "At 460 km², October was Russia's best month", "With 460 km² taken, October was …":
# the month, as the subject of the clause after the figure's, is its period.
_MONTH_SUBJECT_AFTER_RE = re.compile(
    r"(?:\s+(?:taken|captured|gained|seized|lost|occupied))?\s*,\s*"
    rf"(?=(?:{_MONTH_NAMES_RE})\b)",
    re.IGNORECASE,
)


def _month_subject_after(
    s: str, pos: int, sent_end: int, published: dt.date | None
) -> Period | None:
    """The month that is the subject of the clause right after a figure, or None."""
    lead = _MONTH_SUBJECT_AFTER_RE.match(s, pos, sent_end)
    if lead is None:
        return None
    subject = _MONTH_SUBJECT_RE.match(s, lead.end(), sent_end)
    if subject is None or subject.group("year_alone"):
        return None
    return _subject_period(s, subject, published)


_BEST_MONTH_RE = re.compile(
    r"\b(?:best|worst|biggest|strongest|weakest|slowest|fastest|most\s+successful|"
    r"record|busiest|quietest)\s+month\b",
    re.IGNORECASE,
)


# "returned 5 km² to Ukrainian control", "brought 5 km² back under its control"
_RETURNED_TO_CONTROL_RE = re.compile(
    r"\b(?:return(?:ed|ing|s)?|brought|bring(?:s|ing)?)\s+(?:[\w'’²-]+\s+){0,5}?(?:back\s+)?"
    r"(?:to|under)\s+(?:[\w'’-]+\s+)?control\b",
    re.IGNORECASE,
)
_CLEARED_OF_ENEMY_RE = re.compile(
    r"\bclear(?:ed|ing|s)?\b[^.;]{0,60}?\bof\s+(?:the\s+)?(?:occupiers?|invaders?|"
    r"enemy\b(?!\s+(?:mines?|minefields?|explosives?|ordnance|munitions?))|"
    r"(?:russian|ukrainian|german|enemy|occupying|invading|hostile)\s+(?:troops|forces|soldiers|"
    r"units|infantry|positions|assault|sabotage|groups?)\b)",
    re.IGNORECASE,
)


_ACHIEVED_CLEFT_RE = re.compile(
    r"\b(?:all|the\s+most|the\s+best|the\s+furthest|the\s+farthest|what)\s+"
    r"(?:[\w'’-]+\s+){1,4}?(?:managed|achieved|gained|won|got|could\s+do|did)\b"
    r"[^.;]{0,60}?\bwas\s+(?:(?:only|just|about|some|roughly|nearly|barely)\s+)?$",
    re.IGNORECASE,
)


def _kind(scan: Scan) -> str:
    return kind_of(scan.pint_unit)


# ---------------------------------------------------------------------------
# Figures that are not the thing advancing.
_I = re.IGNORECASE | re.ASCII
_CURRENCY_BEFORE_RE = re.compile(
    r"(?:[$£€¥₽₴]|\b(?:USD|EUR|GBP|RUB|UAH|CHF|US|AU|CA|NZ|HK)\s*\$?)\s*$", _I
)
_CURRENCY_AFTER_RE = re.compile(
    r"\s*(?:dollars?|euros?|pounds?|sterling|rubles?|roubles?|hryvnias?|hryvnyas?|yuan|yen|"
    r"francs?|USD|EUR|GBP|RUB|UAH|worth(?!\s+of\b))\b",
    _I,
)
# A distance that says where something is or how big it is, not how far
# anyone moved: "25 km from the border", "a 30 km stretch of front".
_POSITION_AFTER_RE = re.compile(
    # "twenty miles upon their way": how far along the road, on a given day
    r"(?:\s*-\s*|\s+)(?:(?:up)?on\s+(?:their|its|his|her|our|the)\s+way\b|from|away|short\s+of|stretch|long|wide|across|"
    # ("were 3 miles beyond the Roer": where they were; "advanced 3 miles beyond it" moved)
    r"beyond|radius|range|zone|"
    r"corridor|belt|perimeter|buffer|frontage|front(?:line)?|line|high|tall|off(?:shore)?|"
    # "along its 1,000 km length", "a 10-mile-deep defensive belt": a measure of a thing
    r"length|width|breadth|deep\s+(?:[\w-]+\s+)?(?:belts?|zones?|defen[cs]es?|minefields?|"
    r"fortifications?|lines?|positions?|buffers?|bands?|barriers?|trench(?:es)?)\b|"
    # "a salient 20 miles deep" (but "pushed 10 km deep into": see _MOVED_THROUGH)
    r"deep(?!\s+(?:into|inside|towards?|behind|beyond|past|through|across)\b)"
    # ("deep in enemy territory" says where; "a salient 20 miles deep in October" when)
    rf"(?!\s+in\s+(?!(?:{_MONTH_NAMES_RE})\b|(?:19|20)\d\d\b|(?:the\s+)?(?:first|last|past|next|"
    r"previous|same|following|space|course)\b|(?:a|an|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d+)\s))|"
    r"sector|section|segment|strip|swathe?|"
    # "11 km along the front and 3 km deep": the width of the sector, not its depth
    # (but "5,000 yards along a front of 10,000 yards": the width is the second figure)
    r"along\s+(?:the|a|an)\s+(?:front(?:\s*line)?|line)(?!\s+of\s+(?:some\s+|about\s+)?\d)|"
    r"of\s+(?:the\s+)?front(?:\s*line)?|"
    # "30 km of trenches", "40 km of railway", "20 miles of the main road": a length of
    # works or of a road, not a depth of ground
    r"of\s+(?:the\s+|its\s+|their\s+|new\s+)?(?:[a-z-]+\s+)?(?:roads?|railways?|railroads?|"
    r"rail\s+lines?|tracks?|trench(?:es)?|trench\s+lines?|fortifications|defen[cs]es|pipelines?|"
    r"cables?|wires?|fences?|walls?|coast(?:line)?|shoreline|river(?:bank)?s?|borders?|"
    r"frontiers?|highways?|canals?|supply\s+lines?)\b|"
    r"in\s+(?:length|width|diameter|radius|depth)|"
    r"(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)(?:ward)?\s+of|"
    # "100 miles in the rear of the enemy", "Tripoli, 250 miles to the north-west"
    r"in\s+the\s+rear\s+of|to\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?|"
    # "25 miles below Seoul"; "30 km left to cover", "50 km to go": a distance remaining
    r"above|below|left\s+to|remaining|still\s+to\s+go|to\s+go|"
    # "two attacks, 1000 kilometres apart": a distance between two places
    r"apart|"
    r"(?:behind|ahead\s+of|in\s+front\s+of|inland|offshore|outside|inside))\b",
    _I,
)
_PER_FIGURE_BEFORE_RE = re.compile(
    r"\b(?:per|for\s+(?:every|each)|every|each)\s+(?:(?:single|additional|extra)\s+)?$",
    re.IGNORECASE,
)
# Distances measured from where an advance began are advances, not positions.
_PLACE_LIES_BEFORE_RE = re.compile(
    r"\b(?:lay|lies|lie|lying|sits|sat|stands|stood|located|situated)\s+(?:[a-z]+\s+){0,2}$", _I
)
_START_LINE_RE = re.compile(
    # ("60 km beyond the start line", "past their jump-off positions": as far from it)
    r"(?:\s*\([^()]{0,40}\))?\s+(?:from|beyond|past)\s+(?:their|its|his|the|our)\s+(?:start(?:ing)?\s+"
    r"(?:lines?|points?|positions?)|jump-?off(?:\s+\w+)?|departure\s+\w+|line\s+of\s+departure)",
    _I,
)
# The width of a front named right before its figure: "along a front of 300 miles",
# "a front line of more than 1,100 km", "a battlefront stretching 1,250 km".
_FRONT_WIDTH_BEFORE = (
    r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:front(?:\s*line)?|frontline|frontage|"
    r"battle\s*front)\s+(?:of|stretching|extending|spanning|running|measuring)"
    r"(?:\s+(?:for|over|across|along))?"
)
_POSITION_BEFORE_RE = re.compile(
    # "a missile with a range of 2,000 km", "a radius of 30 km": a reach, not ground
    rf"\b(?:within|beyond|outside|inside\s+of|(?:range|radius|reach)\s+of|{_FRONT_WIDTH_BEFORE}"
    rf"(?:\s+(?:up\s+to|{_HEDGE}))?)\s+$",
    _I,
)
# "from" after a distance is a movement only after a verb of movement:
# "advanced 25 km from the border in a week".
_MOVED_BEFORE_RE = re.compile(
    r"\b(?:advanc\w*|push\w*|mov\w*|drov\w*|drive\w*|gain\w*|progress\w*|march\w*|"
    r"penetrat\w*|cover\w*|retreat\w*|withdr[ae]w\w*|fell\s+back|pulled\s+back|"
    # ("the shelling went on 5 km from the front": "went on" is kept up, not moved)
    r"shift\w*|went(?!\s+on\s+(?!another\b|a\s+further\b))|travel+\w*|rac(?:ed|ing)|dash\w*|rush\w*|sped|speed\w*|swept|sweep\w*|"
    r"surg\w+|storm\w*|sprint\w*|trek\w*|hik(?:e|ed|ing)|yomp\w*|rode|rid(?:e|ing)|walk\w*|"
    r"roll\w*|pursu\w+|chas(?:e|ed|ing)|carr(?:y|ied|ies|ying)|press(?:ed|es|ing)\s+on|"
    + _NEWS_MOVES
    + r"|"
    + _CARRIED_ARMY
    + r"|"
    # "made it 12 miles inland", "fought their way 10 km inland": ground got across
    r"made\s+it|(?:their|its|his|her|our)\s+way|"
    # "crossed the 250 miles from the Ardennes to the coast" (not "crossed the border 10
    # km from Sudzha", where the crossing was)
    r"cross(?:ed|es|ing)(?=\s+the\s+$))\s+(?:[\w'-]+\s+){0,2}(?:back\s+|forward\s+)?"
    # ("moved forward a further 40 km across the steppe")
    r"(?:a\s+further\s+|another\s+|an\s+additional\s+)?$",
    _I,
)
# A distance set off by a comma after a place's name, then a word of position: where
# the place lies ("Senaki, 40 km inside Georgia"), whatever period the sentence names
_PLACE_APPOSITIVE_RE = re.compile(
    rf"(?-i:[A-Z])[\w'’-]+\s*,\s*(?:(?:just|only|barely|{_HEDGE})\s+)?$", _I
)
# "ridiculously close to Moscow, just 10-12 miles": the distance left to a place
_CLOSE_TO_PLACE_RE = re.compile(
    r"\b(?:close|closer|near|nearer)\s+to\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+"
    rf"(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*,\s*(?:(?:just|only|barely|{_HEDGE})\s+)?$",
    _I,
)
_TO_WITHIN_BEFORE_RE = re.compile(
    r"\b(?:to|within)\s+(?:(?:just|only|about|some|around|roughly|nearly|almost|barely|"
    r"less\s+than|under|fewer\s+than)\s+)*$",
    _I,
)
_FROM_RE = re.compile(r"(?:\s*-\s*|\s+)(?P<word>from|away)\b", _I)
# "reached the canal, 200 km from the border, in four days": the border is where the
# advance set out, so the distance from it is ground covered, as "200 km away" is
_FROM_BORDER_RE = re.compile(
    r"from\s+(?:the|their|its)\s+(?:[A-Z][\w'’-]+\s+)?(?:border|frontier)\b(?!\s+(?:with|of)\b)"
)


_CALIBRE_UNITS = frozenset({"centimeter", "millimeter"})


def _not_an_advance(
    s: str,
    sent_start: int,
    scan: Scan,
    published: dt.date | None = None,
    sent_end: int = -1,
    *,
    exercise_hinted: bool = True,
) -> bool:
    """True for money ("$150m a day") and positions ("25 km from the border")."""
    # a figure in quotation marks: what follows the closing mark ('"10 km" from the town')
    after = scan.amount_end + (s[scan.amount_end : scan.amount_end + 1] in _QUOTE_CHARS)
    if scan.pint_unit in _CALIBRE_UNITS:
        return True  # "a 10.5-cm gun": a calibre; no army's advance is told in centimetres
    before_number = s[max(sent_start, scan.number_start - 8) : scan.number_start]
    if _CURRENCY_BEFORE_RE.search(before_number):
        return True
    if _CURRENCY_AFTER_RE.match(s, after):
        return True
    before = s[max(sent_start, scan.start - 60) : scan.start]
    if _POSITION_BEFORE_RE.search(before):
        return True
    if ("per" in before or "every" in before or "each" in before) and _PER_FIGURE_BEFORE_RE.search(
        before
    ):
        return True  # "40 tanks lost per 10 km of advance": the figure divides, it was not taken
    if "to " in before[-40:] and _GREW_TO_RE.search(before):
        return True  # "the bridgehead expanded to 500 km²": the size it reached
    if " from " in before and _GAP_CHANGE_RE.search(before):
        return True  # "the gap narrowed from 15 km to 8 km": a distance left, not ground gained
    if s.startswith("from", scan.start) and _HELD_CHANGE_RE.search(before):
        return True  # "the bridgehead grew from 10 km² to 50 km²": its size, then and now
    if ("distance" in before or "gap" in before) and _GAP_SUBJECT_RE.search(before):
        return True  # "the distance to Pokrovsk shrank from 20 km to 5 km" (but "by 15 km" is read)
    # ("drones reached as far as 1,000 km": the verb before the hedge is the tail)
    far = (_AS_FAR_AS_RE.search(before)
           if before.rstrip().lower().endswith((" far as", " up to")) else None)  # fmt: skip
    words = (before[: far.start()] if far else before).rsplit(None, 2)[
        -2:
    ]  # the words right before the amount
    last = words[-1].lower() if words else ""
    if last in _SKIPPED_TAIL_WORDS and len(words) == 2:  # "by 50 km", "some 200 km"
        last = words[0].lower()
    # "gains rose from 15 to 25 sq km per day" is a rate that changed: two figures
    rate_changed = last in _LEVEL_CHANGES and s.startswith("from", scan.start)
    # "shelled an area of 50 sq km": "of" is looked into only after "area"
    area_of = last == "of" and len(words) == 2 and words[0].lower() == "area"
    desert_advanced = last in ("advanced", "advances") and any(p in before for p in _NATURE)
    tail = last in _NOT_GROUND_TAILS or area_of or desert_advanced
    if not rate_changed and tail and _NOT_GROUND_BEFORE_RE.search(before):
        return True  # "moved 30,000 troops 200 km south", "the frontline shortened by 50 km"
    clause_before = s[max(sent_start, scan.start - 120) : scan.start]
    lowered = clause_before.lower()
    # (a set lookup of the last words first: the verb stands right before the figure)
    if not _OTHER_MOVES_SET.isdisjoint(lowered.split()[-5:]) and _OTHER_MOVER_RE.search(
        s, max(sent_start, scan.start - 60), scan.start
    ):
        return True  # "Migrants walked up to 30 km a day": no army moved
    owner = (
        _OTHER_MOVER_OWNS_RE.search(s, max(sent_start, scan.start - 60), scan.start)
        if "'" in clause_before[-40:] or "’" in clause_before[-40:] or "(" in clause_before[-20:]
        else None
    )
    if owner is not None and owner.group("at") is None:
        return True  # "a snail's pace of about 50 metres a day", "a snail (50 m a day)"
    if _OTHER_MOVER_AFTER_RE.match(s, scan.end, sent_end if sent_end >= 0 else len(s)):
        return True  # "the 50 metres a day a snail can manage"
    if any(hint in lowered for hint in _CIVILIAN_HINTS):
        fled = _CIVILIANS_CLAUSE_RE.search(clause_before)
        if fled is not None and _ARMY_MOVED_RE.search(fled.group("rest")) is None:
            return True  # "refugees crossed into Poland, a distance of up to 300 km"
    if _DIFFERENCE_AFTER_RE.match(s, after) or _RATE_CHANGE_BEFORE_RE.search(before):
        return True  # "40 km² less than in September", "gains fell by 40 km²": a difference
    if "from" not in s[scan.start : scan.number_start] and _DOWN_UP_BEFORE_RE.search(before):
        return True  # "…, down 40 km² from September" (but "down from 500 km²" is a figure)
    if _SUPPLY_PURPOSE_RE.match(s, scan.end):
        return True  # "the convoy travelled 300 km a day to resupply the front"
    if _PER_HEAD_RE.match(s, after):
        return True  # "lost 1.2 square metres of housing per resident": a share per person
    if _OF_MINES_RE.match(s, scan.end) or _OF_MINES_RE.match(s, after):
        return True  # "sappers cleared 20 hectares a day of mines": land made safe, not taken
    if _SUPPLY_HINT_RE.search(before) and _SUPPLY_BEFORE_RE.search(before):
        return True  # "supply trucks drove 500 km a day": the supply line, not the front
    if exercise_hinted:
        # a window around the figure, so a long sentence of figures stays linear to read
        clause_end = min(sent_end if sent_end >= 0 else len(s), scan.end + _EXERCISE_REACH)
        clause_start = max(sent_start, scan.start - _EXERCISE_REACH)
        if _EXERCISE_RE.search(s, clause_start, clause_end):
            return True  # "soldiers marched 25 km a day during training exercises": no war
    if _kind(scan) == "areal":
        return False  # "took 40 km² from December 30 to January 5": a gain, not a position
    if "," in before[-12:] and _CLOSE_TO_PLACE_RE.search(before):
        return True  # "close to Moscow, just 10-12 miles": how far from it
    position = _POSITION_AFTER_RE.match(s, after)
    if position is None:
        return False
    if _START_LINE_RE.match(s, after):
        # "reached the Beresina, 650 km from their start lines": how far they went (but
        # "the village lay five miles beyond the starting point": where a place is)
        return _PLACE_LIES_BEFORE_RE.search(before) is not None
    origin = _FROM_RE.match(s, after)
    whole_end = sent_end if sent_end >= 0 else len(s)
    set_out_from = origin is not None and (
        _FROM_BORDER_RE.match(s, origin.start("word")) is not None
        if origin.group("word").lower() == "from"
        else not s.startswith(" from", origin.end())
    )
    if (set_out_from
            and _REACHED_PLACE_BEFORE_RE.search(s, max(sent_start, scan.start - 120), scan.start)
            and _REACHED_IN_TIME_RE.search(s, sent_start, whole_end)
            and not _AIRCRAFT_RE.search(before)
            and not _NO_ARMY_RE.search(s, sent_start, whole_end)):  # fmt: skip
        # "In seventeen days the army reached the Danube, 200 miles away": a counted
        # length, as the journey there took (not "On Tuesday the rebels reached Hama, 100
        # km away", nor drones reaching a city)
        return False
    if "," in before[-12:] and _PLACE_APPOSITIVE_RE.search(before):
        return True  # "the capital, Tripoli, 250 miles to the north-west": where it lies
    if origin:
        if scan_period(s, origin.start("word"), len(s), published) is not None:
            return False  # "from March to May" is a period
        if _JOURNEY_DONE_RE.match(s, after) or _TOOK_AFTER_RE.match(s, after):
            # "the 140 miles from Kimberley to Bloemfontein were covered in …", "the 200
            # miles from the Meuse to the Channel took the panzers ten days"
            return False
        if _TO_WITHIN_BEFORE_RE.search(before):
            return True  # "advancing to just 30 km from Damascus": where they got to
        if _JOURNEY_THEN_DISTANCE_RE.search(before):
            return False  # "reached the canal in a one-day drive, some 230 km from Kantilla"
        return _MOVED_BEFORE_RE.search(before) is None
    # "drove 150 miles across Sinai", "pushed 35 km inland": after a verb of
    # movement these words say where the advance went, not where something is
    through = position.group(0).strip(" -").lower()
    if through == "deep":
        # "a salient 20 miles deep", "belts 30 to 70 km deep": a thing's dimension, after
        # its noun; "the beachhead was 6 miles deep", "pushed some 10 km deep": ground taken
        return (last.isalpha() and last not in _NOT_A_NOUN
                and not last.endswith(("ed", "ing")))  # fmt: skip
    if through in _MOVED_THROUGH or through.startswith("to the"):
        leads = _lead_periods(s, max(sent_start, scan.start - _LOOKBACK), scan.start, published)
        if any(_ELAPSED_TEXT_RE.search(period.text) for _, period in leads):
            return False  # "Fifty days after D-Day, the Allies were 20 miles inland"
        if through == "in depth" and _MOVED_RE.search(
            s, max(sent_start, scan.start - 100), scan.start
        ):
            return False  # "advanced 11 km along the front and 3 km in depth"
        return _MOVED_BEFORE_RE.search(before) is None
    if through.endswith(" of") and through.startswith(("north", "south", "east", "west")):
        # "advanced 2 km north of Pokrovsk last week": after a verb of movement, where the
        # advance was; "a village 5 km south of Toretsk" is where a place lies
        return _MOVED_BEFORE_RE.search(before) is None
    return True


# Not ground taken: forces moved about ("moved its headquarters 50 km east", "shifted
# two brigades 100 km north"), a front that grew or shrank in length, and a place
# named by a noun before its distance ("withdrew to positions 3 km behind the town").
# Things moved about, not ground taken: "moved 30,000 troops 200 km south", "moved
# its air defences 100 km back".
_MOVED_ASSETS = (
    "troops", "forces", "units", "headquarters", "hq", "brigade", "brigades", "battalion",
    "battalions", "regiment", "regiments", "reserves", "division", "divisions", "equipment",
    "artillery", "men", "soldiers", "personnel", "tanks", "guns", "aircraft", "post", "posts",
    "defences", "defenses", "systems", "launchers", "depots", "bases", "fleet", "ships",
    "vessels", "warships", "jets", "warplanes", "helicopters", "aviation", "stockpiles",
    "ammunition",
)  # fmt: skip
_FRONT_CHANGES = ("shortened", "lengthened", "grew", "shrank", "extended", "stretched", "expanded")
_PLACES_HELD = ("position", "positions", "line", "lines", "point", "points")
# "the aircraft flew 2,000 miles in a day": through the air or at sea, not over ground
_NOT_OVER_GROUND = (
    "flew", "flown", "flying", "fly", "flies", "sailed", "sailing", "steamed", "steaming",
    # "to demine 1,000 km² a year": land made safe, not taken
    "demine", "demines", "demined", "demining", "de-mine", "de-mined", "de-mining",
)  # fmt: skip
# "refugees fled 30 km to the west", "floodwaters covered 300 km² in three days"
_CIVILIANS = (
    "refugees", "civilians", "residents", "evacuees", "families", "people", "inhabitants",
    "villagers",
)  # fmt: skip
_CIVILIAN_MOVES = (
    "fled", "walked", "trekked", "travelled", "traveled", "drove", "moved", "escaped",
    "streamed", "crossed",
)  # fmt: skip
_SPREADERS = (
    "flood", "floods", "floodwater", "floodwaters", "water", "waters", "fire", "fires", "wildfire",
    "wildfires", "blaze", "blazes", "flames", "smoke", "slick", "spill", "storms", "rain",
    "rains", "snow", "snowfall", "ash", "plume", "cloud", "clouds", "locusts", "epidemic",
    "flooding", "mines", "minefields", "contamination", "evacuation", "evacuations", "blackout",
    "blackouts", "outage", "outages",
)  # fmt: skip
_SPREAD_VERBS = (
    "covered", "spread", "burned", "burnt", "engulfed", "swept", "inundated", "submerged",
    "covering", "spreading", "burning",
)  # fmt: skip
# "the wheat harvest covered 5 million hectares in 2025": fields sown, not ground taken
_FARMING = (
    "harvest", "harvests", "crop", "crops", "wheat", "grain", "grains", "maize", "corn", "barley",
    "sunflower", "sunflowers", "farmers", "farmland", "fields", "sowing",
)  # fmt: skip
_FARMING_VERBS = (
    "covered", "sown", "sowed", "planted", "harvested", "spanned", "occupied", "totalled",
    "totaled", "reached",
)  # fmt: skip
# "the Black Sea Fleet withdrew 400 km east": warships moved about, not ground
_NAVAL = (
    "fleet", "flotilla", "navy", "ships", "warships", "vessels", "submarines", "frigates",
    "destroyers",
)  # fmt: skip
_NAVAL_MOVES = ("withdrew", "withdrawn", "retreated", "relocated", "moved", "redeployed", "back")
# "built defences 5 miles deep in two years": works built, not ground taken
_BUILT = ("built", "dug", "constructed", "erected", "prepared", "laid", "fortified")
_WORKS = (
    "defences", "defenses", "fortifications", "trenches", "lines", "minefields", "obstacles",
    "walls", "barriers", "ditches", "bunkers", "emplacements",
)  # fmt: skip
# "bombers ranged 600 miles a day over Germany": aircraft, not ground
_AIRCRAFT = (
    "bombers", "aircraft", "planes", "fighters", "fighter-bombers", "jets", "drones",
    "helicopters", "warplanes", "airmen", "pilots", "missiles", "rockets", "strikes",
    "bomber", "plane", "jet", "drone", "helicopter", "missile", "rocket",
)  # fmt: skip
_AIRCRAFT_RE = re.compile(rf"\b(?:{'|'.join(_AIRCRAFT)})\b", re.IGNORECASE)
# ("drone strikes have reached 1,500 km into Russia": how far they hit, not ground)
# ("drones crossed 1,000 km of airspace in a night", "a Shahed covered 1,000 km": flown)
_AIR_MOVES = ("ranged", "roamed", "raided", "operated", "reached", "penetrated", "crossed",
              "covered", "travelled", "traveled")  # fmt: skip
# "the river rose 3 metres in a week": a height, not a distance over ground
_LEVEL_CHANGES = ("rose", "risen", "rising", "sank", "sunk", "subsided")
# "the reservoir shrank by 100 sq km", "the glacier retreated 2 km": nature, not armies
_NATURE = (
    "reservoir", "reservoirs", "lake", "lakes", "sea", "glacier", "glaciers", "ice", "coastline",
    "shoreline", "desert",
)  # fmt: skip
_NATURE_CHANGES = (
    "shrank", "shrunk", "shrinks", "receded", "recedes", "retreated", "retreats", "grew", "grows",
    "expanded", "expands", "advanced", "advances",
)  # fmt: skip
# "advanced" ends the words before most figures; it is looked into only when a
# natural feature is named near it ("the desert advanced 10 km a year")
_NATURE_ONLY_TAILS = tuple(verb for verb in _NATURE_CHANGES if not verb.startswith("advance"))
# "shelled an area of 50 sq km every day", "patrols covered 40 km a day": ground struck
# or watched, not taken
_STRIKES = (
    "shelled", "shelling", "bombed", "bombing", "bombarded", "pounded", "struck", "strike",
    "strikes", "striking", "mined",
    "demined", "patrolled", "surveyed",
)  # fmt: skip
_PATROL_MOVES = ("walked", "covered", "drove", "travelled", "traveled", "marched", "moved")


def _words(words: tuple[str, ...]) -> str:
    return "|".join(words)


# "Supply trucks drove 500 km a day", "the railhead moved forward 15 miles a week",
# "ambulances carried the wounded 100 km": the supply line's distances, not the front's
# A difference between two figures, not ground taken: "40 km² less than in September",
# "down 40 km² from September", "Russian gains fell by 40 km² to 460 km²".
_DIFFERENCE_AFTER_RE = re.compile(
    r"\s+(?:less|more|lower|higher|fewer|greater|smaller|larger|bigger)\s+than\b"
    r"|\s+(?:down|up)\s+(?:from|on)\b",
    re.IGNORECASE,
)
_RATE_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:gains?|advances?|pace|rate|progress|figure|total|range|reach|radius)\s+"
    r"(?:[\w'’-]+\s+){0,3}?"
    r"(?:fell|dropped|declined|decreased|rose|increased|grew|jumped|slowed|shrank)\s+by\s+"
    r"(?:(?:some|about|almost|nearly)\s+)?$",
    re.IGNORECASE,
)
_DOWN_UP_BEFORE_RE = re.compile(
    r",\s*(?:down|up)\s+(?:(?:some|about|almost|nearly)\s+)?$", re.IGNORECASE
)
_SUPPLY_HINTS = (
    "truck", "lorr", "locomotive", "train", "ambulance", "courier", "rail", "pipeline", "supply",
    "supplies", "communication", "fuel", "petrol", "ration",
)  # fmt: skip
# Words of things carried, looked up only before the supply pattern ("aid convoys",
# "ferried 1,000 troops"); as word starts they are too loose to say no army is near
# ("Aided by air power, the army reached …")
_CARRIED_HINTS = ("aid", "humanitarian", "ferr", "shuttl", "transport", "evacuat", "convoy")
_SUPPLY_HINT_RE = re.compile(
    rf"\b(?={first_chars(_SUPPLY_HINTS + _CARRIED_HINTS)})"
    rf"(?:{'|'.join(_SUPPLY_HINTS + _CARRIED_HINTS)})",
    re.IGNORECASE,
)
# Civilians or supplies named near a place reached or a depth: no army's advance
# ("the refugees were 50 km inside Poland", "the convoy reached the depot, 200 km away,
# to unload supplies")
_NO_ARMY_RE = re.compile(rf"\b(?:{'|'.join(_CIVILIANS)}|{'|'.join(_SUPPLY_HINTS)})", re.IGNORECASE)
_PER_HEAD_RE = re.compile(
    r"\s+(?:of\s+(?:[\w'’-]+\s+){1,2}?)?(?:per|a|for\s+each|for\s+every|to\s+each)\s+"
    r"(?:resident|person|capita|head|inhabitant|citizen|household|family|soldier|man|pupil|child|"
    r"patient|refugee)s?\b",
    re.IGNORECASE,
)
_OF_MINES_RE = re.compile(
    r"\s+of\s+(?:(?:russian|ukrainian|enemy|unexploded|anti-tank|anti-personnel|landmines|the)\s+)*"
    r"(?:mines|landmines|explosives|ordnance|munitions|booby[\s-]traps|rubble|debris)\b",
    re.IGNORECASE,
)
_SUPPLY_PURPOSE_RE = re.compile(
    r"\s+(?:(?:each|every|a|per)\s+(?:day|week)\s+)?(?:in\s+order\s+)?to\s+(?:(?:re)?supply\b"
    # "the convoy covered 300 km a day to bring supplies to the front"
    r"|(?:bring|carry|deliver|haul|ferry|move|transport|take|get)\s+(?:\w+\s+)?(?:supplies|fuel|"
    r"ammunition|rations|food|aid|equipment|reinforcements|shells|water)\b)"
    r"|\s+(?:[\w'’-]+\s+){0,2}?(?:carrying|delivering|hauling|ferrying)\s+(?:supplies|fuel|"
    r"ammunition|rations|food)\b",
    re.IGNORECASE,
)
_SUPPLY_BEFORE_RE = re.compile(
    # ("The convoy's average speed was 20 km a day": a convoy carries, it does not attack)
    r"\b(?:(?:supply\s+)?(?:trucks?|lorr(?:y|ies)|locomotives?|trains?|ambulances?|couriers?|"
    # (but one that advanced or fought is a relief column: "The convoy advanced 40 km in a
    # day to relieve the garrison")
    r"(?<!armoured\s)(?<!armored\s)(?<!tank\s)(?<!military\s)convoys?(?:['’]s?)?"
    r"(?!\s+(?:[\w'’-]+\s+)?(?:advanc|push|fought|broke|attack|drove\s+back)))|"
    # "aid convoys travel 200 km a day"; "helicopters ferried 1,000 troops 20 miles forward
    # each day": what was carried, not the front
    r"(?:aid|humanitarian|evacuation)\s+(?:convoys?|trucks?|columns?|workers?|deliveries|"
    r"buses|bus|trains?|flights?|vehicles?)|"
    r"(?:ferried|ferrying|shuttled|shuttling|transported|transporting|evacuated|evacuating)"
    r"(?=\s+(?:(?!(?:and|or|but|then|before|after|while)\b)[\w'’-]+(?:,\d{3})*\s+){1,3}$)|"
    r"(?:the\s+)?(?:railhead|pipeline|railways?|railroads?|rail\s+lines?|supply\s+lines?|"
    r"lines?\s+of\s+(?:supply|communications?))|"
    # "carried fuel for 150 km a day of operations": how far the supplies would last
    r"(?:fuel|petrol|gasoline|rations|supplies|ammunition)\s+(?:enough\s+)?for)\s+"
    r"(?:[\w'’-]+(?:,\d{3})*\s+){0,4}?(?:(?:about|some|roughly|nearly|almost|over|up\s+to)\s+)?$",
    re.IGNORECASE,
)


# Not ground taken: forces or things moved about, a front that grew or shrank in
# length, a place named by a noun before its distance ("withdrew to positions 3 km
# behind the town"), flights and voyages, civilians in flight and spreading floods.
_NOT_GROUND_BEFORE_RE = re.compile(
    rf"\b(?:(?:mov|shift|transferr?|redeploy|relocat|deploy)\w*\s+(?:[\w,'’-]+\s+){{0,4}}?"
    rf"(?:{_words(_MOVED_ASSETS)}|command\s+posts?)|"
    rf"(?:front(?:\s*line)?|frontline|line\s+of\s+contact|border)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_words(_FRONT_CHANGES)})(?:\s+by)?|"
    rf"to\s+(?:new\s+|defensive\s+|prepared\s+)?(?:{_words(_PLACES_HELD)})|"
    rf"(?:{_words(_NOT_OVER_GROUND)})|"
    rf"(?:{_words(_CIVILIANS)})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_words(_CIVILIAN_MOVES)})|"
    rf"(?:{_words(_SPREADERS)})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_words(_SPREAD_VERBS)})"
    rf"(?:\s+(?:over|across))?|"
    rf"(?:{_words(_FARMING)})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_words(_FARMING_VERBS)})"
    r"(?:\s+(?:on|over|across))?|"
    rf"(?:{_words(_NAVAL)})\s+(?:[\w'’-]+\s+){{0,3}}?(?:pulled\s+)?(?:{_words(_NAVAL_MOVES)})|"
    rf"(?:{_words(_LEVEL_CHANGES)})(?:\s+by)?|"
    # "the offensive widened its front by 40 km": a width gained, not depth
    r"(?:widen|broaden)\w*\s+(?:[\w'’-]+\s+){0,3}?by|"
    rf"(?:the\s+)(?:[\w'’-]+\s+)?(?:{_words(_NATURE)})\s+(?:(?!(?:and|the|an?|its|their)\b)[\w'’-]+\s+)?"
    rf"(?:{_words(_NATURE_CHANGES)})(?:\s+by)?|"
    rf"(?:{_words(_STRIKES)})(?:\s+(?:an\s+)?area\s+of)?|"
    # "destroyed targets up to 100 km deep": where strikes fell
    r"targets?|"
    # "Shelling hit 30 settlements across 200 km² in a single day"
    rf"(?:{_words(_STRIKES)}|hit|hits)\s+(?:[\w'’-]+\s+){{0,4}}?(?:across|over)|"
    # "the mined area grew by 2,000 km²": land spoilt, not taken
    r"(?:mined|contaminated|flooded|polluted)\s+(?:area|land|territory|zone)s?\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:grew|expanded|increased|rose)(?:\s+by)?|"
    rf"patrols?\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_words(_PATROL_MOVES)})|"
    rf"(?:{_words(_BUILT)})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_words(_WORKS)})|"
    rf"(?:{_words(_AIRCRAFT)})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_words(_AIR_MOVES)}))\s+"
    r"(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|as\s+far\s+as|up\s+to)\s+)?$",
    _I,
)
# The words one of those ends in, looked up before the search (built from the same
# lists, so the two cannot drift apart).
_NOT_GROUND_TAILS = frozenset(
    {*_MOVED_ASSETS, *_FRONT_CHANGES, *_PLACES_HELD, *_NOT_OVER_GROUND, *_CIVILIAN_MOVES,
     *_SPREAD_VERBS, *_FARMING_VERBS, "on", *_NAVAL_MOVES, *_LEVEL_CHANGES,
     *_NATURE_ONLY_TAILS, *_STRIKES, *_PATROL_MOVES, *_WORKS, *_AIR_MOVES, "by", "over",
     "across", "target", "targets", "widened", "broadened", "front"}
)  # fmt: skip
_SKIPPED_TAIL_WORDS = frozenset({"by", "some", "about", "around", "roughly", "nearly", "almost"})
_AS_FAR_AS_RE = re.compile(r"\s(?:as\s+far\s+as|up\s+to)\s+$", re.IGNORECASE)
# "some 1 million refugees crossed into Poland, a distance of up to 300 km": civilians
# in flight earlier in the clause, and no army's movement between them and the figure
_CIVILIANS_CLAUSE_RE = re.compile(
    rf"\b(?:{_words(_CIVILIANS)})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_words(_CIVILIAN_MOVES)})\b"
    r"(?P<rest>[^.;:]*)$",
    _I,
)
# "Migrants walked up to 30 km a day", "Lava advanced 200 metres a day", "The Sahara
# expands about 48 km per year": a mover that is no army, the subject of the verb
# right before the figure
_OTHER_MOVERS = (
    "migrants", "pilgrims", "marchers", "protesters", "demonstrators", "riders", "cyclists",
    "runners", "hikers", "walkers", "tourists",
    "caravan", "caravans", "herd", "herds", "animals", "birds", "wolves", "locust", "locusts",
    "swarm", "swarms", "lava", "wildfire", "wildfires", "flood", "floods", "floodwaters",
    "glacier", "glaciers", "desert", "deserts", "dunes", "sahara", "coastline", "shoreline",
    "epidemic", "virus", "disease", "outbreak", "slick", "spill", "hurricane", "typhoon",
    "cyclone", "erosion",
    # the animals and walkers that news stories set slow advances against
    "snail", "snails", "tortoise", "tortoises", "turtle", "turtles", "sloth", "sloths", "slug",
    "slugs", "peloton", "runner", "walker", "pedestrian", "pedestrians",
)  # fmt: skip
# (never "fire", "sea" or "cover": "Under fire troops advanced 5 km", "From the sea the
# marines advanced 5 km" name where an army moved)
_OTHER_MOVES = (
    "walked", "walk", "walks", "cover", "covers", "covered", "moved", "moves", "move",
    "advanced", "advances", "advance", "spread", "spreads", "spreading", "expanded", "expands",
    "expand", "grew", "grows", "travelled", "traveled", "travels", "crept", "creeps", "flowed",
    "flows", "retreated", "retreats", "receded", "recedes", "erodes", "eroded", "shrank",
    "shrinks", "migrated", "migrate", "migrates", "rode", "ride", "cycled", "ran", "run",
    "manages", "managed", "manage", "travel", "drifts", "drifted",
    # ("Protesters marched 100 km to the capital": a march of no army)
    "marched", "march", "marches", "trekked", "hiked", "crossed", "crosses", "cross", "did",
)  # fmt: skip
_OTHER_MOVES_SET = frozenset(_OTHER_MOVES)
_OTHER_MOVER_OWNS_RE = re.compile(
    # (an army's pace likened to one, "moved at a snail's pace of 100 metres a day", is
    # the army's: "at" first, leftmost, lets it be told apart)
    rf"(?P<at>\bat\s+(?:an?|the)\s+)?\b(?:{_words(_OTHER_MOVERS)})"
    r"(?:['’]s\s+(?:[a-z]+\s+)?(?:pace|speed|rate|progress)\s+of|"
    rf"\s*\()\s*(?:(?:about|around|roughly|some|nearly|almost|perhaps|maybe|only|just)\s+)?$",
    re.IGNORECASE,
)
_OTHER_MOVER_AFTER_RE = re.compile(
    rf"\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{_words(_OTHER_MOVERS)})\s+(?:can|could|would|might|"
    r"will|may)\b",
    re.IGNORECASE,
)
_OTHER_MOVER_RE = re.compile(
    # (not a name's first word: "Operation Desert Storm covered 300 km in 100 hours")
    # ("a garden snail, which can cover 50 metres a day": its relative clause, too)
    rf"\b(?:{_words(_OTHER_MOVERS)})(?!\s+(?-i:[A-Z]))(?:\s*,\s*(?:which|that|who)\b)?\s+"
    rf"(?:(?!(?:the|a|an|their|its|our|his|her)\b)[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_words(_OTHER_MOVES)})\s+"
    r"(?:(?:up\s+to|about|some|around|roughly|nearly|almost|at|by|as\s+much\s+as|over|"
    r"more\s+than|the)\s+)*$",
    _I,
)
_ARMY_MOVED_RE = re.compile(
    r"\b(?:advanc|push|gain|captur|seiz|retook|retak|liberat|recaptur|overr[au]n|penetrat|"
    r"broke|break|took|taken)\w*",
    _I,
)
_CIVILIAN_HINTS = ("refugee", "civilian", "resident", "evacuee", "famil", "people", "inhabitant",
                   "villager")  # fmt: skip
_MOVED_THROUGH = frozenset({"across", "inland", "inside", "behind", "in depth", "beyond"})
# Words before a depth that are no noun it measures: a copula, a conjunction, a preposition
_NOT_A_NOUN = frozenset(
    {"was", "were", "is", "are", "be", "been", "being", "and", "or", "to", "of", "by", "at",
     "some", "about", "around", "nearly", "almost", "over", "than", "only", "just", "up",
     "became", "become", "becomes", "grew", "now", "already", "still", *_DETERMINERS,
     # verbs of movement that do not end in "-ed": "the offensive went 450 km deep"
     "went", "go", "goes", "drove", "drive", "drives", "ran", "run", "runs", "rode", "swept",
     "thrust", "thrusts", "struck", "strike", "strikes", "broke", "break", "breaks", "got",
     "get", "gets", "came", "come", "comes", "bit", "cut", "cuts", "fought", "pushes",
     "advances", "moves", "penetrates"}
)  # fmt: skip
# A held area or depth that grew "to" a size states the size, not the ground gained
# ("the bridgehead grew to 20 km deep"); gains that grew to a figure are a rate.
_HELD_AREAS = (
    r"(?:bridgeheads?|salients?|pockets?|foothold|enclaves?|zones?|corridors?|holdings?|"
    r"area|territory|perimeter|penetration|wedge|bulge)"
)
_HELD_GREW = r"grew|grown|expanded|increased|rose|swelled|widened|extended|deepened|spread"
_HELD_CHANGE_RE = re.compile(
    rf"\b{_HELD_AREAS}\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_HELD_GREW}|shrank|shrunk|contracted|"
    r"decreased|fell|dropped|narrowed|went)\s+(?:up\s+|down\s+)?$",
    re.IGNORECASE,
)
_GREW_TO_RE = re.compile(
    # "the total had increased to 109,416 km²": a tally of ground, not ground taken
    rf"\b(?:(?:{_HELD_AREAS}|total|tally)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_HELD_GREW})|"
    # "Russia expanded its buffer zone to 10 km": the same, said of the one who grew it
    r"(?:expanded|widened|extended|deepened|enlarged|increased)\s+(?:its|their|the|a)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?{_HELD_AREAS}|"
    # "the offensive began on a 10-km front and widened to 40 km": a width reached
    r"widen(?:ed|ing|s)?|broaden(?:ed|ing|s)?)\s+"
    r"(?:[\w'’-]+\s+){0,2}?to\s+(?:an?\s+(?:depth|width|area|size|length)\s+of\s+)?"
    r"(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|up\s+to|an\s+area\s+of)\s+)?$",
    re.IGNORECASE,
)


# Peacetime movement: "marched 25 km a day during training exercises", "in war games"
_EXERCISE_REACH = 120  # characters looked at either side of the figure


def _mentions_exercise(sentence: str) -> bool:
    """Whether a sentence may tell of an exercise: looked for once a sentence, before
    any figure asks for the window around it. The words' tails, so "Drill" and "drill"
    alike; plain substring tests, joined by ``or``, are the fastest test there is."""
    return (
        "xercise" in sentence or "ar game" in sentence or "rill" in sentence
        or "arade" in sentence or "raining" in sentence or "ecruit" in sentence
        or "rained to" in sentence
    )  # fmt: skip


_EXERCISE_RE = re.compile(
    r"\b(?:(?:training|military|field|joint|staff|command)\s+exercises?|exercises?\s+"
    r"(?:in|near|at|on)\b|(?:during|on|in)\s+(?:an?\s+|the\s+)?exercises?|war\s+games?|"
    r"(?:training|parade)\s+(?:drills?|marche?s?)|"
    # "Recruits hike 12 miles a day during basic training", "trained to march 25 miles a day"
    r"(?:during|in|on)\s+(?:basic\s+|their\s+|its\s+)?training|recruits|trained\s+to)\b",
    re.IGNORECASE,
)
# A distance between two things that changed: "the gap between the armies narrowed
# from 15 km to 8 km in a month" states what is left, not what was gained.
_GAP_SUBJECT_RE = re.compile(
    r"\b(?:distance|gap)\b[^,;.]{0,50}?\b(?:narrow|shr[iau]nk|widen|clos|reduc|cut|f[ae]ll|dropp|"
    r"decreas|declin|gr[eo]w|increas|r[io]se|ris)\w*\s+(?:from|to)?\s*$",
    re.IGNORECASE,
)
_GAP_CHANGE_RE = re.compile(
    r"\b(?:narrow|shr[iau]nk|widen|clos|reduc|cut)\w*\s+(?:[\w'’-]+\s+){0,5}?"
    r"from\s+[^,;.]{1,30}?\s+to\s+(?:(?:about|around|some|roughly|nearly|almost|just)\s+)?$",
    re.IGNORECASE,
)


# "daily progress down to nine square kilometers", "average daily advance is
# about 30 square kilometres": a daily rate word tied by linking words to the
# figure, with nothing else between them.
_RATE_NOUN = (
    r"(?:advances?|progress|gains?|pace|rates?(?:\s+of\s+(?:advance|progress|gains?))?|"
    r"movement|push|average|march(?:es)?)"
)
_LINK_WORDS = (
    r"is|was|were|are|has\s+been|had\s+been|averag(?:ing|ed|es|e)|of|at|to|down\s+to|"
    r"up\s+to|reached|reaching|hit|stood\s+at|rose\s+to|fell\s+to|dropped\s+to|slowed\s+to|"
    r"grew\s+to|increased\s+to|now|then|still|rang(?:ed|ing)|var(?:ied|ying)|came\s+to|"
    r"total(?:l?ed|l?ing)|amount(?:ed|ing)\s+to|"
    # "its biggest weekly advance this year came in November, at 235 km²"
    r"came(?:\s+in\s+[A-Z][a-z]+\.?(?:\s+\d{4})?)?|peak(?:ed|ing)\s+at|topp(?:ed|ing)|"
    # "monthly gains have hovered around 500 km²", "remained at", "held steady at"
    r"(?:have\s+|has\s+)?(?:hover(?:ed|ing|s)?|remain(?:ed|ing|s)?|stay(?:ed|ing|s)?|"
    # (the "around" of "hovered around 500 km²" may be read as the figure's own qualifier)
    r"h[eo]ld(?:ing|s)?(?:\s+steady)?|settl(?:ed|ing|es)|r[au]n(?:ning|s)?)"
    r"(?:\s+(?:at|around|near|about))?|"
    r"(?:rarely\s+|seldom\s+|never\s+|did\s+not\s+|do\s+not\s+)?exceed(?:s|ed)?|"
    # "daily gains were often 30 miles or more": how usual the figure was, not another figure
    r"often|usually|typically|generally|sometimes|regularly|frequently|occasionally|mostly|"
    r"normally|commonly|routinely|"
    # "The day's gains were estimated at five miles": a judgement of the figure
    r"(?:estimated|reckoned|calculated|put|reported|given|assessed)\s+(?:at|as)"
)
_LINK = rf"(?:{_LINK_WORDS})"
# Before a change ("daily gains rose from 15 km² to 25 km²"), a verb of change links too:
# each of the change's two values is a day's
_CHANGE_LINK = (
    rf"(?:{_LINK_WORDS}|r[io]se|f[ae]ll|grew|increased|decreased|dropped|slowed|climbed|"
    r"jumped|declined|accelerated)"
)


_GROUND_TAKEN = (
    r"(?:area|ground|territory|land|distance)\s+(?:captured|taken|gained|seized|covered|"
    r"liberated|occupied|won|lost)"
)


def _basis_tie(link: str) -> re.Pattern[str]:
    """A rate word with its basis ("daily gains", "advance per day"), then ``link``
    words, right before a figure."""
    return re.compile(
        _WORD_START
        + rf"(?:\b(?P<adj>daily|day-to-day|weekly|monthly|yearly|annual|one-day|single-day|24-hour|"
        rf"one-week|one-month|per-day|per-week|per-month)\s+(?:[A-Za-z]+\s+)?"
        rf"{_RATE_NOUN}"
        rf"(?:\s+(?:of|in)\s+(?:[A-Za-z]+\s+)?{_RATE_NOUN})?"
        # "daily advance rates in Operations Desert Storm (1991) and Iraqi Freedom (2003) were"
        r"(?:\s+(?:in|of|for|during|on|across|along|over|throughout|through|within|since|between|"
        r"from|after)\s+[^,;:.]{1,80}?"
        # "its biggest weekly advance this year: 235 km²": when, not how long
        r"|\s+(?:this|last|that)\s+(?:year|month|week))?"
        # "the biggest advance in a week since 2022: 235 km²"
        # ("the area captured per day", "the distance covered each day": what was taken)
        rf"|\b(?:{_RATE_NOUN}|{_GROUND_TAKEN})\s+(?:per|a|each|in\s+(?:an?|one)(?:\s+single)?)\s+"
        rf"(?P<unit>day|week|month|year)"
        # ("the average gain per day in November was 16.8 km²": the month it was averaged in)
        r"(?:\s+since\s+[^,;:.]{1,40}?|\s+(?:this|last|that)\s+(?:year|month)|"
        r"\s+(?:in|during|over)\s+[^,;:.\d]{1,30}?)?)"
        # ("monthly gains have averaged 450 km²": the link in any tense)
        rf"(?:\s*,?\s+(?:(?:have|has|had|will|would)\s+)?{link})*"
        # "its biggest weekly gain, 235 km², came in November": the figure set off by a comma
        r"(?:\s*[:—–,])?\s+$",
        _I,
    )


_BASIS_TIE_RE = _basis_tie(_LINK)
_CHANGE_TIE_RE = _basis_tie(_CHANGE_LINK)

_SINCE_RE = re.compile(r"\bsince\b", re.IGNORECASE)
# "a day's advance of 10 km", "a day's march of 20 miles": a possessive period as basis
_POSSESSIVE_BASIS_RE = re.compile(
    # ("yesterday's advance of 3 km", "today's gains": one day's)
    _WORD_START + rf"\b(?:(?:an?|one|the|each|every)\s+"
    rf"(?:(?:single|best|worst|biggest|fastest|next|following|first|second|third|final|last|"
    # ("the ordinary day's march of infantry is 15 miles": a day's usual figure)
    rf"average|usual|normal|ordinary|typical|regular|customary|good)\s+)?"
    rf"|yester(?=day)|to(?=day))"
    rf"(?P<unit>day|week|month|year)"
    rf"['’]s\s+(?:[A-Za-z]+\s+)?{_RATE_NOUN}"
    # ("… for infantry", "… of the Roman legion", "… in the Peninsula": whose, or where)
    rf"(?:\s+(?:for|of|in|on|across)\s+(?:the\s+|an?\s+)?(?:[A-Za-zÀ-ÿ'’-]+\s+){{0,2}}?"
    rf"[A-Za-zÀ-ÿ'’-]+)?(?:\s*:)?\s+(?:{_LINK}\s+){{0,2}}"
    # ("the week's advance brought the Russians 40 miles nearer": who it carried there)
    rf"(?:(?:brought|carried|took|put|got|won|gained)\s+(?:[A-Za-z'’-]+\s+){{1,3}}?)?"
    # ("The day's advance was the deepest since D-Day - 12 miles": a judgement, then it)
    rf"(?:(?:the|a|an)\s+[^,:;.\d()]{{1,50}}?\s*[-:,]\s+)?"
    r"(?:(?:some|about|around|only|just)\s+)?$"
    # "the advance of the day was about 3 miles", "gains for the week totalled 120 km²"
    rf"|\b{_RATE_NOUN}\s+(?:of|for)\s+the\s+(?P<unit_of>day|week|month)(?:\s*:)?\s+"
    rf"(?:{_LINK}\s+){{0,2}}(?:(?:some|about|around|only|just)\s+)?$",
    _I,
)


# A day named before a verb of saying dates the report, not the advance: "On
# Tuesday, the commander reported that his forces had advanced 3 km".
# (A day set off by a comma before a hearsay passive, "On the first day, the Russian
# forces are reported to have advanced 16 km", dates the advance: the passive says the
# advance is reported, on no day of its own; "troops tonight were reported to have
# advanced 15 miles" dates the report.)
_HEARSAY = r"(?!\s+to\s+(?:have|be)\b)"


def _reported_after(hearsay_exempt: bool) -> re.Pattern[str]:
    exempt = _HEARSAY if hearsay_exempt else ""
    return re.compile(
        rf"\b{_SAYING}\b{exempt}(?:(?:\s+\w+){{0,2}}?\s+that\b|"
        r"\s+(?:it|they|he|she|we|its|their|his|her|our)\b"
        # "On Tuesday, the ministry said Russian troops had advanced 10 km": a reported
        # clause in the perfect, its "that" left out
        r"|(?:\s+[\w'’-]+){1,4}?\s+(?:had|has|have)\s+(?:been\s+)?(?:[a-z]+ed|taken|retaken|won|"
        r"driven|overrun|made|got|gotten|gone|swept|thrust|broken|fought)\b)",
        re.IGNORECASE,
    )


# "Experts on Wednesday said the advance was up to 10 km": the verb of saying right after
# the day is what the day dates
def _said_right_after(hearsay_exempt: bool) -> re.Pattern[str]:
    exempt = _HEARSAY if hearsay_exempt else ""
    return re.compile(rf",?(?:\s+[\w'’.-]+){{0,4}}?\s+{_SAYING}\b{exempt}", re.IGNORECASE)


_REPORTED_AFTER_RE = {exempt: _reported_after(exempt) for exempt in (False, True)}
_SAID_RIGHT_AFTER_RE = {exempt: _said_right_after(exempt) for exempt in (False, True)}
# The day a thing was said, named right before the period: "said on Tuesday", "said in
# a statement on Friday", "told reporters on Monday", "Speaking on Tuesday", "At a
# briefing on Wednesday"
_REPORTED_BEFORE_RE = re.compile(
    rf"(?:\b{_SAYING}(?:{_IN_A_STATEMENT})?|\btold(?:\s+(?!that\b)[\w'’-]+){{1,2}}|"
    rf"\bspeaking|{_IN_A_STATEMENT})\s+(?:late\s+|early\s+)?$",
    re.IGNORECASE,
)


# "- November 2023: 725 square kilometers", "One day: twenty miles.", "Week 1: 14 km²":
# a line that is a period, a colon and a figure, as lists and tables are written. It
# has no verb; the colon says the figure is what that period saw, and the text before
# the list says what it counts.
# ("1. November 2023: 725 km²", "November 2023 – 725 km²": a number for a bullet, a
# spaced dash for a colon)
_LABEL_RE = re.compile(
    r"\s*(?:(?:[-–—•*·]|\d{1,2}[.)])\s*)?(?P<label>[A-Za-z0-9][A-Za-z0-9 ,.]{1,30}?)"
    r"(?:\s*:|\s+[-–—])\s*$"
)
_LABEL_REACH = 64  # a label and its bullet are short: figures further in are not listed
_LABEL_TAIL_RE = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?(?:of\s+(?:territory|land|ground)\s*)?[.;]?\s*$", re.IGNORECASE
)
# A list of holdings ("Area under Russian control: - November 2023: 108,000 km²") is
# a list of stocks, not of gains.
_STOCK_HEADING_RE = re.compile(
    r"\b(?:control\w*|hold\w*|held|total\w*|cumulative\w*|as\s+of|in\s+all|overall|"
    r"occupied\s+(?:area|territory)|area\s+(?:occupied|under))\b",
    re.IGNORECASE,
)
_NUMBERED_LABEL_RE = re.compile(
    rf"(?P<unit>day|week)\s+{DAY_COUNT}",
    re.IGNORECASE,
)


# "Monthly gains in 2025 - January: 427 km²; February: 354 km²": a month labelling a
# figure inside a list written as one sentence, after a semicolon, comma or dash.
_INLINE_LABEL_RE = re.compile(
    rf"(?:[;,]|\s-|[–—])\s*(?P<month>{_MONTH_NAMES_RE})\.?(?:\s+(?P<year>(?:19|20)\d{{2}}))?"
    r"\s*:\s*$",
    re.IGNORECASE,
)


def _heads_list_of_movement(s: str, start: int, end: int) -> bool:
    """Whether the words before a list (``s[start:end]``) say it counts movement, not
    what is held: "Russian gains by month:", not "Occupied territory:"."""
    return (_MOVED_RE.search(s, start, end) is not None
            and _STOCK_HEADING_RE.search(s, start, end) is None)  # fmt: skip


def _inline_label_period(
    s: str, sent_start: int, scan: Scan, published: dt.date | None
) -> Period | None:
    """The month that labels a figure of a list written inline ("; February: 354 km²")."""
    label = _INLINE_LABEL_RE.search(s, max(sent_start, scan.start - 30), scan.start)
    if label is None:
        return None
    # as for a list of lines, only a list of movement is one of rates
    if not _heads_list_of_movement(s, max(sent_start, label.start() - _LOOKBACK), label.start()):
        return None
    return _period_named(
        _month_phrase(label), label.group(0).strip(" ;,-–—:"), scan.start, published
    )


# "Russia's November gains by direction: Pokrovsk 160 km², Huliaipole 120 km²": figures
# listed by place after a heading that names their period
_PLACE_LIST_SO_FAR_RE = re.compile(
    r"\s*(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*:?\s+[^,;:()]{1,30}?"
    r"(?:,\s*(?:and\s+)?|\s+and\s+))*"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*:?\s+(?:(?:some|about|around|nearly|over)\s+)?$"
)
_HEADING_MONTH_RE = re.compile(
    rf"\b(?P<month>{_MONTH_NAMES_RE})(?:\s+(?P<year>(?:19|20)\d{{2}}))?(?:['’]s)?\s+"
    r"(?:territorial\s+)?(?:gains?|advances?|captures?)\b",
    re.IGNORECASE,
)


_PLACE_LIST_REACH = 300  # characters of a list by place looked back over for its heading


def _heading_period_of_place_list(
    s: str, sent_start: int, scan: Scan, published: dt.date | None
) -> Period | None:
    """The period a heading names for figures listed by place after its colon, or None."""
    # (a list read within a bounded reach, so a long one stays linear to read)
    colon = s.find(":", max(sent_start, scan.start - _PLACE_LIST_REACH), scan.start)
    if colon < 0 or not _PLACE_LIST_SO_FAR_RE.fullmatch(s, colon + 1, scan.start):
        return None
    heading = max(sent_start, colon - _LOOKBACK)
    if not _heads_list_of_movement(s, heading, colon):
        return None
    named = _HEADING_MONTH_RE.search(s, heading, colon)
    if named is not None:
        return _period_named(_month_phrase(named), named.group(0), scan.start, published)
    return _period_in_clause(s, heading, colon, published)


# The area from which a figure on a list line alone is taken for territory held. [km²]
_HELD_AREA_KM2 = 10_000.0
# Lines of a list with no heading before a line ("Day one: 12 km. Day two: 8 km."): the
# line is read as one quoted alone. [characters]
_LIST_LINE_RE = re.compile(r"\s*(?:[-–—•*·]\s*)?[A-Za-z0-9][A-Za-z0-9 ,]{1,30}:[^:]{1,60}")
_LIST_LINE_END_RE = re.compile(r"[\n;]|\.(?!\d)")
_BARE_LIST_REACH = 400


def _quoted_alone(s: str, sent_start: int) -> bool:
    """Whether a list line at ``sent_start`` has nothing before it but blank space or
    other lines of a list with no heading ("Day one: 12 km. Day two: 8 km.")."""
    if sent_start >= _BARE_LIST_REACH:
        return False  # a long text before is no bare list: only a short one is looked at
    before = s[:sent_start]
    lines = [line for line in _LIST_LINE_END_RE.split(before) if line.strip()]
    return all(_LIST_LINE_RE.fullmatch(line) for line in lines) and (
        _STOCK_HEADING_RE.search(before) is None
    )


def _label_period(
    s: str, sent_start: int, sent_end: int, scan: Scan, published: dt.date | None
) -> Period | None:
    """The period a list line names before its figure ("November 2023: 725 km²"), or None."""
    label = _LABEL_RE.fullmatch(s, sent_start, scan.start)
    if label is None or _LABEL_TAIL_RE.fullmatch(s, scan.end, sent_end) is None:
        return None
    # What the list counts is said before it ("Russian gains by month:"), and only a
    # list of movement is one of rates: "Occupied territory:" heads what is held. A line
    # quoted alone, with nothing before it, is read as the lists of monthly gains it is
    # cut from are written, unless its area is of the size of territory held, which
    # series of occupied area write the same way ("November 2023: 109,000 km²").
    if not _quoted_alone(s, sent_start):
        if not _heads_list_of_movement(s, max(0, sent_start - _LOOKBACK), sent_start):
            return None
    elif _STOCK_HEADING_RE.search(s, sent_start, scan.start) is not None or (
        _kind(scan) == "areal" and scan.high * amount_factor(scan.pint_unit)[1] >= _HELD_AREA_KM2
    ):
        return None
    words = label.group("label")
    numbered = _NUMBERED_LABEL_RE.fullmatch(words)
    if numbered is not None:  # "Week 1": the first week, so a week
        days = 7.0 if numbered.group("unit").lower() == "week" else 1.0
        return Period(days, words, "", label.end())
    period = _whole_period(words, published) or _whole_period(f"in {words}", published)
    return None if period is None else Period(period.days, words, period.note, label.end())


# "A week later they had advanced another 60 miles": the time since the last figure is
# the period of a figure that adds to it. (Without "another" the figure is the total
# so far: "a week later they had advanced 60 miles" may count from the start.)
_FURTHER_BEFORE_RE = re.compile(
    r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$", re.IGNORECASE
)
_LATER_RE = re.compile(
    rf"\b(?P<n>{NUMBER_PHRASE}|an?|one)\s+(?P<unit>day|week|month|year)s?\s+later\b",
    re.IGNORECASE,
)


def _period_later(s: str, sent_start: int, scan: Scan, published: dt.date | None) -> Period | None:
    """The time "later" that a further figure took ("Two days later, another 15 km")."""
    if _FURTHER_BEFORE_RE.search(s, max(sent_start, scan.start - 16), scan.start) is None:
        return None
    found = list(_LATER_RE.finditer(s, max(sent_start, scan.start - _LOOKBACK), scan.start))
    if not found:
        return None
    later = found[-1]  # the nearest
    period = _counted_period(later, published)
    return None if period is None else Period(period.days, later.group(0), period.note, later.end())


def _counted_period(m: re.Match[str], published: dt.date | None) -> Period | None:
    """The period of a match's count and unit groups ("a week", "two days"), read whole."""
    return _whole_period(f"in {m.group('n')} {m.group('unit')}", published)


def _whole_period(phrase: str, published: dt.date | None) -> Period | None:
    """``phrase`` read as a period, or None unless the grammar reads all of it."""
    period = scan_period(phrase, 0, len(phrase), published)
    return period if period is not None and period.end == len(phrase) else None


# "advanced 100–150 km during the operation, which lasted from 13 January to 3 February";
# "The operation, which lasted 23 days, saw an advance of 500 km": the length of the
# operation the sentence names is the period of its one figure.
_LASTED_RE = re.compile(
    r"\b(?:(?:which|that)\s+(?:had\s+)?(?:lasted|ran|continued)|lasting|"
    # "The push, which covered 20 km, lasted a week": the verb after the aside that held
    # the figure
    r"(?<=,\s)(?:lasted|took)(?=\s+(?:just\s+|only\s+|some\s+|about\s+|nearly\s+)?(?:an?|one|\d+|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)|"
    # "The operation lasted 23 days, during which Soviet forces advanced 500 km"
    r"(?:lasted|ran\s+for|raged\s+for|went\s+on\s+for|continued\s+for)"
    r"(?=[^.;:]{1,40}?\b(?:during|in|over|throughout|within)\s+which\b|"
    # "The offensive lasted 90 days; in that time Russia gained 600 km²"
    r"[^.:]{1,40}?\b(?:during|in|over|within)\s+(?:that|this|the\s+same)\s+(?:time|period|span)\b)|"
    # "The offensive lasted 10 days and gained 25 km": one subject, both verbs ("The
    # column was on the road eleven days and covered 230 miles": on the move that long)
    r"(?:lasted|took|(?:was|were|had\s+been)\s+on\s+the\s+(?:road|march|move))"
    r"(?=\s[^.;:,]{1,40}?\s+and\s+(?:then\s+)?(?:advanc|gain|captur|seiz|took|won|push|"
    r"penetrat|cover|moved|drove|nett|liberat|recaptur|retook|overr|march)\w*\b))"
    r"\s+(?:for\s+)?",
    re.IGNORECASE,
)
_OTHER_FIGURE_RE = re.compile(rf"\d[\d,.]*\s*{UNIT_PATTERN}(?![A-Za-z])", re.IGNORECASE)


def _period_lasted(
    s: str,
    sent_start: int,
    sent_end: int,
    scan: Scan,
    published: dt.date | None,
    found: list[re.Match[str]] | None = None,
) -> Period | None:
    """The length an operation lasted, said once in the figure's sentence.

    ``found``: the sentence's matches of ``_LASTED_RE``, when the caller has them (so a
    long sentence is searched once, not once per figure).
    """
    if found is None:
        found = list(_LASTED_RE.finditer(s, sent_start, sent_end))
    if len(found) != 1:
        return None
    lasted = found[0]
    phrase = s[lasted.end() : min(sent_end, lasted.end() + 60)]
    # "from 13 January to 3 February" reads as it stands; "23 days" after "for"
    period = scan_period(phrase, 0, len(phrase), published)
    lead = 0
    if period is None:
        lead = len("for ")
        period = scan_period("for " + phrase, 0, lead + len(phrase), published)
    if period is None:
        return None
    period_end = lasted.end() + period.end - lead
    between = (s[scan.end : lasted.start()] if lasted.start() >= scan.end
               else s[period_end : scan.start])  # fmt: skip
    if _OTHER_FIGURE_RE.search(between):
        return None
    # the words as written: "lasted 23 days", not the "for" put before them to read them
    words = lasted.group(0) + period.text[lead:]
    return Period(period.days, words, period.note, scan.start)


# "After a march of nineteen days, during which they had covered 300 miles", "a
# fortnight of hard fighting, in the course of which the line advanced five miles":
# a length of time, then a relative clause that holds the figure.
_DURING_WHICH_RE = re.compile(
    rf"\b(?P<n>{NUMBER_PHRASE}|an?)\s+(?P<unit>{TIME_UNIT_WORD})"
    r"(?:\s+of\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s*,\s*"
    r"(?:(?:during|in|over|throughout|within)\s+(?:the\s+course\s+of\s+)?which(?:\s+time)?|"
    r"by\s+which\s+time)\s",
    re.IGNORECASE,
)


def _period_during_which(
    s: str, sent_start: int, scan: Scan, published: dt.date | None
) -> Period | None:
    """The length of time whose "during which" clause holds the figure."""
    found = None
    for m in _DURING_WHICH_RE.finditer(s, max(sent_start, scan.start - _LOOKBACK), scan.start):
        found = m  # the nearest
    if found is None or _OTHER_FIGURE_RE.search(s, found.end(), scan.start):
        return None
    period = _counted_period(found, published)
    if period is None:
        return None
    return Period(period.days, found.group(0).rstrip(), period.note, found.end())


# "a three-day, 40-mile advance", "the 40-mile, three-day drive": a length and a
# distance, both adjectives of one advance
_ADVANCE_NOUNS = (
    r"(?:advance|drive|push|march|dash|thrust|offensive|assault|sweep|run|trek|penetration|"
    r"breakthrough|pursuit|counter-?offensive|counter-?attack|attack|incursion|raid|retreat|"
    r"withdrawal)s?\b"
)
_LENGTH_ADJECTIVE = (
    rf"(?P<count>{DIGITS}|(?:[A-Za-z]+-)?[A-Za-z]+)[-\s](?P<unit>hour|day|week|fortnight|month)"
    r"(?:-long)?"
)
_LENGTH_BEFORE_RE = re.compile(rf"(?<![\w-]){_LENGTH_ADJECTIVE}\s*,?\s+$", re.IGNORECASE)
_LENGTH_AFTER_RE = re.compile(
    rf"\s*,?\s+(?:and\s+)?{_LENGTH_ADJECTIVE}\s+(?:[a-z]+\s+)?{_ADVANCE_NOUNS}", re.IGNORECASE
)
_ADVANCE_AFTER_RE = re.compile(rf"\s+(?:[a-z]+\s+)?{_ADVANCE_NOUNS}", re.IGNORECASE)


def _length_adjective(s: str, sent_start: int, sent_end: int, scan: Scan) -> Period | None:
    """A length written as an adjective beside a distance written as one."""
    if not re.search(rf"-\s*{re.escape(scan.unit_text)}$", s[scan.start : scan.amount_end]):
        return None  # "40 miles" is no adjective: "a three-day 40 miles" is not English
    after = _LENGTH_AFTER_RE.match(s, scan.amount_end, sent_end)
    match = after
    if after is None:
        if _ADVANCE_AFTER_RE.match(s, scan.amount_end, sent_end) is None:
            return None
        match = _LENGTH_BEFORE_RE.search(s, max(sent_start, scan.start - 40), scan.start)
    if match is None:
        return None
    try:
        count = count_value(match.group("count"))
    except AdvrateError:
        return None
    days = unit_days(count, match.group("unit"))
    if not 1.0 <= days < math.inf:
        return None
    words = match.group(0).strip(" ,")
    return Period(days, words, "", scan.start)


# "Russian troops are now 5 km closer to Pokrovsk than they were a week ago": the
# distance closed since then, in that time.
_CLOSER_THAN_RE = re.compile(
    rf"\s+(?:closer|nearer|further|farther)\b[^.;:!?]{{0,60}}?\bthan\s+(?:(?:it|they|he|she|we|"
    rf"the\s+\w+)\s+(?:was|were|had\s+been)\s+)?(?P<n>{NUMBER_PHRASE}|an?|one)\s+"
    r"(?P<unit>day|week|fortnight|month|year)s?\s+(?:ago|earlier|before|previously)\b",
    re.IGNORECASE,
)


def _period_closer_than(
    s: str, scan: Scan, sent_end: int, published: dt.date | None
) -> Period | None:
    """The time a distance was closed in: "5 km closer … than a week ago"."""
    closer = _CLOSER_THAN_RE.match(s, scan.end, sent_end)
    if closer is None:
        return None
    period = _counted_period(closer, published)
    if period is None:
        return None
    return Period(period.days, closer.group(0).strip(), period.note, closer.end())


# "Fifty days after D-Day, the Allies were only about 20 to 30 miles inland": a depth
# reached a time after the attack began is the ground covered in that time.
_ELAPSED_TEXT_RE = re.compile(r"\b(?:after|into)\b", re.IGNORECASE)
_DEPTH_AFTER_RE = re.compile(r"\s+(?:inland|deep\b|into\b|(?P<past>inside|beyond)\b)", _I)
# "the tanks were 250 miles inside Iraq", "the Germans stood 60 km beyond the Isonzo": how
# far past the line the attack set out from, said of where the army was (never "hit a
# depot 500 km inside Russia", "refugees were queuing 20 km inside Poland"; and never
# "behind", where reserves and headquarters stand)
_STOOD_BEFORE_RE = re.compile(
    rf"\b(?:was|were|stood|had\s+(?:got|gotten|reached))\s+(?:(?:already|now)\s+)?"
    rf"(?:{_HEDGE}\s+)?$",
    _I,
)


def _depth_since(s: str, sent_end: int, scan: Scan, period: Period) -> bool:
    """Whether the figure is a depth reached some time after an attack began."""
    if _ELAPSED_TEXT_RE.search(period.text) is None:
        return False
    depth = _DEPTH_AFTER_RE.match(s, scan.amount_end, sent_end)
    if depth is None:
        return False
    return depth.group("past") is None or (
        _STOOD_BEFORE_RE.search(s, max(0, scan.start - 40), scan.start) is not None
        and _NO_ARMY_RE.search(s, max(0, scan.start - 60), scan.start) is None
    )


# "We continue to advance. From one to two kilometres since the start of the day.": a
# sentence that is only a figure and its period answers the movement just before it.
_FRAGMENT_OPENING_RE = re.compile(
    rf"\s*[{re.escape(_QUOTE_CHARS)}]?\s*(?:[-–—•]\s*)?(?:(?:from|up\s+to|between)\s+)?$",
    re.IGNORECASE,
)


def _answers_movement(s: str, sent_start: int, scan: Scan) -> bool:
    """Whether a verbless sentence opens with the figure, after one that moves."""
    return (
        _FRAGMENT_OPENING_RE.fullmatch(s, sent_start, scan.start) is not None
        and _MOVED_RE.search(s, max(0, sent_start - 150), sent_start) is not None
    )


# "On 25 January, Ridgway attacked, and by 31 January his corps had moved up to twenty
# miles": a day that opens a span whose end is named later, before the figure.
_BY_DATE_RE = re.compile(
    rf"\bby\s+(?:the\s+(?:end|evening|morning|night)\s+of\s+)?(?P<date>(?:\d{{1,2}}(?:st|nd|rd|th)?"
    rf"\s+(?:{_MONTH_NAMES_RE})\.?|(?:{_MONTH_NAMES_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    rf"(?:,?\s+(?:19|20)\d{{2}})?)\b",
    re.IGNORECASE,
)


# "fell from 627 km² in November 2024 to just 203 km² by March 2025": in a change
# from one month's figure to another's, "by March" names the second month, as "in"
# would (a date, "by March 5", is left alone)
_FROM_MONTH_TO_RE = re.compile(
    rf"\bfrom\s+(?:[^;:.]|(?<=[a-z])\.(?=\s*[a-z])){{1,60}}?\s+in\s+(?:{_MONTH_NAMES_RE})\.?(?:\s+(?:19|20)\d{{2}})?"
    r"(?:\s+alone)?\s+to\s+"
    r"(?:(?:just|only|about|some|around|roughly|nearly|almost|a\s+mere)\s+)?$",
    re.IGNORECASE,
)
_BY_MONTH_RE = re.compile(
    rf"\s+by\s+(?P<month>(?:{_MONTH_NAMES_RE})\.?(?:\s+(?:19|20)\d{{2}})?)\b(?!\s*\d)",
    re.IGNORECASE,
)


def _by_month_after_change(
    s: str, sent_start: int, sent_end: int, scan: Scan, published: dt.date | None
) -> Period | None:
    """The month of the second figure of a change between two months' figures."""
    by = _BY_MONTH_RE.match(s, scan.end, sent_end)
    if (
        by is None
        or _FROM_MONTH_TO_RE.search(s, max(sent_start, scan.start - 120), scan.start) is None
    ):
        return None
    return _period_named("in " + by.group("month"), by.group(0).strip(), by.end(), published)


def _until_by_date(s: str, pos: int, period: Period, published: dt.date | None) -> Period | None:
    """``period``, or the span from its day to a "by" date after it; None if unreadable."""
    if period.days != 1 or not period.text.lower().startswith("on ") or period.end >= pos:
        return period
    by = _BY_DATE_RE.search(s, period.end, pos)
    if by is None:
        return period
    phrase = f"from {period.text[3:]} to {by.group('date')}"
    span = _whole_period(phrase, published)
    if span is None:
        return None
    return Period(span.days, f"{period.text} … {by.group(0)}", span.note, by.end())


# "1,846 km² thus far in 2025 as of April 30", "this year through November 18": a
# period counted to the publication date ends instead on the date it is given to.
_AS_OF_RE = re.compile(
    rf"\s*,?\s+(?:as\s+of|through|until|till|up\s+to|to)\s+(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH_NAMES_RE})|"
    rf"(?P<m2>{_MONTH_NAMES_RE})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?",
    re.IGNORECASE,
)


def _to_as_of_date(s: str, period: Period, published: dt.date | None) -> Period:
    """``period``, ended on its "as of" date when it was counted to the publication date."""
    if published is None or "so far" not in period.note:
        return period
    as_of = _AS_OF_RE.match(s, period.end)
    if as_of is None:
        return period
    month = _MONTHS[(as_of.group("m1") or as_of.group("m2")).lower()]
    day = int(as_of.group("d1") or as_of.group("d2"))
    year = int(as_of.group("y")) if as_of.group("y") else published.year
    try:
        end = dt.date(year, month, day)
    except ValueError:
        return period
    if end > published:
        return period
    words = (
        period.text
        if period.text.lower().startswith(("in ", "this ", "so far "))
        else (f"in {period.text}")
    )
    again = scan_period(words, 0, len(words), end)
    if again is None or "so far" not in again.note:
        return period
    note = again.note.replace(", published", ", the date it is given as of")
    return Period(again.days, f"{period.text}{as_of.group(0)}", note, as_of.end())


def _unless_report_day(s: str, sent_start: int, period: Period | None, pos: int) -> Period | None:
    """``period``, unless it is one day read before ``pos`` that dates a report.

    "On Tuesday, Syrskyi reported that …" and "Syrskyi said on Tuesday that …":
    the day the advance was reported, not the day it took.
    """
    if period is None or period.days > 1:
        return period
    start = period.end - len(period.text)
    set_off = s.startswith(",", period.end)
    reported = (_REPORTED_AFTER_RE[set_off].search(s, period.end, pos)
                or _REPORTED_BEFORE_RE.search(s, max(sent_start, start - 20), start)
                or _SAID_RIGHT_AFTER_RE[set_off].match(s, period.end, pos))  # fmt: skip
    return None if reported else period


_CLAUSE_END_RE = re.compile(r"[,;:]")


_CLOSING_DASH_RE = re.compile(r"\s+[-–—]$")


def _past_restatement(s: str, scan: Scan) -> int:
    """Where the walk to a figure's period starts: past the comma that closes a
    restatement set off by commas ("40 miles, or 64 km, to the Hindenburg Line in
    February"), which ends no clause. (A restatement between dashes takes its closing
    dash with it.)"""
    if (scan.restatement or "").startswith(",") and s.startswith(",", scan.end):
        return scan.end + 1
    return scan.end


def _opens_next_figure(s: str, pos: int, sent_end: int) -> bool:
    """Whether a figure follows in the clause a period (read past a comma) opens."""
    limit = min(sent_end, pos + 100)
    end = _CLAUSE_END_RE.search(s, pos, limit)
    return next(_candidates(s, pos, limit if end is None else end.start()), None) is not None


# "its November assessment that Russia gained 242 sq mi that month": a period
# named by "that" or "the same" refers back to a month or year the sentence names.
# Bare "over the year" / "throughout the month" refer back to the one the sentence
# names; without it they say nothing of which, or how long.
_NEEDS_ANTECEDENT_RE = re.compile(
    r"(?:over|throughout)\s+the\s+(?:whole\s+|entire\s+)?(?:month|year)", re.IGNORECASE
)
_BACK_REFERENCE_RE = re.compile(
    r"^(?:\w+\s+)?(?:the\s+(?:whole\s+|entire\s+)?course\s+of\s+)?(?:that|the\s+same|"
    r"the\s+(?P<before>previous|preceding|prior)|the\s+(?P<next>following|subsequent)|"
    r"the(?:\s+whole|\s+entire)?)\s+(?P<unit>month|year)"
    r"(?:\s+(?P<after>before|prior)|\s+(?P<later>after))?$",
    _I,
)
# A journey begun on a day, its whole length named: "the army started on its march
# of 300 miles on November 15" dates the start; it does not cover 300 miles that day.
_STARTED_JOURNEY_RE = re.compile(
    r"\b(?:started|starts|began|begins|begun|set\s+(?:out|off)|sets\s+(?:out|off)|embarked|"
    r"launched|commenced)\s+(?:on\s+|upon\s+)?(?:its|their|his|her|the|a|an)\s+"
    r"(?:[\w'-]+\s+){0,2}of\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+)?$",
    _I,
)
_NAMED_MONTH_RE = re.compile(
    rf"\b(?P<month>{_MONTH_NAMES_RE})\b\.?(?:\s+(?P<year>(?:19|20)\d{{2}}))?", re.IGNORECASE
)


def _named_earlier(
    s: str, sent_start: int, pos: int, period: Period, published: dt.date | None
) -> Period:
    """``period`` itself, or the month or year it refers back to in its sentence."""
    ref = _BACK_REFERENCE_RE.match(period.text)
    if ref is None:
        return period
    start = period.end - len(period.text)
    # (within reach before it, as for a month's year: a long sentence stays linear)
    end = min(start, pos)
    before = s[max(sent_start, end - _YEAR_ANCHOR_REACH) : end]
    back = 1 if ref.group("before") or ref.group("after") else 0  # "the previous month"
    if ref.group("next") or ref.group("later"):
        back = -1  # "the following month", "the month after": the one after
    if ref.group("unit").lower() == "month":
        named = list(_NAMED_MONTH_RE.finditer(before))
        phrase = _month_before(named[-1], back) if named else None
    else:
        years = _YEAR_IN_TEXT_RE.findall(before)
        phrase = f"in {int(years[-1]) - back}" if years else None
    if phrase is None:
        return period
    found = scan_period(phrase, 0, len(phrase), published)
    if found is None:
        return period
    note = "; ".join(filter(None, [f"{period.text}: {phrase[3:]}", found.note]))
    return Period(found.days, period.text, note, period.end)


# A month without its year, as a figure's whole period: "in December"
_BARE_MONTH_RE = re.compile(
    rf"(?:in|during|over|throughout|for)\s+(?:the\s+month\s+of\s+)?(?P<month>{_MONTH_NAMES_RE})\.?",
    re.IGNORECASE,
)


_YEAR_ANCHOR_REACH = 400  # how far back a month with its year is looked for [characters]


def _year_from_sentence(
    s: str, sent_start: int, period: Period, published: dt.date | None
) -> Period:
    """A month without its year takes it from a month with one earlier in the sentence.

    "725 km² in November 2024 and 593 km² in December" means December 2024, not the
    December of an article published on 1 December 2025. The year chosen puts the
    month nearest the one named with its year; a month still under way at, or after,
    the publication date is left to the usual reading.
    """
    if published is None:
        return period  # the length of a month does not depend on its year but February's
    bare = _BARE_MONTH_RE.fullmatch(period.text)
    if bare is None:
        return period
    start = period.end - len(period.text)
    # (within reach before the month: a long sentence is not read from its start each time)
    reach = max(sent_start, start - _YEAR_ANCHOR_REACH)
    anchors = [m for m in _NAMED_MONTH_RE.finditer(s, reach, start) if m.group("year")]
    if not anchors:
        return period
    anchor = anchors[-1]
    month, anchor_month = (_MONTHS[m.group("month").lower()] for m in (bare, anchor))
    year = int(anchor.group("year"))
    if month - anchor_month > 6:
        year -= 1  # "in January 2025 … in December": December 2024
    elif anchor_month - month > 6:
        year += 1  # "in November 2024 … in January": January 2025
    last_day = calendar.monthrange(year, month)[1]
    if dt.date(year, month, last_day) >= published:
        return period
    note = f"year not stated; {year} taken from '{anchor.group(0)}' earlier in the sentence"
    return Period(float(last_day), period.text, note, period.end)


# "600 km² a month earlier", "450 km² a year before": the figure is of the month or
# year before the one the sentence names, never of that one
_AGO_AFTER_RE = re.compile(
    r"\s*,?\s+(?:of\s+)?(?:an?|one)\s+(?P<unit>week|month|year)\s+(?:earlier|before|ago|previously|prior)\b",
    _I,
)
_YEAR_PERIOD_RE = re.compile(
    r"(?:in|during|over|throughout|for|across)\s+(?P<year>(?:19|20)\d\d)", _I
)


def _earlier_than_named(
    s: str, scan: Scan, period: Period, published: dt.date | None
) -> Period | None:
    """``period``, or for a figure "a month earlier" the month before it; None when
    the period a week, month or year earlier cannot be told from the one named."""
    ago = _AGO_AFTER_RE.match(s, scan.end)
    if ago is None:
        return period
    unit = ago.group("unit").lower()
    if unit == "week":
        return period if period.days == 7 else None
    named = _NAMED_MONTH_RE.search(period.text)
    year = _YEAR_PERIOD_RE.fullmatch(period.text)
    phrase = None
    if named is not None and period.days <= 31:
        if unit == "month":
            phrase = _month_before(named, 1)
        elif named.group("year"):
            phrase = f"in {named.group('month')} {int(named.group('year')) - 1}"
        elif named.group("month").lower()[:3] != "feb":  # a month's length, whatever the year
            phrase = f"in {named.group('month')}"
    elif year is not None and unit == "year":
        phrase = f"in {int(year.group('year')) - 1}"
    if phrase is None:
        return None
    found = scan_period(phrase, 0, len(phrase), published)
    if found is None:
        return None
    note = "; ".join(filter(None, [f"{ago.group(0).strip(' ,')}: {phrase[3:]}", found.note]))
    return Period(found.days, period.text, note, period.end)


def _month_before(named: re.Match[str], back: int) -> str:
    """A period phrase for the named month, or for the month ``back`` months before it
    (after it, for a negative ``back``)."""
    if not back:
        return f"in {named.group(0)}"
    month = _MONTHS[named.group("month").lower()] - back
    year = int(named.group("year")) if named.group("year") else None
    if month < 1:
        month += 12
        year = None if year is None else year - 1
    elif month > 12:  # "the following month" after December
        month -= 12
        year = None if year is None else year + 1
    return f"in {calendar.month_name[month]}" + (f" {year}" if year else "")


# "was to advance, in the course of heavy fighting, between fifteen and forty miles": an
# aside between a verb of movement and its figure does not end the verb's clause
_ASIDE_OPENS = (
    r"(?:in|after|amid|amidst|despite|under|with|against|through|at|by|according\s+to|per)\b"
)
_ASIDE_BEFORE_FIGURE_RE = re.compile(
    # set off by commas, dashes or brackets: ", according to the ISW,", " - by its own count -"
    rf",\s*{_ASIDE_OPENS}[^,;:\d]{{1,50}},\s*$"
    rf"|\s-\s*{_ASIDE_OPENS}[^,;:\d-]{{1,50}}\s-\s*$"
    rf"|\(\s*{_ASIDE_OPENS}[^,;:\d()]{{1,50}}\)\s*$",
    re.IGNORECASE,
)
_VERB_BEFORE_ASIDE_RE = re.compile(
    r"\b(?:advanc\w*|push(?:ed|ing)?|mov(?:e|ed|ing)|gain(?:ed|ing)?|march(?:ed|ing)?|drove|"
    r"driv(?:e|en|ing)|press(?:ed|ing)|penetrat\w*|cover(?:ed|ing)?|captur\w+|seiz\w+|took|"
    r"tak(?:e|en|ing)|retook|recaptur\w+|liberat\w+)\s*$",
    re.IGNORECASE,
)


def _before_aside(s: str, sent_start: int, pos: int) -> int:
    """Where an aside that only parts a verb of movement from the figure at ``pos``
    starts ("when Russia captured, according to the ISW, 634 km²"), else ``pos``."""
    if not s.endswith((",", ", ", "- ", ")", ") "), sent_start, pos):
        return pos
    aside = _ASIDE_BEFORE_FIGURE_RE.search(s, max(sent_start, pos - 60), pos)
    # (the verb ends right before the aside: looked for only there, as the pattern ends in
    # "$", so that a long sentence is not searched from its start for every figure)
    verb_from = max(sent_start, aside.start() - 30) if aside is not None else pos
    if aside is None or not _VERB_BEFORE_ASIDE_RE.search(s, verb_from, aside.start()):
        return pos
    return aside.start()


def _clause_past_aside(s: str, sent_start: int, clause_start: int) -> int:
    """``clause_start``, or the start of the clause before an aside that only parts a
    verb of movement from its figure."""
    before = _before_aside(s, sent_start, clause_start)
    return clause_start if before == clause_start else _clause_start(s, sent_start, before)


# An aside set off by commas between a subject and its verb: "the Russian army, backed
# by drones and glide bombs, seized 225 km²", "the Germans, despite heavy losses, had
# advanced 40 miles". The clause runs on from before it.
# (Not a "which" or "who" clause that names its own dates: "The offensive, which began on
# 22 June and was halted on 29 August, carried …")
_SUBJECT_ASIDE = (
    # ("the army, which had regrouped over the winter, seized …": a relative clause that
    # names no day, month or year of its own)
    rf",\s*(?:(?:which|who)\b(?![^,;:()]*?\b(?:{_MONTH_NAMES_RE}|day|days|week|weeks|month|"
    r"months|year|years|yesterday|today|began|started|ended)\b)|"
    r"backed|supported|aided|helped|reinforced|led|commanded|despite|having|"
    r"exhausted|battered|weakened|short|fresh|now|already|still|once|together|along|with|"
    r"under|in\s+(?:spite|turn|part)|for\s+(?:their|its|his|her)\s+part|as\s+(?:a|the))"
    r"\b[^,;:()\d]{1,80},"
)
_SUBJECT_ASIDE_RE = re.compile(_SUBJECT_ASIDE + r"\s*$", re.IGNORECASE)
_SUBJECT_ASIDE_ANY_RE = re.compile(_SUBJECT_ASIDE, re.IGNORECASE)
_VERB_OPENS_RE = re.compile(
    r"\s*(?:(?:had|has|have|then|also|quickly|soon|nonetheless|nevertheless|still|only|just|"
    r"reportedly|eventually|finally)\s+)*(?:[a-z]+ed|took|drove|won|swept|made|seized|went|broke|"
    r"got|crept|fought|overran|retook|gained|pushed)\b"
)


def _clause_past_subject_aside(s: str, sent_start: int, clause_start: int, pos: int) -> int:
    """``clause_start``, or the start of the clause before an aside between a subject and
    the verb that opens the clause of the figure at ``pos``."""
    if clause_start <= sent_start or not _VERB_OPENS_RE.match(s, clause_start, pos):
        return clause_start
    aside = _SUBJECT_ASIDE_RE.search(s, max(sent_start, clause_start - 100), clause_start)
    if aside is None:
        return clause_start
    return _clause_start(s, sent_start, aside.start())


def _clause_start(s: str, sent_start: int, pos: int) -> int:
    """Start of the clause holding ``pos``: after the last comma or semicolon, within the
    look-back ("The town fell on Monday; two days later the army advanced 10 km": the
    day is the other clause's)."""
    window = max(sent_start, pos - _LOOKBACK)
    return max(s.rfind(",", window, pos) + 1, s.rfind(";", window, pos) + 1, window)


def _after_superlative(text: str, low: int, pos: int) -> bool:
    """Whether a superlative or a comparison ends just before ``pos`` (the "largest" of
    "the largest since 2022"): what follows says how rare, not from when."""
    return _RARITY_RE.search(text, max(low, pos - 30), pos) is not None


def _since_before(s: str, sent_start: int, pos: int) -> bool:
    """Whether "since" comes before ``pos`` in its clause, other than after a superlative
    ("the largest since 2022, at 500 km²", which says how rare, not from when)."""
    clause = _clause_start(s, sent_start, pos)
    return any(
        not _after_superlative(s, clause, since.start())
        for since in _SINCE_RE.finditer(s, clause, pos)
    )


# ---------------------------------------------------------------------------
#: Largest HTML page :func:`html_to_text` reads. [characters]
MAX_HTML_CHARS = 20_000_000

_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
     "blockquote", "header", "footer", "title", "dd", "dt", "figcaption", "hr", "table"}
)  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
# Elements whose content is not visible text: skipped up to their end tag.
_RAW_TAGS = ("script", "style", "noscript", "template", "svg")
# A tag: its name, then anything but < and >, so a scan never runs past the
# next "<" (which keeps "<a <a <a ..." linear).
_TOKEN_RE = re.compile(r"<!--|<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*>|<[!?][^<>]*>")
# Runs of blanks, and single tabs and the like; a lone space is left alone
# (replacing every one of them would cost a substitution per word).
_BLANKS_RE = re.compile(r"[ \t\r\f\v]{2,}|[\t\r\f\v]")
_END_TAG_RE = {tag: re.compile(rf"</{tag}\s*>", re.IGNORECASE) for tag in _RAW_TAGS}


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one paragraph per line (scripts and styles dropped).

    A single forward pass: each character is looked at a bounded number of
    times whatever the markup, so hostile pages ("<a <a <a ...", unclosed
    comments or scripts, conditional comments such as ``<![ if !IE ]>``) cost
    no more than ordinary ones. Malformed markup is read as text, never an
    error.

    Parameters
    ----------
    markup : str
        The page, at most :data:`MAX_HTML_CHARS` characters.

    Returns
    -------
    str
        The text, entities decoded, blank runs folded.

    Raises
    ------
    advrate.AdvrateError
        ``markup`` is not text or is larger than :data:`MAX_HTML_CHARS`.
    """
    if not isinstance(markup, str):
        raise AdvrateError(f"html_to_text takes text, not {type(markup).__name__}")
    if len(markup) > MAX_HTML_CHARS:
        raise AdvrateError(
            f"the page is {len(markup):,} characters; at most {MAX_HTML_CHARS:,} are read "
            "(split it, or extract from its text)"
        )
    parts: list[str] = []
    # Where a search for a closing delimiter already failed: searching again
    # from later on would fail too, so it is not repeated (linear time).
    no_more: dict[str, int] = {}

    def find(token: str, pattern: re.Pattern[str] | None, pos: int) -> tuple[int, int]:
        if no_more.get(token, len(markup) + 1) <= pos:
            return -1, -1
        if pattern is None:
            at = markup.find(token, pos)
            found = (at, at + len(token)) if at >= 0 else (-1, -1)
        else:
            m = pattern.search(markup, pos)
            found = (m.start(), m.end()) if m else (-1, -1)
        if found[0] < 0:
            no_more[token] = pos
        return found

    pos, n = 0, len(markup)
    cells = 0  # cells opened in the current table row
    while pos < n:
        # The engine skips text and stray "<" at C speed; Python sees markup only.
        token = _TOKEN_RE.search(markup, pos)
        if token is None:
            parts.append(markup[pos:])
            break
        parts.append(markup[pos : token.start()])
        pos = token.end()
        if token.group(0) == "<!--":
            _, end = find("-->", None, pos)
            pos = n if end < 0 else end  # an unclosed comment runs to the end, as in browsers
            continue
        name = (token.group(2) or "").lower()
        if not name:
            continue  # a declaration or a conditional comment: <!doctype>, <![ if !IE ]>
        if not token.group(1) and name in _END_TAG_RE and not token.group(0).endswith("/>"):
            _, end = find(name, _END_TAG_RE[name], pos)
            pos = n if end < 0 else end
        elif name in _CELL_TAGS:
            # a table row is one line, its first cell a label: "October 2024: 478 km²"
            if not token.group(1):
                parts.append("\n" if cells == 0 else ": " if cells == 1 else "; ")
                cells += 1
        elif name in _BLOCK_TAGS:
            if name == "tr" or name == "table":
                cells = 0
            parts.append("\n")
    # a soft hyphen ("&shy;") only marks where a browser may break a word: "kilo&shy;metres"
    text = html.unescape("".join(parts)).replace("\u00ad", "")
    text = _BLANKS_RE.sub(" ", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def _read_file(path: Path) -> str:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise AdvrateError(f"{path}: not UTF-8 text") from None
    if path.suffix.lower() in (".html", ".htm") or re.match(r"\s*<(!doctype|html)", text, re.I):
        return html_to_text(text)
    return text


_TEXT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")


def _expand(paths: list[Path]) -> list[Path]:
    """Files as given, and the text and HTML files under any folder given (sorted)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in _TEXT_SUFFIXES)  # fmt: skip
            if not inside:
                raise AdvrateError(f"{path}: a folder with no text or HTML files "
                                   f"({', '.join(_TEXT_SUFFIXES)})")  # fmt: skip
            found.extend(inside)
        else:
            found.append(path)
    return found


def extract_files(
    files: Sequence[str | Path],
    *,
    fmt: str = "csv",
    out: str | Path | None = None,
    progress: bool = True,
    published: object = None,
) -> int:
    """Extract rates from text or HTML files, or whole folders of them, into one table.

    Parameters
    ----------
    files : sequence of path
        Text (``.txt``, ``.md``) or HTML (``.html``) files, or folders, read
        recursively for such files.
    fmt : {"csv", "json", "markdown", "parquet"}, default "csv"
        Output format; Parquet needs ``out`` and pyarrow (``advrate[dask]``).
    out : path, optional
        Output file; standard output by default.
    progress : bool, default True
        Show a progress bar (on standard error) when there are several files.
    published : date-like, optional
        One publication date for every file (see :func:`extract_rates`).

    Returns
    -------
    int
        Exit status: 0 when every file was read, 1 when some could not be
        (each is reported on standard error; the others are still processed).
    """
    from tqdm import tqdm

    if not isinstance(fmt, str) or fmt not in ("csv", "json", "markdown", "parquet"):
        raise AdvrateError(f"unknown format {str(fmt)[:40]!r}; use csv, json, markdown or parquet")
    if isinstance(files, str | bytes) or not isinstance(files, Iterable):
        raise AdvrateError(f"files must be a list of paths, not {files!r:.60}")
    progress = as_flag(progress, "progress")
    day = None if published is None else as_date(published, "published")
    given = [as_path(f, "file") for f in files]
    target = None if out is None else check_output_file(out, inputs=given)
    if fmt == "parquet" and target is None:
        raise AdvrateError("Parquet is binary: give --out FILE.parquet")
    paths = _expand(given)
    if target is not None:
        check_output_file(target, inputs=paths)
    rows: list[dict[str, object]] = []
    failed = 0
    bar = tqdm(paths, desc="extracting", unit="file", disable=not progress or len(paths) < 2,
               file=sys.stderr)  # fmt: skip
    for path in bar:
        try:
            found = _rows(_read_file(path), day)
        except (OSError, AdvrateError) as err:
            failed += 1
            reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
            print(f"advrate extract: cannot read {path}: {reason}", file=sys.stderr)
            continue
        rows.extend({"file": str(path), **row} for row in found)
    result = pd.DataFrame(rows, columns=["file", *COLUMNS])
    if fmt == "parquet":
        _write_parquet(result, target)  # type: ignore[arg-type]
        return 1 if failed else 0
    if fmt == "csv":
        payload = result.to_csv(index=False, lineterminator="\n")
    elif fmt == "json":
        payload = result.to_json(orient="records", force_ascii=False, indent=2) + "\n"
    else:
        shown = result.drop(columns=["sentence"])
        payload = shown.to_markdown(index=False) + "\n"
    if target is None:
        sys.stdout.write(payload)
    else:
        write_text_atomic(target, payload)
    return 1 if failed else 0


def _write_parquet(table: pd.DataFrame, target: Path) -> None:
    import os
    import tempfile

    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise AdvrateError("Parquet output needs pyarrow: pip install 'advrate[dask]'") from None
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(handle)
    try:
        table.to_parquet(name, index=False)
        os.replace(name, target)
    finally:
        if os.path.exists(name):
            os.unlink(name)
