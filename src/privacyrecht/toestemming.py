"""Wie toestemming moet geven: de leeftijdsregels.

Twee regels, elk met hun bron:

* :func:`toestemminggevers_leerling` — de regel van het Stappenplan
  Onderwijsinstellingen (003 r. 4425–4427): jonger dan 12 jaar geeft de ouder
  toestemming; tussen 12 en 16 jaar ouder en leerling samen; ouder dan 16 jaar
  de leerling zelf.  De grenzen op precies 12 en 16 jaar noemt de handreiking
  niet; privacyrecht leest 12 tot en met 15 jaar als "tussen 12 en 16" en vanaf
  16 jaar als de leerling zelf, in lijn met art. 5 lid 1 UAVG (te beoordelen).
* :func:`toestemminggevers_beroepsgeheim` — wie toestemming geeft om het
  beroepsgeheim te doorbreken.  De handreiking noemt de toestemming van
  minderjarigen hierbij niet.  Privacyrecht volgt de leeftijdsgrenzen van de
  Wgbo en de Jeugdwet: jonger dan 12 jaar de ouder of voogd (art. 7:465 lid 1
  BW, art. 7.3.15 lid 1 Jeugdwet), van 12 tot 16 jaar ouder en jeugdige samen
  (art. 7:450 lid 2 BW, art. 7.3.4 lid 2 Jeugdwet), vanaf 16 jaar de jeugdige
  zelf (art. 7:447 BW, art. 7.3.5 Jeugdwet).  Die artikelen gaan over
  toestemming voor de hulp zelf; dat ook voor toestemming tot verstrekking van
  12 tot 16 jaar ouder en jeugdige samen nodig zijn, is de strengste lezing
  (te beoordelen).
* :func:`toestemminggevers` — art. 5 lid 1 UAVG: heeft de betrokkene de leeftijd
  van zestien jaren nog niet bereikt, dan is de toestemming van zijn wettelijk
  vertegenwoordiger vereist.

>>> sorted(toestemminggevers_leerling(14))
[<Toestemminggever.BETROKKENE: 'betrokkene'>, <Toestemminggever.OUDER: 'ouder of voogd'>]
>>> sorted(toestemminggevers(15))
[<Toestemminggever.OUDER: 'ouder of voogd'>]
"""

from __future__ import annotations

from privacyrecht.bronnen import UAVG, Passage, passage
from privacyrecht.feiten import Toestemminggever

__all__ = [
    "BRON_LEERLING",
    "BRON_UAVG",
    "bron_leeftijdsregel_leerling",
    "gegeven_door_juiste_personen",
    "toestemminggevers",
    "toestemminggevers_beroepsgeheim",
    "toestemminggevers_leerling",
]

#: Waar de leeftijdsregel voor leerlingen staat (003 r. 4425–4427).
BRON_LEERLING = passage(4425, 4426, 4427)
#: De bepaling van de algemene leeftijdsregel.
BRON_UAVG = UAVG.bepaling("5", lid="1")

_OUDER = frozenset({Toestemminggever.OUDER})
_SAMEN = frozenset({Toestemminggever.OUDER, Toestemminggever.BETROKKENE})
_ZELF = frozenset({Toestemminggever.BETROKKENE})


def toestemminggevers_leerling(leeftijd: int) -> frozenset[Toestemminggever]:
    """Wie toestemming geeft voor een leerling van ``leeftijd`` jaar (003 r. 4425–4427)."""
    if leeftijd < 12:
        return _OUDER
    if leeftijd < 16:
        return _SAMEN
    return _ZELF


def bron_leeftijdsregel_leerling(leeftijd: int) -> Passage:
    """De regel van de handreiking die voor een leerling van ``leeftijd`` jaar geldt.

    >>> bron_leeftijdsregel_leerling(14).regel
    4426
    """
    if leeftijd < 12:
        return BRON_LEERLING[0]
    if leeftijd < 16:
        return BRON_LEERLING[1]
    return BRON_LEERLING[2]


def toestemminggevers_beroepsgeheim(leeftijd: int) -> frozenset[Toestemminggever]:
    """Wie toestemming geeft om het beroepsgeheim te doorbreken (zie de moduletekst).

    >>> sorted(toestemminggevers_beroepsgeheim(16))
    [<Toestemminggever.BETROKKENE: 'betrokkene'>]
    """
    if leeftijd < 12:
        return _OUDER
    if leeftijd < 16:
        return _SAMEN
    return _ZELF


def toestemminggevers(leeftijd: int) -> frozenset[Toestemminggever]:
    """Wie toestemming geeft voor een betrokkene van ``leeftijd`` jaar (art. 5 lid 1 UAVG)."""
    return _OUDER if leeftijd < 16 else _ZELF


def gegeven_door_juiste_personen(
    vereist: frozenset[Toestemminggever], door: frozenset[Toestemminggever]
) -> bool:
    """Of ieder die toestemming moet geven dat ook heeft gedaan."""
    return vereist <= door
