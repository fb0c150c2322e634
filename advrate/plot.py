"""Charts for reports, in one house style.

The style is applied through :func:`house_style`, a context manager, so
importing advrate never changes matplotlib's global settings. Every chart
function returns a :class:`matplotlib.figure.Figure` sized for one report
column; :func:`save_figure` writes it as SVG, PDF and PNG with no creation
date and a fixed SVG hash salt, so saving unchanged data gives identical
files.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import textwrap
import warnings
import weakref
from collections.abc import Iterator, Sequence
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter

from .checks import as_flag, as_number, as_texts, require_frame
from .compare import campaign_length_note
from .exceptions import AdvrateError
from .files import checked_stem
from .parse import QUALIFIERS

__all__ = [
    "ATTACKER_COLOURS",
    "COLUMN_WIDTH_IN",
    "FIGURE_WIDTHS_CM",
    "HOUSE_STYLE",
    "MIN_TEXT_PT",
    "attacker_group",
    "cost_chart",
    "csis_reproduction_chart",
    "cumulative_gain_chart",
    "days_to_advance_chart",
    "estimator_spread_chart",
    "fitted_to_width",
    "front_position_chart",
    "front_rates_chart",
    "house_style",
    "legend_covers_data",
    "losses_and_gain_chart",
    "monthly_gain_chart",
    "monthly_rate_chart",
    "rate_bar_chart",
    "rate_distribution_chart",
    "rate_length_chart",
    "save_figure",
]

#: Width the charts are drawn at on screen and in notebooks. [inch]
COLUMN_WIDTH_IN = 6.5

#: Widths an editor pastes a chart at: one newspaper or two-column-journal
#: column, and a full page. :func:`save_figure` lays a chart out again at
#: either, so the saved image is no wider than this. [cm]
FIGURE_WIDTHS_CM = {"column": 8.5, "page": 17.0}

#: Smallest text in a saved chart, at the width it was saved for. [pt]
MIN_TEXT_PT = 7.0

# Texts the library wraps itself (titles, subtitles, footnotes), with their
# unwrapped text, so a chart saved at another width can wrap them again.
_WRAPPED: weakref.WeakKeyDictionary[Text, str] = weakref.WeakKeyDictionary()
# Each axes' subtitle and the number of lines the title's pad was set for.
_SUBTITLES: weakref.WeakKeyDictionary[Axes, Text] = weakref.WeakKeyDictionary()

#: Colours: the current war against historical offensives (colour-blind safe).
CURRENT_WAR = "Russo-Ukrainian War"
COLOURS = {"current": "#c0392b", "historical": "#5b7fa6"}

HOUSE_STYLE: dict[str, object] = {
    "font.family": ["DejaVu Sans", "sans-serif"],
    "font.size": 9,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "x",
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "xtick.labelsize": 8.5,
    "ytick.labelsize": 9,
    "figure.dpi": 100,
    "savefig.dpi": 300,
    "savefig.bbox": "tight",
    "savefig.pad_inches": 0.08,
    "svg.hashsalt": "advrate",
    # Text stays text in SVG, so an editor can correct or translate a label and a
    # screen reader can read it; DejaVu Sans ships with matplotlib, and a viewer
    # without it falls back to the generic family named after it.
    "svg.fonttype": "none",
    "pdf.fonttype": 42,
}


@contextlib.contextmanager
def house_style() -> Iterator[None]:
    """Apply the house style inside a ``with`` block, leaving global settings alone."""
    with mpl.rc_context(HOUSE_STYLE):
        yield


def _group(war: str) -> str:
    return "current" if war == CURRENT_WAR else "historical"


#: Who attacked, in colours that stay apart under deuteranopia, protanopia and
#: in greyscale (Okabe-Ito vermillion, a dark blue and a light grey; checked in
#: tests/test_plot.py by simulating both).
ATTACKER_COLOURS = {"Russia": "#D55E00", "Ukraine": "#0B4F8A", "historical": "#B4B4B4"}
ATTACKER_LABELS = {"Russia": "Russia attacking", "Ukraine": "Ukraine attacking",
                   "historical": "Historical offensives"}  # fmt: skip


def attacker_group(side: object, war: object) -> str:
    """ "Russia", "Ukraine" or "historical": who attacked, for the charts' colours."""
    if isinstance(war, str) and war == CURRENT_WAR and isinstance(side, str):
        if side.strip().lower().startswith("russia"):
            return "Russia"
        if side.strip().lower().startswith("ukrain"):
            return "Ukraine"
    return "historical"


def _label(row: pd.Series) -> str:
    """ "Somme (1916)", "Kharkiv (2024-25)": the years the figure covers, and the
    campaign's length where the table has it ("Galicia (1914, 19 days)")."""
    years = sorted({part[:4] for part in str(row["period"]).split("/")})
    span = years[0] if len(years) == 1 else f"{years[0]}-{years[-1][2:]}"
    length = row.get("campaign_length")
    if isinstance(length, str) and length:
        span += f", {length}"
    return f"{row['subject']} ({span})"


def _column_figure(height: float, *, grid_y: bool = False) -> tuple[Figure, plt.Axes]:
    """A report-column figure in the house style's layout, grid behind the data.

    Call inside :func:`house_style`.
    """
    fig, ax = plt.subplots(figsize=(COLUMN_WIDTH_IN, height), layout="constrained")
    ax.set_axisbelow(True)
    if grid_y:
        ax.grid(axis="y")
    return fig, ax


def _middle(start: pd.Series, end: pd.Series) -> pd.Series:
    """Middle of each period, where its bar or marker is drawn."""
    return start + (end - start) / 2


def _titles(ax: plt.Axes, title: str, subtitle: str | None, *, size: float = 8) -> None:
    """Bold title with a grey subtitle under it, left-aligned on the axes."""
    raw_subtitle = subtitle
    if subtitle and "\n" not in subtitle and len(subtitle) > 100:
        # wider than the drawn column: a subtitle past the axes makes the layout
        # narrow them to hold it (save_figure wraps again for the printed width)
        subtitle = textwrap.fill(subtitle, 100)
    lines = subtitle.count("\n") + 1 if subtitle else 0
    _WRAPPED[ax.set_title(title, loc="left", pad=_title_pad(lines, size))] = title
    if subtitle:
        # a fixed gap in points above the axes, whatever the axes' height
        gap = mpl.transforms.ScaledTranslation(0, 4 / 72, ax.figure.dpi_scale_trans)
        above = ax.transAxes + gap
        sub = ax.text(0, 1, subtitle, transform=above, fontsize=size, color="#444444",
                      va="bottom")  # fmt: skip
        _WRAPPED[sub] = raw_subtitle or subtitle
        _SUBTITLES[ax] = sub


def _title_pad(subtitle_lines: int, size: float = 8) -> float:
    """Space between an axes and its title that holds the subtitle. [pt]"""
    return 4 + 1.25 * size * subtitle_lines + 4 if subtitle_lines else 6


def _make_room_for_subtitle(ax: Axes, subtitle_lines: int) -> None:
    """Move an axes' left title up or down to hold a subtitle of so many lines."""
    title = next(t for t in _WRAPPED if t.axes is ax and t.get_text() == ax.get_title(loc="left"))
    size = _SUBTITLES[ax].get_fontsize() if ax in _SUBTITLES else 8
    # a title wrapped over lines grows up from its bottom, clear of the subtitle
    align = "bottom" if "\n" in title.get_text() else "baseline"
    ax.set_title(title.get_text(), loc="left", pad=_title_pad(subtitle_lines, size),
                 fontsize=title.get_fontsize(), fontweight=title.get_fontweight(),
                 color=title.get_color(), verticalalignment=align)  # fmt: skip


def _note(fig: Figure, text: str, *, width: int = 120, size: float = 7) -> None:
    """Source footnote under the figure, wrapped to the column."""
    note = fig.text(0.01, 0.0, "\n".join(textwrap.wrap(text, width)), ha="left", va="top",
                    fontsize=size, color="#555555")  # fmt: skip
    _WRAPPED[note] = text


def _footnote(fig: Figure, table: pd.DataFrame, method: str | None) -> None:
    sources = ", ".join(dict.fromkeys(table["source"]))
    text = f"Source: {sources}."
    if method:
        text += f" {method}"
    if lengths := campaign_length_note(table):
        text += f" {lengths}"
    _note(fig, text, width=115, size=7)


def _vintage_of(table: pd.DataFrame) -> str:
    """Which maps a table was computed from, as its ``attrs`` say (see advrate.territory)."""
    return str(table.attrs.get("vintage") or "map vintage not stated")


def _check_texts(**texts: object) -> None:
    """Titles and notes are text (or None, where optional)."""
    for name, value in texts.items():
        if value is not None and not isinstance(value, str):
            raise AdvrateError(f"{name} must be text or None, not {value!r:.60}")


def _value_column(table: pd.DataFrame) -> tuple[str, str]:
    if "rate_m_per_day" in table.columns:
        return "rate_m_per_day", "m/day"
    if "rate_km2_per_day" in table.columns:
        return "rate_km2_per_day", "km²/day"
    raise AdvrateError("expected a comparison table with rate_m_per_day or rate_km2_per_day")


def _thousands(x: float, _pos: int) -> str:
    return f"{x:,.0f}" if x >= 1 else f"{x:g}"


