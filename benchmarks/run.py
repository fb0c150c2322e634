"""advrate benchmarks: each result is a ratio against a baseline timed in the same run.

Usage::

    python benchmarks/run.py                 # everything
    python benchmarks/run.py normalise cold  # chosen sections

Sections
--------
normalise
    One million rows with 20 distinct unit strings converted to m/day by
    ``advrate.normalise``, against (a) per-row pint, ``Quantity(v, u).m_as()``
    in a loop, timed on a slice and scaled to the same row count, and (b) the
    floor for string-keyed conversion: ``pd.factorize`` of the unit column then
    gather-and-multiply with the factors already known.
cold
    Fresh-process start-up of ``import advrate`` + first ``parse_rate``
    against ``import pint; pint.UnitRegistry()`` (both with a warm pint cache).
parse
    ``parse_rate`` per string against pint's own ``Quantity(str)`` on strings
    that pint reads correctly.
notebooks
    Wall time of the notebook suite under nbval, against a bare ``pytest``
    start-up in the same environment.
report
    Wall time of ``advrate report`` (after set-up), against executing the
    same notebooks with nbclient alone.
extract
    Extraction quality (precision, recall, F1) and sentences per second of
    ``advrate.extract_rates`` on the labelled corpus, and of quantulum3 when
    installed (``pip install -e '.[compare]'``).
adversarial
    Seconds per megabyte of adversarial text, against ``str.split`` on the
    same text, and the 1 MB / 0.5 MB time ratio (2.0 means linear).
maps
    Maps per second of ``advrate.maps.occupied_area`` on the archive folder
    named by ``ADVRATE_MAP_ARCHIVE`` (a checkout of either DeepStateMap
    archive; skipped when unset), against reading the same files with
    ``json.load`` alone.
hostile
    MB/s of sentence splitting, of ``extract_rates`` and of ``html_to_text``
    on the worst patterns known (runs of stops, repeated abbreviations,
    unclosed tags, comments and scripts), against ordinary prose and an
    ordinary tagged page built from the labelled corpus in the same run. The
    aim: no pattern slower than half the ordinary rate (ratio <= 2).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """Best wall time of ``repeat`` calls, in seconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


UNIT_STRINGS = [
    "meters per day", "m/day", "km/day", "kilometres per day", "km per week",
    "miles per day", "mi/week", "yards per day", "ft/day", "km/h",
    "metres a day", "km a week", "m per month", "km per month", "miles per month",
    "km/year", "m/h", "mph", "feet per week", "kilometers per hour",
]  # fmt: skip
PINT_EQUIVALENT = {
    "meters per day": "meter/day", "m/day": "meter/day", "km/day": "kilometer/day",
    "kilometres per day": "kilometer/day", "km per week": "kilometer/week",
    "miles per day": "mile/day", "mi/week": "mile/week", "yards per day": "yard/day",
    "ft/day": "foot/day", "km/h": "kilometer/hour", "metres a day": "meter/day",
    "km a week": "kilometer/week", "m per month": "meter/month",
    "km per month": "kilometer/month", "miles per month": "mile/month",
    "km/year": "kilometer/year", "m/h": "meter/hour", "mph": "mile/hour",
    "feet per week": "foot/week", "kilometers per hour": "kilometer/hour",
}  # fmt: skip


