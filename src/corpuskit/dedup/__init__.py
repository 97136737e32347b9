"""Copies and near-copies across a corpus, found on the clean body: ``corpuskit dedup``.

The one door into this package (the parse pipeline never imports it; it needs numpy, the
``dedup`` extra)::

    from corpuskit.dedup import DedupOptions, dedup, sign

    result = dedup(DedupOptions(["corpus.jsonl"], output="deduped.jsonl", keep="first"))
    print(result.render())

* :func:`sign` turns a body into a 128-value MinHash signature of its word shingles
  (:mod:`corpuskit.dedup.minhash`, 512 bytes);
* :class:`SignatureStore` and :func:`cluster` find near-duplicates (estimated Jaccard at least
  ``threshold``) and partial copies (one holds at least ``min_containment`` of the other) with
  LSH bands (:mod:`corpuskit.dedup.cluster`);
* :func:`dedup` runs both over corpuskit's JSON Lines or Parquet output, streaming, and writes
  each document with ``meta.dedup`` (its cluster, whether it is the representative, its
  similarity and containment, partial copies), or only representatives.
"""

from __future__ import annotations

from corpuskit.dedup.cluster import (
    DEFAULT_MIN_CONTAINMENT,
    DEFAULT_THRESHOLD,
    Clusters,
    Overlap,
    SignatureStore,
    cluster,
)
from corpuskit.dedup.minhash import (
    BINS,
    DEFAULT_SHINGLE,
    SIGNATURE_BYTES,
    containment,
    jaccard,
    sign,
)
from corpuskit.dedup.run import (
    ClusterInfo,
    DedupOptions,
    DedupResult,
    Failure,
    annotation,
    dedup,
)

__all__ = [
    "BINS",
    "DEFAULT_MIN_CONTAINMENT",
    "DEFAULT_SHINGLE",
    "DEFAULT_THRESHOLD",
    "SIGNATURE_BYTES",
    "ClusterInfo",
    "Clusters",
    "DedupOptions",
    "DedupResult",
    "Failure",
    "Overlap",
    "SignatureStore",
    "annotation",
    "cluster",
    "containment",
    "dedup",
    "jaccard",
    "sign",
]
