"""Learning each site's own furniture in a corpus run (``corpuskit parse --learn``): the gain.

A corpus of invented sites (:func:`corpuskit.testing.corpora.site_corpus`: every site prints
its own menu, a prose-shaped pitch for its readers' club, a "more from" line and a footer,
worded its own way, around articles of invented sentences) is parsed twice, by the command a
user runs: once as it is, once with ``--learn``. Each clean body is scored against the
article it should be (:mod:`corpuskit.scoring`, the AEB method), and the report gives F1,
precision and recall of both runs, what learning wrote and what it cost in time.

Usage::

    python benchmarks/learn_hosts.py [--sites 6] [--pages 40]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

from corpuskit.cli import main as cli
from corpuskit.scoring import score_corpus, score_page
from corpuskit.testing.corpora import site_corpus, write_jsonl

RESULTS = Path(__file__).resolve().parent / "results"


def run(args: list[str]) -> tuple[dict[str, str], float, str]:
    """Bodies by id from one ``corpuskit parse`` run, its seconds, and what it said."""
    started = time.perf_counter()
    result = CliRunner().invoke(cli, ["parse", *args, "--format", "jsonl"], catch_exceptions=False)
    seconds = time.perf_counter() - started
    bodies = {}
    for line in result.stdout.splitlines():
        doc = json.loads(line)
        bodies[doc["id"]] = "\n".join(doc["paragraphs"])
    return bodies, seconds, result.stderr.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", type=int, default=6)
    parser.add_argument("--pages", type=int, default=40, help="pages per site")
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args(argv)
    records = list(site_corpus(args.sites, args.pages))
    gold = {r["id"]: r["body"] for r in records}
    report: dict[str, object] = {"sites": args.sites, "pages_per_site": args.pages}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "crawl.jsonl"
        write_jsonl(corpus, ({k: v for k, v in r.items() if k != "body"} for r in records))
        print(f"{len(records)} pages of {args.sites} invented sites")
        print(f"{'run':14} {'F1':>6} {'P':>6} {'R':>6} {'seconds':>8}")
        for name, extra in (("plain", []), ("--learn", ["--learn", str(Path(tmp) / "rules")])):
            bodies, seconds, said = run([str(corpus), *extra])
            total = score_corpus(score_page(bodies[k], gold[k]) for k in gold)
            print(
                f"{name:14} {total.f1:6.3f} {total.precision:6.3f} {total.recall:6.3f}"
                f" {seconds:8.2f}"
            )
            if extra:
                print(f"  {said.splitlines()[0]}")
            report[name] = {
                "f1": round(total.f1, 4),
                "precision": round(total.precision, 4),
                "recall": round(total.recall, 4),
                "seconds": round(seconds, 2),
            }
    if not args.no_save:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / "learn_hosts.json").write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
