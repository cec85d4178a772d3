"""Contradictions in the input, found before anything is evaluated.

A contradiction is an error, not a legal outcome: the case as given cannot be
true.  Every contradiction found is reported at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from privacyrecht._casus import overheidsinstantie
from privacyrecht.errors import InputError, Problem
from privacyrecht.feiten import Feit

if TYPE_CHECKING:
    from privacyrecht.feiten import Verstrekking

__all__ = ["controleer"]


def _feitpad(feit: Feit) -> str:
    return f"$.feiten.{feit.value}"


def controleer(v: Verstrekking) -> None:
    """Raise :class:`InputError` listing every contradiction in ``v``."""
    problems: list[Problem] = []
    if v.feit(Feit.IDENTIFICEERBAAR) is False and v.gegevens:
        problems.append(
            Problem(
                path=_feitpad(Feit.IDENTIFICEERBAAR),
                message=(
                    "tegenstrijdig: de gegevens zijn niet tot een persoon herleidbaar, "
                    "maar 'gegevens' noemt soorten persoonsgegevens"
                ),
                expected="'gegevens' leeg laten, of dit feit weglaten of op true zetten",
            )
        )
    if (
        v.feit(Feit.BINNEN_EIGEN_ORGANISATIE) is True
        and v.ontvanger.organisatie is not v.verstrekker.organisatie
    ):
        problems.append(
            Problem(
                path=_feitpad(Feit.BINNEN_EIGEN_ORGANISATIE),
                message=(
                    "tegenstrijdig: de ontvanger zou binnen de eigen organisatie werken, maar is "
                    f"een {v.ontvanger.organisatie.value} en de verstrekker een "
                    f"{v.verstrekker.organisatie.value}"
                ),
                expected="false, of hetzelfde soort organisatie voor verstrekker en ontvanger",
            )
        )
    overheid = overheidsinstantie(v.verstrekker.organisatie)
    gegeven = v.feit(Feit.OVERHEIDSINSTANTIE)
    if overheid is not None and gegeven is not None and gegeven is not overheid:
        problems.append(
            Problem(
                path=_feitpad(Feit.OVERHEIDSINSTANTIE),
                message=(
                    f"tegenstrijdig: een {v.verstrekker.organisatie.value} is "
                    f"{'wel' if overheid else 'geen'} overheidsinstantie"
                ),
                expected=str(overheid).lower(),
            )
        )
    toestemming = v.feit(Feit.TOESTEMMING_GEGEVEN)
    if toestemming is False and v.toestemming is not None:
        problems.append(
            Problem(
                path=_feitpad(Feit.TOESTEMMING_GEGEVEN),
                message="tegenstrijdig: er zou geen toestemming zijn, maar 'toestemming' is ingevuld",
                expected="dit feit weglaten, of 'toestemming' weglaten",
            )
        )
    if toestemming is True and v.toestemming is None:
        problems.append(
            Problem(
                path="$.toestemming",
                message=(
                    "er zou toestemming zijn gegeven, maar wie die gaf en waarvoor ontbreekt"
                ),
                expected="een toestemming met 'door' en 'omvang'",
            )
        )
    if v.feit(Feit.GEEN_TOESTEMMING_MOGELIJK) is True and v.toestemming is not None:
        problems.append(
            Problem(
                path=_feitpad(Feit.GEEN_TOESTEMMING_MOGELIJK),
                message=(
                    "tegenstrijdig: de betrokkene zou geen toestemming kunnen geven, "
                    "maar 'toestemming' is ingevuld"
                ),
                expected="false, of 'toestemming' weglaten",
            )
        )
    seen: set[object] = set()
    for index, categorie in enumerate(v.gegevens):
        if categorie in seen:
            problems.append(
                Problem(
                    path=f"$.gegevens[{index}]",
                    message=f"de categorie {categorie.value!r} staat er twee keer in",
                    expected="elke categorie één keer",
                )
            )
        seen.add(categorie)
    first: dict[object, int] = {}
    for index, oordeel in enumerate(v.oordelen):
        if oordeel.toets in first:
            problems.append(
                Problem(
                    path=f"$.oordelen[{index}].toets",
                    message=(
                        f"er is al een oordeel over {oordeel.toets.value!r} "
                        f"(oordelen[{first[oordeel.toets]}]); geef per toets één oordeel"
                    ),
                    expected="elke toets één keer",
                )
            )
        else:
            first[oordeel.toets] = index
    if problems:
        raise InputError(problems)
