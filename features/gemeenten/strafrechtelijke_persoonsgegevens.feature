# language: nl
@gemeenten @avg
Functionaliteit: Persoonsgegevens van strafrechtelijke aard in het Stappenplan Gemeenten
  Persoonsgegevens van strafrechtelijke aard hebben te maken met
  strafrechtelijke veroordelingen en strafbare feiten, ook met mogelijk gegronde
  verdenkingen: er zijn concrete aanwijzingen dat iemand een strafbaar feit
  heeft gepleegd. Uit art. 10 AVG volgt dat zij alleen mogen worden verwerkt
  onder toezicht van de overheid of onder de voorwaarden van paragraaf 3.2 UAVG.
  In het kader van excessief geweld lijkt vooral de uitzondering relevant dat
  de betrokkene de gegevens kennelijk zelf openbaar heeft gemaakt. Ook dan moet
  de verstrekking noodzakelijk zijn en moet er een grondslag zijn.

  Voorbeeld: Een mogelijk gegronde verdenking van een strafbaar feit, zonder uitzondering op het verbod
    bron: 003_026876f3936cad21.txt r. 4273

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "verwerking onder toezicht van de overheid" doet zich niet voor
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
    En het feit "kennelijk zelf openbaar gemaakt" doet zich niet voor
    En het feit "noodzakelijk voor rechtsvordering" doet zich niet voor
    En het feit "orgaan belast met toepassing van het strafrecht" doet zich niet voor
    En het feit "verwerking door of voor samenwerkingsverband" doet zich niet voor
    En het feit "aanvulling op verwerking gezondheidsgegevens" doet zich niet voor
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 10 AVG"
    En mogen gegevens van de categorie "strafrechtelijk persoonsgegeven" niet mee
    En mogen gegevens van de categorie "gewoon persoonsgegeven" mee

  # te beoordelen: de handreiking noemt bij stap 2B geen grondslag; hier is de grondslag van de openbare-ordetaak genomen (art. 6 lid 1 onder e AVG, r. 3960; art. 172 Gemeentewet, r. 4141).
  @te_beoordelen
  Voorbeeld: De strafrechtelijke gegevens worden verwerkt onder toezicht van de overheid
    bron: 003_026876f3936cad21.txt r. 4273

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    En het feit "verwerking onder toezicht van de overheid" doet zich voor
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder e AVG"
    En staat bij de keuzes ter juridische beoordeling: "noemt bij stap 2B geen grondslag"
    En mogen gegevens van de categorie "strafrechtelijk persoonsgegeven" mee

  # te beoordelen: de handreiking noemt bij stap 2B geen grondslag; hier is de grondslag van de openbare-ordetaak genomen (art. 6 lid 1 onder e AVG, r. 3960; art. 172 Gemeentewet, r. 4141).
  @te_beoordelen
  Voorbeeld: De betrokkene zet een aan hem opgelegde straf open en bloot op internet, met de uitdrukkelijke bedoeling die openbaar te maken
    bron: 003_026876f3936cad21.txt r. 4277

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    En het feit "kennelijk zelf openbaar gemaakt" doet zich voor
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder e AVG"
    En staat bij de keuzes ter juridische beoordeling: "noemt bij stap 2B geen grondslag"
    En mogen gegevens van de categorie "strafrechtelijk persoonsgegeven" mee
    En is stap "Strafrechtelijke persoonsgegevens" beantwoord met "ja"

  @ontbrekend_oordeel
  Voorbeeld: Zelf openbaar gemaakte straf, maar de noodzakelijkheid is nog niet beoordeeld
    bron: 003_026876f3936cad21.txt r. 4277

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    En het feit "kennelijk zelf openbaar gemaakt" doet zich voor
    En er is geen oordeel over "proportionaliteit"
    En er is geen oordeel over "subsidiariteit"
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "proportionaliteit" bij de open vragen
    En staat "subsidiariteit" bij de open vragen
    En staat "kennelijk zelf openbaar gemaakt" niet bij de open vragen
