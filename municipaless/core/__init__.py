"""Domain types, vocabularies, validation and formats. Pure Python, no I/O."""
