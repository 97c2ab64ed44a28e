"""The translation pipeline: lupdate over every GUI file → aflastapp_en.ts → lrelease → aflastapp_en.qm.

    uv run python resources/i18n/update.py            # update the .ts, report unfinished, build the .qm
    uv run python resources/i18n/update.py --apply en.json   # fill translations {context: {source: text}}
    uv run python resources/i18n/update.py --unfinished out.json  # dump what still needs English

Danish is the source language (in the code); English is the translation in ``aflastapp_en.ts``
(edit it with Qt Linguist or with ``--apply``). Module-level helpers like
``def tr(text): return QCoreApplication.translate("DocumentsView", text)`` are invisible to
lupdate's context detection (it files their strings under the empty context); this script moves
each such message to the context the helper in that file uses at run time, keeping translations.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GUI = ROOT / "aflastapp" / "gui"
TS = HERE / "aflastapp_en.ts"
QM = HERE / "aflastapp_en.qm"
HELPER_RE = re.compile(
    r"def tr\(text: str\) -> str:\s*\n\s*return QCoreApplication\.translate\(\"([^\"]+)\", text\)")


def gui_files() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "__pycache__" not in p.parts)


IMPORT_RE = re.compile(r"from (aflastapp\.gui[\w.]*) import \(?([^)]*?)\)?\n(?!\s)", re.S)


def helper_context(path: Path) -> str | None:
    """The context ``tr(...)`` has at run time in ``path``: its own helper, or the one it imports."""
    text = path.read_text(encoding="utf-8")
    m = HELPER_RE.search(text)
    if m:
        return m.group(1)
    for module, names in IMPORT_RE.findall(text):
        if re.search(r"\btr\b", names):
            source = ROOT.joinpath(*module.split(".")).with_suffix(".py")
            if source.exists() and source != path:
                return helper_context(source)
    return None


def enclosing_class(path: Path, line: int) -> str | None:
    """For ``tr = self.tr`` aliases inside a method: the class the line belongs to."""
    lines = path.read_text(encoding="utf-8").splitlines()[:line]
    if not any("tr = self.tr" in x for x in lines):
        return None
    for text in reversed(lines):
        m = re.match(r"class (\w+)\b", text)
        if m:
            return m.group(1)
    return None


def run_lupdate(ts: Path = TS) -> None:
    files = [str(p.relative_to(ROOT)) for p in gui_files()]
    subprocess.run(["pyside6-lupdate", *files, "-ts", str(ts)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)


def _context(root: ET.Element, name: str) -> ET.Element:
    for c in root.findall("context"):
        if (c.findtext("name") or "") == name:
            return c
    c = ET.SubElement(root, "context")
    ET.SubElement(c, "name").text = name
    return c


def _is_live(m: ET.Element) -> bool:
    t = m.find("translation")
    return t is None or t.get("type") not in ("obsolete", "vanished")


def _target(loc: ET.Element) -> str | None:
    file = (HERE / loc.get("filename", "")).resolve()
    if not file.exists():
        return None
    return helper_context(file) or enclosing_class(file, int(loc.get("line", "0")))


def split_shared(tree: ET.ElementTree) -> None:
    """lupdate merges one empty-context string used in several files into one message; when those
    files' helpers have different run-time contexts, give each context its own copy."""
    import copy

    for c in tree.getroot().findall("context"):
        if (c.findtext("name") or "") != "":
            continue
        for m in list(c.findall("message")):
            locs = m.findall("location")
            groups: dict[str | None, list[ET.Element]] = {}
            for loc in locs:
                groups.setdefault(_target(loc), []).append(loc)
            if len(groups) < 2:
                continue
            for keep in groups.values():
                dup = copy.deepcopy(m)
                for loc in dup.findall("location"):
                    dup.remove(loc)
                for i, loc in enumerate(keep):
                    dup.insert(i, copy.deepcopy(loc))
                c.append(dup)
            c.remove(m)


