"""Collect microbreak's texts for translators and compile their work.

    uv run python packaging/tools/update_translations.py            # lupdate, then lrelease
    uv run python packaging/tools/update_translations.py --release  # lrelease only

``pyside6-lupdate`` reads every ``self.tr``, ``QCoreApplication.translate``,
``QT_TRANSLATE_NOOP`` and core's ``translate`` call under ``microbreak/`` and
merges them into ``resources/translations/microbreak_<lang>.ts`` (new texts
arrive unfinished, removed ones are marked obsolete and kept for reference).
Translate with Qt Linguist (``uv run pyside6-linguist FILE.ts``) or any .ts
editor. ``pyside6-lrelease`` then compiles each .ts to the .qm the app loads;
the .qm files are committed, so the wheel and the bundles ship them.

English needs a catalogue too, for its counted texts only: the source says
"%n minute(s)" and English shows "1 minute" or "5 minutes". This script makes
``microbreak_en.ts`` itself (lupdate ``-pluralonly``, then the forms filled in
by :func:`microbreak.core.i18n.english_form`), so it never needs a
translator and is never stale.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from microbreak.core.i18n import english_form  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"
# The launch languages (keep packaging/pyinstaller/microbreak.spec in step).
LANGUAGES = (
    "de", "fr", "es", "pt_BR", "it", "nl", "pl", "ja", "zh_CN",
    "ar", "ru", "uk", "ko", "tr", "cs", "sv", "da", "hu", "id",
)  # fmt: skip
# The source language's own catalogue: counted texts only (see above).
ENGLISH = "en"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: run this with `uv run` (PySide6 provides it)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "microbreak").rglob("*.py"))


def ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"microbreak_{lang}.ts"


def update(languages: tuple[str, ...]) -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    ts = [str(ts_file(lang).relative_to(ROOT)) for lang in languages]
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-ts", *ts], cwd=ROOT, check=True)
    moved = sum(carry_over_moved_texts(ts_file(lang)) for lang in languages)
    if moved:
        # Once more, so the files are in lupdate's own layout again.
        subprocess.run([_tool("pyside6-lupdate"), *sources(), "-ts", *ts], cwd=ROOT, check=True)


def carry_over_moved_texts(ts: Path) -> int:
    """Keep the translation of a text that only moved to another class.

    lupdate files texts by context (the class that calls ``self.tr``): when code
    moves, the same words arrive unfinished in the new context and the old
    entry turns obsolete ("vanished"), or stays in use in its old class too.
    Where the same source (and plural kind) has exactly one translation left
    behind or in use elsewhere, it is reused: the words did not change, so the
    translator's work stands. Returns how many were kept.
    """
    tree = ET.parse(ts)
    left: dict[tuple[str, str | None], list[ET.Element]] = {}
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "unfinished":
            key = (message.findtext("source") or "", message.get("numerus"))
            left.setdefault(key, []).append(translation)
    kept = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        old = left.get((message.findtext("source") or "", message.get("numerus")), [])
        texts = {(o.text, tuple(f.text for f in o)) for o in old}
        if len(texts) != 1:
            continue
        translation.clear()
        translation.text = old[0].text
        for child in old[0]:
            translation.append(child)
        kept += 1
    if kept:
        ET.indent(tree, space="    ")
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return kept


def update_english() -> None:
    """Collect the counted texts into microbreak_en.ts and fill in both forms."""
    ts = ts_file(ENGLISH)
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *("-pluralonly", "-no-obsolete", "-target-language", "en"),
            *sources(),
            *("-ts", str(ts)),
        ],
        cwd=ROOT,
        check=True,
    )
    tree = ET.parse(ts)
    tree.getroot().set("language", "en")
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or message.get("numerus") != "yes":
            continue
        forms = translation.findall("numerusform")
        for form, n in zip(forms, (1, 2), strict=True):
            form.text = english_form(source, n)
        translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def release(languages: tuple[str, ...]) -> None:
    for lang in languages:
        ts = ts_file(lang)
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--release", action="store_true", help="only compile .ts to .qm")
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES))
    args = parser.parse_args(argv)
    languages = tuple(args.languages)
    if not args.release:
        update(languages)
        update_english()
    release((*languages, ENGLISH))
    return 0


if __name__ == "__main__":
    sys.exit(main())
