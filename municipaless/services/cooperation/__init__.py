"""Coopérations: enjeux du territoire and their coverage, appels à projets coopératifs and
their jury, collectifs, ateliers, and the plan de financement's needs. Import the modules
(``from municipaless.services.cooperation import calls``): each lever keeps its own."""
