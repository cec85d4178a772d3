# language: nl
@wettelijk_kader @avg @classificatie
Functionaliteit: Welke soort persoonsgegeven zijn gegevens over een leerling?
  Bij het inschrijven van een kind bij een school begint het verwerken van
  persoonsgegevens. Ook gegevens die iets zeggen over de leerling zijn
  persoonsgegevens, zoals het IQ, eventuele leerbeperkingen of gedragsstoornissen
  of de CITO-score. Iemand kan ook worden geïdentificeerd met gegevens als naam,
  adres, telefoonnummer of IP-adres, en met minder directe identificatoren.

  Voorbeeld: De CITO-score van een leerling is een gewoon persoonsgegeven
    bron: 003_026876f3936cad21.txt r. 4407

    Gegeven het gegeven is "CITO-score"
    Als het gegeven wordt ingedeeld
    Dan is het een gegeven van de categorie "gewoon persoonsgegeven"
    En berust die indeling op r. 4407 van de handreiking

  # te beoordelen: de handreiking noemt het IQ een persoonsgegeven (r. 4407), maar niet een
  # gezondheidsgegeven; de uitwerking deelt het in als gewoon persoonsgegeven. Of het in een concreet
  # geval iets over de (geestelijke) gezondheid zegt (r. 4633), moet worden beoordeeld.
  @te_beoordelen
  Voorbeeld: Het IQ van een leerling is een persoonsgegeven
    bron: 003_026876f3936cad21.txt r. 4407

    Gegeven het gegeven is "IQ"
    Als het gegeven wordt ingedeeld
    Dan is het een gegeven van de categorie "gewoon persoonsgegeven"
    En berust die indeling op r. 4407 van de handreiking
    En staat bij die indeling de kanttekening dat "moet worden beoordeeld"

  Voorbeeld: Een gedragsstoornis van een leerling is een gezondheidsgegeven
    bron: 003_026876f3936cad21.txt r. 4407, r. 4635

    Gegeven het gegeven is "gedragsstoornis"
    Als het gegeven wordt ingedeeld
    Dan is het een gegeven van de categorie "gezondheid"
    En berust die indeling op r. 4635 van de handreiking

  # te beoordelen: in r. 4407 staat "leerbepalingen", gelezen als "leerbeperkingen"; die zijn, net als
  # dyslexieverklaringen, gezondheidsgegevens in de brede zin (r. 4635).
  @te_beoordelen
  Voorbeeld: Een leerbeperking van een leerling is een gezondheidsgegeven
    bron: 003_026876f3936cad21.txt r. 4407, r. 4635

    Gegeven het gegeven is "leerbeperking"
    Als het gegeven wordt ingedeeld
    Dan is het een gegeven van de categorie "gezondheid"
    En berust die indeling op r. 4635 van de handreiking
    En staat bij die indeling de kanttekening dat "gelezen als 'leerbeperkingen'"

  Abstract Scenario: Identificatoren zijn gewone persoonsgegevens
    bron: 003_026876f3936cad21.txt r. 4403, r. 4777

    Gegeven het gegeven is "<gegeven>"
    Als het gegeven wordt ingedeeld
    Dan is het een gegeven van de categorie "gewoon persoonsgegeven"
    En berust die indeling op r. 4777 van de handreiking

    Voorbeelden:
      | gegeven                      |
      | naam                         |
      | adres                        |
      | telefoonnummer               |
      | IP-adres                     |
      | uiterlijke kenmerken         |
      | beroep, inkomen of opleiding |

  # te beoordelen: de handreiking noemt het BSN alleen als voorbeeld van een persoonsgegeven
  # (r. 4403, r. 4777); de uitwerking deelt het in als aparte categorie vanwege art. 46 UAVG,
  # waarover de handreiking niets zegt.
  @te_beoordelen
  Voorbeeld: Het BSN van een leerling is een persoonsgegeven met een eigen regeling
    bron: 003_026876f3936cad21.txt r. 4403, r. 4777

    Gegeven het gegeven is "BSN-nummer"
    Als het gegeven wordt ingedeeld
    Dan is het een gegeven van de categorie "burgerservicenummer"
    En berust die indeling op r. 4777 van de handreiking
