"""Logbook: an encrypted, offline case logbook for human rights defenders."""

__version__ = "0.1.0"
