"""Typed, sourced rankings of security priorities: compare them, find where
they conflict, build a consensus.

Python bindings of the Rust library ``security-hierarchy``. Items are
strings; measures that are undefined return ``None``, never NaN; every error
is a ``SecurityHierarchyError`` (a ``ValueError``) with the library's message.

>>> from security_hierarchy import Ranking, compare
>>> a = Ranking.strict(["party", "unity", "economy"])
>>> b = Ranking.strict(["party", "economy", "unity"])
>>> compare(a, b).tau_b
0.3333333333333333
"""

from . import corpus
from ._native import (
    Comparison,
    Footrule,
    Hierarchy,
    Mover,
    PairCounts,
    Ranking,
    Rbo,
    compare,
    footrule,
    kendall,
    kendall_scores,
    rbo,
    spearman,
    spearman_scores,
    weighted_tau,
    weighted_tau_scores,
)
from .errors import (
    CrosswalkError,
    FileError,
    InvalidDocumentError,
    InvalidRankingError,
    InvalidValueError,
    NotRankedError,
    ParseError,
    SecurityHierarchyError,
    TooLargeError,
    UnknownNameError,
)
from .vocabulary import Concern, Tier

__all__ = [
    "Comparison",
    "Concern",
    "CrosswalkError",
    "FileError",
    "Footrule",
    "Hierarchy",
    "InvalidDocumentError",
    "InvalidRankingError",
    "InvalidValueError",
    "Mover",
    "NotRankedError",
    "PairCounts",
    "ParseError",
    "Ranking",
    "Rbo",
    "SecurityHierarchyError",
    "Tier",
    "TooLargeError",
    "UnknownNameError",
    "compare",
    "corpus",
    "footrule",
    "kendall",
    "kendall_scores",
    "rbo",
    "spearman",
    "spearman_scores",
    "weighted_tau",
    "weighted_tau_scores",
]

__version__ = "0.1.0"
