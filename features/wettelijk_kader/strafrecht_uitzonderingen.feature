# language: nl
@wettelijk_kader @avg
Functionaliteit: Wanneer persoonsgegevens van strafrechtelijke aard mogen worden verwerkt
  Art. 10 AVG staat verwerking van strafrechtelijke persoonsgegevens alleen toe onder
  toezicht van de overheid of op een grond van art. 32 of 33 UAVG (art. 31 UAVG). Voor
  het voorkomen van excessief geweld noemt de handreiking onder meer de specifieke
  grond "toepassing strafrecht" en de gegevens die krachtens de Wpg of de Wjsg zijn
  verkregen (art. 33 lid 1 onder a UAVG).

  Voorbeeld: De reclassering verwerkt strafrechtelijke gegevens als orgaan belast met de toepassing van het strafrecht
    bron: 003_026876f3936cad21.txt r. 5160

    # De reclassering heeft nog geen stappenplan in privacyrecht; hier wordt alleen de
    # regel van art. 10 AVG met art. 31–33 UAVG getoetst, niet de hele verstrekking.
    Gegeven de verstrekker is de "reclassering"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "gemeente" in de rol "sociaal domein"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    Als wordt getoetst of persoonsgegevens van strafrechtelijke aard mogen worden verwerkt
    Dan mogen die gegevens worden verwerkt op grond van "art. 33 lid 1 onder a UAVG"

  Voorbeeld: De Raad voor de Kinderbescherming in een strafzaak
    bron: 003_026876f3936cad21.txt r. 5160

    Gegeven de verstrekker is de "Raad voor de Kinderbescherming"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "gemeente" in de rol "sociaal domein"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het feit "orgaan belast met toepassing van het strafrecht" doet zich voor
    Als wordt getoetst of persoonsgegevens van strafrechtelijke aard mogen worden verwerkt
    Dan mogen die gegevens worden verwerkt op grond van "art. 33 lid 1 onder a UAVG"

  Voorbeeld: De Raad voor de Kinderbescherming buiten een strafzaak, zonder andere grond
    bron: 003_026876f3936cad21.txt r. 5160, 003_026876f3936cad21.txt r. 5114

    # De handreiking noemt de Raad alleen "in strafzaken" als orgaan belast met de
    # toepassing van het strafrecht; buiten strafzaken is een andere grond nodig.
    Gegeven de verstrekker is de "Raad voor de Kinderbescherming"
    En de ontvanger is een "gemeente" in de rol "sociaal domein"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het feit "orgaan belast met toepassing van het strafrecht" doet zich niet voor
    En het feit "verwerking onder toezicht van de overheid" doet zich niet voor
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
    En het feit "kennelijk zelf openbaar gemaakt" doet zich niet voor
    En het feit "noodzakelijk voor rechtsvordering" doet zich niet voor
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En het feit "verwerking door of voor samenwerkingsverband" doet zich niet voor
    En het feit "aanvulling op verwerking gezondheidsgegevens" doet zich niet voor
    Als wordt getoetst of persoonsgegevens van strafrechtelijke aard mogen worden verwerkt
    Dan mogen die gegevens niet worden verwerkt, op grond van "art. 31 UAVG"

  Voorbeeld: Gegevens die de gemeente van de politie kreeg
    bron: 003_026876f3936cad21.txt r. 5161, 003_026876f3936cad21.txt r. 3993

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is een "woningcorporatie"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
    Als wordt getoetst of persoonsgegevens van strafrechtelijke aard mogen worden verwerkt
    Dan mogen die gegevens worden verwerkt op grond van "art. 33 lid 1 onder a UAVG"

  @ontbrekend_oordeel
  Voorbeeld: Nog niets bekend over een uitzonderingsgrond
    bron: 003_026876f3936cad21.txt r. 4687

    Gegeven de verstrekker is een "onderwijsinstelling" in de rol "leerkracht"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    Als wordt getoetst of persoonsgegevens van strafrechtelijke aard mogen worden verwerkt
    Dan is nog onbekend of die gegevens mogen worden verwerkt
    En staat "kennelijk zelf openbaar gemaakt" bij de open vragen van die toets

  @te_beoordelen @classificatie
  Voorbeeld: Een door de rechter opgelegd verbod wegens onrechtmatig of hinderlijk gedrag is sinds 1 september 2026 geen strafrechtelijk gegeven meer
    bron: 003_026876f3936cad21.txt r. 4834

    # te beoordelen: de handreiking (mei 2023) rekent dit verbod tot de gegevens van
    # strafrechtelijke aard, zoals art. 1 UAVG toen deed. Sinds 1 september 2026 noemt
    # art. 1 UAVG het niet meer. privacyrecht volgt de geldende wettekst, niet de
    # handreiking; een jurist moet bevestigen dat het verbod nu een gewoon persoonsgegeven is.
    Gegeven het gegeven is "door de rechter opgelegd verbod naar aanleiding van onrechtmatig of hinderlijk gedrag"
    Als het gegeven wordt ingedeeld
    Dan is het een gegeven van de categorie "gewoon persoonsgegeven"
    En berust die indeling op r. 4834 van de handreiking
    En staat bij die indeling de kanttekening dat "sinds 1 september 2026 valt het daar niet meer onder"
