# language: nl
@onderwijs @avg
Functionaliteit: Gegevens delen binnen de school
  Een leerkracht kan persoonsgegevens van een leerling met andere leerkrachten
  delen als dat noodzakelijk is om de leerling te begeleiden bij het doorlopen
  van de school, bijvoorbeeld in de rapportvergadering, de leerlingenbespreking
  of het intern zorgoverleg. Medewerkers die bij de leerling betrokken zijn
  hebben toegang tot het leerlingendossier.

  # te beoordelen: de handreiking noemt voor het delen binnen de school geen grondslag;
  # de uitwerking neemt de taak van algemeen belang van de school (art. 6 lid 1 onder e AVG).
  @te_beoordelen
  Voorbeeld: Een leerkracht bespreekt een leerling met een betrokken collega in de leerlingenbespreking
    bron: 003_026876f3936cad21.txt r. 4369

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "onderwijsinstelling" in de rol "leerkracht"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "begeleiding van de leerling"
    En het feit "ontvanger binnen eigen organisatie" doet zich voor
    En het feit "ontvanger betrokken bij de leerling" doet zich voor
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder e AVG"
    En staat bij de keuzes ter juridische beoordeling: "De handreiking noemt voor het delen binnen de school geen grondslag"
    En is stap "Intern delen" beantwoord met "ja"
    En is stap "Stap 2" niet doorlopen

  @ontbrekend_oordeel
  Voorbeeld: Of het delen met de collega noodzakelijk is voor de begeleiding, is nog niet beoordeeld
    bron: 003_026876f3936cad21.txt r. 4369

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "onderwijsinstelling" in de rol "leerkracht"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "begeleiding van de leerling"
    En het feit "ontvanger binnen eigen organisatie" doet zich voor
    En het feit "ontvanger betrokken bij de leerling" doet zich voor
    En er is geen oordeel over "proportionaliteit"
    En er is geen oordeel over "subsidiariteit"
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "proportionaliteit" bij de open vragen
    En staat "subsidiariteit" bij de open vragen

  # te beoordelen: de handreiking zegt alleen dat delen mag "als dit noodzakelijk is";
  # dat het anders niet mag, is een lezing (stap 3 kent in de handreiking alleen het antwoord "ja").
  @te_beoordelen
  Voorbeeld: Het delen met de collega is niet noodzakelijk, omdat het doel ook op een minder ingrijpende manier kan worden bereikt
    bron: 003_026876f3936cad21.txt r. 4369

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "onderwijsinstelling" in de rol "leerkracht"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "begeleiding van de leerling"
    En het feit "ontvanger binnen eigen organisatie" doet zich voor
    En het feit "ontvanger betrokken bij de leerling" doet zich voor
    En de professional oordeelt dat aan "proportionaliteit" is voldaan
    En de professional oordeelt dat aan "subsidiariteit" niet is voldaan
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 5 lid 1 onder c AVG"
    En is als vervolg genoemd: "Raadpleeg de privacy officer of de FG"
