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
    Toestemminggever,
    Verstrekking,
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


def _juiste_personen_onderwijs(leeftijd: int | None, door: frozenset[Toestemminggever]) -> bool | None:
    """003 r. 4425-4427: <12 ouder; 12 t/m 15 ouder en leerling samen; 16+ leerling zelf."""
    if leeftijd is None:
        return None
    if leeftijd < 12:
        return Toestemminggever.OUDER in door
    if leeftijd < 16:
        return {Toestemminggever.OUDER, Toestemminggever.BETROKKENE} <= door
    return Toestemminggever.BETROKKENE in door


def _juiste_personen_uavg(leeftijd: int | None, door: frozenset[Toestemminggever]) -> bool | None:
    """Art. 5 lid 1 UAVG: onder de 16 jaar de wettelijk vertegenwoordiger."""
    if leeftijd is None:
        return None
    if leeftijd < 16:
        return Toestemminggever.OUDER in door
    return Toestemminggever.BETROKKENE in door


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
        facts: dict[str, bool] = {str(k): v for k, v in verstrekking.feiten.items()}
        v = verstrekking
        categorieen = v.gegevens if gegevens is None else gegevens
        if categorieen:
            facts[Feit.IDENTIFICEERBAAR] = True
        if v.ontvanger.organisatie is not v.verstrekker.organisatie:
            facts[Feit.BINNEN_EIGEN_ORGANISATIE] = False
        overheid = overheidsinstantie(v.verstrekker.organisatie)
        if overheid is not None:
            facts[Feit.OVERHEIDSINSTANTIE] = overheid
        if v.toestemming is not None:
            facts[Feit.TOESTEMMING_GEGEVEN] = True
        ontvanger = v.ontvanger.organisatie
        facts[Afgeleid.ONTVANGER_POLITIE] = ontvanger is Organisatie.POLITIE
        facts[Afgeleid.ONTVANGER_POLITIE_OF_OM] = ontvanger in {
            Organisatie.POLITIE,
            Organisatie.OPENBAAR_MINISTERIE,
        }
        facts[Afgeleid.ONTVANGER_ONDERWIJS] = ontvanger is Organisatie.ONDERWIJSINSTELLING
        facts[Afgeleid.VERSTREKKER_ONDERWIJS] = (
            v.verstrekker.organisatie is Organisatie.ONDERWIJSINSTELLING
        )
        facts[Afgeleid.DOEL_AANGIFTE] = v.doel is Doel.AANGIFTE
        facts[Afgeleid.DOEL_OPENBARE_ORDE] = v.doel is Doel.OPENBARE_ORDE
        facts[Afgeleid.DOEL_BEGELEIDING] = v.doel is Doel.BEGELEIDING_LEERLING
        for categorie in Gegevenscategorie:
            facts[heeft_categorie(categorie)] = categorie in categorieen
        toestemming = v.toestemming
        if toestemming is None:
            # Zonder toestemming zijn de geldigheidsvoorwaarden niet aan de orde:
            # de vraag is dan of er toestemming is (Feit.TOESTEMMING_GEGEVEN).
            for key in (
                Afgeleid.TOESTEMMING_VRIJ,
                Afgeleid.TOESTEMMING_SPECIFIEK,
                Afgeleid.TOESTEMMING_GEINFORMEERD,
                Afgeleid.TOESTEMMING_ONDUBBELZINNIG,
                Afgeleid.TOESTEMMING_UITDRUKKELIJK,
                Afgeleid.TOESTEMMING_VASTGELEGD,
                Afgeleid.TOESTEMMING_JUISTE_PERSONEN_ONDERWIJS,
                Afgeleid.TOESTEMMING_JUISTE_PERSONEN_UAVG,
            ):
                facts[key] = True
        else:
            for key, value in (
                (Afgeleid.TOESTEMMING_VRIJ, toestemming.vrij),
                (Afgeleid.TOESTEMMING_SPECIFIEK, toestemming.specifiek),
                (Afgeleid.TOESTEMMING_GEINFORMEERD, toestemming.geinformeerd),
                (Afgeleid.TOESTEMMING_ONDUBBELZINNIG, toestemming.ondubbelzinnig),
                (Afgeleid.TOESTEMMING_UITDRUKKELIJK, toestemming.uitdrukkelijk),
                (Afgeleid.TOESTEMMING_VASTGELEGD, toestemming.vastgelegd),
                (
                    Afgeleid.TOESTEMMING_JUISTE_PERSONEN_ONDERWIJS,
                    _juiste_personen_onderwijs(v.betrokkene.leeftijd, frozenset(toestemming.door)),
                ),
                (
                    Afgeleid.TOESTEMMING_JUISTE_PERSONEN_UAVG,
                    _juiste_personen_uavg(v.betrokkene.leeftijd, frozenset(toestemming.door)),
                ),
            ):
                if value is not None:
                    facts[key] = value
        self._facts = {k: Truth.of(val) for k, val in facts.items()}
        self._judgements = {str(o.toets): Truth.of(o.antwoord) for o in v.oordelen}

    def fact(self, key: str) -> Truth:
        """The truth of fact ``key``; ``UNKNOWN`` when not given nor derived."""
        return self._facts.get(key, Truth.UNKNOWN)

    def judgement(self, key: str) -> Truth:
        """The truth of judgement ``key``; ``UNKNOWN`` when not made."""
        return self._judgements.get(key, Truth.UNKNOWN)
