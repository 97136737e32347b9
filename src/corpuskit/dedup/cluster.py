"""Clusters of near-duplicates and partial copies, from the signatures of a whole corpus.

Signatures are kept in one growing ``uint32`` matrix (512 bytes a document) with, per
document, its shingle count, body length and publication time. When all are in, candidate
pairs come from locality-sensitive hashing: the 128 values are cut into 42 bands of 3, and
two documents sharing any band are a candidate pair. Bands of 3 make a pair with Jaccard
similarity 0.5 a candidate with probability 0.996 (0.94 at 0.4, 0.79 at a third), so the same
index finds near-duplicates and partial copies (a first half has similarity 0.5 with the whole).
Each candidate pair is then checked on its full signatures:

* estimated Jaccard similarity at least ``threshold``: the same text, joined into one cluster
  (single linkage: clusters are the connected components, so they do not depend on input order);
* below that, but one holds at least ``min_containment`` of the other (estimated from the
  similarity and the shingle counts): a partial copy, reported on both documents with the share
  of each found in the other cluster, never merged.

Bands are grouped by sorting one band at a time, so the index costs no memory per document
beyond the signatures; a band value shared by more than :data:`MAX_GROUP` documents (a very
common copy) is checked as a chain through them instead of every pair.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from attrs import frozen

from corpuskit.dedup.minhash import BINS, SIGNATURE_BYTES, Signature

ROWS = 3
"""Signature values per band."""
BANDS = BINS // ROWS
MAX_GROUP = 64
"""Documents sharing a band value above which only a chain through them is checked."""
DEFAULT_THRESHOLD = 0.8
"""Estimated Jaccard similarity of shingle sets from which two bodies are the same text."""
DEFAULT_MIN_CONTAINMENT = 0.7
"""Share of a body found in another from which it is reported as a partial copy."""
MAX_OVERLAPS = 10
"""Partial-copy links kept per document (the largest shares)."""

_BAND_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], np.uint64)
_CHUNK = 65536


@frozen
class Overlap:
    """A partial copy: this document and another cluster share part of their text."""

    cluster: int
    """The other cluster's index (see :attr:`Clusters.representative`)."""
    containment: float
    """Share of this document's text found in the other cluster (its best match there)."""
    covered: float
    """Share of that best match's text found in this document."""


@frozen
class Clusters:
    """The outcome for ``n`` documents, in input order (arrays of length ``n``)."""

    root: npt.NDArray[np.intp]
    """Each document's cluster, as the index of the cluster's representative."""
    size: npt.NDArray[np.intp]
    """How many documents each document's cluster holds."""
    similarity: npt.NDArray[np.float64]
    """Estimated Jaccard similarity with the representative (1 for it)."""
    containment: npt.NDArray[np.float64]
    """Estimated share of the document found in the representative."""
    overlaps: dict[int, tuple[Overlap, ...]]
    """Partial copies, by document index."""
    empty: int
    """Documents without a word of body: each is a cluster of its own, compared with nothing."""
    candidates: int
    """Candidate pairs checked."""

    def is_representative(self, index: int) -> bool:
        return bool(self.root[index] == index)

    def members(self) -> dict[int, list[int]]:
        """Representative -> the documents of its cluster, in input order."""
        groups: dict[int, list[int]] = {}
        for index, root in enumerate(self.root.tolist()):
            groups.setdefault(root, []).append(index)
        return groups


