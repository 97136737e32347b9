"""Source plugins: one declarative :class:`~corpuskit.layout.Layout` per news site.

Each module defines ``LAYOUT`` and is registered by its own ``corpuskit`` entry point; the
Layout object is the pluggy plugin (it implements the sources, identify and label hooks).
"""
