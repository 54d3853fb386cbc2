"""The `musette` command line: the contract in DESIGN.md, its exit codes and one-line errors."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from exporters.readers.errors import ImportRefused
from exporters.registry import READERS, WRITERS
from exporters.writers.cannot_draw import CannotDraw
from vault import Unlock, Vault, VaultError, backup, demo, records
from vault.fileio import is_writable
from vault.model import RECORD_TYPES, Application
from vault.vault import check_before_unlock

from . import __version__, messages
from .messages import say

if TYPE_CHECKING:
    from vault.reference import Reference

# The CV templates (exporters.writers.cv_pdf.TEMPLATES), named here so that `--help`
# lists them without loading reportlab.
TEMPLATE_NAMES = ("classique", "moderne", "colonnes", "compact")


class UsageError(Exception):
    """Wrong usage of the command line (exit code 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _passphrase_from_env_or_prompt(variable: str, prompt: str, *, confirm: bool) -> str:
    value = os.environ.get(variable)
    if value is not None:
        if confirm and not value:
            raise UsageError(say(f"{variable} est vide", f"{variable} is empty"))
        return value
    if not sys.stdin.isatty():
        raise UsageError(
            say(
                f"aucune phrase de passe : définissez {variable} "
                "ou lancez la commande dans un terminal",
                f"no passphrase: set {variable} or run the command in a terminal",
            )
        )
    first = getpass.getpass(prompt)
    if confirm and not first:
        raise UsageError(say("la phrase de passe ne peut pas être vide", "the passphrase is empty"))
    if confirm and getpass.getpass(say("Encore une fois : ", "Once more: ")) != first:
        raise UsageError(say("les deux phrases de passe diffèrent", "the passphrases differ"))
    return first


def _unlock(vault_path: Path | None = None) -> Unlock:
    """What opens the vault; a file that is no musette is refused before any prompt."""
    code = os.environ.get("MUSETTE_RECOVERY_CODE")
    if vault_path is not None:
        check_before_unlock(vault_path, by_recovery_code=code is not None)
    if code is not None:
        return Unlock(recovery_code=code)
    return Unlock(
        passphrase=_passphrase_from_env_or_prompt(
            "MUSETTE_PASSPHRASE", say("Phrase de passe : ", "Passphrase: "), confirm=False
        )
    )


def _open_for_reading(path: str) -> Vault:
    # Reading never needs to write: open read-only when the file cannot be written.
    target = Path(path)
    return Vault.open(
        target, _unlock(target), read_only=target.exists() and not is_writable(target)
    )


def _print_recovery(code: str, hex_key: str) -> None:
    print(code)
    print(hex_key)
    print(
        say(
            "Notez ce code de secours et gardez-le à l'abri : il ouvre votre musette "
            "si vous oubliez votre phrase de passe.",
            "Write this recovery code down and keep it safe: it opens your Musette file "
            "if you forget your passphrase.",
        ),
        file=sys.stderr,
    )


def cmd_vault_create(args: argparse.Namespace) -> int:
    passphrase = _passphrase_from_env_or_prompt(
        "MUSETTE_PASSPHRASE", say("Nouvelle phrase de passe : ", "New passphrase: "), confirm=True
    )
    created = Vault.create(args.path, passphrase)
    created.vault.close()
    _print_recovery(created.recovery_code, created.recovery_hex)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    passphrase = _passphrase_from_env_or_prompt(
        "MUSETTE_PASSPHRASE", say("Nouvelle phrase de passe : ", "New passphrase: "), confirm=True
    )
    created = Vault.create(args.path, passphrase)
    with created.vault as vault:
        demo.fill(vault)
    _print_recovery(created.recovery_code, created.recovery_hex)
    return 0


def cmd_vault_check(args: argparse.Namespace) -> int:
    with _open_for_reading(args.path) as vault:
        problems = vault.check()
    if problems:
        print(
            say("Cette musette est abîmée : ", "This Musette file is damaged: ")
            + "; ".join(problems[:5]),
            file=sys.stderr,
        )
        return messages.NOT_OPENABLE
    print(say("Cette musette est intacte.", "This Musette file is sound."))
    return 0


def cmd_vault_stats(args: argparse.Namespace) -> int:
    with _open_for_reading(args.path) as vault:
        print(json.dumps(vault.stats(), indent=2, sort_keys=True))
    return 0


def cmd_vault_list(args: argparse.Namespace) -> int:
    try:
        types = [records.type_named(args.type)] if args.type else list(RECORD_TYPES)
    except ValueError:
        raise UsageError(say(f"type inconnu : {args.type}", f"unknown type: {args.type}")) from None
    with _open_for_reading(args.path) as vault:
        listing = [
            {"id": record.id, "type": record.TYPE, "title": record.display_name()}
            for cls in types
            for record in vault.records.iter(cls)
        ]
    json.dump(listing, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def cmd_vault_passwd(args: argparse.Namespace) -> int:
    path = Path(args.path)
    unlock = _unlock(path)
    if args.rotate:
        # A new data key too: an old key file, with the old passphrase, no longer
        # opens what is written from now on. The recovery code changes with it.
        vault = Vault.open(path, unlock)
        new = _passphrase_from_env_or_prompt(
            "MUSETTE_NEW_PASSPHRASE",
            say("Nouvelle phrase de passe : ", "New passphrase: "),
            confirm=True,
        )
        try:
            code, hex_key = vault.rotate_data_key(new)
        finally:
            vault.close()
        _print_recovery(code, hex_key)
        print(
            say(
                "La phrase de passe et la clé de chiffrement ont été changées ; "
                "l'ancien code de secours ne sert plus.",
                "The passphrase and the encryption key were changed; "
                "the old recovery code no longer works.",
            ),
            file=sys.stderr,
        )
        return 0
    # The key file is all that changes: the database may even be read-only.
    with Vault.open(path, unlock, read_only=path.exists() and not is_writable(path)) as vault:
        new = _passphrase_from_env_or_prompt(
            "MUSETTE_NEW_PASSPHRASE",
            say("Nouvelle phrase de passe : ", "New passphrase: "),
            confirm=True,
        )
        vault.change_passphrase(new)
    print(say("La phrase de passe a été changée.", "The passphrase was changed."))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with _open_for_reading(args.path) as vault:
        written, counts = vault.backup(Path(args.to))
    print(written)
    print(
        say(
            f"Sauvegarde vérifiée : {sum(counts.values())} fiches.",
            f"Backup verified: {sum(counts.values())} records.",
        ),
        file=sys.stderr,
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    target = Path(args.to)
    # Said before the passphrase is asked: nobody types it to hear "this file exists".
    backup.check_restorable(Path(args.backup), target)
    counts = backup.restore_as(Path(args.backup), target, _unlock())
    print(
        say(
            f"Musette restaurée : {target} ({sum(counts.values())} fiches).",
            f"Restored: {target} ({sum(counts.values())} records).",
        )
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from exporters.actions import import_file

    language = "fr" if messages.french() else "en"
    # Parsed before the vault is even opened: a refused file never reaches it.
    plan = import_file.read(args.kind, Path(args.file), language=language)
    with Vault.open(Path(args.vault), _unlock(Path(args.vault))) as vault:
        result = import_file.apply(import_file.prepare(plan, vault), vault)
    for warning in plan.warnings:
        print(f"musette: {warning.describe(language)}", file=sys.stderr)
    print(
        say(
            f"Importé depuis {plan.file_name}\u00a0: {result.added} fiche(s) ajoutée(s), "
            f"{result.merged} complétée(s), {result.skipped} en double ignorée(s).",
            f"Imported from {plan.file_name}: {result.added} record(s) added, "
            f"{result.merged} completed, {result.skipped} duplicate(s) skipped.",
        )
    )
    return 0


def cmd_signer_create(args: argparse.Namespace) -> int:
    from exporters.actions import attest
    from exporters.credentials import identity

    with Vault.open(Path(args.vault), _unlock(Path(args.vault))) as vault:
        existing = attest.signer_of(vault)
        signer = attest.create_signer(vault, args.name, args.org or "", args.role or "")
    if existing is not None:
        print(
            say(
                "Cette musette a déjà une identité de signataire ; la voici.",
                "This vault already has a signer identity; here it is.",
            ),
            file=sys.stderr,
        )
    print(signer.did)
    print(identity.fingerprint(signer.did))
    return 0


def cmd_attest_request(args: argparse.Namespace) -> int:
    from exporters.actions import attest
    from vault.fileio import write_atomic

    with Vault.open(Path(args.vault), _unlock(Path(args.vault))) as vault:
        try:
            request = attest.make_request(vault, args.record, use_email=args.email)
        except attest.NothingToName:
            raise UsageError(
                say(
                    "indiquez d'abord votre nom (ou votre courriel) dans Identité",
                    "fill in your name (or e-mail) in Identity first",
                )
            ) from None
        except (TypeError, ValueError):
            raise UsageError(
                say(
                    "on ne demande une attestation que pour une compétence, une expérience, "
                    "une formation ou une certification",
                    "attestations are asked for a skill, an experience, a training or a "
                    "certification",
                )
            ) from None
    write_atomic(Path(args.out), request)
    print(args.out)
    return 0


def cmd_attest_sign(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from exporters.actions import attest
    from exporters.credentials.credential import BadCredential
    from exporters.readers import attestation_request
    from vault.fileio import write_atomic

    request = attestation_request.read(Path(args.request))
    valid_until = None
    if args.expires:
        try:
            valid_until = datetime.strptime(args.expires, "%Y-%m-%d").replace(tzinfo=UTC)
        except ValueError:
            raise UsageError(
                say("--expires attend AAAA-MM-JJ", "--expires wants YYYY-MM-DD")
            ) from None
    with Vault.open(Path(args.vault), _unlock(Path(args.vault))) as vault:
        try:
            token = attest.sign_request(vault, request, valid_until=valid_until, form=args.format)
        except attest.NoSigner:
            raise UsageError(
                say(
                    "cette musette n'a pas d'identité de signataire : musette signer create",
                    "this vault has no signer identity: musette signer create",
                )
            ) from None
        except BadCredential as exc:
            raise UsageError(str(exc)) from None
    write_atomic(Path(args.out), (token + "\n").encode("utf-8"))
    print(args.out)
    return 0


def cmd_attest_verify(args: argparse.Namespace) -> int:
    from exporters.actions import attest
    from exporters.readers import attestations

    try:
        _, verdict = attestations.verify(Path(args.file))
    except ImportRefused as exc:
        print(json.dumps({"valid": False, "reason": exc.detail or exc.reason}, ensure_ascii=False))
        raise
    language = "fr" if messages.french() else "en"
    described = attest.describe(verdict, verdict.status, language)
    print(json.dumps(described, ensure_ascii=False, indent=2))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    import dataclasses

    from exporters.actions import export
    from exporters.writers.cv_pdf import TEMPLATES

    if args.kind not in WRITERS:
        raise UsageError(
            say(
                f"l'export {args.kind} n'est pas encore disponible "
                f"(disponibles : {', '.join(WRITERS)})",
                f"{args.kind} export is not available yet (available: {', '.join(WRITERS)})",
            )
        )
    if args.template and args.kind == "cv" and args.template not in TEMPLATES:
        raise UsageError(
            say(f"modèles : {', '.join(TEMPLATES)}", f"templates: {', '.join(TEMPLATES)}")
        )
    target = Path(args.out)
    folder = target.resolve().parent
    if not folder.is_dir():  # said before the passphrase is asked, and before any writing
        raise UsageError(
            say(
                f"le dossier {folder} n'existe pas : créez-le, ou choisissez-en un autre ; "
                "rien n'a été écrit",
                f"the folder {folder} does not exist: create it, or choose another; "
                "nothing was written",
            )
        )
    with _open_for_reading(args.vault) as vault:
        try:
            choice = export.choice_for(vault, args.profile)
        except export.UnknownProfile:
            raise UsageError(
                say(
                    f"aucun profil de partage nommé « {args.profile} »",
                    f'no share profile named "{args.profile}"',
                )
            ) from None
        if args.lang:
            choice = dataclasses.replace(choice, language=args.lang)
        if args.template:
            choice = dataclasses.replace(choice, template=args.template)
        export.to_file(vault, args.kind, target, choice)  # a read-only vault cannot log it
        untranslated = export.untranslated(vault, choice)
    if untranslated:
        from exporters.translations import describe_missing

        said_in = "fr" if messages.french() else "en"
        note = describe_missing(untranslated, choice.language, said_in)
        print(
            f"musette: {say('note', 'note')} : {note}"
            if said_in == "fr"
            else f"musette: note: {note}",
            file=sys.stderr,
        )
    print(target)
    return 0


def cmd_taxonomy_import(args: argparse.Namespace) -> int:
    from vault import taxonomy

    target = Path(args.to) if args.to else taxonomy.default_path()
    if args.if_missing and target.exists():
        return 0  # `make run` asks each time; the import is done once
    try:
        counts = taxonomy.import_esco(Path(args.source), target)
    except taxonomy.TaxonomyError as exc:
        print(f"musette: {say('ESCO refusé', 'ESCO refused')}: {exc}", file=sys.stderr)
        return messages.INVALID_INPUT
    except FileNotFoundError:
        print(f"musette: {say('introuvable', 'not found')}: {args.source}", file=sys.stderr)
        return messages.INVALID_INPUT
    print(json.dumps(counts, sort_keys=True))
    print(target, file=sys.stderr)
    return 0


def cmd_reference_import(args: argparse.Namespace) -> int:
    from vault import reference

    target = Path(args.to) if args.to else reference.default_path()
    if args.if_missing and target.exists() and reference.is_current(target):
        return 0  # `make run` asks each time; the import is done once per version
    lists = Path(args.diagoriente) if args.diagoriente else None
    try:
        counts = reference.import_rome(Path(args.source), target, lists)
    except reference.ReferenceError as exc:
        print(f"musette: {say('répertoire refusé', 'directory refused')}: {exc}", file=sys.stderr)
        return messages.INVALID_INPUT
    print(json.dumps(counts, sort_keys=True))
    print(target, file=sys.stderr)
    return 0


def _reference() -> Reference:
    from vault import reference

    found = reference.Reference.open_default()
    if found is None:
        raise UsageError(
            say(
                "le répertoire ROME n'est pas là : musette reference import DOSSIER_ROME",
                "the ROME directory is missing: musette reference import ROME_FOLDER",
            )
        )
    return found


def cmd_jobs_close(args: argparse.Namespace) -> int:
    directory = _reference()
    try:
        job = directory.job_titled(args.title)
        if job is None:
            print(
                "musette: "
                + say(
                    f"aucun métier du ROME ne s'appelle « {args.title} »",
                    f'no ROME job is called "{args.title}"',
                ),
                file=sys.stderr,
            )
            return 1
        close = [found.facts() for found in directory.close_jobs(job.code)]
        said = {"query": args.title, "job": job.facts(), "close": close}
        said["source"] = f"{directory.release()} — France Travail, ROME 4.0"
    finally:
        directory.close()
    print(json.dumps(said, ensure_ascii=False, indent=2))
    return 0


def cmd_jobs_interest(args: argparse.Namespace) -> int:
    directory = _reference()
    try:
        interest = directory.interest(args.code)
        if interest is None:
            codes = ", ".join(i.code for i in directory.interests()[:3])
            raise UsageError(
                say(
                    f"aucun centre d'intérêt n'a le code {args.code} (par exemple {codes}…)",
                    f"no centre d'intérêt has the code {args.code} (for example {codes}…)",
                )
            )
        jobs = [
            {**job.facts(), "main": main} for job, main in directory.interest_jobs(interest.code)
        ]
        said = {
            "code": interest.code,
            "label": interest.label,
            "definition": interest.definition,
            "jobs": jobs,
            "source": f"{directory.release()} — France Travail, ROME 4.0",
        }
    finally:
        directory.close()
    print(json.dumps(said, ensure_ascii=False, indent=2))
    return 0


def cmd_application_add(args: argparse.Namespace) -> int:
    from exporters.actions import applications
    from exporters.readers import job_ad

    if not args.title.strip():
        raise UsageError(say("--title ne peut pas être vide", "--title cannot be empty"))
    # The ad is read before the vault is opened: a refused file never reaches it.
    ad = job_ad.read(Path(args.ad)) if args.ad else None
    with Vault.open(Path(args.vault), _unlock(Path(args.vault))) as vault:
        made = applications.add(
            vault, title=args.title.strip(), employer=args.employer.strip(), ad=ad,
            ad_url=args.url.strip(),
        )  # fmt: skip
    print(made.id)
    return 0


def _application(vault: Vault, application_id: str) -> Application:
    from vault.errors import RecordNotFound

    try:
        return vault.records.get(Application, application_id)
    except RecordNotFound:
        raise UsageError(
            say(
                f"aucune candidature {application_id} dans cette musette",
                f"no application {application_id} in this musette",
            )
        ) from None


def cmd_application_show(args: argparse.Namespace) -> int:
    from exporters.actions import applications

    with _open_for_reading(args.vault) as vault:
        shown = applications.facts(vault, _application(vault, args.id))
    json.dump(shown, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def cmd_application_export(args: argparse.Namespace) -> int:
    from exporters.actions import applications

    if not args.cv and not args.letter:
        raise UsageError(say("--cv ou --letter, ou les deux", "--cv or --letter, or both"))
    targets = {name: Path(getattr(args, name)) for name in ("cv", "letter") if getattr(args, name)}
    for target in targets.values():
        if target.suffix.lower() not in (".pdf", ".docx"):
            raise UsageError(
                say(
                    f"{target.name} : un CV ou une lettre s'écrit en .pdf ou en .docx",
                    f"{target.name}: a CV or a letter is written as .pdf or .docx",
                )
            )
        folder = target.resolve().parent
        if not folder.is_dir():  # said before the passphrase is asked, and before any writing
            raise UsageError(
                say(
                    f"le dossier {folder} n'existe pas : rien n'a été écrit",
                    f"the folder {folder} does not exist: nothing was written",
                )
            )
    with Vault.open(Path(args.vault), _unlock(Path(args.vault))) as vault:
        application = _application(vault, args.id)
        try:
            logged = applications.export_files(
                vault, application, cv=targets.get("cv"), letter=targets.get("letter")
            )
        except applications.LetterNotReady as problem:
            if problem.passage:
                said = say(
                    f"la lettre a encore un passage à écrire : {problem.passage} ; "
                    "rien n'a été écrit",
                    f"the letter still has a passage to write: {problem.passage}; "
                    "nothing was written",
                )
            else:
                said = say(
                    "cette candidature n'a pas encore de lettre (Musette › Candidatures › "
                    "Lettre de motivation…) ; rien n'a été écrit",
                    "this application has no letter yet (Musette › Applications › "
                    "Cover letter…); nothing was written",
                )
            print(f"musette: {said}", file=sys.stderr)
            return 1
    for log in logged:
        print(log.file_name)
    return 0


def cmd_application_list(args: argparse.Namespace) -> int:
    with _open_for_reading(args.vault) as vault:
        listing = [
            {
                "id": a.id,
                "title": a.title,
                "employer": a.employer,
                "status": a.status,
                "next_action_on": a.next_action_on,
            }
            for a in sorted(vault.records.list(Application), key=lambda a: a.created_at)
        ]
    json.dump(listing, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def cmd_rights_estimate(args: argparse.Namespace) -> int:
    from exporters.readers import situation
    from vault.rights import rules_for

    text = sys.stdin.read(situation.MAX_BYTES + 1)
    if len(text) > situation.MAX_BYTES:
        raise ImportRefused("stdin", "too_big", f"more than {situation.MAX_BYTES // 1024} KB")
    question = situation.read(text, "stdin")
    rules = rules_for(question.read_on.year)
    hours = rules.accrual(question.situation).in_hours
    balance = round(question.balance) if hours else round(question.balance * 100)
    answer = rules.estimate(
        question.situation,
        balance,
        question.read_on,
        question.project_to,
        "fr" if messages.french() else "en",
    )
    json.dump(answer, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def _sync_folder(value: str) -> Path:
    folder = Path(value)
    if not folder.is_dir():
        raise UsageError(say(f"dossier introuvable : {folder}", f"no such folder: {folder}"))
    return folder


def cmd_sync_now(args: argparse.Namespace) -> int:
    from vault import sync

    folder = _sync_folder(args.folder)
    with Vault.open(Path(args.vault_path), _unlock(Path(args.vault_path))) as vault:
        report = sync.sync_now(vault, folder)
    for skipped in report.skipped:
        print(
            f"musette: {skipped.path.name}: {messages.sync_skipped(skipped.why)}", file=sys.stderr
        )
    print(json.dumps(report.as_json(), ensure_ascii=False))
    return 0


def cmd_sync_join(args: argparse.Namespace) -> int:
    from vault import sync

    folder, target = _sync_folder(args.folder), Path(args.to)
    if target.exists() or Path(f"{target}-keys").exists():
        raise UsageError(say(f"{target} existe déjà", f"{target} already exists"))
    joined = sync.join(folder, target, _unlock())
    print(
        say(
            f"Musette rejointe : {target} ({sum(joined.counts.values())} fiches, "
            f"depuis {joined.from_device}).",
            f"Joined: {target} ({sum(joined.counts.values())} records, from {joined.from_device}).",
        )
    )
    return 0


def cmd_sync_conflicts(args: argparse.Namespace) -> int:
    from vault import sync

    with _open_for_reading(args.vault_path) as vault:
        found = sync.conflicts(vault)
    listed = [
        {
            "id": c.id,
            "record_type": c.record_type,
            "record_id": c.record_id,
            "field": c.column,
            "values": [c.first, c.second],
            "found_at": c.found_at,
        }
        for c in found
    ]
    print(json.dumps(listed, ensure_ascii=False, indent=2))
    return 0


def cmd_sync_leave(args: argparse.Namespace) -> int:
    from vault import sync

    folder = _sync_folder(args.folder)
    with Vault.open(Path(args.vault_path), _unlock(Path(args.vault_path))) as vault:
        sync.leave(vault, folder)
    print(
        say(
            "Cet ordinateur ne synchronise plus cette musette.", "This computer no longer syncs it."
        )
    )
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from .app import run_app

    return run_app(args.vault_path)


if TYPE_CHECKING:
    from typing import TypeAlias

    Commands: TypeAlias = argparse._SubParsersAction[_Parser]  # musette COMMAND …


def _vault_help() -> str:
    return say("votre fichier .musette", "your .musette file")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line; with a known `command`, only its part, which is all it reads."""
    parser = _Parser(
        prog="musette",
        description=say(
            "Musette : votre dossier de carrière, chiffré sur votre ordinateur.",
            "Musette: your career file, encrypted on your own computer.",
        ),
    )
    parser.set_defaults(handler=cmd_gui, vault_path=None)
    parser.add_argument("--version", action="version", version=f"musette {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name, add in _COMMANDS.items():
        if command not in _COMMANDS or command == name:  # else: an unknown word, all listed
            add(commands)
    return parser


def _add_vault(commands: Commands) -> None:
    """`musette vault`."""
    vault_help = _vault_help()
    vault_parser = commands.add_parser("vault", help=say("gérer une musette", "manage a vault"))
    vault_commands = vault_parser.add_subparsers(
        dest="vault_command", parser_class=_Parser, required=True
    )
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "create": cmd_vault_create,
        "check": cmd_vault_check,
        "stats": cmd_vault_stats,
        "passwd": cmd_vault_passwd,
        "list": cmd_vault_list,
    }
    for name, handler in handlers.items():
        sub = vault_commands.add_parser(name)
        sub.add_argument("path", help=vault_help)
        sub.set_defaults(handler=handler)
        if name == "list":
            sub.add_argument(
                "--type",
                default=None,
                help=say("un seul type de fiche (experience, skill…)", "one record type only"),
            )
        if name == "passwd":
            sub.add_argument(
                "--rotate",
                action="store_true",
                help=say(
                    "aussi une nouvelle clé de données et un nouveau code de secours",
                    "a new data key and recovery code too",
                ),
            )


def _add_demo(commands: Commands) -> None:
    """`musette demo`."""
    demo_parser = commands.add_parser(
        "demo", help=say("une musette de démonstration", "a demonstration vault")
    )
    demo_parser.add_argument(
        "path", help=say("le fichier .musette à créer", "the .musette file to create")
    )
    demo_parser.set_defaults(handler=cmd_demo)


def _add_backup(commands: Commands) -> None:
    """`musette backup`."""
    vault_help = _vault_help()
    backup_parser = commands.add_parser("backup", help=say("sauvegarder", "back up"))
    backup_parser.add_argument("path", help=vault_help)
    backup_parser.add_argument(
        "--to", required=True, help=say("le dossier de la sauvegarde", "the backup folder")
    )
    backup_parser.set_defaults(handler=cmd_backup)


def _add_restore(commands: Commands) -> None:
    """`musette restore`."""
    restore_parser = commands.add_parser("restore", help=say("restaurer", "restore"))
    restore_parser.add_argument("backup", help=say("le fichier de sauvegarde", "the backup file"))
    restore_parser.add_argument(
        "--to", required=True, help=say("la musette à créer", "the vault to create")
    )
    restore_parser.set_defaults(handler=cmd_restore)


def _add_import(commands: Commands) -> None:
    """`musette import`."""
    vault_help = _vault_help()
    import_parser = commands.add_parser(
        "import",
        help=say("importer un CV, une archive, un badge", "import a résumé, an archive, a badge"),
    )
    import_parser.add_argument(
        "kind", choices=tuple(READERS), help=say("le genre de fichier", "the kind of file")
    )
    import_parser.add_argument("file", help=say("le fichier à importer", "the file to import"))
    import_parser.add_argument("--vault", required=True, help=vault_help)
    import_parser.set_defaults(handler=cmd_import)


def _add_export(commands: Commands) -> None:
    """`musette export`."""
    vault_help = _vault_help()
    export_parser = commands.add_parser(
        "export", help=say("exporter ce que vous choisissez", "export what you choose")
    )
    export_parser.add_argument(
        "kind", choices=tuple(WRITERS), help=say("ce que vous exportez", "what you export")
    )
    export_parser.add_argument("out", help=say("le fichier à écrire", "the file to write"))
    export_parser.add_argument("--vault", required=True, help=vault_help)
    export_parser.add_argument(
        "--template",
        default=None,
        choices=TEMPLATE_NAMES,
        help=say("la mise en page du CV", "the CV's layout"),
    )
    export_parser.add_argument(
        "--lang", choices=("fr", "en"), default=None, help=say("la langue", "the language")
    )
    export_parser.add_argument(
        "--profile",
        default=None,
        help=say("le profil de partage (Partager)", "the share profile (Partager)"),
    )
    export_parser.set_defaults(handler=cmd_export)


def _add_signer(commands: Commands) -> None:
    """`musette signer`."""
    vault_help = _vault_help()
    signer_parser = commands.add_parser(
        "signer", help=say("votre identité de signataire", "your signer identity")
    )
    signer_commands = signer_parser.add_subparsers(
        dest="signer_command", parser_class=_Parser, required=True
    )
    create = signer_commands.add_parser("create")
    create.add_argument("--vault", required=True, help=vault_help)
    create.add_argument("--name", required=True, help=say("votre nom", "your name"))
    create.add_argument("--org", default="", help=say("votre organisme", "your organisation"))
    create.add_argument("--role", default="", help=say("votre fonction", "your role"))
    create.set_defaults(handler=cmd_signer_create)


def _add_attest(commands: Commands) -> None:
    """`musette attest`."""
    vault_help = _vault_help()
    attest_parser = commands.add_parser("attest", help=say("attestations", "attestations"))
    attest_commands = attest_parser.add_subparsers(
        dest="attest_command", parser_class=_Parser, required=True
    )
    request_parser = attest_commands.add_parser("request")
    request_parser.add_argument("out", help=say("la demande à écrire", "the request to write"))
    request_parser.add_argument("--vault", required=True, help=vault_help)
    request_parser.add_argument(
        "--record", required=True, help=say("l'identifiant de la fiche", "the record's id")
    )
    request_parser.add_argument(
        "--email", action="store_true", help=say("avec l'adresse e-mail", "with the e-mail")
    )
    request_parser.set_defaults(handler=cmd_attest_request)
    sign_parser = attest_commands.add_parser("sign")
    sign_parser.add_argument("request", help=say("la demande reçue", "the request received"))
    sign_parser.add_argument("out", help=say("l'attestation à écrire", "the attestation to write"))
    sign_parser.add_argument(
        "--vault", required=True, help=say("la musette du signataire", "the signer's vault")
    )
    sign_parser.add_argument(
        "--expires",
        default=None,
        help=say("fin de validité, AAAA-MM-JJ", "valid until, YYYY-MM-DD"),
    )
    sign_parser.add_argument(
        "--format",
        choices=("jwt", "data-integrity"),
        default="jwt",
        help=say(
            "jwt (par défaut) ou data-integrity (JSON lu par les portefeuilles numériques)",
            "jwt (default) or data-integrity (JSON that learner wallets read)",
        ),
    )
    sign_parser.set_defaults(handler=cmd_attest_sign)
    verify_parser = attest_commands.add_parser("verify")
    verify_parser.add_argument(
        "file", help=say("l'attestation ou le badge", "the attestation or badge")
    )
    verify_parser.set_defaults(handler=cmd_attest_verify)


def _add_taxonomy(commands: Commands) -> None:
    """`musette taxonomy`."""
    taxonomy_parser = commands.add_parser(
        "taxonomy", help=say("le référentiel ESCO", "the ESCO taxonomy")
    )
    taxonomy_commands = taxonomy_parser.add_subparsers(
        dest="taxonomy_command", parser_class=_Parser, required=True
    )
    taxonomy_import = taxonomy_commands.add_parser("import")
    taxonomy_import.add_argument(
        "source", help=say("le dossier ou le ZIP ESCO", "the ESCO folder or ZIP")
    )
    taxonomy_import.add_argument(
        "--to", default=None, help=say("où écrire le référentiel", "where to write it")
    )
    taxonomy_import.add_argument(
        "--if-missing", action="store_true", help=say("seulement s'il manque", "only if missing")
    )
    taxonomy_import.set_defaults(handler=cmd_taxonomy_import)


def _add_application(commands: Commands) -> None:
    """`musette application`."""
    vault_help = _vault_help()
    application_parser = commands.add_parser(
        "application", help=say("mes candidatures", "my applications")
    )
    application_commands = application_parser.add_subparsers(
        dest="application_command", parser_class=_Parser, required=True
    )
    application_add = application_commands.add_parser("add")
    application_add.add_argument("--vault", required=True, help=vault_help)
    application_add.add_argument("--title", required=True, help=say("le poste", "the job"))
    application_add.add_argument("--employer", default="", help=say("l'employeur", "the employer"))
    application_add.add_argument(
        "--ad",
        default=None,
        help=say("l'annonce : texte, HTML ou PDF", "the ad: text, HTML or PDF"),
    )
    application_add.add_argument("--url", default="", help=say("le lien de l'annonce", "its link"))
    application_add.set_defaults(handler=cmd_application_add)
    application_show = application_commands.add_parser("show")
    application_show.add_argument(
        "id", help=say("le numéro qu'a donné « add »", "the id « add » printed")
    )
    application_show.add_argument("--vault", required=True, help=vault_help)
    application_show.set_defaults(handler=cmd_application_show)
    application_export = application_commands.add_parser("export")
    application_export.add_argument(
        "id", help=say("la candidature (son identifiant)", "the application (its id)")
    )
    application_export.add_argument("--vault", required=True, help=vault_help)
    application_export.add_argument(
        "--cv",
        help=say("le CV fait pour l'annonce (.pdf ou .docx)", "the tailored CV (.pdf or .docx)"),
    )
    application_export.add_argument(
        "--letter",
        help=say("la dernière lettre (.pdf ou .docx)", "the latest letter (.pdf or .docx)"),
    )
    application_export.set_defaults(handler=cmd_application_export)
    application_list = application_commands.add_parser("list")
    application_list.add_argument("--vault", required=True, help=vault_help)
    application_list.set_defaults(handler=cmd_application_list)


def _add_sync(commands: Commands) -> None:
    """`musette sync`."""
    vault_help = _vault_help()
    sync_parser = commands.add_parser(
        "sync", help=say("une musette sur deux ordinateurs", "one musette on two computers")
    )
    sync_commands = sync_parser.add_subparsers(
        dest="sync_command", parser_class=_Parser, required=True
    )
    folder_help = say(
        "le dossier que votre outil de synchronisation partage",
        "the folder your sync tool shares",
    )
    sync_now = sync_commands.add_parser("now")
    sync_now.add_argument("vault_path", help=vault_help)
    sync_now.add_argument("--folder", required=True, help=folder_help)
    sync_now.set_defaults(handler=cmd_sync_now)
    sync_join = sync_commands.add_parser("join")
    sync_join.add_argument("folder", help=folder_help)
    sync_join.add_argument(
        "--to", required=True, help=say("la nouvelle musette de cet ordinateur", "the new vault")
    )
    sync_join.set_defaults(handler=cmd_sync_join)
    sync_conflicts = sync_commands.add_parser("conflicts")
    sync_conflicts.add_argument("vault_path", help=vault_help)
    sync_conflicts.set_defaults(handler=cmd_sync_conflicts)
    sync_leave = sync_commands.add_parser("leave")
    sync_leave.add_argument("vault_path", help=vault_help)
    sync_leave.add_argument("--folder", required=True, help=folder_help)
    sync_leave.set_defaults(handler=cmd_sync_leave)


def _add_reference(commands: Commands) -> None:
    """`musette reference`."""
    reference_parser = commands.add_parser(
        "reference", help=say("le répertoire ROME 4.0", "the ROME 4.0 job directory")
    )
    reference_commands = reference_parser.add_subparsers(
        dest="reference_command", parser_class=_Parser, required=True
    )
    reference_import = reference_commands.add_parser("import")
    reference_import.add_argument(
        "source", help=say("le dossier des fichiers ROME", "the folder of ROME files")
    )
    reference_import.add_argument(
        "--to", default=None, help=say("où écrire le répertoire", "where to write it")
    )
    reference_import.add_argument(
        "--diagoriente",
        default=None,
        help=say(
            "le dossier des listes de Diagoriente (sinon : « diagoriente » à côté)",
            "the folder of Diagoriente's lists (else: « diagoriente » beside it)",
        ),
    )
    reference_import.add_argument(
        "--if-missing",
        action="store_true",
        help=say("seulement s'il manque ou date d'avant", "only if missing or older"),
    )
    reference_import.set_defaults(handler=cmd_reference_import)


def _add_jobs(commands: Commands) -> None:
    """`musette jobs`."""
    jobs_parser = commands.add_parser("jobs", help=say("les métiers (ROME 4.0)", "jobs (ROME 4.0)"))
    jobs_commands = jobs_parser.add_subparsers(
        dest="jobs_command", parser_class=_Parser, required=True
    )
    close_parser = jobs_commands.add_parser("close")
    close_parser.add_argument("title", help=say("un intitulé de métier", "a job title"))
    close_parser.set_defaults(handler=cmd_jobs_close)
    interest_parser = jobs_commands.add_parser("interest")
    interest_parser.add_argument(
        "code", help=say("un centre d'intérêt ROME (1 à 30)", "a ROME centre d'intérêt (1 to 30)")
    )
    interest_parser.set_defaults(handler=cmd_jobs_interest)


def _add_rights(commands: Commands) -> None:
    """`musette rights`."""
    rights_parser = commands.add_parser(
        "rights", help=say("vos droits (CPF, CEP…)", "your rights (CPF, CEP…)")
    )
    rights_commands = rights_parser.add_subparsers(
        dest="rights_command", parser_class=_Parser, required=True
    )
    estimate = rights_commands.add_parser("estimate")
    estimate.set_defaults(handler=cmd_rights_estimate)


def _add_open_in_app(commands: Commands) -> None:
    """`musette open`."""
    vault_help = _vault_help()
    gui_parser = commands.add_parser(
        "open", help=say("ouvrir une musette dans l'application", "open a vault in the app")
    )
    gui_parser.add_argument("vault_path", help=vault_help)
    gui_parser.set_defaults(handler=cmd_gui)


# `musette COMMAND …` builds only its own part: all fifteen take about 5 ms to build.
_COMMANDS: dict[str, Callable[[Commands], None]] = {
    "vault": _add_vault,
    "demo": _add_demo,
    "backup": _add_backup,
    "restore": _add_restore,
    "import": _add_import,
    "export": _add_export,
    "signer": _add_signer,
    "attest": _add_attest,
    "taxonomy": _add_taxonomy,
    "application": _add_application,
    "sync": _add_sync,
    "reference": _add_reference,
    "jobs": _add_jobs,
    "rights": _add_rights,
    "open": _add_open_in_app,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code. Never lets a traceback reach the person."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # A vault path alone (a double-click on a .musette file) opens it in the app.
    if len(argv) == 1 and argv[0].endswith(".musette"):
        argv = ["open", argv[0]]
    try:
        args = build_parser(argv[0] if argv else None).parse_args(argv)
        return int(args.handler(args))
    except UsageError as exc:
        print(f"musette: {exc}", file=sys.stderr)
        return messages.USAGE
    except ImportRefused as exc:
        print(f"musette: {exc.describe('fr' if messages.french() else 'en')}", file=sys.stderr)
        return messages.INVALID_INPUT
    except CannotDraw as exc:
        print(f"musette: {exc.describe('fr' if messages.french() else 'en')}", file=sys.stderr)
        return messages.OTHER
    except VaultError as exc:
        code, line = messages.describe(exc)
        print(f"musette: {line}", file=sys.stderr)
        return code
    except KeyboardInterrupt:
        print(say("musette : interrompu", "musette: interrupted"), file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"musette: {exc.strerror or exc} ({exc.filename or ''})", file=sys.stderr)
        return messages.OTHER
    except Exception as exc:  # the contract: one line, never a traceback
        if os.environ.get("MUSETTE_DEBUG"):
            raise
        print(f"musette: {type(exc).__name__}: {exc}", file=sys.stderr)
        return messages.OTHER
