# language: nl
@gemeenten @avg
Functionaliteit: Stap 2A – gegevens aan een andere afdeling van de gemeente
  Het is op grond van de huidige wetgeving niet mogelijk om gemeentebreed
  informatie te delen en een beeld van een inwoner samen te stellen uit
  informatie die voor verschillende gemeentetaken is verzameld. Wilt u gegevens
  aan een andere afdeling verstrekken, dan moet steeds opnieuw worden bekeken op
  grond van welke bevoegdheid de gegevens zijn verzameld en voor welke
  bevoegdheid de andere afdeling ze wil verwerken.

  # te beoordelen: bij 2A "ja" verwijst de handreiking direct naar stap 3, maar zegt ook dat gemeentebreed delen niet mogelijk is en dat per bevoegdheid moet worden nagegaan of delen mag (r. 4083). Dat nagaan is hier een oordeel van de professional dat eerst gegeven moet zijn.
  @ontbrekend_oordeel @te_beoordelen
  Voorbeeld: Openbare-ordegegevens naar een collega in het sociaal domein, zonder oordeel over de bevoegdheid
    bron: 003_026876f3936cad21.txt r. 4083, 003_026876f3936cad21.txt r. 4087

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is een "gemeente" in de rol "sociaal domein"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "zorg en hulpverlening"
    En het feit "ontvanger binnen eigen organisatie" doet zich voor
    En er is geen oordeel over "bevoegdheid andere afdeling"
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "bevoegdheid andere afdeling" bij de open vragen
    En is stap "Stap 2A" beantwoord met "ja"

  # te beoordelen: de handreiking drukt voor dit geval geen uitkomst af; "mag niet" volgt uit het voorbeeld ("niet zomaar", r. 4087) en uit r. 4083, gelezen als: ontbreekt de bevoegdheid, dan mag de verstrekking niet.
  @te_beoordelen
  Voorbeeld: Openbare-ordegegevens naar een collega in het sociaal domein die daarvoor geen bevoegdheid heeft
    bron: 003_026876f3936cad21.txt r. 4083, 003_026876f3936cad21.txt r. 4087

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is een "gemeente" in de rol "sociaal domein"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "zorg en hulpverlening"
    En het feit "ontvanger binnen eigen organisatie" doet zich voor
    En de professional oordeelt dat aan "bevoegdheid andere afdeling" niet is voldaan
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 5 lid 1 onder b AVG"
    En is als vervolg genoemd: "raadpleeg de privacy officer of de FG"

  # te beoordelen: bij 2A "ja" verwijst de handreiking direct naar stap 3; het oordeel over de bevoegdheid (r. 4083) is daaraan voorgeschakeld.
  @te_beoordelen
  Voorbeeld: De andere afdeling is bevoegd de gegevens te verwerken
    bron: 003_026876f3936cad21.txt r. 4083, 003_026876f3936cad21.txt r. 4089, 003_026876f3936cad21.txt r. 4091

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is een "gemeente" in de rol "sociaal domein"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "zorg en hulpverlening"
    En het feit "ontvanger binnen eigen organisatie" doet zich voor
    En de professional oordeelt dat aan "bevoegdheid andere afdeling" is voldaan
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder e AVG"
    En berust dat niet op "art. 172 lid 1 Gemeentewet"
    En geldt de voorwaarde dat "de partij die de persoonsgegevens ontvangt moet zelf ook een grondslag hebben"
    En staat bij de keuzes ter juridische beoordeling: "per bevoegdheid moet worden nagegaan"
