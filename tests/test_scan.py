"""Tests for advrate.scan: the scanner that parse and extract share."""

import re

import pytest

from advrate.scan import QUALIFIERS, SPACE_UNITS, TIME_UNITS, phrase_trie


def _longest_first(phrases, space):
    return "(?:" + "|".join(
        space.join(re.escape(word) for word in phrase.split(" "))
        for phrase in sorted(phrases, key=len, reverse=True)
    ) + ")"  # fmt: skip


@pytest.mark.parametrize(
    ("phrases", "space", "tail"),
    [
        (list(SPACE_UNITS), r"\s*", r"(?![A-Za-z0-9²³])"),
        (list(TIME_UNITS), r"\s*", r"(?![A-Za-z])"),
        (list(QUALIFIERS), r"\s+", r"\s"),
    ],
)
def test_phrase_trie_matches_what_a_longest_first_alternation_matches(phrases, space, tail):
    trie = re.compile(phrase_trie(phrases, space) + tail, re.IGNORECASE)
    alternation = re.compile(_longest_first(phrases, space) + tail, re.IGNORECASE)
    texts = []
    for phrase in phrases:
        for suffix in ("", " ", ".", "s", "2", " of", "-"):
            for variant in (phrase, phrase.upper(), phrase[:-1], phrase.replace(" ", "  "),
                            phrase.replace(" ", "")):  # fmt: skip
                texts.append(variant + suffix)
    for text in texts:
        expected = alternation.match(text)
        found = trie.match(text)
        assert (found and found.group(0)) == (expected and expected.group(0)), text


def test_phrase_trie_prefers_the_longer_phrase():
    pattern = re.compile(phrase_trie(["km", "km²", "sq km", "sq kilometres"]))
    assert pattern.match("sq kilometres").group(0) == "sq kilometres"
    assert pattern.match("sqkm").group(0) == "sqkm"
    assert pattern.match("km²").group(0) == "km²"
    assert pattern.match("kilometres") is None


def test_clean_text_blanks_reference_marks_and_keeps_offsets():
    from advrate.scan import clean_text

    text = "took 300 km²[1] in October[citation needed], and 5 km [7.5 sq mi]"
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    assert "[1]" not in cleaned and "citation" not in cleaned
    assert "[7.5 sq mi]" in cleaned


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Markdown emphasis is blanked, offsets kept
        ("**478 km²** in *October*", "  478 km²   in  October "),
        ("***bold***", "   bold   "),
        # a bullet and a product are no emphasis
        ("* item 5 km", "* item 5 km"),
        ("5*3 km", "5*3 km"),
    ],
)
def test_clean_text_blanks_markdown_emphasis(text, expected):
    from advrate.scan import clean_text

    assert clean_text(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one hundred and twenty-five", 125),
        ("three thousand five hundred", 3500),
        ("fifteen hundred", 1500),
        ("twenty five", 25),
        ("two dozen", 24),
        ("two-three", 2),  # a range's first end, never 5
        ("two three", 2),
    ],
)
def test_number_words_join_only_as_english_joins_them(text, value):
    from advrate.scan import NUMBER_RE, number_value

    assert number_value(NUMBER_RE.match(text)) == value
