"""corpuskit's own errors: the only exceptions parsing lets escape.

A batch run turns each of these into an error record (document name + reason) and carries on,
so every error names the input it is about when it knows it.
"""

from __future__ import annotations


class CorpuskitError(Exception):
    """Base class for every error corpuskit raises on purpose."""

    def __init__(self, reason: str, *, document: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.document = document

    def __str__(self) -> str:
        return f"{self.document}: {self.reason}" if self.document else self.reason

    def for_document(self, document: str | None) -> CorpuskitError:
        """Name the input this error is about, when the raiser did not know it."""
        if self.document is None and document is not None:
            self.document = document
        return self


class InputError(CorpuskitError):
    """The input cannot be parsed as an article: empty, binary, undecodable, invalid text."""


class SchemaError(CorpuskitError):
    """Serialised data does not follow any corpuskit document schema."""


class PluginError(CorpuskitError):
    """A plugin failed to load, broke a hook's contract, or raised while parsing."""
