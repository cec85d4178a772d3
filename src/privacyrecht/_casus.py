"""The evaluation context: facts and judgements of one case, as three-valued truth.

Facts the user gave are read as given.  Some facts also follow from the rest
of the input (the recipient belongs to another kind of organisation, so it is
not within the verstrekker's own organisation); those derived values are
merged in here, after :mod:`privacyrecht._samenhang` has rejected input that
contradicts them.  Keys of purely derived facts start with ``"afgeleid:"`` so
that they can never collide with a :class:`~privacyrecht.feiten.Feit` label.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from privacyrecht._engine import Truth
from privacyrecht.feiten import (
    ART_9_EN_10_SOORTEN,
    Doel,
    Feit,
    Gegevenscategorie,
    Organisatie,
    Partij,
    Politiegegevenssoort,
    Rol,
    Verstrekking,
)
from privacyrecht.toestemming import (
    gegeven_door_juiste_personen,
    toestemminggevers,
    toestemminggevers_beroepsgeheim,
    toestemminggevers_leerling,
)

if TYPE_CHECKING:
    from privacyrecht.wpg import Ontvangstgrondslag

__all__ = [
    "IDENTITEIT",
    "OVER_HET_FEIT",
    "SOORT_KEYS",
    "Afgeleid",
    "Casus",
    "heeft_categorie",
    "overheidsinstantie",
]

#: Organisaties die in elk geval overheidsinstantie zijn (art. 6 lid 1, tweede alinea, AVG).
_OVERHEID = frozenset(
    {
        Organisatie.GEMEENTE,
        Organisatie.POLITIE,
        Organisatie.OPENBAAR_MINISTERIE,
        Organisatie.RAAD_VOOR_DE_KINDERBESCHERMING,
    }
)


class Afgeleid(enum.StrEnum):
    """Facts that follow from the input and cannot be given directly."""

    ONTVANGER_POLITIE_OF_OM = "afgeleid:ontvanger is politie of OM"
    ONTVANGER_POLITIE = "afgeleid:ontvanger is politie"
    DOEL_AANGIFTE = "afgeleid:doel is aangifte"
    DOEL_OPENBARE_ORDE = "afgeleid:doel is openbare orde"
    DOEL_BEGELEIDING = "afgeleid:doel is begeleiding leerling"
    DOEL_VOORKOMEN_GEWELD = "afgeleid:doel is voorkomen van excessief geweld"
    ALLEEN_GEGEVENS_OVER_HET_FEIT = "afgeleid:alleen gewone en strafrechtelijke gegevens"
    ONTVANGER_ONDERWIJS = "afgeleid:ontvanger is onderwijsinstelling"
    VERSTREKKER_ONDERWIJS = "afgeleid:verstrekker is onderwijsinstelling"
    TOESTEMMING_VRIJ = "afgeleid:toestemming vrij"
    TOESTEMMING_SPECIFIEK = "afgeleid:toestemming specifiek"
    TOESTEMMING_GEINFORMEERD = "afgeleid:toestemming geïnformeerd"
    TOESTEMMING_ONDUBBELZINNIG = "afgeleid:toestemming ondubbelzinnig"
    TOESTEMMING_UITDRUKKELIJK = "afgeleid:toestemming uitdrukkelijk"
    TOESTEMMING_VASTGELEGD = "afgeleid:toestemming vastgelegd"
    TOESTEMMING_JUISTE_PERSONEN_ONDERWIJS = "afgeleid:toestemming juiste personen (onderwijs)"
    TOESTEMMING_JUISTE_PERSONEN_UAVG = "afgeleid:toestemming juiste personen (art. 5 UAVG)"
    ONTVANGER_VEILIG_THUIS = "afgeleid:ontvanger is Veilig Thuis"
    ONTVANGER_RAAD = "afgeleid:ontvanger is de Raad voor de Kinderbescherming"
    ONTVANGER_GI = "afgeleid:ontvanger is een gecertificeerde instelling"
    ONTVANGER_VERWIJSINDEX = "afgeleid:ontvanger is de verwijsindex"
    ONTVANGER_INSPECTIE = "afgeleid:ontvanger is de Inspectie"
    VERSTREKKER_AANBIEDER_JEUGDHULP = "afgeleid:verstrekker is jeugdhulpaanbieder of GI"
    JONGER_DAN_23 = "afgeleid:betrokkene jonger dan 23 jaar"
    ALLEEN_IDENTITEIT = "afgeleid:alleen identificerende gegevens"
    DOEL_COLLEGIAAL_ADVIES = "afgeleid:doel is collegiaal advies"
    GEHEIM_UITDRUKKELIJK = "afgeleid:toestemming beroepsgeheim uitdrukkelijk"
    GEHEIM_GEINFORMEERD = "afgeleid:toestemming beroepsgeheim vooraf geïnformeerd"
    GEHEIM_VRIJE_KEUZE = "afgeleid:toestemming beroepsgeheim vrije keuze"
    GEHEIM_DRAAGWIJDTE = "afgeleid:toestemming beroepsgeheim draagwijdte overzien"
    GEHEIM_MONDELING = "afgeleid:toestemming beroepsgeheim mondeling"
    GEHEIM_VASTGELEGD = "afgeleid:toestemming beroepsgeheim vastgelegd"
    GEHEIM_AANTOONBAAR = "afgeleid:toestemming beroepsgeheim aantoonbaar"
    GEHEIM_JUISTE_PERSONEN = "afgeleid:toestemming beroepsgeheim juiste personen"
    VERSTREKKER_BEVOEGDE_AUTORITEIT = "afgeleid:verstrekker werkt bij een bevoegde autoriteit"
    ONTVANGER_BEVOEGDE_AUTORITEIT = "afgeleid:ontvanger is een bevoegde autoriteit"
    ONTVANGER_BURGEMEESTER = "afgeleid:ontvanger is de burgemeester"
    ONTVANGER_OM = "afgeleid:ontvanger is het OM"
    ONTVANGER_INLICHTINGENDIENST = "afgeleid:ontvanger is een inlichtingen- en veiligheidsdienst"
    ONTVANGER_IN_BPG = "afgeleid:ontvanger genoemd in het Besluit politiegegevens"
    NIET_IN_WIJZER = "afgeleid:ontvanger staat niet in de tabel van de handreiking"
    DOEL_VOLGENS_WIJZER = "afgeleid:doel volgens de tabel"
    SOORTEN_VOLGENS_WIJZER = "afgeleid:soort politiegegevens volgens de tabel"
    GEEN_ART_9_OF_10 = "afgeleid:geen gegevens van art. 9 of 10 Wpg"
    GEEN_ART_10B = "afgeleid:geen gegevens van art. 10 lid 1 onder b Wpg"
    ONTVANGER_WGS = "afgeleid:ontvanger is een samenwerkingsverband van de Wgs"
    INFORMANTEN = "afgeleid:gegevens van art. 12 Wpg (informanten)"
    DOEL_ARTIKEL_19 = "afgeleid:doel is een van de vier doelen van art. 19 Wpg"
    DOEL_POLITIETAAK = "afgeleid:doel is de uitvoering van de politietaak"
    POLITIE_IDENTIFICEERBAAR = "afgeleid:tot een persoon te herleiden (Stappenplan Politie)"


def heeft_categorie(categorie: Gegevenscategorie) -> str:
    """The derived-fact key "the data include ``categorie``"."""
    return f"afgeleid:gegevens bevatten {categorie.value}"


def overheidsinstantie(organisatie: Organisatie) -> bool | None:
    """Whether ``organisatie`` is an overheidsinstantie, or ``None`` if that depends."""
    # A school may be public or private (003 r. 4469-4477, 5000); the other
    # organisations depend on their legal form: the user says so.
    return True if organisatie in _OVERHEID else None


_CONSENT_KEYS = (
    Afgeleid.TOESTEMMING_VRIJ,
    Afgeleid.TOESTEMMING_SPECIFIEK,
    Afgeleid.TOESTEMMING_GEINFORMEERD,
    Afgeleid.TOESTEMMING_ONDUBBELZINNIG,
    Afgeleid.TOESTEMMING_UITDRUKKELIJK,
    Afgeleid.TOESTEMMING_VASTGELEGD,
    Afgeleid.TOESTEMMING_JUISTE_PERSONEN_ONDERWIJS,
    Afgeleid.TOESTEMMING_JUISTE_PERSONEN_UAVG,
)


_GEHEIM_KEYS = (
    Afgeleid.GEHEIM_UITDRUKKELIJK,
    Afgeleid.GEHEIM_GEINFORMEERD,
    Afgeleid.GEHEIM_VRIJE_KEUZE,
    Afgeleid.GEHEIM_DRAAGWIJDTE,
    Afgeleid.GEHEIM_MONDELING,
    Afgeleid.GEHEIM_VASTGELEGD,
    Afgeleid.GEHEIM_AANTOONBAAR,
    Afgeleid.GEHEIM_JUISTE_PERSONEN,
)

_T, _F = Truth.TRUE, Truth.FALSE
#: The derived-fact key per data category.
_CATEGORIE_KEYS = {c: heeft_categorie(c) for c in Gegevenscategorie}
#: Facts that hold unless the input says otherwise: no category requested, and
#: (without consent) the consent conditions not at issue.
_BASE: dict[str, Truth] = dict.fromkeys(_CATEGORIE_KEYS.values(), _F)
_ZONDER_TOESTEMMING: dict[str, Truth] = dict.fromkeys(_CONSENT_KEYS, _T)
# Without consent to lift the secrecy its conditions are not at issue; the
# oral form is then not at issue either.
_ZONDER_TOESTEMMING_GEHEIM: dict[str, Truth] = {
    **dict.fromkeys(_GEHEIM_KEYS, _T),
    Afgeleid.GEHEIM_MONDELING._value_: _F,
}
#: The data a melding in the verwijsindex consists of: who the jongere is
#: (003 r. 586: "alleen de naam van de jongere en wie de melding heeft gedaan").
IDENTITEIT = frozenset({Gegevenscategorie.GEWOON, Gegevenscategorie.BSN})
_AANBIEDERS_JEUGDHULP = frozenset(
    {Organisatie.JEUGDHULPAANBIEDER, Organisatie.GECERTIFICEERDE_INSTELLING}
)
_POLITIE_OF_OM = frozenset({Organisatie.POLITIE, Organisatie.OPENBAAR_MINISTERIE})
#: The data an aangifte is about (003 r. 4001: "deze informatie").
OVER_HET_FEIT = frozenset({Gegevenscategorie.GEWOON, Gegevenscategorie.STRAFRECHTELIJK})
_ALLEEN_OVER_HET_FEIT = Afgeleid.ALLEEN_GEGEVENS_OVER_HET_FEIT._value_
_ALLEEN_IDENTITEIT = Afgeleid.ALLEEN_IDENTITEIT._value_
#: Only "ander doel" says the purpose is none of the four of art. 19 and 20 lid 1
#: Wpg; for the other purposes outside the four the verstrekker says which of
#: the four it is, by choosing it as the purpose (a purpose is not classified
#: silently).
_GEEN_DOEL_ARTIKEL_19 = frozenset({Doel.ANDER_DOEL})


def _truth(value: bool) -> Truth:
    return _T if value else _F


def _facts(v: Verstrekking, categorieen: tuple[Gegevenscategorie, ...]) -> dict[str, Truth]:
    """The user's facts, completed with what follows from the parties, the data and the consent."""
    facts = dict(_BASE)
    # ``_value_`` is the plain label; it avoids the Python-level Enum hash on this hot path.
    for feit, value in v.feiten.items():
        facts[feit._value_] = _T if value else _F
    for categorie in categorieen:
        facts[_CATEGORIE_KEYS[categorie]] = _T
    facts[_ALLEEN_OVER_HET_FEIT] = _truth(OVER_HET_FEIT.issuperset(categorieen))
    facts[_ALLEEN_IDENTITEIT] = _truth(IDENTITEIT.issuperset(categorieen))
    verstrekker, ontvanger = v.verstrekker.organisatie, v.ontvanger.organisatie
    if v.feiten.get(Feit.ANONIEM_BESPROKEN) is True:
        # Discussed anonymously, without distinguishing features: the data
        # named are the kind of information discussed, not identifiable (r. 514).
        facts[Feit.IDENTIFICEERBAAR._value_] = _F
    elif categorieen:
        facts[Feit.IDENTIFICEERBAAR._value_] = _T
    if ontvanger is not verstrekker:
        facts[Feit.BINNEN_EIGEN_ORGANISATIE._value_] = _F
    _organisaties(facts, verstrekker, ontvanger)
    leeftijd = v.betrokkene.leeftijd
    if leeftijd is not None:
        facts[Afgeleid.JONGER_DAN_23._value_] = _truth(leeftijd < 23)
    doel = v.doel
    facts[Afgeleid.DOEL_COLLEGIAAL_ADVIES._value_] = _truth(doel is Doel.COLLEGIAAL_ADVIES)
    facts[Afgeleid.DOEL_AANGIFTE._value_] = _truth(doel is Doel.AANGIFTE)
    facts[Afgeleid.DOEL_OPENBARE_ORDE._value_] = _truth(doel is Doel.OPENBARE_ORDE)
    facts[Afgeleid.DOEL_BEGELEIDING._value_] = _truth(doel is Doel.BEGELEIDING_LEERLING)
    facts[Afgeleid.DOEL_VOORKOMEN_GEWELD._value_] = _truth(doel is Doel.VOORKOMEN_EXCESSIEF_GEWELD)
    _toestemmingen(facts, v)
    if _politie.bevoegd(v):
        _politie.feiten(facts, v, v.politiegegevens)
    return facts


