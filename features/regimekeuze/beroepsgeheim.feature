# language: nl
@regimekeuze
Functionaliteit: Beroepsgeheim van leerkrachten en van hulpverleners
  Voor leerkrachten geldt geen wettelijk geregeld beroepsgeheim. Zij hoeven geen
  rekening te houden met extra waarborgen door een geheimhoudingsplicht, tenzij
  die in hun contract is vastgelegd, bijvoorbeeld bij het werken met
  gezondheidsgegevens. Voor vrijwel iedere zorg- en/of hulpverlener geldt wel een
  beroepsgeheim: een hulpverlener die bij een leerling betrokken is, kan niet
  zomaar informatie met de leerkracht delen, tenzij een uitzondering op de
  geheimhoudingsplicht van toepassing is, zoals toestemming.

  Voorbeeld: Voor een leerkracht zonder contractuele geheimhoudingsplicht geldt geen beroepsgeheim
    bron: 003_026876f3936cad21.txt r. 4705

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
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
    En is het regime "Beroepsgeheim" niet van toepassing
    En geldt de voorwaarde dat "Voor leerkrachten geldt geen wettelijk geregeld beroepsgeheim"

  # te beoordelen: de handreiking zegt alleen dat met een contractuele geheimhoudingsplicht rekening moet
  # worden gehouden (r. 4705), niet wat die voor de uitkomst betekent; de uitwerking geeft "mag", met de
  # geheimhoudingsplicht uit het contract als voorwaarde.
  @te_beoordelen
  Voorbeeld: Een leerkracht met een geheimhoudingsplicht in zijn contract houdt daar rekening mee
    bron: 003_026876f3936cad21.txt r. 4705

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "sociale en fysieke veiligheid op school"
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "veiligheid op school in het geding" doet zich voor
    En het feit "contractuele geheimhoudingsplicht" doet zich voor
    En de professional oordeelt dat aan "verenigbaarheid" is voldaan
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder e AVG"
    En is het regime "Beroepsgeheim" niet van toepassing
    En geldt de voorwaarde dat "Houd rekening met de geheimhoudingsplicht uit uw contract"
    En is stap "Geheimhoudingsplicht" beantwoord met "ja"

  # Het Stappenplan Zorg- en hulpverleners is nog niet uitgewerkt; daarom is de uitkomst onbeslist,
  # met dat stappenplan als open vraag. De handreiking zegt dat de hulpverlener niet zomaar mag delen,
  # wel met een uitzondering zoals toestemming, en raadt een gezamenlijk gesprek met leerling en/of
  # ouders aan, die vooraf over het doel worden geïnformeerd.
  Voorbeeld: Een jeugdhulpverlener die bij een leerling betrokken is, wil informatie delen met de leerkracht
    bron: 003_026876f3936cad21.txt r. 4711

    Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
    En de ontvanger is een "onderwijsinstelling" in de rol "leerkracht"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "voorkomen van excessief geweld"
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "Stappenplan Zorg- en hulpverleners" bij de open vragen
    En is geen stappenplan toegepast
