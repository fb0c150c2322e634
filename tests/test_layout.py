"""Layout of every published chart at the two printed widths.

At the width it is saved for, a chart's text is never under 7 pt, no two
texts overlap, and nothing sticks out of the image (which would make it wider
than the column and shrink every text when pasted).
"""

from __future__ import annotations

import io
import itertools

import pytest
from chart_gallery import CHARTS
from matplotlib.text import Text
from PIL import Image

from advrate.plot import (
    FIGURE_WIDTHS_CM,
    MIN_TEXT_PT,
    fitted_to_width,
    house_style,
    legend_covers_data,
    save_figure,
)

CM_PER_INCH = 2.54


def _drawn(fig):
    """Texts the renderer draws: visible, not empty, tick labels only inside the view."""
    outside = set()
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            low, high = sorted(axis.get_view_interval())
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                loc = tick.get_loc()
                if loc is None or not low - 1e-9 * (high - low) <= loc <= high + 1e-9 * (
                    high - low
                ):
                    outside |= {id(tick.label1), id(tick.label2)}
    return [t for t in fig.findobj(Text)
            if t.get_visible() and t.get_text().strip() and id(t) not in outside]  # fmt: skip


def _boxes(fig):
    renderer = fig.canvas.get_renderer()
    return [(t, t.get_window_extent(renderer)) for t in _drawn(fig)]


def _overlapping(boxes, shrink=1.0):
    pairs = []
    for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
        ax0, ay0, ax1, ay1 = (
            box_a.x0 + shrink,
            box_a.y0 + shrink,
            box_a.x1 - shrink,
            box_a.y1 - shrink,
        )
        bx0, by0, bx1, by1 = (
            box_b.x0 + shrink,
            box_b.y0 + shrink,
            box_b.x1 - shrink,
            box_b.y1 - shrink,
        )
        if ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1:
            pairs.append((a.get_text()[:40], b.get_text()[:40]))
    return pairs


@pytest.mark.parametrize("width", sorted(FIGURE_WIDTHS_CM))
@pytest.mark.parametrize("chart", sorted(CHARTS))
def test_chart_fits_its_printed_width(chart, width):
    fig = CHARTS[chart]()
    with fitted_to_width(fig, width):
        fig.canvas.draw()
        boxes = _boxes(fig)
        small = [(t.get_text()[:40], t.get_fontsize()) for t, _ in boxes
                 if t.get_fontsize() < MIN_TEXT_PT]  # fmt: skip
        assert not small, small
        assert not _overlapping(boxes), _overlapping(boxes)
        assert not any(legend_covers_data(ax) for ax in fig.axes)
        # the image as save_figure writes it (tight box plus pad) is no wider than the column
        buffer = io.BytesIO()
        with house_style():
            fig.savefig(buffer, format="png", dpi=100)
    pixels = Image.open(buffer).size[0]
    assert pixels <= FIGURE_WIDTHS_CM[width] / CM_PER_INCH * 100 + 1


@pytest.mark.parametrize("width", sorted(FIGURE_WIDTHS_CM))
def test_save_figure_lays_out_at_the_width_and_leaves_the_figure_alone(width, tmp_path):
    fig = CHARTS["all-rates-log"]()
    before = fig.get_size_inches().tolist()
    texts = [t.get_text() for t in fig.findobj(Text)]
    (png,) = save_figure(fig, tmp_path / "chart", formats=["png"], dpi=100, width=width)
    assert Image.open(png).size[0] <= FIGURE_WIDTHS_CM[width] / CM_PER_INCH * 100 + 1
    assert fig.get_size_inches().tolist() == before
    assert [t.get_text() for t in fig.findobj(Text)] == texts