def _toestemmingen(facts: dict[str, Truth], v: Verstrekking) -> None:
    """What follows from the two kinds of consent that can carry a verstrekking."""
    if v.toestemming is None:
        facts.update(_ZONDER_TOESTEMMING)
    else:
        facts[Feit.TOESTEMMING_GEGEVEN._value_] = _T
        facts.update(_consent_facts(v))
    if v.toestemming_beroepsgeheim is None:
        facts.update(_ZONDER_TOESTEMMING_GEHEIM)
    else:
        facts[Feit.TOESTEMMING_BEROEPSGEHEIM._value_] = _T
        facts.update(_geheim_facts(v))


def _geheim_facts(v: Verstrekking) -> dict[str, Truth]:
    """The conditions of the consent to lift the secrecy, as far as they are known."""
    t = v.toestemming_beroepsgeheim
    if t is None:  # pragma: no cover - guarded by the caller
        return {}
    leeftijd = v.betrokkene.leeftijd
    juist = (
        None
        if leeftijd is None
        else gegeven_door_juiste_personen(
            toestemminggevers_beroepsgeheim(leeftijd), frozenset(t.door)
        )
    )
    values = (
        t.uitdrukkelijk,
        t.vooraf_geinformeerd,
        t.vrije_keuze,
        t.draagwijdte_overzien,
        t.mondeling,
        t.vastgelegd,
        t.aantoonbaar,
        juist,
    )
    return {
        k._value_: _truth(val)
        for k, val in zip(_GEHEIM_KEYS, values, strict=True)
        if val is not None
    }


