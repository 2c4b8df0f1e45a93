"""Readers for what officers bring in: CSV and XLSX tables, vCard contacts.

Pure: no database, no Qt. A reader turns a file into plain rows (every cell as text) or contact
records and refuses a file that is not what it claims with one French sentence
(:class:`~.errors.ImportFileError`); validating, mapping and writing are the services' job.
"""
