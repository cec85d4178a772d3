# language: nl
@zorg @beroepsgeheim
Functionaliteit: Stap 2A – toestemming om het beroepsgeheim te doorbreken
  "Met toestemming van de betrokkene kan het beroepsgeheim worden doorbroken.
  Daarbij is het van belang de betrokkene vooraf te vertellen over het doel, de
  inhoud en de mogelijke gevolgen van het doorbreken van de
  geheimhoudingsplicht." De toestemming moet een vrije keuze zijn en de
  betrokkene moet de draagwijdte ervan overzien (art. 7:457 lid 1 BW). Ook een
  mondeling gegeven toestemming is geldig, maar leg haar vast in het
  cliëntdossier (van wie, waarvoor en wanneer): u moet kunnen aantonen dat zij is
  gegeven.
  Het Handvat onderscheidt drie soorten toestemming: toestemming als grondslag
  voor de verwerking (art. 6 lid 1 onder a AVG), toestemming om het beroepsgeheim
  te doorbreken, en instemming met de hulpverlening. Om het beroepsgeheim te
  doorbreken is naast een grond voor de doorbreking ook een grondslag uit art. 6
  AVG nodig; instemming met de hulp is geen van beide.

  Regel: Met geldige toestemming van de cliënt wijkt het beroepsgeheim; daarnaast is een AVG-grondslag nodig

    Voorbeeld: Een maatschappelijk werker bespreekt toenemende geweldsuitingen met toestemming met andere hulpverleners (P1-V08)
      bron: 003_026876f3936cad21.txt r. 538, 003_026876f3936cad21.txt r. 355

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 30 jaar
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En "betrokkene" heeft geldige toestemming gegeven
      En de toestemming is uitdrukkelijk gegeven en vastgelegd
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En wijkt het beroepsgeheim op grond van "uitdrukkelijke toestemming van de betrokkene"
      En berust dat op "art. 6 lid 1 onder a AVG"
      En is stap "Stap 2A: toestemming" beantwoord met "ja"
      En is stap "AVG-grondslag: toestemming" beantwoord met "ja"
      En geldt de voorwaarde dat "Leg uw afweging vast"
      En staat bij de keuzes ter juridische beoordeling: "een andere toestemming dan die om het beroepsgeheim te doorbreken"
      En is het "Stappenplan Zorg- en hulpverleners" toegepast

    # te beoordelen: de handreiking noemt bij dit stappenplan geen AVG-grondslag; de uitwerking zoekt er een
    # in art. 6 AVG (002 r. 1226–1230). Hier is dat de toestemming als grondslag; het Handvat waarschuwt dat
    # die in het zorg- en veiligheidsdomein nauwelijks een rol speelt, omdat vrije toestemming bij een
    # afhankelijkheidsrelatie vaak ontbreekt (002 r. 1262–1274).
    @te_beoordelen
    Voorbeeld: Toestemming om het geheim te doorbreken zonder grondslag uit art. 6 AVG is niet genoeg
      bron: 002_efefe0b70f172480.txt r. 1226, 002_efefe0b70f172480.txt r. 1228, 002_efefe0b70f172480.txt r. 1230

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 30 jaar
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "noodzakelijk voor overeenkomst met betrokkene" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
      En het feit "verstrekker is overheidsinstantie" doet zich niet voor
      En de professional oordeelt dat aan "gerechtvaardigd belang" niet is voldaan
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 6 lid 1 AVG"
      En is stap "Stap 2A: toestemming" beantwoord met "ja"
      En is stap "AVG-grondslag: gerechtvaardigd belang" beantwoord met "nee"
      En staat bij de keuzes ter juridische beoordeling: "Zonder grondslag leest privacyrecht: de verstrekking mag niet"
      En is als vervolg genoemd: "Raadpleeg de privacy officer of de FG"

    Voorbeeld: Een AVG-grondslag zonder grond om het beroepsgeheim te doorbreken is niet genoeg (Handvat A24)
      bron: 002_efefe0b70f172480.txt r. 1226, 002_efefe0b70f172480.txt r. 1230

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "gemeente" in de rol "sociaal domein"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 30 jaar
      En "betrokkene" heeft geldige toestemming gegeven
      En de toestemming is uitdrukkelijk gegeven en vastgelegd
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "ontvanger rechtstreeks betrokken bij de hulpverlening" doet zich niet voor
      En de professional oordeelt dat aan "conflict van plichten: ernstige schade" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 88 Wet BIG"
      En berust dat op "art. 7:457 lid 1 BW"
      En wijkt het beroepsgeheim niet
      En is stap "Stap 2A: toestemming" beantwoord met "nee"
      En is stap "AVG-grondslag: toestemming" niet doorlopen
      En is als vervolg genoemd: "Deel de gegevens niet"

  Regel: De toestemming is alleen geldig als de cliënt vooraf is geïnformeerd en zij aantoonbaar is

    Voorbeeld: Mondelinge toestemming, vastgelegd in het cliëntdossier, is geldig (P1-V07)
      bron: 003_026876f3936cad21.txt r. 536

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 30 jaar
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En de toestemming om het beroepsgeheim te doorbreken is mondeling gegeven
      En "betrokkene" heeft geldige toestemming gegeven
      En de toestemming is uitdrukkelijk gegeven en vastgelegd
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En wijkt het beroepsgeheim op grond van "uitdrukkelijke toestemming van de betrokkene"
      En berust dat op "art. 6 lid 1 onder a AVG"
      En is stap "Stap 2A: toestemming" beantwoord met "ja"

    # te beoordelen: de handreiking noemt het vastleggen "van belang" en eist dat u kunt aantonen dat de
    # toestemming gegeven is (r. 536); zij zegt niet dat niet-vastgelegde mondelinge toestemming ongeldig is.
    # De uitwerking leest het vastleggen als voorwaarde: zonder vastlegging geldt de toestemming niet, ook
    # als de toestemming op een andere manier aantoonbaar zou zijn. De cliënt kan dan opnieuw om
    # (vastgelegde) toestemming worden gevraagd.
    @te_beoordelen
    Voorbeeld: Mondelinge toestemming die niet is vastgelegd, telt niet als toestemming (P1-V07)
      bron: 003_026876f3936cad21.txt r. 536

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 30 jaar
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En de toestemming om het beroepsgeheim te doorbreken is mondeling gegeven
      En aan de voorwaarde "vastgelegd" van de toestemming om het beroepsgeheim te doorbreken is niet voldaan
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "conflict van plichten: gewetensnood" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 8 EVRM"
      En wijkt het beroepsgeheim niet
      En is stap "Stap 2A: toestemming" beantwoord met "nee"
      En wordt bij stap "Stap 2A: toestemming" als reden genoemd: "vastgelegd in het cliëntdossier"
      En is stap "Stap 2D" beantwoord met "nee"

    Voorbeeld: Toestemming zonder dat de cliënt vooraf over doel, inhoud en gevolgen is verteld, telt niet
      bron: 003_026876f3936cad21.txt r. 524, 003_026876f3936cad21.txt r. 6009

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 30 jaar
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En aan de voorwaarde "vooraf geïnformeerd" van de toestemming om het beroepsgeheim te doorbreken is niet voldaan
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "conflict van plichten: gewetensnood" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 8 EVRM"
      En wijkt het beroepsgeheim niet
      En is stap "Stap 2A: toestemming" beantwoord met "nee"
      En wordt bij stap "Stap 2A: toestemming" als reden genoemd: "doel, de inhoud en de mogelijke gevolgen"

  # te beoordelen: de handreiking geeft de leeftijdsgrenzen alleen voor leerlingen (r. 4425–4427), niet in het
  # stappenplan voor zorg- en hulpverleners. De uitwerking past dezelfde grenzen toe op de toestemming om het
  # beroepsgeheim te doorbreken (jonger dan 12: ouder of voogd; 12 tot 16: ouder en jeugdige samen; vanaf 16:
  # de jeugdige zelf). Of voor 12- tot 16-jarigen bij het beroepsgeheim ook de ouder moet instemmen, volgt
  # niet uit de handreiking.
  Regel: De juiste personen geven toestemming, gelet op de leeftijd van de cliënt

    @te_beoordelen
    Voorbeeld: Een cliënt van 14 jaar kan niet alleen toestemming geven om het beroepsgeheim te doorbreken
      bron: 003_026876f3936cad21.txt r. 506, 003_026876f3936cad21.txt r. 4426

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 14 jaar
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "conflict van plichten: gewetensnood" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 8 EVRM"
      En is stap "Stap 2A: toestemming" beantwoord met "nee"
      En wordt bij stap "Stap 2A: toestemming" als reden genoemd: "Gaven de juiste personen toestemming"

    @te_beoordelen
    Voorbeeld: Een cliënt van 14 jaar en zijn ouder geven samen toestemming
      bron: 003_026876f3936cad21.txt r. 506, 003_026876f3936cad21.txt r. 4426

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 14 jaar
      En "betrokkene" en "ouder of voogd" hebben samen uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En "betrokkene" en "ouder of voogd" hebben samen geldige toestemming gegeven
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En wijkt het beroepsgeheim op grond van "uitdrukkelijke toestemming van de betrokkene"
      En berust dat op "art. 6 lid 1 onder a AVG"
      En is stap "Stap 2A: toestemming" beantwoord met "ja"

    Voorbeeld: Zonder de leeftijd van de cliënt is niet te zeggen wie toestemming moet geven
      bron: 003_026876f3936cad21.txt r. 506

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "toestemming_beroepsgeheim.door" bij de open vragen
      En is stap "Stap 2A: toestemming" beantwoord met "onbekend"

  Regel: Instemming met de hulpverlening is geen toestemming om gegevens te verstrekken

    Voorbeeld: De cliënt stemde alleen in met de hulp, niet met het delen van gegevens (Handvat A25)
      bron: 002_efefe0b70f172480.txt r. 1324, 002_efefe0b70f172480.txt r. 1330, 002_efefe0b70f172480.txt r. 1338

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 30 jaar
      En de betrokkene stemt in met de hulpverlening
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "conflict van plichten: gewetensnood" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 8 EVRM"
      En wijkt het beroepsgeheim niet
      En geldt de voorwaarde dat "Dat de betrokkene instemt met de hulpverlening, is geen toestemming om gegevens te verwerken of te verstrekken, en geen toestemming om het beroepsgeheim te doorbreken"
      En is stap "Stap 2A: toestemming" beantwoord met "nee"
