"""Demo generator, part 1: seeded primitives and the annuaire (see services/demo.py)."""

import random
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from municipaless.core import domain as d
from municipaless.core.formats import format_date
from municipaless.core.text import fold
from municipaless.services import demo_data as data


@dataclass(frozen=True)
class Scale:
    organisations: int
    people: int
    projects: int
    case_events: int
    meetings: int


def de(name: str) -> str:
    """French "de <commune>" with elision and contraction (d'Alissas, du Pouzin, des Ollières)."""
    if name.startswith("Le "):
        return "du " + name[3:]
    if name.startswith("Les "):
        return "des " + name[4:]
    return ("d'" if name[0] in "AEIOUÉ" else "de ") + name


_STOPWORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "sur", "a"}


def slug(name: str, words: int = 4) -> str:
    """Web-style name for the fictitious e-mail domains: ``mairie-saint-laurent-pape``."""
    return "-".join([w for w in fold(name).split() if w not in _STOPWORDS][:words])


def french_date(day: date) -> str:
    return format_date(day.isoformat())


class DirectoryGenerator:
    """Seeded primitives, then the annuaire: structures, their offer, people, affiliations."""

    def __init__(
        self,
        rng: random.Random,
        scale: Scale,
        today: date,
        officer: str,
        challenges: dict[str, str],
    ):
        self.rng, self.scale, self.today, self.officer = rng, scale, today, officer
        self.challenges = challenges
        self.rows: dict[str, list[d.Record]] = defaultdict(list)
        self.communes = [c[:3] for c in data.COMMUNES]
        self.commune_weights = [c[3] for c in data.COMMUNES]

    # primitives ---------------------------------------------------------------------------
    def new(self, cls: type, day: date, **values) -> d.Record:
        """A record with a seeded id, stamped as if typed in on ``day`` (never after yesterday)."""
        day = min(day, self.today - timedelta(days=1))
        r = self.rng
        stamp = f"{day.isoformat()}T{r.randint(7, 16):02d}:{r.randint(0, 59):02d}:00.000+00:00"
        record = cls(
            id=str(uuid.UUID(int=r.getrandbits(128), version=4)),
            created_at=stamp,
            updated_at=stamp,
            updated_by=self.officer,
            rev=1,
            **values,
        )
        self.rows[cls.__name__].append(record)
        return record

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def between(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    def commune(self) -> tuple[str, str, str]:
        return self.rng.choices(self.communes, self.commune_weights)[0]

    def phone(self, mobile: bool = False) -> str:
        n = self.rng.randint(0, 9999)
        return f"{'06 39 98' if mobile else '04 65 71'} {n // 100:02d} {n % 100:02d}"

    def fill(self, template: str, commune: tuple[str, str, str]) -> str:
        return template.format(
            de=de(commune[1]), commune=commune[1], name=self.rng.choice(data.NAME_WORDS)
        )

    # annuaire -----------------------------------------------------------------------------
    def organisations(self) -> None:
        rng, count = self.rng, self.scale.organisations
        self.funders: list[tuple[d.Organisation, list[str]]] = []
        self.referable: list[tuple[d.Organisation, list[str]]] = []
        self.org_family: list[tuple[d.Organisation, str]] = []
        communes = {c[0]: c for c in self.communes}
        for name, acronym, kind, legal, sectors, offers, insee in data.NAMED_ORGS:
            whole = tuple(f"commune:{c[0]}" for c in self.communes) if acronym == "CAPCA" else None
            org = self._org(name, acronym, kind, legal, sectors, communes.get(insee), whole)
            for service, instrument in offers:
                self.new(
                    d.ServiceOffer,
                    self.days_ago(900, 1100),
                    organisation_id=org.id,
                    service=service,
                    instrument=instrument,
                    territory=org.territory,
                    conditions=rng.choice(data.OFFER_CONDITIONS),
                    sectors=org.sectors,
                    stages=tuple(
                        sorted(rng.sample(["idee", "emergence", "creation", "developpement"], 2))
                    ),
                )
            instruments = [i for s, i in offers if i]
            if instruments:
                self.funders.append((org, instruments))
            services = [s for s, i in offers if s != "financement"]
            if services and kind != "collectivite":
                self.referable.append((org, services))
        mairies = min(len(self.communes), max(0, (count - len(data.NAMED_ORGS)) // 2))
        for commune in self.communes[1 : mairies + 1]:  # Privas is the agglomeration's seat
            self._org(
                f"Mairie {de(commune[1])}",
                "",
                "collectivite",
                "collectivite",
                (),
                commune,
                (f"commune:{commune[0]}",),
            )
        seen = {o.name for o, _ in self.org_family}
        while len(self.org_family) < count:
            template, kind, legal, sector = rng.choice(data.ORG_PATTERNS)
            commune = self.commune()
            name = self.fill(template, commune)
            if name in seen:
                name = f"{name} ({commune[1]})"
                if name in seen:
                    continue
            seen.add(name)
            self._org(name, "", kind, legal, (sector,), commune)

    def _org(self, name, acronym, kind, legal, sectors, commune, territory=None) -> d.Organisation:
        """One structure; ``territory`` defaults to its commune (ESS) or département and région."""
        rng = self.rng
        org_slug = slug(acronym or name)
        family = {
            "accompagnement": "accompagnement",
            "collectivite": "public",
            "etat": "etat",
            "financeur_public": "public",
            "reseau": "accompagnement",
        }.get(kind, "finance")
        if kind in ("entreprise_ess", "tiers_lieu"):
            family = "ess"
        local = commune is not None
        org = self.new(
            d.Organisation,
            self.days_ago(900, 1100),
            name=name,
            acronym=acronym,
            kind=kind,
            legal_status=legal,
            address=f"{rng.randint(1, 40)} {rng.choice(data.STREETS)}" if local else "",
            postcode=commune[2] if local else None,
            commune_insee=commune[0] if local else None,
            phone=self.phone(),
            email=f"contact@{org_slug}.exemple.fr",
            website=f"https://www.{org_slug}.exemple.fr" if rng.random() < 0.6 else None,
            territory=territory
            or ((f"commune:{commune[0]}",) if family == "ess" else data.TERRITORY_CODES),
            sectors=tuple(sectors),
        )
        self.org_family.append((org, family))
        return org

    def people(self) -> None:
        rng, scale = self.rng, self.scale
        n_contacts = max(len(self.org_family), scale.people * 3 // 10)
        self.contacts: list[tuple[d.Person, str, d.Organisation]] = []
        self.porteurs: list[tuple[d.Person, bool]] = []  # person, is_woman
        orgs = self.org_family
        for i in range(scale.people):
            woman = rng.random() < 0.55
            first = rng.choice(data.FIRST_NAMES_F if woman else data.FIRST_NAMES_M)
            last = rng.choice(data.LAST_NAMES)
            email_name = f"{fold(first).replace(' ', '-')}.{fold(last).replace(' ', '-')}"
            commune = self.commune()
            contact = i < n_contacts
            person = self.new(
                d.Person,
                self.days_ago(30, 1100),
                civility="Mme" if woman else "M.",
                first_name=first,
                last_name=last,
                email=None if contact else f"{email_name}@exemple.fr",
                mobile=self.phone(mobile=True) if rng.random() < 0.8 else None,
                postcode=None if contact else commune[2],
                commune_insee=None if contact else commune[0],
            )
            if not contact:
                self.porteurs.append((person, woman))
                continue
            # Every structure gets someone; the rest go to the ones officers call most.
            org, family = orgs[i] if i < len(orgs) else rng.choice(orgs[: len(data.NAMED_ORGS)])
            start = self.days_ago(200, 3000)
            if rng.random() < 0.25:  # came from another structure: an ended affiliation
                before, before_family = rng.choice(orgs)
                old_start = start - timedelta(days=rng.randint(400, 2500))
                self._affiliation(
                    person,
                    before,
                    before_family,
                    woman,
                    old_start,
                    start - timedelta(days=rng.randint(1, 90)),
                )
            role = self._affiliation(person, org, family, woman, start, None)
            self.contacts.append((person, role, org))

    def _affiliation(self, person, org, family, woman, start, end) -> str:
        role = self.rng.choice(data.ROLES[family])[woman]
        domain_part = org.email.split("@")[1]
        self.new(
            d.Affiliation,
            start,
            person_id=person.id,
            organisation_id=org.id,
            role=role,
            email=f"{fold(person.first_name)[:1]}.{slug(person.last_name)}@{domain_part}",
            phone=self.phone(),
            start_on=start.isoformat(),
            end_on=end.isoformat() if end else None,
        )
        return role
