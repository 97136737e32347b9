"""What an evaluation found, as values: per field, per document, and over a whole set.

Kept apart from the comparison and the rendering, so that a benchmark, the command line and a
test read the same figures, and the JSON form is written in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from attrs import field, frozen

from corpuskit.evaluate.removals import (
    Group,
    KindCounts,
    RemovalCounts,
)
from corpuskit.scoring import CorpusScore, PageScore

Status = Literal["ok", "failed", "no_gold"]


def _json_value(name: str, value: Any) -> Any:
    if name == "removed" and isinstance(value, tuple):
        return [{"kind": kind, "text": text} for kind, text in value]
    if isinstance(value, tuple):
        return list(value)
    return value


@frozen
class FieldResult:
    """One compared field: whether the parse gave exactly the gold value, and both values."""

    name: str
    exact: bool
    expected: Any
    got: Any

    def diff(self, width: int = 60) -> str:
        """A short ``expected … got …`` line pointing at the first difference."""
        return short_diff(self.expected, self.got, width)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"exact": self.exact}
        if not self.exact:
            data["diff"] = self.diff()
            data["expected"] = _json_value(self.name, self.expected)
            data["got"] = _json_value(self.name, self.got)
        return data


@frozen
class DocumentResult:
    """One input: its parse compared with its gold, or why it could not be."""

    id: str
    input: str
    status: Status
    gold: str | None = None
    """The file the gold came from; ``None`` for an input without gold."""
    error: str | None = None
    """Why the parse failed."""
    compared: tuple[str, ...] = ()
    """The fields the gold has, so the fields compared (also when the parse failed)."""
    fields: tuple[FieldResult, ...] = ()
    """One result per compared field; empty when the parse failed."""
    body: PageScore | None = None
    """Shingle scores of the body (a failed parse scores as an empty body)."""
    removed: dict[str, KindCounts] | None = field(default=None, hash=False)
    """Per-kind counts when the gold lists what was removed."""
    false_removals: dict[Group, RemovalCounts] | None = field(default=None, hash=False)
    """Per (kind, plugin), what was removed and how much was gold body; ``None`` without a
    gold body (a failed parse removed nothing)."""
    gold_chars: int | None = None
    """The gold body's size in characters (:func:`gold_chars`); ``None`` without one."""

    @property
    def false_chars(self) -> int | None:
        """Characters of gold body found in removed items, all kinds together."""
        if self.false_removals is None:
            return None
        return sum(c.false_chars for c in self.false_removals.values())

    @property
    def false_share(self) -> float | None:
        """The share of the gold body's characters that the parse removed."""
        if self.false_removals is None or not self.gold_chars:
            return None
        return sum(c.false_chars for c in self.false_removals.values()) / self.gold_chars

    @property
    def exact_fields(self) -> int:
        return sum(1 for f in self.fields if f.exact)

    @property
    def mismatches(self) -> tuple[str, ...]:
        if self.status == "failed":
            return self.compared
        return tuple(f.name for f in self.fields if not f.exact)

    @property
    def exact(self) -> bool:
        """Parsed, has gold, and every compared field matches."""
        return self.status == "ok" and not self.mismatches

    @property
    def body_f1(self) -> float | None:
        if self.body is None:
            return None
        p, r = self.body.precision, self.body.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "input": self.input,
            "status": self.status,
            "gold": self.gold,
            "error": self.error,
            "exact": self.exact,
            "exact_fields": self.exact_fields,
            "compared_fields": len(self.compared),
            "mismatches": list(self.mismatches),
            "fields": {f.name: f.to_dict() for f in self.fields},
            "body": None,
            "removed": None,
            "false_removals": None,
        }
        if self.false_removals is not None:
            data["false_removals"] = {
                "gold_chars": self.gold_chars,
                "false_chars": self.false_chars,
                "share_of_gold": self.false_share,
                "groups": [
                    {"kind": kind, "plugin": plugin, **c.to_dict()}
                    for (kind, plugin), c in self.false_removals.items()
                ],
            }
        if self.body is not None:
            data["body"] = {
                "precision": self.body.precision,
                "recall": self.body.recall,
                "f1": self.body_f1,
                "tp": self.body.tp,
                "fp": self.body.fp,
                "fn": self.body.fn,
            }
        if self.removed is not None:
            data["removed"] = {kind: c.to_dict() for kind, c in self.removed.items()}
        return data


@frozen
class FieldRate:
    """How many documents had a field exactly right, of those whose gold has it."""

    compared: int
    exact: int

    @property
    def rate(self) -> float | None:
        return self.exact / self.compared if self.compared else None

    def to_dict(self) -> dict[str, Any]:
        return {"compared": self.compared, "exact": self.exact, "rate": self.rate}


