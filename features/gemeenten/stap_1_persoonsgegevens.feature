# language: nl
@gemeenten @avg
Functionaliteit: Stap 1 – gaat het om persoonsgegevens?
  Een persoonsgegeven is alle informatie over een geïdentificeerde of
  identificeerbare natuurlijke persoon (art. 4 onder 1 AVG), zoals naam, adres,
  telefoonnummer, BSN, IP-adres, uiterlijke kenmerken en sociale en economische
  kenmerken. Zijn het geen persoonsgegevens, dan staat de (U)AVG niet aan
  verstrekking in de weg.

  # te beoordelen: de handreiking zegt alleen dat de (U)AVG niet aan de verstrekking in de weg staat. De uitkomst "mag" rust hier op het ontbreken van persoonsgegevens, niet op een grondslag; andere regels kunnen de verstrekking nog beletten.
  @te_beoordelen
  Voorbeeld: De informatie is niet tot een persoon te herleiden
    bron: 003_026876f3936cad21.txt r. 4039, 003_026876f3936cad21.txt r. 4051

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het doel is "handhaving van de openbare orde"
    En het feit "identificeerbare persoon" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 4 onder 1 AVG"
    En geldt de voorwaarde dat "andere regels, zoals een geheimhoudingsplicht, kunnen dat wel doen"
    En staat bij de keuzes ter juridische beoordeling: "niet op een grondslag voor verwerking maar op het ontbreken van persoonsgegevens"
    En is stap "Stap 1" beantwoord met "nee"
    En is stap "Stap 2A" niet doorlopen
