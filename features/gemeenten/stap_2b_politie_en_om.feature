# language: nl
@gemeenten @avg
Functionaliteit: Stap 2B – gegevens aan de politie of het OM
  Persoonsgegevens die noodzakelijk zijn voor het handhaven van de openbare orde
  en veiligheid kunnen in principe worden gedeeld tussen politie, OM en de
  burgemeester, maar alleen zolang dat noodzakelijk is voor het handhaven van de
  openbare orde door het voorkomen van excessief geweld, en met inachtneming van
  de algemene beginselen van de AVG. Gegevens die mogelijk interessant zijn,
  kunnen dus niet zomaar worden verstrekt.

  # te beoordelen: de handreiking noemt bij stap 2B geen grondslag; hier is de grondslag van de openbare-ordetaak genomen (art. 6 lid 1 onder e AVG, r. 3960; art. 172 Gemeentewet, r. 4141).
  @te_beoordelen
  Voorbeeld: Gegevens aan de politie voor de handhaving van de openbare orde
    bron: 003_026876f3936cad21.txt r. 4097, 003_026876f3936cad21.txt r. 4099, 003_026876f3936cad21.txt r. 4101

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder e AVG"
    En berust dat op "art. 172 lid 1 Gemeentewet"
    En staat bij de keuzes ter juridische beoordeling: "noemt bij stap 2B geen grondslag"
    En is het "Stappenplan Gemeenten" toegepast
    En is het regime "AVG en UAVG" van toepassing

  # te beoordelen: de handreiking noemt bij stap 2B geen grondslag; hier is de grondslag van de openbare-ordetaak genomen (art. 6 lid 1 onder e AVG, r. 3960; art. 172 Gemeentewet, r. 4141).
  @te_beoordelen
  Voorbeeld: Gegevens aan het OM voor de handhaving van de openbare orde
    bron: 003_026876f3936cad21.txt r. 4097, 003_026876f3936cad21.txt r. 4099, 003_026876f3936cad21.txt r. 4101

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is "openbaar ministerie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder e AVG"
    En berust dat op "art. 172 lid 1 Gemeentewet"
    En staat bij de keuzes ter juridische beoordeling: "noemt bij stap 2B geen grondslag"

  # te beoordelen: de handreiking zegt niet wat geldt als het doel niet de openbare orde is. Hier is gelezen: dan is een andere grondslag uit art. 6 lid 1 AVG nodig (zoals bij stap 2C, r. 4141), en zonder zo'n grondslag mag de verstrekking niet.
  @te_beoordelen
  Voorbeeld: Gegevens aan de politie voor een ander doel dan de openbare orde, zonder andere grondslag
    bron: 003_026876f3936cad21.txt r. 4099, 003_026876f3936cad21.txt r. 4141

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "ander doel"
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "specifieke wettelijke basis" doet zich niet voor
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
    En het feit "noodzakelijk voor overeenkomst met betrokkene" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 6 lid 1 AVG"
    En is als vervolg genoemd: "raadpleeg de privacy officer of de FG"
    En is stap "Stap 2B: openbare orde" beantwoord met "nee"
    En staat bij de keuzes ter juridische beoordeling: "zonder grondslag uit art. 6 lid 1 AVG"
