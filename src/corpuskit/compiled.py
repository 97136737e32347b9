"""Whether this install runs compiled, which changes how long a parse takes by about a fifth.

Wheels compile the modules a parse runs through with Cython (see ``hatch_build.py``); editable
installs, ``CORPUSKIT_NO_EXTENSIONS=1`` builds and machines with no C compiler run the same
modules as plain Python. ``corpuskit plugins`` and the benchmarks say which, so that a speed
figure always comes with the build that made it.
"""

from __future__ import annotations

import sys
from importlib.machinery import EXTENSION_SUFFIXES

PREFIX = "corpuskit"
"""Top-level packages whose names start with this: corpuskit and its built-in plugins'."""


def compiled_modules() -> list[str]:
    """The imported modules of corpuskit and its built-in plugins that are compiled, sorted."""
    suffixes = tuple(EXTENSION_SUFFIXES)
    found = []
    for name, module in list(sys.modules.items()):
        if name.startswith(PREFIX):
            path = getattr(module, "__file__", None) or ""
            if path.endswith(suffixes):
                found.append(name)
    return sorted(found)


def describe_build() -> str:
    """``compiled (N modules)`` or ``pure Python``.

    The count covers what is imported: build a :class:`~corpuskit.Parser` first (its plugins
    load through their entry points) to count the whole parse path. Loading them here would
    load them a second time in a caller that has, and repeat any failed plugin's warning.
    """
    import corpuskit.pipeline  # noqa: F401 - the core of the parse path, at least

    count = len(compiled_modules())
    return f"compiled ({count} modules)" if count else "pure Python"
