"""Certificates, dashboard and transcript, from the owner's and the attacker's side."""

import io

import pytest
from pypdf import PdfReader
from wagtail.models import Locale

from courses import services
from courses.models import Certificate
from tests.factories import UserFactory, lessons_of, make_course, right_answers, translate_course


def _complete(user, course):
    services.enrolment_create(user=user, page=course, language="en")
    for lesson in lessons_of(course):
        services.lesson_complete(user=user, lesson=lesson, language="en")
        if lesson.question_count:
            services.quiz_submit(
                user=user, lesson=lesson, answers=right_answers(lesson), language="en"
            )
    return Certificate.objects.get(enrolment__user=user)


@pytest.fixture
def certificate(catalogs, learner):
    course = make_course(catalogs["en"], title="Ethics and transparency", lessons=2)
    translate_course(course, Locale.objects.get(language_code="zh-hans"), "廉政与透明")
    return _complete(learner, course)


@pytest.mark.django_db
def test_certificate_code_is_unguessable(certificate):
    assert len(certificate.code) >= 24


@pytest.mark.django_db
def test_public_verification_page_shows_only_what_the_certificate_states(client, certificate):
    html = client.get(f"/zh-hans/certificates/{certificate.code}/").content.decode()
    assert "Zuzana Horváthová" in html
    assert "廉政与透明" in html
    assert certificate.enrolment.user.email not in html
    assert "Košice" not in html  # the learner's municipality is not on the certificate
    html_en = client.get(f"/en/certificates/{certificate.code}/").content.decode()
    assert "Ethics and transparency" in html_en


@pytest.mark.django_db
def test_unknown_certificate_code_is_404(client, home_pages):
    assert client.get("/en/certificates/not-a-real-code/").status_code == 404


@pytest.mark.django_db
def test_owner_downloads_pdf_with_embedded_font(client, certificate, learner):
    client.force_login(learner)
    response = client.get(f"/en/certificates/{certificate.code}/certificate.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    content = response.content
    assert content.startswith(b"%PDF")
    assert b"FontFile2" in content  # the TrueType font is embedded (subset), not referenced


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["王丽华", "Ľubomír Šťastný", "José Ñúñez"])
def test_pdf_renders_names_in_any_script(client, catalogs, name):
    user = UserFactory(full_name=name)
    course = make_course(catalogs["en"], lessons=1)
    certificate = _complete(user, course)
    client.force_login(user)
    response = client.get(f"/en/certificates/{certificate.code}/certificate.pdf")
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert name in text
    assert "Certificate of completion" in text
    assert certificate.code in text  # the verification link is printed under the QR code


@pytest.mark.django_db
def test_other_users_cannot_get_the_pdf(client, certificate):
    url = f"/en/certificates/{certificate.code}/certificate.pdf"
    response = client.get(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_dashboard_shows_progress_hours_and_certificates(client, catalogs, certificate, learner):
    in_progress = make_course(
        catalogs["en"], title="Municipal finance", lessons=4, questions_on=()
    )
    services.enrolment_create(user=learner, page=in_progress, language="en")
    services.lesson_complete(user=learner, lesson=lessons_of(in_progress)[0], language="en")
    client.force_login(learner)
    html = client.get("/en/dashboard/").content.decode()
    assert "Municipal finance" in html
    assert "1 of 4 lessons finished (25%)" in html
    assert "Continue where you left off" in html
    assert f"/en/certificates/{certificate.code}/" in html
    assert "4 hours this year, 4 in all." in html


@pytest.mark.django_db
def test_dashboard_requires_login_and_shows_only_own_courses(client, catalogs, certificate):
    assert client.get("/en/dashboard/").status_code == 302
    client.force_login(UserFactory())
    html = client.get("/en/dashboard/").content.decode()
    assert "Ethics and transparency" not in html
    assert certificate.code not in html


@pytest.mark.django_db
def test_transcript_csv_and_pdf(client, certificate, learner):
    client.force_login(learner)
    csv_response = client.get("/sk/dashboard/transcript.csv")
    assert csv_response.status_code == 200
    body = csv_response.content.decode("utf-8-sig")
    assert certificate.code in body
    assert "Ethics and transparency" in body
    pdf_response = client.get("/en/dashboard/transcript.pdf")
    text = PdfReader(io.BytesIO(pdf_response.content)).pages[0].extract_text()
    assert "Zuzana Horváthová" in text
    assert "Ethics and transparency" in text
    other = UserFactory()
    client.force_login(other)
    assert certificate.code not in client.get("/en/dashboard/transcript.csv").content.decode(
        "utf-8-sig"
    )


@pytest.mark.django_db
@pytest.mark.parametrize("debug", [False, True])
def test_unknown_certificate_code_gets_a_translated_page_of_its_own(client, home_pages, debug):
    """Not Django's debug page in development: a page telling the visitor what went wrong."""
    from django.test import override_settings

    with override_settings(DEBUG=debug):
        response = client.get("/sk/certificates/not-a-real-code/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="sk"' in html
    assert "Overenie certifikátu" in html
    assert "courses/certificate_missing.html" in [t.name for t in response.templates]
    assert "Raised by" not in html and "Using the URLconf" not in html
    english = client.get("/en/certificates/not-a-real-code/").content.decode()
    assert "No certificate has this code." in english
