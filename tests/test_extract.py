"""Tests for advrate.extract: the labelled corpus, the two articles, safety, the CLI."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from helpers import hang_guard
from hypothesis import given, settings
from hypothesis import strategies as st
from sources import article_text

import advrate
from advrate import AdvrateError
from advrate.evaluation import advrate_extractor, evaluate, load_corpus, match
from advrate.extract import COLUMNS, extract_rates, html_to_text

ROOT = Path(__file__).resolve().parent.parent


def _lows(sentence: str, published: str | None = None) -> list[float]:
    """The canonical lower values extracted from a sentence, in order. [m/day or km²/day]"""
    return list(extract_rates(sentence, published=published)["canonical_low"])


def test_corpus_is_large_enough_and_cited():
    items = load_corpus()
    collected = [
        i for i in items if not i["id"].startswith(("putin", "isw")) and not i.get("constructed")
    ]
    assert len(collected) >= 40
    assert sum(1 for i in collected if not i["labels"]) >= 20  # hard negatives
    for item in items:
        assert item["source"]
        assert item["url"].startswith("http") or item.get("constructed") is True, item["id"]


def test_corpus_scores_do_not_regress():
    # The development part is what the extractor is built against: it must stay clean.
    dev = evaluate(split="dev")
    assert dev.precision >= 0.98, dev
    assert dev.recall >= 0.96, dev
    # The test part is only scored (issue 14: F1 0.840, P 0.917 when first measured);
    # this guards the level reached, it does not tune to it.
    test = evaluate(split="test")
    assert test.f1 >= 0.80 and test.precision >= 0.90, test


def test_the_original_corpus_keeps_its_precision():
    from advrate.evaluation import corpus_paths

    first_files = {"sentences.jsonl", "articles.jsonl", "hard_negatives_issue9.jsonl"}
    original = [p for p in corpus_paths() if p.name in first_files]
    assert len(original) == len(first_files)
    scores = evaluate(items=load_corpus(original))
    assert scores.precision >= 0.98 and scores.recall >= 0.96, scores


def test_the_corpus_is_large_cited_and_split():
    items = load_corpus()
    assert len(items) >= 300
    historical = [i for i in items if i.get("era") == "historical"]
    negatives = [i for i in items if not i["labels"] and not i.get("constructed")]
    assert len(historical) >= 100 and len(negatives) >= 100
    for item in items:
        assert item["split"] in ("dev", "test"), item["id"]
        if not item.get("constructed"):
            assert item["source"] and item["url"].startswith("http"), item["id"]
    assert len({i["id"] for i in items}) == len(items)
    share = sum(i["split"] == "test" for i in items) / len(items)
    assert 0.3 < share < 0.5


def test_bootstrap_interval_brackets_the_f1():
    from advrate.evaluation import bootstrap_f1

    f1, low, high = bootstrap_f1(split="test", resamples=300)
    assert low <= f1 <= high and 0 < high - low < 0.5


def test_basis_and_subject_right_where_labelled():
    for item in load_corpus():
        table = extract_rates(item["text"], published=item.get("published"))
        for label in item["labels"]:
            hits = table[
                (table["canonical_unit"] == label["canonical_unit"])
                & ((table["canonical_low"] - label["canonical_low"]).abs()
                   <= 1e-3 * label["canonical_low"])
            ]  # fmt: skip
            if hits.empty:
                continue  # a known miss, counted by the F1 test
            row = hits.iloc[0]
            if "basis" in label:
                assert row["basis"] == label["basis"], (item["id"], row["surface"])
            if "subject" in label:
                assert row["subject"] == label["subject"], (item["id"], row["surface"])


ARTICLE_EXPECTED = {
    "putin-troops-deaths-hidden.txt": [
        ("only 50 meters per day", 50, "stated", "Kharkiv"),
        ("1,580 meters per day", 1580, "stated", "Galicia 1914"),
        ("500 meters", 500, "carried from list", "Gorzia 1916"),
        ("410 meters", 410, "carried from list", "Belleau Wood 1918"),
        ("1,000 meters", 1000, "carried from list", "Leningrad 1943"),
        ("3,220 meters", 3220, "carried from list", "Kursk-Oboyan 1943"),
        ("135 meters per day", 135, "stated", "Donetsk Oblast"),
    ],
    "isw-security-officials-escalate.txt": [
        ("approximately nine square kilometers per day", 9, "stated", ""),
    ],
}


def _article_text(name: str) -> str:
    return article_text(name)


@pytest.mark.parametrize("name", sorted(ARTICLE_EXPECTED))
def test_articles_every_rate_and_nothing_else(name):
    text = _article_text(name)
    table = extract_rates(text)
    got = list(
        zip(table["surface"], table["canonical_low"], table["basis"], table["subject"], strict=True)
    )
    assert got == ARTICLE_EXPECTED[name]
    for row in table.itertuples():
        assert text[row.start : row.end] == row.surface
        assert row.surface in row.sentence


def test_columns_and_values():
    table = extract_rates("Russian forces advanced 700-1,200m of progress every five days.")
    assert list(table.columns) == list(COLUMNS)
    row = table.iloc[0]
    assert (row.value_low, row.value_high, row.unit) == (700, 1200, "m")
    assert (row.canonical_low, row.canonical_high) == (140, 240)
    assert row.basis == "stated" and row.kind == "linear"


def test_restatement_is_one_row():
    text = "Russian troops were advancing roughly two square kilometers (0.8 square miles) per day."
    table = extract_rates(text)
    assert len(table) == 1
    assert table.loc[0, "restatement"] == "(0.8 square miles)"
    assert table.loc[0, "canonical_low"] == 2 and table.loc[0, "qualifier"] == "roughly"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Russia seized 449 square kilometers in May.", 31),
        ("Russia seized 290 square kilometers in February 2024.", 29),
        ("Russia seized 280 square kilometers in February 2025.", 28),
        ("They took 70 square kilometers in the past week.", 7),
        ("They took 40 square kilometers from December 30 to January 5.", 7),
        ("They took 1,000 square kilometers over five months.", 5 * 365.25 / 12),
        ("They took 3,985 square kilometres in 2024.", 366),
    ],
)
def test_totals_use_the_real_length_of_the_period(text, days):
    table = extract_rates(text)
    assert len(table) == 1
    value = float(table.loc[0, "value_low"])
    assert table.loc[0, "canonical_low"] == pytest.approx(value / days)
    assert table.loc[0, "basis"] == "total over stated period"


@pytest.mark.parametrize(
    "text",
    [
        "The drone flies at 185 km/h.",
        "Russia lost 1,500 soldiers a day in October.",
        "The town is 10 kilometers from the city.",
        "Russia has taken 3,000 square kilometers since January.",
        "One soldier was lost for every 48cm of ground gained.",
        "On 9 January 2025, in 2024 and in 1943, 18.4% of the territory.",
    ],
)
def test_not_rates(text):
    assert extract_rates(text).empty


def test_non_string_refused():
    with pytest.raises(AdvrateError, match="takes text"):
        extract_rates(b"50 meters per day")  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_gives_table_or_own_error(text):
    try:
        table = extract_rates(text)
    except AdvrateError:  # pragma: no cover - none expected for str input
        return
    assert list(table.columns) == list(COLUMNS)
    for row in table.itertuples():
        assert text[row.start : row.end] == row.surface


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["50", "1,580", "meters", "per", "day", "in", "2024", "(", ")", "km²",
                         "over", "between", "and", "since", "February", "the", "past", "week",
                         ",", ".", "every", "five", "days", "a", "square", "kilometers"]),
        max_size=60,
    )
)  # fmt: skip
def test_rate_like_word_salad(words):
    text = " ".join(words)
    table = extract_rates(text)
    for row in table.itertuples():
        assert text[row.start : row.end] == row.surface
        assert row.canonical_low <= row.canonical_high


PATHOLOGICAL = [
    "1 " * 500_000,
    "1,000 " * 170_000,
    "9**9**" * 170_000,
    "(" * 1_000_000,
    "in the past " * 90_000,
    "between 1 and " * 75_000,
    "one two three " * 75_000,
    "sq. " * 250_000,
    "50 meters " * 100_000,
    "a" * 1_000_000,
]


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=lambda t: repr(t[:14]))
def test_pathological_megabyte_finishes(text):
    assert len(text) >= 999_000
    with hang_guard(60):
        table = extract_rates(text)
    assert isinstance(table, pd.DataFrame)


def test_html_to_text():
    page = ("<html><head><style>p{color:red}</style><script>var x = '9 km per day';</script>"
            "</head><body><p>Russian forces gained <b>nine square kilometers</b> per day.</p>"
            "<p>Galicia &amp; co.</p></body></html>")  # fmt: skip
    text = html_to_text(page)
    assert "var x" not in text and "color" not in text
    assert "Galicia & co." in text
    assert extract_rates(text)["canonical_low"].tolist() == [9.0]


def _cli(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "advrate", "extract", *args], capture_output=True, text=True,
        cwd=cwd,
    )  # fmt: skip


def test_cli_extract_formats(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(_article_text("putin-troops-deaths-hidden.txt"), encoding="utf-8")
    page = tmp_path / "b.html"
    page.write_text("<p>Russian advances slowed to approximately nine square kilometers per day"
                    " in December 2024.</p>", encoding="utf-8")  # fmt: skip
    out = tmp_path / "rates.json"
    proc = _cli(str(article), str(page), "--format", "json", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert len(rows) == 8
    assert {r["file"] for r in rows} == {str(article), str(page)}
    csv_out = _cli(str(page)).stdout
    assert csv_out.splitlines()[0].startswith("file,sentence,start,end,surface")
    md = _cli(str(page), "--format", "markdown").stdout
    assert "| file" in md and "approximately nine square kilometers per day" in md


def test_cli_unreadable_file_does_not_stop_the_rest(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("They advanced 50 meters per day.", encoding="utf-8")
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    proc = _cli(str(tmp_path / "missing.txt"), str(binary), str(good), "--quiet")
    assert proc.returncode == 1
    assert "cannot read" in proc.stderr and "missing.txt" in proc.stderr
    assert "bad.txt: not UTF-8 text" in proc.stderr
    assert "50 meters per day" in proc.stdout


def test_cli_progress_bar_for_many_files(tmp_path):
    files = []
    for i in range(3):
        path = tmp_path / f"f{i}.txt"
        path.write_text("They advanced 50 meters per day.", encoding="utf-8")
        files.append(str(path))
    proc = _cli(*files)
    assert proc.returncode == 0
    assert "extracting" in proc.stderr and "3/3" in proc.stderr


def test_prediction_matching_counts_each_label_once():
    labels = [{"canonical_low": 50, "canonical_high": 50, "canonical_unit": "m/day"}]
    assert match([(50, 50, "m/day"), (50, 50, "m/day")], labels) == (1, 1, 0)
    assert match([], labels) == (0, 0, 1)
    assert advrate_extractor("They advanced 50 meters per day.") == [(50.0, 50.0, "m/day")]


@pytest.mark.parametrize("where", ["folder", "missing-folder", "input"])
def test_cli_out_refused_before_any_work(tmp_path, where):
    article = tmp_path / "article.txt"
    article.write_text("They advanced 50 meters per day.", encoding="utf-8")
    out = {
        "folder": tmp_path,
        "missing-folder": tmp_path / "nope" / "rates.csv",
        "input": article,
    }[where]
    before = sorted(p.name for p in tmp_path.iterdir())
    proc = _cli(str(article), "--out", str(out), "--quiet")
    assert proc.returncode == 1
    assert proc.stderr.startswith("advrate extract: error: --out")
    assert "Traceback" not in proc.stderr
    assert article.read_text(encoding="utf-8") == "They advanced 50 meters per day."
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_cli_out_replaces_its_own_file_whole(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("They advanced 50 meters per day.", encoding="utf-8")
    out = tmp_path / "rates.csv"
    out.write_text("old run\n" * 1000, encoding="utf-8")
    assert _cli(str(article), "--out", str(out), "--quiet").returncode == 0
    assert out.read_text(encoding="utf-8").startswith("file,sentence")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt", "rates.csv"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia spends $150m a day on the war.",
        "Russia spends US$150m a day on the war.",
        "The war costs Moscow €2bn a month.",
        "The campaign cost 150 million dollars a day.",
        "It cost 150m dollars a day.",
        "Russia lost 1,200 men a day along a 30 km stretch of front.",
        "Daily shelling reached towns 25 km from the border.",
        "Daily strikes hit depots 40 km behind the front, and a 20-km-wide zone.",
        "Troops came within 10 km of the city in a week.",
        "They advanced 1,5000 km per day.",
        "They advanced 1e999 km per day.",
        "They advanced 1234 580 meters per day.",
        "They advanced " + "9" * 400 + " km per day.",
        "They advanced 9e99 miles per 1e-99 days.",
    ],
)
def test_precision_traps_give_nothing(sentence):
    assert extract_rates(sentence).empty


def test_a_movement_from_a_place_is_still_an_advance():
    table = extract_rates("Russian forces advanced 25 km from the border in a week.")
    assert table["surface"].tolist() == ["25 km"]
    assert table["canonical_low"].tolist() == pytest.approx([25000 / 7])


# Every Unicode space and invisible joiner between digit groups: read as a
# thousands separator, or not at all, never as the tail alone (580).
_SEPARATORS = [
    "\u2002", "\u2003", "\u200a", "\u2008", "\u3000", "\u200b", "\u2060", "\u00ad",
    "\ufeff", "'", "\u2019", "\u00a0", "\u202f", "\u2009", "\u2007", "\u2005",
]  # fmt: skip


@pytest.mark.parametrize("sep", _SEPARATORS, ids=[f"U+{ord(c):04X}" for c in _SEPARATORS])
def test_unicode_digit_group_separators(sep):
    text = f"They advanced 1{sep}580 meters per day."
    table = extract_rates(text)
    assert table["canonical_low"].tolist() == [1580.0]
    assert table["surface"].tolist() == [f"1{sep}580 meters per day"]
    assert advrate.parse_rate(f"1{sep}580 meters per day").canonical_low == 1580.0


@pytest.mark.parametrize("letter", ["\u017f", "\u0131", "\u0130", "\u212a"])
def test_case_folding_letters_never_crash_or_misread(letter):
    for text in (f"12 {letter}q km per day", f"five {letter}ilometers per day",
                 f"{letter}even km per day", f"12 k{letter} per day"):  # fmt: skip
        with pytest.raises(advrate.RateParseError):
            advrate.parse_rate(text)
        assert extract_rates(f"They took {text}.").empty


def test_malformed_html_is_read_as_text_never_an_error():
    page = "<p>Before</p><![ if !IE ]><p>They advanced 50 meters per day.</p><![endif]><a <b"
    text = html_to_text(page)
    assert "They advanced 50 meters per day." in text and "Before" in text
    assert html_to_text("<!-- never closed <p>9 km per day</p>") == ""
    assert html_to_text("<script>never closed 9 km per day") == ""
    assert html_to_text("a < b > c &amp; d") == "a < b > c & d"
    with pytest.raises(AdvrateError, match="not bytes"):
        html_to_text(b"<p>bytes</p>")  # type: ignore[arg-type]


def test_html_size_limit_is_a_clear_error(monkeypatch):
    import advrate.extract as extract

    monkeypatch.setattr(extract, "MAX_HTML_CHARS", 100)
    with pytest.raises(AdvrateError, match="at most 100 are read"):
        html_to_text("<p>" + "x" * 200 + "</p>")


# Each of these took tens of seconds at a twentieth of this size when the work
# per character was not bounded; linear, they take well under a second. The
# guard fails a quadratic regression instead of letting it hang the suite.
HOSTILE = {
    "dots": "." * 400_000,
    "bangs": "!?" * 200_000,
    "abbreviations": "Gen. A " * 100_000,
    "numbers": "1 km " * 100_000,
    # a start date looked for before every figure of one endless sentence
    "dated spans": "which began on August 6, took 5 km² of land by August 12, " * 6_000,
    "contrasts": "30 km a day, but is struggling to even manage 5 km, " * 6_000,
    # a list of periods looked for around every listed figure of one endless sentence
    "respectively": "Russia took 449 and 300 km2 in May and April respectively, " * 6_000,
    "leading respectively": "In May and April respectively, Russia took 449 and 300 km2, " * 6_000,
    # colons with words between them before a list line, each split many ways
    "colon words": "Ab cd ef: gh ij kl mn " * 15
    + "\n- Week 1: 14 km²\n"
    + "Day 1: 2 km. " * 20_000,
}
HOSTILE_HTML = {
    "open-tags": "<a " * 200_000,
    "comments": "<!--" * 200_000,
    "scripts": "<script>" * 100_000,
    "lone-brackets": "<" * 500_000,
    "quotes": "<a title='" * 100_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_is_linear(name):
    with hang_guard(20):
        extract_rates(HOSTILE[name])


@pytest.mark.parametrize("name", sorted(HOSTILE_HTML))
def test_hostile_html_is_linear(name):
    with hang_guard(20):
        extract_rates(html_to_text(HOSTILE_HTML[name]))


def test_cli_one_odd_article_does_not_sink_the_batch(tmp_path):
    odd = tmp_path / "odd.html"
    odd.write_text("<p>Gains of 12 sq.km per day</p><![ if !IE ]><p>x</p><![endif]>",
                   encoding="utf-8")  # fmt: skip
    plain = tmp_path / "plain.txt"
    plain.write_text("They advanced 50 meters per day.", encoding="utf-8")
    proc = _cli(str(odd), str(plain), "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert "12 sq.km per day" in proc.stdout and "50 meters per day" in proc.stdout


# ---------------------------------------------------------------------------
# Issue 14: the grammar of periods, by class.
WHY_SENTENCES = [
    ("Troops moved between 20 and 60 metres per day, officials said.", [(20, 60, "m/day")]),
    ("The column pushed 40 km in barely three weeks.", [(40_000 / 21, 40_000 / 21, "m/day")]),
    ("After four months of heavy fighting the line had moved 6 km.",
     [(6000 / 121.75, 6000 / 121.75, "m/day")]),
    ("Troops gained 12 square kilometres last week.", [(12 / 7, 12 / 7, "km²/day")]),
    ("The brigade covered 70 km within 48 hours.", [(35_000, 35_000, "m/day")]),
    ("Between February and April 2025 they took 900 square kilometres.",
     [(900 / 89, 900 / 89, "km²/day")]),
    ("The weekly pace of gains reached 150 square kilometres.", [(150 / 7, 150 / 7, "km²/day")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WHY_SENTENCES, ids=lambda v: str(v)[:40])
def test_the_sentences_of_issue_14(text, expected):
    got = extract_rates(text)
    found = list(zip(got["canonical_low"], got["canonical_high"], got["canonical_unit"],
                     strict=True))  # fmt: skip
    assert len(found) == len(expected), got[["surface", "basis", "period"]]
    for (low, high, unit), (want_low, want_high, want_unit) in zip(found, expected, strict=True):
        assert unit == want_unit
        assert low == pytest.approx(want_low, rel=1e-6)
        assert high == pytest.approx(want_high, rel=1e-6)


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        # a period standing apart from its amount
        ("Russia captured 500 square kilometres of territory in March 2025.", 500 / 31),
        ("Russia seized 500 square kilometres (190 square miles) in March 2025.", 500 / 31),
        ("In March 2025 - 190 square miles - Russia made its largest gain.", None),
        ("Russian forces took 420 square kilometres near Pokrovsk in April 2025.", 420 / 30),
        ("They advanced 30 km, he said, in three weeks.", 30_000 / 21),
        # rate words as adjectives or nouns
        ("A monthly pace of 600 square kilometres was reached.", 600 / 30.4375),
        ("The advance continued at a rate of 3 km a week.", 3000 / 7),
        ("Average weekly gains of 70 square kilometres were recorded.", 70 / 7),
        # hours and single days
        ("The division advanced 60 km in the past 24 hours.", 60_000),
        ("On the second day of the attack the brigade gained 8 km.", 8000),
    ],
)
def test_period_classes_in_sentences(text, per_day):
    got = extract_rates(text)
    assert len(got) == 1, got[["surface", "basis", "period"]]
    if per_day is not None:
        assert got["canonical_low"].iloc[0] == pytest.approx(per_day, rel=1e-6)


def test_a_dash_aside_keeps_its_period_and_its_restatement():
    got = extract_rates("In March 2025 - 190 square miles - Russia made its largest gain.")
    assert got["canonical_unit"].iloc[0] == "km²/day"
    assert got["period"].iloc[0] == "In March 2025"


def test_a_time_basis_carries_to_a_coordinated_second_figure():
    got = extract_rates(
        "Russian forces were taking 3 to 6 square kilometres per day in spring, and later up to "
        "12 to 15 square kilometres."
    )
    assert got["canonical_low"].tolist() == [3, 12]
    assert got["canonical_high"].tolist() == [6, 15]
    assert got["basis"].tolist() == ["stated", "carried from previous figure"]


def test_a_basis_is_not_carried_across_kinds_or_to_a_new_clause():
    got = extract_rates("The army advanced 2 km a day and captured 40 square kilometres.")
    assert got["canonical_unit"].tolist() == ["m/day"]
    got = extract_rates("Gains were 20 km² a day; the front is 1,000 kilometres long.")
    assert got["canonical_unit"].tolist() == ["km²/day"]


def test_each_total_keeps_its_own_period_and_never_borrows_one():
    got = extract_rates(
        "Russia took 3,600 square kilometres in 2024 and 4,831 square kilometres in 2025."
    )
    assert got["canonical_low"].round(3).tolist() == [round(3600 / 366, 3), round(4831 / 365, 3)]
    got = extract_rates(
        "Its conquest of 120,000 square kilometers during the first five weeks of the war "
        "compares with Ukraine's recapture of 50,000 square kilometers in the spring of 2022."
    )
    assert got["surface"].tolist() == ["120,000 square kilometers"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a gain in a relative clause is read; a conjunction ends the clause of holding
        ("The 725 km² Russia took in November was the most since 2022.", [725 / 30]),
        # in a relative clause after "the" figure, or a participle with its agent
        ("The 725 km² that Russia took in November was the most since 2022.", [725 / 30]),
        ("The 40 km which the army had covered in two days surprised its staff.", [20000]),
        ("The 6 miles the British gained on the first day cost 57,000 casualties.", [6 * 1609.344]),
        ("The 500 km² seized by Russian forces in October was a record.", [500 / 31]),
        ("The 500 km² taken by Russian troops last month was a record.", [500 / 30]),
        # the clause dates another capture when the figure is not "the" figure
        ("Russia took 500 km² that Ukraine had taken in 2022.", []),
        ("Russia took 500 km² in November and controls 116,000 km².", [500 / 30]),
        ("About 500 km² came under Russian control in October 2024.", [500 / 31]),
    ],
)
def test_a_figure_held_after_it_and_one_taken(sentence, expected):
    assert _lows(sentence, published="2025-12-05") == pytest.approx(expected)


def test_both_ends_of_every_range_are_read():
    for text in ("Troops moved between 20 and 60 metres per day.",
                 "Troops moved from 20 to 60 metres per day.",
                 "Troops moved 20-60 metres per day."):  # fmt: skip
        got = extract_rates(text)
        assert (got["canonical_low"].iloc[0], got["canonical_high"].iloc[0]) == (20, 60), text


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine struck a depot 30 km behind the front on Tuesday.",
        "In March 2022, Russian operations saw it control 45,426 square kilometers.",
        "The city, 25 km from the front, was shelled last week.",
        "The drone flew 120 km in two hours.",
        "The line stretched 1,000 km in 2024.",
        "Russia has held 18 % of Ukraine since 2022.",
        # the extent at its peak is what was held then
        "At its peak in March 2022, Russia occupied some 161,000 square kilometres.",
        # the object of a verb of holding that follows it, in a relative clause
        "The 110,000 km² Russia occupies today is about 18% of Ukraine.",
        "The 450 km² that Ukraine still holds in Kursk shrank in March.",
        # a month after "after" is a point in time, not the figure's period
        "Ukraine has liberated about 50% of the territory Russia seized after February 2022, "
        "around 74,000 square kilometres.",
        # how far strikes reached, and how far civilians fled, is no ground taken
        "Over the past year, Ukraine's drone strikes have reached 1,500 km into Russia.",
        "In October, Russian drones reached as far as 1,000 km into Ukraine.",
        # movers that are no army
        "Migrants walked up to 30 km a day through the Balkans.",
        "Protesters marched 100 km to the capital in five days.",
        "The marchers walked 600 km to Kyiv in three weeks.",
        "Lava advanced 200 metres a day toward the town.",
        # the animals and walkers that slow advances are set against
        "A garden snail, which can cover 50 metres a day, would be faster.",
        "The Tour de France peloton covered 200 km a day.",
        "The Sahara expands about 48 km per year to the south.",
        "The locust swarm advanced 150 km a day.",
        "In the first week of the war, some 1 million refugees crossed into Poland, a distance "
        "of up to 300 km for many.",
    ],
)
def test_distances_and_stocks_with_a_time_are_not_rates(text):
    assert extract_rates(text).empty


@pytest.mark.parametrize(
    "text",
    [
        "Russia is advancing at 15 metres a day, slower than a garden snail, which can "
        "cover 50 metres a day.",
        "The Russians advanced at 15 metres a day, slower than a snail's pace of about "
        "50 metres a day.",
        "The Russians advanced at 15 metres a day, slower than a snail (roughly 50 metres "
        "per day).",
        "At 15 metres a day, Russia's advance is slower than the 50 metres a day a snail "
        "can manage.",
    ],
)
def test_a_rate_set_against_a_snail_is_read_alone(text):
    assert _lows(text) == pytest.approx([15.0])


@pytest.mark.parametrize(
    "text",
    [
        "The offensive moved at a snail's pace of 100 metres a day.",
        "Russian troops are crawling forward at a snail's pace of roughly 100 metres per day.",
        "At a snail's pace of 100 metres a day, the Russians would need decades to reach Kyiv.",
    ],
)
def test_an_army_moving_at_a_snails_pace_is_read(text):
    # the idiom likens the army's own pace to a snail's: "at" says whose pace it is
    assert _lows(text) == pytest.approx([100.0])


def test_a_quarter_mile_in_a_sentence_is_read():
    # the fraction is a number only before its unit, which the candidate search must see
    assert _lows("They advanced a quarter mile per day in the Hurtgen Forest.") == pytest.approx(
        [402.336]
    )
    assert extract_rates("A quarter of the division advanced 5 km.").empty


def test_published_date_resolves_relative_periods():
    text = "Russia gained 450 square kilometres last month."
    dated = extract_rates(text, published="2025-03-05")
    assert dated["canonical_low"].iloc[0] == pytest.approx(450 / 28)
    assert "February 2025" in dated["note"].iloc[0]
    undated = extract_rates(text)
    assert undated["canonical_low"].iloc[0] == pytest.approx(450 / 30.4375)
    assert "no publication date" in undated["note"].iloc[0]
    with pytest.raises(AdvrateError, match="published"):
        extract_rates(text, published="05/03/2025")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after a superlative, "since …" or "this year" says among what the advance was
        # the largest; its length is the unit the superlative names
        ("Russian forces made their largest advance in a single week since 2022, capturing "
         "nearly 235 square kilometers.", [235 / 7]),
        ("Russian forces made their biggest weekly advance this year, capturing 235 km².",
         [235 / 7]),
        ("Russia recorded its fastest advance in a month since March 2022, taking 725 km².",
         [725 / 30.4375]),
        # with no unit named, "since" gives no length (it did, to the publication date)
        ("Russia took 500 km² in October, the most since March, at 244 km².", [500 / 31]),
        ("November saw Russia's largest monthly advance, with 701 km² captured, while December "
         "accounted for the smallest gain since March, at 244 km².", [701 / 20, 244 / 31]),
        # but a "when" clause dates its own figure
        ("Russia took 500 km² in October, the most since November 2024, when it seized 725 km².",
         [500 / 31, 725 / 30]),
    ],
)  # fmt: skip
def test_since_or_this_year_after_a_superlative_is_a_scope_not_a_length(sentence, expected):
    assert _lows(sentence, published="2025-11-20") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "over the same period": the period of the sentence's figure before
        ("Russia captured 2,000 km² between August and October 2025, while Ukraine retook "
         "100 km² over the same period.", [2000 / 92, 100 / 92]),
        ("Russia captured 500 km² in October and Ukraine regained 30 km² of territory in the "
         "same period.", [500 / 31, 30 / 31]),
        # with none before it, nothing; "the same period in 2023" names its own year
        ("Ukraine retook 100 km² over the same period.", []),
        ("Russia took 4,168 km² in 2024, compared with 465 km² during the same period in 2023.",
         [4168 / 366, 465 / 365]),
        ("Russia captured 2,000 km² between August and October 2025, compared with 900 km² in "
         "the same period of 2024.", [2000 / 92, 900 / 92]),
    ],
)  # fmt: skip
def test_the_same_period_is_the_period_of_the_figure_before(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the following month" or year: the one after the one named before it
        ("Russia took 500 km² in October 2024 and 600 km² the following month.",
         [500 / 31, 600 / 30]),
        ("Russia took 500 km² in December 2024 and 600 km² in the following month.",
         [500 / 31, 600 / 31]),
        ("Russia took 500 km² in 2023 and 3,500 km² the following year.", [500 / 365, 3500 / 366]),
        # not "the next month", as often ahead as after; "the following day" is a day (the
        # day a report came is set aside where the figure is read)
        ("Russia took 500 km² in October 2024 and 600 km² the next month.", [500 / 31]),
        ("Russia took 500 km² on 3 October 2024 and 60 km² the following day.", [500.0, 60.0]),
    ],
)  # fmt: skip
def test_the_following_month_or_year_is_the_one_after_the_one_named(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_a_dash_restating_the_clauses_advance_reaches_back_to_its_period():
    # the period sits mid-clause, eleven words before the restated figure
    sentence = ("The Russian steamroller in the first six days of the offensive has driven a "
                "third of the distance to Germany – a swift 110-mile advance.")  # fmt: skip
    table = extract_rates(sentence)
    assert list(table["canonical_low"]) == pytest.approx([110 * 1609.344 / 6])
    assert table["period"].iloc[0] == "in the first six days of the offensive"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an appositive after the figure names its length with a superlative
        ("The Australians pushed forward 7 miles, the greatest advance of the war in a "
         "single day.", [7 * 1609.344]),
        ("The Australians pushed forward 7 miles, the greatest single-day advance of the war.",
         [7 * 1609.344]),
        ("Russia captured 235 km², its biggest weekly gain since 2022.", [235 / 7]),
        # or names none
        ("Russia captured 235 km², the largest advance of the war.", []),
    ],
)  # fmt: skip
def test_an_appositive_after_a_figure_may_name_its_length(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after a superlative, a period says among what, not how long
        ("Russia's advance of 3 km was the biggest in a month.", []),
        # (but "in a single month" before it is the figure's own)
        ("Russia gained 500 km² in a single month, the most since 2022.", [500 / 30.4375]),
        # yesterday's or today's advance is one day's
        ("Yesterday's advance of 3 km was the biggest in a month.", [3000.0]),
        ("Today's gains: 12 square kilometres.", [12.0]),
        ("Today's advance was 2 km.", [2000.0]),
    ],
)  # fmt: skip
def test_superlative_scopes_after_a_figure_and_yesterdays_advance(sentence, expected):
    assert _lows(sentence, published="2025-11-20") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bulletin's "today" is the day so far: at most one day
        ("Soviet troops drove 25 miles closer to Berlin today.", [25 * 1609.344]),
        ("Today, the Red Army advanced 25 miles.", [25 * 1609.344]),
        ("The Russians advanced 20 miles tonight on a 100-mile front.", [20 * 1609.344]),
        ("British troops pushed ahead 8 miles yesterday and today.", [4 * 1609.344]),
        # wire copy: a weekday without "on"; "since dawn Tuesday" is since Tuesday; a
        # "week-end" is two days, never the week
        ("The Eighth Army advanced 10 miles Tuesday.", [10 * 1609.344]),
        ("The Russians pushed 18 miles forward Friday and Saturday.", [9 * 1609.344]),
        ("The Germans fell back 15 miles during Thursday night.", [15 * 1609.344]),
        ("The British gained 4,000 yards since dawn Tuesday.", [4000 * 0.9144 / 3]),
        ("Russian troops advanced 30 miles over the week-end.", [15 * 1609.344]),
        # wire copy puts the day between subject and verb
        ("The Russians today smashed ahead 25 miles on a 100-mile front.", [25 * 1609.344]),
        ("Troops of the Third Army today captured 12 towns and advanced up to 8 miles.",
         [8 * 1609.344]),
        ("Soviet troops Tuesday advanced 10 miles.", [10 * 1609.344]),
        # where they were is no advance; where an advance carried them is
        ("The Americans today were 3 miles beyond the Roer after advancing 2 miles.", []),
        ("Yesterday's advance carried the Americans 8 miles beyond the river.", [8 * 1609.344]),
        # the day so far, and the days an offensive has run
        ("By noon the Canadians had advanced 4 miles.", [4 * 1609.344]),
        # the older spelling of 1914-18; a date set off by commas after "since the
        # beginning of the battle" is where the period starts, not a day of its own
        ("The Russians advanced 20 miles to-day on a wide front.", [20 * 1609.344]),
        # part of one day of a narrative; "2 more miles" is two miles
        ("The next morning the tanks pushed on another 15 miles.", [15 * 1609.344]),
        ("Later that day they pushed forward 2 more miles.", [2 * 1609.344]),
        ("Russia captured 50 additional square kilometres yesterday.", [50.0]),
        ("With 55 more miles to go, the advance stalled in September.", []),
        ("Since the beginning of the battle, on July 1, we have advanced about seven miles.",
         [7 * 1609.344 / 143]),
        ("The offensive, now in its fifth day, has gained 30 miles.", [6 * 1609.344]),
        ("Now in its third week, the offensive has advanced about 10 km.", []),
        ("Ukraine said Friday its forces had advanced 2 km near Robotyne.", []),
        ("Russian troops captured 12 square kilometres, the ministry said Tuesday.", []),
        ("The Red Army has driven 60 miles westward since the offensive opened last Friday.",
         [60 * 1609.344 / 7]),
        # "as of today", "up to today", "until today" end a period; they are none
        ("Russia has captured 5,000 square kilometres as of today.", []),
        ("Russia has captured 5,000 square kilometres up to today.", []),
        ("Russia has captured 5,000 square kilometres from 2022 until today.", []),
        # the day a report came is not the day of the figure's gain
        ("Russian troops captured 12 square kilometres, the ministry said today.", []),
        ("Russia today occupies about 113,000 square kilometres.", []),
    ],
)  # fmt: skip
def test_today_in_a_bulletin_is_one_day(sentence, expected):
    assert _lows(sentence, published="2025-11-20") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Russian army gained 725 square kilometers last November.", 725 / 30),
        ("Last November the Russians took 725 square kilometres, a record.", 725 / 30),
        ("Russia gained 725 km² last November, its largest monthly gain.", 725 / 30),
    ],
)
def test_last_named_month_reads_against_the_publication_date(text, expected):
    table = extract_rates(text, published="2025-11-20")
    assert list(table["canonical_low"]) == pytest.approx([expected])
    assert "November 2024" in table["note"].iloc[0]


@pytest.mark.parametrize(
    ("text", "expected", "unit"),
    [
        ("It took Russia four months to advance 10 km.", 10_000 / 121.75, "m/day"),
        ("It took them 10 days to capture 50 square kilometres.", 5.0, "km²/day"),
        ("Russia needed six weeks to take 120 square kilometres.", 120 / 42, "km²/day"),
        ("It had taken the corps almost two months to advance 80 square miles.",
         80 * 2.589988110336 / 60.875, "km²/day"),
        ("The division required a week to push 35 km toward the river.", 5_000.0, "m/day"),
    ],
)  # fmt: skip
def test_the_time_an_advance_took(text, expected, unit):
    """ "It took … PERIOD to VERB AMOUNT": the period is named by a verb of taking."""
    found = extract_rates(text)
    assert len(found) == 1
    assert found.loc[0, "canonical_low"] == pytest.approx(expected, rel=1e-6)
    assert found.loc[0, "canonical_unit"] == unit


@pytest.mark.parametrize(
    "text",
    [
        "It took 45 minutes to drive 30 km to the front.",  # under a day: not an advance rate
        "They spent three weeks preparing and then advanced 20 km.",  # the wait, not the advance
        "Russia will need 70 years to capture the whole country.",  # no amount
    ],
)
def test_time_taken_without_an_advance_gives_nothing(text):
    assert extract_rates(text).empty


@pytest.mark.parametrize(
    ("sentence", "m_per_day"),
    [
        ("The division advanced 10 km in as many days.", 1000.0),
        ("Troops advanced 12 km over the course of the day.", 12000.0),
        ("By the end of the day the Marines had advanced 3 km.", 3000.0),
        ("Israeli armour drove 150 miles across Sinai in four days.", 150 * 1609.344 / 4),
        ("The troops pushed 35 km inland in two days.", 17500.0),
        # "made it" and "fought their way" got the troops across that ground too
        ("The marines made it 12 miles inland by the end of the first day.", 12 * 1609.344),
        ("The marines fought their way 10 km inland in two days.", 5000.0),
    ],
)
def test_periods_counted_by_the_amount_or_named_by_the(sentence, m_per_day):
    found = extract_rates(sentence)
    assert len(found) == 1 and found["canonical_low"].iloc[0] == pytest.approx(m_per_day)


@pytest.mark.parametrize(
    "sentence",
    [
        "They moved 5 km in a matter of days.",  # no stated length: never one day
        "The front moved 5 km over the past weeks.",
        "A crater 30 m across was found.",
        "The town lies 35 km inland.",
        "The beach the marines made it to lies 12 miles inland.",
        "Paratroopers landed 20 km behind the lines.",
        "Russia captured 4,000 square kilometres for the year.",
    ],
)
def test_vague_periods_and_positions_give_no_rate(sentence):
    assert extract_rates(sentence).empty


KM2 = "km²/day"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia took 477 and 459 square kilometres in August and September, respectively.",
         [477 / 31, 459 / 30]),
        ("In 2023 and 2024, Russia captured 584 and 3,600 square kilometres respectively.",
         [584 / 365, 3600 / 366]),
        ("In June, July and August 2025 its forces took 400, 634 and 500 sq km respectively.",
         [400 / 30, 634 / 31, 500 / 31]),
        # an item restated in brackets is still one item
        ("In November and December 2024, Russia's gains were 725 km\u00b2 (280 sq mi) and "
         "593 km\u00b2 (229 sq mi) respectively.", [725 / 30, 593 / 31]),
    ],
)  # fmt: skip
def test_figures_given_respectively_each_take_their_own_period(sentence, expected):
    found = extract_rates(sentence)
    assert list(found["canonical_unit"]) == [KM2] * len(expected)
    assert list(found["canonical_low"]) == pytest.approx(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        # two figures, three months: nothing is paired by guesswork
        "Russian forces took 400 and 634 square kilometres in June, July and August respectively.",
        "The two divisions advanced 10 and 15 km respectively.",  # no periods at all
    ],
)
def test_respectively_without_a_one_to_one_list_gives_nothing(sentence):
    assert extract_rates(sentence).empty


def test_respectively_of_other_figures_leaves_the_amount_alone():
    found = extract_rates(
        "Russia took 500 square kilometres in March, while the two armies lost 20,000 and "
        "30,000 men respectively."
    )
    assert list(found["canonical_low"]) == pytest.approx([500 / 31])


@pytest.mark.parametrize(
    ("sentence", "per_day"),
    [
        ("Troops captured 1,000 square kilometres and 74 settlements within the first week.",
         1000 / 7),
        ("They seized 300 km² (116 sq mi) and 20 villages in the past two weeks.", 300 / 14),
        ("The 584 square kilometres taken throughout the entirety of 2023 were few.", 584 / 365),
        ("Troops have advanced 12 km since the offensive began ten days ago.", 1200.0),
    ],
)  # fmt: skip
def test_periods_past_other_things_taken_and_whole_years(sentence, per_day):
    found = extract_rates(sentence)
    assert list(found["canonical_low"]) == pytest.approx([per_day])


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday, the commander reported that his forces had advanced 3 kilometres.",
        "The commander said on Tuesday that his forces had advanced 3 kilometres.",
        "Yesterday the ministry claimed that troops had taken 40 square kilometres.",
        # the day right before the verb of saying; a perfect with an irregular participle
        "Experts on Wednesday said the advance of Ukrainian troops was up to 10 km deep.",
        "The general on Sunday claimed an advance of 5 km.",
        "On Monday, Zelensky said Ukrainian forces had taken 1,000 km² of Russian territory.",
    ],
)
def test_the_day_of_a_report_is_not_the_period_of_the_advance(sentence):
    assert extract_rates(sentence).empty


def test_a_named_day_still_dates_an_advance_told_without_a_report():
    found = extract_rates("On Tuesday, Russian forces advanced 3 km near the town.")
    assert list(found["canonical_low"]) == pytest.approx([3000.0])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a period read past a comma belongs to the figure of its own clause
        ("On the first day of the attack, troops advanced 19 km, in 5 days they covered 110 km.",
         [19000.0, 22000.0]),
        # a span of months closing the clause before the figure
        ("Compared to September-December 2024, when Russia captured 2,950 square kilometres, "
         "losses rose.", [2950 / 122]),
        ("In the first day of hostilities, the brigade advanced 12 km.", [12000.0]),
    ],
)  # fmt: skip
def test_periods_stay_with_the_figure_of_their_clause(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a restatement in words or between commas is the same figure, read once
        ("Troops took 203 square kilometres (equivalent to about 78 square miles) in March.",
         [203 / 31]),
        ("Troops had seized 203 square kilometres, or 78 square miles, of land in March.",
         [203 / 31]),
        # the comma that closes it ends no clause: the figure's period, place or count of
        # other things taken goes on after it
        ("Russia advanced by 478 square kilometers, or 184.5 square miles, throughout October.",
         [478 / 31]),
        ("Troops captured around 1,000 square kilometers, or 386 square miles, and 74 "
         "settlements within the first week.", [1000 / 7]),
        ("German Army withdraws 40 miles, or 64 km, to the Hindenburg Line in February 1917",
         [40 * 1609.344 / 28]),
        ("Moscow advanced by 389 square kilometers, or 150 square miles, in February after "
         "advances of 431 square kilometers in January.", [389 / 28, 431 / 31]),
        # between dashes, the same: the figure, its basis and its period go on after it
        ("Russia advanced by 478 square kilometers \u2013 approximately 184.5 square miles "
         "\u2013 throughout October.", [478 / 31]),
        ("Russian troops captured approximately 259 square kilometers \u2014 100 square miles "
         "\u2014 of Ukrainian territory during the last month.", [259 / 30]),
        ("Russia gained ~15 km\u00b2 \u2013 5.8 sq mi \u2013 a day in October.", [15.0]),
        ("Daily gains averaged 14 square kilometres \u2013 5.4 square miles \u2013 in October, "
         "down from 18 in September.", [14.0, 18.0]),
        ("After two days the Germans were 40 miles \u2013 64 km \u2013 inside France.",
         [40 * 1609.344 / 2]),
        # a range keeps one unit; a position stays a position
        ("Troops advanced 10 km - 15 km - in a week.", [10_000 / 7]),
        ("On 26 March the PAVN had advanced to within 30 km \u2013 19 mi \u2013 of Hue.", []),
        # a quotation closed after its comma, as American copy closes it
        ("\u201cThe Russians managed to capture 259 square kilometers, or 100 square miles,"
         "\u201d in September, DeepState said.", [259 / 30]),
        # "that month" and "that year" refer back to the month or year the sentence names
        ("Its November report said Russia gained about 100 square kilometres that month.",
         [100 / 30]),
        ("In 2024 the army grew, and it captured 4,000 square kilometres that year.",
         [4000 / 366]),
        # and so does "over the course of the month", to the month named before it
        ("In March, Russia captured 400 square kilometres over the course of the month.",
         [400 / 31]),
        ("The advance accelerated in August 2024, with nearly 400 square kilometres taken over "
         "the course of the month.", [400 / 31]),
        # the time an advance needs, without a verb of taking
        ("The plan allowed a week to advance fifty miles.", [50 * 1609.344 / 7]),
        # a comparison carries the basis; a figure with its own month keeps it
        ("They advanced 16 square kilometres per week on average, down from about 48 square "
         "kilometres late last year.", [16 / 7, 48 / 7]),
        ("Russia advanced 5 square kilometres per day in March, down from 700 square kilometres "
         "in November.", [5.0, 700 / 30]),
    ],
)  # fmt: skip
def test_restatements_back_references_and_comparisons(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_a_different_figure_after_or_is_not_a_restatement():
    found = extract_rates("They advanced 5 km, or 10 km in some places, in a day.")
    assert 10000.0 in list(found["canonical_low"])


def test_the_day_a_finding_was_written_is_not_the_period():
    found = extract_rates(
        "The institute wrote on Sunday that Russia had seized 203 square kilometres, or 78 "
        "square miles, of territory in March."
    )
    assert list(found["canonical_low"]) == pytest.approx([203 / 31])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("An analyst said that from September to November, Russia had seized 600 sq km.",
         [600 / 91]),
        ("He wrote that in the past week, the brigade had advanced 12 km.", [12_000 / 7]),
        # "by" a date is a point in time, not a period
        ("By the beginning of November, the allies had gained only five miles of ground.", []),
        ("By the evening of 8 August, the Canadians had advanced 8 miles.", []),
        ("By 8 August, the Canadians had advanced 8 miles.", []),
        # a day or a part of a month is not the month
        ("By mid-August, the army had advanced 80 miles.", []),
        ("In late August, the army had advanced 80 miles.", []),
        ("On 8 August, the Canadians had advanced 8 miles.", [8 * 1609.344]),
        ("In August, the army had advanced 80 miles.", [80 * 1609.344 / 31]),
    ],
)  # fmt: skip
def test_a_period_closing_a_reported_clause_before_a_pluperfect(sentence, expected):
    assert _lows(sentence, published="2024-12-12") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a distributive opening the clause is the figure's basis
        ("Each day the Russians advance by 100-200 meters.", [100.0]),
        ("Every week, Russia takes 100 square kilometres.", [100 / 7]),
        ("Every day the front is 5 km from the town.", []),
        ("Every two days, they advance a kilometre.", [500.0]),
        ("Every three weeks the front moves 2 km.", [2000 / 21]),
        # a period as the subject of its clause
        ("The first week of the offensive saw gains of 200 sq km.", [200 / 7]),
        ("Two days of fighting brought the brigade 12 km forward.", [6000.0]),
        ("The year saw Russia capture 4,000 sq km.", []),  # which year is not said
        ("For the week of May 5 to 11, Russian gains were 58 square kilometres.", [58 / 7]),
        # a forecast of the time an advance would need is no rate; a past one is
        ("Russia will need 2 years to take the remaining 6,600 sq km of Donetsk.", []),
        ("It would take Russia 89 years to take 600,000 sq km.", []),
        ("Russia needed two years to take 6,600 sq km.", [6600 / 730.5]),
    ],
)  # fmt: skip
def test_distributive_openings_and_periods_as_subjects(sentence, expected):
    assert _lows(sentence, published="2025-06-15") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia took 1,500 sq. kilometers in May.", [1500 / 31]),
        ("Russia took 1,500 sq kilometres in May.", [1500 / 31]),
        ("Russia gained 15 sq. km. per day.", [15.0]),
        ("Troops gained 15 km. per day.", [15_000.0]),
        ("They took 10 km squared in May.", [10 / 31]),
        # a length then "sq" or "square" is never read as the length alone
        ("Russia took 1,500 km sq in May.", []),
        ("An area 10 kilometres square was taken in May.", []),
    ],
)  # fmt: skip
def test_spellings_of_square_units(sentence, expected):
    assert _lows(sentence, published="2025-06-15") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On day three, the division advanced 20 km.", [20_000.0]),
        ("On day three the division was 20 km from the city.", []),
        ("Russia gained 449 km² over the course of May.", [449 / 31]),
        ("The Russians took 4,168 km² in calendar year 2024.", [4168 / 366]),
        # a month naming the gains the figure measures
        ("Russia's May gains totalled 449 sq km.", [449 / 31]),
        ("Its November advance of 725 km² was a record.", [725 / 30]),
        ("Russia's May gains of 449 km² beat the April figure of 300 km².", [449 / 31, 300 / 30]),
        ("The occupied territory totals 113,000 sq km in May.", []),
    ],
)  # fmt: skip
def test_numbered_days_courses_of_months_and_months_naming_gains(sentence, expected):
    assert _lows(sentence, published="2025-06-15") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a length written as an adjective of the fighting it measures
        ("The 141-day battle cost 1 million casualties and gained 6 miles.", [6 * 1609.344 / 141]),
        ("After a two-week battle, the line had moved 5 km.", [5000 / 14]),
        ("A 10-day push netted 50 square kilometres.", [5.0]),
        ("The two-day ceasefire let the column move 30 km.", []),
        # the width of the front is not the depth of the advance
        ("The British gained 5,000 yards on a front of 10,000 yards on the first day.",
         [5000 * 0.9144]),
        ("On the first day the British gained 5,000 yards along a front of 10,000 yards.",
         [5000 * 0.9144]),
        ("The attack on a front of 12 miles gained 3 miles in two days.", [3 * 1609.344 / 2]),
        # a front named right before its width, however the width is attached
        ("In two months of fighting along a front line of more than 1100 km the Red Army "
         "reached the Vistula.", []),
        ("Over ten days the offensive widened to a front of 200 km.", []),
        ("In two days they attacked along a front stretching 80 km and advanced 15 km.", [7500.0]),
        ("In a single day they pushed the line back 5 km over a front of 20 km.", [5000.0]),
        ("In a week the Russians advanced 5 km on a broad front of 30 km.", [5000 / 7]),
        ("In the past week they advanced along a battlefront stretching 1,250 km.", []),
    ],
)  # fmt: skip
def test_lengths_as_adjectives_and_widths_of_the_front(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia captured 449 square kilometres, according to DeepState, in May.", [449 / 31]),
        # a period in brackets after the figure
        ("Russian gains: 449 sq km (May), 300 sq km (April).", [449 / 31, 300 / 30]),
        ("Russia took 449 sq km (DeepState) in May.", [449 / 31]),
        # control taken, not held
        ("Russian troops established control over 449 square kilometres in May.", [449 / 31]),
        ("Russia controls over 110,000 square kilometres in May.", []),
        # "respectively" before the list pairs it all the same; never one period for both
        ("In May and April respectively, Russia captured 449 and 300 square kilometres.",
         [449 / 31, 300 / 30]),
        ("Respectively, the armies lost 20,000 and 30,000 men, and Russia took 500 km² in March.",
         [500 / 31]),
    ],
)  # fmt: skip
def test_attributions_bracketed_periods_control_taken_and_leading_respectively(sentence, expected):
    assert _lows(sentence, published="2025-06-15") == pytest.approx(expected)


def test_a_period_reaches_a_participle_figure_across_an_as_clause():
    found = _lows(
        "Progress was swift on the first day of the operation, as coalition forces advanced on "
        "the city, retaking more than 75 square miles of territory."
    )
    assert found == pytest.approx([75 * 2.589988110336])
    # only an "as", "when" or "while" clause is passed over
    later = (
        "Progress was swift on the first day of the operation, and later troops advanced on "
        "the city, retaking more than 75 square miles."
    )
    assert _lows(later) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a change from one value to another is two figures, never a range
        ("Gains rose from 15 to 25 sq km per day.", [(15, 15), (25, 25)]),
        ("The advance slowed from 2 to 1 km a day.", [(2000, 2000), (1000, 1000)]),
        ("The rate fell from 2 km to 1 km a day.", [(2000, 2000), (1000, 1000)]),
        # set off by a comma after the verb; "from" running backwards is a change
        ("The pace has nearly halved, from 15 to 8 km² per day.", [(15, 15), (8, 8)]),
        ("The rate was from 15 to 8 square kilometres per day.", [(15, 15), (8, 8)]),
        # a range is still a range, in whichever order "between" or "or" gives its ends
        ("Russia advanced from 15 to 25 km a day.", [(15_000, 25_000)]),
        ("Daily gains ranged from 15 to 25 sq km.", [(15, 25)]),
        ("Troops moved between 60 and 20 metres per day.", [(20, 60)]),
        ("Troops moved 6 or 4 km per day.", [(4000, 6000)]),
    ],
)  # fmt: skip
def test_a_change_from_one_value_to_another_is_two_figures(sentence, expected):
    table = extract_rates(sentence)
    found = [value for pair in zip(table["canonical_low"], table["canonical_high"], strict=True)
             for value in pair]  # fmt: skip
    assert found == pytest.approx([value for pair in expected for value in pair])
    if len(expected) == 2:
        assert table["note"].str.contains("a change from").all()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ukrainian troops have liberated 500 square kilometres since launching the "
         "counteroffensive on June 4.", [500 / 12]),
        ("The Russians have advanced 20 km in the month since they took Avdiivka.",
         [20_000 / 30.4375]),
        ("Russia took 20 km in the month.", []),  # which month is not said
        ("Over a 48-hour period the battalion moved 30 km.", [15_000.0]),
        ("Over a three-week period the brigade advanced 40 km.", [40_000 / 21]),
    ],
)  # fmt: skip
def test_periods_since_a_launch_and_periods_written_as_spans(sentence, expected):
    assert _lows(sentence, published="2025-06-15") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They advanced 15 km in 24 hrs.", [15_000.0]),
        ("They advanced 15 km in 2 wks.", [15_000 / 14]),
        ("They advanced 15 km in 3 mos.", [15_000 / 91.3125]),
        ("They advanced 15 km in 3 mths.", [15_000 / 91.3125]),
        ("They advanced 2 km over the past 24 hrs.", [2_000.0]),
        ("They advanced 2 km over the past 24h.", [2_000.0]),
        ("They advanced 15 km in the last 2 wks.", [15_000 / 14]),
        ("They advanced 15 km/mo.", [15_000 / 30.4375]),
        ("They advanced 15 km in 3 h.", []),  # a speed
    ],
)  # fmt: skip
def test_abbreviated_units_of_time_after_a_count(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a running total after a gain is held ground, never a second gain
        ("Russia took 300km2 in May, taking its total to 113,000km2.", [300 / 31]),
        ("Russia took 300 sq km in May, bringing the total area under its control to "
         "113,000 sq km.", [300 / 31]),
        ("Russia took a total of 300 sq km in May.", [300 / 31]),
        ("Ukraine suffered a net loss of 300 sq km in May.", [300 / 31]),
    ],
)  # fmt: skip
def test_running_totals_are_held_ground_and_losses_are_movement(sentence, expected):
    assert _lows(sentence, published="2025-06-15") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The corps marched a daily average of 12 miles.", [12 * 1609.344]),
        ("Their daily average was 12 miles for the month.", [12 * 1609.344]),
        ("The daily march was 15 miles.", [15 * 1609.344]),
        ("A distance of 420 miles was traversed in 24 days.", [420 * 1609.344 / 24]),
    ],
)  # fmt: skip
def test_daily_averages_and_marches_as_rate_nouns(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second figure leaves the unit out and names its own period
        ("Russia captured 449 square kilometres in May and 300 in April.", [449 / 31, 300 / 30]),
        # "following" joins an elided follower as "after" does
        ("Russia took 505 km² in November, following 461 in October.", [505 / 30, 461 / 31]),
        # "more" after the follower's number: another figure, not a second day
        ("Patton's forces advanced 15 miles Wednesday and 10 more Thursday.",
         [15 * 1609.344, 10 * 1609.344]),
        ("Ewell's division marched 26 miles on the 19th and 20 more the next day.",
         [26 * 1609.344, 20 * 1609.344]),
        ("Russia captured 449 square kilometres in May, up from 300 in April.",
         [449 / 31, 300 / 30]),
        ("Russia captured 449 square kilometres in May, compared with 300 in April.",
         [449 / 31, 300 / 30]),
        ("Russia gained 15 sq km per day in May, up from 10 in April.", [15.0, 10.0]),
        # in words, and for "the second" when the first figure's was "the first day"
        ("Russia captured 449 square kilometres in May and three hundred in April.",
         [449 / 31, 10.0]),
        ("The army made 20 miles on the first day and 15 on the second.",
         [20 * 1609.344, 15 * 1609.344]),
        ("The Germans advanced eight miles on the first day, and three on the second.",
         [8 * 1609.344, 3 * 1609.344]),
        ("The Allies advanced 40 miles in the first week and another 30 in the second.",
         [40 * 1609.344 / 7, 30 * 1609.344 / 7]),
        # without a preposition, as the first day was named
        ("They covered 25 miles the first day, 20 the second and 15 the third.",
         [25 * 1609.344, 20 * 1609.344, 15 * 1609.344]),
        ("The division advanced twenty miles on the first day and thirty the next.",
         [20 * 1609.344, 30 * 1609.344]),
        # "one" after a figure is as often a pronoun as a number
        ("Russia captured 449 square kilometres in May and one in April.", [449 / 31]),
        # past an appositive on the first figure's period
        ("Russia captured 449 km² in May, its best month of the year, and 300 in April.",
         [449 / 31, 300 / 30]),
        # without a period of its own, or with a unit or a share of its own, it is not one
        ("Russia captured 449 square kilometres in May and 300 villages.", [449 / 31]),
        ("Russia captured 449 square kilometres in May and 30% of them in April.", [449 / 31]),
        ("Russia captured 449 square kilometres in May and 2025 in April.", [449 / 31]),  # a year
    ],
)  # fmt: skip
def test_a_follower_with_its_unit_left_out_and_a_period_of_its_own(sentence, expected):
    assert _lows(sentence, published="2025-06-15") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the month March is no verb of movement; "marched" and "secured" are
        ("Russia held 113,000 sq km in March.", []),
        ("The corps marched 20 miles in March.", [20 * 1609.344 / 31]),
        ("Russian forces secured only 143 square kilometers in March 2025.", [143 / 31]),
        # a list item or heading whose label is the period
        ("2024: 4,168 sq km captured.", [4168 / 366]),
        ("- Week 1: 14 square kilometers taken", [2.0]),
        ("- November 2023: 109,000 square kilometers", []),  # the size of territory held
        # a list line quoted alone is read as the lists of monthly gains are written
        ("- November 2023: 725 square kilometers", [725 / 30]),
        ("• March 2024: 130 km²", [130 / 31]),
        ("Day one: 12 km. Day two: 8 km.", [12000.0, 8000.0]),
        # a spaced dash in place of the colon
        ("- November 2023 – 725 square kilometers", [725 / 30]),
        ("Week 2 — 22 square kilometers", [22 / 7]),
        ("Pokrovsk – 50 km", []),
        ("Occupied territory:\n- November 2023: 725 km²\n- December 2023: 401 km²", []),
    ],
)  # fmt: skip
def test_headings_as_periods_and_march_the_month(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list under a heading that says it counts movement: each line's label is its period
        ("Russian gains by month:\n- November 2023: 725 km²\n- December 2023: 500 km²",
         [725 / 30, 500 / 31]),
        ("Patton moved fast.\nOne day: twenty miles.", [20 * 1609.344]),
        ("The pace of the advance:\nLast week: 120 square kilometres of territory.", [120 / 7]),
        # a list of holdings or a line with more than a figure: none
        ("Area under Russian control:\n- November 2023: 108,000 km²", []),
        # a line with no heading is read as a list of gains is written (the corpus labels
        # one so, r5-ein-03), unless its area is the size of territory held
        ("- November 2023: 725 km²", [725 / 30]),
        ("- November 2023: 108,000 km²", []),
        ("Russian gains by month:\n- November 2023: 725 km² held", []),
        ("Russian gains by month:\n- Front length: 1,000 km", []),
    ],
)  # fmt: skip
def test_a_list_line_takes_its_label_as_its_period(text, expected):
    assert _lows(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence of a figure and its period only, right after one that moves
        ("“We continue to advance further in Kursk region. From one to two kilometres in "
         "various areas since the start of the day.”", [1000.0]),
        ("We continue to advance further. Two kilometres in the past day.", [2000.0]),
        # after no movement, or with words of its own before the figure, it is not one
        ("The city is quiet. Two kilometres in the past day.", []),
        ("We continue to advance further. The town lies two kilometres away in the past day.",
         []),
    ],
)  # fmt: skip
def test_a_verbless_figure_answers_the_movement_before_it(text, expected):
    assert _lows(text, published="2024-08-14") == pytest.approx(expected)


def test_a_month_right_before_each_figure_of_a_tally():
    found = _lows(
        "Monthly gains: January 427 sq km, February 354 sq km, March 203 sq km.",
        published="2025-06-15",
    )
    assert found == pytest.approx([427 / 31, 354 / 28, 203 / 31])
    assert _lows("Since January 427 sq km were taken.", published="2025-06-15") == []


@pytest.mark.parametrize(
    "sentence",
    ['The commander said his units had advanced 2 km "in the past 24 hours".',
     "They took 2 km “in the past day”, he said.", "They took 2 km 'over one day'."],
)  # fmt: skip
def test_a_period_in_quotation_marks_after_the_figure(sentence):
    assert _lows(sentence) == pytest.approx([2000.0])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two named weekdays are two days, not the first alone
        ("The advance on Thursday and Friday reached a depth of nine miles.", [9 * 1609.344 / 2]),
        ("From Monday to Wednesday the brigade advanced 6 km.", [2000.0]),
        # since a weekday: to the publication date, a Saturday here
        ("The Allies have now advanced twelve miles since Thursday.", [12 * 1609.344 / 3]),
        ("The line was advanced 1,000 yards last night.", [914.4]),
    ],
)  # fmt: skip
def test_weekday_spans_since_a_weekday_and_last_night(sentence, expected):
    assert _lows(sentence, published="1918-08-10") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A day's advance of 10 km was typical.", [10_000.0]),
        ("The troops made a day's march of 20 miles.", [20 * 1609.344]),
        ("They advanced 50 km or so a day.", [50_000.0]),
        ("A day's rest followed an advance of 10 km.", []),
        # a day's usual figure, and who made it
        ("The average day's march was 15 miles.", [15 * 1609.344]),
        ("The ordinary day's march of infantry is from fifteen to twenty miles.",
         [15 * 1609.344]),
        ("A good day's march for a Roman legion was 20 miles.", [20 * 1609.344]),
    ],
)  # fmt: skip
def test_a_possessive_period_as_basis_and_or_so(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a headline leaves the article out of "in a day"; only so capitalised
        ("RED ARMY ADVANCES 30 MILES IN DAY", [30 * 1609.344]),
        ("Russians Gain 18 Miles In Day", [18 * 1609.344]),
        ("The Russians gained 18 miles in day-long fighting.", []),
    ],
)  # fmt: skip
def test_a_headline_leaves_out_the_article(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a span is never read as its first month or day alone
        ("Russia took 3,800 sq km in January through October.", [3800 / 304]),
        ("Russia took 100 sq km on June 1 through 7.", [100 / 7]),
        ("Russia took 100 sq km on June 1 to June 7.", [100 / 7]),
        ("Russia took 100 sq km in 1 to 7 June.", [100 / 7]),
        ("Russia took 100 sq km on June 1.", [100.0]),
        # to the end of the year: to 31 December (or to publication, in the year itself)
        ("Russia took 2,500 sq km from mid-August 2024 through the end of the year.",
         [2500 / 139]),
        # every month of a list, never the first alone
        ("Russia took 900 sq km in March, April and May.", [900 / 92]),
        ("Russia took 900 sq km in March and April and May.", [900 / 92]),
        ("Russia took 900 sq km in November, December and January.", [900 / 92]),
        ("Russia took 900 sq km in the months of March and April.", [900 / 61]),
        ("Russia took 9,000 sq km in 2022, 2023 and 2024.", [9000 / 1096]),
        ("Troops advanced 9 km on Monday, Tuesday and Wednesday.", [3000.0]),
        ("Troops advanced 9 km on June 3, 4 and 5.", []),  # never June 3 alone
        ("Troops advanced 6 km on June 3 and 5.", []),  # two days, not June 3 alone
        # a figure after "and", with its own unit or day, is no second day
        ("Troops marched 20 miles on June 15 and 18 on June 16.",
         [20 * 1609.344, 18 * 1609.344]),
        ("Troops marched 20 miles on the 15th and 18 miles on the 16th.",
         [20 * 1609.344, 18 * 1609.344]),
        ("Russia took 100 sq km over the last week and the week before.", []),  # two weeks
        ("Russia took 100 sq km since May 1 through October.", []),  # not to publication
        ("Since May 1 to date Russia took 100 sq km.", [100 / 199]),
        # "2024/25" is a season or a fiscal year across two: not 2024 alone
        ("Russia took 4,000 sq km in 2024/25.", []),
    ],
)  # fmt: skip
def test_spans_written_with_through_or_to(sentence, expected):
    assert _lows(sentence, published="2025-11-15") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [("greater than", "greater than"), ("upwards of", "upwards of"), ("well over", "well over"),
     ("well under", "well under"), ("as much as", "as much as"), ("as little as", "as little as")],
)  # fmt: skip
def test_qualifiers_of_comparison_are_kept(phrase, qualifier):
    table = extract_rates(f"Troops advanced {phrase} 50 km per day.")
    assert list(table["canonical_low"]) == [50_000.0]
    assert table.loc[0, "qualifier"] == qualifier


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        # abbreviations of older and scholarly texts, and signs written against the number
        ("The Germans advanced c. 20 km per day.", "c."),
        ("The Germans advanced ca. 20 km per day.", "ca."),
        ("The Germans advanced est. 20 km per day.", "est."),
        ("The Germans advanced ≈20 km per day.", "≈"),
        ("The Germans advanced >20 km per day.", ">"),
        ("The Germans advanced < 20 km per day.", "<"),
        ("The Germans advanced just shy of 20 km per day.", "just shy of"),
        ("The Germans advanced north of 20 km per day.", "north of"),
        ("The Germans advanced not quite 20 km per day.", "not quite"),
        ("The Germans advanced a little over 20 km per day.", "a little over"),
        ("The Germans advanced as far as 20 km per day.", "as far as"),
    ],
)  # fmt: skip
def test_abbreviated_and_signed_qualifiers_are_kept(sentence, qualifier):
    table = extract_rates(sentence)
    assert list(table["canonical_low"]) == [20_000.0]
    assert table.loc[0, "qualifier"] == qualifier


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a clause opening with a conjunction and a period, dates in brackets after it
        ("Gains fell, and over the past week (March 3-9), they came to 19 square kilometres.",
         [19 / 7]),
        ("The pace rose, but in the last month it reached 300 square kilometres.", [300 / 30]),
        # a participle continues the clause whose period it follows
        ("The army pressed on in March, capturing some 310 square kilometres of farmland.",
         [310 / 31]),
        # a participle between the amount and its time basis
        ("The front moved 9 km in May, with 0.3 km gained each day.", [9000 / 31, 300.0]),
        # a restatement in square brackets is the same figure
        ("Last week they took 19.5 square kilometres [7.5 sq mi] of land.", [19.5 / 7]),
        # time elapsed since the attack began
        ("Fifty days after D-Day, the Allies had advanced about 20 miles.", [20 * 1609.344 / 50]),
        ("Six days after the start of the operation, the army advanced 100-150 km.",
         [100_000 / 6]),
        # a start date before the figure, an end date after it
        ("The incursion, which began on August 6, took 1,000 square kilometres by August 12.",
         [1000 / 7]),
    ],
)  # fmt: skip
def test_lead_periods_participles_and_spans_between_dates(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_an_earlier_advance_told_in_the_pluperfect_does_not_take_the_lead_period():
    found = extract_rates(
        "Over the past month, Ukrainian units have pushed back troops who had advanced 15 km "
        "toward the highway."
    )
    assert found.empty


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # since a named start, to the publication date (31 July 2024), both days counted
        ("Russia has taken 1,246 square kilometres since the start of the year.", [1246 / 213]),
        ("Since the beginning of July, Russia took 300 square kilometres.", [300 / 31]),
        ("Since 1 July, Russia has taken 300 square kilometres.", [300 / 31]),
        # a year or month still under way counts to the publication date
        ("Putin said Russia captured 4,000 square kilometres in 2024.", [4000 / 213]),
    ],
)  # fmt: skip
def test_periods_that_run_to_the_publication_date(sentence, expected):
    found = extract_rates(sentence, published="2024-07-31")
    assert list(found["canonical_low"]) == pytest.approx(expected)
    assert found["note"].str.contains("publication|published").all()


def test_since_a_named_start_without_a_publication_date_gives_nothing():
    sentence = "Russia has taken 1,246 square kilometres since the start of the year."
    assert extract_rates(sentence).empty


def test_a_month_under_way_counts_to_the_publication_date():
    sentence = "Russia has captured 150 square kilometres in July."
    found = extract_rates(sentence, published="2024-07-10")
    assert list(found["canonical_low"]) == pytest.approx([15.0])


def test_since_a_month_then_when_keeps_the_month_the_clause_names():
    found = extract_rates(
        "Gains have fallen since November 2024, when Russia seized 700 square kilometres.",
        published="2025-06-01",
    )
    assert list(found["canonical_low"]) == pytest.approx([700 / 30])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In a month Russia took 700 km², more than after that of November 2024 (725 km²).",
         [700 / 30.4375, 725 / 30]),
        ("Gains in 2024 (4,168 square kilometres) were seven times those of 2023.", [4168 / 366]),
    ],
)  # fmt: skip
def test_a_bracketed_figure_takes_the_month_or_year_named_before_it(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They planned to advance 30 km a day, but managed only 5 km.", [30_000.0, 5000.0]),
        ("Planners hoped for 40 km a day, officials said, but troops barely made 2 km.",
         [40_000.0, 2000.0]),
        # a contrast about something else carries nothing
        ("They advanced 30 km a day, but the town lies 5 km away.", [30_000.0]),
    ],
)  # fmt: skip
def test_a_contrast_that_achieves_less_carries_the_basis(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("November saw Russia's largest monthly advance, with 701 square kilometres captured, "
         "while December accounted for the smallest gain since March, at 244 square kilometres.",
         [701 / 30, 244 / 31]),
        ("October 2024 brought the fastest gains of the year, as Russia took 610 km².", [610 / 31]),
        ("February was the slowest month, with only 180 km² taken.", [180 / 28]),
        # a lower-case "may" is a verb, never a month
        ("Troops may have advanced 12 km, officials said.", []),
    ],
)  # fmt: skip
def test_a_month_that_is_its_clauses_subject_is_the_period(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the width of the sector is not ground gained; its depth is
        ("Over the past three days the advance amounted to 11 km along the front and "
         "more than 3 km deep into the enemy's defence.", [1000.0]),
        ("In two days they seized 20 km of front line.", []),
    ],
)  # fmt: skip
def test_a_width_along_the_front_is_not_an_advance(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "The army captured 2,160 square miles, or 0.94%, of Ukrainian territory in 2025.",
        "The army captured 2,160 square miles, or about 0.9 percent, of the country in 2025.",
    ],
)
def test_a_share_restating_the_amount_does_not_cut_it_from_its_period(sentence):
    found = extract_rates(sentence)
    assert list(found["canonical_low"]) == pytest.approx([2160 * 2.589988110336 / 365])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russian troops seized about 481 square kilometers in January, compared with "
         "244 square kilometers the previous month.", [481 / 31, 244 / 31]),
        ("They took 300 km² in March 2024, after 390 km² the preceding month.",
         [300 / 31, 390 / 29]),
        ("Russia gained 4,168 km² in 2024, against 580 km² the previous year.",
         [4168 / 366, 580 / 365]),
    ],
)  # fmt: skip
def test_the_previous_month_or_year_counts_back_from_the_one_named(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The army started on its march of 300 miles on November 15.", []),
        ("The column set out on a drive of some 200 km on Monday.", []),
        # the day an advance itself was made still counts
        ("The army advanced 30 km on November 15.", [30_000.0]),
    ],
)  # fmt: skip
def test_a_journey_begun_on_a_day_is_not_covered_that_day(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a dash opening an aside after a year is not a range of years
        ("Russia seized 4,168 sq km in 2024 - a record.", [4168 / 366]),
        ("Russia seized 4,168 sq km in 2024 - an average of 11.4 sq km a day.",
         [4168 / 366, 11.4]),
        ("Russia seized 4,168 sq km in 2024-25.", [4168 / 731]),
        # a unit joined to its number by a hyphen, as an adjective
        ("They made a 20-mile advance in two days.", [20 * 1609.344 / 2]),
        ("In three days the division made a ten-km push.", [10_000 / 3]),
        ("They attacked on a 35-km-wide front on June 5.", []),
        # "and a half" after the unit
        ("They advanced a mile and a half a day.", [1.5 * 1609.344]),
        ("They advanced a mile and a quarter in a day.", [1.25 * 1609.344]),
        ("They advanced two miles and three-quarters in a day.", [2.75 * 1609.344]),
        # a weekend is two days
        ("Troops advanced 5 km over the weekend.", [2500.0]),
        ("Russia took 40 km² last weekend.", [20.0]),
    ],
)  # fmt: skip
def test_asides_after_years_hyphenated_units_halves_and_weekends(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ground taken, then measured, is a gain
        ("Russia seized an area of 250 square kilometres in March 2025.", [250 / 31]),
        # an area held is a stock
        ("Russia controls an area of 110,000 square kilometres in the south this year.", []),
        # how far a weapon reached is not ground covered
        ("Russia fired rockets 40 km into the city on Tuesday.", []),
        ("Russian troops shelled the town and advanced 5 km on Tuesday.", [5000.0]),
    ],
)  # fmt: skip
def test_areas_taken_are_gains_and_weapons_do_not_advance(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # the end of a counted period is not a month of its own
        ("In the seven days to 20 October, Russia captured 196 square kilometres.", None, [28.0]),
        ("In the week to Sunday, Russia took 90 km².", None, [90 / 7]),
        ("Since the start of the offensive on 10 May, Russian troops have advanced 10 km.",
         "2025-05-29", [500.0]),
        ("Year to date, Russia has taken 3,000 km².", "2025-01-30", [100.0]),
        # without a publication date a period that runs to it gives no rate
        ("Year to date, Russia has taken 3,000 km².", None, []),
    ],
)  # fmt: skip
def test_counted_periods_to_an_end_and_starts_to_the_publication_date(
    sentence, published, expected
):
    assert _lows(sentence, published) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a basis of a day or more written in hours is a daily advance, not a speed
        ("They were advancing 5 km per 24 hours.", [5000.0]),
        ("Tanks drove at 40 km per hour.", []),
        # a range whose ends have different units of the same kind
        ("Russian forces advance by around 500 meters to 1 kilometer daily.", [500.0]),
        ("Russia took from 800 hectares to 12 km² a week.", [8 / 7]),
    ],
)  # fmt: skip
def test_bases_in_hours_and_ranges_across_units(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no word of time: skipped before any number is read
        ("The brigade holds a 12 km sector some 30 km from the city.", []),
        # each kind of time word still lets a sentence through
        ("The column made 4 miles/day.", [4 * 1609.344]),
        ("Russia gained 120 km² in a fortnight.", [120 / 14]),
        ("Russia gained 40 km² on Tuesday.", [40.0]),
        ("Russia gained 40 km² yesterday.", [40.0]),
    ],
)  # fmt: skip
def test_sentences_without_a_word_of_time_are_skipped(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a rate adverb right before the amount
        ("In 1805 the army reached the Rhine, averaging daily from twenty-five to thirty miles.",
         [25 * 1609.344]),
        # emphasis underscores in plain text
        ("It is said that he marched _seventy miles in twenty-four hours_.", [70 * 1609.344]),
        # an aside of other things taken, then "all in …"
        ("Bonaparte marched 200 miles and taking 20,000 prisoners, all in less than four days.",
         [200 * 1609.344 / 4]),
        # "the first day" without "on"
        ("The Guard marched 50 miles the first day, 200 miles in six days.",
         [50 * 1609.344, 200 * 1609.344 / 6]),
        # an adjective between the count and the unit
        ("The force traveled 580 miles in 22 marching days in 1857.", [580 * 1609.344 / 22]),
        # a period opening the clause after a colon
        ("Ukraine retook 1000 km2 in a week: In the last week, Ukraine reclaimed 1,000 sq km.",
         [1000 / 7, 1000 / 7]),
        # a bracketed restatement after the period is the same figure
        ("Forces had pushed 50km in three days (30 miles).", [50_000 / 3]),
        # "the same timeframe in 2024" is not the whole of 2024
        ("Russia captured 1,548 km² this summer, more than double the 659 km² seized in the "
         "same timeframe in 2024.", []),
        # a day named before "said it …" dates the report
        ("On 9 October, Ukraine said it recaptured 1,170 square kilometers of land.", []),
    ],
)  # fmt: skip
def test_adverbs_emphasis_asides_colons_restatements_and_reports(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_a_year_ago_dates_a_figure_and_is_no_basis():
    found = extract_rates("Russia now occupies 113,000 km², up from 110,000 km² a year ago.")
    assert found.empty
    assert list(extract_rates("They advanced 5 km a day.")["canonical_low"]) == [5000.0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a fraction of a unit is never read as the whole unit
        ("They advanced a quarter of a mile a day.", [0.25 * 1609.344]),
        ("They advanced three-quarters of a mile a day.", [0.75 * 1609.344]),
        ("They advanced two thirds of a mile a day.", [2 / 3 * 1609.344]),
        ("They advanced a mile a day.", [1609.344]),
        ("Russia took 5 sq. miles a day.", [5 * 2.589988110336]),
    ],
)  # fmt: skip
def test_fractions_of_a_unit_and_abbreviated_square_miles(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # fractions in digits are read whole, never as their last digit
        ("They advanced 2 1/2 miles a day.", [2.5 * 1609.344]),
        ("They advanced 1½ km a day.", [1500.0]),
        ("They advanced 3/4 mile a day.", [0.75 * 1609.344]),
        ("They advanced 2 km in 1 1/2 days.", [2000 / 1.5]),
        # "3 or 4 km" is a range; "several hundred metres" is no number
        ("They advanced 3 or 4 km a day.", [3000.0]),
        ("They advanced several hundred metres a day.", []),
        ("They advanced a couple of hundred metres a day.", []),  # never "hundred" alone
        ("They advanced three hundred metres a day.", [300.0]),
        # a dash between different units restates; it is not read as a range
        ("Russia took 1,930 sq mi - 5,000 km² in 2025.", [5000 / 365]),
    ],
)  # fmt: skip
def test_fractions_alternatives_and_vague_amounts(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count with its unit left out takes the unit of the figure before it
        ("They advanced 10 km in 2 days and 20 km in 4.", [5000.0, 5000.0]),
        # a figure's own period is never lent to the next figure: "in a further 4" is four
        # more of its days (20 km over 4, not over 2)
        ("They advanced 10 km in 2 days and another 20 km in a further 4.", [5000.0, 5000.0]),
    ],
)  # fmt: skip
def test_elliptic_counts_and_periods_that_are_not_lent(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_listed_figures_pair_with_periods_listed_right_after_them():
    found = extract_rates("Russia took 300, 250 and 200 km² in March, April and May 2025.")
    assert list(found["canonical_low"]) == pytest.approx([300 / 31, 250 / 30, 200 / 31])
    assert list(found["surface"]) == ["300", "250", "200 km²"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "June 1-7" is seven days, never "June 1" alone
        ("Russia took 120 km² on June 1-7, 2025.", [120 / 7]),
        # an area a front extends over is a stock, whatever qualifies the number
        ("Ukrainian advances peaked on August 20-21, extending over some 1,320 square "
         "kilometres.", []),
    ],
)  # fmt: skip
def test_spans_of_days_after_a_month_and_areas_extended_over(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_a_month_and_a_half_is_never_a_month():
    found = extract_rates("Russia took 300 km² in a month and a half.")
    assert list(found["canonical_low"]) == pytest.approx([300 / (1.5 * 30.4375)])


@pytest.mark.parametrize(
    "sentence", ["1/0 km a day", "0/9 km per day", "99 1/9999 km a day", "1/2/3 km a day"]
)
def test_the_tail_of_a_malformed_fraction_is_never_read_as_a_number(sentence):
    assert _lows(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a further figure "later" took the time since the one before
        ("A week later they had advanced another 60 miles.", [60 * 1609.344 / 7]),
        ("Two days later, the division pushed a further 15 km.", [7500.0]),
        # without "another" the figure may be the total from the start; a position is none
        ("A week later they had advanced 60 miles.", []),
        ("Three weeks later the Germans were another 40 miles from Paris.", []),
        ("Days later they took another 20 square kilometres.", []),
    ],
)  # fmt: skip
def test_a_further_figure_takes_the_time_later(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a total over its own period moves ground, as every total must
        ("Sappers cleared 40 hectares in three days.", []),
        ("The brigade took 40 hectares in three days.", [0.4 / 3]),
        ("Troops pushed 12 km in three days.", [4000.0]),
        # "in a month" is one month's total, and needs movement as much
        ("Russia laid mines across 100 square kilometres in a month, sappers said.", []),
        ("The army marched 30 miles in a day.", [30 * 1609.344]),
        ("The distance to the city shrank by 15 km in a month.", [15_000 / 30.4375]),
    ],
)  # fmt: skip
def test_a_total_with_its_own_period_needs_movement(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a daily figure keeps its day, whatever period its clause names
        ("Average daily progress over the five weeks was about nine miles.", [9 * 1609.344]),
        ("The average daily advance throughout the offensive was 12 km.", [12_000.0]),
        # pursuit, chase and "their way" are movement; so is a compass direction
        ("The British Eighth Army pursued Rommel 1,400 miles in three months.",
         [1400 * 1609.344 / (3 * 30.4375)]),
        ("The Marines fought their way 78 miles in 13 days.", [78 * 1609.344 / 13]),
        ("The front moved 5 km west in a week.", [5000 / 7]),
        ("The town, 30 km south of Kyiv, fell in a day.", []),
        # "another" or "a further" opens a second figure with a period of its own
        ("The division made 30 miles on 5 August and a further 40 miles on 6 August.",
         [30 * 1609.344, 40 * 1609.344]),
    ],
)  # fmt: skip
def test_daily_ties_pursuit_and_further_figures(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the time an advance took, named after its figure or after "for" its subject
        ("The Third Army's 400-mile advance took 26 days.", [400 * 1609.344 / 26]),
        ("The advance of 400 miles took 26 days.", [400 * 1609.344 / 26]),
        ("It took 26 days for the Third Army to advance 400 miles.", [400 * 1609.344 / 26]),
        ("Their 50-mile advance took just three days.", [50 * 1609.344 / 3]),
        # in a clause of its own, after a place, or with who took it before the length
        ("The Germans gained 40 km, which took them three days.", [40_000 / 3]),
        ("The division covered 40 km, a distance that took three days.", [40_000 / 3]),
        ("The last 40 km took the division three days.", [40_000 / 3]),
        ("The 40 km to Kherson took Ukrainian forces two months.", [40_000 / 60.875]),
        # a distance to a place, then the journey there completed in a period
        ("The army marched upon Vienna, distant forty miles, which it reached in two days.",
         [40 * 1609.344 / 2]),
        ("They set out for the river, 30 miles away, and reached it in three days.",
         [30 * 1609.344 / 3]),
        # a participle says the same; a month says when it arrived, not how long
        ("The corps advanced 60 km, reaching the river in two days.", [30_000.0]),
        ("The corps advanced 60 km, reaching the river in March.", []),
        ("Marching from Ulm to Vienna, a distance of 200 miles, the army arrived in 12 days.",
         [200 * 1609.344 / 12]),
        ("From Atlanta to Savannah, some 285 miles, the march took 36 days.",
         [285 * 1609.344 / 36]),
        # (but a place reached at another time, or by someone else, is only a position)
        ("Russian forces are 10 km from Pokrovsk, which they reached in 2024.", []),
        ("The town, 30 km away, was reached by Russian troops in March.", []),
        # hours are a speed; a forecast is none; a thing built is no advance
        ("The 300 km pipeline took three years.", []),
        ("The road they built, 40 km long, took them three years.", []),
        ("The 30 km drive took two hours.", []),
        ("It would take 26 days for the army to advance 400 miles.", []),
    ],
)  # fmt: skip
def test_the_time_an_advance_took_named_after_its_figure(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the same rate in other units or on another basis is read once
        ("Average rate of advance was 0.6 km per day (0.4 mi/day).", [600.0]),
        ("They advanced 2 km per day, or 60 km per month.", [2000.0]),
        ("They advanced around 2 km a day — about 60 km a month.", [2000.0]),
        # a different figure after "or" is another figure
        ("They advanced 5 km a day, or 10 km a day in places.", [5000.0, 10_000.0]),
        # "and" joins two numbers only after a scale word
        ("The army advanced between ten and twelve miles each day.", [10 * 1609.344]),
        ("They advanced one hundred and twenty miles in a week.", [120 * 1609.344 / 7]),
    ],
)  # fmt: skip
def test_a_rate_restated_is_read_once_and_ranges_of_words(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a scale written once, at the upper end, scales both ends
        ("Russia seized between 3 and 4 thousand square kilometres in 2024.",
         [3000 / 366]),
        ("Russia seized 3-4,000 km² in 2024.", [3000 / 366]),
        ("Troops advanced 1.5 to 2 thousand metres a day.", [1500.0]),
        # a lower end that cannot be told apart is refused whole, never read from its top
        ("Russia seized 1-2,500 km² in 2024.", []),
        ("Troops advanced 1-1,000 metres a day.", []),
        # a range restated in brackets is the same figure
        ("The Germans advanced 8–10 miles (13–16 km) a day.", [8 * 1609.344]),
    ],
)  # fmt: skip
def test_ranges_with_the_scale_written_once(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a day that opens a span whose end is named "by" a later date is the span's start
        ("On 8 August the Canadians attacked, and by 11 August they had advanced 12 miles.",
         [12 * 1609.344 / 4]),
        ("On 8 August the Canadians advanced 8 miles.", [8 * 1609.344]),
    ],
)  # fmt: skip
def test_a_day_then_a_by_date_is_a_span(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a held area that grew "to" a size states the size; gains that grew to one are a rate
        ("The bridgehead grew to 20 km deep in three days.", []),
        ("Russia's bridgehead expanded to 500 km² in November.", []),
        ("The territory under Russian control increased to 116,000 km² in 2025.", []),
        ("Russia's gains grew to 500 km² in November.", [500 / 30]),
    ],
)  # fmt: skip
def test_a_held_area_that_grew_to_a_size_is_no_rate(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a comparison of size or a place set off by commas stands between figure and period
        ("Russia took 500 km², roughly the size of Chicago, in October.", [500 / 31]),
        ("Russia took 500 km², or roughly the size of Chicago, in October.", [500 / 31]),
        ("Russia took 500 km², an area larger than Chicago, in October.", [500 / 31]),
        ("Russian forces seized 500 km² of land, mostly around Pokrovsk and Kupiansk, in "
         "October.", [500 / 31]),
    ],
)  # fmt: skip
def test_an_aside_of_size_or_place_between_figure_and_period(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "by" the Nth day counts every day up to it; "on" the Nth day is that day alone
        ("By the tenth day they had covered 300 km.", [30_000.0]),
        ("By the third day of the offensive, the Germans had advanced 60 km.", [20_000.0]),
        ("By the evening of the third day, the Germans had advanced 60 km.", [20_000.0]),
        ("On the third day, the Germans advanced 20 km.", [20_000.0]),
    ],
)  # fmt: skip
def test_by_the_nth_day_counts_every_day(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_the_note_keeps_the_whole_qualifier_of_a_period():
    found = extract_rates("Troops advanced 30 km in just over a week.")
    assert list(found["note"]) == ["period qualified: just over"]
    found = extract_rates("Troops advanced 100 km in little more than a month.")
    assert found["note"][0].startswith("period qualified: little more than")


def test_the_month_before_refers_back_to_the_month_named():
    found = extract_rates("In November Russia took 700 km², up from 500 km² the month before.")
    assert list(found["canonical_low"]) == pytest.approx([700 / 30, 500 / 31])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an abbreviation's full stop inside a sentence belongs to the unit
        ("Troops advanced 3 km. in a day.", [3000.0]),
        ("Troops advanced 3 mi. a day.", [3 * 1609.344]),
        ("Troops advanced 300 yds. in a day.", [300 * 0.9144]),
        # one that ends the sentence does not carry the next sentence's period
        ("Troops advanced 3 miles. In a day they had gone far.", []),
    ],
)  # fmt: skip
def test_an_abbreviated_unit_with_its_full_stop(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_a_stock_up_by_a_figure_in_a_period_is_a_gain():
    found = extract_rates(
        "Russia now controls 116,000 km², up by 4,000 km² in 2025.", published="2025-12-01"
    )
    assert list(found["surface"]) == ["4,000 km²"]
    assert found["canonical_low"][0] == pytest.approx(4000 / 335)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the places a distance ran between stand between it and its period
        ("The division covered the 60 miles between Caen and Falaise in four days.",
         [60 * 1609.344 / 4]),
        # and months or days between which it ran are its period
        ("Troops advanced 10 km between 1 and 5 May.", [2000.0]),
        ("Troops advanced 10 km between Monday and Wednesday.", [10_000 / 3]),
    ],
)  # fmt: skip
def test_places_between_and_periods_between(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the length the operation lasted, said once in the sentence, is its figure's period
        ("The operation, which lasted 23 days, saw an advance of 500 km.", [500_000 / 23]),
        ("Soviet troops advanced 300 km in an operation lasting 18 days.", [300_000 / 18]),
        ("The Soviets advanced 100–150 km during the operation, which lasted from 13 January "
         "to 3 February 1945.", [100_000 / 22]),
        ("In the course of the 23-day operation, Soviet forces advanced 500–600 km.",
         [500_000 / 23]),
        # a second subject at the same preposition shares the first one's basis
        ("Tank armies advanced at 40–45 km a day, and rifle armies at 20–25 km.",
         [40_000.0, 20_000.0]),
        ("Tank armies advanced 40 km a day, and rifle armies were stopped at 20 km.",
         [40_000.0]),
        # no movement, no rate
        ("The battle, which lasted three days, left the town 20 km behind the front.", []),
    ],
)  # fmt: skip
def test_the_length_an_operation_lasted_and_parallel_subjects(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the first figure's own period stands between it and the figure coordinated
        # with it: the second still shares the first one's basis
        ("Daily advances averaged 25 to 30 km during the first week of Barbarossa, and up to "
         "50 km for the panzer groups.", [25_000.0, 50_000.0]),
        ("The infantry averaged 20 km a day in the first week, and the panzer groups up to "
         "50 km.", [20_000.0, 50_000.0]),
        # a second figure with a period of its own keeps it
        ("Russia gained 15 km² a day in October, and 600 km² in November.", [15.0, 20.0]),
        # a total after the first figure's period is no figure of the same basis
        ("The infantry averaged 20 km a day in the first week, and 300 km in all.", [20_000.0]),
    ],
)  # fmt: skip
def test_a_coordinated_figure_past_the_first_figures_period(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a period of its own set off by brackets or dashes right after the figure
        ("Russian forces advanced 5 km (in just two days) near Pokrovsk.", [2500.0]),
        ("Russian forces advanced 5 km — in just two days — near Pokrovsk.", [2500.0]),
        ("Russian forces advanced 5 km — in just two days.", [2500.0]),
        # a restatement in brackets is no period
        ("Russian forces advanced 5 km (3 miles) in two days.", [2500.0]),
        # a dash that opens another clause lends it no period
        ("Russian forces advanced 5 km - in 2024 they had advanced 10 km in a month.",
         [10_000 / 30.4375]),
        # (a mover that is no army names only where an army moved)
        ("Under fire troops advanced 5 km in a day.", [5000.0]),
        ("From the sea the marines advanced 5 km inland in a day.", [5000.0]),
    ],
)  # fmt: skip
def test_a_period_set_off_by_brackets_or_dashes(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a communiqué's day, said "during"; an ordinal before a formation's name is no day
        ("Our troops, continuing the offensive, advanced from 15 to 20 kilometres during "
         "December 24 and occupied the town.", [15_000.0]),
        ("During January 14 our troops on the 1st Ukrainian Front advanced 40 kilometres.",
         [40_000.0]),
        ("Our troops on the 1st Ukrainian Front advanced 40 kilometres.", []),
        # a second subject after "and of", its verb and basis left out
        ("The rate of advance of the tank armies was 40-45 km per day and of the "
         "combined-arms armies 20-25 km.", [40_000.0, 20_000.0]),
        # a rate set against bare numbers, each with where it was measured, in a list
        ("Russia's advance at Pokrovsk, 70 metres a day, compares with 80 at the Somme and "
         "1,580 in Galicia.", [70.0, 80.0, 1580.0]),
        ("Troops moved 100 metres a day at Verdun, 80 at the Somme and 500 at Gorizia.",
         [100.0, 80.0, 500.0]),
        ("Russia gains 15 km² a day, against 3,000 soldiers lost in a day.", [15.0]),
        # a rate compared with another year's or place's figure, named by a possessive or
        # said to be "last year's": the same basis
        ("Russia's pace of 15 km² a day is double 2023's 7 km².", [15.0, 7.0]),
        ("At 15 km² a day, Russia's pace this year is about a third faster than last year's "
         "11 km².", [15.0, 11.0]),
        ("Russia's 70 m a day at Pokrovsk is slower than the Somme's 80 metres.", [70.0, 80.0]),
        ("Russian gains averaged 15 km² a day this year, up from 11 km² last year.",
         [15.0, 11.0]),
        # (a total compared keeps the period its possessive names)
        ("Russia took 500 km² in October, double September's 250 km².", [500 / 31, 250 / 30]),
        # the time it took is the figure's own, nearer than the year of the clause
        ("In 2024 the Russians took two years to cover 50 km.", [50_000 / 730.5]),
        # a bare range after a rate, its unit and basis left out
        ("The Germans advanced 12 to 15 kilometers a day at first, later only 3 or 4.",
         [12_000.0, 3_000.0]),
    ],
)  # fmt: skip
def test_communique_days_and_formations(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_a_period_so_far_ends_on_its_as_of_date():
    found = extract_rates(
        "Russian forces gained 4,168 square kilometers in 2024 and have gained 1,846 square "
        "kilometers thus far in 2025 as of April 30.",
        published="2025-05-02",
    )
    assert list(found["canonical_low"]) == pytest.approx([4168 / 366, 1846 / 120])
    assert "30 April 2025" in found["note"][1]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after a daily rate, a year says when a compared figure was, not how long it took
        ("Russia advanced 50 m a day, compared with 80 m at the Somme in 1916.", [50.0, 80.0]),
        ("Russia advanced 50 m a day in 2024, compared with 20 m in 2023.", [50.0, 20.0]),
        # after a total, the compared figure's own month or year is its period
        ("Russia gained 4,000 km² in 2024, up from 500 km² in 2023.", [4000 / 366, 500 / 365]),
        ("Russia gained 15 km² a day in November, up from 700 km² in October.",
         [15.0, 700 / 31]),
    ],
)  # fmt: skip
def test_a_compared_figure_after_a_daily_rate(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "since" after a superlative compares; it starts no period
        ("Russia's November gains of 505 km² were the lowest since March.", [505 / 30]),
        ("Russia took 505 km², the most since March.", []),
        ("Russia has taken 505 km² since March.", [505 / 276]),
        # a year that owns the gains is their period
        ("Russia's 2024 gains of 4,168 km² were the largest since 2022.", [4168 / 366]),
        # or the figure set off after the gains it names, by commas, a colon or dashes
        ("Russia's 2024 gains, 4,168 km², were the largest since 2022.", [4168 / 366]),
        ("Russia's November gains, 505 km², were the lowest since March.", [505 / 30]),
        ("Its October advance – 610 square kilometres – was a record.", [610 / 31]),
        ("Russia's 2024 gains: some 4,168 sq km.", [4168 / 366]),
        # a distance set off so is still no gain
        ("Russia's November gains, 30 km from Pokrovsk, included the village.", []),
        # "the 465 km² of 2023": a figure owned by the month or year after it
        ("Russia gained 4,168 km² in 2024, compared with the 465 km² of 2023.",
         [4168 / 366, 465 / 365]),
        ("Russia gained 4,168 km² in 2024, compared with its 465 km² of 2023.",
         [4168 / 366, 465 / 365]),
        # ground that fell to, or came under, an army was taken
        ("A total of 505 km² fell to Russian forces in November.", [505 / 30]),
        ("Some 505 km² came under Russian control in November.", [505 / 30]),
    ],
)  # fmt: skip
def test_superlatives_owned_years_and_ground_that_fell(sentence, expected):
    assert _lows(sentence, published="2025-12-01") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a clause or participle that modifies a noun after the figure dates that noun
        ("Russia advanced 10 km toward a city it has attacked for two years.", []),
        ("Troops advanced 10 km to a village captured in 2022.", []),
        ("Russia took 500 km² of land it had lost in 2022.", []),
        ("The army advanced 30 km along a road built in 1975.", []),
        # the figure's own participle and period are still read
        ("Russia took 500 km² of territory captured in March.", [500 / 31]),
        ("Troops advanced 10 km to the outskirts of the town in a week.", [10_000 / 7]),
    ],
)  # fmt: skip
def test_a_modifier_of_a_later_noun_dates_the_noun(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare number that ends the clause after a rate restates it for other times
        ("Troops were advancing 5 kilometres daily, sometimes 10.", [5000.0, 10_000.0]),
        ("Troops advanced 5 kilometres a day at first and then 10.", [5000.0, 10_000.0]),
        ("Troops advanced 5 kilometres a day, at times as much as 10.", [5000.0, 10_000.0]),
        # after a verb of change, and after the first figure's opening period
        ("The advance averaged 10 km a day at first, then fell to 3.", [10_000.0, 3000.0]),
        ("The pace was 15 miles a day for the first week, then slowed to 5.",
         [15 * 1609.344, 5 * 1609.344]),
        # a number followed by a word of its own is not one
        ("Troops advanced 5 km a day, then 10 villages fell.", [5000.0]),
        # a range restated between commas, its basis after the aside
        ("Troops advanced 5 to 10 kilometres, or 3 to 6 miles, a day.", [5000.0]),
    ],
)  # fmt: skip
def test_bare_followers_and_restated_ranges(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the rate before or after a change, its unit and basis left out
        ("Russian gains slowed to 15 square kilometres a day, down from 25.", [15.0, 25.0]),
        ("The pace slowed from 25 square kilometres a day in November to about 15.",
         [25.0, 15.0]),
        ("The pace slowed to 15 km² a day, from 25 a month earlier.", [15.0, 25.0]),
        ("The advance slowed to 200 metres a day from 500.", [200.0, 500.0]),
        ("Troops advanced 2 km a day, compared with 5 last year.", [2000.0, 5000.0]),
        # a number with a word of its own, or a year, is not the rate
        ("Troops advanced 2 km a day, down from 5 brigades.", [2000.0]),
        ("Troops advanced 2 km a day, up from 2024.", [2000.0]),
        # a "to" is the end of a change only after a "from"
        ("Troops advanced 2 km a day to 15.", [2000.0]),
    ],
)  # fmt: skip
def test_the_rate_before_or_after_a_change_leaves_out_its_unit(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the value a change started from is of the same thing as the figure before it
        ("The kill zone extends 25 km, up from 10 km in 2024.", []),
        ("The kill zone now stretches up to 20 km, compared with 10 km in 2024.", []),
        ("The grey zone is now 20 km wide, up from 5 km in 2024.", []),
        # ground taken, whether or not the figure before it has a period of its own
        ("Russia gained 500 km² in November, up from 400 km² in October.", [500 / 30, 400 / 31]),
        ("Russian gains reached 725 km², up from 610 km² in October.", [610 / 31]),
    ],
)  # fmt: skip
def test_the_value_a_change_started_from_is_of_the_figure_before(sentence, expected):
    assert _lows(sentence, published="2026-12-05") == pytest.approx(expected)


def test_a_changed_rate_keeps_its_qualifier():
    found = extract_rates("The pace slowed from 25 km² a day to about 15.")
    assert list(found["surface"]) == ["from 25 km² a day", "about 15"]
    assert list(found["qualifier"]) == ["", "about"]


@pytest.mark.parametrize(
    ("sentence", "surfaces", "qualifiers"),
    [
        # an arm of service set against another, and a guess kept as a qualifier
        ("Infantry could manage 15 miles a day, cavalry maybe 30.",
         ["15 miles a day", "maybe 30"], ["", "maybe"]),
        ("The Germans managed 10 miles a day, the British only 3.",
         ["10 miles a day", "only 3"], ["", "only"]),
        ("The army advanced perhaps 30 km in a week.", ["perhaps 30 km in a week"], ["perhaps"]),
        # a number with a word of its own is not one
        ("Troops advanced 15 miles a day, tanks 30 brigades.", ["15 miles a day"], [""]),
    ],
)  # fmt: skip
def test_parallel_followers_and_guesses_keep_their_qualifiers(sentence, surfaces, qualifiers):
    found = extract_rates(sentence)
    assert list(found["surface"]) == surfaces
    assert list(found["qualifier"]) == qualifiers


def test_per_day_opening_a_clause_is_the_basis_of_its_figure():
    assert _lows("Per day, a foot army moves about 15 miles.") == pytest.approx([15 * 1609.344])


def test_a_bare_follower_keeps_its_qualifier():
    found = extract_rates("Troops advanced 5 kilometres a day, at times as much as 10.")
    assert list(found["surface"]) == ["5 kilometres a day", "as much as 10"]
    assert list(found["qualifier"]) == ["", "as much as"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after a verb of movement, "in depth" says how far it went
        ("The 47th Brigade pushed the enemy back 700 metres in depth over the past week.",
         [100.0]),
        ("On a 20 km front, Soviet troops advanced 10 to 15 km in depth in three days.",
         [10_000 / 3]),
        # without one, it measures a zone
        ("The defensive zone was 5 km in depth in 1943.", []),
    ],
)  # fmt: skip
def test_in_depth_after_a_verb_of_movement(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside closed by a second comma does not end the figure's clause
        ("A British-led Indian force in 1857 traveled 580 miles, officials said, in 22 marching "
         "days.", [580 * 1609.344 / 22]),
        ("Truscott's Division entered Palermo after covering 100 miles, according to the "
         "diary, in just 72 hours.", [100 * 1609.344 / 3]),
        # a lone comma still does: each figure keeps its own period
        ("In February-March they took 325 km², in April-May 632 km².", [325 / 59, 632 / 61]),
    ],
)  # fmt: skip
def test_an_aside_between_commas_does_not_end_the_clause(sentence, expected):
    assert _lows(sentence, published="2025-06-15") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a period that opens the first clause after a short opener is the sentence's
        ("However, in the first day the cavalry moved 10 miles.", [10 * 1609.344]),
        ("According to analysts, in March alone, Russian forces captured 203 km².", [203 / 31]),
        ("According to analysts, Russia gained about 242 square mi that month.",
         [242 * 2.589988110336 / 30.4375]),
    ],
)  # fmt: skip
def test_a_period_after_a_short_opener(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a distance closed since a time ago, in that time
        ("Russian troops are now 5 km closer to Pokrovsk than they were a week ago.",
         [5000 / 7]),
        ("Russian forces are 3 km nearer the city than a week earlier.", [3000 / 7]),
        # a comparison with something else, or with no time, is none
        ("The city is 5 km closer to the border than Kyiv was a week ago.", []),
        ("Russian troops are 5 km closer to Pokrovsk than Ukrainian troops are.", []),
    ],
)  # fmt: skip
def test_closer_than_a_time_ago(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a depth reached some time after an attack began is the ground covered in it
        ("Two weeks after the landing, the Marines were 10 miles inland.", [10 * 1609.344 / 14]),
        ("Ten days into the offensive, Ukrainian troops were 30 km deep in Russian territory.",
         [3000.0]),
        # a place inland is a position
        ("The airfield, 20 km inland, was bombed on Tuesday.", []),
    ],
)  # fmt: skip
def test_a_depth_reached_after_an_attack_began(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # forces moved about, a front that changed length, a place named by a noun: no ground
        ("The Russian army moved its headquarters 50 km east in October.", []),
        ("Russia moved 30,000 troops 200 km south in a week.", []),
        ("The frontline shortened by 50 km after Russia took the salient in October.", []),
        ("Ukraine's forces withdrew to positions 3 km behind the town last week.", []),
        # pushing an enemy back, or an army moving forward, is ground
        ("Ukraine pushed Russian troops back 3 km in a day.", [3000.0]),
        ("The army moved forward 20 km in a day.", [20_000.0]),
    ],
)  # fmt: skip
def test_forces_moved_about_and_fronts_that_change_length(sentence, expected):
    assert _lows(sentence, published="2025-12-01") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what was taken, then measured, is ground taken
        ("Russia captured 30 settlements with a combined area of 500 km² in October.",
         [500 / 31]),
        ("Russia captured settlements totalling 500 km² in October.", [500 / 31]),
        ("In October, Russian units took control of 23 villages, a total area of 500 square "
         "kilometres.", [500 / 31]),
        # the change named in an appositive after the clause's period
        ("The occupied area rose to 116,000 km² in 2024, an increase of some 4,000 km².",
         [4000 / 366]),
        # territory held, measured, is not
        ("Russia held territory with a combined area of 110,000 km² in 2025.", []),
        ("The occupied territory totals 113,000 sq km in May.", []),
    ],
)  # fmt: skip
def test_what_was_taken_then_measured(sentence, expected):
    assert _lows(sentence, published="2025-12-01") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a depth written as an adjective of the advance is the advance
        ("They made a 10-kilometre-deep advance in three days.", [10_000 / 3]),
        ("The Germans achieved a 30-mile-deep penetration in 48 hours.", [15 * 1609.344]),
        # of a defence, it is none
        ("A 30-km-deep defensive zone was built in 2023.", []),
    ],
)  # fmt: skip
def test_a_depth_adjective_of_an_advance(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_a_hundred_is_read_with_its_article():
    found = extract_rates("Troops advanced a hundred miles in a week.")
    assert list(found["surface"]) == ["a hundred miles in a week"]
    assert found["canonical_low"][0] == pytest.approx(100 * 1609.344 / 7)
    found = extract_rates("Troops advanced a few hundred yards a day.")
    assert found.empty  # vague


@pytest.mark.parametrize(
    "wrap",
    [
        lambda text: "According to analysts, " + text,
        lambda text: text.rstrip(".") + ", analysts said.",
    ],
    ids=["opener", "reporting-clause"],
)
def test_a_reporting_clause_around_a_development_sentence_changes_no_reading(wrap):
    """Generalisation, measured on the development part only: wrapping each sentence
    in a reporting clause must leave every figure read as before. (A list line, "-
    November 2023: 725 km²", is no sentence to wrap: with words before it, it is no
    longer a line of a list.)"""
    changed = []
    for item in load_corpus():
        if item["split"] != "dev" or re.match(r"\s*[-–—•*·]\s", item["text"]):
            continue
        published = item.get("published")
        before = sorted(_lows(item["text"], published=published))
        after = sorted(_lows(wrap(item["text"]), published=published))
        if after != pytest.approx(before):
            changed.append(item["id"])
    assert changed == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the width of the sector attacked stands between a depth and its period
        ("Russian troops advanced 3 km deep along a 10 km stretch of the front in two days.",
         [1500.0]),
        # a depth after a width, both after the verb: the depth is the advance
        ("They advanced 11 km along the front and 3 km in depth over three days.", [1000.0]),
    ],
)  # fmt: skip
def test_depth_and_width_of_an_advance(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "over the year" and "throughout the month" refer back to the one the sentence names
        ("In 2024, Russia captured 4,000 km² over the year.", [4000 / 366]),
        ("In March, Russia took 200 km² throughout the month.", [200 / 31]),
        ("On Dec. 29, 2025, Putin was told of the capture over the year of 6,640 square "
         "kilometers.", [6640 / 365]),
        # with none named, which year is not said
        ("Russia captured 4,000 km² over the year.", []),
        # "the day of 12 May" is that day, not May
        ("Over the course of the day of 12 May, troops advanced 3 km.", [3000.0]),
    ],
)  # fmt: skip
def test_over_the_year_needs_a_year_named(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_a_month_named_after_a_monthly_figure_is_that_month():
    found = extract_rates(
        "Russia's monthly gains were 477 km² (August), 459 km² (September) and 478 km² (October).",
        published="2024-11-01",
    )
    assert list(found["canonical_low"]) == pytest.approx([477 / 31, 459 / 30, 478 / 31])
    assert list(found["period"]) == ["August", "September", "October"]
    # a daily figure keeps its day; a month under way is no calendar month
    found = extract_rates("Daily gains stood at 20 km² in November.", published="2024-11-01")
    assert list(found["basis"]) == ["carried from context"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # figures listed with their unit each, then as many periods: paired in order
        ("Russia took 477 km², 459 km² and 478 km² in August, September and October.",
         [477 / 31, 459 / 30, 478 / 31]),
        # units that differ are not paired, and no figure gets the whole span
        ("Russia took 400 km², 150 sq mi and 478 km² in August, September and October.", []),
    ],
)  # fmt: skip
def test_a_list_of_figures_with_units_pairs_with_a_list_of_periods(sentence, expected):
    assert _lows(sentence, published="2024-11-01") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a weekly or one-day figure keeps its basis whatever year the clause is in
        ("It was Russia's biggest weekly advance this year: 235 km².", [235 / 7]),
        ("The biggest one-day gain was 110 km².", [110.0]),
        ("Russia's record 24-hour advance was 110 km² on August 12.", [110.0]),
    ],
)  # fmt: skip
def test_weekly_and_one_day_figures_keep_their_basis(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # periods offered as alternatives pair up only where "respectively" says so
        ("Russia took more than in either August or September 2024 (477 and 459 km², "
         "respectively).", [477 / 31, 459 / 30]),
        ("In either 2022 or 2023, Russia took 3,000 and 4,000 km² respectively.",
         [3000 / 365, 4000 / 365]),
        # one figure "in August or September" has no period of its own
        ("Russia took 459 km² in August or September.", []),
        ("Russia took 4,000 km² in 2023 or 2024.", []),
    ],
)  # fmt: skip
def test_periods_given_as_alternatives(sentence, expected):
    assert _lows(sentence, published="2024-11-01") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a ground noun with its adjectives between the amount and its time basis
        ("Troops are reclaiming between 600 and 700 square kilometers of contested land each "
         "month.", [600 / 30.4375]),
        ("Russia seized 20 km² of Ukrainian territory a day.", [20.0]),
        # a noun that is no ground keeps the basis away
        ("They advanced 5 km of the road a day.", []),
        # "700+": more than 700, the plus kept as the qualifier
        ("Russia seized 700+ square kilometers monthly.", [700 / 30.4375]),
        ("A 2+2 km walk in 2 days.", []),
        # pint's league (three statute miles)
        ("In 1814 Napoleon marched at the rate of ten leagues a day.", [10 * 4828.041656]),
    ],
)  # fmt: skip
def test_ground_nouns_plus_signs_and_leagues(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_a_plus_sign_is_kept_as_a_lower_bound():
    found = extract_rates("Russia seized 700+ km² in November.")
    assert list(found["qualifier"]) == ["+"]
    assert list(found["surface"]) == ["700+ km²"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a place of two quarters of the compass before the period
        ("Its forces recaptured 14 km² from occupying Russian forces in the south and east "
         "of the country over the last week.", [2.0]),
        # a place named before a clause's period
        ("In the Bakhmut sector last week, the Ukrainian military liberated four square "
         "kilometres.", [4 / 7]),
        ("Near Kupiansk in October, Russian units advanced 5 km.", [5000 / 31]),
        # an analysis published on a day dates the analysis, not the figure
        ("Russia took almost 200 km² of land, according to an AFP analysis published on "
         "Wednesday.", []),
    ],
)  # fmt: skip
def test_places_and_longer_walks_to_a_period(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a fortnight, as a basis and as a period
        ("Russian forces advanced 12 km a fortnight.", [12000 / 14]),
        ("The army covered 30 miles in a fortnight.", [30 * 1609.344 / 14]),
        # a typical, average or good day is a day's advance
        ("Russian forces advanced 40 metres on an average day.", [40.0]),
        ("The tanks made 12 km on a good day.", [12000.0]),
        ("They gained 300 square kilometres in a typical week.", [300 / 7]),
        # "on its first day" as "on the first day"
        ("On its first day, the offensive advanced 12 km.", [12000.0]),
        # halves of a month: days 1-15 and the rest
        ("Russia took 500 km² in the first half of November 2024.", [500 / 15]),
        ("Russia took 500 km² in the second half of October 2024.", [500 / 16]),
        # a verb of pursuit before "across": where the advance went
        ("The Third Army raced 400 miles across France in a month.", [400 * 1609.344 / 30.4375]),
        ("The front ran 400 miles across France in 1916.", []),
    ],
)  # fmt: skip
def test_fortnights_typical_days_and_halves_of_months(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        # through the air or at sea
        "The aircraft flew 2,000 miles in a day.",
        "The ship sailed 300 miles in two days.",
        # civilians in flight, and floods or fires that spread
        "Refugees fled 30 km to the west in a day, officials said.",
        "Floods covered 300 km² in three days.",
        "Wildfires burned 500 square kilometres of forest in a week.",
        # weapons and bases moved about
        "Russia moved its air defences 100 km back in May.",
    ],
)
def test_flights_civilians_floods_and_assets_moved_are_no_advance(sentence):
    assert _lows(sentence) == []


def test_an_army_that_covered_ground_still_advances():
    assert _lows("The division covered 40 miles in two days.") == pytest.approx([40 * 1609.344 / 2])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part of a figure ("of it") keeps its own period
        ("Russia captured 4,168 km² in 2024, 465 km² of it in December.", [4168 / 366, 465 / 31]),
        # a part of a total in the same unit, close to it in size, is no restatement of it
        ("Russia captured 725 km² in November, 629 km² of them in Donetsk.",
         [725 / 30, 629 / 30]),
        ("Russia captured 725 km² (280 sq mi) in November.", [725 / 30]),
        # a part with its unit left out: its own period, or the whole's before a place
        ("Last year Russia captured 4,000 km², 500 of them in December.",
         [4000 / 366, 500 / 31]),
        ("Russia captured 725 km² in November, 629 of them in Donetsk.", [725 / 30, 629 / 30]),
        ("Russia gained 15 km² a day in November, 10 of them in Donetsk.", [15.0]),
        # two months after a figure are a period, not two places it ran between
        ("Russia seized 3,000 km² between January and October 2024.", [3000 / 305]),
        ("The Allies covered the 60 miles between Caen and Falaise in four days.",
         [60 * 1609.344 / 4]),
        # a total restating a daily rate over the same period is read once
        ("Russia took about 15 km² a day in October, or 465 km² in total.", [15.0]),
        ("Russia took about 15 km² a day in October, or 465 km² in November.", [15.0, 15.5]),
    ],
)  # fmt: skip
def test_parts_month_spans_and_restated_totals(sentence, expected):
    assert _lows(sentence, published="2025-06-20") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the opening day, and a night, are one day
        ("On the opening day, the Canadians gained eight miles.", [8 * 1609.344]),
        ("By the end of the opening week the Germans had advanced 40 miles.",
         [40 * 1609.344 / 7]),
        ("The regiment advanced 3 miles during the night.", [3 * 1609.344]),
        ("During the night of 5 June the regiment advanced 3 miles.", [3 * 1609.344]),
        # "30-odd miles": somewhat more than thirty
        ("The Germans advanced thirty-odd miles in a week.", [30 * 1609.344 / 7]),
        ("The Germans advanced 30-odd miles in a week.", [30 * 1609.344 / 7]),
    ],
)  # fmt: skip
def test_opening_days_nights_and_odd_amounts(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_an_odd_amount_keeps_its_qualifier():
    found = extract_rates("The Germans advanced thirty-odd miles in a week.")
    assert list(found["qualifier"]) == ["odd"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The army advanced a dozen miles in a day.", [12 * 1609.344]),
        ("The army advanced two dozen miles in a week.", [24 * 1609.344 / 7]),
        # six, never a range from a half to a dozen
        ("The army advanced a half-dozen km in ten days.", [600.0]),
        ("The army advanced a half dozen miles in ten days.", [6 * 1609.344 / 10]),
        # vague amounts stay unread
        ("The army advanced several dozen metres in a day.", []),
    ],
)
def test_dozens(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a rate compared with one of a size keeps its basis; a month says when
        ("Russia's gains in October averaged 15 km² per day, up from 12 km² in September.",
         [15.0, 12.0]),
        # one far larger is the month's total
        ("Russia gained 15 km² a day in October, up from 300 km² in September.", [15.0, 10.0]),
        # a weekly figure set off by a comma, or after "came in November, at"
        ("Its biggest weekly gain, 235 km², came in November.", [235 / 7]),
        ("The biggest weekly advance this year came in November, at 235 km².", [235 / 7]),
        ("It was the biggest advance in a week since 2022: 235 square kilometers.", [235 / 7]),
        # the best day, the day's advance
        ("On their best day the Soviets advanced 60 km.", [60000.0]),
        ("The best day's advance was 20 km.", [20000.0]),
        # who the day's or week's advance carried there
        ("The week's advance brought the Russians 40 miles nearer the border.",
         [40 * 1609.344 / 7]),
        ("The day's march carried the column 25 miles.", [25 * 1609.344]),
        # a judgement of it, then the figure after a dash or a colon
        ("The day's advance was the deepest since D-Day - 12 miles in some sectors.",
         [12 * 1609.344]),
        ("The day's advance was a record: 12 miles.", [12 * 1609.344]),
        ("The daily advance peaked at 60 km.", [60000.0]),
    ],
)  # fmt: skip
def test_compared_rates_weekly_records_and_best_days(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an elided unit with the same basis stated again
        ("Russia advanced 16 km² a day in March, compared to 23 a day in February.", [16.0, 23.0]),
        # after a total, "23 a day" is no total over February: left unread
        ("Russia advanced 16 km² in March, compared to 23 a day in February.", [16 / 31]),
        # with no period of its own, when the clause ends there
        ("They now capture 10 km² a day, down from 20 a day.", [10.0, 20.0]),
        ("Troops advanced 2 km a week, up from 1 a week, officials said.", [2000 / 7, 1000 / 7]),
        # but not a number said to be of something else, nor one on another basis
        ("Russia advances 20 km² a day, compared with 1,500 a day in casualties.", [20.0]),
        ("Troops advanced 2 km a week, up from 1 a day.", [2000 / 7]),
        # a total and the daily average it gives are two figures, as the corpus labels them
        ("Russia took 4,168 km² in 2024, an average of 11 km² a day.", [4168 / 366, 11.0]),
    ],
)  # fmt: skip
def test_elided_followers_with_a_basis_and_averages_after_totals(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a short time, period or space of so many days is that many days
        ("They reached Kroonstad, having traversed almost four hundred miles of territory in the "
         "comparatively short time of sixteen days.", [400 * 1609.344 / 16]),
        ("The army covered 200 miles in the short space of a week.", [200 * 1609.344 / 7]),
        # how far along the road on a given day is no day's advance
        ("On May 3rd the main force was assembled at Karee, twenty miles upon their way.", []),
    ],
)  # fmt: skip
def test_short_times_of_days_and_distances_along_the_way(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # figures listed with their places share the period that closes the list
        ("Russian troops advanced by 1.2 km near Selydove, 800 m near Toretsk and 500 m near "
         "Chasiv Yar in the past 24 hours.", [1200.0, 800.0, 500.0]),
        ("Russian forces advanced 2-3 km in the direction of Pokrovsk and 1-2 km near Kupiansk "
         "over the past week.", [2000 / 7, 1000 / 7]),
        # a total "in total" is no place: it never takes the next figure's month
        ("Russia has seized 4,168 km² in total, 465 km² in December.", [465 / 31]),
    ],
)  # fmt: skip
def test_a_list_of_figures_with_places_shares_its_closing_period(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the width of the same advance stands between its depth and its period
        ("Russian forces advanced up to 800 meters deep and 1.5 kilometers wide near Toretsk "
         "over the past day.", [800.0]),
        ("They drove a 40-km-deep wedge into the enemy lines in a week.", [40000 / 7]),
    ],
)  # fmt: skip
def test_depth_and_width_of_one_advance(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an abbreviated month with its full stop, then the day
        ("Ukraine has taken 1,000 km² since Aug. 6.", [1000 / 15]),
        ("Since Aug. 6, Ukraine took 100 km².", [100 / 15]),
        # from the middle of a month, or from the end of the month before
        ("Ukraine has taken 1,000 km² since mid-August.", [1000 / 6]),
        ("Ukraine has taken 1,000 km² since the end of July.", [1000 / 21]),
        # early in a month is no day
        ("Ukraine has taken 1,000 km² since early August.", []),
    ],
)  # fmt: skip
def test_since_an_abbreviated_date_the_middle_or_the_end_of_a_month(sentence, expected):
    assert _lows(sentence, published="2024-08-20") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia took 100 km² in the period 20-27 October.", [100 / 8]),
        ("Russia took 100 km² in the week beginning 4 November.", [100 / 7]),
        ("Russia took 100 km² in the week starting Nov. 4.", [100 / 7]),
    ],
)
def test_a_period_of_days_and_weeks_named_by_their_start(sentence, expected):
    assert _lows(sentence, published="2024-11-20") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two weeks after crossing the border, the army had advanced 200 km.", [200000 / 14]),
        ("On D-Day itself the Allies pushed up to 6 miles inland.", [6 * 1609.344]),
        ("By nightfall on D-Day the beachhead was 6 miles deep.", [6 * 1609.344]),
    ],
)
def test_time_since_crossing_or_landing_and_d_day(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb of movement that does not end in "-ed" before "N km deep"
        ("The offensive went 450 km deep in two weeks.", [450000 / 14]),
        ("The armour thrust 60 miles deep in two days.", [30 * 1609.344]),
        ("In three days the tanks drove 100 km deep.", [100000 / 3]),
        # a noun before the depth is what is that deep
        ("The defences were belts 30 km deep.", []),
        ("They held a salient 20 miles deep.", []),
        ("The Germans dug a trench system 5 km deep in two months.", []),
    ],
)
def test_a_depth_after_an_irregular_verb_of_movement_is_ground(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the verbs of wire copy and news magazines
        ("The Panzers knifed 60 miles through the Russian lines in two days.", [30 * 1609.344]),
        ("German armor slashed 100 miles across the steppe in four days.", [25 * 1609.344]),
        ("The Russians smashed 25 miles through the German lines in a day.", [25 * 1609.344]),
        ("American columns spurted 30 miles beyond the Seine in a day.", [30 * 1609.344]),
        ("The Third Army streaked 60 miles across France in a single day.", [60 * 1609.344]),
        ("The Eighth Army leapfrogged 100 miles along the coast in a week.", [100 * 1609.344 / 7]),
        ("The first day's fighting yielded just 1,000 yards.", [914.4]),
        ("The operation carried the Red Army 500 km in 23 days.", [500000 / 23]),
        ("The river carried the debris 50 km in a day.", []),
        ("The campaign brought the Germans 400 miles in five weeks.", [400 * 1609.344 / 35]),
        (
            "The drive took Patton's army 600 miles across France in a month.",
            [600 * 1609.344 / 30.4375],
        ),
        ("Russian forces took Avdiivka 20 km north of Donetsk in February.", []),
        ("The Russians hurled the Germans back 50 miles in a week.", [50 * 1609.344 / 7]),
        ("The Red Army threw the Nazis back 60 miles in five days.", [12 * 1609.344]),
        # said of shells, missiles and aircraft, before a word of place, they are no advance
        ("Missiles smashed into buildings 30 km from the front on Tuesday.", []),
        ("Drones roared 100 km across the border on Tuesday.", []),
        ("The river burst its banks, flooding 200 km² in two days.", []),
    ],
)
def test_verbs_of_movement_in_news_copy(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after a verb of movement, a distance then "north of" says where the advance was
        ("Russian troops advanced 2 km north of Pokrovsk last week.", [2000 / 7]),
        ("Russian forces advanced up to 1.5 km south of Toretsk over the past day.", [1500.0]),
        (
            "Within 72 hours the Egyptian army had advanced 15 kilometres east of the canal.",
            [5000.0],
        ),
        # without one, it says where a place or a force is
        ("Russian forces are 2 km north of Pokrovsk after a week of fighting.", []),
        ("The village lies 5 km south of Toretsk and was captured last week.", []),
        ("On Tuesday, Russian forces struck a depot 30 km east of Kharkiv.", []),
    ],
)
def test_a_distance_north_of_a_place_after_a_verb_of_movement(sentence, expected):
    assert _lows(sentence, published="2024-11-01") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the width of the front stands between a depth and its period
        ("The enemy was pushed back 3 miles on a front of 10 miles in two days.", [1.5 * 1609.344]),
        (
            "The British gained two miles along a front of 8 miles in three days.",
            [2 * 1609.344 / 3],
        ),
        (
            "Russian forces advanced up to 2.5 km in depth and 4 km in width over the past "
            "three days.",
            [2500 / 3],
        ),
        ("Russian forces advanced 2 km deep and 5 km wide in a week.", [2000 / 7]),
        ("The line ran along a front of 300 miles in 1916.", []),
    ],
)
def test_the_width_of_the_front_between_a_depth_and_its_period(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the time of the fighting that is the subject, in a participle set off by commas
        ("The offensive, conducted from 13 to 27 January, advanced 250 km.", [250000 / 15]),
        (
            "The offensive, fought between 13 and 27 January, carried the front 250 km west.",
            [250000 / 15],
        ),
        # the day it began is no span; a participle after another noun dates that noun
        ("The offensive, launched on 12 January, advanced 300 miles.", []),
        ("The town, captured on 13 January, lies 250 km west.", []),
    ],
)
def test_the_period_of_the_fighting_in_an_aside_after_it(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a month named just before the figure it measures, or after it by "came in"
        (
            "Russia gained 2,000 km² in the autumn, with October the busiest month at 600 km².",
            [600 / 31],
        ),
        ("Gains slowed, with February the weakest month at just 189 km².", [189 / 28]),
        ("The largest gain, 725 km², came in November.", [725 / 30]),
        # a season says no length; a figure with no gain is not read
        ("Russia gained 2,000 km² in the autumn.", []),
        ("The record of 725 km² was set in November 2024.", []),
    ],
)
def test_a_month_with_its_figure_after_with_or_came_in(sentence, expected):
    assert _lows(sentence, published="2025-03-10") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a follower written period first, joined by a comma or a semicolon alone
        ("Russia took 500 km² in October, in November 700.", [500 / 31, 700 / 30]),
        ("In October Russia averaged 16 km² a day; in November, 27.", [16.0, 27.0]),
        # a month then a number that can be no day or year is the month
        ("In November 725 square kilometres fell to Russia.", [725 / 30]),
        ("Russia took 500 km² in October, in November 7 villages.", [500 / 31]),
    ],
)
def test_a_follower_with_its_period_first(sentence, expected):
    assert _lows(sentence, published="2025-01-10") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a counted length that ends a predicate shared with other verbs or asides
        (
            "Jackson's men marched 646 miles and fought four battles in 48 days.",
            [646 * 1609.344 / 48],
        ),
        (
            "The Light Brigade marched 62 miles, over rough roads and in great heat, in 26 hours.",
            [62 * 1609.344 * 24 / 26],
        ),
        (
            "The column covered 120 miles through hostile country, under fire, in six days.",
            [20 * 1609.344],
        ),
        # not after staying, another subject's clause, an aim or a report
        ("The brigade advanced 15 km and then held the line for two weeks.", []),
        ("The army advanced 10 km and the town fell in two days.", []),
        ("Troops advanced 3 km toward a town they expect to capture in two weeks.", []),
        ("Russian units advanced 2 km, Syrskyi told Zelensky in a video posted within a week.", []),
    ],
)
def test_a_length_that_ends_a_shared_predicate(sentence, expected):
    assert _lows(sentence, published="2025-03-10") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside on what the figure was made of or came to, then the clause's period
        (
            "Russia captured 5,600 km² (2,160 sq mi), representing about 0.94% of Ukrainian "
            "territory last year.",
            [5600 / 366],
        ),
        (
            "Russian forces captured 4,168 km², primarily consisting of fields and small "
            "settlements in Ukraine and the Kursk region in 2024.",
            [4168 / 366],
        ),
        ("Russia captured 4,168 km², including 190 villages, in 2024.", [4168 / 366]),
        # the aside's own clause, or a holding, keeps its period
        ("Russia captured 500 km², including the town that fell in October.", []),
        ("Russia controlled 110,000 km², roughly 18% of the country, in 2023.", []),
    ],
)
def test_a_period_after_an_aside_on_what_the_figure_was(sentence, expected):
    assert _lows(sentence, published="2025-12-05") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a distance from their start lines is how far they went, after a place or a copula
        (
            "In just six days, the panzers reached the Beresina, 650 km from their start lines.",
            [650000 / 6],
        ),
        (
            "The panzers reached the Beresina, 650 km from their start lines, in just six days.",
            [650000 / 6],
        ),
        ("Within six days the panzers were 650 km from their start lines.", [650000 / 6]),
        ("The Germans were 200 km from their start line.", []),
        # beyond or past it, the same
        ("By day three the lead elements were 60 km beyond the start line.", [20_000.0]),
        ("By the third day the tanks were 60 km past their jump-off positions.", [20_000.0]),
        ("The Germans were 200 km beyond their start line.", []),
        # where a place lies from it is no advance
        ("In October the village lay barely five miles from the starting point of the attack.", []),
        # an aside between the subject and its verb leaves the clause's period to the figure
        (
            "In September the Russian army, backed by drones and glide bombs, seized just 225 km².",
            [225 / 30],
        ),
        (
            "The Germans, exhausted after four days of continuous fighting and short of fuel, "
            "had nonetheless penetrated up to 40 miles.",
            [10 * 1609.344],
        ),
        ("In May, the army, which had regrouped over the winter, seized 449 km².", [449 / 31]),
        ("Over the past month, Ukraine pushed back troops who had advanced 15-20 km.", []),
        # a clause of its own names its own dates
        (
            "The offensive, which began on 22 June and was halted on 29 August, carried the "
            "Red Army forward some 500 to 600 kilometres.",
            [],
        ),
        # a journey from one place to another that "took" its time
        ("The 200 miles from the Meuse to the Channel took the panzers ten days.", [20 * 1609.344]),
        ("Kherson is 40 km from the front, which took two months to reach.", []),
        # a length then a date in one opening phrase: the length is the figure's
        ("In just 11 weeks in 2022, Ukraine reclaimed roughly 17,000 km².", [17000 / 77]),
    ],
)
def test_a_distance_from_the_start_line(sentence, expected):
    assert _lows(sentence, published="2025-12-05") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "on average" between the figure and its basis
        ("The Russians advanced 2.5 km, on average, per day.", [2500.0]),
        ("The column covered 20 miles on average each day.", [20 * 1609.344]),
        # "day after day", "day by day", "daily" opening the clause
        ("Day after day, the Allies advanced 2 or 3 miles.", [2 * 1609.344]),
        ("Day by day the Russians crept forward 200 metres.", [200.0]),
        ("Daily, the column made 25 miles.", [25 * 1609.344]),
        ("On a good day the division moved 12 miles.", [12 * 1609.344]),
        ("On their best days the panzers covered 60 miles.", [60 * 1609.344]),
        # the basis after the place or way the figure went
        ("The frontline moved 2 km closer to the city every day.", [2000.0]),
        ("The Germans advanced 20 miles into Russia every day.", [20 * 1609.344]),
        ("They pushed 3 km deeper into the region each week.", [3000 / 7]),
        ("The town, 20 km from the front, is shelled every day.", []),
        # the basis between the verb and its figure, opening the clause, or after it
        ("Russian troops advanced each day by 2 km.", [2000.0]),
        ("Russian troops advanced daily by about 500 metres.", [500.0]),
        ("Weekly, Russia gained about 100 km².", [100 / 7]),
        ("On a weekly basis Russia gained about 100 km².", [100 / 7]),
        ("Russia is gaining 100 km² on a weekly basis.", [100 / 7]),
        # names of places listed between the figure and its period
        (
            "Russian forces seized 725 km² across the Donetsk, Kharkiv and Zaporizhzhia "
            "regions in November.",
            [725 / 30],
        ),
        ("Russia took 400 km² mostly around Pokrovsk and Kurakhove in September.", [400 / 30]),
        # a length written as an adjective, after "single" or "mere"
        ("Russia advanced 3 km in a single 24-hour period.", [3000.0]),
        ("In a mere 72-hour blitz, Ukrainian forces retook 500 km².", [500 / 3]),
        ("Day after day the shelling went on 5 km from the front.", []),
    ],
)
def test_a_daily_basis_said_apart_from_the_figure(sentence, expected):
    assert _lows(sentence, published="2025-03-10") == pytest.approx(expected)


def test_a_list_of_elided_figures_goes_on_after_a_comma():
    assert _lows(
        "Russia took 500 km² in October, 600 in November and 700 in December.",
        published="2025-03-01",
    ) == pytest.approx([500 / 31, 600 / 30, 700 / 31])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The army advanced 40 km in the first week and 25 km in the second.",
         [40000 / 7, 25000 / 7]),
        ("The army advanced 40 km in the first week, 25 km in the second and 10 km in the third.",
         [40000 / 7, 25000 / 7, 10000 / 7]),
        # with no first member named, "in the second" says nothing
        ("The army advanced 25 km in the second.", []),
    ],
)  # fmt: skip
def test_an_ordinal_takes_the_unit_of_its_series(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_daily_gains_that_rarely_exceed_a_figure():
    assert _lows("Russia's daily gains rarely exceed 15 km².") == pytest.approx([15.0])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The cavalry rode sixty miles in thirty hours.", [60 * 1609.344 / 1.25]),
        ("The column trudged 12 miles in a day.", [12 * 1609.344]),
    ],
)
def test_rides_and_marches_on_foot_are_movement(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a past war's distance dated by its year alone: the year says when
        ("Napoleon marched 600 miles to Moscow in 1812.", []),
        ("The British advanced 8 km in 1916.", []),
        # recent years and areas are periods, as reporting counts them
        ("Russia advanced 30 km in 2024.", [30000 / 366]),
        ("The Allies took 1,000 square miles in 1944.", [1000 * 2.589988110336 / 366]),
    ],
)
def test_an_old_year_dates_a_distance_but_measures_an_area(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the supply line's distances are not the front's
        ("Supply trucks drove 500 km a day to reach the front.", []),
        ("The Red Ball Express trucks covered 400 miles a day.", []),
        ("The railhead moved forward 15 miles a week behind the advance.", []),
        ("Ambulances carried the wounded 100 km a day to the rear.", []),
        ("Refugees streamed 20 km a day westward.", []),
        # aid convoys, and troops or the wounded ferried about, are carried, not advancing
        ("Aid convoys travel 200 km a day through the desert.", []),
        ("Evacuation buses travel 100 km a day from Pokrovsk.", []),
        ("Helicopters ferried 1,000 troops 20 miles forward each day.", []),
        ("The brigade was transported 500 km in two days to the front.", []),
        # an army along a railway still advances, as one that moved troops and then advanced
        ("The army advanced 20 km a day along the railway.", [20000.0]),
        ("Russia transported troops and advanced 20 km in a week.", [20000 / 7]),
    ],
)
def test_supply_lines_and_refugees_are_no_advance(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # fields sown or harvested are no ground taken
        ("Ukraine's wheat harvest covered 5 million hectares in 2025.", []),
        ("Farmers sowed 5 million hectares in 2025.", []),
        ("Wheat was planted on 5 million hectares this year.", []),
        # fields taken are
        ("Russian troops seized 300 hectares of fields near Pokrovsk last week.", [3 / 7]),
        ("Russian forces occupied fields covering 300 hectares last week.", [3 / 7]),
    ],
)  # fmt: skip
def test_fields_sown_are_no_ground_taken(sentence, expected):
    assert _lows(sentence, published="2026-12-05") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a difference between two figures is no ground taken (the value it fell to is)
        ("Russian gains fell by 40 km² to 460 km² in October.", [460 / 31]),
        ("Russian gains fell by 40 km² in October.", []),
        ("Gains in October were 40 km² more than in September.", []),
        ("Russia took 460 km² in October, 40 km² less than in September.", [460 / 31]),
        ("Russia took 460 km² in October, down 40 km² from September.", [460 / 31]),
        # "down from" a figure still reads that figure
        ("Russia took 460 km² in October, down from 500 km² in September.", [460 / 31, 500 / 30]),
        # territory held that grew is ground taken
        ("Territory under Russian control grew by 500 km² in October.", [500 / 31]),
    ],
)  # fmt: skip
def test_differences_between_figures_are_no_advance(sentence, expected):
    assert _lows(sentence, published="2024-11-15") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a span of lengths is never read as its first end alone
        ("They advanced 5 km a day or two.", []),
        ("The army advanced 60 km in 4 to 3 days.", []),
        # "or so" only qualifies the length
        ("The army advanced 60 km in a week or so.", [60000 / 7]),
    ],
)
def test_a_week_or_two_is_not_a_week(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "low", "high", "days"),
    [
        ("The army advanced 60 km in 3 to 4 days.", 60000 / 4, 60000 / 3, "3 to 4 days"),
        ("The army advanced 60 km in a week or two.", 60000 / 14, 60000 / 7, "7 to 14 days"),
        (
            "Troops took 120 square kilometres in two to three weeks.",
            120 / 21,
            120 / 14,
            "14 to 21 days",
        ),
        # both spans at once: the least ground over the longest time, and the reverse
        (
            "The column covered 40-50 miles in 2-3 days.",
            40 * 1609.344 / 3,
            50 * 1609.344 / 2,
            "2 to 3 days",
        ),
    ],
)
def test_a_span_of_lengths_gives_a_range_of_rates(sentence, low, high, days):
    row = extract_rates(sentence).iloc[0]
    assert (row.canonical_low, row.canonical_high) == (pytest.approx(low), pytest.approx(high))
    assert days in row.note


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a height, warships moved about, a distance left between two things
        ("The river rose 3 metres in a week.", []),
        ("Floodwater had risen by 2 metres in a day.", []),
        ("The Black Sea Fleet withdrew 400 km east last year.", []),
        ("Warships of the fleet pulled back 300 km in a week.", []),
        ("The gap between the armies narrowed from 15 km to 8 km in a month.", []),
        ("Russian forces cut the distance to Pokrovsk from 15 km to 8 km in a month.", []),
        # retreats over ground and ranges of rates are still read
        ("Russian troops withdrew 40 km from Kyiv in a week.", [40000 / 7]),
        ("The army advanced 20 km in a week, and the river rose 3 metres.", [20000 / 7]),
        ("The army advanced from 5 km to 8 km a day.", [5000]),
    ],
)
def test_heights_fleets_and_gaps_are_no_advance(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # one day's daylight
        ("The Germans advanced 12 miles between dawn and dusk.", None, [12 * 1609.344]),
        ("From dawn to dusk the brigade pushed forward 9 km.", None, [9000]),
        # "it" names the attack whose start the period runs from (4 June to 20 July: 47 days)
        ("The counteroffensive has recaptured 250 square kilometres since it began on June 4.",
         "2023-07-20", [250 / 47]),
        # the second of a change between two periods, its unit left out
        ("Gains slowed from 725 square kilometres in November to 593 in December.",
         "2025-01-03", [725 / 30, 593 / 31]),
        ("Russian gains rose from 15 km² a day in May to 25 a day in June.", "2025-07-01",
         [15, 25]),
        # "to" joins a second figure only after one that opened with "from"
        ("The army advanced 20 km in May to 300 in June.", "2025-07-01", [20000 / 31]),
    ],
)  # fmt: skip
def test_daylight_a_start_named_by_it_and_changes_between_periods(sentence, published, expected):
    assert _lows(sentence, published=published) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a clause's opening period ends with the clause: past a semicolon, a later point
        # in time or a word saying the figure came later, it is not the figure's
        ("On 1 July 1916 the British attacked; by November they had advanced six miles.", []),
        ("On the first day, the regiment lost 300 men; by the end of the week it had "
         "advanced 5 miles.", []),
        ("On August 6, Ukraine launched its incursion into Kursk, eventually seizing "
         "some 1,300 km².", []),
        # (a first day's advance is still the first day's)
        ("On August 6, Ukraine launched its incursion into Kursk, advancing 10 km.", [10_000.0]),
        # "in the second" after the semicolon is one more of the first's unit
        ("In the first week the army advanced 40 km; in the second, 25 km.",
         [40_000 / 7, 25_000 / 7]),
    ],
)  # fmt: skip
def test_a_clause_opening_period_ends_with_its_clause(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gains averaged 15 km² per 24-hour period.", [15.0]),
        ("Troops advanced 4 km every 48-hour period.", [2000.0]),
        ("Troops gained 10 km² in each of the past three days.", [10.0]),
        ("Russia gained 30 km² on each of the last two days.", [30.0]),
        ("Russia gained 30 km² in each of the three months to October.", [30 / 30.4375]),
        # a figure signed as a gain needs no verb of movement
        ("November: +505 km², December: +244 km²", [505 / 30, 244 / 31]),
        ("Russia: 505 km² (November)", []),
    ],
)  # fmt: skip
def test_a_basis_named_as_a_period_or_as_each_of_several(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_per_diem_is_a_day_in_older_english():
    assert _lows("The army marched at the rate of 2 miles per diem.") == pytest.approx(
        [2 * 1609.344]
    )
    assert _lows("Troops were paid a per diem of 30 km.") == []
    # whatever the verb: the sentence has no other time word
    assert _lows("The army advanced 20 miles per diem.") == pytest.approx([20 * 1609.344])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # nature, ground struck or watched, a weapon's reach, peacetime marches
        ("The Kakhovka reservoir shrank by 100 sq km in a week after the dam was destroyed.", []),
        ("The glacier retreated 2 km in a century.", []),
        ("Russian units shelled an area of 50 sq km every day.", []),
        ("The patrol walked 15 km a day along the border.", []),
        ("Its range grew by 100 km in a year.", []),
        ("Soldiers marched 25 km a day during training exercises.", []),
        ("Recruits hike 12 miles a day during basic training.", []),
        ("Troops are trained to march 25 miles a day for ten days.", []),
        ("Each soldier carried 30 kg of kit and marched 25 miles in a day during training.", []),
        # armies near lakes and deserts, and after shelling, still advance
        ("Troops crossed the frozen lake and advanced 10 km in a day.", [10000]),
        ("Beyond the desert the tanks advanced 50 km a day.", [50000]),
        ("After shelling the town, troops advanced 3 km in a day.", [3000]),
    ],
)
def test_nature_strikes_patrols_and_exercises_are_no_advance(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a day of the month named by its ordinal alone is one day
        ("On the 8th the Canadians advanced eight miles, the deepest penetration of the war.",
         [8 * 1609.344]),
        ("The army advanced 10 km on the 31st.", [10000]),
        # a span of days is two days, never the first alone; an army's number or a day of
        # the offensive is never read as a date
        ("On the 8th and 9th the army advanced 12 miles.", [6 * 1609.344]),
        ("On the 8th and 9th Armies' front the Germans advanced 12 miles.", []),
        ("The 8th Army advanced 10 km.", []),
        # "retired" is a retreat in older English
        ("The enemy retired some 20 miles in five days.", [20 * 1609.344 / 5]),
        ("The Germans had come 200 miles in ten days.", [200 * 1609.344 / 10]),
        # a year naming a thing between the figure and its period
        ("Israeli forces advanced 20 kilometres beyond the 1967 ceasefire line in three days.",
         [20_000 / 3]),
        # a length of fighting as the subject, or as an adjective of the figure's movement
        ("Three days' fighting carried the line forward two miles.", [2 * 1609.344 / 3]),
        ("A month's fighting gained the British barely a mile.", [1609.344 / 30.4375]),
        ("The army made a three-day march of 60 miles.", [60 * 1609.344 / 3]),
        ("The army made a three days' march of 60 miles.", [60 * 1609.344 / 3]),
        ("Five days of heavy fighting cost the Germans 20,000 men.", []),
        # a day counted from D-Day (or G-Day)
        ("By G+2, the division had advanced 150 miles.", [150 * 1609.344 / 3]),
        ("Marines advanced 1,000 yards on D+1 against heavy resistance.", [914.4]),
    ],
)  # fmt: skip
def test_a_day_named_by_its_ordinal_and_retirements(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia captured 500 square-kilometres in a month.", [500 / 30.4375]),
        ("Russia seized a 500-square-kilometre swathe in a month.", [500 / 30.4375]),
        ("Russia took 500 sq. kms in a month.", [500 / 30.4375]),
        ("The army advanced 10 klicks in a day.", [10000]),
    ],
)
def test_unit_spellings_with_hyphens_and_slang(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a possessive before an adjectival length
        ("The Canadians' four-day advance covered 14 miles.", [14 * 1609.344 / 4]),
        ("Russia's 10-day offensive gained 100 km².", [10]),
        ("Russia's 10 divisions advanced 100 km.", []),
        # a start, then the end named before the figure (both dates counted)
        ("The attack began on 8 August; by 11 August the Canadians had advanced 14 miles.",
         [14 * 1609.344 / 4]),
        ("The offensive, launched on 6 August, had by 12 August taken 1,000 km².", [1000 / 7]),
        # the day an attack began is when, not how long
        ("The attack began on 8 August; the Canadians advanced 14 miles by the 11th.", []),
    ],
)  # fmt: skip
def test_possessive_lengths_and_spans_ended_before_the_figure(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second subject with its verb and basis left out, its clause ending at the figure
        ("Tank armies advanced 40–50 km a day, rifle armies 20–25 km.", [40000, 20000]),
        ("Russia took 20 km² a day, the British 15 km².", [20, 15]),
        # a total of another size is not gapped into a rate
        ("The army advanced 20 km a day, covering 300 km.", [20000]),
    ],
)
def test_a_gapped_second_subject_keeps_the_first_basis(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected", "period"),
    [
        ("The operation lasted 23 days, during which Soviet forces advanced up to 500 km.",
         [500000 / 23], "lasted 23 days"),
        ("The offensive ran for five days, during which the Germans gained 12 miles.",
         [12 * 1609.344 / 5], "ran for five days"),
        ("The operation, which lasted 23 days, saw an advance of 500 km.", [500000 / 23],
         "which lasted 23 days"),
        ("By the end of the operation's first week, the front had advanced 250 km.",
         [250000 / 7], "By the end of the operation's first week"),
        ("The battle lasted four months and the British gained 6 miles.", [], ""),
    ],
)  # fmt: skip
def test_an_events_length_referred_back_to_and_a_possessive_first_week(sentence, expected, period):
    table = extract_rates(sentence)
    assert list(table["canonical_low"]) == pytest.approx(expected)
    assert list(table["period"]) == ([period] if expected else [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # to the publication date, 20 November 2025: 20 days of the month, 324 of the year
        ("So far this month, Russian forces have captured 300 km².", [15]),
        ("So far this year, Russia has captured 3,000 km².", [3000 / 324]),
        ("Russia has captured 300 km² month-to-date.", [15]),
        # two days named is never the first of them alone: both days, 2 km over two
        ("Russian forces advanced 2 km in the Kupiansk direction on November 18 and 19.", [1000]),
    ],
)
def test_so_far_this_month_and_two_days_named(sentence, expected):
    assert _lows(sentence, published="2025-11-20") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the size a held area was grown to, and how deep drones strike
        ("Russia expanded its buffer zone to 10 km in a month.", []),
        ("Russian drones can strike 25 km deep each day.", []),
        # growth by a distance is still ground taken
        ("Ukraine expanded the bridgehead by 10 km in a week.", [10000 / 7]),
    ],
)
def test_areas_grown_to_a_size_and_drone_strikes_are_no_advance(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # supplies, supply lines, works built and aircraft
        ("The Panzers carried fuel for 150 km a day of operations.", []),
        ("Supply lines stretched 500 miles in a month.", []),
        ("The Germans had built defences 5 miles deep in two years.", []),
        ("Bombers ranged 600 miles a day over Germany.", []),
        # armies that pass through lines or run short of fuel still advance
        ("Troops broke through the lines 5 km in a day.", [5000]),
        ("Despite fuel shortages the army advanced 30 km a day.", [30000]),
    ],
)
def test_supplies_works_and_aircraft_are_no_advance(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Heavy rains covered 300 km² in a day.", []),
        ("The ash cloud spread 500 km in a day.", []),
        ("Locusts swept over 300 km² in a week.", []),
        # an operation named for a storm still advances
        ("Operation Desert Storm covered 300 km in 100 hours.", [72000]),
    ],
)
def test_weather_ash_and_swarms_are_no_advance(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a share of the whole set off by commas, between an area and its period
        ("Russia took 4,000 km², about 0.7% of Ukraine, in 2024.", [4000 / 366]),
        # a longer period between "advances" and "totalled"
        ("Russian advances in the first half of 2025 totalled 2,800 km².", [2800 / 181]),
        # holdings stay holdings
        ("Russia now holds territory totalling 116,000 km², about 19% of Ukraine, in 2025.", []),
    ],
)
def test_shares_as_asides_and_totals_after_a_long_period(sentence, expected):
    assert _lows(sentence, published="2025-07-05") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # in a change between two months' figures, "by March" names the second month
        ("Gains fell from 627 km² in November to 203 km² by March.", [627 / 30, 203 / 31]),
        # a date, or "by" with no change before it, is not a month's total
        ("Gains fell from 627 km² in November to 203 km² by March 5.", [627 / 30]),
        ("Russia had taken 627 km² by March.", []),
    ],
)
def test_by_a_month_in_a_change_between_months(sentence, expected):
    assert _lows(sentence, published="2025-04-10") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected", "qualifier"),
    [
        # a hedge after the amount is part of it: the period still follows it
        ("They advanced 20 km or more in a week.", [20_000 / 7], "or more"),
        ("They pushed forward 5 miles or thereabouts in two days.", [5 * 1609.344 / 2],
         "or thereabouts"),
        ("Troops gained 300 metres at most on Monday.", [300], "at most"),
        ("They advanced 20 km (12 miles) or so in a week.", [20_000 / 7], "or so"),
        # and so is a position after it
        ("On Tuesday, photos put the soldiers only three miles or so from the city.", [], None),
        ("The town lies 30 km or so away.", [], None),
    ],
)  # fmt: skip
def test_a_hedge_after_the_amount_belongs_to_it(sentence, expected, qualifier):
    table = advrate.extract_rates(sentence)
    assert list(table["canonical_low"]) == pytest.approx(expected)
    if qualifier:
        assert list(table["qualifier"]) == [qualifier]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a connective or focusing adverb before a clause's period
        ("So far in 2024, Russia has taken 2,700 km².", [2700 / 330]),
        ("Thus far in 2024, Russia has taken 2,700 km².", [2700 / 330]),
        ("Just last week, Russian troops gained 120 km².", [120 / 7]),
        ("Even in the first week, the Germans advanced 60 km.", [60_000 / 7]),
        # a time within a period is not the period: nothing is guessed
        ("Earlier this month, Russia took 300 km².", []),
        ("Russia took 3,000 km² earlier this year.", []),
        ("Late last month, Russia took 300 km².", []),
        ("Later in the day the tanks advanced another 10 km.", []),
    ],
)
def test_adverbs_before_a_lead_period_and_times_within_a_period(sentence, expected):
    assert _lows(sentence, published="2024-11-25") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russian forces advanced 2 km in the Kupiansk direction on November 18 and 19.", [1000]),
        ("On 18 and 19 November, troops advanced 6 km.", [3000]),
        ("Troops advanced 6 km on 18 and 21 November.", []),
    ],
)
def test_two_days_running_are_two_days(sentence, expected):
    assert _lows(sentence, published="2024-11-25") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year alone, or a counted span, as the subject of its clause
        ("2024 saw Russia capture 4,000 km².", [4000 / 330]),
        ("The first 10 days of the attack saw the brigade gain 25 km.", [2500]),
        # but a past war's line does not advance for a whole year
        ("1944 saw the Allies advance 600 miles.", []),
        # one subject, both verbs: the length it lasted is the period of its gain
        ("The offensive lasted 10 days and gained 25 km.", [2500]),
        # on the move that long, then the distance: one subject, both predicates
        ("The column was on the road eleven days and covered 230 miles.", [230 * 1609.344 / 11]),
        ("The push took 10 days and gained 25 km.", [2500]),
        ("The offensive took 10 villages and gained 25 km in a week.", [25_000 / 7]),
        # a length and a distance, both adjectives of one advance
        ("Their three-day, 40-mile advance brought them to the river.", [40 * 1609.344 / 3]),
        ("The 40-mile, three-day drive ended at the river.", [40 * 1609.344 / 3]),
        ("After a two-week lull, a 20-km advance followed.", []),
        ("The 12-hour, 20-km dash ended at dawn.", []),
    ],
)
def test_subjects_lasted_and_length_adjectives(sentence, expected):
    assert _lows(sentence, published="2024-11-25") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # floods and mines spread over land; supplies travel to the front
        ("The flooding covered 600 square kilometres within two days.", []),
        ("Minefields covering 174,000 square kilometres were laid over two years.", []),
        ("The mined area grew by 2,000 square kilometres in a year.", []),
        ("Each day the convoy travelled 300 km to resupply the front.", []),
        ("Trucks drove 300 km a day carrying fuel to the front.", []),
        # held ground that grew is still ground taken
        (
            "The area under Russian control grew by 2,000 square kilometres in a year.",
            [2000 / 365.25],
        ),
        ("The convoy advanced 40 km in a day to relieve the garrison.", [40_000]),
    ],
)
def test_floods_mines_and_supply_runs_are_no_advance(sentence, expected):
    assert _lows(sentence, published="2024-11-25") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "published", "expected", "year"),
    [
        # a month without its year takes the year of the month named before it
        ("Russia captured 725 km² in November 2024 and 593 km² in December.", "2025-12-01",
         [725 / 30, 593 / 31], "2024"),
        ("In November 2024 Russia took 725 km²; in January it took 400 km².", "2025-12-10",
         [725 / 30, 400 / 31], "2025"),
        # a month still under way at the publication date keeps the usual reading
        ("Russia captured 725 km² in November 2024 and 593 km² in December.", "2024-12-20",
         [725 / 30, 593 / 20], None),
    ],
)  # fmt: skip
def test_a_month_takes_its_year_from_the_sentence(sentence, published, expected, year):
    table = advrate.extract_rates(sentence, published=published)
    assert list(table["canonical_low"]) == pytest.approx(expected)
    if year:
        assert f"{year} taken from" in table["note"].iloc[-1]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia claimed to have destroyed targets up to 100 km deep in the past week.", []),
        ("Russian missiles hit targets 100 km deep in a day.", []),
        ("The soldiers trained for 12 weeks and marched 20 km a day during exercises.", []),
        ("During the exercise, tanks advanced 30 km a day.", []),
        ("Russia advanced 10 km in a week, according to exercise planners.", [10_000 / 7]),
    ],
)
def test_targets_struck_and_exercises_are_no_advance(sentence, expected):
    assert _lows(sentence, published="2024-11-25") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia's monthly gains have hovered around 500 km² since the summer.", [500 / 30.4375]),
        ("Weekly gains remained at about 100 km² through October.", [100 / 7]),
        ("Daily gains held steady at 20 km² in November.", [20]),
        ("The per-day average was 27 km².", [27]),
    ],
)
def test_more_linking_verbs_and_per_day_as_an_adjective(sentence, expected):
    assert _lows(sentence, published="2024-11-25") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count of weeks or days of a month is that count, not the whole month
        ("In the first three weeks of August, Russia took 300 km².", [300 / 21]),
        ("In the first ten weeks of 2024, Russia took 1,000 km².", [1000 / 70]),
        ("Russia took 300 km² in the first 20 days of August.", [15]),
        # "by the end of" a week of a month is a point in time: it may count from before
        ("By the end of the first week of August, Russia had taken 100 km².", []),
        ("Within four days of the start, the Canadians had advanced 14 miles.",
         [14 * 1609.344 / 4]),
        # quarters and halves without a year, and a span of months named as a period
        ("Russian forces seized 900 km² in Q3.", [900 / 92]),
        ("In Q3, Russian forces seized 900 km².", [900 / 92]),
        ("Russian forces seized 900 km² in Q4.", [900 / 56]),
        ("Russia captured 2,000 km² during the January-June period.", [2000 / 182]),
    ],
)  # fmt: skip
def test_counts_of_a_month_quarters_and_named_spans(sentence, expected):
    assert _lows(sentence, published="2024-11-25") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russian forces captured 300 km² in the third quarter.", [300 / 92]),
        ("Russian forces captured 300 km² in the October 1-20 period.", [15]),
        # gains since a date, as the subject of the verb that totals them
        ("Russian gains since November 1 totalled 300 km².", [12]),
        ("Russian gains since the start of the year total 3,000 km².", [3000 / 330]),
        # but a record since a date says how rare, not how long
        ("The largest weekly gain since 2022 was 235 km².", [235 / 7]),
        ("Russia took 300 km² in the last quarter.", []),
    ],
)
def test_bare_quarters_named_date_spans_and_gains_since(sentence, expected):
    assert _lows(sentence, published="2024-11-25") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The division charged 12 km in three days.", [4000]),
        ("In three days the division forged ahead 12 km.", [4000]),
        ("On the first day, the division punched 800 metres.", [800]),
        ("The division slogged 12 km in three days.", [4000]),
        # a sector or a strip is a width held, not a depth gained
        ("The battalion was charged with holding a 12 km sector for a week.", []),
        ("The brigade held a 12-km section of the front for a month.", []),
    ],
)
def test_more_verbs_of_advance_and_sectors_held(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russian forces swallowed 300 km² in October.", [300 / 31]),
        ("Last week Ukraine recovered about 120 sq km.", [120 / 7]),
        ("In October, Russian forces surrendered 300 square kilometres.", [300 / 31]),
        # a length of works or of a road is not a depth of ground
        ("Soldiers abandoned 30 km of trenches in a week.", []),
        ("The army recovered 40 km of railway in a week.", []),
        ("Russia captured 20 miles of the main road in two days.", []),
        ("Troops advanced 30 km along the road in a week.", [30_000 / 7]),
    ],
)
def test_more_verbs_of_taking_and_lengths_of_works(sentence, expected):
    assert _lows(sentence, published="2024-11-25") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the Russian verst (500 sazhen, 1,066.8 m), defined in advrate's pint registry
        ("The army covered 30 versts in a day.", [30 * 1066.8]),
        ("They advanced 10 kilometres every other day.", [5000]),
        # the mile named as older accounts name it
        ("The army marched 25 English miles a day.", [25 * 1609.344]),
        ("The army moved 15 statute miles a day.", [15 * 1609.344]),
    ],
)
def test_versts_and_every_other_day(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # places may stand between a rate and a coordinated second figure
        ("The pace was 2 km a day in the south and 1 km in the north.", [2000, 1000]),
        ("At the Somme the rate was 80 meters per day, at Galicia 1,580 meters.", [80, 1580]),
        ("Russian forces gained 20-25 km² weekly in Donetsk, 10 km² elsewhere.", [20 / 7, 10 / 7]),
        # but not a verb of its own
        ("Russia advanced 5 km a week, and captured 100 km² of territory.", [5000 / 7]),
    ],
)
def test_places_between_a_rate_and_a_coordinated_figure(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the same rate for a parallel place or subject, unit and basis left out
        ("Advances averaged 100 metres a day at Verdun and 80 at the Somme.", [100, 80]),
        ("The Somme saw 80 m/day; Galicia 1,580.", [80, 1580]),
        ("The Germans managed 10 miles a day, the British only 3.", [16093.44, 4828.032]),
        # a month is a period, not a place: the figure is read once
        ("Russia advanced 16 km² a day in March and 23 in February.", [16, 23]),
        ("Russia took 20 km² a day, up 5 on October.", [20]),
    ],
)
def test_a_rate_for_a_parallel_place_or_subject(sentence, expected):
    assert _lows(sentence, published="2024-11-25") == pytest.approx(expected)


def test_plus_after_a_number_is_a_lower_bound():
    table = advrate.extract_rates("Russia took 4,000-plus km² in October.", published="2024-11-25")
    assert list(table["canonical_low"]) == pytest.approx([4000 / 31])
    assert list(table["qualifier"]) == ["plus"]
    assert advrate.parse_rate("4,000-plus km² per day").bound == "lower"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Shelling hit 30 settlements across 200 km² in a single day.", []),
        ("The evacuation covered 50 km² in three days.", []),
        ("Russia advanced across 300 km² of farmland in October.", [300 / 31]),
    ],
)
def test_areas_struck_or_evacuated_are_no_advance(sentence, expected):
    assert _lows(sentence, published="2024-11-25") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # reference marks copied with encyclopaedia text stand between nothing
        ("Russia took 300 km²[1] in October.", [300 / 31]),
        ("Russia took 300 km²[citation needed] in October.", [300 / 31]),
        ("On 7 September,[54] the Ukrainian military advanced over 20 km.", [20_000]),
        # a bracketed restatement is no reference mark
        ("Russia took 300 km² [116 sq mi] in October.", [300 / 31]),
    ],
)
def test_reference_marks_are_blanked(sentence, expected):
    table = advrate.extract_rates(sentence, published="2024-11-25")
    assert list(table["canonical_low"]) == pytest.approx(expected)
    for surface, start, end in table[["surface", "start", "end"]].itertuples(index=False):
        assert sentence[start:end] == surface


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        # "and a half" joined by hyphens, or before a scale word, is read whole
        ("They advanced one-and-a-half miles a day.", 1.5 * 1609.344, 1.5 * 1609.344),
        ("They advanced two and a half thousand yards in a day.", 2286, 2286),
        ("They advanced a half mile a day.", 804.672, 804.672),
        ("They advanced half a kilometre a day.", 500, 500),
        # "a kilometre or two" is one to two
        ("They advanced a kilometre or two a day.", 1000, 2000),
        ("They advanced a mile or two kilometres a day.", 2000, 2000),
    ],
)
def test_halves_and_one_or_two(sentence, low, high):
    table = advrate.extract_rates(sentence)
    assert list(table["canonical_low"]) == pytest.approx([low])
    assert list(table["canonical_high"]) == pytest.approx([high])


@pytest.mark.parametrize(
    "sentence",
    [
        # never a part of a figure read as the whole of it
        "They advanced one point five kilometres a day.",
        "They advanced 3-4-5 km a day.",
    ],
)
def test_malformed_figures_are_not_read_in_part(sentence):
    assert advrate.extract_rates(sentence).empty


def test_a_number_spelt_with_point_is_refused_with_a_reason():
    with pytest.raises(advrate.RateParseError, match="point"):
        advrate.parse_rate("one point five kilometres a day")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two number words joined are a range, never their sum
        ("They advanced 30 km in two-three weeks.", [30_000 / 21]),
        ("They advanced 30 km in one-and-a-half weeks.", [30_000 / 10.5]),
        ("They advanced 30 km in ten-and-a-half days.", [30_000 / 10.5]),
        ("They marched six hundred and forty-six miles in forty-eight days.",
         [646 * 1609.344 / 48]),
    ],
)  # fmt: skip
def test_number_words_join_only_as_english_joins_them(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_a_rate_restated_after_on_average_is_read_once():
    table = advrate.extract_rates("Russia gained 20 km² per day on average, or 600 km² a month.")
    assert list(table["canonical_low"]) == pytest.approx([20])
    assert list(table["restatement"]) == ["600 km² a month"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a distance left between two sides, not ground gained
        ("The distance to Pokrovsk shrank from 20 km to 5 km in a month.", []),
        ("The distance between the armies fell to 5 km in a week.", []),
        # but the distance closed is
        ("The distance to Pokrovsk shrank by 15 km in a month.", [15_000 / 30.4375]),
    ],
)
def test_a_distance_left_is_not_ground_gained(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a held area's size, then and now, is no gain
        ("The bridgehead grew from 10 km² to 50 km² in a week.", []),
        ("Russian-held territory in Kursk shrank from 1,300 km² to 500 km² in two months.", []),
        # a daily or monthly rate word before a change gives both values its basis
        ("Russian daily gains rose from 15 km² to 25 km² in October.", [15, 25]),
        ("Russian monthly gains fell from 700 km² to 400 km².", [700 / 30.4375, 400 / 30.4375]),
    ],
)
def test_changes_of_a_held_area_and_of_a_daily_rate(sentence, expected):
    assert _lows(sentence, published="2024-11-25") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On 12 October, 3 battalions advanced 2 km.", [2000]),
        ("On June 3, 2024, the division advanced 20 km.", [20_000]),
        # a list of days is never its first day alone
        ("On June 3, 4 and 5 the division advanced 20 km.", []),
        ("On June 3, 4, 5 the division advanced 20 km.", []),
    ],
)
def test_a_count_after_a_dated_comma_is_no_list_of_days(sentence, expected):
    assert _lows(sentence, published="2024-11-25") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("By day three, troops had advanced 10 km.", [10_000 / 3]),
        ("By day 10 of the offensive, troops had advanced 50 km.", [5000]),
        ("Three days in, the attack had gained 10 km.", [10_000 / 3]),
        ("Day three of the offensive saw troops advance 10 km.", [10_000]),
        ("Three days in a row, troops advanced 10 km.", []),
    ],
)
def test_days_counted_into_an_offensive(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a judgement of size, or what the ground was, set off by commas before the period
        ("Russia took 725 km², a record, in November.", [725 / 30]),
        ("Russia took 725 km², the most since 2022, in November.", [725 / 30]),
        ("Russia took 725 km² of land, mostly farmland, in November.", [725 / 30]),
        # a comparison's "since" is never the period
        ("Russia took 725 km², the most since 2022.", []),
    ],
)
def test_judgements_of_size_as_asides(sentence, expected):
    assert _lows(sentence, published="2024-12-05") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "published", "days"),
    [
        # a span whose last year or month is still under way counts to the publication
        ("Russia took 3,000 km² from 2022 to 2024.", "2024-11-25", 1060),
        ("Russia took 3,000 km² from 2022 to 2024.", "2025-03-01", 1096),
        ("Russia took 900 km² from September to November.", "2024-11-25", 86),
        ("Russia took 900 km² from September to November.", "2024-12-25", 91),
    ],
)
def test_a_span_under_way_counts_to_the_publication(sentence, published, days):
    amount = 3000 if "3,000" in sentence else 900
    assert _lows(sentence, published=published) == pytest.approx([amount / days])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They advanced 30 km in one night.", [30_000]),
        ("In a single night the brigade advanced 8 km.", [8000]),
        ("They advanced 8 km during the night.", [8000]),
    ],
)
def test_a_night_is_at_most_one_day(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a rate written as one hyphenated adjective
        ("Patton's tanks kept up a 50-mile-a-day advance through France.", [50 * 1609.344]),
        ("The Russian offensive has slowed to a 100-metre-a-day crawl.", [100.0]),
        ("The march continued at a 15-mile-per-day rate.", [15 * 1609.344]),
        ("The army's 20-miles-a-day march astonished observers.", [20 * 1609.344]),
        ("Russia's 20-square-kilometre-a-day gains continued in November.", [20.0]),
        # speeds, supply runs and training stay unread
        ("The tanks rolled along at a 30-mile-an-hour clip.", []),
        ("The trucks made a 300-km-a-day supply run to the front.", []),
        ("Soldiers did a 25-km-a-day training march.", []),
    ],
)  # fmt: skip
def test_a_rate_written_as_a_hyphenated_adjective(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a length of time, then a relative clause that holds the figure
        ("After a march of nineteen days, during which they had covered 300 miles, the army "
         "rested.", [300 * 1609.344 / 19]),
        ("There followed a fortnight of hard fighting, in the course of which the line "
         "advanced five miles.", [5 * 1609.344 / 14]),
        ("The offensive was halted after six weeks, in which time the Allies had gained 7 miles.",
         [7 * 1609.344 / 42]),
        ("The battle went on for 141 days, in the course of which the British advanced six "
         "miles.", [6 * 1609.344 / 141]),
        # a point in time, or no advance in the clause, lends nothing
        ("Three days later, by which time the column had covered 40 miles, the rain began.", []),
        ("The siege lasted 3 months, during which the town was shelled from 20 km away.", []),
    ],
)  # fmt: skip
def test_a_period_whose_during_which_clause_holds_the_figure(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a route named after the distance, then the journey done in a period
        ("The 140 miles from Kimberley to Bloemfontein were covered in a week.",
         [140 * 1609.344 / 7]),
        ("The distance of 90 km from San Carlos to Stanley was covered in three weeks.",
         [90000 / 21]),
        ("The whole distance, 140 miles, was accomplished in nine days.", [140 * 1609.344 / 9]),
        # a distance between places with no journey done stays a position
        ("The 40 miles from Paris to Meaux were the scene of heavy fighting in 1914.", []),
        ("Kharkiv is 40 km from Belgorod, which was reached in a week.", []),
    ],
)  # fmt: skip
def test_a_route_covered_in_a_period(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the length inside the subject's noun phrase: "the march of the next four days"
        ("The march of the next four days carried the column eighty miles.",
         [80 * 1609.344 / 4]),
        ("The pursuit of six days brought the cavalry 100 miles.", [100 * 1609.344 / 6]),
        ("The fighting of the first ten days had gained the Allies 5 miles.",
         [5 * 1609.344 / 10]),
        ("The battle of the past two days saw 500 killed.", []),
    ],
)  # fmt: skip
def test_a_length_inside_the_subject_noun_phrase(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a figure "a month earlier" is of the month before the one named
        ("In October Russia took 500 km², compared to 600 km² a month earlier.",
         [500 / 31, 600 / 30]),
        ("In February 2025 Russia took 300 km², compared with 350 km² a year earlier.",
         [300 / 28, 350 / 29]),
        ("In 2024 Russia took 4,000 km², compared with 580 km² a year earlier.",
         [4000 / 366, 580 / 365]),
        ("Last week Russia took 100 km², compared to 150 km² a week earlier.", [100 / 7, 150 / 7]),
        # a half year earlier is not told from "a year earlier": unread, not guessed
        ("In the first half of 2025 Russia took 2,000 km², compared with 1,500 km² a year "
         "earlier.", [2000 / 181]),
    ],
)  # fmt: skip
def test_a_figure_a_month_or_year_earlier_than_the_period_named(sentence, expected):
    assert _lows(sentence, published="2025-11-20") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after a gain, a size, a share's whole or a stock is not lent the gain's period
        ("In October Russia took 500 km², bringing its total for the year to 4,000 km².",
         [500 / 31]),
        ("In October, Russia took 500 km², and now occupies 113,000 km².", [500 / 31]),
        ("In October, Russia took 500 km², or 0.1% of Ukraine's 603,000 km².", [500 / 31]),
        ("In October Russia advanced 500 km², roughly the size of Atlanta (350 km²).",
         [500 / 31]),
        ("In the week to Sunday Russian forces captured 120 km², an area twice the size of "
         "Manhattan's 59 km².", [120 / 7]),
        # the gain itself, however its verb is tensed, is still read
        ("Russian forces occupied 3,000 km² in 2024.", [3000 / 366]),
    ],
)  # fmt: skip
def test_sizes_shares_and_stocks_after_a_gain_are_not_gains(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a whole that a share is of, a target, or a weapon's reach is not ground taken
        ("In a week the division advanced 20 km, a tenth of the 200 km to Berlin.", [20000 / 7]),
        ("In a week they covered half of the 100 miles to the coast.", []),
        ("In a day the brigade covered 30 km, half the 60 km planned.", [30000.0]),
        ("In a week they advanced 20 miles, against the 50 miles Montgomery had promised.",
         [20 * 1609.344 / 7]),
        ("In a month Russia advanced 8 km, out of the 40 km it needs to reach Kramatorsk.",
         [8000 / 30.4375]),
        ("In five days, the column advanced 60 miles, double its planned 30 miles.",
         [60 * 1609.344 / 5]),
        ("In a day the army advanced 5 km, and its artillery can reach 40 km.", [5000.0]),
        ("Tanks can travel 300 km on one tank of fuel in a day.", []),
        # a share of the distance restated as the advance itself is still read
        ("Russia has driven a third of the distance to Germany – a swift 110-mile advance in "
         "six days.", [110 * 1609.344 / 6]),
    ],
)  # fmt: skip
def test_shares_targets_and_reaches_are_not_ground_taken(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_a_gain_compared_as_a_share_keeps_its_own_period():
    sentence = "Russia took 500 km² in October, more than double the 240 km² it took in September."
    assert _lows(sentence) == pytest.approx([500 / 31, 240 / 30])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a measure of a thing, not ground taken
        ("In June the front moved 10 km, the first movement along its 1,000 km length in "
         "months.", [10000 / 30]),
        ("In three days the Marines advanced 25 miles through a 10-mile-deep defensive belt.",
         [25 * 1609.344 / 3]),
        # the depth of the advance itself is read
        ("In three days the Marines pushed 10 miles deep into the defences.",
         [10 * 1609.344 / 3]),
    ],
)  # fmt: skip
def test_lengths_and_depths_of_things_are_not_advances(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the size of one place is not ground taken
        ("In October Russia took 450 km², including the 12 km² town of Kurakhove.", [450 / 31]),
        ("Last month Russia captured Vuhledar, a town covering 5 km², after a two-year siege.",
         []),
        # what was taken, measured, is
        ("Russian forces seized 30 villages covering 500 km² in October.", [500 / 31]),
        ("Ukraine retook 12 km² near the city of Kupiansk in a week.", [12 / 7]),
    ],
)  # fmt: skip
def test_the_size_of_a_place_is_not_ground_taken(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # gapping after "and" without a comma: the second subject's verb and basis left out
        ("The infantry made 15 miles a day and the cavalry 30 miles.",
         [15 * 1609.344, 30 * 1609.344]),
        ("Russia gained 20 km² a day and Ukraine 5 km².", [20.0, 5.0]),
        # a clause that goes on past its figure is no gapped rate
        ("The column advanced 15 miles a day and reached Paris 30 miles away.",
         [15 * 1609.344]),
    ],
)  # fmt: skip
def test_gapping_after_and(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what was achieved in a period, then the figure it came to
        ("All the Germans managed in a week was 2 miles.", [2 * 1609.344 / 7]),
        ("The best the British could do in four months was six miles.",
         [6 * 1609.344 / (4 * 30.4375)]),
        ("The most the guns could do in a day was fire 30 km.", []),
    ],
)  # fmt: skip
def test_what_was_achieved_in_a_period(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside between a verb of movement and its figure does not part them
        ("The most the Russians achieved in December was to advance, in the course of heavy "
         "fighting, between fifteen and forty miles.", [15 * 1609.344 / 31]),
        ("In a week the Germans advanced, despite heavy losses, 20 miles.", [20 * 1609.344 / 7]),
        # a size said "in area" is not ground taken
        ("Last week Russia captured the town of Avdiivka, 10 km² in area.", []),
    ],
)  # fmt: skip
def test_an_aside_between_verb_and_figure(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        # a year counted "so far" ends on the date it is given to, not on publication
        "Russia has gained 2,356 km² this year through November 18.",
        "Russia has gained 2,356 km² so far this year, up to 18 November.",
        "ISW assessed that Russian forces gained 2,356 km² in 2025 as of November 18.",
    ],
)
def test_a_year_so_far_ends_on_the_date_given(sentence):
    assert _lows(sentence, published="2025-11-20") == pytest.approx([2356 / 322])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one period after "respectively" is every listed figure's
        ("The First and Third Armies advanced 20 and 30 miles respectively in a week.",
         [20 * 1609.344 / 7, 30 * 1609.344 / 7]),
        ("The First and Third Armies advanced 20 miles and 30 miles, respectively, in the first "
         "week.", [20 * 1609.344 / 7, 30 * 1609.344 / 7]),
        ("The two corps advanced 20 and 30 miles respectively, in heavy fighting.", []),
    ],
)  # fmt: skip
def test_one_period_after_respectively_is_every_figures(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_numbers_listed_before_a_rate_given_respectively_share_its_basis():
    sentence = "The tank and rifle armies advanced 40, 30 and 20 km a day respectively."
    assert _lows(sentence) == pytest.approx([40000.0, 30000.0, 20000.0])


def test_the_week_of_a_weekly_report():
    sentence = (
        "During the week, units of the Dnepr group liberated 12 square kilometres of territory."
    )
    assert _lows(sentence) == pytest.approx([12 / 7])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a length dated by a month: the length is the period, the month only when
        ("Over a ten-day stretch in August, Russia took 200 km².", [20.0]),
        ("Over two weeks in late October, Russian forces advanced 12 km.", [12000 / 14]),
        ("In August, Russia took 200 km².", [200 / 31]),
        # and with no comma
        ("In ten days in August Russia took 200 km².", [20.0]),
        ("During two weeks in October Russia took 300 km².", [300 / 14]),
        ("In 2024 in August Russia took 200 km².", [200 / 31]),
    ],
)  # fmt: skip
def test_a_length_dated_by_a_month_before_the_comma(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the time an advance took, in more of the ways it is said
        ("Four days were needed to cover the 20 miles to the river.", [20 * 1609.344 / 4]),
        ("The 20-mile advance to the river took four days.", [20 * 1609.344 / 4]),
        ("The division spent four days advancing 20 miles.", [20 * 1609.344 / 4]),
        ("The Germans spent a week covering 30 miles.", [30 * 1609.344 / 7]),
        ("The division spent four days resting 20 miles behind the front.", []),
    ],
)  # fmt: skip
def test_the_time_an_advance_took_said_other_ways(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "up to" closes a range as "to" does
        ("Russian troops advanced from 15 up to 20 km a day.", [15000.0, 20000.0]),
        ("Russian troops advanced 15 km up to 20 km a day.", [15000.0, 20000.0]),
    ],
)  # fmt: skip
def test_a_range_closed_by_up_to(sentence, expected):
    rates = extract_rates(sentence)
    assert [*rates["canonical_low"], *rates["canonical_high"]] == pytest.approx(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        # the same period a year before the one named, counted in that year's calendar
        "Russia took 3,000 km² in the first nine months of 2025, compared with 2,500 km² in "
        "the same period last year.",
        "Russia took 3,000 km² in the first nine months of 2025, against 2,500 km² over the "
        "same period a year earlier.",
    ],
)
def test_the_same_period_last_year(sentence):
    assert _lows(sentence) == pytest.approx([3000 / 273, 2500 / 274])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a figure that divides ("per 10 km") or a flight is no ground taken
        ("The Russians lost 40 tanks per 10 km of advance last month.", []),
        ("Russia paid 1,000 men for every 1 km² last month.", []),
        ("Shahed drones fly 2,500 km in a day.", []),
        ("The Russians advanced 10 km every day last week.", [10000.0]),
    ],
)  # fmt: skip
def test_figures_that_divide_and_flights(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year that dates one figure never opens a range up to the next
        ("Russia's gains rose from 500 km² in 2023 to 4,000 km² in 2024.",
         [500 / 365, 4000 / 366]),
        ("Gains fell from 700 km² in November 2024 to 200 km² in March 2025.",
         [700 / 30, 200 / 31]),
        ("Russia took 2023 km² in 2024.", [2023 / 366]),
        # nor does a day of a month, or a day or quarter counted
        ("Russia's weekly gains grew from 50 km² in the week to October 12 to 90 km² in the "
         "week to November 12.", [50 / 7, 90 / 7]),
        ("The advance slowed from 20 km a day on day 3 to 5 km a day on day 10.",
         [20000.0, 5000.0]),
        ("Russia's monthly gains went from 300 km² in Q2 to 500 km² in Q3.", [300 / 91, 500 / 92]),
        # while a range is still a range
        ("Russia took 5-10 km² a day in October.", [5.0]),
    ],
)  # fmt: skip
def test_a_year_dating_a_figure_opens_no_range(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ground cleared of an enemy is ground taken; land cleared of mines is not
        ("Ukrainian forces cleared 3 km² of Russian troops near Kupiansk in a week.", [3 / 7]),
        ("Over the past day, our units cleared 1.2 km² of the occupiers.", [1.2]),
        ("Sappers cleared 20 km² of Russian mines in a month.", []),
        ("Deminers cleared 400 km² of farmland in October.", []),
    ],
)  # fmt: skip
def test_ground_cleared_of_the_enemy(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ground returned to control, or de-occupied, is ground taken
        ("Ukrainian forces deoccupied 10 km² last week.", [10 / 7]),
        ("Ukraine returned 5 km² to Ukrainian control over the past day.", [5.0]),
        ("Ukraine brought 5 km² back under its control in a day.", [5.0]),
        # a unit returned to base, or ground held, is not
        ("The brigade returned to base 20 km behind the front after a week under Ukrainian "
         "control.", []),
        ("Russia has 110,000 km² under its control as of October.", []),
    ],
)  # fmt: skip
def test_ground_returned_to_control(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year that owns the figure, or a part of itself
        ("2024's 4,000 km² gain was a record.", [4000 / 366]),
        ("In 2024's first half, Russia took 2,000 km².", [2000 / 182]),
        ("During 2025's third quarter Russia took 1,500 km².", [1500 / 92]),
        # an old year dates a march, as "in 1944" does
        ("1944's 600-mile dash across France was Patton's.", []),
    ],
)  # fmt: skip
def test_a_year_that_owns_the_figure(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a wedge driven in, or an infiltration, is ground entered
        ("Russian units wedged in to a depth of up to 5 km over the past three days.", [5000 / 3]),
        ("Russian assault groups infiltrated up to 2 km over the past day.", [2000.0]),
    ],
)  # fmt: skip
def test_wedges_and_infiltrations(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        # an aside on where the ground lay, or on what the figure is, parts it from its period
        "Russia took 500 km², the bulk of it in Donetsk oblast, during October.",
        "Russia took 500 km², all of it in the east, in October.",
        "Russia took 500 km², a figure disputed by Kyiv, in October.",
    ],
)
def test_asides_on_the_figure_before_its_period(sentence):
    assert _lows(sentence) == pytest.approx([500 / 31])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a period as the subject of "have seen", or counted in hours
        ("The past seven days have seen Russian forces advance 12 km.", [12000 / 7]),
        ("The past 24 hours saw Russian troops advance 2 km.", [2000.0]),
        ("Residents have seen Russian forces advance 12 km toward the town.", []),
    ],
)  # fmt: skip
def test_a_period_that_has_seen_the_advance(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("October's gains stood at 500 km².", [500 / 31]),
        ("For the week, Russian gains were 120 km².", [120 / 7]),
        ("October's total territory held was 113,000 km².", []),
    ],
)  # fmt: skip
def test_a_month_owning_gains_that_stood_at_a_figure(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a figure alone between brackets or dashes, its period after the closing mark
        ("Russia captured territory (about 2,600 square kilometres) in 2024.", [2600 / 366]),
        ("Russia captured territory — about 2,600 square kilometres — in 2024.", [2600 / 366]),
        ("Russian forces took more ground - roughly 500 km² - in October than in any month.",
         [500 / 31]),
        # ground taken, likened to a place, and measured
        ("Russia captured an area roughly the size of Luxembourg (2,586 sq km) in 2024.",
         [2586 / 366]),
        ("In 2024 Russia seized an area the size of Luxembourg — about 2,586 km² — in the east.",
         [2586 / 366]),
        # a place's size stays a size
        ("Russia took 500 km² in October, roughly the size of Atlanta (350 km²).", [500 / 31]),
        ("The town (12 km²) fell to Russian forces in 2024.", []),
        ("Russia captured Avdiivka (30 km²) in February 2024.", []),
    ],
)  # fmt: skip
def test_a_figure_enclosed_before_its_period(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # how usual a daily figure was, and a possessive day that averaged
        ("The Third Army's daily gains were often 30 miles or more.", [48280.32]),
        ("Daily advances were sometimes as much as 40 km.", [40000.0]),
        ("Each day's advance averaged less than two miles.", [3218.688]),
        ("The day's advance amounted to eight miles.", [12874.752]),
        ("Daily gains were often reported by the ministry.", []),
    ],
)  # fmt: skip
def test_a_daily_figure_said_to_be_usual(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a total, then the average it gives: two figures, the unit of the second often left out
        ("Since January, Russian forces have taken 3,900 km², or about 12 km² a day.",
         [3900 / 324, 12.0]),
        ("Russia took 500 square kilometres in October, or roughly 16 per day.", [500 / 31, 16.0]),
        ("Russia took 500 square kilometres in October, an average of 16 a day.",
         [500 / 31, 16.0]),
        ("Russia took 2,000 km² in three months, or about 150 a week.", [2000 / 91.3125, 150 / 7]),
        # in brackets the average restates the total; a bare number that is not the clause's
        # end is something else
        ("Russia took 500 square kilometres in October (about 16 square kilometres a day).",
         [500 / 31]),
        ("Russia took 500 km² in October, or 16 a day in casualties.", [500 / 31]),
    ],
)  # fmt: skip
def test_a_total_and_the_average_it_gives(sentence, expected):
    assert _lows(sentence, published="2025-11-20") == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a day that dates a report whose "that" is left out is not the advance's
        ("On Tuesday, the ministry said Russian troops had advanced 10 km.", []),
        ("On Tuesday, Russian troops advanced 10 km, the ministry said.", [10000.0]),
        # one day, owning the advance: "the first day's", "the next day's"
        ("The first day's advance was 8 miles.", [12874.752]),
        ("The next day's advance was 3 km.", [3000.0]),
    ],
)  # fmt: skip
def test_a_day_that_dates_a_report_or_owns_the_advance(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The week-long offensive netted Russia 80 square kilometres.", [80 / 7]),
        ("The month-long push gained Russia about 400 km².", [400 / 30.4375]),
        ("After a months-long battle, the Russians gained 5 km.", []),
    ],
)  # fmt: skip
def test_a_length_said_long_is_the_figures(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a rate word's link in any tense: the figure is still a month's, not the year's total
        ("Russia's monthly gains have averaged 450 km² this year.", [450 / 30.4375]),
        ("Russia's daily gains have reached 20 km² this month.", [20.0]),
        ("Daily gains had topped 30 km² in November.", [30.0]),
    ],
)  # fmt: skip
def test_a_rate_word_linked_in_the_perfect(sentence, expected):
    assert _lows(sentence, published="2025-11-20") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after a superlative, "in a year" or "in 18 months" says since when, not how long
        ("Russian forces advanced at their fastest pace in a year in November, seizing 505 sq km.",
         [505 / 20]),
        ("In November Russia made its biggest gains in 18 months, taking 505 km².", [505 / 20]),
        # but "in a week", "in a single day" after a record are the figure's own
        ("Russian forces set a new record for advances in a week, capturing 235 km².", [235 / 7]),
        ("Russia made its biggest gains in a single week, taking 200 km².", [200 / 7]),
    ],
)  # fmt: skip
def test_a_length_after_a_superlative_is_a_scope(sentence, expected):
    assert _lows(sentence, published="2025-11-20") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second figure written period first, its unit left out
        ("In 2024 Russia gained 4,168 km², and in the first ten months of 2025 about 4,600.",
         [4168 / 366, 4600 / 304]),
        ("Russia took 500 km² in October, but in November only 300.", [500 / 31, 300 / 20]),
        # a point in time, a share or a number of something else is no such figure
        ("Russia gained 4,168 km² in 2024, and by March 2025 held 113,000.", [4168 / 366]),
        ("Russia gained 4,168 km² in 2024, and in 2025 about 20%.", [4168 / 366]),
        ("Russia took 500 km² in October, but in November only 300 soldiers died.", [500 / 31]),
    ],
)  # fmt: skip
def test_a_follower_written_period_first(sentence, expected):
    assert _lows(sentence, published="2025-11-20") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a passive's agent stands between the figure and its period
        ("Eighty kilometres were gained by the Soviet spearheads in the first two days.",
         [40000.0]),
        ("Some 500 km² was captured by Russian forces in October.", [500 / 31]),
        # "by" a date is a point in time, not the agent
        ("Some 500 km² was captured by October.", []),
        ("About 500 km² was captured by Russia by the end of October.", []),
    ],
)  # fmt: skip
def test_a_passive_agent_before_the_period(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a month that dates the start of a counted length is not the figure's period
        ("In the 100 days after the offensive began in May 2024, Russia took 1,600 km².", [16.0]),
        ("In ten days in August, Russia took 200 km².", [20.0]),
        # a year named before "calendar year" is that year, never 2,024 of them
        ("In the 2024 calendar year Russia took 4,168 km².", [4168 / 366]),
    ],
)  # fmt: skip
def test_a_length_dated_by_its_start(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a month that owns the figure is its period, whatever else the clause names
        ("Russia's gains in December 2024 were down 40% from November 2024's 500 km².", [500 / 30]),
        ("In 2024 October's gains stood at 500 km².", [500 / 31]),
    ],
)  # fmt: skip
def test_a_month_owning_the_figure_beats_the_clauses_period(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a change by an amount, then the new value: only the value is a figure
        ("Russian gains rose by 50 km² to 550 km² in October.", [550 / 31]),
        ("Russian gains fell by 40 km² to 460 km² in October.", [460 / 31]),
        # a range of changes has no value; an advance "by 5 to 10 km" is a range
        ("Russian gains rose by 50 to 60 km² in October.", []),
        ("Russian troops advanced by 5 to 10 km in a week.", [5000 / 7]),
    ],
)  # fmt: skip
def test_a_change_by_an_amount_to_a_value(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list written as one sentence: each month labels its own figure
        ("Monthly gains in 2025 — January: 427 km²; February: 354 km²; March: 203 km².",
         [427 / 31, 354 / 28, 203 / 31]),
        ("Russian gains: January: 427 km²; February: 354 km².", [427 / 31, 354 / 28]),
        # a list headed by what is held is a list of stocks
        ("Occupied territory — November 2023: 109,000 km²; December 2023: 110,000 km².", []),
        ("Occupied territory: 109,000 km² in December 2023.", []),
        ("Area under Russian control, by month — November: 109,000 km²; December: 110,000 km².",
         []),
        # ground taken by a verb is still read
        ("Russia occupied territory of 500 km² in October.", [500 / 31]),
    ],
)  # fmt: skip
def test_lists_written_inline_and_lists_of_stocks(sentence, expected):
    assert _lows(sentence, published="2025-11-20") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what is held, said with the adjective, the present tense or a share restated
        ("Russian-occupied territory reached 116,000 km² in November.", []),
        ("Russia's occupied territory was 116,000 km² in November.", []),
        ("Russian troops occupy 113,000 km² after three years of war.", []),
        ("In November, Russia controlled 19.3% of Ukraine's territory, about 116,000 km².", []),
        # ground taken is still read, whatever the same words around it
        ("The occupied territory grew by 500 km² in October.", [500 / 31]),
        ("Russian troops managed to occupy 500 km² in October.", [500 / 31]),
        ("Russia took 0.7% of Ukraine, about 4,000 km², in 2024.", [4000 / 366]),
    ],
)  # fmt: skip
def test_territory_held_said_other_ways(sentence, expected):
    assert _lows(sentence, published="2025-11-20") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a front or a zone made wider gains width, not depth
        ("The Russian offensive began on a 10-km front and widened to 40 km within a week.", []),
        ("The offensive widened its front by 40 km in a week.", []),
        ("The evacuation zone was widened by 10 km in a week.", []),
        # troops carried by rail are moved, not advancing
        ("Rail lines carried troops 500 km in a week to the front.", []),
        # an advance on a wide front still advances
        ("Russian forces advanced on a wide front by 10 km in two days.", [5000.0]),
    ],
)  # fmt: skip
def test_width_gained_and_troops_carried_are_no_advance(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "approx." and "ca." qualify a period; military abbreviations end no sentence
        ("The division covered 370 km in approx. 4 days.", [92500.0]),
        ("The division covered 370 km in ca. 4 days.", [92500.0]),
        ("The U.S. 3rd Inf. Div. covered 370 km in approx. 100 hrs. during Op. Desert Storm.",
         [88800.0]),
    ],
)  # fmt: skip
def test_abbreviated_qualifiers_and_units(sentence, expected):
    table = extract_rates(sentence)
    assert list(table["canonical_low"]) == pytest.approx(expected)
    assert table["sentence"].iloc[0] == sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a basis said "for every" or "for each"
        ("They advanced 1 km for every 3 days of fighting.", [1000 / 3]),
        ("They advanced 1 km for each day of fighting.", [1000.0]),
        ("They gained a kilometre for every week of fighting.", [1000 / 7]),
        ("They lost 100 men for every km gained.", []),
    ],
)  # fmt: skip
def test_a_basis_for_every_unit(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two verbs of movement joined by "and" share the period that closes them
        ("Russia advanced 4 km and took 30 km² in a week.", [4000 / 7, 30 / 7]),
        ("Ukrainian troops advanced 1.5 km and liberated 2 km² near Andriivka in two days.",
         [750.0, 1.0]),
        # a rate after "and" lends no period; another verb lends nothing
        ("Russia advanced 4 km and took 30 km² a day.", [30.0]),
        ("Russia advanced 4 km and lost 300 men in a week.", []),
    ],
)  # fmt: skip
def test_coordinated_verbs_share_the_closing_period(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the year after", "the month after": the one after the one named, as "the following"
        ("Russia took 500 km² in 2023 and 3,500 km² the year after.", [500 / 365, 3500 / 366]),
        ("Russia took 500 km² in October 2024 and 600 km² the month after.", [500 / 31, 20.0]),
        # "the year after the invasion" is a date, not a period
        ("Russia took 500 km² in 2023 and 3,500 km² the year after the invasion.", [500 / 365]),
    ],
)  # fmt: skip
def test_the_unit_after_the_one_named(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the month a figure is compared with is not its period; the month before "than" is
        ("Russian gains in October were 40 km² lower than in September, at 460 km².", [460 / 31]),
        ("Russia gained 35% more territory in November 2024 than in October, 701 km² against "
         "519 km².", [701 / 30]),
        ("Russia took more ground than in September, some 460 km².", []),
    ],
)  # fmt: skip
def test_the_month_compared_with_is_not_the_figures(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a held area grown "to a depth of" a size states the size reached
        ("Within three days the bridgehead had been expanded to a depth of 12 km.", []),
        ("Russia expanded its buffer zone to a depth of 10 km in two months.", []),
        # troops that advanced to a depth advanced that far
        ("Our units advanced to a depth of up to 3 km over the week.", [3000 / 7]),
    ],
)  # fmt: skip
def test_a_held_area_grown_to_a_depth(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an area that made a month the best or worst, the month its subject
        ("At 460 km², October 2024 was Russia's best month that year.", [460 / 31]),
        ("October 2024, at 460 km², was Russia's best month that year.", [460 / 31]),
        ("With 460 km² taken, October 2024 was Russia's best month.", [460 / 31]),
        ("November 2024 was Russia's best month, at 725 km².", [725 / 30]),
        # a length in the wettest month is rain; a town's size is a size
        ("November was the wettest month, at 120 mm.", []),
        ("The town of 12 km² fell in November, Russia's best month.", []),
    ],
)  # fmt: skip
def test_an_area_that_made_a_month_the_best(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        # a comparison set off by commas stands between a figure and its period, and the
        # period it compares with is never the figure's
        "Russia took 1,500 km², more than in all of 2023, in just three months.",
        "Russia took more than in all of 2023, some 1,500 km², in just three months.",
        "Russia took 1,500 km² — more than in all of 2023 — in just three months.",
    ],
)
def test_a_comparison_between_a_figure_and_its_period(sentence):
    assert _lows(sentence) == pytest.approx([1500 / 91.3125])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the period compared with ("than in …", "as much as in …") is not the figure's
        ("In October, Russia took twice as much as in September, 500 km².", [500 / 31]),
        ("Russia took more territory in October than in the previous three months combined: "
         "500 km².", []),
        # a season after a figure is its own period, too vague to read; none is lent to it
        ("Russia took 500 km² in October, compared with 400 km² in the whole of the summer.",
         [500 / 31]),
        ("Russia took 500 km² in October and 400 km² in the summer.", [500 / 31]),
        ("In 2024 Russia took 4,000 km² in the autumn.", []),
        # a rate's basis is still carried into a season
        ("Russian forces advanced 10 km a day in the summer and 5 km in the autumn.",
         [10000.0, 5000.0]),
    ],
)  # fmt: skip
def test_periods_compared_with_and_seasons_are_not_lent(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a reported clause opens as a sentence does: its lead period is its figure's
        ("Analysts said that in 2024, Russian forces captured 4,168 square kilometers.",
         [4168 / 366]),
        ("The ministry reported that over the past week Russian troops advanced 3 km.",
         [3000 / 7]),
        ("Officials told Reuters that within a day, Ukrainian troops advanced up to two "
         "kilometers.", [2000.0]),
        ("Analysts said that on the first day, the Russian forces advanced 16 km.", [16000.0]),
        # the day a report came is still not the advance's
        ("On Tuesday, the ministry said that Russian troops had advanced 10 km.", []),
    ],
)  # fmt: skip
def test_a_lead_period_inside_a_reported_clause(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a sentence adverb before a lead period leaves it the clause's
        ("Meanwhile in five days, the Panzers had covered 200 miles.", [64373.76]),
        ("By comparison, in 2023 Russia took 500 km².", [500 / 365]),
        ("Still, over the past week Russian troops advanced 3 km.", [3000 / 7]),
        ("In all of October, Russian forces captured 300 square kilometres.", [300 / 31]),
    ],
)  # fmt: skip
def test_a_sentence_adverb_before_a_lead_period(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # months abbreviated with a full stop, "Sept." among them
        ("Compared to Sept.-Dec. 2024, when Russia captured 2,950 square kilometers, losses "
         "were high.", [2950 / 122]),
        ("From Sept. to Nov. 2024, Russia had seized more than 600 sq. miles.",
         [600 * 2.589988 / 91]),
        ("Nov. 2024 saw Russia's largest monthly advance, with 701 square kilometres captured.",
         [701 / 30]),
        ("In Sept. 2025 the army seized 225 square kilometers, nearly half of Aug. 2025's "
         "455 square kilometers.", [225 / 30, 455 / 31]),
    ],
)  # fmt: skip
def test_months_abbreviated_with_a_stop(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a total after a rate is never given the rate's basis
        ("Troops advanced about 70 meters daily, totaling roughly 50 kilometers.", [70.0]),
        ("Over two years, troops advanced about 70 meters daily, totaling roughly 50 kilometers.",
         [70.0, 50000 / 730.5]),
        # a gapped second subject still shares the basis
        ("Tank armies advanced 40-50 km a day, rifle armies 20-25 km.", [40000.0, 20000.0]),
    ],
)  # fmt: skip
def test_a_total_after_a_rate_keeps_no_basis(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a hedge on the upper end of a range, or on the last of a list, keeps it whole
        ("The French infantry marched from 25 to about 30 miles a day.", [40233.6]),
        ("Russian troops advanced between 2 and about 4 km a day.", [2000.0]),
        ("In August and September 2024, Russian advances measured 477 and about 459 square "
         "kilometers, respectively.", [477 / 31, 459 / 30]),
    ],
)  # fmt: skip
def test_a_hedge_on_the_upper_end_or_the_last_item(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the day a report came, named after the figure, is not its period
        ("Ukraine has liberated an area of over 400 square kilometers in the Kherson region, "
         "according to an army spokeswoman, Reuters reported on Nov. 20.", []),
        ("Russian troops advanced 2 km, the ministry said on Tuesday.", []),
        ("Russian troops advanced 2 km on Tuesday, the ministry said.", [2000.0]),
    ],
)  # fmt: skip
def test_the_day_of_a_report_after_the_figure(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a calibre is no distance; territory held "less than" a size is held
        ("Within a day, troops advanced 2 km; a 10.5-cm gun fired on Soviet troops.", [2000.0]),
        ("The militants hold less than one square kilometre of territory after a week of "
         "fighting.", []),
    ],
)  # fmt: skip
def test_calibres_and_small_holdings(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia nets 190 square miles in March", [190 * 2.589988 / 31]),
        ("Russia netted 190 square miles in March 2025.", [190 * 2.589988 / 31]),
    ],
)  # fmt: skip
def test_ground_netted(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-4)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "covers" in the present: a distance travelled, but an area or a line's length held
        ("The 2nd Brigade covers 228 miles in less than 40 hours.", [228 * 1609.344 / (40 / 24)]),
        ("The pocket covers 40 km² after a week of fighting.", []),
        ("The front covers 1,000 km in the east after two years.", []),
    ],
)  # fmt: skip
def test_covers_in_the_present(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a dateline or a heading before the sentence's lead period leaves it the lead
        ("KYIV, Nov 20 (Reuters) - In October, Russian forces captured 478 square kilometres.",
         [478 / 31]),
        ("KYIV, Ukraine (AP) — In five days, the brigade covered 200 miles.",
         [200 * 1609.344 / 5]),
        ("MOSCOW, Nov 20 - On the first day, the troops advanced 16 km.", [16000.0]),
        # a wire service's slug glued to the first word
        ("UPDATE 2-In October, Russian forces captured 478 square kilometres.", [478 / 31]),
        ("Ukraine war: In the first day of the attack the cavalry moved little more than a "
         "mile.", [1609.344]),
        # the dateline's own date is not the figure's period
        ("KYIV, Nov 20 (Reuters) - Russian forces captured 478 square kilometres of "
         "territory.", []),
    ],
)  # fmt: skip
def test_a_dateline_or_heading_before_the_lead_period(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "more than", "at least", "over" on a range's upper end keep its lower end
        ("Troops are reclaiming between 600 and more than 700 square kilometers each month.",
         [600 * 12 / 365.25]),
        ("The infantry marched from 25 to over 30 miles a day.", [25 * 1609.344]),
        ("Speeds reached 30 to at least 40 miles a day.", [30 * 1609.344]),
    ],
)  # fmt: skip
def test_more_than_on_a_range_upper_end(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a figure's own "more than" is no comparison between it and its period
        ("Most Russian territorial gains in November (more than 629 square kilometers) came "
         "in Donetsk.", [629 / 30]),
        ("Most Russian territorial gains in November (about 629 square kilometers) came "
         "in Donetsk.", [629 / 30]),
    ],
)  # fmt: skip
def test_more_than_before_a_bracketed_figure(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a restatement after what the figure measures is the figure's, read once
        ("In 2024, the Russian army captured more than 5,600 square kilometres of territory "
         "(2,160 square miles), representing approximately 0.94% of Ukrainian territory.",
         [5600 / 366]),
        ("In May, the army seized 449 square kilometers of land (173 square miles), with an "
         "average of 14.5 square kilometers (5.6 square miles) claimed each day.",
         [449 / 31, 14.5]),
        ("Russia had seized 203 square kilometers of territory, or 78 square miles, in March.",
         [203 / 31]),
        ("In July Russia captured 634 square kilometers (around 245 square miles of land).",
         [634 / 31]),
        # spelled out in the restatement
        ("Its forces had recaptured 14 square kilometres of territory (five square miles) "
         "over the last week.", [2.0]),
    ],
)  # fmt: skip
def test_a_restatement_after_what_the_figure_measures(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the unit is carried to a bare follower past what the figure measures
        ("Russia's total advance in 2025 reached 1,930 square miles of territory, compared to "
         "1,620 in 2024.", [1930 * 2.589988 / 365, 1620 * 2.589988 / 366]),
    ],
)  # fmt: skip
def test_a_unit_carried_past_of_territory(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "alone" after a period stresses the figure; the period still reaches it
        ("Russian forces consolidated their gains in eastern Ukraine in July alone, taking "
         "control of almost 200 square kilometers (77 square miles) of land.", [200 / 31]),
        ("This was a decline from the considerable advance seen in July alone, when Russia "
         "captured 634 square kilometers.", [634 / 31]),
        ("Captured territory plummeted from 627 square kilometers in November 2024 alone to "
         "just 203 square kilometers by March 2025.", [627 / 30, 203 / 31]),
    ],
)  # fmt: skip
def test_a_period_stressed_by_alone(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what the figure measures is part of it, not words walked towards its period
        ("1,263 square kilometers of Russian territory have been seized by Ukrainian forces "
         "in the Kursk region over the past two weeks.", [1263 / 14]),
    ],
)  # fmt: skip
def test_the_walk_to_a_period_starts_after_of_territory(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aside of attribution between the verb and its figure, in commas, dashes or
        # brackets, leaves the figure its clause's period
        ("This is down from July, when Russia captured, according to the ISW, 634 square "
         "kilometers.", [634 / 31]),
        ("Russian forces in 2024 had captured — by their own count — 6,460 square "
         "kilometres of territory.", [6460 / 366]),
        ("Russian forces in 2024 had captured (by their own count) 6,460 square kilometres.",
         [6460 / 366]),
        ("In three days the army advanced, according to the ISW, 40 miles.",
         [40 * 1609.344 / 3]),
    ],
)  # fmt: skip
def test_an_attribution_between_verb_and_figure(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "by the end of last year" is a point in time; the clause after it takes no period
        ("It decreased from 1,171 square kilometers of territory in late August to 483 square "
         "kilometers by the end of last year, falling to 407 square kilometers by February 28, "
         "2025.", []),
        ("By the end of last year, Russia had captured 4,000 square kilometres.", []),
        # while "by the third day" counts the days to it
        ("By the third day, the division had advanced 30 miles.", [30 * 1609.344 / 3]),
    ],
)  # fmt: skip
def test_a_point_in_time_before_a_comma(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an "as" clause after the figure has its own time, not the figure's
        ("Russian forces have achieved rapid gains near Dobropillya, advancing approximately 10 "
         "kilometres as Donald Trump prepares to meet Vladimir Putin in Alaska on Friday.", []),
        # but "as part of", "as planned" are the figure's own phrase
        ("The troops advanced 10 km as part of the offensive in three days.", [10000 / 3]),
        ("The troops advanced 10 km as planned in three days.", [10000 / 3]),
    ],
)  # fmt: skip
def test_an_as_clause_after_the_figure(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a journey done before the clause's event takes no length from the event's date
        ("On July 22 Truscott's Division entered Palermo after covering an astonishing 100 "
         "miles.", []),
        ("In May 1940, the panzers reached the coast after advancing 240 miles.", []),
        ("On July 22 the division entered Palermo, having covered 100 miles.", []),
        # its own period, after it, is its length
        ("On July 22 Truscott's Division entered Palermo after covering an astonishing 100 "
         "miles in just 72 hours.", [100 * 1609.344 / 3]),
        ("In three days, after breaking through the line, the division advanced 40 miles.",
         [40 * 1609.344 / 3]),
        # an arrival that took a counted time: the journey there was that long
        ("The army reached Baghdad in three weeks, having covered some 500 km.", [500_000 / 21]),
        ("Twenty-one days after the invasion began, US forces reached Baghdad, having covered "
         "some 500 km.", [500_000 / 21]),
        ("In May 1940, the panzers reached the coast, having advanced 240 miles.", []),
    ],
)  # fmt: skip
def test_a_journey_before_the_dated_event(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a line's length and a place's bearing are no movement, whatever the period
        ("In October, Russia built a defensive line that extended 150 kilometres along the "
         "river.", []),
        ("In October, the island of Singapore, another 200 miles to the south-east, was "
         "vulnerable.", []),
        # ground moved over, to a bearing, is
        ("In three days the division advanced 40 miles to the south-east.",
         [40 * 1609.344 / 3]),
        ("In three days the column went 40 miles north-west.", [40 * 1609.344 / 3]),
        ("In October, Russian forces extended their bridgehead 10 km.", [10000 / 31]),
    ],
)  # fmt: skip
def test_a_length_or_a_bearing_is_no_movement(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a depth right after its noun is the thing's dimension; "in the rear of" and
        # "to the north-west" say where a place lies
        ("In March, Montgomery's bridgeheads were consolidated into a salient 20 miles deep.",
         []),
        ("In January 1945, the first line of defence consisted of four belts 30 to 70 "
         "kilometres deep.", []),
        ("On September 15, UN troops landed a large force more than 100 miles in the rear of "
         "the North Korean Army.", []),
        ("In October, the rebels could move on the capital, Tripoli, 250 miles to the "
         "north-west.", []),
        # a depth reached, after a verb, a copula or "and", is ground taken
        ("In a week the troops pushed some 10 km deep.", [10000 / 7]),
        ("By nightfall on D-Day the beachhead was 6 miles deep.", [6 * 1609.344]),
        ("The breakthrough was 10 km wide and 5 km deep after three days of fighting.",
         [5000 / 3]),
        ("They drove a 40-km-deep wedge into the enemy lines in a week.", [40000 / 7]),
        ("In August, Ukrainian forces advanced 28-35 kilometers deep into the Kursk region.",
         [28000 / 31]),
    ],
)  # fmt: skip
def test_a_dimension_or_a_place_is_no_advance(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a figure counted "since" a date has its own start: the lead's length is not its
        ("Last week, Russian forces advanced significantly, capturing an estimated 478 square "
         "kilometers of territory since early October.", []),
        # where an advance got to is a position, not the distance it covered
        ("Last week, insurgents captured the southwest, advancing to just 30 km from "
         "Damascus.", []),
        ("In three days the division advanced 40 miles from the river.", [40 * 1609.344 / 3]),
    ],
)  # fmt: skip
def test_a_lead_period_and_the_figure_own_start_or_end(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a weapon's range or a radius is a reach, whatever the period and the movement
        # its sentence names
        ("In the first three days of the offensive, according to Russia, the missile has a "
         "range of more than 2,000 km.", []),
        ("Last week, Russian drones struck targets within a radius of 30 km.", []),
        # while the distance from the start line, days into an offensive, was covered
        ("Three days into the offensive, Soviet tanks were 100 km from their start line.",
         [100000 / 3]),
    ],
)  # fmt: skip
def test_a_range_or_radius_is_a_reach(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a distance left to go, a place above or below another, a tally grown: no advance
        ("In the first week, the troops still had 30 km left to cover.", []),
        ("In the first week, the 8th Army was forced to retreat 25 miles below Seoul.", []),
        ("In the first three days of the offensive, the total had increased to 109,416 square "
         "kilometers.", []),
        # the advance beside the distance left is read
        ("In three days the division advanced 40 miles, leaving 20 miles to go.",
         [40 * 1609.344 / 3]),
        ("In October, Russian gains grew to 500 square kilometres.", [500 / 31]),
    ],
)  # fmt: skip
def test_a_distance_left_a_bearing_or_a_tally(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bearing written with a space is a bearing; "approximately" hedges a share's area
        ("By September 3, the insurgents had taken the town of Talavera, just over 100 "
         "kilometres south west of Madrid, last week.", []),
        ("At the end of August 2025, the Ukrainian army controlled about 30 percent of Donetsk "
         "region, approximately 8,000 square kilometers in the first three days of the "
         "offensive.", []),
        ("In October, Russian forces captured approximately 500 square kilometres.", [500 / 31]),
    ],
)  # fmt: skip
def test_a_spaced_bearing_and_an_approximate_share(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


def test_html_soft_hyphens_are_dropped():
    # "&shy;" marks where a browser may break a word; the unit must read whole
    text = html_to_text("<p>In October, Russian forces advanced 12 kilo&shy;metres.</p>")
    assert text == "In October, Russian forces advanced 12 kilometres."
    assert extract_rates(text)["canonical_low"].tolist() == pytest.approx([12000 / 31])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an abbreviated unit's full stop before its restatement ends no sentence
        ("The incursion began on August 6, with Ukrainian troops capturing around 1,000 "
         "sq.km. (386 square miles) and 74 settlements within the first week.", [1000 / 7]),
        ("Captured territory plummeted from 627 sq.km. in November 2024 to just 203 sq.km. by "
         "March 2025.", [627 / 30, 203 / 31]),
        # a bracket of words after "km." is a sentence of its own
        ("Russia advanced 5 km. (Ukraine disputes this.) In October, Russia took 500 km².",
         [500 / 31]),
    ],
)  # fmt: skip
def test_an_abbreviated_unit_full_stop(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


def test_a_text_wrapped_at_a_fixed_width_reads_as_unwrapped():
    # old archives and books wrap sentences mid-way; a wrap is no sentence's end
    prose = (
        "Fifty days after D-Day, the Allies were only about 20 to 30 miles inland. "
        "Ukrainian forces have seized 1,263 square kilometers of Russian territory in the "
        "Kursk region over the past two weeks. The invasion, which began on August 6, saw "
        "rapid progress in its first week, capturing 1,000 square kilometers. Over the next "
        "five months, they advanced roughly 8 kilometers at the furthest point, averaging "
        "just 50 meters per day."
    )
    import textwrap

    wrapped = "\n".join(textwrap.wrap(prose, 60))
    assert "\n" in wrapped
    unwrapped = extract_rates(prose)["canonical_low"].tolist()
    assert len(unwrapped) == 5
    assert extract_rates(wrapped)["canonical_low"].tolist() == pytest.approx(unwrapped)


def test_a_list_of_lines_is_not_taken_for_wrapped_prose():
    table = (
        "Russian gains by month, square kilometres\n"
        "November 2024: 725 square kilometres taken\n"
        "December 2024: 593 square kilometres taken\n"
        "January 2025: 427 square kilometres taken\n"
    )
    assert list(extract_rates(table)["period"]) == ["November 2024", "December 2024",
                                                     "January 2025"]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Markdown emphasis round a figure or its period, as scraped pages give it
        ("In October, Russian forces captured **478 square kilometres**.", [478 / 31]),
        ("This is a decline from the advance seen **in July**, when Russia captured 634 "
         "square kilometers.", [634 / 31]),
        ("Russian forces advanced *12 km* in _three days_.", [4000.0]),
    ],
)  # fmt: skip
def test_markdown_emphasis(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "extending up to 12 km": an incursion's extent, hedged, is held, not taken
        ("Last week, Russian regional authorities acknowledged that Ukraine controls 28 "
         "settlements in Kursk, with the incursion extending up to 12 kilometers along a "
         "40-kilometer front.", []),
        ("Last week, Ukrainian troops advanced up to 12 kilometers.", [12000 / 7]),
    ],
)  # fmt: skip
def test_an_extent_hedged_with_up_to(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a distance in quotation marks is still where something lies
        ('Russian troops accelerated their advance toward Pokrovsk over the past week and are '
         'likely within "10 kilometers" from the edge of the town.', []),
        ('On Monday, rebel fighters moved west before their push was halted along a desert '
         'highway "60 miles" from Sirte.', []),
    ],
)  # fmt: skip
def test_a_quoted_distance_from_a_place(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "on each day", "during every week": a basis, as "each day" is
        ("The Allies advanced about 80 meters on each day of the offensive.", [80.0]),
        ("Russian forces gained 20 square kilometres during every week of October.", [20 / 7]),
    ],
)  # fmt: skip
def test_a_basis_with_a_preposition(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # where and when a thing was said: a statement, a post, a briefing; the day is
        # the report's, and the reported clause opens with its own period
        ("The ministry said in a statement on Friday that in 2024, Russian forces captured "
         "4,168 square kilometers.", [4168 / 366]),
        ("Syrskyi wrote in a Telegram post on Sunday that in five days, the brigade had "
         "covered 60 km.", [12000.0]),
        ("The ministry said in a statement on Friday that Russian forces advanced over 725 "
         "square kilometers.", []),
        ("A senior official told reporters on Monday that Russian forces advanced over 725 "
         "square kilometers.", []),
        ("At a briefing on Wednesday, the spokesman said Russian troops advanced 3 km.", []),
        ("On Wednesday the spokesman said Russian troops advanced 3 km.", []),
        ("Russian troops advanced 3 km on Wednesday, the spokesman said.", [3000.0]),
        ("On Wednesday, Russian troops advanced 3 km.", [3000.0]),
    ],
)  # fmt: skip
def test_the_day_and_place_of_a_statement(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


def test_html_table_rows_read_as_labelled_lines():
    page = (
        "<p>Russian gains by month, in square kilometres:</p><table>"
        "<tr><th>Month</th><th>Area captured</th></tr>"
        "<tr><td>October 2024</td><td>478 km²</td></tr>"
        "<tr><td>November 2024</td><td>725 km²</td></tr></table>"
    )
    text = html_to_text(page)
    assert "October 2024: 478 km²" in text
    table = extract_rates(text)
    assert list(table["period"]) == ["October 2024", "November 2024"]
    assert table["canonical_low"].tolist() == pytest.approx([478 / 31, 725 / 30])
    # a table of area held stays unread
    held = page.replace("Russian gains by month", "Area under Russian control").replace(
        "Area captured", "Occupied area"
    )
    assert extract_rates(html_to_text(held)).empty


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the date a war or an offensive began is a point, not the period of what followed
        ("Since the war began in February 2022, Russia captured 100,000 square kilometres.",
         []),  # from February 2022 to an unknown date: no rate without one
        ("In a war that began in 2022, Russia captured 4,000 square kilometres.", []),
        ("In a war that began in February 2022, rebels advanced almost 10 km.", []),
        ("In February 2022, Russian forces advanced 100 km.", [100000 / 28]),
        # a distance between two places, an exponent: no amount of ground
        ("On 20 October 1962, the Chinese army launched two attacks, 1000 kilometers apart, "
         "and 74 settlements were taken.", []),
        ("They advanced 1e**999 km** per day.", []),
    ],
)  # fmt: skip
def test_a_start_date_a_distance_apart_and_an_exponent(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


def test_since_a_war_began_runs_to_the_publication_date():
    table = extract_rates(
        "Since the war began in February 2022, Russia captured 100,000 square kilometres.",
        published="2025-11-20",
    )
    # 1 February 2022 to 20 November 2025, both days counted
    days = (dt.date(2025, 11, 20) - dt.date(2022, 2, 1)).days + 1
    assert table["canonical_low"].tolist() == pytest.approx([100000 / days])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "by the time …" names the moment by which a total was reached, not its period
        ("By the time the war entered its fourth year in February 2025, Russia had seized "
         "4,000 square kilometres.", []),
        ("By the time the war entered its fourth year in 2025, Russia had seized 4,000 square "
         "kilometres.", []),
        ("In February 2025, Russia seized 400 square kilometres.", [400 / 28]),
    ],
)  # fmt: skip
def test_by_the_time_names_a_moment(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause about the subject carries its own date
        ("Russian forces, who crossed the border in February 2022, advanced 100 km.", []),
        ("The 3rd Army, which had landed in June, advanced 60 miles.", []),
        ("Russia, which annexed Crimea in 2014, captured 4,000 square kilometres.", []),
        # the figure's own period still reads, and so does a span the clause opens
        ("Ukrainian forces, which launched an incursion in August, captured 1,000 square "
         "kilometres in a week.", [1000 / 7]),
        ("The offensive, which began on August 6, has seized 1,000 square kilometers by "
         "August 12.", [1000 / 7]),
    ],
)  # fmt: skip
def test_a_relative_clause_about_the_subject(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a span whose ends name the start, middle or end of a month
        ("Russian troops captured 2,700 square kilometres between January and the end of May "
         "2025.", [2700 / 151]),
        ("Between the beginning of March and mid-April 2025, Russian forces gained 600 sq km.",
         [600 / 46]),
        # "early" and "late" name no day: no period, so no rate
        ("Russian troops captured 2,700 square kilometres from early March to late April.", []),
    ],
)  # fmt: skip
def test_a_span_from_part_of_one_month_to_part_of_another(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a figure whose basis a rate word gives ("daily gains") lends it to the figure
        # compared with it; the month each names says when, not how long
        ("The average daily advance in October was 16 km2, against 22 km2 in September.",
         [16, 22]),
        ("Russia's daily gains averaged 14 square kilometres in October, down from 18 in "
         "September.", [14, 18]),
        ("Daily gains fell to about 10 sq km in December from 25 in November.", [10, 25]),
        ("Average daily gains fell from 25 square kilometres in November to 10 in December.",
         [25, 10]),
        # a monthly word still makes each month's figure that month's total
        ("Monthly gains fell from 620 square kilometres in November 2024 to 310 in "
         "February 2025.", [620 / 30, 310 / 28]),
    ],
)  # fmt: skip
def test_a_basis_from_a_rate_word_reaches_the_figure_compared(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "surface", "qualifier"),
    [
        # "up" as a verb's particle: a rise to the figure, not "as much as"
        ("The advance sped up to 8 miles a day.", "8 miles a day", ""),
        ("Gains ticked up to 25 sq km a day in November.", "25 sq km a day", ""),
        ("The pace picked up to around 20 sq km a day.", "around 20 sq km a day", "around"),
        ("They moved up to 5 km a day.", "up to 5 km a day", "up to"),
        ("Tanks went more than 20 km a day.", "more than 20 km a day", "more than"),
    ],
)
def test_up_after_a_phrasal_verb_is_no_hedge(sentence, surface, qualifier):
    row = extract_rates(sentence).iloc[0]
    assert (row["surface"], row["qualifier"] or "") == (surface, qualifier)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a "since" that starts decades before the article is a history's own, whose end
        # the sentence does not give: never run to the publication date
        ("The Germans were at the outskirts of Moscow by December, having advanced 1,000 km "
         "since June 1941.", []),
        ("Since the invasion began in June 1941, the Germans had advanced 1,000 km.", []),
        ("The Red Army had advanced 400 km since January 1943.", []),
        # a start within the war being reported still runs to the publication date
        ("Russia has captured 4,000 square kilometres since January 2024.", [4000 / 690]),
        # the event's date without its verb: "since the invasion on …"
        ("Russia has captured 70,000 square kilometres since the invasion on February 24, "
         "2022.", [70000 / 1366]),
        ("Russia has captured 70,000 square kilometres since the full-scale invasion in "
         "February 2022.", [70000 / 1389]),
    ],
)  # fmt: skip
def test_a_since_long_before_publication_is_no_period(sentence, expected):
    assert _lows(sentence, published="2025-11-20") == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the journey and its period first, the distance after a comma
        ("Israeli forces reached the Suez Canal in four days, a distance of about 200 "
         "kilometres.", [50000]),
        ("The division reached Baghdad within three weeks, some 500 km.", [500000 / 21]),
        # the time the journey took, its ends, then its length
        ("It took the Allies three months to get from the beaches to the Seine, a distance "
         "of about 150 miles.", [150 * 1609.344 / 91.3125]),
        ("It took the army two weeks to reach Moscow, a dash of 300 miles.",
         [300 * 1609.344 / 14]),
        ("It took the drone two hours to reach Moscow, a distance of 500 km.", []),
        # the noun of the journey after "an", and the ground it crossed after the distance
        ("The division reached the Rhine in six days, an advance of 150 miles.",
         [150 * 1609.344 / 6]),
        ("Israeli armoured columns reached the Suez Canal in four days, a dash of about "
         "200 km.", [50000]),
        ("The Third Army reached the Meuse in two weeks, a drive of 400 miles across France.",
         [400 * 1609.344 / 14]),
        # set off by a dash, measured from where it set out; "starting" names the day the
        # journey began, not its length
        ("Israeli forces reached the Suez Canal in four days - about 200 kilometres.", [50000]),
        ("The Israeli force, starting its advance on Monday, reached the Suez Canal area in a "
         "one-day drive–some 230 kilometers from Kantilla.", [230000]),
        ("With sixty thousand of his best soldiers, he started on November 15 on his march of "
         "three hundred miles to the Atlantic.", []),
        # a date says when, not how long; minutes and hours make a speed
        ("Russian troops reached the outskirts in 2023, a distance of 10 km.", []),
        ("The drone reached Moscow in six hours, a distance of 500 km.", []),
    ],
)  # fmt: skip
def test_a_journey_and_its_period_before_the_distance(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a monthly figure whose month is named anywhere before it takes that month's
        # length, not a mean month's
        ("In November Russia made its largest monthly gain, 725 square kilometres.",
         [725 / 30]),
        ("Russia recorded its biggest monthly advance in November: 725 square kilometres.",
         [725 / 30]),
        ("Russia made its largest monthly gain since 2022 in November, seizing 725 square "
         "kilometres.", [725 / 30]),
        ("November saw the largest monthly gain of the year, 725 square kilometres.",
         [725 / 30]),
        # with no month named, a mean month; a month under way is no month's length
        ("Russia made its largest monthly gain since 2022, seizing 725 square kilometres.",
         [725 / 30.4375]),
        # a period of another length says when, not the figure's length
        ("In October, weekly gains were 100 square kilometres.", [100 / 7]),
    ],
)  # fmt: skip
def test_a_monthly_figure_takes_the_month_named_before_it(sentence, expected):
    assert _lows(sentence, published="2025-12-20") == pytest.approx(expected, rel=1e-4)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second figure, its unit left out, joined by "then" or "followed by"
        ("German forces advanced 400 kilometres in the first 18 days of Barbarossa, then "
         "another 300 in the next month.", [400000 / 18, 300000 / 30.4375]),
        ("Russia took 500 sq km in October 2024, followed by 400 in November 2024.",
         [500 / 31, 400 / 30]),
        # a second figure in a clause of its own, its period first
        ("Between September 2023 and February 2024, Russian forces gained roughly 500 square "
         "kilometres, while from March to October 2024 they took nearly 2,700.",
         [500 / 182, 2700 / 245]),
        ("Russia gained 500 square kilometres in 2023 and in 2024 Russia took 3,600.",
         [500 / 365, 3600 / 366]),
        # a number with a noun of its own is something else
        ("Russia gained 500 square kilometres in 2023, and in 2024 it captured 3,600 villages.",
         [500 / 365]),
        ("They advanced 400 km in 18 days, then 300 soldiers died in the next month.",
         [400000 / 18]),
    ],
)  # fmt: skip
def test_a_second_figure_after_then_or_in_its_own_clause(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "in the second" after "in the first quarter/half": the calendar's next one
        ("Russia captured 1,500 square kilometres in the first quarter of 2024 and 1,900 in "
         "the second.", [1500 / 91, 1900 / 91]),
        ("Russia captured 1,500 square kilometres in the first half of 2024 and 2,100 in the "
         "second.", [1500 / 182, 2100 / 184]),
        # "the next" names no calendar quarter
        ("Russia captured 1,500 square kilometres in the first quarter of 2024 and 1,900 in "
         "the next.", [1500 / 91]),
    ],
)  # fmt: skip
def test_the_second_quarter_or_half_after_the_first(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an extent at its greatest is held ground, not ground taken over the period
        ("In 2022 Russia occupied 27 percent of Ukraine, or 163,000 square kilometres, at its "
         "peak.", []),
        ("In 1942 the Axis held 1,500,000 square kilometres of Soviet land at its greatest "
         "extent.", []),
        # a rate at its peak is a rate; the furthest point of an advance is still one
        ("The Germans advanced 30 km a day at their peak.", [30000]),
        ("Over the next five months, they advanced roughly 8 kilometers at the furthest "
         "point.", [8000 / (5 * 30.4375)]),
    ],
)  # fmt: skip
def test_an_extent_at_its_peak_is_no_advance(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a noun of movement inside a period says when, not that the figure moved
        ("In the first two days of the offensive, a tank engaged a German gun at five hundred "
         "yards and destroyed it.", []),
        ("In the first two days of the offensive, the total distance of the Long March was "
         "about 65,000 kilometers.", []),
        # a verb of movement still makes the figure an advance
        ("In the first week of the offensive, the division covered 40 km.", [40000 / 7]),
    ],
)  # fmt: skip
def test_a_movement_noun_inside_a_period_moves_nothing(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a distance set off after a place's name says where the place lies, whatever
        # period the sentence names
        ("After ten days of fighting, the rebels could move on the capital, Tripoli, 250 miles "
         "to the north-west.", []),
        ("After ten days of fighting, Moscow confirmed that its soldiers had swept into the "
         "town of Senaki, 40 km inside Georgia.", []),
        ("In October, the Wehrmacht kept inching forward until German formations were "
         "ridiculously close to Moscow, just 10-12 miles.", []),
        # ground covered after an elapsed time is still read
        ("After ten days of fighting, the Allies had advanced 20 miles inland.", [32186.88 / 10]),
    ],
)  # fmt: skip
def test_a_distance_after_a_place_name_is_where_it_lies(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a thing's depth stays a dimension when a month follows it
        ("The first line of defence on the Vistula consisted of four belts 30 to 70 "
         "kilometres deep in October.", []),
        ("Montgomery consolidated his bridgeheads into a salient 20 miles deep in October.", []),
        ("However, Passchendaele village lay barely five miles beyond the starting point of "
         "his offensive in October.", []),
        # ground pushed into is still read, with or without "in" after "deep"
        ("Ukrainian forces pushed 10 km deep in Russian territory in August 2024.",
         [10000 / 31]),
        ("Ukrainian forces pushed some 10 km deep in a week.", [10000 / 7]),
    ],
)  # fmt: skip
def test_a_depth_then_a_month_is_still_a_dimension(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second figure after a comma, its verb and time basis left out
        ("The U.S. Army considers 14 miles a day good speed, 16 miles exceptional.",
         [22530.816, 25749.504]),
        ("Tank armies advanced 40-50 km a day, rifle armies 20-25 km.", [40000, 20000]),
        # a total after a day's rate is no day's
        ("They advanced 5 km a day, 40 km in all.", [5000]),
        ("They advanced 5 km a day, 40 km overall.", [5000]),
        ("They advanced 5 km a day, 400 km total.", [5000]),
    ],
)  # fmt: skip
def test_a_gapped_second_rate_and_a_total_after_a_rate(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The next day we trekked 10 miles to a small hill.", [16093.44]),
        ("The following day the division advanced 10 miles.", [16093.44]),
        # the day a report came is still no period of the advance
        ("The ministry said the next day that troops had advanced 3 km.", []),
        ("Russian forces advanced 3 km, the ministry said the next day.", []),
    ],
)  # fmt: skip
def test_the_next_day_of_a_narrative(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a distributive opening with its own "when" before the comma
        ("Every day in October, Russia gained on average 17 square kilometres.", [17]),
        ("Every week last month, Russian forces took about 100 square kilometres.", [100 / 7]),
        ("Every day in October, the drones flew 300 km.", []),
    ],
)  # fmt: skip
def test_every_day_in_a_month_opening_the_clause(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "over the course of" two or more named months: all of them, not the first alone
        ("Russian forces gained approximately 3,600 km² over the course of November and "
         "December 2024.", [3600 / 61]),
        ("Russia gained 3,600 km² over the course of March, April and May 2025.", [3600 / 92]),
        # the way an advance went, between the amount and "in as many days"
        ("Russian troops have pushed 7 kilometres forward in as many days.", [1000]),
    ],
)  # fmt: skip
def test_the_course_of_several_months_and_as_many_days_after_the_way(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # pushed back, in the passive, is ground taken by the other side
        ("The enemy was thrown back 10-15 km in the Kupiansk direction during the day.",
         [10000]),
        ("The cavalrymen were beaten back 30 miles to Sinchang in two days.", [24140.16]),
        # "by day's end" is the end of a day, as "by the end of the day" is
        ("By day's end the Americans had pushed inland about 6 miles.", [9656.064]),
        ("By the day’s end, Russian forces had advanced 3 km.", [3000]),
    ],
)  # fmt: skip
def test_thrown_back_and_by_days_end(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # supplies carried, land cleared of mines, nature's own advance: no front moved
        ("The convoy covered 300 km a day to bring supplies to the front.", []),
        ("Sappers cleared 20 hectares a day of mines.", []),
        ("Sappers cleared 20 hectares of mines in a day.", []),
        ("Ukraine needs 10 years to demine 1,000 km\u00b2 a year at current rates.", []),
        ("Sappers demined 20 km\u00b2 in a week.", []),
        ("The glacier retreats 30 metres a year.", []),
        ("The desert advances 10 km a year.", []),
        # ground cleared of the enemy is ground taken
        ("Ukrainian forces cleared 3 km² of Russian troops in a day.", [3.0]),
    ],
)  # fmt: skip
def test_supplies_demining_and_nature_in_the_present(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a share held, written in words, then restated as an area: a stock
        ("Russia now occupies almost a fifth of Ukraine, some 116,000 square kilometres, after "
         "a year of gains.", []),
        ("Russia controls about a fifth of Ukraine, or 116,000 square kilometres, after three "
         "years of war.", []),
        # a share taken is a gain
        ("Russia took a tenth of the region, about 2,000 square kilometres, in a month.",
         [2000 / 30.4375]),
    ],
)  # fmt: skip
def test_a_share_held_in_words_then_its_area(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "low", "high", "qualifier"),
    [
        ("They advanced half a dozen miles a day.", 9656.064, 9656.064, ""),  # six, not twelve
        ("They advanced a dozen kilometres a day.", 12000, 12000, ""),
        ("They advanced 100-to-200 metres a day.", 100, 200, ""),
        ("They advanced 10 or so miles a day.", 16093.44, 16093.44, "or so"),
    ],
)
def test_half_a_dozen_hyphenated_to_and_or_so(sentence, low, high, qualifier):
    row = extract_rates(sentence).iloc[0]
    assert (row["canonical_low"], row["canonical_high"]) == pytest.approx((low, high))
    assert (row["qualifier"] or "") == qualifier


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an area or length per person is a share, whatever period the sentence names
        ("Last year, Ukraine lost 1.2 square metres of housing per resident.", []),
        ("In 2024, each soldier had 3 square metres per head.", []),
        ("Russia gained 500 km² in October 2024, a record.", [500 / 31]),
    ],
)  # fmt: skip
def test_an_area_per_person_is_no_gain(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # more verbs of taking ground
        ("Russian forces eked out 300 square kilometres in October 2024.", [300 / 31]),
        ("Russia notched up 450 square kilometres in November 2024.", [450 / 30]),
        ("Russian forces bit off another 200 square kilometres in December 2024.", [200 / 31]),
        # ground held that grew by an amount: the amount was taken (not "grew to")
        ("The area under Russian control grew by 450 sq km in November 2024.", [450 / 30]),
        ("Russia's holdings grew by 450 sq km in November 2024, to 114,000 sq km.",
         [450 / 30]),
        ("The area under Russian control grew to 114,000 sq km in November 2024.", []),
        ("The grey zone grew by 5 km in October 2024.", []),
    ],
)  # fmt: skip
def test_more_verbs_of_taking_and_holdings_that_grew_by(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("According to estimates, between 400 and 500 square kilometres changed hands in "
         "October 2024.", [400 / 31]),
        ("In October 2024 alone, about 500 square kilometres fell under Russian control.",
         [500 / 31]),
        ("The town fell under Russian control in 2022, 10 km from the border.", []),
    ],
)  # fmt: skip
def test_ground_that_changed_hands_or_fell_under_control(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the largest since 2022" says how rare the figure is; the period is that of
        # what the superlative is said of
        ("Russian gains in October 2024 were the largest since 2022, at 500 square "
         "kilometres.", [500 / 31]),
        ("Russian gains in October 2024 were the largest since 2022 at 500 square "
         "kilometres.", [500 / 31]),
        ("Russia's territorial gains last month were the largest since 2022, at 500 square "
         "kilometres.", [500 / 31]),
        # with no period of its own, no rate
        ("Russian gains were the largest since 2022, at 500 square kilometres.", []),
        ("Russian gains since 2022 stood at 50,000 square kilometres.", []),
    ],
)  # fmt: skip
def test_the_largest_since_names_no_period(sentence, expected):
    assert _lows(sentence, published="2024-11-20") == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # both ends of a range whose upper end is "a kilometre"
        ("They advanced half a kilometre to a kilometre a day.", [(500, 1000)]),
        ("They advanced 500 metres to a kilometre a day.", [(500, 1000)]),
        # a vague lower end refuses the range whole: the upper end is not read alone
        ("They advanced a few hundred metres to a kilometre a day.", []),
        ("They advanced hundreds of metres to a kilometre a day.", []),
        ("They advanced several kilometres to 10 km a day.", []),
    ],
)  # fmt: skip
def test_a_range_to_a_kilometre_and_a_vague_lower_end(sentence, expected):
    table = extract_rates(sentence)
    got = [v for pair in zip(table["canonical_low"], table["canonical_high"], strict=True)
           for v in pair]  # fmt: skip
    assert got == pytest.approx([v for pair in expected for v in pair])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a total in a counted period and the daily average it gives are two figures, as
        # "20 km in two days, or 10 km a day" were; a bracketed average restates it
        ("Russia took 100 km² in a week, about 14 km² a day.", [100 / 7, 14]),
        ("They advanced 20 km in two days, or 10 km a day.", [10000, 10000]),
        ("They advanced 300 km in 10 days (30 km/day).", [30000]),
        ("They advanced 2 km a day, or 60 km a month.", [2000]),
    ],
)  # fmt: skip
def test_a_total_in_a_counted_period_and_its_average(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # where a place lies, said in a relative clause set off by commas, parts the figure
        # from its period as any aside does; its distance is never read
        ("Russia advanced 3 km near Pokrovsk, which lies 60 km from Kramatorsk, in a week.",
         [3000 / 7]),
        ("Russia advanced toward Pokrovsk, which lies 60 km from Kramatorsk, in a week.", []),
    ],
)  # fmt: skip
def test_where_a_place_lies_is_an_aside(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the advance of the day" is the day's advance
        ("The advance of the day was about 3 miles.", [4828.032]),
        ("The gains of the week came to 120 square kilometres.", [120 / 7]),
        ("The advance of the division was about 3 miles.", []),
    ],
)  # fmt: skip
def test_the_advance_of_the_day(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


def test_a_share_after_a_dash_is_no_range_end():
    sentence = ("In the first ten months of 2025 Russian forces occupied 3,700 km² – 30% less than "
                "in the same period of 2024.")  # fmt: skip
    assert _lows(sentence) == pytest.approx([3700 / 304], rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a sentence that opens by naming the figure's basis
        ("In terms of daily advances, Russia averaged about 20 km² in November.", [20]),
        ("On a weekly basis, Russian forces took about 100 square kilometres in October.",
         [100 / 7]),
        ("On a daily basis, troops moved forward 200 metres.", [200]),
        ("In terms of territory, Russia gained 500 km² in October 2024.", [500 / 31]),
    ],
)  # fmt: skip
def test_an_opening_that_names_the_basis(sentence, expected):
    assert _lows(sentence, published="2025-11-20") == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # periods named first, then figures each with its unit, then "respectively"
        ("In November and December 2024, Russia captured 725 km² and 593 km², respectively.",
         [725 / 30, 593 / 31]),
        ("In October, November and December 2024 Russia took 500 km², 725 km² and 593 km² "
         "respectively.", [500 / 31, 725 / 30, 593 / 31]),
        # one figure for both months is theirs together
        ("In November and December 2024, Russia captured 725 km² in all.", [725 / 61]),
    ],
)  # fmt: skip
def test_figures_with_their_units_then_respectively(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ten days after crossing the border, the tanks were 250 miles inside Iraq.",
         [250 * 1609.344 / 10]),
        ("Two days after the breakthrough the Germans stood 60 km beyond the Isonzo.",
         [30000.0]),
        ("Two days after the attack began, the Germans were already 40 km beyond the border.",
         [20000.0]),
    ],
)  # fmt: skip
def test_where_the_army_stood_some_time_after_it_attacked_is_its_advance(sentence, expected):
    # "inside" and "beyond" join "inland" and "deep", said of where the army was
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        # where a strike landed or civilians waited is no ground taken
        "Ten days after the invasion began, drones hit a depot 500 km inside Russia.",
        "Two days into the war, refugees were queuing 20 km inside Poland.",
        "Three days after the attack, the refugees were 50 km inside Poland.",
        # "still": a position held, not reached
        "A year into the war, Russian troops were still 100 km inside Ukraine.",
        # "behind" is where reserves and headquarters stand
        "A week after the offensive began, Ukrainian reserves were 30 km behind the line.",
    ],
)
def test_a_position_some_time_after_an_attack_is_not_always_an_advance(sentence):
    assert extract_rates(sentence).empty


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The division crossed 60 miles of desert in two days.", [60 * 1609.344 / 2]),
        ("Soviet tanks crossed 500 km of the Gobi in five days.", [100000.0]),
        ("Some 60 miles of desert were crossed in two days.", [60 * 1609.344 / 2]),
        # a passive's agent may be a unit's name, with an ordinal or a capitalised
        # participle in it
        ("Some 60 miles were crossed by the Seventh Armoured Division in two days.",
         [60 * 1609.344 / 2]),
        ("Some 200 miles were covered by the 8th Army in five days.", [200 * 1609.344 / 5]),
    ],
)  # fmt: skip
def test_a_distance_crossed_in_a_period_is_an_advance(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian drones crossed 1,000 km of airspace in a night.",
        "A Shahed drone covered 1,000 km in a night.",
        "Refugees crossed 300 km of mountains in a week.",
        # "crossed" with no distance after it is no movement word
        "Ukrainian troops crossed into Russia on 6 August and were 30 km from Kursk a week later.",
    ],
)
def test_a_distance_flown_or_fled_across_is_not_an_advance(sentence):
    assert extract_rates(sentence).empty


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The week to 10 November saw Russia capture 326 square kilometres.", [326 / 7]),
        ("The week ending 10 November saw Russian gains of 326 km².", [326 / 7]),
        ("The two weeks to 10 November saw Russia capture 600 square kilometres.", [600 / 14]),
        # the week's last day is no period of one day
        ("The week ending Sunday saw Russia take 200 km².", [200 / 7]),
    ],
)
def test_a_period_named_by_its_last_day_as_the_subject(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        # "march" and "may" in lower case are a journey and a verb, no months
        "The march, 285 miles, ended at the sea.",
        "The march, some 300 miles, may be the longest of the war.",
    ],
)
def test_a_lower_case_march_is_no_month(sentence):
    assert extract_rates(sentence).empty


def test_a_lower_case_month_before_a_year_is_a_month():
    text = "Gains fell from 627 km² in november 2024 to 203 km² by march 2025."
    assert _lows(text) == pytest.approx([627 / 30, 203 / 31])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The march from Atlanta to Savannah, 285 miles, occupied 24 days.",
         [285 * 1609.344 / 24]),
        ("The retreat, 120 miles, took ten days.", [120 * 1609.344 / 10]),
        ("The advance from Sidi Barrani to Beda Fomm, a distance of 500 miles, took two months.",
         [500 * 1609.344 / 60.875]),
        ("The advance to the Rhine, some 300 miles, took the Third Army a month.",
         [300 * 1609.344 / 30.4375]),
        ("The distance from Winchester to Port Republic, nearly 100 miles, was marched in "
         "four days.", [100 * 1609.344 / 4]),
        # "passed over", "gone over", "done" in the passive: the same journey
        ("The distance of 80 miles was passed over in three days.", [80 * 1609.344 / 3]),
        ("The whole distance, 300 miles, was done in 20 days.", [300 * 1609.344 / 20]),
        ("Some 80 miles of road were done up in three days.", []),
        # the journey named again in an appositive, after where it set out from
        ("Montgomery's men have now advanced 300 miles since El Alamein, a distance covered "
         "in 15 days.", [300 * 1609.344 / 15]),
        ("The army marched 300 miles, a march completed in 15 days.", [300 * 1609.344 / 15]),
    ],
)  # fmt: skip
def test_a_journeys_distance_set_off_by_commas_then_the_time_it_took(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "The distance, 300 km, took 10 days to repair.",  # other work than the journey
        "The march, 285 miles, lasted until December.",  # when it ended, no length
        "The Germans advanced 40 km, took 10 days to regroup and attacked again.",
    ],
)
def test_time_taken_after_a_distance_that_is_no_journeys(sentence):
    assert extract_rates(sentence).empty


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In seventeen days the army reached the Danube, 200 miles away.",
         [200 * 1609.344 / 17]),
        ("The army reached the Danube, 200 miles away, in seventeen days.",
         [200 * 1609.344 / 17]),
        ("Within a fortnight Guderian's tanks had reached the coast, 240 miles away.",
         [240 * 1609.344 / 14]),
        # a day, a year, drones, or a distance away from somewhere else: not the journey's
        ("On Tuesday the rebels reached Hama, 100 km away.", []),
        ("In 2024 the Russians reached Pokrovsk, 40 km away.", []),
        ("In a week, Russian drones reached Lviv, 1,000 km away.", []),
        ("In three days the rebels reached Hama, 200 km away from Damascus.", []),
        # help named near an army is no sign of supplies moved instead of it
        ("Aided by air power, the army reached the Danube, 200 miles away, in seventeen days.",
         [200 * 1609.344 / 17]),
        ("Within a week the convoy reached the depot, 200 km away, to unload supplies.", []),
        # the time it took, then the infinitive: the same journey
        ("It took just 6 days for the tanks to reach the canal, 200 km away.", [200000 / 6]),
        ("It took the 1st Armored Division only a week to get to Baghdad, 500 km away.",
         [500000 / 7]),
        # a plan, refugees or a missile: no advance
        ("The Germans planned to reach the Volga, 400 miles away, in four weeks.", []),
        ("It took three days for the refugees to reach Lviv, 500 km away.", []),
        ("It took the missile ten minutes to reach Kyiv, 600 km away.", []),
    ],
)  # fmt: skip
def test_a_place_reached_in_a_counted_time_and_how_far_away_it_was(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what was taken "per day" before the verb is the figure's basis, not a total
        # over the month named after it
        ("The area captured per day averaged 16.8 km² in November.", [16.8]),
        ("The average gain per day in November was 16.8 km².", [16.8]),
        ("The ground taken each day fell to 8 km² in December.", [8.0]),
        ("The distance covered per day was 20 miles.", [20 * 1609.344]),
        ("The area shelled per day was 50 km².", []),
    ],
)
def test_ground_taken_per_day_named_before_its_figure(sentence, expected):
    assert _lows(sentence, published="2026-01-05") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a day set off by a comma before a hearsay passive dates the advance
        ("On the first day, the Russian forces are reported to have advanced 16 km.", [16000.0]),
        ("Within a day, Ukrainian troops were said to have advanced up to two kilometers.",
         [2000.0]),
        # a day inside the clause dates the report; a report said on a day dates nothing
        ("Red Army troops tonight were reported to have advanced 15 miles.", []),
        ("On Tuesday, the ministry said troops had advanced 3 km.", []),
    ],
)  # fmt: skip
def test_a_day_before_a_hearsay_passive(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Toretsk fell after ~14 months of fighting and a 6.4-mile advance across its outskirts.",
         [6.4 * 1609.344 / (14 * 30.4375)]),
        ("The force reached the canal in a one-day drive–~230 kilometers from Kantilla.",
         [230000.0]),
    ],
)  # fmt: skip
def test_the_sign_for_about_before_a_period_or_after_a_dash(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)
    assert "about" in " ".join(extract_rates("Troops advanced 10 km in ~3 weeks.")["note"])


def test_a_qualifier_right_after_an_opening_bracket_or_quotation_mark():
    # the hedge is the figure's, and the bracketed list after it still borrows its basis
    text = (
        "Rates were slower than during Galicia in 1914 (about 1,580 meters per day), "
        "Gorzia in 1916 (500 meters), and Belleau Wood in 1918 (410 meters)."
    )
    table = extract_rates(text)
    assert list(table["canonical_low"]) == pytest.approx([1580.0, 500.0, 410.0])
    assert table["surface"].iloc[0] == "about 1,580 meters per day"
    quoted = extract_rates('Russian troops took "about 500 square kilometres" last month.')
    assert quoted["qualifier"].iloc[0] == "about"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # headlines in title case: "March" a verb before its distance, "Saw" after a month,
        # "Published" a participle when no capitalised word follows it
        ("Jackson's Men March 646 Miles in 48 Days.", [646 * 1609.344 / 48]),
        ("Roman Generals Could Make a March of Five Miles in One Day.", [5 * 1609.344]),
        ("November Saw Russia Capture 701 Square Kilometres.", [701 / 30]),
        ("Moscow's Forces Took Control of Almost 200 Square Kilometers of Land in July, "
         "According to an AFP Analysis Published on Wednesday.", [200 / 31]),
        # "March" before a day's number is still the month
        ("On March 20 the division advanced 5 km.", [5000.0]),
    ],
)  # fmt: skip
def test_title_case_headlines(sentence, expected):
    assert _lows(sentence, published="2025-12-10") == pytest.approx(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        # the day a total was counted is no one-day period
        "Ukrainian troops had captured at least 800 square kilometres of Russia as of Monday.",
        "Ukrainian troops captured 800 square kilometres as at Monday.",
        "Ukrainian troops had captured 800 square kilometres as of yesterday.",
        "Ukrainian troops had captured 800 square kilometres as of this week.",
    ],
)
def test_a_day_after_as_of_is_no_period(sentence):
    assert extract_rates(sentence, published="2024-08-20").empty


def test_ground_advanced_across_named_as_an_area():
    # "an area of" after a verb of movement and "across" is the ground crossed
    text = "The Russians advanced across an area of 50 km² over the past week."
    assert _lows(text, published="2025-08-01") == pytest.approx([50 / 7])
    assert extract_rates("Artillery fired across an area of 50 km² over the past week.").empty
    # "over an area of" may be said of the whole area held by a day: left a stock
    stock = "troops had advanced over an area of at least 800 km² of Russia as of Monday."
    assert extract_rates("Over the past week, " + stock).empty


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Seventh Army advanced 400 miles up the Rhône valley in four weeks.",
         [400 * 1609.344 / 28]),
        ("The Germans advanced 60 km toward Łódź in three days.", [20000.0]),
    ],
)  # fmt: skip
def test_place_names_with_accented_letters_between_figure_and_period(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Case Blue began on 28 June, and by the end of July the Germans had advanced 500 km.",
        "The offensive, which began on 28 June, had carried the Germans 500 km by the end of July.",
    ],
)
def test_a_span_from_its_start_to_the_end_of_a_month(sentence):
    # 28 June to 31 July, both dates counted: 34 days
    assert _lows(sentence) == pytest.approx([500000 / 34])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # words that merely end in "-est" are no superlatives that say "among what"
        ("The brigade advanced 10 km through the forest over three days.", [10000 / 3]),
        ("The army advanced 10 km toward Budapest over three days.", [10000 / 3]),
        ("Geolocated footage shows Russian forces advanced 1.2 km southwest of Vuhledar "
         "yesterday.", [1200.0]),
        # a superlative still does
        ("An advance of 3 km was the biggest in a month.", []),
    ],
)  # fmt: skip
def test_nouns_ending_in_est_are_no_superlatives(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "The brigade pressed on 25 miles across the steppe in a week.",
        "The brigade moved forward a further 25 miles across the steppe in a week.",
    ],
)
def test_a_verb_of_movement_before_a_depth_across_a_place(sentence):
    assert _lows(sentence) == pytest.approx([25 * 1609.344 / 7])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia claimed 505 km² in October.", [505 / 31]),
        ("Moscow's troops claimed an estimated 505 square kilometres near Pokrovsk last month.",
         [505 / 31]),
        # "claimed" before anything but its figure is a verb of saying
        ("Ukraine claimed Russia lost 10,000 troops in October.", []),
    ],
)  # fmt: skip
def test_ground_claimed_right_before_its_figure(sentence, expected):
    assert _lows(sentence, published="2025-11-20") == pytest.approx(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "It took the 3rd Armored Division three days of fighting to advance 40 km.",
        "It took the US Third Armored Division three days to advance 40 km.",
        "The 40 km took the US 3rd Armored Division three days.",
    ],
)
def test_who_took_the_time_may_be_a_long_name(sentence):
    assert _lows(sentence) == pytest.approx([40000 / 3])


def test_two_weekdays_after_between_are_a_period_not_two_places():
    text = "The division advanced 20 km between Monday and Wednesday despite heavy losses."
    assert _lows(text) == pytest.approx([20000 / 3])


@pytest.mark.parametrize(
    "sentence",
    [
        # as many months as figures, the months first, with no "respectively"
        "In July, August and September Russia gained 634, 477 and 459 km².",
        "In July, August and September, Russia gained 634, 477 and 459 km².",
        "Russia's gains in July, August and September were 634, 477 and 459 km².",
    ],
)
def test_a_list_of_months_before_as_many_figures(sentence):
    assert _lows(sentence, published="2025-10-10") == pytest.approx([634 / 31, 477 / 31, 459 / 30])


@pytest.mark.parametrize(
    "sentence",
    [
        # any "that" opens a clause whose lead period a comma closes, not only after a
        # verb of saying
        "The ministry draws attention to the fact that over the past month, Russian soldiers "
        "occupied about 143 square kilometers of Ukrainian territory.",
        "The data show that over the past month, Russian soldiers occupied about 143 square "
        "kilometers.",
        "This means that over the past month, Russian soldiers occupied about 143 square "
        "kilometers.",
    ],
)
def test_a_lead_period_after_any_that(sentence):
    assert _lows(sentence, published="2025-04-06") == pytest.approx([143 / 30])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after a verb of saying in the present, its "that" left out
        ("Analysts say from January to April, the invaders advanced by 1,627 square "
         "kilometers.", [1627 / 120]),
        ("Analysts say within a day, Ukrainian troops advanced up to two kilometers.", [2000.0]),
        ("The data show after two years of fighting, Russian forces have moved 10 kilometres.",
         [10_000 / 731]),
        # a statement is no period
        ("Russia says in a statement its troops advanced 10 km.", []),
    ],
)  # fmt: skip
def test_a_lead_period_after_a_verb_of_saying_in_the_present(sentence, expected):
    assert _lows(sentence, published="2025-11-20") == pytest.approx(expected, rel=2e-3)


@pytest.mark.parametrize(
    "sentence",
    [
        # a day named before "it emerged", "disclosed", "data showed" dates the report
        "On Monday it emerged that Russian forces had advanced 3 km.",
        "On Monday the ministry disclosed that Russian forces had advanced 3 km.",
        "On Monday, data showed Russian forces had advanced 3 km.",
        "On Monday it emerged that along a separate axis, they advanced roughly 250 km west.",
    ],
)
def test_a_day_before_a_report_that_emerged_dates_the_report(sentence):
    assert extract_rates(sentence).empty


@pytest.mark.parametrize("joint", ["because", "although", "though", "even though", "and yet"])
def test_a_lead_period_after_a_subordinating_word(joint):
    text = (f"The pace was slow, {joint} over the past month, Russian soldiers occupied about "
            "143 square kilometers.")  # fmt: skip
    assert _lows(text, published="2025-11-20") == pytest.approx([143 / 30])


@pytest.mark.parametrize(
    "sentence",
    [
        # a day after "by" is a deadline for a count from an unnamed start
        "By Tuesday the division had advanced 12 km.",
        "By yesterday the division had advanced 12 km.",
        "By today the division had advanced 12 km.",
    ],
)
def test_a_day_after_by_is_no_period(sentence):
    assert extract_rates(sentence).empty


@pytest.mark.parametrize(
    "sentence",
    [
        # "the next four" counts on in the unit of the first figure's period
        "The Allies advanced 10 km in three days and 6 km in the next four.",
        "The Allies advanced 10 km in three days, and a further 6 km in the next four.",
        "The Allies advanced 10 km in three days and 6 in the next four.",
        "In three days the Allies advanced 10 km; in the next four, 6 km.",
    ],
)
def test_a_second_figure_in_the_next_few_of_the_same_unit(sentence):
    assert sorted(_lows(sentence)) == pytest.approx([1500.0, 10000 / 3])


# A small grammar of advance sentences, every combination read and checked: subject,
# verb, figure, place and period, with the period after the figure, after the place, or
# leading with and without a comma. [m/day]
_GRAMMAR_SUBJECTS = ("Russian forces", "The division", "Jackson's infantry")
_GRAMMAR_VERBS = ("advanced", "pushed forward", "had covered", "managed to advance")
_GRAMMAR_FIGURES = (
    ("40 km", 40000.0),
    ("some 25 miles", 25 * 1609.344),
    ("a further 40 km", 40000.0),
)
_GRAMMAR_PLACES = ("", " through the forest", " toward the river", " west of the city")
_GRAMMAR_PERIODS = (("in three days", 3), ("over the past week", 7), ("in the first 48 hours", 2))


@pytest.mark.parametrize("subject", _GRAMMAR_SUBJECTS)
@pytest.mark.parametrize("verb", _GRAMMAR_VERBS)
def test_a_grammar_of_advance_sentences(subject, verb):
    wrong = []
    for (figure, metres), place, (period, days) in itertools.product(
        _GRAMMAR_FIGURES, _GRAMMAR_PLACES, _GRAMMAR_PERIODS
    ):
        lower = subject if subject[0:4] != "The " else "the" + subject[3:]
        for sentence in (
            f"{subject} {verb} {figure}{place} {period}.",
            f"{subject} {verb} {figure} {period}{place}.",
            f"{period[0].upper()}{period[1:]}, {lower} {verb} {figure}{place}.",
            f"{period[0].upper()}{period[1:]} {lower} {verb} {figure}{place}.",
        ):
            if _lows(sentence, published="2025-11-20") != pytest.approx([metres / days]):
                wrong.append(sentence)
    assert not wrong, wrong[:5]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a pace set against another: the second shares the first's basis, however far
        # apart the two are (up to 200 times)
        ("Russia advances 15 metres a day, slower than the Somme's 80 metres.", [15.0, 80.0]),
        ("The Russians are advancing at 15 metres per day - slower than the 80 metres of the "
         "Somme.", [15.0, 80.0]),
        ("Russian troops advance 15 metres a day, far slower than Galicia's 1,580 metres.",
         [15.0, 1580.0]),
        # a length of front is no pace, and snails stay refused
        ("Russia advances 15 metres a day, slower than the 2,000 km front would suggest.", [15.0]),
        ("Russia is advancing at 15 metres a day, slower than a garden snail, which can "
         "cover 50 metres a day.", [15.0]),
    ],
)  # fmt: skip
def test_a_pace_set_against_another_shares_its_basis(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_a_chain_of_paces_each_sharing_the_basis_before():
    text = (
        "The Russians advanced 50 meters per day near Kharkiv, compared with 80 meters at the "
        "Somme, 500 meters at Gorizia and 1,580 meters in Galicia."
    )
    assert _lows(text) == pytest.approx([50.0, 80.0, 500.0, 1580.0])
    # a length after the chain is no pace
    other = "Russia advances 15 metres a day, compared with 80 metres at the Somme, and holds a "
    assert _lows(other + "1,000 km front.") == pytest.approx([15.0, 80.0])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia advances 15 metres a day, slower than the 80 at the Somme.", [15.0, 80.0]),
        ("Russia advances 15 metres a day, far slower than 80 at the Somme and 1,580 in "
         "Galicia.", [15.0, 80.0, 1580.0]),
        ("Russia advances 15 metres a day, compared with the 80 at the Somme.", [15.0, 80.0]),
        # a year is no pace
        ("Russia advances 15 metres a day, slower than 1916 at the Somme.", [15.0]),
    ],
)  # fmt: skip
def test_bare_paces_set_against_a_rate(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_a_restatement_between_dashes_leaves_its_closing_dash_out_of_the_surface():
    found = extract_rates(
        "Russia advanced by 478 square kilometers \u2013 184.5 square miles \u2013 in October."
    )
    assert list(found["surface"]) == ["478 square kilometers \u2013 184.5 square miles"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an operation named with its dates in brackets, as encyclopaedias write it
        ("Operation Bagration (22 June \u2013 19 August 1944) advanced 600 km.", [600_000 / 59]),
        ("During the Battle of the Somme (July 1\u2013November 18, 1916), the British advanced "
         "6 miles.", [6 * 1609.344 / 141]),
        ("The Ardennes offensive (16\u201325 December 1944) penetrated up to 60 miles.",
         [60 * 1609.344 / 10]),
        ("Russia's summer offensive (June\u2013August 2025) took 1,500 km\u00b2.", [1500 / 92]),
        # a time after or since it, or the year it was in, is no period of what it did
        ("After the Battle of Kursk (July 1943) the Soviets advanced 300 km.", []),
        ("Since the invasion (February 2022), Russia has occupied 116,000 km\u00b2.", []),
        ("The Kursk incursion (2024) took 1,300 km\u00b2.", []),
    ],
)  # fmt: skip
def test_an_operation_dated_in_brackets_dates_what_it_did(sentence, expected):
    assert _lows(sentence, published="2026-01-01") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the figure's own time, uncounted, says the clause's year or month is not its length
        ("In 2022 Russia seized some 119,000 km\u00b2 in the first weeks of the invasion.", []),
        ("In October Russia took 500 km\u00b2 in a matter of days.", []),
        ("In 1944 the Red Army advanced 500 km in the first weeks of Bagration.", []),
        # a counted one is its length
        ("In 1944 the Red Army advanced 500 km in the first three weeks of Bagration.",
         [500_000 / 21]),
    ],
)  # fmt: skip
def test_an_uncounted_time_of_the_figures_own_leaves_it_no_period(sentence, expected):
    assert _lows(sentence, published="2025-11-20") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a time since a start named before it, when a pluperfect tells how far it had got
        ("The offensive began on 1 July; 140 days later the British had advanced 6 miles.",
         [6 * 1609.344 / 140]),
        ("The Germans crossed the border on 10 May; a week later they had advanced 60 miles.",
         [60 * 1609.344 / 7]),
        # later than what, unsaid
        ("A month later the front had moved 20 km.", []),
        # a past simple after "later" is a day of its own, and a semicolon ends the clause
        # whose day it was
        ("The town fell on Monday; two days later the army advanced 10 km.", []),
        ("Two days later the army had been pushed back 10 km.", []),
    ],
)  # fmt: skip
def test_a_time_later_with_a_pluperfect_is_the_time_since_the_start(sentence, expected):
    assert _lows(sentence, published="2025-11-20") == pytest.approx(expected)


def test_control_over_ground_is_a_preposition_and_extending_it_is_a_gain():
    found = extract_rates(
        "Russian forces extended their control over 500 square kilometres in October.",
        published="2025-11-20",
    )
    assert list(found["surface"]) == ["500 square kilometres"]
    assert list(found["qualifier"]) == [""]
    assert list(found["canonical_low"]) == pytest.approx([500 / 31])
    # "of over" still hedges the figure
    hedged = extract_rates("Russian forces took control of over 500 km² in October.")
    assert list(hedged["qualifier"]) == ["over"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the border is where the advance set out: its distance is ground covered
        ("Israeli armour reached the Suez Canal, about 200 km from the border, in four days.",
         [200_000 / 4]),
        ("In three days the tanks reached the river, 60 miles from the frontier.",
         [60 * 1609.344 / 3]),
        # a day, refugees, drones, or a border that is someone else's
        ("On Tuesday the rebels reached Hama, 100 km from the border.", []),
        ("Refugees reached the camp, 20 km from the border, in two days.", []),
        ("Drones reached Moscow, 500 km from the border, in three hours.", []),
        ("In a week the army reached Rafah, 40 km from the border with Egypt.", []),
    ],
)  # fmt: skip
def test_a_place_reached_in_a_counted_time_and_how_far_from_the_border(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the time an aim took, then the ground gained on the way, after a comma
        ("It took Russia nearly ten months to capture Avdiivka, advancing about 10 km.",
         [10_000 / (10 * 365.25 / 12)]),
        ("The Russians spent four months taking the town, advancing only 8 km.",
         [8_000 / (4 * 365.25 / 12)]),
        ("It took the Germans six weeks to take the town, an advance of just 5 km.",
         [5_000 / 42]),
        # a participle names the gain wherever its clause goes on
        ("It took the army a week to reach the coast, advancing 60 miles across the plain.",
         [60 * 1609.344 / 7]),
        # under a day, or no advance
        ("It took the pilots 40 minutes to reach the target, covering 300 km.", []),
        ("It took the convoy three days to reach the city, covering 300 km.", []),
        ("Engineers spent three weeks repairing the road, a distance of 20 km.", []),
    ],
)  # fmt: skip
def test_the_time_an_aim_took_then_the_ground_gained_on_the_way(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # crossing the stretch between two places is covering it
        ("The panzers crossed the 250 miles from the Ardennes to the Channel coast in ten days.",
         [250 * 1609.344 / 10]),
        ("The division crossed 40 miles of desert in two days.", [40 * 1609.344 / 2]),
        # where a crossing was, or a crossing of no army
        ("In three days Ukrainian troops crossed the border 10 km from Sudzha.", []),
        ("The migrants crossed 1,000 miles of desert in a month.", []),
        ("Migrants crossed the 300 km from Kharkiv to Lviv in two days.", []),
        ("Pilgrims covered the 100 km to the shrine in four days.", []),
    ],
)  # fmt: skip
def test_ground_crossed(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia took 505 km², or about 17 km² a day, in November.",
        "Russia took 505 km², about 17 km² a day, in November.",
        "Russia took 505 km² - about 17 km² a day - in November.",
        "Russia took 505 km² — about 17 km² a day — in November.",
    ],
)
def test_a_total_and_its_days_rate_set_off_share_the_period_after_them(sentence):
    found = extract_rates(sentence, published="2025-12-05")
    assert list(found["canonical_low"]) == pytest.approx([505 / 30, 17.0])
    assert set(found["period"]) == {"in November"}


def test_a_spaced_dash_before_a_hedged_figure_is_still_a_range_unless_it_closes_an_aside():
    ranged = extract_rates("The Russians advanced 5 km - about 10 km in the past week.")
    assert list(ranged["canonical_high"]) == pytest.approx([10_000 / 7])
    assert list(ranged["canonical_low"]) == pytest.approx([5_000 / 7])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a period after a comparison in an aside is the other side's
        ("Russia's forces seized some 4,000 km², about seven times as much as in 2023.", []),
        ("Russia's forces seized some 4,000 km², roughly double the area taken in 2023.", []),
        # the clause before, joined by "with" or an absolute participle, dates the figure
        ("Russia's advance accelerated in 2024, with its forces seizing some 4,000 square "
         "kilometers, about seven times more than in 2023.", [4000 / 366]),
        ("Russia's advance accelerated in 2024, its forces seizing some 4,000 km².",
         [4000 / 366]),
        ("The Russian advance sped up in November, with troops taking 505 km².", [505 / 30]),
        # a bare "within weeks" is the figure's own time, not the year's length
        ("In 2022 Russian troops occupied 119,000 km² of territory within weeks.", []),
        ("In 2022 the war began, with Russian troops occupying 119,000 km² in weeks.", []),
    ],
)  # fmt: skip
def test_periods_of_comparisons_participles_and_bare_weeks(sentence, expected):
    assert _lows(sentence, published="2025-12-05") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "when" after the month compared with points back to it
        ("The Russians seized 10 km² less in November than in October, when they took 515 km².",
         [515 / 31]),
        # "at" after it gives the subject's figure
        ("Gains in October were 40 km² lower than in September, at 460 km².", [460 / 31]),
    ],
)  # fmt: skip
def test_when_after_a_month_compared_with_is_that_months(sentence, expected):
    assert _lows(sentence, published="2025-12-05") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("This week Russian forces took 60 sq km; last week, 80.", [60 / 7, 80 / 7]),
        ("This week Russian forces took 60 sq km; the previous week, 80.", [60 / 7, 80 / 7]),
        ("This week Russian forces took 60 sq km, and last week 80.", [60 / 7, 80 / 7]),
    ],
)
def test_a_follower_led_by_last_or_the_previous_week(sentence, expected):
    assert _lows(sentence, published="2025-12-05") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a month named before a "largest monthly gains" superlative is the month meant
        ("In September, Russian troops made their largest monthly gains since October 2022, "
         "capturing 550 square kilometres.", [550 / 30]),
        ("In September, Russian troops made their largest monthly gains in a year, capturing "
         "550 square kilometres.", [550 / 30]),
        ("Last week Russian troops made their biggest weekly gains since March, capturing 235 "
         "square kilometres.", [235 / 7]),
        # with none named, a month of average length
        ("Russian troops made their largest monthly gains since October 2022, capturing 550 "
         "square kilometres.", [550 / 30.4375]),
    ],
)  # fmt: skip
def test_a_period_named_before_a_superlative_of_its_length(sentence, expected):
    assert _lows(sentence, published="2025-12-05") == pytest.approx(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian forces captured 505 square kilometres in November, according to an analysis "
        "of DeepState data, down from 610 in October.",
        "Russian forces captured 505 square kilometres in November, DeepState said, down from "
        "610 in October.",
        "Russian forces captured 505 square kilometres in November, analysts said, compared "
        "with 610 in October.",
    ],
)
def test_a_follower_after_an_attribution(sentence):
    assert _lows(sentence, published="2025-12-05") == pytest.approx([505 / 30, 610 / 31])


def test_no_follower_after_an_attribution_when_the_number_is_no_figure():
    sentence = ("Russian forces captured 505 square kilometres in November, DeepState said, "
                "and 2,000 people were killed in October.")  # fmt: skip
    assert _lows(sentence, published="2025-12-05") == pytest.approx([505 / 30])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a range whose two ends each carry the unit and basis is one range
        ("Advance rates ranged from 15 m/d to 50 m/d.", [(15.0, 50.0)]),
        ("Rates of advance ranged between 15 metres per day and 50 metres per day.",
         [(15.0, 50.0)]),
        ("Russian forces advanced anywhere from 15 metres a day to 50 metres a day.",
         [(15.0, 50.0)]),
        # a change between two rates is two figures; so are two bases
        ("Gains rose from 15 km² a day to 25 km² a day.", [(15.0, 15.0), (25.0, 25.0)]),
        ("Russian forces advanced between 15 metres a day and 2 km a week.",
         [(15.0, 15.0), (2000 / 7, 2000 / 7)]),
    ],
)  # fmt: skip
def test_a_range_of_two_rates_each_with_its_unit(sentence, expected):
    found = extract_rates(sentence)
    pairs = list(zip(found["canonical_low"], found["canonical_high"], strict=True))
    assert pairs == [pytest.approx(pair) for pair in expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At Pokrovsk the figure was 70 meters a day; at Kupiansk, 50.", [70.0, 50.0]),
        ("Russian forces advanced 70 m a day near Pokrovsk, and near Kupiansk 50.", [70.0, 50.0]),
        ("Russian forces advanced 70 m a day near Pokrovsk; near Kupiansk, 50 drones were "
         "shot down.", [70.0]),
    ],
)  # fmt: skip
def test_a_days_rate_followed_by_a_place_then_a_bare_number(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a march told as miles done; a diary's "Next day" without its article
        ("Next day we did 22 miles, camping at Jacobsdal.", [22 * 1609.344]),
        ("The column did twenty miles on the 14th and eighteen on the 15th.",
         [20 * 1609.344, 18 * 1609.344]),
        ("Next morning the column pushed on 12 miles to Poplar Grove.", [12 * 1609.344]),
        # not when something else was done, or by cyclists
        ("In 2024 the pipeline did 500 km of repairs.", []),
        ("Last week the cyclists did 200 km.", []),
    ],
)  # fmt: skip
def test_miles_done_and_a_diarys_next_day(sentence, expected):
    assert _lows(sentence, published="1900-03-20") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A day's march in the Peninsula was usually about 15 miles.", [15 * 1609.344]),
        ("A good day's march for the Grande Armée was 25 miles.", [25 * 1609.344]),
        ("A day's march for the men was a torment in 40 degree heat.", []),
    ],
)  # fmt: skip
def test_a_days_march_with_whose_or_where_before_its_figure(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


def test_a_rate_restated_on_another_basis_after_its_period_is_read_once():
    found = extract_rates("Gains averaged 17 km² daily in November, or about 500 km² monthly.")
    assert list(found["canonical_low"]) == pytest.approx([17.0])
    # a total and the average it gives stay two figures
    both = extract_rates("Russia took 505 km² in November, or about 17 km² a day.",
                         published="2025-12-05")  # fmt: skip
    assert list(both["canonical_low"]) == pytest.approx([505 / 30, 17.0])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia seized 505 km² worth of territory in November.", [505 / 30]),
        ("Ukrainian territorial losses amounted to 505 km² in November.", [505 / 30]),
        ("The Russians' haul for November was 505 km².", [505 / 30]),
        # money's worth, casualties and a police haul are no ground
        ("The army built 500 km worth $3bn in 2024.", []),
        ("Russian losses amounted to 1,500 men a day in November.", []),
        ("Police seized a haul of drugs 20 km from the border in November.", []),
    ],
)  # fmt: skip
def test_ground_worth_territorial_losses_and_a_haul(sentence, expected):
    assert _lows(sentence, published="2025-12-05") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The maximum penetration, 25 miles, was achieved in three days.",
         [25 * 1609.344 / 3]),
        ("The ground, some 8 km, was won in a week.", [8000 / 7]),
        ("The town, 20 km away, was won in 1944.", []),
    ],
)  # fmt: skip
def test_a_distance_achieved_or_won_in_the_passive(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second figure "a year/month/week earlier" than the first's period
        ("Russia took 505 km² in November against 469 km² a month earlier.",
         [505 / 30, 469 / 31]),
        ("Russia took 4,000 km² in 2024 against 600 km² a year earlier.",
         [4000 / 366, 600 / 365]),
        ("Russia took 505 km² last week against 300 km² a week earlier.", [505 / 7, 300 / 7]),
    ],
)  # fmt: skip
def test_a_figure_a_period_earlier_than_the_one_before(sentence, expected):
    assert _lows(sentence, published="2025-12-05") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia is capturing roughly 1 square kilometre every hour.", [24.0]),
        ("Russia captured about one square kilometre per hour in November.", [24.0]),
        # a length per hour is a speed; an area taken over hours is no day's
        ("The column moved 5 km an hour.", []),
        ("Russia captured 10 km² in five hours.", []),
        ("Firefighters contained 2 km² of forest an hour.", []),
    ],
)
def test_an_area_taken_per_hour_is_read_per_day(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a spoken range, its upper end hedged after a comma, in a typical week
        ('"In a good week, we take 2, maybe 3 kilometres," a sergeant said.',
         [(2000 / 7, 3000 / 7)]),
        ("They're gaining 200, perhaps 300 metres a day.", [(200.0, 300.0)]),
        # a year, or a figure with its own unit, opens no such range
        ("In 2024, perhaps 3,000 km² were taken by Russia.", [(3000 / 366, 3000 / 366)]),
    ],
)  # fmt: skip
def test_a_spoken_range_and_a_typical_week(sentence, expected):
    found = extract_rates(sentence, published="2025-12-05")
    pairs = list(zip(found["canonical_low"], found["canonical_high"], strict=True))
    assert pairs == [pytest.approx(pair) for pair in expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the figure in a relative clause, then how long the whole lasted or took
        ("The push, which covered 20 km, lasted a week.", [20_000 / 7]),
        ("The advance, which carried the army 300 miles, took 24 days.",
         [300 * 1609.344 / 24]),
        ("The assault, which cost 20,000 men and gained 3 km, lasted ten days.", [300.0]),
        # a place's distance is no advance, however long its capture took
        ("The town, which lies 20 km away, took a week to capture.", []),
    ],
)  # fmt: skip
def test_a_figure_in_a_relative_clause_then_how_long_it_lasted(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the figure restates a share of the country, whose clause names the period
        ("To put that in perspective, Russia's gains this year amount to about 0.6% of "
         "Ukraine's territory, roughly 3,600 square kilometres.", [3600 / 339]),
        ("Russia has captured less than 1% of Ukraine since January, or about 4,000 km².",
         [4000 / 339]),
        # a share held is a stock, whatever year it is dated
        ("In 2023, Russia controlled about 18% of Ukraine, roughly 110,000 km².", []),
    ],
)  # fmt: skip
def test_a_figure_restating_a_share_takes_the_shares_period(sentence, expected):
    assert _lows(sentence, published="2025-12-05") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russian forces advanced 2 km past Hill 192 in a week.", [2000 / 7]),
        ("US troops advanced 3 miles along Route 13 in two days.", [3 * 1609.344 / 2]),
    ],
)  # fmt: skip
def test_a_number_in_a_places_name_between_the_figure_and_its_period(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # figures listed by place after a heading that names their month
        ("Russia's November gains by direction: Pokrovsk 160 km², Huliaipole 120 km², "
         "Kostiantynivka 70 km².", [160 / 30, 120 / 30, 70 / 30]),
        ("Gains by direction in November: Pokrovsk 160 km², Huliaipole 120 km² and Lyman "
         "40 km².", [160 / 30, 120 / 30, 40 / 30]),
        ("Russian gains in November: Pokrovsk: 160 km², Huliaipole: 120 km².",
         [160 / 30, 120 / 30]),
        # a heading of land held names a stock
        ("Occupied area by region: Donetsk 18,000 km², Luhansk 26,000 km².", []),
    ],
)  # fmt: skip
def test_figures_listed_by_place_after_a_heading_with_their_period(sentence, expected):
    assert _lows(sentence, published="2025-12-05") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a month's gains as the subject: the month dates the figures after them
        ("Most of November's gains came near Pokrovsk (160 km²) and Huliaipole (120 km²).",
         [160 / 30, 120 / 30]),
        ("November's gains came near Pokrovsk, where Russia took 160 km².", [160 / 30]),
    ],
)  # fmt: skip
def test_a_months_gains_as_the_subject(sentence, expected):
    found = extract_rates(sentence, published="2025-12-05")
    assert list(found["canonical_low"]) == pytest.approx(expected)
    assert set(found["period"]) == {"November"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second subject's pace, its number bare, after a semicolon
        ("The Allies at the Somme averaged about 80 metres a day; Russia at Kupiansk "
         "manages 50.", [80.0, 50.0]),
        # places listed with bracketed figures, the unit and basis said with the first
        ("Belleau Wood (410 metres a day), Gorizia (500) and Galicia (1,580) were faster.",
         [410.0, 500.0, 1580.0]),
        # a number of something else after the verb
        ("Russia took 70 m a day; Ukraine made 50 attacks.", [70.0]),
    ],
)  # fmt: skip
def test_bare_followers_of_a_days_rate_after_a_subject_or_in_brackets(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The day's gains were estimated at five miles.", [5 * 1609.344]),
        ("Daily gains were put at 20 km² in November.", [20.0]),
        ("The week's advance was reckoned at 40 miles.", [40 * 1609.344 / 7]),
    ],
)
def test_a_days_or_weeks_figure_estimated_at(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a convoy carries supplies; an armoured one, or one that advanced, is a column
        ("The convoy's average speed was 20 km a day.", []),
        ("Supply convoys covered 300 km a day.", []),
        ("The armoured convoy advanced 40 km in two days.", [20_000.0]),
    ],
)
def test_convoys_carry_unless_armoured(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an operation's span of dates after "of" is the period of what it did
        ("Ludendorff's offensive of 21 March - 5 April made gains of up to 40 miles.",
         [40 * 1609.344 / 16]),
        ("The battle of 1-3 July cost 60,000 men and gained 2 km.", [2000 / 3]),
        # a year alone names when, not how long; a time after the operation is not it
        ("The offensive of 1944 advanced 600 km.", []),
        ("Following the battle of 1-3 July, the British advanced 5 miles.", []),
    ],
)  # fmt: skip
def test_an_operations_dates_after_of(sentence, expected):
    assert _lows(sentence, published="2025-12-05") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # how long it lasted, then "in that time": the same length
        ("The offensive lasted 90 days; in that time Russia gained 600 km².", [600 / 90]),
        ("The siege ran for ten months; during that period the attackers advanced 8 km.",
         [8000 / (10 * 30.4375)]),
    ],
)  # fmt: skip
def test_in_that_time_after_how_long_it_lasted(sentence, expected):
    assert _lows(sentence) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "respectively" over places: the period before the list is every figure's
        ("Over the past week, Russian forces advanced 5 and 8 km near Pokrovsk and Kupiansk, "
         "respectively.", [5000 / 7, 8000 / 7]),
        ("In November Russia took 300 km² and 200 km² in Donetsk and Zaporizhzhia, "
         "respectively.", [10.0, 200 / 30]),
        # a period after "respectively" still comes first
        ("Russian forces advanced 20 and 30 miles respectively in a week.",
         [20 * 1609.344 / 7, 30 * 1609.344 / 7]),
    ],
)  # fmt: skip
def test_respectively_over_places_with_a_period_before_the_list(sentence, expected):
    assert _lows(sentence, published="2025-12-05") == pytest.approx(expected)
