"""Hypothesis strategies: random predicates, contexts, and real cases."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import strategies as st

import privacyrecht as pr
from privacyrecht import wpg
from privacyrecht._casus import overheidsinstantie
from privacyrecht._engine import (
    Predicate,
    Truth,
    all_of,
    any_of,
    const,
    fact,
    implies,
    judgement,
    not_,
    unless,
)
from privacyrecht.feiten import ROLLEN_PER_ORGANISATIE

KEYS = ("a", "b", "c", "d")
truths = st.sampled_from(list(Truth))


def _leaf(kind: str, key: str) -> Predicate[str]:
    return fact(key, payload=f"f:{key}") if kind == "f" else judgement(key, payload=f"j:{key}")


leaves: st.SearchStrategy[Predicate[str]] = st.builds(
    _leaf, st.sampled_from(["f", "j"]), st.sampled_from(KEYS)
) | st.builds(lambda t: const(t, label="const"), st.sampled_from([Truth.TRUE, Truth.FALSE]))


def _extend(children: st.SearchStrategy[Predicate[str]]) -> st.SearchStrategy[Predicate[str]]:
    many = st.lists(children, min_size=0, max_size=4)
    return st.one_of(
        many.map(lambda ps: all_of(*ps, label="all")),
        many.map(lambda ps: any_of(*ps, label="any")),
        children.map(lambda p: not_(p, label="not")),
        st.tuples(children, many).map(lambda t: unless(t[0], *t[1], label="unless")),
        st.tuples(children, children).map(lambda t: implies(t[0], t[1], label="implies")),
    )


predicates = st.recursive(leaves, _extend, max_leaves=12)


class Ctx:
    """A plain context: facts and judgements as dicts of truth values."""

    def __init__(self, facts: dict[str, Truth], judgements: dict[str, Truth]) -> None:
        self.facts = facts
        self.judgements = judgements

    def fact(self, key: str) -> Truth:
        return self.facts.get(key, Truth.UNKNOWN)

    def judgement(self, key: str) -> Truth:
        return self.judgements.get(key, Truth.UNKNOWN)

    def completions(self) -> list[Ctx]:
        """Every way of filling in the unknown values."""
        slots = [("f", k) for k in KEYS if self.fact(k) is Truth.UNKNOWN] + [
            ("j", k) for k in KEYS if self.judgement(k) is Truth.UNKNOWN
        ]
        result = []
        for values in itertools.product([Truth.TRUE, Truth.FALSE], repeat=len(slots)):
            facts = {k: self.fact(k) for k in KEYS}
            judgements = {k: self.judgement(k) for k in KEYS}
            for (kind, key), value in zip(slots, values, strict=True):
                (facts if kind == "f" else judgements)[key] = value
            result.append(Ctx(facts, judgements))
        return result


contexts = st.builds(
    Ctx,
    st.dictionaries(st.sampled_from(KEYS), truths),
    st.dictionaries(st.sampled_from(KEYS), truths),
)

# --- Real cases ---------------------------------------------------------------

partijen = st.sampled_from(
    [
        pr.Partij(organisatie=o, rol=r)
        for o, rollen in ROLLEN_PER_ORGANISATIE.items()
        for r in sorted(rollen)
    ]
)
#: Roles for which a stappenplan is encoded are drawn more often, so that the
#: stappenplannen themselves get most of the examples.
verstrekkers = st.one_of(
    st.sampled_from(
        [
            pr.Partij(organisatie=pr.Organisatie.GEMEENTE, rol=pr.Rol.OPENBARE_ORDE),
            pr.Partij(organisatie=pr.Organisatie.ONDERWIJSINSTELLING, rol=pr.Rol.LEERKRACHT),
            pr.Partij(
                organisatie=pr.Organisatie.ONDERWIJSINSTELLING, rol=pr.Rol.ONDERWIJSMEDEWERKER
            ),
            pr.Partij(organisatie=pr.Organisatie.ZORGAANBIEDER, rol=pr.Rol.MEDISCH_ZORGVERLENER),
            pr.Partij(organisatie=pr.Organisatie.JEUGDHULPAANBIEDER, rol=pr.Rol.JEUGDHULPVERLENER),
            pr.Partij(
                organisatie=pr.Organisatie.GECERTIFICEERDE_INSTELLING, rol=pr.Rol.JEUGDBESCHERMER
            ),
            pr.Partij(organisatie=pr.Organisatie.GEMEENTE, rol=pr.Rol.OVERIGE_HULPVERLENER),
            pr.Partij(organisatie=pr.Organisatie.POLITIE, rol=pr.Rol.MEDISCH_ZORGVERLENER),
            pr.Partij(organisatie=pr.Organisatie.POLITIE, rol=pr.Rol.POLITIEAMBTENAAR),
            pr.Partij(organisatie=pr.Organisatie.GEMEENTE, rol=pr.Rol.BOA),
        ]
    ),
    partijen,
)
politiegegevens = st.lists(st.sampled_from(list(pr.Politiegegevenssoort)), unique=True, max_size=3)


def oordelen_voor(toetsen: list[pr.Toets], antwoorden: list[bool]) -> tuple[pr.Oordeel, ...]:
    return tuple(
        pr.Oordeel(
            toets=t,
            antwoord=a,
            door="J. de Vries, jurist",
            datum=dt.date(2026, 11, 30),
            motivering="Afgewogen.",
        )
        for t, a in zip(toetsen, antwoorden, strict=False)
    )


_alle_toetsen = list(pr.Toets)
#: Random judgements; one case in three has every judgement made and positive,
#: so that the long routes to ``mag`` are exercised too.
oordelen = st.one_of(
    st.lists(st.sampled_from(_alle_toetsen), unique=True).flatmap(
        lambda ts: st.lists(st.booleans(), min_size=len(ts), max_size=len(ts)).map(
            lambda bs: oordelen_voor(ts, bs)
        )
    ),
    st.just(oordelen_voor(_alle_toetsen, [True] * len(_alle_toetsen))),
)
optional_bool = st.none() | st.booleans()
toestemmingen = st.none() | st.builds(
    pr.Toestemming,
    door=st.lists(st.sampled_from(list(pr.Toestemminggever)), min_size=1, max_size=2, unique=True),
    omvang=st.just("deze gegevens, aan deze ontvanger, voor dit doel"),
    vrij=optional_bool,
    specifiek=optional_bool,
    geinformeerd=optional_bool,
    ondubbelzinnig=optional_bool,
    uitdrukkelijk=optional_bool,
    vastgelegd=optional_bool,
)


toestemmingen_beroepsgeheim = st.none() | st.builds(
    pr.ToestemmingBeroepsgeheim,
    door=st.lists(st.sampled_from(list(pr.Toestemminggever)), min_size=1, max_size=2, unique=True),
    omvang=st.just("deze gegevens, aan deze ontvanger, voor dit doel"),
    uitdrukkelijk=optional_bool,
    vooraf_geinformeerd=optional_bool,
    vrije_keuze=optional_bool,
    draagwijdte_overzien=optional_bool,
    mondeling=optional_bool,
    vastgelegd=optional_bool,
    aantoonbaar=optional_bool,
)
instemmingen = st.none() | st.builds(
    pr.InstemmingHulpverlening,
    door=st.just((pr.Toestemminggever.BETROKKENE,)),
    omvang=st.just("de hulp"),
)


@st.composite
def verstrekkingen(draw: st.DrawFn) -> pr.Verstrekking:
    """A valid case: contradictory combinations are rejected and redrawn."""
    toestemming = draw(toestemmingen)
    feiten = draw(st.dictionaries(st.sampled_from(list(pr.Feit)), st.booleans()))
    try:
        return pr.Verstrekking(
            verstrekker=draw(verstrekkers),
            ontvanger=draw(partijen),
            gegevens=draw(
                st.lists(st.sampled_from(list(pr.Gegevenscategorie)), unique=True, max_size=4)
            ),
            doel=draw(st.sampled_from(list(pr.Doel))),
            betrokkene=pr.Betrokkene(leeftijd=draw(st.none() | st.integers(0, 30))),
            feiten=feiten,
            oordelen=draw(oordelen),
            politiegegevens=draw(politiegegevens),
            toestemming=toestemming,
            toestemming_beroepsgeheim=draw(toestemmingen_beroepsgeheim),
            instemming_hulpverlening=draw(instemmingen),
        )
    except pr.InputError:
        return draw(st.nothing())


_HULPVERLENERS = [
    pr.Partij(organisatie=o, rol=r)
    for o, rollen in ROLLEN_PER_ORGANISATIE.items()
    for r in sorted(rollen)
    if r
    in {
        pr.Rol.ZORG_EN_HULPVERLENER,
        pr.Rol.MEDISCH_ZORGVERLENER,
        pr.Rol.ONDERSTEUNER_ZORGVERLENER,
        pr.Rol.JEUGDHULPVERLENER,
        pr.Rol.JEUGDBESCHERMER,
        pr.Rol.JEUGDRECLASSERING,
        pr.Rol.OVERIGE_HULPVERLENER,
    }
]


#: Facts that follow from (or must agree with) other parts of the input.
_AFGELEID = frozenset(
    {
        pr.Feit.IDENTIFICEERBAAR,
        pr.Feit.BINNEN_EIGEN_ORGANISATIE,
        pr.Feit.OVERHEIDSINSTANTIE,
        pr.Feit.ORGAAN_TOEPASSING_STRAFRECHT,
        pr.Feit.TOESTEMMING_GEGEVEN,
        pr.Feit.TOESTEMMING_BEROEPSGEHEIM,
        pr.Feit.GEEN_TOESTEMMING_MOGELIJK,
        pr.Feit.ONTVANGER_IN_BPG,
        pr.Feit.WGS_SAMENWERKINGSVERBAND,
    }
)
#: The recipients of the meldrechten and duties, drawn more often.
_MELDONTVANGERS = [
    pr.Partij(organisatie=o)
    for o in (
        pr.Organisatie.VEILIG_THUIS,
        pr.Organisatie.RAAD_VOOR_DE_KINDERBESCHERMING,
        pr.Organisatie.GECERTIFICEERDE_INSTELLING,
        pr.Organisatie.VERWIJSINDEX,
        pr.Organisatie.INSPECTIE,
        pr.Organisatie.POLITIE,
    )
]


@st.composite
def zorgverstrekkingen(draw: st.DrawFn) -> pr.Verstrekking:
    """A case of a professional with a beroepsgeheim, with most facts and judgements given.

    Dense inputs reach the routes of the Stappenplan Zorg- en hulpverleners that
    end in ``mag`` or ``moet``, which sparse random inputs seldom do.  The many
    facts and judgements come from one drawn random generator: drawing each of
    them separately would make generating the case cost more than assessing it.
    """
    rnd = draw(st.randoms(use_true_random=False))

    def meestal_ja() -> bool:
        return rnd.random() < 0.75

    # Facts the input model checks against the rest of the case are left to be
    # derived (or are false), so that dense cases are not mostly contradictory.
    feiten = {f: rnd.random() < 0.5 for f in pr.Feit if rnd.random() < 0.8 and f not in _AFGELEID}
    toetsen = [t for t in pr.Toets if rnd.random() < 0.8]
    door = tuple(rnd.sample(list(pr.Toestemminggever), rnd.randint(1, 2)))
    geheim = (
        None
        if rnd.random() < 0.4
        else pr.ToestemmingBeroepsgeheim(
            door=door,
            omvang="deze gegevens",
            uitdrukkelijk=meestal_ja(),
            vooraf_geinformeerd=meestal_ja(),
            vrije_keuze=meestal_ja(),
            draagwijdte_overzien=meestal_ja(),
            mondeling=rnd.choice([None, True, False]),
            vastgelegd=rnd.choice([None, True, False]),
            aantoonbaar=meestal_ja(),
        )
    )
    toestemming = draw(toestemmingen)
    verstrekker = draw(st.sampled_from(_HULPVERLENERS))
    # The checked facts, drawn so that they agree with the rest of the case.
    feiten[pr.Feit.TOESTEMMING_GEGEVEN] = toestemming is not None
    feiten[pr.Feit.TOESTEMMING_BEROEPSGEHEIM] = geheim is not None
    if toestemming is None and rnd.random() < 0.8:
        feiten[pr.Feit.GEEN_TOESTEMMING_MOGELIJK] = rnd.random() < 0.5
    if overheidsinstantie(verstrekker.organisatie) is None and rnd.random() < 0.8:
        feiten[pr.Feit.OVERHEIDSINSTANTIE] = rnd.random() < 0.5
    try:
        return pr.Verstrekking(
            verstrekker=verstrekker,
            ontvanger=draw(st.sampled_from(_MELDONTVANGERS) | partijen),
            gegevens=rnd.sample(list(pr.Gegevenscategorie), rnd.randint(0, 3)),
            doel=draw(st.sampled_from(list(pr.Doel))),
            betrokkene=pr.Betrokkene(leeftijd=rnd.choice([None, *range(31)])),
            feiten=feiten,
            oordelen=oordelen_voor(toetsen, [meestal_ja() for _ in toetsen]),
            toestemming=toestemming,
            toestemming_beroepsgeheim=geheim,
            instemming_hulpverlening=draw(instemmingen),
        )
    except pr.InputError:
        return draw(st.nothing())


_POLITIE = [
    pr.Partij(organisatie=pr.Organisatie.POLITIE, rol=pr.Rol.POLITIEAMBTENAAR),
    pr.Partij(organisatie=pr.Organisatie.KONINKLIJKE_MARECHAUSSEE, rol=pr.Rol.OPSPORINGSAMBTENAAR),
    pr.Partij(
        organisatie=pr.Organisatie.BIJZONDERE_OPSPORINGSDIENST, rol=pr.Rol.OPSPORINGSAMBTENAAR
    ),
    pr.Partij(organisatie=pr.Organisatie.GEMEENTE, rol=pr.Rol.BOA),
    pr.Partij(organisatie=pr.Organisatie.POLITIE, rol=pr.Rol.BOA),
]
#: The recipients of the Stappenplan Politie: the table rows, the gezagsdragers,
#: the bevoegde autoriteiten, samenwerkingsverbanden and others.
_POLITIE_ONTVANGERS = [
    *(
        pr.Partij(organisatie=o, rol=min(r.rollen) if r.rollen else pr.Rol.MEDEWERKER)
        for r in wpg.WIJZER
        for o in sorted(r.organisaties)
    ),
    pr.Partij(organisatie=pr.Organisatie.GEMEENTE, rol=pr.Rol.BURGEMEESTER),
    pr.Partij(organisatie=pr.Organisatie.OPENBAAR_MINISTERIE),
    pr.Partij(organisatie=pr.Organisatie.POLITIE),
    pr.Partij(organisatie=pr.Organisatie.KONINKLIJKE_MARECHAUSSEE),
    pr.Partij(organisatie=pr.Organisatie.SAMENWERKINGSVERBAND),
    pr.Partij(organisatie=pr.Organisatie.VEILIG_THUIS),
    pr.Partij(organisatie=pr.Organisatie.INLICHTINGENDIENST),
]
_POLITIE_DOELEN = sorted(
    {*wpg.DOELEN_ARTIKEL_19, *(d for r in wpg.WIJZER for d in r.doelen)}
    | {pr.Doel.POLITIETAAK, pr.Doel.OPSPORING_EN_VERVOLGING, pr.Doel.VOORKOMEN_EXCESSIEF_GEWELD}
)
#: Facts the input model checks against the recipient or the verstrekker.
_POLITIE_GECONTROLEERD = frozenset(_AFGELEID)


@st.composite
def politieverstrekkingen(draw: st.DrawFn) -> pr.Verstrekking:
    """A case of a bevoegde autoriteit with most facts and judgements given (see zorgverstrekkingen)."""
    rnd = draw(st.randoms(use_true_random=False))
    feiten: dict[pr.Feit, bool] = {
        f: rnd.random() < 0.5
        for f in pr.Feit
        if rnd.random() < 0.8
        and f not in _POLITIE_GECONTROLEERD
        and f is not pr.Feit.ANONIEM_BESPROKEN
    }
    # Mostly the facts that let the procedure go on.
    feiten.update(
        {
            feit: ja if rnd.random() < 0.9 else not ja
            for feit, ja in (
                (pr.Feit.BEVOEGD_TOT_VERSTREKKEN, True),
                (pr.Feit.VERWERKT_VOOR_POLITIETAAK, True),
                (pr.Feit.BEWAARTERMIJN_VERSTREKEN, False),
                (pr.Feit.EMBARGO_ONDERZOEK, False),
                (pr.Feit.TOESTEMMING_BEVOEGDE_FUNCTIONARIS, True),
                (pr.Feit.INSTEMMING_BEVOEGD_GEZAG, True),
                (pr.Feit.GOEDKEURING_BEVOEGD_GEZAG, True),
            )
            if rnd.random() < 0.9
        }
    )
    verstrekker = draw(st.sampled_from(_POLITIE))
    ontvanger = draw(st.sampled_from(_POLITIE_ONTVANGERS) | partijen)
    if rnd.random() < 0.7 and (
        wpg.wijzerregel(ontvanger) is None or wpg.eigen_verstrekkingenwijzer(verstrekker)
    ):
        feiten[pr.Feit.ONTVANGER_IN_BPG] = rnd.random() < 0.5
    if rnd.random() < 0.7 and ontvanger.organisatie in wpg.MOGELIJK_WGS:
        feiten[pr.Feit.WGS_SAMENWERKINGSVERBAND] = rnd.random() < 0.5
    soorten = list(pr.Politiegegevenssoort)
    if verstrekker.rol is pr.Rol.BOA:
        soorten = [
            pr.Politiegegevenssoort.ART_8,
            pr.Politiegegevenssoort.ART_9,
            pr.Politiegegevenssoort.ART_13,
        ]
    elif verstrekker.organisatie is pr.Organisatie.BIJZONDERE_OPSPORINGSDIENST:
        soorten.remove(pr.Politiegegevenssoort.ART_10_C)
    toetsen = [t for t in pr.Toets if rnd.random() < 0.97]
    # Mostly the everyday data (art. 8, 13), sometimes recherche data and the rest.
    soorten = [*soorten, *[pr.Politiegegevenssoort.ART_8, pr.Politiegegevenssoort.ART_13] * 3]
    gekozen = list(dict.fromkeys(rnd.sample(soorten, rnd.randint(0, 2))))
    try:
        return pr.Verstrekking(
            verstrekker=verstrekker,
            ontvanger=ontvanger,
            gegevens=rnd.sample(list(pr.Gegevenscategorie), rnd.randint(1, 2)),
            doel=draw(st.sampled_from(_POLITIE_DOELEN) | st.sampled_from(list(pr.Doel))),
            feiten=feiten,
            oordelen=oordelen_voor(toetsen, [rnd.random() < 0.93 for _ in toetsen]),
            politiegegevens=gekozen,
        )
    except pr.InputError:
        return draw(st.nothing())


#: Real cases: the general mix, and dense cases of professionals with a beroepsgeheim
#: and of bevoegde autoriteiten.
alle_verstrekkingen = verstrekkingen() | zorgverstrekkingen() | politieverstrekkingen()