def _organisaties(
    facts: dict[str, Truth], verstrekker: Organisatie, ontvanger: Organisatie
) -> None:
    """What follows from the kinds of organisation of the parties."""
    overheid = overheidsinstantie(verstrekker)
    if overheid is not None:
        facts[Feit.OVERHEIDSINSTANTIE._value_] = _truth(overheid)
    if verstrekker is Organisatie.RECLASSERING:
        facts[Feit.ORGAAN_TOEPASSING_STRAFRECHT._value_] = _T
    facts[Afgeleid.ONTVANGER_POLITIE._value_] = _truth(ontvanger is Organisatie.POLITIE)
    facts[Afgeleid.ONTVANGER_POLITIE_OF_OM._value_] = _truth(ontvanger in _POLITIE_OF_OM)
    facts[Afgeleid.ONTVANGER_ONDERWIJS._value_] = _truth(
        ontvanger is Organisatie.ONDERWIJSINSTELLING
    )
    facts[Afgeleid.VERSTREKKER_ONDERWIJS._value_] = _truth(
        verstrekker is Organisatie.ONDERWIJSINSTELLING
    )
    facts[Afgeleid.ONTVANGER_VEILIG_THUIS._value_] = _truth(ontvanger is Organisatie.VEILIG_THUIS)
    facts[Afgeleid.ONTVANGER_RAAD._value_] = _truth(
        ontvanger is Organisatie.RAAD_VOOR_DE_KINDERBESCHERMING
    )
    facts[Afgeleid.ONTVANGER_GI._value_] = _truth(
        ontvanger is Organisatie.GECERTIFICEERDE_INSTELLING
    )
    facts[Afgeleid.ONTVANGER_VERWIJSINDEX._value_] = _truth(ontvanger is Organisatie.VERWIJSINDEX)
    facts[Afgeleid.ONTVANGER_INSPECTIE._value_] = _truth(ontvanger is Organisatie.INSPECTIE)
    facts[Afgeleid.VERSTREKKER_AANBIEDER_JEUGDHULP._value_] = _truth(
        verstrekker in _AANBIEDERS_JEUGDHULP
    )


