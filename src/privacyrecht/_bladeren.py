"""Leaves of the Dutch rules: facts and judgements with their open questions.

Every leaf carries the :class:`~privacyrecht.beoordeling.OpenVraag` that is
reported while it is unknown, built once at import time.
"""

from __future__ import annotations

from typing import TypeAlias

from privacyrecht._engine import Context, Predicate, Truth
from privacyrecht._engine import fact as _fact
from privacyrecht._engine import judgement as _judgement
from privacyrecht.beoordeling import OpenVraag, Vraagsoort
from privacyrecht.bronnen import Bepaling, Passage
from privacyrecht.feiten import Feit, Toets
from privacyrecht.vocabulaire import FEITVRAGEN, TOETSVRAGEN, VERSTREKKER

__all__ = ["Regel", "afgeleid", "feit", "oordeel", "vervulde_bepalingen"]

#: A rule of privacyrecht: a predicate whose open questions are ``OpenVraag``.
Regel: TypeAlias = Predicate[OpenVraag]


def feit(
    f: Feit, *, waarom: tuple[Bepaling, ...], bron: tuple[Passage, ...], label: str = ""
) -> Regel:
    """A leaf reading fact ``f``."""
    vraag = FEITVRAGEN[f]
    payload = OpenVraag(
        soort=Vraagsoort.FEIT,
        sleutel=f.value,
        vraag=vraag.vraag,
        waarom=waarom,
        bron=bron,
        wie=vraag.wie,
    )
    return _fact(f.value, payload=payload, label=label or vraag.vraag, cites=(*waarom, *bron))


def oordeel(
    t: Toets, *, waarom: tuple[Bepaling, ...], bron: tuple[Passage, ...], label: str = ""
) -> Regel:
    """A leaf reading the professional's judgement on ``t``."""
    vraag = TOETSVRAGEN[t]
    payload = OpenVraag(
        soort=Vraagsoort.OORDEEL,
        sleutel=t.value,
        vraag=vraag.vraag,
        waarom=waarom,
        bron=bron,
        wie=vraag.wie,
    )
    return _judgement(t.value, payload=payload, label=label or vraag.vraag, cites=(*waarom, *bron))


def afgeleid(  # noqa: PLR0913
    key: str,
    *,
    sleutel: str,
    vraag: str,
    waarom: tuple[Bepaling, ...],
    bron: tuple[Passage, ...],
    wie: str = VERSTREKKER,
    label: str = "",
    soort: Vraagsoort = Vraagsoort.INVOER,
) -> Regel:
    """A leaf reading a fact derived from the input (``sleutel`` names the input field).

    ``label`` says what the leaf states, for the reasons of a step; it defaults
    to the question.  ``soort`` is :attr:`Vraagsoort.FEIT` where the value
    follows from the input for some cases and is a fact to give for the others
    (``sleutel`` is then the label of that fact).
    """
    payload = OpenVraag(
        soort=soort, sleutel=sleutel, vraag=vraag, waarom=waarom, bron=bron, wie=wie
    )
    return _fact(key, payload=payload, label=label or vraag, cites=(*waarom, *bron))


def vervulde_bepalingen(regel: Regel, ctx: Context) -> tuple[Bepaling, ...]:
    """The provisions of the parts of ``regel`` that hold in ``ctx``.

    For an exception rule such as ``avg.uitzondering_art10`` this says which
    exception applies.  A rule without parts gives its own provisions if it holds.
    """
    found: list[Bepaling] = []
    for part in regel.children() or (regel,):
        if part.truth(ctx) is Truth.TRUE:
            for cite in part.cites:
                if isinstance(cite, Bepaling) and cite not in found:
                    found.append(cite)
    return tuple(found)
