"""Boilerplate mining: the lines that recur across a source's articles, as a rules file.

Over the articles of one source (``corpuskit mine``), a line printed in many documents is the
site's, not the article's: a footer, a promo, a share line, a byline template. Lines are
compared white-space normalised and lower-cased; to make variants one pattern, dates, times and
numbers become ``{date}``, ``{time}`` and ``{n}``, and capitalised words too rare to belong to a
recurring line (names, mostly) become ``{names}``. A word printed in fewer documents than the
threshold cannot be a fixed part of a line printed in more, so nothing a candidate needs is
lost. Each candidate gets its share of documents, where it sits, and a guessed kind: the one
corpuskit's installed plugins gave those lines, else one read from its words.
:meth:`Mining.rules` writes a rules file :func:`corpuskit.rules.load_rules` reads.

Signatures (the phrases that identify a page without its URL) are proposed only from lines
specific to the source, measured against a background sample of other pages: the records of
other sources in the run (with ``domain``), ``background`` inputs, and a built-in sample
(:func:`builtin_background`: the invented articles of :mod:`corpuskit.testing.corpora` and
:data:`COMMON_LINES`, lines many sites print). A line is specific when no background page prints
it and it names something of its own: a capitalised word (not the line's first) that no
background page uses, such as the site's name. "Follow us on social media" never is.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import cache

from attrs import evolve, field, frozen

from corpuskit.errors import CorpuskitError
from corpuskit.io.readers import InputFormat, iter_records
from corpuskit.io.records import Fields, load
from corpuskit.kinds import FIELD_KINDS
from corpuskit.layout import looks_like_heading
from corpuskit.normalize import normalize_space
from corpuskit.pipeline import Parser, Trace
from corpuskit.rules import DATE, TIME, dump_rules
from corpuskit.sources import host_of

NAMES_REGEX = r"[A-Z][\w'’.-]*(?:(?: |, | and | & |, and )[A-Z][\w'’.-]*)*"

_DATE = re.compile(rf"\b{DATE}(?!\w)")
_TIME = re.compile(rf"\b{TIME}(?!\w)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CAPITAL = re.compile(r"(?<![\w{])[A-Z][\w'’-]*")
_SLOT = "\x00"
_NAME_RUN = re.compile(rf"{_SLOT}(?:(?: |, | and | & |, and ){_SLOT})*")
_PLACEHOLDER = re.compile(r"\{(?:date|time|n|names)\}")
_PREFIX = re.compile(r"^((?:\S+ ){0,3}\S+?[:|])\s+\S")

_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("share", ("share", "facebook", "twitter", "tweet", "whatsapp", "linkedin", "pinterest")),
    ("promo", ("subscribe", "newsletter", "sign up", "sign-up", "download our app", "donate")),
    ("copyright", ("©", "copyright", "all rights reserved", "reproduction")),
    ("related", ("read more", "related", "see also", "more from", "recommended", "also read")),
    ("cookie", ("cookie", "consent")),
    ("credit", ("photo:", "image:", "credit:", "picture:", "getty", "reuters/", "ap photo")),
    ("comments", ("comment",)),
)


COMMON_LINES: tuple[str, ...] = (
    "Follow us on social media",
    "Follow us on Twitter and Facebook",
    "Follow us on Facebook, Twitter and Instagram",
    "Like us on Facebook",
    "Subscribe to our newsletter",
    "Sign up for our newsletter",
    "Sign up for our daily newsletter",
    "Get the latest news delivered to your inbox",
    "Subscribe for unlimited access",
    "Support independent journalism",
    "Share this article",
    "Share this story",
    "Share on social media",
    "Click here to read more",
    "Read more",
    "Related articles",
    "Most popular",
    "Trending now",
    "All rights reserved.",
    "Copyright. All rights reserved.",
    "Terms of use",
    "Privacy policy",
    "Contact us",
    "About us",
    "Advertise with us",
    "Leave a comment",
    "Comments are closed.",
    "Join the conversation",
    "We use cookies to improve your experience on our website",
    "Accept all cookies",
    "Download our app",
    "Please enable JavaScript to view the comments",
    "This article was originally published",
    "Stay up to date with the latest news",
    "Thank you for reading",
)
"""Lines many sites print, part of every background a signature is measured against."""


@frozen
class Candidate:
    """A recurring line, or a line pattern, with the share of documents printing it."""

    pattern: str
    """How it reads: the line itself, or a template (``'By {names} | {date}'``)."""
    kind: str
    """The guessed kind."""
    documents: int
    share: float
    matcher: str
    """The rules-file key it becomes: ``lines``, ``prefixes``, ``regex`` or ``byline``."""
    value: str
    """The line, prefix or regular expression."""
    side: str = "anywhere"
    """``first``/``last``: always within the first/last ``within`` lines of a document."""
    within: int = 0
    kind_from: str = "words"
    """``plugins`` when installed plugins labelled these lines so, else ``words``."""
    examples: tuple[str, ...] = ()
    specific: bool = False
    """Whether the line is the source's own (see :class:`Background`): only such a line, printed
    by nearly every document, is proposed as a signature."""

    def rule(self) -> dict[str, object]:
        """The candidate as a rules-file ``[[rules]]`` table."""
        table: dict[str, object] = {}
        if self.matcher != "byline":
            table["kind"] = self.kind
        table[self.matcher] = [self.value] if self.matcher in ("lines", "prefixes") else self.value
        if self.side != "anywhere":
            table[f"{self.side}_lines"] = self.within
        return table

    def to_dict(self) -> dict[str, object]:
        return {
            "pattern": self.pattern,
            "kind": self.kind,
            "documents": self.documents,
            "share": round(self.share, 4),
            "rule": self.rule(),
            "kind_from": self.kind_from,
            "examples": list(self.examples),
            "specific": self.specific,
        }


@frozen
class Mining:
    """What mining a source's documents found."""

    documents: int
    candidates: tuple[Candidate, ...]
    source: str
    domains: tuple[str, ...] = ()
    title: bool = False
    subtitle: bool = False
    skipped: int = 0
    """Records that could not be read or parsed."""
    min_share: float = field(default=0.3)

    def rules_spec(self) -> dict[str, object]:
        """The rules file, as the dict :func:`corpuskit.rules.dump_rules` writes."""
        spec: dict[str, object] = {
            "version": 1,
            "source": {"name": self.source, "domains": list(self.domains)},
        }
        if self.title:
            spec["head"] = {"title": "first", **({"subtitle": "second"} if self.subtitle else {})}
        signatures = [
            {"phrase": c.value.lower(), "weight": 0.9}
            for c in self.candidates
            if c.matcher == "lines"
            and c.specific
            and c.share >= 0.8
            and len(c.value.split()) >= 4
            and c.kind not in ("share", "cookie")
        ][:2]
        if signatures:
            spec["signatures"] = signatures
        spec["rules"] = [c.rule() for c in self.candidates]
        return spec

    def rules(self) -> str:
        """The rules file's text, each rule under a comment with its share of documents."""
        spec = self.rules_spec()
        comments: dict[tuple[str | int, ...], str] = {
            ("rules", i): f"{c.kind}: in {c.share:.0%} of {self.documents} documents"
            for i, c in enumerate(self.candidates)
        }
        head = (
            f"# Mined by corpuskit from {self.documents} documents (min share {self.min_share:g})."
            "\n# Check each rule: a line every article prints is not always debris.\n"
        )
        return head + dump_rules(spec, comments)

    def to_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "skipped": self.skipped,
            "source": self.source,
            "domains": list(self.domains),
            "title": self.title,
            "subtitle": self.subtitle,
            "candidates": [c.to_dict() for c in self.candidates],
        }


