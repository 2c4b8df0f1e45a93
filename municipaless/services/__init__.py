"""Use cases the UI and the CLI both call. No Qt."""
