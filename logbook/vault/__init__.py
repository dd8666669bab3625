"""The vault: keys, the SQLCipher database, the blob store, search and the audit log.

Nothing readable is written outside a vault directory, and every file in it is written
atomically with owner-only permissions. Imports ``logbook.core``; never imports Qt.
"""
