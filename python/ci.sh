#!/usr/bin/env bash
# Builds the Python package into a fresh virtual environment and runs its
# tests. Called by .ci/run; also runs by hand from anywhere in the checkout.
#
# The environment is target/py-venv, made anew each run; the extension is
# compiled (release) into target/python, so later runs reuse that build.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
export CARGO_TARGET_DIR="$PWD/target/python"

# The bindings are a workspace member outside `default-members`; .ci/run's
# fmt and workspace clippy steps cover them. Run by hand, this script checks
# them too (CI sets CI=true and skips the second compile).
if [ "${CI:-}" != "true" ]; then
    echo "-- cargo fmt --check, cargo clippy (python/)"
    cargo fmt --check -p security-hierarchy-python
    cargo clippy --quiet -p security-hierarchy-python --all-targets -- -D warnings
fi

venv=target/py-venv

echo "-- $("$python" --version) in a fresh $venv"
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    -r python/requirements-test.txt

echo "-- pip install ./python"
# pip fetches the build backend into an isolated environment, pinned by the
# constraints file. The tests need no whole-program optimisation: CI builds
# with the plain release profile, which compiles in a fraction of the time
# (the wheel profile stays the default for users and for the peer timings).
if [ "${CI:-}" = "true" ]; then
    export MATURIN_PEP517_ARGS="--profile release"
fi
PIP_CONSTRAINT="$PWD/python/constraints.txt" \
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check ./python

echo "-- pytest"
# Run from the tests' folder's parent with the installed package: the source
# folder python/security_hierarchy has no compiled extension and must not
# shadow it, so pytest is started outside python/.
status=0
"$venv/bin/pytest" -c python/pyproject.toml --rootdir python -p no:cacheprovider python/tests || status=$?
if [ "$status" -eq 5 ]; then
    echo "pytest collected no tests" >&2
    exit 1
fi
if [ "$status" -ne 0 ]; then
    exit "$status"
fi

echo "-- mypy --strict on a typed session (checks the stubs)"
(cd python && "../$venv/bin/mypy" --strict --no-incremental tests/typing/session.py)
