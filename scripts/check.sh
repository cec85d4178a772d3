#!/usr/bin/env bash
# Every check: set up, lint, type-check, all tests (unit, property, scenario,
# doctest) with the engine at 100 % branch coverage, the docs, the benchmark
# smoke run, the Cedar comparison's smoke run, and the built wheel's command line.
#   HYPOTHESIS_PROFILE=ci scripts/check.sh     (what .ci/run does)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh dev
PY=.venv/bin

echo "== ruff"
$PY/ruff check src tests bench docs
$PY/ruff format --check src tests bench docs

echo "== mypy --strict"
$PY/mypy

echo "== pytest (unit, property, scenarios, doctests; profile ${HYPOTHESIS_PROFILE:-dev})"
rm -f .coverage
# The legal invariants run over thousands of whole cases; they run without the
# coverage tracer (which doubles their time). The engine's coverage comes from
# the other tests.
$PY/coverage run -m pytest -p no:cacheprovider --ignore=tests/property/test_invariants.py
$PY/coverage report --include='src/privacyrecht/_engine/*' --fail-under=100
$PY/python -m pytest -p no:cacheprovider -q tests/property/test_invariants.py

echo "== docs (Sphinx, warnings are errors)"
$PY/python docs/_gen_vocabulaire.py --check
$PY/sphinx-build -W --keep-going -q -b html docs docs/_build/html

echo "== benchmark smoke run"
$PY/python bench/bench.py --quick > /dev/null

echo "== Cedar comparison, smoke run (the same yes/no as privacyrecht on every case)"
scripts/cedar.sh --quick > /dev/null

echo "== wheel and installed command line"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
$PY/python -m pip wheel --quiet --no-deps -w "$tmp/dist" .
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet "$tmp"/dist/privacyrecht-*.whl
"$tmp/venv/bin/privacyrecht" beoordeel examples/gemeente-wapenbezit-aangifte.json --formaat tekst | head -1 | grep -q '^Uitkomst: mag$'
"$tmp/venv/bin/python" -c 'import privacyrecht, pathlib; assert (pathlib.Path(privacyrecht.__file__).parent / "py.typed").exists()'

echo "all checks passed"
