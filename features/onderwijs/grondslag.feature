# language: nl
@onderwijs @avg
Functionaliteit: Stap 1 van het Stappenplan Onderwijsinstellingen: is er een grondslag?
  Voor het delen van persoonsgegevens is een grondslag uit art. 6 lid 1 AVG nodig.
  Het stappenplan noemt er vier: (a) toestemming van leerling en/of ouders,
  (c) een wettelijke plicht, (e) de taak van algemeen belang (de zorg voor de
  sociale veiligheid op school) en (f) een gerechtvaardigd belang. Na (a) en (c)
  gaat het stappenplan naar stap 3, na (e) en (f) naar stap 2. De partij die de
  gegevens ontvangt, moet zelf ook een grondslag hebben.

  Regel: Toestemming van leerling en/of ouders (art. 6 lid 1 onder a AVG)

    # te beoordelen: de handreiking noemt het IQ een persoonsgegeven (r. 4407), maar zegt niet of het
    # een gezondheidsgegeven is; de uitwerking behandelt het als gewoon persoonsgegeven. Is het een
    # gezondheidsgegeven, dan is uitdrukkelijke toestemming nodig (art. 9 AVG).
    @te_beoordelen
    Voorbeeld: Met toestemming van ouder en leerling deelt de school het IQ van een leerling van 14 met een betrokken hulpverlener
      bron: 003_026876f3936cad21.txt r. 4431, r. 4426, r. 4439

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 14 jaar
      En "ouder of voogd" en "betrokkene" hebben samen geldige toestemming gegeven
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 6 lid 1 onder a AVG"
      En geldt de voorwaarde dat "De partij die de persoonsgegevens ontvangt moet zelf ook een grondslag hebben"
      En is stap "Stap 1a" beantwoord met "ja"
      En is stap "Stap 2" niet doorlopen

    # te beoordelen: de handreiking drukt bij "Is er een grondslag?" alleen het antwoord "ja" af;
    # dat de verstrekking zonder grondslag niet mag, is een lezing. De uitwerking toetst daarbij ook
    # vitaal belang en overeenkomst, die het stappenplan zelf niet noemt.
    @te_beoordelen
    Voorbeeld: Bij een leerling van 14 geeft alleen de ouder toestemming en is er geen andere grondslag
      bron: 003_026876f3936cad21.txt r. 4426, r. 4479

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En de betrokkene is 14 jaar
      En "ouder of voogd" heeft geldige toestemming gegeven
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "veiligheid op school in het geding" doet zich niet voor
      En de professional oordeelt dat aan "gerechtvaardigd belang" niet is voldaan
      En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
      En het feit "noodzakelijk voor overeenkomst met betrokkene" doet zich niet voor
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 6 lid 1 AVG"
      En is stap "Stap 1a" beantwoord met "nee"
      En wordt bij stap "Stap 1a" als reden genoemd: "Gaven de juiste personen toestemming, gelet op de leeftijd van de betrokkene? — nee"

  Regel: Wettelijke plicht (art. 6 lid 1 onder c AVG)

    # te beoordelen: een bevel van de politie kan de verstrekking verplicht maken ("moet");
    # de handreiking zegt alleen "ga naar stap 3", en de uitwerking geeft "mag".
    @te_beoordelen
    Voorbeeld: De school krijgt een bevel van de politie om gegevens te verstrekken over een leerling die bij de politie in beeld is
      bron: 003_026876f3936cad21.txt r. 4447, r. 4455

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voldoen aan een wettelijke plicht"
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich voor
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 6 lid 1 onder c AVG"
      En staat bij de keuzes ter juridische beoordeling: "kan de verstrekking verplicht maken"
      En is stap "Stap 1c" beantwoord met "ja"
      En is stap "Stap 2" niet doorlopen

  Regel: Taak van algemeen belang: de zorg voor de sociale en fysieke veiligheid op school (art. 6 lid 1 onder e AVG)

    Voorbeeld: De school deelt gegevens om lichamelijk letsel door excessief geweld op school te voorkomen
      bron: 003_026876f3936cad21.txt r. 4463, r. 4467

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "sociale en fysieke veiligheid op school"
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "veiligheid op school in het geding" doet zich voor
      En de professional oordeelt dat aan "verenigbaarheid" is voldaan
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 6 lid 1 onder e AVG"
      En berust dat op "art. 4c lid 1 WPO"
      En geldt de voorwaarde dat "de bepaling van uw soort school is de grondslag"
      En is stap "Stap 1e" beantwoord met "ja"
      En is stap "Stap 2" beantwoord met "ja"

  Regel: Gerechtvaardigd belang (art. 6 lid 1 onder f AVG)

    @ontbrekend_oordeel
    Voorbeeld: Het geweld dreigt buiten de school; de belangenafweging voor een gerechtvaardigd belang is nog niet gemaakt
      bron: 003_026876f3936cad21.txt r. 4471, r. 4475, r. 4477

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "onderwijsinstelling" in de rol "medewerker"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "ontvanger binnen eigen organisatie" doet zich niet voor
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "veiligheid op school in het geding" doet zich niet voor
      En het feit "verstrekker is overheidsinstantie" doet zich niet voor
      En er is geen oordeel over "gerechtvaardigd belang"
      En er is geen oordeel over "noodzakelijk voor gerechtvaardigd belang"
      En er is geen oordeel over "belang weegt zwaarder"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "gerechtvaardigd belang" bij de open vragen
      En staat "noodzakelijk voor gerechtvaardigd belang" bij de open vragen
      En staat "belang weegt zwaarder" bij de open vragen
      En is stap "Stap 1e" beantwoord met "nee"

    # te beoordelen: de handreiking staat een gerechtvaardigd belang toe voor scholen (r. 4477), maar die
    # grondslag geldt niet voor overheidsinstanties in hun taak (r. 5000). De uitwerking laat de grondslag
    # alleen toe als de school geen overheidsinstantie is (zoals een bijzondere school). In r. 4477 staat
    # "onder 2"; gelezen als "onder e".
    @te_beoordelen
    Voorbeeld: Ernstige zorgen en concrete aanwijzingen over geweld thuis tussen een eigen leerling en een leerling van een andere school
      bron: 003_026876f3936cad21.txt r. 4475, r. 4477, r. 4471, r. 4485

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "onderwijsinstelling" in de rol "medewerker"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "ontvanger binnen eigen organisatie" doet zich niet voor
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "veiligheid op school in het geding" doet zich niet voor
      En het feit "verstrekker is overheidsinstantie" doet zich niet voor
      En de professional oordeelt dat aan "gerechtvaardigd belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor gerechtvaardigd belang" is voldaan
      En de professional oordeelt dat aan "belang weegt zwaarder" is voldaan
      En de professional oordeelt dat aan "verenigbaarheid" is voldaan
      En de professional oordeelt dat de verstrekking noodzakelijk is
      En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 6 lid 1 onder f AVG"
      En berust dat niet op "art. 6 lid 1 onder e AVG"
      En is stap "Stap 2" beantwoord met "ja"

    # te beoordelen: zie het vorige voorbeeld; voor een school die overheidsinstantie is (zoals een
    # openbare school) leest de uitwerking r. 5000 zo dat het gerechtvaardigd belang niet beschikbaar is,
    # ook al noemt de handreiking het voor scholen (r. 4477).
    @te_beoordelen
    Voorbeeld: Een school die overheidsinstantie is, kan geen beroep doen op een gerechtvaardigd belang
      bron: 003_026876f3936cad21.txt r. 4477, r. 5000

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "onderwijsinstelling" in de rol "medewerker"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "ontvanger binnen eigen organisatie" doet zich niet voor
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "veiligheid op school in het geding" doet zich niet voor
      En het feit "verstrekker is overheidsinstantie" doet zich voor
      En de professional oordeelt dat aan "gerechtvaardigd belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor gerechtvaardigd belang" is voldaan
      En de professional oordeelt dat aan "belang weegt zwaarder" is voldaan
      En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
      En het feit "noodzakelijk voor overeenkomst met betrokkene" doet zich niet voor
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 6 lid 1 AVG"
      En is stap "Stap 1f" beantwoord met "nee"

  Regel: Zonder grondslag geen verstrekking

    # te beoordelen: de handreiking drukt bij "Is er een grondslag?" alleen het antwoord "ja" af
    # (r. 4479–4485); dat de verstrekking zonder grondslag niet mag, is een lezing van r. 4411.
    # De uitwerking toetst daarbij ook vitaal belang en overeenkomst, die het stappenplan niet noemt.
    @te_beoordelen
    Voorbeeld: Er is geen toestemming, geen wettelijke plicht, geen taak van algemeen belang en geen gerechtvaardigd belang
      bron: 003_026876f3936cad21.txt r. 4411, r. 4479

      Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "andere organisatie" in de rol "medewerker"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "voorkomen van excessief geweld"
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "veiligheid op school in het geding" doet zich niet voor
      En de professional oordeelt dat aan "gerechtvaardigd belang" niet is voldaan
      En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
      En het feit "noodzakelijk voor overeenkomst met betrokkene" doet zich niet voor
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 6 lid 1 AVG"
      En is als vervolg genoemd: "Raadpleeg de privacy officer of de FG"
      En is stap "Stap 3" niet doorlopen
