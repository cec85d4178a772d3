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
    En is het regime "Beroepsgeheim" niet van toepassing
    En geldt de voorwaarde dat "Voor leerkrachten geldt geen wettelijk geregeld beroepsgeheim"

  # te beoordelen: de handreiking zegt alleen dat met een contractuele geheimhoudingsplicht rekening moet
  # worden gehouden (r. 4705), niet wat die voor de uitkomst betekent; de uitwerking geeft "mag", met de
  # geheimhoudingsplicht uit het contract als voorwaarde.
  @te_beoordelen
  Voorbeeld: Een leerkracht met een geheimhoudingsplicht in zijn contract houdt daar rekening mee
    bron: 003_026876f3936cad21.txt r. 4705

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
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

  # De handreiking raadt aan de leerling en/of ouders samen met de hulpverlener uit te nodigen voor een
  # gezamenlijk gesprek, en hen vooraf over het doel te informeren (r. 4711). Naast de toestemming om het
  # beroepsgeheim te doorbreken vraagt privacyrecht een grondslag uit art. 6 AVG en, voor
  # gezondheidsgegevens, een uitzondering op art. 9 AVG; hier de uitdrukkelijke toestemming van de
  # leerling van 16 jaar.
  Voorbeeld: Een jeugdhulpverlener deelt met toestemming van de leerling informatie met de leerkracht
    bron: 003_026876f3936cad21.txt r. 4711

    Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "onderwijsinstelling" in de rol "leerkracht"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "voorkomen van excessief geweld"
    En de betrokkene is 16 jaar
    En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
    En de professional oordeelt dat aan "persoonlijke levenssfeer van een ander niet geschaad" is voldaan
    En de professional oordeelt dat aan "zorg van een goed jeugdhulpverlener" is voldaan
    En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "vermoeden van huiselijk geweld of kindermishandeling" doet zich niet voor
    En "betrokkene" heeft geldige toestemming gegeven
    En de toestemming is uitdrukkelijk gegeven en vastgelegd
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En wijkt het beroepsgeheim op grond van "uitdrukkelijke toestemming van de betrokkene"
    En berust dat op "art. 6 lid 1 onder a AVG"
    En is het "Stappenplan Zorg- en hulpverleners" toegepast
    En is het regime "Beroepsgeheim" van toepassing
    En noemt het regime "Beroepsgeheim" de bepaling "art. 7.3.11 lid 1 Jeugdwet"

  Voorbeeld: Een jeugdhulpverlener kan zonder toestemming of andere uitzondering niet zomaar informatie met de leerkracht delen
    bron: 003_026876f3936cad21.txt r. 4711

    Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "onderwijsinstelling" in de rol "leerkracht"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "voorkomen van excessief geweld"
    En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "vermoeden van huiselijk geweld of kindermishandeling" doet zich niet voor
    En het feit "ontvanger rechtstreeks betrokken bij de hulpverlening" doet zich niet voor
    En de professional oordeelt dat aan "conflict van plichten: gewetensnood" niet is voldaan
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 7.3.11 lid 1 Jeugdwet"
    En wijkt het beroepsgeheim niet
    En is het "Stappenplan Zorg- en hulpverleners" toegepast
    En is het regime "Beroepsgeheim" van toepassing