def _bar_figure(
    data: pd.DataFrame,
    values: pd.Series,
    labels: list[str],
    *,
    log: bool,
    xlabel: str,
    title: str,
    subtitle: str | None,
    footnote: str | None,
) -> Figure:
    """Horizontal bars (or, on a log scale, dots) in the house style, first row at the bottom.

    A bar's length is only meaningful from zero, so a log axis gets dots on
    thin guide lines instead (a "dot plot"). Colours say who attacked.
    """
    with house_style():
        height = 1.3 + 0.32 * len(data)
        fig, ax = _column_figure(height)
        y = np.arange(len(data))
        sides = data["side"] if "side" in data.columns else [None] * len(data)
        groups_by_row = [attacker_group(s, w) for s, w in zip(sides, data["war"], strict=True)]
        colours = [ATTACKER_COLOURS[g] for g in groups_by_row]
        xmax = float(values.max())
        if log:
            ax.set_xscale("log")
            xmin = float(values[values > 0].min())
            ax.set_xlim(xmin / 3, xmax * 6)
            ax.hlines(y, xmin / 3, values, color="#dddddd", linewidth=0.8, zorder=1)
            ax.scatter(values, y, s=34, c=colours, zorder=3, edgecolors="none")
        else:
            ax.barh(y, values, color=colours, height=0.65)
            ax.set_xlim(0, xmax * 1.32)
        ax.set_yticks(y, [_label(r) for _, r in data.iterrows()])
        ax.tick_params(axis="y", length=0)
        ax.xaxis.set_major_formatter(FuncFormatter(_thousands))
        for yi, (value, text) in enumerate(zip(values, labels, strict=True)):
            x = value * 1.25 if log else value + xmax * 0.012
            ax.text(x, yi, text, va="center", ha="left", fontsize=8)
        ax.set_xlabel(xlabel)
        _titles(ax, title, subtitle, size=9)
        groups = dict.fromkeys(groups_by_row)
        handles = [mpl.patches.Patch(color=ATTACKER_COLOURS[g], label=ATTACKER_LABELS[g])
                   for g in ("Russia", "Ukraine", "historical") if g in groups]  # fmt: skip
        # The legend goes to the end of the axis where the bars are short, so that it
        # never covers a bar or its label.
        short_at_bottom = float(values.iloc[0]) <= float(values.iloc[-1])
        ax.legend(handles=handles, loc="lower right" if short_at_bottom else "upper right",
                  frameon=False, fontsize=8)  # fmt: skip
        _footnote(fig, data, footnote)
    return fig


def _value_text(value: float, qualifier: object, unit: str) -> str:
    # Precision qualifiers (about, over, up to) belong to the figure; emphasis
    # words (only, just) are the writer's and stay out of the chart.
    shown = ""
    if isinstance(qualifier, str) and QUALIFIERS.get(qualifier.lower()) not in (None, "exact"):
        shown = f"{qualifier} "
    return f"{shown}{value:,.6g} {unit}"


def rate_bar_chart(
    table: pd.DataFrame,
    *,
    log: bool = False,
    title: str = "Rates of advance: Russia in Ukraine against historical offensives",
    subtitle: str | None = "Average distance the front moved per day of each offensive",
    method: str | None = (
        "Method (CSIS): straight-line movement of the front divided by the days of the campaign."
    ),
) -> Figure:
    """Horizontal bar chart of rates, fastest at the top.

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`advrate.compare.comparison_table`, linear or areal.
    log : bool, default False
        Logarithmic rate axis, for rates spanning several orders of magnitude.
    title, subtitle : str
        Chart title and the line under it.
    method : str, optional
        Method note appended to the source footnote.

    Returns
    -------
    matplotlib.figure.Figure
        The chart, sized for one report column, current war and historical
        offensives in two colours, each bar labelled with its value and unit,
        and a footnote naming the sources of the plotted rows.
    """
    table = require_frame(table, "table", ("war", "qualifier", "source", "subject"))
    log = as_flag(log, "log")
    _check_texts(title=title, subtitle=subtitle, method=method)
    column, unit = _value_column(table)
    data = table.sort_values(column, ascending=True, kind="stable")
    if data.empty:
        raise AdvrateError("the table has no rows to plot")
    labels = [_value_text(v, q, unit) for v, q in zip(data[column], data["qualifier"], strict=True)]
    xlabel = f"Rate of advance [{unit}]" + (" (log scale)" if log else "")
    return _bar_figure(
        data, data[column], labels, log=log, xlabel=xlabel, title=title, subtitle=subtitle,
        footnote=method,
    )  # fmt: skip


def days_to_advance_chart(
    table: pd.DataFrame,
    *,
    title: str | None = None,
    subtitle: str | None = "At each offensive's average rate of advance",
) -> Figure:
    """Horizontal bar chart of the days each rate needs to advance a distance.

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`advrate.compare.comparison_table` (linear).
    title : str, optional
        Default "Days needed to advance N km".
    subtitle : str, optional
        The line under the title.

    Returns
    -------
    matplotlib.figure.Figure
        The chart, sized for one report column, slowest at the bottom.
    """
    table = require_frame(table, "table", ("war", "source", "subject"))
    _check_texts(title=title, subtitle=subtitle)
    if not {"days_to_advance", "distance_km", "rate_m_per_day"} <= set(table.columns):
        raise AdvrateError("expected a linear comparison table with days_to_advance")
    if table.empty:
        raise AdvrateError("the table has no rows to plot")
    distance = float(table["distance_km"].iloc[0])
    data = table.sort_values("days_to_advance", ascending=False, kind="stable")
    labels = [
        f"{d:,.0f} days  ({r:,.6g} m/day)"
        for d, r in zip(data["days_to_advance"], data["rate_m_per_day"], strict=True)
    ]
    return _bar_figure(
        data, data["days_to_advance"], labels, log=False, xlabel="Time [days]",
        title=title or f"Days needed to advance {distance:g} km", subtitle=subtitle,
        footnote="Days = distance / average rate; real advances are not uniform.",
    )  # fmt: skip


def save_figure(
    fig: Figure,
    path_stem: str | Path,
    formats: Sequence[str] = ("svg", "pdf", "png"),
    dpi: int = 300,
    width: str | None = "page",
) -> list[Path]:
    """Save a figure for a report, byte-for-byte reproducibly.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure.
    path_stem : str or pathlib.Path
        Path without extension; parent folders are created.
    formats : sequence of {"svg", "pdf", "png"}, default all three
        Formats to write.
    dpi : int, default 300
        Resolution of the PNG. [dots per inch]
    width : {"page", "column"} or None, default "page"
        Width the chart will be printed at: "page" (17 cm) or "column"
        (8.5 cm, a newspaper or two-column-journal column). The chart is laid
        out again at that width — titles and notes re-wrapped, no text under
        :data:`MIN_TEXT_PT`, axes widened for their labels — so the saved image
        is no wider than the width and pastes at 100 %. None saves the figure
        as drawn. The figure itself is left as it was.

    Returns
    -------
    list of pathlib.Path
        The files written.

    Notes
    -----
    SVG and PDF are written without a creation date and with a fixed SVG hash
    salt; PNG without the "Software" text chunk, so neither the date nor the
    matplotlib version changes the bytes.
    """
    if not isinstance(fig, Figure):
        raise AdvrateError(f"fig must be a matplotlib Figure, not {fig!r:.60}")
    stem = checked_stem(path_stem)
    formats = as_texts(formats, "formats")
    dpi = int(as_number(dpi, "dpi", minimum=10, maximum=2400))
    metadata = {
        "svg": {"Date": None, "Creator": None},
        "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None},
        "png": {"Software": None},
    }
    unknown = set(formats) - set(metadata)
    if unknown:
        raise AdvrateError(f"unknown figure format(s) {sorted(unknown)}; use svg, pdf or png")
    if width is not None and (not isinstance(width, str) or width not in FIGURE_WIDTHS_CM):
        raise AdvrateError(f"unknown width {width!r:.60}; use 'page', 'column' or None")
    stem.parent.mkdir(parents=True, exist_ok=True)
    written = []
    fitted = fitted_to_width(fig, width) if width else contextlib.nullcontext()
    with house_style(), fitted:
        for fmt in formats:
            path = stem.parent / f"{stem.name}.{fmt}"  # keeps dots: "rates.linear"
            fig.savefig(path, format=fmt, dpi=dpi, metadata=metadata[fmt])
            if fmt == "svg":
                _add_svg_title(path, *_describe(fig))
            written.append(path)
    return written


def _wrap_to(text: str, prop: FontProperties, width_px: float, renderer: object) -> str:
    """Greedy word wrap of a text to a width measured with the renderer."""
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}" if line else word
            if (
                line
                and renderer.get_text_width_height_descent(trial, prop, ismath=False)[0] > width_px
            ):
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return "\n".join(lines)


def _drawn_texts(fig: Figure) -> list[Text]:
    """The texts a renderer actually draws: visible, not empty, ticks inside the view."""
    hidden: set[int] = set()
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            low, high = sorted(axis.get_view_interval())
            span = high - low
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                loc = tick.get_loc()
                if loc is None or not low - 1e-9 * span <= loc <= high + 1e-9 * span:
                    hidden.update({id(tick.label1), id(tick.label2)})
    return [t for t in fig.findobj(Text)
            if t.get_visible() and t.get_text().strip() and id(t) not in hidden]  # fmt: skip


def _collide(a: object, b: object, shrink: float = 1.0) -> bool:
    return (a.x0 + shrink < b.x1 - shrink and b.x0 + shrink < a.x1 - shrink
            and a.y0 + shrink < b.y1 - shrink and b.y0 + shrink < a.y1 - shrink)  # fmt: skip


def _pad_inches() -> float:
    pad = HOUSE_STYLE["savefig.pad_inches"]
    return float(pad) if isinstance(pad, int | float) else 0.0


