"""The ``logbook`` command.

Every command that opens a vault accepts ``--passphrase-stdin`` (read secrets as lines
from standard input) and ``--recovery-code`` (unlock with the recovery code instead of
the passphrase). Errors print one clear line and exit non-zero; unexpected errors never
print their message, which could contain case data.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from logbook import __version__
from logbook.cli_listing import list_findings, list_hits
from logbook.core.errors import LogbookError
from logbook.core.profiles import PROFILES
from logbook.core.progress import Progress, no_progress
from logbook.export.wording import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES
from logbook.secret_input import SecretReader
from logbook.services.case_book import CaseBook
from logbook.services.case_dump import dump_case
from logbook.services.case_import import import_case, read_case_file
from logbook.services.search import search
from logbook.services.verification import verify
from logbook.vault.atomic import sweep_leftovers, write_atomic
from logbook.vault.database import user_error
from logbook.vault.lifecycle import (
    Secret,
    change_passphrase,
    create_vault,
    erase_vault,
    open_vault,
)
from logbook.vault.output_paths import check_output_path
from logbook.vault.passphrase_policy import require_strong

EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
_HIT_ID = re.compile(r"VH-[0-9a-f]{8}")


def out(text: str = "") -> None:
    print(text)


def err(text: str) -> None:
    print(f"logbook: {text}", file=sys.stderr)


def _reader(args: argparse.Namespace) -> SecretReader:
    return SecretReader(args.passphrase_stdin)


def _unlock_secret(args: argparse.Namespace, reader: SecretReader) -> Secret:
    if args.recovery_code:
        return Secret(reader.ask("Recovery code: "), "recovery")
    return Secret(reader.ask("Passphrase: "))


@contextmanager
def _open_book(args: argparse.Namespace) -> Iterator[CaseBook]:
    """The unlocked vault (opening it sweeps what an interrupted run left in its evidence
    folder), with any warning about it on stderr."""
    session = open_vault(Path(args.path), _unlock_secret(args, _reader(args)))
    for warning in session.warnings:  # e.g. recent changes missing: said, not fatal
        err(f"warning: {warning}")
    try:
        yield CaseBook(session)
    finally:
        session.close()


def cmd_init(args: argparse.Namespace) -> int:
    passphrase = _reader(args).ask_new(require_strong)
    print("Measuring this computer to set key derivation (about a second)…", file=sys.stderr)
    session, code = create_vault(Path(args.path), passphrase)
    session.close()
    out(f"Vault created at {args.path}.")
    out()
    out("Recovery code (shown only this once):")
    out()
    out(f"    {code}")
    out()
    out("Write it down on paper now and keep it away from this computer. It opens the vault")
    out("if you forget the passphrase, and anyone holding it and the vault can read it all.")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    reader = _reader(args)
    secret = _unlock_secret(args, reader)
    change_passphrase(Path(args.path), secret, reader.ask_new(require_strong))
    out("Passphrase changed. The recovery code is unchanged.")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    if not args.yes:
        if not sys.stdin.isatty():
            raise LogbookError("Refusing to erase without confirmation; add --yes in scripts.")
        answer = input(f"This destroys the vault at {args.path} for good. Type ERASE to go on: ")
        if answer.strip() != "ERASE":
            out("Nothing was erased.")
            return 1
    complete = erase_vault(Path(args.path))
    out("The vault's keys are destroyed; nobody can open it any more.")
    if not complete:
        out(f"Files that Logbook did not create were left in {args.path}.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    with _open_book(args) as book:
        report = verify(book)
    for line in report.lines():
        out(line)
    out("Vault verified: everything is intact." if report.ok else "Vault verification FAILED.")
    return 0 if report.ok else 5


def cmd_cases(args: argparse.Namespace) -> int:
    with _open_book(args) as book:
        cases = book.cases()
        for case in cases:
            out(f"{case.ref}\t{case.title}")
    if not cases:
        out("No cases yet.")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    if bool(args.query) == args.query_stdin:
        raise LogbookError("Give the words to search for, or --query-stdin (not both).")
    with _open_book(args) as book:
        text = _query_line() if args.query_stdin else " ".join(args.query)
        results = search(book, text)
    for r in results:
        label = f"{r.detail}  {r.label}" if r.detail else r.label
        out(f"{r.kind:<9} {r.case_ref}/{r.ref}\t{label}")
    if not results:
        out("No matches.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    # Read (and refuse a pipe, a device, a folder or an oversized file) before the unlock.
    data = read_case_file(Path(args.file))
    with _open_book(args) as book:
        report = import_case(
            book, data, _progress_line("Importing") if _on_terminal() else no_progress
        )
    out(f"Imported case {report.case_ref}: {report.summary()}.")
    if report.pseudonyms_assigned:
        out(f"{report.pseudonyms_assigned} pseudonym(s) assigned.")
    return 0


def _query_line() -> str:
    """The words to search for, from a line of standard input (read after any secret)."""
    try:
        line = sys.stdin.readline()
    except UnicodeDecodeError:
        line = ""
    if not line.strip() or any("\ud800" <= ch <= "\udfff" for ch in line):
        raise LogbookError("Expected the words to search for on a line of standard input.")
    return line.strip()


def _on_terminal() -> bool:
    return sys.stderr.isatty()


def _progress_line(what: str, every: float = 0.5) -> Progress:
    """Progress as one line on the terminal, rewritten at most every ``every`` seconds
    (Ctrl+C stops the work; see :func:`main`)."""
    shown = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - shown[0] >= every or done == total:
            shown[0] = now
            end = "\n" if done == total else ""
            print(f"\r{what}: {done:,} of {total:,} records", end=end, file=sys.stderr, flush=True)

    return progress


def cmd_dump(args: argparse.Namespace) -> int:
    if args.out:
        _writable_target(Path(args.out), "dump")
    with _open_book(args) as book:
        document = dump_case(book, args.case, include_files=args.include_files)
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if args.out:
        try:
            sweep_leftovers(Path(args.out).parent)  # an interrupted dump's, if any
            write_atomic(Path(args.out), text.encode("utf-8"), str(args.out))
        except OSError as exc:
            raise LogbookError(f"Cannot write {args.out}: {exc.strerror}.") from None
        print(f"Wrote {args.out} (NOT encrypted: keep it safe or delete it).", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from logbook.services import backup

    folder = args.to or args.verify or args.list
    if args.to is None:  # --verify or --list: the backup folder, unlocked on its own
        if args.path is not None:
            raise LogbookError("Give either VAULT --to FOLDER, or --verify/--list FOLDER.")
        opened = backup.open_backup_folder(Path(folder), _unlock_secret(args, _reader(args)))
        if args.list:
            for generation in backup.list_backup(opened):
                out(generation.line())
            return 0
        report = backup.check_backup(opened, _bytes_line("Checking"))
        for line in report.lines():
            out(line)
        out("Backup verified: every part is intact." if report.ok else "Backup check FAILED.")
        return 0 if report.ok else 5
    if args.path is None:
        raise LogbookError("Which vault? Give it before --to: logbook backup VAULT --to FOLDER.")
    backup.check_backup_target(Path(args.path), Path(folder))
    started = time.monotonic()
    with _open_book(args) as book:  # the app may go on using the vault meanwhile
        written = backup.backup_vault(book.session, Path(folder), _bytes_line("Backing up"))
    for line in written.lines(folder, time.monotonic() - started):
        out(line)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from logbook.services import backup

    target = Path(args.to)
    backup.check_restore_target(target)  # before the (slow) unlock
    opened = backup.open_backup_folder(Path(args.path), _unlock_secret(args, _reader(args)))
    outcome = backup.restore_backup(opened, target, _bytes_line("Restoring"), args.generation)
    for skipped in outcome.skipped:
        err(f"passed over: {skipped}")
    for line in outcome.lines(target):
        out(line)
    return 5 if outcome.restored.not_restored else 0


def _bytes_line(what: str) -> Progress:
    """Progress as a percentage on the terminal, rewritten when it changes."""
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent != shown[0]:
            shown[0] = percent
            end = "\n" if done == total else ""
            print(f"\r{what}: {percent} %", end=end, file=sys.stderr, flush=True)

    return progress if _on_terminal() else no_progress


def _writable_target(path: Path, what: str) -> None:
    """Refuse an output path that cannot or must not be written (inside a vault, a
    device…), before the (slow) unlock."""
    check_output_path(path, f"the {what}")


def cmd_export(args: argparse.Namespace) -> int:
    # Imported here: reportlab and pypdf would add a fifth of a second to every start.
    from logbook.export import ExportOptions, LeakDetected, UnresolvedFindings
    from logbook.export.localising import LANGUAGE_FINDINGS
    from logbook.export.report import RedactionReport
    from logbook.export.report_text import environment_language
    from logbook.services.exporting import export_case

    target = Path(args.out)
    report_path = Path(args.report) if args.report else None
    # The report is written in the language of the environment's messages (LANGUAGE,
    # LC_ALL, LC_MESSAGES, LANG, as gettext reads them): English, Russian or Kazakh.
    report_language = environment_language()
    _writable_target(target, "PDF")
    if report_path is not None:
        _writable_target(report_path, "report")
        if report_path.resolve() == target.resolve():
            raise LogbookError("The report and the PDF must be different files.")
        sweep_leftovers(report_path.parent)
    # What an interrupted export left beside its file goes now, even if this one stops
    # before writing (where the OS has no unnamed temporary files; see vault/atomic.py).
    sweep_leftovers(target.parent)
    options = ExportOptions(
        args.profile,
        args.type,
        language=args.language,
        source_contact=not args.no_source_contact,
        original_names=args.original_names,
    )
    try:
        with _open_book(args) as book:
            outcome = export_case(
                book,
                args.case,
                target,
                options,
                accept_findings=args.accept_findings,
                accept_kinds=LANGUAGE_FINDINGS if args.accept_untranslated else (),
                accepted_hits=args.accept_verifier_hit,
            )
    except UnresolvedFindings as exc:
        list_findings(exc.findings)
        raise
    except LeakDetected as exc:
        list_hits(exc.hits)
        if report_path is not None and isinstance(exc.report, RedactionReport):
            _write_report(report_path, exc.report.text(report_language))
        if target.exists():  # never replaced by a file that failed verification
            err(f"{target} is from an earlier export and was left as it was.")
        raise
    report = outcome.report
    if report.accepted_findings:
        out(f"Accepted {len(report.accepted_findings)} finding(s).")
    if report.accepted_hits:
        out(f"Left in {len(report.accepted_hits)} leak-check hit(s) you judged false alarms.")
    unmatched = len(set(args.accept_verifier_hit) - set(report.accepted_hits))
    if unmatched:
        out(f"{unmatched} id(s) given with --accept-verifier-hit matched nothing here (ignored).")
    if report_path is not None:
        _write_report(report_path, report.text(report_language))
        out(f"Redaction report written to {report_path}.")
    kind = report.communication_type.replace("_", " ")
    out(f"Wrote {target}: {args.profile} profile, {kind}, document {report.document_id}.")
    verified = f"Verified: none of {report.terms_checked} protected terms is in the PDF"
    if report.accepted_hits:
        verified += ", apart from the hits you judged false alarms"
    out(f"{verified}.")
    print(f"{target} is NOT encrypted: keep it safe or delete it.", file=sys.stderr)
    return 0


def _write_report(path: Path, text: str) -> None:
    try:
        write_atomic(path, text.encode("utf-8"), "the redaction report")
    except OSError as exc:
        raise LogbookError(f"Cannot write {path}: {exc.strerror}.") from None


def _vault_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="the vault folder")
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read secrets as lines from standard input (for scripts)",
    )
    parser.add_argument(
        "--recovery-code",
        action="store_true",
        help="unlock with the recovery code instead of the passphrase",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="logbook",
        description="Logbook: an encrypted, offline case logbook for human rights defenders.",
        epilog="Secrets from --passphrase-stdin are read one per line: passwd reads the "
        "current passphrase (or recovery code) then the new one.",
    )
    parser.add_argument("--version", action="version", version=f"logbook {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands: list[tuple[str, str, Callable[[argparse.Namespace], int]]] = [
        ("init", "create a new vault", cmd_init),
        ("passwd", "change the passphrase (no data is re-encrypted)", cmd_passwd),
        ("erase", "destroy a vault for good (crypto-erase)", cmd_erase),
        ("verify", "check the database, the audit chain and evidence hashes", cmd_verify),
        ("cases", "list the cases in a vault", cmd_cases),
        ("search", "full-text search of incidents and persons", cmd_search),
        ("import", "import a logbook.case/1 JSON document (all or nothing)", cmd_import),
        ("dump", "write a case as a logbook.case/1 JSON document", cmd_dump),
        ("export", "write a redacted PDF submission to the UN Special Procedures", cmd_export),
        (
            "backup",
            "back up a vault into a folder (encrypted, incremental), or check one",
            cmd_backup,
        ),
        ("restore", "restore a backup into a new vault", cmd_restore),
    ]
    for name, summary, handler in commands:
        command = sub.add_parser(name, help=summary, description=summary)
        command.set_defaults(handler=handler)
        if name == "init":
            command.add_argument("path", metavar="PATH", help="the new vault folder")
            command.add_argument(
                "--passphrase-stdin",
                action="store_true",
                help="read the passphrase as one line from standard input",
            )
        elif name in ("backup", "restore"):
            _backup_options(command, name)
        elif name == "erase":
            command.add_argument("path", metavar="PATH", help="the vault folder")
            command.add_argument("--yes", action="store_true", help="do not ask to confirm")
        else:
            _vault_options(command)
    search_command = sub.choices["search"]
    search_command.add_argument(
        "query", nargs="*", metavar="QUERY", help="the words (they stay in the shell's history)"
    )
    search_command.add_argument(
        "--query-stdin",
        action="store_true",
        help="read the words from a line of standard input instead (after the passphrase's "
        "line with --passphrase-stdin): they never reach the command line or its history",
    )
    sub.choices["import"].add_argument("file", metavar="FILE.json")
    dump = sub.choices["dump"]
    dump.add_argument("--case", required=True, metavar="ID", help="the case's document id")
    dump.add_argument(
        "--include-files",
        action="store_true",
        help="include evidence files (base64) in the document",
    )
    dump.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    _export_options(sub.choices["export"])
    return parser


def _backup_options(command: argparse.ArgumentParser, name: str) -> None:
    if name == "backup":
        command.add_argument("path", nargs="?", metavar="VAULT", help="the vault folder")
        where = command.add_mutually_exclusive_group(required=True)
        where.add_argument("--to", metavar="FOLDER", help="back up into FOLDER (made if new)")
        where.add_argument("--verify", metavar="FOLDER", help="check every part of a backup")
        where.add_argument("--list", metavar="FOLDER", help="list the backups in FOLDER")
    else:
        command.add_argument("path", metavar="FOLDER", help="the backup folder")
        command.add_argument("--to", required=True, metavar="NEW_VAULT", help="the new vault")
        command.add_argument(
            "--generation",
            type=int,
            metavar="N",
            help="restore generation N (see backup --list; default: the newest usable)",
        )
    for flag, text in (
        ("--passphrase-stdin", "read secrets as lines from standard input (for scripts)"),
        ("--recovery-code", "unlock with the recovery code instead of the passphrase"),
    ):
        command.add_argument(flag, action="store_true", help=text)


def _export_options(export: argparse.ArgumentParser) -> None:
    export.add_argument("--case", required=True, metavar="ID", help="the case's document id")
    export.add_argument(
        "--profile",
        required=True,
        choices=tuple(PROFILES),
        help="; ".join(f"{p.name}: {p.purpose}" for p in PROFILES.values()),
    )
    export.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    export.add_argument(
        "--type",
        choices=("auto", "urgent_appeal", "allegation_letter"),
        help="communication type (default: the case's; auto: urgent appeal if any "
        "incident is ongoing, else allegation letter)",
    )
    export.add_argument(
        "--language",
        choices=LANGUAGES,
        default=DEFAULT_LANGUAGE,
        help="the document's language: "
        + ", ".join(f"{code} ({LANGUAGE_NAMES[code]})" for code in LANGUAGES)
        + f"; default {DEFAULT_LANGUAGE}. Each field of yours is taken from its translation "
        "into it; a field without one stops the export (see --accept-untranslated)",
    )
    export.add_argument(
        "--accept-untranslated",
        action="store_true",
        help="include the original of fields that have no translation into the document's "
        'language, marked "[original in Russian]", and the Latin spellings Logbook made of '
        "names recorded in Cyrillic only",
    )
    export.add_argument(
        "--original-names",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a named victim's name as recorded (in Cyrillic) in brackets after the Latin "
        "one on the victims' page (default: yes in ohchr, no in public)",
    )
    export.add_argument(
        "--no-source-contact",
        action="store_true",
        help="leave the source's contact details off its confidential page (they are "
        "there by default, as OHCHR needs a way back; never in the public version)",
    )
    export.add_argument(
        "--accept-findings",
        action="store_true",
        help="export even if the personal-data detector flags text no rule covers (and "
        "accept every other finding, as --accept-untranslated does)",
    )
    export.add_argument(
        "--accept-verifier-hit",
        action="append",
        default=[],
        type=_hit_id,
        metavar="ID",
        help="leave in a hit of the independent leak check (VH-…) that you judged a false "
        "alarm, such as a protected name's letters inside an unrelated word; repeatable. "
        "The ids are printed when the check stops an export; the report lists them",
    )
    export.add_argument(
        "--report",
        metavar="FILE",
        help="also write the redaction report (what was withheld, by which rule), in the "
        "language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES or LANG: English, "
        "Russian or Kazakh; English for any other)",
    )


def _hit_id(text: str) -> str:
    value = text.strip()
    value = "VH-" + value[3:].lower() if value[:3].upper() == "VH-" else value
    if not _HIT_ID.fullmatch(value):
        raise argparse.ArgumentTypeError(
            "not a leak-check hit id (VH- and eight hexadecimal digits, as printed)"
        )
    return value


def _run(args: argparse.Namespace) -> int:
    """The command's handler; a database failure met outside a transaction (a damaged
    page while reading, no space to open) or a disk that filled up under any write
    becomes the error that says so."""
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except Exception as exc:
        # The vault the command works on: a restore's is the new one it writes.
        vault = Path((args.to if args.command == "restore" else args.path) or ".")
        told = user_error(exc, vault)
        if told is None:
            raise
        raise told from None


def main(argv: list[str] | None = None) -> int:
    # A frozen app (an installer's build) runs the leak check's worker processes through
    # this same entry point; this lets them start as workers, not as the app.
    multiprocessing.freeze_support()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        # No command: the desktop app (imported here so the CLI never loads Qt).
        from logbook.ui.app import main as run_app

        return run_app()
    try:
        return _run(args)
    except LogbookError as exc:
        err(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        err("interrupted; the vault is as it was before the last unfinished change.")
        return EXIT_INTERRUPTED
    except Exception as exc:
        if os.environ.get("LOGBOOK_DEBUG") == "1":
            raise
        # The message of an unexpected error may quote case data: never print it.
        err(
            f"internal error ({type(exc).__name__}); details are withheld because they "
            "could contain case data. Run with LOGBOOK_DEBUG=1 to see them."
        )
        return EXIT_INTERNAL
