"""Sample output the guides print is what the commands print."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from corpuskit.cli import main

DOCS = Path(__file__).parent.parent / "docs"


def _console(page: str, command: str) -> list[str]:
    """The lines a ```console block of ``page`` shows after ``$ command``."""
    text = (DOCS / page).read_text(encoding="utf-8")
    block = text.split(f"```console\n$ {command}\n", 1)[1].split("```", 1)[0]
    return block.splitlines()


def _plugins(lines: list[str]) -> dict[str, list[str]]:
    """Each plugin's header line and the indented lines under it, by header."""
    found: dict[str, list[str]] = {}
    header = ""
    for line in lines:
        if line.startswith("  "):
            found[header].append(line)
        else:
            header = line
            found[header] = []
    return found


def test_quickstarts_plugins_sample_is_what_corpuskit_plugins_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # no rules files of the user's
    monkeypatch.delenv("CORPUSKIT_DISABLE_PLUGINS", raising=False)
    result = CliRunner().invoke(main, ["plugins"])
    assert result.exit_code == 0, result.output
    shown = _plugins(_console("quickstart.md", "corpuskit plugins"))
    printed = _plugins(result.output.splitlines())
    ours = {header: rest for header, rest in printed.items() if "(corpuskit)" in header}
    assert shown == ours
