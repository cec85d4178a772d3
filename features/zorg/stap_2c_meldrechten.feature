# language: nl
@zorg @beroepsgeheim
Functionaliteit: Stap 2C – meldrechten
  "In bepaalde gevallen heeft u als zorg- en/of hulpverlener niet een plicht,
  maar een recht om een melding te maken. Bij uw beslissing om al dan niet te
  melden kunt u een afwegingskader gebruiken dat is opgesteld door uw eigen
  beroepsgroep of sector." De handreiking noemt drie meldrechten: het meld- en
  informatierecht bij een vermoeden van kindermishandeling of huiselijk geweld
  (Veilig Thuis, art. 5.2.6 Wmo 2015), het meldrecht tegenover de Raad voor de
  Kinderbescherming (art. 1:240 BW) en het meldrecht om te melden aan de
  Verwijsindex risicojongeren (art. 7.1.4.1 Jeugdwet). Wie een meldrecht
  gebruikt, gaat door naar stap 3. Een meldrecht maakt de verstrekking
  toegestaan, niet verplicht.

  Regel: Een vermoeden van kindermishandeling of huiselijk geweld mag bij Veilig Thuis worden gemeld

    # te beoordelen: de handreiking noemt "artikel 5.2.6 Wmo 2015, artikel 4.1.7 Jeugdwet en artikel 8 Wkkgz"
    # als grond om te melden (r. 578). Alleen art. 5.2.6 Wmo 2015 is een meldrecht; art. 4.1.7 Jeugdwet en
    # art. 8 Wkkgz verplichten de organisatie een meldcode vast te stellen. Het Handvat zegt bovendien dat men
    # "pas [kan] melden als de stappen uit de Meldcode ... zijn doorlopen" (002 r. 1173); privacyrecht maakt van
    # de meldcode een voorwaarde bij de uitkomst, geen vereiste voor het meldrecht.
    @te_beoordelen
    Voorbeeld: Een arts meldt een vermoeden van kindermishandeling bij Veilig Thuis (P1-E06, Handvat A19)
      bron: 003_026876f3936cad21.txt r. 578, 003_026876f3936cad21.txt r. 574, 002_efefe0b70f172480.txt r. 1171, 002_efefe0b70f172480.txt r. 1173

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is "Veilig Thuis"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "vermoeden van huiselijk geweld of kindermishandeling" doet zich voor
      En de professional oordeelt dat aan "noodzakelijk voor Veilig Thuis" is voldaan
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 5.2.6 Wmo 2015"
      En wijkt het beroepsgeheim op grond van "wettelijk meldrecht"
      En wijkt het beroepsgeheim voor "meld- en informatierecht Veilig Thuis" op grond van "art. 5.2.6 Wmo 2015"
      En is stap "Stap 2C: Veilig Thuis" beantwoord met "ja"
      En geldt de voorwaarde dat "Volg de stappen van de meldcode van uw organisatie"
      En staat bij de keuzes ter juridische beoordeling: "het zijn de bepalingen over de meldcode"

    Voorbeeld: Melden bij Veilig Thuis is een recht, geen plicht
      bron: 003_026876f3936cad21.txt r. 574, 003_026876f3936cad21.txt r. 6020, 002_efefe0b70f172480.txt r. 1165

      Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is "Veilig Thuis"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "vermoeden van huiselijk geweld of kindermishandeling" doet zich voor
      En de professional oordeelt dat aan "noodzakelijk voor Veilig Thuis" is voldaan
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En geldt de voorwaarde dat "Melden is een recht, geen plicht"
      En is stap "Uitkomst" beantwoord met "nee"
      En berust dat niet op "art. 6 lid 1 onder c AVG"

    Voorbeeld: Of er een vermoeden van kindermishandeling of huiselijk geweld is, staat nog niet vast
      bron: 003_026876f3936cad21.txt r. 578

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is "Veilig Thuis"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "vermoeden van huiselijk geweld of kindermishandeling" bij de open vragen
      En is stap "Stap 2C: Veilig Thuis" beantwoord met "onbekend"

    # te beoordelen: de handreiking zegt alleen "U kunt een vermoeden (...) melden bij Veilig Thuis" (r. 578).
    # Art. 5.2.6 Wmo 2015 (tekst van 1 januari en 1 juli 2026) stelt als voorwaarde dat de inlichtingen
    # "noodzakelijk kunnen worden geacht om een situatie van huiselijk geweld of kindermishandeling te beëindigen
    # of een redelijk vermoeden daarvan te onderzoeken". privacyrecht vraagt dat als oordeel van de professional.
    @te_beoordelen @ontbrekend_oordeel
    Voorbeeld: Zonder oordeel of de inlichtingen nodig zijn voor Veilig Thuis blijft de uitkomst open
      bron: 003_026876f3936cad21.txt r. 578

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is "Veilig Thuis"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "vermoeden van huiselijk geweld of kindermishandeling" doet zich voor
      En er is geen oordeel over "noodzakelijk voor Veilig Thuis"
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "noodzakelijk voor Veilig Thuis" bij de open vragen
      En is stap "Stap 2C: Veilig Thuis" beantwoord met "onbekend"

  Regel: Aan de Raad voor de Kinderbescherming mag worden verstrekt wat nodig is voor de taken van de Raad

    Voorbeeld: Een jeugdhulpverlener informeert de Raad voor de Kinderbescherming voor diens onderzoek (P1-E07, W35, Handvat A20)
      bron: 003_026876f3936cad21.txt r. 582, 003_026876f3936cad21.txt r. 6028, 002_efefe0b70f172480.txt r. 1177

      Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "Raad voor de Kinderbescherming"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "noodzakelijk voor de taken van de Raad" is voldaan
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 1:240 BW"
      En wijkt het beroepsgeheim op grond van "wettelijk meldrecht"
      En wijkt het beroepsgeheim voor "Raad voor de Kinderbescherming" op grond van "art. 1:240 BW"
      En geldt de voorwaarde dat "De Raad moet goed onderbouwen waarom de gegevens noodzakelijk zijn"

    Voorbeeld: Ook als de Raad om informatie vraagt, is verstrekken een recht en geen plicht
      bron: 003_026876f3936cad21.txt r. 582, 003_026876f3936cad21.txt r. 6028

      Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "Raad voor de Kinderbescherming"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "noodzakelijk voor de taken van de Raad" is voldaan
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En is stap "Uitkomst" beantwoord met "nee"
      En berust dat niet op "art. 6 lid 1 onder c AVG"
      En wijkt het beroepsgeheim op grond van "wettelijk meldrecht"

    Voorbeeld: Zonder oordeel over de noodzaak voor de taken van de Raad blijft de uitkomst open
      bron: 003_026876f3936cad21.txt r. 582

      Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "Raad voor de Kinderbescherming"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En er is geen oordeel over "noodzakelijk voor de taken van de Raad"
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "noodzakelijk voor de taken van de Raad" bij de open vragen
      En is stap "Stap 2C: Raad voor de Kinderbescherming" beantwoord met "onbekend"

  Regel: Een jongere tot 23 jaar mag in de Verwijsindex risicojongeren worden gemeld, met alleen wie hij is

    # te beoordelen: de handreiking noemt "artikel 7.1.4.1 BW" (r. 586); het is art. 7.1.4.1 Jeugdwet
    # (r. 6032). De handreiking zegt dat alleen "de naam van de jongere en wie de melding heeft gedaan" wordt
    # gedeeld; volgens art. 7.1.4.2–7.1.4.3 Jeugdwet wordt de melding gekoppeld aan het BSN en slaat de
    # verwijsindex naast het BSN alleen gegevens van de melder op. Melden kan alleen een meldingsbevoegde
    # (art. 7.1.1.2 Jeugdwet); de handreiking zegt "u kunt".
    @te_beoordelen
    Voorbeeld: Een jeugdhulpverlener meldt een jongere die zich inlaat met strafbare feiten in de verwijsindex (P1-V09, W36, Handvat A21)
      bron: 003_026876f3936cad21.txt r. 590, 003_026876f3936cad21.txt r. 586, 003_026876f3936cad21.txt r. 6032

      Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "Verwijsindex risicojongeren"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het gaat om gegevens van de categorie "burgerservicenummer"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 16 jaar
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "meldingsbevoegd voor de verwijsindex" doet zich voor
      En de professional oordeelt dat aan "redelijk vermoeden van risico voor de ontwikkeling" is voldaan
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 7.1.4.1 Jeugdwet"
      En wijkt het beroepsgeheim voor "meldrecht verwijsindex" op grond van "art. 7.1.4.1 Jeugdwet"
      En mogen gegevens van de categorie "gewoon persoonsgegeven" mee
      En mogen gegevens van de categorie "burgerservicenummer" mee
      En geldt de voorwaarde dat "In de verwijsindex wordt geen informatie gedeeld"
      En staat bij de keuzes ter juridische beoordeling: "artikel 7.1.4.1 BW"
      En staat bij de keuzes ter juridische beoordeling: "naast het BSN van de jeugdige alleen gegevens van de melder"

    # te beoordelen: de grens "tot 23 jaar" staat in de handreiking (r. 586); in de wet volgt zij uit de
    # omschrijving van "jeugdige" in art. 7.1.1.1 Jeugdwet.
    @te_beoordelen
    Voorbeeld: Voor een jongere van 23 jaar geldt het meldrecht van de verwijsindex niet
      bron: 003_026876f3936cad21.txt r. 586

      Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "Verwijsindex risicojongeren"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 23 jaar
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "meldingsbevoegd voor de verwijsindex" doet zich voor
      En het feit "ontvanger rechtstreeks betrokken bij de hulpverlening" doet zich niet voor
      En de professional oordeelt dat aan "redelijk vermoeden van risico voor de ontwikkeling" is voldaan
      En de professional oordeelt dat aan "conflict van plichten: gewetensnood" niet is voldaan
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 7.3.11 lid 1 Jeugdwet"
      En is stap "Stap 2C: verwijsindex" beantwoord met "nee"
      En wijkt het beroepsgeheim niet

    Voorbeeld: Gezondheidsgegevens horen niet in een melding aan de verwijsindex
      bron: 003_026876f3936cad21.txt r. 586

      Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "Verwijsindex risicojongeren"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het gaat om gegevens van de categorie "gezondheid"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 16 jaar
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "meldingsbevoegd voor de verwijsindex" doet zich voor
      En het feit "ontvanger rechtstreeks betrokken bij de hulpverlening" doet zich niet voor
      En de professional oordeelt dat aan "redelijk vermoeden van risico voor de ontwikkeling" is voldaan
      En de professional oordeelt dat aan "conflict van plichten: gewetensnood" niet is voldaan
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En mogen gegevens van de categorie "gezondheid" niet mee
      En mogen gegevens van de categorie "gewoon persoonsgegeven" mee
      En berust dat op "art. 7.3.11 lid 1 Jeugdwet"

    # te beoordelen: de handreiking zegt "kunt u de jongere laten opnemen" (r. 586), alsof iedere professional
    # mag melden; volgens art. 7.1.1.2 Jeugdwet meldt alleen een meldingsbevoegde (een aangewezen functionaris
    # van een instantie met afspraken met het college).
    @te_beoordelen
    Voorbeeld: Of de professional meldingsbevoegd is voor de verwijsindex, staat nog niet vast
      bron: 003_026876f3936cad21.txt r. 586, 003_026876f3936cad21.txt r. 6032

      Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "Verwijsindex risicojongeren"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 16 jaar
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "redelijk vermoeden van risico voor de ontwikkeling" is voldaan
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "meldingsbevoegd voor de verwijsindex" bij de open vragen
      En is stap "Stap 2C: verwijsindex" beantwoord met "onbekend"
