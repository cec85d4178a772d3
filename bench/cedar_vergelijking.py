"""Side-by-side benchmark: the table of recipients of the Stappenplan Politie in privacyrecht and in Cedar.

Run from the repository root (``scripts/cedar.sh`` installs cedarpy first)::

    .venv/bin/python bench/cedar_vergelijking.py            # 20 000 generated cases
    .venv/bin/python bench/cedar_vergelijking.py --quick    # 500 cases (smoke test)

What is compared: the structural route of the Stappenplan Politie (art. 18 Wpg,
art. 4:1–4:4 Bpg), decided by the table of recipients of the handreiking
(003 r. 1317–1325, :data:`privacyrecht.wpg.WIJZER`).  A police officer may
provide politiegegevens structurally iff the recipient's row is ``genoemd``, the
purpose is one of the row's ``doelen`` and every soort of the data is one of the
row's ``soorten``.  ``bench/cedar/wijzer.cedar`` writes that table by hand as
Cedar policies (one ``permit`` per row with ``genoemd=True``), with the schema
``bench/cedar/wijzer.cedarschema`` and the recipients as entities in
``bench/cedar/entiteiten.json`` (regenerate with ``--schrijf-entiteiten``).

Each generated case is a :class:`privacyrecht.Verstrekking` in which the
structural route alone decides: every other fact and judgement is given so
that the other routes say no (no convenant, no Wgs samenwerkingsverband, no
zwaarwegend algemeen belang), and the judgements of the structural route and
of stap 8 say yes.  ``beoordeel()`` must then answer ``mag`` iff the table
allows it and ``mag niet`` otherwise; the same case as a Cedar request
(principal = the officer, action ``verstrek``, resource = the recipient,
context = doel and soorten) must be allowed iff ``beoordeel()`` says ``mag``.
Both are checked on every case before anything is timed.

Timed, in one process, after a warm-up, in interleaved rounds: every decision
on its own (``perf_counter_ns``) for ``beoordeel()``, ``beoordeel()`` +
``beoordeling_naar_json()``, the internal decision path (no public API: see
:func:`kern`), cedarpy ``is_authorized`` without and with the schema; and
cedarpy ``is_authorized_batch`` over all cases at once (per decision: total
divided by the number of cases).  Policies, entities and schema are parsed once
into cedarpy handles; Verstrekkingen and Cedar requests are built beforehand.

Exit codes: 0 equivalent and timed; 1 privacyrecht, the table and Cedar differ on
some case; 2 ``beoordeel()`` gave an answer other than ``mag`` or ``mag niet``
(a question for the library); 3 the entity file is stale.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import itertools
import json
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

import attrs
import cedarpy

import privacyrecht as pr
from bench import _GEEN_GIT_INFO, Stats, _git, _stats_dict, timer_overhead_ns
from privacyrecht import codec, wpg
from privacyrecht._casus import Casus
from privacyrecht.feiten import ROLLEN_PER_ORGANISATIE
from privacyrecht.regimekeuze import kies_stappenplan

T = TypeVar("T")

BENCH = Path(__file__).resolve().parent
CEDAR = BENCH / "cedar"
POLICIES = CEDAR / "wijzer.cedar"
SCHEMA = CEDAR / "wijzer.cedarschema"
ENTITEITEN = CEDAR / "entiteiten.json"

DEFAULT_SEED = 20261201
DEFAULT_N = 20_000
QUICK_N = 500

Org, Rol = pr.Organisatie, pr.Rol

#: The verstrekker of every case: a police officer (not a boa, who has his own wijzer).
VERSTREKKER = pr.Partij(organisatie=Org.POLITIE, rol=Rol.POLITIEAMBTENAAR)

#: The soorten politiegegevens drawn from (art. 12, informanten, is outside the handreiking).
SOORTEN: tuple[pr.Politiegegevenssoort, ...] = (
    pr.Politiegegevenssoort.ART_8,
    pr.Politiegegevenssoort.ART_9,
    pr.Politiegegevenssoort.ART_13,
    pr.Politiegegevenssoort.ART_10_A,
)
#: Every non-empty subset of :data:`SOORTEN`.
DEELVERZAMELINGEN: tuple[tuple[pr.Politiegegevenssoort, ...], ...] = tuple(
    combinatie
    for k in range(1, len(SOORTEN) + 1)
    for combinatie in itertools.combinations(SOORTEN, k)
)

#: Recipients that are not in the table (and not on another route that decides
#: before the structural one: no bevoegde autoriteit, gezagsdrager or inlichtingendienst).
BUITEN_DE_TABEL: tuple[pr.Partij, ...] = tuple(
    pr.Partij(organisatie=org, rol=rol)
    for org, rol in (
        (Org.VEILIG_THUIS, Rol.MEDEWERKER),
        (Org.VEILIG_THUIS, Rol.ZORG_EN_HULPVERLENER),
        (Org.WONINGCORPORATIE, Rol.MEDEWERKER),
        (Org.RAAD_VOOR_DE_KINDERBESCHERMING, Rol.MEDEWERKER),
        (Org.GECERTIFICEERDE_INSTELLING, Rol.JEUGDBESCHERMER),
        (Org.VERWIJSINDEX, Rol.MEDEWERKER),
        (Org.INSPECTIE, Rol.MEDEWERKER),
        (Org.SAMENWERKINGSVERBAND, Rol.MEDEWERKER),
        (Org.ANDERE_ORGANISATIE, Rol.MEDEWERKER),
    )
)


def _rollen(regel: wpg.Ontvangstgrondslag, organisatie: pr.Organisatie) -> list[pr.Rol]:
    """The roles a row is about (empty ``rollen``: every role of the organisation)."""
    passend = ROLLEN_PER_ORGANISATIE[organisatie]
    return sorted(regel.rollen & passend if regel.rollen else passend, key=lambda r: r.value)


def _ontvangers() -> tuple[pr.Partij, ...]:
    """Every (organisatie, rol) of a row of the table, then the recipients outside it.

    A boa at a gemeente fits the row "Gemeenten" but is a bevoegde autoriteit:
    he receives by ter beschikking stellen (art. 15 Wpg, stap 4A), before the
    structural route is asked.  Such recipients are left out.
    """
    in_tabel = [
        pr.Partij(organisatie=organisatie, rol=rol)
        for regel in wpg.WIJZER
        for organisatie in sorted(regel.organisaties, key=lambda o: o.value)
        for rol in _rollen(regel, organisatie)
    ]
    uniek = list(dict.fromkeys(p for p in in_tabel if not wpg.bevoegde_autoriteit(p)))
    for p in BUITEN_DE_TABEL:
        if wpg.wijzerregel(p) is not None or wpg.bevoegde_autoriteit(p):
            msg = f"{p} staat in de tabel of is een bevoegde autoriteit"
            raise AssertionError(msg)
    return (*uniek, *BUITEN_DE_TABEL)


ONTVANGERS = _ontvangers()


def tabel_staat_toe(
    ontvanger: pr.Partij, doel: pr.Doel, soorten: Sequence[pr.Politiegegevenssoort]
) -> bool:
    """What the table says, read directly from :data:`privacyrecht.wpg.WIJZER`."""
    regel = wpg.wijzerregel(ontvanger)
    return (
        regel is not None
        and regel.genoemd
        and doel in regel.doelen
        and regel.soorten.issuperset(soorten)
    )


# --- Cases ---------------------------------------------------------------------

_DATUM = dt.date(2026, 11, 2)


def _oordeel(toets: pr.Toets, antwoord: bool) -> pr.Oordeel:
    return pr.Oordeel(
        toets=toets,
        antwoord=antwoord,
        door="P. de Groot, senior medewerker informatievoorziening",
        datum=_DATUM,
        motivering="Afgewogen aan de hand van de verstrekkingenwijzer; vastgelegd in het dossier.",
    )


#: Yes on the structural route and stap 8; no to a zwaarwegend algemeen belang (art. 19).
OORDELEN: tuple[pr.Oordeel, ...] = (
    _oordeel(pr.Toets.NOODZAKELIJK_BPG, antwoord=True),
    _oordeel(pr.Toets.PROPORTIONEEL_BPG, antwoord=True),
    _oordeel(pr.Toets.SUBSIDIAIR_BPG, antwoord=True),
    _oordeel(pr.Toets.JUIST_EN_ACTUEEL, antwoord=True),
    _oordeel(pr.Toets.ZWAARWEGEND_ALGEMEEN_BELANG, antwoord=False),
)


def feiten(ontvanger: pr.Partij) -> dict[pr.Feit, bool]:
    """The facts of a case: only the structural route can say yes."""
    f = pr.Feit
    out = {
        f.BEVOEGD_TOT_VERSTREKKEN: True,
        f.VERWERKT_VOOR_POLITIETAAK: True,
        f.TOESTEMMING_BEVOEGDE_FUNCTIONARIS: True,
        f.BEWAARTERMIJN_VERSTREKEN: False,
        f.INSTEMMING_BEVOEGD_GEZAG: False,
        f.CONVENANT: False,
    }
    if wpg.wijzerregel(ontvanger) is None:
        # For a recipient in the table the table says whether the Bpg names it.
        out[f.ONTVANGER_IN_BPG] = False
    if ontvanger.organisatie in wpg.MOGELIJK_WGS:
        out[f.WGS_SAMENWERKINGSVERBAND] = False
    return out


def verstrekking(
    ontvanger: pr.Partij,
    doel: pr.Doel,
    soorten: Sequence[pr.Politiegegevenssoort],
    extra: dict[pr.Feit, bool] | None = None,
) -> pr.Verstrekking:
    return pr.Verstrekking(
        verstrekker=VERSTREKKER,
        ontvanger=ontvanger,
        gegevens=(pr.Gegevenscategorie.GEWOON,),
        doel=doel,
        feiten={**feiten(ontvanger), **(extra or {})},
        oordelen=OORDELEN,
        politiegegevens=tuple(soorten),
    )


def entiteit_id(p: pr.Partij) -> str:
    return f"{p.organisatie.value}/{p.rol.value}"


_PRINCIPAL = {"type": "Verstrekker", "id": entiteit_id(VERSTREKKER)}
_ACTION = {"type": "Action", "id": "verstrek"}


def verzoek(
    ontvanger: pr.Partij, doel: pr.Doel, soorten: Sequence[pr.Politiegegevenssoort]
) -> dict[str, Any]:
    """The case as a Cedar request (context as a dict: cedarpy turns it into JSON)."""
    return {
        "principal": _PRINCIPAL,
        "action": _ACTION,
        "resource": {"type": "Ontvanger", "id": entiteit_id(ontvanger)},
        "context": {"doel": doel.value, "soorten": [s.value for s in soorten]},
    }


@attrs.frozen(kw_only=True, eq=False)
class Zaak:
    """One generated case, in both forms."""

    ontvanger: pr.Partij
    doel: pr.Doel
    soorten: tuple[pr.Politiegegevenssoort, ...]
    verstrekking: pr.Verstrekking
    verzoek: dict[str, Any]
    tabel: bool

    def beschrijf(self) -> str:
        soorten = ", ".join(s.value for s in self.soorten)
        return f"{entiteit_id(self.ontvanger)} | {self.doel.value} | {soorten}"


def _uit_rij(rng: random.Random, kans: float, rij: Sequence[T], alle: Sequence[T]) -> T:
    """With probability ``kans`` a value of the row, else one of all values."""
    return rng.choice(rij if rij and rng.random() < kans else alle)


def genereer(n: int, seed: int, zonder: frozenset[pr.Doel] = frozenset()) -> list[Zaak]:
    """``n`` cases, deterministic in ``seed``; no purpose in ``zonder``.

    Recipient, purpose and soorten are drawn from all of :data:`ONTVANGERS`,
    :class:`privacyrecht.Doel` and :data:`DEELVERZAMELINGEN`, but leaning
    towards the rows that can say yes (otherwise about 1 case in 100 would be
    "mag"): half of the recipients come from a row with ``genoemd=True``, and for
    such a recipient half of the purposes are one of the row's own, and half of
    the soorten a subset of the row's own.
    """
    rng = random.Random(seed)
    alle_doelen = [d for d in pr.Doel if d not in zonder]
    genoemd = [p for p in ONTVANGERS if (r := wpg.wijzerregel(p)) is not None and r.genoemd]
    zaken = []
    for _ in range(n):
        ontvanger = _uit_rij(rng, 0.5, genoemd, ONTVANGERS)
        regel = wpg.wijzerregel(ontvanger)
        eigen = regel is not None and regel.genoemd
        doel = _uit_rij(
            rng,
            0.5,
            sorted(regel.doelen - zonder, key=lambda d: d.value) if regel and eigen else [],
            alle_doelen,
        )
        soorten = _uit_rij(
            rng,
            0.5,
            [d for d in DEELVERZAMELINGEN if regel and eigen and regel.soorten.issuperset(d)],
            DEELVERZAMELINGEN,
        )
        zaken.append(
            Zaak(
                ontvanger=ontvanger,
                doel=doel,
                soorten=soorten,
                verstrekking=verstrekking(ontvanger, doel, soorten),
                verzoek=verzoek(ontvanger, doel, soorten),
                tabel=tabel_staat_toe(ontvanger, doel, soorten),
            )
        )
    return zaken


# --- Cedar ---------------------------------------------------------------------


def entiteiten_json() -> list[dict[str, Any]]:
    """The entities: the verstrekker and every recipient, with organisatie and rol."""
    return [
        {
            "uid": {"type": soort, "id": entiteit_id(p)},
            "attrs": {"organisatie": p.organisatie.value, "rol": p.rol.value},
            "parents": [],
        }
        for soort, p in (
            ("Verstrekker", VERSTREKKER),
            *(("Ontvanger", o) for o in ONTVANGERS),
        )
    ]


@attrs.frozen(kw_only=True)
class Cedar:
    """The Cedar side, parsed once into cedarpy handles."""

    policies: cedarpy.PolicySet
    schema: cedarpy.Schema
    entiteiten: cedarpy.Entities
    policy_tekst: str

    @classmethod
    def laad(cls) -> Cedar:
        tekst = POLICIES.read_text(encoding="utf-8")
        schema = cedarpy.Schema.from_str(SCHEMA.read_text(encoding="utf-8"))
        validatie = cedarpy.validate_policies(tekst, schema)
        if not validatie.validation_passed:
            fouten = "\n".join(str(e) for e in validatie.errors)
            msg = f"{POLICIES} past niet bij {SCHEMA}:\n{fouten}"
            raise SystemExit(msg)
        entiteiten = cedarpy.Entities.from_json_str(ENTITEITEN.read_text(encoding="utf-8"), schema)
        return cls(
            policies=cedarpy.PolicySet.from_str(tekst),
            schema=schema,
            entiteiten=entiteiten,
            policy_tekst=tekst,
        )

    def beslis(self, verzoek: dict[str, Any]) -> cedarpy.AuthzResult:
        return cedarpy.is_authorized(verzoek, self.policies, self.entiteiten)

    def beslis_met_schema(self, verzoek: dict[str, Any]) -> cedarpy.AuthzResult:
        return cedarpy.is_authorized(verzoek, self.policies, self.entiteiten, self.schema)

    def beslis_batch(self, verzoeken: list[dict[str, Any]]) -> list[cedarpy.AuthzResult]:
        resultaten: list[cedarpy.AuthzResult] = cedarpy.is_authorized_batch(
            verzoeken, self.policies, self.entiteiten
        )
        return resultaten

    def beslis_batch_met_schema(self, verzoeken: list[dict[str, Any]]) -> list[cedarpy.AuthzResult]:
        resultaten: list[cedarpy.AuthzResult] = cedarpy.is_authorized_batch(
            verzoeken, self.policies, self.entiteiten, self.schema
        )
        return resultaten


def _cedar_ja(resultaat: cedarpy.AuthzResult) -> bool | str:
    """Allow/Deny as a bool, or the errors if Cedar could not decide."""
    fouten: list[str] = resultaat.diagnostics.errors
    if fouten or resultaat.decision is cedarpy.Decision.NoDecision:
        return f"{resultaat.decision}: {'; '.join(fouten)}"
    ja: bool = resultaat.allowed
    return ja


def _cedar_rij(resultaat: cedarpy.AuthzResult) -> set[str]:
    """The ``@id`` of the policies that allowed the request (the row of the table)."""
    ids: dict[str, str] = resultaat.diagnostics.id_annotations_by_reason
    return set(ids.values())


def _rij_id(ontvanger: pr.Partij) -> str:
    regel = wpg.wijzerregel(ontvanger)
    return "" if regel is None else f"003 r. {regel.bron[0].regel}"


# --- privacyrecht ----------------------------------------------------------------


def beoordeel(v: pr.Verstrekking) -> pr.Uitkomst:
    return pr.beoordeel(v).uitkomst


def beoordeel_json(v: pr.Verstrekking) -> str:
    return codec.beoordeling_naar_json(pr.beoordeel(v))


def kern(v: pr.Verstrekking) -> pr.Uitkomst | None:
    """The decision alone, through internals: no public API, for comparison only.

    privacyrecht has no lean public call that returns only the outcome.  This is
    the part of :func:`privacyrecht.beoordeel` that decides (choose the
    stappenplan, build the :class:`~privacyrecht._casus.Casus`, run the
    procedure), without the answer around it: the trace of steps, the
    voorwaarden, the verdict per soort politiegegeven.  ``None`` is "onbeslist".
    """
    plan, _ = kies_stappenplan(v)
    if plan is None:
        return None
    return plan.doorloop(Casus(v)).outcome


# --- Checks --------------------------------------------------------------------

_TOEGESTAAN = {pr.Uitkomst.MAG, pr.Uitkomst.MAG_NIET}


def controleer_entiteiten() -> None:
    opgeslagen = json.loads(ENTITEITEN.read_text(encoding="utf-8"))
    if opgeslagen != entiteiten_json():
        msg = (
            f"{ENTITEITEN} past niet (meer) bij de ontvangers van deze benchmark; "
            "maak het opnieuw met --schrijf-entiteiten"
        )
        print(msg, file=sys.stderr)
        raise SystemExit(3)


def bpg_feit_bij_tabelontvanger() -> str:
    """What privacyrecht does with ONTVANGER_IN_BPG=False for a recipient in the table."""
    halt = pr.Partij(organisatie=Org.HALT)
    try:
        v = verstrekking(
            halt,
            pr.Doel.ALTERNATIEVE_AFDOENING,
            (pr.Politiegegevenssoort.ART_8,),
            {pr.Feit.ONTVANGER_IN_BPG: False},
        )
    except pr.InputError as e:
        return f"InputError: {e}"
    return (
        "geen InputError; het feit wordt genegeerd, de tabel beslist "
        f"(Halt-bureau, doel uit de rij: {pr.beoordeel(v).uitkomst.value})"
    )


def _toon(titel: str, regels: Sequence[str], maximum: int = 10) -> None:
    print(f"{titel} ({len(regels)}):", file=sys.stderr)
    for regel in regels[:maximum]:
        print(f"  {regel}", file=sys.stderr)
    if len(regels) > maximum:
        print(f"  … en nog {len(regels) - maximum}", file=sys.stderr)


def controleer(zaken: Sequence[Zaak], cedar: Cedar) -> dict[str, Any]:
    """Every case: privacyrecht against the table, Cedar against privacyrecht."""
    vreemd: list[str] = []
    tabel_anders: list[str] = []
    cedar_anders: list[str] = []
    kern_anders: list[str] = []
    uitkomsten = [beoordeel(z.verstrekking) for z in zaken]
    enkel = [cedar.beslis_met_schema(z.verzoek) for z in zaken]
    enkel_zonder = [cedar.beslis(z.verzoek) for z in zaken]
    batch = cedar.beslis_batch_met_schema([z.verzoek for z in zaken])
    batch_zonder = cedar.beslis_batch([z.verzoek for z in zaken])
    for i, (z, u) in enumerate(zip(zaken, uitkomsten, strict=True)):
        wat = f"[{i}] {z.beschrijf()}"
        if u not in _TOEGESTAAN:
            vreemd.append(f"{wat}: beoordeel() zegt {u.value!r}")
            continue
        mag = u is pr.Uitkomst.MAG
        if mag is not z.tabel:
            tabel_anders.append(f"{wat}: beoordeel() {u.value}, tabel {z.tabel}")
        uitkomst_kern = kern(z.verstrekking)
        if uitkomst_kern is not u:
            kern_anders.append(f"{wat}: beoordeel() {u.value}, kern {uitkomst_kern}")
        for naam, resultaat in (
            ("is_authorized + schema", enkel[i]),
            ("is_authorized", enkel_zonder[i]),
            ("is_authorized_batch + schema", batch[i]),
            ("is_authorized_batch", batch_zonder[i]),
        ):
            ja = _cedar_ja(resultaat)
            if ja is not mag:
                cedar_anders.append(f"{wat}: beoordeel() {u.value}, cedarpy ({naam}) {ja}")
        if mag and _cedar_rij(enkel[i]) != {_rij_id(z.ontvanger)}:
            cedar_anders.append(
                f"{wat}: cedarpy staat toe op {_cedar_rij(enkel[i])}, de tabel op {_rij_id(z.ontvanger)}"
            )
    if vreemd:
        _toon(
            "beoordeel() gaf een ander antwoord dan mag of mag niet (vraag aan de bibliotheek)",
            vreemd,
        )
        raise SystemExit(2)
    if tabel_anders or cedar_anders or kern_anders:
        _toon("beoordeel() anders dan de tabel (WIJZER)", tabel_anders)
        _toon("cedarpy anders dan beoordeel()", cedar_anders)
        _toon("kern() anders dan beoordeel()", kern_anders)
        raise SystemExit(1)
    aantal_mag = sum(u is pr.Uitkomst.MAG for u in uitkomsten)
    return {
        "zaken": len(zaken),
        "gelijk": True,
        "mag": aantal_mag,
        "mag_niet": len(zaken) - aantal_mag,
        "per_rij": {
            rij: sum(1 for z in zaken if z.tabel and _rij_id(z.ontvanger) == rij)
            for rij in sorted({_rij_id(z.ontvanger) for z in zaken if z.tabel})
        },
        "vergeleken": [
            "beoordeel().uitkomst tegen WIJZER",
            "kern() tegen beoordeel()",
            "cedarpy is_authorized en is_authorized_batch, met en zonder schema, tegen beoordeel()",
            "bij Allow: @id van de policy tegen de rij van de tabel",
        ],
        "cedarpy_metrics_mediaan_us": {
            CEDAR_ENKEL: _metrics(enkel_zonder),
            CEDAR_SCHEMA: _metrics(enkel),
            CEDAR_BATCH: _metrics(batch_zonder),
        },
    }


def _metrics(resultaten: Sequence[cedarpy.AuthzResult]) -> dict[str, float]:
    """The median of each duration cedarpy reports with its answers (whole microseconds)."""
    per_sleutel: dict[str, list[float]] = {}
    for resultaat in resultaten:
        metrics: dict[str, float] = resultaat.metrics
        for sleutel, waarde in metrics.items():
            if sleutel.endswith("_duration_micros"):
                per_sleutel.setdefault(sleutel.removesuffix("_duration_micros"), []).append(waarde)
    return {k: statistics.median(v) for k, v in sorted(per_sleutel.items())}


# --- Timing --------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Meting:
    """One measurement over all rounds."""

    naam: str
    #: Every decision timed on its own (False: only the total of each round).
    per_aanroep: bool
    #: Per-decision times of all rounds (empty for a batch).
    tijden_ns: tuple[int, ...]
    #: Per round: wall time divided by the number of cases, in microseconds.
    rondes_us: tuple[float, ...]
    #: Per-decision statistics by outcome ("mag", "mag niet"; empty for a batch).
    per_uitkomst: dict[str, Stats]

    @property
    def stats(self) -> Stats | None:
        return Stats.of(self.tijden_ns) if self.tijden_ns else None

    @property
    def gemiddeld_us(self) -> float:
        return statistics.median(self.rondes_us)

    @property
    def mediaan_us(self) -> float:
        """Median per call; for a batch: the median of the rounds' totals / N."""
        s = self.stats
        return self.gemiddeld_us if s is None else s.mediaan_us