def fitted_to_width(fig: Figure, width: str) -> contextlib.AbstractContextManager[Figure]:
    """Lay a chart out again at a printed width, and put it back afterwards.

    Titles, subtitles and notes are wrapped again; text under
    :data:`MIN_TEXT_PT` is enlarged; tick labels that would collide are
    thinned; an axis is widened when a value label sticks out; a legend that
    would cover a label moves under the chart.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        A chart from this module (or any figure; only this module's titles
        and notes are re-wrapped).
    width : {"page", "column"}
        The printed width, from :data:`FIGURE_WIDTHS_CM`.

    Returns
    -------
    context manager of matplotlib.figure.Figure
        Inside the ``with`` block, the same figure laid out so that its tight
        bounding box plus the saving pad is no wider than the width; after
        it, the figure as it was.
    """
    if not isinstance(fig, Figure):
        raise AdvrateError(f"fig must be a matplotlib Figure, not {fig!r:.60}")
    if not isinstance(width, str) or width not in FIGURE_WIDTHS_CM:
        raise AdvrateError(f"unknown width {width!r:.60}; use 'page' or 'column'")
    from .units import get_registry

    target_in = float(get_registry().Quantity(FIGURE_WIDTHS_CM[width], "cm").m_as("inch"))
    return _fitting(fig, target_in)


@contextlib.contextmanager
def _fitting(fig: Figure, target_in: float) -> Iterator[Figure]:
    with house_style():
        yield from _fitted(fig, target_in)


def _fitted(fig: Figure, target_in: float) -> Iterator[Figure]:
    canvas = fig.canvas
    if not hasattr(canvas, "get_renderer"):  # a Figure made without pyplot: measure with Agg
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        FigureCanvasAgg(fig)
    size = tuple(fig.get_size_inches())
    texts = {t: (t.get_text(), t.get_fontsize(), t.get_position()) for t in fig.findobj(Text)}
    limits = {ax: (ax.get_xlim(), ax.get_ylim()) for ax in fig.axes}
    axes = [(ax, name) for ax in fig.axes for name in ("x", "y")]
    tickers = {
        key: (
            getattr(key[0], f"{key[1]}axis").get_major_locator(),
            getattr(key[0], f"{key[1]}axis").get_major_formatter(),
        )
        for key in axes
    }
    ticks = {
        key: getattr(key[0], f"{key[1]}axis").get_ticklabels()[0].get_fontsize()
        for key in axes
        if getattr(key[0], f"{key[1]}axis").get_ticklabels()
    }
    subtitles = {ax: sub.get_text().count("\n") + 1 for ax, sub in _SUBTITLES.items()
                 if ax in limits}  # fmt: skip
    moved: list[tuple[object, object]] = []
    # Value labels in data coordinates are kept inside their axes by widening
    # the axis; left in the layout, they would squeeze a narrow axes to nothing.
    in_layout = {t: t.get_in_layout() for ax in fig.axes for t in ax.texts
                 if t.get_transform() == ax.transData}  # fmt: skip
    try:
        for text in in_layout:
            text.set_in_layout(False)
        fig.draw_without_rendering()
        heights = {ax: ax.get_window_extent().height for ax in fig.axes}
        fig.set_size_inches(target_in - 2 * _pad_inches(), size[1])
        for (ax, name), points in ticks.items():
            getattr(ax, f"{name}axis").set_tick_params(labelsize=max(points, MIN_TEXT_PT))
        for text in texts:
            text.set_fontsize(max(text.get_fontsize(), MIN_TEXT_PT))
        with warnings.catch_warnings():
            # passes before the last may squeeze an axes that a later pass frees
            warnings.filterwarnings("ignore", "constrained_layout not applied", UserWarning)
            _passes(fig, moved, limits, heights)
        _refit(fig, moved, limits, thin=True)
        yield fig
    finally:
        for below, original in moved:
            below.axes.legend_ = original  # the chart's own legend, where it was
        fig.set_size_inches(*size)
        for text, flag in in_layout.items():
            text.set_in_layout(flag)
        for text, (string, points, position) in texts.items():
            text.set_text(string)
            text.set_fontsize(points)
            text.set_position(position)
        for (ax, name), (locator, formatter) in tickers.items():
            getattr(ax, f"{name}axis").set_major_locator(locator)
            getattr(ax, f"{name}axis").set_major_formatter(formatter)
        for (ax, name), points in ticks.items():
            getattr(ax, f"{name}axis").set_tick_params(labelsize=points)
        for ax, (xlim, ylim) in limits.items():
            ax.set_xlim(xlim)
            ax.set_ylim(ylim)
        for ax, lines in subtitles.items():
            _make_room_for_subtitle(ax, lines)
        fig.set_canvas(canvas)


def _passes(
    fig: Figure,
    moved: list[tuple[object, object]],
    limits: dict[Axes, tuple[tuple[float, float], tuple[float, float]]],
    heights: dict[Axes, float],
) -> None:
    """The fitting passes before the last: wrap, widen, and give back lost height."""
    _refit(fig, moved, limits, first=True)
    for _ in range(2):  # wrapping moves the axes, which moves the room left
        _refit(fig, moved, limits)
        # lines added by wrapping come out of the plot's height: give it back
        fig.draw_without_rendering()
        lost = max((heights[ax] - ax.get_window_extent().height for ax in heights), default=0.0)
        lost = max(lost, max((_category_crowding(ax) for ax in heights), default=0.0))
        if lost > 1:
            fig.set_size_inches(fig.get_size_inches()[0], fig.get_size_inches()[1] + lost / fig.dpi)


def _thin_ticks(axis: object, renderer: object) -> bool:
    """Ask for fewer ticks on an axis whose drawn labels collide. True if changed."""
    import matplotlib.dates as mdates
    from matplotlib.ticker import FixedLocator, LogLocator, MaxNLocator

    low, high = sorted(axis.get_view_interval())
    margin = 1e-9 * (high - low)
    labels = [tick.label1 for tick in axis.get_major_ticks()
              if tick.get_loc() is not None and low - margin <= tick.get_loc() <= high + margin
              and tick.label1.get_visible() and tick.label1.get_text().strip()]  # fmt: skip
    boxes = [t.get_window_extent(renderer) for t in labels]
    if not any(_collide(a, b, 0.0) for a, b in itertools.pairwise(boxes)):
        return False
    count = max(len(labels) - 1, 2)
    locator = axis.get_major_locator()
    if isinstance(locator, FixedLocator):  # categories: every one must stay named
        return False
    if isinstance(locator, mdates.DateLocator):
        # quarters, half years, years, every other year: the first with fewer labels
        candidates = [
            (mdates.MonthLocator(bymonth=(1, 4, 7, 10)), "%Y-%m"),
            (mdates.MonthLocator(bymonth=(1, 7)), "%Y-%m"),
            (mdates.YearLocator(1), "%Y"),
            (mdates.YearLocator(2), "%Y"),
            (mdates.YearLocator(5), "%Y"),
        ]
        for candidate, form in candidates:
            inside = [v for v in candidate.tick_values(*mdates.num2date(sorted((low, high))))
                      if low <= v <= high]  # fmt: skip
            if 2 <= len(inside) < len(labels):
                axis.set_major_locator(candidate)
                axis.set_major_formatter(mdates.DateFormatter(form))
                return True
        return False
    elif isinstance(locator, LogLocator):
        axis.set_major_locator(LogLocator(base=10.0, numticks=count))
    else:
        axis.set_major_locator(MaxNLocator(nbins=max(count - 1, 2), steps=[1, 2, 2.5, 5, 10]))
    return True


def _refit(
    fig: Figure,
    moved: list[tuple[object, object]],
    limits: dict[Axes, tuple[tuple[float, float], tuple[float, float]]],
    *,
    first: bool = False,
    thin: bool = False,
) -> None:
    """One pass of :func:`fitted_to_width`.

    The first pass wraps to the figure's width before any layout is drawn: a
    title laid out unwrapped in a narrow figure can squeeze the axes to nothing.
    """
    renderer = fig.canvas.get_renderer()
    if not first:
        fig.draw_without_rendering()
    for text in [t for t in fig.findobj(Text) if t in _WRAPPED and t.get_visible()]:
        ax = text.axes  # None for the figure's own notes
        if first:
            left, right = fig.bbox.x0 + 0.35 * fig.bbox.width, fig.bbox.x1 - 2
        else:
            left = text.get_window_extent(renderer).x0
            # A title wider than its axes makes the layout narrow the axes to hold it,
            # which makes the title wider still: wrapped to the axes, it cannot.
            right = ax.get_window_extent(renderer).x1 if ax is not None else fig.bbox.x1 - 2
        text.set_text(_wrap_to(_WRAPPED[text], text.get_fontproperties(), right - left, renderer))
    for ax, sub in _SUBTITLES.items():
        if ax.figure is fig:
            _make_room_for_subtitle(ax, sub.get_text().count("\n") + 1)
    if first:
        for ax in fig.axes:
            _wrap_category_labels(ax, renderer)
        return
    fig.draw_without_rendering()
    for ax in fig.axes:
        # ticks are thinned once the layout has settled: an axes squeezed in an
        # early pass would lose ticks it has room for
        for axis in (ax.xaxis, ax.yaxis) if thin else ():
            for _ in range(4):  # fewer ticks until their labels stand apart
                if not _thin_ticks(axis, renderer):
                    break
                fig.draw_without_rendering()
        _wrap_category_labels(ax, renderer)
        _widen_for_labels(ax, renderer, limits[ax][0])
        label = ax.xaxis.label
        room = ax.get_window_extent(renderer).width
        if label.get_text() and label.get_window_extent(renderer).width > room:
            # an axis title centred under a narrow axes would run off the figure
            one_line = " ".join(label.get_text().split())
            label.set_text(_wrap_to(one_line, label.get_fontproperties(), room, renderer))
        _move_legend_below(ax, moved, renderer)
    fig.draw_without_rendering()
    _notes_below(fig, renderer)


