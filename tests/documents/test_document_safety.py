"""Formula neutralising, markup escaping, atomic writes, and the lazy writer imports."""

from __future__ import annotations

import subprocess
import sys

import pytest

from municipaless.documents import _fr as fr
from municipaless.documents import model, safety, write


@pytest.mark.parametrize("text", ["=1+1", "+33 6", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_neutralise_dangerous(text):
    assert safety.is_formula_like(text)
    assert safety.neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["Cœur", "01000", "a=b", ""])
def test_neutralise_leaves_plain_text(text):
    assert safety.neutralise(text) == text


def test_escape_markup():
    assert safety.escape_markup("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"


def test_atomic_write_replaces_on_success(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    with safety.atomic_write(target) as tmp:
        tmp.write_text("new")
        assert target.read_text() == "old"
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_atomic_write_leaves_nothing_on_error(tmp_path):
    target = tmp_path / "out.txt"
    with pytest.raises(RuntimeError), safety.atomic_write(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("cancelled")
    assert list(tmp_path.iterdir()) == []


def test_writer_failing_midway_leaves_nothing(tmp_path, monkeypatch):
    from municipaless.documents import docx_writer

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(docx_writer, "_key_figures", boom)
    doc = model.Document("t", sections=[model.Section([model.KeyFigures([("a", 1)])])])
    target = tmp_path / "bilan.docx"
    with pytest.raises(RuntimeError):
        write(doc, target)
    assert list(tmp_path.iterdir()) == []


def test_french_formats():
    assert fr.money(1_250_000) == "12\u202f500\u00a0€"
    assert fr.money(1_250_050) == "12\u202f500,50\u00a0€"
    assert fr.count(1234) == "1\u202f234"
    assert fr.percent(0.42) == "42\u00a0%"
    assert fr.date("2024-03-05") == "05/03/2024"
    assert fr.cell(None, "money") == ""


def test_model_rejects_ragged_rows():
    with pytest.raises(ValueError):
        model.Table("t", [model.Column("a"), model.Column("b")], [["x"]])
    with pytest.raises(ValueError):
        model.Column("a", "euros")


def test_writers_are_not_imported_with_the_package():
    code = (
        "import sys, municipaless.documents;"
        "print(sorted(m for m in ('docx', 'openpyxl', 'reportlab', 'odf') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]"
