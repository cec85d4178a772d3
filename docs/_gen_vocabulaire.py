"""Write ``docs/reference/vocabulaire.md`` from the enums of privacyrecht.

Usage (from the repository root)::

    .venv/bin/python docs/_gen_vocabulaire.py          # (re)write the page
    .venv/bin/python docs/_gen_vocabulaire.py --check  # exit 1 if it is out of date

The Sphinx build (``docs/conf.py``) runs the same comparison and warns when the
page no longer matches the code, so ``sphinx-build -W`` fails on a stale page.
"""

from __future__ import annotations

import datetime as dt
import enum
import sys
import typing
from pathlib import Path

import attrs

from privacyrecht import avg, beoordeling, bronnen, feiten, vocabulaire, wpg

PAGE = Path(__file__).resolve().parent / "reference" / "vocabulaire.md"
#: The table of recipients of the Stappenplan Politie, from ``wpg.WIJZER``.
WIJZER_PAGE = Path(__file__).resolve().parent / "reference" / "regimes" / "ontvangers-politie.md"

_UITKOMST = {
    beoordeling.Uitkomst.MAG: "De verstrekking is toegestaan; `grondslagen` noemt de bepalingen waarop zij berust.",
    beoordeling.Uitkomst.MOET: "De verstrekking is verplicht op grond van een wettelijke plicht: in het Stappenplan Zorg- en hulpverleners (bijvoorbeeld art. 7.3.11 lid 4 Jeugdwet) en in het Stappenplan Politie (ter beschikking stellen, art. 15 Wpg; de gezagsdragers, art. 16 Wpg; een samenwerkingsverband van de Wgs, art. 20 lid 3 Wpg). In de Stappenplannen Gemeenten en Onderwijsinstellingen geeft een wettelijke plicht nu `mag`, met een kanttekening.",
    beoordeling.Uitkomst.MAG_NIET: "De verstrekking is niet toegestaan; `grondslagen` noemt de bepalingen waaraan zij niet voldoet.",
    beoordeling.Uitkomst.ONBESLIST: "Nog niet te beslissen; `open_vragen` zegt wat moet worden uitgezocht of afgewogen.",
}
_ANTWOORD = {
    beoordeling.Antwoord.JA: "De vraag van de stap is met ja beantwoord.",
    beoordeling.Antwoord.NEE: "De vraag van de stap is met nee beantwoord.",
    beoordeling.Antwoord.ONBEKEND: "Het antwoord is (nog) onbekend; zie de open vragen.",
}
_VRAAGSOORT = {
    beoordeling.Vraagsoort.FEIT: "Een feit: geef het op onder `feiten` met de `sleutel` als label.",
    beoordeling.Vraagsoort.OORDEEL: "Een oordeel: geef het op onder `oordelen` met de `sleutel` als `toets`.",
    beoordeling.Vraagsoort.INVOER: "Ontbrekende of andere invoer: de `sleutel` is het invoerveld (bijvoorbeeld `betrokkene.leeftijd`).",
    beoordeling.Vraagsoort.BUITEN_BEREIK: "Valt buiten wat privacyrecht nu beoordeelt; de `sleutel` noemt het stappenplan of de regeling.",
}
_STATUS = {
    bronnen.Status.BIJGEWERKT: "De regels volgen de tekst van `versie`, de geldende tekst.",
    bronnen.Status.NIET_BIJGEWERKT: "De tekst is gewijzigd sinds de regels zijn geschreven; zie `opmerking`.",
    bronnen.Status.NIET_UITGEWERKT: "De regeling wordt genoemd, maar haar regels zijn (nog) niet gecodeerd.",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _label(member: enum.Enum) -> str:
    return f'`"{member.value}"`'


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in rows)
    lines.append("")
    return lines


def _doc(cls: type) -> str:
    return (cls.__doc__ or "").strip().split("\n\n", 1)[0].replace("\n", " ")


