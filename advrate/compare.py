"""Comparison tables: rates lined up with ratios, ranks and time to advance.

Linear rates (m/day) and areal rates (km²/day) always go in separate tables;
:func:`comparison_table` takes ``kind`` to say which.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from .checks import as_flag, as_number, as_option, as_texts, require_frame
from .exceptions import AdvrateError, DimensionError
from .files import checked_stem
from .units import get_registry

__all__ = [
    "CSIS_SUBJECTS",
    "ReaderTable",
    "campaign_length_note",
    "comparison_table",
    "export_table",
    "format_table",
    "reader_table",
    "table_for_readers",
    "with_campaign_length",
]

#: The offensives compared in CSIS's June 2025 report and the two articles.
CSIS_SUBJECTS: tuple[str, ...] = (
    "Kursk-Oboyan",
    "Galicia",
    "Leningrad",
    "Gorizia",
    "Belleau Wood",
    "Donetsk",
    "Somme",
    "Kharkiv",
)

#: Sources preferred when several quote the same subject: the primary report first.
SOURCE_PREFERENCE: tuple[str, ...] = (
    "csis-2025-battlefield-woes",
    "isw-officials-escalate",
    "putin-troops-deaths-hidden",
)

_VALUE = {"linear": "rate_m_per_day", "areal": "rate_km2_per_day"}


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def _pick_one_per_subject(rates: pd.DataFrame) -> pd.DataFrame:
    order = {source: i for i, source in enumerate(SOURCE_PREFERENCE)}
    preference = rates["source_id"].map(order).fillna(len(order))
    ranked = rates.assign(_pref=preference).sort_values(["_pref", "rate_id"], kind="stable")
    return ranked.drop_duplicates("subject", keep="first").drop(columns="_pref")


_RATE_COLUMNS = (
    "subject", "war", "side", "period", "year", "qualifier", "kind", "source_id",
    "source_citation", "rate_id", "surface",
)  # fmt: skip


def comparison_table(
    rates: pd.DataFrame | None = None,
    *,
    reference: str | Sequence[str] = "Somme",
    distance: float = 10.0,
    subjects: Sequence[str] | Literal["all"] | None = None,
    kind: Literal["linear", "areal"] = "linear",
) -> pd.DataFrame:
    """Line rates up with ratios to reference rates, ranks and time to advance.

    Parameters
    ----------
    rates : pandas.DataFrame, optional
        Quoted rates as returned by :func:`advrate.load_quoted_rates` (the
        default). Where several sources quote one subject, the primary source
        is used (CSIS before the news articles that restate it).
    reference : str or sequence of str, default "Somme"
        Subject(s) to compare against; one ``ratio_to_<subject>`` column each
        ("Kharkiv was 0.625 of the Somme").
    distance : float, default 10
        Distance to advance (linear) [km] or area to gain (areal) [km²] for
        the ``days_to_*`` and ``years_to_*`` columns.
    subjects : sequence of str or "all", optional
        Subjects to include; default :data:`CSIS_SUBJECTS` for linear rates
        and every areal subject for areal rates. ``"all"`` takes every subject
        with a single rate: a range spanning several offensives is left out
        unless named.
    kind : {"linear", "areal"}, default "linear"
        Which rates to compare. The two are never mixed in one table.

    Returns
    -------
    pandas.DataFrame
        One row per subject, fastest first, with columns ``subject``, ``war``,
        ``side``, ``period``, ``year``, the rate (``rate_m_per_day`` [m/day]
        or ``rate_km2_per_day`` [km²/day]), ``qualifier``, one
        ``ratio_to_<subject>`` per reference [-], ``rank`` (1 = fastest),
        ``distance_km`` [km] and ``days_to_advance`` [day] and
        ``years_to_advance`` [year] (areal: ``area_km2``, ``days_to_gain``,
        ``years_to_gain``), ``source`` (short citation), ``rate_id`` and
        ``surface`` (the words quoted).

    Raises
    ------
    advrate.AdvrateError
        An unknown subject or reference, or a non-positive distance.
    advrate.DimensionError
        A subject of the other kind was asked for.
    """
    if rates is None:
        from .data import load_quoted_rates

        rates = load_quoted_rates()
    kind = as_option(kind, "kind", tuple(_VALUE))  # type: ignore[assignment]
    rates = require_frame(rates, "rates", (*_RATE_COLUMNS, _VALUE[kind]))
    distance = as_number(distance, "distance", positive=True)
    references = as_texts(reference, "reference")
    if subjects is not None and subjects != "all":
        subjects = as_texts(subjects, "subjects")
    value = _VALUE[kind]
    of_kind = rates[rates["kind"] == kind]
    if subjects is None:
        subjects = CSIS_SUBJECTS if kind == "linear" else "all"
    if subjects == "all" and {"canonical_low", "canonical_high"} <= set(of_kind.columns):
        # A spread over several offensives ("between 15 and 70 meters per day") is not
        # one offensive's rate: "all" leaves it out; it can still be asked for by name.
        single = of_kind["canonical_low"] == of_kind["canonical_high"]
        wanted = list(of_kind.loc[single, "subject"].unique())
    else:
        wanted = list(of_kind["subject"].unique()) if subjects == "all" else list(subjects)
    for name in dict.fromkeys([*wanted, *references]):
        if name not in set(of_kind["subject"]):
            if name in set(rates["subject"]):
                raise DimensionError(f"{name!r} is not a {kind} rate; use kind='{_other(kind)}'")
            known = ", ".join(sorted(set(of_kind["subject"])))
            raise AdvrateError(f"no {kind} rate for {name!r}; known subjects: {known}")
    chosen = _pick_one_per_subject(of_kind)
    table = chosen[chosen["subject"].isin(wanted)].copy()
    for ref in references:
        ref_value = chosen.loc[chosen["subject"] == ref, value].iloc[0]
        table[f"ratio_to_{_slug(ref)}"] = table[value] / ref_value
    table = table.sort_values(value, ascending=False, kind="stable")
    table["rank"] = table[value].rank(ascending=False, method="min").astype(int)
    ureg = get_registry()
    if kind == "linear":
        metres = ureg.Quantity(distance, "kilometer").m_as("meter")
        days = metres / table[value]
        table["distance_km"] = distance
        table["days_to_advance"] = days
        table["years_to_advance"] = ureg.Quantity(days.to_numpy(), "day").m_as("year")
    else:
        days = distance / table[value]
        table["area_km2"] = distance
        table["days_to_gain"] = days
        table["years_to_gain"] = ureg.Quantity(days.to_numpy(), "day").m_as("year")
    ratio_cols = [f"ratio_to_{_slug(ref)}" for ref in references]
    time_cols = (
        ["distance_km", "days_to_advance", "years_to_advance"]
        if kind == "linear"
        else ["area_km2", "days_to_gain", "years_to_gain"]
    )
    columns = [
        "subject", "war", "side", "period", "year", value, "qualifier", *ratio_cols, "rank",
        *time_cols, "source_citation", "rate_id", "surface",
    ]  # fmt: skip
    out = table[columns].rename(columns={"source_citation": "source"}).reset_index(drop=True)
    out.attrs.update({"kind": kind, "references": references, "distance": distance})
    return out


_MONTHS_BASIS = "the period its source gives"
_MONTH_RANGE = re.compile(r"(\d{4})-(\d{2})(?:/(\d{4})-(\d{2}))?")


def _period_days(period: object) -> float:
    """Inclusive calendar days of "2024-11/2025-04" or "2025-04"; NaN for other periods."""
    match = _MONTH_RANGE.fullmatch(str(period).strip())
    if not match:
        return float("nan")
    first = pd.Timestamp(f"{match[1]}-{match[2]}-01")
    last = pd.Timestamp(f"{match[3] or match[1]}-{match[4] or match[2]}-01") + pd.offsets.MonthEnd(
        0
    )
    return float((last - first).days + 1) if last >= first else float("nan")


def with_campaign_length(
    table: pd.DataFrame,
    days: Mapping[str, float] | pd.Series | None = None,
    *,
    basis: str = "as given",
) -> pd.DataFrame:
    """Add how long each campaign lasted, so that short and long ones are not confused.

    A rate averaged over a week's breakthrough and one averaged over a year of
    attrition are different things; charts and tables that put them side by
    side should say which is which.

    Parameters
    ----------
    table : pandas.DataFrame
        A table with ``subject`` and ``period`` columns, e.g. the output of
        :func:`comparison_table`.
    days : mapping or pandas.Series, optional
        Length of a campaign [day] by subject, for subjects whose period is
        not a span of months (the historical offensives, quoted by year:
        ``history.reproduce_csis().set_index("offensive")["span_days"]``).
        Takes precedence over the period.
    basis : str, default "as given"
        Where ``days`` come from, for the footnotes of charts and tables.

    Returns
    -------
    pandas.DataFrame
        A copy with ``campaign_days`` [day] (NaN where unknown),
        ``campaign_length`` ("19 days"; "about 6 months" for a span of months,
        which only locates the campaign to the month) and
        ``campaign_length_basis``.

    Raises
    ------
    advrate.AdvrateError
        ``days`` holds a length that is not a positive number.
    """
    table = require_frame(table, "table", ("subject", "period"))
    if not isinstance(basis, str) or not basis.strip():
        raise AdvrateError(
            f"basis must be text saying where the lengths come from, not {basis!r:.60}"
        )
    if days is not None and not isinstance(days, Mapping | pd.Series):
        raise AdvrateError(
            f"days must map subjects to campaign lengths [day], e.g. {{'Galicia': 19}}, "
            f"not {days!r:.60}"
        )
    given: dict[str, float] = {}
    for subject, value in days.items() if days is not None else ():
        given[str(subject)] = as_number(value, f"days[{subject!r:.40}]", positive=True)
    ureg = get_registry()
    out = table.copy()
    lengths, texts, bases = [], [], []
    for subject, period in zip(out["subject"], out["period"], strict=True):
        if str(subject) in given:
            length = given[str(subject)]
            lengths.append(length)
            texts.append(f"{length:,.0f} days")
            bases.append(basis)
            continue
        length = _period_days(period)
        lengths.append(length)
        if pd.isna(length):
            texts.append("")
            bases.append("")
        else:
            months = ureg.Quantity(length, "day").m_as("month")
            texts.append(f"about {months:.0f} month{'s' if round(months) != 1 else ''}")
            bases.append(_MONTHS_BASIS)
    out["campaign_days"] = lengths
    out["campaign_length"] = texts
    out["campaign_length_basis"] = bases
    return out


def campaign_length_note(table: pd.DataFrame) -> str:
    """Where a table's campaign lengths come from, for a footnote.

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`with_campaign_length`, or any table (then "").

    Returns
    -------
    str
        "Campaign length: in days, from …; in months, from …." or "".
    """
    table = require_frame(table, "table")
    if "campaign_length_basis" not in table:
        return ""
    parts = []
    for basis in dict.fromkeys(table["campaign_length_basis"]):
        if not isinstance(basis, str) or not basis:
            continue
        unit = "months" if basis == _MONTHS_BASIS else "days"
        parts.append(f"in {unit}, from {basis}")
    if not parts:
        return ""
    if (~table["campaign_length_basis"].map(lambda b: isinstance(b, str) and bool(b))).any():
        parts.append("not shown where the source gives only a year")
    return f"Campaign length: {'; '.join(parts)}."


def _other(kind: str) -> str:
    return "areal" if kind == "linear" else "linear"


def format_table(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of a comparison table with numbers formatted for a report.

    Rates keep the precision they were quoted with; ratios up to three decimals,
    days a whole number (one decimal under ten) with thousands separators, years one decimal.

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`comparison_table`.

    Returns
    -------
    pandas.DataFrame
        Same rows and columns, as strings, with unit-bearing headers
        ("Rate [m/day]").
    """
    shown = require_frame(table, "table", ["qualifier"]).copy()
    numeric = [c for c in shown.columns
               if c in ("rate_m_per_day", "rate_km2_per_day", "distance_km", "area_km2")
               or c.startswith(("ratio_to_", "days_to_", "years_to_"))]  # fmt: skip
    for col in numeric:
        if not pd.api.types.is_numeric_dtype(shown[col]):
            raise AdvrateError(f"table column {col!r} must hold numbers, not {shown[col].dtype}")
    headers = {
        "subject": "Offensive",
        "war": "War",
        "side": "Advancing side",
        "period": "Period",
        "year": "Year",
        "rate_m_per_day": "Rate [m/day]",
        "rate_km2_per_day": "Rate [km²/day]",
        "qualifier": "Qualifier",
        "rank": "Rank",
        "distance_km": "Distance [km]",
        "area_km2": "Area [km²]",
        "days_to_advance": "Days to advance",
        "years_to_advance": "Years to advance",
        "days_to_gain": "Days to gain",
        "years_to_gain": "Years to gain",
        "source": "Source",
        "rate_id": "Row",
        "surface": "As quoted",
    }
    for col in shown.columns:
        if col in ("rate_m_per_day", "rate_km2_per_day"):
            shown[col] = shown[col].map(lambda v: f"{v:,.6g}")
        elif col.startswith("ratio_to_"):
            shown[col] = shown[col].map(_ratio_text)
            headers[col] = "× " + col.removeprefix("ratio_to_").replace("_", " ").title()
        elif col.startswith("days_to_"):
            shown[col] = shown[col].map(lambda v: f"{v:,.1f}" if v < 10 else f"{v:,.0f}")
        elif col.startswith("years_to_"):
            shown[col] = shown[col].map(lambda v: f"{v:,.1f}")
        elif col in ("distance_km", "area_km2"):
            shown[col] = shown[col].map(lambda v: f"{v:,g}")
    shown["qualifier"] = shown["qualifier"].fillna("")
    return shown.rename(columns=headers)


