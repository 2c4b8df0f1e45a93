"""Demo generator, part 1: seeded primitives and the annuaire (see services/demo/)."""

import random
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar, cast

from municipaless.core import domain as d
from municipaless.core.formats import format_date
from municipaless.core.text import fold
from municipaless.services.demo import data

R = TypeVar("R", bound=d.Record)
Commune = tuple[str, str, str]  # INSEE code, name, postcode


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


# Tags of the annuaire (the projects' own tags come with them, demo/casework.py).
ANNUAIRE_TAGS = [
    ("Partenaire clé", "#16a085"),
    ("Conventionné", "#d35400"),
    ("Réseau ESS", "#2c3e50"),
    ("Invité au COPIL", "#7f8c8d"),
]

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
    def new(self, cls: type[R], day: date, **values: Any) -> R:
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
            commune = communes.get(insee) if insee else None  # None: outside the territory
            org = self._org(name, acronym, kind, legal, sectors, commune, whole)
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
                # « Ressourcerie La Bobine (Coux) » is another one; « MJC de Coux (Coux) » would
                # be the same MJC twice, which only the near-duplicates below may make.
                if "{de}" in template:
                    continue
                name = f"{name} ({commune[1]})"
                if name in seen:
                    continue
            seen.add(name)
            self._org(name, "", kind, legal, (sector,), commune)

    def _org(
        self,
        name: str,
        acronym: str,
        kind: str,
        legal: str,
        sectors: Sequence[str],
        commune: Commune | None,
        territory: tuple[str, ...] | None = None,
    ) -> d.Organisation:
        """One structure; ``territory`` defaults to its commune (ESS) or département and région."""
        rng = self.rng
        # « Ressourcerie La Bobine (Coux) » is not the Bobine of Privas: its own address
        org_slug = slug(acronym or name, 8 if "(" in name else 4)
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
            postcode=commune[2] if commune is not None else None,
            commune_insee=commune[0] if commune is not None else None,
            phone=self.phone(),
            email=f"contact@{org_slug}.exemple.fr",
            website=f"https://www.{org_slug}.exemple.fr" if rng.random() < 0.6 else None,
            territory=territory
            # An ESS structure is local: its commune is given (as before typing, None would fail).
            or (
                (f"commune:{cast(Commune, commune)[0]}",)
                if family == "ess"
                else data.TERRITORY_CODES
            ),
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
        self.annuaire_details()

    def _affiliation(
        self,
        person: d.Person,
        org: d.Organisation,
        family: str,
        woman: bool,
        start: date,
        end: date | None,
    ) -> str:
        role = self.rng.choice(data.ROLES[family])[woman]
        assert org.email is not None  # every demo structure has one (_org)
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

    # annuaire details ---------------------------------------------------------------------
    def annuaire_details(self) -> None:
        """Coverage of the offers, tags, and near-duplicates for the « Doublons possibles »
        review. Drawn from a second generator seeded by the first record's id, so the rest of
        the demo (projects, case log, meetings) is the same as without them."""
        rng = random.Random(f"annuaire-{self.rows['Organisation'][0].id}")
        self._coverage()
        self._unique_emails()
        self._annuaire_tags(rng)
        self._near_duplicates(rng)

    def _quiet(self, rng: random.Random, cls: type[R], day: date, **values: Any) -> R:
        """``new`` with the second generator."""
        day = min(day, self.today - timedelta(days=1))
        stamp = f"{day.isoformat()}T{rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}:00.000+00:00"
        record = cls(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            created_at=stamp,
            updated_at=stamp,
            updated_by=self.officer,
            rev=1,
            **values,
        )
        self.rows[cls.__name__].append(record)
        return record

    def _coverage(self) -> None:
        """Named structures cover what they really cover: the département for local ones, the
        région or all of France for the others; the offers inherit it (empty territory), open
        offers (accueil, réseau, formation) serve every stage."""
        named = {o.id: o for o, _ in self.org_family[: len(data.NAMED_ORGS)]}
        centre = tuple(f"commune:{c[0]}" for c in self.communes)
        for (name, acronym, *_rest, insee), (org, _) in zip(
            data.NAMED_ORGS, self.org_family, strict=False
        ):
            if acronym == "CAPCA":
                continue
            if insee is None:
                regional = "Auvergne-Rhône-Alpes" in name or acronym in ("Ronalpia",)
                org.territory = ("reg:84",) if regional else ("pays:FR",)
            else:
                org.territory = ("dep:07",)
        for offer in cast(list[d.ServiceOffer], self.rows["ServiceOffer"]):
            owner = named.get(offer.organisation_id)
            if owner is None:
                continue
            offer.territory = ()
            if offer.service in ("accueil", "reseau", "formation"):
                offer.stages = ()
            if owner.name.startswith("Initiative Centre Ardèche"):
                offer.territory = centre  # its loans: the agglomeration's communes only

    def _unique_emails(self) -> None:
        """Homonyms are common (Marie Martin): each gets her own address, as in life."""
        seen: dict[str, int] = {}
        for person in cast(list[d.Person], self.rows["Person"]):
            if not person.email:
                continue
            n = seen.get(person.email, 0) + 1
            seen[person.email] = n
            if n > 1:
                local, domain_part = person.email.split("@")
                person.email = f"{local}{n}@{domain_part}"

    def _annuaire_tags(self, rng: random.Random) -> None:
        day = self.today - timedelta(days=1000)
        tags = [self._quiet(rng, d.Tag, day, name=n, colour=c) for n, c in ANNUAIRE_TAGS]
        named = len(data.NAMED_ORGS)
        for i, (org, _) in enumerate(self.org_family):
            if rng.random() < (0.5 if i < named else 0.04):
                for tag in rng.sample(tags[:3], rng.randint(1, 2)):
                    self._tag(rng, tag, "organisation", org.id)
        for person, _role, _org in self.contacts:
            if rng.random() < 0.08:
                self._tag(rng, rng.choice(tags[1:]), "person", person.id)

    def _tag(self, rng: random.Random, tag: d.Tag, table: str, row_id: str) -> None:
        self._quiet(
            rng,
            d.Tagging,
            self.days_ago(30, 900),
            tag_id=tag.id,
            target_table=table,
            target_id=row_id,
        )

    def _near_duplicates(self, rng: random.Random) -> None:
        """About 2 % of the generated structures and 1 % of the porteurs are typed twice, the
        way fiches really get duplicated: « Asso. », capitals, a typo, first and last names
        swapped, accents lost — sharing an e-mail, a phone or a commune with the original."""
        generated = [o for o, family in self.org_family[len(data.NAMED_ORGS) :] if family == "ess"]
        n_orgs = min(len(generated) // 2, max(2, len(generated) // 50))
        picked = rng.sample(generated, 2 * n_orgs)
        for original, copy in zip(picked[::2], picked[1::2], strict=True):
            copy.name = _org_variant(rng, original.name, original.legal_status)
            copy.kind, copy.legal_status, copy.sectors = (
                original.kind,
                original.legal_status,
                original.sectors,
            )
            copy.postcode, copy.commune_insee = original.postcode, original.commune_insee
            copy.address = original.address if rng.random() < 0.5 else ""
            if rng.random() < 0.6:
                copy.phone = original.phone
            else:
                assert original.email is not None  # every demo structure has one (_org)
                copy.email = original.email.upper() if rng.random() < 0.5 else original.email
        porteurs = [p for p, _ in self.porteurs]
        n_people = min(len(porteurs) // 2, max(3, len(porteurs) // 100))
        twins = rng.sample(porteurs, 2 * n_people)
        for person, twin in zip(twins[::2], twins[1::2], strict=True):
            twin.civility = person.civility
            twin.first_name, twin.last_name = _person_variant(
                rng, person.first_name, person.last_name
            )
            twin.commune_insee, twin.postcode = person.commune_insee, person.postcode
            if rng.random() < 0.6:
                twin.email = person.email
            else:
                twin.email = None
                twin.mobile = person.mobile or self.phone(mobile=True)
                person.mobile = twin.mobile


def _typo(rng: random.Random, word: str) -> str:
    """Two neighbouring letters swapped, or one doubled: what fingers do."""
    spots = [i for i in range(1, len(word) - 2) if word[i].isalpha() and word[i + 1].isalpha()]
    if len(word) < 5 or not spots:
        return word
    i = rng.choice(spots)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[: i + 1] + word[i] + word[i + 1 :]


def _org_variant(rng: random.Random, name: str, legal: str | None) -> str:
    words = name.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    choices = [
        lambda: ("Asso. " if legal == "association" else "SCOP " if legal == "scop" else "") + name,
        lambda: fold(name).upper(),
        lambda: " ".join(w if i != longest else _typo(rng, w) for i, w in enumerate(words)),
        lambda: name.replace("-", " ").replace("'", " "),
    ]
    return rng.choice(choices)()


def _person_variant(rng: random.Random, first: str, last: str) -> tuple[str, str]:
    choices = [
        lambda: (first, last.upper()),
        lambda: (first, _typo(rng, last)),
        lambda: (last, first),  # typed in the wrong boxes
        lambda: (fold(first).title(), fold(last).title()),
    ]
    return rng.choice(choices)()
