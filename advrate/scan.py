"""The scanner that :mod:`advrate.parse` and :mod:`advrate.extract` share.

It reads one figure at a position in cleaned text: qualifiers ("about",
"over"), the number (thousands separators, decimal commas, number words,
ranges), a distance or area unit from the vetted lists of
:mod:`advrate.units`, an optional restatement in other units and an optional
time phrase ("per day", "a week", "in 12 days"). :func:`scan_rate` returns
what it read, with offsets, as a :class:`Scan`, or raises :class:`NoRate`
saying why no figure starts there.

Text never reaches pint's expression parser, which misreads several common
wordings (``"1 580 m/day"`` as 580, ``"50 meters a day"`` as metre-day-years)
and can hang on hostile input (``"9**9**9"``). Every pattern here is linear in
its input and case-insensitive over ASCII only.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from .exceptions import AdvrateError
from .units import (
    AREA_UNITS,
    LENGTH_UNITS,
    SHORT_TIME_SYMBOLS,
    TIME_UNITS,
    amount_factor,
    format_value,
    kind_of,
)

__all__ = [
    "CASELESS",
    "COMPACT_UNITS",
    "COMPOUND_UNITS",
    "DIGITS",
    "NUMBER_PHRASE",
    "NUMBER_RE",
    "NUMBER_WORDS",
    "QUALIFIERS",
    "SPACE_UNITS",
    "TIME_UNIT_PATTERN",
    "UNIT_PATTERN",
    "Basis",
    "Bound",
    "NoRate",
    "Scan",
    "clean_text",
    "count_value",
    "first_chars",
    "number_value",
    "phrase_trie",
    "scan_rate",
    "unit_key",
]

Bound = Literal["approximate", "lower", "upper", "exact"]

# Case-insensitive, ASCII only: with Unicode case folding, "ſ" matches "s" and
# "K" (Kelvin) matches "k", and the matched text is then not found in the
# vocabularies (a KeyError or, for number words, a silently wrong value).
CASELESS = re.IGNORECASE | re.ASCII
Basis = Literal["stated", "every", "total", "given"]

# ---------------------------------------------------------------------------
# Characters: one-for-one replacements, so offsets in the cleaned text are
# offsets in the original.
# Every Unicode space becomes a space, so "1\u2002580" is read as 1,580 or not
# at all, never as 580. Zero-width characters (joiners, the soft hyphen, the
# byte-order mark) become a space too: inside a number they are read as a
# digit-group separator when the groups are well formed, inside a word they
# end it, and a broken group is refused (see _glued_to_previous).
_SPACE_CHARS = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
)
_CHAR_MAP = str.maketrans(
    {
        **dict.fromkeys(_SPACE_CHARS, " "),
        "\u0085": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2212": "-",  # minus sign
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2019": "'",  # also the Swiss thousands separator: 1’580
        "\u02bc": "'",
        "_": " ",  # emphasis in plain text: "_seventy miles in twenty-four hours_"
    }
)


_MAPPED_RE = re.compile("[" + "".join(map(chr, _CHAR_MAP)) + "]")


# Reference marks copied with encyclopaedia text: "300 km²[1] in October", "[12]",
# "[citation needed]", "[nb 1]". Blanked, so the figure and its period meet.
_REFERENCE_MARK_RE = re.compile(r"\[(?:\d{1,3}|[a-z]|nb \d{1,2}|citation needed)\]")
# Markdown emphasis round a word or a figure ("**478 km²** in *October*"), not a
# list's bullet ("* item") or a product ("5*3"). Blanked, as "_" is.
_EMPHASIS_RE = re.compile(r"(?<![\w*])\*{1,3}(?=[^\s*])|(?<=[^\s*])\*{1,3}(?![\w*])")


def clean_text(text: str) -> str:
    """Replace typographic spaces and dashes by ASCII ones, and blank reference marks
    ("[1]"), keeping every offset."""
    # A regex scan finds the few mapped characters at C speed; translate alone
    # would visit every character through the mapping.
    cleaned = _MAPPED_RE.sub(lambda m: m.group(0).translate(_CHAR_MAP), text)
    if "[" in cleaned:
        cleaned = _REFERENCE_MARK_RE.sub(lambda m: " " * len(m.group(0)), cleaned)
    if "*" in cleaned:
        cleaned = _EMPHASIS_RE.sub(lambda m: " " * len(m.group(0)), cleaned)
    return cleaned


# ---------------------------------------------------------------------------
# Numbers
_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALE_WORDS = {"hundred": 100, "thousand": 1000, "dozen": 12}
_ALL_NUMBER_WORDS = {**_UNITS_WORDS, **_TENS_WORDS, **_SCALE_WORDS}
#: The number words the scanner reads ("fifty", "three hundred"), for callers
#: that dispatch on a phrase's first word.
NUMBER_WORDS: frozenset[str] = frozenset(_ALL_NUMBER_WORDS)


def phrase_trie(phrases: Iterable[str], space: str = r"\s*") -> str:
    r"""A regex matching any of ``phrases``, built as a trie of their characters.

    Where phrases share a beginning the engine reads it once instead of once
    per phrase ("sq km", "sq kilometres", "sq mi" …), and at each branch the
    longer continuations come first, so a longer phrase wins over its prefix
    as it does in a longest-first alternation.

    Parameters
    ----------
    phrases : iterable of str
        Literal phrases, matched with the flags of the pattern they go into.
    space : str, default ``r"\s*"``
        The regex a space inside a phrase stands for: by default any run of
        whitespace or none ("sq.km").

    Returns
    -------
    str
        A non-capturing group, ready to be put into a larger pattern.
    """
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def depth(node: dict) -> int:
        return max((0 if key == "" else 1 + depth(child)) for key, child in node.items())

    def emit(node: dict) -> str:
        branches = sorted((item for item in node.items() if item[0]), key=lambda kv: -depth(kv[1]))
        parts = [(space if key == " " else re.escape(key)) + emit(child) for key, child in branches]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(trie) + ")"


_WORD = phrase_trie(_ALL_NUMBER_WORDS)
# How number words join: a tens word to a unit ("twenty-five", "twenty five"), any
# word to a scale word ("two hundred", "fifteen hundred"), a scale word to what
# follows ("one hundred and twenty"). Never two units or two tens: "two-three weeks"
# is a range, not five weeks.
_WORD_JOIN = (
    rf"(?:(?<=ty)(?:\s+|-)(?={phrase_trie(_UNITS_WORDS)}\b)|\s+(?=(?:hundred|thousand|dozen)\b)|"
    r"(?:(?<=hundred)|(?<=thousand)|(?<=dozen))(?:\s+and)?\s+)"
)
# Digits: comma thousands ("1,580"), space thousands ("1 580"), decimal comma
# with one or two digits ("16,1"), plain decimals. A trailing lookahead refuses
# partial reads such as "1" out of "1,5000".
_VULGAR = {"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3}
DIGITS = (
    # fractions first: "2 1/2", "1½", "3/4" are never read as "2", "1" or "4"
    r"(?:\d{1,3}\s+[1-9]/[1-9](?!\d)|\d{0,3}[½¼¾⅓⅔]|[1-9]/[1-9](?!\d)"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?: \d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:'\d{3})+(?:\.\d+)?"
    r"|\d+,\d{1,2}"
    r"|\d+(?:\.\d+)?(?:[eE][+-]?\d{1,2})?"
    r"|\.\d+)"
    r"(?![\d]|[.,']\d)"
)


def first_chars(words: Iterable[str]) -> str:
    """A character class of the first letters of ``words``, both cases.

    Put in a lookahead in front of a case-insensitive alternation, it lets the
    regex engine skip impossible positions at C speed (about 50x faster
    searches over long text).
    """
    letters = sorted({w[0].lower() for w in words} | {w[0].upper() for w in words})
    return "[" + re.escape("".join(letters)) + "]"


# Units. Area phrases first so "square kilometers" is not read as "kilometers".
SPACE_UNITS = {**AREA_UNITS, **LENGTH_UNITS}
# The pattern lets spaces between a unit's words be left out ("sq.km",
# "squaremiles"), so units are looked up with their spaces removed.
COMPACT_UNITS = {phrase.replace(" ", ""): name for phrase, name in SPACE_UNITS.items()}
# A hyphen may stand for a unit's inner space too: "square-kilometres", "a
# 500-square-kilometre swathe".
UNIT_PATTERN = phrase_trie(SPACE_UNITS, space=r"(?:\s*|-)")

# Every word branch starts at a word boundary, so the look-ahead demands one too:
# letters inside words (half of all positions) are then refused before any
# branch is tried, which makes scanning prose about a quarter faster.
NUMBER_RE = re.compile(
    rf"(?=[\d.½¼¾⅓⅔]|\b{first_chars([*_ALL_NUMBER_WORDS, 'half', 'a', 'an'])})"
    r"(?P<num>"
    # "a quarter of a mile", "three-quarters of a mile": never "a mile" alone; "a
    # quarter mile", "a third-mile" only before a unit
    r"(?P<fraction>\b(?P<numerator>an?|one|two|three)[\s-]+(?P<denominator>quarters?|thirds?)"
    rf"(?:\s+of\s+an?\b|(?=(?:\s+|-)(?:{UNIT_PATTERN})(?![A-Za-z]))))|"
    # "4.1 thousand", "1.2 million": digits then a scale word
    rf"(?:(?P<digits>{DIGITS})(?:\s+(?P<scale>thousand|million)\b)?"
    # "one hundred and twenty": "and" only after a scale word, so that "between ten and
    # twelve miles" stays two numbers
    # "a hundred miles", "a thousand yards": the article counts one of the scale
    # ("half a dozen miles", "a half-dozen miles": six)
    rf"|(?P<words>\b(?:(?:half\s+)?an?\s+(?=(?:hundred|thousand|dozen)\b)|"
    rf"(?:an?\s+)?half[\s-]+(?=dozen\b))?{_WORD}"
    rf"(?:{_WORD_JOIN}{_WORD})*\b))"
    # "two and a half miles", "one-and-a-half miles", "two and a half thousand yards",
    # "three and three-quarter miles", "two and a third miles"
    r"(?P<andhalf>(?:\s+|-)and(?:\s+|-)(?P<andnum>an?|one|two|three)(?:\s+|-)"
    r"(?P<andpart>half|quarters?|thirds?)\b(?:\s+(?P<halfscale>hundred|thousand)\b)?)?"
    # (never the "a half" inside "one-and-a-half" or "two and a half")
    r"|(?<!-)(?<!and a )(?P<halfa>\bhalf(?:\s+an?)?\b)"
    r"|(?<!-)(?<!and )(?P<article>\ban?\b)"
    r")",
    CASELESS,
)


# One to three digits, a full stop, exactly three digits: "1.580" is 1,580 where
# a full stop groups thousands (as in much of Europe) and 1.58 where it does not.
_DOT_THOUSANDS_RE = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_NUMBER_TOKEN_RE = re.compile(r"[\d.,][\d.,' ]*\d|\d")


def _words_to_number(words: str) -> float:
    """Value of an English number phrase such as "one hundred and twenty-five"."""
    total = 0
    current = 0
    share = 1.0
    for token in re.split(r"[\s-]+", words.lower()):
        if token in ("and", "a", "an") or not token:
            continue
        if token == "half":  # "half a dozen": half of what follows
            share = 0.5
            continue
        if token in _UNITS_WORDS:
            current += _UNITS_WORDS[token]
        elif token in _TENS_WORDS:
            current += _TENS_WORDS[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token == "dozen":  # "a dozen miles", "two dozen"
            current = max(current, 1) * 12
        elif token == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:  # pragma: no cover - the pattern admits only the words above
            raise AdvrateError(f"unknown number word {token!r}")
    return float(total + current) * share


_DECIMAL_COMMA_RE = re.compile(r"\d+,\d{1,2}")


_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4}


_SCALE_FACTORS = {"thousand": 1e3, "million": 1e6}


def _shorthand_low(num1: re.Match[str], num2: re.Match[str], low: float, high: float) -> float:
    """The lower end of a range whose scale is written once, at its upper end.

    "between 3 and 4 thousand" is 3,000 to 4,000 and "3-4,000" is 3,000 to 4,000;
    a lower end that cannot be told apart ("1-2,500") is refused, not guessed.
    """
    digits1, digits2 = num1.group("digits"), num2.group("digits")
    if not digits1 or num1.group("scale") or "," in digits1:
        return low
    if num2.group("scale"):
        return low * _SCALE_FACTORS[num2.group("scale").lower()]
    if "." in digits1 or not digits2 or "," not in digits2 or low <= 0 or high < 100 * low:
        return low
    if digits2.endswith(",000") and low * 1000 < high:
        return low * 1000
    raise NoRate(
        f"cannot read the range {digits1}-{digits2}: the lower end may be {digits1} or "
        f"{digits1},000; write both ends in full"
    )


def _fraction_value(digits: str) -> float:
    """ "2 1/2", "1½", "3/4", "½" as numbers."""
    if digits[-1] in _VULGAR:
        return float(digits[:-1] or 0) + _VULGAR[digits[-1]]
    whole, _, fraction = digits.rpartition(" ")
    numerator, denominator = fraction.split("/")
    return float(whole or 0) + int(numerator) / int(denominator)


def number_value(m: re.Match[str]) -> float:
    if m.group("fraction"):
        parts = m.group("numerator").lower(), m.group("denominator").lower().rstrip("s")
        return _NUMERATORS[parts[0]] / _DENOMINATORS[parts[1]]
    if m.group("article"):
        return 1.0
    if m.group("halfa"):
        return 0.5
    if m.group("digits"):
        digits = m.group("digits")
        if "/" in digits or digits[-1] in _VULGAR:
            return _fraction_value(digits)
        if _DECIMAL_COMMA_RE.fullmatch(digits):
            value = float(digits.replace(",", "."))
        else:
            value = float(digits.replace(",", "").replace(" ", "").replace("'", ""))
        if m.group("scale"):
            value *= {"thousand": 1e3, "million": 1e6}[m.group("scale").lower()]
    else:
        value = _words_to_number(m.group("words"))
    if m.group("andhalf"):
        part = m.group("andpart").lower().rstrip("s")
        value += _NUMERATORS[m.group("andnum").lower()] / _DENOMINATORS[part]
        if m.group("halfscale"):  # "two and a half thousand": 2,500
            value *= {"hundred": 100, "thousand": 1000}[m.group("halfscale").lower()]
    if not math.isfinite(value):
        raise NoRate(f"the number {m.group(0)[:20]!r}... is too large to read")
    return value


# ---------------------------------------------------------------------------
# Qualifiers: kept as data, never dropped.
QUALIFIERS: dict[str, Bound] = {
    "about": "approximate",
    "approximately": "approximate",
    "approx.": "approximate",
    "approx": "approximate",
    "around": "approximate",
    "roughly": "approximate",
    "some": "approximate",
    "circa": "approximate",
    "an estimated": "approximate",
    "close to": "approximate",
    # a guess, as forums and memoirs hedge: "cavalry maybe 30"
    "maybe": "approximate",
    "perhaps": "approximate",
    "probably": "approximate",
    "~": "approximate",
    "≈": "approximate",
    # abbreviations of older and scholarly texts: "c. 20 km a day", "ca. 1,000 km²"
    "c.": "approximate",
    "ca.": "approximate",
    "est.": "approximate",
    "<": "upper",
    ">": "lower",
    "shy of": "upper",
    "just shy of": "upper",
    "not quite": "upper",
    "north of": "lower",
    "slightly more than": "lower",
    "slightly less than": "upper",
    "as far as": "upper",
    "a little over": "lower",
    "a little more than": "lower",
    "a little under": "upper",
    "a little less than": "upper",
    "nearly": "upper",
    "almost": "upper",
    "less than": "upper",
    "fewer than": "upper",
    "under": "upper",
    "up to": "upper",
    "at most": "upper",
    "no more than": "upper",
    "over": "lower",
    "more than": "lower",
    "greater than": "lower",
    "upwards of": "lower",
    "upward of": "lower",
    "well over": "lower",
    "well under": "upper",
    "as much as": "upper",
    "as many as": "upper",
    "as little as": "lower",
    "as few as": "lower",
    "at least": "lower",
    "+": "lower",
    "odd": "lower",
    "plus": "lower",
    "above": "lower",
    "in excess of": "lower",
    "only": "exact",
    "just": "exact",
    "barely": "exact",
    "a mere": "exact",
    # after the amount: "20 km or so", "20 km or more", "300 metres or less"
    "or so": "approximate",
    "or thereabouts": "approximate",
    "or more": "lower",
    "or less": "upper",
}
# Words that say the figure is an average; kept in ``Rate.prefix``.
_AVERAGE_PHRASES = ("an average of", "on average", "average of", "averaging", "average")


_PREFIX_RE = re.compile(
    r"(?P<prefix>"
    + phrase_trie([*QUALIFIERS, *_AVERAGE_PHRASES], space=r"\s+")
    + r")(?:\s+|(?<=[~≈<>])\s*)",
    CASELESS,
)

# ---------------------------------------------------------------------------
# Units after a number. (Their words, UNIT_PATTERN, are defined above NUMBER_RE, whose
# "a quarter mile" needs them.)
# A hyphen may join the unit to its number: "a 20-mile advance", "a ten-km push".
# An abbreviation's full stop inside a sentence ("3 mi. in a day", "5 km. (3 mi.)") is
# part of the unit; one that ends the sentence is not.
# ("2 more miles", "50 additional square kilometres": the word of increment is the
# amount's, between number and unit)
_UNIT_RE = re.compile(
    rf"(?:-|\s*)(?:(?:more|further|additional|extra)\s+)?(?P<unit>{UNIT_PATTERN})(?![A-Za-z0-9²³])"
    r"(?:\.(?=\s+[a-z(\[]))?",
    CASELESS,
)
# Speed abbreviations that carry their own time unit.
COMPOUND_UNITS: dict[str, tuple[str, str]] = {
    "mph": ("mile", "hour"),
    "kph": ("kilometer", "hour"),
    "kmh": ("kilometer", "hour"),
    "km/hr": ("kilometer", "hour"),
}
_COMPOUND_RE = re.compile(
    r"\s*(?P<unit>" + "|".join(re.escape(k) for k in COMPOUND_UNITS) + r")(?![A-Za-z0-9])",
    CASELESS,
)
_WORD_RE = re.compile(r"\s*(?P<word>[A-Za-z][A-Za-z.²³0-9^]*)")

_TIME_FULL = sorted((k for k in TIME_UNITS if k not in SHORT_TIME_SYMBOLS), key=len, reverse=True)
_TIME_ANY = sorted(TIME_UNITS, key=len, reverse=True)
_TF = phrase_trie(_TIME_FULL) + r"\b"
TIME_UNIT_PATTERN = phrase_trie(_TIME_ANY) + r"(?![A-Za-z])"
NUMBER_PHRASE = rf"(?:{DIGITS}|{_WORD}(?:{_WORD_JOIN}{_WORD})*)"

# Filler words allowed between the unit and its time phrase.
# "14.5 km² claimed each day": a participle between the amount and its time basis.
#: What an amount measures, after it: "of territory", "of contested land", "of
#: Ukraine's territory".
OF_GROUND = (
    r"\s+of\s+(?:[A-Za-z][\w’'-]*\s+){0,2}?(?:progress|ground|territory|land|advance|gains?)\b"
)
_FILLER_RE = re.compile(
    rf"{OF_GROUND}"
    # "2.5 km, on average, per day", "20 miles on average each day"
    r"|\s*,?\s+on\s+average\b,?"
    r"|\s+or\s+so\b|\s+(?:westward|eastward|"
    r"northward|southward|forward|deep|claimed|captured|gained|taken|seized|won|covered|"
    r"occupied|liberated|retaken|recaptured)\b",
    CASELESS,
)
# A restatement in other units: "(0.8 square miles)", "[7.5 sq. mi]", "(equivalent
# to about 78 square miles)", ", or 78 square miles,".
_RESTATE_LEAD = (
    r"(?:(?:about|approximately|roughly|some|around|nearly|almost|over|more\s+than|"
    r"less\s+than|just\s+over|just\s+under|or|i\.e\.|equivalent\s+to|equal\s+to|"
    r"the\s+equivalent\s+of|that\s+is|circa|ca\.)\s+|~\s*)*"
)
# "(245 square miles of land)": what the restated figure measures, inside the brackets
_OF_LAND = rf"(?:{OF_GROUND})?"
# "(13–16 km)": a range restated whole
# "(five square miles)": small numbers are often spelled out in the restatement
_RESTATED_ONE = rf"(?:{DIGITS}|\b{_WORD}(?:{_WORD_JOIN}{_WORD})*\b)"
_RESTATED_NUMBER = rf"{_RESTATED_ONE}(?:\s*(?:-|–|to)\s*{_RESTATED_ONE})?"
_DASH_RESTATE = (
    rf"\s+-\s+{_RESTATE_LEAD}{_RESTATED_NUMBER}\s*(?P<dash_unit>{UNIT_PATTERN})"
    rf"(?![A-Za-z0-9²³]){_OF_LAND}\s+-(?=[\s\"'”’»])"
)
_RESTATE_RE = re.compile(
    rf"\s*\(\s*{_RESTATE_LEAD}{_RESTATED_NUMBER}\s*{UNIT_PATTERN}(?![A-Za-z0-9²³]){_OF_LAND}\s*\)"
    rf"|\s*\[\s*{_RESTATE_LEAD}{_RESTATED_NUMBER}\s*{UNIT_PATTERN}(?![A-Za-z0-9²³]){_OF_LAND}\s*\]"
    rf"|\s*,\s*or\s+{_RESTATE_LEAD}{_RESTATED_NUMBER}\s*(?P<comma_unit>{UNIT_PATTERN})(?![A-Za-z0-9²³])"
    r"(?=\s*(?:[,;.]|$))"
    # "478 square kilometers – approximately 184.5 square miles – in October": between
    # spaced dashes (cleaned to hyphens), in another unit (a range, "10 km - 15 km",
    # keeps its unit)
    rf"|{_DASH_RESTATE}",
    CASELESS,
)
_DASH_RESTATE_RE = re.compile(_DASH_RESTATE, CASELESS)
_TIME_PATTERNS: list[tuple[re.Pattern[str], Basis]] = [
    # "/day", "per day", "/ 24 h", "per 5 days"
    (re.compile(rf"(?:\.(?=\s*per\b))?\s*(?:/|\bper\b)\s*(?:(?P<count>{NUMBER_PHRASE})\s*)?"
                rf"(?P<tu>{TIME_UNIT_PATTERN})", CASELESS), "stated"),
    # "a 20-mile-a-day pace", "a 5-km-per-day advance": the rate as one hyphenated adjective
    (re.compile(rf"-(?:an?|per|each)-(?P<tu>{_TF})(?!-)", CASELESS), "stated"),
    # "a day", "each day", "every day", "in one day", "in a single day"; "a year ago"
    # dates a figure ("up from 110,000 km² a year ago"), it is no basis
    # ("1 km for each day of fighting": the same)
    # ("on each day of the offensive", "during every week": the same)
    # (a headline's "Russians Gain 18 Miles In Day", "ADVANCE 30 MILES IN DAY": the
    # article left out, as headlines do; only so capitalised)
    (re.compile(rf"\s+(?:an?|(?:(?:for|on|during|in)\s+)?(?:each|every)|in\s+(?:an?|one)"
                rf"(?:\s+single)?|(?-i:In|IN)(?=\s+(?-i:Day|DAY|Week|WEEK)\b))\s+(?P<tu>{_TF})"
                r"(?!\s+(?:ago|earlier|before|later|previously|prior|back|and\s+a\s+half|"
                r"or\s+(?:two|three|four|five|six|ten|\d+))\b)",
                CASELESS),
     "stated"),
    # "on an average day", "in a typical week", "on a good day": a rate of that day or week
    (re.compile(rf"\s+(?:on|in)\s+an?\s+(?:average|typical|normal|ordinary|good|bad|given)\s+"
                rf"(?P<tu>{_TF})", CASELESS), "stated"),
    # "daily", "weekly"; "per diem" in older English ("2 miles per diem")
    (re.compile(r"\s+(?P<adverb>daily|weekly|monthly|yearly|annually|per\s+diem)\b", CASELESS),
     "stated"),
    # "100 km² on a weekly basis"
    (re.compile(r"\s+on\s+an?\s+(?P<adverb>daily|weekly|monthly|yearly|annual)\s+basis\b",
                CASELESS),
     "stated"),
    # "per 24-hour period", "every 48-hour period": a length named as a period
    (re.compile(rf"\s+(?:per|a|each|every)\s+(?P<count>{NUMBER_PHRASE})-(?P<tu>hour|day|week)\s+"
                r"(?:period|span|stretch|cycle)\b", CASELESS),
     "stated"),
    # "in each of the past three days", "on each of the last two days": so much a day
    (re.compile(rf"\s+(?:in|on|during|for|over)\s+each\s+of\s+(?:the|its|their)\s+(?:(?:past|last|"
                rf"previous|first|next|following)\s+)?(?:{NUMBER_PHRASE}\s+)?"
                r"(?P<tu>days|weeks|months)\b", CASELESS),
     "stated"),
    # "every five days", "every 5 days"; "every other day" is every two
    (re.compile(rf"\s+(?:for\s+)?(?:every|each)\s+(?:(?P<count>{NUMBER_PHRASE})|(?P<other>other))\s+"
                rf"(?P<tu>{_TF})", CASELESS),
     "every"),
    # "in 12 days", "over five months", "within three weeks"
    (re.compile(rf"\s+(?:in|over|within|during)\s+(?P<count>{NUMBER_PHRASE})\s+(?P<tu>{_TF})",
                CASELESS), "total"),
]  # fmt: skip
_ADVERB_UNITS = {
    "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year",
    "annual": "year",
    "per diem": "day",
}  # fmt: skip
# "from 15 up to 20 km a day": "up to" closes a range as "to" does
# ("100-to-200 metres": "to" written hyphenated into the range)
_RANGE_SEP_RE = re.compile(
    # ("2, maybe 3 kilometres": a spoken range, its upper end hedged after a comma)
    r"\s*(?:-to-|-|(?:\bup\s+)?\bto\b|\band\b|\bor\b|,\s*(?:maybe|perhaps|possibly)\b)\s*",
    CASELESS,
)
#: A year as written in reporting and history, 1800 to 2099: "1944", "2025".
YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
#: Hedges that may stand before a range's upper end ("from 25 to about 30 miles",
#: "between 600 and more than 700 km²").
UPPER_HEDGE = (
    r"(?:about|around|roughly|some|nearly|almost|approximately|perhaps|possibly|"
    r"as\s+many\s+as|as\s+much\s+as|more\s+than|at\s+least|(?:just\s+)?over)"
)
_UPPER_HEDGE_RE = re.compile(rf"({UPPER_HEDGE})\s+(?=\d)", CASELESS)
_ASIDE_CLOSES_RE = re.compile(r"[^-–—.;:]{1,60}?\s[-–—](?:\s|$)")
# "several hundred metres": a scale word after a vague word is no number
_VAGUE_BEFORE_RE = re.compile(
    r"\b(?:several|few|many|some|hundreds|thousands|tens|couple\s+of|dozens\s+of)\s+$", CASELESS
)
_SQUARE_AFTER_RE = re.compile(r"\s*(?:sq\b|square(?:d)?\b)", CASELESS)
# "rose from 15 to 25", "slowed from 2 to 1": a verb of change before "from".
_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:r[oi]se|risen|rising|increas\w*|gr[oe]w\w*|jump\w*|climb\w*|accelerat\w*|"
    r"f[ae]ll|fallen|falling|dropp?\w*|declin\w*|decreas\w*|slow\w*|shr[iau]nk\w*|"
    r"halv\w*|doubl\w*|went\s+(?:up|down)|pick\w*\s+up|sped\s+up|eas\w*)"
    # "has nearly halved, from 15 to 8": a comma may set the change's values off
    r"(?:\s+(?:sharply|steadily|gradually|markedly|significantly|slightly))?\s*,?\s+$",
    CASELESS,
)
# "700+ km²": a plus sign after the number, then a space or the unit, never a sum;
# "30-odd miles", "thirty odd miles": somewhat more than thirty
# "700+ square kilometres", "30-odd miles", "4,000-plus km²"
_PERCENT_AFTER_RE = re.compile(r"\s*(?:%|per\s*cent\b|percent\b)", CASELESS)
_PLUS_AFTER_RE = re.compile(
    r"(?:\+|-plus)(?=\s*[A-Za-z])|(?P<odd>(?:-|\s+)odd)(?=\s+[A-Za-z])"
    # "10 or so miles a day": about ten
    r"|(?P<orso>\s+or\s+so)(?=\s+[A-Za-z])",
    CASELESS,
)
_BETWEEN_RE = re.compile(r"(?P<between>between|from)\s+", CASELESS)
# (not "a mile or two kilometres": a second figure with its own unit)
_OR_TWO_RE = re.compile(
    rf"\s+or\s+(?P<n>two|three)\b(?!\s*-)(?!\s*(?:{UNIT_PATTERN})(?![A-Za-z]))", CASELESS
)
# A hedge after the amount belongs to it, so what follows ("from the city", "in a
# week") is read as if it came straight after the unit: "three miles or so from
# the centre", "20 km or more in a week". "or more than 30 km" is another figure.
_HEDGE_AFTER_RE = re.compile(
    r"\s+(?P<hedge>or\s+(?:so|thereabouts|more|less)|at\s+(?:least|most))\b(?!\s+than\b)",
    CASELESS,
)


# "0" in "1/0", "9999" in "1/9999": a number after a slash figure is its tail too.
# ("4" in "3-4-5 km" is read only as part of what comes before it: "\d-")
_POINT_BEFORE_RE = re.compile(rf"\b{_WORD}\s+point\s+$", CASELESS)
_GLUE_RE = re.compile(r"(?:[A-Za-z0-9_½¼¾⅓⅔]|\d[.,'/-]|\d |[eE][+-])$")
_EXPONENT_TAIL_RE = re.compile(r"[eE][+-]?\d")


def _glued_to_previous(s: str, pos: int) -> bool:
    """True when the number at ``pos`` continues a token before it.

    "5000" in "1,5000", "999" in "1e999", "580" in "1234 580": reading the
    tail alone would be a silent misread, so such a number is refused.
    """
    return pos > 0 and _GLUE_RE.search(s, max(0, pos - 2), pos) is not None


def count_value(text: str) -> float:
    m = NUMBER_RE.fullmatch(text.strip())
    if m is None:  # pragma: no cover - guarded by the pattern
        raise AdvrateError(f"bad count {text!r}")
    return number_value(m)


def _other_unit(restate: re.Match[str], pint_unit: str) -> bool:
    """Whether ", or 78 sq mi" (or "- 78 sq mi -") names a unit other than ``pint_unit``,
    the figure's own."""
    named = restate.groupdict()
    unit = named.get("comma_unit") or named["dash_unit"]
    return COMPACT_UNITS.get(_compact_unit(unit)) != pint_unit


