"""The editing kit every section's forms are built from (see README.md beside this file)."""

from municipaless.ui.common.read_only import read_only_text
from municipaless.ui.editing.date_fields import DateField, DateTimeField
from municipaless.ui.editing.fields import (
    BoolField,
    ChallengesField,
    CommuneField,
    IntField,
    MoneyField,
    MultiChoiceField,
    MultiVocabField,
    NotesField,
    RecordPicker,
    TextField,
    VocabField,
)
from municipaless.ui.editing.form import (
    RecordForm,
    confirm_remove,
    show_storage_error,
)

__all__ = [
    "BoolField",
    "ChallengesField",
    "CommuneField",
    "DateField",
    "DateTimeField",
    "IntField",
    "MoneyField",
    "MultiChoiceField",
    "MultiVocabField",
    "NotesField",
    "RecordForm",
    "RecordPicker",
    "TextField",
    "VocabField",
    "confirm_remove",
    "read_only_text",
    "show_storage_error",
]
