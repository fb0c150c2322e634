"""Tests for advrate.plot: content, style isolation, reproducible files, image baselines."""

from __future__ import annotations

import hashlib

import matplotlib as mpl
import numpy as np
import pytest

import advrate
from advrate.compare import comparison_table, with_campaign_length
from advrate.plot import (
    HOUSE_STYLE,
    days_to_advance_chart,
    house_style,
    rate_bar_chart,
    save_figure,
)

BASELINES = dict(
    baseline_dir="baseline",
    tolerance=2,
    style="default",
    # the whole chart as published, title and notes included
    savefig_kwargs={"bbox_inches": "tight", "pad_inches": 0.08},
)


@pytest.fixture(scope="module")
def table():
    from advrate import history

    return with_campaign_length(
        comparison_table(advrate.load_quoted_rates(), reference=["Somme", "Kharkiv"]),
        history.csis_campaign_days(), basis=history.CAMPAIGN_DAYS_BASIS,
    )  # fmt: skip


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
    # how long each campaign lasted, so that a week's breakthrough and a year's
    # attrition are not read as alike
    assert labels[-1] == "Kursk-Oboyan (1943, 12 days)"
    assert labels[0] == "Kharkiv (2024-25, about 6 months)"
    assert any("Campaign length: in months, from the period its source gives; in days, from the "
               "CDB90 battles" in t for t in texts)  # fmt: skip
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["Russia attacking", "Historical offensives"]


def test_labels_without_campaign_lengths_name_years_only():
    labels = [t.get_text() for t in rate_bar_chart(comparison_table()).axes[0].get_yticklabels()]
    assert labels[-1] == "Kursk-Oboyan (1943)" and labels[0] == "Kharkiv (2024-25)"


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
    from advrate import history

    table = with_campaign_length(comparison_table(subjects="all"), history.csis_campaign_days(),
                                 basis=history.CAMPAIGN_DAYS_BASIS)  # fmt: skip
    return rate_bar_chart(table, log=True)


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
    return cost_chart(costs[costs["start"] >= "2023-10-01"], noise_km2=territory.redraw_noise_km2())


def test_new_charts_refuse_empty_input():
    import pandas as pd

    from advrate.plot import cost_chart, monthly_gain_chart, rate_distribution_chart

    with pytest.raises(advrate.AdvrateError):
        rate_distribution_chart(pd.Series([], dtype=float), {})
    with pytest.raises(advrate.AdvrateError):
        monthly_gain_chart(pd.DataFrame())
    with pytest.raises(advrate.AdvrateError):
        cost_chart(pd.DataFrame())


# ---------------------------------------------------------------------------
# Who attacked must stay readable for colour-blind readers and in greyscale print.
# Deuteranopia and protanopia simulated with the matrices of Machado, Oliveira and
# Fernandes (2009, severity 1.0), applied in linear RGB.
_MACHADO = {
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                     [-0.011820, 0.042940, 0.968881]],
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                   [-0.003882, -0.048116, 1.051998]],
}  # fmt: skip


def _linear(hex_colour):
    import matplotlib.colors as mcolors

    rgb = np.array(mcolors.to_rgb(hex_colour))
    return np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)


def _lightness(linear_rgb):
    """CIE L* of a linear RGB colour. [0-100]"""
    y = float(np.clip(linear_rgb @ [0.2126, 0.7152, 0.0722], 0, 1))
    return 116 * (y ** (1 / 3) if y > 0.008856 else 7.787 * y + 16 / 116) - 16


def test_attacker_colours_survive_colour_blindness_and_greyscale():
    from itertools import combinations

    from advrate.plot import ATTACKER_COLOURS

    colours = {k: _linear(v) for k, v in ATTACKER_COLOURS.items()}
    # Greyscale: lightness alone must tell every pair apart.
    for a, b in combinations(colours, 2):
        assert abs(_lightness(colours[a]) - _lightness(colours[b])) >= 15, (a, b)
    # Colour-blind vision: simulated colours stay apart.
    for name, matrix in _MACHADO.items():
        seen = {k: np.clip(np.array(matrix) @ v, 0, 1) for k, v in colours.items()}
        for a, b in combinations(seen, 2):
            assert np.linalg.norm(seen[a] - seen[b]) >= 0.15, (name, a, b)