# -- reading --------------------------------------------------------------------------------


@frozen
class MinedDocument:
    """A document as mining reads it: its lines, their paragraphs, the kind the parse gave
    each line, and its URL (what :func:`document_lines` gives)."""

    lines: tuple[str, ...]
    paras: tuple[int, ...]
    hints: tuple[str, ...]
    url: str | None


def on_domain(url: str | None, domain: str) -> bool:
    """Whether the URL's host is ``domain`` or one of its subdomains."""
    host = host_of(url)
    domain = domain.lower().removeprefix("www.")
    return host is not None and (host == domain or host.endswith("." + domain))


def _documents(
    paths: Iterable[str],
    parser: Parser,
    domain: str | None,
    fields: Fields,
    input_format: InputFormat,
    skipped: list[int],
    others: list[MinedDocument] | None = None,
) -> Iterator[MinedDocument]:
    """The documents of the source; those of other sources go to ``others`` (up to a limit)."""
    for record in iter_records(paths, input_format):
        elsewhere = bool(domain and record.url is not None and not on_domain(record.url, domain))
        if elsewhere and (others is None or len(others) >= _MAX_BACKGROUND):
            continue
        try:
            loaded = load(record, fields)
            elsewhere = elsewhere or bool(domain and not on_domain(loaded.url, domain))
            if elsewhere and (others is None or len(others) >= _MAX_BACKGROUND):
                continue
            trace = parser.trace(loaded.raw, id=loaded.id, url=loaded.url, kind=loaded.kind)
        except CorpuskitError:
            if not elsewhere:
                skipped[0] += 1
            continue
        if elsewhere:
            assert others is not None
            others.append(document_lines(trace, loaded.url))
        else:
            yield document_lines(trace, loaded.url)


