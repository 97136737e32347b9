"""A self-contained HTML page showing what a parse did (``corpuskit show``).

Above, the extracted fields and a legend of the kinds on the page; below, the input with what
was kept and what was not. Inline CSS only: no script, no network.

* A **text page** is shown as it is, every span that did not stay in the body wrapped in a
  ``<mark>`` carrying ``data-kind``, ``data-plugin``, ``data-start`` and ``data-end`` and a
  visible label (kind and plugin).
* An **HTML page** is shown as its visible text blocks in reading order, the way the parser saw
  it: body blocks plainly, and each removed item (or field span) as one box of its blocks,
  labelled with its kind and plugin and carrying the same ``data-`` attributes (offsets into
  the source). Its markup, which on a real page is screens of script before the first word of
  the article, is shown only when asked (``markup=True``, ``corpuskit show --markup``), as a
  text page is.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Sequence
from html import escape
from pathlib import Path

from corpuskit.errors import InputError
from corpuskit.kinds import FIELD_KINDS, KINDS
from corpuskit.model import Block, Label, Removed
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
.blocks{max-width:48em}
.blocks p{margin:.35em 0}
p.body{border-left:3px solid #4a7;padding-left:.6em}
.tag{font:10px/1 ui-monospace,monospace;color:#999;margin-right:.5em}
details.removed,div.field{border-radius:4px;margin:.5em 0;padding:.2em .6em;color:#555}
details.removed p{font-size:13px;margin:.15em 0}
div.field{outline:2px solid #4a7;background:#e6f5ea;color:inherit}
div.field p{margin:.1em 0}
summary{cursor:pointer}
summary .size,summary .preview{font-size:12px;color:#666;margin-left:.4em}
"""

_OPEN_BLOCKS = 6
"""Removed boxes of more blocks start folded (a menu of sixty links), with their size and first
words in view: a long run of prose folded as ``related`` still shows its size and its prose."""


def colour(kind: str) -> str:
    """A stable, light background colour for a kind."""
    hue = int(hashlib.sha1(kind.encode()).hexdigest()[:4], 16) % 360
    return f"hsl({hue},70%,85%)"


def render_report(trace: Trace, *, title: str | None = None, markup: bool = False) -> str:
    """The report page for one parse: fields, legend, and the input with its labelled spans.

    An HTML page is shown as its text blocks unless ``markup`` is set (see the module's note);
    a text page is always shown as it is.
    """
    document = trace.document
    name = title or document.id or "input"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>corpuskit: {escape(name)}</title><style>{_CSS}</style></head><body>",
        f"<h1>corpuskit show: {escape(name)}</h1>",
        _fields(trace),
        _legend(trace),
    ]
    if trace.page.kind == "html" and not markup:
        out.append(_blocks(trace))
    else:
        out.append(_source(trace))
    out.append("</body></html>\n")
    return "".join(out)


def _source(trace: Trace) -> str:
    """The input as it is, every span that left the body marked."""
    text = trace.page.text
    out = [f"<h2>The input ({escape(trace.page.kind)})</h2>", '<pre class="page">']
    at = 0
    for start, end, kind, plugin in trace.spans():
        if kind == "body":
            continue
        out.append(escape(text[at:start]))
        out.append(_mark(text[start:end], start, end, kind, plugin))
        at = end
    out.append(escape(text[at:]))
    out.append("</pre>")
    return "".join(out)


def block_groups(
    blocks: Sequence[Block], labels: Sequence[Label]
) -> list[tuple[Label | None, tuple[Block, ...]]]:
    """An HTML page's blocks in reading order, grouped: each accepted label other than body
    with the blocks it holds, each body block alone (``None``).

    A label holds the blocks that lie wholly inside it, as the assembler decides (the pipeline
    drops labels that cut a block in two); a label that holds no block (markup only) left no
    text and is not shown.
    """
    starts = [block.start for block in blocks]
    owner: list[Label | None] = [None] * len(blocks)
    for label in labels:
        if label.kind == "body":
            continue
        at = bisect_left(starts, label.start)
        while at < len(blocks) and blocks[at].end <= label.end:
            owner[at] = label
            at += 1
    groups: list[tuple[Label | None, tuple[Block, ...]]] = []
    index = 0
    while index < len(blocks):
        holder = owner[index]
        last = index + 1
        if holder is not None:
            while last < len(blocks) and owner[last] is holder:
                last += 1
        groups.append((holder, tuple(blocks[index:last])))
        index = last
    return groups


