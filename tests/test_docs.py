"""Nothing public goes undocumented: hooks, CLI commands and API names appear in the docs."""

from __future__ import annotations

import inspect
from pathlib import Path

import click
import pytest

import corpuskit
from corpuskit.cli import main
from corpuskit.hookspecs import SPECS

DOCS = Path(__file__).resolve().parents[1] / "docs"

pytestmark = pytest.mark.skipif(not DOCS.is_dir(), reason="docs/ not present")


def _read(*names: str) -> str:
    return "\n".join((DOCS / name).read_text(encoding="utf-8") for name in names)


def test_every_hook_is_in_the_hook_reference() -> None:
    page = _read("reference/hooks.md")
    for name in SPECS:
        assert name in page, f"{name} missing from docs/reference/hooks.md"


def test_every_public_name_is_in_the_api_reference() -> None:
    page = _read("reference/api.md", "reference/kinds.md", "reference/schema.md")
    for name in corpuskit.__all__:
        if name.startswith("__") or name in {"InputKind"}:
            continue
        assert name in page, f"corpuskit.{name} missing from the API reference"


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        found.append((f"{prefix}{name}", command))
        if isinstance(command, click.Group):
            found += _commands(command, f"{prefix}{name} ")
    return found


def test_every_cli_command_and_option_has_help() -> None:
    assert ".. click:: corpuskit.cli:main" in _read("reference/cli.md")
    assert ":nested: full" in _read("reference/cli.md")
    for name, command in _commands(main):
        assert command.help, f"`corpuskit {name}` needs help"
        assert len(command.help.split()) >= 5, f"`corpuskit {name}` needs real help"
        for param in command.params:
            if isinstance(param, click.Option) and param.name not in {"help"}:
                assert param.help or param.type.name == "choice", f"{name} {param.name}"


def test_api_functions_have_docstrings() -> None:
    for name in corpuskit.__all__:
        obj = getattr(corpuskit, name)
        if inspect.isfunction(obj) or inspect.isclass(obj):
            assert inspect.getdoc(obj), f"corpuskit.{name} has no docstring"
