# language: nl
@wettelijk_kader @avg @classificatie
Functionaliteit: Gezondheidsgegevens in de brede zin
  Gezondheidsgegevens zijn alle gegevens die iets over de (geestelijke of
  lichamelijke) gezondheid van een persoon zeggen, ongeacht de betrouwbaarheid
  daarvan. Het is niet belangrijk of het gegeven iets prijsgeeft over de aard van
  de aandoening. Gezondheidsgegevens zijn een bijzondere categorie van
  persoonsgegevens (art. 9 lid 1 AVG).

  Voorbeeld: Gegevens over het gedrag van een leerling zijn gezondheidsgegevens
    bron: 003_026876f3936cad21.txt r. 4635

    Gegeven het gegeven is "gedrag van een leerling"
    Als het gegeven wordt ingedeeld
    Dan is het een gegeven van de categorie "gezondheid"
    En berust die indeling op r. 4635 van de handreiking

  Voorbeeld: Gezinsfactoren zijn gezondheidsgegevens
    bron: 003_026876f3936cad21.txt r. 4635

    Gegeven het gegeven is "gezinsfactoren"
    Als het gegeven wordt ingedeeld
    Dan is het een gegeven van de categorie "gezondheid"
    En berust die indeling op r. 4635 van de handreiking

  Voorbeeld: De verwijzing naar het speciaal onderwijs is een gezondheidsgegeven
    bron: 003_026876f3936cad21.txt r. 4635

    Gegeven het gegeven is "verwijzing naar het speciaal onderwijs"
    Als het gegeven wordt ingedeeld
    Dan is het een gegeven van de categorie "gezondheid"
    En berust die indeling op r. 4635 van de handreiking

  Voorbeeld: Een dyslexieverklaring is een gezondheidsgegeven
    bron: 003_026876f3936cad21.txt r. 4635

    Gegeven het gegeven is "dyslexieverklaring"
    Als het gegeven wordt ingedeeld
    Dan is het een gegeven van de categorie "gezondheid"
    En berust die indeling op r. 4635 van de handreiking

  Voorbeeld: Het gegeven dat iemand ziek is, is een gezondheidsgegeven, ook zonder de aard van de ziekte
    bron: 003_026876f3936cad21.txt r. 4827

    Gegeven het gegeven is "het gegeven dat iemand ziek is"
    Als het gegeven wordt ingedeeld
    Dan is het een gegeven van de categorie "gezondheid"
    En berust die indeling op r. 4827 van de handreiking
