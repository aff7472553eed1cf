#!/usr/bin/env bash
# Exact Kemeny-Young against pref_voting (Python) on the same n = 9,
# 5-input profile, in one run. Standalone; not run by CI.
#   bash benches/peers/kemeny.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=target/peers-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -c "import pref_voting" 2>/dev/null \
    || "$venv/bin/pip" install --quiet pref_voting
cargo build --quiet --release --example kemeny_timing
"$venv/bin/python" benches/peers/kemeny.py target/release/examples/kemeny_timing
