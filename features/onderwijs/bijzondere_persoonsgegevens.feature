# language: nl
@onderwijs @avg
Functionaliteit: Bijzondere persoonsgegevens van leerlingen
  Het verstrekken van bijzondere persoonsgegevens, zoals gegevens over
  gezondheid of over religieuze of politieke opvattingen, is in principe
  verboden, tenzij een uitzonderingsgrond van toepassing is (art. 9 AVG). Voor
  scholen lijken vooral 'uitdrukkelijke toestemming' en 'zelf kennelijk openbaar
  gemaakt' relevant. Gegevens over het gedrag van een leerling zijn
  gezondheidsgegevens. Naast een uitzonderingsgrond moet er ook een grondslag
  zijn, en de verstrekking moet noodzakelijk zijn.

  Regel: Uitdrukkelijke toestemming

    Voorbeeld: Een leerling van 17 geeft uitdrukkelijk en schriftelijk toestemming om gegevens over zijn gedrag met een hulpverlener te delen
      bron: 003_026876f3936cad21.txt r. 4679, r. 4635, r. 4427

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het gaat om gegevens van de categorie "gezondheid"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 17 jaar
      En "betrokkene" heeft geldige toestemming gegeven
      En de toestemming is uitdrukkelijk gegeven en vastgelegd
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 6 lid 1 onder a AVG"
      En mogen gegevens van de categorie "gezondheid" mee op grond van "art. 9 lid 2 onder a AVG"
      En is stap "Bijzondere persoonsgegevens" beantwoord met "ja"

    Voorbeeld: Een leerling van 17 geeft toestemming, maar het staat niet vast dat die uitdrukkelijk is gegeven en is vastgelegd
      bron: 003_026876f3936cad21.txt r. 4679, r. 5064

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het gaat om gegevens van de categorie "gezondheid"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 17 jaar
      En "betrokkene" heeft geldige toestemming gegeven
      En het feit "kennelijk zelf openbaar gemaakt" doet zich niet voor
      En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
      En het feit "noodzakelijk voor rechtsvordering" doet zich niet voor
      En het feit "noodzakelijk voor speciale begeleiding leerling" doet zich niet voor
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "toestemming.uitdrukkelijk" bij de open vragen
      En staat "toestemming.vastgelegd" bij de open vragen

    Voorbeeld: Een leerling van 17 geeft toestemming, maar niet uitdrukkelijk, en een andere uitzondering is er niet
      bron: 003_026876f3936cad21.txt r. 4679, 003_026876f3936cad21.txt r. 4619

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het gaat om gegevens van de categorie "gezondheid"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 17 jaar
      En "betrokkene" heeft geldige toestemming gegeven
      En de toestemming is niet uitdrukkelijk gegeven
      En het feit "kennelijk zelf openbaar gemaakt" doet zich niet voor
      En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
      En het feit "noodzakelijk voor rechtsvordering" doet zich niet voor
      En het feit "noodzakelijk voor speciale begeleiding leerling" doet zich niet voor
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 9 lid 1 AVG"
      En mogen gegevens van de categorie "gezondheid" niet mee

    # te beoordelen: de handreiking noemt voor scholen alleen uitdrukkelijke toestemming en zelf kennelijk
    # openbaar gemaakt als relevante uitzonderingen (r. 4639). De uitwerking toetst daarnaast vitale belangen,
    # een rechtsvordering en de speciale begeleiding van leerlingen (art. 30 UAVG, genoemd in r. 5091);
    # die zijn hier daarom uitdrukkelijk uitgesloten.
    @te_beoordelen
    Voorbeeld: Zonder toestemming en zonder andere uitzondering mogen gezondheidsgegevens niet mee, gewone gegevens wel
      bron: 003_026876f3936cad21.txt r. 4619, r. 4635, r. 4639

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het gaat om gegevens van de categorie "gezondheid"
      En het doel is "sociale en fysieke veiligheid op school"
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "veiligheid op school in het geding" doet zich voor
      En het feit "kennelijk zelf openbaar gemaakt" doet zich niet voor
      En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
      En het feit "noodzakelijk voor rechtsvordering" doet zich niet voor
      En het feit "noodzakelijk voor speciale begeleiding leerling" doet zich niet voor
      En de professional oordeelt dat aan "verenigbaarheid" is voldaan
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 9 lid 1 AVG"
      En mogen gegevens van de categorie "gewoon persoonsgegeven" mee
      En mogen gegevens van de categorie "gezondheid" niet mee

  Regel: Gegevens die de leerling zelf kennelijk openbaar heeft gemaakt

    Voorbeeld: Een leerling verkondigt in de klas openlijk zijn religieuze overtuiging, met de nadrukkelijke bedoeling die openbaar te maken
      bron: 003_026876f3936cad21.txt r. 4669

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "religieuze of levensbeschouwelijke overtuigingen"
      En het doel is "sociale en fysieke veiligheid op school"
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "veiligheid op school in het geding" doet zich voor
      En het feit "kennelijk zelf openbaar gemaakt" doet zich voor
      En de professional oordeelt dat aan "verenigbaarheid" is voldaan
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 6 lid 1 onder e AVG"
      En mogen gegevens van de categorie "religieuze of levensbeschouwelijke overtuigingen" mee op grond van "art. 9 lid 2 onder e AVG"

    @ontbrekend_oordeel
    Voorbeeld: Een leerling doet uitlatingen op het schoolplein en het is nog niet beoordeeld of de bedoeling om ze openbaar te maken nadrukkelijk blijkt
      bron: 003_026876f3936cad21.txt r. 4669

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "politieke opvattingen"
      En het doel is "sociale en fysieke veiligheid op school"
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "veiligheid op school in het geding" doet zich voor
      En het is onbekend of het feit "kennelijk zelf openbaar gemaakt" zich voordoet
      En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
      En het feit "noodzakelijk voor rechtsvordering" doet zich niet voor
      En de professional oordeelt dat aan "verenigbaarheid" is voldaan
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "kennelijk zelf openbaar gemaakt" bij de open vragen

    Voorbeeld: Uit de uitlating van de leerling blijkt geen bedoeling om haar openbaar te maken en er is geen uitdrukkelijke toestemming
      bron: 003_026876f3936cad21.txt r. 4669, r. 4619

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "politieke opvattingen"
      En het doel is "sociale en fysieke veiligheid op school"
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "veiligheid op school in het geding" doet zich voor
      En het feit "kennelijk zelf openbaar gemaakt" doet zich niet voor
      En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
      En het feit "noodzakelijk voor rechtsvordering" doet zich niet voor
      En de professional oordeelt dat aan "verenigbaarheid" is voldaan
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 9 lid 1 AVG"
      En mogen gegevens van de categorie "politieke opvattingen" niet mee

    Voorbeeld: Ook zelf openbaar gemaakte gegevens mogen alleen mee als de verstrekking noodzakelijk is
      bron: 003_026876f3936cad21.txt r. 4669

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "religieuze of levensbeschouwelijke overtuigingen"
      En het doel is "sociale en fysieke veiligheid op school"
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "veiligheid op school in het geding" doet zich voor
      En het feit "kennelijk zelf openbaar gemaakt" doet zich voor
      En de professional oordeelt dat aan "verenigbaarheid" is voldaan
      En de professional oordeelt dat aan "subsidiariteit" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 5 lid 1 onder c AVG"
      En is stap "Bijzondere persoonsgegevens" niet doorlopen
