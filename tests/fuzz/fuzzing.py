"""The fuzz suite's machinery: HTML forms and links parsed from rendered pages, Hypothesis
strategies for hostile values, one request per example, and the checks after it.

Targets are discovered, not listed: each role's pages are crawled from a few start URLs
(links and forms found on the way), the Wagtail admin forms the project defines are found
in the URL resolver, and each form found is fuzzed field by field. Every request must end
below 500, and after every example no row of a project model may hold what a form should
have refused (control characters, dates outside the plausible window of lms.validators,
values its own field validation rejects).
"""

from __future__ import annotations

import datetime
import re
import traceback
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import quote_from_bytes, urlencode, urlsplit

from django.apps import apps
from django.core import mail
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models, transaction
from django.db.models.signals import post_save
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from lms.middleware import CONTROL_CHARACTERS
from lms.validators import EARLIEST_DATE, LATEST_DATE, is_plausible

PROJECT_APPS = ("lms", "cms_pages", "courses", "mentoring", "partnerships", "surveys")
LANGUAGES = ("en", "es", "zh-hans", "sk")

# One profile for `make test` (loaded by tests/fuzz/conftest.py): reproducible (derandomized,
# no example database, so no .hypothesis directory), no per-example deadline (a page render
# on a slow CI machine is not a failure), no shrinking (a failing example is reported as
# generated: shrinking hundreds of HTTP requests would blow the time budget).
settings.register_profile(
    "fuzz",
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=False,
    phases=(Phase.explicit, Phase.generate),
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.large_base_example,
        HealthCheck.function_scoped_fixture,
        HealthCheck.differing_executors,
    ],
)

# ----------------------------------------------------------------------------- HTML


@dataclass
class Field:
    name: str
    kind: str  # input type, "textarea" or "select"
    value: str = ""
    options: list[str] = field(default_factory=list)
    multiple: bool = False
    required: bool = False


@dataclass
class Form:
    action: str
    method: str
    enctype: str
    fields: dict[str, Field] = field(default_factory=dict)

    @property
    def multipart(self) -> bool:
        return "multipart" in self.enctype or any(f.kind == "file" for f in self.fields.values())


class PageParser(HTMLParser):
    """Forms (action, method, fields with their types and options) and links of a page."""

    def __init__(self, url: str):
        super().__init__(convert_charrefs=True)
        self.url = url
        self.forms: list[Form] = []
        self.links: list[str] = []
        self._form: Form | None = None
        self._select: Field | None = None
        self._textarea: Field | None = None

    def _add(self, f: Field) -> None:
        if self._form is None or not f.name:
            return
        known = self._form.fields.get(f.name)
        if known is None:
            self._form.fields[f.name] = f
        else:  # radio buttons and checkboxes of one name: options of one field
            known.options += f.options
            known.multiple = known.multiple or f.kind == "checkbox"

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self._form = Form(
                action=a.get("action") or self.url,
                method=(a.get("method") or "get").lower(),
                enctype=a.get("enctype", ""),
            )
            self.forms.append(self._form)
        elif tag == "input":
            kind = a.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset") and not a.get("name"):
                return
            options = [a.get("value", "on")] if kind in ("checkbox", "radio") else []
            self._add(
                Field(a.get("name", ""), kind, a.get("value", ""), options,
                      kind == "checkbox", "required" in a)
            )
        elif tag == "button" and a.get("name"):
            self._add(Field(a["name"], "submit", a.get("value", ""), [a.get("value", "")]))
        elif tag == "textarea":
            self._textarea = Field(a.get("name", ""), "textarea", "", [], False, "required" in a)
            self._add(self._textarea)
        elif tag == "select":
            self._select = Field(a.get("name", ""), "select", "", [], "multiple" in a,
                                 "required" in a)
            self._add(self._select)
        elif tag == "option" and self._select is not None:
            self._select.options.append(a.get("value", ""))

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea.value += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def parse(url: str, html: str) -> PageParser:
    parser = PageParser(url)
    parser.feed(html)
    parser.close()
    return parser


# ----------------------------------------------------------------------------- strategies

