"""Parse quoted rates of advance ("1,580 meters per day") into numbers with units.

The parser reads the number itself (thousands separators, decimal commas,
number words, ranges) and looks unit and time phrases up in the vetted lists of
:mod:`advrate.units`. Text never reaches pint's expression parser, which
misreads several common wordings (``"1 580 m/day"`` as 580, ``"50 meters a
day"`` as metre-day-years) and can hang on hostile input (``"9**9**9"``).

The same scanner serves :func:`parse_rate` (one figure, whole input) and the
article extractor in :mod:`advrate.extract` (figures inside running text).
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from .exceptions import AdvrateError, DimensionError, RateParseError, UnknownUnitError
from .units import (
    AREA_UNITS,
    CANONICAL_AMOUNT_UNITS,
    CANONICAL_UNITS,
    LENGTH_UNITS,
    SHORT_TIME_SYMBOLS,
    TIME_UNITS,
    Kind,
    amount_factor,
    format_value,
    get_registry,
    rate_factor,
)

if TYPE_CHECKING:  # pragma: no cover
    import pint

__all__ = [
    "MAX_INPUT_CHARS",
    "Amount",
    "ParsedUnit",
    "Rate",
    "parse_amount",
    "parse_rate",
    "parse_unit",
]

#: Longest text :func:`parse_rate` accepts; a quoted figure is far shorter, and
#: refusing long input up front keeps hostile strings cheap.
MAX_INPUT_CHARS = 200

Bound = Literal["approximate", "lower", "upper", "exact"]

# Case-insensitive, ASCII only: with Unicode case folding, "ſ" matches "s" and
# "K" (Kelvin) matches "k", and the matched text is then not found in the
# vocabularies (a KeyError or, for number words, a silently wrong value).
_I = re.IGNORECASE | re.ASCII
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
    }
)


_MAPPED_RE = re.compile("[" + "".join(map(chr, _CHAR_MAP)) + "]")


def clean_text(text: str) -> str:
    """Replace typographic spaces and dashes by ASCII ones, keeping every offset."""
    # A regex scan finds the few mapped characters at C speed; translate alone
    # would visit every character through the mapping.
    return _MAPPED_RE.sub(lambda m: m.group(0).translate(_CHAR_MAP), text)


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
_SCALE_WORDS = {"hundred": 100, "thousand": 1000}
_ALL_NUMBER_WORDS = {**_UNITS_WORDS, **_TENS_WORDS, **_SCALE_WORDS}

_WORD = "(?:" + "|".join(sorted(_ALL_NUMBER_WORDS, key=len, reverse=True)) + ")"
# Digits: comma thousands ("1,580"), space thousands ("1 580"), decimal comma
# with one or two digits ("16,1"), plain decimals. A trailing lookahead refuses
# partial reads such as "1" out of "1,5000".
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?: \d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:'\d{3})+(?:\.\d+)?"
    r"|\d+,\d{1,2}"
    r"|\d+(?:\.\d+)?(?:[eE][+-]?\d{1,2})?"
    r"|\.\d+)"
    r"(?![\d]|[.,']\d)"
)


def _first_chars(words: Iterable[str]) -> str:
    """A character class of the first letters of ``words``, both cases.

    Put in a lookahead in front of a case-insensitive alternation, it lets the
    regex engine skip impossible positions at C speed (about 50x faster
    searches over long text).
    """
    letters = sorted({w[0].lower() for w in words} | {w[0].upper() for w in words})
    return "[" + re.escape("".join(letters)) + "]"


_NUMBER_RE = re.compile(
    rf"(?=[\d.]|{_first_chars([*_ALL_NUMBER_WORDS, 'half', 'a', 'an'])})"
    r"(?P<num>"
    rf"(?:(?P<digits>{_DIGITS})|(?P<words>\b{_WORD}(?:(?:\s+|-)(?:and\s+)?{_WORD})*\b))"
    r"(?P<andhalf>\s+and\s+a\s+half\b)?"
    r"|(?P<halfa>\bhalf(?:\s+an?)?\b)"
    r"|(?P<article>\ban?\b)"
    r")",
    _I,
)


_NUMBER_TOKEN_RE = re.compile(r"[\d.,][\d.,' ]*\d|\d")


def _words_to_number(words: str) -> float:
    """Value of an English number phrase such as "one hundred and twenty-five"."""
    total = 0
    current = 0
    for token in re.split(r"[\s-]+", words.lower()):
        if token == "and" or not token:
            continue
        if token in _UNITS_WORDS:
            current += _UNITS_WORDS[token]
        elif token in _TENS_WORDS:
            current += _TENS_WORDS[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:  # pragma: no cover - the pattern admits only the words above
            raise AdvrateError(f"unknown number word {token!r}")
    return float(total + current)


_DECIMAL_COMMA_RE = re.compile(r"\d+,\d{1,2}")


def _number_value(m: re.Match[str]) -> float:
    if m.group("article"):
        return 1.0
    if m.group("halfa"):
        return 0.5
    if m.group("digits"):
        digits = m.group("digits")
        if _DECIMAL_COMMA_RE.fullmatch(digits):
            value = float(digits.replace(",", "."))
        else:
            value = float(digits.replace(",", "").replace(" ", "").replace("'", ""))
    else:
        value = _words_to_number(m.group("words"))
    if m.group("andhalf"):
        value += 0.5
    if not math.isfinite(value):
        raise _NoRate(f"the number {m.group(0)[:20]!r}... is too large to read")
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
    "~": "approximate",
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
    "at least": "lower",
    "above": "lower",
    "in excess of": "lower",
    "only": "exact",
    "just": "exact",
    "barely": "exact",
    "a mere": "exact",
}
# Words that say the figure is an average; kept in ``Rate.prefix``.
_AVERAGE_PHRASES = ("an average of", "on average", "average of", "averaging", "average")


def _alternation(phrases: list[str]) -> str:
    """Regex alternation of literal phrases, longest first, spaces flexible."""
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        parts.append(r"\s+".join(re.escape(word) for word in phrase.split(" ")))
    return "(?:" + "|".join(parts) + ")"


_PREFIX_RE = re.compile(
    r"(?P<prefix>" + _alternation([*QUALIFIERS, *_AVERAGE_PHRASES]) + r")(?:\s+|(?<=~)\s*)",
    _I,
)

# ---------------------------------------------------------------------------
# Units. Area phrases first so "square kilometers" is not read as "kilometers".
_SPACE_UNITS = {**AREA_UNITS, **LENGTH_UNITS}
# The pattern lets spaces between a unit's words be left out ("sq.km",
# "squaremiles"), so units are looked up with their spaces removed.
_COMPACT_UNITS = {phrase.replace(" ", ""): name for phrase, name in _SPACE_UNITS.items()}
_UNIT_ALT = (
    "(?:"
    + "|".join(
        r"\s*".join(re.escape(w) for w in phrase.split(" "))
        for phrase in sorted(_SPACE_UNITS, key=len, reverse=True)
    )
    + ")"
)
_UNIT_RE = re.compile(rf"\s*(?P<unit>{_UNIT_ALT})(?![A-Za-z0-9²³])", _I)
# Speed abbreviations that carry their own time unit.
COMPOUND_UNITS: dict[str, tuple[str, str]] = {
    "mph": ("mile", "hour"),
    "kph": ("kilometer", "hour"),
    "kmh": ("kilometer", "hour"),
    "km/hr": ("kilometer", "hour"),
}
_COMPOUND_RE = re.compile(
    r"\s*(?P<unit>" + "|".join(re.escape(k) for k in COMPOUND_UNITS) + r")(?![A-Za-z0-9])",
    _I,
)
_WORD_RE = re.compile(r"\s*(?P<word>[A-Za-z][A-Za-z.²³0-9^]*)")

_TIME_FULL = sorted((k for k in TIME_UNITS if k not in SHORT_TIME_SYMBOLS), key=len, reverse=True)
_TIME_ANY = sorted(TIME_UNITS, key=len, reverse=True)
_TF = "(?:" + "|".join(_TIME_FULL) + r")\b"
_TA = "(?:" + "|".join(_TIME_ANY) + r")(?![A-Za-z])"
_NUM_INLINE = rf"(?:{_DIGITS}|{_WORD}(?:(?:\s+|-){_WORD})*)"

# Filler words allowed between the unit and its time phrase.
_FILLER_RE = re.compile(
    r"\s+of\s+(?:progress|ground|territory|advance|gains?)\b|\s+(?:westward|eastward|"
    r"northward|southward|forward|deep)\b",
    _I,
)
# A restatement in other units: "(0.8 square miles)".
_RESTATE_RE = re.compile(
    rf"\s*\(\s*(?:(?:about|approximately|roughly|some|around|nearly|almost|over|more\s+than|"
    rf"less\s+than|just\s+over|just\s+under|or|i\.e\.)\s+|~\s*)*{_DIGITS}\s*{_UNIT_ALT}"
    r"(?![A-Za-z0-9²³])\s*\)",
    _I,
)
_TIME_PATTERNS: list[tuple[re.Pattern[str], Basis]] = [
    # "/day", "per day", "/ 24 h", "per 5 days"
    (re.compile(rf"\s*(?:/|\bper\b)\s*(?:(?P<count>{_NUM_INLINE})\s*)?(?P<tu>{_TA})", _I),
     "stated"),
    # "a day", "each day", "every day", "in one day", "in a single day"
    (re.compile(rf"\s+(?:an?|each|every|in\s+(?:an?|one)(?:\s+single)?)\s+(?P<tu>{_TF})", _I),
     "stated"),
    # "daily", "weekly"
    (re.compile(r"\s+(?P<adverb>daily|weekly|monthly|yearly|annually)\b", _I), "stated"),
    # "every five days", "every 5 days"
    (re.compile(rf"\s+(?:every|each)\s+(?P<count>{_NUM_INLINE})\s+(?P<tu>{_TF})", _I),
     "every"),
    # "in 12 days", "over five months", "within three weeks"
    (re.compile(rf"\s+(?:in|over|within|during)\s+(?P<count>{_NUM_INLINE})\s+(?P<tu>{_TF})",
                _I), "total"),
]  # fmt: skip
_ADVERB_UNITS = {
    "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year",
}  # fmt: skip
_RANGE_SEP_RE = re.compile(r"\s*(?:-|\bto\b|\band\b)\s*", _I)
_BETWEEN_RE = re.compile(r"(?P<between>between|from)\s+", _I)


_GLUE_RE = re.compile(r"(?:[A-Za-z0-9_]|\d[.,']|\d |[eE][+-])$")
_EXPONENT_TAIL_RE = re.compile(r"[eE][+-]?\d")


def _glued_to_previous(s: str, pos: int) -> bool:
    """True when the number at ``pos`` continues a token before it.

    "5000" in "1,5000", "999" in "1e999", "580" in "1234 580": reading the
    tail alone would be a silent misread, so such a number is refused.
    """
    return pos > 0 and _GLUE_RE.search(s, max(0, pos - 2), pos) is not None


def _count_value(text: str) -> float:
    m = _NUMBER_RE.fullmatch(text.strip())
    if m is None:  # pragma: no cover - guarded by the pattern
        raise AdvrateError(f"bad count {text!r}")
    return _number_value(m)


# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ParsedUnit:
    """A rate unit phrase read from text ("km/day", "sq mi per month").

    Attributes
    ----------
    text : str
        The phrase as given.
    kind : {"linear", "areal"}
        Length per time or area per time.
    pint_unit : str
        Vetted pint name of the length or area unit.
    time_unit : str
        Vetted pint name of the time unit.
    per_count : float
        Number of time units in the basis ("per 24 h" gives 24). [-]
    factor : float
        Multiply a value in this unit by ``factor`` to get the canonical unit.
        [m/day or km²/day per unit]
    """

    text: str
    kind: Kind
    pint_unit: str
    time_unit: str
    per_count: float
    factor: float

    @property
    def canonical_unit(self) -> str:
        """``"m/day"`` or ``"km²/day"``."""
        return CANONICAL_UNITS[self.kind]


@dataclass(frozen=True)
class Rate:
    """A rate of advance read from text.

    Attributes
    ----------
    text : str
        The input as given.
    low, high : float
        Values as written, in ``unit`` per time basis; equal for a single
        value. [unit as written]
    unit : str
        Distance or area unit exactly as written ("meters", "km", "sq. km").
    qualifier : str or None
        Qualifier words as written ("about", "more than", "only"), or None.
    bound : {"approximate", "lower", "upper", "exact"} or None
        What the qualifier says about the value: approximately, a lower
        bound ("over"), an upper bound ("up to") or stressed as exact ("only").
    kind : {"linear", "areal"}
        Length per time or area per time.
    canonical_low, canonical_high : float
        ``low`` and ``high`` in ``canonical_unit``. [m/day or km²/day]
    canonical_unit : {"m/day", "km²/day"}
        The canonical unit for ``kind``.
    time_text : str or None
        The time phrase as written ("per day", "every five days"), or None
        when the basis was given by the caller.
    time_unit : str
        pint name of the time unit ("day", "week", …).
    per_count : float
        Number of time units in the basis ("every five days" gives 5). [-]
    basis : {"stated", "every", "total", "given"}
        How the time basis was found: stated per unit of time, "every N
        days", a total over a stated period ("in three weeks"), or given by
        the caller (``per=``) because the context carries it.
    average : bool
        True when the text says the figure is an average.
    restatement : str or None
        The same figure restated in other units, e.g. "(0.8 square miles)".
    start, end : int
        Character offsets of the figure in ``text``.
    """

    text: str
    low: float
    high: float
    unit: str
    qualifier: str | None
    bound: Bound | None
    kind: Kind
    canonical_low: float
    canonical_high: float
    canonical_unit: str
    time_text: str | None
    time_unit: str
    per_count: float
    basis: Basis
    average: bool = False
    restatement: str | None = None
    pint_unit: str = field(default="", repr=False)
    start: int = field(default=0, repr=False)
    end: int = field(default=0, repr=False)

    @property
    def is_range(self) -> bool:
        """True when the text gives a range ("700-1,200m")."""
        return self.low != self.high

    @property
    def surface(self) -> str:
        """The exact span of ``text`` the figure was read from."""
        return self.text[self.start : self.end]

    @property
    def quantity(self) -> pint.Quantity:
        """The rate as a pint quantity in the units as written.

        A scalar for a single value; a two-element array (low, high) for a
        range. [unit as written per time basis]
        """
        ureg = get_registry()
        magnitude = self.low if not self.is_range else [self.low, self.high]
        import numpy as np

        return ureg.Quantity(np.asarray(magnitude, dtype=float), self.pint_unit) / (
            ureg.Quantity(self.per_count, self.time_unit)
        )

    def to(self, unit: str) -> tuple[float, float]:
        """Return ``(low, high)`` in another rate unit.

        Parameters
        ----------
        unit : str
            A rate unit phrase of the same kind, e.g. ``"km/day"``,
            ``"miles per week"``.

        Returns
        -------
        tuple of float
            Low and high values in ``unit``. [unit]

        Raises
        ------
        advrate.DimensionError
            ``unit`` is of the other kind (linear vs areal).
        """
        target = parse_unit(unit)
        if target.kind != self.kind:
            raise DimensionError(
                f"cannot express {_article(self.kind)} {self.kind} rate "
                f"({self.canonical_unit}) in {unit!r}, which is {target.kind} "
                f"({target.canonical_unit})"
            )
        return self.canonical_low / target.factor, self.canonical_high / target.factor

    def __str__(self) -> str:
        value = format_value(self.canonical_low)
        if self.is_range:
            value += f"-{format_value(self.canonical_high)}"
        qual = f"{self.qualifier} " if self.qualifier else ""
        return f"{qual}{value} {self.canonical_unit}"


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


# ---------------------------------------------------------------------------
@dataclass
class _Scan:
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


class _NoRate(Exception):  # noqa: N818 - internal control flow, not an error API
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


def scan_rate(s: str, pos: int, end: int | None = None) -> _Scan:
    """Read one rate starting at ``pos`` in cleaned text ``s``.

    Raises ``_NoRate`` with a reason when no rate starts there. The time
    phrase is optional here; callers decide what a missing one means.
    """
    limit = len(s) if end is None else end
    start = pos
    pos, qualifiers, average = _scan_prefix(s, pos, limit)
    between = _BETWEEN_RE.match(s, pos, limit)
    if between:
        pos = between.end()
    num1 = _NUMBER_RE.match(s, pos, limit)
    if num1 is None:
        token = _NUMBER_TOKEN_RE.match(s, pos, limit)
        if token:
            raise _NoRate(
                f"cannot read the number {token.group(0)!r}: use '1,580' or '1 580' for "
                "thousands and '1.5' or '1,5' for decimals"
            )
        raise _NoRate("no number found")
    number_start = num1.start()
    if _glued_to_previous(s, number_start):
        raise _NoRate("the number is the tail of a malformed figure (a broken digit group)")
    if _EXPONENT_TAIL_RE.match(s, num1.end(), limit):
        token = s[number_start:limit].split(maxsplit=1)[0]
        raise _NoRate(f"cannot read the number {token[:30]!r}: exponents have at most two digits")
    low = high = _number_value(num1)
    pos = num1.end()
    unit1 = _scan_unit(s, pos, limit)
    if unit1:
        pos = unit1.end()
    sep = _RANGE_SEP_RE.match(s, pos, limit)
    unit = unit1
    if sep and (sep.group(0).strip().lower() != "and" or between):
        num2 = _NUMBER_RE.match(s, sep.end(), limit)
        if num2 and not num2.group("article"):
            unit2 = _scan_unit(s, num2.end(), limit)
            if unit2 or unit1:
                high = _number_value(num2)
                pos = num2.end()
                if unit2:
                    if unit1 and _COMPACT_UNITS[_key(unit1)] != _COMPACT_UNITS[_key(unit2)]:
                        raise _NoRate("the two ends of the range have different units")
                    unit = unit2
                    pos = unit2.end()
    if unit is None:
        compound = _COMPOUND_RE.match(s, pos, limit)
        if compound and not num1.group("article"):
            length, time_unit = COMPOUND_UNITS[compound.group("unit").lower()]
            return _Scan(
                start=start, end=compound.end(), number_start=number_start,
                qualifiers=qualifiers, average=average, low=low, high=high,
                unit_text=compound.group("unit"), pint_unit=length,
                time_text=compound.group("unit"), time_unit=time_unit, basis="stated",
            )  # fmt: skip
        word = _WORD_RE.match(s, pos, limit)
        if word and num1.group("article") is None:
            text = word.group("word").rstrip(".")
            raise _NoRate(f"unknown unit {text!r}", unknown_unit=text)
        raise _NoRate("no distance or area unit after the number")
    if num1.group("article") and unit1 is None:
        raise _NoRate("no number found")
    if high < low:
        raise _NoRate(f"the range runs backwards ({format_value(low)} to {format_value(high)})")
    unit_text = _SPACES_RE.sub(" ", unit.group("unit"))
    scan = _Scan(
        start=start,
        end=pos,
        number_start=number_start,
        qualifiers=qualifiers,
        average=average,
        low=low,
        high=high,
        unit_text=unit_text,
        pint_unit=_COMPACT_UNITS[_key(unit)],
    )
    restate = _RESTATE_RE.match(s, pos, limit)
    if restate:
        scan.restatement = restate.group(0).strip()
        pos = restate.end()
    scan.end = scan.amount_end = pos
    filler = _FILLER_RE.match(s, pos, limit)
    time_pos = filler.end() if filler else pos
    for pattern, basis in _TIME_PATTERNS:
        m = pattern.match(s, time_pos, limit)
        if m is None:
            continue
        if m.groupdict().get("adverb"):
            time_unit = _ADVERB_UNITS[m.group("adverb").lower()]
        else:
            time_unit = TIME_UNITS[m.group("tu").lower()]
        count_text = m.groupdict().get("count")
        scan.per_count = _count_value(count_text) if count_text else 1.0
        if not 0 < scan.per_count < math.inf:
            raise _NoRate("the time basis is zero or too large")
        scan.time_text = m.group(0).strip()
        scan.time_unit = time_unit
        scan.basis = basis
        scan.end = m.end()
        break
    return scan


_SPACES_RE = re.compile(r"\s+")


def _key(unit_match: re.Match[str]) -> str:
    """The vocabulary key of a matched unit ("sq.km", "sq  km" and "sqkm" alike)."""
    return _SPACES_RE.sub("", unit_match.group("unit")).lower()


def _bound(qualifiers: list[str]) -> Bound | None:
    bounds = [QUALIFIERS[re.sub(r"\s+", " ", q).lower()] for q in qualifiers]
    # "only about 50" is approximate; a bound word outranks emphasis.
    for wanted in ("lower", "upper", "approximate", "exact"):
        if wanted in bounds:
            return wanted  # type: ignore[return-value]
    return None


def _figure_fields(text: str, scan: _Scan, kind: Kind, factor: float) -> dict[str, object]:
    """The fields :class:`Rate` and :class:`Amount` share, from one scan."""
    return {
        "text": text,
        "low": scan.low,
        "high": scan.high,
        "unit": scan.unit_text,
        "qualifier": " ".join(scan.qualifiers) or None,
        "bound": _bound(scan.qualifiers),
        "kind": kind,
        "canonical_low": scan.low * factor,
        "canonical_high": scan.high * factor,
        "restatement": scan.restatement,
    }


def build_rate(text: str, scan: _Scan) -> Rate:
    """Turn a completed scan (with a time basis) into a :class:`Rate`."""
    assert scan.time_unit is not None and scan.basis is not None
    kind, factor = rate_factor(scan.pint_unit, scan.time_unit, scan.per_count)
    _check_finite(text, scan.high * factor)
    return Rate(
        **_figure_fields(text, scan, kind, factor),  # type: ignore[arg-type]
        canonical_unit=CANONICAL_UNITS[kind],
        time_text=scan.time_text,
        time_unit=scan.time_unit,
        per_count=scan.per_count,
        basis=scan.basis,
        average=scan.average,
        pint_unit=scan.pint_unit,
        start=scan.start,
        end=scan.end,
    )


def _check_finite(text: str, canonical: float) -> None:
    if not math.isfinite(canonical) or canonical > _LARGEST:
        raise RateParseError(text, "the value is too large to represent")


# Far beyond any rate of advance, yet well inside float range, so sums and
# ratios of canonical values stay finite too.
_LARGEST = 1e200


def _suggest(word: str) -> list[str]:
    vocabulary = sorted({*_SPACE_UNITS, *TIME_UNITS})
    return difflib.get_close_matches(word.lower(), vocabulary, n=3, cutoff=0.6)


def _figure_bounds(s: str) -> tuple[int, int]:
    """Offsets of a figure inside quotes, brackets and trailing punctuation.

    A closing bracket is dropped only when it has no opening partner inside
    the figure, so "465 km² (180 sq mi)" keeps its restatement.
    """
    start = len(s) - len(s.lstrip(_LEAD_CHARS))
    stop = len(s)
    while stop > start:
        ch = s[stop - 1]
        inside = s[start : stop - 1]
        unmatched = {")": "(", "]": "["}.get(ch)
        if ch in _TRAIL_CHARS or (unmatched and inside.count(unmatched) <= inside.count(ch)):
            stop -= 1
        else:
            break
    return start, stop


def _scan_figure(text: object) -> tuple[str, _Scan, int]:
    """Read one figure filling ``text``: checks, bounds and the scan, errors mapped.

    Returns the cleaned text, the scan and where the figure's text stops.
    """
    if not isinstance(text, str):
        raise RateParseError(repr(text), f"expected a string, got {type(text).__name__}")
    if len(text) > MAX_INPUT_CHARS:
        raise RateParseError(
            text,
            f"input is {len(text):,} characters; a single figure has at most "
            f"{MAX_INPUT_CHARS} (use advrate.extract_rates for running text)",
        )
    s = clean_text(text)
    start, stop = _figure_bounds(s)
    if start >= stop:
        raise RateParseError(text, "the text is empty")
    try:
        scan = scan_rate(s, start, stop)
    except _NoRate as err:
        if err.unknown_unit:
            raise UnknownUnitError(text, err.unknown_unit, _suggest(err.unknown_unit)) from None
        raise RateParseError(text, err.reason) from None
    return s, scan, stop


_PER_RE = re.compile(rf"^\s*(?:(?P<count>{_DIGITS})\s*)?(?P<tu>{_TA})\s*$", _I)
_LEAD_CHARS = " \t\r\n\"'“”‘’(["
_TRAIL_CHARS = " \t\r\n\"'“”‘’.,;:!?"


def parse_rate(text: str, *, per: str | None = None) -> Rate:
    """Read one quoted rate of advance.

    Parameters
    ----------
    text : str
        A single figure as quoted: "1,580 meters per day", "about 9 sq km a
        day", "700-1,200m of progress every five days", "40km in 12 days".
        At most :data:`MAX_INPUT_CHARS` characters.
    per : str, optional
        Time basis to use when the text has none because its context carries
        it, e.g. ``per="day"`` for "Gorizia in 1916 (500 meters)" in a list
        whose first item says "meters per day". Accepts a time unit ("day",
        "week") optionally preceded by a count ("5 days"). Ignored when the
        text states its own basis.

    Returns
    -------
    Rate
        Values as written and in the canonical unit (m/day or km²/day).

    Raises
    ------
    advrate.RateParseError
        The text is not a single rate: no number, an unknown unit (the
        message lists close matches), no time basis and no ``per``, text
        left over, or input too long.

    Examples
    --------
    >>> parse_rate("1,580 meters per day").canonical_low
    1580.0
    >>> parse_rate("approximately nine square kilometers per day").canonical_low
    9.0
    >>> parse_rate("500 meters", per="day").canonical_low
    500.0
    """
    s, scan, stop = _scan_figure(text)
    if scan.end < stop:
        leftover = s[scan.end : stop].strip()
        if scan.time_unit is None and _looks_like_time(leftover):
            raise RateParseError(text, f"cannot read the time phrase {leftover!r}")
        raise RateParseError(text, f"unexpected text after the figure: {leftover!r}")
    if per is not None and not isinstance(per, str):
        raise RateParseError(text, f"per must be a time basis such as 'day', not {per!r:.40}")
    if scan.time_unit is None:
        if per is None:
            raise RateParseError(
                text,
                "no time basis (such as 'per day'); if the context gives one, "
                "pass it, e.g. parse_rate(text, per='day')",
            )
        m = _PER_RE.match(clean_text(per))
        if m is None:
            raise RateParseError(text, f"per={per!r} is not a time basis such as 'day'")
        scan.time_unit = TIME_UNITS[m.group("tu").lower()]
        scan.per_count = _count_value(m.group("count")) if m.group("count") else 1.0
        scan.basis = "given"
    return build_rate(text, scan)


def _looks_like_time(leftover: str) -> bool:
    return bool(re.search(r"\b(per|a|every|each|in|daily)\b|/", leftover, _I))


_UNIT_PHRASE_MAX = 64


def parse_unit(text: str) -> ParsedUnit:
    """Read a rate unit phrase such as "km/day", "meters per day", "sq mi per month".

    Parameters
    ----------
    text : str
        A distance or area unit followed by a time phrase. At most 64
        characters.

    Returns
    -------
    ParsedUnit
        The vetted pint units and the factor to the canonical unit.

    Raises
    ------
    advrate.RateParseError
        The phrase is not a rate unit from the vetted vocabulary.
    """
    if not isinstance(text, str):
        raise RateParseError(repr(text), f"expected a unit string, got {type(text).__name__}")
    if len(text) > _UNIT_PHRASE_MAX:
        raise RateParseError(text, f"unit phrase longer than {_UNIT_PHRASE_MAX} characters")
    s = clean_text(text).strip()
    if not s[:1].isalpha():
        raise RateParseError(
            text, "a unit phrase starts with the unit, such as 'km/day' or 'sq mi per week'"
        )
    try:
        scan = scan_rate("1 " + s, 0)
    except _NoRate as err:
        if err.unknown_unit:
            raise UnknownUnitError(text, err.unknown_unit, _suggest(err.unknown_unit)) from None
        raise RateParseError(text, err.reason.replace("after the number", "")) from None
    if scan.end != len(s) + 2 or scan.time_unit is None or scan.high != 1.0 or scan.qualifiers:
        raise RateParseError(
            text,
            "expected a distance or area unit and a time, such as 'km/day' or 'sq mi per week'",
        )
    kind, factor = rate_factor(scan.pint_unit, scan.time_unit, scan.per_count)
    return ParsedUnit(text, kind, scan.pint_unit, scan.time_unit, scan.per_count, factor)


@dataclass(frozen=True)
class Amount:
    """A distance or area read from text, with no time basis ("476 square kilometers").

    Attributes
    ----------
    text : str
        The input as given.
    low, high : float
        Values as written; equal for a single value. [unit as written]
    unit : str
        Unit exactly as written.
    qualifier : str or None
        Qualifier words as written ("over", "about"), or None.
    bound : {"approximate", "lower", "upper", "exact"} or None
        What the qualifier says about the value.
    kind : {"linear", "areal"}
        A distance or an area.
    canonical_low, canonical_high : float
        In metres (distance) or square kilometres (area). [m] or [km²]
    canonical_unit : {"m", "km²"}
        The canonical unit for ``kind``.
    restatement : str or None
        The same figure restated in other units, e.g. "(150 square miles)".
    """

    text: str
    low: float
    high: float
    unit: str
    qualifier: str | None
    bound: Bound | None
    kind: Kind
    canonical_low: float
    canonical_high: float
    canonical_unit: str
    restatement: str | None = None


def parse_amount(text: str) -> Amount:
    """Read a quoted distance or area with no time basis.

    Parameters
    ----------
    text : str
        One figure, e.g. "over 725 square kilometers", "2,250 square miles",
        "389 square kilometers (150 square miles)". At most
        :data:`MAX_INPUT_CHARS` characters.

    Returns
    -------
    Amount
        Values as written and in metres or square kilometres.

    Raises
    ------
    advrate.RateParseError
        Not a single amount: no number, an unknown unit, text left over, or a
        time basis (then it is a rate; use :func:`parse_rate`).

    Examples
    --------
    >>> round(parse_amount("2,250 square miles").canonical_low, 2)
    5827.47
    """
    s, scan, stop = _scan_figure(text)
    if scan.time_unit is not None:
        raise RateParseError(text, "this is a rate (it has a time basis); use parse_rate")
    if scan.end < stop:
        raise RateParseError(
            text, f"unexpected text after the figure: {s[scan.end : stop].strip()!r}"
        )
    kind, factor = amount_factor(scan.pint_unit)
    _check_finite(text, scan.high * factor)
    return Amount(
        **_figure_fields(text, scan, kind, factor),  # type: ignore[arg-type]
        canonical_unit=CANONICAL_AMOUNT_UNITS[kind],
    )
