# language: nl
@gemeenten @avg
Functionaliteit: Andere grondslagen uit art. 6 lid 1 AVG buiten de openbare-ordetaak
  Valt de verstrekking niet binnen de openbare-ordetaak van de burgemeester, dan
  is een andere grondslag uit art. 6 lid 1 AVG nodig (r. 4141). Een
  overheidsinstantie kan in de uitoefening van haar taken geen beroep doen op een
  gerechtvaardigd belang (r. 5000).

  Achtergrond:
    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is een "woningcorporatie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "ander doel"
    En de professional oordeelt dat aan "binnen reikwijdte publieke taak" niet is voldaan
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "specifieke wettelijke basis" doet zich niet voor
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor

  @te_beoordelen
  Voorbeeld: De betrokkene geeft zelf geldig toestemming
    bron: 003_026876f3936cad21.txt r. 4141, 003_026876f3936cad21.txt r. 4944

    # te beoordelen: het Stappenplan Gemeenten noemt toestemming niet; een overheidsorgaan kan
    # er zelden op steunen (overweging 43 AVG). De uitkomst zegt dat, als kanttekening.
    Gegeven de betrokkene is 34 jaar
    En "betrokkene" heeft geldige toestemming gegeven
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder a AVG"
    En staat bij de keuzes ter juridische beoordeling: "Een overheidsorgaan kan zelden op toestemming steunen"

  Voorbeeld: Toestemming van een vijftienjarige zonder de ouder is geen geldige toestemming
    bron: 003_026876f3936cad21.txt r. 4141, 003_026876f3936cad21.txt r. 4944

    # Art. 5 lid 1 UAVG: onder de zestien jaar is de toestemming van de wettelijk
    # vertegenwoordiger vereist.
    Gegeven de betrokkene is 15 jaar
    En "betrokkene" heeft geldige toestemming gegeven
    En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
    En het feit "noodzakelijk voor overeenkomst met betrokkene" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 6 lid 1 AVG"
    En is stap "Stap 2: andere grondslag (toestemming)" beantwoord met "nee"

  @te_beoordelen
  Voorbeeld: De verstrekking is noodzakelijk voor een vitaal belang en de betrokkene is bewusteloos
    bron: 003_026876f3936cad21.txt r. 4986

    # te beoordelen: de handreiking staat vitale belangen alleen toe als de betrokkene geen
    # toestemming kan geven (r. 4986); de AVG stelt die eis in art. 9 lid 2 onder c.
    Gegeven het feit "toestemming gegeven" doet zich niet voor
    En het feit "noodzakelijk voor vitaal belang" doet zich voor
    En het feit "betrokkene kan geen toestemming geven" doet zich voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder d AVG"
    En staat bij de keuzes ter juridische beoordeling: "Privacyrecht volgt de strengere lezing"

  Voorbeeld: Een vitaal belang, maar de betrokkene kan zelf toestemming geven
    bron: 003_026876f3936cad21.txt r. 4986

    Gegeven het feit "toestemming gegeven" doet zich niet voor
    En het feit "noodzakelijk voor vitaal belang" doet zich voor
    En het feit "betrokkene kan geen toestemming geven" doet zich niet voor
    En het feit "noodzakelijk voor overeenkomst met betrokkene" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 6 lid 1 AVG"

  Voorbeeld: De verstrekking is noodzakelijk voor een overeenkomst waarbij de betrokkene partij is
    bron: 003_026876f3936cad21.txt r. 4978

    Gegeven het feit "toestemming gegeven" doet zich niet voor
    En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
    En het feit "noodzakelijk voor overeenkomst met betrokkene" doet zich voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder b AVG"

  Voorbeeld: Een gemeente kan geen beroep doen op een gerechtvaardigd belang
    bron: 003_026876f3936cad21.txt r. 5000

    Gegeven het feit "toestemming gegeven" doet zich niet voor
    En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
    En het feit "noodzakelijk voor overeenkomst met betrokkene" doet zich niet voor
    En de professional oordeelt dat aan "gerechtvaardigd belang" is voldaan
    En de professional oordeelt dat aan "noodzakelijk voor gerechtvaardigd belang" is voldaan
    En de professional oordeelt dat aan "belang weegt zwaarder" is voldaan
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 6 lid 1 AVG"
    En is stap "Stap 2: andere grondslag (gerechtvaardigd belang)" beantwoord met "nee"