@dataclass(frozen=True)
class ReaderTable:
    """A table laid out for readers: shown as HTML in notebooks, as text elsewhere.

    Attributes
    ----------
    frame : pandas.DataFrame
        The cells, as text: headers with units, empty cells empty.
    caption : str
        What the table shows, and any value shared by every row.
    sources : tuple of str
        Full citations, numbered as the ``Source`` column refers to them.
    """

    frame: pd.DataFrame
    caption: str = ""
    sources: tuple[str, ...] = field(default=())

    def __str__(self) -> str:
        lines = [self.caption, ""] if self.caption else []
        lines.append(self.frame.to_string(index=False))
        if self.sources:
            lines += ["", *self.sources]
        return "\n".join(lines)

    def __repr__(self) -> str:  # the plain-text form nbval compares, readable on its own
        return str(self)

    def _repr_html_(self) -> str:
        # A fixed id keeps the HTML byte-identical from run to run.
        styler = self.frame.style.hide(axis="index").set_uuid("advrate")
        styler = styler.set_table_styles(
            [{"selector": "th", "props": "text-align: left;"},
             {"selector": "td", "props": "text-align: left;"}]
        ).set_properties(subset=[c for c in self.frame.columns if _is_numeric(self.frame[c])],
                         **{"text-align": "right"})  # fmt: skip
        if self.caption:
            styler = styler.set_caption(html.escape(self.caption))
        table = styler.to_html()
        if self.sources:
            notes = "".join(f"<li>{html.escape(s)}</li>" for s in self.sources)
            table += f'<ol class="advrate-sources" style="font-size: 90%;">{notes}</ol>'
        return table


