"""Reading TOML with line numbers for errors, and writing the small TOML rules files use.

``tomllib`` reports syntax errors with their line; for errors in what a valid file says (an
unknown kind, a bad regex) :class:`KeyLines` finds the line of the offending key in the text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping, Sequence
from typing import Any, cast

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

from corpuskit.errors import CorpuskitError

Path_ = tuple[str | int, ...]
"""Where a value sits in the document: ``("rules", 2, "kind")`` is the third rule's kind."""


class RulesError(CorpuskitError):
    """A rules file is not valid; the message is ``FILE:LINE: what is wrong``, a line each.

    Every problem of a file is reported at once: :attr:`errors` holds them all as ``(line,
    problem)`` pairs in the order of their lines; :attr:`line` and :attr:`problem` are the first.
    """

    def __init__(
        self, file: str, line: int, problem: str, more: Sequence[tuple[int, str]] = ()
    ) -> None:
        self.errors: tuple[tuple[int, str], ...] = ((line, problem), *more)
        super().__init__("\n".join(f"{file}:{n}: {p}" for n, p in self.errors))
        self.file = file
        self.line = line
        self.problem = problem


_HEADER = re.compile(r"\s*(\[\[?)\s*([^\]#]+?)\s*\]\]?\s*(?:#.*)?\Z")
_KEY = re.compile(r"\s*(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+)\s*=")
_TRIPLE = re.compile(r"'''|\"\"\"")


class KeyLines:
    """The line (1-based) each table and key of a TOML text starts on.

    Handles what rules files use: ``[table]``, ``[[array]]`` and ``key = value`` lines, with
    multi-line arrays and strings skipped over. A path not found falls back to its nearest
    ancestor, then to line 1.
    """

    def __init__(self, text: str) -> None:
        self.lines: dict[Path_, int] = {}
        counts: dict[str, int] = {}
        table: Path_ = ()
        in_string = False
        depth = 0
        for number, raw in enumerate(text.splitlines(), start=1):
            if in_string:
                in_string = len(_TRIPLE.findall(raw)) % 2 == 0
                continue
            if depth > 0:  # inside a multi-line array
                depth = max(0, depth + _depth(raw))
                continue
            header = _HEADER.match(raw)
            if header:
                name = header[2].strip().strip("\"'")
                if header[1] == "[[":
                    index = counts.get(name, 0)
                    counts[name] = index + 1
                    table = (name, index)
                    self.lines.setdefault((name,), number)
                else:
                    table = tuple(name.split("."))
                self.lines.setdefault(table, number)
                continue
            key = _KEY.match(raw)
            if key:
                self.lines.setdefault((*table, key[1].strip("\"'")), number)
                value = raw[key.end() :]
                if len(_TRIPLE.findall(value)) % 2 == 1:
                    in_string = True
                depth = max(0, _depth(value))

    def line(self, path: Path_) -> int:
        """The line of ``path``, or of its nearest ancestor that has one (else 1)."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return 1


def _depth(text: str) -> int:
    """How many more ``[`` than ``]`` a line opens, outside strings and comments."""
    text = re.sub(r"\"(?:[^\"\\]|\\.)*\"|'[^']*'", "", text).split("#", 1)[0]
    return text.count("[") - text.count("]")


def loads(text: str, file: str) -> dict[str, Any]:
    """Parse TOML, turning a syntax error into ``FILE:LINE: reason``."""
    try:
        return cast("dict[str, Any]", tomllib.loads(text))
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_in_message(str(exc))
        message = getattr(exc, "msg", None) or re.sub(r"\s*\(at line \d+.*\)$", "", str(exc))
        raise RulesError(file, line, f"not valid TOML: {message}") from None


def _line_in_message(message: str) -> int:
    found = re.search(r"line (\d+)", message)
    return int(found[1]) if found else 1


# -- writing --------------------------------------------------------------------------------


def _string(value: str) -> str:
    """A TOML string: literal ('...') when it can be, so regexes stay readable."""
    if "'" not in value and "\n" not in value and value.isprintable():
        return f"'{value}'"
    out = []
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif not ch.isprintable():
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, Sequence):
        items = [_value(v) for v in value]
        one_line = "[" + ", ".join(items) + "]"
        if len(one_line) <= 80:
            return one_line
        return "[\n" + "".join(f"    {item},\n" for item in items) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to a rules file")


def _table(values: Mapping[str, object]) -> list[str]:
    return [f"{key} = {_value(value)}" for key, value in values.items()]


def dumps(spec: Mapping[str, Any], comments: Mapping[Path_, str] | None = None) -> str:
    """TOML text for a rules spec (plain values, tables, and arrays of tables).

    ``comments`` puts a ``# comment`` line above a table: ``{("rules", 0): "share 0.93"}``.
    """
    comments = comments or {}
    out: list[str] = _table({k: v for k, v in spec.items() if not _is_table(v)})
    for key, value in spec.items():
        if isinstance(value, Mapping):
            out += ["", *_comment(comments.get((key,))), f"[{key}]", *_table(value)]
        elif _is_table(value):
            for index, item in enumerate(value):
                out += ["", *_comment(comments.get((key, index))), f"[[{key}]]", *_table(item)]
    return "\n".join(out).lstrip("\n") + "\n"


def _comment(text: str | None) -> list[str]:
    return [f"# {line}" for line in text.splitlines()] if text else []


def _is_table(value: object) -> bool:
    if isinstance(value, Mapping):
        return True
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value)
