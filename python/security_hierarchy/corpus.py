"""The built-in corpus: published hierarchies of Chinese security priorities.

>>> from security_hierarchy import corpus
>>> "erickson-2019" in corpus.ids()
True
>>> corpus.hierarchy("erickson-2019").order
'ranked'
"""

from typing import Any, Dict, List

from . import _native
from ._native import Hierarchy

__all__ = ["ids", "hierarchy", "catalogue"]


def ids() -> List[str]:
    """The ids of every built-in hierarchy, in catalogue order."""
    return _native.corpus_ids()


def hierarchy(id: str) -> Hierarchy:
    """The built-in hierarchy with this id.

    Raises UnknownNameError listing the known ids.
    """
    return _native.corpus_hierarchy(id)


def catalogue() -> List[Dict[str, Any]]:
    """One dict per built-in hierarchy: ``id``, ``title``, ``author``,
    ``year``, ``order`` (``ranked``, ``partial`` or ``unordered``),
    ``items`` and ``verified`` (how many items are verified)."""
    return _native.corpus_catalogue()
