"""The shared Dutch step vocabulary of the feature files.

Steps only build input or read the result; no legal logic lives here.  Every
quoted label must be a label of the library's vocabulary: an unknown label
fails loudly with the known labels and the closest match.
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import json
import os
from pathlib import Path
from typing import TypeVar

import attrs
import pytest
from pytest_bdd import given, parsers, then, when

import privacyrecht as pr
from privacyrecht import avg, codec, meldcode, toestemming
from privacyrecht.beoordeling import Antwoord

E = TypeVar("E", bound=enum.StrEnum)

DATUM = dt.date(2026, 12, 1)


def label(kind: type[E], text: str) -> E:
    """The member of ``kind`` labelled ``text``; fail loudly otherwise."""
    try:
        return kind(text)
    except ValueError:
        known = [m.value for m in kind]
        close = difflib.get_close_matches(text, known, n=1)
        hint = f" Bedoelde u {close[0]!r}?" if close else ""
        pytest.fail(f"Onbekend label {text!r} voor {kind.__name__}.{hint} Bekend: {known}")


@attrs.define
class Casus:
    """The case being built by the Gegeven steps."""

    verstrekker: pr.Partij | None = None
    ontvanger: pr.Partij | None = None
    gegevens: list[pr.Gegevenscategorie] = attrs.field(factory=list)
    doel: pr.Doel = pr.Doel.VOORKOMEN_EXCESSIEF_GEWELD
    feiten: dict[pr.Feit, bool] = attrs.field(factory=dict)
    oordelen: dict[pr.Toets, bool] = attrs.field(factory=dict)
    leeftijd: int | None = None
    toestemming_door: tuple[pr.Toestemminggever, ...] = ()
    uitdrukkelijk: bool | None = None
    voorbeeld: str = ""
    geheim_door: tuple[pr.Toestemminggever, ...] = ()
    geheim: dict[str, bool | None] = attrs.field(factory=dict)
    instemming: bool = False
    politiegegevens: list[pr.Politiegegevenssoort] = attrs.field(factory=list)

    def verstrekking(self) -> pr.Verstrekking:
        if self.verstrekker is None or self.ontvanger is None:
            pytest.fail("Het scenario noemt geen verstrekker of geen ontvanger.")
        toestemming_ = None
        if self.toestemming_door:
            toestemming_ = pr.Toestemming(
                door=self.toestemming_door,
                omvang="de gegevens in dit scenario, aan deze ontvanger, voor dit doel",
                vrij=True,
                specifiek=True,
                geinformeerd=True,
                ondubbelzinnig=True,
                uitdrukkelijk=self.uitdrukkelijk,
                vastgelegd=True if self.uitdrukkelijk else None,
            )
        toestemming_geheim = None
        if self.geheim_door:
            velden: dict[str, bool | None] = {
                "uitdrukkelijk": True,
                "vooraf_geinformeerd": True,
                "vrije_keuze": True,
                "draagwijdte_overzien": True,
                "mondeling": False,
                "vastgelegd": True,
                "aantoonbaar": True,
            }
            velden.update(self.geheim)
            toestemming_geheim = pr.ToestemmingBeroepsgeheim(
                door=self.geheim_door,
                omvang="de gegevens in dit scenario, aan deze ontvanger, voor dit doel",
                uitdrukkelijk=velden["uitdrukkelijk"],
                vooraf_geinformeerd=velden["vooraf_geinformeerd"],
                vrije_keuze=velden["vrije_keuze"],
                draagwijdte_overzien=velden["draagwijdte_overzien"],
                mondeling=velden["mondeling"],
                vastgelegd=velden["vastgelegd"],
                aantoonbaar=velden["aantoonbaar"],
            )
        instemming = (
            pr.InstemmingHulpverlening(
                door=(pr.Toestemminggever.BETROKKENE,), omvang="de hulp in dit scenario"
            )
            if self.instemming
            else None
        )
        return pr.Verstrekking(
            verstrekker=self.verstrekker,
            ontvanger=self.ontvanger,
            gegevens=tuple(self.gegevens),
            doel=self.doel,
            betrokkene=pr.Betrokkene(leeftijd=self.leeftijd),
            politiegegevens=tuple(self.politiegegevens),
            feiten=self.feiten,
            oordelen=tuple(
                pr.Oordeel(
                    toets=toets,
                    antwoord=antwoord,
                    door="de professional in het scenario",
                    datum=DATUM,
                    motivering="Zoals in het scenario gegeven.",
                )
                for toets, antwoord in self.oordelen.items()
            ),
            toestemming=toestemming_,
            toestemming_beroepsgeheim=toestemming_geheim,
            instemming_hulpverlening=instemming,
        )


@pytest.fixture
def casus() -> Casus:
    return Casus()


# --- Gegeven -----------------------------------------------------------------


@given(
    parsers.re(
        r'de verstrekker is (?:een |de |het )"(?P<organisatie>[^"]+)" in de rol "(?P<rol>[^"]+)"$'
    )
)
def verstrekker_met_rol(casus: Casus, organisatie: str, rol: str) -> None:
    casus.verstrekker = pr.Partij(
        organisatie=label(pr.Organisatie, organisatie), rol=label(pr.Rol, rol)
    )


@given(parsers.re(r'de verstrekker is (?:een |de |het )"(?P<organisatie>[^"]+)"$'))
def verstrekker(casus: Casus, organisatie: str) -> None:
    casus.verstrekker = pr.Partij(organisatie=label(pr.Organisatie, organisatie))


@given(
    parsers.re(
        r'de ontvanger is (?:een |de |het )"(?P<organisatie>[^"]+)" in de rol "(?P<rol>[^"]+)"$'
    )
)
def ontvanger_met_rol(casus: Casus, organisatie: str, rol: str) -> None:
    casus.ontvanger = pr.Partij(
        organisatie=label(pr.Organisatie, organisatie), rol=label(pr.Rol, rol)
    )


@given(parsers.re(r'de ontvanger is (?:een |de |het )?"(?P<organisatie>[^"]+)"$'))
def ontvanger(casus: Casus, organisatie: str) -> None:
    casus.ontvanger = pr.Partij(organisatie=label(pr.Organisatie, organisatie))


@given(parsers.parse('het gaat om gegevens van de categorie "{categorie}"'))
def gegevens(casus: Casus, categorie: str) -> None:
    casus.gegevens.append(label(pr.Gegevenscategorie, categorie))


@given(parsers.parse('de politiegegevens zijn verwerkt op grond van "{soort}"'))
def politiegegevens(casus: Casus, soort: str) -> None:
    casus.politiegegevens.append(label(pr.Politiegegevenssoort, soort))


@given(parsers.parse('het doel is "{doel}"'))
def doel(casus: Casus, doel: str) -> None:
    casus.doel = label(pr.Doel, doel)


@given(parsers.parse('het feit "{feit}" doet zich voor'))
def feit_waar(casus: Casus, feit: str) -> None:
    casus.feiten[label(pr.Feit, feit)] = True


@given(parsers.parse('het feit "{feit}" doet zich niet voor'))
def feit_onwaar(casus: Casus, feit: str) -> None:
    casus.feiten[label(pr.Feit, feit)] = False


@given(parsers.parse('het is onbekend of het feit "{feit}" zich voordoet'))
def feit_onbekend(casus: Casus, feit: str) -> None:
    casus.feiten.pop(label(pr.Feit, feit), None)


@given(parsers.parse('de professional oordeelt dat aan "{toets}" is voldaan'))
def oordeel_ja(casus: Casus, toets: str) -> None:
    casus.oordelen[label(pr.Toets, toets)] = True


@given(parsers.parse('de professional oordeelt dat aan "{toets}" niet is voldaan'))
def oordeel_nee(casus: Casus, toets: str) -> None:
    casus.oordelen[label(pr.Toets, toets)] = False


@given(parsers.parse('er is geen oordeel over "{toets}"'))
def geen_oordeel(casus: Casus, toets: str) -> None:
    casus.oordelen.pop(label(pr.Toets, toets), None)


@given("de professional oordeelt dat de verstrekking noodzakelijk is")
def noodzakelijk(casus: Casus) -> None:
    casus.oordelen[pr.Toets.PROPORTIONALITEIT] = True
    casus.oordelen[pr.Toets.SUBSIDIARITEIT] = True


@given("de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG")
def beginselen(casus: Casus) -> None:
    for toets in avg.BEGINSELEN_BEPALINGEN:
        casus.oordelen[toets] = True


@given(parsers.parse("de betrokkene is {leeftijd:d} jaar"))
def leeftijd(casus: Casus, leeftijd: int) -> None:
    casus.leeftijd = leeftijd


@given(
    parsers.re(
        r'(?P<gevers>"[^"]+"(?: en "[^"]+")*) (?:heeft|hebben samen) geldige toestemming gegeven$'
    )
)
def toestemming_gegeven(casus: Casus, gevers: str) -> None:
    casus.toestemming_door = tuple(
        label(pr.Toestemminggever, g) for g in gevers.strip('"').split('" en "')
    )


@given("de toestemming is uitdrukkelijk gegeven en vastgelegd")
def uitdrukkelijk(casus: Casus) -> None:
    casus.uitdrukkelijk = True


@given("de toestemming is niet uitdrukkelijk gegeven")
def niet_uitdrukkelijk(casus: Casus) -> None:
    casus.uitdrukkelijk = False


@given(
    parsers.re(
        r'(?P<gevers>"[^"]+"(?: en "[^"]+")*) (?:heeft|hebben samen) uitdrukkelijk toestemming '
        r"gegeven om het beroepsgeheim te doorbreken$"
    )
)
def toestemming_geheim(casus: Casus, gevers: str) -> None:
    casus.geheim_door = tuple(
        label(pr.Toestemminggever, g) for g in gevers.strip('"').split('" en "')
    )


#: The conditions of the consent to lift the secrecy, by the words a scenario uses.
GEHEIM_VOORWAARDEN = {
    "uitdrukkelijk": "uitdrukkelijk",
    "vooraf geïnformeerd": "vooraf_geinformeerd",
    "vrije keuze": "vrije_keuze",
    "draagwijdte overzien": "draagwijdte_overzien",
    "vastgelegd": "vastgelegd",
    "aantoonbaar": "aantoonbaar",
}


@given(parsers.parse("de toestemming om het beroepsgeheim te doorbreken is mondeling gegeven"))
def geheim_mondeling(casus: Casus) -> None:
    casus.geheim["mondeling"] = True


@given(
    parsers.parse(
        'aan de voorwaarde "{voorwaarde}" van de toestemming om het beroepsgeheim te doorbreken '
        "is niet voldaan"
    )
)
def geheim_voorwaarde_niet(casus: Casus, voorwaarde: str) -> None:
    if voorwaarde not in GEHEIM_VOORWAARDEN:
        pytest.fail(f"Onbekende voorwaarde {voorwaarde!r}; bekend: {sorted(GEHEIM_VOORWAARDEN)}")
    casus.geheim[GEHEIM_VOORWAARDEN[voorwaarde]] = False


@given(
    parsers.parse(
        'het is onbekend of aan de voorwaarde "{voorwaarde}" van de toestemming om het '
        "beroepsgeheim te doorbreken is voldaan"
    )
)
def geheim_voorwaarde_onbekend(casus: Casus, voorwaarde: str) -> None:
    if voorwaarde not in GEHEIM_VOORWAARDEN:
        pytest.fail(f"Onbekende voorwaarde {voorwaarde!r}; bekend: {sorted(GEHEIM_VOORWAARDEN)}")
    casus.geheim[GEHEIM_VOORWAARDEN[voorwaarde]] = None


@given("de betrokkene stemt in met de hulpverlening")
def instemming(casus: Casus) -> None:
    casus.instemming = True


#: The six conditions of a conflict van plichten (003 r. 6088-6112).
CONFLICT_VAN_PLICHTEN = (
    pr.Toets.CVP_GEWETENSNOOD,
    pr.Toets.CVP_SCHADE,
    pr.Toets.CVP_TOESTEMMING,
    pr.Toets.CVP_DOELMATIGHEID,
    pr.Toets.CVP_SUBSIDIARITEIT,
    pr.Toets.CVP_PROPORTIONALITEIT,
)
#: The tests of step 3 of the zorg stappenplan (003 r. 706-716).
MINIMAAL = (
    pr.Toets.MINIMALE_GEGEVENSVERWERKING,
    pr.Toets.EFFECTIVITEIT,
    pr.Toets.EVENREDIGHEID,
    pr.Toets.SUBSIDIARITEIT,
)


@given(
    "de professional oordeelt dat aan alle voorwaarden voor een conflict van plichten is voldaan"
)
def cvp_alle(casus: Casus) -> None:
    for toets in CONFLICT_VAN_PLICHTEN:
        casus.oordelen[toets] = True


@given(
    "de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en "
    "subsidiair is"
)
def minimaal(casus: Casus) -> None:
    for toets in MINIMAAL:
        casus.oordelen[toets] = True


@given(parsers.parse('het gegeven is "{voorbeeld}"'))
def voorbeeld(casus: Casus, voorbeeld: str) -> None:
    casus.voorbeeld = voorbeeld


# --- Als ---------------------------------------------------------------------


@when("de verstrekking wordt beoordeeld", target_fixture="beoordeling")
def beoordeeld(casus: Casus) -> pr.Beoordeling:
    verstrekking = casus.verstrekking()
    _bewaar(verstrekking)
    return pr.beoordeel(verstrekking)


def _bewaar(verstrekking: pr.Verstrekking) -> None:
    """Append the case as one JSON line to $PRIVACYRECHT_CASES_OUT (read by bench/bench.py)."""
    pad = os.environ.get("PRIVACYRECHT_CASES_OUT")
    if not pad:
        return
    data = codec.converter.unstructure(verstrekking)
    assert codec.verstrekking_uit_dict(data) == verstrekking, "de zaak overleeft JSON niet"
    with Path(pad).open("a", encoding="utf-8") as f:
        f.write(json.dumps(data, sort_keys=True, ensure_ascii=False) + "\n")


@when("de stand in de meldcode wordt bepaald", target_fixture="meldcodestand")
def meldcode_stand(casus: Casus) -> meldcode.Meldcodestand:
    return meldcode.stand(casus.feiten)


@then(parsers.parse('is de volgende stap van de meldcode "{stap}"'))
def meldcode_volgende(meldcodestand: meldcode.Meldcodestand, stap: str) -> None:
    assert meldcodestand.volgende is label(meldcode.Meldcodestap, stap), meldcodestand


@then("is nog onbekend welke stap van de meldcode volgt")
def meldcode_onbekend(meldcodestand: meldcode.Meldcodestand) -> None:
    assert meldcodestand.volgende is None, meldcodestand
    assert meldcodestand.open_vragen


@then("blijft melden een recht, geen plicht")
def meldcode_recht(meldcodestand: meldcode.Meldcodestand) -> None:
    assert "een recht, geen plicht" in meldcodestand.melden
    assert "art. 5.2.6 Wmo 2015" in [b.tekst for b in meldcodestand.bepalingen]


@then(parsers.parse('berust de meldcode op "{bepaling}"'))
def meldcode_bepaling(meldcodestand: meldcode.Meldcodestand, bepaling: str) -> None:
    teksten = [b.tekst for b in meldcodestand.bepalingen]
    assert bepaling in teksten, f"{bepaling!r} niet in {teksten}"


@when("het gegeven wordt ingedeeld", target_fixture="indeling")
def ingedeeld(casus: Casus) -> avg.Indeling:
    try:
        return avg.deel_in(casus.voorbeeld)
    except pr.InputError as exc:
        pytest.fail(str(exc))


@when(
    "wordt getoetst of persoonsgegevens van strafrechtelijke aard mogen worden verwerkt",
    target_fixture="toetsing",
)
def toets_strafrechtelijk(casus: Casus) -> avg.Toetsing:
    return avg.toets(avg.STRAFRECHTELIJKE_GEGEVENS, casus.verstrekking())


@when("wordt bepaald wie voor de leerling toestemming geeft", target_fixture="gevers")
def wie_leerling(casus: Casus) -> frozenset[pr.Toestemminggever]:
    if casus.leeftijd is None:
        pytest.fail("Het scenario noemt de leeftijd van de leerling niet.")
    return toestemming.toestemminggevers_leerling(casus.leeftijd)


# --- Dan ---------------------------------------------------------------------


@then("mag de verstrekking plaatsvinden")
def mag(beoordeling: pr.Beoordeling) -> None:
    assert beoordeling.uitkomst is pr.Uitkomst.MAG, _uitleg(beoordeling)


@then("mag de verstrekking niet plaatsvinden")
def mag_niet(beoordeling: pr.Beoordeling) -> None:
    assert beoordeling.uitkomst is pr.Uitkomst.MAG_NIET, _uitleg(beoordeling)


@then("moet de verstrekking plaatsvinden")
def moet(beoordeling: pr.Beoordeling) -> None:
    assert beoordeling.uitkomst is pr.Uitkomst.MOET, _uitleg(beoordeling)


@then("is de uitkomst onbeslist")
def onbeslist(beoordeling: pr.Beoordeling) -> None:
    assert beoordeling.uitkomst is pr.Uitkomst.ONBESLIST, _uitleg(beoordeling)


@then(parsers.parse('berust dat op "{bepaling}"'))
def berust_op(beoordeling: pr.Beoordeling, bepaling: str) -> None:
    teksten = [g.tekst for g in beoordeling.grondslagen]
    assert bepaling in teksten, f"{bepaling!r} niet in grondslagen {teksten}"


@then(parsers.parse('berust dat niet op "{bepaling}"'))
def berust_niet_op(beoordeling: pr.Beoordeling, bepaling: str) -> None:
    teksten = [g.tekst for g in beoordeling.grondslagen]
    assert bepaling not in teksten, f"{bepaling!r} staat toch in grondslagen {teksten}"


@then(parsers.parse('staat "{sleutel}" bij de open vragen'))
def open_vraag(beoordeling: pr.Beoordeling, sleutel: str) -> None:
    sleutels = [q.sleutel for q in beoordeling.open_vragen]
    assert sleutel in sleutels, f"{sleutel!r} niet in open vragen {sleutels}"


@then(parsers.parse('staat "{sleutel}" niet bij de open vragen'))
def geen_open_vraag(beoordeling: pr.Beoordeling, sleutel: str) -> None:
    sleutels = [q.sleutel for q in beoordeling.open_vragen]
    assert sleutel not in sleutels, f"{sleutel!r} staat toch in open vragen {sleutels}"


@then(parsers.parse('geldt de voorwaarde dat "{tekst}"'))
def voorwaarde(beoordeling: pr.Beoordeling, tekst: str) -> None:
    teksten = [v.tekst for v in beoordeling.voorwaarden]
    assert any(tekst.lower() in t.lower() for t in teksten), (
        f"{tekst!r} niet in voorwaarden {teksten}"
    )


@then(parsers.parse('is als vervolg genoemd: "{tekst}"'))
def vervolg(beoordeling: pr.Beoordeling, tekst: str) -> None:
    teksten = [v.tekst for v in beoordeling.vervolgacties]
    assert any(tekst.lower() in t.lower() for t in teksten), (
        f"{tekst!r} niet in vervolgacties {teksten}"
    )


@then(parsers.parse('staat bij de keuzes ter juridische beoordeling: "{tekst}"'))
def kanttekening(beoordeling: pr.Beoordeling, tekst: str) -> None:
    teksten = [k.tekst for k in beoordeling.te_beoordelen]
    assert any(tekst.lower() in t.lower() for t in teksten), (
        f"{tekst!r} niet in kanttekeningen {teksten}"
    )


@then(parsers.parse('is stap "{stap}" beantwoord met "{antwoord}"'))
def stap(beoordeling: pr.Beoordeling, stap: str, antwoord: str) -> None:
    gevonden = {s.stap: s.antwoord for s in beoordeling.stappen}
    assert stap in gevonden, f"stap {stap!r} niet doorlopen; wel: {list(gevonden)}"
    assert gevonden[stap] is label(Antwoord, antwoord), f"{stap}: {gevonden[stap].value}"


@then(parsers.parse('wordt bij stap "{stap}" als reden genoemd: "{tekst}"'))
def stap_reden(beoordeling: pr.Beoordeling, stap: str, tekst: str) -> None:
    redenen = {s.stap: s.redenen for s in beoordeling.stappen}
    assert stap in redenen, f"stap {stap!r} niet doorlopen; wel: {list(redenen)}"
    assert any(tekst.lower() in r.lower() for r in redenen[stap]), redenen[stap]


@then(parsers.parse('is stap "{stap}" niet doorlopen'))
def stap_niet(beoordeling: pr.Beoordeling, stap: str) -> None:
    gevonden = [s.stap for s in beoordeling.stappen]
    assert stap not in gevonden, f"stap {stap!r} toch doorlopen: {gevonden}"


@then(parsers.parse('is het "{stappenplan}" toegepast'))
def toegepast(beoordeling: pr.Beoordeling, stappenplan: str) -> None:
    assert beoordeling.stappenplan == stappenplan, beoordeling.stappenplan


@then("is geen stappenplan toegepast")
def geen_stappenplan(beoordeling: pr.Beoordeling) -> None:
    assert beoordeling.stappenplan is None, beoordeling.stappenplan


@then(parsers.parse('mogen gegevens van de categorie "{categorie}" mee'))
def categorie_mee(beoordeling: pr.Beoordeling, categorie: str) -> None:
    _categorie(beoordeling, categorie, pr.Uitkomst.MAG)


@then(parsers.parse('mogen gegevens van de categorie "{categorie}" niet mee'))
def categorie_niet_mee(beoordeling: pr.Beoordeling, categorie: str) -> None:
    _categorie(beoordeling, categorie, pr.Uitkomst.MAG_NIET)


@then(parsers.parse('mogen gegevens van de categorie "{categorie}" mee op grond van "{bepaling}"'))
def categorie_mee_op_grond_van(beoordeling: pr.Beoordeling, categorie: str, bepaling: str) -> None:
    gezocht = label(pr.Gegevenscategorie, categorie)
    for g in beoordeling.gegevens:
        if g.categorie is gezocht:
            assert g.uitkomst is pr.Uitkomst.MAG, f"{categorie}: {g.uitkomst.value}"
            teksten = [b.tekst for b in g.bepalingen]
            assert bepaling in teksten, f"{bepaling!r} niet in {teksten}"
            return
    pytest.fail(f"categorie {categorie!r} niet in de gegevens van de beoordeling")


@then(parsers.parse('is nog onbekend of het regime "{naam}" van toepassing is'))
def regime_onbekend(beoordeling: pr.Beoordeling, naam: str) -> None:
    assert _regime(beoordeling, naam).van_toepassing is None


@then(parsers.parse('mogen die gegevens worden verwerkt op grond van "{bepaling}"'))
def toetsing_ja(toetsing: avg.Toetsing, bepaling: str) -> None:
    assert toetsing.antwoord is Antwoord.JA, toetsing
    teksten = [b.tekst for b in toetsing.bepalingen]
    assert bepaling in teksten, f"{bepaling!r} niet in {teksten}"


@then(parsers.parse('mogen die gegevens niet worden verwerkt, op grond van "{bepaling}"'))
def toetsing_nee(toetsing: avg.Toetsing, bepaling: str) -> None:
    assert toetsing.antwoord is Antwoord.NEE, toetsing
    teksten = [b.tekst for b in toetsing.bepalingen]
    assert bepaling in teksten, f"{bepaling!r} niet in {teksten}"


@then("is nog onbekend of die gegevens mogen worden verwerkt")
def toetsing_onbekend(toetsing: avg.Toetsing) -> None:
    assert toetsing.antwoord is Antwoord.ONBEKEND, toetsing
    assert toetsing.open_vragen


@then(parsers.parse('staat "{sleutel}" bij de open vragen van die toets'))
def toetsing_vraag(toetsing: avg.Toetsing, sleutel: str) -> None:
    sleutels = [q.sleutel for q in toetsing.open_vragen]
    assert sleutel in sleutels, f"{sleutel!r} niet in {sleutels}"


@then(parsers.parse("berust die indeling op r. {regel:d} van de handreiking"))
def indeling_bron(indeling: avg.Indeling, regel: int) -> None:
    regels = [p.regel for p in indeling.bron]
    assert regel in regels, f"r. {regel} niet in {regels}"


@then(parsers.parse('staat bij die indeling de kanttekening dat "{tekst}"'))
def indeling_kanttekening(indeling: avg.Indeling, tekst: str) -> None:
    assert tekst.lower() in indeling.kanttekening.lower(), indeling.kanttekening


@then(parsers.parse('wijkt het beroepsgeheim op grond van "{grond}"'))
def doorbreking(beoordeling: pr.Beoordeling, grond: str) -> None:
    gezocht = label(pr.Doorbrekingsgrond, grond)
    gronden = [d.grond for d in beoordeling.doorbrekingen]
    assert gezocht in gronden, (
        f"{grond!r} niet in {[g.value for g in gronden]}\n{_uitleg(beoordeling)}"
    )


@then(parsers.parse('wijkt het beroepsgeheim voor "{omschrijving}" op grond van "{bepaling}"'))
def doorbreking_bepaling(beoordeling: pr.Beoordeling, omschrijving: str, bepaling: str) -> None:
    for d in beoordeling.doorbrekingen:
        if omschrijving.lower() in d.omschrijving.lower():
            teksten = [b.tekst for b in d.bepalingen]
            assert bepaling in teksten, f"{bepaling!r} niet in {teksten}"
            return
    pytest.fail(f"{omschrijving!r} niet in {[d.omschrijving for d in beoordeling.doorbrekingen]}")


@then("wijkt het beroepsgeheim niet")
def geen_doorbreking(beoordeling: pr.Beoordeling) -> None:
    assert beoordeling.doorbrekingen == (), beoordeling.doorbrekingen


@then(parsers.parse('noemt het regime "{naam}" de bepaling "{bepaling}"'))
def regime_bepaling(beoordeling: pr.Beoordeling, naam: str, bepaling: str) -> None:
    teksten = [b.tekst for b in _regime(beoordeling, naam).bepalingen]
    assert bepaling in teksten, f"{bepaling!r} niet in {teksten}"


@then(parsers.parse('is het regime "{naam}" van toepassing'))
def regime_wel(beoordeling: pr.Beoordeling, naam: str) -> None:
    assert _regime(beoordeling, naam).van_toepassing is True


@then(parsers.parse('is het regime "{naam}" niet van toepassing'))
def regime_niet(beoordeling: pr.Beoordeling, naam: str) -> None:
    assert _regime(beoordeling, naam).van_toepassing is False


@then(parsers.parse('is het een gegeven van de categorie "{categorie}"'))
def indeling_categorie(indeling: avg.Indeling, categorie: str) -> None:
    assert indeling.categorie is label(pr.Gegevenscategorie, categorie), indeling.categorie.value


@then(parsers.re(r'(?:geeft|geven) (?P<namen>"[^"]+"(?: en "[^"]+")*) (?:samen )?toestemming$'))
def gevers_zijn(gevers: frozenset[pr.Toestemminggever], namen: str) -> None:
    verwacht = frozenset(label(pr.Toestemminggever, g) for g in namen.strip('"').split('" en "'))
    assert gevers == verwacht, sorted(g.value for g in gevers)


@then(parsers.parse("berust die leeftijdsregel op r. {regel:d} van de handreiking"))
def leeftijdsregel_bron(casus: Casus, regel: int) -> None:
    if casus.leeftijd is None:
        pytest.fail("Het scenario noemt de leeftijd van de leerling niet.")
    assert toestemming.bron_leeftijdsregel_leerling(casus.leeftijd).regel == regel


def _categorie(beoordeling: pr.Beoordeling, categorie: str, uitkomst: pr.Uitkomst) -> None:
    gezocht = label(pr.Gegevenscategorie, categorie)
    for g in beoordeling.gegevens:
        if g.categorie is gezocht:
            assert g.uitkomst is uitkomst, f"{categorie}: {g.uitkomst.value}"
            return
    pytest.fail(f"categorie {categorie!r} niet in de gegevens van de beoordeling")


def _regime(beoordeling: pr.Beoordeling, naam: str) -> pr.Regime:
    for r in beoordeling.regimes:
        if r.naam == naam:
            return r
    return pytest.fail(
        f"regime {naam!r} niet genoemd; wel: {[r.naam for r in beoordeling.regimes]}"
    )


def _uitleg(beoordeling: pr.Beoordeling) -> str:
    return beoordeling.toelichting()


# --- Politiegegevens (Wpg) -----------------------------------------------------------


def _soort(beoordeling: pr.Beoordeling, soort: str) -> pr.PolitiegegevensOordeel:
    gezocht = label(pr.Politiegegevenssoort, soort)
    for p in beoordeling.politiegegevens:
        if p.soort is gezocht:
            return p
    pytest.fail(f"soort {soort!r} niet in de politiegegevens van de beoordeling")


@then(parsers.parse('mogen politiegegevens van "{soort}" mee'))
def soort_mee(beoordeling: pr.Beoordeling, soort: str) -> None:
    p = _soort(beoordeling, soort)
    assert p.uitkomst in {pr.Uitkomst.MAG, pr.Uitkomst.MOET}, f"{soort}: {p.uitkomst.value}"


@then(parsers.parse('mogen politiegegevens van "{soort}" niet mee'))
def soort_niet_mee(beoordeling: pr.Beoordeling, soort: str) -> None:
    p = _soort(beoordeling, soort)
    assert p.uitkomst is pr.Uitkomst.MAG_NIET, f"{soort}: {p.uitkomst.value}"


@then(parsers.parse('is nog onbekend of politiegegevens van "{soort}" mee mogen'))
def soort_onbekend(beoordeling: pr.Beoordeling, soort: str) -> None:
    p = _soort(beoordeling, soort)
    assert p.uitkomst is pr.Uitkomst.ONBESLIST, f"{soort}: {p.uitkomst.value}"


@then(parsers.parse('wijkt de geheimhoudingsplicht op grond van "{bepaling}"'))
def geheimhouding_wijkt(beoordeling: pr.Beoordeling, bepaling: str) -> None:
    teksten = [b.tekst for d in beoordeling.doorbrekingen for b in d.bepalingen]
    assert bepaling in teksten, f"{bepaling!r} niet in {teksten}\n{_uitleg(beoordeling)}"


@then("wijkt de geheimhoudingsplicht niet")
def geheimhouding_wijkt_niet(beoordeling: pr.Beoordeling) -> None:
    assert beoordeling.doorbrekingen == (), beoordeling.doorbrekingen