# ---------------------------------------------------------------------------
@dataclass
class Scan:
    """What the scanner read, with offsets into the cleaned text."""

    start: int
    end: int
    number_start: int
    qualifiers: list[str]
    average: bool
    low: float
    high: float
    unit_text: str
    pint_unit: str
    restatement: str | None = None
    time_text: str | None = None
    time_unit: str | None = None
    per_count: float = 1.0
    basis: Basis | None = None
    amount_end: int = 0  # end of the number, unit and restatement, before any time phrase
    #: "rose from 15 to 25 km² a day": two values in turn, not a range; ``low`` is
    #: then the earlier value and ``high`` the later, whichever is larger
    change: bool = False


class NoRate(Exception):  # noqa: N818 - internal control flow, not an error API
    """Internal: the text at this position is not a rate; ``reason`` says why."""

    def __init__(self, reason: str, *, unknown_unit: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.unknown_unit = unknown_unit


def _scan_prefix(s: str, pos: int, limit: int) -> tuple[int, list[str], bool]:
    qualifiers: list[str] = []
    average = False
    while True:
        m = _PREFIX_RE.match(s, pos, limit)
        if m is None:
            return pos, qualifiers, average
        phrase = re.sub(r"\s+", " ", m.group("prefix"))
        if phrase.lower() in _AVERAGE_PHRASES:
            average = True
        else:
            qualifiers.append(phrase)
        pos = m.end()


def _scan_unit(s: str, pos: int, limit: int) -> re.Match[str] | None:
    return _UNIT_RE.match(s, pos, limit)


def scan_rate(s: str, pos: int, end: int | None = None) -> Scan:
    """Read one rate starting at ``pos`` in cleaned text ``s``.

    Raises ``NoRate`` with a reason when no rate starts there. The time
    phrase is optional here; callers decide what a missing one means.
    """
    limit = len(s) if end is None else end
    start = pos
    pos, qualifiers, average = _scan_prefix(s, pos, limit)
    between = _BETWEEN_RE.match(s, pos, limit)
    change = False
    if between:
        pos = between.end()
        change = between.group("between").lower() == "from" and (
            _CHANGE_BEFORE_RE.search(s, max(0, start - 40), start) is not None
        )
    num1 = NUMBER_RE.match(s, pos, limit)
    if num1 is None:
        token = _NUMBER_TOKEN_RE.match(s, pos, limit)
        if token:
            raise NoRate(
                f"cannot read the number {token.group(0)!r}: use '1,580' or '1 580' for "
                "thousands and '1.5' or '1,5' for decimals"
            )
        raise NoRate("no number found")
    number_start = num1.start()
    if num1.group("digits") and _DOT_THOUSANDS_RE.fullmatch(num1.group("digits")):
        # "4.000 km²" is 4,000 where a full stop groups thousands and 4 where it is a
        # decimal point: nothing is guessed
        token = num1.group("digits")
        grouped, decimal = token.replace(".", ","), f"{float(token):g}"
        raise NoRate(
            f"cannot read the number {token!r}: it may be {grouped} or {decimal}; write "
            f"'{grouped}' for thousands or '{decimal}' for a decimal"
        )
    if _glued_to_previous(s, number_start):
        raise NoRate("the number is the tail of a malformed figure (a broken digit group)")
    if num1.group("words") and _POINT_BEFORE_RE.search(s, max(0, number_start - 40), number_start):
        # "one point five kilometres": never "five kilometres" alone
        raise NoRate("a number spelt with 'point' is not read: write it in digits ('1.5')")
    if _EXPONENT_TAIL_RE.match(s, num1.end(), limit):
        token = s[number_start:limit].split(maxsplit=1)[0]
        raise NoRate(f"cannot read the number {token[:30]!r}: exponents have at most two digits")
    if (num1.group("words") and num1.group("words").split()[0].lower() in _SCALE_WORDS
            and _VAGUE_BEFORE_RE.search(s, max(0, number_start - 12), number_start)):  # fmt: skip
        raise NoRate("a vague amount ('several hundred')")
    low = high = number_value(num1)
    pos = num1.end()
    plus = _PLUS_AFTER_RE.match(s, pos, limit)
    if plus is not None:  # "700+ square kilometres", "30-odd miles": more than that
        written = (
            "odd" if plus.group("odd") else "or so" if plus.group("orso")
            else "plus" if "plus" in plus.group(0).lower() else "+"
        )  # fmt: skip
        qualifiers = [*qualifiers, written]
        pos = plus.end()
    unit1 = _scan_unit(s, pos, limit)
    if unit1:
        pos = unit1.end()
        if low == 1 and (num1.group("article") or num1.group("words")):
            or_more = _OR_TWO_RE.match(s, pos, limit)
            if or_more:  # "a kilometre or two a day": one to two
                high = float(_UNITS_WORDS[or_more.group("n").lower()])
                pos = or_more.end()
    sep = _RANGE_SEP_RE.match(s, pos, limit)
    if (
        sep is not None
        and sep.group(0).lstrip().startswith(",")
        and (unit1 is not None or YEAR_RE.fullmatch(num1.group(0).strip()))
    ):
        sep = None  # "5 km, maybe 10", "in 2024, perhaps 3,000 km²": no spoken range
    if sep is not None and unit1 is not None and sep.group(0).strip() == "-":
        dashed = _DASH_RESTATE_RE.match(s, pos, limit)
        if dashed is not None and _other_unit(dashed, COMPACT_UNITS[unit_key(unit1)]):
            sep = None  # "478 km² - about 184.5 sq mi - in October": restated, read below
        elif (s[pos : sep.start() + 1].isspace() and s[sep.end() - 1 : sep.end()].isspace()
              and _UPPER_HEDGE_RE.match(s, sep.end(), limit)
              and _ASIDE_CLOSES_RE.match(s, sep.end(), limit)):  # fmt: skip
            # "505 km² - about 17 km² a day - in November": spaced dashes around a hedged
            # figure set an aside apart; a range's ends are written "505-520 km²"
            sep = None
    unit = unit1
    sep_word = sep.group(0).strip().lower() if sep else ""
    # "between 20 and 60 metres"; "3 or 4 km", but not "5 km or 10 km in places"
    if sep and (sep_word != "and" or between) and not (sep_word == "or" and unit1):
        # "from 25 to about 30 miles a day": a hedge on the upper end qualifies the range
        upper_hedge = _UPPER_HEDGE_RE.match(s, sep.end(), limit)
        num2 = NUMBER_RE.match(s, upper_hedge.end() if upper_hedge else sep.end(), limit)
        if num2 and _PERCENT_AFTER_RE.match(s, num2.end(), limit):
            num2 = None  # "3,700 km² - 30% less than in 2024": a share, no range's end
        if num2 and upper_hedge:
            qualifiers = [*qualifiers, " ".join(upper_hedge.group(1).lower().split())]
        # ("half a kilometre to a kilometre a day": an article is the upper end only when
        # its unit follows it, as the lower end's did)
        if num2 and (not num2.group("article") or (unit1 and _scan_unit(s, num2.end(), limit))):
            unit2 = _scan_unit(s, num2.end(), limit)
            cross = (
                unit1 is not None
                and unit2 is not None
                and COMPACT_UNITS[unit_key(unit1)] != COMPACT_UNITS[unit_key(unit2)]
            )
            if unit2 or unit1:
                high = number_value(num2)
                low = _shorthand_low(num1, num2, low, high)
                pos = num2.end()
                if unit2:
                    if cross and sep_word == "-":
                        # "5,000 km² - 1,930 sq mi": a restatement, not a range (left unread)
                        raise NoRate("the two ends of the range have different units")
                    if cross:
                        # "500 meters to 1 kilometer": the lower end in the upper end's unit
                        kind1, factor1 = amount_factor(COMPACT_UNITS[unit_key(unit1)])
                        kind2, factor2 = amount_factor(COMPACT_UNITS[unit_key(unit2)])
                        if kind1 != kind2:
                            raise NoRate("the two ends of the range have different units")
                        low = low * factor1 / factor2
                    unit = unit2
                    pos = unit2.end()
    if unit is None:
        compound = _COMPOUND_RE.match(s, pos, limit)
        if compound and not num1.group("article"):
            length, time_unit = COMPOUND_UNITS[compound.group("unit").lower()]
            return Scan(
                start=start, end=compound.end(), number_start=number_start,
                qualifiers=qualifiers, average=average, low=low, high=high,
                unit_text=compound.group("unit"), pint_unit=length,
                time_text=compound.group("unit"), time_unit=time_unit, basis="stated",
            )  # fmt: skip
        word = _WORD_RE.match(s, pos, limit)
        if word and word.group("word").lower() == "point" and num1.group("words"):
            raise NoRate("a number spelt with 'point' is not read: write it in digits ('1.5')")
        if word and num1.group("article") is None:
            text = word.group("word").rstrip(".")
            raise NoRate(f"unknown unit {text!r}", unknown_unit=text)
        raise NoRate("no distance or area unit after the number")
    if unit is not None and low == high and not num1.group("andhalf"):
        half = _HALF_AFTER_UNIT_RE.match(s, pos, limit)
        if half:  # "a mile and a half a day", "two kilometres and a half", "and a quarter"
            low = high = low + _FRACTION_AFTER_UNIT[" ".join(half.group(1).lower().split())]
            pos = half.end()
    if num1.group("article") and unit1 is None:
        raise NoRate("no number found")
    if _SQUARE_AFTER_RE.match(s, pos, limit) and kind_of(COMPACT_UNITS[unit_key(unit)]) == "linear":
        # "1,500 km sq", "10 kilometres square": an area, or a square of that side
        raise NoRate("a length followed by 'sq' or 'square' does not say which area it means")
    falling_from = False
    if high < low and not change:
        if between and between.group("between").lower() == "from":
            # "from 15 to 8 km² a day" runs backwards: only a change reads so, and only
            # as a rate ("cut the gap from 15 km to 8 km" is a distance left)
            change = falling_from = True
        elif between or sep_word in ("and", "or"):
            low, high = high, low  # "between 60 and 20 metres", "6 or 4 km": either order
    if high < low and not change:
        raise NoRate(f"the range runs backwards ({format_value(low)} to {format_value(high)})")
    unit_text = _SPACES_RE.sub(" ", unit.group("unit"))
    scan = Scan(
        start=start,
        end=pos,
        number_start=number_start,
        qualifiers=qualifiers,
        average=average,
        low=low,
        high=high,
        unit_text=unit_text,
        pint_unit=COMPACT_UNITS[unit_key(unit)],
        change=change and low != high,
    )
    hedge = _HEDGE_AFTER_RE.match(s, pos, limit)
    if hedge:
        pos = hedge.end()
    restate = _RESTATE_RE.match(s, pos, limit)
    set_off = restate is not None and (restate.group("comma_unit") or restate.group("dash_unit"))
    if set_off and not _other_unit(restate, scan.pint_unit):
        restate = None  # "5 km, or 10 km in places": another figure, not the same one restated
    if restate:
        scan.restatement = restate.group(0).strip()
        pos = restate.end()
        if hedge is None:  # "20 km (12 miles) or so"
            hedge = _HEDGE_AFTER_RE.match(s, pos, limit)
            pos = hedge.end() if hedge else pos
    if hedge:
        scan.qualifiers = [*scan.qualifiers, " ".join(hedge.group("hedge").lower().split())]
    scan.end = scan.amount_end = pos
    filler = _FILLER_RE.match(s, pos, limit)
    time_pos = filler.end() if filler else pos
    if filler is not None and restate is None and filler.group(0).lstrip()[:3].lower() == "of ":
        # "5,600 km² of territory (2,160 sq mi)": restated after what it measures
        late = _RESTATE_RE.match(s, time_pos, limit)
        if late is not None and (
            not (late.group("comma_unit") or late.group("dash_unit"))
            or _other_unit(late, scan.pint_unit)
        ):
            scan.restatement = late.group(0).strip()
            scan.end = scan.amount_end = time_pos = late.end()
    if restate and restate.group("comma_unit") and s.startswith(",", time_pos):
        time_pos += 1  # "5 to 10 km, or 3 to 6 miles, a day": the basis after the aside
    for pattern, basis in _TIME_PATTERNS:
        m = pattern.match(s, time_pos, limit)
        if m is None:
            continue
        if m.groupdict().get("adverb"):
            time_unit = _ADVERB_UNITS[" ".join(m.group("adverb").lower().split())]
        else:
            time_unit = TIME_UNITS[m.group("tu").lower()]
        count_text = m.groupdict().get("count")
        scan.per_count = count_value(count_text) if count_text else 1.0
        if m.groupdict().get("other"):
            scan.per_count = 2.0
        if not 0 < scan.per_count < math.inf:
            raise NoRate("the time basis is zero or too large")
        scan.time_text = m.group(0).strip()
        scan.time_unit = time_unit
        scan.basis = basis
        scan.end = m.end()
        break
    if falling_from and (scan.basis != "stated" or scan.time_text.lower().startswith(_OVER_WORDS)):
        raise NoRate(f"the range runs backwards ({format_value(low)} to {format_value(high)})")
    if between is not None and sep is None and scan.basis == "stated":
        return _range_of_rates(s, scan, between.group("between").lower(), limit)
    return scan


# "between 15 metres per day and 50 metres per day", "ranged from 15 m/d to 50 m/d": a
# range whose ends each carry the unit and basis (but "rose from 15 km² a day to 25 km²
# a day" is a change, two figures)
_RATES_JOIN_RE = re.compile(r"\s+(?P<join>to|and)\s+", CASELESS)
_RANGE_VERB_BEFORE_RE = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|spann(?:ed|ing)|spans?)\s+$", CASELESS
)


