"""Build the documentation site: ``python docs/build.py [--out build/docs]``.

The Sphinx source is assembled in ``<out>/src`` from ``docs/``, the stored
notebooks, the data package and the charts the notebooks hold, then built
into ``<out>/html`` with every warning an error. Nothing is written outside
``<out>``, and nothing is fetched: the site works offline.
"""

from __future__ import annotations

import argparse
import base64
import csv
import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

#: API pages: module -> what it is for.
MODULES = {
    "advrate": "The public API, re-exported",
    "advrate.units": "Units: the one pint registry and the unit vocabulary",
    "advrate.scan": "The scanner that parsing and extraction share",
    "advrate.parse": "Parsing one quoted figure; normalising many",
    "advrate.periods": "Periods of time in running text",
    "advrate.extract": "Finding every rate in an article",
    "advrate.data": "The sourced tables of the data package",
    "advrate.compare": "Comparison tables",
    "advrate.plot": "House-style charts",
    "advrate.history": "CDB90 battles and the CSIS benchmarks",
    "advrate.territory": "Territory gained, claims checked, cost of advance",
    "advrate.maps": "The occupied area, read from DeepStateMap archives",
    "advrate.front": "The front measured: furthest advance, axis positions, CSIS reproduced",
    "advrate.update": "Bringing the data up to date",
    "advrate.checks": "Argument checks",
    "advrate.files": "Writing files safely",
    "advrate.resources": "Where the packaged resources are",
    "advrate.report": "The report",
    "advrate.evaluation": "Extraction quality on the labelled corpus",
}
_PUBLISH_RE = re.compile(r'publish\(\s*fig,\s*"([^"]+)",\s*title="([^"]+)"')


def _api(src: Path) -> None:
    lines = ["API reference", "=============", ""]
    for module, purpose in MODULES.items():
        lines += [f"``{module}``: {purpose}", "-" * (len(module) + len(purpose) + 6), "",
                  f".. automodule:: {module}", "   :members:", "   :no-index:" if module ==
                  "advrate" else "", ""]  # fmt: skip
    (src / "api.rst").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _gallery(src: Path) -> int:
    """Every chart the stored notebooks hold, with the title the report gives it."""
    folder = src / "gallery"
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["# Chart gallery", "", "The charts of the report, as the notebooks store them.", ""]
    count = 0
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        for cell in cells:
            found = _PUBLISH_RE.search("".join(cell.get("source", "")))
            images = [o["data"]["image/png"] for o in cell.get("outputs", [])
                      if "image/png" in o.get("data", {})]  # fmt: skip
            if not found or not images:
                continue
            name, title = found.groups()
            (folder / f"{name}.png").write_bytes(base64.b64decode(images[-1]))
            page = notebook.stem
            lines += [f"## {title}", "", f"![{title}](gallery/{name}.png)", "",
                      f"From [{page}](notebooks/{page}.ipynb).", ""]  # fmt: skip
            count += 1
    (src / "gallery.md").write_text("\n".join(lines), encoding="utf-8")
    return count


def _cell(text: object) -> str:
    return str(text or "").replace("|", "\\|").replace("\n", " ")


def _data(src: Path) -> None:
    """The data package: each table, its fields, the sources and the provenance notes."""
    package = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    lines = ["# Data", "", "Every table of the Frictionless data package "
             "(`datapackage.json`), with its fields, followed by the sources and the "
             "provenance notes.", ""]  # fmt: skip
    for resource in package["resources"]:
        lines += [f"## `{resource['name']}`", "", _cell(resource.get("description")), "",
                  f"File: `{resource['path']}`.", ""]  # fmt: skip
        fields = resource.get("schema", {}).get("fields", [])
        if not fields:
            lines += [f"Format: {resource.get('format', 'file')} (not a table).", ""]
        elif len(fields) <= 60:
            lines += ["| field | type | description |", "|---|---|---|"]
            lines += [
                f"| `{f['name']}` | {f.get('type', 'string')} | {_cell(f.get('description'))} |"
                for f in fields
            ]
            lines.append("")
        else:
            lines += [f"{len(fields)} fields; see `datapackage.json`.", ""]
    lines += ["## Sources", "", "| source | producer | title | published | licence |",
              "|---|---|---|---|---|"]  # fmt: skip
    with (ROOT / "data" / "sources.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            title = _cell(row["title"])
            if row["url"]:
                title = f"[{title}]({row['url']})"
            published = row["date_published"] or "n.d."
            lines.append(f"| `{row['source_id']}` | {_cell(row['producer'])} | {title} | "
                         f"{published} | {_cell(row['licence'])} |")  # fmt: skip
    lines += ["", "```{toctree}", ":maxdepth: 1", ""]
    for provenance in sorted((ROOT / "data").rglob("PROVENANCE.md")):
        name = provenance.parent.name
        target = src / "provenance" / f"{name}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        text = provenance.read_text(encoding="utf-8")
        # Links into the repository are not pages of this site: keep their text.
        text = re.sub(r"\[([^\]]+)\]\((?!https?://)[^)]+\)", r"\1", text)
        target.write_text(text, encoding="utf-8")
        lines.append(f"provenance/{name}")
    lines += ["```", ""]
    (src / "data.md").write_text("\n".join(lines), encoding="utf-8")


def assemble(out: Path) -> Path:
    """Write the Sphinx source folder under ``out`` and return it."""
    src = out / "src"
    if src.exists():
        shutil.rmtree(src)
    shutil.copytree(HERE, src, ignore=shutil.ignore_patterns("build.py", "__pycache__"))
    (src / "notebooks").mkdir()
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        shutil.copy2(notebook, src / "notebooks" / notebook.name)
    _api(src)
    _gallery(src)
    _data(src)
    return src


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "docs",
                        help="output folder [build/docs]; the site lands in OUT/html")  # fmt: skip
    args = parser.parse_args(argv)
    out = args.out.resolve()
    marker = out / ".advrate-docs"
    if out.exists() and any(out.iterdir()) and not marker.exists():
        print(f"docs: {out} holds files advrate did not write; name another --out",
              file=sys.stderr)  # fmt: skip
        return 1
    out.mkdir(parents=True, exist_ok=True)
    marker.touch()
    src = assemble(out)
    from sphinx.cmd.build import build_main

    status = build_main(["-W", "--keep-going", "-q", "-b", "html", "-d", str(out / "doctrees"),
                         str(src), str(out / "html")])  # fmt: skip
    if status == 0:
        print(f"docs written: {out / 'html' / 'index.html'}")
    return status


if __name__ == "__main__":
    sys.exit(main())
