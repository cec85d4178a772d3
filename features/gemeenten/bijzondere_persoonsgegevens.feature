# language: nl
@gemeenten @avg
Functionaliteit: Bijzondere persoonsgegevens in het Stappenplan Gemeenten
  Bijzondere persoonsgegevens zijn limitatief opgesomd in art. 9 lid 1 AVG. Het
  verwerken ervan is in beginsel verboden, tenzij een uitzondering van art. 9
  lid 2 AVG of van art. 22 tot en met 30 UAVG van toepassing is. Daarnaast moet
  er altijd een grondslag uit art. 6 AVG zijn en moet aan de overige stappen van
  het stappenplan zijn voldaan. In het kader van excessief geweld lijkt vooral
  de uitzondering relevant dat de betrokkene de gegevens kennelijk zelf openbaar
  heeft gemaakt. Ook dan moet de verstrekking noodzakelijk zijn en moet er een
  grondslag zijn.

  Voorbeeld: Gegevens over de gezondheid van de betrokkene, zonder uitzondering op het verbod
    bron: 003_026876f3936cad21.txt r. 4256, 003_026876f3936cad21.txt r. 4258

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "handhaving van de openbare orde"
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
    En het feit "kennelijk zelf openbaar gemaakt" doet zich niet voor
    En het feit "noodzakelijk voor rechtsvordering" doet zich niet voor
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 9 lid 1 AVG"
    En mogen gegevens van de categorie "gezondheid" niet mee
    En mogen gegevens van de categorie "gewoon persoonsgegeven" mee
    En is als vervolg genoemd: "verstrek deze gegevens niet, of stel eerst een uitzondering op het verbod vast"

  Voorbeeld: Het is nog onbekend of een uitzondering op het verbod geldt
    bron: 003_026876f3936cad21.txt r. 4256, 003_026876f3936cad21.txt r. 4262

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "handhaving van de openbare orde"
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het is onbekend of het feit "kennelijk zelf openbaar gemaakt" zich voordoet
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "kennelijk zelf openbaar gemaakt" bij de open vragen
    En mogen gegevens van de categorie "gewoon persoonsgegeven" mee

  # te beoordelen: de handreiking noemt bij stap 2B geen grondslag; hier is de grondslag van de openbare-ordetaak genomen (art. 6 lid 1 onder e AVG, r. 3960; art. 172 Gemeentewet, r. 4141).
  @te_beoordelen
  Voorbeeld: De betrokkene zet zijn religieuze overtuiging open en bloot op internet, met de uitdrukkelijke bedoeling die openbaar te maken
    bron: 003_026876f3936cad21.txt r. 4262

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "religieuze of levensbeschouwelijke overtuigingen"
    En het doel is "handhaving van de openbare orde"
    En het feit "kennelijk zelf openbaar gemaakt" doet zich voor
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder e AVG"
    En staat bij de keuzes ter juridische beoordeling: "noemt bij stap 2B geen grondslag"
    En mogen gegevens van de categorie "religieuze of levensbeschouwelijke overtuigingen" mee op grond van "art. 9 lid 2 onder e AVG"
    En is stap "Bijzondere persoonsgegevens" beantwoord met "ja"

  @ontbrekend_oordeel
  Voorbeeld: Zelf openbaar gemaakte religieuze overtuiging, maar de noodzakelijkheid is nog niet beoordeeld
    bron: 003_026876f3936cad21.txt r. 4262

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "religieuze of levensbeschouwelijke overtuigingen"
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

  # te beoordelen: de handreiking drukt bij stap 2C geen "nee"-tak af. Gelezen is: zonder grondslag uit art. 6 lid 1 AVG mag de verstrekking niet, ook als het verbod van art. 9 AVG niet geldt (r. 4258, 4262).
  @te_beoordelen
  Voorbeeld: Zelf openbaar gemaakte religieuze overtuiging, maar zonder grondslag voor de verstrekking
    bron: 003_026876f3936cad21.txt r. 4258, 003_026876f3936cad21.txt r. 4262

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is een "woningcorporatie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "religieuze of levensbeschouwelijke overtuigingen"
    En het doel is "ander doel"
    En het feit "kennelijk zelf openbaar gemaakt" doet zich voor
    En de professional oordeelt dat aan "binnen reikwijdte publieke taak" niet is voldaan
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "specifieke wettelijke basis" doet zich niet voor
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
    En het feit "noodzakelijk voor overeenkomst met betrokkene" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 6 lid 1 AVG"
    En mogen gegevens van de categorie "religieuze of levensbeschouwelijke overtuigingen" niet mee

  # te beoordelen: de handreiking geeft bij stap 3 alleen het antwoord "ja"; "nee" is gelezen als: de verstrekking mag niet. Dat de ontvanger de gegevens al heeft, staat in de handreiking als mogelijkheid ("wellicht", r. 4262); hier is dat als gegeven aangenomen.
  @te_beoordelen
  Voorbeeld: De politie heeft de zelf openbaar gemaakte gegevens al, dus verstrekken is niet nodig
    bron: 003_026876f3936cad21.txt r. 4262, 003_026876f3936cad21.txt r. 4174

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "religieuze of levensbeschouwelijke overtuigingen"
    En het doel is "handhaving van de openbare orde"
    En het feit "kennelijk zelf openbaar gemaakt" doet zich voor
    En de professional oordeelt dat aan "proportionaliteit" is voldaan
    En de professional oordeelt dat aan "subsidiariteit" niet is voldaan
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 5 lid 1 onder c AVG"
    En is als vervolg genoemd: "raadpleeg de privacy officer of de FG"
