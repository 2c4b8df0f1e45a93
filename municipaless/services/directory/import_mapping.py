"""Which column of an imported table fills which field of the annuaire.

The targets are the fields of a structure, of a person, and of the job linking them (a
person's "Structure" + "Fonction" columns create an affiliation). A first guess comes from the
header words French spreadsheets use ("Raison sociale", "CP", "Tél", "Courriel"…); the mapping
the officer settles on is remembered in the file's ``meta`` table under a key made from the
folded header set, so next month's export of the same tool is mapped without a click, on any
colleague's PC.
"""

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from municipaless.core.i18n import N_, _
from municipaless.core.text import fold

if TYPE_CHECKING:  # the type only: no import at run time, as before typing
    from municipaless.services.file.territory import Territory

IGNORE = ""
META_PREFIX = "import_mapping:"


@dataclass(frozen=True)
class Target:
    key: str  # "org.name": record prefix and field
    source_label: str  # what the officer picks in the wizard, in French (``N_()``)
    headers: tuple[str, ...] = ()  # folded header spellings that mean it

    @property
    def label(self) -> str:
        """The label in the officer's language (translated when read, not at import)."""
        return _(self.source_label)

    @property
    def record(self) -> str:
        return {"org": "organisation", "person": "person", "aff": "affiliation"}[
            self.key.split(".")[0]
        ]

    @property
    def field(self) -> str:
        return self.key.split(".", 1)[1]


_ADDRESS = ("adresse", "adresse postale", "rue", "voie", "address", "adr", "adresse 1")
_POSTCODE = ("cp", "code postal", "codepostal", "c p", "postcode", "zip", "code postale")
_COMMUNE = ("ville", "commune", "localite", "city", "nom commune", "commune de residence")
_INSEE = ("code insee", "insee", "code commune", "code commune insee", "cog")
_PHONE = ("tel", "telephone", "tel fixe", "telephone fixe", "phone", "tel 1", "standard")
_EMAIL = ("courriel", "email", "e mail", "mail", "adresse mail", "adresse e mail", "mel")
_COUNTRY = ("pays", "country")

TARGETS: tuple[Target, ...] = (
    Target(
        "org.name",
        N_("Structure : nom"),
        (
            "raison sociale",
            "nom",
            "structure",
            "nom de la structure",
            "nom structure",
            "organisme",
            "organisation",
            "denomination",
            "entreprise",
            "societe",
            "association",
            "employeur",
            "company",
            "organization",
        ),
    ),
    Target("org.acronym", N_("Structure : sigle"), ("sigle", "acronyme")),
    Target(
        "org.kind", N_("Structure : type"), ("type", "type de structure", "categorie", "nature")
    ),
    Target(
        "org.legal_status",
        N_("Structure : statut juridique"),
        ("statut", "statut juridique", "forme juridique", "forme"),
    ),
    Target("org.siret", N_("Structure : SIRET"), ("siret", "n siret", "numero siret", "no siret")),
    Target("org.siren", N_("Structure : SIREN"), ("siren", "n siren", "numero siren")),
    Target("org.rna", N_("Structure : n° RNA"), ("rna", "n rna", "numero rna", "waldec")),
    Target("org.address", N_("Structure : adresse"), _ADDRESS),
    Target("org.postcode", N_("Structure : code postal"), _POSTCODE),
    Target("org.commune", N_("Structure : commune"), _COMMUNE),
    Target("org.insee", N_("Structure : code INSEE de la commune"), _INSEE),
    Target("org.country", N_("Structure : pays"), _COUNTRY),
    Target("org.phone", N_("Structure : téléphone"), _PHONE),
    Target("org.email", N_("Structure : e-mail"), _EMAIL),
    Target(
        "org.website",
        N_("Structure : site web"),
        ("site", "site web", "site internet", "url", "web", "internet"),
    ),
    Target("org.notes", N_("Structure : remarques"), ("remarques", "notes", "commentaire")),
    Target(
        "person.civility", N_("Personne : civilité"), ("civilite", "genre", "titre de civilite")
    ),
    Target("person.first_name", N_("Personne : prénom"), ("prenom", "first name", "given name")),
    Target(
        "person.last_name",
        N_("Personne : nom"),
        ("nom", "nom de famille", "last name", "family name", "surname"),
    ),
    Target(
        "person.full_name",
        N_("Personne : prénom et nom"),
        ("nom complet", "prenom nom", "nom prenom", "contact", "interlocuteur", "full name"),
    ),
    Target("person.email", N_("Personne : e-mail"), _EMAIL),
    Target("person.phone", N_("Personne : téléphone"), _PHONE),
    Target(
        "person.mobile",
        N_("Personne : portable"),
        ("portable", "mobile", "tel portable", "telephone portable", "gsm", "cellulaire"),
    ),
    Target("person.address", N_("Personne : adresse"), _ADDRESS),
    Target("person.postcode", N_("Personne : code postal"), _POSTCODE),
    Target("person.commune", N_("Personne : commune"), _COMMUNE),
    Target("person.insee", N_("Personne : code INSEE de la commune"), _INSEE),
    Target("person.country", N_("Personne : pays"), _COUNTRY),
    Target("person.notes", N_("Personne : remarques"), ("remarques", "notes", "commentaire")),
    Target(
        "aff.role",
        N_("Fonction dans la structure"),
        ("fonction", "poste", "role", "titre", "qualite", "job title", "title"),
    ),
    Target("aff.email", N_("Fonction : e-mail professionnel"), ("courriel pro", "email pro")),
    Target("aff.phone", N_("Fonction : téléphone professionnel"), ("tel pro", "telephone pro")),
    Target("aff.start_on", N_("Fonction : depuis le"), ("depuis", "date d entree", "debut")),
    Target("aff.end_on", N_("Fonction : jusqu'au"), ("jusqu au", "date de fin", "fin")),
)
BY_KEY = {t.key: t for t in TARGETS}
PERSON_NAME_KEYS = ("person.first_name", "person.last_name", "person.full_name")


