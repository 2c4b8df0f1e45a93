"""Coopérations: the territory's enjeux and their coverage, calls for projects and their jury,
collectifs, and ateliers for porteurs."""
