"""Building blocks shared by the stappenplannen.

A :class:`Stappenplan` wraps an engine procedure with its name, its source
passages and the trace rendering.  The helpers build steps and terminals with
the contributions (:data:`Bijdrage`) the result is made of; steps that occur
in more than one stappenplan (aangifte, noodzakelijkheid, beginselen, the
data categories) are built here once, with the targets each plan needs.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TypeAlias

import attrs

from privacyrecht import avg
from privacyrecht._bladeren import Regel, feit, oordeel
from privacyrecht._casus import Casus
from privacyrecht._engine import (
    AllOf,
    Branch,
    End,
    Leaf,
    Procedure,
    Run,
    Step,
    StepKind,
    Truth,
    reasons,
)
from privacyrecht.beoordeling import (
    Antwoord,
    Doorbreking,
    Doorbrekingsgrond,
    Grondslag,
    Kanttekening,
    OpenVraag,
    Stap,
    Uitkomst,
    Vervolgactie,
    Voorwaarde,
    Vraagsoort,
    Weigering,
)
from privacyrecht.bronnen import AVG, UAVG, WJSG, WPG, Bepaling, Passage, passage
from privacyrecht.feiten import ARTIKEL_9_CATEGORIEEN, Feit, Gegevenscategorie, Oordeel, Toets
from privacyrecht.sectorwetten import AANGIFTEBEVOEGDHEID, aangifte

__all__ = [
    "Bijdrage",
    "Stappenplan",
    "doorverstrekking_stappen",
    "eigen_grondslag_ontvanger",
    "eind",
    "maak_stappenplan",
    "stap",
]

#: What a branch can add to the result.
Bijdrage: TypeAlias = (
    Grondslag | Doorbreking | Weigering | Voorwaarde | Vervolgactie | Kanttekening | OpenVraag
)

_ANTWOORD = {Truth.TRUE: Antwoord.JA, Truth.FALSE: Antwoord.NEE, Truth.UNKNOWN: Antwoord.ONBEKEND}


def toestemmend(uitkomst: Uitkomst) -> bool:
    """Whether ``uitkomst`` permits the verstrekking (the procedures' affirmative outcomes)."""
    return uitkomst is Uitkomst.MAG or uitkomst is Uitkomst.MOET


FG = Vervolgactie(tekst="Raadpleeg de privacy officer of de FG.", bron=passage(4222, 4604))


def eind(uitkomst: Uitkomst, *adds: Bijdrage) -> Branch[Uitkomst, Bijdrage]:
    """A branch that ends the procedure with ``uitkomst``."""
    return Branch(to=End(outcome=uitkomst), adds=adds)


def naar(key: str, *adds: Bijdrage) -> Branch[Uitkomst, Bijdrage]:
    """A branch to step ``key``."""
    return Branch(to=key, adds=adds)


def stap(  # noqa: PLR0913
    key: str,
    vraag: str,
    regel: Regel,
    *,
    ja: Branch[Uitkomst, Bijdrage],
    nee: Branch[Uitkomst, Bijdrage],
    soort: StepKind = StepKind.GATE,
    bron: tuple[Passage, ...] = (),
) -> Step[OpenVraag, Uitkomst, Bijdrage]:
    """A step: its name in the handreiking, its question, the rule that answers it."""
    return Step(
        key=key,
        question=vraag,
        predicate=regel,
        if_true=ja,
        if_false=nee,
        kind=soort,
        cites=bron or tuple(c for c in regel.cites if isinstance(c, Passage)),
    )


@attrs.frozen(kw_only=True)
class _StepInfo:
    bron: tuple[Passage, ...]
    bepalingen: tuple[Bepaling, ...]
    toetsen: tuple[str, ...]
    verklaar: bool


#: Steps that most cases pass by with *nee*; their *nee* is not explained.
_SNELWEGEN = frozenset({"Aangifte", "Intern delen"})


def _info(step: Step[OpenVraag, Uitkomst, Bijdrage]) -> _StepInfo:
    # The provisions the step applies: those its rule cites itself, or else
    # those of its leaves.
    bepalingen: list[Bepaling] = [c for c in step.predicate.cites if isinstance(c, Bepaling)]
    if not bepalingen:
        for leaf in step.predicate.leaves():
            for cite in leaf.cites:
                if isinstance(cite, Bepaling) and cite not in bepalingen:
                    bepalingen.append(cite)
    toetsen: list[str] = []
    for leaf in step.predicate.leaves():
        if leaf.payload.soort is Vraagsoort.OORDEEL and leaf.key not in toetsen:
            toetsen.append(leaf.key)
    return _StepInfo(
        bron=tuple(c for c in step.cites if isinstance(c, Passage)),
        bepalingen=tuple(bepalingen),
        toetsen=tuple(toetsen),
        # A *nee* is explained unless the step only chooses a route, is a shortcut
        # that most cases pass by, or its rule is a single question (then the
        # step's own question is the reason).
        verklaar=step.kind is not StepKind.ROUTE
        and step.key not in _SNELWEGEN
        and not isinstance(step.predicate, Leaf),
    )


@attrs.frozen(kw_only=True)
class Stappenplan:
    """Een stappenplan van de handreiking als uitvoerbare procedure.

    Attributes:
        sleutel: korte naam, zoals ``"gemeenten"``.
        naam: de titel in de handreiking.
        voor_wie: voor wie het stappenplan bedoeld is.
        bron: de passages waar het stappenplan staat.
        procedure: de stappen.
        categorieregels: per gegevenscategorie de regel die zegt of zij mee mag
            (het verbod van art. 9 of 10 AVG, of art. 46 UAVG, en de uitzonderingen).
    """

    sleutel: str
    naam: str
    voor_wie: str
    bron: tuple[Passage, ...]
    procedure: Procedure[OpenVraag, Uitkomst, Bijdrage]
    categorieregels: Mapping[Gegevenscategorie, Regel]
    _info: Mapping[str, _StepInfo] = attrs.field(init=False, repr=False, eq=False)
    _stappen: Mapping[tuple[str, Truth], Stap] = attrs.field(init=False, repr=False, eq=False)
    _reden: Mapping[tuple[int, Truth], str] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        """Precompute what the trace needs per step, and each step's record per answer."""
        info = {k: _info(s) for k, s in self.procedure.steps.items()}
        # The text of each reason, per leaf and answer (the procedure keeps the
        # leaves alive, so their ids stay valid).
        object.__setattr__(
            self,
            "_reden",
            MappingProxyType(
                {
                    (id(leaf), truth): f"{leaf.label} — {_ANTWOORD[truth].value}"
                    for step in self.procedure.steps.values()
                    for leaf in step.predicate.leaves()
                    for truth in (Truth.TRUE, Truth.FALSE)
                }
            ),
        )
        object.__setattr__(self, "_info", MappingProxyType(info))
        object.__setattr__(
            self,
            "_stappen",
            MappingProxyType(
                {
                    (k, t): self._stap(k, s.question, t, info[k], ())
                    for k, s in self.procedure.steps.items()
                    for t in Truth
                }
            ),
        )

    def doorloop(self, casus: Casus) -> Run[OpenVraag, Uitkomst, Bijdrage]:
        """Run the stappenplan on ``casus``."""
        return self.procedure.run(casus)

    def stappen(self, run: Run[OpenVraag, Uitkomst, Bijdrage], casus: Casus) -> tuple[Stap, ...]:
        """The trace of ``run`` as :class:`Stap` records, with the judgements used."""
        result: list[Stap] = []
        for visit in run.path:
            key = visit.step.key
            info = self._info[key]
            oordelen: tuple[Oordeel, ...] = ()
            if info.toetsen:
                given = casus.oordelen
                oordelen = tuple(given[t] for t in info.toetsen if t in given)
            redenen: tuple[str, ...] = ()
            if visit.truth is Truth.FALSE and info.verklaar:
                redenen = _redenen(visit.step, casus, self._reden)
            if oordelen or redenen:
                result.append(
                    self._stap(
                        visit.step.key, visit.step.question, visit.truth, info, oordelen, redenen
                    )
                )
                continue
            result.append(self._stappen[(key, visit.truth)])
        return tuple(result)

    @staticmethod
    def _stap(  # noqa: PLR0913, PLR0917 - a record of six fields
        key: str,
        vraag: str,
        truth: Truth,
        info: _StepInfo,
        oordelen: tuple[Oordeel, ...],
        redenen: tuple[str, ...] = (),
    ) -> Stap:
        return Stap(
            stap=key,
            vraag=vraag,
            antwoord=_ANTWOORD[truth],
            bron=info.bron,
            bepalingen=info.bepalingen,
            oordelen=oordelen,
            redenen=redenen,
        )


def _redenen(
    step: Step[OpenVraag, Uitkomst, Bijdrage],
    casus: Casus,
    tekst: Mapping[tuple[int, Truth], str],
) -> tuple[str, ...]:
    """The sub-questions that make the step's answer *nee*, each with its answer."""
    predicate = step.predicate
    if isinstance(predicate, AllOf) and all(isinstance(p, Leaf) for p in predicate.parts):
        # The common shape (a list of conditions): its false conditions decide.
        return tuple(
            tekst[(id(p), Truth.FALSE)] for p in predicate.parts if p.truth(casus) is Truth.FALSE
        )
    return tuple(
        tekst[(id(leaf), leaf.truth(casus))]
        for leaf in reasons(predicate, casus)
        if isinstance(leaf, Leaf)
    )


def maak_stappenplan(  # noqa: PLR0913
    *,
    sleutel: str,
    naam: str,
    voor_wie: str,
    bron: tuple[Passage, ...],
    toestemming: Regel,
    stappen: tuple[Step[OpenVraag, Uitkomst, Bijdrage], ...],
    start: str = "Aangifte",
    extra: avg.Extra | None = None,
) -> Stappenplan:
    """A stappenplan from its steps, starting at ``start`` (the aangifte route).

    ``toestemming`` is the plan's rule for valid consent, also used to judge
    each data category (art. 9 lid 2 onder a AVG, art. 32 onder a UAVG);
    ``extra`` adds exceptions per category that only this plan knows.
    """
    return Stappenplan(
        sleutel=sleutel,
        naam=naam,
        voor_wie=voor_wie,
        bron=bron,
        categorieregels={
            c: avg.categorie_mag_mee(c, geldige_toestemming=toestemming, extra=extra or {})
            for c in Gegevenscategorie
        },
        procedure=Procedure(
            key=sleutel,
            title=naam,
            start=start,
            steps={s.key: s for s in stappen},
            affirmative=toestemmend,
        ),
    )


def eigen_grondslag_ontvanger(regel: int) -> Voorwaarde:
    """The condition that the recipient needs its own grondslag too (r. 4147, 4491)."""
    return Voorwaarde(
        tekst="De partij die de persoonsgegevens ontvangt moet zelf ook een grondslag hebben om ze te verwerken.",
        bepalingen=(avg.GRONDSLAGEN,),
        bron=passage(regel),
    )


# --- Shared steps -------------------------------------------------------------------


def aangifte_stap(*, anders: str) -> Step[OpenVraag, Uitkomst, Bijdrage]:
    """De aangifte-route voor gemeenten en onderwijs (003 r. 4001, 4361, 4419)."""
    return stap(
        "Aangifte",
        "Is er een strafbaar feit gepleegd (zoals wapenbezit) dat u bij de politie wilt aangeven?",
        aangifte,
        soort=StepKind.ALTERNATIVE,
        ja=eind(
            Uitkomst.MAG,
            Grondslag(bepaling=AANGIFTEBEVOEGDHEID),
            Voorwaarde(
                tekst=(
                    "De afweging om van de aangiftebevoegdheid gebruik te maken ligt bij degene "
                    "die het strafbare feit constateert; de rest van het stappenplan hoeft niet "
                    "te worden doorlopen."
                ),
                bepalingen=(AANGIFTEBEVOEGDHEID,),
                bron=passage(4001, 4361),
            ),
            Voorwaarde(
                tekst=(
                    "Deel alleen wat voor de aangifte nodig is: het strafbare feit en wie erbij "
                    "betrokken is. Voor andere gegevens over de betrokkene geldt het gewone stappenplan."
                ),
                bepalingen=(AANGIFTEBEVOEGDHEID, avg.NOODZAKELIJKHEID),
                bron=passage(4001, 4361),
            ),
            Kanttekening(
                tekst=(
                    "De handreiking zegt niet hoe ver de aangifte-route reikt; privacyrecht beperkt "
                    "haar tot gewone en strafrechtelijke gegevens over het strafbare feit zelf. "
                    "Voor bijzondere persoonsgegevens of het BSN geldt het gewone stappenplan."
                ),
                bron=passage(4001, 4361, 4419),
            ),
        ),
        nee=naar(anders),
    )


def geen_persoonsgegevens(extra: tuple[Bijdrage, ...] = ()) -> Branch[Uitkomst, Bijdrage]:
    """Stap 1 *nee*: "Dan staat de (U)AVG niet aan verstrekking in de weg" (003 r. 4051)."""
    return eind(
        Uitkomst.MAG,
        Grondslag(bepaling=avg.PERSOONSGEGEVEN),
        Voorwaarde(
            tekst=(
                "Het gaat niet om persoonsgegevens, dus de (U)AVG staat niet aan de verstrekking "
                "in de weg. Andere regels, zoals een geheimhoudingsplicht, kunnen dat wel doen."
            ),
            bepalingen=(avg.PERSOONSGEGEVEN,),
            bron=passage(4051),
        ),
        Kanttekening(
            tekst=(
                "De uitkomst 'mag' rust hier niet op een grondslag voor verwerking maar op het "
                "ontbreken van persoonsgegevens (art. 4 onder 1 AVG): de AVG is niet van toepassing."
            ),
            bron=passage(4051),
        ),
        *extra,
    )


def stap_3(*, bron: tuple[Passage, ...]) -> Step[OpenVraag, Uitkomst, Bijdrage]:
    """Stap 3: is de verstrekking noodzakelijk (proportioneel en subsidiair)?"""
    return stap(
        "Stap 3",
        "Is de verstrekking noodzakelijk? Daarin liggen proportionaliteit en subsidiariteit besloten.",
        avg.NOODZAKELIJK,
        bron=bron,
        ja=naar("Stap 4"),
        nee=eind(
            Uitkomst.MAG_NIET,
            Weigering(bepaling=avg.NOODZAKELIJKHEID),
            FG,
            Kanttekening(
                tekst=(
                    "De handreiking geeft bij stap 3 alleen het antwoord 'ja'; privacyrecht leest "
                    "'nee' als: de verstrekking mag niet."
                ),
                bron=bron,
            ),
        ),
    )


def stap_4(*, bron: tuple[Passage, ...]) -> Step[OpenVraag, Uitkomst, Bijdrage]:
    """Stap 4: voldoet de verstrekking aan de beginselen van art. 5 AVG?"""
    return stap(
        "Stap 4",
        "Voldoet de verstrekking aan de beginselen voor zorgvuldige gegevensverwerking (art. 5 AVG)?",
        avg.voldoet_aan_beginselen,
        bron=bron,
        ja=naar("Bijzondere persoonsgegevens"),
        nee=eind(
            Uitkomst.MAG_NIET,
            Weigering(bepaling=avg.BEGINSELEN),
            Vervolgactie(
                tekst=(
                    "Tref alsnog maatregelen om aan de beginselen van art. 5 AVG te voldoen en "
                    "raadpleeg de privacy officer of de FG."
                ),
                bron=passage(4222, 4604),
            ),
        ),
    )


def categorie_stappen(
    *,
    geldige_toestemming: Regel,
    daarna: str,
    bron_bijzonder: tuple[int, ...],
    bron_straf: tuple[int, ...],
    extra: avg.Extra | None = None,
) -> tuple[Step[OpenVraag, Uitkomst, Bijdrage], ...]:
    """The conditions after step 4: art. 9 AVG, art. 10 AVG, art. 46 UAVG."""
    weglaten = Vervolgactie(
        tekst=(
            "Verstrek deze gegevens niet, of stel eerst een uitzondering op het verbod vast; "
            "zie per categorie onder 'gegevens' wat wel mee mag."
        ),
    )
    return (
        stap(
            "Bijzondere persoonsgegevens",
            "Geldt voor elk bijzonder persoonsgegeven dat u wilt verstrekken een uitzondering op het verbod van art. 9 AVG?",
            avg.voor_alle_gevraagde(
                ARTIKEL_9_CATEGORIEEN,
                geldige_toestemming=geldige_toestemming,
                extra=extra or {},
                label="Voor elk gevraagd bijzonder persoonsgegeven geldt een uitzondering",
                cites=(
                    avg.VERBOD_BIJZONDERE_CATEGORIEEN,
                    AVG.bepaling("9", lid="2"),
                    UAVG.bepaling("22"),
                ),
            ),
            bron=passage(*bron_bijzonder),
            ja=naar("Strafrechtelijke persoonsgegevens"),
            nee=eind(
                Uitkomst.MAG_NIET, Weigering(bepaling=avg.VERBOD_BIJZONDERE_CATEGORIEEN), weglaten
            ),
        ),
        stap(
            "Strafrechtelijke persoonsgegevens",
            "Mogen de persoonsgegevens van strafrechtelijke aard die u wilt verstrekken worden verwerkt (art. 10 AVG, art. 31–33 UAVG)?",
            avg.voor_alle_gevraagde(
                frozenset({Gegevenscategorie.STRAFRECHTELIJK}),
                geldige_toestemming=geldige_toestemming,
                extra=extra or {},
                label="Voor gevraagde strafrechtelijke gegevens geldt een uitzondering",
                cites=(
                    avg.VERBOD_STRAFRECHTELIJKE_GEGEVENS,
                    UAVG.bepaling("31"),
                    UAVG.bepaling("32"),
                    UAVG.bepaling("33"),
                ),
            ),
            bron=passage(*bron_straf),
            ja=naar("Burgerservicenummer"),
            nee=eind(
                Uitkomst.MAG_NIET,
                Weigering(bepaling=avg.VERBOD_STRAFRECHTELIJKE_GEGEVENS),
                weglaten,
            ),
        ),
        stap(
            "Burgerservicenummer",
            "Als u het burgerservicenummer wilt verstrekken: staat de wet dat gebruik toe (art. 46 UAVG)?",
            avg.voor_alle_gevraagde(
                frozenset({Gegevenscategorie.BSN}),
                geldige_toestemming=geldige_toestemming,
                extra=extra or {},
                label="Een gevraagd BSN mag worden gebruikt",
                cites=(avg.UAVG_BSN,),
            ),
            bron=passage(4031),
            ja=naar(daarna),
            nee=eind(Uitkomst.MAG_NIET, Weigering(bepaling=avg.UAVG_BSN), weglaten),
        ),
    )


# --- Gegevens van de politie of het OM (003 r. 1073, 3993, 4287) ------------------

_GEHEIM_WPG = WPG.bepaling("7", lid="2")
_GEHEIM_WJSG = WJSG.bepaling("52", lid="1")
_R_DOOR = passage(1073, 3993, 4287)

#: The statutory duty that lets a recipient of politiegegevens pass them on.
WETTELIJK_VOORSCHRIFT: Regel = feit(
    Feit.WETTELIJKE_PLICHT,
    waarom=(_GEHEIM_WPG,),
    bron=_R_DOOR,
    label="Een wettelijk voorschrift verplicht tot verstrekking",
)


def doorverstrekking_stappen(
    *,
    daarna: Branch[Uitkomst, Bijdrage],
    plicht: Regel = WETTELIJK_VOORSCHRIFT,
    sleutel: str = "Geheimhouding Wpg/Wjsg",
) -> tuple[Step[OpenVraag, Uitkomst, Bijdrage], ...]:
    """Data received from the police or the OM stay secret (003 r. 1073, 3993, 4287).

    Politiegegevens: the recipient may pass them on only where a statutory
    provision obliges it to (``plicht``) or its own task makes it necessary
    (art. 7 lid 2 Wpg); otherwise the answer is ``mag niet``.  Justitiële en
    strafvorderlijke gegevens have other exits (art. 52 lid 1 Wjsg: a provision
    of the Wjsg permits it, or the task for which they were provided makes it
    necessary); the Stappenplan Justitie is not encoded, so they stay open.
    ``daarna`` is where the plan goes when the secrecy is not in the way.

    The first step is an *alternative*: when it is unknown whether the data
    came from the police or the OM and the answer is the same either way, the
    answer stands without the question.
    """
    wjsg = f"{sleutel}: Wjsg"
    voorschrift = f"{sleutel}: wettelijk voorschrift"
    taak = f"{sleutel}: eigen taak"

    def met(grond: Doorbrekingsgrond, omschrijving: str) -> Branch[Uitkomst, Bijdrage]:
        doorbreking = Doorbreking(
            grond=grond, omschrijving=omschrijving, bepalingen=(_GEHEIM_WPG,), bron=_R_DOOR
        )
        return Branch(to=daarna.to, adds=(doorbreking, *daarna.adds))

    return (
        stap(
            sleutel,
            "Heeft u (een deel van) de gegevens gekregen van de politie of het OM, op grond van de Wpg of de Wjsg?",
            feit(
                Feit.VERKREGEN_OP_GROND_VAN_WPG_OF_WJSG,
                waarom=(_GEHEIM_WPG, _GEHEIM_WJSG),
                bron=_R_DOOR,
            ),
            soort=StepKind.ALTERNATIVE,
            bron=_R_DOOR,
            ja=naar(wjsg),
            nee=daarna,
        ),
        stap(
            wjsg,
            "Gaat het (ook) om justitiële of strafvorderlijke gegevens van het OM (Wjsg)?",
            feit(
                Feit.VERKREGEN_OP_GROND_VAN_WJSG, waarom=(_GEHEIM_WJSG,), bron=passage(3993, 4287)
            ),
            soort=StepKind.ROUTE,
            bron=passage(3993, 4287),
            ja=eind(
                Uitkomst.ONBESLIST,
                OpenVraag(
                    soort=Vraagsoort.BUITEN_BEREIK,
                    sleutel="geheimhouding Wjsg",
                    vraag=(
                        "Op gegevens die op grond van de Wjsg zijn verkregen blijft de "
                        "geheimhoudingsplicht rusten (art. 52 Wjsg): doorgeven mag alleen waar een "
                        "voorschrift van de Wjsg dat toelaat, of de taak waarvoor u ze kreeg dat "
                        "noodzakelijk maakt. Die regels zijn in privacyrecht nog niet uitgewerkt."
                    ),
                    waarom=(_GEHEIM_WJSG,),
                    bron=passage(3993, 4287),
                    wie="de privacy officer of de FG",
                ),
            ),
            nee=naar(voorschrift),
        ),
        stap(
            voorschrift,
            (
                "Op politiegegevens blijft de geheimhoudingsplicht rusten, ook nadat ze aan u zijn "
                "verstrekt. Verplicht een wettelijk voorschrift u om ze te verstrekken?"
            ),
            plicht,
            soort=StepKind.ALTERNATIVE,
            bron=passage(1073),
            ja=met(
                Doorbrekingsgrond.WETTELIJKE_PLICHT,
                "Een wettelijk voorschrift verplicht tot verstrekking van de politiegegevens",
            ),
            nee=naar(taak),
        ),
        stap(
            taak,
            "Is het verstrekken van deze politiegegevens noodzakelijk voor de uitvoering van uw eigen taak?",
            oordeel(Toets.NOODZAAK_UIT_EIGEN_TAAK, waarom=(_GEHEIM_WPG,), bron=passage(1073)),
            bron=passage(1073),
            ja=met(
                Doorbrekingsgrond.NOODZAAK_UIT_TAAK,
                "Uit de eigen taak volgt de noodzaak tot verstrekking van de politiegegevens",
            ),
            nee=eind(
                Uitkomst.MAG_NIET,
                Weigering(bepaling=_GEHEIM_WPG),
                Vervolgactie(
                    tekst=(
                        "Geef de politiegegevens niet door: de geheimhoudingsplicht blijft op die "
                        "gegevens rusten, ook nadat ze aan u zijn verstrekt."
                    ),
                    bron=passage(1073),
                ),
            ),
        ),
    )