def _wrap_category_labels(ax: Axes, renderer: object) -> None:
    """Wrap long category names on the y axis when they leave the data too little room."""
    from matplotlib.ticker import FixedLocator

    fig = ax.figure
    if not isinstance(ax.yaxis.get_major_locator(), FixedLocator):
        return
    limit = 0.4 * fig.bbox.width
    ticks = [t for t in ax.yaxis.get_ticklabels() if t.get_text().strip()]
    if not ticks or max(t.get_window_extent(renderer).width for t in ticks) <= limit:
        return
    prop = ticks[0].get_fontproperties()
    locations = ax.get_yticks()
    names = [t.get_text() for t in ax.yaxis.get_ticklabels()]
    ax.set_yticks(locations, [_wrap_name(name, prop, limit, renderer) for name in names])


def _wrap_name(name: str, prop: FontProperties, width_px: float, renderer: object) -> str:
    """A category name wrapped to a width, breaking first before its bracket:
    "Galicia\n(1914, 19 days)" rather than "Galicia (1914, 19\ndays)"."""
    head, bracket, tail = name.partition(" (")
    if not bracket:
        return _wrap_to(name, prop, width_px, renderer)
    return "\n".join(_wrap_to(part, prop, width_px, renderer) for part in (head, f"({tail}"))


def _category_crowding(ax: Axes) -> float:
    """Height the axes lacks for its wrapped category names to stand apart. [px]"""
    from matplotlib.ticker import FixedLocator

    if not isinstance(ax.yaxis.get_major_locator(), FixedLocator):
        return 0.0
    boxes = sorted((t.get_window_extent() for t in ax.yaxis.get_ticklabels()
                    if t.get_visible() and t.get_text().strip()), key=lambda b: b.y0)  # fmt: skip
    overlap = max((low.y1 - high.y0 + 2 for low, high in itertools.pairwise(boxes)), default=0.0)
    return max(overlap, 0.0) * len(boxes)


def _widen_for_labels(ax: Axes, renderer: object, drawn: tuple[float, float]) -> None:
    """Extend the x axis, from its limits as drawn, so that value labels end inside it."""
    box = ax.get_window_extent(renderer)
    if box.width < 10:
        return
    log = ax.get_xscale() == "log"
    ax.set_xlim(drawn)
    x0, x1 = drawn
    scale = (lambda v: np.log10(v)) if log else (lambda v: v)
    span = scale(x1) - scale(x0)
    ratio = 1.0
    for text in ax.texts:
        if not (text.get_visible() and text.get_transform() == ax.transData
                and text.get_horizontalalignment() == "left"):  # fmt: skip
            continue
        x = float(ax.xaxis.convert_units(text.get_position()[0]))
        if log and x <= 0:
            continue
        room = box.width - text.get_window_extent(renderer).width - 4
        if room <= 0.5 * box.width and text.get_fontsize() > MIN_TEXT_PT:
            text.set_fontsize(MIN_TEXT_PT)  # a long label in a narrow axes: smallest size first
            room = box.width - text.get_window_extent(renderer).width - 4
        if (
            room <= 0.5 * box.width
            and " " in text.get_text().strip()
            and "\n" not in text.get_text()
        ):
            # then over two lines: "approximately / 1,250 m/day"
            words = text.get_text().split(" ")
            half = max(range(1, len(words)), key=lambda i: -abs(
                len(" ".join(words[:i])) - len(" ".join(words[i:]))))  # fmt: skip
            text.set_text(" ".join(words[:half]) + "\n" + " ".join(words[half:]))
            room = box.width - text.get_window_extent(renderer).width - 4
        if room <= 0.2 * box.width:  # no axis length can hold it
            continue
        ratio = max(ratio, (scale(x) - scale(x0)) / span * box.width / room)
    ratio = min(ratio, 2.0 if log else 4.0)  # a log axis stretched far reads as a new scale
    if ratio > 1.0 + 1e-6:
        new_span = span * ratio
        ax.set_xlim(x0, 10 ** (np.log10(x0) + new_span) if log else x0 + new_span)


def _notes_below(fig: Figure, renderer: object) -> None:
    """Hang the figure's notes under the lowest other text, legend or axis."""
    notes = [t for t in fig.texts if t in _WRAPPED and t.get_visible()]
    if not notes:
        return
    artists = [t for t in _drawn_texts(fig) if t not in notes]
    artists += [ax.get_legend() for ax in fig.axes if ax.get_legend() is not None]
    lowest = min([a.get_window_extent(renderer).y0 for a in artists] + [fig.bbox.y0])
    y = (lowest - fig.bbox.y0 - 3) / fig.bbox.height
    for note in notes:
        note.set_y(min(y, 0.0))


def legend_covers_data(ax: Axes) -> bool:
    """Whether an axes' legend hides a bar, a marker or a point of a line.

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        An axes with or without a legend; its figure is laid out first.

    Returns
    -------
    bool
        True when any bar's box or any plotted point falls inside the legend.
    """
    if not isinstance(ax, Axes):
        raise AdvrateError(f"ax must be a matplotlib Axes, not {ax!r:.60}")
    if ax.get_legend() is None:
        return False
    fig = ax.figure
    if not hasattr(fig.canvas, "get_renderer"):
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        FigureCanvasAgg(fig)
    fig.draw_without_rendering()
    return _legend_covers_data(ax, fig.canvas.get_renderer())


def _legend_covers_data(ax: Axes, renderer: object) -> bool:
    legend = ax.get_legend()
    if legend is None or not legend.get_visible():
        return False
    spot = legend.get_window_extent(renderer)
    for patch in ax.patches:
        if patch.get_visible() and _collide(spot, patch.get_window_extent(renderer)):
            return True
    points = [line.get_transform().transform(line.get_xydata()) for line in ax.lines
              if line.get_visible() and len(line.get_xydata())]  # fmt: skip
    points += [c.get_offset_transform().transform(c.get_offsets()) for c in ax.collections
               if c.get_visible() and len(c.get_offsets())]  # fmt: skip
    for xy in points:
        xy = xy[np.isfinite(xy).all(axis=1)]
        inside = ((xy[:, 0] > spot.x0) & (xy[:, 0] < spot.x1)
                  & (xy[:, 1] > spot.y0) & (xy[:, 1] < spot.y1))  # fmt: skip
        if inside.any():
            return True
    return False


def _move_legend_below(ax: Axes, moved: list[tuple[object, object]], renderer: object) -> None:
    """Put a legend that covers a text under the axis labels, where nothing is drawn.

    The moved legend stays out of the layout (it would squeeze a narrow axes
    to make room for its width); the notes hang under it instead.
    """
    legend = ax.get_legend()
    if legend is None:
        return
    fig = ax.figure
    if not any(new is legend for new, _ in moved):
        own = set(legend.get_texts())
        spot = legend.get_window_extent(renderer)
        others = [t for t in _drawn_texts(fig) if t not in own]
        covers_text = any(_collide(spot, t.get_window_extent(renderer)) for t in others)
        if not covers_text and not _legend_covers_data(ax, renderer):
            return
        points = max(legend.get_texts()[0].get_fontsize(), MIN_TEXT_PT)
        handles = legend.legend_handles
        prop = legend.get_texts()[0].get_fontproperties().copy()
        prop.set_size(points)
        labels = [_wrap_to(t.get_text(), prop, 0.8 * fig.bbox.width, renderer)
                  for t in legend.get_texts()]  # fmt: skip
        original = legend
        for columns in (min(len(labels), 2), 1):
            legend = ax.legend(handles, labels, loc="upper left", ncols=columns, frameon=False,
                               fontsize=points, borderaxespad=0,
                               bbox_transform=fig.transFigure)  # fmt: skip
            legend.set_in_layout(False)
            if legend.get_window_extent(renderer).width < 0.97 * fig.bbox.width:
                break
        moved.append((legend, original))
    box = ax.get_tightbbox(renderer, bbox_extra_artists=[])
    lowest = min(box.y0, ax.get_window_extent(renderer).y0) - 4
    legend.set_bbox_to_anchor(
        ((0.01 * fig.bbox.width) / fig.bbox.width, (lowest - fig.bbox.y0) / fig.bbox.height),
        fig.transFigure,
    )


def _describe(fig: Figure) -> tuple[str, str]:
    """A figure's title, and its subtitle and notes, as plain text (unwrapped)."""

    def plain(text: Text) -> str:
        return " ".join(_WRAPPED.get(text, text.get_text()).split())

    titles = [t for ax in fig.axes for t in ax.findobj(Text) if t in _WRAPPED
              and t.get_text() and t.get_text() == ax.get_title(loc="left")]  # fmt: skip
    if not titles:
        titles = [t for ax in fig.axes for t in (ax.title,) if t.get_text()]
    title = plain(titles[0]) if titles else "Chart"
    texts = [t for ax in fig.axes for t in ax.texts
             if t in _WRAPPED or t.get_transform() == ax.transAxes]  # fmt: skip
    texts += list(fig.texts)
    desc = " ".join(plain(t) for t in texts if t.get_text().strip())
    return title, desc


def _add_svg_title(path: Path, title: str, desc: str) -> None:
    """Give an SVG the <title> and <desc> that screen readers and editors show."""
    import html as _html

    svg = path.read_text(encoding="utf-8")
    opening = re.search(r"<svg\b[^>]*>", svg)
    if opening is None:  # pragma: no cover - matplotlib always writes one
        return
    tags = f"\n <title>{_html.escape(title)}</title>\n <desc>{_html.escape(desc)}</desc>"
    svg = svg[: opening.end()] + tags + svg[opening.end() :]
    path.write_text(svg, encoding="utf-8")


