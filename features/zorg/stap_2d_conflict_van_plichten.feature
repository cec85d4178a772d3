# language: nl
@zorg @beroepsgeheim
Functionaliteit: Stap 2D – conflict van plichten
  Bij een conflict van plichten is het verstrekken van informatie noodzakelijk
  voor de veiligheid van de betrokkene of van een ander: de hulpverlener deelt
  informatie om een acuut gevaar af te wenden, ook zonder toestemming van de
  cliënt. "Om een beroep te kunnen doen op een 'conflict van plichten' moeten in
  beginsel alle onderstaande voorwaarden zijn vervuld": gewetensnood door het
  handhaven van het beroepsgeheim; het niet doorbreken levert voor een ander
  waarschijnlijk ernstige schade op; alles is geprobeerd om toestemming te
  krijgen (tenzij het vragen iemand in gevaar brengt); het is vrijwel zeker dat
  het doorbreken de schade voorkomt of beperkt; er is geen andere weg
  (subsidiariteit); het beroepsgeheim wordt zo min mogelijk geschonden
  (proportionaliteit). Elke voorwaarde is een oordeel van de hulpverlener. U, de
  zorg- of hulpverlener, beslist over het doorbreken van het beroepsgeheim, niet
  de politie of de officier van justitie. Leg uw afweging steeds vast.

  Regel: Is aan alle voorwaarden voldaan, dan wijkt het beroepsgeheim en gaat de professional naar stap 3

    Voorbeeld: De cliënt vertelt een ander te willen mishandelen en de professional acht die kans reëel (P1-V11, W38, Handvat A22)
      bron: 003_026876f3936cad21.txt r. 662, 003_026876f3936cad21.txt r. 672

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan alle voorwaarden voor een conflict van plichten is voldaan
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
      En het feit "verstrekker is overheidsinstantie" doet zich niet voor
      En de professional oordeelt dat aan "gerechtvaardigd belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor gerechtvaardigd belang" is voldaan
      En de professional oordeelt dat aan "belang weegt zwaarder" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En wijkt het beroepsgeheim op grond van "conflict van plichten"
      En berust dat op "art. 6 lid 1 onder f AVG"
      En is stap "Stap 2D" beantwoord met "ja"
      En is stap "Stap 3" beantwoord met "ja"
      En geldt de voorwaarde dat "niet de politie of de officier van justitie"
      En geldt de voorwaarde dat "Leg uw afweging vast"
      En is het "Stappenplan Zorg- en hulpverleners" toegepast

    Voorbeeld: Toestemming vragen zou een ander in gevaar brengen; aan het toestemmingsvereiste is toch voldaan (P1-V10, P1-E08)
      bron: 003_026876f3936cad21.txt r. 638, 003_026876f3936cad21.txt r. 644, 003_026876f3936cad21.txt r. 6100

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "conflict van plichten: gewetensnood" is voldaan
      En de professional oordeelt dat aan "conflict van plichten: ernstige schade" is voldaan
      En de professional oordeelt dat aan "conflict van plichten: toestemmingsvereiste" is voldaan
      En de professional oordeelt dat aan "conflict van plichten: doelmatigheid" is voldaan
      En de professional oordeelt dat aan "conflict van plichten: subsidiariteit" is voldaan
      En de professional oordeelt dat aan "conflict van plichten: proportionaliteit" is voldaan
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
      En het feit "verstrekker is overheidsinstantie" doet zich niet voor
      En de professional oordeelt dat aan "gerechtvaardigd belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor gerechtvaardigd belang" is voldaan
      En de professional oordeelt dat aan "belang weegt zwaarder" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En wijkt het beroepsgeheim op grond van "conflict van plichten"
      En berust dat op "art. 6 lid 1 onder f AVG"
      En is stap "Stap 2A: toestemming" beantwoord met "nee"
      En is stap "Stap 2D" beantwoord met "ja"

    Voorbeeld: Een cliënt met een wapen spreekt uit een ander kwaad te willen doen (P1-V02)
      bron: 003_026876f3936cad21.txt r. 355

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan alle voorwaarden voor een conflict van plichten is voldaan
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
      En het feit "verstrekker is overheidsinstantie" doet zich niet voor
      En de professional oordeelt dat aan "gerechtvaardigd belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor gerechtvaardigd belang" is voldaan
      En de professional oordeelt dat aan "belang weegt zwaarder" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En wijkt het beroepsgeheim op grond van "conflict van plichten"
      En berust dat op "art. 6 lid 1 onder f AVG"
      En is stap "Stap 2D" beantwoord met "ja"
      En is stap "Stap 2: rechtstreeks betrokkenen" niet doorlopen
      En is het regime "Beroepsgeheim" van toepassing
      En noemt het regime "Beroepsgeheim" de bepaling "art. 88 Wet BIG"

  Regel: De politie vraagt of iemand in behandeling is: dat is een gezondheidsgegeven

    Voorbeeld: Zonder toestemming en zonder conflict van plichten geeft de hulpverlener de politie geen antwoord (P1-V12)
      bron: 003_026876f3936cad21.txt r. 664

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gezondheid"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "ontvanger rechtstreeks betrokken bij de hulpverlening" doet zich niet voor
      En de professional oordeelt dat aan "conflict van plichten: ernstige schade" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 88 Wet BIG"
      En berust dat op "art. 7:457 lid 1 BW"
      En wijkt het beroepsgeheim niet
      En is stap "Stap 2D" beantwoord met "nee"
      En is als vervolg genoemd: "Deel de gegevens niet"

    # te beoordelen: de handreiking zegt dat de hulpverlener bij een conflict van plichten de politie kan
    # antwoorden (r. 664), maar niet op welke uitzondering op het verbod van art. 9 AVG. De uitwerking vraagt
    # die uitzondering apart; hier is dat het vitale belang van een ander terwijl de betrokkene geen
    # toestemming kan geven (art. 9 lid 2 onder c AVG). Of dat bij een informatievraag van de politie
    # past, en of "kan geen toestemming geven" ook ziet op een cliënt die het vragen in gevaar brengt,
    # is een juridische keuze.
    @te_beoordelen
    Voorbeeld: Bij een conflict van plichten beslist de hulpverlener zelf, niet de politie, en deelt hij het gezondheidsgegeven (P1-V12)
      bron: 003_026876f3936cad21.txt r. 664

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gezondheid"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan alle voorwaarden voor een conflict van plichten is voldaan
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "noodzakelijk voor vitaal belang" doet zich voor
      En het feit "betrokkene kan geen toestemming geven" doet zich voor
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En wijkt het beroepsgeheim op grond van "conflict van plichten"
      En berust dat op "art. 6 lid 1 onder d AVG"
      En mogen gegevens van de categorie "gezondheid" mee op grond van "art. 9 lid 2 onder c AVG"
      En geldt de voorwaarde dat "U, de hulpverlener, beslist over het doorbreken van uw beroepsgeheim, niet de politie of de officier van justitie"
      En staat bij de keuzes ter juridische beoordeling: "Het conflict van plichten heft het verbod van art. 9 AVG niet op"

  Regel: Ontbreekt één voorwaarde, dan is er geen conflict van plichten en mag de verstrekking niet

    Abstract Scenario: Aan één voorwaarde voor een conflict van plichten is niet voldaan (Handvat A23)
      bron: 003_026876f3936cad21.txt r. 6088, 002_efefe0b70f172480.txt r. 1220

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan alle voorwaarden voor een conflict van plichten is voldaan
      Maar de professional oordeelt dat aan "<voorwaarde>" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 8 EVRM"
      En wijkt het beroepsgeheim niet
      En is stap "Stap 2D" beantwoord met "nee"
      En is stap "Stap 3" niet doorlopen
      En is als vervolg genoemd: "Deel de gegevens niet"

      Voorbeelden:
        | voorwaarde                                  |
        | conflict van plichten: gewetensnood         |
        | conflict van plichten: ernstige schade      |
        | conflict van plichten: toestemmingsvereiste |
        | conflict van plichten: doelmatigheid        |
        | conflict van plichten: subsidiariteit       |

    # te beoordelen: de handreiking noemt proportionaliteit als zesde voorwaarde (r. 656, 6112); het Handvat
    # noemt er vijf, zonder proportionaliteit (002 r. 1196–1222). De uitwerking volgt de handreiking.
    @te_beoordelen
    Voorbeeld: Het beroepsgeheim wordt meer geschonden dan nodig; aan de proportionaliteit is niet voldaan
      bron: 003_026876f3936cad21.txt r. 656, 003_026876f3936cad21.txt r. 6112

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan alle voorwaarden voor een conflict van plichten is voldaan
      Maar de professional oordeelt dat aan "conflict van plichten: proportionaliteit" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 8 EVRM"
      En wijkt het beroepsgeheim niet
      En is stap "Stap 2D" beantwoord met "nee"

    Voorbeeld: Een arts zonder conflict van plichten deelt niet met wie niet bij de behandeling betrokken is
      bron: 003_026876f3936cad21.txt r. 678

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan alle voorwaarden voor een conflict van plichten is voldaan
      Maar de professional oordeelt dat aan "conflict van plichten: subsidiariteit" niet is voldaan
      En het feit "ontvanger rechtstreeks betrokken bij de hulpverlening" doet zich niet voor
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 88 Wet BIG"
      En is stap "Stap 2D" beantwoord met "nee"
      En is stap "Stap 2: rechtstreeks betrokkenen" beantwoord met "nee"

  Regel: Ontbreekt het oordeel over een voorwaarde, dan is de uitkomst onbeslist

    @ontbrekend_oordeel
    Voorbeeld: Er is nog geen oordeel of alles is geprobeerd om toestemming te krijgen
      bron: 003_026876f3936cad21.txt r. 6100, 003_026876f3936cad21.txt r. 644

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan alle voorwaarden voor een conflict van plichten is voldaan
      Maar er is geen oordeel over "conflict van plichten: toestemmingsvereiste"
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
      En het feit "verstrekker is overheidsinstantie" doet zich niet voor
      En de professional oordeelt dat aan "gerechtvaardigd belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor gerechtvaardigd belang" is voldaan
      En de professional oordeelt dat aan "belang weegt zwaarder" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "conflict van plichten: toestemmingsvereiste" bij de open vragen
      En staat "conflict van plichten: gewetensnood" niet bij de open vragen
      En is stap "Stap 2D" beantwoord met "onbekend"
