"""The ``advrate`` command line.

Sub-commands
------------
convert
    Read one quoted figure and print it in the canonical unit (or another).
report
    Execute the notebooks and write the report folder (tables, charts, HTML).
extract
    Find every rate of advance in text or HTML files.
data derive
    Rebuild the daily occupied-area series from DeepStateMap archives.

``advrate convert`` imports only pint, so it answers quickly; the other
commands load pandas, matplotlib and Jupyter when they run.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from . import __version__
from .exceptions import AdvrateError

__all__ = ["main"]

_EPILOG = """\
examples:
  advrate convert "1,580 meters per day"
  advrate convert "approximately nine square kilometers per day" --json
  advrate convert "500 meters" --per day --to km/week
  advrate report --out build/report
  advrate extract my-article.txt --format markdown
  advrate data derive --archive deepstatemaps-history --archive deepstate-map-data --out area.csv
  advrate data derive --archive deepstatemaps-history --archive deepstate-map-data \\
      --front-out front/
"""


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="advrate",
        description="Normalise, compare and chart military rates of advance.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"advrate {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    convert = sub.add_parser(
        "convert",
        help="read one quoted rate and print it in m/day or km²/day",
        description=(
            "Read one quoted rate of advance and print it in the canonical unit "
            "(m/day for distances, km²/day for areas) or in the unit given by --to."
        ),
    )
    convert.add_argument("text", help='the figure as quoted, e.g. "1,580 meters per day"')
    convert.add_argument(
        "--to", metavar="UNIT", help="rate unit to print instead, e.g. km/day, miles per week"
    )
    convert.add_argument(
        "--per",
        metavar="BASIS",
        help='time basis when the text has none ("500 meters" from a list in "meters per day")',
    )
    convert.add_argument("--json", action="store_true", help="print a JSON object")

    report = sub.add_parser(
        "report",
        help="execute the notebooks and write the report folder",
        description=(
            "Execute the notebooks in notebooks/ and write a self-contained report "
            "folder: index.html, each notebook as HTML, every chart as SVG, PDF and "
            "PNG, every table as CSV and Markdown. Safe to re-run."
        ),
    )
    report.add_argument("--out", default="build/report", help="output folder [build/report]")
    report.add_argument(
        "--notebooks", default=None, help="folder of notebooks [notebooks/ beside the package]"
    )
    report.add_argument("--quiet", action="store_true", help="no progress messages")

    extract = sub.add_parser(
        "extract",
        help="find rates of advance in text or HTML files",
        description="Find every rate of advance in text or HTML files, normalised.",
    )
    extract.add_argument(
        "files",
        nargs="+",
        metavar="PATH",
        help="text or HTML files, or folders read recursively for them",
    )
    extract.add_argument(
        "--format",
        choices=("csv", "json", "markdown", "parquet"),
        default="csv",
        help="output format [csv]; parquet needs --out",
    )
    extract.add_argument("--published", metavar="YYYY-MM-DD",
                         help="publication date, for 'last month' and undated months")  # fmt: skip
    extract.add_argument("--out", metavar="PATH", help="write here instead of standard output")
    extract.add_argument("--quiet", action="store_true", help="no progress bar")

    data = sub.add_parser(
        "data",
        help="rebuild the map-derived data from local copies of the archives",
        description="Work on the data package's map-derived series.",
    )
    data_sub = data.add_subparsers(dest="data_command", metavar="ACTION")
    derive = data_sub.add_parser(
        "derive",
        help="rebuild the daily occupied-area series from DeepStateMap archives",
        description=(
            "Rebuild the daily occupied-area series from local copies of the DeepStateMap "
            "archives (DanielRose2310/deepstatemaps-history, cyterat/deepstate-map-data), "
            "with the code the packaged series was made with, so the numbers can be audited. "
            "Only numbers are written, never geometry."
        ),
    )
    derive.add_argument("--archive", action="append", required=True, metavar="DIR",
                        help="a checkout of either archive (repeat for both)")  # fmt: skip
    derive.add_argument(
        "--out", metavar="FILE", help="occupied-area CSV to write (new, or one of yours to replace)"
    )
    derive.add_argument("--front-out", metavar="DIR",
                        help="folder to write the front's numbers to (front_positions_daily.csv, "
                             "front_advance_daily.csv, front_monthly.csv), measured on the "
                             "packaged axes; give --out, --front-out or both")  # fmt: skip
    derive.add_argument("--boundary", metavar="GEOJSON",
                        help="Ukraine's boundary, for the in-boundary area column")  # fmt: skip
    derive.add_argument("--quiet", action="store_true", help="no progress bar")
    update = data_sub.add_parser(
        "update",
        help="download the maps and loss claims that are new, and update the series",
        description=(
            "Bring the occupied-area series and the claimed losses up to date: download the "
            "daily map files new since the last day held (cyterat/deepstate-map-data) and the "
            "General Staff's claims (PetroIvaniuk/2022-Ukraine-Russia-War-Dataset) into your "
            "cache folder, record each in a manifest, and write updated series to your data "
            "folder, which advrate then reads instead of the packaged ones."
        ),
    )
    update.add_argument("--base-url", default=None, metavar="URL",
                        help="a mirror or proxy serving the archives' raw files "
                             "[https://raw.githubusercontent.com]")  # fmt: skip
    update.add_argument(
        "--maps-url", default=None, metavar="PATTERN",
        help="URL pattern of a day's map, with {base} and {date:%%Y%%m%%d}",
    )  # fmt: skip
    update.add_argument("--losses-url", default=None, metavar="PATTERN",
                        help="URL pattern of the losses file, with {base}")  # fmt: skip
    update.add_argument("--until", default=None, metavar="YYYY-MM-DD",
                        help="last day to fetch a map for [yesterday]")  # fmt: skip
    update.add_argument("--max-jump", type=float, default=None, metavar="KM2",
                        help="largest plausible change of the area in a day [5000]")  # fmt: skip
    update.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def _convert(args: argparse.Namespace) -> int:
    from .parse import parse_rate
    from .units import format_value

    rate = parse_rate(args.text, per=args.per)
    if args.to:
        low, high = rate.to(args.to)
        unit = args.to
    else:
        low, high, unit = rate.canonical_low, rate.canonical_high, rate.canonical_unit
    if args.json:
        payload = {
            "text": rate.text,
            "low": low,
            "high": high,
            "unit": unit,
            "kind": rate.kind,
            "qualifier": rate.qualifier,
            "bound": rate.bound,
            "as_written": {"low": rate.low, "high": rate.high, "unit": rate.unit},
            "time_basis": {"unit": rate.time_unit, "count": rate.per_count, "how": rate.basis},
        }
        print(json.dumps(payload, ensure_ascii=False))
    else:
        value = format_value(low) if low == high else f"{format_value(low)}-{format_value(high)}"
        qualifier = f"{rate.qualifier} " if rate.qualifier else ""
        print(f"{qualifier}{value} {unit}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from .report import build_report

    index = build_report(args.out, notebooks=args.notebooks, progress=not args.quiet)
    print(f"report written: {index}")
    return 0


def _extract(args: argparse.Namespace) -> int:
    from .extract import extract_files

    return extract_files(args.files, fmt=args.format, out=args.out, progress=not args.quiet,
                         published=args.published)  # fmt: skip


def _data(args: argparse.Namespace) -> int:
    if args.data_command == "update":
        from . import update as up

        options = {
            "base_url": args.base_url or up.DEFAULT_BASE_URL,
            "maps_url": args.maps_url or up.MAPS_URL,
            "losses_url": args.losses_url or up.LOSSES_URL,
            "until": args.until,
            "max_jump_km2": up.MAX_DAILY_CHANGE_KM2 if args.max_jump is None else args.max_jump,
            "progress": not args.quiet,
        }
        summary = up.update(**options)
        print(summary)
        print(f"written to {up.user_data_dir()}")
        return 0
    if args.data_command != "derive":
        print("advrate data: choose an action: derive or update (see advrate data --help)",
              file=sys.stderr)  # fmt: skip
        return 2
    from .files import check_output_file, write_text_atomic

    if not args.out and not args.front_out:
        print("advrate data derive: give --out FILE, --front-out DIR or both", file=sys.stderr)
        return 2
    if args.front_out:
        from .front import check_front_folder, derive_front, write_front

        targets = check_front_folder(args.front_out)
    if args.out:
        from .maps import derive_series

        target = check_output_file(args.out)
        table = derive_series(args.archive, boundary=args.boundary, progress=not args.quiet)
        write_text_atomic(target, table.to_csv(index=False, lineterminator="\n"))
        first, last = table["date"].iloc[0], table["date"].iloc[-1]
        print(f"{len(table)} days, {first} to {last}: {target}")
    if args.front_out:
        tables = derive_front(args.archive, progress=not args.quiet)
        for path in write_front(tables, targets):
            print(f"written: {path}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 bad input, 2 usage)."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    handlers = {"convert": _convert, "report": _report, "extract": _extract, "data": _data}
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return handlers[args.command](args)
    except AdvrateError as err:
        print(f"advrate {args.command}: error: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
