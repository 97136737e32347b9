"""The parse, stage by stage: read → segment → identify → label → metadata → finish.

Data flows one way; each stage gets only what the earlier ones produced. A :class:`Parser` is
built once (loading plugins is the slow part) and then parses any number of inputs; it keeps no
state between inputs, so one parser can serve a whole corpus.
"""

from __future__ import annotations

import traceback
from collections.abc import Sequence
from itertools import chain
from pathlib import Path
from typing import Any

from attrs import evolve, frozen

from corpuskit.assemble import assemble
from corpuskit.dispatch import Dispatch
from corpuskit.errors import CorpuskitError, InputError, PluginError
from corpuskit.model import (
    Block,
    Blocks,
    Document,
    Hint,
    Identification,
    InputKind,
    Label,
    Page,
    make_document,
    make_hint,
)
from corpuskit.plugins import PluginManager, create_manager, declared_sources
from corpuskit.resolve import (
    align_to_blocks,
    check_blocks,
    check_html_blocks,
    merge_metadata,
    pick_identification,
    resolve_labels,
)
from corpuskit.sources import SourceRegistry
from corpuskit.text import Segmented

_KNOWN_SUFFIXES = frozenset(
    {".gz", ".zst", ".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".json", ".jsonl"}
)


@frozen
class Trace:
    """Everything a parse decided, for debugging, reports and the losslessness check."""

    page: Page
    blocks: tuple[Block, ...]
    proposals: tuple[Label, ...]
    labels: tuple[Label, ...]
    """The accepted labels, in input order."""
    identification: Identification | None
    document: Document

    def spans(self) -> list[tuple[int, int, str, str | None]]:
        """Every stretch of non-blank input as (start, end, kind, plugin), in input order.

        Body text appears as kind ``body`` with plugin ``None``. Together with the white space
        between them these spans rebuild the input exactly: the losslessness promise.
        """
        cuts = [label for label in self.labels if label.kind != "body"]
        out: list[tuple[int, int, str, str | None]] = []
        at = 0
        for block in self.blocks:
            position = block.start
            while at < len(cuts) and cuts[at].end <= position:
                at += 1
            current = at
            while current < len(cuts) and cuts[current].start < block.end:
                cut = cuts[current]
                if cut.start > position:
                    out.append((position, cut.start, "body", None))
                if not out or out[-1][:2] != (cut.start, cut.end):
                    out.append((cut.start, cut.end, cut.kind, cut.plugin or None))
                position = max(position, cut.end)
                current += 1
            if position < block.end:
                out.append((position, block.end, "body", None))
        return out


_Stages = tuple[
    Page, tuple[Block, ...], tuple[Label, ...], tuple[Label, ...], Identification | None, Document
]
"""What :meth:`Parser._run` returns: :class:`Trace`'s fields, in order."""


class Parser:
    """Parses raw articles into Documents with a fixed set of plugins."""

    def __init__(self, manager: PluginManager | None = None) -> None:
        self.manager = manager if manager is not None else create_manager()
        self.sources = SourceRegistry(declared_sources(self.manager))
        self._hook = self.manager.hook
        self._calls = Dispatch(self.manager)

    def resolve_source(self, name: str) -> str:
        """The canonical name of a source a user typed, or a clear error listing the known."""
        found = self.sources.resolve(name)
        if found is None:
            known = ", ".join(sorted(self.sources.sources)) or "none installed"
            raise CorpuskitError(f"unknown source {name!r} (known sources: {known})")
        return found

    def parse(
        self,
        raw: bytes | str,
        *,
        id: str | None = None,
        url: str | None = None,
        source: str | None = None,
        kind: InputKind | None = None,
    ) -> Document:
        """Parse one article; raises only :class:`~corpuskit.errors.CorpuskitError`."""
        # The Document alone: no Trace is built for the caller to throw away.
        return self._guarded(raw, make_hint(id, url, source, kind))[-1]

    def trace(
        self,
        raw: bytes | str,
        *,
        id: str | None = None,
        url: str | None = None,
        source: str | None = None,
        kind: InputKind | None = None,
        filename: str | None = None,
    ) -> Trace:
        """Parse one article and return every intermediate decision with the Document."""
        hint = Hint(id=id, url=url, source=source, kind=kind, filename=filename)
        return Trace(*self._guarded(raw, hint))

    def _guarded(self, raw: bytes | str, hint: Hint) -> _Stages:
        """:meth:`_run`, with every failure turned into a CorpuskitError naming the document."""
        try:
            return self._run(raw, hint)
        except CorpuskitError as exc:
            raise exc.for_document(hint.id or hint.filename) from exc.__cause__
        except RecursionError as exc:
            raise InputError("input nests too deeply to parse", document=hint.id) from exc
        except MemoryError as exc:
            raise InputError("input too large to parse in memory", document=hint.id) from exc
        except Exception as exc:
            raise PluginError(_blame(exc, self.manager), document=hint.id or hint.filename) from exc

    def _run(self, raw: bytes | str, hint: Hint) -> _Stages:
        """Every stage's result, in :class:`Trace`'s field order (a tuple: cheaper to build)."""
        call = self._calls.call
        page = call("corpuskit_read", {"raw": raw, "hint": hint})
        if page is None:
            raise InputError("no reader accepted the input")
        segmented = call("corpuskit_segment", {"page": page})
        html = page.kind == "html"
        if html:
            check_html_blocks(page.text, segmented)
        elif not isinstance(segmented, Segmented):  # ours are right by construction
            check_blocks(page.text, segmented)
        blocks = tuple(segmented)
        identification = self._identify(page, blocks, hint)
        source = identification.source if identification else None
        asked = {"page": page, "blocks": blocks, "source": source}
        # Each plugin's non-empty answer in turn, as one tuple: chained in C, no loop here.
        proposals = tuple(chain.from_iterable(filter(None, call("corpuskit_label", asked))))
        usable = align_to_blocks(proposals, blocks) if html else proposals
        accepted = tuple(resolve_labels(usable, len(page.text)))
        set_aside = segmented.set_aside if isinstance(segmented, Blocks) else ()
        assembly = assemble(page, blocks, accepted, set_aside)
        asked["labels"] = accepted
        answers = call("corpuskit_metadata", asked)
        title, subtitle, authors, published = assembly[2:]
        url = site_name = None
        if answers:  # HTML pages: fill what the labels left empty (text pages: no answers)
            metadata = merge_metadata(assembly.metadata, answers)
            title, subtitle, authors, published = (
                metadata.title,
                metadata.subtitle,
                metadata.authors,
                metadata.published,
            )
            url, site_name = metadata.url, metadata.site_name
        meta: dict[str, Any] = {"input": page.kind}
        if page.encoding:
            meta["encoding"] = page.encoding
        if site_name:
            meta["site_name"] = site_name
        if identification:
            meta["identified_by"] = identification.reason
            meta["confidence"] = identification.confidence
        document = make_document(
            hint.id or page.id,
            source,
            hint.url or page.url or url,
            title,
            subtitle,
            authors,
            published,
            assembly.paragraphs,
            assembly.removed,
            meta,
        )
        document = self._finish(document, page)
        return page, blocks, proposals, accepted, identification, document

    def _identify(self, page: Page, blocks: Sequence[Block], hint: Hint) -> Identification | None:
        if hint.source:
            return Identification(self.resolve_source(hint.source), 1.0, reason="caller")
        by_url = self.sources.from_url(hint.url or page.url)
        if by_url:
            return Identification(by_url, 1.0, reason="url")
        found = pick_identification(
            self._calls.call("corpuskit_identify", {"page": page, "blocks": blocks})
        )
        if found is None or found.reason:  # layouts give their reason: no copy to make
            return found
        return evolve(found, reason="layout")

    def _finish(self, document: Document, page: Page) -> Document:
        """Each ``corpuskit_finish`` implementation in turn gets the Document the last gave."""
        for plugin, function in self._calls.each("corpuskit_finish"):
            result = function(document=document, page=page)
            if result is not None:
                if not isinstance(result, Document):
                    raise PluginError(
                        f"plugin {plugin} returned {type(result).__name__} "
                        "from corpuskit_finish, not a Document"
                    )
                document = result
        return document

    def parse_file(self, path: str | Path, *, source: str | None = None) -> Document:
        """Parse a file (``.gz`` read transparently); its id is the name without extensions."""
        path = Path(path)
        try:
            raw = read_bytes(path)
        except InputError as exc:
            raise exc.for_document(document_id(path)) from exc.__cause__
        hint = Hint(id=document_id(path), source=source, filename=str(path))
        return self._guarded(raw, hint)[-1]


def read_bytes(path: Path) -> bytes:
    """A file's bytes, decompressed when gzip or zstd (by magic number, not by name)."""
    from corpuskit.io.records import read_file

    return read_file(str(path))


def document_id(path: Path) -> str:
    """The file name without its known extensions: ``a.html.gz`` gives ``a``."""
    name = path.name
    while True:
        stem, dot, suffix = name.rpartition(".")
        if not dot or not stem or f".{suffix.lower()}" not in _KNOWN_SUFFIXES:
            return name
        name = stem


def _blame(exc: BaseException, manager: PluginManager) -> str:
    """Name the plugin whose code raised, from the traceback, so users know whom to report to."""
    modules = {}
    for name, plugin in manager.list_name_plugin():
        module = getattr(plugin, "__name__", None)
        if module:
            modules[module] = name
    culprit = None
    for frame, _ in traceback.walk_tb(exc.__traceback__):
        module = frame.f_globals.get("__name__", "")
        for prefix, name in modules.items():
            if module == prefix or module.startswith(prefix + "."):
                culprit = name
    where = f"plugin {culprit!r} raised" if culprit else "a plugin raised"
    return f"{where} {type(exc).__name__}: {exc}"


_default: Parser | None = None


def default_parser() -> Parser:
    """The parser behind :func:`corpuskit.parse`, built on first use with every installed plugin."""
    global _default
    if _default is None:
        _default = Parser()
    return _default


def reset_default_parser() -> None:
    """Forget the default parser, so the next parse loads plugins afresh (tests, notebooks)."""
    global _default
    _default = None
