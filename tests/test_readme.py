"""The README's promises hold: its Python example runs, its first command uses real files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"


def _blocks(language: str) -> list[str]:
    text = README.read_text(encoding="utf-8")
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.S)


@pytest.mark.skipif(not README.exists(), reason="no README in this installation")
def test_the_python_example_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    (code,) = _blocks("python")
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "Coastal desalination plant" in out


@pytest.mark.skipif(not README.exists(), reason="no README in this installation")
def test_the_setup_commands_are_two_and_name_real_paths() -> None:
    (console, *_rest) = _blocks("console")
    commands = [line for line in console.splitlines() if line.strip()]
    assert len(commands) == 2
    assert "corpuskit parse examples/" in commands[0]
    assert (ROOT / "examples").is_dir()
    assert "tox" in commands[1]
