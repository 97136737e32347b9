"""The commands besides parse: mine's table and rules file, show's errors and --open, plugins'
listing of a broken plugin, eval's --source. In process (CliRunner), so each is quick.
"""

from __future__ import annotations

import gzip
import json
import webbrowser
from pathlib import Path

import pytest
from click.testing import CliRunner

from corpuskit import cli
from corpuskit.cli import main
from corpuskit.plugins import PluginInfo
from corpuskit.rules import load_rules

ARTICLE = (
    "Lamps lit on the east pier\n\nThe east pier lamps were lit again on Friday evening, "
    "after a winter of repairs paid for by the harbour trust.\n"
)
FOOTER = "Read the Pier Gazette every morning at sunrise"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def site(tmp_path: Path) -> Path:
    folder = tmp_path / "gazette"
    folder.mkdir()
    for n, word in enumerate(("lamps", "ferry", "market", "school", "bridge")):
        body = f"The {word} story, written up in full by the reporter who covered the {word}."
        (folder / f"{n}.txt").write_text(f"All about the {word}\n\n{body}\n\n{FOOTER}\n")
    return folder


def test_mine_prints_a_table_of_candidates_and_writes_a_valid_rules_file(
    site: Path, tmp_path: Path
) -> None:
    rules = tmp_path / "gazette.toml"
    code, out, err = run("mine", str(site), "--write-rules", str(rules), "--name", "gazette")
    assert code == 0, err
    assert "5 documents of gazette" in err
    assert f"corpuskit: 1 rules written to {rules}" in err
    [row] = out.splitlines()
    share, kind, pattern = row.split(maxsplit=2)
    assert (share, pattern) == ("100.0%", FOOTER)
    layout = load_rules(rules)
    assert layout.name == "gazette"
    assert [r.kind for r in layout.rules] == [kind]


def test_mine_with_nothing_to_read_fails(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = run("mine", str(empty), "--format", "json")
    assert code == 1
    assert json.loads(out)["documents"] == 0
    assert "corpuskit: mine: no documents to mine" in err


def test_show_refuses_an_input_it_cannot_read(tmp_path: Path) -> None:
    broken = tmp_path / "page.txt.gz"
    broken.write_bytes(gzip.compress(ARTICLE.encode())[:20])
    code, _, err = run("show", str(broken))
    assert code == 2
    assert "Error: page: broken gzip data: " in err


def test_show_refuses_an_unknown_source(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run("show", str(page), "--source", "no-such-site.invalid")
    assert code == 2
    assert "--source" in err


def test_show_open_writes_a_temporary_page_and_opens_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", opened.append)
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run("show", str(page), "--open")
    assert code == 0, err
    assert out == ""
    [url] = opened
    assert url.startswith("file://")
    assert url.endswith(".html")
    written = Path(url.removeprefix("file://"))
    try:
        assert written.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        assert f"corpuskit: report written to {written}" in err
    finally:
        written.unlink()


def test_show_open_with_an_output_opens_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", opened.append)
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    report = tmp_path / "report.html"
    assert run("show", str(page), "--open", "-o", str(report))[0] == 0
    assert opened == [report.resolve().as_uri()]


def test_plugins_shows_why_a_plugin_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = PluginInfo("gazette", "failed", error="ImportError: no module named gazette_site")
    monkeypatch.setattr(cli, "list_plugins", lambda manager: [broken])
    code, out, _ = run("plugins")
    assert code == 0
    assert out.splitlines() == [
        "gazette [failed]",
        "  error: ImportError: no module named gazette_site",
    ]


def test_eval_checks_and_uses_its_source(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "lamps.txt").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "lamps.json").write_text(
        json.dumps({"id": "lamps", "site": "timesofisrael.com"}), encoding="utf-8"
    )
    code, _, err = run("eval", str(inputs), "--gold", str(gold), "--source", "nowhere.invalid")
    assert code == 2
    assert "--source" in err
    code, _, err = run("eval", str(inputs), "--gold", str(gold), "--require-exact")
    assert code == 1, err  # parsed without a source: the site differs
    code, out, err = run(
        "eval", str(inputs), "--gold", str(gold), "--source", "timesofisrael",
        "--require-exact", "--format", "json",
    )  # fmt: skip
    assert code == 0, err
    [document] = json.loads(out)["documents"]
    assert (document["id"], document["exact"]) == ("lamps", True)