def fix_contexts(tree: ET.ElementTree) -> int:
    """Move empty-context messages to their file's helper context; keep earlier translations."""
    root = tree.getroot()
    moved = 0
    split_shared(tree)
    for c in list(root.findall("context")):
        if (c.findtext("name") or "") != "":
            continue
        for m in list(c.findall("message")):
            loc = m.find("location")
            file = (HERE / loc.get("filename", "")).resolve() if loc is not None else None
            target_name = helper_context(file) if file is not None and file.exists() else None
            if target_name is None and file is not None and file.exists() and loc is not None:
                target_name = enclosing_class(file, int(loc.get("line", "0")))
            if target_name is None:
                continue
            target = _context(root, target_name)
            source = m.findtext("source")
            same = [x for x in target.findall("message") if x.findtext("source") == source]
            old_text = next((x.findtext("translation") for x in same if x.findtext("translation")), None)
            for x in same:
                target.remove(x)
            c.remove(m)
            t = m.find("translation")
            if t is not None and old_text and not (t.text or ""):
                t.text = old_text
            if t is not None and (t.text or "").strip() and t.get("type") == "unfinished":
                # lupdate lost track of it (it could not see the helper's context): it is ours.
                t.attrib.pop("type", None)
            target.append(m)
            moved += 1
        if not c.findall("message"):
            root.remove(c)
    return moved


def drop_stale(tree: ET.ElementTree) -> None:
    """Drop obsolete/vanished entries (the code no longer has them)."""
    root = tree.getroot()
    for c in root.findall("context"):
        for m in list(c.findall("message")):
            if not _is_live(m):
                c.remove(m)


def unfinished(tree: ET.ElementTree) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for c in tree.getroot().findall("context"):
        for m in c.findall("message"):
            t = m.find("translation")
            has_text = t is not None and (bool((t.text or "").strip()) or any(
                (f.text or "").strip() for f in t.iter("numerusform")))
            if t is not None and (t.get("type") == "unfinished" or not has_text):
                out.setdefault(c.findtext("name") or "", {})[m.findtext("source") or ""] = ""
    return out


def apply(tree: ET.ElementTree, mapping: dict[str, dict[str, Any]]) -> int:
    n = 0
    for c in tree.getroot().findall("context"):
        texts = mapping.get(c.findtext("name") or "", {})
        for m in c.findall("message"):
            text = texts.get(m.findtext("source") or "")
            if text:
                t = m.find("translation")
                if t is None:
                    t = ET.SubElement(m, "translation")
                t.attrib.pop("type", None)
                if m.get("numerus") == "yes":  # English: singular and plural forms
                    for old in list(t):
                        t.remove(old)
                    t.text = None
                    forms = text if isinstance(text, list) else [text, text]
                    for form in forms:
                        ET.SubElement(t, "numerusform").text = form
                else:
                    t.text = text
                n += 1
    return n


def write(tree: ET.ElementTree) -> None:
    ET.indent(tree, "    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def release(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True, stdout=subprocess.DEVNULL)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--apply", type=Path, help="JSON {context: {source: English}} to fill in")
    ap.add_argument("--unfinished", type=Path, help="write what still lacks English as JSON")
    args = ap.parse_args(argv)
    run_lupdate()
    tree = ET.parse(TS)
    root = tree.getroot()
    root.set("language", "en_GB")
    root.set("sourcelanguage", "da_DK")
    fix_contexts(tree)
    drop_stale(tree)
    if args.apply:
        print(f"filled {apply(tree, json.loads(args.apply.read_text(encoding='utf-8')))} translations")
    write(tree)
    missing = unfinished(tree)
    if args.unfinished:
        args.unfinished.write_text(json.dumps(missing, ensure_ascii=False, indent=1), encoding="utf-8")
    count = sum(len(v) for v in missing.values())
    release()
    print(f"{TS.name}: {count} string(s) without English; {QM.name} built")
    return 0


if __name__ == "__main__":
    sys.exit(main())
