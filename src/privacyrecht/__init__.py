"""privacyrecht: Nederlands gegevensdelingsrecht in het zorg- en veiligheidsdomein, als code.

Mag, moet of mag niet een professional persoonsgegevens verstrekken, op welke
bepaling, onder welke voorwaarden, en wat moet nog worden uitgezocht of
afgewogen?  :func:`beoordeel` beantwoordt dat voor één verstrekking, met de
stappen van het stappenplan van de *Handreiking Gegevensdeling ter voorkoming
van excessief geweld* (mei 2023).

privacyrecht ondersteunt de afweging van de professional; het is geen
juridisch advies.
"""

from __future__ import annotations

from privacyrecht.beoordeling import (
    Antwoord,
    Beoordeling,
    Doorbreking,
    Doorbrekingsgrond,
    GegevensOordeel,
    Kanttekening,
    OpenVraag,
    PolitiegegevensOordeel,
    Rechtsstand,
    Regime,
    Stap,
    Uitkomst,
    Vervolgactie,
    Voorwaarde,
    Vraagsoort,
)
from privacyrecht.bronnen import Bepaling, Passage, Regeling
from privacyrecht.errors import InputError, ModelError, PrivacyrechtError, Problem
from privacyrecht.feiten import (
    Betrokkene,
    Doel,
    Feit,
    Gegevenscategorie,
    InstemmingHulpverlening,
    Oordeel,
    Organisatie,
    Partij,
    Politiegegevenssoort,
    Rol,
    Toestemming,
    ToestemmingBeroepsgeheim,
    Toestemminggever,
    Toets,
    Verstrekking,
)
from privacyrecht.regimekeuze import beoordeel, beoordeel_ontvangers

__all__ = [
    "Antwoord",
    "Beoordeling",
    "Bepaling",
    "Betrokkene",
    "Doel",
    "Doorbreking",
    "Doorbrekingsgrond",
    "Feit",
    "GegevensOordeel",
    "Gegevenscategorie",
    "InputError",
    "InstemmingHulpverlening",
    "Kanttekening",
    "ModelError",
    "Oordeel",
    "OpenVraag",
    "Organisatie",
    "Partij",
    "Passage",
    "PolitiegegevensOordeel",
    "Politiegegevenssoort",
    "PrivacyrechtError",
    "Problem",
    "Rechtsstand",
    "Regeling",
    "Regime",
    "Rol",
    "Stap",
    "Toestemming",
    "ToestemmingBeroepsgeheim",
    "Toestemminggever",
    "Toets",
    "Uitkomst",
    "Verstrekking",
    "Vervolgactie",
    "Voorwaarde",
    "Vraagsoort",
    "beoordeel",
    "beoordeel_ontvangers",
]

__version__ = "0.1.0"
