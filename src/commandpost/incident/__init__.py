"""Incidents run by a plan: deadlines, checklists, levels and phases (no Qt)."""
