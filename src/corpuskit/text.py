"""Text input: bytes to str without guessing silently, and lines to blocks with offsets.

Scraped text arrives in every encoding a crawler met. Decoding tries what can be *proved*
first (a BOM, strict UTF-8, UTF-16 by its NUL pattern), then falls back to Windows-1252
(then Latin-1, which never fails) and records in ``Page.encoding`` which one was used, so a user
can find and re-decode those documents. Binary data is refused instead of parsed into noise.
"""

from __future__ import annotations

import codecs
import re

from corpuskit.errors import InputError
from corpuskit.model import Block, Hint, Page, make_page
from corpuskit.normalize import compose, normalize_space

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_CHARS = tuple(chr(c) for c in (*range(9), *range(14, 32), 127))
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
"""A line with its ending (the slow path, for text with exotic line separators)."""
_MAX_CONTROL_SHARE = 0.01
_SAMPLE = 65536
MAX_LINES = 100_000
"""A text page with more lines than this is refused: no article is that long (a long read runs
to a few thousand lines even as a whole page with its menus), and a crawler's stray dump of a
log or a data file would otherwise cost minutes and a corpus record of millions of items."""


def decode(raw: bytes) -> tuple[str, str]:
    """Decode bytes, returning the text and the name of the encoding used."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _strict(raw[len(bom) :], encoding), encoding
    utf16 = _sniff_utf16(raw)
    if utf16:
        return _strict(raw, utf16), utf16
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def _strict(raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"declared {encoding} by its byte order mark but is not: {exc.reason} "
            f"at byte {exc.start}"
        ) from exc


def _sniff_utf16(raw: bytes) -> str | None:
    """UTF-16 without a BOM shows as NULs in every other byte of ASCII-heavy text."""
    sample = raw[:_SAMPLE]
    if len(sample) < 16 or len(sample) % 2:  # too short to tell from a few NULs in UTF-8
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def check_text(text: str, utf8: bool = False) -> None:
    """Refuse text that is not an article: empty, binary, or not encodable as UTF-8.

    ``utf8``: the text was decoded from UTF-8 (strictly, as the readers do) and composed, so it
    holds no lone surrogate and encodes: the encoding is not tried again (0.1 ms a page).
    """
    global _no_controls
    if not text or text.isspace():  # stops at the first letter, where strip() copies the text
        raise InputError("empty input" if not text else "input is only white space")
    sample = text[:_SAMPLE]
    if not _holds_any(sample, _CONTROL_CHARS):  # C-speed scans; the regex is rare
        controls = 0
        if len(text) <= _SAMPLE:  # the whole text was scanned: tell the segmenter
            _no_controls = text
    else:
        controls = len(_CONTROL.findall(sample))
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise InputError(
            f"looks binary: {controls} control characters in the first {len(sample)} characters"
        )
    if utf8 or text.isascii():  # a flag on the string: no surrogate, nothing to encode
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            f"contains a lone surrogate (U+{ord(text[exc.start]):04X}) at offset {exc.start}"
        ) from exc


def _holds_any(text: str, chars: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``chars``: a ``memchr``-speed search for each.

    A plain loop: ``any()`` over a generator resumes a frame for every character, which cost
    as much as the searches themselves.
    """
    for char in chars:  # noqa: SIM110
        if char in text:
            return True
    return False


def read_text(raw: bytes | str, hint: Hint) -> Page:
    """Read raw input as a text page."""
    if isinstance(raw, str):
        text, encoding = raw, None
    elif isinstance(raw, bytes | bytearray | memoryview):
        text, encoding = decode(bytes(raw))
    else:
        raise InputError(f"expected bytes or str, got {type(raw).__name__}")
    text = compose(text)  # as the HTML reader does: offsets refer to the composed text
    check_text(text, utf8=encoding == "utf-8")
    # C speed; \r-only line ends are rare enough to leave out. A text of no more characters
    # than MAX_LINES cannot have more lines: most are not counted.
    lines = text.count("\n") if len(text) > MAX_LINES else 0
    if lines > MAX_LINES:
        raise InputError(
            f"{lines:,} lines, more than an article has (corpuskit.text.MAX_LINES = {MAX_LINES:,})"
        )
    return make_page(text, "text", hint.id, hint.url, encoding)


