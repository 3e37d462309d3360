"""Build the third-party overrides in ``locale_vendor/`` (the second entry of LOCALE_PATHS).

``make messages`` rewrites ``locale/`` from the project's own code and drops any msgid it does
not find there, so translations of Django's, allauth's, Wagtail's and wagtail-localize's
strings live in ``locale_vendor/<lang>/LC_MESSAGES/{django,djangojs}.po`` instead. They are
generated, never edited by hand:

- the msgids (and their flags, contexts and plurals) come from each package's English catalog,
  so an override always matches the installed version;
- the translations are, in this order: ours from ``tools/vendor_translations/<lang>.json``,
  then the package's own catalog under another name Django does not look for (Wagtail's
  Slovak is ``sk_SK``; Django looks for ``sk``), or the package's own translation with the
  glossary's words put in (Chinese: 您 for 你, 账户 for 帐号/账号), where that changes it. A
  msgid in several packages gets one translation: ours, else the first package in
  INSTALLED_APPS order (as Django would choose).

    .venv/bin/python tools/vendor_catalogs.py            # write locale_vendor/
    .venv/bin/python tools/vendor_catalogs.py --missing sk wagtail/admin django > todo.json

``--missing`` lists, as JSON in the format of the translations file, the msgids of one
package catalog that have no translation yet. JSON keys: ``"msgid"`` or
``"context\\u0004msgid"``; values: a string, or for plurals one string per plural form
(Slovak: 1, 2-4, other).
"""

import argparse
import json
import re
import sys
import sysconfig
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "locale_vendor"
TRANSLATIONS = ROOT / "tools" / "vendor_translations"
SITE_PACKAGES = Path(sysconfig.get_paths()["purelib"])

# Package catalogs, in INSTALLED_APPS order (the first one's translation wins), then the
# Wagtail apps that are not installed (their msgids still appear in shared templates).
PACKAGES = [
    "django/contrib/auth",
    "wagtail_localize",
    "wagtail_localize/locales",
    "wagtail/locales",
    "wagtail/contrib/forms",
    "wagtail/contrib/redirects",
    "wagtail/contrib/settings",
    "wagtail/embeds",
    "wagtail/sites",
    "wagtail/users",
    "wagtail/snippets",
    "wagtail/documents",
    "wagtail/images",
    "wagtail/search",
    "wagtail/admin",
    "wagtail",
    "allauth",
    "django/conf",
    "wagtail/contrib/search_promotions",
    "wagtail/contrib/simple_translation",
    "wagtail/contrib/styleguide",
    "wagtail/contrib/table_block",
    "wagtail/contrib/typed_table_block",
]

PLURAL_FORMS = {
    "sk": "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;",
    "zh_Hans": "nplurals=1; plural=0;",
    "es": "nplurals=3; plural=n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2;",
}

# Per language:
# - packages: the catalogs overridden;
# - upstream: the packages' own catalog to take translations from, and plural_map: how its
#   plural forms map onto ours (Wagtail's sk_SK has four forms: 1, 2-4, fractions, other;
#   ours three: 1, 2-4, other);
# - rewrite: glossary replacements made in the upstream translations; with it, only the
#   translations that it changes are overridden;
# - complete: the packages of which every msgid must have a translation (check_catalogs).
WAGTAIL = [p for p in PACKAGES if p.startswith("wagtail")]
LANGUAGES = {
    "sk": {
        # Django's own: only the month names that dates need in the genitive ("E").
        "packages": [*WAGTAIL, "django/conf"],
        "upstream": "sk_SK",
        "plural_map": [0, 1, 3],
        "complete": WAGTAIL,
    },
    "es": {
        # Only ours (tools/vendor_translations/es.json): the packages' Spanish, in usted
        # where they address the reader as tú.
        "packages": ["django/contrib/auth", "allauth", "django/conf", *WAGTAIL],
        "upstream": None,
        "plural_map": [0, 1, 2],
    },
    "zh_Hans": {
        "packages": ["django/contrib/auth", "allauth", "django/conf", *WAGTAIL],
        "upstream": "zh_Hans",
        "plural_map": [0],
        # Glossary: 您, never 你; "account" is 账户; full-width punctuation between Chinese
        # characters (抱歉, 您… → 抱歉，您…; a sentence ends in 。).
        "rewrite": [
            ("你", "您"),
            ("帐号", "账户"),
            ("帐户", "账户"),
            ("账号", "账户"),
            (re.compile(r"(?<=[\u3400-\u9fff])\s*,\s*(?=[\u3400-\u9fff])"), "，"),
            (re.compile(r"(?<=[\u3400-\u9fff])\s*:\s*(?=[\u3400-\u9fff])"), "："),
            (re.compile(r"(?<=[\u3400-\u9fff])\s*;\s*(?=[\u3400-\u9fff])"), "；"),
            (re.compile(r"(?:(?<=[\u3400-\u9fff])|(?<=</a>)|(?<=\)s))\.$"), "。"),
            ("？ ", "？"),
        ],
    },
}

