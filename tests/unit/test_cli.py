"""The command line, including every kind of bad input."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from privacyrecht import beoordeel
from privacyrecht.cli import main
from privacyrecht.codec import (
    MAX_INPUT_BYTES,
    beoordeling_naar_dict,
    beoordeling_naar_json,
    verstrekking_uit_json,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "gemeente-wapenbezit-aangifte.json"

GOOD = {
    "verstrekker": {"organisatie": "gemeente", "rol": "openbare-ordetaak voor de burgemeester"},
    "ontvanger": {"organisatie": "politie"},
    "gegevens": ["gewoon persoonsgegeven"],
    "doel": "handhaving van de openbare orde",
}


def run(args: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    stdin_stream = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    old = sys.stdout, sys.stderr, sys.stdin
    sys.stdout, sys.stderr, sys.stdin = out, err, stdin_stream
    try:
        try:
            code = main(args)
        except SystemExit as exc:
            code = int(exc.code or 0)
    finally:
        sys.stdout, sys.stderr, sys.stdin = old
    return code, out.getvalue(), err.getvalue()


def run_json(tmp_path: Path, payload: bytes) -> tuple[int, str, str]:
    case = tmp_path / "casus.json"
    case.write_bytes(payload)
    return run(["beoordeel", str(case)])


def test_beoordeel_example_json() -> None:
    code, out, err = run(["beoordeel", str(EXAMPLE)])
    assert code == 0, err
    data = json.loads(out)
    assert data["uitkomst"] == "mag"
    assert data["grondslagen"][0] == {
        "artikel": "161",
        "lid": None,
        "link": "https://wetten.overheid.nl/jci1.3:c:BWBR0001903&artikel=161&z=2026-07-01&g=2026-07-01",
        "onder": None,
        "regeling": "Sv",
        "tekst": "art. 161 Sv",
    }
    assert set(data) == {
        "uitkomst",
        "grondslagen",
        "doorbrekingen",
        "regimes",
        "stappenplan",
        "open_vragen",
        "voorwaarden",
        "vervolgacties",
        "gegevens",
        "stappen",
        "te_beoordelen",
        "rechtsstand",
        "politiegegevens",
    }


def test_beoordeel_text_and_stdin() -> None:
    code, out, _ = run(["beoordeel", "-", "--formaat", "tekst"], stdin=EXAMPLE.read_bytes())
    assert code == 0
    assert out.startswith("Uitkomst: mag\n")
    assert "art. 161 Sv" in out


def test_onbeslist_names_open_questions(tmp_path: Path) -> None:
    code, out, _ = run_json(tmp_path, json.dumps(GOOD).encode())
    assert code == 0
    data = json.loads(out)
    assert data["uitkomst"] == "onbeslist"
    assert "proportionaliteit" in [q["sleutel"] for q in data["open_vragen"]]


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (b"{not json", ["$: geen geldige JSON", "regel 1"]),
        (b"\xff\xfe{}", ["$: geen geldige UTF-8"]),
        (b"[]", ["$: verkeerd type", "een JSON-object"]),
        (
            json.dumps({**GOOD, "doel": 5, "gegevens": "gezondheid"}).encode(),
            ["$.doel: verkeerd type: int 5", "$.gegevens: verkeerd type", "een lijst"],
        ),
        (
            json.dumps({**GOOD, "ontvanger": {"organisatie": "politei"}}).encode(),
            [
                "$.ontvanger.organisatie: onbekend label 'politei'",
                "bedoelde u 'politie'?",
                "'gemeente'",
            ],
        ),
        (
            json.dumps({**GOOD, "feiten": {"strafbaar feit gepleegdd": True}}).encode(),
            ['$.feiten["strafbaar feit gepleegdd"]', "bedoelde u 'strafbaar feit gepleegd'?"],
        ),
        (
            json.dumps(
                {**GOOD, "gegevenz": [], "ontvanger": {"organisatie": "politie", "naam": "x"}}
            ).encode(),
            [
                "$.gegevenz: onbekend veld",
                "bedoelde u 'gegevens'?",
                "$.ontvanger.naam: onbekend veld",
            ],
        ),
        (
            json.dumps({"doel": "ander doel"}).encode(),
            [
                "$.verstrekker: verplicht veld ontbreekt",
                "$.ontvanger: verplicht",
                "$.gegevens: verplicht",
            ],
        ),
        (
            json.dumps(
                {
                    **GOOD,
                    "oordelen": [
                        {
                            "toets": "proportionaliteit",
                            "antwoord": True,
                            "door": "A. Jansen",
                            "datum": "2026-11-30",
                            "motivering": " ",
                        }
                    ],
                }
            ).encode(),
            ["$.oordelen[0].motivering: motivering mag niet leeg zijn", "waarom de professional"],
        ),
        (
            json.dumps(
                {
                    **GOOD,
                    "gegevens": [],
                    "feiten": {"identificeerbare persoon": False, "toestemming gegeven": True},
                }
            ).encode(),
            ["$.toestemming: er zou toestemming zijn gegeven"],
        ),
        (
            json.dumps({**GOOD, "feiten": {"identificeerbare persoon": False}}).encode(),
            ['$.feiten["identificeerbare persoon"]: tegenstrijdig'],
        ),
        (
            json.dumps(
                {**GOOD, "verstrekker": {"organisatie": "gemeente", "rol": "leerkracht"}}
            ).encode(),
            ["$.verstrekker.rol: tegenstrijdig"],
        ),
        (
            b'{"doel": "ander doel", "doel": "aangifte van een strafbaar feit"}',
            ["$.doel: deze sleutel staat twee keer"],
        ),
        (
            json.dumps(
                {
                    **GOOD,
                    "oordelen": [
                        {
                            "toets": "proportionaliteit",
                            "antwoord": "ja",
                            "door": "",
                            "datum": "30-11-2026",
                            "motivering": "",
                        }
                    ],
                }
            ).encode(),
            [
                "$.oordelen[0].antwoord: verkeerd type",
                "$.oordelen[0].door: door mag niet leeg zijn",
                "$.oordelen[0].datum: verkeerd type",
                "$.oordelen[0].motivering: motivering mag niet leeg zijn",
            ],
        ),
        (
            json.dumps(
                {
                    **GOOD,
                    "betrokkene": {"leeftijd": True},
                    "feiten": {"strafbaar feit gepleegd": "true"},
                }
            ).encode(),
            [
                "$.betrokkene.leeftijd: verkeerd type: bool True",
                '$.feiten["strafbaar feit gepleegd"]: verkeerd type',
            ],
        ),
        (
            json.dumps({**GOOD, "betrokkene": {"leeftijd": 200}}).encode(),
            ["$.betrokkene.leeftijd: ongeldige leeftijd 200"],
        ),
        (b" " * (MAX_INPUT_BYTES + 1), ["$: invoer te groot"]),
    ],
    ids=[
        "not-json",
        "not-utf8",
        "not-an-object",
        "wrong-types",
        "misspelt-label",
        "misspelt-fact",
        "unknown-fields",
        "missing-fields",
        "judgement-without-motivation",
        "consent-without-consent",
        "contradictory-facts",
        "role-does-not-fit",
        "duplicate-key",
        "every-problem-of-one-judgement",
        "no-coercion-of-booleans",
        "age-out-of-range",
        "oversized",
    ],
)
def test_bad_input_exit_2_with_every_problem(
    tmp_path: Path, payload: bytes, expected: list[str]
) -> None:
    code, out, err = run_json(tmp_path, payload)
    assert code == 2
    assert out == ""
    assert "Traceback" not in err
    for fragment in expected:
        assert fragment in err, err


def test_unreadable_file(tmp_path: Path) -> None:
    code, _, err = run(["beoordeel", str(tmp_path / "bestaat-niet.json")])
    assert code == 2
    assert "kan" in err


def test_usage_error_exits_2() -> None:
    code, _, err = run(["beoordeel", str(EXAMPLE), "--formaat", "xml"])
    assert code == 2
    assert "fout" in err


def test_schema_stappenplannen_bronnen() -> None:
    code, out, _ = run(["schema"])
    schema = json.loads(out)
    assert code == 0
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {"verstrekker", "ontvanger", "gegevens", "doel"}
    assert "politie" in schema["properties"]["ontvanger"]["properties"]["organisatie"]["enum"]
    code, out, _ = run(["stappenplannen"])
    plannen = json.loads(out)
    assert {p["naam"] for p in plannen} == {
        "Stappenplan Gemeenten",
        "Stappenplan Onderwijsinstellingen",
        "Stappenplan Politie en boa's",
        "Stappenplan Zorg- en hulpverleners",
    }
    assert all(s["bron"] for p in plannen for s in p["stappen"])
    code, out, _ = run(["bronnen"])
    bronnen = {b["afkorting"]: b for b in json.loads(out)}
    assert bronnen["AVG"]["identificatie"] == "32016R0679"
    assert bronnen["UAVG"]["identificatie"] == "BWBR0040940"
    assert bronnen["UAVG"]["versie"] == "2026-09-01"


def test_output_is_byte_identical_across_processes() -> None:
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(  # noqa: S603
            [sys.executable, "-m", "privacyrecht", "beoordeel", str(EXAMPLE)],
            capture_output=True,
            check=True,
            env=env,
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_shared_json_equals_plain_unstructure() -> None:
    b = beoordeel(verstrekking_uit_json(EXAMPLE.read_bytes()))
    plain = json.dumps(beoordeling_naar_dict(b), sort_keys=True, separators=(",", ":")) + "\n"
    assert beoordeling_naar_json(b) == plain
    assert json.loads(beoordeling_naar_json(b)) == json.loads(
        beoordeling_naar_json(b, inspringen=2)
    )
