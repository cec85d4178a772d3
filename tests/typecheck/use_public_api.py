"""Checked by mypy only: the public API as a user writes it."""

from __future__ import annotations

import datetime as dt

import privacyrecht as pr


def assess() -> tuple[pr.Uitkomst, list[str], str]:
    verstrekking = pr.Verstrekking(
        verstrekker=pr.Partij(
            organisatie=pr.Organisatie.ONDERWIJSINSTELLING, rol=pr.Rol.LEERKRACHT
        ),
        ontvanger=pr.Partij(organisatie=pr.Organisatie.POLITIE),
        gegevens=[pr.Gegevenscategorie.GEWOON],
        doel=pr.Doel.AANGIFTE,
        feiten={pr.Feit.STRAFBAAR_FEIT: True},
        oordelen=[
            pr.Oordeel(
                toets=pr.Toets.PROPORTIONALITEIT,
                antwoord=True,
                door="M. Bakker, intern begeleider",
                datum=dt.date(2026, 12, 1),
                motivering="Het mes is op het schoolplein gezien.",
            )
        ],
    )
    beoordeling: pr.Beoordeling = pr.beoordeel(verstrekking)
    grondslagen: list[str] = [g.tekst for g in beoordeling.grondslagen]
    vragen: tuple[pr.OpenVraag, ...] = beoordeling.open_vragen
    del vragen
    return beoordeling.uitkomst, grondslagen, beoordeling.toelichting()


def three_kinds_of_consent() -> pr.Verstrekking:
    """The three kinds of consent are three types: one can never stand in for another.

    Each ``type: ignore`` below is needed (``warn_unused_ignores`` makes mypy fail
    if one becomes unnecessary, that is, if the types became interchangeable).
    """
    geheim = pr.ToestemmingBeroepsgeheim(
        door=[pr.Toestemminggever.BETROKKENE], omvang="aan de huisarts", uitdrukkelijk=True
    )
    avg = pr.Toestemming(door=[pr.Toestemminggever.BETROKKENE], omvang="aan de huisarts")
    hulp = pr.InstemmingHulpverlening(
        door=[pr.Toestemminggever.BETROKKENE], omvang="gezinscoaching"
    )
    pr.Verstrekking(
        verstrekker=pr.Partij(organisatie=pr.Organisatie.GEMEENTE, rol=pr.Rol.OVERIGE_HULPVERLENER),
        ontvanger=pr.Partij(organisatie=pr.Organisatie.ZORGAANBIEDER),
        gegevens=[pr.Gegevenscategorie.GEWOON],
        doel=pr.Doel.ZORG_EN_HULPVERLENING,
        toestemming=geheim,  # type: ignore[arg-type]
        toestemming_beroepsgeheim=hulp,  # type: ignore[arg-type]
        instemming_hulpverlening=avg,  # type: ignore[arg-type]
    )
    return pr.Verstrekking(
        verstrekker=pr.Partij(organisatie=pr.Organisatie.GEMEENTE, rol=pr.Rol.OVERIGE_HULPVERLENER),
        ontvanger=pr.Partij(organisatie=pr.Organisatie.ZORGAANBIEDER),
        gegevens=[pr.Gegevenscategorie.GEWOON],
        doel=pr.Doel.ZORG_EN_HULPVERLENING,
        toestemming=avg,
        toestemming_beroepsgeheim=geheim,
        instemming_hulpverlening=hulp,
    )
