"""The rules files of the config folder, installed as one source plugin named ``rules``.

Every ``*.toml`` in ``$XDG_CONFIG_HOME/corpuskit/rules/`` (``~/.config/corpuskit/rules/``) is
read once, when the plugin is loaded, with :func:`corpuskit.rules.load_rules`; a file that is
not valid is skipped with a warning saying which file, which line and what is wrong. See
:mod:`corpuskit.rules` and the rules-file guide.
"""

from __future__ import annotations

from corpuskit.rules import RulesPlugin

PLUGIN = RulesPlugin.from_folder()
"""The plugin the ``rules`` entry point names."""
