"""Comparing parse results with gold files: field exact match, body shingles, removed per kind.

Two gold styles are read, document gold and AEB-style gold (:mod:`.gold` says what each holds).
For every document with gold this package reports which fields match exactly, the body's
4-token shingle precision and recall (:mod:`corpuskit.scoring`, averaged over documents as the
benchmark does), and, per removed kind, how many of the gold's removed items were found
(multiset match on the white-space normalised text, summed over documents).

It also measures **false removals**, for any gold with a body: how much of the gold body a
parse put in ``removed``, per removed kind and per plugin, so that every rule's precision is
measured rather than guessed (:mod:`.removals`). How inputs meet their gold is
:mod:`.compare`'s; the values found are :mod:`.results`'; the text table is :mod:`.render`'s.
"""

from __future__ import annotations

from corpuskit.evaluate.compare import compare, evaluate_document, evaluate_paths, summarise
from corpuskit.evaluate.gold import (
    BODY_FIELD,
    DOCUMENT_FIELDS,
    FIELDS,
    Gold,
    GoldError,
    GoldSet,
    canonical_body,
    canonical_date,
    document_values,
    load_gold,
)
from corpuskit.evaluate.removals import (
    KindCounts,
    RemovalCounts,
    false_chars,
    false_removals,
    gold_chars,
    merge_counts,
    removed_counts,
    roll_up,
)
from corpuskit.evaluate.render import render_table
from corpuskit.evaluate.results import (
    DocumentResult,
    Evaluation,
    FieldRate,
    FieldResult,
    Summary,
    short_diff,
)

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