def _categorie_bepaling(c: feiten.Gegevenscategorie) -> str:
    if c is feiten.Gegevenscategorie.GEWOON:
        return str(avg.PERSOONSGEGEVEN)
    if c is feiten.Gegevenscategorie.STRAFRECHTELIJK:
        return f"{avg.VERBOD_STRAFRECHTELIJKE_GEGEVENS}, art. 1 en 31–33 UAVG"
    if c is feiten.Gegevenscategorie.BSN:
        return str(avg.UAVG_BSN)
    return f"{avg.VERBOD_BIJZONDERE_CATEGORIEEN} (bijzondere categorie)"


def _json_type(tp: object) -> str:  # noqa: PLR0911 - one answer per kind of type
    """The JSON shape of an annotation, in words."""
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return f"label ({tp.__name__})"
    if tp is bool:
        return "`true` of `false`"
    if tp is int:
        return "geheel getal"
    if tp is str:
        return "tekst"
    if tp is dt.date:
        return "datum als tekst, `jjjj-mm-dd`"
    if attrs.has(tp):  # type: ignore[arg-type]
        return f"object ({tp.__name__})"  # type: ignore[union-attr]
    args = typing.get_args(tp)
    origin = typing.get_origin(tp)
    if origin is tuple:
        item = _json_type(args[0])
        return "lijst van " + item.replace("label (", "labels (").replace("object (", "objecten (")
    if args and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return f"{_json_type(rest[0])} of `null`"
    if args:
        return f"object: {_json_type(args[0])} → {_json_type(args[1])}"
    return str(tp)


def _fields(cls: type) -> list[tuple[str, ...]]:
    hints = typing.get_type_hints(cls)
    rows = []
    for a in attrs.fields(cls):
        if not a.init:
            continue
        if a.default is attrs.NOTHING:
            default = "verplicht"
        elif isinstance(a.default, attrs.Factory) or a.default in ((), ""):  # type: ignore[arg-type]
            default = "leeg"
        elif a.default is None:
            default = "onbekend (`null`)"
        elif isinstance(a.default, enum.Enum):
            default = _label(a.default)
        else:
            default = f"`{a.default!r}`"
        rows.append((f"`{a.name}`", _json_type(hints[a.name]), default))
    return rows