HOSTILE_DATES = (
    "9999-12-31T23:59", "9999-12-31 23:59", "9999-12-31", "0001-01-01", "0001-01-01T00:00",
    "2026-02-30", "2026-02-30T10:00", "2026-13-01", "0000-00-00", "2026-02-29T25:61",
    "31/12/9999", "12/31/9999", "1-1-1", "-1", "1899-12-31", "2101-01-01", "10000-01-01",
    "2026-06-01T24:00", "2026-06-01T10:00:00+99:00", "1970-01-01T00:00:00Z",
)
NUMBERS = (
    "0", "-1", "1", "5", "600", "601", "32767", "32768", "2147483648", "9" * 40, "-" + "9" * 40,
    "1e309", "-1e309", "NaN", "Infinity", "-inf", "1.5", "0.0000000001", "1,5", "0x10", "١٢",
    "1" * 400,
)
CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\x7f"
# Bytes that are no valid UTF-8: lone continuation bytes, overlong forms, surrogates.
NON_UTF8 = (b"\xff\xfe", b"\xc0\xaf", b"\xed\xa0\x80", b"abc\x80def", b"\xe4\xb8", b"\xf4\x90\x80\x80")


def _long(alphabet_text: st.SearchStrategy) -> st.SearchStrategy:
    return st.builds(lambda s, n: (s or "x") * n, alphabet_text, st.integers(50, 2500))


plain_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30
)
control_text = st.builds(
    lambda a, c, b: a + c + b, plain_text, st.text(alphabet=CONTROL, min_size=1, max_size=4),
    plain_text,
)

hostile = st.one_of(
    st.sampled_from(["", " ", "\t\n\r", "\x00", "NUL\x00byte", "\u200b", "\u202eevil",
                     "<script>alert(1)</script>", "' OR 1=1 --", "%s%n{0}", "../../etc/passwd",
                     "null", "None", "true", "[]", "{}", "javascript:alert(1)", "//evil.example",
                     "ＡＢＣ", "e\u0301\u0301\u0301", "𝕏" * 10, "中文测试"]),
    st.sampled_from(HOSTILE_DATES),
    st.sampled_from(NUMBERS),
    control_text,
    _long(st.sampled_from(["x", "é", "中", "🙂", "a\x00", " "])),
    st.sampled_from(NON_UTF8),
    plain_text,
)


def plausible(f: Field) -> st.SearchStrategy:
    """A value the page itself would send, or close to it."""
    kind = f.kind
    if f.options:
        return st.sampled_from(f.options)
    if kind in ("date",):
        return st.sampled_from(["2026-03-15", "2025-12-31", "2030-01-01"])
    if kind in ("datetime-local",):
        return st.sampled_from(["2026-03-15T10:30", "2030-01-01T00:00"])
    if kind == "time":
        return st.sampled_from(["10:30", "00:00", "23:59"])
    if kind == "number":
        return st.sampled_from(["1", "5", "30", "60", "100"])
    if kind == "email":
        return st.sampled_from(["someone@city.example.org", "x@y.example"])
    if kind == "url":
        return st.sampled_from(["https://example.org/", "http://x.example/a?b=c"])
    if kind == "password":
        return st.just("a-Long-test-passw0rd")
    if kind == "hidden" or f.value:
        return st.just(f.value)
    return st.sampled_from(["Budget calendar", "Rozpočet", "Presupuesto", "预算日程", "Text"])


DATE_NAME = re.compile(r"(_on|_at|date|time|_from|_until)$|^(date|time|day)")
TEXT_KINDS = ("text", "textarea", "search", "")


def _baseline(f: Field):
    """The value a careful person would send: the page's own, or the first real option."""
    if f.kind == "file":
        return None
    options = [o for o in f.options if o]
    if f.kind in ("checkbox", "radio"):
        return options[0] if options and f.required else None
    if f.kind == "select":
        return (options or [""])[0]
    if f.value or f.kind in ("hidden", "submit"):
        return f.value
    if f.kind == "date" or DATE_NAME.search(f.name):
        return "2026-03-15T10:30" if f.kind == "datetime-local" else "2026-03-15"
    if f.kind == "number":
        return "30"
    if f.kind == "email":
        return "someone@city.example.org"
    if f.kind == "url":
        return "https://example.org/"
    if f.kind == "password":
        return "a-Long-test-passw0rd"
    return "Text"