def _is_numeric(column: pd.Series) -> bool:
    cells = column.astype(str).str.replace(",", "").str.strip()
    cells = cells[cells != ""]
    return bool(len(cells)) and bool(cells.str.fullmatch(r"[-+]?\d+(\.\d+)?").all())


def _month_span(period: object) -> str:
    """ "Feb 2024 – Apr 2025" from "2024-02/2025-04"; years and other text unchanged."""
    parts = str(period).split("/")
    shown = []
    for part in parts:
        match = re.fullmatch(r"(\d{4})-(\d{2})", part.strip())
        shown.append(pd.Timestamp(f"{part.strip()}-01").strftime("%b %Y") if match else part)
    return " – ".join(shown)


def _three_figures(value: float) -> str:
    """Three significant figures with thousands separators: 40.3, 6.25, 0.625, 83.4, 1,580."""
    if pd.isna(value):
        return ""
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if value == 0:
        return "0"
    from decimal import ROUND_HALF_UP, Decimal

    # halves round up, as a reader rounds (5.125 -> 5.13), not to even as floats do
    exact = Decimal(repr(float(value)))
    step = Decimal(1).scaleb(exact.adjusted() - 2)
    return f"{float(exact.quantize(step, rounding=ROUND_HALF_UP)):,g}"


