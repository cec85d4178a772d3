"""Run every feature file under ``features/`` (steps: ``conftest.py``)."""

from __future__ import annotations

from pytest_bdd import scenarios

scenarios("gemeenten", "onderwijs", "wettelijk_kader", "regimekeuze", "zorg", "politie")