_MAX_BACKGROUND = 500
"""Records of other sources kept from a run as background (more add little but time)."""


def document_lines(trace: Trace, url: str | None) -> MinedDocument:
    """A parsed document as mining reads it: its lines, and the kind the parse gave each."""
    spans = trace.spans()
    hints = []
    at = 0
    for block in trace.blocks:
        best, size = "body", 0
        while at < len(spans) and spans[at][1] <= block.start:
            at += 1
        i = at
        while i < len(spans) and spans[i][0] < block.end:
            start, end, kind, _ = spans[i]
            if end - start > size:
                best, size = kind, end - start
            i += 1
        hints.append(best)
    return MinedDocument(
        tuple(normalize_space(b.text) for b in trace.blocks),
        tuple(b.para for b in trace.blocks),
        tuple(hints),
        url,
    )


# -- the background -------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


class Background:
    """Other pages a source's lines are measured against: what they print and the words they use.

    A line is :meth:`specific` to the source when no background page prints it and it holds a
    word of its own: one no background page uses, capitalised and not the line's first (a
    name, such as the site's), or from a script without capitals.
    """

    def __init__(self, texts: Iterable[str]) -> None:
        pages = [normalize_space(text).lower() for text in texts]
        self.text = "\n".join(pages)
        self.words = set(_WORD.findall(self.text))

    def specific(self, line: str) -> bool:
        """Whether ``line`` is the source's own rather than something many sites print."""
        low = normalize_space(line).lower()
        if not low or low in self.text:
            return False
        for index, match in enumerate(_WORD.finditer(line)):
            word = match[0]
            own = word.lower() not in self.words and len(word) >= 3
            cased = word.lower() != word.upper()
            if own and (not cased or (index > 0 and word[0].isupper())):
                return True
        return False


@cache
def builtin_background() -> tuple[str, ...]:
    """The built-in background: :data:`COMMON_LINES` and the invented articles of
    :mod:`corpuskit.testing.corpora` (each ending in lines many sites print)."""
    import random

    from corpuskit.testing.corpora import article

    rng = random.Random(20240607)
    return ("\n".join(COMMON_LINES), *(article(rng) for _ in range(40)))


# -- patterns -------------------------------------------------------------------------------


def template(line: str, rare: Iterable[str] | None = None) -> str:
    """A line with dates, times and numbers as placeholders, and ``rare`` capitalised words
    (lower-cased; all of them when ``None``) as ``{names}``: variants of a line become one."""
    out = _DATE.sub("{date}", line)
    out = _TIME.sub("{time}", out)
    out = _NUMBER.sub("{n}", out)
    wanted = None if rare is None else set(rare)
    out = _CAPITAL.sub(lambda m: _SLOT if wanted is None or m[0].lower() in wanted else m[0], out)
    return _NAME_RUN.sub("{names}", out)


def template_regex(pattern: str, names_group: bool = False) -> str:
    """An anchored regular expression matching every line a template stands for.

    With ``names_group`` (a byline), the first ``{names}`` becomes ``(?P<names>{NAMES})`` (the
    rules file's name list) and the first ``{date}`` a ``date`` group.
    """
    bodies = {"date": "{DATE}", "time": "{TIME}", "n": r"\d+(?:[.,]\d+)*", "names": NAMES_REGEX}
    groups = {"names": "{NAMES}", "date": "{DATE}"} if names_group else {}
    parts = ["^"]
    at = 0
    for m in _PLACEHOLDER.finditer(pattern):
        parts.append(re.escape(pattern[at : m.start()]).replace("\\ ", " "))
        slot = m[0][1:-1]
        if slot in groups:
            parts.append(f"(?P<{slot}>{groups.pop(slot)})")
        else:
            parts.append(bodies[slot])
        at = m.end()
    parts.append(re.escape(pattern[at:]).replace("\\ ", " ") + "$")
    return "".join(parts)


