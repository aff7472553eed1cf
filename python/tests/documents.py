"""Small hierarchy documents for the tests."""

from typing import Dict, List, Optional

from security_hierarchy import Hierarchy

HEAD = """
id = "{id}"
title = "T"
levels = {levels}
[source]
author = "A"
year = 2024
title = "T"
venue = "V"
"""


def doc(id: str, levels: List[List[str]], tiers: Optional[Dict[str, str]] = None) -> Hierarchy:
    """A ranked hierarchy with these levels; `tiers` gives items' tier targets."""
    text = HEAD.format(id=id, levels=repr(levels).replace("'", '"'))
    for level in levels:
        for item in level:
            text += f'[[items]]\nid = "{item}"\nlabel = "{item}"\n'
            if tiers and item in tiers:
                text += f'tier = {{ target = "{tiers[item]}" }}\n'
    return Hierarchy.from_str(text)
