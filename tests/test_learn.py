"""Learning a run's own furniture per site (``corpuskit parse --learn``).

The corpus is invented (:func:`corpuskit.testing.corpora.site_corpus`): sites that print their
own menu, a prose-shaped club pitch, a "more from" line and a footer, each worded their own
way, so that no installed rule knows them. Learning must strip what a site prints on most of
its pages, keep every article paragraph, leave small sites and sites a plugin already knows
alone, and give the same bytes for any number of jobs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from corpuskit.cli import main
from corpuskit.learn import PLUGIN, HostRules, learn_rules
from corpuskit.pipeline import Parser
from corpuskit.plugins import create_manager
from corpuskit.testing.corpora import article, site_corpus, write_jsonl


def crawl(tmp: Path, sites: int, pages: int, seed: int = 7) -> tuple[Path, list[dict[str, Any]]]:
    records = list(site_corpus(sites, pages, seed=seed))
    path = tmp / "crawl.jsonl"
    write_jsonl(path, ({k: v for k, v in r.items() if k != "body"} for r in records))
    return path, records


def parse(*args: str) -> tuple[list[dict[str, Any]], str]:
    result = CliRunner().invoke(main, ["parse", *args, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()], result.stderr


def pitch(record: dict[str, Any]) -> str:
    text: str = record["text"]
    return next(line for line in text.splitlines() if " meets every " in line)


def test_a_sites_own_furniture_is_learnt_and_every_paragraph_kept(tmp_path: Path) -> None:
    path, records = crawl(tmp_path, sites=3, pages=10)
    plain, _ = parse(str(path))
    learnt, said = parse(str(path), "--learn", str(tmp_path / "rules"))
    assert "learnt" in said
    assert "3 of 3 sites" in said
    assert len(list((tmp_path / "rules").glob("*.toml"))) == 3
    for record, before, after in zip(records, plain, learnt, strict=True):
        body = "\n".join(after["paragraphs"])
        for paragraph in record["body"].splitlines():
            assert paragraph in body  # nothing of the article is lost
        assert pitch(record) in "\n".join(before["paragraphs"])  # unknown to installed rules
        assert pitch(record) not in body
        removed = {(item["text"], item["plugin"]) for item in after["removed"]}
        assert (pitch(record), PLUGIN) in removed
        assert after["source"].startswith("learned-")


def test_a_site_with_too_few_pages_teaches_nothing(tmp_path: Path) -> None:
    path, _records = crawl(tmp_path, sites=2, pages=5)
    learning = learn_rules([str(path)], tmp_path / "rules")
    assert learning.documents == 10
    assert learning.hosts == 2
    assert learning.files == ()
    assert learning.rules == 0


def test_a_site_an_installed_plugin_knows_is_left_to_it(tmp_path: Path) -> None:
    import random

    rng = random.Random(3)
    known = [
        {"id": f"toi-{n}", "url": f"https://www.timesofisrael.com/a-{n}/", "text": article(rng)}
        for n in range(12)
    ]
    path = tmp_path / "known.jsonl"
    write_jsonl(path, known)
    learning = learn_rules([str(path)], tmp_path / "rules")
    assert learning.claimed == ("timesofisrael.com",)
    assert learning.files == ()


def test_learning_gives_the_same_bytes_for_any_number_of_jobs(tmp_path: Path) -> None:
    path, _ = crawl(tmp_path, sites=2, pages=9)
    one = CliRunner().invoke(main, ["parse", str(path), "--learn", str(tmp_path / "a")])
    two = CliRunner().invoke(
        main, ["parse", str(path), "--learn", str(tmp_path / "b"), "--jobs", "2"]
    )
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout


def test_learning_needs_inputs_it_can_read_twice(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["parse", "-", "--learn", str(tmp_path / "r")], input="x")
    assert result.exit_code == 2
    assert "--learn" in result.output


def test_an_earlier_runs_files_do_not_outlive_it(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "gone.example.toml").write_text("this is not a rules file", encoding="utf-8")
    path, _ = crawl(tmp_path, sites=1, pages=9)
    learning = learn_rules([str(path)], folder)
    assert sorted(folder.glob("*.toml")) == list(learning.files)
    assert len(learning.files) == 1


@given(seed=st.integers(0, 10_000), sites=st.integers(1, 3), pages=st.integers(8, 11))
@settings(max_examples=8, deadline=None)
def test_learnt_rules_never_remove_article_text(seed: int, sites: int, pages: int) -> None:
    """Whatever the sites and their sizes, a learnt rule takes furniture, never an article's
    paragraph: each is printed by one page only, far below any learning threshold."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path, records = crawl(Path(tmp), sites, pages, seed)
        learn_rules([str(path)], Path(tmp) / "rules")
        manager = create_manager()
        manager.add(HostRules.from_folder(Path(tmp) / "rules"), PLUGIN)
        parser = Parser(manager)
        for record in records:
            doc = parser.parse(record["text"], id=record["id"], url=record["url"])
            body = doc.body
            for paragraph in record["body"].splitlines():
                assert paragraph in body
