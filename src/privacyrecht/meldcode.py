"""De meldcode huiselijk geweld en kindermishandeling: waar staat de professional?

Organisaties die met kinderen en volwassenen werken moeten een meldcode
vaststellen (art. 3.3 Wmo 2015, art. 4.1.7 Jeugdwet, art. 8 Wkkgz; 003 r. 578,
6036).  Het Besluit verplichte meldcode huiselijk geweld en kindermishandeling
schrijft een stappenplan en een afwegingskader voor (art. 2 lid 1, r. 6070–6072);
het stappenplan bevat ten minste vijf stappen (art. 2 lid 2, r. 6074–6082):

1. het in kaart brengen van de signalen van huiselijk geweld of kindermishandeling;
2. collegiale consultatie en zo nodig raadplegen van Veilig Thuis of een
   deskundige op het gebied van letselduiding;
3. een gesprek met de cliënt;
4. het toepassen van het afwegingskader;
5. het beslissen over het doen van een melding en het inzetten van de
   noodzakelijke hulp.

:func:`stand` zegt welke stap de professional nog moet zetten.  De melding
zelf blijft een recht, geen plicht (r. 574, 6020): ook na stap 5 beslist de
professional, en of een melding bij Veilig Thuis mag beoordeelt
:func:`privacyrecht.beoordeel` (art. 5.2.6 Wmo 2015).

>>> stand({Feit.MELDCODE_SIGNALEN: True, Feit.MELDCODE_CONSULTATIE: False}).volgende.value
'collegiale consultatie'
>>> stand({}).volgende is None  # nog onbekend of de signalen in kaart zijn gebracht
True
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

import attrs

from privacyrecht._bladeren import feit
from privacyrecht._engine import Branch, End, Procedure, Step, StepKind, Truth
from privacyrecht.beoordeling import OpenVraag
from privacyrecht.bronnen import BESLUIT_MELDCODE, Bepaling, Passage, passage
from privacyrecht.feiten import Feit
from privacyrecht.sectorwetten import MELDCODEPLICHT, MELDRECHT_VEILIG_THUIS
from privacyrecht.vocabulaire import FEITVRAGEN

__all__ = ["STAPPENPLAN_MELDCODE", "Meldcodestand", "Meldcodestap", "stand"]

#: Art. 2 lid 2 van het Besluit verplichte meldcode: de vijf stappen.
STAPPENPLAN_MELDCODE: Bepaling = BESLUIT_MELDCODE.bepaling("2", lid="2")


class Meldcodestap(enum.StrEnum):
    """Een stap van de meldcode, of de stand na de laatste stap."""

    SIGNALEN = "signalen in kaart brengen"
    CONSULTATIE = "collegiale consultatie"
    GESPREK = "gesprek met de cliënt"
    AFWEGINGSKADER = "afwegingskader toepassen"
    BESLISSEN = "beslissen over melding en hulp"
    DOORLOPEN = "alle stappen doorlopen"


#: Per step: the fact that says it was taken, its onderdeel in art. 2 lid 2, its line.
_STAPPEN: tuple[tuple[Meldcodestap, Feit, str, int], ...] = (
    (Meldcodestap.SIGNALEN, Feit.MELDCODE_SIGNALEN, "a", 6076),
    (Meldcodestap.CONSULTATIE, Feit.MELDCODE_CONSULTATIE, "b", 6077),
    (Meldcodestap.GESPREK, Feit.MELDCODE_GESPREK, "c", 6078),
    (Meldcodestap.AFWEGINGSKADER, Feit.MELDCODE_AFWEGINGSKADER, "d", 6079),
    (Meldcodestap.BESLISSEN, Feit.MELDCODE_BESLUIT, "e", 6080),
)


def _procedure() -> Procedure[OpenVraag, Meldcodestap, None]:
    steps: list[Step[OpenVraag, Meldcodestap, None]] = []
    for i, (naam, f, onder, regel) in enumerate(_STAPPEN):
        volgende = _STAPPEN[i + 1][0].value if i + 1 < len(_STAPPEN) else None
        steps.append(
            Step(
                key=naam.value,
                question=FEITVRAGEN[f].vraag,
                predicate=feit(
                    f,
                    waarom=(BESLUIT_MELDCODE.bepaling("2", lid="2", onder=onder),),
                    bron=passage(regel),
                ),
                if_true=Branch(to=volgende)
                if volgende
                else Branch(to=End(outcome=Meldcodestap.DOORLOPEN)),
                if_false=Branch(to=End(outcome=naam)),
                kind=StepKind.ALTERNATIVE,
                cites=passage(6074, regel),
            )
        )
    return Procedure(
        key="meldcode",
        title="Meldcode huiselijk geweld en kindermishandeling",
        start=Meldcodestap.SIGNALEN.value,
        steps={s.key: s for s in steps},
    )


_PROCEDURE = _procedure()


@attrs.frozen(kw_only=True)
class Meldcodestand:
    """Waar de professional staat in de meldcode.

    Attributes:
        volgende: de eerste stap die nog niet is gezet, of
            :attr:`Meldcodestap.DOORLOPEN`; ``None`` als dat nog niet vaststaat
            omdat een eerdere stap onbekend is.
        doorlopen: de stappen die zijn gezet, in volgorde.
        open_vragen: de stappen waarvan onbekend is of ze zijn gezet.
        melden: wat de meldcode over de melding zegt: een recht, geen plicht.
        bepalingen: de bepalingen van de meldcode en het meldrecht.
        bron: de passages in de handreiking.
    """

    volgende: Meldcodestap | None
    doorlopen: tuple[Meldcodestap, ...]
    open_vragen: tuple[OpenVraag, ...]
    melden: str
    bepalingen: tuple[Bepaling, ...]
    bron: tuple[Passage, ...]


@attrs.frozen(kw_only=True)
class _Feiten:
    """The steps taken, as the engine reads them (no judgements in the meldcode)."""

    facts: Mapping[str, Truth]
    judgements: Mapping[str, Truth] = attrs.field(factory=dict)


_MELDEN = (
    "Melden bij Veilig Thuis is een recht, geen plicht (art. 5.2.6 Wmo 2015): na de stappen van "
    "de meldcode beslist u zelf, met het afwegingskader, over een melding en over de hulp."
)


def stand(feiten: Mapping[Feit, bool]) -> Meldcodestand:
    """Waar de professional staat, gegeven welke stappen van de meldcode zijn gezet.

    ``feiten`` noemt per stap (``Feit.MELDCODE_…``) of die is gezet; wat
    ontbreekt is onbekend.
    """
    run = _PROCEDURE.run(
        _Feiten(facts={k._value_: Truth.TRUE if v else Truth.FALSE for k, v in feiten.items()})
    )
    doorlopen = tuple(
        Meldcodestap(visit.step.key) for visit in run.path if visit.truth is Truth.TRUE
    )
    return Meldcodestand(
        volgende=run.outcome,
        doorlopen=doorlopen,
        open_vragen=run.open_questions,
        melden=_MELDEN,
        bepalingen=(STAPPENPLAN_MELDCODE, *MELDCODEPLICHT, MELDRECHT_VEILIG_THUIS),
        bron=passage(574, 578, 6068, 6074),
    )
