# language: nl
@zorg @beroepsgeheim
Functionaliteit: Stap 1 van het Stappenplan Zorg- en hulpverleners: aangifte
  "Onderzoek eerst of er de mogelijkheid is om aangifte te doen bij de politie."
  Is er een strafbaar feit gepleegd richting uzelf, uw medewerkers of uw
  praktijk, dan mag u daarvan aangifte doen (art. 161 Sv). U verstrekt niet meer
  dan noodzakelijk: de naam en eventueel het adres van de cliënt, geen informatie
  over de behandeling. Is het agressieve gedrag een symptoom van een ziekte, dan
  bent u terughoudend. Kwam u bij de behandeling te weten dat uw cliënt een
  strafbaar feit beging, dan valt dat onder het beroepsgeheim en mag u geen
  aangifte doen; verschoningsgerechtigden zijn vrijgesteld van de aangifteplicht
  (art. 160 lid 2 Sv). Vervolg dan het stappenplan om te onderzoeken of het
  beroepsgeheim kan worden doorbroken. Is er geen strafbaar feit gepleegd, vervolg
  dan ook het stappenplan.

  Voorbeeld: Een cliënt bedreigt zijn behandelaar en de behandelaar doet aangifte (P1-V04)
    bron: 003_026876f3936cad21.txt r. 472, 003_026876f3936cad21.txt r. 462, 003_026876f3936cad21.txt r. 468

    Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "aangifte van een strafbaar feit"
    En het feit "strafbaar feit gepleegd" doet zich voor
    En het feit "strafbaar feit tegen de hulpverlening" doet zich voor
    En het feit "agressie is symptoom van ziekte" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 161 Sv"
    En wijkt het beroepsgeheim op grond van "aangifte van een strafbaar feit tegen de hulpverlening"
    En geldt de voorwaarde dat "de naam en eventueel het adres van de cliënt, maar geen informatie over de behandeling"
    En is het "Stappenplan Zorg- en hulpverleners" toegepast
    En is stap "Stap 2A: toestemming" niet doorlopen

  # te beoordelen: de handreiking zegt alleen dat informatie over de behandeling niet in de aangifte
  # hoort (r. 468). Privacyrecht leest dat de aangifte-route gezondheidsgegevens niet dekt; voor die
  # gegevens volgt het de rest van het stappenplan (doorbreking van het beroepsgeheim).
  @te_beoordelen
  Voorbeeld: Bij de aangifte zou de behandelaar ook gegevens over de behandeling willen meegeven (P1-E03)
    bron: 003_026876f3936cad21.txt r. 468

    Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "aangifte van een strafbaar feit"
    En het feit "strafbaar feit gepleegd" doet zich voor
    En het feit "strafbaar feit tegen de hulpverlening" doet zich voor
    En het feit "agressie is symptoom van ziekte" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "toestemming om het beroepsgeheim te doorbreken" bij de open vragen
    En is stap "Stap 1A: gegevens" beantwoord met "nee"
    En staat bij de keuzes ter juridische beoordeling: "Informatie over de behandeling hoort niet in de aangifte"
    En berust dat niet op "art. 161 Sv"

  Voorbeeld: De agressie is een symptoom van een ziekte en de hulpverlener heeft nog niet afgewogen of aangifte verantwoord is (P1-E02)
    bron: 003_026876f3936cad21.txt r. 464

    Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "aangifte van een strafbaar feit"
    En het feit "strafbaar feit gepleegd" doet zich voor
    En het feit "strafbaar feit tegen de hulpverlening" doet zich voor
    En het feit "agressie is symptoom van ziekte" doet zich voor
    En er is geen oordeel over "aangifte ondanks ziekte verantwoord"
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "aangifte ondanks ziekte verantwoord" bij de open vragen
    En is stap "Stap 1A: symptoom van een ziekte" beantwoord met "ja"

  Voorbeeld: De agressie is een symptoom van een ziekte, maar de hulpverlener acht aangifte toch verantwoord (P1-E02)
    bron: 003_026876f3936cad21.txt r. 464, 003_026876f3936cad21.txt r. 488

    Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "aangifte van een strafbaar feit"
    En het feit "strafbaar feit gepleegd" doet zich voor
    En het feit "strafbaar feit tegen de hulpverlening" doet zich voor
    En het feit "agressie is symptoom van ziekte" doet zich voor
    En de professional oordeelt dat aan "aangifte ondanks ziekte verantwoord" is voldaan
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 161 Sv"
    En geldt de voorwaarde dat "de naam en eventueel het adres van de cliënt"
    En is stap "Stap 1A: terughoudendheid" beantwoord met "ja"

  Voorbeeld: De agressie is een symptoom van een ziekte en de hulpverlener ziet af van aangifte (P1-E02)
    bron: 003_026876f3936cad21.txt r. 464, 003_026876f3936cad21.txt r. 496

    Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "aangifte van een strafbaar feit"
    En het feit "strafbaar feit gepleegd" doet zich voor
    En het feit "strafbaar feit tegen de hulpverlening" doet zich voor
    En het feit "agressie is symptoom van ziekte" doet zich voor
    En de professional oordeelt dat aan "aangifte ondanks ziekte verantwoord" niet is voldaan
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "toestemming om het beroepsgeheim te doorbreken" bij de open vragen
    En is stap "Stap 1A: terughoudendheid" beantwoord met "nee"
    En berust dat niet op "art. 161 Sv"

  Voorbeeld: Een cliënt vertelt zijn behandelaar dat hij een ander heeft neergestoken (P1-V05)
    bron: 003_026876f3936cad21.txt r. 484, 003_026876f3936cad21.txt r. 478, 003_026876f3936cad21.txt r. 480

    Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "aangifte van een strafbaar feit"
    En het feit "strafbaar feit gepleegd" doet zich voor
    En het feit "strafbaar feit tegen de hulpverlening" doet zich niet voor
    En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "vermoeden van huiselijk geweld of kindermishandeling" doet zich niet voor
    En het feit "ontvanger rechtstreeks betrokken bij de hulpverlening" doet zich niet voor
    En de professional oordeelt dat aan "conflict van plichten: ernstige schade" niet is voldaan
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 88 Wet BIG"
    En berust dat op "art. 7:457 lid 1 BW"
    En geldt de voorwaarde dat "vrijgesteld van de aangifteplicht (art. 160 lid 2 Sv)"
    En wijkt het beroepsgeheim niet
    En is stap "Stap 1A" beantwoord met "nee"

  # te beoordelen: de uitzondering van r. 478 (aangifte neemt gevaar voor anderen weg en dat belang
  # weegt zwaarder dan het beroepsgeheim) noemt geen toetsingskader; privacyrecht weegt haar als
  # conflict van plichten in stap 2D (r. 492: "vervolg het stappenplan"). De handreiking noemt geen
  # AVG-grondslag; voor een private zorgaanbieder gebruikt privacyrecht het gerechtvaardigd belang
  # (art. 6 lid 1 onder f AVG). Hier meldt de hulpverlener alleen wie de cliënt is en welk gevaar
  # dreigt, zonder strafrechtelijke gegevens; die variant noemt de handreiking niet.
  @te_beoordelen
  Voorbeeld: De hulpverlener doorbreekt zijn beroepsgeheim om gevaar voor anderen weg te nemen (P1-E04)
    bron: 003_026876f3936cad21.txt r. 478, 003_026876f3936cad21.txt r. 492

    Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "aangifte van een strafbaar feit"
    En het feit "strafbaar feit gepleegd" doet zich voor
    En het feit "strafbaar feit tegen de hulpverlening" doet zich niet voor
    En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "vermoeden van huiselijk geweld of kindermishandeling" doet zich niet voor
    En de professional oordeelt dat aan alle voorwaarden voor een conflict van plichten is voldaan
    En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "noodzakelijk voor overeenkomst met betrokkene" doet zich niet voor
    En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
    En het feit "verstrekker is overheidsinstantie" doet zich niet voor
    En de professional oordeelt dat aan "gerechtvaardigd belang" is voldaan
    En de professional oordeelt dat aan "noodzakelijk voor gerechtvaardigd belang" is voldaan
    En de professional oordeelt dat aan "belang weegt zwaarder" is voldaan
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En wijkt het beroepsgeheim op grond van "conflict van plichten"
    En berust dat op "art. 6 lid 1 onder f AVG"
    En berust dat niet op "art. 161 Sv"
    En geldt de voorwaarde dat "niet de politie of de officier van justitie"
    En is stap "Stap 2D" beantwoord met "ja"

  # te beoordelen: de handreiking staat de aangifte toe als zij gevaar voor anderen wegneemt (r. 478),
  # maar zegt niets over art. 10 AVG. Een aangifte bevat strafrechtelijke gegevens; het conflict van
  # plichten heft het verbod van art. 10 AVG niet op, en geen van de uitzonderingen van art. 10 AVG en
  # art. 31–33 UAVG die privacyrecht kent past duidelijk op deze aangifte. De uitkomst blijft daarom
  # onbeslist tot de privacy officer of FG een uitzondering vaststelt.
  @te_beoordelen
  Voorbeeld: Aangifte van het strafbare feit van de cliënt om gevaar voor anderen weg te nemen (P1-E04)
    bron: 003_026876f3936cad21.txt r. 478, 003_026876f3936cad21.txt r. 492

    Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "aangifte van een strafbaar feit"
    En het feit "strafbaar feit gepleegd" doet zich voor
    En het feit "strafbaar feit tegen de hulpverlening" doet zich niet voor
    En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "vermoeden van huiselijk geweld of kindermishandeling" doet zich niet voor
    En de professional oordeelt dat aan alle voorwaarden voor een conflict van plichten is voldaan
    En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "noodzakelijk voor overeenkomst met betrokkene" doet zich niet voor
    En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
    En het feit "verstrekker is overheidsinstantie" doet zich niet voor
    En de professional oordeelt dat aan "gerechtvaardigd belang" is voldaan
    En de professional oordeelt dat aan "noodzakelijk voor gerechtvaardigd belang" is voldaan
    En de professional oordeelt dat aan "belang weegt zwaarder" is voldaan
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "verwerking onder toezicht van de overheid" bij de open vragen
    En is stap "Stap 2D" beantwoord met "ja"
    En is stap "AVG-grondslag: gerechtvaardigd belang" beantwoord met "ja"
    En mogen gegevens van de categorie "gewoon persoonsgegeven" mee

  Voorbeeld: Er is geen strafbaar feit gepleegd; de hulpverlener vervolgt het stappenplan
    bron: 003_026876f3936cad21.txt r. 500, 003_026876f3936cad21.txt r. 498

    Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "aangifte van een strafbaar feit"
    En het feit "strafbaar feit gepleegd" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "toestemming om het beroepsgeheim te doorbreken" bij de open vragen
    En is stap "Stap 1: strafbaar feit" beantwoord met "nee"
    En berust dat niet op "art. 161 Sv"
