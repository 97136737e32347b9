"""Rules files as plugins: one file registered on its own, or a folder of them as one plugin."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path

from attrs import evolve

from corpuskit.hookspecs import hookimpl
from corpuskit.layout import Layout
from corpuskit.model import Block, Identification, Label, Page
from corpuskit.plugins import PluginManager
from corpuskit.rules._toml import RulesError
from corpuskit.sources import SourceInfo

FOLDER_PLUGIN = "rules"
"""The name the config folder's rules are registered under (one plugin for the folder)."""


def rules_folder(environ: dict[str, str] | None = None) -> Path:
    """Where rules files are read from: ``$XDG_CONFIG_HOME/corpuskit/rules`` (~/.config)."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "corpuskit" / "rules"


def folder_files(folder: str | Path | None = None) -> list[Path]:
    """The ``*.toml`` files of the rules folder (default :func:`rules_folder`), sorted."""
    path = Path(folder) if folder is not None else rules_folder()
    return sorted(p for p in path.glob("*.toml") if p.is_file()) if path.is_dir() else []


class RulesPlugin:
    """Several layouts as one pluggy plugin: how the config folder's rules files are installed.

    Each hook is answered by delegating to the layouts: every source is declared, the most
    confident identification wins (ties to the alphabetically first source), and a page is
    labelled by the layout of its source. Their labels carry this plugin's ``name``.
    """

    def __init__(self, layouts: Iterable[Layout], name: str = FOLDER_PLUGIN) -> None:
        self.name = name
        self.layouts: dict[str, Layout] = {}
        for layout in layouts:
            if layout.source.plugin != name:
                layout = evolve(layout, source=evolve(layout.source, plugin=name))
            self.layouts.setdefault(layout.name, layout)

    @classmethod
    def from_folder(cls, folder: str | Path | None = None) -> RulesPlugin:
        """The folder's rules files; a broken file is skipped with a warning naming the problem."""
        layouts = []
        for path in folder_files(folder):
            try:
                layouts.append(load_layout(path))
            except RulesError as exc:
                warnings.warn(f"corpuskit: rules file skipped: {exc}", stacklevel=2)
        return cls(layouts)

    def without(self, sources: Iterable[str]) -> RulesPlugin:
        """The same plugin less some sources (a ``--rules`` file declaring them wins)."""
        dropped = set(sources)
        return RulesPlugin([lay for n, lay in self.layouts.items() if n not in dropped], self.name)

    @hookimpl
    def corpuskit_sources(self) -> list[SourceInfo]:
        """Every layout's source."""
        return [layout.source for layout in self.layouts.values()]

    @hookimpl
    def corpuskit_identify(self, page: Page, blocks: Sequence[Block]) -> Identification | None:
        """The most confident of the layouts' claims."""
        if not self.layouts:  # no rules files installed (the usual case): nothing to claim
            return None
        best: Identification | None = None
        for name in sorted(self.layouts):
            claim = self.layouts[name].corpuskit_identify(page=page, blocks=blocks)
            if claim is not None and (best is None or claim.confidence > best.confidence):
                best = claim
        return best

    @hookimpl(tryfirst=True)
    def corpuskit_label(
        self, page: Page, blocks: Sequence[Block], source: str | None
    ) -> list[Label] | None:
        """Labels from the layout of the page's source, if it is one of ours."""
        layout = self.layouts.get(source) if source else None
        return layout.corpuskit_label(page=page, blocks=blocks, source=source) if layout else None


def load_layout(path: str | Path) -> Layout:
    from corpuskit.rules import load_rules

    return load_rules(path)


def register_rules(manager: PluginManager, paths: Iterable[str | Path]) -> None:
    """Register each rules file as a source plugin of its own (``corpuskit parse --rules``).

    The plugin's name is the file's ``[source] plugin`` (default: the file name without
    ``.toml``). A source the config folder's rules also declare is taken from the file given
    here. Raises :class:`~corpuskit.rules.RulesError` for an invalid file, or one whose plugin
    or source name another plugin already has.
    """
    from corpuskit.plugins import declared_sources

    for path in paths:
        layout = load_layout(path)
        name = layout.source.plugin
        folder = manager.get_plugin(FOLDER_PLUGIN)
        if isinstance(folder, RulesPlugin) and layout.name in folder.layouts:
            manager.unregister(name=FOLDER_PLUGIN)
            manager.register(folder.without([layout.name]), name=FOLDER_PLUGIN)
        if manager.get_plugin(name) is not None or name == FOLDER_PLUGIN:
            raise RulesError(
                str(path),
                1,
                f"a plugin named {name!r} is already registered: set another [source] plugin name",
            )
        taken = {info.name: info.plugin for info in declared_sources(manager)}
        if layout.name in taken:
            raise RulesError(
                str(path),
                1,
                f"source {layout.name!r} is already declared by plugin "
                f"{taken[layout.name]!r} (disable it with CORPUSKIT_DISABLE_PLUGINS)",
            )
        manager.add(layout, name, module=str(path))
