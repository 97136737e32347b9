"""Bytes of an HTML page to text: BOM, then the page's own declaration, then detection.

The order follows the HTML standard's encoding sniffing, minus the network: a byte order mark
wins; then a ``<meta charset>`` or ``<meta http-equiv="Content-Type">`` (or an XML declaration)
in the first 4 KB; then detection (UTF-16 by its NUL pattern, strict UTF-8, Windows-1252).
Declarations lie often, so a declared encoding is used only when the bytes decode under it;
otherwise detection decides and ``Page.encoding`` says so (``utf-8 (declared iso-8859-1)``).
As browsers do, ``iso-8859-1``/``latin1``/``ascii`` declarations mean Windows-1252.
"""

from __future__ import annotations

import codecs
import re

from corpuskit.text import decode as decode_text

_PRESCAN = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]{1,40})""", re.IGNORECASE
)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-zA-Z0-9_.\-]{1,40})""")

_WHATWG_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "windows-1252": "cp1252",
    "x-sjis": "shift_jis",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-user-defined": "cp1252",
}
_UNICODE = ("utf-16", "utf-32")


def declared_encoding(raw: bytes) -> str | None:
    """The encoding the page declares in its first 4 KB, as a Python codec name, or None."""
    head = raw[:_PRESCAN]
    found = _XML_DECL.match(head) or _META_CHARSET.search(head)
    if not found:
        return None
    label = found.group(1).decode("ascii").strip().lower()
    label = _WHATWG_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A page read as ASCII bytes cannot really be UTF-16: the standard says treat it as UTF-8.
    return "utf-8" if name.startswith(_UNICODE) else name


def decode_html(raw: bytes) -> tuple[str, str]:
    """Decode a page, returning the text and the name of the encoding used."""
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if raw.startswith(bom):
            return decode_text(raw)  # the text path handles BOMs strictly
    declared = declared_encoding(raw)
    if declared and declared != "utf-8":
        try:
            return raw.decode(declared), declared
        except UnicodeDecodeError:
            pass
    text, found = decode_text(raw)
    if declared and found != declared:
        return text, f"{found} (declared {declared})"
    return text, found
