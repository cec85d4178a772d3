"""JSON: every valid case survives a round trip; output is deterministic."""

from __future__ import annotations

import json

from hypothesis import given

import privacyrecht as pr
from privacyrecht.codec import (
    beoordeling_naar_dict,
    beoordeling_naar_json,
    converter,
    verstrekking_uit_dict,
    verstrekking_uit_json,
)

from .strategies import alle_verstrekkingen


@given(alle_verstrekkingen)
def test_roundtrip(v: pr.Verstrekking) -> None:
    data = converter.unstructure(v)
    assert verstrekking_uit_dict(data) == v
    assert verstrekking_uit_json(json.dumps(data)) == v


@given(alle_verstrekkingen)
def test_compact_json_is_exactly_sorted_json(v: pr.Verstrekking) -> None:
    b = pr.beoordeel(v)
    plain = json.dumps(beoordeling_naar_dict(b), sort_keys=True, separators=(",", ":")) + "\n"
    assert beoordeling_naar_json(b) == plain
