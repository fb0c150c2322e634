"""The report: execute the notebooks and collect their charts and tables.

``advrate report --out DIR`` (and ``make report``) executes every notebook in
``notebooks/``, writes each as HTML, and writes every chart and table the
notebooks :func:`publish` as SVG/PDF/PNG and CSV/Markdown, with an
``index.html`` linking them all.

Inside a notebook, :func:`publish` does nothing unless a report is being
built, so the notebooks' stored outputs stay the same under nbval.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import __version__
from .checks import as_path
from .exceptions import AdvrateError
from .resources import notebooks_dir

__all__ = ["MARKER_NAME", "REPORT_DIR_ENV", "build_report", "check_report_target", "publish"]

#: Environment variable telling notebooks where the report is being built.
REPORT_DIR_ENV = "ADVRATE_REPORT_DIR"


def publish(obj: Any, name: str, *, title: str | None = None) -> list[Path]:
    """Add a chart or table to the report being built; do nothing otherwise.

    Parameters
    ----------
    obj : matplotlib.figure.Figure or pandas.DataFrame
        A chart (saved as SVG, PDF and 300-dpi PNG, 17 cm wide in
        ``figures/`` and 8.5 cm wide in ``figures/column/``) or a table
        (saved as CSV and Markdown).
    name : str
        File name without extension, e.g. ``"comparison-bar"``.
    title : str, optional
        Caption in the report index; default the name.

    Returns
    -------
    list of pathlib.Path
        Files written; empty when no report is being built.
    """
    folder = os.environ.get(REPORT_DIR_ENV)
    if not folder:
        return []
    import pandas as pd
    from matplotlib.figure import Figure

    out = Path(folder)
    if isinstance(obj, Figure):
        from .plot import save_figure

        # a page-wide version and one for a single newspaper or journal column
        written = save_figure(obj, out / "figures" / name, width="page")
        written += save_figure(obj, out / "figures" / "column" / name, width="column")
    elif isinstance(obj, pd.DataFrame):
        from .compare import export_table

        written = export_table(obj, out / "tables" / name)
    else:
        raise AdvrateError(f"publish takes a matplotlib Figure or a DataFrame, not {type(obj)}")
    captions = out / "captions.tsv"
    with captions.open("a", encoding="utf-8") as f:
        f.write(f"{name}\t{title or name}\n")
    return written


def _say(progress: bool) -> Callable[[str], None]:
    def say(message: str) -> None:
        if progress:
            print(message, file=sys.stderr, flush=True)

    return say


def build_report(
    out: str | Path = "build/report",
    *,
    notebooks: str | Path | None = None,
    progress: bool = True,
    timeout: int = 600,
) -> Path:
    """Execute the notebooks and write a self-contained report folder.

    Parameters
    ----------
    out : str or pathlib.Path, default "build/report"
        Report folder: new, empty, or holding an earlier advrate report and
        nothing else (which is then replaced whole). Any other folder, a
        file, the working directory and the notebooks folder are refused
        before anything is written (see :func:`check_report_target`).
    notebooks : str or pathlib.Path, optional
        Folder of ``*.ipynb`` files; default ``notebooks/`` of the checkout.
    progress : bool, default True
        Print a line per step to standard error.
    timeout : int, default 600
        Longest a single cell may run. [s]

    Returns
    -------
    pathlib.Path
        The report's ``index.html``.

    Raises
    ------
    advrate.AdvrateError
        No notebooks found, an ``out`` that would cost a user's files, or a
        notebook failed (the message names it and the cell's error). Nothing
        is left behind: the report is built in a temporary folder beside
        ``out`` that is removed in every case.
    """
    _require_notebook_tools()
    say = _say(progress)
    source = as_path(notebooks, "notebooks") if notebooks else notebooks_dir()
    paths = sorted(source.glob("*.ipynb"))
    if not paths:
        raise AdvrateError(f"no notebooks (*.ipynb) in {source}")
    out = Path(out).absolute()
    check_report_target(out, notebooks=source)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise AdvrateError(f"cannot create the folder {out.parent}: {err.strerror}") from None
    # Built beside the target so the final move is a rename on one file system;
    # removed in every case unless it became the report.
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.advrate-building-", dir=out.parent))
    try:
        staging.chmod(0o777 & ~_umask())  # mkdtemp makes it private; a report is not
        executed = _execute_into(staging, paths, source, say, timeout)
        say("writing index.html")
        _write_index(staging, executed)
        _write_marker(staging)
        check_report_target(out, notebooks=source)  # again: the folder may have changed meanwhile
        _replace(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    figures = len(list((out / "figures").glob("*.png"))) if (out / "figures").exists() else 0
    tables = len(list((out / "tables").glob("*.csv"))) if (out / "tables").exists() else 0
    say(f"done: {len(executed)} notebooks, {figures} figures, {tables} tables in {out}")
    return out / "index.html"


def _require_notebook_tools() -> None:
    """The report executes notebooks: say which extra brings the tools when they are missing."""
    import importlib.util

    missing = [m for m in ("nbformat", "nbclient", "nbconvert", "ipykernel")
               if importlib.util.find_spec(m) is None]  # fmt: skip
    if missing:
        raise AdvrateError(
            f"advrate report executes the notebooks and needs {', '.join(missing)}; install "
            "them with: pip install 'advrate[notebooks]'"
        )


def _execute_into(
    staging: Path, paths: list[Path], source: Path, say: Callable[[str], None], timeout: int
) -> list[tuple[str, str]]:
    """Execute each notebook with the report folder set to ``staging``; write its HTML."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import CoalesceStreamsPreprocessor

    (staging / "notebooks").mkdir()
    # A cell's printed lines may arrive in one message or several, by timing;
    # merged, the same notebook always renders to the same page.
    coalesce = CoalesceStreamsPreprocessor()
    previous = os.environ.get(REPORT_DIR_ENV)
    os.environ[REPORT_DIR_ENV] = str(staging)
    exporter = HTMLExporter(
        extra_template_basedirs=[str(Path(__file__).resolve().parent / "templates")],
        template_name="offline",
    )
    executed: list[tuple[str, str]] = []
    try:
        for i, path in enumerate(paths, start=1):
            say(f"[{i}/{len(paths)}] executing {path.name}")
            notebook = nbformat.read(path, as_version=4)
            client = NotebookClient(
                notebook, timeout=timeout, kernel_name="python3",
                resources={"metadata": {"path": str(source)}},
            )  # fmt: skip
            try:
                client.execute()
            except CellExecutionError as err:
                raise AdvrateError(f"notebook {path.name} failed:\n{err}") from None
            notebook, _ = coalesce.preprocess(notebook, {})
            title = _notebook_title(notebook) or path.stem
            # The page is titled after the notebook, not nbconvert's "Notebook".
            body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": title}})
            html_name = path.with_suffix(".html").name
            (staging / "notebooks" / html_name).write_text(body, encoding="utf-8")
            executed.append((html_name, title))
    finally:
        if previous is None:
            os.environ.pop(REPORT_DIR_ENV, None)
        else:
            os.environ[REPORT_DIR_ENV] = previous
    return executed


#: File that marks a folder as an advrate report and lists the files it wrote.
MARKER_NAME = ".advrate-report.json"


def _report_files(folder: Path) -> list[str]:
    return sorted(
        p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.name != MARKER_NAME
    )


def _write_marker(folder: Path) -> None:
    payload = {"generator": f"advrate {__version__}", "files": _report_files(folder)}
    (folder / MARKER_NAME).write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")


def _marker_files(folder: Path) -> set[str] | None:
    """Files an earlier report recorded in ``folder``, or None when it holds no valid marker."""
    try:
        payload = json.loads((folder / MARKER_NAME).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    files = payload.get("files") if isinstance(payload, dict) else None
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        return None
    return set(files)


def check_report_target(out: str | Path, *, notebooks: str | Path | None = None) -> None:
    """Refuse a report folder that would cost a user files.

    A report may go into a folder that does not exist yet, an empty folder,
    or a folder holding an earlier advrate report and nothing else (every
    file in it is listed in its marker file, :data:`MARKER_NAME`).

    Parameters
    ----------
    out : str or pathlib.Path
        The folder asked for.
    notebooks : str or pathlib.Path, optional
        The notebooks folder being executed.

    Raises
    ------
    advrate.AdvrateError
        ``out`` is a file, the working directory or a folder holding it, the
        notebooks folder or a folder holding it, or a non-empty folder that
        is not an earlier report (the message names what is in the way).
    """
    out = as_path(out, "--out").absolute()
    real = out.resolve()
    if real.exists() and not real.is_dir():
        raise AdvrateError(f"--out {out} is a file, not a folder; name a new folder instead")
    cwd = Path.cwd().resolve()
    if real == cwd or real in cwd.parents:
        raise AdvrateError(
            f"--out {out} is the working directory or holds it; name a new folder, "
            "e.g. build/report"
        )
    if notebooks is not None:
        nb = as_path(notebooks, "notebooks").resolve()
        if real == nb or real in nb.parents:
            raise AdvrateError(
                f"--out {out} is the notebooks folder or holds it; name a new folder"
            )
    if not real.is_dir():
        return
    present = {p.relative_to(real).as_posix() for p in real.rglob("*")} - {MARKER_NAME}
    if not present and not (real / MARKER_NAME).exists():
        return  # an empty folder
    recorded = _marker_files(real)
    if recorded is None:
        shown = ", ".join(sorted(present)[:5]) + (", ..." if len(present) > 5 else "")
        raise AdvrateError(
            f"--out {out} is a folder with other files in it ({shown}) and not an earlier "
            "advrate report; nothing was changed. Name a new or empty folder"
        )
    # Folders are implied by the files in them.
    implied = {parent.as_posix() for f in recorded for parent in Path(f).parents} - {"."}
    foreign = sorted(present - recorded - implied)
    if foreign:
        shown = ", ".join(foreign[:5]) + (", ..." if len(foreign) > 5 else "")
        raise AdvrateError(
            f"--out {out} holds an earlier report and files it did not write ({shown}); "
            "nothing was changed. Move them, or name another folder"
        )


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _replace(staging: Path, out: Path) -> None:
    """Put ``staging`` where ``out`` is, by renames; the old report goes only once that worked."""
    if not out.exists():
        os.replace(staging, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.advrate-old-", dir=out.parent))
    old.rmdir()
    os.replace(out, old)
    try:
        os.replace(staging, out)
    except OSError:
        os.replace(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _notebook_title(notebook: Any) -> str | None:
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return None


def _write_index(folder: Path, executed: list[tuple[str, str]]) -> Path:
    captions: dict[str, str] = {}
    captions_file = folder / "captions.tsv"
    if captions_file.exists():
        for line in captions_file.read_text(encoding="utf-8").splitlines():
            name, _, caption = line.partition("\t")
            captions[name] = caption
        captions_file.unlink()
    e = html.escape
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>advrate report</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
        "img{max-width:100%;border:1px solid #ddd}figure{margin:2em 0}"
        "li{margin:.3em 0}</style>",
        "</head><body>",
        "<h1>advrate report</h1>",
        "<p>Rates of advance compared across history. Every figure is traced to its source "
        "and verbatim quote in the data tables (<code>data/</code>).</p>",
        "<h2>Notebooks</h2><ul>",
    ]
    for html_name, title in executed:
        parts.append(f'<li><a href="notebooks/{e(html_name)}">{e(title)}</a></li>')
    parts.append("</ul>")
    # In the order the notebooks published them, which is the order of the argument.
    order = {name: i for i, name in enumerate(captions)}

    def published(path: Path) -> tuple[int, str]:
        return order.get(path.stem, len(order)), path.stem

    figures = (
        sorted((folder / "figures").glob("*.png"), key=published)
        if (folder / "figures").exists()
        else []
    )
    if figures:
        parts.append("<h2>Figures</h2>")
        for png in figures:
            stem = png.stem
            links = " · ".join(
                f'<a href="figures/{e(stem)}.{fmt}">{fmt.upper()}</a>'
                for fmt in ("svg", "pdf", "png")
                if (folder / "figures" / f"{stem}.{fmt}").exists()
            )
            column = " · ".join(
                f'<a href="figures/column/{e(stem)}.{fmt}">{fmt.upper()}</a>'
                for fmt in ("svg", "pdf", "png")
                if (folder / "figures" / "column" / f"{stem}.{fmt}").exists()
            )
            if column:
                links = f"page width, 17 cm: {links}; column width, 8.5 cm: {column}"
            parts.append(
                f'<figure><img src="figures/{e(png.name)}" alt="{e(captions.get(stem, stem))}">'
                f"<figcaption>{e(captions.get(stem, stem))} ({links})</figcaption></figure>"
            )
    tables = (
        sorted((folder / "tables").glob("*.csv"), key=published)
        if (folder / "tables").exists()
        else []
    )
    if tables:
        parts.append("<h2>Tables</h2><ul>")
        for csv_path in tables:
            stem = csv_path.stem
            parts.append(
                f"<li>{e(captions.get(stem, stem))}: "
                f'<a href="tables/{e(stem)}.csv">CSV</a> · '
                f'<a href="tables/{e(stem)}.md">Markdown</a></li>'
            )
        parts.append("</ul>")
    parts.append("</body></html>")
    index = folder / "index.html"
    index.write_text("\n".join(parts) + "\n", encoding="utf-8")
    return index
