"""The visual report: every span that left the body is in the page, labelled, in a browser too.

Text pages (and HTML pages with ``markup=True``) show the input with marked spans; HTML pages
show their text blocks in reading order, each removed item one labelled box. The browser tests
render the page in headless Chromium (Debian's ``chromium`` package) and read the DOM it built;
they are skipped where Chromium is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from corpuskit.kinds import FIELD_KINDS
from corpuskit.pipeline import Parser, Trace
from corpuskit.report import block_groups, render_report, report_file

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = (
    sorted((ROOT / "examples").glob("*.txt"))
    + sorted((ROOT / "tests" / "fixtures" / "html").glob("*.html"))[:2]
)
WITH_DEBRIS = [p for p in EXAMPLES if p.stem != "dated-brief"][:3] + [
    p for p in EXAMPLES if p.suffix == ".html"
][:1]
HTML_PAGES = [p for p in EXAMPLES if p.suffix == ".html"]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class Marks(HTMLParser):
    """The page's <mark> elements: their attributes, label and text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict[str, str]] = []
        self.legend: set[str] = set()
        self._into: str | None = None
        self._in_mark = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "mark":
            self.marks.append({**values, "label": "", "text": ""})
            self._in_mark = True
        elif tag == "span" and self._in_mark and values.get("class") in ("label", "text"):
            self._into = values["class"]
        elif tag == "tr" and "data-kind" in values:
            self.legend.add(values["data-kind"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            self._into = None
        elif tag == "mark":
            self._in_mark = False

    def handle_data(self, data: str) -> None:
        if self._into and self.marks:
            self.marks[-1][self._into] += data


def marks_of(html: str) -> Marks:
    found = Marks()
    found.feed(html)
    return found


class Boxes(HTMLParser):
    """The block view of an HTML page: body lines and labelled boxes, in page order.

    ``order`` lists what the view shows, ``("body", text)`` for a kept block and
    ``(kind, plugin, start, end)`` for a box, whose label and lines are in ``boxes``.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.order: list[tuple[str, ...]] = []
        self.boxes: list[dict[str, Any]] = []
        self.legend: set[str] = set()
        self._depth = 0  # elements open inside the current box
        self._line: list[str] | None = None
        self._skip = False
        self._label = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "tr" and "data-kind" in values:
            self.legend.add(values["data-kind"])
        if self._depth:
            self._depth += 1
        elif tag in ("details", "div") and "data-kind" in values:
            self.boxes.append({**values, "label": "", "lines": []})
            self.order.append(
                (
                    values["data-kind"],
                    values["data-plugin"],
                    values["data-start"],
                    values["data-end"],
                )
            )
            self._depth = 1
            return
        if tag == "p" and (self._depth or "body" in values.get("class", "").split()):
            self._line = []
        elif tag == "span" and values.get("class") == "tag":
            self._skip = True
        elif tag == "span" and values.get("class") == "label" and self._depth:
            self._label = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            self._skip = self._label = False
        elif tag == "p" and self._line is not None:
            line = "".join(self._line)
            if self._depth:
                self.boxes[-1]["lines"].append(line)
            else:
                self.order.append(("body", line))
            self._line = None
        if self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._label:
            self.boxes[-1]["label"] += data
        elif self._line is not None and not self._skip:
            self._line.append(data)


def check_blocks(html: str, trace: Trace) -> Boxes:
    """The block view shows every block once, in order, and every removed item as one box
    labelled with its kind and plugin whose lines are the item's text."""
    found = Boxes()
    found.feed(html)
    shown: list[str] = []
    for entry in found.order:
        if entry[0] == "body":
            shown.append(entry[1])
    for each in found.boxes:
        shown.extend(each["lines"])
    # every block, and nothing else (order is checked per group below)
    assert sorted(shown) == sorted(b.norm or b.text for b in trace.blocks)
    boxes = {(int(b["data-start"]), int(b["data-end"])): b for b in found.boxes}
    for item in trace.document.removed:
        box = boxes.get((item.start, item.end))
        assert box is not None, f"removed {item.kind} [{item.start}:{item.end}] not shown"
        assert box["data-kind"] == item.kind
        assert box["data-plugin"] == (item.plugin or "corpuskit")
        assert box["label"] == f"{item.kind} · {item.plugin or 'corpuskit'}"
        assert "\n".join(box["lines"]) == item.text
        assert item.kind in found.legend
    # reading order: the view walks the groups of block_groups one by one
    expected: list[tuple[str, ...]] = []
    for label, blocks in block_groups(trace.blocks, trace.labels):
        if label is None:
            expected.append(("body", blocks[0].norm or blocks[0].text))
        else:
            by = label.plugin or "corpuskit"
            expected.append((label.kind, by, str(label.start), str(label.end)))
    assert found.order == expected
    kept = [line for kind, *rest in found.order if kind == "body" for line in rest]
    assert kept == list(trace.document.paragraphs)
    return found


def check_page(html: str, trace: Trace) -> None:
    """Every removed span (and field span) is a labelled mark holding exactly its text."""
    found = marks_of(html)
    text = trace.page.text
    by_span = {(int(m["data-start"]), int(m["data-end"])): m for m in found.marks}
    for item in trace.document.removed:
        mark = by_span.get((item.start, item.end))
        assert mark is not None, f"removed {item.kind} [{item.start}:{item.end}] not in the page"
        assert mark["data-kind"] == item.kind
        assert mark["data-plugin"] == (item.plugin or "corpuskit")
        assert mark["label"] == f"{item.kind} · {item.plugin or 'corpuskit'}"
        assert mark["text"] == text[item.start : item.end]
        assert item.kind in found.legend
    spans = [s for s in trace.spans() if s[2] != "body"]
    assert len(found.marks) == len(spans)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_the_report_marks_every_removed_span(path: Path) -> None:
    trace = Parser().trace(path.read_bytes(), id=path.stem, filename=str(path))
    page = render_report(trace, markup=True)
    check_page(page, trace)
    assert "<script" not in page
    assert "http://" not in page.split("<pre", 1)[0]
    if trace.document.title:
        assert trace.document.title.replace("&", "&amp;").split("<")[0][:20] in page


def test_report_file_shows_the_fields(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("A headline here\n\nBy Ada Moreau\n\nBody text.\n", encoding="utf-8")
    page = report_file(path, Parser())
    assert "<h1>corpuskit show: a.txt</h1>" in page
    assert "Ada Moreau" in page


def _chromium(tmp_path: Path) -> list[str]:
    """Headless Chromium dumping the DOM it built, with a profile of its own."""
    assert CHROMIUM is not None
    return [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--dump-dom",
    ]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
@pytest.mark.parametrize("path", WITH_DEBRIS, ids=[p.name for p in WITH_DEBRIS])
def test_every_removed_span_is_labelled_in_a_real_browser(tmp_path: Path, path: Path) -> None:
    assert CHROMIUM is not None
    trace = Parser().trace(path.read_bytes(), id=path.stem, filename=str(path))
    report = tmp_path / "report.html"
    report.write_text(render_report(trace, markup=True), encoding="utf-8")
    command = [*_chromium(tmp_path), report.as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert trace.document.removed, "pick examples that have debris"
    check_page(result.stdout, trace)


@pytest.mark.parametrize("path", HTML_PAGES, ids=[p.name for p in HTML_PAGES])
def test_an_html_page_is_shown_as_its_text_blocks(path: Path) -> None:
    trace = Parser().trace(path.read_bytes(), id=path.stem, filename=str(path))
    page = render_report(trace)
    found = check_blocks(page, trace)
    assert "<pre" not in page  # no source
    assert "&lt;script" not in page
    assert "&lt;div" not in page
    assert any(kind == "body" for kind, *_ in found.order)
    assert {box["data-kind"] for box in found.boxes} >= {r.kind for r in trace.document.removed}


def test_the_block_view_leaves_markup_out_and_keeps_reading_order() -> None:
    """The harbour fixture opens with JSON-LD, a style sheet and a script: none of it shows,
    and the first thing after the legend is the page's first visible text, its skip link."""
    path = ROOT / "tests" / "fixtures" / "html" / "harbour_article.html"
    trace = Parser().trace(path.read_bytes(), id=path.stem)
    page = render_report(trace)
    view = page.split("The page as text blocks", 1)[1]
    assert "dataLayer" not in view
    assert "not text" not in view
    assert "dataLayer" in render_report(trace, markup=True)
    found = check_blocks(page, trace)
    first = found.boxes[0]
    assert first["lines"][0] == "Skip to content"
    headline = next(box for box in found.boxes if box["data-kind"] == "title")
    assert headline["lines"] == [trace.document.title]
    assert FIELD_KINDS  # field boxes are divs, removed boxes details (folded when long)


def test_long_removed_boxes_start_folded() -> None:
    """A box of many blocks (a menu) is folded with its size in view; a short one is open."""
    items = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(12))
    paragraphs = "".join(
        f"<p>Paragraph {i} of an invented story about a lighthouse keeper who counts the "
        f"ships passing the point each night and writes their names in a book.</p>"
        for i in range(6)
    )
    html = (
        "<html><head><title>Keeper</title></head><body>"
        f"<nav class='menu'><ul>{items}</ul></nav>"
        f"<article><h1>The keeper</h1>{paragraphs}</article>"
        "<footer class='footer'><p>Copyright the Point Gazette</p></footer></body></html>"
    )
    trace = Parser().trace(html, id="keeper")
    page = render_report(trace)
    check_blocks(page, trace)
    menu = page.split('<details class="removed kind-navigation"', 1)[1].split(">", 1)[0]
    assert menu.endswith('"')  # no "open"
    assert "12 blocks, 24 words" in page
    assert '<span class="preview">Section 0</span>' in page  # the folded menu's first words
    footer = page.split('<details class="removed kind-footer"', 1)[1].split(">", 1)[0]
    assert footer.endswith(" open")
    assert page.count('<span class="preview">') == 1  # an open box shows its lines instead


def test_text_pages_look_the_same_with_or_without_markup() -> None:
    path = next(p for p in EXAMPLES if p.suffix == ".txt")
    trace = Parser().trace(path.read_bytes(), id=path.stem)
    assert render_report(trace) == render_report(trace, markup=True)
    assert '<pre class="page">' in render_report(trace)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_the_block_view_in_a_real_browser(tmp_path: Path) -> None:
    assert CHROMIUM is not None
    path = HTML_PAGES[0]
    trace = Parser().trace(path.read_bytes(), id=path.stem, filename=str(path))
    report = tmp_path / "report.html"
    report.write_text(render_report(trace), encoding="utf-8")
    result = subprocess.run(
        [*_chromium(tmp_path), report.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert trace.document.removed, "pick a page that has debris"
    check_blocks(result.stdout, trace)