def rate_distribution_chart(
    rates_m_per_day: pd.Series,
    marks: dict[str, float],
    *,
    title: str = "Where today's rates fall among historical battles",
    subtitle: str | None = None,
    source: str = "CDB90 (US Army Concepts Analysis Agency, 1991; J. B. Arnold, v9.0.3; ODC-BY)",
) -> Figure:
    """Cumulative distribution of battle advance rates, with rates marked on it.

    Parameters
    ----------
    rates_m_per_day : pandas.Series
        Signed battle rates (retreats negative). [m/day]
    marks : dict of str to float
        Rates to mark, e.g. ``{"Kharkiv": 50, "Donetsk": 135}``. [m/day]
    title, subtitle : str
        Chart title and the line under it (default: how many battles).
    source : str
        Data source for the footnote.

    Returns
    -------
    matplotlib.figure.Figure
        Share of the battles in which the attacker advanced that were at or
        below each rate (y, %) against rate (x, log scale); battles with no
        advance or a retreat are counted in the subtitle, not ranked.
    """
    if not isinstance(rates_m_per_day, pd.Series):
        raise AdvrateError(f"rates_m_per_day must be a pandas Series, not {rates_m_per_day!r:.60}")
    if not isinstance(marks, dict) or not all(isinstance(k, str) for k in marks):
        raise AdvrateError("marks must be a dict of label -> rate [m/day]")
    marks = {k: as_number(v, f"marks[{k!r}]", positive=True) for k, v in marks.items()}
    _check_texts(title=title, subtitle=subtitle, source=source)
    try:
        values = np.sort(rates_m_per_day.dropna().to_numpy(dtype=float))
    except (TypeError, ValueError):
        raise AdvrateError("rates_m_per_day must hold numbers") from None
    if values.size == 0:
        raise AdvrateError("no rates to plot")
    # The question a reader asks: how does a rate rank among advances? Battles in
    # which the attacker did not move or fell back are counted, but not ranked.
    advances = values[values > 0]
    if advances.size == 0:
        raise AdvrateError("no battle in which the attacker advanced")
    non_positive = values.size - advances.size
    share = 100.0 * np.arange(1, advances.size + 1) / advances.size
    subtitle = subtitle or (
        f"Share of the {advances.size} battles in which the attacker advanced that were at or "
        f"below each rate ({non_positive} with no advance or a retreat are left out)"
    )
    subtitle = "\n".join(textwrap.wrap(subtitle, 95))
    with house_style():
        fig, ax = _column_figure(3.8, grid_y=True)
        ax.step(advances, share, where="post", color=COLOURS["historical"])
        ax.set_xscale("log")
        ax.xaxis.set_major_formatter(FuncFormatter(_thousands))
        ax.set_ylim(0, 100)
        for i, (name, rate) in enumerate(sorted(marks.items(), key=lambda kv: kv[1])):
            pct = 100.0 * np.count_nonzero(advances <= rate) / advances.size
            ax.axvline(rate, color=COLOURS["current"], linewidth=1)
            ax.plot([rate], [pct], "o", color=COLOURS["current"], markersize=4)
            ax.annotate(
                f"{name}: {rate:,.6g} m/day\n{pct:.1f}th percentile of advances", (rate, pct),
                xytext=(6, 18 + 30 * i), textcoords="offset points", fontsize=8,
                color=COLOURS["current"], bbox={"facecolor": "white", "edgecolor": "none",
                                                "pad": 1.5},
            )  # fmt: skip
        ax.set_xlabel("Rate of advance [m/day] (log scale)")
        ax.set_ylabel("Advances at or below [%]")
        _titles(ax, title, subtitle)
        _note(fig, f"Source: {source}.", size=7)
    return fig


#: Marker per estimator in :func:`monthly_gain_chart`.
# Estimators are told apart by shape (dark markers with a white rim, so they
# stand out on the bars whatever the reader's colour vision); those whose
# counts include areas Moscow only claims are drawn hollow.
_ESTIMATOR_MARKERS = {
    "AFP analysis of ISW data": "o",
    "ISW": "s",
    "UK Ministry of Defence": "^",
    "Agentstvo analysis of DeepState data": "D",
}
_MARKER_INK = "#1a1a1a"


def _includes_claimed_areas(rows: pd.DataFrame) -> bool:
    """Whether an estimator's counts include areas only claimed (see load_quoted_amounts)."""
    if "includes_claimed" in rows:
        return bool(rows["includes_claimed"].fillna(False).astype(bool).any())
    notes = rows["notes"].fillna("") if "notes" in rows else pd.Series([], dtype=str)
    return bool(notes.str.contains(r"\bclaimed\b", case=False, regex=True).any())


def _publishers(citations: pd.Series) -> str:
    """ "CSIS, Novinite": the publishers of a set of citations, in order met."""
    names = [str(c).split(" (")[0].strip() for c in citations if str(c).strip()]
    return ", ".join(dict.fromkeys(names))


def monthly_gain_chart(
    monthly: pd.DataFrame,
    quoted: pd.DataFrame | None = None,
    claims: pd.DataFrame | None = None,
    *,
    title: str = "Russian territorial gains in Ukraine, km² per day by month",
    subtitle: str | None = None,
) -> Figure:
    """Monthly km²/day from the map series, with quoted estimates overlaid.

    Parameters
    ----------
    monthly : pandas.DataFrame
        Output of :func:`advrate.territory.monthly_gains`.
    quoted : pandas.DataFrame, optional
        Quoted gains (:func:`advrate.territory.load_quoted_amounts`, gains
        only); each is drawn at its period's middle as gain ÷ days, one shape
        per estimator, hollow when its notes say it includes areas only
        claimed by Moscow.
    claims : pandas.DataFrame, optional
        Quoted areal rates (rows of :func:`advrate.load_quoted_rates`), drawn
        as crosses at the middle of their month; their publishers are named.
    subtitle : str, optional
        Default: the window shown and what bars and markers are.

    Returns
    -------
    matplotlib.figure.Figure
        The chart, sized for one report column. [km²/day]
    """
    monthly = require_frame(monthly, "monthly", ("start", "end", "flag", "km2_per_day"))
    if quoted is not None:
        require_frame(quoted, "quoted", ("estimator", "period_start", "period_end", "km2", "days"))
    if claims is not None:
        require_frame(claims, "claims", ("period", "rate_km2_per_day"))
    _check_texts(title=title, subtitle=subtitle)
    if monthly.empty:
        raise AdvrateError("no months to plot")
    flagged = monthly["flag"].fillna("") != ""
    if subtitle is None:
        first, last = monthly["start"].min(), monthly["end"].max()
        subtitle = f"{first:%B %Y} to {last:%B %Y}. Bars: the map series"
        subtitle += " (hatched: flagged maps)" if flagged.any() else ""
        subtitle += ". Markers: other estimates" if quoted is not None or claims is not None else ""
    with house_style():
        fig, ax = _column_figure(3.9, grid_y=True)
        mid = _middle(monthly["start"], monthly["end"])
        colours = np.where(monthly["km2_per_day"] >= 0, ATTACKER_COLOURS["Russia"],
                           ATTACKER_COLOURS["Ukraine"])  # fmt: skip
        bars = ax.bar(mid, monthly["km2_per_day"], width=26, color=colours, linewidth=0)
        for bar, is_flagged in zip(bars, flagged, strict=True):
            if is_flagged:
                bar.set_alpha(0.35)
                bar.set_hatch("///")
        handles = [
            mpl.patches.Patch(
                color=ATTACKER_COLOURS["Russia"], label="Map series: net Russian gain"
            )
        ]
        if (monthly["km2_per_day"] < 0).any():
            handles.append(mpl.patches.Patch(color=ATTACKER_COLOURS["Ukraine"],
                                             label="Map series: net Ukrainian gain"))  # fmt: skip
        claimed_note = ""
        if quoted is not None and not quoted.empty:
            groups = list(quoted.groupby("estimator", sort=True))
            for i, (estimator, rows) in enumerate(groups):
                marker = _ESTIMATOR_MARKERS.get(str(estimator), "v")
                hollow = _includes_claimed_areas(rows)
                # a few days apart, so that estimates of one month do not hide each other
                shift = pd.Timedelta(days=4 * (i - (len(groups) - 1) / 2))
                when = _middle(rows["period_start"], rows["period_end"]) + shift
                label = f"{estimator}{' (includes areas only claimed)' if hollow else ''}"
                (line,) = ax.plot(
                    when, rows["km2"] / rows["days"], marker, markersize=5, linestyle="none",
                    markerfacecolor="white" if hollow else _MARKER_INK,
                    markeredgecolor=_MARKER_INK if hollow else "white",
                    markeredgewidth=1.2 if hollow else 0.6, label=label, zorder=3,
                )  # fmt: skip
                handles.append(line)
                if hollow:
                    claimed_note = (f" Hollow markers: {estimator}, whose counts include areas "
                                    "Moscow claims but the maps do not show as taken.")  # fmt: skip
        claims_note = ""
        if claims is not None and not claims.empty:
            when = [pd.Period(p.split("/")[0], freq="M") for p in claims["period"]]
            centres = [w.start_time + (w.end_time - w.start_time) / 2 for w in when]
            publishers = (_publishers(claims["source_citation"])
                          if "source_citation" in claims else "")  # fmt: skip
            (line,) = ax.plot(centres, claims["rate_km2_per_day"], "X", color=_MARKER_INK,
                              markeredgecolor="white", markeredgewidth=0.6, markersize=6.5,
                              linestyle="none", zorder=4,
                              label=f"Quoted km²/day ({publishers})" if publishers
                              else "Quoted km²/day figures")  # fmt: skip
            handles.append(line)
            if publishers:
                claims_note = f" Crosses: km²/day figures as quoted by {publishers}."
        ax.axhline(0, color="#333333", linewidth=0.6)
        ax.set_ylabel("Territory gained [km²/day]")
        _titles(ax, title, subtitle)
        ax.legend(handles=handles, loc="upper left", frameon=False, fontsize=7)
        _note(
            fig,
            "Source: areas computed by advrate from DeepStateMap.live maps (© DEEPSTATEUATECH "
            f"LLC; {_vintage_of(monthly)}); estimates from AFP analyses of ISW data, ISW, the UK "
            "Ministry of Defence and Agentstvo as reported. Markers of one month are set a few "
            f"days apart.{claimed_note}{claims_note}",
        )
    return fig


