"""The command line: parse a batch, keep going past bad inputs, list plugins."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpuskit import Document, __version__
from corpuskit.cli import main

GOOD = "A headline about the harbour\n\nThe harbour reopened on Tuesday.\n\nBoats came back.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "b.txt").write_text(GOOD, encoding="utf-8")
    (root / "a.txt").write_text("Only a paragraph of body text.\n", encoding="utf-8")
    (root / "sub" / "c.txt.gz").write_bytes(gzip.compress(GOOD.encode()))
    (root / ".hidden.txt").write_text("skipped", encoding="utf-8")
    return root


def run(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0
    assert __version__ in out


def test_parse_a_folder_in_sorted_order(corpus: Path) -> None:
    code, out, err = run("parse", str(corpus))
    assert code == 0, err
    docs = [Document.from_json(line) for line in out.splitlines()]
    assert [d.id for d in docs] == ["a", "b", "c"]
    assert docs[1].title == "A headline about the harbour"
    assert docs[2].paragraphs == docs[1].paragraphs
    assert "3 parsed, 0 failed" in err


def test_output_is_deterministic(corpus: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run("parse", str(corpus), "-o", str(first))[0] == 0
    assert run("parse", str(corpus), "-o", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()
    for line in first.read_bytes().splitlines():
        data = json.loads(line)
        assert Document.from_dict(data).to_dict() == data


def test_json_and_text_formats(corpus: Path) -> None:
    code, out, _ = run("parse", str(corpus / "b.txt"), str(corpus / "a.txt"), "--format", "json")
    assert code == 0
    assert [d["id"] for d in json.loads(out)] == ["b", "a"]
    code, out, _ = run("parse", str(corpus / "b.txt"), str(corpus / "a.txt"), "--format", "text")
    assert out == (
        "A headline about the harbour\n\nThe harbour reopened on Tuesday.\n\nBoats came back.\n"
        "\x0c\nOnly a paragraph of body text.\n"
    )


def test_stdin(corpus: Path) -> None:
    code, out, _ = run("parse", "-", input=GOOD.encode())
    assert code == 0
    assert Document.from_json(out).id == "stdin"


def test_bad_inputs_become_error_records_and_the_batch_goes_on(
    corpus: Path, tmp_path: Path
) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "junk.bin").write_bytes(bytes(range(256)) * 4)
    (corpus / "broken.gz").write_bytes(gzip.compress(GOOD.encode())[:-10])
    errors = tmp_path / "errors.jsonl"
    code, out, err = run(
        "parse", str(corpus), str(tmp_path / "missing.txt"), "--errors", str(errors)
    )
    assert code == 1
    assert len(out.splitlines()) == 3
    records = [json.loads(line) for line in errors.read_text().splitlines()]
    reasons = {Path(r["input"]).name: r["reason"] for r in records}
    assert set(reasons) == {"empty.txt", "junk.bin", "broken.gz", "missing.txt"}
    assert reasons["empty.txt"] == "empty input"
    assert "binary" in reasons["junk.bin"]
    assert "gzip" in reasons["broken.gz"]
    assert reasons["missing.txt"] == "no such file or folder"
    assert {r["id"] for r in records} == {"empty", "junk.bin", "broken", "missing"}
    assert "3 parsed, 4 failed" in err
    assert "Traceback" not in err


def test_without_an_errors_file_each_failure_is_on_stderr(corpus: Path) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    code, _, err = run("parse", str(corpus))
    assert code == 1
    assert f"corpuskit: error: {corpus / 'empty.txt'}: empty input" in err


def test_source_option_is_validated() -> None:
    code, _, err = run("parse", "-", "--source", "nowhere.example", input=b"x\n")
    assert code == 2
    assert "unknown source 'nowhere.example'" in err


def test_plugins_json_lists_builtins() -> None:
    code, out, _ = run("plugins", "--format", "json")
    assert code == 0
    plugins = {p["name"]: p for p in json.loads(out)}
    assert plugins["generic"]["distribution"] == "corpuskit"
    assert plugins["generic"]["status"] == "loaded"
    assert set(plugins["generic"]) == {
        "name",
        "status",
        "version",
        "distribution",
        "module",
        "hooks",
        "sources",
        "error",
    }


def test_plugins_table() -> None:
    code, out, _ = run("plugins")
    assert code == 0
    assert "generic" in out
    assert "hooks: corpuskit_label" in out


def test_python_dash_m_is_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "corpuskit", "--version"], capture_output=True, text=True, check=True
    )
    assert __version__ in result.stdout


def test_html_pages_in_a_folder_are_read_as_html(tmp_path: Path) -> None:
    """Detection is by content: .html, .htm.gz and an extension-less page all go the HTML way."""
    page = (
        "<!doctype html><html><head><title>Ferry timetable | Courier</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        "<h1>Ferry timetable changes</h1>"
        "<p>The harbour council voted on Tuesday to restore night crossings, officials said.</p>"
        "<p>Ferries will run every two hours, the operator confirmed in a statement.</p>"
        "</article></body></html>"
    )
    root = tmp_path / "pages"
    root.mkdir()
    (root / "a.html").write_text(page, encoding="utf-8")
    (root / "b.htm.gz").write_bytes(gzip.compress(page.encode("utf-8")))
    (root / "c").write_text(page, encoding="utf-8")
    code, out, err = run("parse", str(root))
    assert code == 0, err
    docs = [Document.from_json(line) for line in out.splitlines()]
    assert [d.id for d in docs] == ["a", "b", "c"]
    for doc in docs:
        assert doc.meta["input"] == "html"
        assert doc.title == "Ferry timetable changes"
        assert doc.paragraphs[0].startswith("The harbour council voted")
        assert "Home" not in " ".join(doc.paragraphs)


# -- rules files, mining and the report (issue 7) ---------------------------------------------

RULES_DIR = Path(__file__).resolve().parent / "fixtures" / "rules"
LEDGER_PAGE = (
    "Harbour works begin\n\nBy Ada Moreau | March 3, 2021\n"
    "Share this story: Facebook | X | Email\n\nThe works start on Monday, officials said.\n\n"
    "© 2021 Lakeside Ledger. All rights reserved.\n"
    "About us | Contact | Advertise with the Ledger\n"
)


def test_parse_rules_loads_a_rules_file_as_a_source(tmp_path: Path) -> None:
    page = tmp_path / "ledger.txt"
    page.write_text(LEDGER_PAGE, encoding="utf-8")
    rules = str(RULES_DIR / "lakesideledger.toml")
    code, out, err = run("parse", str(page), "--rules", rules, "--source", "lakesideledger")
    assert code == 0, err
    doc = Document.from_json(out.splitlines()[0])
    assert doc.source == "lakesideledger.example"
    assert doc.paragraphs == ("The works start on Monday, officials said.",)
    assert [r.kind for r in doc.removed] == ["share", "copyright", "footer"]


def test_parse_rules_reports_an_invalid_file_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[source]\nname = "b.example"\n\n[[rules]]\nkind = "nope"\nlines = ["x"]\n')
    code, _, err = run("parse", str(bad), "--rules", str(bad))
    assert code == 2
    assert f"{bad}:5: unknown kind 'nope'" in err


def test_mine_writes_rules_that_parse_reads(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    words = ("harbour", "market", "bridge", "school", "ferry", "library")
    for n, word in enumerate(words):
        body = f"The {word} story, told in full by the reporter who covered the {word}."
        (folder / f"{n}.txt").write_text(
            f"All about the {word}\n\n{body}\n\nFollow the Ledger on the radio every day\n"
        )
    rules = tmp_path / "mined.toml"
    code, out, err = run("mine", str(folder), "--format", "json", "--write-rules", str(rules))
    assert code == 0, err
    mined = json.loads(out)
    assert mined["documents"] == 6
    assert [c["pattern"] for c in mined["candidates"]] == [
        "Follow the Ledger on the radio every day"
    ]
    code, out, err = run("parse", str(folder), "--rules", str(rules), "--source", "site")
    assert code == 0, err
    for line in out.splitlines():
        assert "Follow the Ledger" not in " ".join(Document.from_json(line).paragraphs)


def test_show_writes_a_self_contained_report(tmp_path: Path) -> None:
    page = tmp_path / "ledger.txt"
    page.write_text(LEDGER_PAGE, encoding="utf-8")
    report = tmp_path / "report.html"
    rules = str(RULES_DIR / "lakesideledger.toml")
    code, _, err = run("show", str(page), "--rules", rules, "-o", str(report))
    assert code == 0, err
    html = report.read_text(encoding="utf-8")
    assert 'data-kind="copyright" data-plugin="lakesideledger"' in html
    assert "<script" not in html
    code, out, _ = run("show", str(page))
    assert code == 0
    assert out.startswith("<!DOCTYPE html>")


def test_show_an_html_page_as_text_blocks_or_markup(tmp_path: Path) -> None:
    page = tmp_path / "notice.html"
    page.write_text(
        "<html><head><script>var tracker = 1;</script></head><body>"
        "<nav class='menu'><a href='/'>Home</a> <a href='/a'>Archive</a></nav>"
        "<article><h1>Bridge closes for repairs</h1><p>The old bridge over the canal closes "
        "on Monday for six weeks of repairs, the works office said, and a ferry will run in "
        "its place every twenty minutes.</p></article></body></html>",
        encoding="utf-8",
    )
    code, out, err = run("show", str(page))
    assert code == 0, err
    assert "The page as text blocks" in out
    assert '<details class="removed kind-navigation"' in out
    assert "tracker" not in out
    code, out, err = run("show", str(page), "--markup")
    assert code == 0, err
    assert "The page as text blocks" not in out
    assert "var tracker = 1;" in out


def test_show_puts_what_the_page_hides_where_it_sits(tmp_path: Path) -> None:
    prose = "The old bridge over the canal closes on Monday for six weeks of repairs."
    page = tmp_path / "notice.html"
    page.write_text(
        f"<html><body><article><h1>Bridge closes</h1><p>{prose}</p>"
        "<div hidden><p>Sign in to keep reading</p></div>"
        f"<p>{prose.replace('Monday', 'Friday')}</p></article></body></html>",
        encoding="utf-8",
    )
    code, out, err = run("show", str(page))
    assert code == 0, err
    box = out.index('<details class="removed kind-hidden"')
    assert out.index("closes on Monday") < box < out.index("closes on Friday")
    assert "Sign in to keep reading" in out[box:]
    assert '<tr data-kind="hidden">' in out
