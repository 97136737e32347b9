"""The integration pages' examples run as written: streaming, datatrove and huggingface."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"
PAGES = {"streaming.md": None, "datatrove.md": "datatrove", "huggingface.md": "datasets"}


def _python_blocks(page: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", page, flags=re.S | re.M)


@pytest.mark.parametrize(("name", "needs"), PAGES.items())
def test_the_page_example_runs(
    name: str, needs: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not (DOCS / name).exists():
        pytest.skip("docs/ not present")
    if needs is not None and importlib.util.find_spec(needs) is None:
        pytest.skip(f"{needs} not installed")
    blocks = _python_blocks((DOCS / name).read_text(encoding="utf-8"))
    assert blocks, f"{name} has no Python example"
    monkeypatch.chdir(tmp_path)
    for block in blocks:
        exec(compile(block, str(DOCS / name), "exec"), {"__name__": "__docs__"})