def cost_chart(
    costs: pd.DataFrame,
    *,
    title: str = "Claimed Russian casualties per km² gained, by month",
    subtitle: str | None = (
        "Ukraine's General Staff loss claims divided by the map series' net monthly gain"
    ),
    noise_km2: float | None = None,
) -> Figure:
    """Casualties per km² by period, as dots on a log axis.

    Parameters
    ----------
    costs : pandas.DataFrame
        Output of :func:`advrate.territory.cost_of_advance`.
    noise_km2 : float, optional
        Periods whose net gain is smaller are drawn hollow and named as
        within the maps' redraw noise (see
        :func:`advrate.territory.redraw_noise_km2`). [km²]

    Returns
    -------
    matplotlib.figure.Figure
        The chart; periods with no net gain are left out and counted in the
        footnote. [persons/km²]
    """
    costs = require_frame(costs, "costs", ("start", "end", "casualties_per_km2"))
    _check_texts(title=title, subtitle=subtitle)
    if costs.empty:
        raise AdvrateError("no periods to plot")
    noise = as_number(noise_km2, "noise_km2", minimum=0) if noise_km2 is not None else None
    with house_style():
        fig, ax = _column_figure(3.4, grid_y=True)
        mid = _middle(costs["start"], costs["end"])
        values = costs["casualties_per_km2"]
        # Dots, not bars: a log axis has no zero for a bar to start from.
        noisy = (costs["gain_km2"].abs() < noise) if (noise is not None and "gain_km2" in costs)\
            else pd.Series(False, index=costs.index)  # fmt: skip
        ax.vlines(mid, values.min() / 2 if values.notna().any() else 1, values, color="#dddddd",
                  linewidth=0.8, zorder=1)  # fmt: skip
        ax.scatter(mid[~noisy], values[~noisy], s=18, color=ATTACKER_COLOURS["Russia"], zorder=3,
                   label="Month with a net gain above the maps' redraw noise")  # fmt: skip
        if noisy.any():
            ax.scatter(mid[noisy], values[noisy], s=22, facecolors="white", zorder=3,
                       edgecolors=ATTACKER_COLOURS["Russia"], linewidths=1.2,
                       label=f"Net gain under {noise:.0f} km²: within redraw noise")  # fmt: skip
        ax.set_yscale("log")
        ax.yaxis.set_major_formatter(FuncFormatter(_thousands))
        ax.set_ylabel("Claimed casualties per km² gained (log scale)")
        _titles(ax, title, subtitle)
        ax.legend(loc="upper center", frameon=False, fontsize=7.5)
        empty = int(costs["casualties_per_km2"].isna().sum())
        first, last = costs["start"].min(), costs["end"].max()
        note = (
            f"{first:%b %Y} to {last:%b %Y}. Source: Russian personnel losses claimed by Ukraine's "
            "General Staff (one side's claims, not deaths); areas from DeepStateMap.live maps "
            f"(© DEEPSTATEUATECH LLC; {_vintage_of(costs)})."
        )
        if empty:
            note += f" {empty} periods with no net Russian gain are left out."
        _note(fig, note)
    return fig


_MAP_CREDIT = "DeepStateMap.live maps (© DEEPSTATEUATECH LLC)"
# Colour-blind-safe (Okabe-Ito) hues for the axes drawn on one chart.
_AXIS_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")


def _spread_labels(items: list[tuple[float, str, str]], gap: float) -> list[tuple[float, str, str]]:
    """End-of-line labels moved apart so that no two are closer than ``gap``, order kept."""
    placed: list[tuple[float, str, str]] = []
    for y, label, colour in sorted(items):
        if placed and y - placed[-1][0] < gap:
            y = placed[-1][0] + gap
        placed.append((y, label, colour))
    return placed


def front_position_chart(
    positions: pd.DataFrame,
    axes: pd.DataFrame,
    *,
    start: object = "2023-06-01",
    title: str = "How far the front has moved along the main axes",
    subtitle: str | None = None,
) -> Figure:
    """The front's position along each axis over time, measured on the daily maps.

    Parameters
    ----------
    positions : pandas.DataFrame
        Output of :func:`advrate.front.axis_positions` (one column per axis). [km]
    axes : pandas.DataFrame
        Output of :func:`advrate.front.load_axes`, for the axes' names and towns.
    start : date-like, default "2023-06-01"
        First day drawn.

    Returns
    -------
    matplotlib.figure.Figure
        One line per axis: distance from its origin town to the front. [km]
    """
    from .checks import as_date

    positions = require_frame(positions, "positions", ())
    axes = require_frame(axes, "axes", ("name", "origin", "objective"))
    _check_texts(title=title, subtitle=subtitle)
    shown = positions.loc[pd.Timestamp(as_date(start, "start")) :]
    if shown.empty:
        raise AdvrateError("no positions to plot after start")
    first, last = shown.index[0].date(), shown.index[-1].date()
    subtitle = subtitle or (
        f"Distance from each axis's origin town to the front, daily maps, {first} to {last}"
    )
    with house_style():
        fig, ax = _column_figure(3.6, grid_y=True)
        ends = []
        for colour, column in zip(_AXIS_COLOURS, shown.columns, strict=False):
            ax.plot(shown.index, shown[column], color=colour, linewidth=1.4)
            ends.append((float(shown[column].iloc[-1]), axes.loc[column, "objective"], colour))
        ax.set_ylim(bottom=0)
        top = ax.get_ylim()[1]
        for y, label, colour in _spread_labels(ends, gap=top * 0.055):
            ax.text(shown.index[-1], y, f" {label}", color=colour, fontsize=8, va="center")
        ax.set_ylabel("Front's distance from origin town (km)")
        _titles(ax, title, subtitle)
        names = "; ".join(f"{axes.loc[c, 'objective']}: from {axes.loc[c, 'origin']}"
                          for c in shown.columns)  # fmt: skip
        _note(fig, f"Axes: {names}. Measured by advrate on {_MAP_CREDIT}; "
                   f"{_vintage_of(positions)}. Attacker: Russia on every axis shown.")  # fmt: skip
    return fig


def csis_reproduction_chart(
    table: pd.DataFrame,
    *,
    title: str = "CSIS's rates for Russia's offensives, measured again on the maps",
    subtitle: str | None = "Metres per day, quoted by CSIS and measured on DeepStateMap maps",
) -> Figure:
    """Quoted against measured m/day, one row per CSIS figure, as dots on a zero-based axis.

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`advrate.front.reproduce_csis_modern`.

    Returns
    -------
    matplotlib.figure.Figure
        Open circles: quoted; filled: measured (front-to-front furthest
        advance in the campaign's region). [m/day]
    """
    table = require_frame(table, "table", ("subject", "period", "quoted_m_per_day",
                                           "measured_m_per_day"))  # fmt: skip
    _check_texts(title=title, subtitle=subtitle)
    with house_style():
        fig, ax = _column_figure(1.4 + 0.42 * len(table))
        y = np.arange(len(table))[::-1]
        quoted, measured = table["quoted_m_per_day"], table["measured_m_per_day"]
        ax.hlines(y, np.minimum(quoted, measured), np.maximum(quoted, measured), color="#bbbbbb",
                  linewidth=1.2)  # fmt: skip
        ax.scatter(quoted, y, s=38, facecolors="white", edgecolors=ATTACKER_COLOURS["Russia"],
                   linewidths=1.4, label="Quoted by CSIS", zorder=3)  # fmt: skip
        ax.scatter(measured, y, s=38, color=ATTACKER_COLOURS["Russia"],
                   label="Measured on the maps", zorder=3)  # fmt: skip
        labels = [f"{s} ({p[:7]} to {p[-10:-3]})" for s, p in zip(table["subject"], table["period"],
                                                                    strict=True)]  # fmt: skip
        ax.set_yticks(y, labels)
        ax.tick_params(axis="y", length=0)
        ax.set_xlim(0, float(max(quoted.max(), measured.max())) * 1.15)
        ax.set_ylim(-0.7, len(table) - 0.3)
        ax.set_xlabel("Rate of advance (m/day)")
        _titles(ax, title, subtitle)
        ax.legend(loc="lower right", frameon=False, fontsize=8)
        _note(fig, "Attacker: Russia. Quoted: CSIS, June 2025 (Kharkiv, Donetsk) and January "
                   "2026 (Chasiv Yar, Kupiansk, Pokrovsk; via Komersant Ukrainian). Measured by "
                   f"advrate on {_MAP_CREDIT}; {_vintage_of(table)}.")  # fmt: skip
    return fig


