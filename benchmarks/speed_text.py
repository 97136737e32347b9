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

Every measurement is one pass over articles never parsed before in the process (each pass over
a fresh set): cycling a few hundred articles would let the line classifiers' caches answer from
the second round on and flatter the figure. The machine's speed swings within seconds (a 2-core
VM here: the same pass runs anywhere from 3,100 to 5,800 docs/s in one process), so contenders
take turns pass by pass, and the report gives each one's best pass (its speed when the machine
lets it run, as ``timeit`` reports) and median, and the median of the pass-by-pass ratios.

Usage::

    python benchmarks/speed_text.py [--docs 4000] [--passes 7] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
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


def one_pass(work: Callable[[str], object], docs: Sequence[str]) -> float:
    """Documents per second over one pass."""
    started = time.perf_counter()
    for doc in docs:
        work(doc)
    return len(docs) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=4000, help="distinct articles per pass")
    parser.add_argument("--passes", type=int, default=7, help="passes per contender")
    parser.add_argument("--json", type=Path, default=REPORT, help="where to write results")
    args = parser.parse_args()

    rng = random.Random(20191120)
    warm_up = [article(rng) for _ in range(20)]
    # Each pass of each parser over articles no parser has seen.
    full_runs = [[article(rng) for _ in range(args.docs)] for _ in range(args.passes)]
    core_runs = [[article(rng) for _ in range(args.docs)] for _ in range(args.passes)]
    docs = [doc for run in full_runs for doc in run]
    mean_kb = sum(len(d.encode("utf-8")) for d in docs) / len(docs) / 1024
    full = Parser()
    core = Parser(create_manager(disabled={"generic"}))
    for doc in warm_up:  # imports and first-use set-up, and proof that the articles parse
        full.parse(doc)
        core.parse(doc)

    contenders: dict[str, tuple[Callable[[str], object], list[list[str]]]] = {
        "corpuskit.parse (all plugins)": (full.parse, full_runs),
        "corpuskit.parse (generic blocked)": (core.parse, core_runs),
        "peer: splitlines + normalise": (baseline, full_runs),
    }
    try:
        import html_text

        pages = {d: as_html(d) for d in docs}
        contenders["peer: html-text on the same article"] = (
            lambda d: html_text.extract_text(pages[d]),
            full_runs,
        )
    except ImportError:
        pass
    # Passes interleaved (one of each contender, then the next round), so that the machine's
    # swings in speed, which last seconds, fall on every contender alike.
    passes: dict[str, list[float]] = {name: [] for name in contenders}
    for number in range(args.passes):
        for name, (work, runs) in contenders.items():
            passes[name].append(one_pass(work, runs[number]))
    best = {name: max(rates) for name, rates in passes.items()}
    median = {name: statistics.median(rates) for name, rates in passes.items()}

    print(
        f"{args.docs} new generated articles per pass, mean {mean_kb:.2f} KB, {args.passes} passes"
    )
    print()
    print(f"{'':40} {'best docs/s':>11} {'median':>7} {'MB/s':>6} {'µs/doc':>7}")
    for name, value in best.items():
        mb = value * mean_kb / 1024
        print(f"{name:40} {value:11.0f} {median[name]:7.0f} {mb:6.2f} {1e6 / value:7.0f}")
    all_plugins = best["corpuskit.parse (all plugins)"]
    generic_us = 1e6 / all_plugins - 1e6 / best["corpuskit.parse (generic blocked)"]
    ratio = best["peer: splitlines + normalise"] / all_plugins
    print(f"\ngeneric plugin: about {generic_us:.0f} µs per article")
    print(f"corpuskit takes {ratio:.1f}x the time of splitlines + normalise")
    peer_ratio = None
    if "peer: html-text on the same article" in best:
        # Pass by pass: both ran within a few seconds of each other.
        ratios = [
            h / c
            for h, c in zip(
                passes["peer: html-text on the same article"],
                passes["corpuskit.parse (all plugins)"],
                strict=True,
            )
        ]
        peer_ratio = statistics.median(ratios)
        print(
            f"corpuskit takes {peer_ratio:.2f}x the time of html-text on the same article "
            f"(median of the passes' ratios; {min(ratios):.2f}-{max(ratios):.2f})"
        )
    report: dict[str, Any] = {
        "docs_per_pass": args.docs,
        "passes": args.passes,
        "mean_kb": mean_kb,
        "docs_per_s": best,
        "median_docs_per_s": median,
        "every_pass_docs_per_s": passes,
        "generic_us_per_doc": generic_us,
        "ratio_to_splitlines": ratio,
        "time_ratio_to_html_text": peer_ratio,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
