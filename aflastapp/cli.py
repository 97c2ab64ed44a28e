"""The command line: everything the app does, headless (``aflastapp --help``).

It calls the same services as the GUI and holds no logic of its own. Exit codes: 0 ok;
2 invalid input or usage; 3 cannot unlock (wrong key or password, no keychain); 4 damaged
database or backup; 1 anything else. Messages go to stderr in Danish (``--lang en`` for
English) and never show a traceback unless ``--debug``.

Heavy modules (services, Qt) are imported inside the commands, so ``--help`` and the GUI
start stay fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from aflastapp import __version__

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_UNLOCK, EXIT_DAMAGED = 0, 1, 2, 3, 4

MESSAGES: dict[str, tuple[str, str]] = {
    "invalid": ("Ugyldige oplysninger – intet er gemt:", "Invalid input – nothing was saved:"),
    "usage": ("Forkert brug: {0}", "Wrong usage: {0}"),
    "unlock": ("Dagbogen kan ikke låses op: {0}", "Cannot unlock the diary: {0}"),
    "damaged": (
        "Dagbogen eller sikkerhedskopien er beskadiget: {0}",
        "The diary or the backup is damaged: {0}",
    ),
    "error": ("Fejl: {0}", "Error: {0}"),
    "password_file": (
        "Adgangskodefilen {0} kan ikke læses: {1}",
        "The password file {0} cannot be read: {1}",
    ),
    "password_empty": ("Adgangskodefilen {0} er tom", "The password file {0} is empty"),
    "created": ("Dagbogen er oprettet i {0}.", "The diary was created in {0}."),
    "recovery": (
        "GENDANNELSESNØGLE (vises kun denne ene gang – skriv den ned eller print arket, og gem den sikkert):",
        "RECOVERY KEY (shown only this once – write it down or print the sheet and keep it safe):",
    ),
    "sheet": ("Gendannelsesarket er gemt i {0}.", "The recovery sheet was saved to {0}."),
    "imported": ("Importeret: {0}.", "Imported: {0}."),
    "exported": ("Eksporteret til {0}: {1}.", "Exported to {0}: {1}."),
    "demo": ("Demodagbog lavet i {0}: {1}.", "Demo diary made in {0}: {1}."),
    "report": ("Dokumentet er gemt i {0}.", "The document was saved to {0}."),
    "warn_force": (
        "Dokumentet er ikke lavet. Ret det, eller brug --force for at lave det alligevel.",
        "The document was not made. Correct it, or use --force to make it anyway.",
    ),
    "plain_export": (
        "OBS: {0} indeholder hele dagbogen med personoplysninger om barnet, UKRYPTERET. "
        "Gem den kun et sikkert sted, og slet den, når den ikke skal bruges mere.",
        "NOTE: {0} holds the whole diary with personal data about the child, UNENCRYPTED. "
        "Keep it somewhere safe only, and delete it when it is no longer needed.",
    ),
    "plain_export_until": (
        "Kommunens regler: slet den senest {0}. Filen står på listen over gemte kopier, "
        "så programmet minder jer om det.",
        "The municipality's rules: delete it by {0}. The file is on the list of saved copies, "
        "so the app reminds you.",
    ),
    "already_sent": (
        "Advarsel: der er allerede registreret en indsendelse for samme aftale og periode.",
        "Warning: a submission for the same contract and period is already recorded.",
    ),
    "double_claim": (
        "{0} for denne aftale og periode er allerede registreret som sendt {1}. "
        "Intet dokument er lavet, så den samme periode ikke kræves betalt to gange. "
        "Skal I sende den igen (fx en rettelse), så brug --force.",
        "{0} for this contract and period is already recorded as sent {1}. "
        "No document was made, so the same period is not claimed twice. "
        "To send it again (e.g. a correction), use --force.",
    ),
    "backup": ("Sikkerhedskopi gemt og kontrolleret: {0}", "Backup saved and verified: {0}"),
    "restored": ("Dagbogen er gendannet fra {0}.", "The diary was restored from {0}."),
    "verify_ok": (
        "Dagbogen og den nyeste sikkerhedskopi er i orden.",
        "The diary and the newest backup are fine.",
    ),
    "password_changed": ("Adgangskoden er ændret.", "The password was changed."),
    "to_password": (
        "Dagbogen er nu beskyttet med adgangskoden.",
        "The diary is now protected by the password.",
    ),
    "to_keychain": (
        "Dagbogens nøgle ligger nu i computerens nøglering.",
        "The diary key is now in the keychain.",
    ),
    "new_password_needed": (
        "Angiv den nye adgangskode med --new-password-file FIL",
        "Give the new password with --new-password-file FILE",
    ),
    "no_contracts": ("Ingen aftaler i måneden.", "No contracts in the month."),
    "no_deadlines": ("Ingen frister i perioden.", "No deadlines in the period."),
    "interrupted": ("Afbrudt.", "Interrupted."),
    "ics": (
        "Kalenderfilen er gemt i {0}: {1} frister ({2} klaret, markeret som aflyst). "
        "Den indeholder ingen navne, adresser, notater eller beløb.",
        "The calendar file was saved to {0}: {1} deadlines ({2} done, marked cancelled). "
        "It holds no names, addresses, notes or amounts.",
    ),
    "ics_left_out": (
        "{0} påmindelser om fødselsdage og magtanvendelse er udeladt af kalenderfilen "
        "(datoen alene siger noget om barnet).",
        "{0} reminders of birthdays and use of force were left out of the calendar file "
        "(the date alone tells something about the child).",
    ),
}


@dataclass
class Ctx:
    args: argparse.Namespace
    lang: str

    def t(self, key: str, *fmt: Any) -> str:
        da, en = MESSAGES[key]
        return (en if self.lang == "en" else da).format(*fmt)

    def err(self, key: str, *fmt: Any) -> None:
        print(self.t(key, *fmt), file=sys.stderr)

    def out(self, text: str = "") -> None:
        print(text)


class UsageError(Exception):
    """Bad command-line use (exit 2)."""


# --------------------------------------------------------------------------- argparse


# argparse's own words (it looks them up through ``argparse._`` / ``argparse.ngettext``), in Danish
_ARGPARSE_DA: dict[str, str] = {
    "usage: ": "brug: ",
    "positional arguments": "argumenter",
    "options": "tilvalg",
    "optional arguments": "tilvalg",
    "show this help message and exit": "vis denne hjælp og afslut",
    "show program's version number and exit": "vis versionsnummeret og afslut",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "the following arguments are required: %s": "disse skal angives: %s",
    "one of the arguments %s is required": "et af argumenterne %s skal angives",
    "not allowed with argument %s": "kan ikke bruges sammen med %s",
    "ignored explicit argument %r": "%r passer ikke her",
    "expected one argument": "mangler en værdi",
    "expected at most one argument": "højst én værdi",
    "expected at least one argument": "mindst én værdi",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydigt: %(option)s kan betyde %(matches)s",
    "unexpected option string: %s": "uventet tilvalg: %s",
    "invalid %(type)s value: %(value)r": "ugyldig værdi %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "ukendt valg %(value)r (mulige: %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "ukendt kommando %(parser_name)r (mulige: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "kan ikke åbne '%(filename)s': %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
    "expected %s argument": "forventede %s værdi",
    "expected %s arguments": "forventede %s værdier",
}


def _argv_lang(argv: Sequence[str]) -> str:
    """``--lang`` as given on the command line, before argparse has read it (for its own words)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "da"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "da"
    return "da"


