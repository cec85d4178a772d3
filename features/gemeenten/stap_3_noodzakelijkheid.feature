# language: nl
@gemeenten @avg
Functionaliteit: Stap 3 – is de verstrekking noodzakelijk?
  Is er een grondslag, dan moet u onderzoeken of het delen van de gegevens
  noodzakelijk is. Daarin liggen proportionaliteit en subsidiariteit besloten.
  Proportionaliteit vraagt naar effectiviteit (kan het doel ermee worden
  bereikt?) en evenredigheid (staat het doel in verhouding tot de inbreuk?).
  Subsidiariteit vraagt of het doel niet op een minder ingrijpende manier kan
  worden bereikt. Hoe groter de kans dat door ernstig excessief geweld de
  openbare orde wordt verstoord, hoe eerder het verstrekken gerechtvaardigd is;
  bij vage signalen is dat minder snel zo.

  # te beoordelen: de handreiking noemt bij stap 2B geen grondslag; hier is de grondslag van de openbare-ordetaak genomen (art. 6 lid 1 onder e AVG, r. 3960; art. 172 Gemeentewet, r. 4141).
  @te_beoordelen
  Voorbeeld: Grote kans op ernstig excessief geweld: de verstrekking is noodzakelijk
    bron: 003_026876f3936cad21.txt r. 3962, 003_026876f3936cad21.txt r. 4164, 003_026876f3936cad21.txt r. 4170

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
    En staat bij de keuzes ter juridische beoordeling: "noemt bij stap 2B geen grondslag"
    En is stap "Stap 3" beantwoord met "ja"

  # te beoordelen: de handreiking geeft bij stap 3 alleen het antwoord "ja"; "nee" is gelezen als: de verstrekking mag niet.
  @te_beoordelen
  Voorbeeld: Er zijn alleen vage signalen: de verstrekking is niet proportioneel
    bron: 003_026876f3936cad21.txt r. 3962, 003_026876f3936cad21.txt r. 4164, 003_026876f3936cad21.txt r. 4178

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    En de professional oordeelt dat aan "proportionaliteit" niet is voldaan
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 5 lid 1 onder c AVG"
    En is als vervolg genoemd: "raadpleeg de privacy officer of de FG"
    En staat bij de keuzes ter juridische beoordeling: "bij stap 3 alleen het antwoord 'ja'"

  # te beoordelen: de handreiking geeft bij stap 3 alleen het antwoord "ja"; "nee" is gelezen als: de verstrekking mag niet.
  @te_beoordelen
  Voorbeeld: Het doel kan op een minder ingrijpende manier worden bereikt
    bron: 003_026876f3936cad21.txt r. 4164, 003_026876f3936cad21.txt r. 4174

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    En de professional oordeelt dat aan "proportionaliteit" is voldaan
    En de professional oordeelt dat aan "subsidiariteit" niet is voldaan
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 5 lid 1 onder c AVG"
    En is als vervolg genoemd: "raadpleeg de privacy officer of de FG"

  @ontbrekend_oordeel
  Voorbeeld: De noodzakelijkheid is nog niet beoordeeld
    bron: 003_026876f3936cad21.txt r. 4162, 003_026876f3936cad21.txt r. 4164

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    En er is geen oordeel over "proportionaliteit"
    En er is geen oordeel over "subsidiariteit"
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "proportionaliteit" bij de open vragen
    En staat "subsidiariteit" bij de open vragen