def _has_words(pattern: str) -> bool:
    """Whether a template keeps a word of its own besides placeholders (not just '{names}')."""
    return re.search(r"[^\W\d_]{2,}", _PLACEHOLDER.sub(" ", pattern)) is not None


def guess_kind(pattern: str, side: str) -> str:
    """A kind read from a pattern's words and where it sits."""
    low = pattern.lower()
    if low.startswith("by {names}"):
        return "byline"
    rest = _PLACEHOLDER.sub("", low).strip(" ,.:|-–—")
    if "{date}" in low and rest in ("", "published", "updated", "posted"):
        return "dateline"
    for kind, words in _KEYWORDS:
        if any(word in low for word in words):
            return kind
    return "footer" if side == "last" else "boilerplate"


# -- mining ---------------------------------------------------------------------------------


class _Stats:
    def __init__(self) -> None:
        self.docs: set[int] = set()
        self.variants: Counter[str] = Counter()
        self.hints: Counter[str] = Counter()
        self.from_start = 0
        self.from_end = 0

    def add(self, doc: int, line: str, hint: str, index: int, total: int) -> None:
        self.docs.add(doc)
        self.variants[line] += 1
        self.hints[hint] += 1
        self.from_start = max(self.from_start, index + 1)
        self.from_end = max(self.from_end, total - index)


def mine(
    paths: Iterable[str],
    *,
    min_share: float = 0.3,
    domain: str | None = None,
    name: str | None = None,
    parser: Parser | None = None,
    fields: Fields | None = None,
    input_format: InputFormat = "auto",
    min_documents: int = 3,
    background: Iterable[str] = (),
) -> Mining:
    """Find the lines recurring in at least ``min_share`` of the documents of ``paths``.

    ``paths`` are files, folders, JSON Lines or WARC files as for ``corpuskit parse``;
    ``domain`` keeps the records whose URL is on that domain (the others, up to 500, are
    background). ``name`` is the source's name in the rules (default: the documents' most
    common host, else the first input's name). ``background`` are inputs of other sources: a
    signature is proposed only from a line specific to the source against them, the other
    sources of the run and :func:`builtin_background`.
    """
    parser = parser or Parser()
    skipped = [0]
    paths = list(paths)
    fields = fields or Fields()
    others: list[MinedDocument] = []
    docs = list(_documents(paths, parser, domain, fields, input_format, skipped, others))
    background = list(background)
    if background:
        others += _documents(background, parser, None, fields, input_format, [0])
    return mine_documents(
        docs,
        others,
        min_share=min_share,
        min_documents=min_documents,
        name=name or _source_name(docs, domain, paths),
        domains=_domains(docs, domain),
        skipped=skipped[0],
    )


def mine_documents(
    docs: list[MinedDocument],
    others: Iterable[MinedDocument] = (),
    *,
    min_share: float = 0.3,
    min_documents: int = 3,
    name: str,
    domains: tuple[str, ...] = (),
    skipped: int = 0,
) -> Mining:
    """:func:`mine` over documents already read (:func:`document_lines`): the lines recurring
    in at least ``min_share`` of ``docs``, measured against ``others`` for signatures."""
    against = Background(
        [*builtin_background(), *("\n".join(d.lines) for d in others)],
    )
    total = len(docs)
    need = max(min_documents, int(min_share * total + 0.999999))
    # Capitalised words too rare to be a fixed part of a line printed in `need` documents.
    word_docs: Counter[str] = Counter()
    for doc in docs:
        word_docs.update({w.lower() for ln in doc.lines for w in _CAPITAL.findall(ln)})
    rare = {w for w, n in word_docs.items() if n < need}
    stats: dict[tuple[str, str], _Stats] = defaultdict(_Stats)
    for number, doc in enumerate(docs):
        count = len(doc.lines)
        for index, (text, hint) in enumerate(zip(doc.lines, doc.hints, strict=True)):
            low = text.lower()
            stats[("lines", low)].add(number, text, hint, index, count)
            stats[("template", template(text, rare).lower())].add(number, text, hint, index, count)
            prefix = _PREFIX.match(text)
            if prefix and len(text.split()) <= 30:
                stats[("prefixes", prefix[1].lower())].add(number, text, hint, index, count)
    found = [
        evolve(c, specific=True) if c.matcher == "lines" and against.specific(c.value) else c
        for c in _select(stats, need, total, rare)
    ]
    return Mining(
        documents=total,
        candidates=tuple(found),
        source=name,
        domains=domains,
        title=_head_line(docs, 0, found),
        subtitle=_head_line(docs, 0, found) and _head_line(docs, 1, found),
        skipped=skipped,
        min_share=min_share,
    )


