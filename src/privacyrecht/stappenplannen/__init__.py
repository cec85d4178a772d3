"""De stappenplannen van de handreiking als uitvoerbare procedures.

>>> sorted(STAPPENPLANNEN)
['gemeenten', 'onderwijs', 'politie', 'zorg']
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from privacyrecht.stappenplannen._basis import Stappenplan
from privacyrecht.stappenplannen.gemeenten import GEMEENTEN
from privacyrecht.stappenplannen.onderwijs import ONDERWIJS
from privacyrecht.stappenplannen.politie import POLITIE, POLITIE_PER_ONTVANGER
from privacyrecht.stappenplannen.zorg import ZORG, ZORG_PER_SOORT

__all__ = [
    "GEMEENTEN",
    "ONDERWIJS",
    "POLITIE",
    "POLITIE_PER_ONTVANGER",
    "STAPPENPLANNEN",
    "ZORG",
    "ZORG_PER_SOORT",
    "Stappenplan",
]

#: De uitgewerkte stappenplannen, op sleutel.
STAPPENPLANNEN: Mapping[str, Stappenplan] = MappingProxyType(
    {s.sleutel: s for s in (GEMEENTEN, ONDERWIJS, POLITIE, ZORG)}
)
