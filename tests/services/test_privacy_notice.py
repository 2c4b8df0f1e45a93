"""The mention d'information: one printed page saying what art. 13 requires, from the settings;
handing it is dated on the person."""

import datetime as dt
import io

import pytest
from PIL import Image
from pypdf import PdfReader

from municipaless.core.formats import format_long_date
from municipaless.services.file import privacy_settings
from municipaless.services.file import settings as territory_settings
from municipaless.services.privacy import notice
from tests.services.casework_sample import docx_text, make_sample


@pytest.fixture
def s(tmp_path):
    sample = make_sample(tmp_path / "t.municipaless")
    yield sample
    sample.t.close()


def _declare(t):
    privacy_settings.save(
        t,
        privacy_settings.PrivacySettings(
            controller="Commune de Privas, représentée par son maire",
            controller_address="Hôtel de ville, 1 place de l'Hôtel de Ville, 07000 Privas",
            dpo_contact="dpo@privas.fr",
            closed_project_years=7,
            unlinked_person_years=2,
        ),
    )


def _with_logo(t):
    image = io.BytesIO()
    Image.new("RGB", (600, 300), (20, 60, 160)).save(image, "PNG")
    general = territory_settings.load(t)
    general.commune_name = "Privas"
    general.logo_png = territory_settings.prepare_logo(image.getvalue())
    territory_settings.save(t, general)


def test_pdf_is_one_page_with_everything_article_13_asks(s, tmp_path):
    _declare(s.t)
    _with_logo(s.t)  # the letterhead's logo takes room too
    path = tmp_path / "mention.pdf"
    notice.write(s.t, path, person_id=s.lea.id, today=dt.date(2026, 12, 3))
    pages = PdfReader(path).pages
    assert len(pages) == 1
    text = " ".join(pages[0].extract_text().split())
    for present in (
        "Remise à Léa Martin, le 3 décembre 2026",
        "Commune de Privas, représentée par son maire",
        "dpo@privas.fr",
        "article 6.1.e",
        "7 ans après sa clôture",
        "2 ans après notre dernier échange",
        "Accès",
        "Rectification",
        "Effacement",
        "Limitation",
        "Opposition",
        "www.cnil.fr",
        "3 place de Fontenoy",
        "75334 Paris Cedex 07",
    ):
        assert present in text, present


def test_docx_without_person_nor_settings_names_the_commune(s, tmp_path):
    path = tmp_path / "mention.docx"
    notice.write(s.t, path)
    text = docx_text(path)
    assert "Remise à" not in text
    assert "La commune" in text and "Mission d'intérêt public" in text


def test_handing_the_notice_dates_the_person(s):
    assert notice.status_text(s.lea) == "Mention d'information non remise"
    person = notice.record_notice_given(s.t, s.lea.id, on=dt.date(2026, 12, 3))
    assert s.t.records["person"].get(s.lea.id).informed_on == "2026-12-03"
    assert notice.status_text(person) == "Mention d'information remise le 3 décembre 2026"
    assert format_long_date("2026-03-01") == "1er mars 2026"  # the one long date (core)
