# language: nl
@zorg @beroepsgeheim
Functionaliteit: Stap 2B – een wettelijke verplichting om gegevens te verstrekken
  "In sommige gevallen is er een wettelijke verplichting om gegevens te
  verstrekken." De handreiking noemt de informatieplicht bij
  ondertoezichtstelling: is een jeugdige door de rechter onder toezicht
  geplaatst, dan hebben alle professionals een informatieplicht wanneer de
  gecertificeerde instelling die de ondertoezichtstelling uitvoert om informatie
  vraagt; in dat verzoek moet worden onderbouwd waarom de informatie
  noodzakelijk is (art. 7.3.11 lid 4 Jeugdwet). Daarnaast de meldplicht bij
  calamiteiten en bij geweld bij de hulpverlening (art. 4.1.8 Jeugdwet). Bij een
  wettelijke plicht moet de verstrekking plaatsvinden; stap 3 begrenst dan wát
  wordt verstrekt, niet óf.

  Regel: Op een onderbouwd verzoek van de gecertificeerde instelling moet de professional informeren

    Voorbeeld: De gecertificeerde instelling vraagt met redenen om informatie over een jeugdige onder toezicht (P1-E05, W33)
      bron: 003_026876f3936cad21.txt r. 545, 003_026876f3936cad21.txt r. 547, 003_026876f3936cad21.txt r. 6015

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
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 7.3.11 lid 4 Jeugdwet"
      En berust dat op "art. 6 lid 1 onder c AVG"
      En wijkt het beroepsgeheim op grond van "wettelijke verplichting"
      En wijkt het beroepsgeheim voor "informatieplicht bij ondertoezichtstelling" op grond van "art. 7.3.11 lid 4 Jeugdwet"
      En is stap "Stap 2B: informatieplicht ondertoezichtstelling" beantwoord met "ja"
      En is het "Stappenplan Zorg- en hulpverleners" toegepast

    # te beoordelen: de handreiking zegt "alle professionals" (r. 547). Dat de plicht ook een arts onder de
    # WGBO treft, staat alleen in de wet: art. 7.3.1 lid 3 Jeugdwet zondert art. 7.3.11 lid 4 uit van de
    # regel dat §7.3 niet geldt bij een geneeskundige behandeling.
    @te_beoordelen
    Voorbeeld: Ook een huisarts moet de gecertificeerde instelling op haar onderbouwde verzoek informeren
      bron: 003_026876f3936cad21.txt r. 547, 003_026876f3936cad21.txt r. 6015

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
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
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 7.3.11 lid 4 Jeugdwet"
      En wijkt het beroepsgeheim op grond van "wettelijke verplichting"
      En is het regime "Beroepsgeheim" van toepassing

    # te beoordelen: de handreiking noemt bij de ondertoezichtstelling alleen de plicht op verzoek (r. 547,
    # 6015). Art. 7.3.11 lid 4 Jeugdwet zegt daarnaast dat derden de inlichtingen "uit eigen beweging"
    # kunnen verstrekken; dat recht staat alleen in de wet. Privacyrecht behandelt het als meldrecht.
    @te_beoordelen
    Voorbeeld: Zonder verzoek informeert de professional de gecertificeerde instelling uit eigen beweging
      bron: 003_026876f3936cad21.txt r. 547, 003_026876f3936cad21.txt r. 6015

      Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "gecertificeerde instelling"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "jeugdige onder toezicht gesteld" doet zich voor
      En het feit "verzoek van de gecertificeerde instelling" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "noodzakelijk voor de ondertoezichtstelling" is voldaan
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 7.3.11 lid 4 Jeugdwet"
      En berust dat niet op "art. 6 lid 1 onder c AVG"
      En wijkt het beroepsgeheim op grond van "wettelijk meldrecht"
      En is stap "Stap 2B: informatieplicht ondertoezichtstelling" beantwoord met "nee"
      En is stap "Stap 2C: gecertificeerde instelling" beantwoord met "ja"
      En staat bij de keuzes ter juridische beoordeling: "noemt bij de ondertoezichtstelling alleen de plicht op verzoek"

    # te beoordelen: de eis dat het verzoek is onderbouwd staat in de handreiking (r. 547), niet letterlijk in
    # art. 7.3.11 lid 4 Jeugdwet (dat zegt: inlichtingen die "noodzakelijk kunnen worden geacht voor de
    # uitvoering van de ondertoezichtstelling"). Privacyrecht volgt de handreiking: zonder onderbouwing geen
    # plicht; wel blijft het recht om uit eigen beweging te informeren.
    @te_beoordelen
    Voorbeeld: Een verzoek zonder onderbouwing brengt geen informatieplicht mee
      bron: 003_026876f3936cad21.txt r. 547

      Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "gecertificeerde instelling"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "jeugdige onder toezicht gesteld" doet zich voor
      En het feit "verzoek van de gecertificeerde instelling" doet zich voor
      En het feit "verzoek onderbouwd" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "noodzakelijk voor de ondertoezichtstelling" is voldaan
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En is stap "Stap 2B: informatieplicht ondertoezichtstelling" beantwoord met "nee"
      En wijkt het beroepsgeheim op grond van "wettelijk meldrecht"
      En berust dat niet op "art. 6 lid 1 onder c AVG"

  Regel: Een calamiteit of geweld bij de jeugdhulp moet aan de Inspectie worden gemeld

    # te beoordelen: de handreiking spreekt van "aanbieders/werkgevers" (r. 6016); art. 4.1.8 Jeugdwet noemt
    # de jeugdhulpaanbieder en de gecertificeerde instelling, en de melding gaat aan de toezichthoudende
    # ambtenaren (de Inspectie Gezondheidszorg en Jeugd).
    @te_beoordelen
    Voorbeeld: Een jeugdhulpaanbieder meldt een calamiteit bij de hulpverlening aan de Inspectie (W34)
      bron: 003_026876f3936cad21.txt r. 6016

      Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "Inspectie Gezondheidszorg en Jeugd"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voldoen aan een wettelijke plicht"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "calamiteit of geweld bij de jeugdhulp" doet zich voor
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 4.1.8 Jeugdwet"
      En berust dat op "art. 6 lid 1 onder c AVG"
      En wijkt het beroepsgeheim voor "meldplicht bij calamiteiten" op grond van "art. 4.1.8 Jeugdwet"
      En is stap "Stap 2B: meldplicht calamiteiten" beantwoord met "ja"

  Regel: Ook een andere wettelijke verplichting gaat voor het beroepsgeheim

    Voorbeeld: De professional noemt een andere wettelijke bepaling die hem tot verstrekking verplicht
      bron: 003_026876f3936cad21.txt r. 543, 003_026876f3936cad21.txt r. 549, 003_026876f3936cad21.txt r. 6013

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "andere organisatie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voldoen aan een wettelijke plicht"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich voor
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 6 lid 1 onder c AVG"
      En wijkt het beroepsgeheim op grond van "wettelijke verplichting"
      En is stap "Stap 2B: andere wettelijke plicht" beantwoord met "ja"
      En geldt de voorwaarde dat "Leg vast welke wettelijke bepaling u tot verstrekking verplicht"

    Voorbeeld: Of er een andere wettelijke verplichting is, staat nog niet vast
      bron: 003_026876f3936cad21.txt r. 549

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "andere organisatie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voldoen aan een wettelijke plicht"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "wettelijke plicht tot verstrekking" bij de open vragen
      En is stap "Stap 2B: andere wettelijke plicht" beantwoord met "onbekend"

    Voorbeeld: De aangifteplicht van art. 160 Sv verplicht een verschoningsgerechtigde hulpverlener niet
      bron: 003_026876f3936cad21.txt r. 480, 003_026876f3936cad21.txt r. 484

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "aangifte van een strafbaar feit"
      En het feit "strafbaar feit gepleegd" doet zich voor
      En het feit "strafbaar feit tegen de hulpverlening" doet zich niet voor
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "ontvanger rechtstreeks betrokken bij de hulpverlening" doet zich niet voor
      En de professional oordeelt dat aan "conflict van plichten: gewetensnood" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 88 Wet BIG"
      En is stap "Stap 2B: andere wettelijke plicht" beantwoord met "nee"
      En geldt de voorwaarde dat "vrijgesteld van de aangifteplicht (art. 160 lid 2 Sv)"
      En wijkt het beroepsgeheim niet