def reader_table(table: pd.DataFrame, *, caption: str = "") -> ReaderTable:
    """A comparison table as a reader should see it.

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`comparison_table` (any subset of its columns).
    caption : str, optional
        What the table shows; columns with one value in every row are moved
        into it.

    Returns
    -------
    ReaderTable
        Headers with units; rates as quoted (with their qualifier); ratios and
        days to three significant figures; periods as months ("Feb 2024 –
        Apr 2025"); empty cells empty; who attacked in its own column; sources
        numbered, with full citations under the table.
    """
    table = require_frame(table, "table", ("subject",))
    if not isinstance(caption, str):
        raise AdvrateError(f"caption must be text, not {caption!r:.60}")
    shown = pd.DataFrame(index=table.index)
    shown["Offensive"] = table["subject"].astype(str)
    if "side" in table:
        shown["Attacker"] = table["side"].fillna("").astype(str)
    if "period" in table:
        shown["Period"] = table["period"].map(_month_span)
    if "campaign_length" in table:
        shown["Campaign length"] = table["campaign_length"].fillna("").astype(str)
    for column, header in (("rate_m_per_day", "Rate (m/day)"),
                           ("rate_km2_per_day", "Rate (km²/day)")):  # fmt: skip
        if column in table:
            # precision qualifiers (about, over) belong to the figure; emphasis
            # words (only, just) are the writer's and stay out of the table
            qualifier = (table["qualifier"].map(_precision_word) if "qualifier" in table
                         else pd.Series("", index=table.index))  # fmt: skip
            value = table[column].map(lambda v: "" if pd.isna(v) else f"{v:,.6g}")
            shown[header] = (qualifier + " " + value).str.strip()
    for column in [c for c in table.columns if c.startswith("ratio_to_")]:
        name = column.removeprefix("ratio_to_").replace("_", " ").title()
        shown[f"× {name}"] = table[column].map(_three_figures)
    if "rank" in table:
        shown["Rank"] = table["rank"].map(lambda v: "" if pd.isna(v) else f"{int(v)}")
    for column, unit in (("days_to_advance", "advance"), ("days_to_gain", "gain")):
        if column in table:
            amount = ""
            for size, label in (("distance_km", "km"), ("area_km2", "km²")):
                if size in table and table[size].nunique() == 1:
                    amount = f" {table[size].iloc[0]:,g} {label}"
            shown[f"Days to {unit}{amount}"] = table[column].map(_three_figures)
    sources: list[str] = []
    if "source" in table:
        citations = _full_citations(table)
        numbers = []
        for short, full in zip(table["source"], citations, strict=True):
            if full not in sources:
                sources.append(full)
            numbers.append(f"{short} [{sources.index(full) + 1}]")
        shown["Source"] = numbers
    # A column with one value in every row says it once, in the caption.
    shared = [c for c in shown.columns if c not in ("Offensive",) and len(shown) > 1
              and shown[c].nunique() == 1]  # fmt: skip
    notes = [f"{c}: {shown[c].iloc[0]}" for c in shared if shown[c].iloc[0]]
    shown = shown.drop(columns=shared)
    text = caption
    if notes:
        text = (text + " " if text else "") + "All rows: " + "; ".join(notes) + "."
    if lengths := campaign_length_note(table):
        text = (text + " " if text else "") + lengths
    numbered = tuple(f"[{i}] {s}" for i, s in enumerate(sources, start=1))
    return ReaderTable(shown.reset_index(drop=True), text, numbered)


