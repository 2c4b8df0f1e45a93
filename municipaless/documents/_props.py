"""The file properties every writer sets: the commune as author, the document's title and
subject, the time of the export, and « MunicipalESS » as the application.

Left to themselves the libraries sign the files they write (« python-docx » as author of a
document created in 2013 by « Microsoft Macintosh Word », « Microsoft Excel Compatible /
Openpyxl 3.1.5 », « ODFPY/1.4.1 », « ReportLab PDF Library »): a council member's file
properties would name a Python library instead of the commune.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

APPLICATION = "MunicipalESS"


def now_utc() -> dt.datetime:
    """The export's time, aware UTC to the second (what the core properties store)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def plain(text: str) -> str:
    """A property as one searches it: the typography's no-break characters made plain
    (« P‑2024‑0003 » is found by typing P-2024-0003 in Explorer or a document system)."""
    return text.replace("\u2011", "-").replace("\u00a0", " ").replace("\u202f", " ")


# reportlab's comments at the head and tail of every PDF, replaced byte for byte (same
# length: the cross-reference offsets stay right).
_PDF_COMMENTS = (
    b"ReportLab Generated PDF document (opensource)",
    b"ReportLab generated PDF document -- digest (opensource)",
)


def unsign_pdf(path: Path) -> None:
    """The PDF at ``path`` without reportlab's name in its comments."""
    data = path.read_bytes()
    for comment in _PDF_COMMENTS:
        data = data.replace(comment, APPLICATION.encode().ljust(len(comment)))
    path.write_bytes(data)


def ooxml_app_xml() -> bytes:
    """``docProps/app.xml`` naming the application only (no library, no version)."""
    return (
        b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'extended-properties"><Application>'
        + escape(APPLICATION).encode()
        + b"</Application></Properties>"
    )


def odf_properties(odf, title: str, subject: str, author: str, keywords: str) -> None:
    """meta.xml of an odfpy document: title, subject, creator and initial creator (the
    commune), dates of the export, generator « MunicipalESS »."""
    from odf import dc, meta
    from odf.namespaces import METANS

    # odfpy writes its own name as generator at save time; this document names the app.
    odf._OpenDocument__replaceGenerator = lambda: None
    for child in odf.meta.childNodes[:]:
        if child.qname == (METANS, "generator"):
            odf.meta.removeChild(child)
    when = now_utc().strftime("%Y-%m-%dT%H:%M:%SZ")
    elements = [
        meta.Generator(text=APPLICATION),
        dc.Title(text=plain(title)),
        dc.Subject(text=plain(subject)),
        meta.InitialCreator(text=plain(author)),
        dc.Creator(text=plain(author)),
        meta.CreationDate(text=when),
        dc.Date(text=when),
        dc.Language(text="fr-FR"),
    ]
    elements += [meta.Keyword(text=plain(k).strip()) for k in keywords.split(",") if k.strip()]
    for element in elements:
        odf.meta.addElement(element)
