"""A fingerprint of what corpuskit outputs: one sha256 per group of inputs, and a total.

Speed work must leave every output byte-identical; this makes "identical" one line to compare.
Each input is parsed with :func:`corpuskit.parse` and its Document's canonical JSON
(``to_json``) and ``meta`` go into its group's hash, in a fixed order. Groups:

* ``seeds``: the shared seed articles (``../shared/seeds/*.txt``);
* ``examples``: the repo's ``examples/*.txt``;
* ``fixtures-text`` and ``fixtures-html``: the test fixtures' inputs (``tests/fixtures``);
* ``aeb-dev-A``/``-B``/``-C`` and ``mozilla-dev-A``/``-B``/``-C``: the inputs that
  :mod:`aeb_text` makes for each development set (A readability + html-text, B html-text of the
  whole page, C the gold body; cached by aeb_text in ``benchmarks/results``), and
  ``aeb-dev-html``/``mozilla-dev-html``: the raw pages through the HTML path;
* ``generated-text``: articles from :func:`corpuskit.testing.corpora.article`, fixed seed, and
  ``generated-html``: a share of them as HTML (:func:`corpuskit.testing.corpora.as_html`).

Text groups and HTML groups are kept apart, so that a change to the HTML extractor shows in the
HTML groups only. ``--dump FILE`` writes every document (one JSON line each: group, name, output)
for diffing two runs. Run under ``PYTHONHASHSEED=0`` for a like-for-like comparison (output
should not depend on it, and the digest proves that too when run without it).

Usage::

    python benchmarks/output_digest.py [--shared ../shared] [--generated 3000] [--dump FILE]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import orjson

import corpuskit
from corpuskit import CorpuskitError
from corpuskit.testing.corpora import article, as_html

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from aeb_text import DEFAULT_SHARED, load_inputs  # noqa: E402

Kind = Literal["text", "html"]
Item = tuple[str, str | bytes, Kind]  # name, input (HTML as bytes: corpuskit decodes), path


def seeds(shared: Path) -> Iterator[Item]:
    for path in sorted((shared / "seeds").glob("*.txt")):
        yield path.name, path.read_text(encoding="utf-8"), "text"


def examples() -> Iterator[Item]:
    for path in sorted((REPO / "examples").glob("*.txt")):
        yield path.name, path.read_text(encoding="utf-8"), "text"


def fixtures(kind: Kind) -> Iterator[Item]:
    suffix = ".txt" if kind == "text" else ".html"
    for path in sorted((REPO / "tests" / "fixtures").rglob(f"*{suffix}")):
        name = str(path.relative_to(REPO / "tests" / "fixtures"))
        yield name, path.read_bytes() if kind == "html" else path.read_text("utf-8"), kind


def aeb_inputs(shared: Path, name: str, which: str) -> Iterator[Item]:
    inputs, _ = load_inputs(shared / name, refresh=False)
    for key in sorted(inputs):
        yield key, inputs[key][which], "text"


def aeb_pages(shared: Path, name: str) -> Iterator[Item]:
    for path in sorted((shared / name / "html").glob("*.html.gz")):
        yield path.name, gzip.decompress(path.read_bytes()), "html"


def generated(count: int, html_every: int, kind: Kind) -> Iterator[Item]:
    rng = random.Random(20261206)
    for number in range(count):
        text = article(rng)
        if kind == "text":
            yield str(number), text, "text"
        elif number % html_every == 0:
            yield str(number), as_html(text), "html"


def output(text: str | bytes, kind: Kind) -> dict[str, Any]:
    """One input's output as JSON-ready data: the Document and its meta, or the error."""
    try:
        document = corpuskit.parse(text, kind=kind)
    except CorpuskitError as exc:
        return {"error": type(exc).__name__, "message": str(exc)}
    return {"document": orjson.loads(document.to_json()), "meta": document.meta}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder")
    parser.add_argument("--generated", type=int, default=3000, help="generated articles")
    parser.add_argument("--html-every", type=int, default=10, help="every Nth also as HTML")
    parser.add_argument("--dump", type=Path, help="write every output here (JSON lines)")
    args = parser.parse_args()

    groups: dict[str, Iterator[Item]] = {
        "seeds": seeds(args.shared),
        "examples": examples(),
        "fixtures-text": fixtures("text"),
    }
    for name in ("aeb-dev", "mozilla-dev"):
        for which in ("A", "B", "C"):
            groups[f"{name}-{which}"] = aeb_inputs(args.shared, name, which)
    groups["generated-text"] = generated(args.generated, args.html_every, "text")
    groups["fixtures-html"] = fixtures("html")
    for name in ("aeb-dev", "mozilla-dev"):
        groups[f"{name}-html"] = aeb_pages(args.shared, name)
    groups["generated-html"] = generated(args.generated, args.html_every, "html")

    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    total = hashlib.sha256()
    for group, items in groups.items():
        digest = hashlib.sha256()
        count = 0
        for name, text, kind in items:
            line = json.dumps(
                {"group": group, "name": name, **output(text, kind)},
                ensure_ascii=False,
                sort_keys=True,
                default=str,
            )
            digest.update(line.encode("utf-8") + b"\n")
            count += 1
            if dump:
                dump.write(line + "\n")
        total.update(f"{group} {digest.hexdigest()}\n".encode())
        print(f"{group:20} {count:5} {digest.hexdigest()}")
    print(f"{'total':20} {'':5} {total.hexdigest()}")
    if dump:
        dump.close()


if __name__ == "__main__":
    main()