def _range_of_rates(s: str, scan: Scan, opening: str, limit: int) -> Scan:
    """``scan`` widened to a range when a second rate in the same unit and basis ends it."""
    join = _RATES_JOIN_RE.match(s, scan.end, limit)
    if join is None or (join.group("join").lower() == "and") != (opening == "between"):
        return scan
    if opening == "from" and not _RANGE_VERB_BEFORE_RE.search(
        s, max(0, scan.start - 20), scan.start
    ):
        return scan
    try:
        upper = scan_rate(s, join.end(), limit)
    except NoRate:
        return scan
    if (upper.pint_unit != scan.pint_unit or upper.basis != "stated"
            or upper.time_unit != scan.time_unit or upper.per_count != scan.per_count
            or upper.low != upper.high or upper.high <= scan.high):  # fmt: skip
        return scan
    return dataclasses.replace(
        scan, high=upper.high, end=upper.end, qualifiers=[*scan.qualifiers, *upper.qualifiers]
    )


_SPACES_RE = re.compile(r"\s+")
# "8 km in a month" is ground covered over a period, "8 km a month" a rate
_OVER_WORDS = ("in ", "over ", "within ", "during ", "inside ", "after ")
_HALF_AFTER_UNIT_RE = re.compile(
    r"\s+and\s+(a\s+half|a\s+quarter|three(?:\s+|-)quarters)\b(?!\s+of\b)", CASELESS
)
_FRACTION_AFTER_UNIT = {"a half": 0.5, "a quarter": 0.25, "three quarters": 0.75,
                        "three-quarters": 0.75}  # fmt: skip


def unit_key(unit_match: re.Match[str]) -> str:
    """The vocabulary key of a matched unit ("sq.km", "sq  km" and "sqkm" alike)."""
    return _compact_unit(unit_match.group("unit"))


def _compact_unit(unit_text: str) -> str:
    return _SPACES_RE.sub("", unit_text).replace("-", "").lower()
