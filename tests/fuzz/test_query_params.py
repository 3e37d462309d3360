"""Every URL of the site with fuzzed query parameters, as every role: no response is a
server error and nothing invalid is saved.

Targets come from the URL resolver (every route of the project's own views, its arguments
taken from the fuzz world; one live page of each Wagtail page type; the admin views and
listings the project defines). Parameter names are those of the GET forms (filters, search)
each page shows, plus the usual suspects (``page``, ``q``, ``next``, ``lang``, ``topic``,
``sort``…); values mix plausible ones with hostile ones. The role and the language prefix of
each request are drawn too.
"""

import time

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from tests.fuzz import world as w
from tests.fuzz.fuzzing import (
    LANGUAGES,
    QUERY_NAMES,
    Finding,
    IntegrityWatch,
    do_request,
    parse,
    query_values,
    reduce,
    relanguage,
    report,
    run_example,
    shape,
    signature,
    site_targets,
)

# Examples per URL (an admin view, slow to render, gets fewer).
EXAMPLES_PER_URL = 4
EXAMPLES_PER_ADMIN_URL = 2


class QueryParameterFuzzTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = w.build_world()

    def names_for(self, url) -> dict:
        """The GET form fields a page offers for itself (its filters) with their options,
        as the first role that may see it."""
        names = {}
        for role in w.ROLES:
            user = self.world.users.get(role)
            if user is None:
                self.client.logout()
            else:
                self.client.force_login(user)
            response = do_request(self.client, "get", url, {})
            if response.status_code == 405:  # a POST-only action: no page to read
                return names
            if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
                continue
            for form in parse(url, response.content.decode("utf-8", "replace")).forms:
                if form.method == "get" and shape(form.action or url) == shape(url):
                    for name, f in form.fields.items():
                        names[name] = [o for o in f.options if o] or ([f.value] if f.value else [])
            return names
        return names

    def test_every_url_with_fuzzed_query_parameters(self):
        watch = IntegrityWatch()
        self.assertEqual(watch.baseline, set(), "the fuzz world itself holds invalid data")
        urls, missed = site_targets(self.world, w.route_kwargs)
        self.assertEqual(missed, [], "routes the fuzz world gives no arguments for")
        report(f"{len(urls)} URLs")
        findings: list[Finding] = []
        for url in urls:
            started = time.monotonic()
            findings += self.fuzz_url(url, watch)
            report(f"    {time.monotonic() - started:.2f}s")
        if findings:
            self.fail(f"{len(findings)} finding(s):\n" + "\n".join(map(str, findings)))

    def fuzz_url(self, url, watch) -> list[Finding]:
        findings, signatures = [], set()
        try:
            names = {name: [] for name in QUERY_NAMES} | self.names_for(url)
        except AssertionError as error:
            return [Finding("(discovery)", "get", url, {}, str(error))]
        report(f"  {url} {sorted(n for n in names if names[n] or n not in QUERY_NAMES)}")

        @settings(
            max_examples=EXAMPLES_PER_ADMIN_URL if url.startswith("/admin/") else EXAMPLES_PER_URL
        )
        @given(values=query_values(names), role=st.sampled_from(w.ROLES),
               language=st.sampled_from(LANGUAGES))
        def example(values, role, language):
            target = relanguage(url, language)
            user = self.world.users.get(role)
            error = run_example(self.client, user, "get", target, values, False, watch)
            if error and signature(role, target, error) not in signatures:
                signatures.add(signature(role, target, error))
                findings.append(Finding(role, "get", target, values, error))

        example()
        for finding in findings:
            finding.values = reduce(
                self.client, self.world.users.get(finding.role), "get", finding.url,
                finding.values, False, watch, signature(finding.role, finding.url, finding.error),
                finding.role,
            )
        return findings
