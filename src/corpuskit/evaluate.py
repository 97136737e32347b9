"""Comparing parse results with gold files: field exact match, body shingles, removed per kind.

Two gold styles are read:

* **document gold**: one JSON file per article (``{"id", "site", "title", "subtitle",
  "authors", "published", "paragraphs", "removed": [{"kind", "text"}]}``), keyed by its
  ``"id"`` or, without one, by its file name without extensions. Only the fields a file has
  are compared; ``site`` is compared with :attr:`Document.source <corpuskit.model.Document>`.
* **AEB-style gold**: one JSON object ``{id: {"articleBody": ..., "url": ...}}`` (the Article
  Extraction Benchmark's ``ground-truth.json``). Only the body is compared: exactly, as the
  field ``body`` (each non-blank line with white space normalised, so paragraphing by one or
  two newlines does not matter), and by shingles.

For every document with gold this module reports which fields match exactly, the body's
4-token shingle precision and recall (:mod:`corpuskit.scoring`, averaged over documents as the
benchmark does), and, per removed kind, how many of the gold's removed items were found
(multiset match on the white-space normalised text, summed over documents).

It also measures **false removals**, for any gold with a body: how much of the gold body a
parse put in ``removed``, per removed kind and per plugin, so that every rule's precision is
measured rather than guessed (see :func:`false_removals` for how). Inputs are matched
to gold by document id (:func:`corpuskit.pipeline.document_id`); an input with no gold is
reported and left out of the scores, and an input that fails to parse is scored as an empty
document, so failures lower the scores instead of vanishing from them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, TypeVar

import orjson
from attrs import field, frozen

from corpuskit.errors import CorpuskitError
from corpuskit.io.inputs import iter_sources
from corpuskit.model import Document, Removed
from corpuskit.normalize import normalize_space
from corpuskit.pipeline import Parser, document_id
from corpuskit.scoring import SHINGLE, CorpusScore, PageScore, score_corpus, score_page, shingles

DOCUMENT_FIELDS: tuple[str, ...] = (
    "site",
    "title",
    "subtitle",
    "authors",
    "published",
    "paragraphs",
    "removed",
)
"""Fields of document gold that are compared, in report order."""

BODY_FIELD = "body"
"""The one field compared for AEB-style gold."""

FIELDS: tuple[str, ...] = (*DOCUMENT_FIELDS, BODY_FIELD)

GoldStyle = Literal["document", "aeb"]
Status = Literal["ok", "failed", "no_gold"]


class GoldError(CorpuskitError):
    """A gold path or file that cannot be read as gold."""


# -- gold --------------------------------------------------------------------------------------


@frozen
class Gold:
    """What one document should parse to: the canonical value of every field the gold has."""

    id: str
    style: GoldStyle
    origin: str
    """The file the gold came from."""
    fields: dict[str, Any] = field(hash=False)
    """Canonical expected values (see :func:`document_values`), in :data:`FIELDS` order."""
    body: str | None = None
    """The text the body is scored against; ``None`` when the gold has no body."""
    removed: tuple[tuple[str, str], ...] | None = None
    """The removed items ``(kind, text)``; ``None`` when the gold does not say."""


@frozen
class GoldSet:
    """Every gold document found under a path, by id."""

    path: str
    documents: dict[str, Gold] = field(hash=False)

    @property
    def styles(self) -> tuple[str, ...]:
        return tuple(sorted({gold.style for gold in self.documents.values()}))


def load_gold(path: str | Path) -> GoldSet:
    """Read gold from a document-gold file, an AEB-style file, or a folder of either.

    A folder is read one level deep (``*.json``, hidden files skipped); an id found twice is an
    error, as is a folder with no gold in it.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(
            p for p in path.iterdir() if p.suffix.lower() == ".json" and not p.name.startswith(".")
        )
        if not files:
            raise GoldError(f"no gold (*.json) files in {path}")
    elif path.is_file():
        files = [path]
    else:
        raise GoldError(f"no such file or folder: {path}")
    documents: dict[str, Gold] = {}
    for file in files:
        for gold in _read_gold_file(file):
            if gold.id in documents:
                raise GoldError(
                    f"gold for {gold.id!r} appears twice ({documents[gold.id].origin}, {file})"
                )
            documents[gold.id] = gold
    return GoldSet(str(path), documents)