def bench_normalise(n: int = 1_000_000, per_row_sample: int = 20_000) -> None:
    import pandas as pd

    import advrate
    from advrate.units import get_registry

    rng = np.random.default_rng(42)
    units = np.array(UNIT_STRINGS, dtype=object)[rng.integers(0, len(UNIT_STRINGS), n)]
    units = pd.Series(units, dtype="str")
    values = rng.uniform(0, 5000, n)

    advrate.normalise(values[:10], units[:10])  # warm caches
    t_advrate = best_of(lambda: advrate.normalise(values, units), repeat=5)

    ureg = get_registry()
    pint_units = [PINT_EQUIVALENT[u] for u in units[:per_row_sample]]
    factors = {u: ureg.Quantity(1.0, PINT_EQUIVALENT[u]).m_as("m/day") for u in UNIT_STRINGS}

    def per_row():
        return [ureg.Quantity(v, u).m_as("m/day") for v, u in zip(values, pint_units, strict=False)]

    t_per_row = best_of(per_row, repeat=1) * (n / per_row_sample)

    def floor_for(column):
        def floor():
            codes, uniques = pd.factorize(column)
            table = np.array([factors[u] for u in uniques])
            return values * table[codes]

        return floor

    # The floor is the faster of the two column representations a user may hold.
    as_objects = np.asarray(units, dtype=object)
    floor = floor_for(units)
    t_floor = min(best_of(floor, repeat=5), best_of(floor_for(as_objects), repeat=5))
    check = advrate.normalise(values, units)
    assert np.allclose(check, floor()), "normalise disagrees with the floor"
    print(f"normalise, {n:,} rows, {len(UNIT_STRINGS)} distinct units")
    print(f"  advrate.normalise            {t_advrate * 1e3:9.1f} ms")
    print(f"  per-row pint (scaled from {per_row_sample:,}) {t_per_row:9.1f} s")
    print(f"  factorize + gather floor     {t_floor * 1e3:9.1f} ms")
    print(f"  speed-up vs per-row pint     {t_per_row / t_advrate:9.0f}x   (aim >= 100x)")
    print(f"  time vs floor                {t_advrate / t_floor:9.2f}x   (aim <= 1.5x)")


def _fresh_process_time(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bench_cold(runs: int = 11) -> None:
    ours = "import advrate; advrate.parse_rate('1,580 meters per day')"
    base = "import pint; pint.UnitRegistry(cache_folder=':auto:')"
    _fresh_process_time(ours, 1)  # fill pint's disk cache
    _fresh_process_time(base, 1)
    t_empty = _fresh_process_time("pass", runs)
    t_ours = _fresh_process_time(ours, runs)
    t_base = _fresh_process_time(base, runs)
    print(f"cold start, median of {runs} fresh processes (python alone: {t_empty * 1e3:.0f} ms)")
    print(f"  import advrate + parse_rate  {t_ours * 1e3:9.0f} ms")
    print(f"  import pint + UnitRegistry   {t_base * 1e3:9.0f} ms")
    print(f"  ratio                        {t_ours / t_base:9.2f}x   (aim <= 1.2x)")


def bench_parse(n: int = 2000) -> None:
    import advrate
    from advrate.units import get_registry

    texts = ["1580 meters per day", "9 square kilometers per day", "3 km/day", "500 yards/week"]
    ureg = get_registry()
    advrate.parse_rate(texts[0])

    def ours():
        for i in range(n):
            advrate.parse_rate(texts[i % 4])

    def theirs():
        for i in range(n):
            ureg.Quantity(texts[i % 4])

    t_ours = best_of(ours, 3) / n
    t_theirs = best_of(theirs, 3) / n
    print("parse one string (strings pint reads correctly)")
    print(f"  advrate.parse_rate           {t_ours * 1e6:9.1f} us")
    print(f"  pint Quantity(str)           {t_theirs * 1e6:9.1f} us")
    print(f"  ratio                        {t_ours / t_theirs:9.2f}x")


def bench_notebooks() -> None:
    nb = ROOT / "notebooks"
    if not list(nb.glob("*.ipynb")):
        print("notebooks: none yet")
        return
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "notebooks"],
                   check=True, cwd=ROOT, capture_output=True)  # fmt: skip
    t_suite = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as empty:
        Path(empty, "test_nothing.py").write_text("def test_nothing():\n    pass\n")
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", empty],
                       check=True, capture_output=True)  # fmt: skip
        t_bare = time.perf_counter() - t0
    count = len(list(nb.glob("*.ipynb")))
    print(f"notebook suite under nbval ({count} notebooks)")
    print(f"  pytest --nbval notebooks     {t_suite:9.1f} s")
    print(f"  bare pytest start-up         {t_bare:9.1f} s")
    print(f"  ratio                        {t_suite / t_bare:9.1f}x")


