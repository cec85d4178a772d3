#!/usr/bin/env bash
# The main job: set up, then assess a bundled example case and print the Dutch explanation.
#   scripts/voorbeeld.sh [CASUS.json]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/privacyrecht beoordeel "${1:-examples/gemeente-wapenbezit-aangifte.json}" --formaat tekst