def _read_gold_file(path: Path) -> list[Gold]:
    try:
        data = orjson.loads(path.read_bytes())
    except OSError as exc:
        raise GoldError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except orjson.JSONDecodeError as exc:
        raise GoldError(f"{path} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or not data:
        raise GoldError(f"{path}: gold must be a non-empty JSON object")
    if all(isinstance(v, dict) and "articleBody" in v for v in data.values()):
        return [_aeb_gold(str(path), key, value) for key, value in data.items()]
    return [_document_gold(path, data)]


def _aeb_gold(origin: str, key: str, value: Mapping[str, Any]) -> Gold:
    body = value["articleBody"]
    if not isinstance(body, str):
        raise GoldError(f"{origin}: articleBody of {key!r} must be a string")
    return Gold(
        id=key,
        style="aeb",
        origin=origin,
        fields={BODY_FIELD: canonical_body(body)},
        body=body,
    )


def _document_gold(path: Path, data: Mapping[str, Any]) -> Gold:
    where = str(path)
    key = data.get("id")
    if key is None:
        key = document_id(path)
    elif not isinstance(key, str) or not key:
        raise GoldError(f"{where}: id must be a non-empty string")
    fields: dict[str, Any] = {}
    for name in ("site", "title", "subtitle", "published"):
        if name in data:
            value = data[name]
            if value is not None and not isinstance(value, str):
                raise GoldError(f"{where}: {name} must be a string or null")
            fields[name] = canonical_date(value) if name == "published" else value
    for name in ("authors", "paragraphs"):
        if name in data:
            fields[name] = _strings(data[name], f"{where}: {name}")
    removed: tuple[tuple[str, str], ...] | None = None
    if "removed" in data:
        removed = _removed_items(data["removed"], where)
        fields["removed"] = removed
    ordered = {name: fields[name] for name in DOCUMENT_FIELDS if name in fields}
    body = "\n\n".join(ordered["paragraphs"]) if "paragraphs" in ordered else None
    return Gold(id=key, style="document", origin=where, fields=ordered, body=body, removed=removed)


def _strings(value: object, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GoldError(f"{what} must be a list of strings")
    return tuple(value)


def _removed_items(value: object, where: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        raise GoldError(f"{where}: removed must be a list")
    items = []
    for i, item in enumerate(value):
        if not (
            isinstance(item, dict)
            and isinstance(item.get("kind"), str)
            and isinstance(item.get("text"), str)
        ):
            raise GoldError(f"{where}: removed[{i}] must be an object with string kind and text")
        items.append((item["kind"], item["text"]))
    return tuple(items)


def canonical_date(value: str | None) -> str | None:
    """An ISO date string in the form ``date.isoformat()`` writes (``Z`` becomes ``+00:00``)."""
    if value is None:
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value).isoformat()
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return value


def canonical_body(text: str) -> str:
    """A body for exact comparison: non-blank lines, white space normalised, one per line."""
    lines = (normalize_space(line) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def document_values(document: Document) -> dict[str, Any]:
    """A parsed document's value for every field in :data:`FIELDS`, in the gold's canonical form."""
    return {
        "site": document.source,
        "title": document.title,
        "subtitle": document.subtitle,
        "authors": tuple(document.authors),
        "published": None if document.published is None else document.published.isoformat(),
        "paragraphs": tuple(document.paragraphs),
        "removed": tuple((r.kind, r.text) for r in document.removed),
        BODY_FIELD: canonical_body(document.body),
    }


# -- results -----------------------------------------------------------------------------------


@frozen
class KindCounts:
    """Removed items of one kind: found (tp), removed but not in gold (fp), missed (fn)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp); ``None`` when nothing of this kind was removed."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn); ``None`` when the gold has nothing of this kind."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def __add__(self, other: KindCounts) -> KindCounts:
        return KindCounts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
        }


def removed_counts(
    predicted: Iterable[tuple[str, str]], gold: Iterable[tuple[str, str]]
) -> dict[str, KindCounts]:
    """Per kind, the multiset match of predicted against gold ``(kind, text)`` items.

    Texts are compared with white space normalised (line breaks included), so a footer split
    into lines differently still matches. Kinds come out sorted.
    """
    pred = Counter((kind, normalize_space(text)) for kind, text in predicted)
    want = Counter((kind, normalize_space(text)) for kind, text in gold)
    shared = pred & want
    counts: dict[str, KindCounts] = {}
    for kind in sorted({kind for kind, _ in pred} | {kind for kind, _ in want}):
        tp = sum(n for (k, _), n in shared.items() if k == kind)
        fp = sum(n for (k, _), n in pred.items() if k == kind) - tp
        fn = sum(n for (k, _), n in want.items() if k == kind) - tp
        counts[kind] = KindCounts(tp, fp, fn)
    return counts


def merge_counts(parts: Iterable[Mapping[str, KindCounts]]) -> dict[str, KindCounts]:
    """Per-kind counts summed over documents, kinds sorted."""
    total: dict[str, KindCounts] = {}
    for part in parts:
        for kind, counts in part.items():
            total[kind] = total.get(kind, KindCounts()) + counts
    return dict(sorted(total.items()))


# -- false removals ----------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+")
"""Tokens as :mod:`corpuskit.scoring` counts them, so false removals and body scores agree."""

Group = tuple[str, str | None]
"""A removed kind and the plugin that labelled it (``None``: no plugin said)."""


@frozen
class RemovalCounts:
    """What one group of removed items (a kind, a plugin, or both) took out, and how much of
    it was gold body: characters for the size of the harm, pages for how widespread it is."""

    items: int = 0
    chars: int = 0
    """Characters of the removed items' text (white space normalised, as ``Removed.text``)."""
    false_chars: int = 0
    """Characters of that text that are gold body (see :func:`false_removals`)."""
    pages: int = 0
    """Documents where this group removed anything."""
    false_pages: int = 0
    """Documents where this group removed some gold body."""

    @property
    def false_share(self) -> float | None:
        """The share of removed characters that were gold body: 1 - this is the precision."""
        return self.false_chars / self.chars if self.chars else None

    def __add__(self, other: RemovalCounts) -> RemovalCounts:
        return RemovalCounts(
            self.items + other.items,
            self.chars + other.chars,
            self.false_chars + other.false_chars,
            self.pages + other.pages,
            self.false_pages + other.false_pages,
        )

    def to_dict(self, gold_chars: int | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "items": self.items,
            "chars": self.chars,
            "false_chars": self.false_chars,
            "false_share": self.false_share,
            "pages": self.pages,
            "false_pages": self.false_pages,
        }
        if gold_chars is not None:
            data["share_of_gold"] = self.false_chars / gold_chars if gold_chars else None
        return data


def false_chars(text: str, missing: Counter[tuple[str, ...]]) -> int:
    """Characters of ``text`` covered by shingles taken from ``missing`` (which this consumes).

    Each 4-token shingle of ``text`` found in ``missing`` is taken from it (so a gold sentence
    is credited to one removed item only) and marks its four tokens as gold body. The count is
    the extent of each run of marked tokens, from its first token's first character to its
    last token's last, so the punctuation and spaces inside a run count and those around it do
    not. A text under four tokens has no shingle and never counts: a lone "Share" or a name is
    as likely debris as body, and a count that cannot tell is a count that misleads.
    """
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    covered = [False] * len(tokens)
    for first in range(len(tokens) - SHINGLE + 1):
        key = tuple(token for _, _, token in tokens[first : first + SHINGLE])
        if missing.get(key, 0) > 0:
            missing[key] -= 1
            covered[first : first + SHINGLE] = [True] * SHINGLE
    total = 0
    run_start: int | None = None
    for index, (start, end, _) in enumerate(tokens):
        if covered[index]:
            if run_start is None:
                run_start = start
            if index + 1 == len(tokens) or not covered[index + 1]:
                total += end - run_start
                run_start = None
    return total


def false_removals(
    removed: Iterable[Removed], body: str, gold_body: str
) -> dict[Group, RemovalCounts]:
    """Per (kind, plugin), the removed items and how much of their text is gold body.

    Text counts as gold body when its 4-token shingles (the body score's, see
    :mod:`corpuskit.scoring`) are gold shingles that the parsed body lacks: gold body the parse
    failed to keep and put in ``removed`` instead. Shingles the body kept are not offered, so a
    teaser repeating the first paragraph, rightly removed while the paragraph stays, is not
    blamed. Items take shingles in input order (:func:`false_chars`), so gold text is counted
    once however many items repeat it, and the false shingles of a page never exceed the body
    score's missed ones (``fn``). Cheap: one shingle count per text, one lookup per shingle.
    """
    missing = shingles(gold_body) - shingles(body)
    counts: dict[Group, RemovalCounts] = {}
    for item in removed:
        group = (item.kind, item.plugin)
        false = false_chars(item.text, missing)
        before = counts.get(group, RemovalCounts())
        counts[group] = before + RemovalCounts(1, len(item.text), false)
    return {
        group: RemovalCounts(c.items, c.chars, c.false_chars, 1, 1 if c.false_chars else 0)
        for group, c in sorted(counts.items(), key=_group_order)
    }


def _group_order(entry: tuple[Group, Any]) -> tuple[str, str]:
    (kind, plugin), _ = entry
    return kind, plugin or ""


def gold_chars(gold_body: str) -> int:
    """The size of a gold body in the units of :attr:`RemovalCounts.chars` (white space
    normalised, a line break between lines), the base of :attr:`Summary.false_share`."""
    return len(canonical_body(gold_body))


_K = TypeVar("_K")


def roll_up(
    parts: Iterable[Mapping[Group, RemovalCounts]], key: Callable[[Group], _K]
) -> dict[_K, RemovalCounts]:
    """Documents' per-(kind, plugin) counts summed over documents, grouped by ``key``.

    Each document's groups are merged first, so a page counts once under a kind even when two
    plugins removed that kind on it. ``key`` is the identity for kind and plugin, ``g[0]`` for
    the kind alone, ``g[1]`` for the plugin alone, a constant for the total.
    """
    total: dict[_K, RemovalCounts] = {}
    for part in parts:
        page: dict[_K, RemovalCounts] = {}
        for group, counts in part.items():
            name = key(group)
            page[name] = page.get(name, RemovalCounts()) + counts
        for name, c in page.items():
            one = RemovalCounts(c.items, c.chars, c.false_chars, 1, 1 if c.false_chars else 0)
            total[name] = total.get(name, RemovalCounts()) + one
    return total


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
    false_total: RemovalCounts = RemovalCounts()
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


def evaluate_document(
    document: Document | None, gold: Gold
) -> tuple[tuple[FieldResult, ...], PageScore | None, dict[str, KindCounts] | None]:
    """Compare one parse (``None`` when it failed) with its gold."""
    results: tuple[FieldResult, ...] = ()
    if document is not None:
        got = document_values(document)
        results = tuple(
            FieldResult(name, got[name] == expected, expected, got[name])
            for name, expected in gold.fields.items()
        )
    body = None
    if gold.body is not None:
        body = score_page(document.body if document is not None else "", gold.body)
    removed = None
    if gold.removed is not None:
        predicted = [] if document is None else [(r.kind, r.text) for r in document.removed]
        removed = removed_counts(predicted, gold.removed)
    return results, body, removed


def compare(
    document: Document | None,
    gold: Gold | None,
    *,
    id: str,
    input: str,
    error: str | None = None,
) -> DocumentResult:
    """The result for one input: its document (or parse error) against its gold (if any)."""
    status: Status = "failed" if document is None else "ok"
    if gold is None:
        return DocumentResult(id, input, "failed" if document is None else "no_gold", error=error)
    fields, body, removed = evaluate_document(document, gold)
    false, size = None, None
    if gold.body is not None:
        parsed = document if document is not None else Document()
        false = false_removals(parsed.removed, parsed.body, gold.body)
        size = gold_chars(gold.body)
    return DocumentResult(
        id,
        input,
        status,
        gold=gold.origin,
        error=error,
        compared=tuple(gold.fields),
        fields=fields,
        body=body,
        removed=removed,
        false_removals=false,
        gold_chars=size,
    )


def _parse_inputs(
    paths: Sequence[str], parser: Parser, source: str | None
) -> Iterator[tuple[str, str, Document | None, str | None]]:
    for item in iter_sources(paths):
        # iter_sources reports a missing path by raising from read(); older versions yielded an
        # InputError in its place, so both are handled.
        if isinstance(item, CorpuskitError):
            location = item.document or "?"
            yield document_id(Path(location)), location, None, item.reason
            continue
        try:
            document = parser.trace(
                item.read(), id=item.id, source=source, filename=item.location
            ).document
        except CorpuskitError as exc:
            yield item.id, item.location, None, exc.reason
        else:
            yield item.id, item.location, document, None


def evaluate_paths(
    paths: Sequence[str],
    gold: GoldSet,
    *,
    parser: Parser | None = None,
    source: str | None = None,
) -> Evaluation:
    """Parse every input under ``paths`` (as ``corpuskit parse`` would) and compare with gold."""
    parser = parser if parser is not None else Parser()
    results = [
        compare(document, gold.documents.get(key), id=key, input=location, error=error)
        for key, location, document, error in _parse_inputs(paths, parser, source)
    ]
    return summarise(results, gold)


def summarise(results: Sequence[DocumentResult], gold: GoldSet) -> Evaluation:
    """Totals over the results of the inputs that have gold."""
    scored = [r for r in results if r.gold is not None]
    measured = [r.false_removals for r in scored if r.false_removals is not None]
    seen = {r.id for r in results}
    fields: dict[str, FieldRate] = {}
    for name in FIELDS:
        compared = [r for r in scored if name in r.compared]
        if compared:
            exact = sum(1 for r in compared if r.status == "ok" and name not in r.mismatches)
            fields[name] = FieldRate(len(compared), exact)
    summary = Summary(
        inputs=len(results),
        documents=len(scored),
        exact_documents=sum(1 for r in scored if r.exact),
        failed=sum(1 for r in results if r.status == "failed"),
        without_gold=tuple(r.id for r in results if r.gold is None),
        gold_without_input=tuple(sorted(k for k in gold.documents if k not in seen)),
        fields=fields,
        body=score_corpus(r.body for r in scored if r.body is not None),
        removed=merge_counts(r.removed for r in scored if r.removed is not None),
        false_removals=dict(sorted(roll_up(measured, lambda g: g).items(), key=_group_order)),
        false_by_kind=dict(sorted(roll_up(measured, lambda g: g[0]).items())),
        false_by_plugin=dict(
            sorted(roll_up(measured, lambda g: g[1]).items(), key=lambda e: e[0] or "")
        ),
        false_total=roll_up(measured, lambda g: "all").get("all", RemovalCounts()),
        gold_chars=sum(r.gold_chars or 0 for r in scored),
        false_documents=len(measured),
    )
    return Evaluation(gold.path, gold.styles, tuple(results), summary)


# -- reporting ---------------------------------------------------------------------------------


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


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _grid(rows: Sequence[Sequence[str]], right: Iterable[int] = ()) -> list[str]:
    right = set(right)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    return lines


def render_table(evaluation: Evaluation, *, show_diffs: bool = False) -> str:
    """The evaluation as plain text: one row per input, then the summary."""
    out: list[str] = []
    rows: list[list[str]] = [["id", "exact", "body F1", "gold removed", "mismatches"]]
    diffs: dict[str, list[str]] = {}
    for result in evaluation.documents:
        if result.status == "no_gold":
            rows.append([result.id, "-", "-", "-", "no gold"])
            continue
        if result.gold is None:
            rows.append([result.id, "-", "-", "-", f"parse failed: {result.error}; no gold"])
            continue
        score = f"{result.exact_fields}/{len(result.compared)}"
        note = ", ".join(result.mismatches)
        if result.status == "failed":
            note = f"parse failed: {result.error}"
        lost = _percent(result.false_share) if result.false_chars else "-"
        rows.append([result.id, score, _number(result.body_f1), lost, note])
        if show_diffs and result.status == "ok":
            diffs[result.id] = [f"  {f.name}: {f.diff()}" for f in result.fields if not f.exact]
    if len(rows) > 1:
        out.extend(_grid(rows, right=(1, 2, 3)))
    else:
        out.append("no inputs")
    for key, lines in diffs.items():
        if lines:
            out.append("")
            out.append(f"{key}:")
            out.extend(lines)

    summary = evaluation.summary
    out.append("")
    out.append(
        f"documents {summary.documents}, exact {summary.exact_documents}, "
        f"failed {summary.failed}, inputs without gold {len(summary.without_gold)}, "
        f"gold without input {len(summary.gold_without_input)}  (gold: {evaluation.gold})"
    )
    if summary.fields:
        out.append("")
        field_rows = [["field", "exact", "rate"]]
        for name, rate in summary.fields.items():
            field_rows.append([name, f"{rate.exact}/{rate.compared}", _number(rate.rate)])
        out.extend(_grid(field_rows, right=(1, 2)))
    out.append("")
    body = summary.body
    if body.pages:
        out.append(
            f"body  P {body.precision:.3f}  R {body.recall:.3f}  F1 {body.f1:.3f}  "
            f"({body.pages} documents, 4-token shingles, macro)"
        )
    else:
        out.append("body  not scored (no gold body)")
    if summary.removed:
        out.append("")
        kind_rows = [["removed", "tp", "fp", "fn", "P", "R"]]
        for kind, counts in [*summary.removed.items(), ("all", summary.removed_total)]:
            kind_rows.append(
                [
                    kind,
                    str(counts.tp),
                    str(counts.fp),
                    str(counts.fn),
                    _number(counts.precision),
                    _number(counts.recall),
                ]
            )
        out.extend(_grid(kind_rows, right=(1, 2, 3, 4, 5)))
    if summary.false_documents:
        out.append("")
        out.extend(_false_removal_table(summary))
    return "\n".join(out) + "\n"


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}" if value >= 0.001 or not value else "<0.1%"


def _false_removal_table(summary: Summary) -> list[str]:
    """Rows per kind and plugin, the culprits first; per kind and per plugin when either has
    several rows; then all together. ``*`` stands for any kind or any plugin."""
    out = [
        f"false removals: gold body in removed text ({summary.false_documents} documents, "
        f"{summary.gold_chars} gold body chars)",
        "  (text whose 4-token shingles are gold the body lacks; items under 4 tokens not judged)",
    ]
    if not summary.false_total.items:
        out.append("nothing removed")
        return out
    header = ["removed", "plugin", "items", "chars", "false", "false %", "pages", "false pages"]
    rows: list[list[str]] = [[*header, "of gold"]]

    def row(kind: str, plugin: str, c: RemovalCounts) -> list[str]:
        return [
            kind,
            plugin,
            str(c.items),
            str(c.chars),
            str(c.false_chars),
            _percent(c.false_share),
            str(c.pages),
            str(c.false_pages),
            _percent(summary.share_of_gold(c)),
        ]

    def culprits_first(entry: tuple[Any, RemovalCounts]) -> tuple[int, int]:
        return -entry[1].false_chars, -entry[1].chars

    groups = sorted(summary.false_removals.items(), key=culprits_first)
    rows.extend(row(kind, plugin or "-", c) for (kind, plugin), c in groups)
    if len(summary.false_by_kind) < len(summary.false_removals):
        # Some kind comes from several plugins: the kind's own total answers "how much
        # gold body do captions take", whoever labelled them.
        kinds = sorted(summary.false_by_kind.items(), key=culprits_first)
        rows.extend(row(kind, "*", c) for kind, c in kinds)
    if len(summary.false_by_plugin) > 1:
        plugins = sorted(summary.false_by_plugin.items(), key=culprits_first)
        rows.extend(row("*", plugin or "-", c) for plugin, c in plugins)
    rows.append(row("all", "*", summary.false_total))
    out.extend(_grid(rows, right=range(2, 9)))
    return out


__all__ = [
    "BODY_FIELD",
    "DOCUMENT_FIELDS",
    "FIELDS",
    "DocumentResult",
    "Evaluation",
    "FieldRate",
    "FieldResult",
    "Gold",
    "GoldError",
    "GoldSet",
    "KindCounts",
    "RemovalCounts",
    "Summary",
    "canonical_body",
    "canonical_date",
    "compare",
    "document_values",
    "evaluate_document",
    "evaluate_paths",
    "false_chars",
    "false_removals",
    "gold_chars",
    "load_gold",
    "merge_counts",
    "removed_counts",
    "render_table",
    "roll_up",
    "short_diff",
    "summarise",
]
