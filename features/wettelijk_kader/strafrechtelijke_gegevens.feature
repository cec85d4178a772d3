# language: nl
@wettelijk_kader @avg @classificatie
Functionaliteit: Persoonsgegevens van strafrechtelijke aard
  Persoonsgegevens van strafrechtelijke aard gaan over strafrechtelijke
  veroordelingen en strafbare feiten of daarmee verband houdende
  veiligheidsmaatregelen. Daaronder vallen ook mogelijk gegronde verdenkingen:
  er zijn concrete aanwijzingen dat iemand een strafbaar feit heeft gepleegd.

  Voorbeeld: Een mogelijk gegronde verdenking van een strafbaar feit is een strafrechtelijk persoonsgegeven
    bron: 003_026876f3936cad21.txt r. 4685

    Gegeven het gegeven is "mogelijk gegronde verdenking van een strafbaar feit"
    Als het gegeven wordt ingedeeld
    Dan is het een gegeven van de categorie "strafrechtelijk persoonsgegeven"
    En berust die indeling op r. 4685 van de handreiking

  Voorbeeld: Een opgelegde straf is een strafrechtelijk persoonsgegeven
    bron: 003_026876f3936cad21.txt r. 4833

    Gegeven het gegeven is "opgelegde straf"
    Als het gegeven wordt ingedeeld
    Dan is het een gegeven van de categorie "strafrechtelijk persoonsgegeven"
    En berust die indeling op r. 4833 van de handreiking
