# language: nl
@zorg @beroepsgeheim
Functionaliteit: Wie een beroepsgeheim heeft en waar het geregeld is
  "Voor iedere zorg- en hulpverlener geldt een beroepsgeheim." Waar het geregeld
  is, hangt af van het beroep: voor (para)medische hulpverleners in art. 88 Wet BIG
  en art. 7:457 BW (Wgbo); voor jeugdhulpverleners, jeugdbeschermers en medewerkers
  van de jeugdreclassering in art. 7.3.11 lid 1 Jeugdwet; voor overige
  hulpverleners, zoals maatschappelijk werkers, gezinscoaches en leden van
  wijkteams, is het afgeleid uit art. 8 EVRM, art. 10 Grondwet en art. 272 Sr.
  Wie een medisch zorgverlener ondersteunt, heeft een afgeleid beroepsgeheim. Het
  beroepsgeheim ontstaat door de aard van de relatie met de cliënt; bij wie de
  hulpverlener in dienst is, speelt geen rol.

  Voorbeeld: Het beroepsgeheim van een huisarts staat in de Wet BIG en de Wgbo
    bron: 003_026876f3936cad21.txt r. 416, 003_026876f3936cad21.txt r. 5890

    Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "zorg en hulpverlening"
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "toestemming om het beroepsgeheim te doorbreken" bij de open vragen
    En is het "Stappenplan Zorg- en hulpverleners" toegepast
    En is het regime "Beroepsgeheim" van toepassing
    En noemt het regime "Beroepsgeheim" de bepaling "art. 88 Wet BIG"
    En noemt het regime "Beroepsgeheim" de bepaling "art. 7:457 lid 1 BW"

  Voorbeeld: Het beroepsgeheim van een jeugdhulpverlener staat in de Jeugdwet
    bron: 003_026876f3936cad21.txt r. 422, 003_026876f3936cad21.txt r. 5902

    Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "zorg en hulpverlening"
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "toestemming om het beroepsgeheim te doorbreken" bij de open vragen
    En is het "Stappenplan Zorg- en hulpverleners" toegepast
    En is het regime "Beroepsgeheim" van toepassing
    En noemt het regime "Beroepsgeheim" de bepaling "art. 7.3.11 lid 1 Jeugdwet"

  # te beoordelen: de handreiking noemt voor jeugdbeschermers alleen art. 7.3.11 lid 1 Jeugdwet
  # (r. 422); privacyrecht noemt voor de gecertificeerde instelling ook art. 7.3.1 lid 1 Jeugdwet,
  # dat de regels over de jeugdhulpverlener op de gecertificeerde instelling van toepassing verklaart.
  @te_beoordelen
  Voorbeeld: Het beroepsgeheim van een jeugdbeschermer bij een gecertificeerde instelling staat in de Jeugdwet
    bron: 003_026876f3936cad21.txt r. 422, 003_026876f3936cad21.txt r. 5885

    Gegeven de verstrekker is een "gecertificeerde instelling" in de rol "jeugdbeschermer"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "zorg en hulpverlening"
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "toestemming om het beroepsgeheim te doorbreken" bij de open vragen
    En is het "Stappenplan Zorg- en hulpverleners" toegepast
    En is het regime "Beroepsgeheim" van toepassing
    En noemt het regime "Beroepsgeheim" de bepaling "art. 7.3.11 lid 1 Jeugdwet"
    En noemt het regime "Beroepsgeheim" de bepaling "art. 7.3.1 lid 1 Jeugdwet"

  Voorbeeld: Het beroepsgeheim van een maatschappelijk werker is afgeleid uit algemene privacybepalingen
    bron: 003_026876f3936cad21.txt r. 428, 003_026876f3936cad21.txt r. 5956

    Gegeven de verstrekker is een "andere organisatie" in de rol "overige hulpverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "zorg en hulpverlening"
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "toestemming om het beroepsgeheim te doorbreken" bij de open vragen
    En is het "Stappenplan Zorg- en hulpverleners" toegepast
    En is het regime "Beroepsgeheim" van toepassing
    En noemt het regime "Beroepsgeheim" de bepaling "art. 8 EVRM"
    En noemt het regime "Beroepsgeheim" de bepaling "art. 10 Grondwet"
    En noemt het regime "Beroepsgeheim" de bepaling "art. 272 Sr"

  Voorbeeld: Een doktersassistent heeft een afgeleid beroepsgeheim (P1-E01)
    bron: 003_026876f3936cad21.txt r. 436, 003_026876f3936cad21.txt r. 5960

    Gegeven de verstrekker is een "zorgaanbieder" in de rol "ondersteuner van een medisch zorgverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "zorg en hulpverlening"
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "toestemming om het beroepsgeheim te doorbreken" bij de open vragen
    En is het "Stappenplan Zorg- en hulpverleners" toegepast
    En is het regime "Beroepsgeheim" van toepassing
    En noemt het regime "Beroepsgeheim" de bepaling "art. 88 Wet BIG"
    En noemt het regime "Beroepsgeheim" de bepaling "art. 7:457 lid 1 BW"

  Voorbeeld: Een hulpverlener van het wijkteam in dienst van de gemeente heeft een beroepsgeheim (P1-V03)
    bron: 003_026876f3936cad21.txt r. 450

    Gegeven de verstrekker is een "gemeente" in de rol "overige hulpverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "zorg en hulpverlening"
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "toestemming om het beroepsgeheim te doorbreken" bij de open vragen
    En is het "Stappenplan Zorg- en hulpverleners" toegepast
    En is het regime "Beroepsgeheim" van toepassing
    En noemt het regime "Beroepsgeheim" de bepaling "art. 8 EVRM"

  # te beoordelen: de handreiking raadt aan eerst het stappenplan voor het medisch beroepsgeheim te
  # doorlopen (r. 952), maar werkt niet uit wat daarna geldt. Privacyrecht doorloopt daarna het
  # Stappenplan Politie; beide moeten de verstrekking toelaten ("moet" alleen als beide dat zeggen).
  @te_beoordelen
  Voorbeeld: Een arts bij de politie mag op grond van zijn beroepsgeheim delen; daarna geldt de Wpg (P1-E10)
    bron: 003_026876f3936cad21.txt r. 950, 003_026876f3936cad21.txt r. 952

    Gegeven de verstrekker is een "politie" in de rol "medisch zorgverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "zorg en hulpverlening"
    En de betrokkene is 30 jaar
    En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
    En de professional oordeelt dat aan "persoonlijke levenssfeer van een ander niet geschaad" is voldaan
    En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "vermoeden van huiselijk geweld of kindermishandeling" doet zich niet voor
    En "betrokkene" heeft geldige toestemming gegeven
    En de toestemming is uitdrukkelijk gegeven en vastgelegd
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "aangewezen en geautoriseerd om politiegegevens te verstrekken" bij de open vragen
    En staat "toestemming om het beroepsgeheim te doorbreken" niet bij de open vragen
    En is stap "Stap 2A: toestemming" beantwoord met "ja"
    En is stap "AVG-grondslag: toestemming" beantwoord met "ja"
    En is stap "Stap 1A" beantwoord met "ja"
    En is het "Stappenplan Zorg- en hulpverleners, daarna Stappenplan Politie en boa's" toegepast
    En is het regime "Beroepsgeheim" van toepassing
    En is nog onbekend of het regime "Wet politiegegevens" van toepassing is

  Voorbeeld: Een arts bij de politie mag op grond van zijn beroepsgeheim niet delen; dat blijft zo (P1-E10)
    bron: 003_026876f3936cad21.txt r. 950, 003_026876f3936cad21.txt r. 952

    Gegeven de verstrekker is een "politie" in de rol "medisch zorgverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "zorg en hulpverlening"
    En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "vermoeden van huiselijk geweld of kindermishandeling" doet zich niet voor
    En het feit "ontvanger rechtstreeks betrokken bij de hulpverlening" doet zich niet voor
    En de professional oordeelt dat aan "conflict van plichten: gewetensnood" niet is voldaan
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 88 Wet BIG"
    En staat "Stappenplan Politie" niet bij de open vragen
    En is het regime "Beroepsgeheim" van toepassing