class SignatureStore:
    """Signatures and the few numbers per document that choosing representatives needs."""

    def __init__(self, capacity: int = 1024) -> None:
        self._signatures = np.empty((capacity, BINS), dtype=np.uint32)
        self._shingles = np.empty(capacity, dtype=np.int64)
        self._length = np.empty(capacity, dtype=np.int64)
        self._published = np.empty(capacity, dtype=np.float64)
        self.count = 0

    def add(self, signature: Signature, shingles: int, length: int, published: float) -> int:
        """Store one document's facts; ``published`` is a POSIX time or NaN. Returns its index."""
        if self.count == len(self._shingles):
            self._grow()
        at = self.count
        self._signatures[at] = signature
        self._shingles[at] = shingles
        self._length[at] = length
        self._published[at] = published
        self.count += 1
        return at

    def _grow(self) -> None:
        size = len(self._shingles) * 2
        self._signatures = np.resize(self._signatures, (size, BINS))
        self._shingles = np.resize(self._shingles, size)
        self._length = np.resize(self._length, size)
        self._published = np.resize(self._published, size)

    @property
    def signatures(self) -> npt.NDArray[np.uint32]:
        return self._signatures[: self.count]

    @property
    def shingles(self) -> npt.NDArray[np.int64]:
        return self._shingles[: self.count]

    @staticmethod
    def bytes_per_document() -> int:
        """What one more document costs here: its signature and three numbers."""
        return SIGNATURE_BYTES + 3 * 8

    def cluster(
        self,
        threshold: float = DEFAULT_THRESHOLD,
        min_containment: float = DEFAULT_MIN_CONTAINMENT,
    ) -> Clusters:
        return cluster(
            self.signatures,
            self.shingles,
            self._length[: self.count],
            self._published[: self.count],
            threshold=threshold,
            min_containment=min_containment,
        )


def band_keys(signatures: npt.NDArray[np.uint32], band: int) -> npt.NDArray[np.uint64]:
    """One 64-bit key per document for one band of its signature."""
    columns = signatures[:, band * ROWS : (band + 1) * ROWS].astype(np.uint64)
    keys: npt.NDArray[np.uint64] = (columns * _BAND_MIX[:ROWS]).sum(axis=1, dtype=np.uint64)
    return keys


def candidate_pairs(
    signatures: npt.NDArray[np.uint32], indexed: npt.NDArray[np.bool_]
) -> npt.NDArray[np.int64]:
    """Pairs ``(i, j)``, ``i < j``, of indexed documents sharing at least one band (sorted)."""
    found: list[npt.NDArray[np.int64]] = []
    positions = np.flatnonzero(indexed)
    if len(positions) < 2:
        return np.empty((0, 2), dtype=np.int64)
    for band in range(BANDS):
        keys = band_keys(signatures, band)[positions]  # no copy of the signatures
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        same = ordered[1:] == ordered[:-1]
        if not same.any():
            continue
        starts = np.flatnonzero(np.diff(np.concatenate(([False], same, [False])).astype(np.int8)))
        for start, stop in zip(starts[0::2], starts[1::2] + 1, strict=True):
            group = np.sort(positions[order[start:stop]])
            found.append(_group_pairs(group))
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    pairs: npt.NDArray[np.int64] = np.unique(np.concatenate(found), axis=0)
    return pairs


def _group_pairs(group: npt.NDArray[np.intp]) -> npt.NDArray[np.int64]:
    if len(group) <= MAX_GROUP:
        first, second = np.triu_indices(len(group), k=1)
        return np.stack([group[first], group[second]], axis=1).astype(np.int64)
    return np.stack([group[:-1], group[1:]], axis=1).astype(np.int64)


def _similarities(
    signatures: npt.NDArray[np.uint32], pairs: npt.NDArray[np.int64]
) -> npt.NDArray[np.float64]:
    out = np.empty(len(pairs), dtype=np.float64)
    for start in range(0, len(pairs), _CHUNK):
        chunk = pairs[start : start + _CHUNK]
        equal = signatures[chunk[:, 0]] == signatures[chunk[:, 1]]
        out[start : start + _CHUNK] = equal.sum(axis=1) / BINS
    return out


def _containment(
    similarity: npt.NDArray[np.float64],
    size: npt.NDArray[np.int64],
    other: npt.NDArray[np.int64],
) -> npt.NDArray[np.float64]:
    shared = similarity * (size + other) / (1.0 + similarity)
    result: npt.NDArray[np.float64] = np.minimum(1.0, shared / np.maximum(size, 1))
    return result


