# language: nl
@gemeenten @avg
Functionaliteit: Aangifte van een strafbaar feit door een medewerker openbare orde
  Is er een strafbaar feit gepleegd, zoals wapenbezit, dan hoeft de rest van het
  Stappenplan Gemeenten niet te worden doorlopen: iedereen die kennis draagt van
  een strafbaar feit is bevoegd daarvan aangifte te doen (art. 161 Sv).

  Voorbeeld: Een medewerker openbare orde constateert wapenbezit en meldt dat bij de politie
    bron: 003_026876f3936cad21.txt r. 4001

    Gegeven de verstrekker is een "gemeente" in de rol "openbare-ordetaak voor de burgemeester"
    En de ontvanger is de "politie"
    En het gaat om gegevens van de categorie "gewoon persoonsgegeven"
    En het gaat om gegevens van de categorie "strafrechtelijk persoonsgegeven"
    En het doel is "aangifte van een strafbaar feit"
    En het feit "strafbaar feit gepleegd" doet zich voor
    Als de verstrekking wordt beoordeeld
    Dan mag de verstrekking plaatsvinden
    En berust dat op "art. 161 Sv"
    En geldt de voorwaarde dat "de afweging om van de aangiftebevoegdheid gebruik te maken ligt bij degene die het strafbare feit constateert"
    En is stap "Stap 1" niet doorlopen
