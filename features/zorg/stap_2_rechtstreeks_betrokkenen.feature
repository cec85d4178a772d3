# language: nl
@zorg @beroepsgeheim
Functionaliteit: Delen met wie rechtstreeks bij de behandeling betrokken is
  Het beroepsgeheim verhindert in beginsel dat inlichtingen aan derden worden
  verstrekt. Het Handvat noemt als een van de gevallen waarin het beroepsgeheim
  mag worden doorbroken: "Voor het delen van gegevens met anderen die
  rechtstreeks bij de behandeling zijn betrokken, als het gaat om gegevens die
  noodzakelijk zijn voor de door de vervanger te verrichten werkzaamheden." De
  wet zegt het zo: onder "anderen dan de patiënt" vallen niet wie rechtstreeks
  betrokken is bij de uitvoering van de behandelingsovereenkomst en de vervanger
  van de hulpverlener, voor zover de verstrekking noodzakelijk is voor hun
  werkzaamheden (art. 7:457 lid 2 BW).

  # te beoordelen: de handreiking noemt vier doorbrekingsgronden (r. 506); deze wettelijke uitzondering staat
  # in het Handvat (002 r. 1137-1139) en in art. 7:457 lid 2 BW. privacyrecht toetst haar na het conflict van
  # plichten. Als AVG-grondslag neemt dit voorbeeld de behandelingsovereenkomst (art. 6 lid 1 onder b AVG) en voor
  # de gezondheidsgegevens art. 30 lid 3 onder a UAVG (een goede behandeling van de betrokkene).
  @te_beoordelen
  Voorbeeld: Een huisarts draagt gegevens over aan de waarnemer die de behandeling overneemt
    bron: 002_efefe0b70f172480.txt r. 1137, 002_efefe0b70f172480.txt r. 1139

    Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "zorg en hulpverlening"
    En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "vermoeden van huiselijk geweld of kindermishandeling" doet zich niet voor
    En de professional oordeelt dat aan "conflict van plichten: gewetensnood" niet is voldaan
    En het feit "ontvanger rechtstreeks betrokken bij de hulpverlening" doet zich voor
    En de professional oordeelt dat aan "noodzakelijk voor de werkzaamheden van de ontvanger" is voldaan
    En de professional oordeelt dat aan "persoonlijke levenssfeer van een ander niet geschaad" is voldaan
    En de professional oordeelt dat de gegevensverstrekking minimaal, effectief, evenredig en subsidiair is
    En het feit "toestemming gegeven" doet zich niet voor
    En het feit "noodzakelijk voor overeenkomst met betrokkene" doet zich voor
    En het feit "noodzakelijk voor goede behandeling of verzorging" doet zich voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 7:457 lid 2 BW"
    En berust dat op "art. 6 lid 1 onder b AVG"
    En wijkt het beroepsgeheim voor "rechtstreeks betrokken" op grond van "art. 7:457 lid 2 BW"
    En mogen gegevens van de categorie "gezondheid" mee op grond van "art. 30 lid 3 onder a UAVG"

  Voorbeeld: Wie niet bij de behandeling betrokken is, krijgt zonder andere grond geen gegevens
    bron: 002_efefe0b70f172480.txt r. 1137

    Gegeven de verstrekker is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    En de ontvanger is een "zorgaanbieder" in de rol "medisch zorgverlener"
    En het gaat om gegevens van de categorie "gezondheid"
    En het doel is "zorg en hulpverlening"
    En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
    En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
    En het feit "vermoeden van huiselijk geweld of kindermishandeling" doet zich niet voor
    En de professional oordeelt dat aan "conflict van plichten: gewetensnood" niet is voldaan
    En het feit "ontvanger rechtstreeks betrokken bij de hulpverlening" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 7:457 lid 1 BW"
    En is stap "Stap 2: rechtstreeks betrokkenen" beantwoord met "nee"
    En wijkt het beroepsgeheim niet
