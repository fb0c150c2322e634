"""The documentation site builds offline, warnings as errors, from stored outputs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("docs")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "build.py"), "--out", str(out)],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return out / "html"


def test_pages(site):
    for page in ("index.html", "api.html", "data.html", "gallery.html",
                 "notebooks/02-historical-comparison.html", "provenance/ukraine.html"):  # fmt: skip
        assert (site / page).is_file(), page
    api = (site / "api.html").read_text(encoding="utf-8")
    for name in ("advrate.parse.parse_rate", "advrate.territory.gain_rate",
                 "advrate.history.percentile_of", "advrate.extract.extract_rates"):  # fmt: skip
        assert f'id="{name}"' in api
    assert "[m/day]" in api  # units in brackets, from the numpydoc docstrings


def test_notebooks_are_rendered_from_their_stored_outputs(site):
    page = (site / "notebooks" / "02-historical-comparison.html").read_text(encoding="utf-8")
    assert "<img" in page and "1,580" in page


def test_gallery_holds_every_published_chart(site):
    gallery = (site / "gallery.html").read_text(encoding="utf-8")
    images = sorted(re.findall(r'src="_images/([a-z0-9-]+\.png)"', gallery))
    assert images == sorted(
        ["all-rates-log.png", "casualties-per-km2.png", "cdb90-distribution.png",
         "comparison-bar.png", "csis-reproduced.png", "days-to-advance-10km.png",
         "front-monthly-rates.png", "front-positions.png", "monthly-gains.png",
         "monthly-rate-since-2022.png", "cumulative-gain-since-2024.png", "losses-and-gain.png",
         "rate-against-length.png", "estimator-spread.png"]
    )  # fmt: skip
    for image in images:
        assert (site / "_images" / image).stat().st_size > 10_000


def test_data_pages_list_every_table_and_source(site):
    import json

    data = (site / "data.html").read_text(encoding="utf-8")
    package = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        assert resource["name"] in data
    assert "csis-2025-battlefield-woes" in data


def test_nothing_is_loaded_from_the_network(site):
    pages = list(site.rglob("*.html"))
    assert len(pages) >= 10
    remote = re.compile(r'<(?:script|img|iframe)[^>]+src="(?:https?:)?//|'
                        r'<link[^>]+rel="stylesheet"[^>]+href="(?:https?:)?//')  # fmt: skip
    for page in pages:
        assert not remote.search(page.read_text(encoding="utf-8")), page
    for css in site.rglob("*.css"):
        assert not re.search(r"@import|url\((?:'|\")?(?:https?:)?//", css.read_text()), css
