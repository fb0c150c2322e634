"""Test settings for the whole repository (one conftest, so doctest collection
of modules does not meet two files named conftest.py)."""

import matplotlib

# Charts are rendered off-screen in tests, whatever the machine's default.
matplotlib.use("Agg")

# Running the module entry point would call sys.exit during doctest collection.
collect_ignore = ["advrate/__main__.py", "benchmarks", "build"]


def pytest_collectstart(collector):
    """nbval: do not compare stderr.

    Warnings carry per-run paths and new dependency versions add deprecation
    messages; stdout and rich outputs are still compared.
    """
    if collector.path.suffix == ".ipynb":
        collector.skip_compare += ("stderr",)