def front_rates_chart(
    monthly: pd.DataFrame,
    columns: Sequence[str],
    benchmarks: dict[str, float],
    *,
    labels: dict[str, str] | None = None,
    title: str = "Monthly rates of advance on the main axes, against historical offensives",
    subtitle: str | None = None,
) -> Figure:
    """Monthly m/day per axis (dots) with historical rates as reference lines.

    Parameters
    ----------
    monthly : pandas.DataFrame
        Output of :func:`advrate.front.monthly_rates`. [m/day]
    columns : sequence of str
        The axes (columns) to draw.
    benchmarks : dict
        Name → rate drawn as a labelled horizontal line. [m/day]
    labels : dict, optional
        Legend text for each column (default: the column's name).

    Returns
    -------
    matplotlib.figure.Figure
        Months where the front fell back are drawn below zero. [m/day]
    """
    monthly = require_frame(monthly, "monthly", tuple(as_texts(columns, "columns")))
    _check_texts(title=title, subtitle=subtitle)
    if not isinstance(benchmarks, dict) or not benchmarks:
        raise AdvrateError("benchmarks must be a non-empty dict of name -> m/day")
    first, last = monthly.index[0], monthly.index[-1]
    subtitle = subtitle or (
        f"Change of the front's position along each axis per month, {first} to {last}"
    )
    with house_style():
        fig, ax = _column_figure(3.6, grid_y=True)
        x = monthly.index.to_timestamp() + pd.Timedelta(days=14)
        names = labels if isinstance(labels, dict) else {}
        for colour, column in zip(_AXIS_COLOURS, columns, strict=False):
            ax.plot(x, monthly[column], "-o", markersize=3.2, linewidth=0.9, color=colour,
                    label=str(names.get(column, column)))  # fmt: skip
        for name, value in benchmarks.items():
            rate = as_number(value, f"benchmark {name}")
            ax.axhline(rate, color="#555555", linewidth=0.8, linestyle="--")
            ax.text(x[0], rate, f"{name} {rate:,.0f}", fontsize=7.5, va="bottom", color="#333333")
        ax.axhline(0, color="#000000", linewidth=0.8)
        ax.set_ylabel("Rate of advance (m/day)")
        _titles(ax, title, subtitle)
        ax.set_ylim(bottom=min(0.0, float(np.nanmin(monthly[list(columns)].to_numpy())) * 1.1))
        ax.legend(loc="upper right", frameon=False, fontsize=8, ncols=len(columns))
        _note(fig, "Attacker: Russia on every axis shown. Historical rates: CSIS (June 2025), "
                   "whole-campaign averages. Measured by advrate on "
                   f"{_MAP_CREDIT}; {_vintage_of(monthly)}.")  # fmt: skip
    return fig


def monthly_rate_chart(
    monthly: pd.DataFrame,
    *,
    title: str = "Russia's net territorial gain, km² per day, month by month",
    subtitle: str | None = None,
) -> Figure:
    """Net gain per day for each month, with each year's average as a reference line.

    Parameters
    ----------
    monthly : pandas.DataFrame
        Output of :func:`advrate.territory.monthly_gains`.

    Returns
    -------
    matplotlib.figure.Figure
        Bars from zero (net losses below it, in Ukraine's colour); months on
        flagged maps hatched and named in the note; a dashed line per
        calendar year at that year's average. [km²/day]
    """
    monthly = require_frame(monthly, "monthly", ("start", "end", "km2_per_day", "gain_km2", "days"))
    _check_texts(title=title, subtitle=subtitle)
    if monthly.empty:
        raise AdvrateError("no months to plot")
    first, last = monthly["start"].min(), monthly["end"].max()
    subtitle = (
        subtitle
        or f"Net change of the occupied area per day of each month, {first:%B %Y} to {last:%B %Y}"
    )
    with house_style():
        fig, ax = _column_figure(3.6, grid_y=True)
        mid = _middle(monthly["start"], monthly["end"])
        values = monthly["km2_per_day"]
        colours = np.where(values >= 0, ATTACKER_COLOURS["Russia"], ATTACKER_COLOURS["Ukraine"])
        flagged = monthly["flag"].fillna("").astype(bool) if "flag" in monthly else \
            pd.Series(False, index=monthly.index)  # fmt: skip
        bars = ax.bar(mid, values, width=24, color=colours)
        for bar, hatch in zip(bars, flagged, strict=True):
            if hatch:
                bar.set_hatch("////")
                bar.set_edgecolor("white")
        years = monthly.groupby(monthly["start"].dt.year)
        yearly: list[str] = []
        for year, group in years:
            average = group["gain_km2"].sum() / group["days"].sum()
            start, end = group["start"].min(), group["end"].max()
            ax.hlines(average, start, end, color="#222222", linestyle="--", linewidth=1)
            ax.text(start + (end - start) / 2, average, f"{average:.1f}", fontsize=7.5,
                    ha="center", va="bottom", color="#222222")  # fmt: skip
            yearly.append(f"{year} {average:.1f}")
        ax.axhline(0, color="#000000", linewidth=0.8)
        ax.set_ylabel("Net gain (km²/day)")
        _titles(ax, title, subtitle)
        note = (
            f"Dashed: each calendar year's average (net gain ÷ days): {', '.join(yearly)} "
            "km²/day. Below zero: months in which "
            "Ukraine regained more than Russia took. "
        )
        if flagged.any():
            note += (
                "Hatched: maps of spring 2022, still being completed, or before the Crimea redraw. "
            )
        note += f"Source: areas computed by advrate from {_MAP_CREDIT}; {_vintage_of(monthly)}."
        _note(fig, note, size=7)
    return fig


def cumulative_gain_chart(
    series: pd.DataFrame,
    *,
    since: object = "2024-01-01",
    ukraine_km2: float = 603_550.0,
    title: str = "Ground taken by Russia since January 2024",
    subtitle: str | None = None,
) -> Figure:
    """Cumulative net gain since a day, in km² and as a share of Ukraine.

    Parameters
    ----------
    series : pandas.DataFrame
        Output of :func:`advrate.territory.occupied_area`.
    since : date-like, default "2024-01-01"
        The day counted from (the map of the day before is the baseline).
    ukraine_km2 : float, default 603,550
        Ukraine's area, for the right-hand axis. [km²]

    Returns
    -------
    matplotlib.figure.Figure
        A line from zero: km² on the left axis, % of Ukraine on the right. [km², %]
    """
    from .checks import as_date

    series = require_frame(series, "series", ("area_km2",))
    _check_texts(title=title, subtitle=subtitle)
    ukraine_km2 = as_number(ukraine_km2, "ukraine_km2", positive=True)
    day = pd.Timestamp(as_date(since, "since"))
    before = series.loc[: day - pd.Timedelta(days=1), "area_km2"]
    after = series.loc[day:, "area_km2"]
    if before.empty or after.empty:
        raise AdvrateError(f"the series does not span {day.date()}")
    gained = after - before.iloc[-1]
    subtitle = subtitle or (
        f"Net change of the occupied area from the map of {before.index[-1]:%d %B %Y} "
        f"to {after.index[-1]:%d %B %Y}"
    )
    with house_style():
        fig, ax = _column_figure(3.4, grid_y=True)
        ax.fill_between(gained.index, 0, gained.to_numpy(), color=ATTACKER_COLOURS["Russia"],
                        alpha=0.25, linewidth=0)  # fmt: skip
        ax.plot(gained.index, gained.to_numpy(), color=ATTACKER_COLOURS["Russia"], linewidth=1.5)
        ax.set_ylim(bottom=min(0.0, float(gained.min())))
        ax.yaxis.set_major_formatter(FuncFormatter(_thousands))
        ax.set_ylabel("Net gain since the start (km²)")
        share = ax.secondary_yaxis(
            "right", functions=(lambda km2: 100 * km2 / ukraine_km2,
                                lambda pct: pct * ukraine_km2 / 100),
        )  # fmt: skip
        share.set_ylabel("Share of Ukraine (%)")
        last = float(gained.iloc[-1])
        ax.annotate(f"{last:,.0f} km² ({100 * last / ukraine_km2:.2f} % of Ukraine)",
                    (gained.index[-1], last), xytext=(-6, -8), textcoords="offset points",
                    ha="right", va="top", fontsize=8)  # fmt: skip
        _titles(ax, title, subtitle)
        _note(fig, f"Ukraine's area taken as {ukraine_km2:,.0f} km². Source: areas computed by "
                   f"advrate from {_MAP_CREDIT}; {_vintage_of(series)}.", size=7)  # fmt: skip
    return fig


def losses_and_gain_chart(
    costs: pd.DataFrame,
    *,
    title: str = "Claimed Russian losses and ground gained, month by month",
    subtitle: str | None = None,
) -> Figure:
    """Claimed losses and net gain in two aligned panels sharing the months.

    Parameters
    ----------
    costs : pandas.DataFrame
        Output of :func:`advrate.territory.cost_of_advance` with ``freq="month"``.

    Returns
    -------
    matplotlib.figure.Figure
        Top: claimed losses per month [persons]; bottom: net gain [km²];
        bars from zero in both.
    """
    costs = require_frame(costs, "costs", ("start", "end", "claimed_losses", "gain_km2"))
    _check_texts(title=title, subtitle=subtitle)
    if costs.empty:
        raise AdvrateError("no periods to plot")
    first, last = costs["start"].min(), costs["end"].max()
    subtitle = subtitle or f"{first:%B %Y} to {last:%B %Y}"
    with house_style():
        fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(COLUMN_WIDTH_IN, 4.6),
                                          layout="constrained")  # fmt: skip
        mid = _middle(costs["start"], costs["end"])
        top.bar(mid, costs["claimed_losses"], width=24, color="#555555")
        top.set_ylabel("Claimed losses\n(persons)")
        top.yaxis.set_major_formatter(FuncFormatter(_thousands))
        gains = costs["gain_km2"]
        bottom.bar(mid, gains, width=24, color=np.where(gains >= 0, ATTACKER_COLOURS["Russia"],
                                                       ATTACKER_COLOURS["Ukraine"]))  # fmt: skip
        bottom.axhline(0, color="#000000", linewidth=0.8)
        bottom.set_ylabel("Net gain (km²)")
        for ax in (top, bottom):
            ax.set_axisbelow(True)
            ax.grid(axis="y")
        _titles(top, title, subtitle)
        _note(fig, "Losses: Russian personnel losses claimed by Ukraine's General Staff "
                   "(one side's claims, not deaths). Gain: areas computed by advrate from "
                   f"{_MAP_CREDIT}; {_vintage_of(costs)}.", size=7)  # fmt: skip
    return fig


