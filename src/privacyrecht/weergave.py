"""De beoordeling als Nederlandse tekst, stap voor stap, met bronvermelding."""

from __future__ import annotations

from privacyrecht.beoordeling import Beoordeling, Uitkomst

__all__ = ["als_tekst"]

_GRENS = (
    "Dit is een hulpmiddel bij de afweging van de professional, geen juridisch advies; "
    "ook de handreiking geeft geen uitsluitsel (003 r. 3954)."
)

_KOP = {
    Uitkomst.MAG: "De verstrekking mag.",
    Uitkomst.MOET: "De verstrekking moet.",
    Uitkomst.MAG_NIET: "De verstrekking mag niet.",
    Uitkomst.ONBESLIST: "Nog niet te beslissen: er staan vragen open.",
}


def _bronnen(items: tuple[object, ...]) -> str:
    return "; ".join(str(i) for i in items)


def _doorbrekingen(b: Beoordeling) -> list[str]:
    if not b.doorbrekingen:
        return []
    lines = ["Het beroepsgeheim of de geheimhoudingsplicht wijkt op grond van:"]
    for d in b.doorbrekingen:
        bepalingen = f" ({', '.join(p.tekst for p in d.bepalingen)})" if d.bepalingen else ""
        lines.append(f"  - {d.grond.value}: {d.omschrijving}{bepalingen} [{_bronnen(d.bron)}]")
    lines.append("")
    return lines


def als_tekst(b: Beoordeling) -> str:  # noqa: C901 - one block per part of the answer
    """Render ``b`` as plain Dutch text."""
    lines = [f"Uitkomst: {b.uitkomst.value}", _KOP[b.uitkomst], ""]
    if b.grondslagen:
        kop = "Berust op" if b.uitkomst in {Uitkomst.MAG, Uitkomst.MOET} else "Voldoet niet aan"
        lines.append(f"{kop}: " + ", ".join(g.tekst for g in b.grondslagen))
        lines.append("")
    lines.extend(_doorbrekingen(b))
    if b.stappenplan:
        lines.append(f"Toegepast: {b.stappenplan}")
    lines.append("Regimes:")
    for r in b.regimes:
        status = {True: "van toepassing", False: "niet van toepassing", None: "nog onbekend"}[
            r.van_toepassing
        ]
        lines.append(f"  - {r.naam}: {status}. {r.reden} ({_bronnen(r.bron)})")
    if b.stappen:
        lines.extend(("", "Stappen:"))
        for i, s in enumerate(b.stappen, 1):
            bepalingen = f"; {', '.join(p.tekst for p in s.bepalingen)}" if s.bepalingen else ""
            lines.append(f"  {i}. {s.stap}: {s.vraag}")
            lines.append(f"     Antwoord: {s.antwoord.value}  [{_bronnen(s.bron)}{bepalingen}]")
            lines.extend(f"     Want: {r}" for r in s.redenen)
            lines.extend(
                f"     Oordeel '{o.toets.value}': {'ja' if o.antwoord else 'nee'}, door {o.door} "
                f"op {o.datum.isoformat()}: {o.motivering}"
                for o in s.oordelen
            )
    if b.open_vragen:
        lines.extend(("", "Open vragen:"))
        for q in b.open_vragen:
            waarom = f" Waarom: {', '.join(w.tekst for w in q.waarom)}." if q.waarom else ""
            lines.append(f"  - [{q.soort.value}: {q.sleutel}] {q.vraag}{waarom} Wie: {q.wie}.")
    if b.voorwaarden:
        lines.extend(("", "Voorwaarden:"))
        lines.extend(f"  - {v.tekst} ({_bronnen(v.bron)})" for v in b.voorwaarden)
    if b.gegevens:
        lines.extend(("", "Gegevens:"))
        lines.extend(f"  - {g.categorie.value}: {g.uitkomst.value}" for g in b.gegevens)
    if b.politiegegevens:
        lines.extend(("", "Politiegegevens:"))
        lines.extend(f"  - {p.soort.value}: {p.uitkomst.value}" for p in b.politiegegevens)
    if b.vervolgacties:
        lines.extend(("", "Vervolg:"))
        lines.extend(f"  - {v.tekst}" for v in b.vervolgacties)
    if b.te_beoordelen:
        lines.extend(("", "Keuzes in de uitwerking, ter juridische beoordeling:"))
        lines.extend(f"  - {k.tekst} ({_bronnen(k.bron)})" for k in b.te_beoordelen)
    lines.extend(("", "Rechtsstand:"))
    lines.extend(f"  - {r.regeling}: {r.versie.isoformat()} ({r.status})" for r in b.rechtsstand)
    lines.extend(("", _GRENS))
    return "\n".join(lines) + "\n"
