"""Tests of the installers (a package so that its helper module has one name for pytest and
mypy)."""
