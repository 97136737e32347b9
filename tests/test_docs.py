"""Nothing public goes undocumented, the docs' code holds, and the example plugin works.

Hooks, CLI commands and public API names must appear in the reference; the files the tutorial
includes must have the markers it cuts them at; the example plugin in ``docs/examples`` parses
its own fixtures when registered for a test, with nothing installed.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import re
import sys
from pathlib import Path

import click
import pytest

import corpuskit
import corpuskit.testing
from corpuskit import Parser
from corpuskit.cli import main
from corpuskit.hookspecs import SPECS
from corpuskit.plugins import create_manager
from corpuskit.testing import CHECKS, load_fixtures, to_gold

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
EXAMPLE = DOCS / "examples" / "harbourherald"
BENCHMARKS = ROOT / "benchmarks"

pytestmark = pytest.mark.skipif(not DOCS.is_dir(), reason="docs/ not present")

PUBLIC_MODULES = (
    "corpuskit.layout",
    "corpuskit.dispatch",
    "corpuskit.schema",
    "corpuskit.plugins",
    "corpuskit.sources",
    "corpuskit.kinds",
    "corpuskit.scoring",
    "corpuskit.errors",
    "corpuskit.normalize",
    "corpuskit.corpus",
    "corpuskit.rules",
    "corpuskit.mine",
    "corpuskit.report",
)
"""Modules whose every public name is API. (``corpuskit.evaluate`` and ``corpuskit.io`` are the
CLI's machinery, documented through the commands.)"""


def _read(*names: str) -> str:
    return "\n".join((DOCS / name).read_text(encoding="utf-8") for name in names)


def _mentions(page: str, name: str) -> bool:
    return (
        re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)|\.{re.escape(name)}(?!\w)", page) is not None
    )


def _defined_names(module: str) -> list[str]:
    """Public names a module defines itself (not the ones it imports)."""
    path = Path(importlib.import_module(module).__file__ or "")
    tree = ast.parse(path.read_text("utf-8"))
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return [name for name in names if not name.startswith("_")]


# -- the reference --------------------------------------------------------------------------


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


@pytest.mark.parametrize("module", PUBLIC_MODULES)
def test_every_name_a_public_module_defines_is_in_the_api_reference(module: str) -> None:
    page = _read("reference/api.md", "reference/hooks.md")
    for name in _defined_names(module):
        assert _mentions(page, name), f"{module}.{name} missing from docs/reference/api.md"


def test_every_name_of_the_test_kit_is_in_the_api_reference() -> None:
    page = _read("reference/api.md")
    for name in corpuskit.testing.__all__:
        assert _mentions(page, name), f"corpuskit.testing.{name} missing from the API reference"


def test_every_conformance_check_is_documented() -> None:
    conf = _read("conf.py")
    assert "CHECK_DESCRIPTIONS" in conf
    assert "_checks_table.md" in _read("testing.md")
    page = _read("testing.md", "tutorial.md")
    assert "check_source_plugin" in page
    assert set(CHECKS) == set(corpuskit.testing.CHECK_DESCRIPTIONS)


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


def test_every_cli_command_is_shown_in_the_guides() -> None:
    guides = _read("quickstart.md", "tutorial.md", "concepts.md", "benchmarks.md")
    for name, _ in _commands(main):
        assert f"corpuskit {name}" in guides, f"no guide shows `corpuskit {name}`"


def test_api_functions_have_docstrings() -> None:
    for name in corpuskit.__all__:
        obj = getattr(corpuskit, name)
        if inspect.isfunction(obj) or inspect.isclass(obj):
            assert inspect.getdoc(obj), f"corpuskit.{name} has no docstring"


def test_the_test_kit_has_docstrings() -> None:
    for name in corpuskit.testing.__all__:
        obj = getattr(corpuskit.testing, name)
        if inspect.isfunction(obj) or inspect.isclass(obj):
            assert inspect.getdoc(obj), f"corpuskit.testing.{name} has no docstring"


def test_the_pages_are_in_the_table_of_contents() -> None:
    index = _read("index.md")
    for page in sorted(DOCS.glob("*.md")):
        if not page.name.startswith("_") and page.stem != "index":
            assert f"\n{page.stem}\n" in index, f"{page.name} is not in the index toctree"


def test_parquet_is_not_promised_before_it_exists() -> None:
    schema = _read("reference/schema.md")
    assert "Parquet output does not exist yet" in schema


# -- the guides' code -----------------------------------------------------------------------


def test_the_concepts_code_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    for code in re.findall(r"```python\n(.*?)```", _read("concepts.md"), flags=re.S):
        exec(compile(code, "concepts.md", "exec"), {})


def test_the_files_the_tutorial_includes_have_its_markers() -> None:
    tutorial = _read("tutorial.md")
    directives = re.findall(r"```\{literalinclude\} (\S+)\n((?::\S+: .*\n)*)", tutorial)
    assert len(directives) >= 10
    for path, options in directives:
        text = (DOCS / path).read_text(encoding="utf-8")
        for option, value in re.findall(r":(start-after|end-before): (.*)", options):
            marker = value.strip().strip('"')
            assert marker in text, f"{path} has no {option} marker {marker!r}"


def test_the_benchmarks_page_says_how_to_reproduce_each_figure() -> None:
    page = _read("benchmarks.md")
    for script in ("seeds.py", "aeb_text.py", "speed_text.py"):
        assert (BENCHMARKS / script).exists()
        assert f"python benchmarks/{script}" in page, f"no command for {script}"


# -- the example plugin ---------------------------------------------------------------------


@pytest.fixture
def herald(monkeypatch: pytest.MonkeyPatch) -> object:
    """The example plugin's Layout, imported from the docs without installing anything."""
    monkeypatch.syspath_prepend(str(EXAMPLE / "src"))
    monkeypatch.delitem(sys.modules, "corpuskit_harbourherald", raising=False)
    module = importlib.import_module("corpuskit_harbourherald")
    return module.LAYOUT


def test_the_example_plugin_parses_its_fixture_pages_when_registered(herald: object) -> None:
    from corpuskit_plugins import generic

    manager = create_manager(
        load_entry_points=False, plugins=[("generic", generic), ("harbourherald", herald)]
    )
    parser = Parser(manager)
    fixtures = load_fixtures(EXAMPLE / "tests" / "fixtures")
    assert len(fixtures) >= 3
    for fixture in fixtures:
        document = parser.parse(fixture.text, id=fixture.name)
        assert to_gold(document) == fixture.expected, fixture.name
        assert document.source == "harbourherald.example"
        assert {item.plugin for item in document.removed} <= {"harbourherald"}


def test_the_example_distribution_declares_its_entry_point() -> None:
    pyproject = (EXAMPLE / "pyproject.toml").read_text(encoding="utf-8")
    assert '[project.entry-points.corpuskit]\nharbourherald = "corpuskit_harbourherald:LAYOUT"' in (
        pyproject
    )
    expected = json.loads((EXAMPLE / "tests" / "fixtures" / "ferry-timetable.json").read_text())
    assert expected["site"] == "harbourherald.example"
    assert "example" in _read("../tox.ini")
