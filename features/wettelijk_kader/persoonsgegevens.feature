# language: nl
@wettelijk_kader @avg
Functionaliteit: Wanneer is informatie een persoonsgegeven?
  Een persoonsgegeven is alle informatie over een geïdentificeerde of
  identificeerbare natuurlijke persoon (art. 4 onder 1 AVG). Het moet gaan om
  gegevens die tot een leerling herleidbaar zijn. Het weglaten van een naam
  betekent niet dat er geen persoonsgegevens worden verwerkt, als toch duidelijk
  is om wie het gaat. In de praktijk is er vaak al snel sprake van een
  persoonsgegeven.

  Voorbeeld: De leerkracht laat de naam van de leerling weg, maar het is toch duidelijk om wie het gaat
    bron: 003_026876f3936cad21.txt r. 4403, r. 4771

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het doel is "sociale en fysieke veiligheid op school"
    En het feit "identificeerbare persoon" doet zich voor
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "veiligheid op school in het geding" doet zich voor
    En de professional oordeelt dat aan "verenigbaarheid" is voldaan
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder e AVG"
    En berust dat niet op "art. 4 onder 1 AVG"
    En is stap "Stap 1" beantwoord met "ja"

  # te beoordelen: het Stappenplan Onderwijsinstellingen geeft bij "Verstrekt u persoonsgegevens?" geen
  # antwoordtakken (r. 4399); de uitwerking volgt het Stappenplan Gemeenten (r. 4051): zonder
  # persoonsgegevens staat de (U)AVG niet aan de verstrekking in de weg.
  @te_beoordelen
  Voorbeeld: De informatie over een incident is op geen enkele manier tot een leerling te herleiden
    bron: 003_026876f3936cad21.txt r. 4401, r. 4403

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het doel is "sociale en fysieke veiligheid op school"
    En het feit "identificeerbare persoon" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 4 onder 1 AVG"
    En geldt de voorwaarde dat "Het gaat niet om persoonsgegevens"
    En is stap "Stap 1" beantwoord met "nee"

  @ontbrekend_oordeel
  Voorbeeld: De leerkracht heeft nog niet onderzocht of de informatie tot een leerling te herleiden is
    bron: 003_026876f3936cad21.txt r. 4401

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het doel is "sociale en fysieke veiligheid op school"
    En het is onbekend of het feit "identificeerbare persoon" zich voordoet
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "identificeerbare persoon" bij de open vragen
    En is stap "Stap 1" beantwoord met "onbekend"
