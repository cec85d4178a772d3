# language: nl
@onderwijs @avg
Functionaliteit: Persoonsgegevens van strafrechtelijke aard over leerlingen
  Persoonsgegevens van strafrechtelijke aard gaan over strafrechtelijke
  veroordelingen en strafbare feiten, ook over mogelijk gegronde verdenkingen.
  Zij mogen op grond van art. 10 AVG niet worden verwerkt, tenzij een
  uitzonderingsgrond uit de artikelen 32 en 33 UAVG van toepassing is, zoals
  gegevens die de betrokkene zelf open en bloot op internet heeft gezet. Daarnaast
  is een grondslag nodig en moet aan de overige stappen worden voldaan.

  Voorbeeld: Een leerling zet op internet dat hij een strafbaar feit heeft gepleegd, met de uitdrukkelijke bedoeling dat openbaar te maken
    bron: 003_026876f3936cad21.txt r. 4689, r. 4695

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "sociale en fysieke veiligheid op school"
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "veiligheid op school in het geding" doet zich voor
    En het feit "kennelijk zelf openbaar gemaakt" doet zich voor
    En de professional oordeelt dat aan "verenigbaarheid" is voldaan
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder e AVG"
    En mogen gegevens van de categorie "strafrechtelijk persoonsgegeven" mee
    En is stap "Strafrechtelijke persoonsgegevens" beantwoord met "ja"

  Voorbeeld: Voor gegevens over een mogelijk gegronde verdenking tegen een leerling geldt geen uitzonderingsgrond
    bron: 003_026876f3936cad21.txt r. 4685, r. 4687

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "sociale en fysieke veiligheid op school"
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "veiligheid op school in het geding" doet zich voor
    En het feit "verwerking onder toezicht van de overheid" doet zich niet voor
    En het feit "kennelijk zelf openbaar gemaakt" doet zich niet voor
    En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
    En het feit "noodzakelijk voor rechtsvordering" doet zich niet voor
    En het feit "orgaan belast met toepassing van het strafrecht" doet zich niet voor
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En het feit "verwerking door of voor samenwerkingsverband" doet zich niet voor
    En het feit "aanvulling op verwerking gezondheidsgegevens" doet zich niet voor
    En de professional oordeelt dat aan "verenigbaarheid" is voldaan
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 10 AVG"
    En mogen gegevens van de categorie "strafrechtelijk persoonsgegeven" niet mee
