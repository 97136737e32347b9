"""Rules files: a source plugin declared in TOML, no Python needed (see ``docs/rules.md``).

A rules file says what :class:`~corpuskit.layout.Layout` says: the source (name, domains), where
the headline sits, signatures that identify its pages, and rules that label debris (exact lines,
prefixes, regular expressions, captions, bylines, related-link leads), each with a kind and a
position. :func:`load_rules` turns a file into a Layout, the same plugin a Python source plugin
is; :func:`register_rules` registers files with a plugin manager (``corpuskit parse --rules``),
and the built-in ``rules`` plugin installs the files of :func:`rules_folder`. A file that is
not valid raises :class:`RulesError`, whose message is ``FILE:LINE: what is wrong``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from corpuskit.layout import Layout
from corpuskit.rules._plugin import (
    FOLDER_PLUGIN,
    RulesPlugin,
    folder_files,
    register_rules,
    rules_folder,
)
from corpuskit.rules._positions import PositionedRule
from corpuskit.rules._spec import (
    DATE,
    FORMAT_VERSION,
    MATCHERS,
    PLACEHOLDERS,
    POSITIONS,
    TIME,
    Spec,
    build_layout,
    expand,
)
from corpuskit.rules._toml import RulesError, dumps, loads


def parse_rules(text: str, file: str = "<rules>") -> Layout:
    """The Layout a rules file's text declares; ``file`` is the name errors give."""
    stem = Path(file).name.removesuffix(".toml") if file != "<rules>" else "rules-file"
    return build_layout(Spec(loads(text, file), text, file), _plugin_name(stem))


def load_rules(path: str | Path) -> Layout:
    """The Layout a rules file declares; :class:`RulesError` (``FILE:LINE: why``) if invalid."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(str(path), 1, f"cannot read the rules file: {exc}") from exc
    return parse_rules(text, str(path))


def dump_rules(
    spec: Mapping[str, Any], comments: Mapping[tuple[str | int, ...], str] | None = None
) -> str:
    """A rules file's text for a spec: the dict :func:`parse_rules` reads back from it.

    ``comments`` go above tables: ``{("rules", 0): "in 93% of documents"}``.
    """
    return dumps(spec, comments)


def _plugin_name(stem: str) -> str:
    name = "".join(ch if ch.isalnum() or ch in "._-" else "-" for ch in stem).strip("-._")
    return name or "rules-file"


__all__ = [
    "DATE",
    "FOLDER_PLUGIN",
    "FORMAT_VERSION",
    "MATCHERS",
    "PLACEHOLDERS",
    "POSITIONS",
    "TIME",
    "PositionedRule",
    "RulesError",
    "RulesPlugin",
    "dump_rules",
    "expand",
    "folder_files",
    "load_rules",
    "parse_rules",
    "register_rules",
    "rules_folder",
]
