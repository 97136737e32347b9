"""One plugin that misbehaves on cue, for every test of what a run does about a bad page.

A page saying ``HANG-IN-C`` sticks in a regex (C code, which only a process kill stops),
``HANG-IN-PYTHON`` loops in Python (which an alarm stops), ``CRASH-THE-WORKER`` ends the
process. The corpus runner, ``parse_many``, the datatrove step and the Hugging Face map all
load it by name, the way a user's plugin is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

PLUGIN = '''
"""A plugin that misbehaves on cue, to test what a run does about it."""
import os
import re

from corpuskit import hookimpl


@hookimpl
def corpuskit_label(page, blocks, source):
    if "HANG-IN-C" in page.text:
        re.match(r"(a+)+$", "a" * 64 + "b")  # catastrophic backtracking: stuck in C
    if "HANG-IN-PYTHON" in page.text:
        while True:
            pass
    if "CRASH-THE-WORKER" in page.text:
        os._exit(3)
    return None
'''


def install(folder: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> str:
    """Write the plugin as module ``name`` in ``folder`` and make it importable, in this
    process and in the fresh processes a pool or datatrove starts (``PYTHONPATH``)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.py").write_text(PLUGIN, encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.setenv("PYTHONPATH", str(folder))
    return name