def _timed(items: Sequence[T], fn: Callable[[T], object]) -> tuple[list[int], int]:
    """Per-decision times over ``items``, and the wall time of the loop."""
    clock = time.perf_counter_ns
    times: list[int] = []
    append = times.append
    start = clock()
    for item in items:
        t0 = clock()
        fn(item)
        append(clock() - t0)
    return times, clock() - start


PR_ANTWOORD = "privacyrecht beoordeel()"
PR_JSON = "privacyrecht beoordeel() + JSON"
PR_KERN = "privacyrecht kern (intern, geen API)"
CEDAR_ENKEL = "cedarpy is_authorized"
CEDAR_SCHEMA = "cedarpy is_authorized + schema"
CEDAR_BATCH = "cedarpy is_authorized_batch"


def _per_uitkomst(zaken: Sequence[Zaak], times: Sequence[int]) -> dict[str, Stats]:
    groepen: dict[str, list[int]] = {}
    for i, t in enumerate(times):
        mag = zaken[i % len(zaken)].tabel
        groepen.setdefault(pr.Uitkomst.MAG.value if mag else pr.Uitkomst.MAG_NIET.value, []).append(
            t
        )
    return {k: Stats.of(v) for k, v in sorted(groepen.items())}


def meet(zaken: Sequence[Zaak], cedar: Cedar, *, rondes: int, warmup: int) -> list[Meting]:
    """Warm up, then time every measurement in ``rondes`` interleaved rounds."""
    verstrekkingen = [z.verstrekking for z in zaken]
    verzoeken = [z.verzoek for z in zaken]
    per_aanroep: list[tuple[str, Callable[[Any], object], Sequence[Any]]] = [
        (PR_ANTWOORD, beoordeel, verstrekkingen),
        (PR_JSON, beoordeel_json, verstrekkingen),
        (PR_KERN, kern, verstrekkingen),
        (CEDAR_ENKEL, cedar.beslis, verzoeken),
        (CEDAR_SCHEMA, cedar.beslis_met_schema, verzoeken),
    ]
    for _, fn, items in per_aanroep:
        for i in range(warmup):
            fn(items[i % len(items)])
    cedar.beslis_batch(verzoeken[:warmup])
    tijden: dict[str, list[int]] = {naam: [] for naam, _, _ in per_aanroep}
    rondes_us: dict[str, list[float]] = {naam: [] for naam, _, _ in per_aanroep}
    rondes_us[CEDAR_BATCH] = []
    n = len(zaken)
    # The cases are long-lived: keep them out of the collector's work (as bench.py does).
    gc.collect()
    gc.freeze()
    for ronde in range(rondes):
        for naam, fn, items in per_aanroep:
            times, wall_ns = _timed(items, fn)
            tijden[naam].extend(times)
            rondes_us[naam].append(wall_ns / n / 1000)
        t0 = time.perf_counter_ns()
        cedar.beslis_batch(verzoeken)
        rondes_us[CEDAR_BATCH].append((time.perf_counter_ns() - t0) / n / 1000)
        print(f"  ronde {ronde + 1}/{rondes} klaar", file=sys.stderr, flush=True)
    gc.unfreeze()
    metingen = [
        Meting(
            naam=naam,
            per_aanroep=True,
            tijden_ns=tuple(tijden[naam]),
            rondes_us=tuple(rondes_us[naam]),
            per_uitkomst=_per_uitkomst(zaken, tijden[naam]),
        )
        for naam, _, _ in per_aanroep
    ]
    metingen.append(
        Meting(
            naam=CEDAR_BATCH,
            per_aanroep=False,
            tijden_ns=(),
            rondes_us=tuple(rondes_us[CEDAR_BATCH]),
            per_uitkomst={},
        )
    )
    return metingen


