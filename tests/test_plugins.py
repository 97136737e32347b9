"""The plugin manager: entry points, broken and blocked plugins, listing, documented hooks."""

from __future__ import annotations

import inspect
import warnings
from importlib.metadata import EntryPoint
from typing import Any

import pytest

from corpuskit import hookspecs
from corpuskit.plugins import (
    DEFAULTS_NAME,
    ENTRY_POINT_GROUP,
    create_manager,
    disabled_from_env,
    list_plugins,
)


def _fake_entry_points(extra: list[EntryPoint]) -> Any:
    from importlib.metadata import entry_points as real

    def fake(group: str) -> list[EntryPoint]:
        return [*real(group=group), *extra]

    return fake


def test_builtins_arrive_through_entry_points() -> None:
    manager = create_manager(disabled=())
    infos = {i.name: i for i in list_plugins(manager)}
    assert infos["generic"].status == "loaded"
    assert infos["generic"].distribution == "corpuskit"
    assert infos["generic"].module == "corpuskit_plugins.generic"
    assert "corpuskit_label" in infos["generic"].hooks
    assert infos[DEFAULTS_NAME].hooks == ("corpuskit_read", "corpuskit_segment")


def test_the_core_never_imports_the_builtin_plugins() -> None:
    import pathlib

    import corpuskit

    root = pathlib.Path(corpuskit.__file__).parent
    for path in root.rglob("*.py"):
        assert "corpuskit_plugins" not in path.read_text(encoding="utf-8"), path


def test_a_broken_plugin_is_reported_and_the_rest_work(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = EntryPoint(name="broken", value="no_such_module_xyz:plugin", group=ENTRY_POINT_GROUP)
    monkeypatch.setattr("corpuskit.plugins.entry_points", _fake_entry_points([broken]))
    with pytest.warns(UserWarning, match="'broken' failed to load: ModuleNotFoundError"):
        manager = create_manager(disabled=())
    infos = {i.name: i for i in list_plugins(manager)}
    assert infos["broken"].status == "failed"
    assert "no_such_module_xyz" in (infos["broken"].error or "")
    assert infos["generic"].status == "loaded"


def test_a_duplicate_name_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    twin = EntryPoint(name="generic", value="corpuskit_plugins.generic", group=ENTRY_POINT_GROUP)
    monkeypatch.setattr("corpuskit.plugins.entry_points", _fake_entry_points([twin]))
    with pytest.warns(UserWarning, match="already registered"):
        create_manager(disabled=())


def test_disable_env_blocks_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORPUSKIT_DISABLE_PLUGINS", " generic , other")
    assert disabled_from_env() == {"generic", "other"}
    manager = create_manager()
    assert manager.get_plugin("generic") is None
    assert {i.name: i.status for i in list_plugins(manager)}["generic"] == "blocked"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        import corpuskit

        doc = corpuskit.Parser(manager).parse(">\n\nText.\n")
    assert doc.removed == ()


def test_every_hook_is_documented() -> None:
    specs = [name for name in dir(hookspecs) if name.startswith("corpuskit_")]
    assert sorted(specs) == sorted(hookspecs.SPECS)
    for name in specs:
        doc = inspect.getdoc(getattr(hookspecs, name)) or ""
        assert len(doc.split()) >= 20, f"{name} needs a real docstring"