def _consent_facts(v: Verstrekking) -> dict[str, Truth]:
    """The validity conditions of the consent, as far as they are known."""
    toestemming = v.toestemming
    if toestemming is None:  # pragma: no cover - guarded by the caller
        return {}
    leeftijd = v.betrokkene.leeftijd
    door = frozenset(toestemming.door)
    leerling = uavg = None
    if leeftijd is not None:
        leerling = gegeven_door_juiste_personen(toestemminggevers_leerling(leeftijd), door)
        uavg = gegeven_door_juiste_personen(toestemminggevers(leeftijd), door)
    values = (
        toestemming.vrij,
        toestemming.specifiek,
        toestemming.geinformeerd,
        toestemming.ondubbelzinnig,
        toestemming.uitdrukkelijk,
        toestemming.vastgelegd,
        leerling,
        uavg,
    )
    return {
        k._value_: _truth(val)
        for k, val in zip(_CONSENT_KEYS, values, strict=True)
        if val is not None
    }


class Casus:
    """Facts and judgements of one :class:`~privacyrecht.feiten.Verstrekking`."""

    __slots__ = ("facts", "judgements", "oordelen", "verstrekking")

    def __init__(
        self, verstrekking: Verstrekking, *, gegevens: tuple[Gegevenscategorie, ...] | None = None
    ) -> None:
        """Read ``verstrekking`` into truth tables.

        ``gegevens`` overrides the requested data categories (to judge one
        category on its own).
        """
        self.verstrekking = verstrekking
        categorieen = verstrekking.gegevens if gegevens is None else gegevens
        #: Facts by key: given, derived, and what follows from the consent.
        self.facts = _facts(verstrekking, categorieen)
        #: The judgements given, by the label of their toets.
        self.oordelen = {o.toets._value_: o for o in verstrekking.oordelen}
        #: Judgements by the label of their toets.
        self.judgements = {k: _T if o.antwoord else _F for k, o in self.oordelen.items()}

    def met_gegevens(self, gegevens: tuple[Gegevenscategorie, ...]) -> Casus:
        """This case, with only ``gegevens`` asked for (the rest unchanged)."""
        other = Casus.__new__(Casus)
        other.verstrekking = self.verstrekking
        other.oordelen = self.oordelen
        other.judgements = self.judgements
        facts = dict(self.facts)
        facts.update(_BASE)
        for categorie in gegevens:
            facts[_CATEGORIE_KEYS[categorie]] = _T
        facts[_ALLEEN_OVER_HET_FEIT] = _truth(OVER_HET_FEIT.issuperset(gegevens))
        facts[_ALLEEN_IDENTITEIT] = _truth(IDENTITEIT.issuperset(gegevens))
        if not gegevens and self.verstrekking.feit(Feit.IDENTIFICEERBAAR) is None:
            facts.pop(Feit.IDENTIFICEERBAAR._value_, None)
        other.facts = facts
        return other

    def met_politiegegevens(self, soorten: tuple[Politiegegevenssoort, ...]) -> Casus:
        """This case, with only politiegegevens of ``soorten`` (the rest unchanged)."""
        other = Casus.__new__(Casus)
        other.verstrekking = self.verstrekking
        other.oordelen = self.oordelen
        other.judgements = self.judgements
        facts = dict(self.facts)
        _politie.soorten(facts, self.verstrekking, soorten)
        other.facts = facts
        return other


