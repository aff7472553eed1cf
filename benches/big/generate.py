#!/usr/bin/env python3
"""Writes large hierarchy files for the size limits of the command line.

usage: generate.py N DIR

Writes into DIR, for N items `i0` .. `i{N-1}`:
  forward.toml   a strict ranking i0 > i1 > ... (tiers cycle so tier
                 inversions abound; concerns cycle through the vocabulary)
  reverse.toml   the same items in reverse order
  tied.json      the items in sqrt(N) tied levels, shuffled (seeded)
  chain.toml     a precedence chain i0 > i1 > ... (a partial order)
  cycles.toml    N/2 disjoint precedence 2-cycles (invalid: every cycle reported)
  scenario.toml  a scenario with N actions, each serving one item

The files are deterministic for a given N.
"""
import json
import os
import random
import sys

TIERS = ["regime", "regional", "global"]
CONCERNS = [
    "party-rule", "peoples-security", "social-stability", "national-unity",
    "territorial-integrity", "maritime-claims", "economy", "environment",
    "military", "culture", "technology", "neighbourhood",
]


def entries_toml(n):
    out = []
    for i in range(n):
        out.append(
            f'[[items]]\nid = "i{i}"\nlabel = "Item {i}"\n'
            f'tier = {{ target = "{TIERS[i % 3]}", rationale = "generated" }}\n'
            f'concern = {{ target = "{CONCERNS[i % len(CONCERNS)]}", rationale = "generated" }}\n'
        )
    return "\n".join(out)


def header(ident, title):
    return (
        f'id = "{ident}"\ntitle = "{title}"\n'
    )


SOURCE = '[source]\nauthor = "Generator"\nyear = 2026\ntitle = "Generated"\nvenue = "benches/big/generate.py"\n'


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    items = [f"i{i}" for i in range(n)]
    entries = entries_toml(n)

    def ranked(ident, order):
        levels = ",\n".join(f'  ["{x}"]' for x in order)
        return header(ident, ident) + f"levels = [\n{levels},\n]\n\n" + SOURCE + "\n" + entries

    write(os.path.join(out, "forward.toml"), ranked("forward", items))
    write(os.path.join(out, "reverse.toml"), ranked("reverse", list(reversed(items))))

    rng = random.Random(n)
    shuffled = items[:]
    rng.shuffle(shuffled)
    width = max(1, int(n ** 0.5))
    levels = [shuffled[k:k + width] for k in range(0, n, width)]
    doc = {
        "id": "tied",
        "title": "tied",
        "levels": levels,
        "source": {"author": "Generator", "year": 2026, "title": "Generated",
                   "venue": "benches/big/generate.py"},
        "items": [
            {"id": x, "label": x,
             "tier": {"target": TIERS[i % 3], "rationale": "generated"},
             "concern": {"target": CONCERNS[i % len(CONCERNS)], "rationale": "generated"}}
            for i, x in enumerate(items)
        ],
    }
    write(os.path.join(out, "tied.json"), json.dumps(doc))

    chain = ",\n".join(f'  ["{items[k]}", "{items[k + 1]}"]' for k in range(n - 1))
    write(os.path.join(out, "chain.toml"),
          header("chain", "chain") + f"precedences = [\n{chain},\n]\n\n" + SOURCE + "\n" + entries)

    pairs = []
    for k in range(0, n - 1, 2):
        pairs.append(f'  ["{items[k]}", "{items[k + 1]}"]')
        pairs.append(f'  ["{items[k + 1]}", "{items[k]}"]')
    write(os.path.join(out, "cycles.toml"),
          header("cycles", "cycles") + "precedences = [\n" + ",\n".join(pairs) + ",\n]\n\n"
          + SOURCE + "\n" + entries)

    parts = ['id = "big"\ntitle = "big"\nsummary = "generated"\ncitation = "generated"\n']
    for i, x in enumerate(items):
        parts.append(
            f'[[interests]]\nid = "{x}"\nlabel = "{x}"\n'
            f'concern = {{ target = "{CONCERNS[i % len(CONCERNS)]}", rationale = "generated" }}\n'
            f'tier = {{ target = "{TIERS[i % 3]}", rationale = "generated" }}\n')
    for k in range(n - 1):
        parts.append(f'[[dependencies]]\nfoundation = "{items[k + 1]}"\nunderpins = "{items[k]}"\n'
                     'basis = { kind = "reading", rationale = "generated" }\n')
    for k in range(n - 1):
        parts.append(
            f'[[actions]]\nid = "a{k}"\nlabel = "a{k}"\neffects = [\n'
            f'  {{ interest = "{items[k]}", direction = "advances", strength = "weak", basis = {{ kind = "reading", rationale = "g" }} }},\n'
            f'  {{ interest = "{items[k + 1]}", direction = "harms", strength = "weak", basis = {{ kind = "reading", rationale = "g" }} }},\n]\n')
    write(os.path.join(out, "scenario.toml"), "\n".join(parts))


if __name__ == "__main__":
    main()
