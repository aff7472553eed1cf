"""The shared vocabularies, Tier and Concern, as string enums.

Members compare equal to their slugs (``Tier.REGIME == "regime"``), so they
can be used wherever a ranking item is expected; ``Tier("national")`` raises
``UnknownNameError`` listing the slugs, with the library's message.

The members are spelled out here so that editors and type checkers see
them; the test suite checks them against the library's own lists.
"""

from enum import Enum
from typing import Optional

from . import _native
from ._native import Ranking

__all__ = ["Tier", "Concern"]


class _Slug(str, Enum):
    def __str__(self) -> str:
        return str(self.value)

    @property
    def slug(self) -> str:
        """The kebab-case slug: the item's text in rankings and files."""
        return str(self.value)


class Tier(_Slug):
    """The chapter's three tiers of security, in priority order (Pu 2022):
    regime above regional above global."""

    REGIME = "regime"
    """The survival and authority of the Party's rule at home."""
    REGIONAL = "regional"
    """Security in China's own region, Asia."""
    GLOBAL = "global"
    """Security beyond the region: overseas interests and the world order."""

    @classmethod
    def _missing_(cls, value: object) -> Optional["Tier"]:
        if isinstance(value, str):
            return cls(_native.parse_tier(value))  # raises UnknownNameError
        return None

    @property
    def label(self) -> str:
        """A short readable label, such as ``regime security``."""
        return dict(_native.tiers())[self.value]

    @staticmethod
    def ranking() -> Ranking:
        """The tiers as a strict ranking of slugs, regime security first."""
        return _native.tier_ranking()


class Concern(_Slug):
    """A finer shared vocabulary of security concerns; unordered on its own,
    ordered by a hierarchy's projection onto it."""

    PARTY_RULE = "party-rule"
    PEOPLES_SECURITY = "peoples-security"
    SOCIAL_STABILITY = "social-stability"
    NATIONAL_UNITY = "national-unity"
    TERRITORIAL_INTEGRITY = "territorial-integrity"
    MARITIME_CLAIMS = "maritime-claims"
    ECONOMY = "economy"
    ENVIRONMENT = "environment"
    MILITARY = "military"
    CULTURE = "culture"
    TECHNOLOGY = "technology"
    NEIGHBOURHOOD = "neighbourhood"
    OVERSEAS_INTERESTS = "overseas-interests"
    GLOBAL_ORDER = "global-order"

    @classmethod
    def _missing_(cls, value: object) -> Optional["Concern"]:
        if isinstance(value, str):
            return cls(_native.parse_concern(value))  # raises UnknownNameError
        return None
