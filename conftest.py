"""Test settings for the whole repository (one conftest, so doctest collection
of modules does not meet two files named conftest.py)."""

import matplotlib

# Charts are rendered off-screen in tests, whatever the machine's default.
matplotlib.use("Agg")

# Running the module entry point would call sys.exit during doctest collection.
collect_ignore = ["advrate/__main__.py", "benchmarks", "build"]