def header_words() -> frozenset[str]:
    """Every folded header spelling: the table readers use them to find the header row."""
    return frozenset(h for t in TARGETS for h in t.headers)


def _candidates(header: str) -> list[Target]:
    key = fold(header)
    return [t for t in TARGETS if key in t.headers]


_PLACE = ("address", "postcode", "commune", "insee", "country")


def _fits(target: Target, header: str, people: bool) -> bool:
    """Whether ``target`` is the right reading of ``header`` in a list of people or not."""
    if not people:
        return target.record != "person" and not target.key.startswith("aff.")
    if target.key == "org.name" and fold(header) == "nom":
        return False  # beside "Prénom", "Nom" is the person's
    if target.record == "organisation":
        return target.field not in ("email", "phone", "notes")
    return not (target.record == "person" and target.field in _PLACE)


def guess(headers: list[str], people: bool | None = None) -> list[str]:
    """A target key (or IGNORE) per column; each target is used once, left to right.

    Contact details follow the file's subject: in a list of people ("Prénom" present) the
    "Courriel" and "Tél" are the person's, "Structure" and "Adresse" the structure's; in a
    list of structures everything goes to the structure.
    """
    if people is None:  # ``people`` given: the caller says what the file lists
        people = any(
            t.key in ("person.first_name", "person.full_name")
            for h in headers
            for t in _candidates(h)
        )
    used: set[str] = set()
    mapping = []
    for header in headers:
        choice = next(
            (t.key for t in _candidates(header) if t.key not in used and _fits(t, header, people)),
            IGNORE,
        )
        if choice:
            used.add(choice)
        mapping.append(choice)
    return mapping


def mapping_key(headers: list[str]) -> str:
    """The meta key of a header set: folded, sorted, order and case never matter."""
    folded = sorted({fold(h) for h in headers if h})
    digest = hashlib.sha1("\x1f".join(folded).encode("utf-8")).hexdigest()[:16]
    return META_PREFIX + digest


def remembered(territory: "Territory", headers: list[str]) -> list[str] | None:
    """The mapping last used for this header set, or None."""
    raw = territory.meta([mapping_key(headers)]).get(mapping_key(headers))
    if not raw:
        return None
    try:
        by_header = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(by_header, dict):
        return None
    return [
        by_header.get(fold(h), IGNORE) if by_header.get(fold(h)) in BY_KEY else IGNORE
        for h in headers
    ]


def remember(territory: "Territory", headers: list[str], mapping: list[str]) -> None:
    """Store ``mapping`` for this header set (in the file, so it travels with it)."""
    from municipaless.storage.bulk import write_meta

    value = json.dumps(
        {fold(h): m for h, m in zip(headers, mapping, strict=True) if m}, ensure_ascii=False
    )
    write_meta(territory.tdb, {mapping_key(headers): value})


def initial(territory: "Territory", headers: list[str]) -> tuple[list[str], bool]:
    """The remembered mapping if any (True), else the guess (False)."""
    known = remembered(territory, headers)
    return (known, True) if known is not None else (guess(headers), False)


def problems(mapping: list[str]) -> list[str]:
    """Why a mapping cannot be used, in French (empty when it can)."""
    chosen = [m for m in mapping if m]
    out = []
    twice = sorted({m for m in chosen if chosen.count(m) > 1})
    for key in twice:
        out.append(
            _("« {target} » est associé à plusieurs colonnes.").format(target=BY_KEY[key].label)
        )
    if not any(k in chosen for k in PERSON_NAME_KEYS) and "org.name" not in chosen:
        out.append(
            _(
                "Associez au moins une colonne au nom de la structure ou au nom (ou prénom) "
                "de la personne."
            )
        )
    return out
