"""Evaluate the parser on the seed articles against their gold (``corpuskit eval`` as a script).

Reads ``../shared/seeds/*.txt`` and ``../shared/gold/seeds`` (relative to the repository's
parent folder), prints the evaluation table and writes the full results as JSON to
``benchmarks/results/seeds.json`` (git-ignored). Exit code 1 unless every seed is exact, as in
CI; pass ``--no-require-exact`` to only report.

    python benchmarks/seeds.py [--show-diffs] [--no-require-exact]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

from corpuskit.evaluate import evaluate_paths, load_gold, render_table

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds"
RESULTS = ROOT / "benchmarks" / "results" / "seeds.json"


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    options.add_argument("--show-diffs", action="store_true", help="expected vs got per field")
    options.add_argument(
        "--no-require-exact", action="store_true", help="exit 0 even if a seed is not exact"
    )
    args = options.parse_args(argv)
    if not SEEDS.is_dir() or not GOLD.is_dir():
        print(f"seeds.py: need {SEEDS} and {GOLD}", file=sys.stderr)
        return 2
    inputs = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    evaluation = evaluate_paths(inputs, load_gold(GOLD))
    sys.stdout.write(render_table(evaluation, show_diffs=args.show_diffs))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_bytes(orjson.dumps(evaluation.to_dict(), option=orjson.OPT_INDENT_2) + b"\n")
    print(f"\nwrote {RESULTS.relative_to(ROOT)}")
    problems = evaluation.problems(require_exact=not args.no_require_exact)
    for problem in problems:
        print(f"seeds.py: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
