"""The exceptions newsgraph raises.

Every one is a :class:`NewsgraphError`, and also the built-in exception that
fits, so ``except ValueError`` and ``except OSError`` keep working:

- :class:`GazetteerError` (``ValueError``): bad gazetteer data; ``path`` and
  ``line`` say where (``row`` instead for :meth:`Gazetteer.from_rows`).
- :class:`FileError` (``OSError``): a file that cannot be read or written;
  ``filename`` names it.
- :class:`DocumentError` (``ValueError``): a document that cannot be used
  (not a string, no ``text``, a lone surrogate); ``index`` is its place in
  the input.
- :class:`OptionError` (``ValueError``): an unknown option value (a window,
  a kind, a file extension).
- :class:`IncompatibleGraphsError` (``ValueError``): graphs built with
  different settings cannot be merged.
"""

from __future__ import annotations

from typing import Optional

__all__ = [
    "NewsgraphError",
    "GazetteerError",
    "FileError",
    "DocumentError",
    "OptionError",
    "IncompatibleGraphsError",
]


class NewsgraphError(Exception):
    """Base class of every newsgraph error."""


class GazetteerError(NewsgraphError, ValueError):
    """A gazetteer file or row is malformed, or two entities claim a form.

    ``path`` is the file (``None`` for rows built in Python), ``line`` its
    1-based line, ``row`` the 0-based index of a row given to
    :meth:`Gazetteer.from_rows`.
    """

    def __init__(
        self,
        message: str,
        path: Optional[str] = None,
        line: Optional[int] = None,
        row: Optional[int] = None,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.row = row


class FileError(NewsgraphError, OSError):
    """A file or folder cannot be read or written (``filename`` names it)."""


class DocumentError(NewsgraphError, ValueError):
    """A document cannot be used; ``index`` is its 0-based place in the input."""

    def __init__(self, message: str, index: Optional[int] = None) -> None:
        super().__init__(message)
        self.index = index


class OptionError(NewsgraphError, ValueError):
    """An option has a value newsgraph does not know."""


class IncompatibleGraphsError(NewsgraphError, ValueError):
    """Graphs built with different settings cannot be merged."""
