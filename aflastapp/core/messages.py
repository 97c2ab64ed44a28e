"""One catalogue of the messages core gives the family: a code, a Danish template and parameters.

A message is kept as ``code`` + ``params`` next to its Danish text (e.g. ``Deadline.title``), so
every face renders it in its own language from this one catalogue (``text(code, params, lang)``):
the GUI in the app's language, the CLI with ``--lang``, the documents in theirs. Never by
translating the Danish sentence back.

Parameters are values, formatted when the message is rendered: a ``date`` as a date in the
language, ``period`` (``"2026-03"``, ``"2026-Q1"``, ``"2026"``) as a period label, anything else as
text.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from aflastapp.core.errors import FieldProblem

Params = tuple[tuple[str, Any], ...]

# code → (Danish, English)
CATALOGUE: dict[str, tuple[str, str]] = {
    "deadline.nights_report": ("Indberet aflastningsdøgn for {period}",
                               "Report the relief nights for {period}"),
    "deadline.expense_claim": ("Udlægsseddel for {period}", "Expense claim for {period}"),
    "deadline.driving_report": ("Kørselsskema for {period}", "Driving form for {period}"),
    "deadline.driving_last_chance": (
        "Sidste frist: kørsel for {period} skal være indberettet senest {date}",
        "Last deadline: driving for {period} must be reported by {date}"),
    "deadline.status_report": ("Statusrapport til statusmødet {date}",
                               "Status report for the status meeting {date}"),
    "deadline.year_end": ("Dokumentation for udlæg og kørsel i {year}",
                          "Documentation of expenses and driving in {year}"),
    "deadline.receipt_retention": ("Originalbilag for udlæg {date} må nu kasseres",
                                   "Original receipts for the expense of {date} may now be discarded"),
    "deadline.age_10": ("{child} fylder 10 år: kost og logi stiger til satsen for 10 år og derover",
                        "{child} turns 10: board and lodging rises to the rate for 10 and over"),
    "deadline.age_cap": ("{child} fylder {age} år: højst {nights} døgn om måneden",
                         "{child} turns {age}: at most {nights} nights a month"),
    "deadline.incident": ("Magtanvendelse {date}: orientér {who} straks",
                          "Use of force {date}: inform {who} at once"),
    "deadline.first_follow_up": ("Første opfølgning på barnets plan {months} måneder efter start",
                                 "First follow-up on the child's plan {months} months after the start"),
    "deadline.contract_end_age": ("Aftalen ophører ved udgangen af måneden, hvor barnet fylder {age} år",
                                  "The contract ends at the end of the month the child turns {age}"),
    "deadline.notice_ends": ("Opsigelsesvarslet udløber (opsagt {date})",
                             "The notice period runs out (notice given {date})"),
    "deadline.notice_ends_pay": (
        "Opsigelsesvarslet udløber (opsagt {date}): vederlagsretten ophører",
        "The notice period runs out (notice given {date}): the right to the fee ends"),
    "deadline.delete_saved_copy": ("Slet den gemte kopi af {document} for {period}, gemt {date}",
                                   "Delete the saved copy of the {document} for {period}, saved {date}"),
    "deadline.delete_saved_copy_plain": ("Slet den gemte kopi af {document}, gemt {date}",
                                         "Delete the saved copy of the {document}, saved {date}"),
    "deadline.sick_new_stay": (
        "Opholdet {date} er aflyst pga. sygdom: aftal en ny weekend med forældrene og orientér {who}",
        "The stay of {date} is cancelled because of illness: agree a new weekend with the parents and "
        "inform {who}"),
    "deadline.no_show": ("Orientér {who}: opholdet {date} barnet udeblev",
                         "Inform {who}: the child did not come for the stay of {date}"),
    "deadline.late_cancellation": ("Orientér {who}: opholdet {date} blev aflyst i sidste øjeblik",
                                   "Inform {who}: the stay of {date} was cancelled at the last moment"),
    "deadline.no_status_meeting_start": (
        "Intet statusmøde planlagt {months} måneder efter aftalens start",
        "No status meeting planned {months} months after the contract's start"),
    "deadline.no_status_meeting": (
        "Intet statusmøde planlagt {months} måneder efter statusmødet {date}",
        "No status meeting planned {months} months after the status meeting of {date}"),
    "deadline.supervision": ("Supervision én gang årligt: ingen supervision i dagbogen siden {date}",
                             "Supervision once a year: no supervision in the diary since {date}"),
    "deadline.grant_renewal": ("Bevillingen {ref} ({category}) fra {date} udløber: søg om fornyelse",
                               "The grant {ref} ({category}) of {date} runs out: apply for renewal"),
    "deadline.diary_cleanup": (
        "Statusrapporten er sendt: slet noter, kladder og kvitteringsbilleder fra {first} til {last} – "
        "eller bekræft, at I beholder dem",
        "The status report has been sent: delete the notes, drafts and receipt images from {first} to "
        "{last} – or confirm that you keep them"),
    "deadline.overdue": ("Fristen er overskredet.", "The deadline has passed."),
    # deadline details (Deadline.detail_code)
    "detail.status_due": ("Frist: {days} arbejdsdage før mødet",
                          "Deadline: {days} working days before the meeting"),
    "detail.status_due_letter": ("Frist: fristen fra indkaldelsen",
                                 "Deadline: the deadline in the invitation"),
    "detail.status_due_notify": (
        "Frist: {days} arbejdsdage før mødet. Giv {who} besked, når statusrapporten er udfyldt ({source})",
        "Deadline: {days} working days before the meeting. Tell {who} when the status report is filled in "
        "({source})"),
    "detail.status_due_letter_notify": (
        "Frist: fristen fra indkaldelsen. Giv {who} besked, når statusrapporten er udfyldt ({source})",
        "Deadline: the deadline in the invitation. Tell {who} when the status report is filled in "
        "({source})"),
    "detail.driving_forfeit": ("Overholdes fristen ikke, bortfalder kørselsgodtgørelsen for perioden",
                               "If the deadline is missed, the mileage allowance for the period is lost"),
    "detail.driving_limit": (
        "Højst {months} måneder må være uindberettet: kørsel for {period} skal senest være indberettet "
        "{date}",
        "At most {months} months may go unreported: driving for {period} must be reported by {date}"),
    "detail.driving_last_chance": (
        "Kørsel skal som minimum indberettes hver {months}. måned; den almindelige frist var {date}",
        "Driving must be reported at least every {months} months; the usual deadline was {date}"),
    "detail.year_end": (
        "Ved årsskifte skal kommunen have dokumentation for det foregående år; den frist gælder også "
        "kørsel, før reglen om højst 2 måneder",
        "At the turn of the year the municipality must have the documentation for the previous year; that "
        "deadline also applies to driving, before the rule of at most 2 months"),
    "detail.receipt_retention": ("Originalerne skal gemmes i {years} år",
                                 "The originals must be kept for {years} years"),
    "detail.contract_end_age": ("Medmindre andet er aftalt. Døgn derefter honoreres ikke",
                                "Unless agreed otherwise. Nights after that are not paid"),
    "detail.age_10": ("Gælder fra døgnet på fødselsdagen", "Applies from the night of the birthday"),
    "detail.age_cap": (
        "Antaget: appen bruger barnets alder den 1. i måneden; håndbogen siger ikke, hvilken dag alderen "
        "gælder fra",
        "Assumed: the app uses the child's age on the 1st of the month; the handbook does not say from "
        "which day the age applies"),
    "detail.retention_one": ("Dokumenter med personoplysninger må højst opbevares {months} måned",
                             "Documents with personal data may be kept for at most {months} month"),
    "detail.retention": ("Dokumenter med personoplysninger må højst opbevares {months} måneder",
                         "Documents with personal data may be kept for at most {months} months"),
    "detail.incident": ("Samme dag som hændelsen", "The same day as the incident"),
    "detail.sick_new_stay": (
        "Markér fristen som klaret, når den nye weekend er aftalt og rådgiveren orienteret",
        "Mark the deadline as done when the new weekend is agreed and the adviser informed"),
    "detail.late_cancellation": (
        "{Who} skal altid orienteres, hvis aflastningen aflyses i sidste øjeblik",
        "{Who} must always be informed if relief care is cancelled at the last moment"),
    "detail.status_meeting": (
        "Statusmøder holdes 2 gange årligt: spørg sagsbehandleren om en dato, og skriv mødet i dagbogen",
        "Status meetings are held twice a year: ask the caseworker for a date, and write the meeting in "
        "the diary"),
    "detail.first_follow_up": (
        "Rådgiveren følger første gang op efter 3 måneder og beder jer om en skriftlig status; der er "
        "intet opfølgningsmøde i dagbogen",
        "The adviser follows up for the first time after 3 months and asks you for a written status; "
        "there is no follow-up meeting in the diary"),
    "detail.supervision": ("Skriv supervisionen i dagbogen som et møde af typen »supervision«",
                           "Write the supervision in the diary as a meeting of the type “supervision”"),
    "detail.grant_renewal": ("Bevillingen gives for {months} måneder ad gangen",
                             "The grant is given for {months} months at a time"),
    "detail.diary_cleanup_one": (
        "Personfølsomme dokumenter må højst opbevares {months} måned, mens man arbejder med dem",
        "Sensitive personal documents may be kept for at most {months} month while they are worked on"),
    "detail.diary_cleanup": (
        "Personfølsomme dokumenter må højst opbevares {months} måneder, mens man arbejder med dem",
        "Sensitive personal documents may be kept for at most {months} months while they are worked on"),
    "notice.first": ("{days} dages varsel (de første {months} måneder)",
                     "{days} days' notice (the first {months} months)"),
    "notice.days": ("{days} dages varsel", "{days} days' notice"),
    "notice.month": ("{months} måneds varsel", "{months} month's notice"),
    "notice.months": ("{months} måneders varsel", "{months} months' notice"),
    "detail.notice": ("{how}", "{how}"),
    "detail.notice_pay": ("{how}. Vederlagsretten ophører {date} ({source})",
                          "{how}. The right to the fee ends {date} ({source})"),
    "reason.contract_end_age": ("aftalen ophører ved udgangen af måneden, hvor barnet fylder {age} år",
                                "the contract ends at the end of the month the child turns {age}"),
    "reason.pay_after_notice": ("vederlagsretten ophører efter opsigelsen {date} ({how})",
                                "the right to the fee ends after the notice of {date} ({how})"),
    "warning.expense_without_approval": (
        "Udlæg {date} ({what}, {amount}) har ingen bevilling fra sagsbehandleren og er ikke medregnet",
        "Expense {date} ({what}, {amount}) has no grant from the caseworker and is not counted"),
    "warning.month_cap": ("{nights} døgn i {period}; {municipality} giver højst {most} døgn om måneden",
                          "{nights} nights in {period}; {municipality} gives at most {most} nights a month"),
    "warning.month_cap_assumed": (
        "{nights} døgn i {period}; {municipality} giver højst {most} døgn om måneden (efter barnets alder "
        "den 1. i måneden – appens læsning, håndbogen siger ikke hvilken dag)",
        "{nights} nights in {period}; {municipality} gives at most {most} nights a month (by the child's age "
        "on the 1st of the month – the app's reading, the handbook does not say which day)"),
    "warning.month_placement": (
        "{nights} døgn i {period}: {most} døgn eller mere om måneden er en anbringelse, ikke aflastning",
        "{nights} nights in {period}: {most} nights or more a month is a placement, not relief care"),
    "warning.sickness_new_stay": (
        "Opholdet {date} er aflyst pga. sygdom i familien: døgnene honoreres ikke. Aftal en ny weekend med "
        "forældrene, og orientér {who}",
        "The stay of {date} is cancelled because of illness in the family: the nights are not paid. Agree a "
        "new weekend with the parents, and inform {who}"),
    "warning.policy_unknown_cancelled": (
        "Aflyst ophold {date}: håndbogen siger ikke, om døgnene honoreres; de er regnet som ikke betalt. "
        "Spørg sagsbehandleren.",
        "Cancelled stay {date}: the handbook does not say whether the nights are paid; they are counted as "
        "not paid. Ask the caseworker."),
    "warning.policy_unknown_sick": (
        "Aflyst pga. sygdom ophold {date}: håndbogen siger ikke, om døgnene honoreres; de er regnet som ikke "
        "betalt. Spørg sagsbehandleren.",
        "Stay {date} cancelled because of illness: the handbook does not say whether the nights are paid; "
        "they are counted as not paid. Ask the caseworker."),
    "warning.policy_unknown_no_show": (
        "Udeblevet ophold {date}: håndbogen siger ikke, om døgnene honoreres; de er regnet som ikke betalt. "
        "Spørg sagsbehandleren.",
        "Stay {date} the child did not come to: the handbook does not say whether the nights are paid; they "
        "are counted as not paid. Ask the caseworker."),
    "warning.replacement_stay_due": (
        "Opholdet {date} blev aflyst {cancelled}, dagen før eller tidligere: døgnene honoreres ikke, og der "
        "skal aftales et erstatningsophold",
        "The stay of {date} was cancelled on {cancelled}, the day before or earlier: the nights are not "
        "paid, and a replacement stay must be agreed"),
    "warning.replacement_stay_due_undated": (
        "Opholdet {date} blev aflyst før opholdets dag, dagen før eller tidligere: døgnene honoreres ikke, "
        "og der skal aftales et erstatningsophold",
        "The stay of {date} was cancelled before its day, the day before or earlier: the nights are not "
        "paid, and a replacement stay must be agreed"),
    # payments (PayCheck.explanation_parts, the underpayment deadline)
    "pay.not_paid": ("Ingen udbetaling registreret for {period}; den skulle være kommet i {pay_period} "
                     "(forventet {amount})",
                     "No payment recorded for {period}; it should have come in {pay_period} "
                     "(expected {amount})"),
    "pay.not_paid_unknown": (
        "Ingen udbetaling registreret for {period}; den skulle være kommet i {pay_period} (beløbet kendes "
        "ikke: en sats mangler)",
        "No payment recorded for {period}; it should have come in {pay_period} (the amount is not known: a "
        "rate is missing)"),
    "pay.rate_missing": (
        "En sats mangler, så det forventede beløb for {fields} kan ikke beregnes: indtast satsen under "
        "Satser",
        "A rate is missing, so the expected amount for {fields} cannot be worked out: enter the rate under "
        "Rates"),
    "pay.nothing": ("Intet at udbetale for {period}", "Nothing to pay for {period}"),
    "pay.due": ("Udbetales i {pay_period} (forventet {amount}); ingen udbetaling registreret endnu",
                "Paid in {pay_period} (expected {amount}); no payment recorded yet"),
    "pay.short": ("{amount} for lidt i {field} (forventet {expected}, udbetalt {paid})",
                  "{amount} too little in {field} (expected {expected}, paid {paid})"),
    "pay.over": ("{amount} for meget i {field} (forventet {expected}, udbetalt {paid})",
                 "{amount} too much in {field} (expected {expected}, paid {paid})"),
    "pay.ok": ("Udbetalingen stemmer med det forventede (inden for 1 kr.): {fields}",
               "The payment matches what was expected (within DKK 1): {fields}"),
    "pay.no_amounts": ("Udbetalingen er registreret uden beløb; intet at sammenligne",
                       "The payment is recorded without amounts; nothing to compare"),
    "pay.short_in": ("{amount} for lidt i {field}", "{amount} too little in {field}"),
    "pay.parts": ("{parts}", "{parts}"),
    "deadline.underpayment": ("Kontakt kommunen om {period}: {short}",
                              "Contact the municipality about {period}: {short}"),
    # input problems (FieldProblem.code); {label} is the field as the family sees it (LABELS)
    "problem.missing": ("{label} mangler", "{label} is missing"),
    "problem.not_text": ("{label} skal være tekst", "{label} must be text"),
    "problem.too_long": ("{label} er for lang ({length} tegn; højst {most})",
                         "{label} is too long ({length} characters; at most {most})"),
    "problem.too_long_item": ("{label} er for lang (højst {most} tegn)",
                              "{label} is too long (at most {most} characters)"),
    "problem.bad_id": ("{label} skal være 1–64 tegn (bogstaver, tal, '-', '_', '.' eller ':')",
                       "{label} must be 1–64 characters (letters, digits, '-', '_', '.' or ':')"),
    "problem.bad_date": ("{label} er ikke en gyldig dato (ÅÅÅÅ-MM-DD): {value}",
                         "{label} is not a valid date (YYYY-MM-DD): {value}"),
    "problem.bad_month": ("{label} skal skrives ÅÅÅÅ-MM: {value}",
                          "{label} must be written YYYY-MM: {value}"),
    "problem.not_date": ("{label} er ikke en dato", "{label} is not a date"),
    "problem.year_range": ("{label} skal ligge mellem år {first} og {last}",
                           "{label} must be between the years {first} and {last}"),
    "problem.bad_datetime": ("{label} er ikke et gyldigt tidspunkt (ÅÅÅÅ-MM-DDTTT:MM): {value}",
                             "{label} is not a valid time (YYYY-MM-DDTHH:MM): {value}"),
    "problem.not_datetime": ("{label} er ikke et tidspunkt", "{label} is not a time"),
    "problem.timezone": ("{label} skal være lokal tid uden tidszone",
                         "{label} must be local time without a time zone"),
    "problem.not_number": ("{label} er ikke et tal: {value}", "{label} is not a number: {value}"),
    "problem.negative": ("{label} må ikke være negativ", "{label} must not be negative"),
    "problem.decimals": ("{label} må højst have {places} decimaler",
                         "{label} may have at most {places} decimals"),
    "problem.too_big": ("{label} er urealistisk stor (højst {most})", "{label} is unrealistically large "
                        "(at most {most})"),
    "problem.not_integer": ("{label} skal være et helt tal", "{label} must be a whole number"),
    "problem.int_range": ("{label} skal være mellem {least} og {most}",
                          "{label} must be between {least} and {most}"),
    "problem.unknown_choice": ("{label} er ukendt: {value} (mulige: {allowed})",
                               "{label} is unknown: {value} (possible: {allowed})"),
    "problem.not_list": ("{label} skal være en liste af tekster", "{label} must be a list of texts"),
    "problem.cannot_change": ("Feltet {name} kan ikke ændres", "The field {name} cannot be changed"),
    "problem.end_before_start": ("Slut ligger før start", "End is before start"),
    "problem.trip_contract": ("Turen skal høre til mindst én aftale",
                              "Tick at least one child/contract for the trip"),
    "problem.cancelled_at": ("Aflysningstidspunkt kan kun angives for et aflyst ophold",
                             "A cancellation time can only be given for a cancelled stay"),
    "problem.to_before_from": ("Til dato ligger før fra dato", "To date is before from date"),
    "problem.km_positive": ("Km skal være større end 0", "Km must be more than 0"),
    "problem.birth_in_future": ("Fødselsdato ligger i fremtiden", "Date of birth is in the future"),
    "problem.choose_contract": ("Vælg den aftale, dokumentet gælder",
                                "Choose the contract the document is for"),
    "problem.choose_meeting": ("Vælg det statusmøde, rapporten er til",
                               "Choose the status meeting the report is for"),
    "problem.choose_municipality": ("Vælg kommunen (eller »Anden kommune«)",
                                    "Choose the municipality (or “Other municipality”)"),
    "problem.one_rate": ("Angiv mindst én sats", "Enter at least one rate"),
    "problem.low_per_km": ("Laveste takst pr. km mangler", "Lowest rate per km is missing"),
    "problem.notice_before_start": ("Opsigelsen ligger før aftalens start",
                                    "The termination is before the contract's start"),
    "problem.last_day_before_notice": ("Sidste dag ligger før opsigelsen",
                                       "The last day is before the termination"),
    "problem.start_before_birth": ("Aftalens startdato ligger før barnets fødselsdato",
                                   "The contract's start date is before the child's date of birth"),
    "problem.report_due_after_meeting": ("Fristen for statusrapporten ligger efter mødet",
                                         "The status report deadline is after the meeting"),
    "problem.until_before_first": ("Til og med ligger før første ophold", "Until is before the first stay"),
    "trip.pick_up": ("Afhentning af {names} ({leg})", "Pick-up of {names} ({leg})"),
    "trip.drop_off": ("Aflevering af {names} ({leg})", "Drop-off of {names} ({leg})"),
    "leg.out": ("ud", "there"),
    "leg.back": ("retur", "back"),
    "span": ("{start} {start_time}–{end} {end_time}", "{start} {start_time}–{end} {end_time}"),
    "problem.choose_mode": ("Vælg nøglering eller adgangskode", "Choose keychain or password"),
    "problem.choose_backup": ("Vælg sikkerhedskopien (filen fra den gamle computer)",
                              "Choose the backup (the file from the old computer)"),
    "problem.backup_missing": ("Sikkerhedskopien {name} findes ikke", "The backup {name} does not exist"),
    "problem.diary_here": (
        "Der findes allerede en dagbog her; gendan den under Indstillinger → Sikkerhedskopier",
        "There is already a diary here; restore it under Settings → Backups"),
    "problem.stay_too_long": ("Opholdet er længere end {days} dage", "The stay is longer than {days} days"),
    "problem.stay_overlap": ("Opholdet overlapper et andet ophold for samme barn ({other})",
                             "The stay overlaps another stay of the same child ({other})"),
    "problem.approval_needed": (
        "Bevilling mangler (et godkendt beløb eller en godkendelsesdato kræver den)",
        "The grant is missing (an approved amount or an approval date needs it)"),
    "problem.file_empty": ("Filen er tom", "The file is empty"),
    "problem.file_unreadable": ("Filen {name} kan ikke læses: {why}",
                                "The file {name} cannot be read: {why}"),
    "problem.not_password_mode": ("dagbogen er ikke beskyttet med en adgangskode",
                                  "the diary is not protected by a password"),
    "problem.wrong_password": ("adgangskoden er forkert", "the password is wrong"),
    "problem.already_password": ("dagbogen bruger allerede en adgangskode",
                                 "the diary already uses a password"),
    "problem.already_keychain": ("dagbogen bruger allerede nøgleringen",
                                 "the diary already uses the keychain"),
    "problem.rates_exist": ("Der er allerede indtastet satser fra {date}",
                            "Rates from {date} are already entered"),
    "problem.km_rate_exists": ("Der er allerede indtastet en km-takst fra {date}",
                               "A rate per km from {date} is already entered"),
    "problem.same_contract_twice": ("Samme aftale står flere gange", "The same contract is given twice"),
    "problem.cpr_form": ("Førerens CPR-nummer skal have formen DDMMÅÅ-XXXX",
                         "The driver's CPR number must have the form DDMMYY-XXXX"),
    "problem.five_years": ("Højst fem år frem ad gangen", "At most five years ahead at a time"),
    "problem.passwords_differ": ("De to adgangskoder er ikke ens", "The two passwords are not the same"),
    "problem.password_empty": ("Adgangskoden må ikke være tom", "The password must not be empty"),
    "problem.password_short": ("Adgangskoden skal have mindst {length} tegn",
                               "The password must have at least {length} characters"),
    # files the family chooses (save as, import, attach)
    "problem.is_folder": ("{path} er en mappe; vælg et filnavn", "{path} is a folder; choose a file name"),
    "problem.no_folder": ("Mappen {path} findes ikke", "The folder {path} does not exist"),
    "problem.cannot_write": ("Filen {path} kan ikke gemmes: {why}", "The file {path} cannot be saved: {why}"),
    "problem.cannot_delete": ("{path} kan ikke slettes: {why}", "{path} cannot be deleted: {why}"),
    "problem.no_file": ("Filen {path} findes ikke", "The file {path} does not exist"),
    "problem.backup_over_diary": ("Sikkerhedskopien kan ikke gemmes oven i selve dagbogen",
                                  "The backup cannot be saved over the diary itself"),
    "problem.choose_files": ("Vælg mindst én fil", "Choose at least one file"),
    "problem.cannot_attach": ("Filen {name} kan ikke vedhæftes", "The file {name} cannot be attached"),
    "problem.payslip_too_big": ("Filen er for stor til at være en lønseddel",
                                "The file is too large to be a payslip"),
    "problem.not_pdf": ("{name} er ikke en PDF", "{name} is not a PDF"),
    "problem.pdf_password": ("{name} er beskyttet med adgangskode", "{name} is protected by a password"),
    "problem.pdf_unreadable": ("{name} kan ikke læses som PDF", "{name} cannot be read as a PDF"),
    # things that are not (or no longer) there, or cannot be done to them
    "problem.not_found": ("{thing} »{id}« findes ikke", "{thing} “{id}” does not exist"),
    "problem.document_exists": ("Dokumentet »{id}« findes allerede", "The document “{id}” already exists"),
    "problem.exists": ("{thing} »{id}« findes allerede", "{thing} “{id}” already exists"),
    "problem.unknown_municipality": ("Kommunen »{value}« er ukendt (mulige: {allowed})",
                                     "The municipality “{value}” is unknown (possible: {allowed})"),
    "problem.unknown_field": ("Ukendt felt »{value}«", "Unknown field “{value}”"),
    "problem.unknown_value": ("Ukendt værdi »{value}« (mulige: {allowed})",
                              "Unknown value “{value}” (possible: {allowed})"),
    "problem.bad_setting_name": ("Ugyldigt navn på indstilling", "Invalid setting name"),
    "problem.auto_lock_range": ("Automatisk lås skal være et antal minutter mellem 0 og 1440",
                                "Auto-lock must be a number of minutes between 0 and 1440"),
    "problem.not_storable": ("Værdien kan ikke gemmes", "The value cannot be saved"),
    "problem.closed_days_list": ("Lukkedage skal være en liste", "Closed days must be a list"),
    "problem.bad_closed_day": ("Lukkedag »{value}« er ikke en gyldig dag (MM-DD)",
                               "Closed day “{value}” is not a valid day (MM-DD)"),
    "problem.year_2000_2100": ("År skal ligge mellem 2000 og 2100", "The year must be between 2000 and 2100"),
    "problem.month_1_12": ("Måned skal være 1–12", "The month must be 1–12"),
    "problem.months_range": ("Antal måneder skal være 1–240", "The number of months must be 1–240"),
    "problem.chart_key": ("Nøglen skal være en sha256 (64 hextegn)",
                          "The key must be a sha256 (64 hex digits)"),
    "problem.chart_svg": ("Grafen skal være SVG-tekst (UTF-8)", "The chart must be SVG text (UTF-8)"),
    # reading an import file
    "problem.file_too_big": ("Filen er for stor", "The file is too large"),
    "problem.not_utf8": ("Filen er ikke UTF-8-tekst", "The file is not UTF-8 text"),
    "problem.too_deep": ("Filen er indlejret for dybt (mere end {most} niveauer)",
                         "The file is nested too deeply (more than {most} levels)"),
    "problem.not_json": ("Filen er ikke gyldig JSON (linje {line}, kolonne {column}: {why})",
                         "The file is not valid JSON (line {line}, column {column}: {why})"),
    "problem.surrogate": ("Teksten indeholder et ugyldigt tegn (en halv UTF-16-surrogat, fx \\ud800)",
                          "The text contains an invalid character (half a UTF-16 surrogate, e.g. \\ud800)"),
    "problem.child_in_use": ("Barnet har aftaler eller dagbogsnotater; slet dem først",
                             "The child has contracts or diary notes; delete them first"),
    "problem.contract_in_use": ("Aftalen har ophold, kørsel, udlæg, møder eller udbetalinger; slet dem først",
                                "The contract has stays, driving, expenses, meetings or payments; "
                                "delete them first"),
    "problem.no_deadline": ("{Document} har ingen frist at markere som sendt",
                            "{Document} has no deadline to mark as sent"),
    "problem.recovery_sheet_outbox": (
        "Gendannelsesarket gemmes ikke i udbakken; udskriv det under Indstillinger → Sikkerhed",
        "The recovery sheet is not kept in the outbox; print it under Settings → Security"),
    "problem.unknown_language": ("Ukendt sprog »{value}« (da eller en)",
                                 "Unknown language “{value}” (da or en)"),
    "problem.unknown_kind": ("Ukendt dokumenttype »{value}« (mulige: {allowed})",
                             "Unknown document type “{value}” (possible: {allowed})"),
    "problem.unknown_alarm": ("Ukendt påmindelse »{value}« (mulige: {allowed})",
                              "Unknown reminder “{value}” (possible: {allowed})"),
    "problem.unknown_rate": ("Ukendt sats »{value}«", "Unknown rate “{value}”"),
    "problem.no_own_rate": ("Ingen indtastet sats fra {date}", "No entered rate from {date}"),
    "problem.nothing_short": ("Der mangler intet i udbetalingen for {period}",
                              "Nothing is missing from the payment for {period}"),
    "problem.demo_needs_empty": ("Demodata kan kun lægges i en tom dagbog; vælg en anden datamappe",
                                 "Demo data can only go into an empty diary; choose another data folder"),
    # an import file's shape (JSON Schema) and contents; {where} is nothing, the path is the field
    "problem.schema_missing_field": ("mangler feltet »{name}«", "the field “{name}” is missing"),
    "problem.schema_missing": ("mangler et påkrævet felt", "a required field is missing"),
    "problem.schema_unknown_field": ("ukendt felt {names}", "unknown field {names}"),
    "problem.schema_type": ("skal være {types}", "must be {types}"),
    "problem.schema_enum": ("ukendt værdi »{value}« (mulige: {allowed})",
                            "unknown value “{value}” (possible: {allowed})"),
    "problem.schema_const": ("skal være »{value}«", "must be “{value}”"),
    "problem.schema_pattern": ("har forkert form: »{value}«", "has the wrong form: “{value}”"),
    "problem.schema_empty": ("må ikke være tom", "must not be empty"),
    "problem.schema_other": ("ugyldig værdi ({why})", "invalid value ({why})"),
    "problem.bad_base64": ("er ikke gyldig base64", "is not valid base64"),
    "problem.empty_file": ("filen er tom", "the file is empty"),
    "problem.bad_file_name": ("ugyldigt filnavn", "invalid file name"),
    "problem.answers_not_texts": ("Svarene skal være tekster pr. spørgsmål",
                                  "The answers must be texts per question"),
    "problem.answer_not_text": ("Svaret skal være tekst", "The answer must be text"),
    "problem.answer_too_long": ("Svaret er for langt (højst {most} tegn)",
                                "The answer is too long (at most {most} characters)"),
    "problem.choose_period": ("{Document}: angiv perioden", "{Document}: give the period"),
    "problem.period_kinds": ("{Document} dækker {periods}, ikke »{value}«",
                             "{Document} covers {periods}, not “{value}”"),
    "problem.not_a_period": (
        "»{value}« er ikke en periode; skriv en måned (2026-03), et kvartal (2026-Q1) eller et år (2026)",
        "“{value}” is not a period; write a month (2026-03), a quarter (2026-Q1) or a year (2026)"),
    "problem.unknown_rule_set": ("ukendt kommune/regelsæt »{value}«; kendte: {allowed}",
                                 "unknown municipality/rule set “{value}”; known: {allowed}"),
    # a rate row (the shipped tables and the family's own), {rate} a key of RATE_NAMES
    "problem.rate_not_amount": ("{Rate} skal være et beløb", "{Rate} must be an amount"),
    "problem.rate_negative": ("{Rate} må ikke være negativ", "{Rate} must not be negative"),
    "problem.rate_too_big": ("{Rate} er urimeligt stor (højst {most})",
                             "{Rate} is unreasonably large (at most {most})"),
    "problem.rate_decimals": ("{Rate}: højst 2 decimaler", "{Rate}: at most 2 decimals"),
    "problem.rate_whole": ("{Rate} skal være hele kroner som i KL's tabel",
                           "{Rate} must be whole kroner as in KL's table"),
    "problem.rate_date": ("Gælder fra skal være en dato mellem 2000 og 2100",
                          "Valid from must be a date between 2000 and 2100"),
    # the setup wizard
    "problem.step_missing": ("Trinnet er ikke udfyldt", "This step is not filled in"),
    "problem.diary_created": ("Dagbogen er allerede oprettet", "The diary has already been created"),
    "problem.diary_not_created": ("Dagbogen er ikke oprettet endnu", "The diary has not been created yet"),
    "problem.confirm_sheet": ("Bekræft, at gendannelsesarket er udskrevet eller gemt et sikkert sted",
                              "Confirm that the recovery sheet has been printed or saved in a safe place"),
    "problem.confirm_sheet_first": ("Bekræft gendannelsesarket først", "Confirm the recovery sheet first"),
    # what generating a document tells the family (StoredDocument.notices, documents.warnings_before)
    "notice.claim_compressed": (
        "Udlægssedlen fylder {mb} MB; Digital Post tager højst 10 MB. Bilagene er komprimeret.",
        "The expense claim is {mb} MB; Digital Post takes at most 10 MB. The receipts have been compressed."),
    "notice.claim_split": (
        "Udlægssedlen er delt i {parts} dele på højst 10 MB hver, så den kan sendes med Digital Post: send "
        "hver del som sin egen besked (del 1 har udlæggene, beløbet og underskriften).",
        "The expense claim has been split into {parts} parts of at most 10 MB each, so it can be sent by "
        "Digital Post: send each part as a message of its own (part 1 has the expenses, the amount and "
        "the signature)."),
    "notice.part_too_big": (
        "Del {part} fylder stadig over 10 MB, fordi ét bilag alene er så stort; send det på anden vis, "
        "eller spørg kommunen, om de tager imod større filer.",
        "Part {part} is still over 10 MB because one receipt alone is that big; send it another way, or "
        "ask the municipality whether they accept bigger files."),
    "notice.too_many_files": ("Digital Post tager højst {most} vedhæftede filer i én besked.",
                              "Digital Post takes at most {most} attached files in one message."),
    "notice.expense_left_out": (
        "Udlægget {date} »{what}« ({amount}) er ikke med på udlægssedlen: det har ingen bevilling fra "
        "sagsbehandleren. Skriv bevillingen på udlægget, og lav udlægssedlen igen.",
        "The expense of {date} “{what}” ({amount}) is not on the expense claim: it has no grant from the "
        "caseworker. Write the grant on the expense, and make the expense claim again."),
    "notice.shared_trip_names_child": (
        "Turen {date} deles med et andet barn, og formålet »{purpose}« nævner {child}. Kørselsskemaet "
        "sendes til dette barns kommune: ret formålet, hvis det andet barn ikke skal nævnes.",
        "The trip of {date} is shared with another child, and its purpose “{purpose}” names {child}. The "
        "driving form goes to this child's municipality: change the purpose if the other child must not "
        "be named."),
    # why a figure is what it is (Explanation.text, MoneyLine.label: messages.Message)
    "why.join": ("{first}. {then}", "{first}. {then}"),
    "why.after_end": ("{why}. {Reason}: døgn efter {date} honoreres ikke",
                      "{why}. {Reason}: nights after {date} are not paid"),
    "why.zero_vederlag": ("Aftalen giver ingen vederlag (0 vederlag), kun omkostninger",
                          "The contract gives no fee (0 fees), only expenses"),
    "line.vederlag_missing": ("{n} døgn × {count} vederlag", "{n} nights × {count} fees"),
    "why.vederlag_missing": ("KL's vederlag pr. døgn for {year} mangler: indtast det under Satser",
                             "KL's fee per night for {year} is missing: enter it under Rates"),
    "line.vederlag": ("{n} døgn × {count} vederlag à {price}", "{n} nights × {count} fees at {price}"),
    "why.vederlag": ("{count} × KL's vederlag pr. døgn {price} (gældende fra {valid_from}) = {amount} pr. "
                     "døgn; døgn: {days}",
                     "{count} × KL's fee per night {price} (valid from {valid_from}) = {amount} per night; "
                     "nights: {days}"),
    "why.counting": ("Døgn tælles som {method}", "Nights are counted as {method}"),
    "method.noon_to_noon": ("døgn fra kl. 12 til kl. 12", "days from noon to noon"),
    "method.overnight": ("hoteldøgn (1 overnatning = 1 døgn)", "hotel nights (1 overnight stay = 1 night)"),
    "why.taxable_type": ("Vederlaget er skattepligtigt ({kind})", "The fee is taxable ({kind})"),
    "why.taxable": ("Vederlaget er skattepligtig indkomst", "The fee is taxable income"),
    "why.count_assumed": (
        "Aftalen angiver ikke antal vederlag: {count} vederlag, som {municipality} sædvanligvis giver "
        "(antaget, indtil I skriver aftalens tal på aftalen)",
        "The contract does not give the number of fees: {count} fees, as {municipality} usually gives "
        "(assumed, until you write the contract's number on the contract)"),
    "why.count_not_in_handbook": (
        "{municipality}s håndbog nævner ikke vederlag, kun kostgodtgørelse og kørsel: de {count} vederlag "
        "er aftalens tal, ikke håndbogens (antaget)",
        "{municipality}'s handbook does not mention fees, only board and driving: the {count} fees are "
        "the contract's number, not the handbook's (assumed)"),
    "kost.under_10": ("under 10 år", "under 10"),
    "kost.10_plus": ("10 år og derover", "10 and over"),
    "kost.third": ("3. og 4. barn", "3rd and 4th child"),
    "line.kost_missing": ("{n} døgn kost og logi ({group})", "{n} nights board and lodging ({group})"),
    "why.kost_missing": ("Kost og logi ({group}) for {year} mangler",
                         "Board and lodging ({group}) for {year} is missing"),
    "line.kost": ("{n} døgn kost og logi ({group}) à {price}",
                  "{n} nights board and lodging ({group}) at {price}"),
    "why.kost_third": ("barnet er nr. 3 eller 4 anbragt af samme kommune",
                       "the child is the 3rd or 4th placed by the same municipality"),
    "why.kost_age": ("barnet er {group} på døgnets dato", "the child is {group} on the night's date"),
    "why.kost": ("Kost og logi {price} pr. døgn, {why} (gældende fra {valid_from}); døgn: {days}",
                 "Board and lodging {price} per night, {why} (valid from {valid_from}); nights: {days}"),
    "why.kost_figure": ("Kost og logi er skattefri godtgørelse pr. døgn efter barnets alder",
                        "Board and lodging is a tax-free allowance per night by the child's age"),
    "line.trip": ("{date} {route}: {km2} km", "{date} {route}: {km2} km"),
    "line.trip_shared": ("{date} {route}: {km2} km (delt mellem {contracts} aftaler)",
                         "{date} {route}: {km2} km (shared between {contracts} contracts)"),
    "why.mileage_missing": ("Statens laveste takst for {date} mangler",
                            "The state's lowest rate for {date} is missing"),
    "why.mileage": ("{km2} km × statens laveste takst {per_km} kr./km (gældende fra {valid_from})",
                    "{km2} km × the state's lowest rate DKK {per_km}/km (valid from {valid_from})"),
    "why.mileage_figure": ("Kørsel godtgøres efter statens laveste takst på kørselsdagen (skattefrit)",
                           "Driving is paid at the state's lowest rate on the day of driving (tax-free)"),
    "why.expense_approved_amount": ("Udlæg med bevilling {ref}, godkendt beløb {amount}",
                                    "Expense with grant {ref}, approved amount {amount}"),
    "why.expense": ("Udlæg med bevilling {ref}", "Expense with grant {ref}"),
    "why.expense_units": ("Udlæg med bevilling {ref} ({count} {unit} à {price})",
                          "Expense with grant {ref} ({count} {unit} at {price})"),
    "why.expense_capped": ("{why}; medregnet med kommunens loft ({cap_text})",
                           "{why}; counted at the municipality's cap ({cap_text})"),
    "cap.plain": ("{cap} {per}", "{cap} {per}"),
    "cap.labelled": ("{label}: {cap} {per}", "{label}: {cap} {per}"),
    "cap.year": ("{cap} pr. år ({year})", "{cap} per year ({year})"),
    "cap.labelled_year": ("{label}: {cap} pr. år ({year})", "{label}: {cap} per year ({year})"),
    "line.expense": ("{date} {what}", "{date} {what}"),
    "why.expenses_figure": ("Kun udlæg med bevilling fra sagsbehandleren medregnes (skattefrit)",
                            "Only expenses with a grant from the caseworker are counted (tax-free)"),
    "why.holiday": ("{pct1} % feriepenge af vederlaget, udbetales til Feriekonto, ikke med lønnen",
                    "{pct1} % holiday pay on the fee, paid to Feriekonto, not with the pay"),
    "line.holiday": ("{pct1} % af {amount}", "{pct1} % of {amount}"),
    "why.cap_age": (
        "Højst {most} døgn om måneden for et barn på {age} år. Alderen er taget den 1. i måneden: det er "
        "appens læsning, håndbogen siger ikke, hvilken dag alderen gælder fra (antaget)",
        "At most {most} nights a month for a child of {age}. The age is taken on the 1st of the month: "
        "that is the app's reading, the handbook does not say from which day the age applies (assumed)"),
    "why.cap": ("Højst {most} døgn om måneden", "At most {most} nights a month"),
    "why.planned": ("Planlagt ophold: døgnene honoreres", "Planned stay: the nights are paid"),
    "why.completed": ("Gennemført ophold: døgnene honoreres", "Completed stay: the nights are paid"),
    "why.no_show_paid": ("Barnet udeblev: de planlagte døgn honoreres",
                         "The child did not come: the planned nights are paid"),
    "why.cancelled_same_day": (
        "Aflyst samme dag ({date}) som opholdet skulle begynde: de planlagte døgn honoreres",
        "Cancelled on the day ({date}) the stay was to begin: the planned nights are paid"),
    "why.overnight": ("Overnatning natten efter {date} (hoteldøgn: 1 overnatning = 1 døgn)",
                      "The overnight stay after {date} (hotel night: 1 overnight stay = 1 night)"),
    "why.noon_minimum": ("Opholdet {date} rummer ikke kl. 12 og tæller som 1 døgn (døgn regnes fra kl. 12 "
                         "til kl. 12)",
                         "The stay of {date} does not include noon and counts as 1 night (days run from noon "
                         "to noon)"),
    "why.noon_to_noon": ("Døgnet fra kl. 12 den {date} til kl. 12 den {next}",
                         "The day from noon on {date} to noon on {next}"),
    "warning.stay_overlap": ("Opholdet overlapper et andet ophold for samme barn ({other})",
                             "The stay overlaps another stay of the same child ({other})"),
    "warning.stay_too_long": (
        "Opholdet er {nights} døgn; {municipality} giver aflastning i højst {most} døgn ad gangen",
        "The stay is {nights} nights; {municipality} gives relief for at most {most} nights at a time"),
    "warning.max_nights_exceeded": (
        "Med dette ophold bliver det {nights} døgn i {period}; {municipality} giver højst {most} døgn "
        "om måneden",
        "With this stay there are {nights} nights in {period}; {municipality} gives at most {most} nights "
        "a month"),
    "warning.placement_threshold": (
        "Med dette ophold bliver det {nights} døgn i {period}: {most} døgn eller mere om måneden er en "
        "anbringelse, ikke aflastning",
        "With this stay there are {nights} nights in {period}: {most} nights or more a month is a placement, "
        "not relief care"),
    "warning.stay_too_long_from": (
        "Opholdet fra {date} er {nights} døgn; {municipality} giver aflastning i højst {most} døgn ad gangen",
        "The stay from {date} is {nights} nights; {municipality} gives relief for at most {most} nights at a "
        "time"),
    "warning.nights_after_contract_end": (
        "{count} døgn efter {date} ({days}) honoreres ikke: {reason}",
        "{count} nights after {date} ({days}) are not paid: {reason}"),
    "warning.trip_without_approval_all": (
        "Tur {date} ({purpose}, {km} km) har ingen aftale om kørslen og er ikke medregnet: hos "
        "{municipality} gælder, at al kørsel skal være aftalt forud. Skriv hvem der har godkendt kørslen "
        "på turen.",
        "The trip of {date} ({purpose}, {km} km) has no agreement about the driving and is not counted: "
        "{municipality} requires all driving to be agreed beforehand. Write on the trip who approved it."),
    "warning.trip_without_approval": (
        "Tur {date} ({purpose}, {km} km) har ingen aftale om kørslen og er ikke medregnet: hos "
        "{municipality} gælder, at anden kørsel end til og fra aflastningen skal være aftalt forinden (en "
        "tur på et opholds første eller sidste dag regnes som kørsel til og fra aflastningen). Skriv hvem "
        "der har godkendt kørslen på turen.",
        "The trip of {date} ({purpose}, {km} km) has no agreement about the driving and is not counted: "
        "{municipality} requires driving other than to and from relief care to be agreed beforehand (a "
        "trip on a stay's first or last day counts as driving to and from relief care). Write on the trip "
        "who approved it."),
    "warning.expense_over_cap": (
        "Udlæg {date} ({what}): {amount} er over kommunens loft på {cap} {per}; medregnet med {counted}. "
        "Har sagsbehandleren godkendt mere, så skriv det godkendte beløb på udlægget",
        "Expense {date} ({what}): {amount} is above the municipality's cap of {cap} {per}; counted as "
        "{counted}. If the caseworker approved more, write the approved amount on the expense"),
    "warning.expense_over_cap_labelled": (
        "Udlæg {date} ({what}): {amount} er over kommunens loft på {label}: {cap} {per}; medregnet med "
        "{counted}. Har sagsbehandleren godkendt mere, så skriv det godkendte beløb på udlægget",
        "Expense {date} ({what}): {amount} is above the municipality's cap for “{label}”: {cap} {per}; "
        "counted as {counted}. If the caseworker approved more, write the approved amount on the expense"),
    "warning.expense_not_granted": (
        "Udlæg {date} ({what}): {municipality} bevilger som udgangspunkt ikke denne slags udgift til "
        "aflastning; den medregnes kun med en særskilt bevilling",
        "Expense {date} ({what}): {municipality} does not normally grant this kind of expense for relief "
        "care; it is counted only with a separate grant"),
    "warning.expense_below_age": (
        "Udlæg {date} ({what}): {municipality} giver denne hjælp til børn fra {from_age} år; barnet er "
        "{age} år. Den medregnes kun med en bevilling fra sagsbehandleren",
        "Expense {date} ({what}): {municipality} gives this help to children from {from_age}; the child "
        "is {age}. It is counted only with a grant from the caseworker"),
    "warning.expense_below_age_assumed": (
        "Udlæg {date} ({what}): {municipality} giver denne hjælp til børn fra {from_age} år (antaget "
        "alder); barnet er {age} år. Den medregnes kun med en bevilling fra sagsbehandleren",
        "Expense {date} ({what}): {municipality} gives this help to children from {from_age} (an assumed "
        "age); the child is {age}. It is counted only with a grant from the caseworker"),
    "warning.expense_not_whole_units": (
        "Udlæg {date} ({what}): {amount} er ikke et helt antal {unit} à {price}; {municipality} beregner "
        "{price} pr. {unit}",
        "Expense {date} ({what}): {amount} is not a whole number of {unit} at {price}; {municipality} "
        "pays {price} per {unit}"),
    "warning.expense_approved_after_purchase": (
        "Udlæg {date} ({what}): købt før godkendelsen ({approved}); hos {municipality} skal det godkendes, "
        "før der må købes ind",
        "Expense {date} ({what}): bought before the approval ({approved}); {municipality} requires approval "
        "before buying"),
    "warning.rate_missing": (
        "Satsen for {rate} pr. {date} mangler i appens tabeller: indtast den fra kommunens brev eller KL's "
        "takster under Satser",
        "The rate for {rate} on {date} is missing from the app's tables: enter it from the municipality's "
        "letter or KL's rates under Rates"),
}

# rate fields as named in messages (``rate`` parameters), Danish and English
RATE_NAMES: dict[str, tuple[str, str]] = {
    "vederlag_per_day_exact": ("vederlag pr. døgn (præcis)", "fee per night (exact)"),
    "vederlag_per_day": ("vederlag pr. døgn (tabellens kronebeløb)", "fee per night (the table's amount)"),
    "kost_logi_under_10": ("kost og logi under 10 år", "board and lodging under 10"),
    "kost_logi_10_plus": ("kost og logi 10 år og derover", "board and lodging 10 and over"),
    "kost_logi_third_child": ("kost og logi 3. og 4. barn", "board and lodging, 3rd and 4th child"),
    "low_per_km": ("statens laveste takst pr. km", "the state's lowest rate per km"),
    "high_per_km": ("statens høje takst pr. km", "the state's high rate per km"),
}


# the people a rule names (``who`` parameters, from the municipalities' files), Danish → English
PEOPLE: dict[str, str] = {
    "familieplejekonsulenten": "the foster care consultant",
    "sagsbehandleren": "the caseworker",
    "barnets rådgiver": "the child's adviser",
    "rådgiveren": "the adviser",
    "børne- og ungerådgiveren": "the children and youth adviser",
    "familierådgivningen": "the family counselling service (Familierådgivningen)",
}

# documents (``document`` parameters: a document kind), Danish and English
DOCUMENT_NAMES: dict[str, tuple[str, str]] = {
    "nights_report": ("Indberetning af aflastningsdøgn", "report of relief nights"),
    "driving_report": ("Kørselsskema", "driving form"),
    "expense_claim": ("Udlægsseddel", "expense claim"),
    "status_report": ("Statusrapport", "status report"),
    "annual_summary": ("Årsoversigt", "annual summary"),
    "recovery_sheet": ("Gendannelsesark", "recovery sheet"),
    "diary_export": ("dagbogen (JSON-eksport, ukrypteret)", "diary (JSON export, unencrypted)"),
}


# field labels (``label`` parameters of input problems), Danish → English
LABELS: dict[str, str] = {
    "Adresse": "Address", "Aflyst den": "Cancelled on", "Aftalens startdato": "Contract start date",
    "Aftalt med": "Agreed with", "Antal børn": "Number of children", "Antal vederlag": "Number of fees",
    "Antal år": "Number of years", "Barnets navn": "Child's name", "Barnets nummer": "Child's number",
    "Beløb": "Amount", "Beskrivelse": "Description", "Bevilling": "Approval",
    "Bilens registreringsnummer": "Car registration number", "Dato": "Date", "Familiens navn": "Family name",
    "Familieplejekonsulent": "Foster care consultant", "Filnavn": "File name", "Formål": "Purpose",
    "Fortolkning": "Interpretation", "Fra": "From", "Fra dato": "From date",
    "Frist (dag i måneden)": "Deadline (day of the month)",
    "Frist for statusrapport": "Status report deadline",
    "Fødselsdato": "Date of birth", "Fører": "Driver", "Førerens CPR-nummer": "Driver's CPR number",
    "Første slut": "First end", "Første start": "First start", "Godkendt beløb": "Approved amount",
    "Godkendt den": "Approved on", "Gælder fra": "Valid from", "Hver N. uge": "Every N weeks",
    "Kilde": "Source", "Km": "Km", "Mødetype": "Meeting type", "Navn": "Name", "Notat": "Note",
    "Opsagt den": "Terminated on", "Periode": "Period", "Sagsbehandler": "Caseworker",
    "Sagsnummer": "Case number", "Sendt den": "Sent on", "Sendt via": "Sent by", "Slut": "End",
    "Start": "Start", "Tekst": "Text", "Tidspunkt": "Time", "Til": "To", "Til dato": "To date",
    "Til og med": "Until", "Udbetalt den": "Paid on", "Id": "Id",
    "Vederlag": "Fee", "Kost og logi": "Board and lodging", "Kørselsgodtgørelse": "Mileage allowance",
    "Udlæg": "Expenses", "Feriepenge": "Holiday pay", "Type": "Type", "Måned": "Month",
}

# the status report's questions by key (the municipalities' files and the general ones), English
QUESTIONS: dict[str, str] = {
    "udvikling_adfaerd": "Development and behaviour",
    "familieforhold": "Family circumstances",
    "skoleforhold": "School",
    "sundhedsforhold": "Health",
    "fritid_venskaber": "Leisure and friendships",
    "andre_forhold": "Other relevant circumstances",
    "funktionsniveau": "Describe the child's level of functioning, resources and need for support",
    "hverdag_weekend": "Describe the tasks around the child in daily life, on weekdays and at weekends",
    "perspektiver": "Describe the child's future prospects",
    "andre_behov": "Other needs",
}


def question(key: str, text_da: str, lang: str = "da") -> str:
    """A status report question's heading in ``lang`` (a question the app does not know stays as the
    municipality wrote it)."""
    return QUESTIONS.get(key, text_da) if lang == "en" else text_da


# payment fields (``field``/``fields`` parameters), Danish and English
PAYMENT_FIELDS: dict[str, tuple[str, str]] = {
    "vederlag": ("vederlag", "fee"),
    "kost_logi": ("kost og logi", "board and lodging"),
    "mileage": ("kørselsgodtgørelse", "mileage allowance"),
    "expenses": ("udlæg", "expenses"),
    "holiday_pay": ("feriepenge", "holiday pay"),
}

# how often a cap applies (``per`` parameters)
PER: dict[str, tuple[str, str]] = {
    "expense": ("pr. udgift", "per expense"),
    "weekend": ("pr. weekend", "per weekend"),
    "contract": ("for hele aftalen", "for the whole contract"),
    "year": ("pr. år", "per year"),
}

# units of a unit price (``unit`` parameters, from the municipalities' files)
UNITS: dict[str, str] = {"vask": "washes"}


# parameters that are amounts of money (a Decimal elsewhere is a plain number)
MONEY = frozenset({"amount", "cap", "counted", "price", "expected", "paid"})


def municipality(name: str, lang: str = "da") -> str:
    """"Slagelse Kommune" in ``lang`` ("Slagelse Municipality")."""
    if lang == "en" and name.endswith(" Kommune"):
        return name[: -len(" Kommune")] + " Municipality"
    return name


def person(name: str, lang: str = "da") -> str:
    """A person or office a rule names ("sagsbehandleren") in ``lang``."""
    if lang != "en":
        return name
    return PEOPLE.get(name.strip().lower(), name)


# JSON Schema types ({types}) and period kinds ({periods}) in the problems of an import file or a document
JSON_TYPES: dict[str, tuple[str, str]] = {
    "string": ("tekst", "text"), "number": ("tal", "a number"), "integer": ("helt tal", "a whole number"),
    "object": ("objekt", "an object"), "array": ("liste", "a list"), "null": ("null", "null"),
    "boolean": ("sand/falsk", "true/false"),
}
PERIOD_KINDS: dict[str, tuple[str, str]] = {
    "month": ("en måned (2026-03)", "a month (2026-03)"),
    "quarter": ("et kvartal (2026-Q1)", "a quarter (2026-Q1)"),
    "year": ("et år (2026)", "a year (2026)"),
}


def _or_list(words: list[str], lang: str) -> str:
    return (" or " if lang == "en" else " eller ").join(words)


# what ``problem.not_found`` says is missing ({thing}), in English
THINGS: dict[str, str] = {
    "Udlægget": "The expense", "Bilaget": "The receipt", "Aftalen": "The contract",
    "Udbetalingen": "The payment",
    "Opholdet": "The stay", "Notatet": "The note", "Barnet": "The child", "Turen": "The trip",
    "Mødet": "The meeting", "Stedet": "The place", "Ruten": "The route", "Indsendelsen": "The submission",
    "Dokumentet": "The document", "Den gemte kopi": "The saved copy",
}


def params(**values: Any) -> Params:
    return tuple(sorted(values.items()))


def render(template: str, values: Params, lang: str = "da") -> str:
    """``template`` (Danish or its translation) with ``values`` formatted for ``lang``."""
    from aflastapp.core.money import format_date, format_km, format_kr, format_number
    from aflastapp.core.periods import period_label

    out: dict[str, str] = {}
    for name, value in values:
        if isinstance(value, Message):  # a message inside a message (its Danish text is itself)
            out[name] = str.__str__(value) if lang == "da" else text(value.code, value.params, lang)
        elif isinstance(value, Later):
            out[name] = value.render(lang)
        elif name == "parts" and isinstance(value, tuple):  # sentences: "; " between, a capital first
            out[name] = sentences(value, lang)
        elif _nested(value):  # a message inside a message: (code, params)
            out[name] = text(value[0], value[1], lang)
        elif isinstance(value, tuple) and value and all(_nested(v) for v in value):  # a list of messages
            out[name] = _and([text(v[0], v[1], lang) for v in value], lang)
        elif name == "label" and lang == "en":
            out[name] = LABELS.get(str(value), str(value))
        elif name == "names" and isinstance(value, tuple):  # "Emma og Noah" / "Emma and Noah"
            out[name] = _and([str(v) for v in value], lang)
        elif name == "field" and str(value) in PAYMENT_FIELDS:
            out[name] = PAYMENT_FIELDS[str(value)][1 if lang == "en" else 0]
        elif name == "fields" and isinstance(value, tuple):
            out[name] = ", ".join(PAYMENT_FIELDS.get(str(f), (str(f), str(f)))[1 if lang == "en" else 0]
                                  for f in value)
        elif isinstance(value, date):
            out[name] = format_date(value, lang)
        elif name == "period" or name.endswith("_period"):
            out[name] = period_label(str(value), lang)
        elif isinstance(value, Decimal):
            if name == "km":
                out[name] = format_km(value, lang).removesuffix(" km")
            elif name in ("km2", "per_km"):
                out[name] = format_number(value, lang)
            elif name == "pct1":
                out[name] = format_number(value, lang, 1)
            elif name in MONEY:
                out[name] = format_kr(value, lang)
            else:  # a plain number, with the decimals it has: "2,5" / "2.5"
                exponent = value.as_tuple().exponent
                places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
                out[name] = format_number(value, lang, min(places, 6))
        elif name == "municipality":
            out[name] = municipality(str(value), lang)
        elif name in ("types", "periods") and isinstance(value, tuple):
            table = JSON_TYPES if name == "types" else PERIOD_KINDS
            words = [table.get(str(v), (str(v), str(v)))[1 if lang == "en" else 0] for v in value]
            out[name] = _or_list(words, lang)
        elif name == "thing" and lang == "en":
            out[name] = THINGS.get(str(value), str(value))
        elif name == "per" and str(value) in PER:
            out[name] = PER[str(value)][1 if lang == "en" else 0]
        elif name == "unit" and lang == "en":
            out[name] = UNITS.get(str(value), str(value))
        elif name == "days" and isinstance(value, tuple):
            out[name] = ", ".join(format_date(d, lang) for d in value)
        elif name == "who":
            out[name] = person(str(value), lang)
        elif name == "document" and str(value) in DOCUMENT_NAMES:
            out[name] = DOCUMENT_NAMES[str(value)][1 if lang == "en" else 0]
        elif name == "rate" and str(value) in RATE_NAMES:
            da, en = RATE_NAMES[str(value)]
            own = dict(values).get("rate_da")  # the Danish name the engine used, if it gave one
            out[name] = en if lang == "en" else str(own or da)
        else:
            out[name] = str(value)
    for name in list(out):  # "{Who}": the value with a capital first letter, to start a sentence
        out[name[:1].upper() + name[1:]] = out[name][:1].upper() + out[name][1:]
    return template.format(**out)


class Message(str):
    """A message that is its Danish text (so it goes wherever a Danish string went) and also carries
    its ``code`` and ``params``, so a face renders it in its own language (``in_language``)."""

    code: str
    params: Params

    def __new__(cls, code: str, **values: Any) -> Message:
        p = params(**values)
        made = super().__new__(cls, text(code, p))
        made.code, made.params = code, p
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # a copy is made from the code, not from the text
        return _message_from, (self.code, self.params)


def _message_from(code: str, values: Params) -> Message:
    return Message(code, **dict(values))


class Later:
    """A message rendered only when it is read: ``code`` and the values, nothing formatted yet.

    For what the engine makes by the thousand and a face reads by the handful (the sentence of every
    døgn, trip and rate line). ``models.Explanation.text`` and ``MoneyLine.label`` render it into a
    ``Message`` on first read; inside another message it renders with it, in that message's language.
    """

    __slots__ = ("code", "values")

    def __init__(self, code: str, **values: Any) -> None:
        self.code = code
        self.values = values

    def message(self) -> Message:
        return Message(self.code, **self.values)

    def render(self, lang: str = "da") -> str:
        return text(self.code, params(**self.values), lang)

    def __str__(self) -> str:
        return self.render()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (str, Later)):
            return str(self) == str(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(str(self))

    def __repr__(self) -> str:
        return f"Later({self.code!r}, {params(**self.values)!r})"


def in_language(value: str, lang: str = "da") -> str:
    """``value`` in ``lang`` when it is a ``Message``; any other text as it is."""
    if isinstance(value, Message) and value.code in CATALOGUE:
        return text(value.code, value.params, lang)
    return str(value)


def problem(field: str, code: str, **values: Any) -> FieldProblem:
    """An input problem with its code: Danish ``message``, rendered in any language by ``problem_text``."""
    p = params(**values)
    return FieldProblem(field, text(code, p), code, p)


def problem_text(p: FieldProblem, lang: str = "da") -> str:
    """An input problem in ``lang``; one without a code as the service wrote it."""
    if p.code in CATALOGUE:
        return text(p.code, p.params, lang)
    return p.message


def warning_text(w: Any, lang: str = "da") -> str:
    """An engine warning (``RuleWarning``) in ``lang``."""
    code = getattr(w, "text_code", "") or f"warning.{getattr(w.code, 'value', w.code)}"
    values = getattr(w, "params", ())
    return text(code, values, lang) if values and code in CATALOGUE else str(w.message)


def deadline_title(d: Any, lang: str = "da") -> str:
    """A deadline's title in ``lang``."""
    code = getattr(d, "code", "")
    return text(code, d.params, lang) if code in CATALOGUE else str(d.title)


