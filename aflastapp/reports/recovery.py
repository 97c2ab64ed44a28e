"""The recovery sheet, printed once at setup: the recovery key, how to use it, where backups are.

It holds no diary content (no child, no family), but the key opens every backup, so the footer
asks the family to keep it safe; the PDF metadata carries only the title.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from aflastapp.reports.style import (
    BODY_WIDTH,
    FONT_MONO,
    HEAD_BG,
    INK,
    RULE,
    DocMeta,
    build_pdf,
    check_lang,
    day,
    para,
    register_fonts,
    styles,
    title_block,
)

TITLE = {"da": "Gendannelsesark", "en": "Recovery sheet"}

# per language: the document's fixed words (strings, column tuples, status maps, sentence templates)
TEXTS: dict[str, dict[str, Any]] = {
    "da": {
        "subtitle": "aflastapp – jeres krypterede dagbog",
        "intro": "Med dette ark og en sikkerhedskopi kan I åbne jeres dagbog igen, hvis computeren går i "
        "stykker eller bliver stjålet, hvis computerens nøglering ikke længere har nøglen, eller hvis I "
        "glemmer jeres adgangskode. Uden arket kan ingen – heller ikke os – åbne dagbogen.",
        "key": "Jeres gendannelsesnøgle",
        "key_note": "{groups} grupper á 4 tegn; den sidste gruppe er en kontrol, der fanger slåfejl. "
        "Store og "
        "små bogstaver er ligegyldige, og 0/O samt 1/I/L regnes for det samme.",
        "diary_id": "Dagbogens id: {id}",
        "made": "Udskrevet {date}",
        "use": "Sådan bruger I nøglen",
        "steps": (
            "Installér aflastapp på computeren (eller brug den, I har).",
            "Vælg »Gendan fra sikkerhedskopi« og vælg den nyeste sikkerhedskopifil (fx "
            "aflastapp-2026-03-06_201500.aflastbak; datoen står i navnet).",
            "Skriv gendannelsesnøglen ovenfor. Bindestreger og mellemrum kan udelades.",
            "Dagbogen åbnes og gemmes igen i computerens nøglering (eller med en ny adgangskode).",
        ),
        "cli": "Fra kommandolinjen: aflastapp restore <sikkerhedskopi> --recovery-key <nøgle>",
        "backups": "Hvor er sikkerhedskopierne?",
        "backups_auto": "aflastapp tager automatisk en krypteret sikkerhedskopi højst én gang om dagen, når "
        "I låser eller lukker programmet, og gemmer 7 daglige, 4 ugentlige og 12 månedlige kopier.",
        "backups_where": "De ligger her på computeren: {path}",
        "backups_default": "De ligger i mappen »backups« i aflastapps datamappe (vises under Indstillinger).",
        "backups_copy": "Tag også jævnligt en kopi til en USB-nøgle eller et andet sted uden for computeren "
        "(»Tag sikkerhedskopi«). Sikkerhedskopierne er krypterede; de kan kun åbnes med nøglen.",
        "keep": "Opbevar arket sikkert",
        "keep_text": "Læg arket sammen med jeres vigtige papirer – ikke i computertasken og ikke som foto på "
        "telefonen. Alle, der har både arket og en sikkerhedskopi, kan læse dagbogen. Har I mistet arket, "
        "kan I udskrive et nyt under Indstillinger → Sikkerhed, mens dagbogen er åben.",
        "footer": "Fortroligt – gendannelsesnøgle. Opbevar arket sikkert.",
    },
    "en": {
        "subtitle": "aflastapp – your encrypted diary",
        "intro": "With this sheet and a backup you can open your diary again if the computer breaks or is "
        "stolen, if the computer's keychain no longer holds the key, or if you forget your password. "
        "Without the sheet nobody – not even us – can open the diary.",
        "key": "Your recovery key",
        "key_note": "{groups} groups of 4 characters; the last group is a check that catches typing errors. "
        "Upper and lower case are the same, and 0/O and 1/I/L count as the same character.",
        "diary_id": "Diary id: {id}",
        "made": "Printed {date}",
        "use": "How to use the key",
        "steps": (
            "Install aflastapp on the computer (or use the one you have).",
            "Choose “Restore from backup” and pick the newest backup file (e.g. "
            "aflastapp-2026-03-06_201500.aflastbak; the date is in the name).",
            "Type the recovery key above. Dashes and spaces may be left out.",
            "The diary opens and is stored again in the computer's keychain (or with a new password).",
        ),
        "cli": "From the command line: aflastapp restore <backup> --recovery-key <key>",
        "backups": "Where are the backups?",
        "backups_auto": "aflastapp makes an encrypted backup automatically at most once a day when you lock "
        "or close it, and keeps 7 daily, 4 weekly and 12 monthly copies.",
        "backups_where": "They are here on this computer: {path}",
        "backups_default": "They are in the “backups” folder of aflastapp's data folder (shown in Settings).",
        "backups_copy": "Also copy a backup to a USB stick or somewhere off the computer now and then "
        "(“Make a backup”). Backups are encrypted; only the key opens them.",
        "keep": "Keep the sheet safe",
        "keep_text": "Keep it with your important papers – not in the laptop bag and not as a photo on your "
        "phone. Anyone with both the sheet and a backup can read the diary. If you lose the sheet, print a "
        "new one under Settings → Security while the diary is open.",
        "footer": "Confidential – recovery key. Keep this sheet safe.",
    },
}


def groups_of(key: str) -> list[str]:
    """``"ABCD-EFGH …"`` → ``["ABCD", "EFGH", …]`` (dashes or spaces separate the groups)."""
    return [g for g in key.replace(" ", "-").split("-") if g]


def _key_grid(key: str) -> Flowable:
    groups = groups_of(key)
    per_row = 4
    rows = [groups[i : i + per_row] for i in range(0, len(groups), per_row)]
    rows = [r + [""] * (per_row - len(r)) for r in rows]
    width = BODY_WIDTH / per_row
    table = Table(rows, colWidths=[width] * per_row, rowHeights=[15 * mm] * len(rows), hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT_MONO, 22),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 1, INK),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), HEAD_BG),
    ]
    table.setStyle(TableStyle(commands))
    return table


def render(
    recovery_key: str,
    *,
    database_id: str = "",
    backup_dir: str = "",
    printed: date | None = None,
    lang: str = "da",
) -> bytes:
    """The one-page recovery sheet as PDF bytes."""
    tx = TEXTS[check_lang(lang)]
    st = styles()
    register_fonts(FONT_MONO)  # the key, in groups
    if not groups_of(recovery_key):
        raise ValueError("gendannelsesnøgle: tom")
    story: list[Flowable] = []
    story += title_block(TITLE[lang], tx["subtitle"], st)
    story.append(para(tx["intro"], st.body))
    story.append(para(tx["key"], st.h2))
    story.append(KeepTogether([_key_grid(recovery_key.upper()), Spacer(1, 2 * mm)]))
    story.append(para(tx["key_note"].format(groups=len(groups_of(recovery_key))), st.small))
    meta_line = tx["made"].format(date=day(printed or date.today(), lang))
    if database_id:
        meta_line = tx["diary_id"].format(id=database_id) + " · " + meta_line
    story.append(para(meta_line, st.small))

    story.append(para(tx["use"], st.h2))
    for i, step in enumerate(tx["steps"], start=1):
        story.append(para(f"{i}. {step}", st.body))
    story.append(Spacer(1, 1 * mm))
    story.append(para(tx["cli"], st.small))

    story.append(para(tx["backups"], st.h2))
    story.append(para(tx["backups_auto"], st.body))
    story.append(
        para(tx["backups_where"].format(path=backup_dir) if backup_dir else tx["backups_default"], st.body)
    )
    story.append(para(tx["backups_copy"], st.body))

    story.append(para(tx["keep"], st.h2))
    story.append(para(tx["keep_text"], st.body))
    meta = DocMeta(title=TITLE[lang], personal_data=False, lang=lang, confidential_text=tx["footer"])
    return build_pdf(story, meta)
