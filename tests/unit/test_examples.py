"""The bundled example cases give the outcomes the documentation describes."""

from __future__ import annotations

from pathlib import Path

import pytest

import privacyrecht as pr
from privacyrecht.codec import verstrekking_uit_json

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

EXPECTED = {
    "gemeente-wapenbezit-aangifte.json": (pr.Uitkomst.MAG, "art. 161 Sv"),
    "gemeente-politie-openbare-orde.json": (pr.Uitkomst.MAG, "art. 6 lid 1 onder e AVG"),
    "gemeente-woningcorporatie-taak.json": (pr.Uitkomst.MAG, "art. 6 lid 1 onder e AVG"),
    "gemeente-open-vragen.json": (pr.Uitkomst.ONBESLIST, None),
    "school-toestemming-iq.json": (pr.Uitkomst.MAG, "art. 6 lid 1 onder a AVG"),
    "school-veiligheid.json": (pr.Uitkomst.MAG, "art. 6 lid 1 onder e AVG"),
    "school-geen-grondslag.json": (pr.Uitkomst.MAG_NIET, "art. 6 lid 1 AVG"),
    "zorg-veilig-thuis-melding.json": (pr.Uitkomst.MAG, "art. 5.2.6 Wmo 2015"),
    "zorg-gi-ots-informatieplicht.json": (pr.Uitkomst.MOET, "art. 7.3.11 lid 4 Jeugdwet"),
    "zorg-conflict-van-plichten-politie.json": (pr.Uitkomst.MAG, "art. 6 lid 1 onder f AVG"),
    "zorg-collegiaal-advies.json": (pr.Uitkomst.MAG, "art. 4 onder 1 AVG"),
    "zorg-wijkteam-zonder-grond.json": (pr.Uitkomst.MAG_NIET, "art. 272 Sr"),
    "zorg-toestemming-hulpverlener.json": (pr.Uitkomst.MAG, "art. 6 lid 1 onder a AVG"),
    "zorg-aangifte-tegen-huisarts.json": (pr.Uitkomst.MAG, "art. 161 Sv"),
    "politie-halt.json": (pr.Uitkomst.MAG, "art. 4:2 lid 1 onder f Bpg"),
    "politie-college-bw.json": (pr.Uitkomst.MAG_NIET, "art. 19 Wpg"),
    "politie-school.json": (pr.Uitkomst.ONBESLIST, None),
    "politie-convenant.json": (pr.Uitkomst.MAG, "art. 20 lid 1 Wpg"),
    "politie-burgemeester.json": (pr.Uitkomst.MOET, "art. 16 lid 1 onder b Wpg"),
}

#: The ground on which the beroepsgeheim gives way, for the examples where it does.
DOORBREKING = {
    "zorg-veilig-thuis-melding.json": pr.Doorbrekingsgrond.MELDRECHT,
    "zorg-gi-ots-informatieplicht.json": pr.Doorbrekingsgrond.WETTELIJKE_PLICHT,
    "zorg-conflict-van-plichten-politie.json": pr.Doorbrekingsgrond.CONFLICT_VAN_PLICHTEN,
    "zorg-toestemming-hulpverlener.json": pr.Doorbrekingsgrond.TOESTEMMING,
    "zorg-aangifte-tegen-huisarts.json": pr.Doorbrekingsgrond.AANGIFTE,
    "politie-halt.json": pr.Doorbrekingsgrond.WPG_VERSTREKKING,
    "politie-convenant.json": pr.Doorbrekingsgrond.WPG_VERSTREKKING,
    "politie-burgemeester.json": pr.Doorbrekingsgrond.WPG_VERSTREKKING,
}


def test_every_example_is_listed() -> None:
    assert {p.name for p in EXAMPLES.glob("*.json")} == {*EXPECTED, "ongeldige-invoer.json"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_outcome(name: str) -> None:
    uitkomst, grondslag = EXPECTED[name]
    b = pr.beoordeel(verstrekking_uit_json((EXAMPLES / name).read_bytes()))
    assert b.uitkomst is uitkomst, b.toelichting()
    if grondslag is None:
        assert b.open_vragen
    else:
        assert grondslag in [g.tekst for g in b.grondslagen]
    assert [d.grond for d in b.doorbrekingen] == (
        [DOORBREKING[name]] if name in DOORBREKING else []
    )


def test_the_invalid_example_is_invalid() -> None:
    with pytest.raises(pr.InputError) as caught:
        verstrekking_uit_json((EXAMPLES / "ongeldige-invoer.json").read_bytes())
    assert len(caught.value.problems) >= 5
