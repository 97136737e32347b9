"""The plugin manager: every plugin, built-in or not, arrives through ``corpuskit`` entry points.

Entry points are loaded one at a time, so a plugin that fails to import is reported with its
name and error while the rest keep working; ``CORPUSKIT_DISABLE_PLUGINS=a,b`` blocks plugins by
name before they are imported. corpuskit's own fallbacks (text reading and line segmentation)
are registered directly as ``corpuskit.defaults``; nothing else is special.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib.metadata import EntryPoint, entry_points
from types import ModuleType
from typing import Any, cast

import pluggy
from attrs import evolve, frozen

from corpuskit import defaults, hookspecs
from corpuskit.dispatch import Dispatch
from corpuskit.hookspecs import PROJECT, SPECS
from corpuskit.sources import SourceInfo

_Outcome = pluggy.Result[Any]

ENTRY_POINT_GROUP = "corpuskit"
DISABLE_ENV = "CORPUSKIT_DISABLE_PLUGINS"
DEFAULTS_NAME = "corpuskit.defaults"


@frozen
class PluginInfo:
    """What ``corpuskit plugins`` shows about one plugin."""

    name: str
    status: str
    """``loaded``, ``blocked`` (by CORPUSKIT_DISABLE_PLUGINS) or ``failed``."""
    distribution: str | None = None
    version: str | None = None
    module: str | None = None
    hooks: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    error: str | None = None


class PluginManager(pluggy.PluginManager):
    """pluggy's manager, remembering where each plugin came from and what failed.

    It also counts changes to its plugins (``generation``) and notes when calls are monitored,
    which is what lets :class:`corpuskit.dispatch.Dispatch` call hooks without pluggy's
    per-call machinery and still never miss a plugin or a monitor.
    """

    def __init__(self) -> None:
        self.generation = 0
        """Bumped by every registration, removal and new hook specification."""
        self._monitors = 0
        super().__init__(PROJECT)
        self.add_hookspecs(hookspecs)
        self.origins: dict[str, PluginInfo] = {}

    def register(self, plugin: object, name: str | None = None) -> str | None:
        try:
            return super().register(plugin, name)
        finally:
            self.generation += 1

    def unregister(self, plugin: object | None = None, name: str | None = None) -> Any | None:
        try:
            return super().unregister(plugin, name)
        finally:
            self.generation += 1

    def add_hookspecs(self, module_or_class: ModuleType | type) -> None:
        try:
            super().add_hookspecs(module_or_class)
        finally:
            self.generation += 1

    def add_hookcall_monitoring(
        self,
        before: Callable[[str, Sequence[pluggy.HookImpl], Mapping[str, Any]], None],
        after: Callable[[_Outcome, str, Sequence[pluggy.HookImpl], Mapping[str, Any]], None],
    ) -> Callable[[], None]:
        undo = super().add_hookcall_monitoring(before, after)
        self._monitors += 1
        stopped = False

        def stop() -> None:
            nonlocal stopped
            undo()
            if not stopped:  # a second call of the same undo changes no count
                stopped = True
                self._monitors -= 1

        return stop

    @property
    def monitored(self) -> bool:
        """True while any monitor is on (``enable_tracing``, ``add_hookcall_monitoring``)."""
        return self._monitors > 0

    def add(self, plugin: object, name: str, *, module: str | None = None) -> None:
        """Register a plugin given as an object (not an entry point) and record it as loaded.

        ``module`` says where it came from in ``corpuskit plugins`` (default: its module name).
        """
        self.register(plugin, name=name)
        self.origins[name] = PluginInfo(
            name=name,
            status="loaded",
            module=module or getattr(plugin, "__name__", type(plugin).__name__),
            hooks=self.hooks_of(name),
        )

    def hooks_of(self, name: str) -> tuple[str, ...]:
        """The corpuskit hooks a registered plugin implements, in pipeline order."""
        plugin = self.get_plugin(name)
        if plugin is None:
            return ()
        implemented = {caller.name for caller in self.get_hookcallers(plugin) or ()}
        return tuple(spec for spec in SPECS if spec in implemented)


def disabled_from_env(environ: dict[str, str] | None = None) -> frozenset[str]:
    """Plugin names listed in CORPUSKIT_DISABLE_PLUGINS (comma separated)."""
    value = (environ if environ is not None else os.environ).get(DISABLE_ENV, "")
    return frozenset(name.strip() for name in value.split(",") if name.strip())


def create_manager(
    *,
    load_entry_points: bool = True,
    disabled: Iterable[str] | None = None,
    plugins: Sequence[tuple[str, object]] = (),
) -> PluginManager:
    """Build a manager with corpuskit's defaults, the installed plugins and ``plugins``.

    ``disabled`` defaults to CORPUSKIT_DISABLE_PLUGINS. ``plugins`` are (name, module-or-object)
    pairs registered after the entry points: how tests add a temporary plugin.
    """
    blocked = disabled_from_env() if disabled is None else frozenset(disabled)
    manager = PluginManager()
    manager.register(defaults, name=DEFAULTS_NAME)
    manager.origins[DEFAULTS_NAME] = PluginInfo(
        name=DEFAULTS_NAME,
        status="loaded",
        distribution="corpuskit",
        version=_own_version(),
        module=defaults.__name__,
        hooks=manager.hooks_of(DEFAULTS_NAME),
    )
    if load_entry_points:
        for entry_point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            _load(manager, entry_point, blocked)
    for name, plugin in plugins:
        if name in blocked:
            manager.origins[name] = PluginInfo(name=name, status="blocked")
            continue
        manager.add(plugin, name)
    return manager


def _load(manager: PluginManager, entry_point: EntryPoint, blocked: frozenset[str]) -> None:
    name = entry_point.name
    dist = entry_point.dist
    origin: dict[str, Any] = {
        "name": name,
        "distribution": dist.name if dist else None,
        "version": dist.version if dist else None,
        "module": entry_point.value,
    }
    if name in blocked:
        manager.origins[name] = PluginInfo(status="blocked", **origin)
        return
    if manager.get_plugin(name) is not None or name in manager.origins:
        error = f"another plugin is already registered as {name!r}"
        manager.origins[name] = PluginInfo(status="failed", error=error, **origin)
        warnings.warn(f"corpuskit plugin {name!r} not loaded: {error}", stacklevel=3)
        return
    try:
        plugin = entry_point.load()
        manager.register(plugin, name=name)
    except Exception as exc:  # a broken plugin must not take the others down
        error = f"{type(exc).__name__}: {exc}"
        manager.origins[name] = PluginInfo(status="failed", error=error, **origin)
        warnings.warn(f"corpuskit plugin {name!r} failed to load: {error}", stacklevel=3)
        return
    manager.origins[name] = PluginInfo(status="loaded", hooks=manager.hooks_of(name), **origin)


def _own_version() -> str:
    from corpuskit._version import __version__

    return __version__


def list_plugins(manager: PluginManager) -> list[PluginInfo]:
    """Every plugin the manager knows of, with the sources each declares, sorted by name."""
    sources: dict[str, list[str]] = {}
    for info in declared_sources(manager):
        sources.setdefault(info.plugin, []).append(info.name)
    return [
        PluginInfo(
            name=origin.name,
            status=origin.status,
            distribution=origin.distribution,
            version=origin.version,
            module=origin.module,
            hooks=origin.hooks,
            sources=tuple(sorted(sources.get(origin.name, ()))),
            error=origin.error,
        )
        for origin in sorted(manager.origins.values(), key=lambda o: o.name)
    ]


def declared_sources(manager: PluginManager) -> list[SourceInfo]:
    """Every SourceInfo the registered plugins declare, each stamped with its plugin's name."""
    found: list[SourceInfo] = []
    for plugin, function in Dispatch(manager).each("corpuskit_sources"):
        declared = cast("Iterable[SourceInfo] | None", function()) or ()
        for info in declared:
            found.append(info if info.plugin else evolve(info, plugin=plugin))
    return found
