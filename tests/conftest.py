"""Shared test set-up: hypothesis profiles and the path to the shared reference data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# dev: the quick loop. ci (tox, CI): 150 examples, the same ones every run (derandomize, which
# also keeps pytest-xdist's workers from sharing an example database); no deadline and no
# too-slow check, since a busy machine or coverage slows an example without anything being wrong.
# The whole suite takes about two minutes under tox on two cores, property tests included.
settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    """The shared reference data beside the repository; tests needing it skip without it."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not present")
    return SHARED
