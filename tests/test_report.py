"""The visual report: every span that left the body is in the page, labelled, in a browser too.

The browser test renders the page in headless Chromium (Debian's ``chromium`` package) and reads
the DOM it built; it is skipped where Chromium is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from corpuskit.pipeline import Parser, Trace
from corpuskit.report import render_report, report_file

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = (
    sorted((ROOT / "examples").glob("*.txt"))
    + sorted((ROOT / "tests" / "fixtures" / "html").glob("*.html"))[:2]
)
WITH_DEBRIS = [p for p in EXAMPLES if p.stem != "dated-brief"][:3] + [
    p for p in EXAMPLES if p.suffix == ".html"
][:1]
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
    page = render_report(trace)
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


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
@pytest.mark.parametrize("path", WITH_DEBRIS, ids=[p.name for p in WITH_DEBRIS])
def test_every_removed_span_is_labelled_in_a_real_browser(tmp_path: Path, path: Path) -> None:
    assert CHROMIUM is not None
    trace = Parser().trace(path.read_bytes(), id=path.stem, filename=str(path))
    report = tmp_path / "report.html"
    report.write_text(render_report(trace), encoding="utf-8")
    profile = tmp_path / "profile"
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        "--dump-dom",
        report.as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert trace.document.removed, "pick examples that have debris"
    check_page(result.stdout, trace)
