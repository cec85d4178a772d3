# language: nl
@gemeenten @avg
Functionaliteit: Stap 4 – voldoet de verstrekking aan de beginselen van de AVG?
  Bij het verwerken en verstrekken van persoonsgegevens moet u rekening houden
  met de algemene beginselen van art. 5 AVG, zoals rechtmatigheid,
  behoorlijkheid en transparantie. Voldoet de verstrekking daaraan, dan is zij
  rechtmatig; houd wel rekening met de voorwaarden die daarna volgen. Voldoet zij
  er niet aan, dan moeten alsnog maatregelen worden getroffen; raadpleeg de
  privacy officer of de FG.

  Voorbeeld: De verstrekking voldoet aan de beginselen en is rechtmatig
    bron: 003_026876f3936cad21.txt r. 4208, 003_026876f3936cad21.txt r. 4212, 003_026876f3936cad21.txt r. 4216

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
    En geldt de voorwaarde dat "de verstrekking is rechtmatig; houd rekening met de voorwaarden bij bijzondere en strafrechtelijke persoonsgegevens"
    En is stap "Stap 4" beantwoord met "ja"

  # te beoordelen: de handreiking zegt bij "nee" dat alsnog maatregelen moeten worden getroffen (r. 4222), niet dat de verstrekking verboden is. Gelezen is: zolang die maatregelen niet zijn getroffen, mag de verstrekking niet.
  @te_beoordelen
  Voorbeeld: Er zouden meer gegevens meegaan dan nodig, omdat ze mogelijk interessant zijn
    bron: 003_026876f3936cad21.txt r. 4099, 003_026876f3936cad21.txt r. 4208, 003_026876f3936cad21.txt r. 4222

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En de professional oordeelt dat aan "minimale gegevensverwerking" niet is voldaan
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking niet plaatsvinden
    En berust dat op "art. 5 lid 1 AVG"
    En is als vervolg genoemd: "tref alsnog maatregelen om aan de beginselen van art. 5 AVG te voldoen"
    En is als vervolg genoemd: "raadpleeg de privacy officer of de FG"
    En is stap "Stap 4" beantwoord met "nee"

  @ontbrekend_oordeel
  Voorbeeld: De beginselen zijn nog niet beoordeeld
    bron: 003_026876f3936cad21.txt r. 4208, 003_026876f3936cad21.txt r. 4210

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    En de professional oordeelt dat de verstrekking noodzakelijk is
    En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "rechtmatigheid, behoorlijkheid en transparantie" bij de open vragen
    En staat "doelbinding" bij de open vragen
    En staat "minimale gegevensverwerking" bij de open vragen
