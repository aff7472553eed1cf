#!/usr/bin/env bash
# Side-by-side timing of this crate against scipy and Corsi & Urbano's
# reference RBO code, on one deterministic data set, in one run.
#
#   bash benches/peers/run.sh
#   CU_RBO_DIR=/path/to/sigir2024-rbo/rbo/Python bash benches/peers/run.sh
#
# The reference RBO code is not on a package registry: clone
# github.com/julian-urbano/sigir2024-rbo yourself and point CU_RBO_DIR at its
# rbo/Python folder (the one holding rbo.py); without it that row is skipped.
# Sizes: PEER_N (default 1 000 000) items scored with PEER_LEVELS (1 000)
# distinct scores, PEER_RBO_N (1 000 000), PEER_RBO_REF_N
# (10 000; the reference code needs memory quadratic in n). Not run by CI.
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=target/peers-venv
data=target/peers-data
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
# numpy < 2.4 still has np.in1d, which the reference RBO code calls.
"$venv/bin/pip" install --quiet scipy==1.15.3 numpy==2.2.6
mkdir -p "$data"
"$venv/bin/python" benches/peers/peers.py make "$data"
PEER_DATA="$data" cargo bench --quiet --bench peer_timing > "$data/rust.json"
"$venv/bin/python" benches/peers/peers.py run "$data"