@frozen
class Summary:
    """Totals over every document with gold."""

    inputs: int
    documents: int
    exact_documents: int
    failed: int
    without_gold: tuple[str, ...]
    gold_without_input: tuple[str, ...]
    fields: dict[str, FieldRate] = field(hash=False)
    body: CorpusScore
    removed: dict[str, KindCounts] = field(hash=False)
    false_removals: dict[Group, RemovalCounts] = field(factory=dict, hash=False)
    """Per (kind, plugin), summed over the documents with a gold body, sorted."""
    false_by_kind: dict[str, RemovalCounts] = field(factory=dict, hash=False)
    false_by_plugin: dict[str | None, RemovalCounts] = field(factory=dict, hash=False)
    false_total: RemovalCounts = field(factory=RemovalCounts)
    gold_chars: int = 0
    """Characters of all gold bodies together: the base of the shares of gold."""
    false_documents: int = 0
    """Documents with a gold body, so measured for false removals."""

    @property
    def removed_total(self) -> KindCounts:
        return sum(self.removed.values(), KindCounts())

    def share_of_gold(self, counts: RemovalCounts) -> float | None:
        """``counts``' false characters as a share of all gold body characters."""
        return counts.false_chars / self.gold_chars if self.gold_chars else None

    def _false_removals_dict(self) -> dict[str, Any]:
        gold = self.gold_chars
        return {
            "documents": self.false_documents,
            "gold_chars": gold,
            "total": self.false_total.to_dict(gold),
            "by_kind": [{"kind": k, **c.to_dict(gold)} for k, c in self.false_by_kind.items()],
            "by_plugin": [
                {"plugin": p, **c.to_dict(gold)} for p, c in self.false_by_plugin.items()
            ],
            "by_kind_and_plugin": [
                {"kind": k, "plugin": p, **c.to_dict(gold)}
                for (k, p), c in self.false_removals.items()
            ],
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "documents": self.documents,
            "exact_documents": self.exact_documents,
            "failed": self.failed,
            "without_gold": list(self.without_gold),
            "gold_without_input": list(self.gold_without_input),
            "fields": {name: rate.to_dict() for name, rate in self.fields.items()},
            "body": {
                "precision": self.body.precision,
                "recall": self.body.recall,
                "f1": self.body.f1,
                "documents": self.body.pages,
            },
            "removed": {kind: c.to_dict() for kind, c in self.removed.items()},
            "removed_total": self.removed_total.to_dict(),
            "false_removals": self._false_removals_dict(),
        }


@frozen
class Evaluation:
    """Every input's result and the summary, for a table, JSON, or a pass/fail check."""

    gold: str
    gold_styles: tuple[str, ...]
    documents: tuple[DocumentResult, ...]
    summary: Summary

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "gold_styles": list(self.gold_styles),
            "documents": [d.to_dict() for d in self.documents],
            "summary": self.summary.to_dict(),
        }

    def problems(self, *, require_exact: bool = False, min_f1: float | None = None) -> list[str]:
        """Why this evaluation fails the given requirements; empty when it passes them."""
        problems: list[str] = []
        summary = self.summary
        if require_exact:
            if summary.documents == 0:
                problems.append("no input has gold to compare with")
            if summary.without_gold:
                problems.append(f"inputs without gold: {', '.join(summary.without_gold)}")
            failed = [d.id for d in self.documents if d.status == "failed"]
            if failed:
                problems.append(f"inputs that failed to parse: {', '.join(failed)}")
            inexact = [
                f"{d.id} ({', '.join(d.mismatches)})"
                for d in self.documents
                if d.status == "ok" and not d.exact
            ]
            if inexact:
                problems.append(
                    f"{len(inexact)} of {summary.documents} documents not exact: "
                    + "; ".join(inexact)
                )
        if min_f1 is not None:
            if summary.body.pages == 0:
                problems.append(f"no body was scored (--min-f1 {min_f1:g})")
            elif summary.body.f1 < min_f1:
                problems.append(f"body F1 {summary.body.f1:.4f} is below --min-f1 {min_f1:g}")
        return problems


# -- evaluating --------------------------------------------------------------------------------


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _show(value: Any, width: int) -> str:
    if value is None:
        return "null"
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value):
        kind, text = value
        return _clip(f"{kind}: {text!r}", width)
    return _clip(repr(value), width)


def _first_difference(expected: Sequence[Any], got: Sequence[Any]) -> int:
    pairs = enumerate(zip(expected, got, strict=False))
    return next((i for i, (e, g) in pairs if e != g), min(len(expected), len(got)))


def short_diff(expected: Any, got: Any, width: int = 60) -> str:
    """One line saying how ``got`` differs from ``expected``, pointing at the first difference.

    Sequences (authors, paragraphs, removed) name the first differing item and the lengths;
    long strings are shown from a little before the first differing character.
    """
    if isinstance(expected, tuple) and isinstance(got, tuple):
        index = _first_difference(expected, got)
        sizes = f" ({len(expected)} vs {len(got)} items)" if len(expected) != len(got) else ""
        want = _show(expected[index], width) if index < len(expected) else "(none)"
        have = _show(got[index], width) if index < len(got) else "(none)"
        return f"[{index}] expected {want} got {have}{sizes}"
    if isinstance(expected, str) and isinstance(got, str):
        start = _first_difference(expected, got)
        cut = max(0, start - 10)
        prefix = "…" if cut else ""
        where = f" (from char {start})" if cut else ""
        want = prefix + expected[cut:]
        have = prefix + got[cut:]
        return f"expected {_clip(repr(want), width)} got {_clip(repr(have), width)}{where}"
    return f"expected {_show(expected, width)} got {_show(got, width)}"