def table_for_readers(
    frame: pd.DataFrame,
    *,
    caption: str = "",
    headers: Mapping[str, str] | None = None,
    formats: Mapping[str, str | Callable[[Any], str]] | None = None,
    index: bool = False,
    sources: Sequence[str] = (),
) -> ReaderTable:
    """Any table laid out for readers, as :func:`reader_table` lays out comparisons.

    Parameters
    ----------
    frame : pandas.DataFrame
        The table; numbers, dates and text.
    caption : str, optional
        What the table shows.
    headers : mapping, optional
        New names for columns, with units ("Rate (m/day)"); others keep theirs.
    formats : mapping, optional
        Per (original) column, a format string ("{:+.1%}") or a function from a
        cell to text. Other columns: numbers to three significant figures
        (thousands whole, with separators), whole numbers as they are, dates
        as dates ("2024-02-01"; a time only when there is one), text as it is.
    index : bool, default False
        Keep the row labels as the first column (named after the index, or
        "" when it has no name).
    sources : sequence of str, optional
        Full citations listed under the table.

    Returns
    -------
    ReaderTable
        Shown as an HTML table in notebooks, as aligned text elsewhere; empty
        and missing cells are empty.
    """
    frame = require_frame(frame, "frame")
    if not isinstance(caption, str):
        raise AdvrateError(f"caption must be text, not {caption!r:.60}")
    index = as_flag(index, "index")
    cited = [] if isinstance(sources, tuple) and not sources else as_texts(sources, "sources")
    formats = _mapping(formats, "formats", lambda r: isinstance(r, str) or callable(r))
    headers = _mapping(headers, "headers", lambda h: isinstance(h, str))
    unknown = (set(formats) | set(headers)) - set(frame.columns) - {frame.index.name}
    if unknown:
        raise AdvrateError(f"no column(s) {sorted(map(str, unknown))} in the table; "
                           f"it has {[str(c) for c in frame.columns]}")  # fmt: skip
    if index:
        frame = frame.reset_index()
        if frame.columns[0] == "index":
            frame = frame.rename(columns={"index": ""})
    shown = pd.DataFrame(index=frame.index)
    for column in frame.columns:
        cells = frame[column]
        rule = formats.get(column)
        text = _default_cells(cells) if rule is None else cells.map(_formatter(rule, column))
        shown[headers.get(column, str(column))] = text
    return ReaderTable(shown.reset_index(drop=True), caption, tuple(cited))


