# language: nl
@gemeenten @avg
Functionaliteit: Stap 2C – gegevens aan een andere partner
  Wilt u gegevens verstrekken aan een andere partner dan de politie of het OM,
  dan moet u nagaan of de verstrekking binnen de reikwijdte van de wettelijke
  verplichting of de publieke taak valt. Is dat zo, dan lift u mee op de
  grondslag van de oorspronkelijke verwerking: voor de openbare orde is dat
  art. 6 lid 1 onder e AVG met art. 172 Gemeentewet. Wilt of kunt u de gegevens
  niet verstrekken in het kader van de openbare orde, dan heeft u een andere
  grondslag uit art. 6 lid 1 AVG nodig. De partner die de gegevens ontvangt,
  moet zelf ook een grondslag hebben om ze te verwerken.

  Voorbeeld: De verstrekking aan een woningcorporatie valt binnen de openbare-ordetaak van de burgemeester
    bron: 003_026876f3936cad21.txt r. 4137, 003_026876f3936cad21.txt r. 4141, 003_026876f3936cad21.txt r. 4147

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is een "woningcorporatie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    En de professional oordeelt dat aan "binnen reikwijdte publieke taak" is voldaan
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder e AVG"
    En berust dat op "art. 172 lid 1 Gemeentewet"
    En geldt de voorwaarde dat "de partij die de persoonsgegevens ontvangt moet zelf ook een grondslag hebben"
    En is stap "Stap 2C" beantwoord met "ja"

  @ontbrekend_oordeel
  Voorbeeld: Niet beoordeeld is of de verstrekking aan de woningcorporatie binnen de openbare-ordetaak valt
    bron: 003_026876f3936cad21.txt r. 4137, 003_026876f3936cad21.txt r. 4153

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is een "woningcorporatie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    En er is geen oordeel over "binnen reikwijdte publieke taak"
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "binnen reikwijdte publieke taak" bij de open vragen

  # te beoordelen: een wettelijke verplichting kan de verstrekking verplicht maken ("moet"); welke plicht het is en wat die vraagt, is hier niet getoetst, daarom luidt de uitkomst "mag".
  @te_beoordelen
  Voorbeeld: Buiten de openbare-ordetaak, maar er rust een wettelijke plicht tot verstrekking op de gemeente
    bron: 003_026876f3936cad21.txt r. 4137, 003_026876f3936cad21.txt r. 4141, 003_026876f3936cad21.txt r. 4153

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is een "andere organisatie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "voldoen aan een wettelijke plicht"
    En de professional oordeelt dat aan "binnen reikwijdte publieke taak" niet is voldaan
    En het feit "wettelijke plicht tot verstrekking" doet zich voor
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder c AVG"
    En berust dat niet op "art. 172 lid 1 Gemeentewet"
    En geldt de voorwaarde dat "de partij die de persoonsgegevens ontvangt moet zelf ook een grondslag hebben"
    En staat bij de keuzes ter juridische beoordeling: "kan de verstrekking verplicht maken"

  Voorbeeld: Buiten de openbare-ordetaak, maar er is een specifieke wettelijke basis
    bron: 003_026876f3936cad21.txt r. 4141, 003_026876f3936cad21.txt r. 4153

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is een "andere organisatie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "ander doel"
    En de professional oordeelt dat aan "binnen reikwijdte publieke taak" niet is voldaan
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "specifieke wettelijke basis" doet zich voor
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 3 AVG"
    En geldt de voorwaarde dat "leg vast op welke specifieke wettelijke bepaling de verstrekking berust"

  # te beoordelen: de handreiking drukt bij stap 2C geen "nee"-tak af. Gelezen is: zonder andere grondslag uit art. 6 lid 1 AVG (r. 4141) mag de verstrekking niet. Een gerechtvaardigd belang kan de gemeente als overheidsinstantie niet inroepen (r. 5000).
  @te_beoordelen
  Voorbeeld: Buiten de openbare-ordetaak en zonder andere grondslag
    bron: 003_026876f3936cad21.txt r. 4141, 003_026876f3936cad21.txt r. 4149, 003_026876f3936cad21.txt r. 5000

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is een "woningcorporatie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "ander doel"
    En de professional oordeelt dat aan "binnen reikwijdte publieke taak" niet is voldaan
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "specifieke wettelijke basis" doet zich niet voor
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
    En het feit "noodzakelijk voor overeenkomst met betrokkene" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 6 lid 1 AVG"
    En is als vervolg genoemd: "raadpleeg de privacy officer of de FG"
    En staat bij de keuzes ter juridische beoordeling: "drukt bij stap 2C geen 'nee'-tak af"