def battery(form: Form) -> list[dict]:
    """Explicit examples, each a valid-looking form with one kind of hostility in every
    field it fits: control characters and NUL, blank, very long text, the extreme and
    impossible dates, huge numbers, unknown choices. Only those that apply to the form."""
    base = {name: _baseline(f) for name, f in form.fields.items()}
    text = [n for n, f in form.fields.items() if f.kind in TEXT_KINDS + ("email",)
            and not DATE_NAME.search(n)]
    dates = [n for n, f in form.fields.items()
             if f.kind in ("date", "datetime-local") or (f.kind in TEXT_KINDS and DATE_NAME.search(n))]
    numbers = [n for n, f in form.fields.items() if f.kind == "number"]
    choices = [n for n, f in form.fields.items() if f.kind in ("select", "radio", "checkbox")]
    out = []

    def put(names, value):
        if names:
            out.append({**base, **dict.fromkeys(names, value)})

    put(text, "Tab\there\x01\x1b[31m\x7fend")
    put(dates, "9999-12-31T23:59")
    put(text, "")
    put(dates, "0001-01-01T00:00")
    put(numbers, "9" * 40)
    put(text, "NUL\x00byte")
    put(dates, "2026-02-30")
    put(choices, "no-such-choice")
    put(choices, "9" * 40)  # an id beyond any database integer
    put(text, "x" * 5000)
    put(numbers, "-1")
    return out


def field_value(f: Field) -> st.SearchStrategy:
    """One field: left out, as the page would send it, hostile, or several values."""
    if f.kind == "file":
        return st.one_of(
            st.none(),
            st.builds(
                lambda name, body: SimpleUploadedFile(name, body, "application/octet-stream"),
                st.sampled_from(["report.pdf", "x" * 300 + ".pdf", "a\x00b.pdf", "..pdf",
                                 ".pdf", "中文.docx", "evil.exe", "x.pdf.exe"]),
                st.sampled_from([b"", b"%PDF-1.4\n%%EOF", b"\x00" * 64, b"MZ\x90\x00"]),
            ),
        )
    one = st.one_of(plausible(f), plausible(f), hostile)
    return st.one_of(
        st.none(),  # missing
        one,
        st.lists(one, min_size=2, max_size=3),  # a list where one value is expected
    )


def form_values(form: Form) -> st.SearchStrategy:
    return st.fixed_dictionaries({name: field_value(f) for name, f in form.fields.items()})


QUERY_NAMES = ("page", "q", "next", "lang", "language", "topic", "sort", "type", "level",
               "format", "region", "status", "all", "p", "country", "year", "month", "kind")


def query_values(names: dict) -> st.SearchStrategy:
    """Query parameters: names from the page's GET forms (with their options) and the usual
    ones, values plausible (the form's own options) or hostile, some repeated."""
    generic = ["1", "2", "0", "-1", "999999999", "", "en", "finance", "europe"]

    def value(name):
        one = st.one_of(st.sampled_from(names.get(name) or generic), hostile)
        return st.one_of(one, st.lists(one, min_size=2, max_size=3))

    return st.sampled_from(sorted(names)).flatmap(
        lambda first: st.fixed_dictionaries(
            {first: value(first)},
            optional={name: value(name) for name in sorted(names) if name != first},
        )
    )


# ----------------------------------------------------------------------------- requests


def _encode(value) -> str:
    raw = value if isinstance(value, bytes) else str(value).encode("utf-8")
    return quote_from_bytes(raw, safe="")


def encode_pairs(values: dict) -> str:
    """A urlencoded body or query string, byte for byte (so non-UTF-8 bytes get through)."""
    pairs = []
    for name, value in values.items():
        if value is None:
            continue
        for one in value if isinstance(value, list) else [value]:
            pairs.append(f"{_encode(name)}={_encode(one)}")
    return "&".join(pairs)


def short(value, limit: int = 80):
    """A value for a report: long strings cut, so a finding stays readable."""
    if isinstance(value, list):
        return [short(v, limit) for v in value]
    if isinstance(value, SimpleUploadedFile):
        return f"<file {value.name[:limit]!r}>"
    if isinstance(value, str | bytes) and len(value) > limit:
        return f"{value[:limit]!r}…(len {len(value)})"
    return value


class ServerError(AssertionError):
    pass


