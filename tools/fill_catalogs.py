"""Write translations from a JSON file {msgid: {"es": .., "zh_Hans": .., "sk": ..}} into the
catalogs (an entry with a context is keyed "context\u0004msgid"). Used while developing;
`make test` checks that nothing is left untranslated.

    .venv/bin/python tools/fill_catalogs.py translations.json
"""

import json
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def main(path: str) -> None:
    translations = json.loads(Path(path).read_text(encoding="utf-8"))
    for code in ["es", "zh_Hans", "sk"]:
        po_path = ROOT / "locale" / code / "LC_MESSAGES" / "django.po"
        catalog = polib.pofile(str(po_path), wrapwidth=0)
        catalog.metadata["Language"] = code
        catalog.metadata["Content-Type"] = "text/plain; charset=UTF-8"
        catalog.metadata["Project-Id-Version"] = "CityPeers"
        catalog.metadata_is_fuzzy = False
        missing = []
        for entry in catalog:
            if entry.obsolete:
                continue
            key = f"{entry.msgctxt}\u0004{entry.msgid}" if entry.msgctxt else entry.msgid
            item = translations.get(key)
            if item is None:
                if not entry.translated():
                    missing.append(entry.msgid)
                continue
            value = item[code]
            if entry.msgid_plural:
                forms = value if isinstance(value, list) else [value]
                n_forms = {"es": 3, "zh_Hans": 1, "sk": 4}[code]
                forms = (forms * n_forms)[:n_forms] if len(forms) < n_forms else forms
                entry.msgstr_plural = dict(enumerate(forms))
            else:
                entry.msgstr = value
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
                entry.previous_msgid = None
                entry.previous_msgid_plural = None
                entry.previous_msgctxt = None
        catalog.save(str(po_path))
        for msgid in missing:
            print(f"{code}: still untranslated: {msgid!r}")


if __name__ == "__main__":
    main(sys.argv[1])
