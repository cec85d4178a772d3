"""Deterministic generator of valid :class:`~privacyrecht.Verstrekking` cases for the benchmark.

The cases cover the whole input space: every verstrekker organisation/role
combination that :data:`~privacyrecht.feiten.ROLLEN_PER_ORGANISATIE` allows,
every ontvanger organisation (with a role that fits it), every doel, random
subsets of gegevens categories, facts (true, false or absent) and judgements,
sometimes a toestemming (as AVG ground, or to lift the beroepsgeheim) and
sometimes the age of the betrokkene.

Verstrekker, ontvanger and doel are drawn from shuffled decks: every value
comes once per round of its deck, so even a small run covers all of them.
The decks have different lengths, so their combinations keep varying.

A drawn case whose construction raises :class:`~privacyrecht.InputError`
(contradictory input, e.g. "binnen eigen organisatie" for a recipient of
another kind) is skipped and drawn again; :attr:`Generated.skipped` counts how
often that happened.  Nothing else is filtered.

The output depends only on ``n`` and ``seed``: sets are sorted before any
random choice, so string hash randomisation does not change the cases.

>>> a = generate(50, seed=7)
>>> b = generate(50, seed=7)
>>> a.cases == b.cases and len(a.cases) == 50
True
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Generic, TypeVar

import attrs

import privacyrecht as pr
from privacyrecht.feiten import ROLLEN_PER_ORGANISATIE

__all__ = ["DEFAULT_SEED", "VERSTREKKERS", "Generated", "generate"]

T = TypeVar("T")

DEFAULT_SEED = 20261201

#: Every (organisation, role) combination a verstrekker may have, in a fixed order.
VERSTREKKERS: tuple[tuple[pr.Organisatie, pr.Rol], ...] = tuple(
    (org, rol)
    for org in pr.Organisatie
    for rol in sorted(ROLLEN_PER_ORGANISATIE[org], key=lambda r: r.value)
)

#: The roles for which a stappenplan is worked out.  Two cases in three are
#: drawn from these, so that the figures are about the stappenplannen and not
#: mostly about the answer "no stappenplan yet".
MET_STAPPENPLAN: tuple[tuple[pr.Organisatie, pr.Rol], ...] = (
    (pr.Organisatie.GEMEENTE, pr.Rol.OPENBARE_ORDE),
    (pr.Organisatie.ONDERWIJSINSTELLING, pr.Rol.LEERKRACHT),
    (pr.Organisatie.ONDERWIJSINSTELLING, pr.Rol.ONDERWIJSMEDEWERKER),
    (pr.Organisatie.ZORGAANBIEDER, pr.Rol.MEDISCH_ZORGVERLENER),
    (pr.Organisatie.JEUGDHULPAANBIEDER, pr.Rol.JEUGDHULPVERLENER),
    (pr.Organisatie.GEMEENTE, pr.Rol.OVERIGE_HULPVERLENER),
    (pr.Organisatie.POLITIE, pr.Rol.POLITIEAMBTENAAR),
    (pr.Organisatie.GEMEENTE, pr.Rol.BOA),
)

_ROLLEN: dict[pr.Organisatie, tuple[pr.Rol, ...]] = {
    org: tuple(sorted(ROLLEN_PER_ORGANISATIE[org], key=lambda r: r.value)) for org in pr.Organisatie
}

_DOOR = (
    "J. de Vries, wijkcoördinator openbare orde",
    "A. Bakker, intern begeleider",
    "M. Jansen, jurist sociaal domein",
    "S. el Amrani, teamleider leerlingzorg",
)
_MOTIVERING = (
    "Afgewogen tegen de belangen van de betrokkene; zie het dossier.",
    "Er is geen minder ingrijpend middel dat hetzelfde doel bereikt.",
    "Alleen de gegevens die voor dit doel nodig zijn gaan mee.",
    "Besproken in het casusoverleg; vastgelegd in het verslag.",
)
_OMVANG = (
    "de gegevens in deze casus, aan deze ontvanger, voor dit doel",
    "de schoolresultaten en het verzuim, aan het samenwerkingsverband",
)
_OMSCHRIJVING = (
    "",
    "",
    "Zorgen over een leerling na een incident op het schoolplein.",
    "Melding van overlast in de wijk; afstemming met de politie.",
)
_EERSTE_DATUM = dt.date(2023, 5, 1)
_DAGEN = (dt.date(2026, 12, 1) - _EERSTE_DATUM).days


@attrs.frozen(kw_only=True)
class Generated:
    """The generated cases and how many drawn cases were skipped as contradictory."""

    cases: tuple[pr.Verstrekking, ...]
    skipped: int
    seed: int


class _Deck(Generic[T]):
    """Draw the items in a shuffled order, reshuffling after every round."""

    def __init__(self, rng: random.Random, items: Sequence[T]) -> None:
        self._rng = rng
        self._items = list(items)
        self._order: list[T] = []

    def draw(self) -> T:
        if not self._order:
            self._order = self._items.copy()
            self._rng.shuffle(self._order)
        return self._order.pop()


def _subset(rng: random.Random, items: Sequence[T]) -> list[T]:
    """A random subset in random order: first a size, then that many distinct items."""
    return rng.sample(list(items), rng.randint(0, len(items)))


def _maybe_bool(rng: random.Random) -> bool | None:
    return rng.choice((None, True, False))


def _feiten(rng: random.Random) -> dict[pr.Feit, bool]:
    # A density per case, so that both sparse and nearly complete fact sets occur.
    density = rng.random()
    return {feit: rng.random() < 0.5 for feit in pr.Feit if rng.random() < density}


def _oordelen(rng: random.Random) -> tuple[pr.Oordeel, ...]:
    return tuple(
        pr.Oordeel(
            toets=toets,
            antwoord=rng.random() < 0.7,
            door=rng.choice(_DOOR),
            datum=_EERSTE_DATUM + dt.timedelta(days=rng.randint(0, _DAGEN)),
            motivering=rng.choice(_MOTIVERING),
        )
        for toets in _subset(rng, list(pr.Toets))
    )


def _toestemming(rng: random.Random) -> pr.Toestemming | None:
    if rng.random() >= 0.3:
        return None
    return pr.Toestemming(
        door=rng.sample(list(pr.Toestemminggever), rng.randint(1, len(pr.Toestemminggever))),
        omvang=rng.choice(_OMVANG),
        vrij=_maybe_bool(rng),
        specifiek=_maybe_bool(rng),
        geinformeerd=_maybe_bool(rng),
        ondubbelzinnig=_maybe_bool(rng),
        uitdrukkelijk=_maybe_bool(rng),
        vastgelegd=_maybe_bool(rng),
    )


def _toestemming_beroepsgeheim(rng: random.Random) -> pr.ToestemmingBeroepsgeheim | None:
    if rng.random() >= 0.3:
        return None
    return pr.ToestemmingBeroepsgeheim(
        door=rng.sample(list(pr.Toestemminggever), rng.randint(1, len(pr.Toestemminggever))),
        omvang=rng.choice(_OMVANG),
        uitdrukkelijk=_maybe_bool(rng),
        vooraf_geinformeerd=_maybe_bool(rng),
        vrije_keuze=_maybe_bool(rng),
        draagwijdte_overzien=_maybe_bool(rng),
        mondeling=_maybe_bool(rng),
        vastgelegd=_maybe_bool(rng),
        aantoonbaar=_maybe_bool(rng),
    )


_SOORTEN_BOA = (
    pr.Politiegegevenssoort.ART_8,
    pr.Politiegegevenssoort.ART_9,
    pr.Politiegegevenssoort.ART_13,
)


def _politiegegevens(rng: random.Random, rol: pr.Rol) -> list[pr.Politiegegevenssoort]:
    """The Wpg classification of the data (a boa processes no art. 10 or 12 data)."""
    soorten = (
        _SOORTEN_BOA
        if rol is pr.Rol.BOA
        else tuple(s for s in pr.Politiegegevenssoort if s is not pr.Politiegegevenssoort.ART_10_C)
        if rol is pr.Rol.OPSPORINGSAMBTENAAR
        else tuple(pr.Politiegegevenssoort)
    )
    return _subset(rng, list(soorten))[:2]


def _leeftijd(rng: random.Random) -> int | None:
    keuze = rng.random()
    if keuze < 0.4:
        return None
    if keuze < 0.8:
        return rng.randint(0, 20)
    return rng.randint(0, 130)


def generate(n: int, seed: int = DEFAULT_SEED) -> Generated:
    """``n`` valid cases, the same for the same ``n`` and ``seed``."""
    rng = random.Random(seed)
    verstrekkers = _Deck(rng, VERSTREKKERS)
    met_plan = _Deck(rng, MET_STAPPENPLAN)
    ontvangers = _Deck(rng, list(pr.Organisatie))
    doelen = _Deck(rng, list(pr.Doel))
    cases: list[pr.Verstrekking] = []
    skipped = 0
    while len(cases) < n:
        org, rol = met_plan.draw() if rng.random() < 2 / 3 else verstrekkers.draw()
        ontvanger = ontvangers.draw()
        doel = doelen.draw()
        # Draw again (a new case) until the input is consistent.
        while True:
            try:
                case = pr.Verstrekking(
                    verstrekker=pr.Partij(organisatie=org, rol=rol),
                    ontvanger=pr.Partij(organisatie=ontvanger, rol=rng.choice(_ROLLEN[ontvanger])),
                    gegevens=_subset(rng, list(pr.Gegevenscategorie)),
                    doel=doel,
                    betrokkene=pr.Betrokkene(leeftijd=_leeftijd(rng)),
                    feiten=_feiten(rng),
                    oordelen=_oordelen(rng),
                    toestemming=_toestemming(rng),
                    toestemming_beroepsgeheim=_toestemming_beroepsgeheim(rng),
                    politiegegevens=_politiegegevens(rng, rol),
                    omschrijving=rng.choice(_OMSCHRIJVING),
                )
            except pr.InputError:
                skipped += 1
                continue
            cases.append(case)
            break
    return Generated(cases=tuple(cases), skipped=skipped, seed=seed)
