# language: nl
@onderwijs @avg
Functionaliteit: Stap 3 van het Stappenplan Onderwijsinstellingen: is het verstrekken noodzakelijk?
  Ook als er een grondslag is, moet het delen van gegevens voldoen aan het
  noodzakelijkheidsbeginsel: de verstrekking moet proportioneel zijn (effectief en
  evenredig) en voldoen aan de eis van subsidiariteit (het doel kan niet op een
  minder ingrijpende manier worden bereikt). Dat moet bij iedere nieuwe en
  verdere verstrekking opnieuw worden bekeken.

  Voorbeeld: De leerkracht oordeelt dat de verstrekking proportioneel en subsidiair is
    bron: 003_026876f3936cad21.txt r. 4542, r. 4554, r. 4560

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "sociale en fysieke veiligheid op school"
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "veiligheid op school in het geding" doet zich voor
    En de professional oordeelt dat aan "verenigbaarheid" is voldaan
    En de professional oordeelt dat aan "proportionaliteit" is voldaan
    En de professional oordeelt dat aan "subsidiariteit" is voldaan
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder e AVG"
    En is stap "Stap 3" beantwoord met "ja"
    En is stap "Stap 4" beantwoord met "ja"

  @ontbrekend_oordeel
  Voorbeeld: De leerkracht heeft proportionaliteit en subsidiariteit nog niet afgewogen
    bron: 003_026876f3936cad21.txt r. 4542, r. 4554

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "sociale en fysieke veiligheid op school"
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "veiligheid op school in het geding" doet zich voor
    En de professional oordeelt dat aan "verenigbaarheid" is voldaan
    En er is geen oordeel over "proportionaliteit"
    En er is geen oordeel over "subsidiariteit"
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "proportionaliteit" bij de open vragen
    En staat "subsidiariteit" bij de open vragen

  # te beoordelen: de handreiking geeft bij stap 3 alleen het antwoord "ja" (r. 4554–4560);
  # dat een niet-noodzakelijke verstrekking niet mag, is een lezing.
  @te_beoordelen
  Voorbeeld: De verstrekking is niet evenredig aan het doel
    bron: 003_026876f3936cad21.txt r. 4552, r. 4554

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "sociale en fysieke veiligheid op school"
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "veiligheid op school in het geding" doet zich voor
    En de professional oordeelt dat aan "verenigbaarheid" is voldaan
    En de professional oordeelt dat aan "proportionaliteit" niet is voldaan
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 5 lid 1 onder c AVG"
    En is als vervolg genoemd: "Raadpleeg de privacy officer of de FG"
    En is stap "Stap 4" niet doorlopen
