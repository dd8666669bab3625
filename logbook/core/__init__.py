"""Domain model, vocabularies, fuzzy dates, validation and the interchange format.

Pure Python: no storage, no Qt. Everything above (vault, services, UI) builds on it.
"""
