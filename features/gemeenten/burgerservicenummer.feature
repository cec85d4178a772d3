# language: nl
@gemeenten @avg @te_beoordelen
Functionaliteit: Het burgerservicenummer
  De handreiking noemt het BSN alleen als voorbeeld van een persoonsgegeven
  (r. 4031). Art. 46 lid 1 UAVG staat het gebruik van een wettelijk voorgeschreven
  identificatienummer alleen toe ter uitvoering van de wet die het voorschrijft,
  of voor doeleinden die bij wet zijn bepaald.

  # te beoordelen: deze toets komt uit art. 46 UAVG, niet uit het stappenplan zelf.
  Achtergrond:
    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "burgerservicenummer"
    En het doel is "handhaving van de openbare orde"
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor

  Voorbeeld: De wet staat het gebruik van het BSN hiervoor toe
    bron: 003_026876f3936cad21.txt r. 4031

    Gegeven het feit "gebruik BSN wettelijk toegestaan" doet zich voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder e AVG"
    En mogen gegevens van de categorie "burgerservicenummer" mee op grond van "art. 46 lid 1 UAVG"

  Voorbeeld: De wet staat het gebruik van het BSN hiervoor niet toe
    bron: 003_026876f3936cad21.txt r. 4031

    Gegeven het feit "gebruik BSN wettelijk toegestaan" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 46 lid 1 UAVG"
    En mogen gegevens van de categorie "burgerservicenummer" niet mee
    En mogen gegevens van de categorie "gewoon persoonsgegeven" mee

  @ontbrekend_oordeel
  Voorbeeld: Nog niet nagegaan of de wet het gebruik van het BSN toestaat
    bron: 003_026876f3936cad21.txt r. 4031

    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "gebruik BSN wettelijk toegestaan" bij de open vragen
