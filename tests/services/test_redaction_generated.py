"""Redaction over generated descriptions: every first and last name of the demo's lists, in
the spellings officers type (unaccented, capitals, initials, surname first, « Mme … »), with a
mobile in ten formats and an e-mail; no name part or mobile may be left, no date or amount
lost. Complements the hand-written corpus of tests/core/test_redaction.py."""

import random
import re
import unicodedata

from municipaless.core.redaction import PARTICLES, PersonTraits, redact
from municipaless.core.text import fold
from municipaless.services.demo import data

TEMPLATES = (
    "{N} souhaite créer une activité à Privas ; joignable au {P}.",
    "Rencontre avec {N} le 12/03/2026 à 10h ; mail {E}.",
    "Le projet de {N} (tél. {P}) vise 3 emplois pour 25 000 €.",
    "{N} : {P} / {E}. Local au 12 rue des Écoles.",
    "Appel de {N}, rappeler au {P} avant le 30/06.",
)
KEPT = ("privas", "25 000", "12 03 2026", "30 06", "3 emplois")


def _plain(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def _phones(d: str) -> list[str]:
    p = [d[i : i + 2] for i in range(0, 10, 2)]
    rest = " ".join(p[1:])
    return [
        " ".join(p),
        ".".join(p),
        d,
        "-".join(p),
        "/".join(p),
        f"+33 {d[1]} {rest}",
        f"+33 (0){d[1]} {rest}",
        "0033" + d[1:],
        "+33" + d[1:],
        d[:4] + " " + " ".join(p[2:]),
    ]


def test_generated_descriptions_leak_nothing():
    rng = random.Random(3)
    firsts = [*data.FIRST_NAMES_F, *data.FIRST_NAMES_M]
    checks, problems = 0, []
    for _ in range(600):
        f, last = rng.choice(firsts), rng.choice(data.LAST_NAMES)
        mobile = "06" + "".join(str(rng.randint(0, 9)) for _ in range(8))
        email = f"{_plain(f).lower()}.{_plain(last).lower().replace(' ', '')}@exemple.fr"
        said = rng.choice(
            [
                f"{f} {last}",
                f"{_plain(f)} {_plain(last).upper()}",
                f"{last.upper()} {f}",
                f"{f[0]}. {last}",
                _plain(f),
                f"Mme {last}",
                f"{f} {last[0]}.",
                f"{f.lower()} {last.lower()}",
            ]
        )
        text = rng.choice(TEMPLATES).format(
            N=said, P=rng.choice(_phones(mobile)), E=rng.choice([email, email.upper()])
        )
        out = redact(text, [PersonTraits(f, last, email, None, mobile)]).text
        words, digits = f" {fold(out)} ", re.sub(r"\D", "", out)
        secrets = [w for w in fold(f"{f} {last}").split() if len(w) > 1 and w not in PARTICLES]
        checks += len(secrets) + 1
        problems += [(s, text) for s in secrets if f" {s} " in words]
        problems += [(mobile, text)] if mobile[1:] in digits else []
        problems += [(k, text) for k in KEPT if k in fold(text) and k not in fold(out)]
    assert checks > 1500
    assert problems == []
