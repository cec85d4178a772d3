# language: nl
@zorg @beroepsgeheim
Functionaliteit: Collegiaal advies zonder schending van het beroepsgeheim
  "Als u twijfelt over het gevaar dat uw cliënt of anderen lopen door het
  doorbreken van uw beroepsgeheim, is het mogelijk om een collega om advies te
  vragen zonder dat u uw beroepsgeheim schendt. Belangrijk is daarbij dat u de
  casus anoniem bespreekt en geen bijzondere kenmerken noemt." Wie de casus
  anoniem bespreekt, verstrekt geen persoonsgegevens (art. 4 onder 1 AVG). Wie
  dat niet doet, volgt het gewone stappenplan.

  Voorbeeld: Een hulpverlener bespreekt de casus anoniem met een collega (P1-V06)
    bron: 003_026876f3936cad21.txt r. 514

    Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "collegiaal advies"
    En het feit "casus anoniem besproken" doet zich voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 4 onder 1 AVG"
    En wijkt het beroepsgeheim niet
    En geldt de voorwaarde dat "Bespreek de casus anoniem en noem geen bijzondere kenmerken"
    En is stap "Stap 1" niet doorlopen

  Voorbeeld: Een hulpverlener bespreekt de casus met een collega en noemt daarbij de cliënt (P1-V06)
    bron: 003_026876f3936cad21.txt r. 514

    Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "collegiaal advies"
    En het feit "casus anoniem besproken" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "toestemming om het beroepsgeheim te doorbreken" bij de open vragen
    En is stap "Collegiaal advies: anoniem" beantwoord met "nee"
    En berust dat niet op "art. 4 onder 1 AVG"

  Voorbeeld: Een niet-anoniem advies zonder grond om het beroepsgeheim te doorbreken mag niet (P1-V06)
    bron: 003_026876f3936cad21.txt r. 514, 003_026876f3936cad21.txt r. 678

    Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "collegiaal advies"
    En het feit "casus anoniem besproken" doet zich niet voor
    En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "vermoeden van huiselijk geweld of kindermishandeling" doet zich niet voor
    En het feit "ontvanger rechtstreeks betrokken bij de hulpverlening" doet zich niet voor
    En de professional oordeelt dat aan "conflict van plichten: gewetensnood" niet is voldaan
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 88 Wet BIG"
    En berust dat op "art. 7:457 lid 1 BW"
    En wijkt het beroepsgeheim niet
