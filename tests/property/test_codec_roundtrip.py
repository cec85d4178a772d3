"""JSON: every valid case survives a round trip; output is deterministic."""

from __future__ import annotations

import json

from hypothesis import given

import privacyrecht as pr
from privacyrecht.codec import converter, verstrekking_uit_dict, verstrekking_uit_json

from .strategies import verstrekkingen


@given(verstrekkingen())
def test_roundtrip(v: pr.Verstrekking) -> None:
    data = converter.unstructure(v)
    assert verstrekking_uit_dict(data) == v
    assert verstrekking_uit_json(json.dumps(data)) == v
