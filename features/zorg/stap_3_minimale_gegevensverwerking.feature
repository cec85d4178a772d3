# language: nl
@zorg @beroepsgeheim
Functionaliteit: Stap 3 – minimale gegevensverwerking
  Als het mogelijk is om het beroepsgeheim te doorbreken, let de professional
  erop dat de gegevens die hij deelt "toereikend zijn, ter zake dienend en
  beperkt tot het noodzakelijke". Hij onderzoekt ook of het delen het doel
  bereikt of zeer waarschijnlijk bereikt (effectiviteit), of de inbreuk op de
  privacy in verhouding staat tot het doel (evenredigheid) en of het doel niet
  met minder vergaande maatregelen kan worden bereikt (subsidiariteit). Voldoet
  de verstrekking hieraan, dan mag hij de gegevens delen en legt hij zijn
  afweging vast; zo niet, dan "is het niet mogelijk om de gegevens te delen".
  Rust er een wettelijke plicht op de professional, dan begrenst stap 3 wát hij
  verstrekt, niet óf.

  Regel: Voldoet de verstrekking aan stap 3, dan mag de professional delen en legt hij zijn afweging vast

    Voorbeeld: Met toestemming van de cliënt deelt de hulpverlener alleen wat nodig is
      bron: 003_026876f3936cad21.txt r. 716, 003_026876f3936cad21.txt r. 722, 003_026876f3936cad21.txt r. 723

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 30 jaar
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En "betrokkene" heeft geldige toestemming gegeven
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "minimale gegevensverwerking" is voldaan
      En de professional oordeelt dat aan "effectiviteit" is voldaan
      En de professional oordeelt dat aan "evenredigheid" is voldaan
      En de professional oordeelt dat aan "subsidiariteit" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 6 lid 1 onder a AVG"
      En is stap "Stap 3" beantwoord met "ja"
      En geldt de voorwaarde dat "U mag de gegevens delen"
      En geldt de voorwaarde dat "Leg uw afweging vast, zodat achteraf inzichtelijk is waarop zij berust"

  Regel: Voldoet de verstrekking niet aan één van de eisen van stap 3, dan mag zij niet

    Abstract Scenario: Aan de eis "<eis>" van stap 3 is niet voldaan
      bron: 003_026876f3936cad21.txt r. 725, 003_026876f3936cad21.txt r. 729

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 30 jaar
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En "betrokkene" heeft geldige toestemming gegeven
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Maar de professional oordeelt dat aan "<eis>" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 5 lid 1 onder c AVG"
      En is stap "Stap 3" beantwoord met "nee"
      En is stap "Stap 3: wettelijke plicht" beantwoord met "nee"
      En is stap "AVG-grondslag: toestemming" niet doorlopen
      En is als vervolg genoemd: "Het is niet mogelijk om de gegevens te delen"

      Voorbeelden:
        | eis                         |
        | minimale gegevensverwerking |
        | effectiviteit               |
        | evenredigheid               |
        | subsidiariteit              |

  Regel: Ontbreekt een oordeel over stap 3, dan is de uitkomst onbeslist

    @ontbrekend_oordeel
    Voorbeeld: Er is nog geen oordeel over de evenredigheid van de verstrekking
      bron: 003_026876f3936cad21.txt r. 713, 003_026876f3936cad21.txt r. 716

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 30 jaar
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En "betrokkene" heeft geldige toestemming gegeven
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Maar er is geen oordeel over "evenredigheid"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "evenredigheid" bij de open vragen
      En staat "effectiviteit" niet bij de open vragen
      En is stap "Stap 3" beantwoord met "onbekend"

  # te beoordelen: de handreiking zegt bij "nee" op stap 3 zonder onderscheid "Het is niet mogelijk om de
  # gegevens te delen" (r. 729). Een wettelijke plicht, zoals de informatieplicht bij ondertoezichtstelling
  # (r. 547), kan stap 3 niet opzijzetten. De uitwerking leest: bij een wettelijke plicht begrenst stap 3 wát
  # de professional verstrekt (toereikend, ter zake dienend, beperkt tot het noodzakelijke), niet óf.
  Regel: Bij een wettelijke plicht begrenst stap 3 wát de professional verstrekt, niet óf

    @te_beoordelen
    Voorbeeld: De gecertificeerde instelling vraagt met redenen om informatie; de professional vindt het gevraagde te ruim
      bron: 003_026876f3936cad21.txt r. 547, 003_026876f3936cad21.txt r. 706, 003_026876f3936cad21.txt r. 729

      Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "gecertificeerde instelling"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "jeugdige onder toezicht gesteld" doet zich voor
      En het feit "verzoek van de gecertificeerde instelling" doet zich voor
      En het feit "verzoek onderbouwd" doet zich voor
      En de professional oordeelt dat aan "noodzakelijk voor de ondertoezichtstelling" is voldaan
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Maar de professional oordeelt dat aan "minimale gegevensverwerking" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 7.3.11 lid 4 Jeugdwet"
      En berust dat op "art. 6 lid 1 onder c AVG"
      En wijkt het beroepsgeheim op grond van "wettelijke verplichting"
      En is stap "Stap 3" beantwoord met "nee"
      En is stap "Stap 3: wettelijke plicht" beantwoord met "ja"
      En geldt de voorwaarde dat "verstrek wat de plicht vraagt, niet meer"
      En geldt de voorwaarde dat "Stap 3 begrenst wát u verstrekt"

    @te_beoordelen
    Voorbeeld: Bij de informatieplicht verandert een ontbrekend oordeel over stap 3 niets aan de plicht
      bron: 003_026876f3936cad21.txt r. 547, 003_026876f3936cad21.txt r. 706

      Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "gecertificeerde instelling"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "jeugdige onder toezicht gesteld" doet zich voor
      En het feit "verzoek van de gecertificeerde instelling" doet zich voor
      En het feit "verzoek onderbouwd" doet zich voor
      En de professional oordeelt dat aan "noodzakelijk voor de ondertoezichtstelling" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 7.3.11 lid 4 Jeugdwet"
      En is stap "Stap 3" beantwoord met "onbekend"
      En staat "minimale gegevensverwerking" niet bij de open vragen
      En geldt de voorwaarde dat "Stap 3 begrenst wát u verstrekt"
