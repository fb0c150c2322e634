"""Tests for the advrate command line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from advrate.cli import main


def test_convert_prints_canonical(capsys):
    assert main(["convert", "1 580 meters per day"]) == 0
    assert capsys.readouterr().out.strip() == "1,580 m/day"


def test_convert_keeps_qualifier(capsys):
    assert main(["convert", "approximately nine square kilometers per day"]) == 0
    assert capsys.readouterr().out.strip() == "approximately 9 km²/day"


def test_convert_json_and_to(capsys):
    assert main(["convert", "500 meters", "--per", "day", "--to", "km/week", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["low"] == pytest.approx(3.5)
    assert payload["unit"] == "km/week"
    assert payload["time_basis"]["how"] == "given"
    assert payload["as_written"] == {"low": 500, "high": 500, "unit": "meters"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["convert", "50 furlongz a day"], "unknown unit 'furlongz'"),
        (["convert", "500 meters"], "no time basis"),
        (["convert", "9 km2/day", "--to", "m/day"], "areal"),
    ],
)
def test_convert_errors_exit_1_with_message(capsys, args, message):
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("advrate convert: error:")
    assert message in err


def test_help_lists_commands():
    out = subprocess.run(
        [sys.executable, "-m", "advrate", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for word in ("convert", "report", "extract", "examples:"):
        assert word in out


def test_no_command_prints_help(capsys):
    assert main([]) == 2
    assert "usage:" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("1,234,567 meters per day", "1,234,567 m/day"),
        ("12,345,678 meters per day", "12,345,678 m/day"),
        ("1 cm per year", "0.0000273785 m/day"),
        ("1'580 meters per day", "1,580 m/day"),
    ],
)
def test_convert_never_prints_exponents(capsys, text, printed):
    assert main(["convert", text]) == 0
    assert capsys.readouterr().out.strip() == printed
