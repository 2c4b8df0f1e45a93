"""What a file really is, and how its text is encoded, decided from its bytes.

Officers pick files by name, and names lie: an Excel workbook saved as ``.csv``, a text export
named ``.xlsx``, an old ``.xls``, an empty file from a failed download. Each case gets one
French sentence that says what the file is and what to do, before any parser sees it.

Text encodings are decided by decoding, not by a fixed guess order: a BOM settles it; else
strict UTF-8 (French text in cp1252 or Mac Roman is almost never valid UTF-8 by chance); else
each 8-bit candidate is decoded and the one that yields French letters rather than symbols wins
(Excel for Windows writes cp1252, old Excel for Mac wrote Mac Roman).
"""

import codecs
import re
from pathlib import Path

from municipaless.core.i18n import N_, _
from municipaless.imports.errors import ImportFileError

ZIP = b"PK\x03\x04"
EMPTY_ZIP = b"PK\x05\x06"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .doc, and password-protected .xlsx
PDF = b"%PDF"

# Letters and signs French text is made of; anything else in an 8-bit decoding is suspect.
_FRENCH = set("àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸŒÆ«»’‘“”€°…–—·ß²")
_8BIT_CANDIDATES = ("cp1252", "mac_roman")


def kind_of(data: bytes) -> str:
    """``empty``, ``zip``, ``ole2``, ``pdf``, ``utf16``, ``binary`` or ``text``."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        return "empty"
    if data.startswith((ZIP, EMPTY_ZIP)):
        return "zip"
    if data.startswith(OLE2):
        return "ole2"
    if data.startswith(PDF):
        return "pdf"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf16"
    head = data[:8192]
    if b"\x00" in head:
        return "binary"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return "binary" if controls > len(head) // 100 + 2 else "text"


def read_bytes(path: Path, limit: int = -1) -> bytes:
    """The file's bytes (its first ``limit`` bytes when given), or a French refusal."""
    try:
        with open(path, "rb") as fh:
            return fh.read(limit)
    except FileNotFoundError:
        raise ImportFileError(
            _("Le fichier « {name} » est introuvable.").format(name=Path(path).name)
        ) from None
    except IsADirectoryError:
        raise ImportFileError(
            _("« {name} » est un dossier, pas un fichier.").format(name=Path(path).name)
        ) from None
    except OSError as exc:
        raise ImportFileError(
            _("Le fichier « {name} » ne peut pas être lu ({value}).").format(
                name=Path(path).name, value=exc.strerror or exc
            )
        ) from None


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _score(text: str) -> int:
    """French letters minus three per other non-ASCII character (only those are looked at)."""
    found = _NON_ASCII.findall(text)
    french = sum(1 for c in found if c in _FRENCH)
    return french - 3 * (len(found) - french)


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read with."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass  # a BOM before cp1252 text: seen from tools that prepend it blindly
        data = data[3:]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[int, str, str] | None = None
    for encoding in _8BIT_CANDIDATES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _score(text)
        if best is None or score > best[0]:
            best = (score, text, encoding)
    if best is None:  # cp1252 leaves five bytes undefined; latin-1 reads anything
        return data.decode("latin-1"), "latin-1"
    return best[1], best[2]


_BINARY = {
    "csv": N_(
        "Le fichier « {name} » n'est pas un fichier texte CSV : il contient des données "
        "binaires. Enregistrez vos données au format CSV ou .xlsx depuis votre tableur, ou les "
        "contacts au format vCard (.vcf) depuis votre messagerie."
    ),
    "xlsx": N_(
        "Le fichier « {name} » n'est pas un fichier classeur Excel : il contient des données "
        "binaires. Enregistrez vos données au format CSV ou .xlsx depuis votre tableur, ou les "
        "contacts au format vCard (.vcf) depuis votre messagerie."
    ),
    "vcard": N_(
        "Le fichier « {name} » n'est pas un fichier de contacts vCard : il contient des "
        "données binaires. Enregistrez vos données au format CSV ou .xlsx depuis votre "
        "tableur, ou les contacts au format vCard (.vcf) depuis votre messagerie."
    ),
}


def describe(kind: str, name: str, expected: str) -> str:
    """The French sentence for a file of ``kind`` given where ``expected`` was wanted."""
    if kind == "empty":
        return _("Le fichier « {name} » est vide : il n'y a rien à importer.").format(name=name)
    if kind == "ole2":
        return _(
            "Le fichier « {name} » est un classeur Excel 97-2003 (.xls) illisible "
            "ou un classeur protégé par un mot de passe, que l'application ne peut "
            "pas lire. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au "
            "format .xlsx (sans mot de passe) ou CSV."
        ).format(name=name)
    if kind == "pdf":
        return _(
            "Le fichier « {name} » est un document PDF, pas un tableau : exportez "
            "les données au format CSV ou .xlsx depuis le logiciel qui les "
            "contient."
        ).format(name=name)
    if kind == "zip" and expected == "csv":
        return _(
            "Le fichier « {name} » porte l'extension .csv mais c'est un classeur "
            "(Excel ou LibreOffice). Renommez-le en .xlsx, ou enregistrez-le au "
            "format CSV depuis votre tableur."
        ).format(name=name)
    if kind in ("text", "utf16") and expected == "xlsx":
        return _(
            "Le fichier « {name} » porte l'extension .xlsx mais n'est pas un "
            "classeur Excel : c'est un fichier texte. S'il s'agit d'un export CSV, "
            "renommez-le en .csv."
        ).format(name=name)
    if kind == "zip" and expected == "vcard":
        return _(
            "Le fichier « {name} » est une archive compressée, pas un fichier de "
            "contacts vCard : extrayez-en le fichier .vcf."
        ).format(name=name)
    return _(_BINARY[expected]).format(name=name)