def do_request(client, method: str, url: str, values: dict, multipart: bool = False):
    """One request; a view's exception (re-raised by the test client) or a 5xx answer is a
    ServerError naming the input."""
    try:
        if method == "get":
            query = encode_pairs(values)
            response = client.get(f"{url}{'&' if '?' in url else '?'}{query}" if query else url)
        elif multipart:
            data = {}
            for name, value in values.items():
                if value is None:
                    continue
                if isinstance(value, list):
                    value = [v.decode("latin-1") if isinstance(v, bytes) else v for v in value]
                elif isinstance(value, bytes):
                    value = value.decode("latin-1")
                data[name] = value
            response = client.post(url, data)
        else:
            response = client.post(
                url, encode_pairs(values), content_type="application/x-www-form-urlencoded"
            )
    except Exception as error:  # noqa: BLE001 - the finding is the exception itself
        tb = traceback.extract_tb(error.__traceback__)
        own = [frame for frame in tb if "/work/main/" in frame.filename and ".venv" not in
               frame.filename and "/tests/" not in frame.filename]
        where = own[-1] if own else tb[-1]
        raise ServerError(
            f"{method.upper()} {url} raised {type(error).__name__}: {str(error)[:300]} "
            f"(at {where.filename.replace('/work/main/', '')}:{where.lineno} in {where.name})"
        ) from error
    if response.status_code >= 500:
        raise ServerError(f"{method.upper()} {url} answered {response.status_code}")
    return response


# ----------------------------------------------------------------------------- data checks

# The characters and the date window the project refuses (lms.middleware, lms.validators).
CONTROL_RE = CONTROL_CHARACTERS.pattern


def project_models():
    return [
        m for m in apps.get_models()
        if m._meta.app_label in PROJECT_APPS and not m._meta.proxy and m._meta.managed
    ]


def _own_fields(model):
    return [f for f in model._meta.concrete_fields if f.model is model or
            f.model._meta.app_label in PROJECT_APPS]


def _scan_query(model):
    """One Q for a project model's rows holding a control character in a text field or a
    date outside the plausible window (None when the model has no such field)."""
    earliest = datetime.datetime.combine(EARLIEST_DATE, datetime.time(), tzinfo=datetime.UTC)
    latest = datetime.datetime.combine(LATEST_DATE, datetime.time.max, tzinfo=datetime.UTC)
    q = models.Q()
    for f in _own_fields(model):
        if isinstance(f, models.CharField | models.TextField) and not f.choices:
            q |= models.Q(**{f"{f.attname}__regex": CONTROL_RE})
        elif isinstance(f, models.DateTimeField):
            q |= models.Q(**{f"{f.attname}__lt": earliest}) | models.Q(**{f"{f.attname}__gt": latest})
        elif isinstance(f, models.DateField):
            q |= models.Q(**{f"{f.attname}__lt": EARLIEST_DATE})
            q |= models.Q(**{f"{f.attname}__gt": LATEST_DATE})
    return q if q.children else None


class IntegrityWatch:
    """What an example wrote: every project row saved (post_save) is re-read and checked
    with its own field validation; every project table is scanned for control characters
    and out-of-range dates (which also catches ``update()`` and ``bulk_create``)."""

    def __init__(self):
        self.queries = [(m, q) for m in project_models() if (q := _scan_query(m)) is not None]
        self.baseline = self.scan()
        self.saved: list = []

    def scan(self) -> set:
        found = set()
        for model, q in self.queries:
            for pk in model._base_manager.filter(q).values_list("pk", flat=True):
                found.add((model._meta.label, pk))
        return found

    def _on_save(self, sender, instance, **kwargs):
        if sender._meta.app_label in PROJECT_APPS:
            self.saved.append((sender, instance.pk))

    def __enter__(self):
        self.saved = []
        post_save.connect(self._on_save, weak=False, dispatch_uid="fuzz-integrity")
        return self

    def __exit__(self, *exc):
        post_save.disconnect(dispatch_uid="fuzz-integrity")

    def problems(self) -> list[str]:
        problems = []
        for label, pk in sorted(self.scan() - self.baseline, key=str):
            model = apps.get_model(label)
            row = model._base_manager.filter(pk=pk).values().first() or {}
            bad = {k: short(v) for k, v in row.items() if _bad_value(v)}
            problems.append(f"{label} #{pk} saved with {bad}")
        seen = set()
        for model, pk in self.saved:
            if (model, pk) in seen:
                continue
            seen.add((model, pk))
            instance = model._base_manager.filter(pk=pk).first()
            if instance is None:
                continue
            errors = _field_errors(instance)
            if errors:
                problems.append(f"{model._meta.label} #{pk} saved invalid: {errors}")
        return problems


def _bad_value(v) -> bool:
    if isinstance(v, str):
        return bool(CONTROL_CHARACTERS.search(v))
    if isinstance(v, datetime.date):
        return not is_plausible(v)
    return False


