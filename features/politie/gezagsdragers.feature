# language: nl
@politie @wpg
Functionaliteit: Verstrekking aan de gezagsdragers: de burgemeester en het Openbaar Ministerie
  Stap 4B van het Stappenplan Politie. "Indien u politiegegevens wilt delen met een
  burgemeester, wordt dit gekwalificeerd als een verstrekking aan een gezagsdrager. De Wpg
  verplicht tot verstrekkingen aan burgemeesters voor zover zij deze behoeven voor hun taak.
  Deze kunnen niet worden geweigerd of aan beperkende voorwaarden worden onderworpen."
  Voor het Openbaar Ministerie geldt hetzelfde. Eerst beoordeelt de professional of de
  gezagsdrager de gegevens nodig heeft voor zijn taak, dan (stap 5) of ze direct relevant en
  noodzakelijk zijn; stap 6 en 7 vallen weg, stap 8 (bewaartermijn, juist en actueel) niet.
  Is het antwoord nee, dan volgt de "verstrekking aan derden structureel". De grondslag is
  art. 16 lid 1 onder b Wpg (burgemeester) en onder a (Openbaar Ministerie).

  Achtergrond:
    Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
    En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
    En het feit "verwerkt voor de politietaak" doet zich voor
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"

  Regel: De politie moet de burgemeester de gegevens verstrekken die hij voor de handhaving van de openbare orde nodig heeft

    Voorbeeld: De burgemeester overweegt een gebiedsverbod (P1-E22)
      bron: 003_026876f3936cad21.txt r. 1606, 003_026876f3936cad21.txt r. 1234, 003_026876f3936cad21.txt r. 1612, 003_026876f3936cad21.txt r. 1618, 003_026876f3936cad21.txt r. 3993

      Gegeven de ontvanger is de "gemeente" in de rol "burgemeester"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "burgemeester heeft de gegevens nodig voor zijn taak" is voldaan
      En de professional oordeelt dat aan "direct relevant en noodzakelijk voor de burgemeester" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 16 lid 1 onder b Wpg"
      En wijkt de geheimhoudingsplicht op grond van "art. 16 lid 1 onder b Wpg"
      En is stap "Gezagsdrager: burgemeester" beantwoord met "ja"
      En is stap "Stap 5: burgemeester" beantwoord met "ja"
      En is stap "Stap 8A (gezagsdrager)" beantwoord met "ja"
      En is stap "Stap 8B (gezagsdrager)" beantwoord met "ja"
      En is stap "Stap 6: structureel" niet doorlopen
      En is stap "Stap 7: structureel" niet doorlopen
      En geldt de voorwaarde dat "die verstrekking kan niet worden geweigerd of aan beperkende voorwaarden worden onderworpen"
      En geldt de voorwaarde dat "Wijs de ontvangende partij op de geheimhoudingsplicht"
      En geldt de voorwaarde dat "Leg de verstrekking vast"
      En is het "Stappenplan Politie en boa's" toegepast

    Voorbeeld: A verstoort de openbare orde: de politie verstrekt de gegevens over A (P1-V23)
      bron: 003_026876f3936cad21.txt r. 1610, 003_026876f3936cad21.txt r. 1612, 003_026876f3936cad21.txt r. 1626

      Gegeven de ontvanger is de "gemeente" in de rol "burgemeester"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "burgemeester heeft de gegevens nodig voor zijn taak" is voldaan
      En de professional oordeelt dat aan "direct relevant en noodzakelijk voor de burgemeester" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 16 lid 1 onder b Wpg"
      En geldt de voorwaarde dat "alleen gegevens over de personen die bij de zaak betrokken zijn"
      En geldt de voorwaarde dat "alleen wat de ontvanger nodig heeft om zijn taak uit te voeren"

    # te beoordelen: het voorbeeld zegt zonder meer "verstrekt u alleen informatie over persoon A"
    # (r. 1610). Het stappenplan zegt bij een nee op stap 5: "Ga naar verstrekking structureel"
    # (r. 1624). Privacyrecht volgt het stappenplan: de gegevens over B en C zijn op deze route
    # niet verplicht, maar een andere grondslag wordt nog nagegaan (ook al staat de burgemeester
    # niet in de tabel van r. 1317-1325).
    @te_beoordelen
    Voorbeeld: De vrienden B en C zijn aanwezig maar niet bij de verstoring betrokken (P1-V23)
      bron: 003_026876f3936cad21.txt r. 1610, 003_026876f3936cad21.txt r. 1612, 003_026876f3936cad21.txt r. 1624

      Gegeven de ontvanger is de "gemeente" in de rol "burgemeester"
      En de politiegegevens zijn verwerkt op grond van "art. 13 lid 1 Wpg"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "burgemeester heeft de gegevens nodig voor zijn taak" is voldaan
      En de professional oordeelt dat aan "direct relevant en noodzakelijk voor de burgemeester" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "ontvanger genoemd in het Besluit politiegegevens" bij de open vragen
      En berust dat niet op "art. 16 lid 1 onder b Wpg"
      En is stap "Stap 5: burgemeester" beantwoord met "nee"
      En is stap "Structureel: ontvanger" beantwoord met "onbekend"
      En is stap "Stap 8A (gezagsdrager)" niet doorlopen

    Voorbeeld: Ook langs de andere routes is er geen grond om de gegevens over B en C te verstrekken (P1-V23)
      bron: 003_026876f3936cad21.txt r. 1610, 003_026876f3936cad21.txt r. 1624, 003_026876f3936cad21.txt r. 1344, 003_026876f3936cad21.txt r. 1400, 003_026876f3936cad21.txt r. 1569

      Gegeven de ontvanger is de "gemeente" in de rol "burgemeester"
      En de politiegegevens zijn verwerkt op grond van "art. 13 lid 1 Wpg"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "burgemeester heeft de gegevens nodig voor zijn taak" is voldaan
      En de professional oordeelt dat aan "direct relevant en noodzakelijk voor de burgemeester" niet is voldaan
      En het feit "ontvanger genoemd in het Besluit politiegegevens" doet zich niet voor
      En het feit "convenant met de ontvanger" doet zich niet voor
      En de professional oordeelt dat aan "zwaarwegend algemeen belang" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 19 Wpg"
      En berust dat niet op "art. 16 lid 1 onder b Wpg"
      En is stap "Structureel: ontvanger" beantwoord met "nee"
      En is stap "Convenant" beantwoord met "nee"
      En is stap "Incidenteel: zwaarwegend algemeen belang" beantwoord met "nee"

    Voorbeeld: Overlast bestrijden hoort bij de taak van de burgemeester; dan volgt stap 5 (P1-E17)
      bron: 003_026876f3936cad21.txt r. 1236, 003_026876f3936cad21.txt r. 1240, 003_026876f3936cad21.txt r. 1241, 003_026876f3936cad21.txt r. 1247

      Gegeven de ontvanger is de "gemeente" in de rol "burgemeester"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "burgemeester heeft de gegevens nodig voor zijn taak" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "direct relevant en noodzakelijk voor de burgemeester" bij de open vragen
      En staat "burgemeester heeft de gegevens nodig voor zijn taak" niet bij de open vragen
      En is stap "Gezagsdrager: burgemeester" beantwoord met "ja"
      En is stap "Stap 5: burgemeester" beantwoord met "onbekend"

    Scenario: Heeft de burgemeester de gegevens niet nodig, dan volgt de structurele verstrekking
      bron: 003_026876f3936cad21.txt r. 1236, 003_026876f3936cad21.txt r. 1249, 003_026876f3936cad21.txt r. 1253

      Gegeven de ontvanger is de "gemeente" in de rol "burgemeester"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "burgemeester heeft de gegevens nodig voor zijn taak" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "ontvanger genoemd in het Besluit politiegegevens" bij de open vragen
      En berust dat niet op "art. 16 lid 1 onder b Wpg"
      En is stap "Gezagsdrager: burgemeester" beantwoord met "nee"
      En is stap "Stap 5: burgemeester" niet doorlopen
      En is stap "Structureel: ontvanger" beantwoord met "onbekend"

  Regel: De politie moet het Openbaar Ministerie de gegevens verstrekken die het voor zijn taak nodig heeft

    Voorbeeld: De officier van justitie moet beslissen of een persoon wordt vervolgd (P1-V24)
      bron: 003_026876f3936cad21.txt r. 1638, 003_026876f3936cad21.txt r. 1295, 003_026876f3936cad21.txt r. 1297, 003_026876f3936cad21.txt r. 1644, 003_026876f3936cad21.txt r. 1652

      Gegeven de ontvanger is het "openbaar ministerie" in de rol "officier van justitie"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "opsporing en vervolging van strafbare feiten"
      En de professional oordeelt dat aan "OM heeft de gegevens nodig voor zijn taak" is voldaan
      En de professional oordeelt dat aan "direct relevant en noodzakelijk voor het OM" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 16 lid 1 onder a Wpg"
      En wijkt de geheimhoudingsplicht op grond van "art. 16 lid 1 onder a Wpg"
      En is stap "Gezagsdrager: OM" beantwoord met "ja"
      En is stap "Stap 5: OM" beantwoord met "ja"
      En is stap "Stap 8B (gezagsdrager)" beantwoord met "ja"
      En geldt de voorwaarde dat "alleen wat de ontvanger nodig heeft om zijn taak uit te voeren"
      En geldt de voorwaarde dat "die verstrekking kan niet worden geweigerd of aan beperkende voorwaarden worden onderworpen"

    Voorbeeld: Zonder de politiegegevens kan het Openbaar Ministerie niet tot vervolging overgaan (P1-E23)
      bron: 003_026876f3936cad21.txt r. 1634, 003_026876f3936cad21.txt r. 1644, 003_026876f3936cad21.txt r. 5429

      Gegeven de ontvanger is het "openbaar ministerie" in de rol "officier van justitie"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "opsporing en vervolging van strafbare feiten"
      En de professional oordeelt dat aan "OM heeft de gegevens nodig voor zijn taak" is voldaan
      En de professional oordeelt dat aan "direct relevant en noodzakelijk voor het OM" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 16 lid 1 onder a Wpg"
      En berust dat niet op "art. 16 lid 1 onder b Wpg"
      En is stap "Stap 5: OM" beantwoord met "ja"
      En is stap "Stap 6: structureel" niet doorlopen

    Scenario: Zijn de gegevens niet direct relevant en noodzakelijk voor het Openbaar Ministerie, dan volgt de structurele verstrekking
      bron: 003_026876f3936cad21.txt r. 1632, 003_026876f3936cad21.txt r. 1646, 003_026876f3936cad21.txt r. 1650

      Gegeven de ontvanger is het "openbaar ministerie" in de rol "officier van justitie"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "opsporing en vervolging van strafbare feiten"
      En de professional oordeelt dat aan "OM heeft de gegevens nodig voor zijn taak" is voldaan
      En de professional oordeelt dat aan "direct relevant en noodzakelijk voor het OM" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "ontvanger genoemd in het Besluit politiegegevens" bij de open vragen
      En berust dat niet op "art. 16 lid 1 onder a Wpg"
      En is stap "Stap 5: OM" beantwoord met "nee"
      En is stap "Structureel: ontvanger" beantwoord met "onbekend"

    # te beoordelen: op de pagina over het Openbaar Ministerie (r. 1293-1299) staat bij de vraag of
    # het OM de gegevens nodig heeft geen JA- en NEE-tak. Privacyrecht leidt de nee-tak af van de
    # pagina over de burgemeester (r. 1253) en van stap 5 voor het OM (r. 1650): verder naar de
    # structurele verstrekking.
    @te_beoordelen
    Scenario: Heeft het Openbaar Ministerie de gegevens niet nodig voor zijn taak, dan volgt de structurele verstrekking
      bron: 003_026876f3936cad21.txt r. 1297, 003_026876f3936cad21.txt r. 1299, 003_026876f3936cad21.txt r. 1253, 003_026876f3936cad21.txt r. 1650

      Gegeven de ontvanger is het "openbaar ministerie" in de rol "officier van justitie"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "opsporing en vervolging van strafbare feiten"
      En de professional oordeelt dat aan "OM heeft de gegevens nodig voor zijn taak" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "ontvanger genoemd in het Besluit politiegegevens" bij de open vragen
      En berust dat niet op "art. 16 lid 1 onder a Wpg"
      En is stap "Gezagsdrager: OM" beantwoord met "nee"
      En is stap "Stap 5: OM" niet doorlopen

  Regel: Ook bij een gezagsdrager gaat de politie na of de gegevens niet te lang zijn bewaard en juist en actueel zijn

    # te beoordelen: de handreiking zegt dat de verstrekking aan de burgemeester "niet [kan] worden
    # geweigerd" (r. 1234), maar stap 5 verwijst naar stap 8 (r. 1618), en daar staat: "Is de
    # bewaartermijn verstreken? Dan mogen politiegegevens niet meer worden verwerkt en dus ook niet
    # meer worden verstrekt" (r. 2188). Privacyrecht kiest voor "mag niet". De wet steunt dat:
    # art. 14 lid 2 Wpg verklaart art. 16 tot en met 20 niet van toepassing op verwijderde en
    # bewaarde politiegegevens.
    @te_beoordelen
    Voorbeeld: De bewaartermijn van de gegevens voor de burgemeester is verstreken (P1-E26)
      bron: 003_026876f3936cad21.txt r. 2188, 003_026876f3936cad21.txt r. 2186, 003_026876f3936cad21.txt r. 1234, 003_026876f3936cad21.txt r. 1618

      Gegeven de ontvanger is de "gemeente" in de rol "burgemeester"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
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

    # te beoordelen: ook hier staat "kunnen niet worden geweigerd" (r. 1295) tegenover stap 8: "U mag
    # de politiegegevens niet verstrekken" als ze niet juist en actueel zijn (r. 2216). Privacyrecht
    # volgt stap 8; art. 4 lid 1 Wpg laat de bevoegde autoriteit de kwaliteit controleren voordat
    # zij verstrekt.
    @te_beoordelen
    Scenario: De gegevens voor het Openbaar Ministerie zijn niet juist en actueel
      bron: 003_026876f3936cad21.txt r. 2190, 003_026876f3936cad21.txt r. 2214, 003_026876f3936cad21.txt r. 2216, 003_026876f3936cad21.txt r. 1644

      Gegeven de ontvanger is het "openbaar ministerie" in de rol "officier van justitie"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "opsporing en vervolging van strafbare feiten"
      En de professional oordeelt dat aan "OM heeft de gegevens nodig voor zijn taak" is voldaan
      En de professional oordeelt dat aan "direct relevant en noodzakelijk voor het OM" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 4 lid 1 Wpg"
      En is stap "Stap 8B (gezagsdrager)" beantwoord met "nee"
      En is als vervolg genoemd: "ga na of er gegevens zijn die wel juist en actueel zijn"

    Scenario: Het staat nog niet vast of de bewaartermijn van de gegevens voor de burgemeester is verstreken
      bron: 003_026876f3936cad21.txt r. 2186, 003_026876f3936cad21.txt r. 2188

      Gegeven de ontvanger is de "gemeente" in de rol "burgemeester"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "handhaving van de openbare orde"
      En de professional oordeelt dat aan "burgemeester heeft de gegevens nodig voor zijn taak" is voldaan
      En de professional oordeelt dat aan "direct relevant en noodzakelijk voor de burgemeester" is voldaan
      En het is onbekend of het feit "bewaartermijn verstreken" zich voordoet
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "bewaartermijn verstreken" bij de open vragen
      En is stap "Stap 8A (gezagsdrager)" beantwoord met "onbekend"

  Regel: Zolang een oordeel over de gezagsdrager ontbreekt, is de uitkomst onbeslist

    @ontbrekend_oordeel
    Abstract Scenario: Zonder oordeel over een toets van de gezagsdrager blijft de uitkomst open
      bron: 003_026876f3936cad21.txt r. 1236, 003_026876f3936cad21.txt r. 1297, 003_026876f3936cad21.txt r. 1612, 003_026876f3936cad21.txt r. 1632

      Gegeven de ontvanger is <lidwoord> "<organisatie>" in de rol "<rol>"
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En het doel is "<doel>"
      En er is geen oordeel over "<ontbrekend>"
      En de professional oordeelt dat aan "<ander oordeel>" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "<ontbrekend>" bij de open vragen
      En is stap "<stap>" beantwoord met "onbekend"

      Voorbeelden:
        | lidwoord | organisatie         | rol                   | doel                                         | ontbrekend                                           | ander oordeel                                        | stap                       |
        | de       | gemeente            | burgemeester          | handhaving van de openbare orde              | burgemeester heeft de gegevens nodig voor zijn taak  | direct relevant en noodzakelijk voor de burgemeester | Gezagsdrager: burgemeester |
        | de       | gemeente            | burgemeester          | handhaving van de openbare orde              | direct relevant en noodzakelijk voor de burgemeester | burgemeester heeft de gegevens nodig voor zijn taak  | Stap 5: burgemeester       |
        | het      | openbaar ministerie | officier van justitie | opsporing en vervolging van strafbare feiten | OM heeft de gegevens nodig voor zijn taak            | direct relevant en noodzakelijk voor het OM          | Gezagsdrager: OM           |
        | het      | openbaar ministerie | officier van justitie | opsporing en vervolging van strafbare feiten | direct relevant en noodzakelijk voor het OM          | OM heeft de gegevens nodig voor zijn taak            | Stap 5: OM                 |
