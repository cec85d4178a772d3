# language: nl
@politie @wpg
Functionaliteit: Stap 8 – zijn de politiegegevens niet te lang bewaard, en juist en actueel?
  "Nu u heeft vastgesteld dat er geen juridische belemmeringen zijn om over te
  gaan tot terbeschikkingstelling of het verstrekken van politiegegevens, dient u
  na te gaan of er geen praktische belemmeringen zijn. Politiegegevens mogen niet
  gedeeld worden wanneer zij te lang zijn bewaard of niet juist, actueel en/of
  toereikend zijn." Is de bewaartermijn verstreken, "dan mogen politiegegevens
  niet meer worden verwerkt en dus ook niet meer worden verstrekt". Zijn de
  gegevens juist en actueel, dan "mag u de politiegegevens verstrekken"; informeer
  de ontvangende partij goed: "Geef bijvoorbeeld aan dat de gegevens niet
  gebaseerd zijn op eigen waarnemingen en benoem expliciet de datum van de
  verwerking." De handreiking vraagt niet apart naar "toereikend"; dat komt aan de
  orde bij de noodzakelijkheid (stap 5). Voor gegevens met "enkele voorbehouden"
  geeft zij geen regel: dat weegt de professional mee in zijn oordeel over "juist
  en actueel".

  Achtergrond:
    Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
    En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
    En het feit "verwerkt voor de politietaak" doet zich voor
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"

  Regel: Is de bewaartermijn verstreken, dan worden de politiegegevens niet verstrekt (P1-E26)

    Voorbeeld: De bewaartermijn van de politiegegevens is verstreken bij een incidentele verstrekking (P1-E26)
      bron: 003_026876f3936cad21.txt r. 2188, 003_026876f3936cad21.txt r. 2186

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het zwaarwegend algemeen belang" is voldaan
      En het feit "goedkeuring van het bevoegd gezag" doet zich voor
      En het feit "bewaartermijn verstreken" doet zich voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 14 lid 2 Wpg"
      En berust dat niet op "art. 19 Wpg"
      En is stap "Stap 8A" beantwoord met "nee"
      En is stap "Stap 8B" niet doorlopen

    # te beoordelen: verstrekking aan de burgemeester "kan niet worden geweigerd" (r. 1234), maar bij de
    # bewaartermijn zegt de handreiking zonder uitzondering dat de gegevens "niet meer worden verwerkt en dus
    # ook niet meer worden verstrekt" (r. 2188). Privacyrecht leest dat als "mag niet", ook op deze
    # verplichtende route. De wet sluit aan: op verwijderde en bewaarde politiegegevens zijn de artikelen 16
    # tot en met 20 "niet van toepassing" (art. 14 lid 2 Wpg).
    @te_beoordelen
    Voorbeeld: Ook aan de burgemeester worden te lang bewaarde politiegegevens niet verstrekt (P1-E26)
      bron: 003_026876f3936cad21.txt r. 2188, 003_026876f3936cad21.txt r. 1234

      Gegeven de ontvanger is de "gemeente" in de rol "burgemeester"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "burgemeester heeft de gegevens nodig voor zijn taak" is voldaan
      En de professional oordeelt dat aan "direct relevant en noodzakelijk voor de burgemeester" is voldaan
      En het feit "bewaartermijn verstreken" doet zich voor
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 14 lid 2 Wpg"
      En berust dat niet op "art. 16 lid 1 onder b Wpg"
      En is stap "Stap 8A (gezagsdrager)" beantwoord met "nee"
      En staat bij de keuzes ter juridische beoordeling: "ook op de routes die verplichten"

    Voorbeeld: Of de bewaartermijn is verstreken, staat nog niet vast (P1-E26)
      bron: 003_026876f3936cad21.txt r. 2186, 003_026876f3936cad21.txt r. 2188

      Gegeven de ontvanger is een "woningcorporatie"
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "noodzakelijk voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het zwaarwegend algemeen belang" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het zwaarwegend algemeen belang" is voldaan
      En het feit "goedkeuring van het bevoegd gezag" doet zich voor
      En het is onbekend of het feit "bewaartermijn verstreken" zich voordoet
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "bewaartermijn verstreken" bij de open vragen
      En is stap "Stap 8A" beantwoord met "onbekend"

  Regel: Alleen juiste en actuele politiegegevens worden verstrekt, met uitleg over hun bron en datum (P1-E27)

    # De soort gegevens (een naam van een verdachte voor een alternatieve afdoening) komt uit het voorbeeld van
    # bureau HALT (r. 1352); het scenario voegt daar de waarnemingen van getuigen aan toe.
    Voorbeeld: Gegevens die op waarnemingen van getuigen berusten, gaan mee met uitleg over hun bron en datum (P1-E27)
      bron: 003_026876f3936cad21.txt r. 2192, 003_026876f3936cad21.txt r. 2198, 003_026876f3936cad21.txt r. 2206, 003_026876f3936cad21.txt r. 2208

      Gegeven de ontvanger is een "Halt-bureau"
      En het doel is "alternatieve afdoening van strafbare feiten door minderjarigen"
      En de professional oordeelt dat aan "noodzakelijk voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel in het Besluit politiegegevens" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 18 Wpg"
      En berust dat op "art. 4:2 lid 1 onder f Bpg"
      En is stap "Stap 8B" beantwoord met "ja"
      En geldt de voorwaarde dat "geef bijvoorbeeld aan dat ze niet op eigen waarnemingen berusten"
      En geldt de voorwaarde dat "noem uitdrukkelijk de datum van de verwerking"
      En geldt de voorwaarde dat "Wijs de ontvangende partij op de geheimhoudingsplicht"
      En geldt de voorwaarde dat "Leg de verstrekking vast"

    Voorbeeld: De professional twijfelt of de waarnemingen van getuigen nog kloppen en vindt de gegevens niet juist en actueel (P1-E27)
      bron: 003_026876f3936cad21.txt r. 2198, 003_026876f3936cad21.txt r. 2214, 003_026876f3936cad21.txt r. 2216

      Gegeven de ontvanger is een "Halt-bureau"
      En het doel is "alternatieve afdoening van strafbare feiten door minderjarigen"
      En de professional oordeelt dat aan "noodzakelijk voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel in het Besluit politiegegevens" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 4 lid 1 Wpg"
      En berust dat niet op "art. 18 Wpg"
      En is stap "Stap 8B" beantwoord met "nee"
      En is als vervolg genoemd: "ga na of er gegevens zijn die wel juist en actueel zijn"

    # te beoordelen: zoals bij de bewaartermijn leest privacyrecht "U mag de politiegegevens niet verstrekken"
    # (r. 2216) ook op de route die tot verstrekking verplicht (r. 1234). Art. 4 lid 1 Wpg laat de kwaliteit
    # controleren "voor zover praktisch uitvoerbaar"; of onjuiste gegevens de plicht van art. 16 Wpg opheffen,
    # zegt de wet niet met zoveel woorden.
    @te_beoordelen
    Voorbeeld: Ook aan de burgemeester worden politiegegevens die niet juist en actueel zijn niet verstrekt (P1-E27)
      bron: 003_026876f3936cad21.txt r. 2216, 003_026876f3936cad21.txt r. 1234, 003_026876f3936cad21.txt r. 1618

      Gegeven de ontvanger is de "gemeente" in de rol "burgemeester"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "burgemeester heeft de gegevens nodig voor zijn taak" is voldaan
      En de professional oordeelt dat aan "direct relevant en noodzakelijk voor de burgemeester" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 4 lid 1 Wpg"
      En is stap "Stap 8B (gezagsdrager)" beantwoord met "nee"

  Regel: Zonder oordeel over "juist en actueel" blijft de verstrekking open, op elke route

    @ontbrekend_oordeel
    Voorbeeld: Of de gegevens voor bureau HALT juist en actueel zijn, heeft de professional nog niet beoordeeld
      bron: 003_026876f3936cad21.txt r. 2190, 003_026876f3936cad21.txt r. 2192

      Gegeven de ontvanger is een "Halt-bureau"
      En het doel is "alternatieve afdoening van strafbare feiten door minderjarigen"
      En de professional oordeelt dat aan "noodzakelijk voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "proportioneel voor het doel in het Besluit politiegegevens" is voldaan
      En de professional oordeelt dat aan "subsidiair voor het doel in het Besluit politiegegevens" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En er is geen oordeel over "juist en actueel"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "juist en actueel" bij de open vragen
      En is stap "Stap 8B" beantwoord met "onbekend"

    @ontbrekend_oordeel
    Voorbeeld: Of de gegevens voor de burgemeester juist en actueel zijn, heeft de professional nog niet beoordeeld
      bron: 003_026876f3936cad21.txt r. 2190, 003_026876f3936cad21.txt r. 1618

      Gegeven de ontvanger is de "gemeente" in de rol "burgemeester"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "burgemeester heeft de gegevens nodig voor zijn taak" is voldaan
      En de professional oordeelt dat aan "direct relevant en noodzakelijk voor de burgemeester" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En er is geen oordeel over "juist en actueel"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "juist en actueel" bij de open vragen
      En is stap "Stap 8B (gezagsdrager)" beantwoord met "onbekend"

    # te beoordelen: de handreiking sluit het ter beschikking stellen af na stap 4A ("U kunt het stappenplan
    # afsluiten", r. 1204), maar stap 8 spreekt ook van "terbeschikkingstelling" (r. 2184). Privacyrecht
    # past stap 8 ook toe bij het ter beschikking stellen.
    @ontbrekend_oordeel @te_beoordelen
    Voorbeeld: Of de gegevens die de politie aan de Koninklijke Marechaussee ter beschikking stelt juist en actueel zijn, is nog niet beoordeeld
      bron: 003_026876f3936cad21.txt r. 2184, 003_026876f3936cad21.txt r. 1204, 003_026876f3936cad21.txt r. 2190

      Gegeven de ontvanger is de "Koninklijke Marechaussee"
      En het doel is "opsporing en vervolging van strafbare feiten"
      En de professional oordeelt dat aan "need-to-know" is voldaan
      En het feit "embargo-onderzoek" doet zich niet voor
      En het feit "grond om niet of beperkt ter beschikking te stellen" doet zich niet voor
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En er is geen oordeel over "juist en actueel"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "juist en actueel" bij de open vragen
      En is stap "Stap 8B (ter beschikking stellen)" beantwoord met "onbekend"
