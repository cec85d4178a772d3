#!/usr/bin/env bash
# Side-by-side benchmark against the Cedar policy engine (cedarpy):
# create .venv (if needed), install privacyrecht with the "bench" extra, run
# bench/cedar_vergelijking.py.  Arguments are passed on:
#   scripts/cedar.sh              20 000 cases  -> bench/results-cedar.json
#   scripts/cedar.sh --quick      500 cases     -> bench/results-cedar-quick.json
#   scripts/cedar.sh --n 50000 --rondes 3
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[bench]'
exec .venv/bin/python bench/cedar_vergelijking.py "$@"
