"""Contradictions in the input, found before anything is evaluated.

A contradiction is an error, not a legal outcome: the case as given cannot be
true.  Every contradiction found is reported at once.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from privacyrecht import wpg
from privacyrecht._casus import overheidsinstantie
from privacyrecht.errors import InputError, Problem, join_path
from privacyrecht.feiten import Feit, Organisatie, Politiegegevenssoort, Rol

if TYPE_CHECKING:
    from privacyrecht.feiten import Verstrekking

__all__ = ["controleer"]


def _feitpad(feit: Feit) -> str:
    return join_path("$.feiten", feit.value)


def _identificeerbaar(v: Verstrekking) -> Iterator[Problem]:
    if v.feit(Feit.IDENTIFICEERBAAR) is False and v.gegevens:
        yield Problem(
            path=_feitpad(Feit.IDENTIFICEERBAAR),
            message=(
                "tegenstrijdig: de gegevens zijn niet tot een persoon herleidbaar, "
                "maar 'gegevens' noemt soorten persoonsgegevens"
            ),
            expected="'gegevens' leeg laten, of dit feit weglaten of op true zetten",
        )


def _eigen_organisatie(v: Verstrekking) -> Iterator[Problem]:
    if (
        v.feit(Feit.BINNEN_EIGEN_ORGANISATIE) is True
        and v.ontvanger.organisatie is not v.verstrekker.organisatie
    ):
        yield Problem(
            path=_feitpad(Feit.BINNEN_EIGEN_ORGANISATIE),
            message=(
                "tegenstrijdig: de ontvanger zou binnen de eigen organisatie werken, maar is "
                f"een {v.ontvanger.organisatie.value} en de verstrekker een "
                f"{v.verstrekker.organisatie.value}"
            ),
            expected="false, of hetzelfde soort organisatie voor verstrekker en ontvanger",
        )


def _overheid(v: Verstrekking) -> Iterator[Problem]:
    overheid = overheidsinstantie(v.verstrekker.organisatie)
    gegeven = v.feit(Feit.OVERHEIDSINSTANTIE)
    if overheid is not None and gegeven is not None and gegeven is not overheid:
        yield Problem(
            path=_feitpad(Feit.OVERHEIDSINSTANTIE),
            message=(
                f"tegenstrijdig: een {v.verstrekker.organisatie.value} is "
                f"{'wel' if overheid else 'geen'} overheidsinstantie"
            ),
            expected=str(overheid).lower(),
        )


def _strafrecht(v: Verstrekking) -> Iterator[Problem]:
    if (
        v.verstrekker.organisatie is Organisatie.RECLASSERING
        and v.feit(Feit.ORGAAN_TOEPASSING_STRAFRECHT) is False
    ):
        yield Problem(
            path=_feitpad(Feit.ORGAAN_TOEPASSING_STRAFRECHT),
            message="tegenstrijdig: de reclassering is belast met de toepassing van het strafrecht",
            expected="true, of dit feit weglaten",
        )


def _toestemming(v: Verstrekking) -> Iterator[Problem]:
    gegeven = v.feit(Feit.TOESTEMMING_GEGEVEN)
    if gegeven is False and v.toestemming is not None:
        yield Problem(
            path=_feitpad(Feit.TOESTEMMING_GEGEVEN),
            message="tegenstrijdig: er zou geen toestemming zijn, maar 'toestemming' is ingevuld",
            expected="dit feit weglaten, of 'toestemming' weglaten",
        )
    if gegeven is True and v.toestemming is None:
        yield Problem(
            path="$.toestemming",
            message="er zou toestemming zijn gegeven, maar wie die gaf en waarvoor ontbreekt",
            expected="een toestemming met 'door' en 'omvang'",
        )
    if v.feit(Feit.GEEN_TOESTEMMING_MOGELIJK) is True and v.toestemming is not None:
        yield Problem(
            path=_feitpad(Feit.GEEN_TOESTEMMING_MOGELIJK),
            message=(
                "tegenstrijdig: de betrokkene zou geen toestemming kunnen geven, "
                "maar 'toestemming' is ingevuld"
            ),
            expected="false, of 'toestemming' weglaten",
        )


def _toestemming_beroepsgeheim(v: Verstrekking) -> Iterator[Problem]:
    gegeven = v.feit(Feit.TOESTEMMING_BEROEPSGEHEIM)
    if gegeven is False and v.toestemming_beroepsgeheim is not None:
        yield Problem(
            path=_feitpad(Feit.TOESTEMMING_BEROEPSGEHEIM),
            message=(
                "tegenstrijdig: er zou geen toestemming zijn om het beroepsgeheim te doorbreken, "
                "maar 'toestemming_beroepsgeheim' is ingevuld"
            ),
            expected="dit feit weglaten, of 'toestemming_beroepsgeheim' weglaten",
        )
    if gegeven is True and v.toestemming_beroepsgeheim is None:
        yield Problem(
            path="$.toestemming_beroepsgeheim",
            message=(
                "er zou toestemming zijn gegeven om het beroepsgeheim te doorbreken, maar wie die "
                "gaf en waarvoor ontbreekt"
            ),
            expected="een toestemming_beroepsgeheim met 'door' en 'omvang'",
        )


def _anoniem(v: Verstrekking) -> Iterator[Problem]:
    if v.feit(Feit.ANONIEM_BESPROKEN) is True and v.feit(Feit.IDENTIFICEERBAAR) is True:
        yield Problem(
            path=_feitpad(Feit.ANONIEM_BESPROKEN),
            message=(
                "tegenstrijdig: de casus zou anoniem worden besproken, maar de gegevens zouden tot "
                "de persoon herleidbaar zijn"
            ),
            expected="false, of 'identificeerbare persoon' weglaten of op false zetten",
        )


def _twee_keer(veld: str, wat: str, items: tuple[enum.StrEnum, ...]) -> Iterator[Problem]:
    """A label that stands twice in the list ``veld``."""
    seen: set[object] = set()
    for index, item in enumerate(items):
        if item in seen:
            yield Problem(
                path=f"$.{veld}[{index}]",
                message=f"de {wat} {item.value!r} staat er twee keer in",
                expected=f"elke {wat} één keer",
            )
        seen.add(item)


def _dubbel(v: Verstrekking) -> Iterator[Problem]:
    yield from _twee_keer("gegevens", "categorie", v.gegevens)
    yield from _twee_keer("politiegegevens", "soort", v.politiegegevens)
    first: dict[object, int] = {}
    for index, oordeel in enumerate(v.oordelen):
        if oordeel.toets in first:
            yield Problem(
                path=f"$.oordelen[{index}].toets",
                message=(
                    f"er is al een oordeel over {oordeel.toets.value!r} "
                    f"(oordelen[{first[oordeel.toets]}]); geef per toets één oordeel"
                ),
                expected="elke toets één keer",
            )
        else:
            first[oordeel.toets] = index


#: Boa's process no politiegegevens under art. 10, 11 lid 2 or 12 Wpg (art. 2
#: lid 1 Besluit politiegegevens buitengewoon opsporingsambtenaren).
_NIET_VOOR_BOA = frozenset(
    {
        Politiegegevenssoort.ART_10_A,
        Politiegegevenssoort.ART_10_B,
        Politiegegevenssoort.ART_10_C,
        Politiegegevenssoort.ART_12,
    }
)


def _politie(v: Verstrekking) -> Iterator[Problem]:
    regel = wpg.wijzerregel(v.ontvanger)
    gegeven = v.feit(Feit.ONTVANGER_IN_BPG)
    if (
        regel is not None
        and gegeven is not None
        and gegeven is not regel.genoemd
        and not wpg.eigen_verstrekkingenwijzer(v.verstrekker)
    ):
        yield Problem(
            path=_feitpad(Feit.ONTVANGER_IN_BPG),
            message=(
                f"tegenstrijdig: volgens de tabel van de handreiking (r. {regel.bron[0].regel}) is "
                f"{regel.ontvanger} {'wel' if regel.genoemd else 'niet'} genoemd in het Besluit "
                "politiegegevens"
            ),
            expected=f"{str(regel.genoemd).lower()}, of dit feit weglaten",
        )
    wgs = v.feit(Feit.WGS_SAMENWERKINGSVERBAND)
    org = v.ontvanger.organisatie
    if wgs is not None and org not in wpg.MOGELIJK_WGS:
        riec = org is Organisatie.RIEC
        if wgs is not riec:
            yield Problem(
                path=_feitpad(Feit.WGS_SAMENWERKINGSVERBAND),
                message=(
                    f"tegenstrijdig: een {org.value} is "
                    f"{'wel' if riec else 'geen'} samenwerkingsverband van de Wgs"
                ),
                expected=f"{str(riec).lower()}, of dit feit weglaten",
            )


def _soorten(v: Verstrekking) -> Iterator[Problem]:
    if v.verstrekker.rol is Rol.BOA:
        for index, soort in enumerate(v.politiegegevens):
            if soort in _NIET_VOOR_BOA:
                yield Problem(
                    path=f"$.politiegegevens[{index}]",
                    message=(
                        f"tegenstrijdig: een boa verwerkt geen politiegegevens op grond van "
                        f"{soort.value} (art. 2 lid 1 Besluit politiegegevens boa's)"
                    ),
                    expected="art. 8 Wpg, art. 9 Wpg of art. 13 lid 1 Wpg",
                )
    if v.verstrekker.organisatie is Organisatie.BIJZONDERE_OPSPORINGSDIENST:
        for index, soort in enumerate(v.politiegegevens):
            if soort is Politiegegevenssoort.ART_10_C:
                yield Problem(
                    path=f"$.politiegegevens[{index}]",
                    message=(
                        "tegenstrijdig: een bijzondere opsporingsdienst verwerkt geen "
                        "politiegegevens op grond van art. 10 lid 1 onder c Wpg (art. 2 lid 1 "
                        "Besluit politiegegevens bijzondere opsporingsdiensten)"
                    ),
                    expected="een andere soort",
                )


_CHECKS: tuple[Callable[[Verstrekking], Iterator[Problem]], ...] = (
    _identificeerbaar,
    _eigen_organisatie,
    _overheid,
    _strafrecht,
    _toestemming,
    _toestemming_beroepsgeheim,
    _anoniem,
    _dubbel,
    _politie,
    _soorten,
)


def controleer(v: Verstrekking) -> None:
    """Raise :class:`InputError` listing every contradiction in ``v``."""
    problems = [p for check in _CHECKS for p in check(v)]
    if problems:
        raise InputError(problems)