@contextmanager
def _argparse_words(lang: str) -> Iterator[None]:
    """argparse speaks Danish while the parser is built and used (English with ``--lang en``)."""
    if lang == "en":
        yield
        return
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def gettext(msg: str) -> str:
        return _ARGPARSE_DA.get(msg, msg)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    lang = "da"  # set by ``main`` from the command line

    def error(self, message: str) -> NoReturn:
        da, en = MESSAGES["usage"]
        self.print_usage(sys.stderr)
        print((en if _Parser.lang == "en" else da).format(message), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _month(text: str) -> tuple[int, int]:
    try:
        y, m = text.split("-")
        if len(y) != 4 or len(m) != 2:
            raise ValueError
        year, month = int(y), int(m)
        if not 1 <= month <= 12:
            raise ValueError
        return year, month
    except ValueError:
        raise argparse.ArgumentTypeError(f"ugyldig måned {text!r} (ÅÅÅÅ-MM)") from None


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ugyldig dato {text!r} (ÅÅÅÅ-MM-DD)") from None


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ikke et helt tal: {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"skal være mindst 1: {text!r}")
    return n


def _cmd(sub: Any, name: str, help: str, example: str, func: Callable[[Ctx], int]) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        name,
        help=help,
        description=help,
        epilog=f"Eksempel:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.set_defaults(func=func)
    return p


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="aflastapp",
        description="Krypteret dagbog, forventet vederlag og frister for aflastningsfamilier. "
        "Uden kommando startes programmet med vinduer.",
        epilog="Eksempler:\n  aflastapp init --recovery-sheet gendannelse.pdf\n"
        "  aflastapp import dagbog.json\n  aflastapp preview --month 2026-03 --json\n"
        "  aflastapp --data-dir ~/prøve demo --years 2 --children 2",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--data-dir",
        metavar="MAPPE",
        help="datamappen (ellers AFLASTAPP_DATA_DIR eller systemets standardmappe)",
    )
    parser.add_argument(
        "--password-file",
        metavar="FIL",
        help="fil med dagbogens adgangskode: adgangskodetilstand (ellers AFLASTAPP_PASSWORD_FILE)",
    )
    parser.add_argument("--lang", choices=("da", "en"), default="da", help="sprog for beskeder (da/en)")
    parser.add_argument("--debug", action="store_true", help="vis tekniske detaljer ved fejl")
    parser.add_argument("--version", action="version", version=f"aflastapp {__version__}",
                        help="vis versionsnummeret og afslut")
    parser.set_defaults(func=cmd_gui, smoke=False)
    sub = parser.add_subparsers(title="kommandoer", metavar="KOMMANDO", parser_class=_Parser)

    p = _cmd(sub, "gui", "start programmet med vinduer", "aflastapp gui", cmd_gui)
    p.add_argument("--smoke", action="store_true", help="start, vis overblikket og luk igen (test)")

    p = _cmd(
        sub,
        "init",
        "opret en ny krypteret dagbog og vis gendannelsesnøglen én gang",
        "aflastapp init --recovery-sheet gendannelse.pdf",
        cmd_init,
    )
    p.add_argument("--recovery-sheet", metavar="FIL.pdf", help="gem også gendannelsesarket som PDF")

    p = _cmd(
        sub,
        "import",
        "læs en dagbogsfil (JSON) ind: alt eller intet; fejl vises med JSON-sti",
        "aflastapp import dagbog.json",
        cmd_import,
    )
    p.add_argument("file", metavar="FIL.json")

    p = _cmd(
        sub,
        "export",
        "gem hele dagbogen som én JSON-fil (til flytning eller arkiv)",
        "aflastapp export dagbog.json --no-attachments",
        cmd_export,
    )
    p.add_argument("file", metavar="FIL.json")
    p.add_argument("--no-attachments", action="store_true", help="udelad kvitteringsbilleder")

    p = _cmd(
        sub,
        "preview",
        "forventet vederlag, kost og logi, kørsel og udlæg for en måned",
        "aflastapp preview --month 2026-03 --contract emma-slagelse --json",
        cmd_preview,
    )
    p.add_argument("--month", required=True, type=_month, metavar="ÅÅÅÅ-MM")
    p.add_argument("--contract", metavar="ID")
    p.add_argument("--json", action="store_true", help="maskinlæsbart output")

    p = _cmd(
        sub,
        "deadlines",
        "frister: indberetninger, kørselsskema, statusrapporter …",
        "aflastapp deadlines --from 2026-03-01 --to 2026-06-30 --json",
        cmd_deadlines,
    )
    p.add_argument("--from", dest="start", type=_date, metavar="DATO")
    p.add_argument("--to", dest="end", type=_date, metavar="DATO")
    p.add_argument("--include-done", action="store_true", help="medtag frister, der er klaret")
    p.add_argument("--json", action="store_true", help="maskinlæsbart output")
    p.add_argument("--ics", metavar="FIL.ics",
                   help="gem fristerne som kalenderfil (iCalendar) uden personoplysninger; klarede frister "
                   "kommer med som aflyste")
    p.add_argument("--alarm", choices=("none", "day_before", "three_days"), default="none",
                   help="påmindelse i kalenderfilen: ingen, dagen før eller tre dage før")

    p = _cmd(
        sub,
        "paycheck",
        "blev vi betalt rigtigt? forventet udbetaling mod det registrerede for en måned",
        "aflastapp paycheck --month 2026-03 --contract emma-slagelse --json",
        cmd_paycheck,
    )
    p.add_argument("--month", required=True, type=_month, metavar="ÅÅÅÅ-MM",
                   help="måneden, opholdene og kørslen hører til")
    p.add_argument("--contract", metavar="ID")
    p.add_argument("--json", action="store_true", help="maskinlæsbart output")

    p = _cmd(
        sub,
        "report",
        "lav et dokument som PDF (indberetning, kørselsskema, udlæg, årsoversigt, statusrapport)",
        "aflastapp report driving --contract emma-slagelse --period 2026-Q1 "
        "--out koersel.pdf\n  aflastapp report status --meeting m1 --out status.pdf",
        cmd_report,
    )
    p.add_argument("kind", choices=("nights", "driving", "expenses", "annual", "status"),
                   help="dokumentet: indberetning af døgn, kørselsskema, udlægsseddel, årsoversigt "
                   "eller statusrapport")
    p.add_argument("--contract", metavar="ID")
    p.add_argument("--period", metavar="PERIODE", help="ÅÅÅÅ-MM, ÅÅÅÅ-Qn eller ÅÅÅÅ")
    p.add_argument("--meeting", metavar="ID", help="mødet (kun statusrapport)")
    p.add_argument("--out", required=True, metavar="FIL.pdf")
    p.add_argument(
        "--force",
        action="store_true",
        help="lav dokumentet, selv om perioden allerede er registreret som sendt (fx en rettelse)",
    )

    p = _cmd(
        sub,
        "backup",
        "lav en krypteret, kontrolleret sikkerhedskopi nu",
        "aflastapp backup --to /media/usb/dagbog-backup.aflastbak",
        cmd_backup,
    )
    p.add_argument("--to", metavar="FIL", help="gem kopien her (ellers i datamappen)")

    p = _cmd(
        sub,
        "restore",
        "erstat dagbogen med en sikkerhedskopi (kontrolleres først)",
        "aflastapp restore dagbog-backup.aflastbak --recovery-key ABCD-EFGH-…",
        cmd_restore,
    )
    p.add_argument("file", metavar="FIL")
    p.add_argument("--recovery-key", metavar="NØGLE", help="gendannelsesnøglen (på en ny computer)")

    _cmd(sub, "verify", "kontrollér dagbogen og den nyeste sikkerhedskopi", "aflastapp verify", cmd_verify)

    p = _cmd(
        sub,
        "change-password",
        "skift adgangskode, gå over til adgangskode, eller tilbage til nøgleringen (--keychain)",
        "aflastapp --password-file gammel.txt change-password --new-password-file ny.txt",
        cmd_change_password,
    )
    p.add_argument("--new-password-file", metavar="FIL", help="fil med den nye adgangskode")
    p.add_argument(
        "--keychain", action="store_true", help="brug computerens nøglering i stedet for adgangskode"
    )

    p = _cmd(
        sub,
        "rules",
        "kommunernes regler: list dem, eller vis én med kilder",
        "aflastapp rules show slagelse",
        cmd_rules_list,
    )
    rsub = p.add_subparsers(title="underkommandoer", metavar="list|show", parser_class=_Parser)
    _cmd(rsub, "list", "list kommunerne", "aflastapp rules list", cmd_rules_list)
    q = _cmd(rsub, "show", "vis en kommunes regler med kilder", "aflastapp rules show nyborg", cmd_rules_show)
    q.add_argument("id", metavar="ID")

    p = _cmd(
        sub,
        "demo",
        "lav en opdigtet demodagbog i datamappen (til afprøvning og målinger)",
        "aflastapp --data-dir ~/demo demo --years 3 --children 2",
        cmd_demo,
    )
    p.add_argument("--years", type=_positive, default=2, metavar="N")
    p.add_argument("--children", type=_positive, default=2, metavar="N")
    return parser


