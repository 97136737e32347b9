"""Held-out pages through the text path: whole-page crawl text (WET-like) cleaned by corpuskit.

The development sets tune the text path (``aeb_text.py``); this checks it on pages nobody here
tuned to, the held-out pages of ``heldout_html.py`` (fetched from PyPI at run time into
``~/.cache/corpuskit-bench``, never into the repository). Each page is turned into the text a
crawler keeps of a whole page, html-text's ``extract_text(guess_layout=True)`` as in
``aeb_text.py``'s input B, and then given to three cleaners (input A, readability's main
content as text, goes through the first and the last):

* ``as given``: the whole-page text itself (what a corpus without cleaning holds);
* ``C4 rules``: C4-style line rules as the text-cleaning issue words them, what a user would
  write: keep lines that end in terminal punctuation and have three words or more, drop lines
  naming javascript, cookies, terms or privacy. C4 itself (Raffel et al. 2020) keeps lines of
  five words or more and drops whole pages (fewer than three sentences, "lorem ipsum", a
  curly bracket); only its line rules are the peer here, for whole-page text;
* ``corpuskit``: ``corpuskit.parse(text, kind="text").body``.

Measured with ``heldout_html.py``'s own scoring: on newspaper4k's 23 pages with expected
text, body F1 (4-token shingles); on trafilatura 1.1.0's realworld pages, the share of
must-have snippets found and of must-not snippets absent, in the same fixed halves. ``--show
N`` lists corpuskit's failures on the realworld tuning half only, as ``heldout_html.py --show``
does for the HTML path; newspaper4k and the checking half stay totals.

Usage::

    python benchmarks/heldout_text.py [--cache DIR] [--input A|B] [--show N]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

from aeb_text import decode
from heldout_html import DEFAULT_CACHE, run_newspaper, run_realworld

import corpuskit

_TERMINAL = (".", "!", "?", '"', "”", "’", "'", "。", "！", "？")
_C4_NAMES = re.compile(r"javascript|cookie|terms|privacy")


def c4_rules(text: str) -> str:
    """C4-style line rules: lines ending like a sentence, of three words or more, naming no
    javascript, cookies, terms or privacy."""
    kept = []
    for line in text.splitlines():
        line = line.strip()
        if len(line.split()) < 3 or not line.endswith(_TERMINAL):
            continue
        if _C4_NAMES.search(line.lower()) is None:
            kept.append(line)
    return "\n".join(kept)


def whole_page_text(raw: bytes) -> str:
    import html_text

    return str(html_text.extract_text(decode(raw), guess_layout=True))


def main_content_text(raw: bytes) -> str:
    """readability-lxml's main content as text (``aeb_text.py``'s input A)."""
    from aeb_text import extract

    return extract(decode(raw))["A"]


def cleaners(make: Callable[[bytes], str], peer: bool) -> dict[str, Callable[[bytes], str]]:
    """The cleaners, each from the page's bytes (the input text is made once a page)."""
    texts: dict[bytes, str] = {}

    def text_of(raw: bytes) -> str:
        if raw not in texts:
            texts[raw] = make(raw)
        return texts[raw]

    def cleaned(raw: bytes) -> str:
        text = text_of(raw)
        return corpuskit.parse(text, kind="text").body if text.strip() else ""

    runs = {"as given": text_of, "corpuskit": cleaned}
    if peer:
        runs["C4 rules"] = lambda raw: c4_rules(text_of(raw))
    return runs


INPUTS = (
    ("B: whole-page text (html-text)", whole_page_text, True),
    ("A: readability's main content as text", main_content_text, False),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument(
        "--show",
        type=int,
        default=0,
        help="show N corpuskit failures of the realworld tuning half (newspaper4k stays unseen)",
    )
    parser.add_argument("--input", choices=("A", "B"), help="one input only (default: both)")
    args = parser.parse_args(argv)
    for title, make, peer in INPUTS:
        if args.input and not title.startswith(args.input):
            continue
        print(f"\n== {title}, then each cleaner; pages/s include making the text")
        runs = cleaners(make, peer)
        run_newspaper(runs, args.cache)
        run_realworld(runs, args.cache, show=args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
