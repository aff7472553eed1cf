"""Exceptions raised by security_hierarchy.

Every error the library reports is a ``SecurityHierarchyError`` (itself a
``ValueError``) carrying the library's exact message; the subclass says what
kind of problem it is, so that callers can catch the ones they can act on.
"""

from typing import Any, Optional

__all__ = [
    "SecurityHierarchyError",
    "ParseError",
    "InvalidDocumentError",
    "InvalidRankingError",
    "InvalidValueError",
    "FileError",
    "UnknownNameError",
    "CrosswalkError",
    "NotRankedError",
    "TooLargeError",
]


class SecurityHierarchyError(ValueError):
    """Base class of every error the library reports."""


class ParseError(SecurityHierarchyError):
    """A TOML or JSON document is malformed, or has a missing or unknown field.

    The message gives the line and column, and the file when the text was
    read from one; ``filename`` is that file's path, or None for text.
    """

    filename: Optional[str] = None


class InvalidDocumentError(SecurityHierarchyError):
    """A document parses but is not valid: no items, an item defined twice,
    ranked but undefined or defined but unranked, a bad order, a precedence
    cycle, or an inconsistent scenario."""


class InvalidRankingError(SecurityHierarchyError):
    """A ranking has an empty level or an item given twice."""


class InvalidValueError(SecurityHierarchyError):
    """An argument is out of range: a NaN or infinite score, a persistence
    outside (0, 1), a tie penalty outside [0, 1], score lists of different
    lengths, an empty ranking where one is needed."""


class FileError(SecurityHierarchyError, OSError):
    """A file cannot be read or written, its extension is neither ``.toml``
    nor ``.json``. Also an ``OSError``:
    ``filename`` is the file's path, and ``errno`` and ``strerror`` are
    set when the operating system reported the error (otherwise None).

    ``str()`` is the library's message, which names the file.
    """

    def __str__(self) -> str:
        # OSError would rebuild the text from errno and filename; the
        # library's message already says both.
        return str(self.args[0]) if self.args else ""

    def __reduce__(self) -> Any:
        # OSError would pickle (errno, strerror, filename) as the arguments,
        # losing the message; keep it, with the attributes as state.
        state = {"filename": self.filename, "errno": self.errno, "strerror": self.strerror}
        return (type(self), self.args[:1], state)


class UnknownNameError(SecurityHierarchyError):
    """A name is not one the library knows: a tier or concern slug, a
    built-in hierarchy or scenario id, a tie treatment. The message lists the
    names it accepts."""


class CrosswalkError(SecurityHierarchyError):
    """An item has no mapping onto the vocabulary asked for, or maps onto a
    target the target order does not rank."""


class NotRankedError(SecurityHierarchyError):
    """An analysis needs a weak order, but the hierarchy is a partial order
    or unordered."""


class TooLargeError(SecurityHierarchyError):
    """A computation exceeds a documented size limit; the message names the
    limit and the option that raises it."""
