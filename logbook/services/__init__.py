"""Use cases over an open vault: what the CLI and the desktop app call.

Services validate, write through the vault's store in one transaction, append the audit
entry, keep the search index and pseudonyms current, and return what changed. They hold
the business rules; front ends hold none. Never imports Qt.
"""
