#!/usr/bin/env bash
# Consensus with ties against corankco (Python; exact integer program with
# CBC, and BioConsert) on the same profiles of 7 weak orders over 15 and 30
# items, in one run. Standalone; not run by CI.
#   bash benches/peers/ties.sh
# corankco needs a solver for its exact algorithm: without CPLEX it uses
# PuLP, whose wheel ships the CBC binary; nothing else to install.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=target/peers-ties-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -c "import corankco" 2>/dev/null \
    || "$venv/bin/pip" install --quiet corankco==7.2.0 pulp==3.3.2
cargo build --quiet --release --example ties_timing
"$venv/bin/python" benches/peers/ties.py target/release/examples/ties_timing
