# language: nl
@onderwijs @avg
Functionaliteit: Wie geeft toestemming voor het delen van gegevens van een leerling
  Is de leerling jonger dan 12 jaar, dan geeft de ouder toestemming. Is de leerling
  tussen 12 en 16 jaar, dan geven ouder en leerling de toestemming samen. Is de
  leerling ouder dan 16 jaar, dan geeft de leerling zelf toestemming.

  Voorbeeld: Voor een leerling van 10 jaar geeft de ouder toestemming
    bron: 003_026876f3936cad21.txt r. 4425

    Gegeven de betrokkene is 10 jaar
    Als wordt bepaald wie voor de leerling toestemming geeft
    Dan geeft "ouder of voogd" toestemming
    En berust die leeftijdsregel op r. 4425 van de handreiking

  # te beoordelen: de handreiking zegt "jonger dan 12" en "tussen 12 en 16"; of een leerling van
  # precies 12 jaar daaronder valt, staat er niet. De uitwerking leest: vanaf 12 jaar ouder en leerling samen.
  @te_beoordelen
  Voorbeeld: Voor een leerling van precies 12 jaar geven ouder en leerling samen toestemming
    bron: 003_026876f3936cad21.txt r. 4425, r. 4426

    Gegeven de betrokkene is 12 jaar
    Als wordt bepaald wie voor de leerling toestemming geeft
    Dan geven "ouder of voogd" en "betrokkene" samen toestemming
    En berust die leeftijdsregel op r. 4426 van de handreiking

  Voorbeeld: Voor een leerling van 14 jaar geven ouder en leerling samen toestemming
    bron: 003_026876f3936cad21.txt r. 4426

    Gegeven de betrokkene is 14 jaar
    Als wordt bepaald wie voor de leerling toestemming geeft
    Dan geven "ouder of voogd" en "betrokkene" samen toestemming
    En berust die leeftijdsregel op r. 4426 van de handreiking

  # te beoordelen: de handreiking zegt "tussen 12 en 16" en "ouder dan 16"; een leerling van precies
  # 16 jaar valt onder geen van beide. De uitwerking leest: vanaf 16 jaar de leerling zelf, in lijn met
  # de grens van 16 jaar in art. 5 lid 1 UAVG.
  @te_beoordelen
  Voorbeeld: Voor een leerling van precies 16 jaar geeft de leerling zelf toestemming
    bron: 003_026876f3936cad21.txt r. 4426, r. 4427

    Gegeven de betrokkene is 16 jaar
    Als wordt bepaald wie voor de leerling toestemming geeft
    Dan geeft "betrokkene" toestemming
    En berust die leeftijdsregel op r. 4427 van de handreiking

  Voorbeeld: Voor een leerling van 17 jaar geeft de leerling zelf toestemming
    bron: 003_026876f3936cad21.txt r. 4427

    Gegeven de betrokkene is 17 jaar
    Als wordt bepaald wie voor de leerling toestemming geeft
    Dan geeft "betrokkene" toestemming
    En berust die leeftijdsregel op r. 4427 van de handreiking
