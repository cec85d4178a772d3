# language: nl
@politie @wpg
Functionaliteit: Stap 1 en 2 – bevoegd om te verstrekken, en gaat het om politiegegevens?
  Het Stappenplan Politie is voor wie werkt bij een bevoegde autoriteit: "de
  politie, de Rijksrecherche, de Koninklijke Marechaussee, Boa's, de bijzondere
  opsporingsdiensten". "Werkt u bij een organisatie die veel samenwerkt met een
  bevoegde autoriteit en ontvangt u politiegegevens, maar werkt u zelf niet voor
  een bevoegde autoriteit, dan is de Wpg niet van toepassing." Politiegegevens
  "mogen alleen worden verstrekt door de verwerkingsverantwoordelijken of door
  diegene die daartoe zijn aangewezen en geautoriseerd". Rust op u ook het
  medisch beroepsgeheim: "Wij raden u aan om eerst het stappenplan medisch
  beroepsgeheim te doorlopen." Een politiegegeven is een tot een persoon te
  herleiden gegeven dat "wordt verwerkt in het kader van de uitvoering van de
  politietaak (bescherming van de openbare orde, (strafrechtelijke) handhaving en
  de hulpverleningstaken) en in een bestand is opgenomen"; "bij andere taken van
  politie zoals interne bedrijfsvoering of burgemeestertaken is de AVG van
  toepassing".

  Regel: Wie bij een bevoegde autoriteit werkt, volgt het Stappenplan Politie (stap 1A)

    Abstract Scenario: Een medewerker van de <organisatie> wil politiegegevens delen met de politie
      bron: 003_026876f3936cad21.txt r. 861, 003_026876f3936cad21.txt r. 862, 003_026876f3936cad21.txt r. 863, 003_026876f3936cad21.txt r. 864, 003_026876f3936cad21.txt r. 866, 003_026876f3936cad21.txt r. 880, 003_026876f3936cad21.txt r. 5294

      Gegeven de verstrekker is de "<organisatie>"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "need-to-know" bij de open vragen
      En is stap "Stap 1A" beantwoord met "ja"
      En is het "Stappenplan Politie en boa's" toegepast
      En is het regime "Wet politiegegevens" van toepassing

      Voorbeelden:
        | organisatie                 |
        | politie                     |
        | Rijksrecherche              |
        | Koninklijke Marechaussee    |
        | bijzondere opsporingsdienst |

    Voorbeeld: Een boa in dienst van de gemeente werkt bij een bevoegde autoriteit
      bron: 003_026876f3936cad21.txt r. 865, 003_026876f3936cad21.txt r. 880, 003_026876f3936cad21.txt r. 5367

      Gegeven de verstrekker is de "gemeente" in de rol "boa"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "need-to-know" bij de open vragen
      En is stap "Stap 1A" beantwoord met "ja"
      En is het "Stappenplan Politie en boa's" toegepast
      En is het regime "Wet politiegegevens" van toepassing

  Regel: Alleen wie daartoe is aangewezen en geautoriseerd, mag politiegegevens verstrekken (stap 1B)

    Voorbeeld: Een politieambtenaar die niet is aangewezen en geautoriseerd, mag de politiegegevens niet delen
      bron: 003_026876f3936cad21.txt r. 930, 003_026876f3936cad21.txt r. 932, 003_026876f3936cad21.txt r. 944

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich niet voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 1 onder f Wpg"
      En is stap "Stap 1B" beantwoord met "nee"
      En is stap "Stap 2A" niet doorlopen
      En is als vervolg genoemd: "leg de vraag aan hen voor"

    Voorbeeld: Staat nog niet vast of de medewerker bevoegd is, dan blijft de uitkomst open
      bron: 003_026876f3936cad21.txt r. 930, 003_026876f3936cad21.txt r. 932

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
      En het is onbekend of het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" zich voordoet
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "aangewezen en geautoriseerd om politiegegevens te verstrekken" bij de open vragen
      En is stap "Stap 1B" beantwoord met "onbekend"

  Regel: Rust op de medewerker ook het medisch beroepsgeheim, dan doorloopt hij eerst het stappenplan voor zorg- en hulpverleners (P1-E10)

    # te beoordelen: de handreiking "raadt aan" eerst het "stappenplan medisch beroepsgeheim" te
    # doorlopen (r. 952); een stappenplan met die naam bestaat niet. privacyrecht past het Stappenplan
    # Zorg- en hulpverleners toe en daarna het Stappenplan Politie, en behandelt het advies als een
    # vaste volgorde. De wettelijke plicht tot verstrekking is gekozen om een uitkomst te kunnen tonen;
    # de handreiking noemt bij dit voorbeeld geen ontvanger, doel of doorbrekingsgrond.
    @te_beoordelen
    Voorbeeld: Een arts die bij de politie werkt en wettelijk verplicht is te verstrekken, doorloopt beide stappenplannen (P1-E10)
      bron: 003_026876f3936cad21.txt r. 948, 003_026876f3936cad21.txt r. 950, 003_026876f3936cad21.txt r. 952

      Gegeven de verstrekker is de "politie" in de rol "medisch zorgverlener"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "opsporing en vervolging van strafbare feiten"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich voor
      En de professional oordeelt dat aan "minimale gegevensverwerking" is voldaan
      En de professional oordeelt dat aan "effectiviteit" is voldaan
      En de professional oordeelt dat aan "evenredigheid" is voldaan
      En de professional oordeelt dat aan "subsidiariteit" is voldaan
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En de professional oordeelt dat aan "need-to-know" is voldaan
      En het feit "embargo-onderzoek" doet zich niet voor
      En het feit "grond om niet of beperkt ter beschikking te stellen" doet zich niet voor
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 15 Wpg"
      En berust dat op "art. 6 lid 1 onder c AVG"
      En wijkt het beroepsgeheim op grond van "wettelijke verplichting"
      En wijkt de geheimhoudingsplicht op grond van "art. 15 Wpg"
      En is het "Stappenplan Zorg- en hulpverleners, daarna Stappenplan Politie en boa's" toegepast
      En is het regime "Beroepsgeheim" van toepassing
      En is stap "Stap 2B: andere wettelijke plicht" beantwoord met "ja"
      En is stap "Stap 1A" beantwoord met "ja"
      En is stap "Stap 4A: need-to-know" beantwoord met "ja"

    # te beoordelen: de handreiking zegt niet wat er gebeurt als het beroepsgeheim niet wijkt. privacyrecht
    # leidt af dat de medewerker dan niet mag verstrekken en dat het Stappenplan Politie niet meer aan
    # bod komt: zonder doorbrekingsgrond blijft het beroepsgeheim staan, ook bij een bevoegde autoriteit.
    @te_beoordelen
    Voorbeeld: Wijkt het beroepsgeheim niet, dan komt het Stappenplan Politie niet aan bod (P1-E10)
      bron: 003_026876f3936cad21.txt r. 950, 003_026876f3936cad21.txt r. 952

      Gegeven de verstrekker is de "politie" in de rol "medisch zorgverlener"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich niet voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "opsporing en vervolging van strafbare feiten"
      En het feit "toestemming om het beroepsgeheim te doorbreken" doet zich niet voor
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En het feit "ontvanger rechtstreeks betrokken bij de hulpverlening" doet zich niet voor
      En de professional oordeelt dat aan "conflict van plichten: gewetensnood" niet is voldaan
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 88 Wet BIG"
      En wijkt het beroepsgeheim niet
      En is het "Stappenplan Zorg- en hulpverleners" toegepast
      En is stap "Stap 1A" niet doorlopen

  Regel: Een politiegegeven is een tot een persoon te herleiden gegeven dat voor de politietaak is verwerkt (stap 2A en 2B)

    Voorbeeld: Ook een IP-adres van een verdachte is een tot een persoon te herleiden gegeven (P1-V14)
      bron: 003_026876f3936cad21.txt r. 965, 003_026876f3936cad21.txt r. 969, 003_026876f3936cad21.txt r. 973

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "identificeerbare persoon" doet zich voor
      En het feit "verwerkt voor de politietaak" doet zich voor
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "politiegegevens" bij de open vragen
      En staat "Wpg niet van toepassing" niet bij de open vragen
      En is stap "Stap 2A" beantwoord met "ja"
      En is stap "Stap 2B" beantwoord met "ja"

    # te beoordelen: bij stap 2A "nee" verwijst de handreiking naar een ander stappenplan (r. 981).
    # Zonder persoonsgegevens zijn de Wpg en de AVG niet van toepassing; privacyrecht geeft, als in het
    # Stappenplan Gemeenten (r. 4051), "mag" op het ontbreken van persoonsgegevens. Een ambtsgeheim kan
    # nog in de weg staan.
    @te_beoordelen
    Voorbeeld: Een gegeven dat niet tot een persoon te herleiden is, valt buiten de Wpg
      bron: 003_026876f3936cad21.txt r. 963, 003_026876f3936cad21.txt r. 965, 003_026876f3936cad21.txt r. 981

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het feit "identificeerbare persoon" doet zich niet voor
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 4 onder 1 AVG"
      En staat bij de keuzes ter juridische beoordeling: "Zonder persoonsgegevens zijn de Wpg en de AVG niet van toepassing"
      En is stap "Stap 2A" beantwoord met "nee"
      En is stap "Stap 2B" niet doorlopen

  Regel: Bij een andere taak dan de politietaak is niet de Wpg maar de AVG van toepassing (stap 2B)

    Voorbeeld: De politie treedt op als toezichthouder die de gemeenteraad in de APV heeft aangewezen (P1-V15)
      bron: 003_026876f3936cad21.txt r. 975, 003_026876f3936cad21.txt r. 979, 003_026876f3936cad21.txt r. 981

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "gemeente"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "toezicht op de naleving van regelgeving"
      En het feit "verwerkt voor de politietaak" doet zich niet voor
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "Wpg niet van toepassing" bij de open vragen
      En is stap "Stap 2B" beantwoord met "nee"
      En is stap "Stap 4" niet doorlopen

    # te beoordelen: "onder het gezag van de burgemeester" staat de politie zowel bij de APV-taak
    # (r. 979, AVG) als bij de handhaving van de openbare orde (r. 2148, Wpg). Beslissend is dus niet het
    # gezag maar de taak: privacyrecht vraagt of de gegevens voor de politietaak zijn verwerkt.
    @te_beoordelen
    Voorbeeld: Optreden voor de openbare orde onder gezag van de burgemeester is wél de politietaak (P1-V15)
      bron: 003_026876f3936cad21.txt r. 973, 003_026876f3936cad21.txt r. 979, 003_026876f3936cad21.txt r. 2148

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "gemeente" in de rol "burgemeester"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "handhaving van de openbare orde"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En de professional oordeelt dat aan "burgemeester heeft de gegevens nodig voor zijn taak" is voldaan
      En de professional oordeelt dat aan "direct relevant en noodzakelijk voor de burgemeester" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 16 lid 1 onder b Wpg"
      En is stap "Stap 2B" beantwoord met "ja"

    Voorbeeld: Staat nog niet vast of de gegevens voor de politietaak zijn verwerkt, dan blijft de uitkomst open
      bron: 003_026876f3936cad21.txt r. 971, 003_026876f3936cad21.txt r. 973, 003_026876f3936cad21.txt r. 981

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het is onbekend of het feit "verwerkt voor de politietaak" zich voordoet
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "verwerkt voor de politietaak" bij de open vragen
      En is stap "Stap 2B" beantwoord met "onbekend"

  Regel: Wie zelf niet bij een bevoegde autoriteit werkt en politiegegevens ontvangt, valt niet onder de Wpg (P1-E09)

    Voorbeeld: Een gemeente die als RIEC-partner politiegegevens kreeg, volgt niet het Stappenplan Politie (P1-E09)
      bron: 003_026876f3936cad21.txt r. 876, 003_026876f3936cad21.txt r. 1073

      Gegeven de verstrekker is de "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En het feit "verkregen van het OM op grond van de Wjsg" doet zich niet voor
      En de ontvanger is een "woningcorporatie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "handhaving van de openbare orde"
      En het feit "wettelijke plicht tot verstrekking" doet zich niet voor
      En de professional oordeelt dat aan "noodzaak tot mededeling uit de eigen taak" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 7 lid 2 Wpg"
      En is het "Stappenplan Gemeenten" toegepast
      En is stap "Stap 1A" niet doorlopen
      En is het regime "AVG en UAVG" van toepassing
      En is als vervolg genoemd: "de geheimhoudingsplicht blijft op die gegevens rusten"

    Voorbeeld: Voor de Belastingdienst als RIEC-partner geldt het Stappenplan Politie niet (P1-E09)
      bron: 003_026876f3936cad21.txt r. 876

      Gegeven de verstrekker is een "andere organisatie"
      En het feit "verkregen op grond van Wpg of Wjsg" doet zich voor
      En de ontvanger is een "andere organisatie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "geïntegreerd handhavend optreden tegen georganiseerde criminaliteit"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "stappenplan" bij de open vragen
      En is geen stappenplan toegepast
      En is stap "Stap 1A" niet doorlopen

    # te beoordelen: r. 876 zegt dat op de verstrekking door de politie aan een RIEC-partner "de AVG van
    # toepassing" is. Volgens de wet valt die verstrekking door de politie onder de Wpg (paragraaf 3;
    # sinds 1 maart 2025 art. 20 lid 3 Wpg, met het RIEC als samenwerkingsverband van art. 2.16 Wet
    # gegevensverwerking door samenwerkingsverbanden). Alleen de verdere verwerking door de ontvanger valt
    # onder de AVG. privacyrecht leest r. 876 daarom alleen voor de kant van de ontvanger.
    @te_beoordelen
    Voorbeeld: De verstrekking door de politie aan het RIEC valt zelf wel onder de Wpg (P1-E09)
      bron: 003_026876f3936cad21.txt r. 876, 003_026876f3936cad21.txt r. 1325

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is het "RIEC"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "geïntegreerd handhavend optreden tegen georganiseerde criminaliteit"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "instemming van het bevoegd gezag met het samenwerkingsverband" bij de open vragen
      En is het "Stappenplan Politie en boa's" toegepast
      En is het regime "Wet politiegegevens" van toepassing
      En is stap "Samenwerkingsverband (Wgs)" beantwoord met "ja"
