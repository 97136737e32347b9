"""Throughput on text: seed-sized articles (about 2.5 KB) parsed in one process.

Generates articles shaped like the seeds (headline, standfirst, byline, date header, a dozen
paragraphs, a captioned photo with an agency credit, a related link, a closing sign-up block)
from a fixed word list, so the run needs no data and always measures the same thing.

Reports, measured in the same run so the machine's speed cancels out:

* ``corpuskit.parse`` with every installed plugin (docs/s and MB/s);
* the same parser with the ``generic`` plugin blocked, and so the generic plugin's share;
* a peer: the least any text cleaner does, ``str.splitlines`` and white-space normalisation of
  each line, and the ratio of corpuskit's time to it;
* html-text on the same article as HTML, when html-text (the ``bench`` extra) is installed.

Every measurement is one pass over articles never parsed before in the process (best of three
passes, each over a fresh set): cycling a few hundred articles would let the line classifiers'
caches answer from the second round on and flatter the figure.

Usage::

    python benchmarks/speed_text.py [--docs 4000] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from corpuskit import Parser
from corpuskit.plugins import create_manager
from corpuskit.testing.corpora import article, as_html

HERE = Path(__file__).resolve().parent
REPORT = HERE / "results" / "speed_text.json"

# The articles: corpuskit.testing.corpora, shared with the throughput benchmark and the tests.


def baseline(text: str) -> list[str]:
    """The least a cleaner does: split lines and normalise their white space."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def rate(work: Callable[[str], object], runs: Sequence[Sequence[str]]) -> float:
    """Documents per second: the best of one pass over each run's articles."""
    best = 0.0
    for docs in runs:
        started = time.perf_counter()
        for doc in docs:
            work(doc)
        best = max(best, len(docs) / (time.perf_counter() - started))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=4000, help="distinct articles per pass")
    parser.add_argument("--json", type=Path, default=REPORT, help="where to write results")
    args = parser.parse_args()

    rng = random.Random(20191120)
    warm_up = [article(rng) for _ in range(20)]
    # Three passes for each parser, each over articles no parser has seen.
    full_runs = [[article(rng) for _ in range(args.docs)] for _ in range(3)]
    core_runs = [[article(rng) for _ in range(args.docs)] for _ in range(3)]
    docs = [doc for run in full_runs for doc in run]
    mean_kb = sum(len(d.encode("utf-8")) for d in docs) / len(docs) / 1024
    full = Parser()
    core = Parser(create_manager(disabled={"generic"}))
    for doc in warm_up:  # imports and first-use set-up, and proof that the articles parse
        full.parse(doc)
        core.parse(doc)

    rows: dict[str, float] = {
        "corpuskit.parse (all plugins)": rate(full.parse, full_runs),
        "corpuskit.parse (generic blocked)": rate(core.parse, core_runs),
        "peer: splitlines + normalise": rate(baseline, full_runs),
    }
    try:
        import html_text

        pages = {d: as_html(d) for d in docs}
        rows["peer: html-text on the same article"] = rate(
            lambda d: html_text.extract_text(pages[d]), full_runs
        )
    except ImportError:
        pass

    print(f"{args.docs} new generated articles per pass, mean {mean_kb:.2f} KB\n")
    print(f"{'':40} {'docs/s':>9} {'MB/s':>7} {'µs/doc':>8}")
    for name, value in rows.items():
        mb = value * mean_kb / 1024
        print(f"{name:40} {value:9.0f} {mb:7.2f} {1e6 / value:8.0f}")
    all_plugins = rows["corpuskit.parse (all plugins)"]
    generic_us = 1e6 / all_plugins - 1e6 / rows["corpuskit.parse (generic blocked)"]
    ratio = rows["peer: splitlines + normalise"] / all_plugins
    print(f"\ngeneric plugin: about {generic_us:.0f} µs per article")
    print(f"corpuskit takes {ratio:.1f}x the time of splitlines + normalise")
    if "peer: html-text on the same article" in rows:
        peer = rows["peer: html-text on the same article"] / all_plugins
        print(f"corpuskit takes {peer:.2f}x the time of html-text on the same article")
    report: dict[str, Any] = {
        "docs_per_pass": args.docs,
        "mean_kb": mean_kb,
        "docs_per_s": rows,
        "generic_us_per_doc": generic_us,
        "ratio_to_splitlines": ratio,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