@attrs.frozen(kw_only=True)
class _Wpg:
    bevoegde_autoriteit: Callable[[Partij], bool]
    eigen_verstrekkingenwijzer: Callable[[Partij], bool]
    wijzerregel: Callable[[Partij], Ontvangstgrondslag | None]
    doelen_artikel_19: frozenset[Doel]
    mogelijk_wgs: frozenset[Organisatie]


#: The derived facts that depend on the soorten of politiegegevens asked for;
#: soorten for which they are the same are treated alike by every rule.
SOORT_KEYS = (
    Afgeleid.GEEN_ART_9_OF_10._value_,
    Afgeleid.GEEN_ART_10B._value_,
    Afgeleid.INFORMANTEN._value_,
    Afgeleid.SOORTEN_VOLGENS_WIJZER._value_,
)


class _Politie:
    """The derived facts of the Stappenplan Politie (the table of recipients lives in ``wpg``)."""

    def __init__(self) -> None:
        self._ontvangers: dict[tuple[Organisatie, Rol], dict[str, Truth]] = {}
        self._wpg: _Wpg | None = None

    @property
    def wpg(self) -> _Wpg:
        """What this module needs of ``wpg``, imported once (``wpg`` imports this module)."""
        if self._wpg is None:
            from privacyrecht import wpg  # noqa: PLC0415

            self._wpg = _Wpg(
                bevoegde_autoriteit=wpg.bevoegde_autoriteit,
                eigen_verstrekkingenwijzer=wpg.eigen_verstrekkingenwijzer,
                wijzerregel=wpg.wijzerregel,
                doelen_artikel_19=wpg.DOELEN_ARTIKEL_19,
                mogelijk_wgs=wpg.MOGELIJK_WGS,
            )
        return self._wpg

    def bevoegd(self, v: Verstrekking) -> bool:
        return self.wpg.bevoegde_autoriteit(v.verstrekker)

    def feiten(
        self, facts: dict[str, Truth], v: Verstrekking, soorten: tuple[Politiegegevenssoort, ...]
    ) -> None:
        w = self.wpg
        eigen_verstrekkingenwijzer, wijzerregel = w.eigen_verstrekkingenwijzer, w.wijzerregel
        DOELEN_ARTIKEL_19 = w.doelen_artikel_19  # noqa: N806 - the name in wpg
        facts[Afgeleid.VERSTREKKER_BEVOEGDE_AUTORITEIT._value_] = _T
        _identificeerbaar(facts, v)
        key = (v.ontvanger.organisatie, v.ontvanger.rol)
        per_ontvanger = self._ontvangers.get(key)
        if per_ontvanger is None:
            per_ontvanger = self._ontvangers[key] = _ontvanger_feiten(v.ontvanger)
        facts.update(per_ontvanger)
        if eigen_verstrekkingenwijzer(v.verstrekker):
            # A boa has his own verstrekkingenwijzer (003 r. 823, 1313), and a
            # bijzondere opsporingsdienst is excluded from rows of the table:
            # the table of the handreiking does not answer for them.
            facts[Afgeleid.NIET_IN_WIJZER._value_] = _T
            facts.pop(Afgeleid.ONTVANGER_IN_BPG._value_, None)
        if facts.get(Afgeleid.NIET_IN_WIJZER._value_) is _T:
            gegeven = v.feiten.get(Feit.ONTVANGER_IN_BPG)
            if gegeven is not None:
                facts[Afgeleid.ONTVANGER_IN_BPG._value_] = _truth(gegeven)
        if v.ontvanger.organisatie in w.mogelijk_wgs:
            gegeven = v.feiten.get(Feit.WGS_SAMENWERKINGSVERBAND)
            if gegeven is not None:
                facts[Afgeleid.ONTVANGER_WGS._value_] = _truth(gegeven)
        if v.verstrekker.organisatie is Organisatie.BIJZONDERE_OPSPORINGSDIENST:
            # Art. 16 lid 1 onder b Wpg does not apply to the bijzondere
            # opsporingsdiensten (art. 2 lid 1 Besluit politiegegevens bod).
            facts[Afgeleid.ONTVANGER_BURGEMEESTER._value_] = _F

        regel = wijzerregel(v.ontvanger)
        facts[Afgeleid.DOEL_VOLGENS_WIJZER._value_] = _truth(
            regel is not None and regel.genoemd and v.doel in regel.doelen
        )
        facts[Afgeleid.DOEL_POLITIETAAK._value_] = _truth(v.doel is Doel.POLITIETAAK)
        if v.doel in DOELEN_ARTIKEL_19:
            facts[Afgeleid.DOEL_ARTIKEL_19._value_] = _T
        elif v.doel in _GEEN_DOEL_ARTIKEL_19:
            facts[Afgeleid.DOEL_ARTIKEL_19._value_] = _F
        self.soorten(facts, v, soorten)

    @staticmethod
    def soorten(
        facts: dict[str, Truth], v: Verstrekking, soorten: tuple[Politiegegevenssoort, ...]
    ) -> None:
        keys = SOORT_KEYS
        if not soorten:
            for key in keys:
                facts.pop(key, None)
            return
        gekozen = frozenset(soorten)
        facts[keys[0]] = _truth(not gekozen & ART_9_EN_10_SOORTEN)
        facts[keys[1]] = _truth(Politiegegevenssoort.ART_10_B not in gekozen)
        facts[keys[2]] = _truth(Politiegegevenssoort.ART_12 in gekozen)
        wijzerregel = _politie.wpg.wijzerregel

        regel = wijzerregel(v.ontvanger)
        if regel is None:
            facts[keys[3]] = _T  # the Bpg article says which; see Toets.DOEL_VOLGENS_BPG
        else:
            facts[keys[3]] = _truth(regel.genoemd and gekozen <= regel.soorten)


