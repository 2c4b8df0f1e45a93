"""The SQLite territory file: opening, migrations, repositories, journal, search. No Qt."""
