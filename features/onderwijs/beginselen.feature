# language: nl
@onderwijs @avg
Functionaliteit: Stap 4 van het Stappenplan Onderwijsinstellingen: is het verstrekken in lijn met de beginselen van de AVG?
  Bij het verstrekken van persoonsgegevens moet rekening worden gehouden met de
  algemene beginselen van art. 5 AVG, zoals rechtmatigheid, behoorlijkheid en
  transparantie. Is de verstrekking daarmee in overeenstemming, dan is zij
  rechtmatig, met de voorwaarden die na deze stap zijn toegelicht. Zo niet, dan
  moeten alsnog maatregelen worden getroffen: raadpleeg de privacy officer of de FG.

  Voorbeeld: De verstrekking voldoet aan de beginselen en de leerkracht heeft geen contractuele geheimhoudingsplicht
    bron: 003_026876f3936cad21.txt r. 4592, r. 4598

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "sociale en fysieke veiligheid op school"
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "veiligheid op school in het geding" doet zich voor
    En het feit "contractuele geheimhoudingsplicht" doet zich niet voor
    En de professional oordeelt dat aan "verenigbaarheid" is voldaan
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder e AVG"
    En geldt de voorwaarde dat "De verstrekking is rechtmatig; houd rekening met de voorwaarden bij bijzondere en strafrechtelijke persoonsgegevens"
    En is stap "Stap 4" beantwoord met "ja"

  @ontbrekend_oordeel
  Voorbeeld: De leerkracht heeft de beginselen van art. 5 AVG nog niet beoordeeld
    bron: 003_026876f3936cad21.txt r. 4590, r. 4592

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
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "rechtmatigheid, behoorlijkheid en transparantie" bij de open vragen
    En staat "minimale gegevensverwerking" bij de open vragen
    En staat "integriteit en vertrouwelijkheid" bij de open vragen

  # te beoordelen: de handreiking zegt bij "nee" dat alsnog maatregelen moeten worden getroffen om aan
  # stap 4 te voldoen (r. 4604), niet met zoveel woorden dat de verstrekking niet mag. De uitwerking leest:
  # zolang dat niet is gebeurd, mag de verstrekking niet.
  @te_beoordelen
  Voorbeeld: Er gaan meer gegevens mee dan voor het doel nodig is
    bron: 003_026876f3936cad21.txt r. 4604

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
    En de professional oordeelt dat aan "minimale gegevensverwerking" niet is voldaan
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 5 lid 1 AVG"
    En is als vervolg genoemd: "Tref alsnog maatregelen om aan de beginselen van art. 5 AVG te voldoen"
    En is als vervolg genoemd: "raadpleeg de privacy officer of de FG"