def _block_line(block: Block, css: str = "") -> str:
    structure = block.structure
    tag = structure.tag if structure else ""
    path = f' title="{escape(structure.path)}"' if structure else ""
    cls = f' class="{css}"' if css else ""
    return (
        f'<p{cls} data-start="{block.start}" data-end="{block.end}"{path}>'
        f'<span class="tag">{escape(tag)}</span>{escape(block.norm or block.text)}</p>'
    )


def _blocks(trace: Trace) -> str:
    """The visible text blocks in reading order: body plain, the rest in labelled boxes."""
    groups = block_groups(trace.blocks, trace.labels)
    kept = sum(1 for label, _ in groups if label is None)
    out = [
        f"<h2>The page as text blocks ({len(trace.blocks)} blocks, {kept} kept as body)</h2>",
        "<p><em>In reading order: body blocks have a green rule, everything else is in a box "
        "labelled with its kind and the plugin that labelled it (folded boxes open on a "
        "click). The grey tag is each block's element; hover for its path. "
        "<code>corpuskit show --markup</code> shows the HTML source instead.</em></p>",
        '<div class="blocks">',
    ]
    hidden = [item for item in trace.document.removed if item.kind == "hidden"]
    shown = 0
    for label, blocks in groups:
        while shown < len(hidden) and hidden[shown].start < blocks[0].start:
            out.append(_hidden_box(hidden[shown]))
            shown += 1
        if label is None:
            out.append(_block_line(blocks[0], "body"))
            continue
        kind, by = label.kind, label.plugin or "corpuskit"
        lines = "".join(_block_line(block) for block in blocks)
        attributes = (
            f'data-kind="{escape(kind)}" data-plugin="{escape(by)}" '
            f'data-start="{label.start}" data-end="{label.end}" '
        )
        badge = f'<span class="label">{escape(kind)} · {escape(by)}</span>'
        if kind in FIELD_KINDS:
            out.append(
                f'<div class="field kind-{escape(kind)}" {attributes}>{badge}'
                f'<div class="text">{lines}</div></div>'
            )
            continue
        words = sum(len((block.norm or block.text).split()) for block in blocks)
        size = f"{len(blocks)} block{'s' if len(blocks) != 1 else ''}, {words} words"
        folded = len(blocks) > _OPEN_BLOCKS
        preview = ""
        if folded:  # an open box shows its lines: the first words would say them twice
            first = blocks[0].norm or blocks[0].text
            first = first if len(first) <= 90 else first[:89] + "…"
            preview = f'<span class="preview">{escape(first)}</span>'
        out.append(
            f'<details class="removed kind-{escape(kind)}" {attributes}'
            f'style="background:{colour(kind)}"{"" if folded else " open"}><summary>{badge}'
            f'<span class="size">{size}</span>{preview}'
            f'</summary><div class="text">{lines}</div></details>'
        )
    out.extend(_hidden_box(item) for item in hidden[shown:])
    out.append("</div>")
    return "".join(out)


def _hidden_box(item: Removed) -> str:
    """What the page hides: no block, so shown folded where it sits, from the Document."""
    lines = "".join(f"<p>{escape(line)}</p>" for line in item.text.splitlines())
    words = len(item.text.split())
    return (
        f'<details class="removed kind-hidden" data-kind="hidden" data-plugin="corpuskit" '
        f'data-start="{item.start}" data-end="{item.end}" style="background:{colour("hidden")}">'
        f'<summary><span class="label">hidden · corpuskit</span>'
        f'<span class="size">hidden by the page, {words} words</span></summary>'
        f'<div class="text">{lines}</div></details>'
    )


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
    for item in trace.document.removed:
        if item.kind == "hidden":  # set aside by the segmenter: no label, no span
            counts["hidden"] = counts.get("hidden", 0) + 1
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


def report_file(
    path: str | Path, parser: Parser, *, source: str | None = None, markup: bool = False
) -> str:
    """The report page for one file, parsed with ``parser`` (``corpuskit show``)."""
    path = Path(path)
    try:
        raw = read_bytes(path)
    except InputError as exc:
        raise exc.for_document(document_id(path)) from exc.__cause__
    trace = parser.trace(raw, id=document_id(path), source=source, filename=str(path))
    return render_report(trace, title=path.name, markup=markup)


__all__ = ["block_groups", "colour", "render_report", "report_file"]
