"""trafilatura as an alternative HTML extractor, chosen per source (``corpuskit[trafilatura]``).

corpuskit's own extractor (the ``extract`` plugin) stays the default. This plugin acts only
where the user asks for it, through ``CORPUSKIT_TRAFILATURA``: a comma-separated list of
source names (as ``Document.source`` shows them), or ``*`` for every HTML page. There it runs
``trafilatura.extract`` on the page and labels at priority 60, above the built-in extractor
(50) and below source plugins (100): blocks whose text trafilatura kept are ``body``, the
rest ``boilerplate``. trafilatura is imported on first use, so the plugin loads (and does
nothing) when the extra is not installed.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from corpuskit import Block, Label, Page, hookimpl
from corpuskit.errors import PluginError

NAME = "trafilatura"
PRIORITY = 60
ENV = "CORPUSKIT_TRAFILATURA"


def wanted(source: str | None, environ: dict[str, str] | None = None) -> bool:
    """Whether the user chose trafilatura for pages of this source."""
    value = (environ if environ is not None else os.environ).get(ENV, "")
    chosen = {name.strip() for name in value.split(",") if name.strip()}
    return "*" in chosen or (source is not None and source in chosen)


def extract_text(html: str) -> str:
    """trafilatura's main text for a page (its defaults), or a PluginError when missing."""
    try:
        import trafilatura
    except ImportError as exc:
        raise PluginError(
            f"{ENV} asks for trafilatura, which is not installed: "
            "pip install 'corpuskit[trafilatura]'"
        ) from exc
    return trafilatura.extract(html) or ""


def label_blocks(blocks: Sequence[Block], kept: str) -> list[Label]:
    """Body for blocks whose text trafilatura kept, boilerplate for the others, in runs."""
    flat = " ".join(kept.split())
    labels: list[Label] = []
    run_kind, run_first = "", 0
    kinds = ["body" if b.text and b.text in flat else "boilerplate" for b in blocks]
    for index, kind in enumerate([*kinds, ""]):
        if kind == run_kind:
            continue
        if run_kind:
            first, last = blocks[run_first], blocks[index - 1]
            labels.append(Label(run_kind, first.start, last.end, NAME, PRIORITY))
        run_kind, run_first = kind, index
    return labels


@hookimpl
def corpuskit_label(page: Page, blocks: Sequence[Block], source: str | None) -> list[Label]:
    """trafilatura's verdict on HTML pages of the sources the user chose."""
    if page.kind != "html" or not blocks or not wanted(source):
        return []
    return label_blocks(blocks, extract_text(page.text))
