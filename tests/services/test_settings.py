"""Territory settings travel inside the file: name, logo, Word template, delays, backups."""

import io
import zipfile

import docx
import pytest
from PIL import Image

from municipaless.services.file import OpenMode, open_territory
from municipaless.services.file import settings as territory_settings
from municipaless.services.file.settings import SettingsError
from municipaless.services.file.territory import Territory
from municipaless.storage.errors import ReadOnlyError
from tests.documents.typography_sample import plain


@pytest.fixture
def territory(tmp_path):
    t = Territory.create(tmp_path / "t.municipaless", "Camille")
    yield t
    t.close()


def _jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (20, 90, 160)).save(out, "JPEG")
    return out.getvalue()


def test_defaults_then_round_trip_through_the_file(tmp_path, territory):
    loaded = territory_settings.load(territory)
    assert (loaded.commune_name, loaded.logo_png, loaded.referral_no_answer_days) == ("", None, 30)
    loaded.commune_name = "  Privas  "
    loaded.logo_png = territory_settings.prepare_logo(_jpeg(2400, 1200))
    loaded.no_news_days = 60
    loaded.backup_keep["daily"] = 3
    territory_settings.save(territory, loaded)
    territory.close()
    again = open_territory(tmp_path / "t.municipaless", mode=OpenMode.UNLOCKED)
    try:
        read = territory_settings.load(again)
        assert read.commune_name == "Privas" and read.no_news_days == 60
        assert read.backup_keep["daily"] == 3
        with Image.open(io.BytesIO(read.logo_png)) as logo:
            assert logo.format == "PNG" and max(logo.size) == 600
        assert territory_settings.branding(again) == ("Privas", read.logo_png)
    finally:
        again.close()


def test_bad_logo_and_bad_delay_are_refused_in_french(territory):
    with pytest.raises(SettingsError, match="image"):
        territory_settings.prepare_logo(b"%PDF-1.4 not an image")
    settings = territory_settings.load(territory)
    settings.referral_no_answer_days = 0
    with pytest.raises(SettingsError, match="délai"):
        territory_settings.save(territory, settings)
    assert territory_settings.load(territory).referral_no_answer_days == 30


def test_officer_email_is_checked_and_travels_in_the_file(tmp_path, territory):
    settings = territory_settings.load(territory)
    assert settings.officer_email == ""
    settings.officer_email = "ess@mairie"
    with pytest.raises(SettingsError, match="Adresse e-mail invalide"):
        territory_settings.save(territory, settings)
    settings.officer_email = "  ESS@Mairie-Privas.FR "
    territory_settings.save(territory, settings)
    assert territory_settings.load(territory).officer_email == "ESS@mairie-privas.fr"
    settings.officer_email = ""
    territory_settings.save(territory, settings)
    assert territory_settings.load(territory).officer_email == ""


def test_word_template_docx_and_dotx_accepted_other_files_refused():
    template = docx.Document()
    template.add_paragraph("en-tête de la commune")
    out = io.BytesIO()
    template.save(out)
    data = out.getvalue()
    assert territory_settings.prepare_docx_template(data) == data
    # A .dotx is the same package with another content type, which python-docx refuses.
    dotx = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(dotx, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                body = body.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(item, body)
    converted = territory_settings.prepare_docx_template(dotx.getvalue())
    assert docx.Document(io.BytesIO(converted)).paragraphs[0].text == "en-tête de la commune"
    with pytest.raises(SettingsError, match="modèle Word"):
        territory_settings.prepare_docx_template(b"PK\x03\x04 broken")
    with pytest.raises(SettingsError, match="modèle Word"):
        territory_settings.prepare_docx_template(_jpeg(10, 10))


def test_read_only_file_refuses_settings(tmp_path):
    path = tmp_path / "ro.municipaless"
    Territory.create(path).close()
    t = open_territory(path, mode=OpenMode.READ_ONLY)
    try:
        with pytest.raises(ReadOnlyError):
            territory_settings.save(t, territory_settings.load(t))
    finally:
        t.close()


def test_the_bilan_carries_the_communes_name_and_logo(tmp_path, territory):
    from municipaless import documents
    from municipaless.services.reports import activity_document, activity_report

    settings = territory_settings.load(territory)
    settings.commune_name = "Communauté de communes du Val d'Eyrieux"
    settings.logo_png = territory_settings.prepare_logo(_jpeg(300, 120))
    territory_settings.save(territory, settings)
    period = activity_report.Period.year(2025)
    report = activity_report.compute(territory, period)
    out = tmp_path / "bilan.docx"
    documents.write(activity_document.build(report), out, "docx")
    word = docx.Document(out)
    images = [
        part.blob for part in word.part.related_parts.values() if "image" in part.content_type
    ]
    assert settings.logo_png in images  # charts are images too: look for the logo itself
    assert "Val d'Eyrieux" in plain("\n".join(p.text for p in word.paragraphs))
