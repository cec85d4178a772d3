# language: nl
@gemeenten @avg
Functionaliteit: Geheimhoudingsplicht in het Stappenplan Gemeenten
  De Gemeentewet en APV's bevatten geen specifieke geheimhoudingsplicht. Op
  gegevens die op grond van de Wpg of de Wjsg zijn verkregen, blijft de
  geheimhoudingsplicht wel gelden: zo blijft op politiegegevens die de
  burgemeester op grond van art. 16 Wpg ontvangt de geheimhoudingsplicht van
  art. 7 Wpg rusten.

  Voorbeeld: Geen gegevens van de politie of het OM: de Gemeentewet kent geen geheimhoudingsplicht
    bron: 003_026876f3936cad21.txt r. 4287

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is een "woningcorporatie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    En de professional oordeelt dat aan "binnen reikwijdte publieke taak" is voldaan
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 6 lid 1 onder e AVG"
    En geldt de voorwaarde dat "de Gemeentewet en APV's bevatten geen specifieke geheimhoudingsplicht"
    En is het regime "Beroepsgeheim" niet van toepassing
    En is het regime "Geheimhouding Wpg/Wjsg" niet van toepassing

  # Op politiegegevens die de burgemeester ontving blijft de geheimhouding rusten (art. 7 lid 2 Wpg):
  # doorgeven mag alleen als een wettelijk voorschrift daartoe verplicht of zijn taak het noodzakelijk
  # maakt (r. 1073). Meer scenario's: features/politie/doorverstrekking.feature.
  Voorbeeld: Politiegegevens die de burgemeester op grond van art. 16 Wpg kreeg, worden doorgegeven aan een woningcorporatie
    bron: 003_026876f3936cad21.txt r. 3993, 003_026876f3936cad21.txt r. 4287, 003_026876f3936cad21.txt r. 1073

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
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "noodzaak tot mededeling uit de eigen taak" bij de open vragen
    En is het regime "Geheimhouding Wpg/Wjsg" van toepassing

  # De geheimhouding van art. 52 Wjsg heeft andere uitgangen dan die van de Wpg; het Stappenplan Justitie is
  # nog niet uitgewerkt, daarom blijft de uitkomst open.
  # Dat de gegevens op grond van de Wjsg zijn verkregen, heft het verbod van art. 10 AVG op (art. 33 UAVG, r. 5161); de geheimhouding blijft.
  Voorbeeld: Strafvorderlijke gegevens die de burgemeester van het OM kreeg, worden doorgegeven aan een woningcorporatie
    bron: 003_026876f3936cad21.txt r. 3995, 003_026876f3936cad21.txt r. 4287, 003_026876f3936cad21.txt r. 5161

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is een "woningcorporatie"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    En de professional oordeelt dat aan "binnen reikwijdte publieke taak" is voldaan
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
    En het feit "verkregen van het OM op grond van de Wjsg" doet zich voor
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "geheimhouding Wjsg" bij de open vragen
    En is stap "Strafrechtelijke persoonsgegevens" beantwoord met "ja"

  Voorbeeld: Het is nog onbekend of de gegevens van de politie of het OM komen
    bron: 003_026876f3936cad21.txt r. 4287

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is een "woningcorporatie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    En de professional oordeelt dat aan "binnen reikwijdte publieke taak" is voldaan
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat de verstrekking voldoet aan de beginselen van art. 5 AVG
    En het is onbekend of het feit "verkregen op grond van Wpg of Wjsg" zich voordoet
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "verkregen op grond van Wpg of Wjsg" bij de open vragen
