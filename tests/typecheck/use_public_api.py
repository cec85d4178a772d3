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