# --- Report --------------------------------------------------------------------


def verhoudingen(metingen: Sequence[Meting]) -> dict[str, dict[str, float]]:
    """privacyrecht / cedarpy: medians per call against the single call, means against the batch."""
    per_naam = {m.naam: m for m in metingen}
    enkel, batch = per_naam[CEDAR_ENKEL], per_naam[CEDAR_BATCH]
    return {
        naam: {
            "mediaan_tov_cedarpy_enkel": round(per_naam[naam].mediaan_us / enkel.mediaan_us, 2),
            "gemiddeld_tov_cedarpy_enkel": round(
                per_naam[naam].gemiddeld_us / enkel.gemiddeld_us, 2
            ),
            "gemiddeld_tov_cedarpy_batch": round(
                per_naam[naam].gemiddeld_us / batch.gemiddeld_us, 2
            ),
        }
        for naam in (PR_ANTWOORD, PR_JSON, PR_KERN)
    }


def tabel(metingen: Sequence[Meting], n: int, rondes: int) -> str:
    """The figures as a Markdown table, then the ratios."""
    lines = [
        (
            f"{n} zaken × {rondes} rondes; µs per beslissing. Mediaan en p99 over alle getimede "
            "aanroepen; gemiddeld = wandkloktijd van een ronde / zaken (mediaan van de rondes)."
        ),
        "",
        "| meting | mediaan µs | p99 µs | gemiddeld µs | beslissingen/s | mediaan mag | mediaan mag niet |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for m in metingen:
        s = m.stats
        mediaan = f"{s.mediaan_us:.1f}" if s else "—"
        p99 = f"{s.p99_us:.1f}" if s else "—"
        per = [
            f"{m.per_uitkomst[u.value].mediaan_us:.1f}" if u.value in m.per_uitkomst else "—"
            for u in (pr.Uitkomst.MAG, pr.Uitkomst.MAG_NIET)
        ]
        lines.append(
            f"| {m.naam} | {mediaan} | {p99} | {m.gemiddeld_us:.1f} | {1e6 / m.gemiddeld_us:,.0f} "
            f"| {per[0]} | {per[1]} |"
        )
    lines += [
        "",
        "| privacyrecht / cedarpy | × is_authorized (mediaan) | × is_authorized_batch (gemiddeld) |",
        "|---|---:|---:|",
    ]
    for naam, v in verhoudingen(metingen).items():
        lines.append(
            f"| {naam} | {v['mediaan_tov_cedarpy_enkel']:.2f} | {v['gemiddeld_tov_cedarpy_batch']:.2f} |"
        )
    return "\n".join(lines)


def _meting_dict(m: Meting) -> dict[str, Any]:
    s = m.stats
    return {
        "per_aanroep": m.per_aanroep,
        **(_stats_dict(s) if s else {}),
        "gemiddeld_wandklok_us": round(m.gemiddeld_us, 2),
        "beslissingen_per_s": round(1e6 / m.gemiddeld_us),
        "rondes_us": [round(r, 2) for r in m.rondes_us],
        "per_uitkomst": {k: _stats_dict(v) for k, v in m.per_uitkomst.items()},
    }


def _processor() -> str:
    try:
        for regel in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if regel.startswith("model name"):
                return regel.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "onbekend"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=DEFAULT_N, help="aantal gegenereerde zaken")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_N} zaken (rooktest)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed van de generator")
    parser.add_argument(
        "--rondes", type=int, default=None, help="getimede rondes (standaard 5, quick 3)"
    )
    parser.add_argument("--out", type=Path, default=None, help="resultaatbestand (JSON)")
    parser.add_argument(
        "--zonder-doel",
        action="append",
        default=[],
        choices=[d.value for d in pr.Doel],
        metavar="DOEL",
        help=(
            "trek dit doel niet (herhaalbaar): voor een doel waarvoor beoordeel() al vóór de "
            "structurele route beslist, zoals de uitvoering van de politietaak"
        ),
    )
    parser.add_argument(
        "--schrijf-entiteiten",
        action="store_true",
        help=f"schrijf {ENTITEITEN.relative_to(BENCH.parent)} opnieuw en stop",
    )
    args = parser.parse_args(argv)
    if args.schrijf_entiteiten:
        tekst = json.dumps(entiteiten_json(), indent=2, ensure_ascii=False) + "\n"
        ENTITEITEN.write_text(tekst, encoding="utf-8")
        print(f"geschreven: {ENTITEITEN} ({len(ONTVANGERS)} ontvangers)")
        return 0
    n: int = QUICK_N if args.quick else args.n
    rondes: int = args.rondes or (3 if args.quick else 5)
    if n < 1 or rondes < 1:
        parser.error("--n en --rondes moeten ten minste 1 zijn")
    warmup = min(n, 200 if args.quick else 2_000)
    out: Path = args.out or BENCH / (
        "results-cedar-quick.json" if args.quick else "results-cedar.json"
    )

    load_voor = os.getloadavg()
    if load_voor[0] > 0.5:
        print(
            f"let op: de machine is al bezig (load {load_voor[0]:.2f}); de cijfers zijn dan hoger",
            file=sys.stderr,
        )
    controleer_entiteiten()
    cedar = Cedar.laad()
    t0 = time.perf_counter()
    # The purpose "uitvoering van de politietaak" towards a recipient outside the
    # Wpg is the third exit of art. 7 lid 1 Wpg (003 r. 1071), decided before the
    # table is consulted: not part of the structural route that Cedar encodes.
    zonder = frozenset(pr.Doel(d) for d in args.zonder_doel) | {pr.Doel.POLITIETAAK}
    if len(zonder) == len(pr.Doel):
        parser.error("--zonder-doel: er moet ten minste één doel overblijven")
    zaken = genereer(n, args.seed, zonder)
    t1 = time.perf_counter()
    print(
        f"{n} zaken, seed {args.seed}, {len(ONTVANGERS)} ontvangers "
        f"({len(BUITEN_DE_TABEL)} buiten de tabel), {len(pr.Doel) - len(zonder)} doelen"
        f"{' (zonder: ' + ', '.join(sorted(d.value for d in zonder)) + ')' if zonder else ''}, "
        f"{len(DEELVERZAMELINGEN)} combinaties van soorten ({t1 - t0:.1f} s)",
        flush=True,
    )
    bpg_feit = bpg_feit_bij_tabelontvanger()
    print(f"ONTVANGER_IN_BPG=False bij een ontvanger uit de tabel: {bpg_feit}")
    equivalentie = controleer(zaken, cedar)
    print(
        f"gelijk op alle {n} zaken: beoordeel(), de tabel, kern() en cedarpy "
        f"({equivalentie['mag']} mag, {equivalentie['mag_niet']} mag niet; "
        f"{time.perf_counter() - t1:.1f} s)",
        flush=True,
    )

    for naam, metrics in equivalentie["cedarpy_metrics_mediaan_us"].items():
        delen = ", ".join(f"{k} {v:g}" for k, v in metrics.items() if v)
        print(f"cedarpy meldt zelf ({naam}), mediaan µs: {delen}")
    overhead = timer_overhead_ns()
    metingen = meet(zaken, cedar, rondes=rondes, warmup=warmup)
    load_na = os.getloadavg()
    print()
    print(tabel(metingen, n, rondes))
    print()
    print(
        f"Python {platform.python_version()}, cedarpy {metadata.version('cedarpy')}, "
        f"privacyrecht {pr.__version__}; {_processor()}, {os.cpu_count()} cpu's, "
        f"{platform.platform()}"
    )
    print(f"tijdmeting zelf (perf_counter_ns-paar): mediaan {overhead:.0f} ns per beslissing")
    print(f"load (1 min) voor/na: {load_voor[0]:.2f} / {load_na[0]:.2f}")

    status = _git("status", "--porcelain", "--untracked-files=no")
    result = {
        "datum": dt.datetime.now(dt.UTC).date().isoformat(),
        "commit": _git("rev-parse", "--short", "HEAD")
        + ("+gewijzigd" if status not in {"", _GEEN_GIT_INFO} else ""),
        "privacyrecht": pr.__version__,
        "cedarpy": metadata.version("cedarpy"),
        "python": platform.python_version(),
        "implementatie": platform.python_implementation(),
        "platform": platform.platform(),
        "processor": _processor(),
        "nproc": os.cpu_count(),
        "load_1min": {"voor": round(load_voor[0], 2), "na": round(load_na[0], 2)},
        "quick": bool(args.quick),
        "seed": args.seed,
        "zaken": n,
        "rondes": rondes,
        "warmup": warmup,
        "zonder_doelen": sorted(d.value for d in zonder),
        "ontvangers": len(ONTVANGERS),
        "ontvanger_in_bpg_bij_tabelontvanger": bpg_feit,
        "equivalentie": equivalentie,
        "tijdmeting_ns": overhead,
        "metingen": {m.naam: _meting_dict(m) for m in metingen},
        "verhoudingen": verhoudingen(metingen),
    }
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\ngeschreven: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