# --------------------------------------------------------------------------- helpers


def _password(ctx: Ctx, path: str | None = None) -> str | None:
    path = path or ctx.args.password_file or os.environ.get("AFLASTAPP_PASSWORD_FILE") or None
    if not path:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise UsageError(ctx.t("password_file", path, e.strerror)) from e
    text = text.rstrip("\r\n")
    if not text:
        raise UsageError(ctx.t("password_empty", path))
    return text


def _data_dir(ctx: Ctx) -> Path:
    from aflastapp.services import paths

    return paths.data_dir(ctx.args.data_dir)


def _unlock(ctx: Ctx, *, readonly_ok: bool = False) -> Any:
    from aflastapp.services import session

    folder = _data_dir(ctx)
    password = _password(ctx)
    if password is not None and session.key_mode(folder) == "keychain":
        password = None  # keychain diary: the key comes from the keychain
    return session.unlock(folder, password=password, readonly_ok=readonly_ok)


class _Open:
    """``with _Open(ctx) as s:`` unlocks the diary and locks it (with the daily backup) after.
    ``readonly_ok``: a reading command (preview, export, verify …) that may run read-only while
    another process has the diary open, or in a read-only folder."""

    def __init__(self, ctx: Ctx, *, readonly_ok: bool = False) -> None:
        self.ctx = ctx
        self.readonly_ok = readonly_ok

    def __enter__(self) -> Any:
        self.s = _unlock(self.ctx, readonly_ok=self.readonly_ok)
        return self.s

    def __exit__(self, *exc: Any) -> None:
        from aflastapp.services import session

        session.lock(self.s)


