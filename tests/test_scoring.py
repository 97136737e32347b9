"""AEB shingle scoring: small examples worked out by hand, and the symmetries it must have."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpuskit.scoring import PageScore, score_corpus, score_page, shingles

WORDS = st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "x", "Alpha"]), max_size=25)
TEXTS = st.one_of(WORDS.map(" ".join), st.text(max_size=80))


def test_shingles_are_four_token_windows() -> None:
    assert shingles("a b c d e") == Counter({("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1})


def test_shingles_count_repeats() -> None:
    # a b c d a b c d -> abcd, bcda, cdab, dabc, abcd
    got = shingles("a b c d a b c d")
    assert got[("a", "b", "c", "d")] == 2
    assert sum(got.values()) == 5


def test_short_text_is_one_shingle_and_empty_is_none() -> None:
    assert shingles("a b") == Counter({("a", "b"): 1})
    assert shingles("") == Counter()
    assert shingles(" ,.; ") == Counter()


def test_tokens_are_word_runs_with_case_kept() -> None:
    assert shingles("It's a-b C") == Counter({("It", "s", "a", "b"): 1, ("s", "a", "b", "C"): 1})
    assert shingles("A b c d") != shingles("a b c d")


def test_score_page_counts_by_hand() -> None:
    # predicted: abcd, bcde; gold: abcd -> tp 1, fp 1, fn 0
    assert score_page("a b c d e", "a b c d") == PageScore(0.5, 1.0, 1, 1, 0)
    # the swap swaps precision with recall and fp with fn
    assert score_page("a b c d", "a b c d e") == PageScore(1.0, 0.5, 1, 0, 1)


def test_score_page_multiset() -> None:
    # predicted has abcd twice (see above) and 3 more; gold abcd once -> tp 1 fp 4 fn 0
    assert score_page("a b c d a b c d", "a b c d") == PageScore(0.2, 1.0, 1, 4, 0)


def test_score_page_empty_cases() -> None:
    assert score_page("", "") == PageScore(1.0, 1.0, 0, 0, 0)
    assert score_page("", "a b c d") == PageScore(0.0, 0.0, 0, 0, 1)
    assert score_page("a b c d", "") == PageScore(0.0, 0.0, 0, 1, 0)


def test_score_corpus_averages_then_takes_harmonic_mean() -> None:
    pages = [PageScore(1.0, 0.5, 1, 0, 1), PageScore(0.5, 0.5, 1, 1, 1)]
    score = score_corpus(pages)
    assert score.precision == pytest.approx(0.75)
    assert score.recall == pytest.approx(0.5)
    assert score.f1 == pytest.approx(2 * 0.75 * 0.5 / 1.25)  # 0.6
    assert score.pages == 2


def test_score_corpus_of_nothing() -> None:
    score = score_corpus([])
    assert (score.precision, score.recall, score.f1, score.pages) == (0.0, 0.0, 0.0, 0)


def test_score_corpus_zero_precision_and_recall_gives_zero_f1() -> None:
    assert score_corpus([PageScore(0.0, 0.0, 0, 1, 1)]).f1 == 0.0


@given(TEXTS)
def test_text_against_itself_is_perfect(text: str) -> None:
    score = score_page(text, text)
    assert (score.precision, score.recall, score.fp, score.fn) == (1.0, 1.0, 0, 0)
    assert score_corpus([score]).f1 == 1.0


@given(TEXTS, TEXTS)
def test_swapping_predicted_and_gold_swaps_precision_and_recall(a: str, b: str) -> None:
    one, two = score_page(a, b), score_page(b, a)
    assert (one.precision, one.recall) == (two.recall, two.precision)
    assert (one.tp, one.fp, one.fn) == (two.tp, two.fn, two.fp)
    assert score_corpus([one]).f1 == pytest.approx(score_corpus([two]).f1)


@given(TEXTS, TEXTS)
def test_scores_are_bounded(a: str, b: str) -> None:
    score = score_page(a, b)
    assert 0.0 <= score.precision <= 1.0
    assert 0.0 <= score.recall <= 1.0
    assert score.tp + score.fp == sum(shingles(a).values())
    assert score.tp + score.fn == sum(shingles(b).values())
