"""corpuskit's built-in plugins.

Shipped in the corpuskit distribution but registered only through the ``corpuskit`` entry points
in its ``pyproject.toml``, exactly like a third-party plugin: the core never imports this package.
"""