def deadline_detail(d: Any, lang: str = "da") -> str:
    """A deadline's detail in ``lang`` ("Fristen er overskredet." first when overdue)."""
    overdue_da = text("deadline.overdue", (), "da")
    code = getattr(d, "detail_code", "")
    if code in CATALOGUE:
        out = text(code, tuple(getattr(d, "detail_params", ())), lang)
    else:
        out = str(d.detail).removeprefix(overdue_da).strip()
    if getattr(d, "overdue", False) or str(d.detail).startswith(overdue_da):
        out = f"{text('deadline.overdue', (), lang)} {out}".strip()
    return out


def _nested(value: Any) -> bool:
    return (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str)
            and value[0] in CATALOGUE and isinstance(value[1], tuple))


def _and(parts: list[str], lang: str) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + (" and " if lang == "en" else " og ") + parts[-1]


def sentences(parts: tuple[tuple[str, Params], ...], lang: str = "da") -> str:
    """Messages joined by "; ", the first letter a capital."""
    joined = "; ".join(text(code, values, lang) for code, values in parts)
    return joined[:1].upper() + joined[1:]


def text(code: str, values: Params, lang: str = "da") -> str:
    """The message ``code`` with ``values`` in ``lang`` ("da" or "en")."""
    da, en = CATALOGUE[code]
    return render(en if lang == "en" else da, values, lang)
