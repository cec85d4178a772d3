# language: nl
@zorg @meldcode
Functionaliteit: De meldcode huiselijk geweld en kindermishandeling
  "In het Besluit verplichte meldcode huiselijk geweld en kindermishandeling is
  vastgelegd aan welke eisen de meldcode moet voldoen. Een meldcode moet 1) een
  stappenplan en 2) een afwegingskader bevatten." Het stappenplan bevat ten minste
  vijf stappen: het in kaart brengen van de signalen; collegiale consultatie en
  zo nodig raadplegen van Veilig Thuis of een deskundige op het gebied van
  letselduiding; een gesprek met de cliënt; het toepassen van het
  afwegingskader; het beslissen over het doen van een melding en het inzetten
  van de noodzakelijke hulp (art. 2 lid 2 Besluit verplichte meldcode). De
  stappen worden in deze volgorde gezet. Ook na de laatste stap blijft melden bij
  Veilig Thuis een recht, geen plicht (art. 5.2.6 Wmo 2015).

  Regel: De volgende stap is de eerste stap die nog niet is gezet

    Voorbeeld: Wie de signalen nog niet in kaart heeft gebracht, begint daarmee (W37)
      bron: 003_026876f3936cad21.txt r. 6074, 003_026876f3936cad21.txt r. 6076

      Gegeven het feit "meldcode: signalen in kaart gebracht" doet zich niet voor
      Als de stand in de meldcode wordt bepaald
      Dan is de volgende stap van de meldcode "signalen in kaart brengen"
      En berust de meldcode op "art. 2 lid 2 Besluit verplichte meldcode"

    Voorbeeld: Na het in kaart brengen van de signalen volgt collegiale consultatie
      bron: 003_026876f3936cad21.txt r. 6077

      Gegeven het feit "meldcode: signalen in kaart gebracht" doet zich voor
      En het feit "meldcode: collegiale consultatie" doet zich niet voor
      Als de stand in de meldcode wordt bepaald
      Dan is de volgende stap van de meldcode "collegiale consultatie"
      En berust de meldcode op "art. 2 lid 2 Besluit verplichte meldcode"

    Voorbeeld: Na collegiale consultatie volgt een gesprek met de cliënt
      bron: 003_026876f3936cad21.txt r. 6078

      Gegeven het feit "meldcode: signalen in kaart gebracht" doet zich voor
      En het feit "meldcode: collegiale consultatie" doet zich voor
      En het feit "meldcode: gesprek met de cliënt" doet zich niet voor
      Als de stand in de meldcode wordt bepaald
      Dan is de volgende stap van de meldcode "gesprek met de cliënt"
      En berust de meldcode op "art. 2 lid 2 Besluit verplichte meldcode"

    Voorbeeld: Na het gesprek met de cliënt volgt het toepassen van het afwegingskader
      bron: 003_026876f3936cad21.txt r. 6079, 003_026876f3936cad21.txt r. 6072

      Gegeven het feit "meldcode: signalen in kaart gebracht" doet zich voor
      En het feit "meldcode: collegiale consultatie" doet zich voor
      En het feit "meldcode: gesprek met de cliënt" doet zich voor
      En het feit "meldcode: afwegingskader toegepast" doet zich niet voor
      Als de stand in de meldcode wordt bepaald
      Dan is de volgende stap van de meldcode "afwegingskader toepassen"
      En berust de meldcode op "art. 2 lid 2 Besluit verplichte meldcode"

    Voorbeeld: Na het afwegingskader volgt de beslissing over melding en hulp
      bron: 003_026876f3936cad21.txt r. 6080, 003_026876f3936cad21.txt r. 6081, 003_026876f3936cad21.txt r. 6082

      Gegeven het feit "meldcode: signalen in kaart gebracht" doet zich voor
      En het feit "meldcode: collegiale consultatie" doet zich voor
      En het feit "meldcode: gesprek met de cliënt" doet zich voor
      En het feit "meldcode: afwegingskader toegepast" doet zich voor
      En het feit "meldcode: besloten over melding en hulp" doet zich niet voor
      Als de stand in de meldcode wordt bepaald
      Dan is de volgende stap van de meldcode "beslissen over melding en hulp"
      En blijft melden een recht, geen plicht

    Voorbeeld: Een overgeslagen stap moet alsnog worden gezet, ook als een latere stap al is gezet
      bron: 003_026876f3936cad21.txt r. 6074, 003_026876f3936cad21.txt r. 6077

      Gegeven het feit "meldcode: signalen in kaart gebracht" doet zich voor
      En het feit "meldcode: collegiale consultatie" doet zich niet voor
      En het feit "meldcode: gesprek met de cliënt" doet zich voor
      Als de stand in de meldcode wordt bepaald
      Dan is de volgende stap van de meldcode "collegiale consultatie"
      En berust de meldcode op "art. 2 lid 2 Besluit verplichte meldcode"

  Regel: Ook na alle stappen blijft melden een recht, geen plicht

    Voorbeeld: Alle vijf stappen van de meldcode zijn gezet; de melding blijft een afweging (Handvat A29)
      bron: 003_026876f3936cad21.txt r. 6074, 003_026876f3936cad21.txt r. 6080, 003_026876f3936cad21.txt r. 6020, 002_efefe0b70f172480.txt r. 1387, 002_efefe0b70f172480.txt r. 1393

      Gegeven het feit "meldcode: signalen in kaart gebracht" doet zich voor
      En het feit "meldcode: collegiale consultatie" doet zich voor
      En het feit "meldcode: gesprek met de cliënt" doet zich voor
      En het feit "meldcode: afwegingskader toegepast" doet zich voor
      En het feit "meldcode: besloten over melding en hulp" doet zich voor
      Als de stand in de meldcode wordt bepaald
      Dan is de volgende stap van de meldcode "alle stappen doorlopen"
      En blijft melden een recht, geen plicht
      En berust de meldcode op "art. 5.2.6 Wmo 2015"

  Regel: Is onbekend of een stap is gezet, dan staat de volgende stap nog niet vast

    Voorbeeld: Het is onbekend of de signalen in kaart zijn gebracht
      bron: 003_026876f3936cad21.txt r. 6076

      Gegeven het is onbekend of het feit "meldcode: signalen in kaart gebracht" zich voordoet
      Als de stand in de meldcode wordt bepaald
      Dan is nog onbekend welke stap van de meldcode volgt
      En berust de meldcode op "art. 2 lid 2 Besluit verplichte meldcode"

    Voorbeeld: Het is onbekend of het gesprek met de cliënt is gevoerd
      bron: 003_026876f3936cad21.txt r. 6078

      Gegeven het feit "meldcode: signalen in kaart gebracht" doet zich voor
      En het feit "meldcode: collegiale consultatie" doet zich voor
      En het is onbekend of het feit "meldcode: gesprek met de cliënt" zich voordoet
      Als de stand in de meldcode wordt bepaald
      Dan is nog onbekend welke stap van de meldcode volgt
      En blijft melden een recht, geen plicht
