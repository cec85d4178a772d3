# language: nl
@politie @wpg
Functionaliteit: Stap 2 – om welke soort politiegegevens gaat het, en is toestemming van de bevoegde functionaris nodig?
  "In de artikelen 8, 9, 10 en 13 van de Wpg zijn de verschillende
  verwerkingsgrondslagen voor politiegegevens opgenomen. Stel vast om welke
  gegevens het in uw geval gaat. Dit is van belang voor het vervolg van het
  stappenplan." Art. 8: de alledaagse taken van de politie ('blauwe'
  politiegegevens), ook eenvoudige opsporingsonderzoeken; art. 9: "een gericht
  en omvangrijk onderzoek naar een bepaald persoon of een bepaalde omgeving
  ('recherche' politiegegevens)"; art. 10: "informatiedossiers die los staan van
  concrete handhavings- of opsporingsacties"; art. 13: eerder verwerkte
  gegevens, "landelijk raadpleegbaar gesteld". "Wilt u een politiegegeven delen
  die met een artikel 9- (recherche) of artikel 10-doel zijn verwerkt, moet
  altijd u eerst toestemming vragen aan de bevoegde functionaris. Vaak is dit de
  aangewezen leider van het betreffende onderzoek, zijn plaatsvervanger of het
  hoofd van het betreffende team dat is belast met de verwerking van het
  politiegegeven."

  Regel: Gegevens uit de dagelijkse politietaak (art. 8 Wpg) kunnen zonder toestemming van de bevoegde functionaris worden gedeeld

    @classificatie
    Voorbeeld: De waarnemingen van een wijkagent in een proces-verbaal zijn art. 8-gegevens (W30)
      bron: 003_026876f3936cad21.txt r. 989, 003_026876f3936cad21.txt r. 991, 003_026876f3936cad21.txt r. 5373

      Gegeven de verstrekker is de "politie" in de rol "politieambtenaar"
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
      En is stap "Stap 2C" beantwoord met "nee"
      En staat "toestemming van de bevoegde functionaris" niet bij de open vragen
      En mogen politiegegevens van "art. 8 Wpg" mee

    @classificatie
    Voorbeeld: Eén enkele overlastmelding is een art. 8-gegeven (Wettelijk kader V16)
      bron: 003_026876f3936cad21.txt r. 5395, 003_026876f3936cad21.txt r. 991

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
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
      En is stap "Stap 2C" beantwoord met "nee"
      En staat "toestemming van de bevoegde functionaris" niet bij de open vragen

    @classificatie
    Voorbeeld: Landelijk raadpleegbare gegevens (art. 13 Wpg) vragen geen toestemming van de bevoegde functionaris
      bron: 003_026876f3936cad21.txt r. 1001, 003_026876f3936cad21.txt r. 1003, 003_026876f3936cad21.txt r. 1015

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 13 lid 1 Wpg"
      En de professional oordeelt dat aan "need-to-know" is voldaan
      En het feit "embargo-onderzoek" doet zich niet voor
      En het feit "grond om niet of beperkt ter beschikking te stellen" doet zich niet voor
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 15 Wpg"
      En is stap "Stap 2C" beantwoord met "nee"
      En staat "toestemming van de bevoegde functionaris" niet bij de open vragen

  Regel: Recherchegegevens (art. 9 Wpg) en informatiedossiers (art. 10 Wpg) worden pas gedeeld na toestemming van de bevoegde functionaris

    @classificatie
    Voorbeeld: Na meerdere meldingen wordt gericht onderzoek gedaan naar de overlast: art. 9, zonder toestemming niet delen (Wettelijk kader V16)
      bron: 003_026876f3936cad21.txt r. 5395, 003_026876f3936cad21.txt r. 993, 003_026876f3936cad21.txt r. 1015, 003_026876f3936cad21.txt r. 5421

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 9 Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich niet voor
      En de professional oordeelt dat aan "need-to-know" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 9 lid 3 Wpg"
      En is stap "Stap 2C: toestemming" beantwoord met "nee"
      En is stap "Stap 4" niet doorlopen
      En mogen politiegegevens van "art. 9 Wpg" niet mee
      En is als vervolg genoemd: "Vraag eerst toestemming aan de bevoegde functionaris"

    @classificatie
    Voorbeeld: Gegevens uit een rechercheonderzoek worden met toestemming van de bevoegde functionaris ter beschikking gesteld (W31)
      bron: 003_026876f3936cad21.txt r. 995, 003_026876f3936cad21.txt r. 5377, 003_026876f3936cad21.txt r. 1015, 003_026876f3936cad21.txt r. 5421

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 9 Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En de professional oordeelt dat aan "need-to-know" is voldaan
      En het feit "embargo-onderzoek" doet zich niet voor
      En het feit "grond om niet of beperkt ter beschikking te stellen" doet zich niet voor
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 15 Wpg"
      En is stap "Stap 2C: toestemming" beantwoord met "ja"
      En mogen politiegegevens van "art. 9 Wpg" mee

    # te beoordelen: de handreiking noemt dit een art. 10-gegeven maar niet het onderdeel. privacyrecht
    # kiest art. 10 lid 1 onder a: art. 3:1 onder g Besluit politiegegevens noemt het voorhanden hebben
    # van vuurwapens en explosieven (art. 26 en 31 Wet wapens en munitie) bij art. 10 lid 1 onder a,
    # 3° Wpg. Die bepaling eist daarnaast "een ernstige inbreuk op de rechtsorde"; een enkel vermoeden
    # van wapenbezit maakt een gegeven dus niet vanzelf tot een art. 10-gegeven.
    @te_beoordelen @classificatie
    Voorbeeld: Een informatiedossier over vermoedelijk wapenbezit is een art. 10-gegeven: zonder toestemming niet delen (P1-E11)
      bron: 003_026876f3936cad21.txt r. 997, 003_026876f3936cad21.txt r. 999, 003_026876f3936cad21.txt r. 1015

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 10 lid 1 onder a Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich niet voor
      En de professional oordeelt dat aan "need-to-know" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 10 lid 5 Wpg"
      En is stap "Stap 2C: toestemming" beantwoord met "nee"
      En mogen politiegegevens van "art. 10 lid 1 onder a Wpg" niet mee

    @classificatie
    Abstract Scenario: Zonder toestemming van de bevoegde functionaris worden gegevens van <soort> niet gedeeld
      bron: 003_026876f3936cad21.txt r. 1015, 003_026876f3936cad21.txt r. 1017, 003_026876f3936cad21.txt r. 5421

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "<soort>"
      En het feit "toestemming van de bevoegde functionaris" doet zich niet voor
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "<bepaling>"
      En is stap "Stap 2C: toestemming" beantwoord met "nee"

      Voorbeelden:
        | soort                     | bepaling          |
        | art. 9 Wpg                | art. 9 lid 3 Wpg  |
        | art. 10 lid 1 onder a Wpg | art. 10 lid 5 Wpg |
        | art. 10 lid 1 onder b Wpg | art. 10 lid 5 Wpg |
        | art. 10 lid 1 onder c Wpg | art. 10 lid 5 Wpg |

    @classificatie
    Voorbeeld: Staat nog niet vast of de bevoegde functionaris toestemming gaf, dan blijft de uitkomst open
      bron: 003_026876f3936cad21.txt r. 1015, 003_026876f3936cad21.txt r. 1017

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 9 Wpg"
      En het is onbekend of het feit "toestemming van de bevoegde functionaris" zich voordoet
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "toestemming van de bevoegde functionaris" bij de open vragen
      En is stap "Stap 2C: toestemming" beantwoord met "onbekend"

    @classificatie
    Voorbeeld: Zonder toestemming gaan alleen de art. 8-gegevens mee, niet de recherchegegevens
      bron: 003_026876f3936cad21.txt r. 987, 003_026876f3936cad21.txt r. 1015

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 8 Wpg"
      En de politiegegevens zijn verwerkt op grond van "art. 9 Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich niet voor
      En de professional oordeelt dat aan "need-to-know" is voldaan
      En het feit "embargo-onderzoek" doet zich niet voor
      En het feit "grond om niet of beperkt ter beschikking te stellen" doet zich niet voor
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 9 lid 3 Wpg"
      En mogen politiegegevens van "art. 8 Wpg" mee
      En mogen politiegegevens van "art. 9 Wpg" niet mee

  Regel: De toestemming van de bevoegde functionaris is op elke route nodig, ook bij verstrekking buiten de Wpg (P1-E12)

    # te beoordelen: de handreiking vraagt de toestemming bij elke verstrekking van art. 9- en
    # art. 10-gegevens ("Mocht u tot de conclusie komen dat u politiegegevens mag delen", r. 1017). De wet
    # eist instemming van de bevoegde functionaris alleen bij het ter beschikking stellen (art. 9 lid 3,
    # art. 10 lid 5 Wpg), overleg bij verstrekking op grond van art. 19 en art. 20 lid 1 (art. 4:5 lid 2
    # Bpg), en niets bij de verstrekking aan de burgemeester (art. 16 lid 1 onder b Wpg). privacyrecht
    # volgt de strengere regel van de handreiking.
    @te_beoordelen @classificatie
    Voorbeeld: Zonder toestemming van de bevoegde functionaris krijgt ook de burgemeester geen recherchegegevens (P1-E12)
      bron: 003_026876f3936cad21.txt r. 1015, 003_026876f3936cad21.txt r. 1017

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "gemeente" in de rol "burgemeester"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "handhaving van de openbare orde"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 9 Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich niet voor
      En de professional oordeelt dat aan "burgemeester heeft de gegevens nodig voor zijn taak" is voldaan
      En de professional oordeelt dat aan "direct relevant en noodzakelijk voor de burgemeester" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan mag de verstrekking niet plaatsvinden
      En berust dat op "art. 9 lid 3 Wpg"
      En is stap "Stap 2C: toestemming" beantwoord met "nee"
      En is stap "Stap 4B: burgemeester" niet doorlopen
      En is als vervolg genoemd: "Vraag eerst toestemming aan de bevoegde functionaris"

    # te beoordelen: zie het vorige voorbeeld; art. 16 lid 1 onder b Wpg vraagt geen toestemming van de
    # bevoegde functionaris. privacyrecht meldt die keuze bij de uitkomst.
    @te_beoordelen @classificatie
    Voorbeeld: Met toestemming van de bevoegde functionaris moet de burgemeester de recherchegegevens krijgen die hij nodig heeft (P1-E12)
      bron: 003_026876f3936cad21.txt r. 1015, 003_026876f3936cad21.txt r. 1017, 003_026876f3936cad21.txt r. 1234

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "gemeente" in de rol "burgemeester"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het doel is "handhaving van de openbare orde"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 9 Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En de professional oordeelt dat aan "burgemeester heeft de gegevens nodig voor zijn taak" is voldaan
      En de professional oordeelt dat aan "direct relevant en noodzakelijk voor de burgemeester" is voldaan
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan moet de verstrekking plaatsvinden
      En berust dat op "art. 16 lid 1 onder b Wpg"
      En is stap "Stap 2C: toestemming" beantwoord met "ja"
      En staat bij de keuzes ter juridische beoordeling: "privacyrecht volgt de strengere regel van de handreiking"

  Regel: Gegevens over informanten (art. 12 Wpg) werkt de handreiking niet uit

    # te beoordelen: stap 2 van de handreiking noemt alleen art. 8, 9, 10 en 13 Wpg (r. 985–1007). Art. 12
    # Wpg (informanten) komt er niet in voor; de wet laat terbeschikkingstelling voor verdere verwerking
    # toe binnen vier maanden (art. 12 lid 2 Wpg), en art. 2:13 lid 1 onder a Bpg geeft een
    # weigeringsgrond. privacyrecht laat de uitkomst open.
    @te_beoordelen @classificatie
    Voorbeeld: Bij gegevens over een informant blijft de uitkomst open
      bron: 003_026876f3936cad21.txt r. 985, 003_026876f3936cad21.txt r. 987

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de politiegegevens zijn verwerkt op grond van "art. 12 Wpg"
      En het feit "toestemming van de bevoegde functionaris" doet zich voor
      En de professional oordeelt dat aan "need-to-know" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "art. 12 Wpg" bij de open vragen
      En is stap "Stap 2C: informanten" beantwoord met "ja"
      En is stap "Stap 4" niet doorlopen

  Regel: Zolang niet vaststaat om welke soort politiegegevens het gaat, blijft de uitkomst open

    @classificatie @ontbrekend_oordeel
    Voorbeeld: Naam, adres en telefoonnummer van een getuige zijn politiegegevens, maar van welke soort? (P1-V14)
      bron: 003_026876f3936cad21.txt r. 969, 003_026876f3936cad21.txt r. 987

      Gegeven de verstrekker is de "politie"
      En het feit "aangewezen en geautoriseerd om politiegegevens te verstrekken" doet zich voor
      En de ontvanger is de "Koninklijke Marechaussee"
      En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
      En het feit "verwerkt voor de politietaak" doet zich voor
      En de professional oordeelt dat aan "need-to-know" is voldaan
      En het feit "embargo-onderzoek" doet zich niet voor
      En het feit "grond om niet of beperkt ter beschikking te stellen" doet zich niet voor
      En het feit "bewaartermijn verstreken" doet zich niet voor
      En de professional oordeelt dat aan "juist en actueel" is voldaan
      Als de verstrekking wordt beoordeeld
      Dan is de uitkomst onbeslist
      En staat "politiegegevens" bij de open vragen
      En is stap "Stap 2C: informanten" beantwoord met "onbekend"
