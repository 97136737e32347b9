"""From a rules file's content to a :class:`~corpuskit.layout.Layout`, checking everything.

Every problem of a file is collected and raised at once as one
:class:`~corpuskit.rules.RulesError` naming the file and, a line each, the line of the offending
key and what is wrong with it, with a "did you mean" when a known name (a kind, a key, a table,
a helper's value) is close to the one written. A problem that leaves a table unreadable (an
unknown kind in a rule) abandons that table only: the reading goes on with the next one.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from typing import Any, Literal, NoReturn, cast

from attrs import evolve

from corpuskit.kinds import KINDS
from corpuskit.layout import (
    NAME,
    NAMES,
    Layout,
    LineRule,
    Signature,
    Where,
    byline,
    caption,
    keywords,
    lead_headline,
    line,
    parse_date,
    pattern,
    prefix,
    rule_signature,
)
from corpuskit.normalize import normalize_space
from corpuskit.rules._positions import PositionedRule, Side, Unit
from corpuskit.rules._toml import KeyLines, Path_, RulesError
from corpuskit.sources import SourceInfo

FORMAT_VERSION = 1

MATCHERS = ("lines", "prefixes", "regex", "caption", "byline", "lead")
"""The keys that say what a rule matches; a rule has exactly one of them."""

POSITIONS = ("first_lines", "last_lines", "first_paragraphs", "last_paragraphs")

_TOP = {"version", "source", "head", "signatures", "rules"}
_SOURCE = {"name", "domains", "plugin", "description"}
_HEAD = {"title", "subtitle", "subtitle_heading", "subtitle_max_words"}
_SIGNATURE = {"phrase", "regex", "needle", "rule", "kinds", "where", "weight"}
_COMMON = {"id", "kind", "where", *POSITIONS, "to_end", "then", "before", "repeat", "around"}
_RULE_KEYS: dict[str, set[str]] = {
    "lines": _COMMON,
    "prefixes": _COMMON,
    "regex": _COMMON | {"ignore_case"},
    "caption": _COMMON | {"before_if", "credits"},
    "byline": {"id", "kind", "where", *POSITIONS, "staff", "needles"},
    "lead": {"id", "kind", "where", *POSITIONS},
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?"
DATE = (
    rf"(?i:{_WEEKDAY}(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH},? \d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}))"
)
"""``{DATE}`` in a rules file: 'March 3, 2021', 'Tue, 3 Mar 2021', '2021-03-03', '3/3/21'."""
TIME = r"(?i:\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?)"
"""``{TIME}`` in a rules file: a time of day, '10:32', '9:05 pm'."""
PLACEHOLDERS: dict[str, str] = {"{NAMES}": NAMES, "{NAME}": NAME, "{DATE}": DATE, "{TIME}": TIME}
"""What each placeholder in a ``regex`` or ``byline`` stands for (see :mod:`corpuskit.layout`)."""


def expand(regex: str) -> str:
    """A rules-file regex with its placeholders (``{NAMES}``, ``{DATE}``...) written out."""
    for placeholder, value in PLACEHOLDERS.items():
        regex = regex.replace(placeholder, value)
    return regex


_PLUGIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\Z")
_BEFORE_IF: dict[str, Callable[[str, str], object]] = {"keywords": keywords}


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """`` (did you mean 'footer'?)`` when a known name is close to ``word``, else ``''``."""
    names = sorted(known)
    close = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    if not close and len(word) >= 3:  # a name cut short: 'foot' for 'footer'
        close = [n for n in names if n.startswith(word.lower()[:3])][:1]
    return f" (did you mean {close[0]!r}?)" if close else ""


class _Abandoned(Exception):
    """A table cannot be read further; its problem is recorded and reading goes on."""


class Spec:
    """One rules file being read: its values, and the problems found so far with their lines."""

    def __init__(self, data: Mapping[str, Any], text: str, file: str) -> None:
        self.data = data
        self.file = file
        self.keys = KeyLines(text)
        self.errors: list[tuple[int, str]] = []

    def note(self, path: Path_, problem: str) -> None:
        """Record a problem at the line of ``path`` and go on reading."""
        error = (self.keys.line(path), problem)
        if error not in self.errors:
            self.errors.append(error)

    def fail(self, path: Path_, problem: str) -> NoReturn:
        """Record a problem and abandon the table being read (see :meth:`part`)."""
        self.note(path, problem)
        raise _Abandoned

    @contextmanager
    def part(self) -> Iterator[None]:
        """Read one table: a problem that abandons it leaves the rest of the file to read."""
        with suppress(_Abandoned):
            yield

    def check(self) -> None:
        """Raise every problem found, in the order of their lines, as one RulesError."""
        if self.errors:
            (line, problem), *more = sorted(self.errors, key=lambda e: e[0])
            raise RulesError(self.file, line, problem, more)

    # -- typed getters ------------------------------------------------------------------------

    def table(self, path: Path_, value: object) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            self.fail(path, f"{_name(path)} must be a table, got {_type(value)}")
        return value

    def unknown(self, path: Path_, table: Mapping[str, Any], allowed: set[str], hint: str) -> None:
        """Record each key of ``table`` not in ``allowed`` (the reading goes on)."""
        for key in table:
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                close = did_you_mean(key, allowed)
                self.note((*path, key), f"unknown key {key!r} in {hint}{close}; known: {known}")

    def choice(self, path: Path_, value: object, allowed: tuple[str, ...]) -> str:
        """A string that must be one of ``allowed`` (a helper's value, like a caption style)."""
        if value not in allowed:
            names = " or ".join(f"{a!r}" for a in allowed)
            if len(allowed) > 2:
                names = ", ".join(f"{a!r}" for a in allowed[:-1]) + f" or {allowed[-1]!r}"
            close = did_you_mean(value, allowed) if isinstance(value, str) else ""
            key = _name(path).rsplit(".", 1)[-1]
            self.fail(path, f"{key} must be {names}, got {value!r}{close}")
        return value

    def string(self, path: Path_, value: object, *, empty: bool = False) -> str:
        if not isinstance(value, str):
            self.fail(path, f"{_name(path)} must be a string, got {_type(value)}")
        if not empty and not value.strip():
            self.fail(path, f"{_name(path)} must not be empty")
        return value

    def strings(self, path: Path_, value: object, *, empty: bool = False) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(path, f"{_name(path)} must be a list of strings, got {_type(value)}")
        if not empty and not value:
            self.fail(path, f"{_name(path)} must not be empty")
        for item in value:
            if not item.strip():
                self.fail(path, f"{_name(path)} holds an empty string")
        return tuple(value)

    def boolean(self, path: Path_, value: object) -> bool:
        if not isinstance(value, bool):
            self.fail(path, f"{_name(path)} must be true or false, got {_type(value)}")
        return value

    def count(self, path: Path_, value: object, low: int = 1) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            self.fail(path, f"{_name(path)} must be a whole number of at least {low}")
        return value

    def kind(self, path: Path_, value: object) -> str:
        kind = self.string(path, value)
        if kind not in KINDS:
            hint = did_you_mean(kind, KINDS)
            self.fail(path, f"unknown kind {kind!r}{hint}; kinds: {', '.join(sorted(KINDS))}")
        return kind

    def regex(self, path: Path_, value: object) -> str:
        text = self.string(path, value)
        try:
            re.compile(text)
        except re.error as exc:
            self.fail(path, f"{_name(path)} is not a valid regular expression: {exc}")
        return text


def _name(path: Path_) -> str:
    parts: list[str] = []
    for part in path:
        if isinstance(part, int):
            parts[-1] += f"[{part + 1}]"  # people count from 1
        else:
            parts.append(part)
    return ".".join(parts) or "the file"


def _type(value: object) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string"}
    for kind, name in names.items():
        if type(value) is kind:
            return f"{name} ({value!r})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "a table"
    return type(value).__name__


# -- the file -------------------------------------------------------------------------------


def build_layout(spec: Spec, default_plugin: str) -> Layout:
    """The Layout a rules file declares (raises RulesError listing every problem of the file)."""
    data = spec.data
    spec.unknown((), data, _TOP, "the file (top level)")
    if "version" in data and data["version"] != FORMAT_VERSION:
        spec.note(("version",), f"unsupported version {data['version']!r} (this is version 1)")
    source: SourceInfo | None = None
    if "source" not in data:
        spec.note((), "no [source] table: a rules file declares its source's name and domains")
    else:
        with spec.part():
            source = _source(spec, default_plugin)
    head: tuple[Literal["first"] | None, Literal["second"] | None, bool, int] = (
        None,
        None,
        False,
        60,
    )
    with spec.part():
        head = _head(spec)
    raw_rules = data.get("rules", [])
    if not isinstance(raw_rules, list):
        spec.note(("rules",), "rules must be an array of tables ([[rules]])")
        raw_rules = []
    rules: list[LineRule] = []
    ids: dict[str, LineRule] = {}
    broken: set[str] = set()  # ids of rules with problems: signatures naming them say no more
    for index, raw in enumerate(raw_rules):
        path: Path_ = ("rules", index)
        with spec.part():
            table = spec.table(path, raw)
            rule_id = table.get("id")
            if isinstance(rule_id, str):
                broken.add(rule_id)
            rule = _rule(spec, path, table)
            if "id" in table:
                rule_id = spec.string((*path, "id"), table["id"])
                if rule_id in ids:
                    spec.fail((*path, "id"), f"another rule already has id {rule_id!r}")
                ids[rule_id] = rule
                broken.discard(rule_id)
            rules.append(rule)
    raw_signatures = data.get("signatures", [])
    if not isinstance(raw_signatures, list):
        spec.note(("signatures",), "signatures must be an array of tables ([[signatures]])")
        raw_signatures = []
    signatures = []
    for i, raw in enumerate(raw_signatures):
        with spec.part():
            table = spec.table(("signatures", i), raw)
            signatures.append(_signature(spec, ("signatures", i), table, ids, broken - set(ids)))
    spec.check()
    assert source is not None  # no [source] is a problem, raised above
    title, subtitle, heading, max_words = head
    return Layout(
        source=source,
        rules=rules,
        signatures=signatures,
        title=title,
        subtitle=subtitle,
        subtitle_heading=heading,
        subtitle_max_words=max_words,
    )


def _source(spec: Spec, default_plugin: str) -> SourceInfo:
    path: Path_ = ("source",)
    table = spec.table(path, spec.data["source"])
    spec.unknown(path, table, _SOURCE, "[source]")
    if "name" not in table:
        spec.fail(path, "[source] has no name (the site's name, e.g. 'harbourherald.example')")
    name = spec.string((*path, "name"), table["name"])
    if name != name.strip():
        # Users type it back (--source), stripped: a name that differs then matches nothing.
        spec.fail((*path, "name"), f"source name {name!r} has white space at an end")
    domains = spec.strings((*path, "domains"), table.get("domains", []), empty=True)
    for domain in domains:
        if "/" in domain or " " in domain or "." not in domain.strip("."):
            spec.note((*path, "domains"), f"{domain!r} is not a domain (write 'example.com')")
    plugin = spec.string((*path, "plugin"), table.get("plugin", default_plugin))
    if not _PLUGIN_NAME.match(plugin):
        spec.note((*path, "plugin"), f"plugin name {plugin!r}: use letters, digits, . _ -")
    description = spec.string((*path, "description"), table.get("description", ""), empty=True)
    return SourceInfo(name, domains, description=description, plugin=plugin)


def _head(
    spec: Spec,
) -> tuple[Literal["first"] | None, Literal["second"] | None, bool, int]:
    path: Path_ = ("head",)
    table = spec.table(path, spec.data.get("head", {}))
    spec.unknown(path, table, _HEAD, "[head]")
    title = spec.choice((*path, "title"), table.get("title", "none"), ("first", "none"))
    subtitle = spec.choice((*path, "subtitle"), table.get("subtitle", "none"), ("second", "none"))
    if subtitle == "second" and title != "first":
        spec.fail((*path, "subtitle"), "subtitle = 'second' needs title = 'first'")
    heading = spec.boolean((*path, "subtitle_heading"), table.get("subtitle_heading", False))
    max_words = spec.count((*path, "subtitle_max_words"), table.get("subtitle_max_words", 60))
    return (
        "first" if title == "first" else None,
        "second" if subtitle == "second" else None,
        heading,
        max_words,
    )


# -- rules ----------------------------------------------------------------------------------


def _rule(spec: Spec, path: Path_, table: Mapping[str, Any]) -> LineRule:
    found = [key for key in MATCHERS if key in table]
    if len(found) != 1:
        every = set(MATCHERS).union(*_RULE_KEYS.values())
        if not found and any(k not in every and did_you_mean(k, MATCHERS) for k in table):
            spec.unknown(path, table, every, "a rule")  # a matcher misspelt: 'lnies' for 'lines'
            raise _Abandoned
        what = "none" if not found else " and ".join(found)
        spec.fail(path, f"a rule needs exactly one of {', '.join(MATCHERS)}; this one has {what}")
    matcher = found[0]
    spec.unknown(path, table, _RULE_KEYS[matcher] | {matcher}, f"a {matcher} rule")
    value = table[matcher]
    at = (*path, matcher)
    where = _where(spec, path, table)
    position = _position(spec, path, table)
    if matcher == "caption":
        kind = spec.kind((*path, "kind"), table.get("kind", "caption"))
    elif matcher == "byline":
        kind = spec.kind((*path, "kind"), table.get("kind", "byline"))
        if kind != "byline":
            spec.fail((*path, "kind"), "a byline rule labels kind 'byline' (leave kind out)")
    else:
        if "kind" not in table:
            spec.fail(path, f"this rule has no kind (one of: {', '.join(sorted(KINDS))})")
        kind = spec.kind((*path, "kind"), table["kind"])
    rule: LineRule
    if matcher == "lines":
        rule = line(kind, *spec.strings(at, value), where=where)
    elif matcher == "prefixes":
        rule = prefix(kind, *spec.strings(at, value), where=where)
    elif matcher == "regex":
        lower = spec.boolean((*path, "ignore_case"), table.get("ignore_case", False))
        regex = expand(spec.string(at, value))
        spec.regex(at, regex)
        rule = pattern(kind, regex, lower=lower, where=where)
        if kind == "dateline":  # the date the line holds becomes Document.published
            rule = evolve(rule, value=_date_of)
    elif matcher == "caption":
        style = spec.choice(at, value, ("brackets", "trailing"))
        credits = spec.strings((*path, "credits"), table.get("credits", []), empty=True)
        rule = caption(
            cast("Literal['brackets', 'trailing']", style),
            kind=kind,
            where=where,
            credits=credits,
        )
    elif matcher == "byline":
        regex = expand(spec.string(at, value))
        spec.regex(at, regex)
        staff = spec.strings((*path, "staff"), table.get("staff", []), empty=True)
        needles = spec.strings((*path, "needles"), table.get("needles", []), empty=True)
        where = where if "where" in table else "head"
        rule = byline(regex, where=where, staff=staff, needles=needles)
    else:
        rule = lead_headline(kind, *spec.strings(at, value), where=where)
    rule = evolve(rule, **_options(spec, path, table))
    if position is not None:
        side, unit, count = position
        zone_where: Where = "head" if side == "first" else "tail"
        fields = {a.name: getattr(rule, a.name) for a in LineRule.__attrs_attrs__}
        fields["where"] = zone_where
        rule = PositionedRule(**fields, side=side, count=count, unit=unit)
    return rule


def _date_of(verdict: object) -> object:
    return parse_date(verdict.string) if isinstance(verdict, re.Match) else None


def _where(spec: Spec, path: Path_, table: Mapping[str, Any]) -> Where:
    where = spec.choice(
        (*path, "where"), table.get("where", "anywhere"), ("anywhere", "head", "tail")
    )
    return cast("Where", where)


def _position(spec: Spec, path: Path_, table: Mapping[str, Any]) -> tuple[Side, Unit, int] | None:
    given = [key for key in POSITIONS if key in table]
    if not given:
        return None
    if len(given) > 1 or "where" in table:
        both = " and ".join(given + (["where"] if "where" in table else []))
        spec.fail((*path, given[-1]), f"a rule has one position; this one has {both}")
    key = given[0]
    count = spec.count((*path, key), table[key])
    side, unit = key.split("_")
    return cast("Side", side), cast("Unit", unit), count


def _options(spec: Spec, path: Path_, table: Mapping[str, Any]) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if "to_end" in table:
        options["to_end"] = spec.boolean((*path, "to_end"), table["to_end"])
    if "then" in table:
        kinds = spec.strings((*path, "then"), table["then"])
        options["then"] = tuple(spec.kind((*path, "then"), k) for k in kinds)
    if "before" in table:
        options["before"] = spec.kind((*path, "before"), table["before"])
    if "before_if" in table:
        test = spec.choice((*path, "before_if"), table["before_if"], tuple(_BEFORE_IF))
        if "before" not in table:
            spec.fail((*path, "before_if"), "before_if needs before (the kind of that line)")
        options["before_if"] = _BEFORE_IF[test]
    if "repeat" in table:
        options["repeat"] = spec.boolean((*path, "repeat"), table["repeat"])
    if "around" in table:
        texts = spec.strings((*path, "around"), table["around"])
        options["around"] = frozenset(normalize_space(t).lower() for t in texts)
    return options


# -- signatures -----------------------------------------------------------------------------


def _signature(
    spec: Spec,
    path: Path_,
    table: Mapping[str, Any],
    ids: Mapping[str, LineRule],
    broken: Collection[str] = (),
) -> Signature:
    spec.unknown(path, table, _SIGNATURE, "a signature")
    found = [key for key in ("phrase", "regex", "rule") if key in table]
    if len(found) != 1:
        what = "none" if not found else " and ".join(found)
        spec.fail(path, f"a signature needs exactly one of phrase, regex, rule; it has {what}")
    if "weight" not in table:
        spec.fail(path, "this signature has no weight (how sure it makes you, 0.5 to 1)")
    weight = table["weight"]
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= 1:
        spec.fail((*path, "weight"), f"weight must be a number in (0, 1], got {weight!r}")
    weight = float(weight)
    kind = found[0]
    for key, needs in (("needle", "regex"), ("kinds", "rule"), ("where", "rule")):
        if key in table and kind != needs:
            spec.fail((*path, key), f"{key} goes with a {needs} signature, not a {kind} one")
    if kind == "phrase":
        phrase = normalize_space(spec.string((*path, "phrase"), table["phrase"])).lower()
        return Signature(phrase, weight)
    if kind == "regex":
        regex = spec.regex((*path, "regex"), table["regex"])
        needle = spec.string((*path, "needle"), table.get("needle", ""), empty=True)
        return Signature(regex, weight, regex=True, needle=needle.lower())
    rule_id = spec.string((*path, "rule"), table["rule"])
    if rule_id in broken:  # its rule's own problems are reported
        raise _Abandoned
    if rule_id not in ids:
        known = ", ".join(sorted(ids)) or "no rule has an id"
        close = did_you_mean(rule_id, ids)
        spec.fail((*path, "rule"), f"no rule has id {rule_id!r}{close} ({known})")
    rule = ids[rule_id]
    if "where" in table:
        rule = evolve(rule, where=_where(spec, path, table))
    kinds = spec.strings((*path, "kinds"), table.get("kinds", []), empty=True)
    for item in kinds:
        spec.kind((*path, "kinds"), item)
    return rule_signature(rule, weight, *kinds)
