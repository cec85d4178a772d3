# language: nl
@onderwijs @avg
Functionaliteit: Aangifte van een strafbaar feit door een leerkracht
  Is er een strafbaar feit gepleegd, zoals wapenbezit of agressie in de vorm van
  slaan en schoppen tegen een leerkracht, dan hoeft de rest van het Stappenplan
  Onderwijsinstellingen niet te worden doorlopen: iedereen die kennis draagt van
  een strafbaar feit is bevoegd daarvan aangifte te doen bij de politie
  (art. 161 Sv). Toestemming van leerling of ouders is daarvoor niet nodig.

  Voorbeeld: Een leerling heeft een mes bij zich op het schoolplein en de leerkracht schakelt de politie in
    bron: 003_026876f3936cad21.txt r. 4353, r. 4361

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "aangifte van een strafbaar feit"
    En het feit "strafbaar feit gepleegd" doet zich voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 161 Sv"
    En geldt de voorwaarde dat "de afweging om van de aangiftebevoegdheid gebruik te maken ligt bij degene die het strafbare feit constateert"
    En is het "Stappenplan Onderwijsinstellingen" toegepast
    En is stap "Stap 1" niet doorlopen

  Voorbeeld: Een leerling slaat en schopt een leerkracht en de leerkracht doet aangifte
    bron: 003_026876f3936cad21.txt r. 4361

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "aangifte van een strafbaar feit"
    En het feit "strafbaar feit gepleegd" doet zich voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 161 Sv"
    En geldt de voorwaarde dat "de rest van het stappenplan hoeft niet te worden doorlopen"
    En is stap "Stap 1" niet doorlopen

  Voorbeeld: Voor het melden van wapenbezit bij de politie is geen toestemming nodig
    bron: 003_026876f3936cad21.txt r. 4419

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "aangifte van een strafbaar feit"
    En het feit "strafbaar feit gepleegd" doet zich voor
    En het feit "toestemming gegeven" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 161 Sv"
    En berust dat niet op "art. 6 lid 1 onder a AVG"
    En is stap "Stap 1a" niet doorlopen

  # te beoordelen: de handreiking zegt niet hoe ver de aangifte-route reikt ("deze informatie",
  # r. 4361). privacyrecht beperkt haar tot gewone en strafrechtelijke gegevens over het feit;
  # voor gezondheidsgegevens geldt het gewone stappenplan, met zijn uitzonderingen op art. 9 AVG.
  @te_beoordelen
  Voorbeeld: Bij de aangifte zou de leerkracht ook gegevens over de gezondheid van de leerling willen meegeven
    bron: 003_026876f3936cad21.txt r. 4361, 003_026876f3936cad21.txt r. 4619

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "aangifte van een strafbaar feit"
    En het feit "strafbaar feit gepleegd" doet zich voor
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "kennelijk zelf openbaar gemaakt" bij de open vragen
    En staat "proportionaliteit" bij de open vragen
    En is stap "Aangifte" beantwoord met "nee"
