"""The editing kit every section's forms are built from (see README.md beside this file)."""

from municipaless.ui.editing.fields import (
    BoolField,
    CommuneField,
    DateField,
    IntField,
    MoneyField,
    MultiVocabField,
    NotesField,
    RecordPicker,
    TextField,
    VocabField,
)
from municipaless.ui.editing.form import RecordForm, confirm_remove, show_storage_error

__all__ = [
    "BoolField",
    "CommuneField",
    "DateField",
    "IntField",
    "MoneyField",
    "MultiVocabField",
    "NotesField",
    "RecordForm",
    "RecordPicker",
    "TextField",
    "VocabField",
    "confirm_remove",
    "show_storage_error",
]
