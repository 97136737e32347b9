"""Gold files that are wrong in the ways test_evaluate.py does not try, and evaluations with
nothing to score: each must say what is wrong in words a person fixing the gold can use.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpuskit.evaluate import GoldError, canonical_date, evaluate_paths, load_gold

ARTICLE = "Lamps lit on the east pier\n\nThe east pier lamps were lit again on Friday.\n"


def _gold(tmp_path: Path, data: object, name: str = "lamps.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"a": {"articleBody": 3}}, "articleBody of 'a' must be a string"),
        ({"id": 7, "title": "x"}, "id must be a non-empty string"),
        ({"id": "", "title": "x"}, "id must be a non-empty string"),
        ({"title": "x", "removed": {"kind": "promo"}}, "removed must be a list"),
    ],
)
def test_a_bad_gold_file_names_itself_and_the_problem(
    tmp_path: Path, data: object, problem: str
) -> None:
    path = _gold(tmp_path, data)
    with pytest.raises(GoldError) as caught:
        load_gold(path)
    assert str(path) in caught.value.reason
    assert problem in caught.value.reason


def test_a_gold_path_that_does_not_exist_is_a_gold_error(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match=r"no such file or folder: .*missing"):
        load_gold(tmp_path / "missing")


def test_a_gold_file_that_cannot_be_read_is_a_gold_error(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    (folder / "looks-like.json").mkdir(parents=True)
    with pytest.raises(GoldError, match=r"cannot read .*looks-like\.json: "):
        load_gold(folder)


def test_a_date_that_is_not_iso_is_compared_as_written(tmp_path: Path) -> None:
    assert canonical_date("Friday, 3 May") == "Friday, 3 May"
    assert canonical_date("2024-05-03") == "2024-05-03"
    assert canonical_date("2024-05-03T10:00:00Z") == "2024-05-03T10:00:00+00:00"
    assert canonical_date(None) is None
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "lamps.txt").write_text(ARTICLE, encoding="utf-8")
    gold = load_gold(_gold(tmp_path, {"id": "lamps", "published": "last Friday"}))
    [result] = evaluate_paths([str(inputs)], gold).documents
    assert result.mismatches == ("published",)
    [published] = [f for f in result.fields if f.name == "published"]
    assert (published.exact, published.expected) == (False, "last Friday")


@given(st.dates())
def test_a_date_and_its_midnight_in_utc_keep_their_iso_form(day: dt.date) -> None:
    iso = day.isoformat()
    assert canonical_date(iso) == iso
    assert canonical_date(f"{iso}T00:00:00Z") == f"{iso}T00:00:00+00:00"


def test_gold_without_a_body_scores_no_body_and_min_f1_says_so(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "lamps.txt").write_text(ARTICLE, encoding="utf-8")
    gold = load_gold(_gold(tmp_path, {"id": "lamps", "title": "Lamps lit on the east pier"}))
    evaluation = evaluate_paths([str(inputs)], gold)
    [result] = evaluation.documents
    assert result.exact
    assert result.body_f1 is None
    assert (result.false_chars, result.false_share) == (None, None)
    data = result.to_dict()
    assert (data["body"], data["removed"], data["false_removals"]) == (None, None, None)
    assert evaluation.problems(min_f1=0.5) == ["no body was scored (--min-f1 0.5)"]
    assert evaluation.problems(require_exact=True) == []


def test_gold_may_name_the_source_as_the_document_does(tmp_path: Path) -> None:
    gold = load_gold(_gold(tmp_path, {"id": "a", "source": "pier.example", "title": "t"}))
    assert gold.documents["a"].fields["site"] == "pier.example"
    same = load_gold(_gold(tmp_path, {"id": "a", "source": "p.example", "site": "p.example"}))
    assert same.documents["a"].fields["site"] == "p.example"
    with pytest.raises(GoldError, match="site and source disagree"):
        load_gold(_gold(tmp_path, {"id": "a", "source": "p.example", "site": "q.example"}))
