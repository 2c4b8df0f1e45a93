"""A small annuaire for the directory page tests, written through the services (fast, real)."""

import shutil
from pathlib import Path

import pytest

from municipaless.services import directory
from municipaless.services.file.territory import Territory

__all__ = ["directory_file", "directory_template", "win"]  # fixtures for test modules


def write_directory(path: Path) -> Path:
    """Three structures (a funder in Privas, a support structure covering Ardèche, a network),
    two people with jobs, one of them with an ended job."""
    t = Territory.create(path, "Camille Martin")
    try:
        fa = directory.save_organisation(
            t,
            {
                "name": "France Active Ardèche",
                "kind": "finance_solidaire",
                "postcode": "07000",
                "commune_insee": "07186",
                "territory": ("dep:07",),
                "email": "contact@franceactive07.example",
            },
            offers=[
                {
                    "service": "financement",
                    "instrument": "garantie",
                    "conditions": "Projets de l'ESS",
                    "stages": ("creation",),
                }
            ],
            tags=["Réseau ESS"],
        )
        bge = directory.save_organisation(
            t,
            {
                "name": "BGE Ardèche Drôme",
                "acronym": "BGE",
                "kind": "accompagnement",
                "postcode": "07270",
                "commune_insee": "07129",
                "territory": ("commune:07129",),
            },
            offers=[{"service": "creation", "stages": ("idee", "emergence")}],
        )
        directory.save_organisation(
            t, {"name": "Chambre régionale de l'ESS", "acronym": "CRESS", "kind": "reseau"}
        )
        lea = directory.save_person(t, {"first_name": "Léa", "last_name": "Dubois"})
        directory.add_affiliation(
            t,
            lea.id,
            bge.id,
            role="conseillère création",
            start_on="2019-03-01",
            end_on="2020-12-31",
        )
        directory.add_affiliation(
            t, lea.id, fa.id, role="chargée de mission", start_on="2021-01-04"
        )
        directory.save_person(
            t, {"first_name": "Marc", "last_name": "Fabre", "email": "marc.fabre@example.org"}
        )
    finally:
        t.close()
    return path


@pytest.fixture(scope="session")
def directory_template(tmp_path_factory) -> Path:
    return write_directory(tmp_path_factory.mktemp("annuaire") / "modele.municipaless")


@pytest.fixture
def directory_file(tmp_path, directory_template) -> Path:
    """A fresh copy for each test (written once per session: a copy costs nothing)."""
    return Path(shutil.copy(directory_template, tmp_path / "annuaire.municipaless"))


@pytest.fixture
def win(qtbot, directory_file):
    """The window on the annuaire file, showing the Annuaire section."""
    from municipaless.ui.shell.main_window import DIRECTORY, MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 780)
    window.show()
    assert window.open_path(directory_file)
    window.show_section(DIRECTORY)
    yield window
    window.close()
