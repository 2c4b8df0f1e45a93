"""A territory where Léa Martin left traces everywhere the right of access must find them, and
Paul Roux, whose data must never leak into her report."""

from dataclasses import dataclass

from municipaless.services import casework, meetings
from municipaless.services.casework import case_events, follow_ups, funding, referrals
from municipaless.services.directory import record_merge
from municipaless.services.file import privacy_settings
from municipaless.services.file import settings as territory_settings
from municipaless.services.meetings import action_items, agenda, attendance, decisions, minutes
from tests.services.casework_sample import Sample, make_sample


@dataclass
class PrivacySample:
    s: Sample
    paul_id: str
    other_project_id: str
    meeting_id: str


def make_privacy_sample(path) -> PrivacySample:
    s = make_sample(path)
    t, p, lea = s.t, s.project, s.lea
    general = territory_settings.load(t)
    general.commune_name = "Privas"
    territory_settings.save(t, general)
    privacy_settings.save(
        t,
        privacy_settings.PrivacySettings(
            controller="Commune de Privas",
            controller_address="Hôtel de ville, 07000 Privas",
            dpo_contact="dpo@privas.fr",
            closed_project_years=6,
            unlinked_person_years=4,
        ),
    )
    t.save(
        "affiliation",
        {"person_id": lea.id, "organisation_id": s.orgs["Crédit"].id, "role": "Sociétaire"},
    )
    case_events.add_event(
        t,
        p.id,
        case_events.EventInput("entretien", "2026-04-01", 60, "Premier entretien", "Motivée"),
    )
    r = referrals.refer(t, p.id, s.orgs["BGE"].id, "creation", consent_on="2026-04-02",
                        consent_how="oral, en entretien")  # fmt: skip
    referrals.mark_sent(t, r.id, r.rev, "2026-04-03")
    funding.add_request(t, p.id, {"funder_id": s.orgs["Région"].id, "asked_cents": 500_000})
    follow_ups.add(t, p.id, "2026-12-01", "Rappeler pour le local")

    # Paul's dossier: one entry names Léa (accents and case differ), the rest is his.
    other = casework.create_project(
        t,
        {"name": "Garage solidaire Roux", "description": "Réparations à prix libre"},
        [casework.HolderInput(new_person={"first_name": "Paul", "last_name": "Roux"})],
    )
    paul = casework.holders(t, other.id)[0].person
    case_events.add_event(
        t,
        other.id,
        case_events.EventInput(
            "appel", "2026-05-02", 15, "Appel de Paul", "Paul connaît LEA MARTIN, voisine"
        ),
    )
    case_events.add_event(
        t,
        other.id,
        case_events.EventInput("appel", "2026-05-03", 10, "Secret de Paul", "Dettes de Paul"),
    )

    m = meetings.create_meeting(t, None, "2026-06-10T14:00", title="Comité ESS de juin")
    attendance.add_invitee(t, m.id, person_id=lea.id, status="present")
    attendance.add_invitee(t, m.id, person_id=paul.id, status="excuse")
    item = agenda.add_agenda_item(t, m.id, "Épicerie", presenter="Léa Martin")
    decisions.add_decision(t, m.id, "Soutien au projet de Léa Martin : 3 000 €")
    decisions.add_decision(t, m.id, "Garage de Paul : dossier à compléter")
    action_items.add_action(t, m.id, "Envoyer le bail", owner_person_id=lea.id)
    action_items.add_action(t, m.id, "Chiffrer le garage", owner_person_id=paul.id)
    assert item.id
    meeting = t.records["meeting"].get(m.id)
    minutes.circulate(t, m.id, meeting.rev)
    # a duplicate of her fiche, typed at an event, merged into hers (its address kept)
    twin = t.save("person", {"first_name": "Lea", "last_name": "Martin", "address": "2 rue Haute"})
    record_merge.merge(t, "person", lea.id, twin.id, values={"address": "2 rue Haute"},
                       backup=False)  # fmt: skip
    # the retention review decided to keep her dossier (no service writes it yet: raw row)
    t.tdb.db["retention_decision"].insert(
        {"id": "rd-1", "created_at": "2026-11-01T09:00:00Z", "updated_at": "2026-11-01T09:00:00Z",
         "table_name": "project", "row_id": p.id, "decision": "keep",
         "reason": "Dossier en cours de création", "decided_on": "2026-11-01"}
    )  # fmt: skip
    # her phone changes: the journal keeps the old value
    lea_now = t.records["person"].get(lea.id)
    t.save("person", {"phone": "04 75 00 00 01"}, row_id=lea.id, rev=lea_now.rev)
    return PrivacySample(s, paul.id, other.id, m.id)
