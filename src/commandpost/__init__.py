"""CommandPost (应急指挥台)."""

__version__ = "0.1.0"
