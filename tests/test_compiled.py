"""The compiled build (hatch_build.py): the modules it lists are compiled, and change nothing.

tox runs the suite twice: ``tests`` against the compiled wheel (``CORPUSKIT_REQUIRE_EXTENSIONS``
set, so a build that silently fell back to Python fails here) and ``pure`` against the
pure-Python wheel (``CORPUSKIT_NO_EXTENSIONS``). Outside tox (an editable install) the
environment says neither and only the equivalence test's own checks apply.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from corpuskit.compiled import compiled_modules, describe_build

ROOT = Path(__file__).resolve().parents[1]

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]


def _listed() -> list[str]:
    """The modules pyproject.toml asks the build to compile, as dotted names."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    paths = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]["compile"]
    # 'src/corpuskit/text.py' is corpuskit.text (hatch_build.module_name; hatchling, which that
    # module needs, is a build requirement, not a test one).
    return [".".join(Path(p).with_suffix("").parts[1:]) for p in paths]


def test_every_listed_module_exists_and_defines_no_hook() -> None:
    # pluggy discovers hook implementations only among Python functions: a compiled module
    # with a hookimpl would silently lose it (a source layout stops identifying its pages).
    for name in _listed():
        source = importlib.util.find_spec(name)
        assert source is not None, name
        path = ROOT / ("src" if name.startswith("corpuskit.") else "plugins")
        text = (path / Path(*name.split("."))).with_suffix(".py")
        assert "@hookimpl" not in text.read_text(encoding="utf-8"), name


@pytest.mark.skipif(
    not os.environ.get("CORPUSKIT_REQUIRE_EXTENSIONS"), reason="not testing a compiled wheel"
)
def test_the_compiled_wheel_has_every_listed_module_compiled() -> None:
    for name in _listed():
        importlib.import_module(name)
    assert set(_listed()) <= set(compiled_modules())
    assert describe_build() == f"compiled ({len(compiled_modules())} modules)"


@pytest.mark.skipif(
    not os.environ.get("CORPUSKIT_NO_EXTENSIONS"), reason="not testing a pure-Python wheel"
)
def test_the_pure_wheel_runs_python() -> None:
    for name in _listed():
        importlib.import_module(name)
    assert compiled_modules() == []
    assert describe_build() == "pure Python"


# Parses generated articles and every fixture, prints a hash of the JSON and the build.
_PROGRAM = textwrap.dedent(
    """
    import hashlib, random, sys
    from pathlib import Path
    from corpuskit import Parser
    from corpuskit.compiled import describe_build
    from corpuskit.testing.corpora import article

    parser = Parser()
    digest = hashlib.sha256()
    rng = random.Random(int(sys.argv[2]))
    for _ in range(int(sys.argv[3])):
        digest.update(parser.parse(article(rng)).to_json())
    for path in sorted(Path(sys.argv[1]).rglob("*.*")):
        try:
            digest.update(parser.parse_file(path).to_json())
        except Exception as exc:
            digest.update(repr(exc).encode())
    print(describe_build(), digest.hexdigest())
    """
)


def _run(env: dict[str, str] | None, seed: int) -> tuple[str, str]:
    fixtures = ROOT / "tests" / "fixtures"
    done = subprocess.run(
        [sys.executable, "-c", _PROGRAM, str(fixtures), str(seed), "300"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    )
    build, _, digest = done.stdout.strip().rpartition(" ")
    return build, digest


def test_compiled_and_interpreted_parses_give_the_same_bytes() -> None:
    import corpuskit.text

    if not corpuskit.text.__file__ or corpuskit.text.__file__.endswith(".py"):
        pytest.skip("this install runs interpreted: nothing compiled to compare")
    seed = random.randrange(10**6)
    installed = _run(None, seed)
    # The checkout's own sources first on the path: the same modules, as plain Python.
    source = f"{ROOT / 'src'}{os.pathsep}{ROOT / 'plugins'}"
    interpreted = _run({**os.environ, "PYTHONPATH": source}, seed)
    assert installed[0].startswith("compiled")
    assert interpreted[0] == "pure Python"
    assert installed[1] == interpreted[1], f"outputs differ (articles seeded {seed})"
