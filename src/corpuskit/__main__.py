"""``python -m corpuskit`` is the ``corpuskit`` command."""

from corpuskit.cli import main

if __name__ == "__main__":
    main()
