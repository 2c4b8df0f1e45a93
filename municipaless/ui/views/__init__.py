"""The pages the main window's navigation switches between, and their reusable parts."""
