"""Encrypted, incremental backups of a vault into a folder, and restoring them.

A backup folder holds *generations*, one per backup run, sharing immutable *objects*::

    BACKUP/
      objects/<32 hex>                       one per evidence file, one per database snapshot
      generations/<6 digits>-<16 hex>.generation     written last, one per backup run

Nothing in it is plaintext case data, and no name says anything about the case:

- **Evidence objects** are the vault's own encrypted blob files copied byte for byte
  (AES-256-GCM per 64 KiB chunk, :mod:`logbook.vault.blobs`), named by a keyed MAC of the
  blob's random id. A blob never changes once written, so its id names its content: a
  later backup finds the object already there (same name, same size) and copies nothing.
  That is what makes a weekly backup of gigabytes of video take seconds.
- **The database** is copied as a consistent snapshot (SQLite's ``VACUUM INTO``, which
  SQLCipher encrypts under the vault's key) to a random object name, once per generation.
- **A generation file** is ``LOGBOOK-BACKUP/1`` (16 bytes), a 16-byte *vault tag* (a MAC
  that tells generations of one vault from those of another in the same folder, and says
  nothing without the key), the length and bytes of a copy of ``vault.header`` as it was
  at backup time (key slots only, as in the vault), then the *manifest*: a JSON list of
  every object of the generation with its size and SHA-256, the snapshot's audit head and
  the time, sealed with AES-256-GCM; the associated data is everything before it, so the
  header copy cannot be swapped either.

Keys: ``HKDF(blob key, "logbook backup …")`` for the object names, the manifest and the
vault tag, where the blob key is ``HKDF(data key, "logbook blobs")`` as the vault derives
it (:mod:`logbook.vault.session`). An open session therefore suffices to write a backup
(no component keeps the data key), and the data key opened from a generation's key slots
opens the rest. The key slots in the header copy open with the passphrase the vault had
when that generation was made, and with the recovery code.

Atomicity: every object and every generation file is written with
:func:`logbook.vault.atomic.atomic_file` (fsynced before it gets its name, the folder
fsynced after); objects are never changed in place. The generation file, written last,
is what makes a generation exist: a run stopped at any moment (``kill -9``, a stick
pulled out, a full disk) leaves at most *orphan objects*, which no generation lists and
which the next run reuses, and every earlier generation is untouched.
"""

from __future__ import annotations
