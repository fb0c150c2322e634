"""Sphinx configuration for the advrate documentation (built by docs/build.py).

Offline by design: notebooks are rendered from their stored outputs (never
executed), no page loads anything from the network, and every warning is an
error.
"""

from __future__ import annotations

import advrate

project = "advrate"
author = "advrate developers"
copyright = "advrate developers"
release = version = advrate.__version__

extensions = ["sphinx.ext.autodoc", "numpydoc", "myst_nb"]
source_suffix = {".rst": "restructuredtext", ".md": "myst-nb", ".ipynb": "myst-nb"}
exclude_patterns = ["_build"]

# Notebooks: shown as stored and tested under nbval, never re-executed.
nb_execution_mode = "off"
nb_merge_streams = True
myst_heading_anchors = 3

# API reference from the numpydoc docstrings.
autodoc_member_order = "bysource"
autodoc_typehints = "none"
numpydoc_show_class_members = False
numpydoc_validation_checks: set[str] = set()

html_theme = "alabaster"
html_title = f"advrate {release}"
html_theme_options = {
    "description": "Rates of advance, compared and sourced",
    "font_family": "sans-serif",
    "head_font_family": "sans-serif",
    "code_font_family": "monospace",
}
html_show_sourcelink = False
html_copy_source = False
# No MathJax: the pages hold no mathematics, and it would be fetched from a CDN.
mathjax_path = "no-mathjax.js"