def _mapping(value: object, name: str, valid: Callable[[object], bool]) -> dict:
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not all(valid(v) for v in value.values()):
        raise AdvrateError(f"{name} must map column names to text (or, for formats, functions), "
                           f"not {value!r:.60}")  # fmt: skip
    return dict(value)


def _formatter(rule: str | Callable[[Any], str], column: object) -> Callable[[Any], str]:
    def cell(value: Any) -> str:
        if _missing(value):
            return ""
        try:
            return rule.format(value) if isinstance(rule, str) else str(rule(value))
        except Exception as err:  # a format that does not suit the column's values
            raise AdvrateError(
                f"the format {rule!r:.40} for column {column!r:.40} fails on {value!r:.40}: {err}"
            ) from err

    return cell


def _missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and arrays are not missing
        return False


def _default_cells(cells: pd.Series) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(cells):
        timed = cells.dropna()
        with_time = bool(len(timed)) and bool((timed != timed.dt.normalize()).any())
        pattern = "%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d"
        return cells.map(lambda v: "" if pd.isna(v) else v.strftime(pattern))
    if pd.api.types.is_bool_dtype(cells):
        return cells.map(lambda v: "yes" if v else "no")
    if pd.api.types.is_integer_dtype(cells):
        return cells.map(lambda v: "" if pd.isna(v) else f"{int(v):,}")
    if pd.api.types.is_float_dtype(cells):
        whole = cells.dropna()
        if len(whole) and bool((whole == whole.round()).all()) and bool((whole.abs() < 1e15).all()):
            return cells.map(lambda v: "" if pd.isna(v) else f"{v:,.0f}")
        return cells.map(_three_figures)
    return cells.map(lambda v: "" if _missing(v) else str(v))


