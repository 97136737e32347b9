"""The values that flow through corpuskit: Page, Block, Label, Identification, Metadata, Document.

Everything here is a frozen attrs class so that a plugin can never change what another plugin
sees; a plugin proposes (labels, metadata) and the pipeline decides. No I/O and no JSON live here:
serialisation is :mod:`corpuskit.schema`'s job, at the edge.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, NamedTuple, TypeVar

from attrs import Attribute, field, fields, frozen

from corpuskit.kinds import _VALID as _KNOWN_KINDS
from corpuskit.kinds import validate_kind

InputKind = Literal["text", "html"]
_T = TypeVar("_T")


def _tuple_of_str(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        # A bare string is almost always a mistake for a one-element sequence.
        raise TypeError("expected a sequence of strings, got a single string")
    return tuple(value)


def _tuple_of_removed(value: Iterable[Removed]) -> tuple[Removed, ...]:
    return tuple(value)


def _check_kind(_: object, attribute: Attribute[str], value: str) -> None:
    # validate_kind's own first test, made here: every Label and Removed runs this, and for
    # a known kind (nearly always) it spares a call.
    if value not in _KNOWN_KINDS:
        validate_kind(value)


def _check_span(instance: Removed | Label, _: Attribute[int], value: int) -> None:
    if value < instance.start:
        raise ValueError(f"end ({value}) is before start ({instance.start})")


def _non_negative(_: object, attribute: Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@frozen
class Hint:
    """What the caller knows about an input before it is read."""

    id: str | None = None
    url: str | None = None
    source: str | None = None
    kind: InputKind | None = None
    """Force text or HTML reading; ``None`` lets the readers decide from the content."""
    filename: str | None = None


@frozen
class Page:
    """The decoded input, before anything is decided about it.

    Every offset in corpuskit (blocks, labels, removed items) indexes :attr:`text`, so the
    decoded text is kept whole, never normalised.
    """

    text: str
    kind: InputKind = "text"
    id: str | None = None
    url: str | None = None
    encoding: str | None = None
    source_hint: str | None = None
    """A source forced by the caller (``--source``); identification is skipped when set."""


class Structure(NamedTuple):
    """Where an HTML block sits in its page; ``None`` on text blocks (see ``docs/html.md``).

    ``node`` indexes the element list of :func:`corpuskit.html.parse_page`, whose parent links
    let an extractor score containers; the other fields are what most rules need at hand.
    """

    tag: str
    """The innermost block-level element around the text (``p``, ``li``, ``h2``, ``td``...)."""
    path: str
    """Ancestors from ``body`` down, ``>``-separated, each ``tag#id.class.class`` lower-cased."""
    node: int
    links: int
    """Characters of the visible text that sit inside ``<a>`` elements."""
    markup: int
    """Length of the source span: ``len(text) / markup`` is the block's text density."""


class Block(NamedTuple):
    """A run of text the labelling hooks reason about: one line of a text page.

    ``page.text[start:end] == text`` always holds; blocks never overlap and appear in input
    order, and whatever lies between two blocks is white space. ``para`` numbers the blank-line
    separated paragraph the line belongs to, so plugins can tell a two-line caption group from
    two paragraphs. The pipeline checks these promises for any segmenter.

    A named tuple rather than an attrs class: pages can have millions of lines, and a tuple is
    both immutable and twice as cheap to build.
    """

    index: int  # type: ignore[assignment]  # shadows tuple.index, which no Block needs
    start: int
    end: int
    text: str
    para: int = 0
    norm: str = ""
    """``text`` with white space normalised, computed once by the segmenter for every plugin."""
    structure: Structure | None = None
    """HTML blocks only: tag, path, link and text density. On HTML pages ``text`` is the
    element's normalised visible text and ``page.text[start:end]`` is its source markup."""


class Blocks(list[Block]):
    """A segmenter's blocks, and the text it set aside as no block of the page.

    An HTML page hides text from its readers (``hidden``, ``display: none``: a closed menu, a
    modal's form): no rule should weigh it, but nothing a user gave may vanish without a
    record, so the segmenter hands it on here and the Document lists it under ``hidden``.
    """

    __slots__ = ("set_aside",)

    def __init__(
        self, blocks: Iterable[Block] = (), set_aside: Iterable[tuple[int, int, str]] = ()
    ) -> None:
        super().__init__(blocks)
        self.set_aside: tuple[tuple[int, int, str], ...] = tuple(set_aside)
        """Source span and text (a line a run) of each stretch set aside, in input order."""


