# language: nl
@gemeenten @avg
Functionaliteit: De burgemeester ontvangt gegevens van de politie en het OM
  Heeft de burgemeester voor de handhaving van de openbare orde politiegegevens
  nodig, dan kan de politie die verstrekken op grond van art. 16 Wpg; op die
  gegevens blijft de geheimhoudingsplicht van art. 7 Wpg rusten. Het OM kan de
  burgemeester op grond van art. 8a jo. art. 39f Wjsg strafvorderlijke gegevens
  verstrekken voor het handhaven van de openbare orde en veiligheid, met het oog
  op een zwaarwegend algemeen belang. Of die verstrekking mag, beoordeelt de
  politie of het OM zelf, niet de gemeente: dat valt buiten het Stappenplan
  Gemeenten.

  # De handreiking noemt art. 16 Wpg als grondslag voor deze verstrekking (r. 3993); het
  # Stappenplan Politie beslist haar (zie features/politie/gezagsdragers.feature).
  Voorbeeld: De politie verstrekt politiegegevens aan de burgemeester voor de openbare orde
    bron: 003_026876f3936cad21.txt r. 3993, 003_026876f3936cad21.txt r. 1234

    Gegeven de verstrekker is een "politie" in de rol "politieambtenaar"
    En de ontvanger is een "gemeente" in de rol "burgemeester"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
    En het feit "verwerkt voor de politietaak" doet zich voor
    En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
    En de professional oordeelt dat aan "burgemeester heeft de gegevens nodig voor zijn taak" is voldaan
    En de professional oordeelt dat aan "direct relevant en noodzakelijk voor de burgemeester" is voldaan
    En het feit "bewaartermijn verstreken" doet zich niet voor
    En de professional oordeelt dat aan "juist en actueel" is voldaan
    Als de verstrekking wordt beoordeeld
    Dan moet de verstrekking plaatsvinden
    En berust dat op "art. 16 lid 1 onder b Wpg"
    En is het "Stappenplan Politie en boa's" toegepast
    En is het regime "Wet politiegegevens" van toepassing

  # Het Stappenplan Justitie is nog niet uitgewerkt; daarom blijft de uitkomst open.
  # De handreiking noemt art. 8a jo. art. 39f Wjsg als grondslag voor deze verstrekking (r. 3995).
  Voorbeeld: Het OM verstrekt strafvorderlijke gegevens aan de burgemeester voor de openbare orde
    bron: 003_026876f3936cad21.txt r. 3995

    Gegeven de verstrekker is een "openbaar ministerie" in de rol "officier van justitie"
    En de ontvanger is een "gemeente" in de rol "burgemeester"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "handhaving van de openbare orde"
    Als de verstrekking wordt beoordeeld
    Dan is de uitkomst onbeslist
    En staat "Stappenplan Justitie" bij de open vragen
    En is geen stappenplan toegepast
    En is het regime "Wet justitiële en strafvorderlijke gegevens" van toepassing
