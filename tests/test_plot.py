"""Tests for advrate.plot: content, style isolation, reproducible files, image baselines."""

from __future__ import annotations

import hashlib

import matplotlib as mpl
import pytest

import advrate
from advrate.compare import comparison_table
from advrate.plot import (
    HOUSE_STYLE,
    days_to_advance_chart,
    house_style,
    rate_bar_chart,
    save_figure,
)

BASELINES = dict(baseline_dir="baseline", tolerance=2, style="default")


@pytest.fixture(scope="module")
def table():
    return comparison_table(advrate.load_quoted_rates(), reference=["Somme", "Kharkiv"])


def _texts(fig):
    return [t.get_text() for t in fig.findobj(mpl.text.Text)]


def test_bar_chart_content(table):
    fig = rate_bar_chart(table)
    texts = _texts(fig)
    ax = fig.axes[0]
    assert "Rate of advance [m/day]" in ax.get_xlabel()
    assert "3,220 m/day" in texts and "50 m/day" in texts
    assert "only 50 m/day" not in texts  # emphasis words are the writer's, not data
    assert any("Source: CSIS (2025-06-03)." in t for t in texts)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == "Kursk-Oboyan (1943)" and labels[0] == "Kharkiv (2024-25)"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["Russo-Ukrainian War", "Historical offensives"]


def test_bar_chart_keeps_precision_qualifiers():
    table = comparison_table(subjects=["Kyiv from Belarus", "Somme"])
    assert "about 3,120 m/day" in _texts(rate_bar_chart(table))


def test_log_scale(table):
    fig = rate_bar_chart(table, log=True)
    assert fig.axes[0].get_xscale() == "log"
    assert "log scale" in fig.axes[0].get_xlabel()


def test_days_chart(table):
    fig = days_to_advance_chart(table)
    texts = _texts(fig)
    assert "Days needed to advance 10 km" in texts
    assert "200 days  (50 m/day)" in texts


def test_style_is_not_global(table):
    before = {k: mpl.rcParams[k] for k in HOUSE_STYLE}
    rate_bar_chart(table)
    after = {k: mpl.rcParams[k] for k in HOUSE_STYLE}
    assert before == after
    with house_style():
        assert mpl.rcParams["svg.hashsalt"] == "advrate"


def test_save_figure_is_reproducible(tmp_path, table):
    fig = rate_bar_chart(table)
    first = save_figure(fig, tmp_path / "a" / "chart")
    second = save_figure(rate_bar_chart(table), tmp_path / "b" / "chart")
    assert [p.suffix for p in first] == [".svg", ".pdf", ".png"]
    for p, q in zip(first, second, strict=True):
        assert hashlib.sha256(p.read_bytes()).digest() == hashlib.sha256(q.read_bytes()).digest()
    svg = first[0].read_text(encoding="utf-8")
    assert "<dc:date>" not in svg
    assert b"CreationDate" not in first[1].read_bytes()
    assert b"Matplotlib version" not in first[2].read_bytes()


def test_save_figure_keeps_dots_in_the_stem(tmp_path, table):
    fig = rate_bar_chart(table)
    written = save_figure(fig, tmp_path / "rates.linear", formats=("svg", "png"))
    written += save_figure(fig, tmp_path / "rates.areal", formats=("svg", "png"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "rates.areal.png", "rates.areal.svg", "rates.linear.png", "rates.linear.svg",
    ]  # fmt: skip


def test_save_figure_png_is_300_dpi(tmp_path, table):
    from PIL import Image

    (png,) = save_figure(rate_bar_chart(table), tmp_path / "c", formats=("png",))
    with Image.open(png) as image:
        assert round(image.info["dpi"][0]) == 300
        assert image.width > 1800  # 6.5 in at 300 dpi, trimmed by bbox_inches="tight"


def test_bad_inputs(table, tmp_path):
    with pytest.raises(advrate.AdvrateError, match="no rows"):
        rate_bar_chart(table.iloc[0:0])
    with pytest.raises(advrate.AdvrateError, match="unknown figure format"):
        save_figure(rate_bar_chart(table), tmp_path / "x", formats=("gif",))
    with pytest.raises(advrate.AdvrateError, match="days_to_advance"):
        days_to_advance_chart(table.drop(columns="days_to_advance"))


@pytest.mark.mpl_image_compare(**BASELINES)
def test_baseline_comparison_bar(table):
    return rate_bar_chart(table)


@pytest.mark.mpl_image_compare(**BASELINES)
def test_baseline_all_rates_log():
    return rate_bar_chart(comparison_table(subjects="all"), log=True)


@pytest.mark.mpl_image_compare(**BASELINES)
def test_baseline_days_to_advance(table):
    return days_to_advance_chart(table)


@pytest.mark.mpl_image_compare(**BASELINES)
def test_baseline_cdb90_distribution():
    from advrate import history
    from advrate.plot import rate_distribution_chart

    battles = history.battles()
    selected = battles[battles["rate_m_per_day"].notna() & battles["duplicate_of"].isna()]
    return rate_distribution_chart(selected["rate_m_per_day"], {"Kharkiv": 50, "Donetsk": 135})


@pytest.mark.mpl_image_compare(**BASELINES)
def test_baseline_monthly_gains():
    from advrate import territory
    from advrate.plot import monthly_gain_chart

    monthly = territory.monthly_gains()
    amounts = territory.load_quoted_amounts()
    gains = amounts[(amounts["measure"] == "gain") & (amounts["days"] < 100)]
    rates = advrate.load_quoted_rates()
    recent = monthly[monthly["start"] >= "2023-10-01"]
    return monthly_gain_chart(recent, gains, rates[rates["kind"] == "areal"])


@pytest.mark.mpl_image_compare(**BASELINES)
def test_baseline_casualties_per_km2():
    from advrate import territory
    from advrate.plot import cost_chart

    costs = territory.cost_of_advance("month")
    return cost_chart(costs[costs["start"] >= "2023-10-01"])


def test_new_charts_refuse_empty_input():
    import pandas as pd

    from advrate.plot import cost_chart, monthly_gain_chart, rate_distribution_chart

    with pytest.raises(advrate.AdvrateError):
        rate_distribution_chart(pd.Series([], dtype=float), {})
    with pytest.raises(advrate.AdvrateError):
        monthly_gain_chart(pd.DataFrame())
    with pytest.raises(advrate.AdvrateError):
        cost_chart(pd.DataFrame())
