# language: nl
@politie @wpg
Functionaliteit: Stap 4A – ter beschikking stellen aan wie zelf onder de Wpg valt
  "De Wpg is van toepassing voor de politie, de Rijksrecherche, de Koninklijke
  Marechaussee, boa's en de bijzondere opsporingsdiensten. Als u
  politiegegevens met (een van) deze partijen wilt delen, heet dit ter
  beschikking stellen. Dit is bepaald in artikel 15 van de Wpg. Hierbij geldt
  het beginsel: 'delen, tenzij...'." Vraag 1: "Heeft de ontvangende partij
  volgens u de politiegegevens nodig voor de uitvoering van hun taak
  (need-to-know-principe)?" Zo niet: "U mag de politiegegevens niet delen."
  Vraag 2: is er een wettelijke uitzonderingsgrond, zoals gevaar voor het leven
  of de gezondheid, een ernstig misdrijf of een embargo-onderzoek ("Dan mag u
  niet verstrekken")? Doet zich een uitzonderingsgrond voor, dan "dient u met uw
  leidinggevende af te stemmen of de politiegegevens helemaal niet of slechts
  deels ter beschikking worden gesteld". "Indien er sprake is van need-to-know
  en er zich geen uitzonderingsgrond voordoet, moet u de politiegegevens ter
  beschikking stellen."

  Regel: Heeft de ontvanger de gegevens nodig en is er geen uitzonderingsgrond, dan moeten ze ter beschikking worden gesteld (art. 15 Wpg)

    # te beoordelen: (1) de handreiking deelt de gegevens van de boa niet in; privacyrecht neemt art. 8 Wpg
    # aan, omdat een enkele overlastmelding een art. 8-gegeven is (r. 5395). (2) "als er om wordt verzocht"
    # (r. 1143) is geen afzonderlijke vraag: privacyrecht toetst de plicht aan need-to-know. (3) De
    # handreiking sluit deze route af na stap 4A (r. 1204); privacyrecht toetst ook hier stap 8
    # (bewaartermijn, juist en actueel), omdat r. 2184 ook de "terbeschikkingstelling" noemt.
    @te_beoordelen
    Voorbeeld: Een boa moet zijn gegevens over een overlastmelding op verzoek ter beschikking stellen aan de politie, die een rechercheonderzoek doet (P1-V16)
      bron: 003_026876f3936cad21.txt r. 1143, 003_026876f3936cad21.txt r. 1139, 003_026876f3936cad21.txt r. 1147, 003_026876f3936cad21.txt r. 1204

      Gegeven de verstrekker is de "gemeente" in de rol "boa"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "opsporing en vervolging van strafbare feiten"
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
      En wijkt de geheimhoudingsplicht op grond van "art. 15 Wpg"
      En is stap "Stap 4" beantwoord met "ja"
      En is stap "Stap 4A: need-to-know" beantwoord met "ja"
      En is stap "Stap 4A: uitzonderingsgrond" beantwoord met "nee"
      En geldt de voorwaarde dat "U moet de politiegegevens ter beschikking stellen"
      En staat bij de keuzes ter juridische beoordeling: "Privacyrecht past stap 8 (bewaartermijn, juist en actueel) ook hier toe"

    Abstract Scenario: De politie moet politiegegevens die <ontvanger> nodig heeft ter beschikking stellen
      bron: 003_026876f3936cad21.txt r. 1115, 003_026876f3936cad21.txt r. 1139, 003_026876f3936cad21.txt r. 1147, 003_026876f3936cad21.txt r. 1204

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "<ontvanger>"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
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
      En is stap "Stap 4" beantwoord met "ja"
      En is stap "Stap 4B: burgemeester" niet doorlopen

      Voorbeelden:
        | ontvanger                   |
        | Rijksrecherche              |
        | Koninklijke Marechaussee    |
        | bijzondere opsporingsdienst |

    Voorbeeld: De politie moet politiegegevens ter beschikking stellen aan een boa van de gemeente die ze nodig heeft
      bron: 003_026876f3936cad21.txt r. 1118, 003_026876f3936cad21.txt r. 1139, 003_026876f3936cad21.txt r. 1204

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "gemeente" in de rol "boa"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
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
      En is stap "Stap 4" beantwoord met "ja"
      En geldt de voorwaarde dat "Wie politiegegevens ter beschikking krijgt, is zelf tot geheimhouding verplicht"

  Regel: Heeft de ontvanger de gegevens niet nodig voor zijn taak, dan mogen ze niet worden gedeeld (need-to-know)

    # te beoordelen: het voorbeeld zegt niet of de boa ook de gegevens over de andere aanwezigen ter
    # beschikking moet stellen (r. 1143: "verschillende personen"). privacyrecht past de need-to-know-vraag
    # per gegeven toe: wat de politie niet nodig heeft voor haar taak, mag de boa niet delen (r. 1147, 1160).
    @te_beoordelen
    Voorbeeld: De boa deelt geen gegevens over andere aanwezigen die de politie niet nodig heeft (P1-V16)
      bron: 003_026876f3936cad21.txt r. 1143, 003_026876f3936cad21.txt r. 1147, 003_026876f3936cad21.txt r. 1160

      Gegeven de verstrekker is de "gemeente" in de rol "boa"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "politie"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "opsporing en vervolging van strafbare feiten"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En de professional oordeelt dat aan "need-to-know" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 15 Wpg"
      En is stap "Stap 4A: need-to-know" beantwoord met "nee"
      En is stap "Stap 4A: embargo" niet doorlopen

    Voorbeeld: De Koninklijke Marechaussee heeft de gegevens niet nodig voor haar taak
      bron: 003_026876f3936cad21.txt r. 1147, 003_026876f3936cad21.txt r. 1160

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En de professional oordeelt dat aan "need-to-know" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 15 Wpg"
      En is stap "Stap 4A: need-to-know" beantwoord met "nee"

  Regel: Bij een embargo-onderzoek worden de gegevens niet ter beschikking gesteld (P1-E16)

    # te beoordelen: de handreiking zegt "Dan mag u niet verstrekken" (r. 1200). Art. 2:13 lid 1 onder f
    # Bpg maakt het embargo-onderzoek een grond waarop de terbeschikkingstelling "kan" worden geweigerd of
    # aan beperkende voorwaarden kan worden onderworpen: de wet laat de beslissing aan de
    # verwerkingsverantwoordelijke. privacyrecht volgt de handreiking.
    @te_beoordelen
    Voorbeeld: Het College van procureurs-generaal heeft het onderzoek als embargo-onderzoek aangemerkt (P1-E16)
      bron: 003_026876f3936cad21.txt r. 1200, 003_026876f3936cad21.txt r. 1210

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En de professional oordeelt dat aan "need-to-know" is voldaan
      En het feit "embargo-onderzoek" doet zich voor
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 2:13 lid 1 onder f Bpg"
      En is stap "Stap 4A: embargo" beantwoord met "ja"
      En is stap "Stap 4A: afstemmen" niet doorlopen
      En staat bij de keuzes ter juridische beoordeling: "de wet laat de beslissing aan de verwerkingsverantwoordelijke"

  Regel: Doet zich een andere uitzonderingsgrond voor, dan beslist de medewerker na afstemming met zijn leidinggevende (P1-E16)

    Voorbeeld: Na afstemming met de leidinggevende stelt de politie de gegevens deels ter beschikking ondanks gevaar voor de gezondheid van een betrokkene (P1-E16)
      bron: 003_026876f3936cad21.txt r. 1196, 003_026876f3936cad21.txt r. 1198, 003_026876f3936cad21.txt r. 1202

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En de professional oordeelt dat aan "need-to-know" is voldaan
      En het feit "embargo-onderzoek" doet zich niet voor
      En het feit "grond om niet of beperkt ter beschikking te stellen" doet zich voor
      En de professional oordeelt dat aan "na afstemming met de leidinggevende ter beschikking stellen" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking plaatsvinden
      En berust dat op "art. 15 Wpg"
      En is stap "Stap 4A: uitzonderingsgrond" beantwoord met "ja"
      En is stap "Stap 4A: afstemmen" beantwoord met "ja"
      En geldt de voorwaarde dat "Stel alleen ter beschikking wat u na afstemming met uw leidinggevende heeft besloten"

    Voorbeeld: Na afstemming met de leidinggevende stelt de politie de gegevens niet ter beschikking (P1-E16)
      bron: 003_026876f3936cad21.txt r. 1196, 003_026876f3936cad21.txt r. 1198, 003_026876f3936cad21.txt r. 1202, 003_026876f3936cad21.txt r. 1210

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En de professional oordeelt dat aan "need-to-know" is voldaan
      En het feit "embargo-onderzoek" doet zich niet voor
      En het feit "grond om niet of beperkt ter beschikking te stellen" doet zich voor
      En de professional oordeelt dat aan "na afstemming met de leidinggevende ter beschikking stellen" niet is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 2:13 Bpg"
      En is stap "Stap 4A: afstemmen" beantwoord met "nee"

    # te beoordelen: de handreiking noemt als uitzonderingsgrond een gegeven "verwerkt in het kader van een
    # ernstig misdrijf (terrorisme, mensenhandel, mensensmokkel, omkoping ambtenaar)" (r. 1199). Art. 2:13
    # lid 1 onder e Bpg noemt alleen gegevens die op grond van art. 10 lid 1 onder b Wpg worden verwerkt;
    # een gewoon dossier over zo'n misdrijf valt er niet onder. privacyrecht vraagt naar de grond en meldt
    # het verschil.
    @te_beoordelen
    Voorbeeld: De gegevens zijn verwerkt in het kader van mensenhandel: eerst afstemmen met de leidinggevende (P1-E16)
      bron: 003_026876f3936cad21.txt r. 1199, 003_026876f3936cad21.txt r. 1202, 003_026876f3936cad21.txt r. 1210

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En de professional oordeelt dat aan "need-to-know" is voldaan
      En het feit "embargo-onderzoek" doet zich niet voor
      En het feit "grond om niet of beperkt ter beschikking te stellen" doet zich voor
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "na afstemming met de leidinggevende ter beschikking stellen" bij de open vragen
      En is stap "Stap 4A: uitzonderingsgrond" beantwoord met "ja"
      En staat bij de keuzes ter juridische beoordeling: "art. 2:13 lid 1 onder e Bpg noemt alleen gegevens die op grond van art. 10 lid 1 onder b Wpg worden verwerkt"

  Regel: Ontbreekt een oordeel of een feit bij stap 4A, dan blijft de uitkomst open

    @ontbrekend_oordeel
    Voorbeeld: Er is nog geen oordeel of de ontvanger de gegevens nodig heeft voor zijn taak
      bron: 003_026876f3936cad21.txt r. 1147

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En er is geen oordeel over "need-to-know"
      En het feit "embargo-onderzoek" doet zich niet voor
      En het feit "grond om niet of beperkt ter beschikking te stellen" doet zich niet voor
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "need-to-know" bij de open vragen
      En is stap "Stap 4A: need-to-know" beantwoord met "onbekend"
      En is stap "Stap 4A: embargo" niet doorlopen

    @ontbrekend_oordeel
    Voorbeeld: Er is een uitzonderingsgrond, maar nog geen beslissing na afstemming met de leidinggevende
      bron: 003_026876f3936cad21.txt r. 1202

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En de professional oordeelt dat aan "need-to-know" is voldaan
      En het feit "embargo-onderzoek" doet zich niet voor
      En het feit "grond om niet of beperkt ter beschikking te stellen" doet zich voor
      En er is geen oordeel over "na afstemming met de leidinggevende ter beschikking stellen"
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "na afstemming met de leidinggevende ter beschikking stellen" bij de open vragen
      En is stap "Stap 4A: afstemmen" beantwoord met "onbekend"

    Abstract Scenario: Staat nog niet vast of het feit "<feit>" zich voordoet, dan blijft de uitkomst open
      bron: 003_026876f3936cad21.txt r. 1196, 003_026876f3936cad21.txt r. 1200, 003_026876f3936cad21.txt r. 1210

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En de professional oordeelt dat aan "need-to-know" is voldaan
      En het feit "<ander feit>" doet zich niet voor
      En het is onbekend of het feit "<feit>" zich voordoet
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "<feit>" bij de open vragen
      En is stap "<stap>" beantwoord met "onbekend"

      Voorbeelden:
        | feit                                                | ander feit                                          | stap                        |
        | embargo-onderzoek                                   | grond om niet of beperkt ter beschikking te stellen | Stap 4A: embargo            |
        | grond om niet of beperkt ter beschikking te stellen | embargo-onderzoek                                   | Stap 4A: uitzonderingsgrond |
