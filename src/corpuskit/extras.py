"""Optional integrations and what to install for each: a clear error instead of a bare ImportError.

``pip install corpuskit`` brings none of them; ``import corpuskit`` never needs them. Importing
an integration module (:mod:`corpuskit.datatrove`, :mod:`corpuskit.hf`) without its extra raises
:class:`MissingExtra`, which says what to install.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from corpuskit.errors import CorpuskitError


class MissingExtra(CorpuskitError, ImportError):
    """An integration was used without its optional dependency (an ImportError too)."""


def require(module: str, extra: str, feature: str) -> ModuleType:
    """Import ``module``, or raise :class:`MissingExtra` naming the extra that brings it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtra(
            f"{feature} needs {module.split('.')[0]}: pip install 'corpuskit[{extra}]'"
        ) from exc
