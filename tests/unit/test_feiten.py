"""The Python API rejects bad input with the same typed errors as the JSON reader."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import privacyrecht as pr

PARTIJ = pr.Partij(organisatie=pr.Organisatie.GEMEENTE, rol=pr.Rol.OPENBARE_ORDE)


def _paths(exc: pytest.ExceptionInfo[pr.InputError]) -> list[str]:
    return [p.path for p in exc.value.problems]


def test_a_label_as_plain_text_is_rejected_with_its_path() -> None:
    bad: Any = "gemeente"
    with pytest.raises(pr.InputError) as caught:
        pr.Partij(organisatie=bad)
    assert _paths(caught) == ["$.organisatie"]
    assert isinstance(caught.value, ValueError)


def test_every_wrong_item_of_a_list_is_named() -> None:
    bad: Any = ["gewoon persoonsgegeven", pr.Gegevenscategorie.GEZONDHEID, 3]
    with pytest.raises(pr.InputError) as caught:
        pr.Verstrekking(verstrekker=PARTIJ, ontvanger=PARTIJ, gegevens=bad, doel=pr.Doel.ANDER_DOEL)
    assert _paths(caught) == ["$.gegevens[0]", "$.gegevens[2]"]


def test_facts_must_be_booleans() -> None:
    bad: Any = {pr.Feit.STRAFBAAR_FEIT: "ja"}
    with pytest.raises(pr.InputError) as caught:
        pr.Verstrekking(
            verstrekker=PARTIJ, ontvanger=PARTIJ, gegevens=(), doel=pr.Doel.ANDER_DOEL, feiten=bad
        )
    assert _paths(caught) == ["$.feiten['strafbaar feit gepleegd']"]


@pytest.mark.parametrize(
    ("veld", "waarde", "pad"),
    [
        ("antwoord", "ja", "$.antwoord"),
        ("door", " ", "$.door"),
        ("motivering", "", "$.motivering"),
        ("datum", "2026-12-01", "$.datum"),
    ],
)
def test_a_judgement_needs_a_real_answer_author_date_and_motivation(
    veld: str, waarde: object, pad: str
) -> None:
    velden: dict[str, Any] = {
        "toets": pr.Toets.PROPORTIONALITEIT,
        "antwoord": True,
        "door": "A. Jansen, jurist",
        "datum": dt.date(2026, 12, 1),
        "motivering": "Afgewogen.",
        veld: waarde,
    }
    with pytest.raises(pr.InputError) as caught:
        pr.Oordeel(**velden)
    assert _paths(caught) == [pad]


def test_consent_conditions_are_true_false_or_unknown() -> None:
    bad: Any = "ja"
    with pytest.raises(pr.InputError) as caught:
        pr.Toestemming(door=[pr.Toestemminggever.OUDER], omvang="IQ aan de hulpverlener", vrij=bad)
    assert _paths(caught) == ["$.vrij"]
    with pytest.raises(pr.InputError) as caught:
        pr.Toestemming(door=[], omvang="IQ aan de hulpverlener")
    assert _paths(caught) == ["$.door"]
