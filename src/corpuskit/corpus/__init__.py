"""Corpus runs: many inputs in, documents and error records out, in order, parallel, resumable.

    from corpuskit.corpus import RunOptions, run
    report = run(RunOptions(["crawl.warc.gz"], output="docs.jsonl.zst", jobs=2))

The rooms: :mod:`.work` (one record to one outcome, the same everywhere), :mod:`.local` (this
process or a pool of worker processes), :mod:`corpuskit.ray` (a Ray cluster), :mod:`.state`
(resuming), :mod:`.progress`, and :mod:`.runner`, which ties them to the readers and writers.
"""

from corpuskit.corpus.runner import RunOptions, RunReport, run
from corpuskit.corpus.state import ResumeError
from corpuskit.io.records import Fields

__all__ = ["Fields", "ResumeError", "RunOptions", "RunReport", "run"]
