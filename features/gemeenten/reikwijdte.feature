# language: nl
@gemeenten @avg @regimekeuze
Functionaliteit: Voor wie het Stappenplan Gemeenten geldt
  Het Stappenplan Gemeenten is bedoeld voor een medewerker van de gemeente die
  openbare-ordetaken verricht voor de burgemeester. Wie bij of namens de
  gemeente werkt als zorg- en hulpverlener, jeugdhulpverlener of overige
  hulpverlener (zoals een maatschappelijk werker) volgt het Stappenplan Zorg- en
  hulpverleners. Wie als boa bij de gemeente werkt, volgt het Stappenplan
  Politie en boa's.

  # Het Stappenplan Zorg- en hulpverleners is nog niet uitgewerkt; daarom blijft de uitkomst open.
  Voorbeeld: Een maatschappelijk werker van de gemeente wil gegevens aan de politie verstrekken
    bron: 003_026876f3936cad21.txt r. 3956

    Gegeven de verstrekker is een "gemeente" in de rol "overige hulpverlener"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "Stappenplan Zorg- en hulpverleners" bij de open vragen
    En is geen stappenplan toegepast

  # Het Stappenplan Politie (en boa's) is nog niet uitgewerkt; daarom blijft de uitkomst open.
  Voorbeeld: Een boa van de gemeente wil gegevens aan de politie verstrekken
    bron: 003_026876f3936cad21.txt r. 3956

    Gegeven de verstrekker is een "gemeente" in de rol "boa"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "Stappenplan Politie" bij de open vragen
    En is geen stappenplan toegepast