DOMAINS = ["django", "djangojs"]

# Python's %(name)s and %s, and str.format's {name}, {0} and {}.
PLACEHOLDER = re.compile(
    r"%\([A-Za-z_][A-Za-z0-9_]*\)[-#0 +]*\d*(?:\.\d+)?[sdifrx]"
    r"|%[sdifr]"
    r"|\{(?:[A-Za-z_][A-Za-z0-9_]*|\d*)\}"
)


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text.replace("%%", "")))


def key_of(entry: polib.POEntry) -> str:
    return f"{entry.msgctxt}\u0004{entry.msgid}" if entry.msgctxt else entry.msgid


def placeholder_problems(entry: polib.POEntry, nplurals: int = 3) -> list[str]:
    """Placeholders of each translation that differ from the msgid's. Plural forms: every
    form has the msgid_plural's positional ones (%d, %s) and no name of its own; every form
    but the singular's (when there are several) has all its named ones."""
    if not entry.msgid_plural:
        if placeholders(entry.msgstr) != placeholders(entry.msgid):
            return [f"{placeholders(entry.msgstr)} vs {placeholders(entry.msgid)}"]
        return []
    plural = placeholders(entry.msgid_plural)
    positional = [p for p in plural if not p.startswith(("%(", "{"))]
    named = {p for p in plural if p.startswith(("%(", "{"))}
    allowed = named | {p for p in placeholders(entry.msgid) if p.startswith(("%(", "{"))}
    problems = []
    for index, form in sorted(entry.msgstr_plural.items()):
        found = placeholders(form)
        found_named = {p for p in found if p.startswith(("%(", "{"))}
        if [p for p in found if not p.startswith(("%(", "{"))] != positional:
            problems.append(f"form {index}: {found} vs {plural}")
        elif not found_named <= allowed:
            problems.append(f"form {index}: {sorted(found_named - allowed)} not in the msgid")
        elif (index or nplurals == 1) and not named <= found_named:
            problems.append(f"form {index}: {sorted(named - found_named)} missing")
    return problems


def english_catalog(package: str, domain: str) -> polib.POFile | None:
    path = SITE_PACKAGES / package / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
    return polib.pofile(str(path), wrapwidth=0) if path.exists() else None


def upstream_translations(package: str, domain: str, config: dict) -> dict:
    """The package's own translations for this language (only those the rewrite changes,
    rewritten, when the language has one)."""
    if not config["upstream"]:
        return {}
    path = SITE_PACKAGES / package / "locale" / config["upstream"] / "LC_MESSAGES" / f"{domain}.po"
    if not path.exists():
        return {}
    plural_map, rewrite = config["plural_map"], config.get("rewrite")
    found = {}
    for entry in polib.pofile(str(path)):
        if entry.obsolete or entry.fuzzy or not entry.translated():
            continue
        if entry.msgid_plural:
            forms = [entry.msgstr_plural.get(i, "") for i in range(max(plural_map) + 1)]
            value = [forms[i] or forms[i - 1] for i in plural_map]
            if not all(value):
                continue
        else:
            value = entry.msgstr
        if rewrite:
            rewritten = value
            for old, new in rewrite:

                def apply(form, old=old, new=new):
                    if isinstance(old, re.Pattern):
                        return old.sub(new, form)
                    return form.replace(old, new)

                rewritten = (
                    [apply(form) for form in rewritten]
                    if isinstance(rewritten, list)
                    else apply(rewritten)
                )
            if rewritten == value:
                continue
            value = rewritten
        found[key_of(entry)] = value
    return found


def load_ours(language: str) -> dict:
    path = TRANSLATIONS / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


class VendorError(Exception):
    """A translation of ours that cannot be used as it is."""


def nplurals_of(language: str) -> int:
    return int(PLURAL_FORMS[language].split("nplurals=")[1].split(";")[0])


