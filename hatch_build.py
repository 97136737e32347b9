"""Wheel build hook: compile the modules every parse runs through with Cython.

Why: a parse is a few hundred small string operations per line, and CPython spends a good part
of its time dispatching the bytecode around them. Compiled, the same source parses a seed-sized
article in about a fifth less time (docs/benchmarks.md, "Text cleaning: speed").

What it keeps: the modules are plain, type-checked Python, compiled as they are (no Cython
syntax, no typed declarations that change behaviour: ``annotation_typing`` is off, so every
value stays a Python object with Python's semantics). The ``.py`` files ship in the wheel too;
Python imports the compiled module when there is one. Modules that define hook implementations
are not compiled: pluggy discovers only Python functions.

When the build compiles nothing: editable installs (edit a file and run it, no rebuild),
``CORPUSKIT_NO_EXTENSIONS=1``, or no working C compiler. The last one warns and builds the
pure-Python wheel, unless ``CORPUSKIT_REQUIRE_EXTENSIONS=1`` (CI sets it) makes it an error.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOTS = ("src", "plugins")
"""Where the packages live; a module's dotted name is its path below one of these."""

DIRECTIVES = {"language_level": 3, "annotation_typing": False, "binding": True}
"""Python semantics throughout; ``binding`` keeps functions introspectable (signatures)."""


def module_name(path: str) -> str:
    """``src/corpuskit/text.py`` gives ``corpuskit.text``."""
    parts = Path(path).with_suffix("").parts
    if parts[0] not in ROOTS:
        raise ValueError(f"{path}: compiled modules live under {' or '.join(ROOTS)}")
    if parts[-1] == "__init__":  # its import would look for the package's init function
        raise ValueError(f"{path}: a package's __init__ is not compiled; move the code out")
    return ".".join(parts[1:])


class CompileHook(BuildHookInterface):  # type: ignore[type-arg]
    """Adds the compiled modules (listed in pyproject.toml, ``compile``) to the wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        if os.environ.get("CORPUSKIT_NO_EXTENSIONS"):
            self.app.display_info("corpuskit: CORPUSKIT_NO_EXTENSIONS set, pure-Python wheel")
            return
        modules = [str(m) for m in self.config.get("compile", [])]
        try:
            built = self._compile(modules)
        except Exception as exc:
            if os.environ.get("CORPUSKIT_REQUIRE_EXTENSIONS"):
                raise
            self.app.display_warning(
                f"corpuskit: compiling failed ({type(exc).__name__}: {exc}); "
                "building the pure-Python wheel, whose parse takes about a quarter longer"
            )
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        build_data["force_include"].update(built)
        self.app.display_info(f"corpuskit: compiled {len(built)} modules with Cython")

    def _compile(self, modules: list[str]) -> dict[str, str]:
        """Build each module; returns {built file: its path in the wheel}."""
        from Cython.Build import cythonize
        from setuptools import Distribution, Extension
        from setuptools.command.build_ext import build_ext

        root = Path(self.root)
        work = Path(tempfile.mkdtemp(prefix="corpuskit-build-"))
        out = root / "build" / "compiled"
        shutil.rmtree(out, ignore_errors=True)
        # No debug information: it would make the wheel five times larger, for C nobody wrote.
        flags = [] if sys.platform == "win32" else ["-g0"]
        extensions = [
            Extension(module_name(m), [str(root / m)], extra_compile_args=flags) for m in modules
        ]
        jobs = os.cpu_count() or 1
        try:  # the generated C and objects go whether the build works or not
            compiled = cythonize(
                extensions,
                compiler_directives=DIRECTIVES,
                build_dir=str(work / "c"),
                nthreads=jobs,
                quiet=True,
            )
            command = build_ext(Distribution({"ext_modules": compiled}))
            command.build_lib = str(out)
            command.build_temp = str(work / "o")
            command.parallel = jobs
            command.ensure_finalized()
            command.run()
        finally:
            shutil.rmtree(work, ignore_errors=True)
        built = {}
        for extension in compiled:
            path = Path(command.get_ext_fullpath(extension.name))
            built[str(path)] = path.relative_to(out).as_posix()
        return built
