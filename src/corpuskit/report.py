"""A self-contained HTML page showing what a parse did (``corpuskit show``).

The input is shown as text (an HTML page as its escaped source), with every span that did not
stay in the body wrapped in a ``<mark>`` carrying ``data-kind``, ``data-plugin``,
``data-start`` and ``data-end`` and a visible label (kind and plugin); above it, the extracted
fields, and a legend of the kinds on the page. Inline CSS only: no script, no network.
"""

from __future__ import annotations

import hashlib
from html import escape
from pathlib import Path

from corpuskit.errors import InputError
from corpuskit.kinds import FIELD_KINDS, KINDS
from corpuskit.pipeline import Parser, Trace, document_id, read_bytes

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
h1{font-size:1.3em}table{border-collapse:collapse;margin:.5em 0 1.5em}
td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left;vertical-align:top}
pre.page{white-space:pre-wrap;word-wrap:break-word;font:13px/1.6 ui-monospace,monospace;
background:#fafafa;border:1px solid #ddd;padding:1em}
mark{border-radius:3px;padding:0 .15em;color:inherit}
mark.field{outline:2px solid #4a7;background:#e6f5ea}
.label{font:bold 10px/1 system-ui,sans-serif;vertical-align:super;margin-right:.3em;
padding:1px 3px;border-radius:2px;color:#fff;background:#555}
.legend span.swatch{display:inline-block;width:1em;height:1em;border-radius:2px;
vertical-align:middle;margin-right:.3em}
"""


def colour(kind: str) -> str:
    """A stable, light background colour for a kind."""
    hue = int(hashlib.sha1(kind.encode()).hexdigest()[:4], 16) % 360
    return f"hsl({hue},70%,85%)"


def render_report(trace: Trace, *, title: str | None = None) -> str:
    """The report page for one parse: the input with its labelled spans, fields and legend."""
    document = trace.document
    text = trace.page.text
    name = title or document.id or "input"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>corpuskit: {escape(name)}</title><style>{_CSS}</style></head><body>",
        f"<h1>corpuskit show: {escape(name)}</h1>",
        _fields(trace),
        _legend(trace),
        f"<h2>The input ({escape(trace.page.kind)})</h2>",
        '<pre class="page">',
    ]
    at = 0
    for start, end, kind, plugin in trace.spans():
        if kind == "body":
            continue
        out.append(escape(text[at:start]))
        out.append(_mark(text[start:end], start, end, kind, plugin))
        at = end
    out.append(escape(text[at:]))
    out.append("</pre></body></html>\n")
    return "".join(out)


def _mark(text: str, start: int, end: int, kind: str, plugin: str | None) -> str:
    role = "field" if kind in FIELD_KINDS else "removed"
    by = plugin or "corpuskit"
    return (
        f'<mark class="{role} kind-{escape(kind)}" data-kind="{escape(kind)}" '
        f'data-plugin="{escape(by)}" data-start="{start}" data-end="{end}" '
        f'style="background:{colour(kind)}" title="{escape(kind)} ({escape(by)})">'
        f'<span class="label">{escape(kind)} · {escape(by)}</span>'
        f'<span class="text">{escape(text)}</span></mark>'
    )


def _fields(trace: Trace) -> str:
    document = trace.document
    ident = trace.identification
    rows = [
        ("source", document.source),
        ("identified by", document.meta.get("identified_by")),
        ("plugin", ident.plugin if ident else None),
        ("title", document.title),
        ("subtitle", document.subtitle),
        ("authors", ", ".join(document.authors) or None),
        ("published", document.published.isoformat() if document.published else None),
        ("paragraphs", str(len(document.paragraphs))),
        ("removed", str(len(document.removed))),
    ]
    cells = "".join(
        f'<tr><th>{escape(k)}</th><td class="field-{escape(k.replace(" ", "-"))}">'
        f"{escape(v) if v else '<em>none</em>'}</td></tr>"
        for k, v in rows
    )
    return f'<h2>Extracted</h2><table class="fields">{cells}</table>'


def _legend(trace: Trace) -> str:
    counts: dict[str, int] = {}
    for _, _, kind, _ in trace.spans():
        if kind != "body":
            counts[kind] = counts.get(kind, 0) + 1
    rows = "".join(
        f'<tr data-kind="{escape(kind)}"><td><span class="swatch" '
        f'style="background:{colour(kind)}"></span>{escape(kind)}</td><td>{count}</td>'
        f"<td>{'field' if kind in FIELD_KINDS else 'removed'}: "
        f"{escape(KINDS.get(kind, 'a kind a plugin coined'))}</td></tr>"
        for kind, count in sorted(counts.items())
    )
    if not rows:
        rows = '<tr><td colspan="3"><em>nothing was removed</em></td></tr>'
    return (
        '<h2>Legend</h2><table class="legend"><tr><th>kind</th><th>spans</th>'
        f"<th>meaning</th></tr>{rows}</table>"
    )


def report_file(path: str | Path, parser: Parser, *, source: str | None = None) -> str:
    """The report page for one file, parsed with ``parser`` (``corpuskit show``)."""
    path = Path(path)
    try:
        raw = read_bytes(path)
    except InputError as exc:
        raise exc.for_document(document_id(path)) from exc.__cause__
    trace = parser.trace(raw, id=document_id(path), source=source, filename=str(path))
    return render_report(trace, title=path.name)


__all__ = ["colour", "render_report", "report_file"]
