# language: nl
@zorg @beroepsgeheim
Functionaliteit: Het beroepsgeheim van de jeugdhulpverlener (art. 7.3.11 Jeugdwet)
  "Voor jeugdhulpverleners, jeugdbeschermers en medewerkers van de
  jeugd-reclassering is een beroepsgeheim geregeld in artikel 7.3.11 lid 1 van de
  Jeugdwet." De jeugdhulpverlener "draagt (...) zorg, dat aan anderen dan de
  betrokkene geen inlichtingen over de betrokkene dan wel inzage in of afschrift
  van de gegevens uit het dossier worden verstrekt dan met toestemming van de
  betrokkene". Volgens de wet gebeurt een verstrekking bovendien alleen voor
  zover de persoonlijke levenssfeer van een ander daardoor niet wordt geschaad
  (lid 1). Wie rechtstreeks betrokken is bij de jeugdhulp, of de jeugdhulpverlener
  vervangt, is geen "ander", voor zover hij de gegevens nodig heeft voor zijn
  werkzaamheden (lid 2 onder a). Kan de jeugdhulpverlener met de verstrekking niet
  geacht worden de zorg van een goed jeugdhulpverlener in acht te nemen, dan laat
  hij haar achterwege (lid 3). De informatieplicht en het informatierecht
  tegenover de gecertificeerde instelling bij een ondertoezichtstelling (lid 4)
  staan in stap 2B (stap_2b_wettelijke_plicht.feature). Lid 2 onder b (wie
  toestemming voor de jeugdhulp moet geven) en lid 5 (nadere regels bij
  ministeriële regeling) zijn hier niet uitgewerkt.

  Regel: Wie rechtstreeks betrokken is bij de jeugdhulp, is geen "ander" (lid 2 onder a)

    # te beoordelen: de handreiking noemt vier gronden om het beroepsgeheim te doorbreken (r. 506); de
    # uitzondering voor rechtstreeks betrokkenen staat alleen in art. 7.3.11 lid 2 onder a Jeugdwet en in het
    # Handvat (002 r. 1137-1139). Privacyrecht toetst haar als laatste. Als grondslag uit de AVG is hier het
    # gerechtvaardigd belang genomen (een jeugdhulpaanbieder die geen overheidsinstantie is).
    @te_beoordelen
    Voorbeeld: Een jeugdhulpverlener deelt gegevens met een collega die rechtstreeks bij de jeugdhulp betrokken is
      bron: 003_026876f3936cad21.txt r. 422, 003_026876f3936cad21.txt r. 5936, 002_efefe0b70f172480.txt r. 1137, 002_efefe0b70f172480.txt r. 1139

      Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "zorg en hulpverlening"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "conflict van plichten: gewetensnood" niet is voldaan
      En het feit "ontvanger rechtstreeks betrokken bij de hulpverlening" doet zich voor
      En de professional oordeelt dat aan "noodzakelijk voor de werkzaamheden van de ontvanger" is voldaan
      En de professional oordeelt dat aan "zorg van een goed jeugdhulpverlener" is voldaan
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
      En het feit "verstrekker is overheidsinstantie" doet zich niet voor
      En de professional oordeelt dat aan "gerechtvaardigd belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor gerechtvaardigd belang" is voldaan
      En de professional oordeelt dat aan "belang weegt zwaarder" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 7.3.11 lid 2 onder a Jeugdwet"
      En berust dat op "art. 6 lid 1 onder f AVG"
      En wijkt het beroepsgeheim op grond van "wettelijke uitzondering op het beroepsgeheim"
      En is stap "Stap 2: rechtstreeks betrokkenen" beantwoord met "ja"
      En staat bij de keuzes ter juridische beoordeling: "noemt vier doorbrekingsgronden"

    # te beoordelen: de voorwaarde "voor zover de verstrekking noodzakelijk is voor de door hen in dat kader te
    # verrichten werkzaamheden" staat in art. 7.3.11 lid 2 onder a Jeugdwet en in het Handvat (002 r. 1139).
    @te_beoordelen
    Voorbeeld: Een rechtstreeks betrokken collega die de gegevens niet nodig heeft voor zijn werk, krijgt ze niet
      bron: 003_026876f3936cad21.txt r. 5936, 002_efefe0b70f172480.txt r. 1139

      Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "zorg en hulpverlening"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "conflict van plichten: gewetensnood" niet is voldaan
      En het feit "ontvanger rechtstreeks betrokken bij de hulpverlening" doet zich voor
      En de professional oordeelt dat aan "noodzakelijk voor de werkzaamheden van de ontvanger" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 7.3.11 lid 1 Jeugdwet"
      En is stap "Stap 2: rechtstreeks betrokkenen" beantwoord met "nee"
      En wijkt het beroepsgeheim niet

    # te beoordelen: art. 7.3.11 lid 3 Jeugdwet geldt voor iedere verstrekking ("door inlichtingen over de
    # betrokkene (...) te verstrekken"), ook aan een rechtstreeks betrokkene. De handreiking zegt hier niets
    # over. Dit voorbeeld volgt de wettekst: privacyrecht toetst lid 3 bij toestemming (stap 2A) en bij de
    # rechtstreeks betrokkenen; de meldrechten en de wettelijke plichten gelden "zo nodig met doorbreking".
    @te_beoordelen
    Voorbeeld: Ook tegenover een rechtstreeks betrokken collega laat een goed jeugdhulpverlener een schadelijke verstrekking achterwege
      bron: 003_026876f3936cad21.txt r. 5934, 003_026876f3936cad21.txt r. 5936

      Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "zorg en hulpverlening"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "conflict van plichten: gewetensnood" niet is voldaan
      En het feit "ontvanger rechtstreeks betrokken bij de hulpverlening" doet zich voor
      En de professional oordeelt dat aan "noodzakelijk voor de werkzaamheden van de ontvanger" is voldaan
      En de professional oordeelt dat aan "zorg van een goed jeugdhulpverlener" niet is voldaan
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      En het feit "toestemming gegeven" doet zich niet voor
      En het feit "noodzakelijk voor vitaal belang" doet zich niet voor
      En het feit "verstrekker is overheidsinstantie" doet zich niet voor
      En de professional oordeelt dat aan "gerechtvaardigd belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor gerechtvaardigd belang" is voldaan
      En de professional oordeelt dat aan "belang weegt zwaarder" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 7.3.11 lid 1 Jeugdwet"
      En wordt bij stap "Stap 2: rechtstreeks betrokkenen" als reden genoemd: "goed jeugdhulpverlener"

  Regel: Toestemming draagt de verstrekking alleen binnen de grenzen van lid 1 en lid 3

    # te beoordelen: de handreiking citeert alleen de eerste volzin van lid 1 (r. 5936). Dat de verstrekking
    # de zorg van een goed jeugdhulpverlener moet respecteren (lid 3) en de levenssfeer van een ander niet mag
    # schaden (lid 1, tweede volzin), staat alleen in art. 7.3.11 Jeugdwet. Een jeugdbeschermer valt eronder via
    # art. 7.3.1 lid 1 Jeugdwet.
    @te_beoordelen
    Voorbeeld: Een jeugdbeschermer deelt gegevens met toestemming van een jongere van 17 jaar
      bron: 003_026876f3936cad21.txt r. 422, 003_026876f3936cad21.txt r. 5902, 003_026876f3936cad21.txt r. 5936

      Gegeven de verstrekker is een "gecertificeerde instelling" in de rol "jeugdbeschermer"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "onderwijsinstelling"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "zorg en hulpverlening"
      En de betrokkene is 17 jaar
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En "betrokkene" heeft geldige toestemming gegeven
      En de toestemming is uitdrukkelijk gegeven en vastgelegd
      En de professional oordeelt dat aan "persoonlijke levenssfeer van een ander niet geschaad" is voldaan
      En de professional oordeelt dat aan "zorg van een goed jeugdhulpverlener" is voldaan
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 6 lid 1 onder a AVG"
      En wijkt het beroepsgeheim op grond van "uitdrukkelijke toestemming van de betrokkene"
      En is stap "Stap 2A: toestemming" beantwoord met "ja"

    # te beoordelen: dat de toestemming de verstrekking niet draagt als de persoonlijke levenssfeer van een
    # ander wordt geschaad, staat in art. 7.3.11 lid 1, tweede volzin, Jeugdwet, niet in de handreiking.
    @te_beoordelen
    Voorbeeld: Toestemming draagt niet als de verstrekking de persoonlijke levenssfeer van een ander schaadt
      bron: 003_026876f3936cad21.txt r. 5936

      Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "onderwijsinstelling"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "zorg en hulpverlening"
      En de betrokkene is 17 jaar
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En de professional oordeelt dat aan "persoonlijke levenssfeer van een ander niet geschaad" niet is voldaan
      En de professional oordeelt dat aan "zorg van een goed jeugdhulpverlener" is voldaan
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "ontvanger rechtstreeks betrokken bij de hulpverlening" doet zich niet voor
      En de professional oordeelt dat aan "conflict van plichten: gewetensnood" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 7.3.11 lid 1 Jeugdwet"
      En is stap "Stap 2A: toestemming" beantwoord met "nee"
      En wijkt het beroepsgeheim niet

    # te beoordelen: de zorg van een goed jeugdhulpverlener staat in art. 7.3.11 lid 3 Jeugdwet, niet in de
    # handreiking.
    @te_beoordelen
    Voorbeeld: Toestemming draagt niet als een goed jeugdhulpverlener de gegevens niet zou delen
      bron: 003_026876f3936cad21.txt r. 5934, 003_026876f3936cad21.txt r. 5936

      Gegeven de verstrekker is een "jeugdhulpaanbieder" in de rol "jeugdhulpverlener"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is een "onderwijsinstelling"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "zorg en hulpverlening"
      En de betrokkene is 17 jaar
      En "betrokkene" heeft uitdrukkelijk toestemming gegeven om het beroepsgeheim te doorbreken
      En de professional oordeelt dat aan "persoonlijke levenssfeer van een ander niet geschaad" is voldaan
      En de professional oordeelt dat aan "zorg van een goed jeugdhulpverlener" niet is voldaan
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "ontvanger rechtstreeks betrokken bij de hulpverlening" doet zich niet voor
      En de professional oordeelt dat aan "conflict van plichten: gewetensnood" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 7.3.11 lid 1 Jeugdwet"
      En is stap "Stap 2A: toestemming" beantwoord met "nee"
      En wijkt het beroepsgeheim niet