def _money(v: Any) -> str | None:
    from aflastapp.services.mapping import money2s

    return money2s(v)


def _kr(ctx: Ctx, v: Any) -> str:
    if v is None:
        return "mangler sats" if ctx.lang == "da" else "rate missing"
    from aflastapp.core.money import format_kr

    return format_kr(v, ctx.lang)


# --------------------------------------------------------------------------- commands


def cmd_gui(ctx: Ctx) -> int:
    from aflastapp.gui.app import run

    return int(run(ctx.args) or 0)


def cmd_init(ctx: Ctx) -> int:
    from aflastapp.services import session

    s, recovery = session.setup(_data_dir(ctx), password=_password(ctx))
    try:
        ctx.out(ctx.t("created", s.data_dir))
        ctx.out(ctx.t("recovery"))
        ctx.out(recovery)
        if ctx.args.recovery_sheet:
            from aflastapp.services import security

            pdf = security.recovery_sheet_pdf(s, lang=ctx.lang)
            Path(ctx.args.recovery_sheet).write_bytes(pdf)
            ctx.out(ctx.t("sheet", ctx.args.recovery_sheet))
    finally:
        session.lock(s)
    return EXIT_OK


def cmd_import(ctx: Ctx) -> int:
    from aflastapp.services import portable

    doc = portable.read_document(ctx.args.file)  # a bad file never needs the key
    problems = portable.schema_problems(doc)
    if problems:
        from aflastapp.core.errors import ValidationError

        raise ValidationError(problems)
    with _Open(ctx) as s:
        summary = portable.import_data(s, doc)
    ctx.out(ctx.t("imported", summary.text()))
    return EXIT_OK