def _field_errors(instance) -> dict:
    """The row's own field validation (max_length, choices, blank, validators), without the
    queries (relations) and without fields the project fills in code (not editable)."""
    from django.core.exceptions import ValidationError

    exclude = [
        f.name for f in instance._meta.concrete_fields
        if f.is_relation or not f.editable or f.model._meta.app_label not in PROJECT_APPS
        or (f.blank is False and f.has_default())
    ]
    try:
        instance.clean_fields(exclude=exclude)
    except ValidationError as error:
        return {
            name: [f"{short(getattr(instance, name, None))}: {m}" for m in messages]
            for name, messages in error.message_dict.items()
        }
    return {}


# ----------------------------------------------------------------------------- running


@dataclass
class Finding:
    role: str
    method: str
    url: str
    values: dict
    error: str

    def __str__(self):
        shown = {k: short(v) for k, v in self.values.items() if v is not None}
        return f"[{self.role}] {self.method.upper()} {self.url} {shown}\n    -> {self.error}"


def run_example(client, user, method, url, values, multipart, watch):
    """One example in its own savepoint, rolled back afterwards: the request (as ``user``),
    then the checks. Returns the error text, or None."""
    caches["pages"].clear()
    mail.outbox = []
    with transaction.atomic():
        try:
            if user is not None:
                client.force_login(user)
            else:
                client.logout()
            with watch:
                try:
                    do_request(client, method, url, values, multipart)
                except ServerError as error:
                    return str(error)
            problems = watch.problems()
            if problems:
                return "invalid data saved: " + "; ".join(problems)
            return None
        finally:
            transaction.set_rollback(True)


def shape(url: str) -> str:
    """A URL's kind: its route in the URL resolver (language prefix and arguments left
    out), or for a Wagtail page its path, to visit and fuzz each kind once."""
    from django.urls import Resolver404, resolve

    path = urlsplit(url).path
    try:
        match = resolve(path)
    except Resolver404:
        return path
    if match.url_name == "wagtail_serve" or not match.route:
        return re.sub(r"^/(en|es|zh-hans|sk)/", "/L/", path)
    return match.route.split("/", 1)[1] if re.match(r"^(en|es|zh-hans|sk)/", match.route) \
        else match.route


SKIP_CRAWL = re.compile(
    r"/accounts/logout|/accounts/3rdparty|/accounts/social|/_util/|/static/|/media/|"
    r"/documents/|\.(pdf|csv|xlsx|ics|json|xml|txt)$|/feed/"
)


@dataclass
class Crawl:
    pages: dict = field(default_factory=dict)  # url -> PageParser (HTML pages)
    statuses: dict = field(default_factory=dict)  # url -> status
    errors: list = field(default_factory=list)  # findings from plain GETs


def crawl(client, role, user, start_urls, *, limit=12, extra_get=()) -> Crawl:
    """Breadth-first through the site's own pages as ``role``, each URL shape once: every
    start URL, then at most ``limit`` pages found on the way."""
    limit += len(start_urls)
    result = Crawl()
    if user is not None:
        client.force_login(user)
    else:
        client.logout()
    queue = list(start_urls)
    seen_shapes: set = set()
    while queue and len(result.pages) < limit:
        url = queue.pop(0)
        key = shape(url) if url not in start_urls else url
        if key in seen_shapes:
            continue
        seen_shapes.add(key)
        try:
            response = do_request(client, "get", url, {})
        except ServerError as error:
            result.errors.append(Finding(role, "get", url, {}, str(error)))
            continue
        result.statuses[url] = response.status_code
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        page = parse(url, response.content.decode("utf-8", "replace"))
        result.pages[url] = page
        for href in page.links + [f.action for f in page.forms if f.method == "get"]:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path.startswith("/"):
                continue
            if not parts.path.startswith("/en/") or SKIP_CRAWL.search(parts.path):
                continue
            queue.append(parts.path)
    for url in extra_get:
        try:
            result.statuses[url] = do_request(client, "get", url, {}).status_code
        except ServerError as error:
            result.errors.append(Finding(role, "get", url, {}, str(error)))
    return result


