"""MinHash signatures of a body's word shingles, written with numpy (one-permutation hashing).

Why not datasketch: measured on the five seed articles (``benchmarks/dedup.py``), datasketch's
``MinHash.update_batch`` over a seed body's ~500 shingles takes 0.6 ms, two to three times what
parsing the article costs (0.2-0.4 ms), while the target is a fifth. The time goes to hashing
each shingle in Python (SHA-1 per shingle) and to 128 permutations of every shingle. Here the
whole body is hashed in a handful of array operations and each shingle is hashed once:

* the text is read as code points; a table maps word characters (letters, digits, combining
  marks) to their lower case and everything else (spaces, punctuation, symbols) to 0, so
  ``"Council's"`` and ``"council s"`` are the same words and quotes or dashes do not matter;
* runs of separators become one, and a polynomial prefix hash over the code points gives each
  shingle of ``shingle`` consecutive words a 64-bit hash in O(1);
* one-permutation hashing (Li, Owen and Zhang 2012): the high 32 bits of a shingle's mixed
  hash are its value and their top 7 bits choose one of 128 bins; a bin keeps its least value. Bins
  no shingle fell into (short bodies) borrow from the next filled bin, shifted by the distance
  (rotation densification, Shrivastava and Li 2014), so two bodies agree on a bin with
  probability equal to their Jaccard similarity, as with 128 independent permutations.

The share of equal bins of two signatures estimates the Jaccard similarity of their shingle
sets (standard error at most 0.045 with 128 bins). A signature is 128 ``uint32``: 512 bytes.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

BINS = 128
"""Values in a signature."""
SIGNATURE_BYTES = BINS * 4
EMPTY = np.uint32(0xFFFFFFFF)
DEFAULT_SHINGLE = 5
"""Words per shingle: five, as in most near-duplicate work on news and web text (shorter
shingles make unrelated articles on one topic look alike; longer ones let a few small edits
break most shingles of a re-crawled copy)."""

Signature = npt.NDArray[np.uint32]

_P = 0x100000001B3  # odd, so invertible modulo 2**64
_P_INV = pow(_P, -1, 1 << 64)
_MIX = np.uint64(0xBF58476D1CE4E5B9)
_SPREAD = np.uint32(0x9E3779B1)
_ARANGE = np.arange(BINS, dtype=np.intp)
_SPREADS = (np.arange(BINS, dtype=np.uint32) * _SPREAD).astype(np.uint32)
_BIG_ENDIAN = sys.byteorder == "big"

_table: npt.NDArray[np.uint16] | None = None
_powers: npt.NDArray[np.uint64] = np.ones(1, dtype=np.uint64)
_inverse_powers: npt.NDArray[np.uint64] = np.ones(1, dtype=np.uint64)


def _word_table() -> npt.NDArray[np.uint16]:
    """Code point -> its lower case when it is part of a word, else 0 (built once, 2.2 MB)."""
    global _table
    if _table is None:
        table = np.zeros(0x110000, dtype=np.uint16)
        for code in range(1, 0x10000):
            char = chr(code)
            if char.isalnum() or unicodedata.category(char).startswith("M"):
                lower = char.lower()
                table[code] = ord(lower) if len(lower) == 1 and ord(lower) < 0x10000 else code
        _table = table
    return _table


def _grown(table: npt.NDArray[np.uint64], base: int, size: int) -> npt.NDArray[np.uint64]:
    """``table`` of powers of ``base`` (mod 2**64) extended to at least ``size`` entries."""
    while len(table) < size:
        step = np.uint64(pow(base, len(table), 1 << 64))
        table = np.concatenate([table, table * step])
    return table


def _power_tables(size: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    global _powers, _inverse_powers
    if len(_powers) < size:
        _powers = _grown(_powers, _P, size)
        _inverse_powers = _grown(_inverse_powers, _P_INV, size)
    return _powers, _inverse_powers


def shingle_hashes(text: str, shingle: int = DEFAULT_SHINGLE) -> npt.NDArray[np.uint64]:
    """A 64-bit hash of every run of ``shingle`` consecutive words of ``text``.

    A text of fewer words than ``shingle`` (but at least one) is one shingle; a text without
    words has none.
    """
    if shingle < 1:
        raise ValueError("shingle size must be at least 1")
    points = np.frombuffer(text.encode("utf-32-le", "replace"), dtype=np.uint32)
    chars = np.take(_word_table(), points)
    word = chars != 0
    keep = word.copy()
    keep[1:] |= word[:-1]  # word characters and the first separator after each word
    values = chars[keep]
    size = len(values)
    if size == 0:
        return np.empty(0, dtype=np.uint64)
    gaps = np.flatnonzero(values == 0)  # one separator between two words (and maybe at the end)
    ends = gaps if values[-1] == 0 else np.append(gaps, size)
    starts = np.empty(len(ends), dtype=np.intp)
    starts[0] = 0
    starts[1:] = gaps[: len(ends) - 1] + 1
    powers, inverse = _power_tables(size + 1)
    prefix = np.empty(size + 1, dtype=np.uint64)
    prefix[0] = 0
    np.cumsum(np.multiply(values, powers[:size], dtype=np.uint64), out=prefix[1:])
    count = len(ends) - shingle + 1
    if count < 1:
        first, last = starts[:1], ends[-1:]
    else:
        first, last = starts[:count], ends[shingle - 1 :]
    hashes: npt.NDArray[np.uint64] = (prefix[last] - prefix[first]) * inverse[first]
    return hashes


def signature_of(hashes: npt.NDArray[np.uint64]) -> Signature:
    """The 128-value one-permutation MinHash of a set of shingle hashes (all ``EMPTY`` if none).

    A shingle's mixed hash gives its high 32 bits as its value, whose top 7 bits are its bin.
    """
    signature = np.full(BINS, EMPTY, dtype=np.uint32)
    if len(hashes) == 0:
        return signature
    mixed = hashes * _MIX  # the high bits of the product depend on every bit of the hash
    high = (
        (mixed >> np.uint64(32)).astype(np.uint32) if _BIG_ENDIAN else mixed.view(np.uint32)[1::2]
    )
    np.minimum.at(signature, high >> np.uint32(25), high)
    filled = np.flatnonzero(signature != EMPTY)
    if len(filled) < BINS:
        donor = np.take(filled, np.searchsorted(filled, _ARANGE), mode="wrap")
        signature = signature[donor] + _SPREADS[(donor - _ARANGE) & (BINS - 1)]
    return signature


def sign(paragraphs: Sequence[str] | str, shingle: int = DEFAULT_SHINGLE) -> tuple[Signature, int]:
    """The signature of a body and how many shingles it has (0: no words, nothing to compare)."""
    text = paragraphs if isinstance(paragraphs, str) else "\n".join(paragraphs)
    hashes = shingle_hashes(text, shingle)
    return signature_of(hashes), len(hashes)


def jaccard(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the shingle sets two signatures stand for."""
    return float(np.count_nonzero(a == b)) / BINS


def containment(similarity: float, size: int, other: int) -> float:
    """Estimated share of a set of ``size`` shingles found in one of ``other``.

    From the Jaccard similarity J and the sizes: the intersection is J (|A| + |B|) / (1 + J).
    """
    if size <= 0:
        return 0.0
    shared = similarity * (size + other) / (1.0 + similarity)
    return min(1.0, shared / size)
