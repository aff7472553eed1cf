"""The shared vocabularies, Tier and Concern, as string enums.

Members compare equal to their slugs (``Tier.REGIME == "regime"``), so they
can be used wherever a ranking item is expected; ``Tier("national")`` raises
``UnknownNameError`` listing the slugs, with the library's message.
"""

from enum import Enum

from . import _native

__all__ = ["Tier", "Concern"]


def _member_name(slug: str) -> str:
    return slug.upper().replace("-", "_")


class _Slug(str, Enum):
    def __str__(self) -> str:
        return self.value

    @property
    def slug(self) -> str:
        """The kebab-case slug: the item's text in rankings and files."""
        return self.value


def _tier_missing(cls, value):
    if isinstance(value, str):
        return cls(_native.parse_tier(value))
    return None


def _concern_missing(cls, value):
    if isinstance(value, str):
        return cls(_native.parse_concern(value))
    return None


Tier = _Slug(
    "Tier",
    [(_member_name(slug), slug) for slug, _ in _native.tiers()],
    module=__name__,
)
Tier.__doc__ = (
    "The chapter's three tiers of security, in priority order (Pu 2022): "
    "regime above regional above global."
)
Tier._missing_ = classmethod(_tier_missing)
_TIER_LABELS = dict(_native.tiers())
Tier.label = property(lambda self: _TIER_LABELS[self.value], doc="A short readable label.")
Tier.ranking = staticmethod(_native.tier_ranking)

Concern = _Slug(
    "Concern",
    [(_member_name(slug), slug) for slug in _native.concerns()],
    module=__name__,
)
Concern.__doc__ = (
    "A finer shared vocabulary of security concerns; unordered on its own, "
    "ordered by a hierarchy's projection onto it."
)
Concern._missing_ = classmethod(_concern_missing)
