# language: nl
@regimekeuze
Functionaliteit: Welk stappenplan geldt, hangt af van de rol waarin de verstrekker handelt
  Het Stappenplan Onderwijsinstellingen is voor wie werkzaam is in het onderwijs.
  Het Stappenplan Gemeenten is voor de medewerker van de gemeente die openbare-
  ordetaken verricht voor de burgemeester. Het is niet van toepassing op wie bij
  of namens de gemeente werkt als zorg- en hulpverlener, jeugdhulpverlener of
  overige hulpverlener, zoals een maatschappelijk werker: die volgt het
  Stappenplan Zorg- en hulpverleners. Het is ook niet van toepassing op een boa
  bij de gemeente: die volgt het stappenplan voor politie en boa's.

  Voorbeeld: Een leerkracht doorloopt het Stappenplan Onderwijsinstellingen
    bron: 003_026876f3936cad21.txt r. 4300

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "sociale en fysieke veiligheid op school"
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "veiligheid op school in het geding" doet zich voor
    En de professional oordeelt dat aan "verenigbaarheid" is voldaan
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder e AVG"
    En is het "Stappenplan Onderwijsinstellingen" toegepast
    En is het regime "AVG en UAVG" van toepassing

  Voorbeeld: Een andere medewerker van de school die wapenbezit constateert, doorloopt ook het Stappenplan Onderwijsinstellingen
    bron: 003_026876f3936cad21.txt r. 4300, r. 4361

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "andere medewerker onderwijs"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "aangifte van een strafbaar feit"
    En het feit "strafbaar feit gepleegd" doet zich voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 161 Sv"
    En is het "Stappenplan Onderwijsinstellingen" toegepast

  # te beoordelen: de handreiking zegt dat het Stappenplan Onderwijsinstellingen geldt voor wie werkzaam is
  # in het onderwijs (r. 4300), en dat voor vrijwel iedere zorg- en hulpverlener een beroepsgeheim geldt
  # (r. 4711). Dat een zorg- en hulpverlener in dienst van de school het Stappenplan Zorg- en hulpverleners
  # volgt, is een lezing naar analogie van wat de handreiking voor de gemeente zegt (r. 3956).
  @te_beoordelen
  Voorbeeld: Een zorg- en hulpverlener in dienst van de school volgt het Stappenplan Zorg- en hulpverleners
    bron: 003_026876f3936cad21.txt r. 4300, r. 4711, r. 3956

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "zorg- en hulpverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "voorkomen van excessief geweld"
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "toestemming om het beroepsgeheim te doorbreken" bij de open vragen
    En is het "Stappenplan Zorg- en hulpverleners" toegepast
    En is het regime "Beroepsgeheim" van toepassing

  Voorbeeld: Een medewerker van de gemeente die openbare-ordetaken verricht, doorloopt het Stappenplan Gemeenten
    bron: 003_026876f3936cad21.txt r. 3956, r. 4001

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "aangifte van een strafbaar feit"
    En het feit "strafbaar feit gepleegd" doet zich voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 161 Sv"
    En is het "Stappenplan Gemeenten" toegepast

  Abstract Scenario: Een hulpverlener bij de gemeente volgt het Stappenplan Zorg- en hulpverleners
    bron: 003_026876f3936cad21.txt r. 3956

    Gegeven de verstrekker is een "gemeente" in de rol "<rol>"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "voorkomen van excessief geweld"
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "toestemming om het beroepsgeheim te doorbreken" bij de open vragen
    En is het "Stappenplan Zorg- en hulpverleners" toegepast
    En is het regime "Beroepsgeheim" van toepassing
    En noemt het regime "Beroepsgeheim" de bepaling "<bepaling>"

    Voorbeelden:
      | rol                   | bepaling                  |
      | zorg- en hulpverlener | art. 272 Sr               |
      | medisch zorgverlener  | art. 88 Wet BIG           |
      | jeugdhulpverlener     | art. 7.3.11 lid 1 Jeugdwet |
      | overige hulpverlener  | art. 272 Sr               |

  # Het Stappenplan Politie is nog niet uitgewerkt; daarom is de uitkomst onbeslist,
  # met dat stappenplan als open vraag.
  Voorbeeld: Een boa bij de gemeente volgt het stappenplan voor politie en boa's
    bron: 003_026876f3936cad21.txt r. 3956

    Gegeven de verstrekker is een "gemeente" in de rol "boa"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "aangewezen en geautoriseerd om politiegegevens te verstrekken" bij de open vragen
    En is het "Stappenplan Politie en boa's" toegepast
    En is nog onbekend of het regime "Wet politiegegevens" van toepassing is
