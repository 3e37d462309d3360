"""Every form of the site, as every role, with hostile input: no response is a server
error and nothing invalid is saved.

Forms are found by crawling each role's pages (tests/fuzz/fuzzing.py) and, for the staff
roles, on the Wagtail admin pages the project defines (its viewsets' create forms, its
reports). Each field is left out, sent as the page would, sent with a hostile value (empty,
control characters and NUL, very long, invalid or out-of-range dates, huge numbers, unknown
choices, bytes that are not UTF-8) or sent several times; the URL's language prefix is drawn
from the four languages.
"""

import time

from hypothesis import example, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from tests.fuzz import world as w
from tests.fuzz.fuzzing import (
    LANGUAGES,
    Finding,
    IntegrityWatch,
    admin_targets,
    battery,
    crawl,
    form_values,
    forms_of,
    reduce,
    relanguage,
    report,
    run_example,
    shape,
    signature,
)

# As the first role that sees a form: the explicit battery (fuzzing.battery: one kind of
# hostility in every field it fits) and 2 generated examples per field (at most 10; an admin
# form, slow to render, at most 4). As each further role: the battery's first two (control
# characters, extreme dates) and one generated example. The whole fuzz run must stay within
# about 150 seconds on a 2-core machine.
EXAMPLES_PER_FIELD = 2
MAX_EXAMPLES = 10
MAX_ADMIN_EXAMPLES = 4


def examples_for(form, first: bool) -> int:
    if not first:
        return 1
    fields = [name for name in form.fields if name != "csrfmiddlewaretoken"]
    cap = MAX_ADMIN_EXAMPLES if form.action.startswith("/admin/") else MAX_EXAMPLES
    return min(cap, EXAMPLES_PER_FIELD * (1 + len(fields)))

ADMIN_ROLES = (w.COORDINATOR, w.EDITOR, w.SUPERUSER)


class FormFuzzTests(TestCase):
    fuzzed: set = set()  # forms already fuzzed in full, as an earlier role

    @classmethod
    def setUpTestData(cls):
        cls.world = w.build_world()

    def fuzz_role(self, role):
        user = self.world.users.get(role)
        watch = IntegrityWatch()
        self.assertEqual(watch.baseline, set(), "the fuzz world itself holds invalid data")
        start = list(self.world.start_urls[role])
        if role in ADMIN_ROLES:
            start += admin_targets()
        result = crawl(self.client, role, user, start)
        findings: list[Finding] = list(result.errors)
        forms = forms_of(result, "post")
        self.assertTrue(forms, f"no form found for {role}")
        report(f"{role}: {len(result.pages)} pages, {len(forms)} forms")
        for _page, form in forms:
            started = time.monotonic()
            findings += self.fuzz_form(role, user, form, watch)
            report(f"  {form.action} {sorted(form.fields)} {time.monotonic() - started:.1f}s")
        if findings:
            self.fail(f"{len(findings)} finding(s) as {role}:\n" + "\n".join(map(str, findings)))

    def fuzz_form(self, role, user, form, watch) -> list[Finding]:
        findings, signatures = [], set()
        key = (shape(form.action), tuple(sorted(form.fields)))
        first = key not in self.fuzzed
        self.fuzzed.add(key)

        @settings(max_examples=examples_for(form, first))
        @given(values=form_values(form), language=st.sampled_from(LANGUAGES))
        def fuzz(values, language):
            url = relanguage(form.action, language)
            error = run_example(self.client, user, "post", url, values, form.multipart, watch)
            if error and signature(role, url, error) not in signatures:
                signatures.add(signature(role, url, error))
                findings.append(Finding(role, "post", url, values, error))

        explicit = battery(form)
        for values in reversed(explicit if first else explicit[:2]):
            fuzz = example(values=values, language="en")(fuzz)
        fuzz()
        for finding in findings:
            finding.values = reduce(
                self.client, user, "post", finding.url, finding.values, form.multipart, watch,
                signature(role, finding.url, finding.error), role,
            )
        return findings


def _role_test(role):
    def test(self):
        self.fuzz_role(role)

    test.__name__ = f"test_every_form_as_{role}"
    return test


for _role in w.ROLES:
    setattr(FormFuzzTests, f"test_every_form_as_{_role}", _role_test(_role))
