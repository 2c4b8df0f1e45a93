"""A small territory for the meetings tests: structures, people with their structure."""

from municipaless.services.file.territory import Territory

PEOPLE = [
    ("Claire", "Martin", "Commune de Privas"),
    ("Jean", "Dupuis", "CRESS Auvergne-Rhône-Alpes"),
    ("Nadia", "Benali", "France Active"),
    ("Paul", "Roux", "Ressourcerie du Pouzin"),
    ("Léa", "Fabre", "Coopérative Cœur d'Ardèche"),
    ("Hugo", "Morel", "Département de l'Ardèche"),
]


def make_territory(path, officer="Marie Dupont") -> tuple[Territory, dict, dict]:
    """(territory, people by last name, organisations by name)."""
    t = Territory.create(path, officer)
    people, orgs = {}, {}
    with t.tdb.write():
        for first, last, org_name in PEOPLE:
            org = orgs.get(org_name) or t.save("organisation", {"name": org_name})
            orgs[org_name] = org
            person = t.save("person", {"first_name": first, "last_name": last})
            people[last] = person
            t.save(
                "affiliation",
                {"person_id": person.id, "organisation_id": org.id, "role": "Chargé·e de mission"},
            )
    return t, people, orgs