def cmd_export(ctx: Ctx) -> int:
    from aflastapp.services import portable

    with _Open(ctx, readonly_ok=True) as s:
        summary = portable.export_file(s, ctx.args.file, attachments=not ctx.args.no_attachments)
    ctx.out(ctx.t("exported", ctx.args.file, summary.text()))
    exported = summary.exported
    ctx.err("plain_export", exported.path if exported else ctx.args.file)
    if exported is not None and exported.retention_until is not None:
        from aflastapp.core.money import format_date

        ctx.err("plain_export_until", format_date(exported.retention_until, ctx.lang))
    return EXIT_OK


def _ym(ym: tuple[int, int]) -> str:
    return f"{ym[0]:04d}-{ym[1]:02d}"


def preview_json(pv: Any) -> dict[str, Any]:
    """The ``preview --json`` shape (issue 4): money as 2-decimal strings, null when a rate is missing."""
    from aflastapp.services.mapping import dec2s

    contracts = []
    for c in pv.contracts:
        contracts.append(
            {
                "contract": c.contract_id,
                "child": c.child_id,
                "municipality": c.municipality,
                "nights": c.nights,
                "night_dates": [n.date.isoformat() for n in c.night_dates if n.paid],
                "vederlag": _money(c.vederlag.amount),
                "kost_logi": _money(c.kost_logi.amount),
                "mileage_km": dec2s(c.mileage_km.normalize()),
                "mileage": _money(c.mileage.amount),
                "expenses": _money(c.expenses.amount),
                "holiday_pay": _money(c.holiday_pay.amount),
                "taxable": _money(c.taxable),
                "tax_free": _money(c.tax_free),
                "total": _money(c.total),
                "payment_month": f"{c.payment_month[0]:04d}-{c.payment_month[1]:02d}",
                "mileage_payment_month": _ym(c.mileage_payment_month or c.payment_month),
                "expenses_payment_month": _ym(c.expenses_payment_month or c.payment_month),
                "warnings": [{"code": str(w.code), "message": w.message, "source": w.source}
                             for w in c.warnings],
            }
        )
    totals = {
        k: _money(getattr(pv, k))
        for k in (
            "vederlag",
            "kost_logi",
            "mileage",
            "expenses",
            "holiday_pay",
            "taxable",
            "tax_free",
            "total",
        )
    }
    return {"month": f"{pv.year:04d}-{pv.month:02d}", "contracts": contracts, "totals": totals}


def cmd_preview(ctx: Ctx) -> int:
    from aflastapp.core import messages
    from aflastapp.services import overview

    year, month = ctx.args.month
    with _Open(ctx, readonly_ok=True) as s:
        pv = overview.preview_month(s, year, month, ctx.args.contract)
    if ctx.args.json:
        ctx.out(json.dumps(preview_json(pv), ensure_ascii=False, indent=2))
        return EXIT_OK
    en = ctx.lang == "en"
    ctx.out(f"{'Month' if en else 'Måned'} {year:04d}-{month:02d}")
    if not pv.contracts:
        ctx.out(ctx.t("no_contracts"))
    labels = [
        ("vederlag", "Vederlag", "Fee"),
        ("kost_logi", "Kost og logi", "Board and lodging"),
        ("mileage", "Kørsel", "Mileage"),
        ("expenses", "Udlæg", "Expenses"),
        ("holiday_pay", "Feriepenge", "Holiday pay"),
    ]
    for c in pv.contracts:
        ctx.out(
            f"\n{c.contract_id} ({c.municipality}): {c.nights} {'nights' if en else 'døgn'}, "
            f"{'paid' if en else 'udbetales'} {c.payment_month[0]:04d}-{c.payment_month[1]:02d}"
        )
        for key, da, eng in labels:
            ctx.out(f"  {(eng if en else da):<18} {_kr(ctx, getattr(c, key).amount):>18}")
        for ym, da, eng in ((c.mileage_payment_month, "kørsel udbetales", "mileage paid"),
                            (c.expenses_payment_month, "udlæg udbetales", "expenses paid")):
            if ym is not None and ym != c.payment_month:  # tied to the documentation (Randers, Morsø)
                ctx.out(f"  ({eng if en else da} {_ym(ym)})")
        ctx.out(f"  {'Total' if en else 'I alt':<18} {_kr(ctx, c.total):>18}")
        for w in c.warnings:
            ctx.out(f"  ! {messages.warning_text(w, ctx.lang)}")
    if len(pv.contracts) > 1:
        ctx.out(f"\n{'Total' if en else 'I alt'}: {_kr(ctx, pv.total)}")
    return EXIT_OK


