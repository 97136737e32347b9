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
