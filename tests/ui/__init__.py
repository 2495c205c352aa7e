"""Tests of the window (package so that its helper module has one name for pytest and mypy)."""
