"""A call for projects on the case log's small territory: two categories (one asking for a
partner), a ceiling, a checklist, a calendar, three criteria and a jury of three, built
through the services the window uses."""

from dataclasses import dataclass

from municipaless.core import cooperation as c
from municipaless.core import domain as d
from municipaless.services.cooperation import calls
from tests.services.casework_sample import Sample, make_sample

COOPERATE = "Coopérer pour se développer"
START = "Se lancer"
DOCUMENTS = ("Budget prévisionnel", "Statuts", "Lettre de candidature")


@dataclass
class CallSample:
    s: Sample
    call: c.ProjectCall
    jury_person: d.Person


def make_call_sample(path) -> CallSample:
    s = make_sample(path)
    t = s.t
    jury_person = t.save("person", {"first_name": "Paul", "last_name": "Arnaud"})
    call = calls.create_call(
        t,
        {
            "title": "Coopérer en Val de Drôme",
            "description": "Soutenir les projets qui coopèrent.",
            "categories": [
                {"label": COOPERATE, "min_partners": 1},
                {"label": START, "min_partners": 0},
            ],
            "max_amount_cents": 1_000_000,
            "envelope_cents": 5_000_000,
            "required_documents": list(DOCUMENTS),
            "launch_on": "2026-02-01",
            "deadline_on": "2026-03-31",
            "jury_on": "2026-04-20",
            "notification_on": "2026-05-05",
        },
        criteria=[
            {"label": "Utilité sociale", "weight": 3, "max_score": 5},
            {"label": "Coopération", "weight": 2, "max_score": 5},
            {"label": "Viabilité", "weight": 1, "max_score": 10},
        ],
        jury=[
            {"person_id": jury_person.id, "role": "Président"},
            {"name": "Claire Fabre", "role": "Élue"},
            {"name": "Jean Roux", "role": "Membre"},
        ],
    )
    return CallSample(s, call, jury_person)
