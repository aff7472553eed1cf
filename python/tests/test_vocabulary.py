import pytest

import security_hierarchy as sh
from security_hierarchy import Concern, Tier, UnknownNameError


def test_tiers_in_priority_order():
    assert [t.value for t in Tier] == ["regime", "regional", "global"]
    assert Tier("regional") is Tier.REGIONAL
    assert Tier.REGIME == "regime" and str(Tier.REGIME) == "regime"
    assert Tier.REGIME.slug == "regime"
    assert Tier.GLOBAL.label == "global security"


def test_concerns():
    assert Concern.MARITIME_CLAIMS.value == "maritime-claims"
    assert Concern("party-rule") is Concern.PARTY_RULE
    assert len(list(Concern)) == 14


def test_unknown_slug_has_the_library_message():
    with pytest.raises(UnknownNameError) as e:
        Tier("national")
    assert str(e.value) == "`national` is not a tier slug; expected one of: regime, regional, global"
    with pytest.raises(UnknownNameError) as e:
        Concern("economics")
    assert str(e.value).startswith("`economics` is not a concern slug; expected one of: party-rule, ")
    assert isinstance(e.value, ValueError)


def test_tier_ranking():
    assert Tier.ranking() == sh.Ranking.strict(["regime", "regional", "global"])


def test_members_match_the_library():
    from security_hierarchy import _native

    assert [t.value for t in Tier] == [slug for slug, _ in _native.tiers()]
    assert [c.value for c in Concern] == _native.concerns()