def test_the_chart_shows_who_attacked():
    from advrate.plot import ATTACKER_COLOURS, attacker_group

    table = comparison_table(subjects="all")
    groups = {attacker_group(s, w) for s, w in zip(table["side"], table["war"], strict=True)}
    assert groups == {"Russia", "Ukraine", "historical"}
    fig = rate_bar_chart(table, log=True)
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert legend == ["Russia attacking", "Ukraine attacking", "Historical offensives"]
    faces = {tuple(np.round(c, 3)) for c in fig.axes[0].collections[-1].get_facecolors()[:, :3]}
    import matplotlib.colors as mcolors

    assert {tuple(np.round(mcolors.to_rgb(c), 3)) for c in ATTACKER_COLOURS.values()} == faces


def test_log_scale_draws_dots_not_bars():
    fig = rate_bar_chart(comparison_table(subjects="all"), log=True)
    ax = fig.axes[0]
    assert ax.get_xscale() == "log"
    assert not ax.patches  # no bars whose length would mean nothing
    linear = rate_bar_chart(comparison_table())
    assert linear.axes[0].patches and linear.axes[0].get_xlim()[0] == 0  # bars start at zero


def test_svg_text_is_editable_and_titled(tmp_path):
    import re

    fig = rate_bar_chart(comparison_table())
    svg = save_figure(fig, tmp_path / "chart", formats=("svg",))[0].read_text(encoding="utf-8")
    assert "<title>Rates of advance: Russia in Ukraine against historical offensives</title>" in svg
    desc = re.search(r"<desc>(.*?)</desc>", svg, re.S).group(1)
    assert "Source: CSIS" in desc
    assert len(re.findall(r"<text\b", svg)) >= 10  # labels are text, not outlines
    assert "Kharkiv (2024-25)" in svg


@pytest.mark.parametrize("chart", ["rates", "rates-log", "days"])
def test_the_legend_covers_no_bar_or_label(chart, table):
    if chart == "days":
        fig = days_to_advance_chart(table)
    else:
        fig = rate_bar_chart(comparison_table(subjects="all") if chart == "rates-log" else table,
                             log=chart == "rates-log")  # fmt: skip
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    legend = ax.get_legend().get_window_extent(renderer)
    items = [p.get_window_extent(renderer) for p in ax.patches]
    items += [t.get_window_extent(renderer) for t in ax.texts if t.get_text().strip()]
    for box in items:
        assert not legend.overlaps(box), (chart, box)


def test_new_territory_charts_start_from_zero_and_say_their_window():
    from advrate import territory
    from advrate.plot import cumulative_gain_chart, losses_and_gain_chart, monthly_rate_chart

    monthly = territory.monthly_gains()
    fig = monthly_rate_chart(monthly)
    ax = fig.axes[0]
    assert any("April 2022" in t for t in _texts(fig))
    note = " ".join(" ".join(t.get_text().split()) for t in fig.texts)
    averages = {}
    for year in ("2022", "2023", "2024", "2025"):  # a reference line per year, valued in the note
        rows = monthly[monthly["start"].dt.year == int(year)]
        averages[year] = f"{rows['gain_km2'].sum() / rows['days'].sum():.1f}"
        assert f"{year} {averages[year]}" in note
    assert set(averages.values()) <= {t.get_text() for t in ax.texts}
    assert any(p.get_hatch() for p in ax.patches)  # flagged spring-2022 months are marked

    series = territory.occupied_area()
    fig = cumulative_gain_chart(series)
    ax = fig.axes[0]
    start = series.loc[:"2023-12-31", "area_km2"].iloc[-1]
    since = series.loc["2024-01-01":, "area_km2"] - start
    # the axis holds zero, and any early net loss below it, never less
    assert ax.get_ylim()[0] == pytest.approx(min(0.0, since.min()))
    gained = since.iloc[-1]
    assert any(f"{gained:,.0f} km²" in t for t in _texts(fig))

    costs = territory.cost_of_advance("month")
    fig = losses_and_gain_chart(costs[costs["start"] >= "2024-01-01"])
    top, bottom = fig.axes[:2]
    assert top.get_shared_x_axes().joined(top, bottom)
    assert top.get_ylim()[0] == 0


def test_estimator_spread_chart_states_each_months_spread():
    from advrate import territory
    from advrate.plot import estimator_spread_chart

    table = territory.estimates_by_month()
    fig = estimator_spread_chart(table)
    ax = fig.axes[0]
    assert ax.get_ylim()[0] == 0
    shown = {t.get_text() for t in ax.texts}
    for _, rows in table.groupby("month"):
        data = rows[rows["kind"] != "quoted rate"]["km2_per_day"]
        if len(data) > 1:
            assert f"{(data.max() - data.min()) / data.median():.0%}" in shown
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "AFP analysis of ISW data (includes areas only claimed)" in legend
