"""The built-in scenarios: the chapter's cases of conflicting priorities.

>>> from security_hierarchy import scenarios
>>> "securitisation-paradox" in scenarios.ids()
True
>>> scenarios.scenario("securitisation-paradox").id
'securitisation-paradox'
"""

from typing import Any, Dict, List

from . import _native
from ._native import Scenario

__all__ = ["ids", "scenario", "source_text", "catalogue"]


def ids() -> List[str]:
    """The ids of every built-in scenario, in catalogue order."""
    return _native.scenario_ids()


def scenario(id: str) -> Scenario:
    """The built-in scenario with this id.

    Raises UnknownNameError listing the known ids.
    """
    return _native.scenario_builtin(id)


def source_text(id: str) -> str:
    """The TOML text of a built-in scenario, to copy and edit.

    Raises UnknownNameError listing the known ids.
    """
    return _native.scenario_source_text(id)


def catalogue() -> List[Dict[str, Any]]:
    """One dict per built-in scenario: ``id``, ``title``, ``actions`` and
    ``dependencies`` (how many of each)."""
    return _native.scenario_catalogue()
