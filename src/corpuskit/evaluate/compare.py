"""Comparing parse results with gold: one document, and a set of inputs.

Inputs are matched to gold by document id (:func:`corpuskit.pipeline.document_id`); an input
with no gold is reported and left out of the scores, and an input that fails to parse is
scored as an empty document, so failures lower the scores instead of vanishing from them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from corpuskit.errors import CorpuskitError
from corpuskit.evaluate.gold import FIELDS, Gold, GoldSet, document_values
from corpuskit.evaluate.removals import (
    KindCounts,
    RemovalCounts,
    false_removals,
    gold_chars,
    group_order,
    merge_counts,
    removed_counts,
    roll_up,
)
from corpuskit.evaluate.results import (
    DocumentResult,
    Evaluation,
    FieldRate,
    FieldResult,
    Status,
    Summary,
)
from corpuskit.io.inputs import iter_sources
from corpuskit.model import Document
from corpuskit.pipeline import Parser, document_id
from corpuskit.scoring import PageScore, score_corpus, score_page


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
        false_removals=dict(sorted(roll_up(measured, lambda g: g).items(), key=group_order)),
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
