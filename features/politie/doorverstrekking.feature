# language: nl
@politie @wpg
Functionaliteit: Doorverstrekking van politiegegevens door wie ze van de politie kreeg
  "Nadat de gegevens zijn verstrekt aan ontvangers waarop de Wpg niet van
  toepassing is, vallen de gegevens onder de AVG. De ontvanger heeft een eigen
  grondslag nodig voor de gegevensverwerking en mag de gegevens alleen verwerken
  voor het doel waarvoor hij/zij ze verkregen heeft. De geheimhoudingsplicht uit
  de Wpg blijft echter wel van toepassing op de gegevens, ook nadat zij zijn
  verstrekt. De ontvanger mag dus niet verder verstrekken, tenzij dit wettelijk
  verplicht is of noodzakelijk is voor de uitvoering van de taak van de
  ontvangende partij." De wet zegt het zo: "De persoon aan wie politiegegevens
  zijn verstrekt is verplicht tot geheimhouding daarvan behoudens voor zover een
  bij of krachtens de wet gegeven voorschrift tot verstrekking verplicht of zijn
  taak daartoe noodzaakt" (art. 7 lid 2 Wpg).
  De ontvanger volgt voor zijn eigen verstrekking zijn eigen stappenplan (de
  gemeente, de school, de zorgverlener); de vragen hieronder komen daar bovenop.
  Gegevens die het OM op grond van de Wet justitiële en strafvorderlijke gegevens
  verstrekte, hebben een eigen geheimhoudingsplicht (art. 52 Wjsg); die werkt
  privacyrecht nog niet uit.

  Regel: Een gemeente die politiegegevens kreeg, geeft ze alleen door bij een wettelijke plicht of als haar taak dat noodzakelijk maakt

    # te beoordelen: met een wettelijke plicht tot verstrekking geeft privacyrecht hier "mag" (het verbod van
    # art. 7 lid 2 Wpg wijkt); het Stappenplan Zorg- en hulpverleners geeft bij dezelfde plicht "moet" (zie
    # de zorgverlener hieronder). De handreiking zegt alleen dat de ontvanger niet verder mag verstrekken,
    # "tenzij dit wettelijk verplicht is" (r. 1073); de plicht zelf volgt uit het andere voorschrift.
    @te_beoordelen
    Voorbeeld: Een wettelijk voorschrift verplicht de gemeente om de politiegegevens door te geven (P1-E15)
      bron: 003_026876f3936cad21.txt r. 1073, 003_026876f3936cad21.txt r. 5337, 003_026876f3936cad21.txt r. 3993

      Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
      En de ontvanger is een "woningcorporatie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "binnen reikwijdte publieke taak" is voldaan
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En het feit "verkregen van het OM op grond van de Wjsg" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich voor
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 6 lid 1 onder e AVG"
      En wijkt de geheimhoudingsplicht op grond van "art. 7 lid 2 Wpg"
      En wijkt het beroepsgeheim op grond van "wettelijke verplichting"
      En is stap "Geheimhoudingsplicht: wettelijk voorschrift" beantwoord met "ja"
      En is het regime "Geheimhouding Wpg/Wjsg" van toepassing
      En is het "Stappenplan Gemeenten" toegepast

    Voorbeeld: De gemeente geeft politiegegevens door omdat haar openbare-ordetaak dat noodzakelijk maakt (P1-E15)
      bron: 003_026876f3936cad21.txt r. 1073, 003_026876f3936cad21.txt r. 5337, 003_026876f3936cad21.txt r. 3993

      Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
      En de ontvanger is een "woningcorporatie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "binnen reikwijdte publieke taak" is voldaan
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En het feit "verkregen van het OM op grond van de Wjsg" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "noodzaak tot mededeling uit de eigen taak" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 6 lid 1 onder e AVG"
      En wijkt de geheimhoudingsplicht op grond van "art. 7 lid 2 Wpg"
      En wijkt het beroepsgeheim op grond van "noodzaak tot mededeling uit de eigen taak"
      En is stap "Geheimhoudingsplicht: wettelijk voorschrift" beantwoord met "nee"
      En is stap "Geheimhoudingsplicht: eigen taak" beantwoord met "ja"

    Voorbeeld: Zonder wettelijke plicht en zonder noodzaak uit haar taak geeft de gemeente de politiegegevens niet door (P1-E15)
      bron: 003_026876f3936cad21.txt r. 1073, 003_026876f3936cad21.txt r. 5337

      Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
      En de ontvanger is een "woningcorporatie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "binnen reikwijdte publieke taak" is voldaan
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En het feit "verkregen van het OM op grond van de Wjsg" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "noodzaak tot mededeling uit de eigen taak" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 7 lid 2 Wpg"
      En is stap "Geheimhoudingsplicht: eigen taak" beantwoord met "nee"
      En wijkt de geheimhoudingsplicht niet
      En is als vervolg genoemd: "de geheimhoudingsplicht blijft op die gegevens rusten"

    @ontbrekend_oordeel
    Voorbeeld: Of haar taak het doorgeven van de politiegegevens noodzakelijk maakt, heeft de gemeente nog niet beoordeeld (P1-E15)
      bron: 003_026876f3936cad21.txt r. 1073

      Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
      En de ontvanger is een "woningcorporatie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "binnen reikwijdte publieke taak" is voldaan
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En het feit "verkregen van het OM op grond van de Wjsg" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En er is geen oordeel over "noodzaak tot mededeling uit de eigen taak"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "noodzaak tot mededeling uit de eigen taak" bij de open vragen
      En is stap "Geheimhoudingsplicht: eigen taak" beantwoord met "onbekend"

    Voorbeeld: De gemeente wil strafvorderlijke gegevens doorgeven die zij van het OM kreeg (P1-E15)
      bron: 003_026876f3936cad21.txt r. 3995, 003_026876f3936cad21.txt r. 4287

      Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
      En de ontvanger is een "woningcorporatie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "binnen reikwijdte publieke taak" is voldaan
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En het feit "verkregen van het OM op grond van de Wjsg" doet zich voor
      En de professional oordeelt dat aan "noodzaak tot mededeling uit de eigen taak" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "geheimhouding Wjsg" bij de open vragen
      En is stap "Geheimhoudingsplicht: Wjsg" beantwoord met "ja"

    Voorbeeld: Het is nog onbekend of de gegevens die de gemeente wil doorgeven van de politie komen (P1-E15)
      bron: 003_026876f3936cad21.txt r. 1073, 003_026876f3936cad21.txt r. 4287

      Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
      En de ontvanger is een "woningcorporatie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "binnen reikwijdte publieke taak" is voldaan
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      En het is onbekend of het feit "verkregen op grond van Wpg of Wjsg" zich voordoet
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En er is geen oordeel over "noodzaak tot mededeling uit de eigen taak"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "verkregen op grond van Wpg of Wjsg" bij de open vragen
      En is stap "Geheimhoudingsplicht" beantwoord met "onbekend"

  Regel: Een leerkracht die politiegegevens kreeg, geeft ze alleen door bij een wettelijke plicht of als haar taak dat noodzakelijk maakt

    Voorbeeld: Met toestemming deelt de leerkracht gegevens die zij van de politie kreeg met de jeugdhulp, omdat haar taak dat noodzakelijk maakt (P1-E15)
      bron: 003_026876f3936cad21.txt r. 1073, 003_026876f3936cad21.txt r. 4431, 003_026876f3936cad21.txt r. 4426

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En de ontvanger is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 14 jaar
      En "ouder of voogd" en "betrokkene" hebben samen geldige toestemming gegeven
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En het feit "verkregen van het OM op grond van de Wjsg" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "noodzaak tot mededeling uit de eigen taak" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 6 lid 1 onder a AVG"
      En wijkt de geheimhoudingsplicht op grond van "art. 7 lid 2 Wpg"
      En wijkt het beroepsgeheim op grond van "noodzaak tot mededeling uit de eigen taak"
      En is stap "Geheimhouding Wpg/Wjsg: eigen taak" beantwoord met "ja"
      En is het "Stappenplan Onderwijsinstellingen" toegepast

    Voorbeeld: Ook met toestemming geeft de leerkracht politiegegevens niet door als haar taak dat niet noodzakelijk maakt (P1-E15)
      bron: 003_026876f3936cad21.txt r. 1073, 003_026876f3936cad21.txt r. 5337

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En de ontvanger is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 14 jaar
      En "ouder of voogd" en "betrokkene" hebben samen geldige toestemming gegeven
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En het feit "verkregen van het OM op grond van de Wjsg" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "noodzaak tot mededeling uit de eigen taak" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 7 lid 2 Wpg"
      En is stap "Geheimhouding Wpg/Wjsg: eigen taak" beantwoord met "nee"

    # te beoordelen: ook hier geeft privacyrecht bij een wettelijke plicht "mag", en het Stappenplan Zorg- en
    # hulpverleners "moet" (r. 1073; vergelijk het Stappenplan Onderwijsinstellingen, r. 4447).
    @te_beoordelen
    Voorbeeld: Een wettelijk voorschrift verplicht de leerkracht om de politiegegevens door te geven (P1-E15)
      bron: 003_026876f3936cad21.txt r. 1073, 003_026876f3936cad21.txt r. 4447

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En de ontvanger is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 14 jaar
      En "ouder of voogd" en "betrokkene" hebben samen geldige toestemming gegeven
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En het feit "verkregen van het OM op grond van de Wjsg" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich voor
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En wijkt de geheimhoudingsplicht op grond van "art. 7 lid 2 Wpg"
      En wijkt het beroepsgeheim op grond van "wettelijke verplichting"
      En is stap "Geheimhouding Wpg/Wjsg: wettelijk voorschrift" beantwoord met "ja"

    Voorbeeld: De leerkracht wil justitiële gegevens doorgeven die de school van het OM kreeg (P1-E15)
      bron: 003_026876f3936cad21.txt r. 1073, 003_026876f3936cad21.txt r. 4287

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En de ontvanger is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 14 jaar
      En "ouder of voogd" en "betrokkene" hebben samen geldige toestemming gegeven
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En het feit "verkregen van het OM op grond van de Wjsg" doet zich voor
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "geheimhouding Wjsg" bij de open vragen

    Voorbeeld: Het is nog onbekend of de gegevens die de leerkracht wil doorgeven van de politie komen (P1-E15)
      bron: 003_026876f3936cad21.txt r. 1073

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En de ontvanger is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 14 jaar
      En "ouder of voogd" en "betrokkene" hebben samen geldige toestemming gegeven
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      En het is onbekend of het feit "verkregen op grond van Wpg of Wjsg" zich voordoet
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "verkregen op grond van Wpg of Wjsg" bij de open vragen

  Regel: Een zorgverlener die politiegegevens kreeg, geeft ze alleen door bij een wettelijke plicht of als zijn taak dat noodzakelijk maakt

    Voorbeeld: Met toestemming van de cliënt deelt de hulpverlener politiegegevens met een andere hulpverlener, omdat zijn taak dat noodzakelijk maakt (P1-E15)
      bron: 003_026876f3936cad21.txt r. 1073, 003_026876f3936cad21.txt r. 538

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 30 jaar
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En "betrokkene" heeft geldige toestemming gegeven
      En de toestemming is uitdrukkelijk gegeven en vastgelegd
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En het feit "verkregen van het OM op grond van de Wjsg" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "noodzaak tot mededeling uit de eigen taak" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 6 lid 1 onder a AVG"
      En wijkt het beroepsgeheim op grond van "uitdrukkelijke toestemming van de betrokkene"
      En wijkt het beroepsgeheim op grond van "noodzaak tot mededeling uit de eigen taak"
      En wijkt de geheimhoudingsplicht op grond van "art. 7 lid 2 Wpg"
      En is stap "Geheimhouding Wpg/Wjsg: eigen taak" beantwoord met "ja"
      En is het "Stappenplan Zorg- en hulpverleners" toegepast

    # De toestemming van de cliënt doorbreekt het beroepsgeheim, niet de geheimhoudingsplicht van art. 7
    # lid 2 Wpg: die kent alleen een wettelijke plicht en de noodzaak uit de eigen taak als uitweg.
    Voorbeeld: Ook met toestemming van de cliënt geeft de hulpverlener politiegegevens niet door als zijn taak dat niet noodzakelijk maakt (P1-E15)
      bron: 003_026876f3936cad21.txt r. 1073, 003_026876f3936cad21.txt r. 5337

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 30 jaar
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En "betrokkene" heeft geldige toestemming gegeven
      En de toestemming is uitdrukkelijk gegeven en vastgelegd
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En het feit "verkregen van het OM op grond van de Wjsg" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "noodzaak tot mededeling uit de eigen taak" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 7 lid 2 Wpg"
      En is stap "Geheimhouding Wpg/Wjsg: eigen taak" beantwoord met "nee"

    Voorbeeld: Een wettelijk voorschrift verplicht de hulpverlener om de politiegegevens te verstrekken (P1-E15)
      bron: 003_026876f3936cad21.txt r. 1073, 003_026876f3936cad21.txt r. 543

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En de ontvanger is een "andere organisatie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voldoen aan een wettelijke plicht"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En het feit "verkregen van het OM op grond van de Wjsg" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich voor
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 6 lid 1 onder c AVG"
      En wijkt de geheimhoudingsplicht op grond van "art. 7 lid 2 Wpg"
      En wijkt het beroepsgeheim op grond van "wettelijke verplichting"
      En is stap "Geheimhouding Wpg/Wjsg: wettelijk voorschrift" beantwoord met "ja"

    Voorbeeld: De hulpverlener wil strafvorderlijke gegevens doorgeven die hij van het OM kreeg (P1-E15)
      bron: 003_026876f3936cad21.txt r. 1073, 003_026876f3936cad21.txt r. 4287

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 30 jaar
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En "betrokkene" heeft geldige toestemming gegeven
      En de toestemming is uitdrukkelijk gegeven en vastgelegd
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En het feit "verkregen van het OM op grond van de Wjsg" doet zich voor
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "geheimhouding Wjsg" bij de open vragen
      En is stap "Geheimhouding Wpg/Wjsg: Wjsg" beantwoord met "ja"

    @ontbrekend_oordeel
    Voorbeeld: Of zijn taak het doorgeven van de politiegegevens noodzakelijk maakt, heeft de hulpverlener nog niet beoordeeld (P1-E15)
      bron: 003_026876f3936cad21.txt r. 1073

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 30 jaar
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En "betrokkene" heeft geldige toestemming gegeven
      En de toestemming is uitdrukkelijk gegeven en vastgelegd
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En het feit "verkregen van het OM op grond van de Wjsg" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En er is geen oordeel over "noodzaak tot mededeling uit de eigen taak"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "noodzaak tot mededeling uit de eigen taak" bij de open vragen
      En is stap "Geheimhouding Wpg/Wjsg: eigen taak" beantwoord met "onbekend"

    Voorbeeld: Het is nog onbekend of de gegevens die de hulpverlener wil doorgeven van de politie komen (P1-E15)
      bron: 003_026876f3936cad21.txt r. 1073

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "overige hulpverlener"
      En de ontvanger is een "zorgaanbieder" in de rol "zorg- en hulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 30 jaar
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En "betrokkene" heeft geldige toestemming gegeven
      En de toestemming is uitdrukkelijk gegeven en vastgelegd
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      En het is onbekend of het feit "verkregen op grond van Wpg of Wjsg" zich voordoet
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "verkregen op grond van Wpg of Wjsg" bij de open vragen