def _identificeerbaar(facts: dict[str, Truth], v: Verstrekking) -> None:
    """Stap 2A of the Stappenplan Politie: about an identifiable person?

    Yes when the verstrekker says so, or names categories of personal data.  An
    anonymous discussion among colleagues (003 r. 514) is a notion of the zorg
    stappenplan only, so it does not count here.
    """
    gegeven = v.feiten.get(Feit.IDENTIFICEERBAAR)
    if gegeven is not None:
        facts[Afgeleid.POLITIE_IDENTIFICEERBAAR._value_] = _truth(gegeven)
    elif v.gegevens:
        facts[Afgeleid.POLITIE_IDENTIFICEERBAAR._value_] = _T


def _ontvanger_feiten(ontvanger: Partij) -> dict[str, Truth]:
    """What follows from who the recipient is, for the Stappenplan Politie."""
    bevoegde_autoriteit, wijzerregel = _politie.wpg.bevoegde_autoriteit, _politie.wpg.wijzerregel

    org, rol = ontvanger.organisatie, ontvanger.rol
    regel = wijzerregel(ontvanger)
    facts = {
        Afgeleid.ONTVANGER_BEVOEGDE_AUTORITEIT._value_: _truth(bevoegde_autoriteit(ontvanger)),
        Afgeleid.ONTVANGER_BURGEMEESTER._value_: _truth(
            org is Organisatie.GEMEENTE and rol is Rol.BURGEMEESTER
        ),
        Afgeleid.ONTVANGER_OM._value_: _truth(org is Organisatie.OPENBAAR_MINISTERIE),
        Afgeleid.ONTVANGER_INLICHTINGENDIENST._value_: _truth(
            org is Organisatie.INLICHTINGENDIENST
        ),
        Afgeleid.NIET_IN_WIJZER._value_: _truth(regel is None),
    }
    if org is Organisatie.RIEC:
        facts[Afgeleid.ONTVANGER_WGS._value_] = _T
    elif org not in _politie.wpg.mogelijk_wgs:
        facts[Afgeleid.ONTVANGER_WGS._value_] = _F
    if regel is not None:
        facts[Afgeleid.ONTVANGER_IN_BPG._value_] = _truth(regel.genoemd)
    return facts


_politie = _Politie()