def _precision_word(qualifier: object) -> str:
    from .parse import QUALIFIERS

    if isinstance(qualifier, str) and QUALIFIERS.get(qualifier.lower()) not in (None, "exact"):
        return qualifier
    return ""


def _full_citations(table: pd.DataFrame) -> list[str]:
    """ "CSIS (2025-06-03). Russia’s Battlefield Woes in Ukraine. URL" per row."""
    from .data import load_quoted_rates

    if "rate_id" not in table:
        return [str(s) for s in table["source"]]
    rates = load_quoted_rates().set_index("rate_id")
    cited = []
    for rate_id, short in zip(table["rate_id"], table["source"], strict=True):
        if rate_id in rates.index:
            row = rates.loc[rate_id]
            parts = [str(row["source_citation"]), str(row["source_title"])]
            if isinstance(row["source_url"], str) and row["source_url"]:
                parts.append(row["source_url"])
            cited.append(". ".join(parts))
        else:
            cited.append(str(short))
    return cited


def _ratio_text(value: float) -> str:
    """Up to three decimals, trailing zeros dropped: 0.625, 40.25, 1."""
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def export_table(
    table: pd.DataFrame,
    path_stem: str | Path,
    formats: Sequence[str] = ("csv", "md"),
) -> list[Path]:
    """Write a table for a report: CSV (full precision), Markdown and/or LaTeX.

    Parameters
    ----------
    table : pandas.DataFrame
        Usually the output of :func:`comparison_table`.
    path_stem : str or pathlib.Path
        Path without extension; parent folders are created.
    formats : sequence of {"csv", "md", "tex"}, default ("csv", "md")
        CSV keeps full precision; Markdown and LaTeX use :func:`format_table`
        when given a comparison table.

    Returns
    -------
    list of pathlib.Path
        The files written.
    """
    table = require_frame(table, "table")
    stem = checked_stem(path_stem)
    formats = as_texts(formats, "formats")
    unknown = set(formats) - {"csv", "md", "tex"}
    if unknown:
        raise AdvrateError(f"unknown table format(s) {sorted(unknown)}; use csv, md or tex")
    stem.parent.mkdir(parents=True, exist_ok=True)
    shown = format_table(table) if "rank" in table.columns else table
    written = []
    for fmt in formats:
        path = stem.parent / f"{stem.name}.{fmt}"  # keeps dots: "rates.linear"
        if fmt == "csv":
            table.to_csv(path, index=False, lineterminator="\n")
        elif fmt == "md":
            path.write_text(shown.to_markdown(index=False) + "\n", encoding="utf-8")
        else:
            path.write_text(shown.to_latex(index=False), encoding="utf-8")
        written.append(path)
    return written
