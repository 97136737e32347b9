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
(multiset match on the white-space normalised text, summed over documents). Inputs are matched
to gold by document id (:func:`corpuskit.pipeline.document_id`); an input with no gold is
reported and left out of the scores, and an input that fails to parse is scored as an empty
document, so failures lower the scores instead of vanishing from them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import orjson
from attrs import field, frozen

from corpuskit.errors import CorpuskitError
from corpuskit.io.inputs import iter_sources
from corpuskit.model import Document
from corpuskit.normalize import normalize_space
from corpuskit.pipeline import Parser, document_id
from corpuskit.scoring import CorpusScore, PageScore, score_corpus, score_page

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

    @property
    def removed_total(self) -> KindCounts:
        return sum(self.removed.values(), KindCounts())

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


def _grid(rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> list[str]:
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
    rows: list[list[str]] = [["id", "exact", "body F1", "mismatches"]]
    diffs: dict[str, list[str]] = {}
    for result in evaluation.documents:
        if result.status == "no_gold":
            rows.append([result.id, "-", "-", "no gold"])
            continue
        if result.gold is None:
            rows.append([result.id, "-", "-", f"parse failed: {result.error}; no gold"])
            continue
        score = f"{result.exact_fields}/{len(result.compared)}"
        note = ", ".join(result.mismatches)
        if result.status == "failed":
            note = f"parse failed: {result.error}"
        rows.append([result.id, score, _number(result.body_f1), note])
        if show_diffs and result.status == "ok":
            diffs[result.id] = [f"  {f.name}: {f.diff()}" for f in result.fields if not f.exact]
    if len(rows) > 1:
        out.extend(_grid(rows, right=(1, 2)))
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
    return "\n".join(out) + "\n"


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
    "Summary",
    "canonical_body",
    "canonical_date",
    "compare",
    "document_values",
    "evaluate_document",
    "evaluate_paths",
    "load_gold",
    "merge_counts",
    "removed_counts",
    "render_table",
    "short_diff",
    "summarise",
]