def _separate_annotations(ax: Axes) -> None:
    """Move point labels down, a line at a time, until none covers another."""
    fig = ax.figure
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    labels = sorted((t for t in ax.texts if isinstance(t, mpl.text.Annotation)),
                    key=lambda t: -t.get_window_extent(renderer).y0)  # fmt: skip
    placed: list[object] = []
    for label in labels:
        for _ in range(6):
            box = label.get_window_extent(renderer)
            if not any(_collide(box, other) for other in placed):
                break
            label.xyann = (label.xyann[0], label.xyann[1] - 9)
        placed.append(label.get_window_extent(renderer))


def rate_length_chart(
    battles: pd.DataFrame,
    offensives: pd.DataFrame,
    *,
    title: str = "Rate of advance against the length of the campaign",
    subtitle: str | None = None,
    source: str = "CDB90 (US Army Concepts Analysis Agency, 1991; J. B. Arnold, v9.0.3; ODC-BY)",
) -> Figure:
    """Rate of advance against campaign length, both on log scales.

    Parameters
    ----------
    battles : pandas.DataFrame
        Historical battles with ``span_days`` [days] and ``rate_m_per_day``
        [m/day] (e.g. :func:`advrate.history.battles`); only those in which
        the attacker advanced can sit on a log scale, and the note counts the
        others.
    offensives : pandas.DataFrame
        Offensives of the current war with ``label``, ``attacker`` ("Russia"
        or "Ukraine"), ``days`` [days] and ``m_per_day`` [m/day], each labelled
        on the chart.

    Returns
    -------
    matplotlib.figure.Figure
        Dots: grey for historical battles, coloured by who attacked for the
        current war. [days, m/day]
    """
    battles = require_frame(battles, "battles", ("span_days", "rate_m_per_day"))
    offensives = require_frame(offensives, "offensives", ("label", "attacker", "days", "m_per_day"))
    _check_texts(title=title, subtitle=subtitle)
    advanced = battles[(battles["rate_m_per_day"] > 0) & (battles["span_days"] > 0)]
    left_out = len(battles) - len(advanced)
    if advanced.empty and offensives.empty:
        raise AdvrateError("nothing to plot: no battle with an advance and no offensive")
    unknown = set(offensives["attacker"]) - {"Russia", "Ukraine"}
    if unknown:
        raise AdvrateError(f"attacker must be 'Russia' or 'Ukraine', not {sorted(unknown)}")
    subtitle = subtitle or (
        f"Average metres per day against the campaign's length in days: {len(advanced):,} "
        "historical battles in which the attacker advanced, and offensives of the current war "
        "measured on the maps"
    )
    with house_style():
        fig, ax = _column_figure(4.2, grid_y=True)
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.scatter(advanced["span_days"], advanced["rate_m_per_day"], s=10,
                   color=ATTACKER_COLOURS["historical"], edgecolors="none",
                   label=f"Historical battles (CDB90, {len(advanced):,})", zorder=2)  # fmt: skip
        for side in ("Russia", "Ukraine"):
            rows = offensives[offensives["attacker"] == side]
            if rows.empty:
                continue
            ax.scatter(rows["days"], rows["m_per_day"], s=34, color=ATTACKER_COLOURS[side],
                       edgecolors="white", linewidths=0.6, zorder=3,
                       label=ATTACKER_LABELS[side] + " (measured)")  # fmt: skip
            for row in rows.itertuples():
                ax.annotate(str(row.label), (row.days, row.m_per_day), xytext=(5, -3),
                            textcoords="offset points", fontsize=7.5,
                            color="#222222")  # fmt: skip
        # room on the right for the labels of the longest offensives; kept out of the
        # layout, which would otherwise narrow the axes around them
        longest = max(float(advanced["span_days"].max()) if len(advanced) else 1.0,
                      float(offensives["days"].max()) if len(offensives) else 1.0)  # fmt: skip
        ax.set_xlim(right=longest * 4)
        for label in ax.texts:
            label.set_in_layout(False)
        _separate_annotations(ax)
        ax.xaxis.set_major_formatter(FuncFormatter(_thousands))
        ax.yaxis.set_major_formatter(FuncFormatter(_thousands))
        ax.set_xlabel("Length of the campaign (days, log scale)")
        ax.set_ylabel("Rate of advance (m/day, log scale)")
        ax.grid(axis="x")
        _titles(ax, title, subtitle)
        ax.legend(loc="upper right", frameon=False, fontsize=7.5)
        _note(fig, f"Historical: {source}; rate = distance ÷ days from the battle's start to its "
                   f"end; {left_out:,} battles with no advance, a retreat or no length left out. "
                   f"Current war: front position measured by advrate on {_MAP_CREDIT} over "
                   "the windows named.", size=7)  # fmt: skip
    return fig


def estimator_spread_chart(
    estimates: pd.DataFrame,
    *,
    title: str = "How far the estimates of Russia's monthly gains disagree",
    subtitle: str | None = None,
) -> Figure:
    """Each month's estimates of the gain side by side, with their spread.

    Parameters
    ----------
    estimates : pandas.DataFrame
        Output of :func:`advrate.territory.estimates_by_month`.

    Returns
    -------
    matplotlib.figure.Figure
        Per month, a grey line from the lowest to the highest estimate, the
        map series as a bar-coloured dot, quoted gains as dark shapes (hollow
        when they include areas only claimed) and quoted rates as crosses; the
        relative spread of the data-based estimates written above. [km²/day]
    """
    estimates = require_frame(estimates, "estimates", ("month", "estimator", "kind", "km2_per_day"))
    _check_texts(title=title, subtitle=subtitle)
    if estimates.empty:
        raise AdvrateError("no estimates to plot")
    months = sorted(estimates["month"].unique())
    first, last = pd.Timestamp(months[0]), pd.Timestamp(months[-1])
    subtitle = subtitle or (
        f"km² per day, each month that a published estimate covers, {first:%B %Y} to {last:%B %Y}"
    )
    with house_style():
        fig, ax = _column_figure(3.8, grid_y=True)
        x = {month: i for i, month in enumerate(months)}
        seen: dict[str, object] = {}
        for month, rows in estimates.groupby("month", sort=True):
            i = x[month]
            values = rows["km2_per_day"]
            ax.vlines(i, values.min(), values.max(), color="#bbbbbb", linewidth=3, zorder=1)
            data = rows[rows["kind"] != "quoted rate"]["km2_per_day"]
            if len(data) > 1 and data.median() > 0:
                spread = (data.max() - data.min()) / data.median()
                ax.annotate(f"{spread:.0%}", (i, values.max()), xytext=(0, 7),
                            textcoords="offset points", ha="center", va="bottom", fontsize=7.5,
                            color="#333333")  # fmt: skip
            # estimates of one month side by side, a little apart, so none hides another
            offsets = (np.arange(len(rows)) - (len(rows) - 1) / 2) * 0.16
            for offset, row in zip(offsets, rows.itertuples(), strict=True):
                if row.kind == "map series":
                    style = {"marker": "o", "color": ATTACKER_COLOURS["Russia"],
                             "markersize": 7, "markeredgecolor": "white",
                             "label": "Map series (advrate)"}  # fmt: skip
                elif row.kind == "quoted rate":
                    style = {"marker": "X", "color": _MARKER_INK, "markersize": 6.5,
                             "markeredgecolor": "white",
                             "label": "Quoted km²/day figure"}  # fmt: skip
                else:
                    hollow = bool(getattr(row, "includes_claimed", False))
                    style = {
                        "marker": _ESTIMATOR_MARKERS.get(str(row.estimator), "v"),
                        "markerfacecolor": "white" if hollow else _MARKER_INK,
                        "markeredgecolor": _MARKER_INK if hollow else "white",
                        "color": _MARKER_INK, "markersize": 5.5,
                        "label": str(row.estimator)
                        + (" (includes areas only claimed)" if hollow else ""),
                    }  # fmt: skip
                (line,) = ax.plot([i + offset], [row.km2_per_day], linestyle="none", zorder=3,
                                  **style)  # fmt: skip
                seen.setdefault(str(style["label"]), line)
        ax.set_xticks(range(len(months)), [f"{pd.Timestamp(m):%b\n%y}" for m in months])
        ax.tick_params(axis="x", labelsize=7.5)
        ax.set_xlim(-0.6, len(months) - 0.4)
        ax.set_ylim(bottom=0, top=float(estimates["km2_per_day"].max()) * 1.18)
        ax.set_ylabel("Territory gained (km²/day)")
        _titles(ax, title, subtitle)
        ax.legend(seen.values(), seen.keys(), loc="upper left", frameon=False, fontsize=7)
        _note(fig, "Percentages: (highest − lowest) ÷ median of the data-based estimates (map "
                   "series and quoted monthly gains). Map series: areas computed by advrate "
                   f"from {_MAP_CREDIT}; {_vintage_of(estimates)}. Quoted: AFP analyses of "
                   "ISW data, ISW, the UK "
                   "Ministry of Defence, Agentstvo and the outlets cited in advrate's sources "
                   "table.",
              size=7)  # fmt: skip
    return fig
