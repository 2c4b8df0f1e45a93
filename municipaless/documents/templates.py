"""The commune's own Word template (.docx or .dotx): checked once when chosen, so an export
never fails later on a file that was not a Word document."""

import io
import zipfile

_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


class TemplateError(ValueError):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def normalise_docx_template(data: bytes) -> bytes:
    """The template as .docx bytes python-docx opens (a .dotx differs only by its content
    type, which python-docx refuses); raises TemplateError with a French message."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise TemplateError("Ce fichier n'est pas un modèle Word (.docx ou .dotx).")
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        names = source.namelist()
        if "[Content_Types].xml" not in names or "word/document.xml" not in names:
            raise TemplateError("Ce fichier n'est pas un modèle Word (.docx ou .dotx).")
        content_types = source.read("[Content_Types].xml")
        if _TEMPLATE_TYPE in content_types:
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for item in source.infolist():
                    body = source.read(item.filename)
                    if item.filename == "[Content_Types].xml":
                        body = body.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                    target.writestr(item, body)
            data = out.getvalue()
    import docx

    try:
        docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on a bad package
        raise TemplateError(
            "Ce modèle Word est endommagé ou d'un format non pris en charge."
        ) from exc
    return data