class Segmented(list[Block]):
    """Blocks from corpuskit's own segmenter: correct by construction, so not re-checked."""


_new_block = tuple.__new__
"""Builds a Block from a full tuple of its fields without the Python-level ``__new__`` call."""

_OTHER_BREAKS = ("\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
_ASCII_BREAKS = ("\x0b", "\x0c")
"""The line breaks of :data:`_OTHER_BREAKS` that are ASCII and not control characters: all
that text :func:`check_text` found free of control characters, and ASCII, may hold."""
_ODD_ASCII = tuple(chr(c) for c in (*range(10), 11, 12, *range(14, 32), 127))
"""ASCII characters other than a space or a line break that normalising changes in a line:
white space (tabs...) becomes a space and control characters go."""
_ODD_SPACES = tuple(ch for ch in _ODD_ASCII if ch not in _CONTROL_CHARS)
"""What :data:`_ODD_ASCII` holds besides the control characters :func:`check_text` looks for."""

_no_controls: str | None = None
"""The last text :func:`check_text` read whole and found free of control characters.

Every text page is checked by the reader and then segmented: :func:`_plain` recognises the
text by identity and looks only for the three odd spaces, not for thirty characters again.
A text that did not come through :func:`check_text` (another reader) is scanned in full.
"""


def _plain(text: str) -> bool:
    """True for an ASCII page no line of which changes on normalising but for double spaces.

    ``str.isascii`` is a flag on the string, and a single-character search in ASCII text runs
    at ``memchr`` speed, so a few scans of the page replace ``str.isprintable`` on every line
    (a Unicode database look-up per character). Other text (where such searches are plain C
    loops) keeps the per-line test.
    """
    if not text.isascii():
        return False
    return not _holds_any(text, _ODD_SPACES if text is _no_controls else _ODD_ASCII)


def _other_breaks(text: str) -> tuple[str, ...]:
    """The breaks of :data:`_OTHER_BREAKS` ``text`` may hold: an ASCII text holds none past
    ``\\x7f``, and a text :func:`check_text` read whole holds no control character."""
    if text is _no_controls and text.isascii():
        return _ASCII_BREAKS
    return _OTHER_BREAKS


def segment_lines(text: str) -> Segmented:
    """Every non-blank line becomes a block; blank lines start a new paragraph number.

    CRLF, CR and LF end a line (and nothing else: a form feed or U+2028 is white space inside
    a line). White space around a line stays outside its block, so
    ``text[b.start:b.end] == b.text`` and everything between blocks is white space.
    """
    if _holds_any(text, _other_breaks(text)):
        return _blocks(text, _LINE.findall(text), 0)
    if "\r" in text:
        return _blocks(text, text.splitlines(keepends=True), 0)
    # Nearly every page: ``split`` at ``memchr`` speed instead of ``splitlines`` (which tests
    # every character for a dozen line ends), and no line end left on the lines to strip.
    return _blocks(text, text.split("\n"), 1)


def _blocks(text: str, lines: list[str], ending: int) -> Segmented:
    """The blocks of ``text`` cut into ``lines``, each followed by ``ending`` characters that
    are not in it (0 when every line keeps its own line end)."""
    plain = _plain(text)
    # On a plain page without a double space every line is its own normalised form.
    simple = plain and "  " not in text
    blocks = Segmented()
    append = blocks.append
    para = 0
    position = 0
    blank = False
    count = 0
    for line in lines:
        # An empty line (between paragraphs, most blank lines) is told without a call.
        stripped = line.strip() if line else line
        if stripped:
            if blank:  # only ever set after a block
                para += 1
                blank = False
            # strip() gives the line itself when there is no space to take off its ends.
            start = position if stripped is line else position + line.find(stripped[0])
            if simple or ((plain or stripped.isprintable()) and "  " not in stripped):
                norm = stripped
            else:
                norm = normalize_space(stripped)
            # Every field, in order (structure last): the same Block as Block(...), built faster.
            append(
                _new_block(Block, (count, start, start + len(stripped), stripped, para, norm, None))
            )
            count += 1
        elif count:
            blank = True
        position += len(line) + ending
    return blocks