def _find(parent: list[int], item: int) -> int:
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def _components(count: int, edges: npt.NDArray[np.int64]) -> npt.NDArray[np.intp]:
    parent = list(range(count))
    for first, second in edges.tolist():
        a, b = _find(parent, first), _find(parent, second)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return np.array([_find(parent, i) for i in range(count)], dtype=np.intp)


def cluster(
    signatures: npt.NDArray[np.uint32],
    shingles: npt.NDArray[np.int64],
    length: npt.NDArray[np.int64],
    published: npt.NDArray[np.float64],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    min_containment: float = DEFAULT_MIN_CONTAINMENT,
) -> Clusters:
    """Clusters, representatives and partial copies for documents given as arrays.

    The representative of a cluster is its earliest published document (undated ones come
    after every dated one), then the one with the longest body, then the first in input order.
    """
    count = len(shingles)
    indexed = shingles > 0
    pairs = candidate_pairs(signatures, indexed)
    similarity = _similarities(signatures, pairs)
    same = similarity >= threshold
    components = _components(count, pairs[same])
    # The representative: lexicographic least (undated, time, -length, position) per component.
    undated = np.isnan(published)
    when = np.where(undated, 0.0, published)
    order = np.lexsort((np.arange(count), -length, when, undated, components))
    first = np.ones(count, dtype=bool)
    first[1:] = components[order][1:] != components[order][:-1]
    representative_of_component = np.empty(count, dtype=np.intp)
    representative_of_component[components[order][first]] = order[first]
    root = representative_of_component[components]
    sizes = np.bincount(root, minlength=count)[root]
    to_rep = np.ones(count, dtype=np.float64)
    contained = np.ones(count, dtype=np.float64)
    members = np.flatnonzero(root != np.arange(count))
    if len(members):
        member_pairs = np.stack([members, root[members]], axis=1).astype(np.int64)
        to_rep[members] = _similarities(signatures, member_pairs)
        contained[members] = _containment(
            to_rep[members], shingles[members], shingles[root[members]]
        )
    overlaps = _overlaps(pairs[~same], similarity[~same], shingles, root, min_containment)
    return Clusters(
        root=root,
        size=sizes,
        similarity=to_rep,
        containment=contained,
        overlaps=overlaps,
        empty=int(count - np.count_nonzero(indexed)),
        candidates=len(pairs),
    )


def _overlaps(
    pairs: npt.NDArray[np.int64],
    similarity: npt.NDArray[np.float64],
    shingles: npt.NDArray[np.int64],
    root: npt.NDArray[np.intp],
    min_containment: float,
) -> dict[int, tuple[Overlap, ...]]:
    if len(pairs) == 0 or min_containment > 1:
        return {}
    first, second = pairs[:, 0], pairs[:, 1]
    in_second = _containment(similarity, shingles[first], shingles[second])
    in_first = _containment(similarity, shingles[second], shingles[first])
    keep = (np.maximum(in_second, in_first) >= min_containment) & (root[first] != root[second])
    best: dict[tuple[int, int], Overlap] = {}
    for a, b, a_in_b, b_in_a in zip(
        first[keep].tolist(),
        second[keep].tolist(),
        in_second[keep].tolist(),
        in_first[keep].tolist(),
        strict=True,
    ):
        for this, other, share, covered in ((a, b, a_in_b, b_in_a), (b, a, b_in_a, a_in_b)):
            key = (this, int(root[other]))
            found = best.get(key)
            if found is None or (share, covered) > (found.containment, found.covered):
                best[key] = Overlap(key[1], round(share, 3), round(covered, 3))
    result: dict[int, list[Overlap]] = {}
    for (this, _), overlap in sorted(best.items()):
        result.setdefault(this, []).append(overlap)
    return {
        this: tuple(sorted(found, key=lambda o: (-o.containment, o.cluster))[:MAX_OVERLAPS])
        for this, found in result.items()
    }


def posix_time(value: object) -> float:
    """A document's ``published`` as POSIX seconds (naive times read as UTC), NaN if absent."""
    import datetime as dt

    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return value.timestamp()
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.timezone.utc).timestamp()
    return math.nan