def render() -> str:
    """The page, as Markdown."""
    f, b = feiten, beoordeling
    out: list[str] = [
        "<!-- Gegenereerd door docs/_gen_vocabulaire.py; niet met de hand bewerken. -->",
        "",
        "# Vocabulaire: de labels in JSON",
        "",
        "```{note}",
        "Deze pagina is **gegenereerd** uit de opsommingen (enums) en tabellen in de code, door",
        "`docs/_gen_vocabulaire.py`. Pas de code aan en draai het script opnieuw; de build",
        "waarschuwt als de pagina niet meer bij de code past.",
        "```",
        "",
        "Een label wordt in JSON geschreven precies zoals hieronder staat, met hoofdletters,",
        "spaties en leestekens. Een onbekend label is een invoerfout (exit-status 2), met een",
        "suggestie voor het label dat het meest lijkt. In Python is elk label ook een lid van",
        "de enum, bijvoorbeeld `Organisatie.GEMEENTE`; de enums zijn `StrEnum`s, dus",
        '`Organisatie.GEMEENTE == "gemeente"`.',
        "",
        "## Invoervelden",
        "",
        "De velden van de invoer, met hun type en wat geldt als ze ontbreken. Het volledige",
        "JSON Schema geeft `privacyrecht schema`.",
        "",
    ]
    for cls in (f.Verstrekking, f.Partij, f.Betrokkene, f.Oordeel, f.Toestemming):
        out.extend((f"### {cls.__name__}", "", _doc(cls), ""))
        out.extend(_table(("veld", "JSON", "als het ontbreekt"), _fields(cls)))

    out.extend(("## Organisatie", "", _doc(f.Organisatie), ""))
    out.extend(
        _table(
            ("label", "Python", "rollen die passen"),
            [
                (
                    _label(o),
                    f"`Organisatie.{o.name}`",
                    ", ".join(_label(r) for r in f.Rol if r in f.ROLLEN_PER_ORGANISATIE[o]),
                )
                for o in f.Organisatie
            ],
        )
    )
    out.extend(("## Rol", "", _doc(f.Rol), "", 'Zonder `rol` geldt `"medewerker"`.', ""))
    out.extend(
        _table(
            ("label", "Python", "bij organisatie"),
            [
                (
                    _label(r),
                    f"`Rol.{r.name}`",
                    ", ".join(_label(o) for o in f.Organisatie if r in f.ROLLEN_PER_ORGANISATIE[o]),
                )
                for r in f.Rol
            ],
        )
    )
    out.extend(("## Gegevenscategorie", "", _doc(f.Gegevenscategorie), ""))
    out.extend(
        _table(
            ("label", "Python", "bepaling"),
            [
                (_label(c), f"`Gegevenscategorie.{c.name}`", _categorie_bepaling(c))
                for c in f.Gegevenscategorie
            ],
        )
    )
    out.extend(
        (
            "### Voorbeelden uit de handreiking",
            "",
            "Hoe privacyrecht de gegevens indeelt die de handreiking als voorbeeld noemt",
            "(`privacyrecht.avg.VOORBEELDEN`, op te vragen met `avg.deel_in(...)`).",
            "",
        )
    )
    out.extend(
        _table(
            ("voorbeeld", "categorie", "bron", "kanttekening"),
            [
                (
                    i.voorbeeld,
                    _label(i.categorie),
                    "; ".join(p.cite() for p in i.bron),
                    i.kanttekening or "—",
                )
                for i in avg.VOORBEELDEN.values()
            ],
        )
    )
    out.extend(("## Doel", "", _doc(f.Doel), ""))
    out.extend(_table(("label", "Python"), [(_label(d), f"`Doel.{d.name}`") for d in f.Doel]))
    out.extend(
        (
            "## Feit",
            "",
            _doc(f.Feit),
            "",
            "Een feit is `true` of `false`; wat niet is opgegeven is onbekend. De vraag en wie",
            "die kan beantwoorden komen uit `privacyrecht.vocabulaire.FEITVRAGEN`; dezelfde",
            "tekst verschijnt in `open_vragen` zolang het feit ertoe doet.",
            "",
        )
    )
    out.extend(
        _table(
            ("label", "Python", "vraag", "wie"),
            [
                (
                    _label(x),
                    f"`Feit.{x.name}`",
                    vocabulaire.FEITVRAGEN[x].vraag,
                    vocabulaire.FEITVRAGEN[x].wie,
                )
                for x in f.Feit
            ],
        )
    )
    out.extend(
        (
            "## Toets",
            "",
            _doc(f.Toets),
            "",
            "Een toets wordt beantwoord met een *oordeel* (`oordelen`: `toets`, `antwoord`, `door`,",
            "`datum`, `motivering`). De vraag komt uit `privacyrecht.vocabulaire.TOETSVRAGEN`.",
            "",
        )
    )
    out.extend(
        _table(
            ("label", "Python", "vraag", "beginsel"),
            [
                (
                    _label(t),
                    f"`Toets.{t.name}`",
                    vocabulaire.TOETSVRAGEN[t].vraag,
                    str(avg.BEGINSELEN_BEPALINGEN[t]) if t in avg.BEGINSELEN_BEPALINGEN else "—",
                )
                for t in f.Toets
            ],
        )
    )
    out.extend(("## Politiegegevenssoort", "", _doc(f.Politiegegevenssoort), ""))
    out.extend(
        _table(
            ("label", "Python", "bepaling"),
            [
                (_label(p), f"`Politiegegevenssoort.{p.name}`", str(wpg.VERWERKINGSGROND[p]))
                for p in f.Politiegegevenssoort
            ],
        )
    )
    out.extend(("## Toestemminggever", "", _doc(f.Toestemminggever), ""))
    out.extend(
        _table(
            ("label", "Python"),
            [(_label(t), f"`Toestemminggever.{t.name}`") for t in f.Toestemminggever],
        )
    )
    out.extend(("## Labels in de uitvoer", "", "### Uitkomst", "", _doc(b.Uitkomst), ""))
    out.extend(
        _table(
            ("label", "Python", "betekenis"),
            [(_label(u), f"`Uitkomst.{u.name}`", _UITKOMST[u]) for u in b.Uitkomst],
        )
    )
    out.extend(("### Antwoord (in `stappen`)", "", _doc(b.Antwoord), ""))
    out.extend(
        _table(
            ("label", "Python", "betekenis"),
            [(_label(a), f"`Antwoord.{a.name}`", _ANTWOORD[a]) for a in b.Antwoord],
        )
    )
    out.extend(("### Vraagsoort (in `open_vragen`)", "", _doc(b.Vraagsoort), ""))
    out.extend(
        _table(
            ("label", "Python", "betekenis"),
            [(_label(v), f"`Vraagsoort.{v.name}`", _VRAAGSOORT[v]) for v in b.Vraagsoort],
        )
    )
    out.extend(
        ("### Status (in `rechtsstand` en `privacyrecht bronnen`)", "", _doc(bronnen.Status), "")
    )
    out.extend(
        _table(
            ("label", "Python", "betekenis"),
            [(_label(s), f"`Status.{s.name}`", _STATUS[s]) for s in bronnen.Status],
        )
    )
    return "\n".join(out).rstrip() + "\n"


