"""Body scoring as the Article Extraction Benchmark does it: 4-token shingles, averaged per page.

Tokens are ``\\w+`` runs (case kept); each text becomes a multiset of 4-token shingles; per page
tp/fp/fn are the shared, predicted-only and gold-only shingle counts. Per-page precision and
recall are averaged over pages and F1 is the harmonic mean of the two averages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from attrs import frozen

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of ``size``-token shingles of a text (one shingle for shorter texts)."""
    tokens = _TOKEN.findall(text)
    if len(tokens) < size:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@frozen
class PageScore:
    """One page: precision and recall of predicted against gold shingles."""

    precision: float
    recall: float
    tp: int
    fp: int
    fn: int


def score_page(predicted: str, gold: str) -> PageScore:
    """Shingle precision and recall for one page (1.0 each when both texts are empty)."""
    pred, want = shingles(predicted), shingles(gold)
    tp = sum((pred & want).values())
    fp = sum(pred.values()) - tp
    fn = sum(want.values()) - tp
    precision = tp / (tp + fp) if tp + fp else 1.0 if fn == 0 else 0.0
    recall = tp / (tp + fn) if tp + fn else 1.0 if fp == 0 else 0.0
    return PageScore(precision, recall, tp, fp, fn)


@frozen
class CorpusScore:
    """Averages over pages, and F1 as the harmonic mean of the averages."""

    precision: float
    recall: float
    f1: float
    pages: int


def score_corpus(pages: Iterable[PageScore]) -> CorpusScore:
    """Average per-page precision and recall; F1 is their harmonic mean."""
    scores = list(pages)
    if not scores:
        return CorpusScore(0.0, 0.0, 0.0, 0)
    precision = sum(s.precision for s in scores) / len(scores)
    recall = sum(s.recall for s in scores) / len(scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return CorpusScore(precision, recall, f1, len(scores))
