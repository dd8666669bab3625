"""Editors for every kind of record: dialogs over the case book's ``save``."""