def deadlines_json(found: Sequence[Any]) -> dict[str, Any]:
    return {
        "deadlines": [
            {
                "date": d.date.isoformat(),
                "kind": str(d.kind),
                "contract": d.contract_id,
                "severity": str(d.severity),
                "title": d.title,
                "source": d.source,
                "assumed": d.assumed,
                "done": d.done,
                "period": d.period,
                "detail": d.detail,
            }
            for d in found
        ]
    }


def cmd_deadlines(ctx: Ctx) -> int:
    from aflastapp.core import messages
    from aflastapp.services import overview

    a = ctx.args
    if a.ics:
        from aflastapp.services import calendar_file

        with _Open(ctx) as s:
            done = calendar_file.export_calendar(s, a.ics, a.start, a.end, alarm=a.alarm)
        ctx.out(ctx.t("ics", done.path, done.events, done.cancelled))
        if done.left_out:
            ctx.out(ctx.t("ics_left_out", done.left_out))
        return EXIT_OK
    with _Open(ctx, readonly_ok=True) as s:
        found = overview.deadlines(s, a.start, a.end, include_done=a.include_done)
    if a.json:
        ctx.out(json.dumps(deadlines_json(found), ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        ctx.out(ctx.t("no_deadlines"))
    for d in found:
        mark = "✓" if d.done else ("!" if str(d.severity) == "forfeit" else "·")
        title = messages.deadline_title(d, ctx.lang)
        ctx.out(f"{mark} {d.date.isoformat()}  {title}" + (f"  [{d.contract_id}]" if d.contract_id else ""))
    return EXIT_OK


def paycheck_json(month: tuple[int, int], checks: Sequence[Any]) -> dict[str, Any]:
    """The ``paycheck --json`` shape (issue 14): money as in ``preview --json``."""
    return {
        "month": f"{month[0]:04d}-{month[1]:02d}",
        "contracts": [
            {
                "contract": c.contract_id,
                "expected": {k: _money(v) for k, v in c.expected.items()},
                "paid": {k: _money(v) for k, v in c.paid.items()},
                "difference": {k: _money(v) for k, v in c.difference.items()},
                "status": str(c.status),
                "explanation": c.explanation,
            }
            for c in checks
        ],
    }


def cmd_paycheck(ctx: Ctx) -> int:
    from aflastapp.core import messages
    from aflastapp.services import payments

    year, month = ctx.args.month
    with _Open(ctx) as s:
        checks = payments.paycheck(s, year, month, ctx.args.contract)
    if ctx.args.json:
        ctx.out(json.dumps(paycheck_json((year, month), checks), ensure_ascii=False, indent=2))
        return EXIT_OK
    en = ctx.lang == "en"
    ctx.out(f"{'Month' if en else 'Måned'} {year:04d}-{month:02d}")
    if not checks:
        ctx.out(ctx.t("no_contracts"))
    labels = {"vederlag": ("Vederlag", "Fee"), "kost_logi": ("Kost og logi", "Board/lodging"),
              "mileage": ("Kørsel", "Mileage"), "expenses": ("Udlæg", "Expenses"),
              "holiday_pay": ("Feriepenge", "Holiday pay")}
    head = ("expected", "paid", "difference") if en else ("forventet", "udbetalt", "forskel")
    for c in checks:
        ctx.out(f"\n{c.contract_id}: {c.status}")
        ctx.out(f"  {'':<14} {head[0]:>16} {head[1]:>16} {head[2]:>16}")
        for k, (da, eng) in labels.items():
            label = eng if en else da
            paid = _kr(ctx, c.paid[k]) if c.paid[k] is not None else "–"
            diff = _kr(ctx, c.difference[k]) if k in c.difference else ""
            ctx.out(f"  {label:<14} {_kr(ctx, c.expected[k]):>16} {paid:>16} {diff:>16}")
        explanation = (messages.sentences(c.explanation_parts, ctx.lang) if c.explanation_parts
                       else c.explanation)
        ctx.out(f"  {explanation}")
    return EXIT_OK


REPORT_KINDS = {
    "nights": "nights_report",
    "driving": "driving_report",
    "expenses": "expense_claim",
    "annual": "annual_summary",
    "status": "status_report",
}


def cmd_report(ctx: Ctx) -> int:
    from aflastapp.core import messages
    from aflastapp.services import documents

    a = ctx.args
    if a.kind == "status":
        if not a.meeting:
            raise UsageError("report status kræver --meeting ID")
    elif a.kind == "annual":
        if not a.period:  # without --contract: the overview of every contract
            raise UsageError("report annual kræver --period ÅÅÅÅ (og evt. --contract ID)")
    elif not a.contract or not a.period:
        raise UsageError(f"report {a.kind} kræver --contract ID og --period PERIODE")
    with _Open(ctx) as s:
        before = documents.warnings_before(s, REPORT_KINDS[a.kind], a.contract, a.period)
        if before and not a.force:
            told = [messages.in_language(b, ctx.lang) for b in before]
            raise UsageError("\n".join([*told, ctx.t("warn_force")]))
        doc = documents.generate(
            s,
            REPORT_KINDS[a.kind],
            contract_id=a.contract,
            period=a.period,
            meeting_id=a.meeting,
            lang=ctx.lang,
        )
        if doc.already_sent and not a.force:
            documents.delete_document(s, doc.id)  # refused: nothing kept, nothing saved
            sent = doc.sent
            when = ""
            if sent is not None:
                from aflastapp.core.money import format_date

                when = format_date(sent.sent, ctx.lang) + (f" ({sent.channel})" if sent.channel else "")
            raise UsageError(ctx.t("double_claim", documents.KIND_NAMES[doc.kind], when))
        parts = [documents.get_document(s, i) for i in doc.parts[1:]]
        outs = [a.out]
        if parts:
            target = Path(a.out)
            n = len(parts) + 1
            outs = [str(target.with_name(f"{target.stem}-del{i}{target.suffix}")) for i in range(1, n + 1)]
            documents.save_copy(s, doc.id, outs[0])
            for p, out in zip(parts, outs[1:], strict=True):
                documents.save_copy(s, p.id, out)
        else:
            documents.save_copy(s, doc.id, a.out)
    for notice in doc.notices:
        print(messages.in_language(notice, ctx.lang), file=sys.stderr)
    if doc.already_sent:
        ctx.err("already_sent")
    for out in outs:
        ctx.out(ctx.t("report", out))
    return EXIT_OK


def cmd_backup(ctx: Ctx) -> int:
    from aflastapp.services import backups

    with _Open(ctx) as s:
        dest = backups.backup_to(s, ctx.args.to) if ctx.args.to else backups.backup_now(s)
    ctx.out(ctx.t("backup", dest))
    return EXIT_OK


def cmd_restore(ctx: Ctx) -> int:
    from aflastapp.services import backups, session

    s = backups.restore(
        _data_dir(ctx), ctx.args.file, recovery_key=ctx.args.recovery_key, password=_password(ctx)
    )
    session.lock(s, backup=False)
    ctx.out(ctx.t("restored", ctx.args.file))
    return EXIT_OK


def cmd_verify(ctx: Ctx) -> int:
    from aflastapp.services import backups

    with _Open(ctx, readonly_ok=True) as s:
        report = backups.verify(s)
    if report.ok:
        ctx.out(ctx.t("verify_ok"))
        return EXIT_OK
    for p in report.problems:
        print(p, file=sys.stderr)
    damaged = any(problem for _path, problem in report.backups_checked) or any(
        p.startswith("Dagbogen") for p in report.problems
    )
    return EXIT_DAMAGED if damaged else EXIT_OK


def cmd_change_password(ctx: Ctx) -> int:
    from aflastapp.services import security

    a = ctx.args
    with _Open(ctx) as s:
        if a.keychain:
            security.switch_to_keychain(s)
            ctx.out(ctx.t("to_keychain"))
            return EXIT_OK
        if not a.new_password_file:
            raise UsageError(ctx.t("new_password_needed"))
        new = _password(ctx, a.new_password_file)
        assert new is not None
        if s.mode == "password":
            old = _password(ctx)
            assert old is not None
            security.change_password(s, old, new)
            ctx.out(ctx.t("password_changed"))
        else:
            security.switch_to_password(s, new)
            ctx.out(ctx.t("to_password"))
    return EXIT_OK


def cmd_rules_list(ctx: Ctx) -> int:
    from aflastapp.services import overview

    for r in overview.rule_sets():
        ctx.out(f"{r.id:<10} {r.name}  ({r.counting_method.value})")
    return EXIT_OK


def _rule_text(value: Any) -> str:
    if isinstance(value, tuple):
        return "; ".join(_rule_text(v) for v in value)
    if hasattr(value, "__dataclass_fields__"):
        return ", ".join(f"{k}={_rule_text(getattr(value, k))}" for k in value.__dataclass_fields__)
    return str(value)


def cmd_rules_show(ctx: Ctx) -> int:
    from aflastapp.services import overview

    r = overview.rule_set(ctx.args.id)
    ctx.out(f"{r.name} ({r.id})" + (f" – {r.handbook}" if r.handbook else ""))
    for name in r.__dataclass_fields__:
        rule = getattr(r, name)
        if rule is None or not hasattr(rule, "value"):
            continue
        assumed = " (antaget)" if getattr(rule, "assumed", False) else ""
        ctx.out(f"  {name}: {_rule_text(rule.value)}{assumed}")
        if rule.source:
            ctx.out(f"      kilde: {rule.source}")
    return EXIT_OK


def cmd_demo(ctx: Ctx) -> int:
    from aflastapp.services import portable, session

    folder = _data_dir(ctx)
    if session.exists(folder):
        s = _unlock(ctx)
    else:
        s, recovery = session.setup(folder, password=_password(ctx))
        ctx.out(ctx.t("recovery"))
        ctx.out(recovery)
    try:
        summary = portable.make_demo(s, ctx.args.years, ctx.args.children)
    finally:
        session.lock(s, backup=False)
    ctx.out(ctx.t("demo", folder, summary.text()))
    return EXIT_OK


# --------------------------------------------------------------------------- main


def _fail(ctx: Ctx, exc: BaseException) -> int:
    """Map an exception to its exit code and a message on stderr."""
    from aflastapp.core.errors import DataFileError, ValidationError
    from aflastapp.services import errors as errs

    if ctx.args.debug:
        traceback.print_exception(exc, file=sys.stderr)
    if isinstance(exc, ValidationError):
        ctx.err("invalid")
        from aflastapp.core import messages

        for p in exc.problems:
            print(f"  {p.field}: {messages.problem_text(p, ctx.lang)}", file=sys.stderr)
        return EXIT_USAGE
    if isinstance(exc, UsageError):
        ctx.err("usage", exc)
        return EXIT_USAGE
    if isinstance(exc, errs.WrongKeyError | errs.NoKeychainError):
        ctx.err("unlock", exc)
        return EXIT_UNLOCK
    if isinstance(exc, errs.DamagedDatabaseError | errs.BackupError):
        ctx.err("damaged", exc)
        return EXIT_DAMAGED
    if isinstance(exc, errs.DiaryExistsError | errs.AttachmentError):
        ctx.err("usage", exc)
        return EXIT_USAGE
    if isinstance(exc, errs.StorageError):
        ctx.err("error", exc)
        return EXIT_ERROR
    if isinstance(exc, DataFileError):
        ctx.err("error", exc)
        return EXIT_ERROR
    if isinstance(exc, KeyboardInterrupt):
        ctx.err("interrupted")
        return EXIT_ERROR
    resource = errs.describe_resource_fault(exc, _fault_folder(ctx, exc))
    if resource is not None:
        ctx.err("error", resource)
        return EXIT_ERROR
    if isinstance(exc, OSError):
        ctx.err("error", f"{exc.strerror or exc} ({exc.filename})" if exc.filename else exc)
        return EXIT_ERROR
    ctx.err("error", f"{type(exc).__name__}: {exc}")
    return EXIT_ERROR


def _fault_folder(ctx: Ctx, exc: BaseException) -> Path:
    filename = getattr(exc, "filename", None)
    if filename:
        return Path(filename).absolute().parent
    from aflastapp.services import paths

    return paths.data_dir(ctx.args.data_dir, create=False)


def _never_fail_on_encoding() -> None:
    """Output goes in the stream's own encoding; a character it lacks becomes ``?`` instead of a
    crash. Windows: a redirected or piped ``aflastapp-cli.exe`` writes in the ANSI code page
    (cp1252), which has æ, ø, å but no ✓ or →; the console itself takes any character."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower().replace("-", "") != "utf8":
            reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _never_fail_on_encoding()
    _Parser.lang = _argv_lang(argv)
    try:
        with _argparse_words(_Parser.lang):
            args = build_parser().parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0) if isinstance(e.code, int) else EXIT_USAGE
    ctx = Ctx(args=args, lang=args.lang)
    try:
        return int(args.func(ctx))
    except BrokenPipeError:  # output piped into e.g. ``head``
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except (Exception, KeyboardInterrupt) as exc:
        return _fail(ctx, exc)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
