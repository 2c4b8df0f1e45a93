"""Settings that travel with the territory file (the ``meta`` table), so every colleague who
opens it prints the same commune name and logo and applies the same delays.

Binary settings (logo, Word template) are stored in the file itself, base64, not as a path:
a path on one PC means nothing on the colleague's PC the file is carried to.
"""

import base64
import binascii
import contextlib
import io
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING

from municipaless.core.i18n import _
from municipaless.core.validation import check_email
from municipaless.services.file.backups import LIMITS
from municipaless.storage.bulk import write_meta

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

LOGO_MAX_PIXELS = 600  # enough for a 4 cm header at 300 dpi; keeps the file small
LOGO_MAX_BYTES = 5_000_000


class SettingsError(ValueError):
    """A setting the officer chose cannot be used; ``message`` says why, in French."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class TerritorySettings:
    commune_name: str = ""
    officer_email: str = ""  # the ORGANIZER of meeting invitations; none: a published event
    logo_png: bytes | None = None
    docx_template: bytes | None = None
    referral_no_answer_days: int = 30
    no_news_days: int = 90
    backup_keep: dict[str, int] = field(default_factory=lambda: dict(LIMITS))


_INT_KEYS = ("referral_no_answer_days", "no_news_days")
_BINARY_KEYS = ("logo_png", "docx_template")


def _keys() -> list[str]:
    names = [f.name for f in fields(TerritorySettings) if f.name != "backup_keep"]
    return names + [f"backup_keep_{k}" for k in LIMITS]


def load(territory: "Territory") -> TerritorySettings:
    raw = territory.meta(_keys())
    settings = TerritorySettings(
        commune_name=raw.get("commune_name", "") or "",
        officer_email=raw.get("officer_email", "") or "",
    )
    for key in _INT_KEYS:
        value = raw.get(key, "")
        if value.isdigit():
            setattr(settings, key, int(value))
    for key in _BINARY_KEYS:
        value = raw.get(key, "")
        if value:
            # A damaged value reads as "not set" rather than breaking every export.
            with contextlib.suppress(binascii.Error, ValueError):
                setattr(settings, key, base64.b64decode(value, validate=True))
    for name in LIMITS:
        value = raw.get(f"backup_keep_{name}", "")
        if value.isdigit():
            settings.backup_keep[name] = int(value)
    return settings


def save(territory: "Territory", settings: TerritorySettings) -> None:
    """Write every setting in one transaction (raises ReadOnlyError on a read-only file)."""
    for key in _INT_KEYS:
        if not 1 <= getattr(settings, key) <= 3650:
            raise SettingsError(_("Un délai doit être compris entre 1 et 3 650 jours."))
    email = check_email(settings.officer_email)
    if not email.ok:
        raise SettingsError(email.error or _("Adresse e-mail invalide."))
    values = {"commune_name": settings.commune_name.strip(), "officer_email": email.value or ""}
    values.update({key: str(getattr(settings, key)) for key in _INT_KEYS})
    for key in _BINARY_KEYS:
        data = getattr(settings, key)
        values[key] = base64.b64encode(data).decode("ascii") if data else ""
    values.update(
        {f"backup_keep_{k}": str(max(1, int(v))) for k, v in settings.backup_keep.items()}
    )
    write_meta(territory.tdb, values)


def prepare_logo(data: bytes) -> bytes:
    """Any image the officer picks (PNG, JPEG, GIF, BMP…) as a PNG of at most 600 px."""
    if len(data) > LOGO_MAX_BYTES:
        raise SettingsError(_("Ce logo pèse plus de 5 Mo : choisissez une image plus légère."))
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.load()
            image: Image.Image = opened  # convert() below gives a plain Image
            if image.mode not in ("RGB", "RGBA"):
                image = image.convert("RGBA")
            image.thumbnail((LOGO_MAX_PIXELS, LOGO_MAX_PIXELS))
            out = io.BytesIO()
            image.save(out, "PNG", optimize=True)
    except (UnidentifiedImageError, OSError) as exc:
        raise SettingsError(
            _("Ce fichier n'est pas une image lisible (formats acceptés : PNG, JPEG, GIF, BMP).")
        ) from exc
    return out.getvalue()


def prepare_docx_template(data: bytes) -> bytes:
    """Check a Word template the commune adjusted (.docx or .dotx) before keeping it."""
    from municipaless.documents.templates import TemplateError, normalise_docx_template

    try:
        return normalise_docx_template(data)
    except TemplateError as exc:
        raise SettingsError(exc.message) from exc


def invitation_organizer(territory: "Territory") -> tuple[str, str]:
    """(name, e-mail) of the organiser of invitations and relances: the file's address when
    the commune set one, else the e-mail of the officer's profile on this PC; ("", "") means
    the calendar file only publishes."""
    from municipaless.services.file.officer import load_profile

    email = load(territory).officer_email
    if not email:
        email = check_email(load_profile().email).value or ""
    return territory.tdb.officer, email


def branding(territory: "Territory") -> tuple[str, bytes | None]:
    """What every document's header shows: the commune's name and logo."""
    brand = document_branding(territory)
    return brand.commune, brand.logo


@dataclass(frozen=True)
class Branding:
    """The commune's identity on every document: its name (header and the file's author),
    its logo, and its Word template (styles, header and footer of every Word export)."""

    commune: str = ""
    logo: bytes | None = None
    docx_template: bytes | None = None


def document_branding(territory: "Territory") -> Branding:
    """One read of the settings for a document: what ``Document(commune…, logo=…,
    docx_template=…)`` takes, so no document forgets the template."""
    settings = load(territory)
    return Branding(settings.commune_name, settings.logo_png, settings.docx_template)
