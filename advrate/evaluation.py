"""Evaluate rate extraction on a labelled corpus: precision, recall, F1, speed.

A corpus is a JSON Lines file; each line holds one sentence (``text``), its
source (``source``, ``url``) and the rates it contains (``labels``: a list of
``canonical_low``, ``canonical_high``, ``canonical_unit`` and, optionally,
``basis`` and ``subject``). An extracted rate matches a label when its unit
is the same and both canonical values agree within 0.1 %; each label matches
at most once.
"""

from __future__ import annotations

import json
import math
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "Scores",
    "bootstrap_f1",
    "corpus_paths",
    "evaluate",
    "load_corpus",
    "quantulum3_extractor",
]

Prediction = tuple[float, float, str]
Extractor = Callable[[str], list[Prediction]]


@dataclass(frozen=True)
class Scores:
    """Extraction quality and speed on a corpus.

    Attributes
    ----------
    true_positives, false_positives, false_negatives : int
        Counts over the corpus.
    sentences : int
        Sentences processed.
    seconds : float
        Wall time of the extraction alone. [s]
    """

    true_positives: int
    false_positives: int
    false_negatives: int
    sentences: int
    seconds: float

    @property
    def precision(self) -> float:
        """Share of extracted rates that are right. [-]"""
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        """Share of labelled rates found. [-]"""
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall. [-]"""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def sentences_per_second(self) -> float:
        """Throughput. [1/s]"""
        return self.sentences / self.seconds if self.seconds else math.inf

    def __str__(self) -> str:
        return (
            f"precision {self.precision:.3f}, recall {self.recall:.3f}, F1 {self.f1:.3f} "
            f"(TP {self.true_positives}, FP {self.false_positives}, FN {self.false_negatives}); "
            f"{self.sentences_per_second:,.0f} sentences/s"
        )


def corpus_paths() -> list[Path]:
    """The labelled corpus (``tests/corpus/*.jsonl``, packaged in the wheel too).

    Raises
    ------
    advrate.DataError
        The corpus is missing: an error, so a table built from it is never
        silently empty.
    """
    from .resources import corpus_dir

    return sorted(corpus_dir().glob("*.jsonl"))


#: The two parts of the corpus: ``dev`` is what the extractor is developed
#: against; ``test`` is labelled but only scored, never used to change the
#: extractor. Each sentence's part is stored with it: the first 321 were placed
#: by a hash of their id; later rounds that were used to change the extractor
#: belong to ``dev``, and a round only ever scored in aggregate (``*_heldout``)
#: belongs to ``test``.
SPLITS = ("dev", "test")


def load_corpus(paths: Iterable[Path] | None = None, *, split: str | None = None) -> list[dict]:
    """Read corpus items from JSON Lines files (default :func:`corpus_paths`).

    Parameters
    ----------
    paths : iterable of path, optional
        The files; default :func:`corpus_paths`.
    split : {"dev", "test"}, optional
        Only the items of one part of the corpus (see :data:`SPLITS`).
    """
    if split is not None and split not in SPLITS:
        from .exceptions import AdvrateError

        raise AdvrateError(f"split must be one of {SPLITS} or None, not {split!r:.40}")
    items = []
    for path in corpus_paths() if paths is None else paths:
        with Path(path).open(encoding="utf-8") as f:
            items.extend(json.loads(line) for line in f if line.strip())
    return [i for i in items if split is None or i.get("split") == split]


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9)


def match(predicted: list[Prediction], labels: list[dict]) -> tuple[int, int, int]:
    """True positives, false positives and false negatives for one sentence."""
    remaining = list(labels)
    tp = 0
    for low, high, unit in predicted:
        for label in remaining:
            if (unit == label["canonical_unit"] and _close(low, label["canonical_low"])
                    and _close(high, label["canonical_high"])):  # fmt: skip
                remaining.remove(label)
                tp += 1
                break
    return tp, len(predicted) - tp, len(remaining)


def advrate_extractor(text: str, published: str | None = None) -> list[Prediction]:
    """advrate's own extractor, as predictions (with the article's date where known)."""
    from .extract import extract_rates

    table = extract_rates(text, published=published)
    return list(
        zip(table["canonical_low"], table["canonical_high"], table["canonical_unit"], strict=True)
    )


def quantulum3_extractor() -> Extractor:
    """quantulum3 as an extractor: its quantities whose unit reads as a rate unit.

    quantulum3's unit names ("metre per day", "square kilometre per day") are
    read with :func:`advrate.parse_unit`; speeds per hour or faster are dropped,
    as advrate drops them. Raises ImportError when quantulum3 is not installed
    (``pip install -e '.[compare]'``).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # type: ignore[import-not-found]

    from .exceptions import AdvrateError
    from .parse import parse_unit

    def extract(text: str) -> list[Prediction]:
        out = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = parser.parse(text)
        for q in quantities:
            try:
                unit = parse_unit(q.unit.name)
            except AdvrateError:
                continue
            if unit.time_unit not in ("day", "week", "fortnight", "month", "year"):
                continue
            value = float(q.value) * unit.factor
            out.append((value, value, unit.canonical_unit))
        return out

    return extract


def _predict(
    extractor: Extractor | None, items: list[dict]
) -> tuple[list[list[Prediction]], float]:
    predictions = []
    start = time.perf_counter()
    for item in items:
        if extractor is None:  # advrate's own, given the publication date
            predictions.append(advrate_extractor(item["text"], item.get("published")))
        else:
            predictions.append(extractor(item["text"]))
    return predictions, time.perf_counter() - start


def evaluate(
    extractor: Extractor | None = None,
    items: list[dict] | None = None,
    *,
    split: str | None = None,
) -> Scores:
    """Score an extractor on the corpus.

    Parameters
    ----------
    extractor : callable, optional
        Text -> list of (canonical_low, canonical_high, canonical_unit);
        advrate's extractor by default (given each item's ``published`` date).
    items : list of dict, optional
        Corpus items; :func:`load_corpus` by default.
    split : {"dev", "test"}, optional
        Score one part of the corpus only.

    Returns
    -------
    Scores
        Counts, precision, recall, F1 and sentences per second.
    """
    items = load_corpus(split=split) if items is None else items
    predictions, seconds = _predict(extractor, items)
    tp = fp = fn = 0
    for item, predicted in zip(items, predictions, strict=True):
        a, b, c = match(predicted, item["labels"])
        tp, fp, fn = tp + a, fp + b, fn + c
    return Scores(tp, fp, fn, len(items), seconds)


def bootstrap_f1(
    extractor: Extractor | None = None,
    items: list[dict] | None = None,
    *,
    split: str | None = None,
    resamples: int = 2000,
    seed: int = 0,
) -> tuple[float, float, float]:
    """F1 with a 95 % bootstrap interval, resampling sentences.

    Returns
    -------
    (f1, low, high) : tuple of float
        F1 on the items, and the 2.5th and 97.5th percentiles of F1 over
        ``resamples`` resamples of the sentences (with replacement). [-]
    """
    import numpy as np

    items = load_corpus(split=split) if items is None else items
    predictions, _ = _predict(extractor, items)
    counts = np.array([match(p, i["labels"]) for p, i in zip(predictions, items, strict=True)],
                      dtype=float)  # fmt: skip
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(items), size=(resamples, len(items)))
    tp, fp, fn = (counts[picks, k].sum(axis=1) for k in range(3))
    with np.errstate(invalid="ignore", divide="ignore"):
        f1 = np.where(2 * tp + fp + fn > 0, 2 * tp / (2 * tp + fp + fn), 1.0)
    total = counts.sum(axis=0)
    whole = 2 * total[0] / (2 * total[0] + total[1] + total[2]) if total.any() else 1.0
    return float(whole), float(np.percentile(f1, 2.5)), float(np.percentile(f1, 97.5))


def benchmark_extractors(say: Callable[[str], None] = print) -> None:
    """Print F1 and throughput of advrate and, when installed, quantulum3."""
    items = load_corpus()
    evaluate(None, items)  # warm-up: the unit registry, regex caches
    ours = evaluate(None, items)
    say(f"extraction on the labelled corpus ({len(items)} sentences)")
    say(f"  advrate     {ours} (one call per sentence)")
    for part in SPLITS:
        f1, low, high = bootstrap_f1(split=part)
        scores = evaluate(split=part)
        say(
            f"  advrate     {part} part: {scores.sentences} sentences, P {scores.precision:.3f}, "
            f"R {scores.recall:.3f}, F1 {f1:.3f} (95 % bootstrap interval {low:.3f}-{high:.3f})"
        )
    from .extract import extract_many

    article = " ".join(item["text"] for item in items)
    say(f"  advrate     within one article (the corpus joined): "
        f"{len(items) / _article_seconds(article):,.0f} sentences/s")  # fmt: skip
    texts = [item["text"] for item in items] * 20
    many = _best_seconds(lambda: extract_many(texts), repeat=3)
    say(f"  advrate     extract_many over {len(texts):,} texts: {len(texts) / many:,.0f} texts/s")
    try:
        q3 = quantulum3_extractor()
    except ImportError:
        say("  quantulum3  not installed (pip install -e '.[compare]')")
        return
    t0 = time.perf_counter()
    q3(items[0]["text"])
    say(f"  quantulum3  first call {time.perf_counter() - t0:.2f} s (model load)")
    theirs = evaluate(q3, items)
    say(f"  quantulum3  {theirs}")
    say(f"  F1 advrate - quantulum3: {ours.f1 - theirs.f1:+.3f}; speed ratio "
        f"{ours.sentences_per_second / theirs.sentences_per_second:.1f}x")  # fmt: skip
    article = " ".join(item["text"] for item in items)
    within = _best_seconds(lambda: q3(article), repeat=2)
    say(f"  quantulum3  within one article: {len(items) / within:,.0f} sentences/s")
    say(f"  advrate / quantulum3 within an article: {within / _article_seconds(article):.0f}x")


def _best_seconds(fn: Callable[[], object], repeat: int = 5) -> float:
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _article_seconds(article: str) -> float:
    from .extract import extract_rates

    return _best_seconds(lambda: extract_rates(article), repeat=20)
