# language: nl
@onderwijs @avg
Functionaliteit: Stap 2 van het Stappenplan Onderwijsinstellingen: is de verstrekking verenigbaar met het verzameldoel?
  Verstrekken mag alleen als dat verenigbaar is met het doel waarvoor de gegevens
  zijn verzameld: de verstrekking moet voldoende verwant zijn aan het
  oorspronkelijke doel (art. 6 lid 4 AVG). Dat is een open norm; de school moet
  per geval nagaan of de doelen verenigbaar zijn. Verdere verwerking voor een
  niet-verenigbaar doel kan alleen onder strikte voorwaarden, bijvoorbeeld als
  een specifieke wet dat toestaat. Stap 2 geldt na de grondslagen (e) en (f).

  Voorbeeld: De school oordeelt dat delen voor de veiligheid op school verenigbaar is met het doel waarvoor de gegevens zijn verzameld
    bron: 003_026876f3936cad21.txt r. 4521, r. 4536

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "sociale en fysieke veiligheid op school"
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "veiligheid op school in het geding" doet zich voor
    En het feit "verzameld voor dit doel" doet zich niet voor
    En de professional oordeelt dat aan "verenigbaarheid" is voldaan
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder e AVG"
    En is stap "Stap 2" beantwoord met "ja"

  Voorbeeld: De gegevens zijn juist verzameld om excessief geweld op school te voorkomen
    bron: 003_026876f3936cad21.txt r. 4521

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "sociale en fysieke veiligheid op school"
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "veiligheid op school in het geding" doet zich voor
    En het feit "verzameld voor dit doel" doet zich voor
    En er is geen oordeel over "verenigbaarheid"
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder e AVG"
    En is stap "Stap 2" beantwoord met "ja"
    En staat "verenigbaarheid" niet bij de open vragen

  @ontbrekend_oordeel
  Voorbeeld: De school heeft nog niet nagegaan of de doelen verenigbaar zijn
    bron: 003_026876f3936cad21.txt r. 4536

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "sociale en fysieke veiligheid op school"
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "veiligheid op school in het geding" doet zich voor
    En het feit "verzameld voor dit doel" doet zich niet voor
    En het feit "specifieke wet staat verdere verwerking toe" doet zich niet voor
    En er is geen oordeel over "verenigbaarheid"
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "verenigbaarheid" bij de open vragen

  # te beoordelen: de handreiking geeft bij stap 2 geen antwoordtakken; de uitwerking leest r. 4530 zo
  # dat een niet-verenigbare verstrekking zonder specifieke wet niet mag.
  @te_beoordelen
  Voorbeeld: De doelen zijn niet verenigbaar en geen specifieke wet staat de verdere verwerking toe
    bron: 003_026876f3936cad21.txt r. 4530

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "sociale en fysieke veiligheid op school"
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "veiligheid op school in het geding" doet zich voor
    En het feit "verzameld voor dit doel" doet zich niet voor
    En het feit "specifieke wet staat verdere verwerking toe" doet zich niet voor
    En de professional oordeelt dat aan "verenigbaarheid" niet is voldaan
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 6 lid 4 AVG"
    En is als vervolg genoemd: "Raadpleeg de privacy officer of de FG"
    En is stap "Stap 3" niet doorlopen