def forms_of(crawl_result: Crawl, method: str) -> list[tuple[str, Form]]:
    """(page URL, form) for each distinct form (by action shape and field names)."""
    found, keys = [], set()
    for url, page in crawl_result.pages.items():
        for form in page.forms:
            if form.method != method:
                continue
            action = urlsplit(form.action).path or url
            if urlsplit(form.action).netloc:
                continue
            key = (shape(action), tuple(sorted(form.fields)))
            if key in keys:
                continue
            keys.add(key)
            form.action = action
            found.append((url, form))
    return found


def url_with(url: str, values: dict) -> str:
    query = urlencode({k: v for k, v in values.items() if isinstance(v, str)})
    return f"{url}?{query}" if query else url


def _walk(resolver, prefix=""):
    from django.urls import URLResolver

    for p in resolver.url_patterns:
        if isinstance(p, URLResolver):
            yield from _walk(p, prefix + str(p.pattern))
        else:
            yield prefix + str(p.pattern), p


def admin_targets() -> list[str]:
    """The Wagtail admin URLs the project itself defines and that take no argument: its
    viewsets' create forms (model in a project app) and its own admin views (reports)."""
    from django.urls import get_resolver

    found = []
    for route, p in _walk(get_resolver()):
        if not route.startswith("admin/") or "<" in route or route.endswith("results/"):
            continue
        callback = p.callback
        module = getattr(getattr(callback, "view_class", None), "__module__", callback.__module__)
        model = getattr(callback, "view_initkwargs", {}).get("model")
        label = model._meta.app_label if isinstance(model, type) and hasattr(model, "_meta") else ""
        own = module.split(".")[0] in PROJECT_APPS
        if (own or label in PROJECT_APPS) and (own or (p.name or "") in ("add",)):
            found.append("/" + route)
    return sorted(set(found))


def signature(role: str, url: str, error: str) -> tuple:
    """What makes two failures the same finding: the route, and the exception's type and
    place, or the models and fields that were saved invalid."""
    raised = re.search(r"raised (\w+).*\(at (.*)\)$", error, re.S)
    if raised:
        return role, shape(url), raised.group(1), raised.group(2)
    saved = re.findall(r"(\w+\.\w+) #\d+ saved (?:with|invalid:) \{([^:]*)", error)
    return role, shape(url), tuple(saved) or error[:120]


def report(line: str) -> None:
    """Progress for whoever tunes the budget (FUZZ_VERBOSE=1)."""
    import os
    import sys

    if os.environ.get("FUZZ_VERBOSE"):
        print(line, file=sys.stderr, flush=True)


def site_targets(world, route_kwargs) -> tuple[list[str], list[str]]:
    """Every GET-able URL of the site's own views (the project's routes, arguments filled
    from the world), one live page of each Wagtail page type, and the project's admin
    views; and the project routes that could not be filled (reported as not covered)."""
    from django.urls import get_resolver
    from wagtail.models import Page

    urls, missed = [], []
    for route, p in _walk(get_resolver()):
        callback = p.callback
        module = getattr(getattr(callback, "view_class", None), "__module__", callback.__module__)
        if route.startswith("admin/") or module.split(".")[0] not in PROJECT_APPS:
            continue
        bare = re.sub(r"^(en|es|zh-hans|sk)/", "", route)
        kwargs = route_kwargs(world, bare)
        if kwargs is None:
            missed.append(route)
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m, kw=kwargs: str(kw[m.group(1)]), route)
        urls.append("/" + path)
    seen_types = set()
    for page in Page.objects.live().filter(depth__gt=1).order_by("path").specific():
        url = page.url or ""
        if url.startswith("/en/") and type(page) not in seen_types:
            seen_types.add(type(page))
            urls.append(url)
    return urls + admin_targets(), missed


def relanguage(url: str, language: str) -> str:
    """The same URL under another language prefix (unprefixed URLs stay as they are)."""
    for code in LANGUAGES:
        if url.startswith(f"/{code}/"):
            return f"/{language}/{url[len(code) + 2:]}"
    return url


def reduce(client, user, method, url, values, multipart, watch, wanted, role, limit=60):
    """A failing input with every field left out that the failure does not need (one
    greedy pass, at most ``limit`` requests): what the report shows."""
    values = dict(values)
    for name in list(values):
        if limit <= 0:
            break
        if values[name] is None:
            continue
        trial = {**values, name: None}
        limit -= 1
        error = run_example(client, user, method, url, trial, multipart, watch)
        if error and signature(role, url, error) == wanted:
            values = trial
    return {k: v for k, v in values.items() if v is not None}