@frozen
class Label:
    """A plugin's proposal that ``page.text[start:end]`` is of a given kind.

    Spans are character offsets. A label usually covers whole blocks, but may cover a prefix or
    suffix of one block (a date header glued to the first paragraph). ``value`` carries what the
    span means for a field kind: the title text, a tuple of author names, a date.
    """

    kind: str = field(validator=_check_kind)
    start: int = field(validator=_non_negative)
    end: int = field(validator=_check_span)
    plugin: str = ""
    priority: int = 0
    """Source plugins propose at 100, generic ones at 0; the higher wins a conflict."""
    value: Any = field(default=None, eq=False, hash=False)


@frozen
class Identification:
    """A plugin's claim that the page comes from ``source`` (a site name such as a domain)."""

    source: str
    confidence: float
    plugin: str = ""
    reason: str = ""


@frozen
class Metadata:
    """Partial metadata a plugin found; ``None`` and empty values mean "no opinion"."""

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = field(default=(), converter=_tuple_of_str)
    published: dt.date | dt.datetime | None = None
    url: str | None = None
    plugin: str = ""
    priority: int = 0
    site_name: str | None = None
    """The publisher's own name for itself (``og:site_name``); kept in ``Document.meta``."""


@frozen
class Removed:
    """Something the parser took out of the body, with where it was.

    ``text`` is the span with white space normalised on each line (lines kept apart by ``\\n``);
    ``start``/``end`` index the decoded input, so ``raw[start:end]`` is the exact span removed.
    """

    kind: str = field(validator=_check_kind)
    text: str
    start: int = field(validator=_non_negative)
    end: int = field(validator=_check_span)
    plugin: str | None = None


def _meta_dict(value: Mapping[str, Any] | None) -> dict[str, Any]:
    return dict(value) if value else {}