def _select(
    stats: dict[tuple[str, str], _Stats], need: int, total: int, rare: set[str]
) -> list[Candidate]:
    frequent = {key: s for key, s in stats.items() if len(s.docs) >= need}
    exact = {k for w, k in frequent if w == "lines"}
    covered: set[str] = set()  # exact lines a template or prefix candidate stands for
    found: list[Candidate] = []
    for (what, key), s in sorted(frequent.items(), key=lambda kv: (-len(kv[1].docs), kv[0])):
        if what == "lines" or len(s.variants) < 2 or key in exact:
            continue
        if what == "template" and not (_PLACEHOLDER.search(key) and _has_words(key)):
            continue
        variants = {line.lower() for line in s.variants}
        if variants <= covered:
            continue
        example = s.variants.most_common(1)[0][0]
        if what == "prefixes":
            shown = example[: len(key)]
            matcher, value = "prefixes", shown
            pattern = shown + " …"
        else:
            pattern = template(example, rare)
            matcher, value = "regex", ""
        found.append(_candidate(s, pattern, matcher, value, total))
        covered.update(variants)
    for (what, key), s in sorted(frequent.items(), key=lambda kv: (-len(kv[1].docs), kv[0])):
        if what == "lines" and key not in covered:
            example = s.variants.most_common(1)[0][0]
            found.append(_candidate(s, example, "lines", example, total))
    found.sort(key=lambda c: (-c.share, c.pattern))
    return found


def _candidate(s: _Stats, pattern: str, matcher: str, value: str, total: int) -> Candidate:
    side, within = "anywhere", 0
    if s.from_end <= 5:
        side, within = "last", s.from_end + 2
    elif s.from_start <= 5:
        side, within = "first", s.from_start + 2
    hint, hinted = s.hints.most_common(1)[0]
    usable = hint not in ("body", "title", "subtitle") and hinted * 2 >= sum(s.hints.values())
    if hint in FIELD_KINDS and hint not in ("byline", "dateline"):
        usable = False
    guessed = guess_kind(pattern, side)
    kind = hint if usable and guessed != "byline" else guessed
    if kind == "byline" and "{names}" not in pattern:
        kind = "boilerplate"
    if matcher == "regex":
        if kind == "byline":
            matcher, value = "byline", template_regex(pattern, names_group=True)
        else:
            value = template_regex(pattern)
    return Candidate(
        pattern=pattern,
        kind=kind,
        documents=len(s.docs),
        share=len(s.docs) / total,
        matcher=matcher,
        value=value,
        side=side,
        within=within,
        kind_from="plugins" if kind == hint else "words",
        examples=tuple(v for v, _ in s.variants.most_common(3)),
    )


def _head_line(docs: list[MinedDocument], index: int, found: list[Candidate]) -> bool:
    lines = {c.value.lower() for c in found if c.matcher == "lines"}
    good = 0
    for doc in docs:
        if len(doc.lines) <= index + 1:
            continue
        alone = doc.paras.count(doc.paras[index]) == 1
        text = doc.lines[index]
        heading = looks_like_heading(text) if index == 0 else len(text.split()) <= 60
        if alone and heading and text.lower() not in lines:
            good += 1
    return bool(docs) and good >= 0.8 * len(docs)


def _source_name(docs: list[MinedDocument], domain: str | None, paths: list[str]) -> str:
    if domain:
        return domain.lower().removeprefix("www.")
    hosts = Counter(h for d in docs if (h := host_of(d.url)))
    if hosts:
        return hosts.most_common(1)[0][0]
    stem = re.sub(r"\.[^/]*$", "", paths[0].rstrip("/").rsplit("/", 1)[-1]) if paths else ""
    return stem or "mined-source"


def _domains(docs: list[MinedDocument], domain: str | None) -> tuple[str, ...]:
    if domain:
        return (domain.lower().removeprefix("www."),)
    hosts = Counter(h for d in docs if (h := host_of(d.url)))
    return (hosts.most_common(1)[0][0],) if hosts else ()


__all__ = [
    "COMMON_LINES",
    "NAMES_REGEX",
    "Background",
    "Candidate",
    "MinedDocument",
    "Mining",
    "builtin_background",
    "document_lines",
    "guess_kind",
    "host_of",
    "mine",
    "mine_documents",
    "on_domain",
    "template",
    "template_regex",
]