def bench_report() -> None:
    nb = ROOT / "notebooks"
    notebooks = sorted(nb.glob("*.ipynb"))
    if not notebooks:
        print("report: no notebooks yet")
        return
    import nbformat
    from nbclient import NotebookClient

    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "advrate", "report", "--quiet", "--out", out],
                       check=True, cwd=ROOT, capture_output=True)  # fmt: skip
        t_report = time.perf_counter() - t0
    t0 = time.perf_counter()
    for path in notebooks:
        notebook = nbformat.read(path, as_version=4)
        NotebookClient(notebook, kernel_name="python3", resources={"metadata": {"path": str(nb)}},
                       timeout=600).execute()  # fmt: skip
    t_exec = time.perf_counter() - t0
    print(f"make report ({len(notebooks)} notebooks, after set-up)")
    print(f"  advrate report               {t_report:9.1f} s")
    print(f"  nbclient execute only        {t_exec:9.1f} s")
    print(f"  ratio                        {t_report / t_exec:9.2f}x")


def bench_extract() -> None:
    from advrate.evaluation import benchmark_extractors

    benchmark_extractors(print)


PUBLISHED = "2025-11-20"
ADVERSARIAL = {
    "digits and spaces": "1 ",
    "thousands groups": "1,000 ",
    "pint power tower": "9**9**",
    "open brackets": "(",
    "period words": "in the past ",
    "open ranges": "between 1 and ",
    "number words": "one two three ",
    "lengths, no time": "50 meters ",
    "lengths before 'in'": "50 meters in ",
    "dense real rates": "50 meters per day ",
    "respectively lists": "took 449 and 300 km2 in May and April respectively, ",
    # every figure a total with no period of its own: each walks the whole period search
    "totals after rates": "5 km a day, 40 km in all, which took ",
    "listed figures": "in the first week 10 km and 5 km in the second, ",
    "superlatives": "the biggest weekly gain, 235 km2, ",
    "months to date": "In October, Russia took 40 km2; ",
    "asides": "By the time the war entered its fourth year, 40 km, ",
}