@frozen
class Document:
    """A parsed article: clean fields, clean body, and a labelled record of what was removed.

    Built by the pipeline, or by :meth:`corpuskit.schema.from_dict` when reading a corpus back.
    ``meta`` holds facts about the parse (encoding used, input kind, identification confidence)
    and never takes part in hashing.
    """

    id: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = field(default=(), converter=_tuple_of_str)
    published: dt.date | dt.datetime | None = None
    paragraphs: tuple[str, ...] = field(default=(), converter=_tuple_of_str)
    removed: tuple[Removed, ...] = field(default=(), converter=_tuple_of_removed)
    meta: dict[str, Any] = field(factory=dict, converter=_meta_dict, hash=False)

    @property
    def body(self) -> str:
        """The clean body as one string, paragraphs separated by a blank line."""
        return "\n\n".join(self.paragraphs)

    def clean_text(self) -> str:
        """Title, subtitle and body as plain text: what a corpus keeps of the article."""
        head = [part for part in (self.title, self.subtitle) if part]
        return "\n\n".join([*head, *self.paragraphs])

    def to_dict(self) -> dict[str, Any]:
        """This document as JSON-ready data in the current schema (see :mod:`corpuskit.schema`)."""
        from corpuskit.schema import to_dict

        return to_dict(self)

    def to_json(self) -> bytes:
        """This document as one line of canonical JSON (UTF-8 bytes, no trailing newline)."""
        from corpuskit.schema import to_json

        return to_json(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Read a document written by any schema version corpuskit has ever produced."""
        from corpuskit.schema import from_dict

        return from_dict(data)

    @classmethod
    def from_json(cls, data: bytes | str) -> Document:
        """Read one JSON document (as written by :meth:`to_json`)."""
        from corpuskit.schema import from_json

        return from_json(data)


# Fast constructors for the pipeline's inner loops.
#
# attrs' generated ``__init__`` is interpreted bytecode that sets each field through
# ``object.__setattr__`` and calls each validator as a Python function: about a microsecond a
# Label here, and a seed-sized parse makes a dozen Labels and Removed items and one Document
# (about a twentieth of the parse). These make the same objects with the same checks at a
# third of the cost, storing through the slots' own descriptors; any value the fast path does
# not vouch for goes through the class itself, so errors are the class's own.
# tests/test_model.py checks they agree with the classes on any input, which also catches a
# field added to a class and not here.

_new = object.__new__


def _setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    """Each field's slot setter, in the order of the class's fields (its ``__init__``'s)."""
    return tuple(cls.__dict__[attribute.name].__set__ for attribute in fields(cls))


def _build(
    cls: type[_T], setters: tuple[Callable[[Any, Any], None], ...], values: tuple[Any, ...]
) -> _T:
    """An instance of ``cls`` with ``values`` stored in its fields, in order, unchecked.

    The zip is not strict: a check per call would cost more than the rest of the call, and
    tests/test_model.py catches a field added to a class and not to its ``make_`` function.
    """
    made: _T = _new(cls)
    for setter, value in zip(setters, values):  # noqa: B905 - see above
        setter(made, value)
    return made


_LABEL_SLOTS = _setters(Label)
_REMOVED_SLOTS = _setters(Removed)
_HINT_SLOTS = _setters(Hint)
_PAGE_SLOTS = _setters(Page)
_METADATA_SLOTS = _setters(Metadata)
_DOCUMENT_SLOTS = _setters(Document)


def make_hint(
    id: str | None = None,
    url: str | None = None,
    source: str | None = None,
    kind: InputKind | None = None,
    filename: str | None = None,
) -> Hint:
    """``Hint(id, url, source, kind, filename)``, at a third of the cost (no checks to make)."""
    return _build(Hint, _HINT_SLOTS, (id, url, source, kind, filename))


def make_page(
    text: str,
    kind: InputKind = "text",
    id: str | None = None,
    url: str | None = None,
    encoding: str | None = None,
) -> Page:
    """``Page(text, kind, id, url, encoding)``, at a third of the cost (no checks to make)."""
    return _build(Page, _PAGE_SLOTS, (text, kind, id, url, encoding, None))


def make_label(
    kind: str, start: int, end: int, plugin: str = "", priority: int = 0, value: Any = None
) -> Label:
    """``Label(kind, start, end, plugin, priority, value)``, at a third of the cost."""
    # What the validators accept in the common case (a known kind, int offsets in order),
    # tested in line: as a function of its own its call cost a tenth of this one. Anything
    # else goes through the class, which decides and explains.
    if not (kind in _KNOWN_KINDS and type(start) is int and type(end) is int and 0 <= start <= end):
        return Label(kind, start, end, plugin, priority, value)
    # Unrolled, unlike the others: a page makes a dozen Labels and Removed items, and the loop of
    # _build cost a fortieth of the whole parse for them (callgrind).
    label: Label = _new(Label)
    set_kind, set_start, set_end, set_plugin, set_priority, set_value = _LABEL_SLOTS
    set_kind(label, kind)
    set_start(label, start)
    set_end(label, end)
    set_plugin(label, plugin)
    set_priority(label, priority)
    set_value(label, value)
    return label


def make_removed(kind: str, text: str, start: int, end: int, plugin: str | None = None) -> Removed:
    """``Removed(kind, text, start, end, plugin)``, at a third of the cost."""
    # The validators' common case, in line: see make_label.
    if not (kind in _KNOWN_KINDS and type(start) is int and type(end) is int and 0 <= start <= end):
        return Removed(kind, text, start, end, plugin)
    removed: Removed = _new(Removed)  # unrolled: see make_label
    set_kind, set_text, set_start, set_end, set_plugin = _REMOVED_SLOTS
    set_kind(removed, kind)
    set_text(removed, text)
    set_start(removed, start)
    set_end(removed, end)
    set_plugin(removed, plugin)
    return removed


def make_metadata(
    title: str | None = None,
    subtitle: str | None = None,
    authors: Iterable[str] = (),
    published: dt.date | dt.datetime | None = None,
) -> Metadata:
    """``Metadata(title=..., subtitle=..., authors=..., published=...)``, at a third of the cost."""
    if isinstance(authors, str):  # the converter's error
        return Metadata(title=title, subtitle=subtitle, authors=authors, published=published)
    values = (title, subtitle, tuple(authors), published, None, "", 0, None)
    return _build(Metadata, _METADATA_SLOTS, values)


def make_document(
    id: str | None,
    source: str | None,
    url: str | None,
    title: str | None,
    subtitle: str | None,
    authors: tuple[str, ...],
    published: dt.date | dt.datetime | None,
    paragraphs: tuple[str, ...],
    removed: tuple[Removed, ...],
    meta: dict[str, Any],
) -> Document:
    """``Document(...)`` from the pipeline's values, at a fraction of the cost.

    The fields' converters are skipped when their values need no converting: tuples stay the
    same tuples. ``meta`` is stored as given, not copied, so pass a dict nobody else holds.
    """
    if not (
        type(authors) is tuple
        and type(paragraphs) is tuple
        and type(removed) is tuple
        and type(meta) is dict
    ):
        return Document(
            id=id,
            source=source,
            url=url,
            title=title,
            subtitle=subtitle,
            authors=authors,
            published=published,
            paragraphs=paragraphs,
            removed=removed,
            meta=meta,
        )
    values = (id, source, url, title, subtitle, authors, published, paragraphs, removed, meta)
    return _build(Document, _DOCUMENT_SLOTS, values)
