"""Once the distribution is installed, corpuskit finds the plugin through its entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "ferry-timetable.txt"

try:
    distribution("corpuskit-harbourherald")
except PackageNotFoundError:  # pragma: no cover - running from a checkout, not installed
    pytest.skip("corpuskit-harbourherald is not installed", allow_module_level=True)


def corpuskit(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "corpuskit", *args],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    )
    return done.stdout


def test_corpuskit_plugins_lists_it() -> None:
    plugins = {p["name"]: p for p in json.loads(corpuskit("plugins", "--format", "json"))}
    herald = plugins["harbourherald"]
    assert herald["status"] == "loaded"
    assert herald["distribution"] == "corpuskit-harbourherald"
    assert herald["sources"] == ["harbourherald.example"]


def test_corpuskit_parse_uses_it_on_the_heralds_pages() -> None:
    document = json.loads(corpuskit("parse", str(FIXTURE)))
    expected = json.loads(FIXTURE.with_suffix(".json").read_text(encoding="utf-8"))
    assert document["source"] == "harbourherald.example"
    assert document["removed"][0]["plugin"] == "harbourherald"
    for key in ("title", "subtitle", "authors", "published", "paragraphs"):
        assert document[key] == expected[key]