def render_wijzer() -> str:
    """The table of recipients of the Stappenplan Politie (003 r. 1317–1325), from ``wpg.WIJZER``."""
    out: list[str] = [
        "<!-- Gegenereerd door docs/_gen_vocabulaire.py; niet met de hand bewerken. -->",
        "",
        "# Ontvangers van politiegegevens: de tabel van de handreiking",
        "",
        "```{note}",
        "Deze pagina is **gegenereerd** uit `privacyrecht.wpg.WIJZER`, dezelfde gegevens die het",
        "Stappenplan Politie gebruikt (de structurele route, art. 18 Wpg met art. 4:1–4:4 Bpg).",
        "```",
        "",
        _doc(wpg.Ontvangstgrondslag),
        "",
        "Een ontvanger die hier niet staat, mist daarom nog geen grondslag: privacyrecht",
        "vraagt dan of het Besluit politiegegevens hem noemt (r. 1313). Voor een boa geldt de",
        "verstrekkingenwijzer voor boa's; daarom wordt bij een boa elke ontvanger gevraagd.",
        "",
    ]
    rows = []
    for r in wpg.WIJZER:
        wie = ", ".join(f"`{o.value}`" for o in sorted(r.organisaties)) + (
            " (" + ", ".join(f"`{x.value}`" for x in sorted(r.rollen)) + ")"
            if r.rollen and len(r.rollen) < 3
            else (" (elke rol behalve burgemeester en college)" if r.rollen else "")
        )
        rows.append(
            (
                r.ontvanger,
                wie,
                "ja" if r.genoemd else "nee",
                ", ".join(str(b) for b in r.bepalingen) or "—",
                ", ".join(f"`{s.value}`" for s in sorted(r.soorten)) or "—",
                ", ".join(f"`{d.value}`" for d in sorted(r.doelen)) or "—",
                r.aandachtspunten + (f" **Nu:** {r.vervallen}" if r.vervallen else ""),
                ", ".join(p.cite() for p in r.bron),
            )
        )
    out.extend(
        _table(
            (
                "ontvanger",
                "organisatie (rol)",
                "genoemd",
                "grondslag",
                "politiegegevens",
                "doelen",
                "aandachtspunten",
                "bron",
            ),
            rows,
        )
    )
    return "\n".join(out).rstrip() + "\n"


def pages() -> dict[Path, str]:
    """Every generated page, with its text."""
    return {PAGE: render(), WIJZER_PAGE: render_wijzer()}


def main(argv: list[str]) -> int:
    """Write the pages, or with ``--check`` report whether they are up to date."""
    stale = 0
    for page, text in pages().items():
        if "--check" in argv:
            current = page.read_text(encoding="utf-8") if page.exists() else ""
            if current != text:
                sys.stderr.write(f"{page} is verouderd: draai docs/_gen_vocabulaire.py\n")
                stale = 1
            continue
        page.write_text(text, encoding="utf-8")
    return stale


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
