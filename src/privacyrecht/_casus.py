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

from privacyrecht._engine import Truth
from privacyrecht.feiten import (
    Doel,
    Feit,
    Gegevenscategorie,
    Organisatie,
    Verstrekking,
)
from privacyrecht.toestemming import (
    gegeven_door_juiste_personen,
    toestemminggevers,
    toestemminggevers_leerling,
)

__all__ = ["Afgeleid", "Casus", "heeft_categorie", "overheidsinstantie"]

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


def heeft_categorie(categorie: Gegevenscategorie) -> str:
    """The derived-fact key "the data include ``categorie``"."""
    return f"afgeleid:gegevens bevatten {categorie.value}"


def overheidsinstantie(organisatie: Organisatie) -> bool | None:
    """Whether ``organisatie`` is an overheidsinstantie, or ``None`` if that depends."""
    if organisatie in _OVERHEID:
        return True
    if organisatie is Organisatie.ONDERWIJSINSTELLING:
        return None  # openbare of bijzondere school: zie 003 r. 4469-4477, 5000
    return None


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


def _given_facts(v: Verstrekking, categorieen: tuple[Gegevenscategorie, ...]) -> dict[str, bool]:
    """The user's facts, completed with what follows from the parties and the data."""
    facts: dict[str, bool] = {str(k): val for k, val in v.feiten.items()}
    if categorieen:
        facts[Feit.IDENTIFICEERBAAR] = True
    if v.ontvanger.organisatie is not v.verstrekker.organisatie:
        facts[Feit.BINNEN_EIGEN_ORGANISATIE] = False
    overheid = overheidsinstantie(v.verstrekker.organisatie)
    if overheid is not None:
        facts[Feit.OVERHEIDSINSTANTIE] = overheid
    if v.toestemming is not None:
        facts[Feit.TOESTEMMING_GEGEVEN] = True
    if v.verstrekker.organisatie is Organisatie.RECLASSERING:
        facts[Feit.ORGAAN_TOEPASSING_STRAFRECHT] = True
    return facts


def _derived_facts(v: Verstrekking, categorieen: tuple[Gegevenscategorie, ...]) -> dict[str, bool]:
    """Facts that only follow from the input (the ``afgeleid:`` keys)."""
    ontvanger = v.ontvanger.organisatie
    facts: dict[str, bool] = {
        Afgeleid.ONTVANGER_POLITIE: ontvanger is Organisatie.POLITIE,
        Afgeleid.ONTVANGER_POLITIE_OF_OM: ontvanger
        in {Organisatie.POLITIE, Organisatie.OPENBAAR_MINISTERIE},
        Afgeleid.ONTVANGER_ONDERWIJS: ontvanger is Organisatie.ONDERWIJSINSTELLING,
        Afgeleid.VERSTREKKER_ONDERWIJS: v.verstrekker.organisatie
        is Organisatie.ONDERWIJSINSTELLING,
        Afgeleid.DOEL_AANGIFTE: v.doel is Doel.AANGIFTE,
        Afgeleid.DOEL_OPENBARE_ORDE: v.doel is Doel.OPENBARE_ORDE,
        Afgeleid.DOEL_BEGELEIDING: v.doel is Doel.BEGELEIDING_LEERLING,
    }
    for categorie in Gegevenscategorie:
        facts[heeft_categorie(categorie)] = categorie in categorieen
    return facts


def _consent_facts(v: Verstrekking) -> dict[str, bool]:
    """The validity conditions of the consent, as far as they are known.

    Without consent the conditions do not arise: the question is then whether
    there is consent at all (``Feit.TOESTEMMING_GEGEVEN``), so they count as met.
    """
    toestemming = v.toestemming
    if toestemming is None:
        return dict.fromkeys(_CONSENT_KEYS, True)
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
    return {k: val for k, val in zip(_CONSENT_KEYS, values, strict=True) if val is not None}


class Casus:
    """Facts and judgements of one :class:`~privacyrecht.feiten.Verstrekking`."""

    __slots__ = ("_facts", "_judgements", "verstrekking")

    def __init__(
        self, verstrekking: Verstrekking, *, gegevens: tuple[Gegevenscategorie, ...] | None = None
    ) -> None:
        """Read ``verstrekking`` into truth tables.

        ``gegevens`` overrides the requested data categories (to judge one
        category on its own).
        """
        self.verstrekking = verstrekking
        categorieen = verstrekking.gegevens if gegevens is None else gegevens
        facts = _given_facts(verstrekking, categorieen)
        facts.update(_derived_facts(verstrekking, categorieen))
        facts.update(_consent_facts(verstrekking))
        self._facts = {k: Truth.of(val) for k, val in facts.items()}
        self._judgements = {str(o.toets): Truth.of(o.antwoord) for o in verstrekking.oordelen}

    def fact(self, key: str) -> Truth:
        """The truth of fact ``key``; ``UNKNOWN`` when not given nor derived."""
        return self._facts.get(key, Truth.UNKNOWN)

    def judgement(self, key: str) -> Truth:
        """The truth of judgement ``key``; ``UNKNOWN`` when not made."""
        return self._judgements.get(key, Truth.UNKNOWN)
