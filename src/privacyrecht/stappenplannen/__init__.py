"""De stappenplannen van de handreiking als uitvoerbare procedures.

>>> sorted(STAPPENPLANNEN)
['gemeenten', 'onderwijs']
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from privacyrecht.stappenplannen._basis import Stappenplan
from privacyrecht.stappenplannen.gemeenten import GEMEENTEN
from privacyrecht.stappenplannen.onderwijs import ONDERWIJS

__all__ = ["GEMEENTEN", "ONDERWIJS", "STAPPENPLANNEN", "Stappenplan"]

#: De uitgewerkte stappenplannen, op sleutel.
STAPPENPLANNEN: Mapping[str, Stappenplan] = MappingProxyType(
    {s.sleutel: s for s in (GEMEENTEN, ONDERWIJS)}
)