def build(language: str, domain: str, ours: dict, used: set) -> tuple[polib.POFile, dict]:
    """The override catalog of one language and domain, and per package [translated, total]."""
    config = LANGUAGES[language]
    catalog = polib.POFile(wrapwidth=0)
    catalog.metadata = {
        "Project-Id-Version": "CityPeers third-party overrides",
        "PO-Revision-Date": "2026-01-01 00:00+0000",
        "Last-Translator": "CityPeers",
        "Language-Team": "CityPeers",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS[language],
    }
    catalog.header = (
        "Overrides of third-party translations, generated by tools/vendor_catalogs.py from\n"
        f"tools/vendor_translations/{language}.json and the packages' own catalogs.\n"
        "Do not edit: edit the JSON and run the tool."
    )
    counts: dict[str, list[int]] = {}
    seen: set[str] = set()
    nplurals = nplurals_of(language)
    for package in config["packages"]:
        english = english_catalog(package, domain)
        if english is None:
            continue
        upstream = upstream_translations(package, domain, config)
        total = done = 0
        for source in english:
            if source.obsolete or not source.msgid:
                continue
            key = key_of(source)
            total += 1
            value, origin = ours.get(key), "CityPeers"
            if value is None:
                value, origin = upstream.get(key), f"{package} {config['upstream']}"
            if value is None:
                continue
            if key in seen:
                done += 1
                continue
            entry = polib.POEntry(
                msgctxt=source.msgctxt,
                msgid=source.msgid,
                msgid_plural=source.msgid_plural,
                flags=[f for f in source.flags if f != "fuzzy"],
                occurrences=[(package, "")],
                tcomment=origin,
            )
            if source.msgid_plural:
                forms = value if isinstance(value, list) else [value]
                if len(forms) != nplurals:
                    raise VendorError(f"{language}: {key!r} needs {nplurals} plural form(s)")
                entry.msgstr_plural = dict(enumerate(forms))
            elif isinstance(value, str):
                entry.msgstr = value
            else:
                raise VendorError(f"{language}: {key!r} is not a plural")
            problems = placeholder_problems(entry, nplurals)
            if problems and origin == "CityPeers":
                raise VendorError(f"{language}: placeholders of {key!r}: {problems}")
            if problems:
                continue  # A broken upstream translation: left out, listed by --missing.
            seen.add(key)
            if origin == "CityPeers":
                used.add(key)
            done += 1
            catalog.append(entry)
        counts[package] = [done, total]
    return catalog, counts


def build_all() -> dict[Path, tuple[polib.POFile, dict]]:
    """Every override catalog by path (an empty one: no file)."""
    catalogs = {}
    for language in LANGUAGES:
        ours = load_ours(language)
        used: set[str] = set()
        for domain in DOMAINS:
            path = OUT / language / "LC_MESSAGES" / f"{domain}.po"
            catalogs[path] = build(language, domain, ours, used)
        unused = sorted(set(ours) - used)
        if unused:
            raise VendorError(f"{language}: translations of msgids no package has: {unused[:5]}")
    return catalogs


def check() -> list[str]:
    """Problems for ``manage.py check_catalogs``: a catalog that is not what this tool makes
    from the installed packages (edited by hand, or a package was upgraded), and msgids of a
    language that must be complete (Slovak Wagtail) that have no translation."""
    try:
        catalogs = build_all()
    except VendorError as error:
        return [str(error)]
    problems = []
    for path, (catalog, counts) in catalogs.items():
        name = path.relative_to(ROOT)
        expected = str(catalog) if len(catalog) else None
        actual = path.read_text(encoding="utf-8") if path.exists() else None
        if expected != actual:
            problems.append(f"{name}: out of date; run tools/vendor_catalogs.py")
        language = path.parent.parent.name
        complete = LANGUAGES[language].get("complete") or []
        for package, (done, total) in counts.items():
            if package in complete and done < total:
                problems.append(
                    f"{name}: {total - done} msgid(s) of {package} untranslated; "
                    f"see tools/vendor_catalogs.py --missing {language} {package} "
                    f"{path.stem}"
                )
    return problems


def missing(language: str, package: str, domain: str) -> dict:
    """The msgids of one package catalog that have no usable translation yet."""
    config = LANGUAGES[language]
    ours = load_ours(language)
    upstream = upstream_translations(package, domain, config)
    todo = {}
    for source in english_catalog(package, domain) or []:
        if source.obsolete or not source.msgid:
            continue
        key = key_of(source)
        if key in ours:
            continue
        if key in upstream:
            probe = polib.POEntry(msgid=source.msgid, msgid_plural=source.msgid_plural)
            if source.msgid_plural:
                probe.msgstr_plural = dict(enumerate(upstream[key]))
            else:
                probe.msgstr = upstream[key]
            if not placeholder_problems(probe, nplurals_of(language)):
                continue
        forms = [""] * nplurals_of(language)
        todo[key] = forms if source.msgid_plural else ""
    return todo


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--missing", nargs=3, metavar=("LANG", "PACKAGE", "DOMAIN"))
    args = parser.parse_args()
    if args.missing:
        json.dump(missing(*args.missing), sys.stdout, ensure_ascii=False, indent=1)
        return
    try:
        catalogs = build_all()
    except VendorError as error:
        sys.exit(str(error))
    for path, (catalog, counts) in catalogs.items():
        if not len(catalog):
            path.unlink(missing_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != str(catalog):
            catalog.save(str(path))  # Only when changed: the .mo stays current otherwise.
        print(f"{path.relative_to(ROOT)}: {len(catalog)} entries")
        for package, (done, total) in counts.items():
            if done:
                print(f"  {package:36} {done:4}/{total:4}")


if __name__ == "__main__":
    main()