def bench_adversarial(megabytes: float = 1.0) -> None:
    from advrate.extract import extract_rates

    size = int(megabytes * 1_000_000)
    print(
        f"extraction on {megabytes:g} MB of adversarial text (best of 2; linear floor: str.split)"
    )
    for name, unit in ADVERSARIAL.items():
        text = (unit * (size // len(unit) + 1))[:size]
        half = text[: size // 2]
        # (with a publication date, as an article has: some readings are made only then)
        t_full = best_of(lambda text=text: extract_rates(text, published=PUBLISHED), repeat=2)
        t_half = best_of(lambda half=half: extract_rates(half, published=PUBLISHED), repeat=2)
        t_floor = best_of(lambda text=text: text.split(), repeat=3)
        print(f"  {name:22} {t_full:6.2f} s/MB   x{t_full / t_floor:6.0f} floor   "
              f"1 MB / 0.5 MB = {t_full / t_half:4.2f} (2.0 = linear)")  # fmt: skip


HOSTILE_TEXT = {
    "dots": ".",
    "stops !?": "!?",
    "abbreviations": "Gen. A ",
    "initials": "J. R. R. ",
    "blank lines": "\n\n",
}
HOSTILE_HTML = {
    "unclosed <a": "<a ",
    "unclosed comment": "<!--",
    "unclosed script": "<script>",
    "lone <": "<",
    "open quote": "<a title='",
    "conditional comment": "<![ if !IE ]>",
}


def _ordinary_prose() -> str:
    """Running text from the labelled corpus (sentences from public reporting)."""
    from advrate.evaluation import load_corpus

    return " ".join(item["text"] for item in load_corpus())


def _ordinary_page(prose: str) -> str:
    """The same text as a news page: head, navigation, paragraphs with inline markup."""
    words = prose.split()
    paragraphs = []
    for start in range(0, len(words) - 60, 60):
        chunk = words[start : start + 60]
        chunk[5] = f'<a href="https://example.org/{start}">{chunk[5]}</a>'
        chunk[20] = f"<em>{chunk[20]}</em>"
        chunk[40] = f'<span class="name">{chunk[40]}</span>'
        paragraphs.append("<p>" + " ".join(chunk) + "</p>")
    head = ("<!doctype html><html><head><title>News</title><style>p{margin:0}</style>"
            "<script>var page = {id: 1};</script></head><body><nav><ul>"
            + "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(12))
            + "</ul></nav><article>")  # fmt: skip
    return head + "\n".join(paragraphs) + "</article></body></html>"


def _mb_per_s(fn: Callable[[str], object], text: str) -> float:
    return len(text.encode("utf-8")) / 1e6 / best_of(lambda: fn(text), repeat=3)


def bench_hostile(megabytes: float = 0.5) -> None:
    from advrate.extract import _sentences, extract_rates, html_to_text

    size = int(megabytes * 1_000_000)

    def sized(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    prose = sized(_ordinary_prose() + " ")
    page = _ordinary_page(prose)
    print(f"hostile input, {megabytes:g} MB each, best of 3: MB/s, and ordinary / worst "
          "(aim <= 2)")  # fmt: skip
    for label, fn, ordinary, patterns in (
        ("sentence splitting", _sentences, prose, HOSTILE_TEXT),
        ("extract_rates", extract_rates, prose, HOSTILE_TEXT),
        ("html_to_text", html_to_text, page, HOSTILE_HTML),
        ("html_to_text + extract_rates", lambda t: extract_rates(html_to_text(t)), page,
         HOSTILE_HTML),
    ):  # fmt: skip
        base = _mb_per_s(fn, ordinary)
        print(f"  {label}: ordinary {base:8.2f} MB/s")
        for name, unit in patterns.items():
            rate = _mb_per_s(fn, sized(unit))
            print(f"    {name:22} {rate:8.2f} MB/s   ordinary/this = {base / rate:5.2f}")


def bench_maps(count: int = 200) -> None:
    import json
    import os

    folder = os.environ.get("ADVRATE_MAP_ARCHIVE")
    if not folder:
        print("maps: skipped (set ADVRATE_MAP_ARCHIVE to a checkout of a DeepStateMap archive)")
        return
    from advrate import maps

    files = maps.archive_files(folder)[-count:]

    def areas() -> None:
        for mf in files:
            maps.occupied_area(mf.path)

    def reads() -> None:
        for mf in files:
            with mf.path.open(encoding="utf-8") as f:
                json.load(f)

    t_area, t_read = best_of(areas, repeat=2), best_of(reads, repeat=2)
    rate, read_rate = len(files) / t_area, len(files) / t_read
    print(f"maps: {len(files)} files of {folder}: {rate:6.1f} maps/s "
          f"(json.load alone: {read_rate:6.1f} files/s, x{t_area / t_read:.1f})")  # fmt: skip


SECTIONS = {
    "normalise": bench_normalise,
    "cold": bench_cold,
    "parse": bench_parse,
    "notebooks": bench_notebooks,
    "report": bench_report,
    "extract": bench_extract,
    "adversarial": bench_adversarial,
    "hostile": bench_hostile,
    "maps": bench_maps,
}


def main(argv: list[str]) -> int:
    chosen = argv or list(SECTIONS)
    unknown = [name for name in chosen if name not in SECTIONS]
    if unknown:
        print(f"unknown section(s) {unknown}; choose from {list(SECTIONS)}", file=sys.stderr)
        return 2
    print(f"advrate benchmarks, Python {sys.version.split()[0]}, numpy {np.__version__}")
    for name in chosen:
        print()
        SECTIONS[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
