"""A declined mentee sees the reason on the site; nobody but the two parties does."""

import pytest

from mentoring import services
from tests.factories import ProgramFactory, UserFactory, make_mentee, make_mentor, url_in

REASON = "Estoy de licencia hasta marzo; le sugiero pedirle a Ana <b>Gómez</b>."


@pytest.fixture
def declined(db):
    program = ProgramFactory(region="latin_america")
    mentor = make_mentor(program, full_name="Lucía Fernández", preferred_language="es")
    mentee = make_mentee(program, full_name="Zuzana Horváthová", preferred_language="sk")
    mentorship = services.mentorship_request(
        mentee=mentee.user, mentor_profile=mentor, program=program, message="Hola"
    )
    services.mentorship_decline(mentor=mentor.user, mentorship=mentorship, reason=REASON)
    return program, mentor, mentee, mentorship


def _shown(response) -> bool:
    return "Estoy de licencia hasta marzo" in response.content.decode()


@pytest.mark.django_db
def test_declined_mentee_sees_the_reason(client, declined):
    _program, _mentor, mentee, mentorship = declined
    client.force_login(mentee.user)
    workspace = client.get(url_in("en", "mentoring:workspace", mentorship.pk))
    html = workspace.content.decode()
    assert _shown(workspace)
    assert "Lucía Fernández cannot take you on as a mentee at the moment." in html
    assert "&lt;b&gt;Gómez&lt;/b&gt;" in html  # the reason is text, never markup
    assert _shown(client.get(url_in("en", "mentoring:home")))
    # In the mentee's own language too.
    slovak = client.get(url_in("sk", "mentoring:workspace", mentorship.pk)).content.decode()
    assert "Dôvod:" in slovak and "Estoy de licencia hasta marzo" in slovak


@pytest.mark.django_db
def test_a_coordinator_decline_reason_reaches_the_mentee(client, db):
    program = ProgramFactory(region="latin_america")
    mentor = make_mentor(program)
    mentee = make_mentee(program)
    coordinator = UserFactory(is_superuser=True, is_staff=True)
    mentorship = services.mentorship_request(
        mentee=mentee.user, mentor_profile=mentor, program=program, message="Hola"
    )
    services.mentorship_decline(
        coordinator=coordinator, mentorship=mentorship, reason="Estoy de licencia hasta marzo"
    )
    client.force_login(mentee.user)
    assert _shown(client.get(url_in("en", "mentoring:workspace", mentorship.pk)))


@pytest.mark.django_db
def test_the_mentor_sees_the_reason_they_gave(client, declined):
    _program, mentor, _mentee, mentorship = declined
    client.force_login(mentor.user)
    assert _shown(client.get(url_in("en", "mentoring:workspace", mentorship.pk)))


@pytest.mark.django_db
def test_nobody_else_sees_the_reason(client, declined):
    program, _mentor, _mentee, mentorship = declined
    other_mentee = make_mentee(program)
    other_mentor = make_mentor(program)
    coordinator = UserFactory()
    program.coordinators.add(coordinator)
    for outsider in (other_mentee.user, other_mentor.user):
        client.force_login(outsider)
        response = client.get(url_in("en", "mentoring:workspace", mentorship.pk))
        assert response.status_code == 404
        assert not _shown(response)
        assert not _shown(client.get(url_in("en", "mentoring:home")))
    # A program coordinator may open the workspace, but the reason stays between the two.
    client.force_login(coordinator)
    response = client.get(url_in("en", "mentoring:workspace", mentorship.pk))
    assert response.status_code == 200
    assert not _shown(response)
    client.logout()
    assert not _shown(client.get(url_in("en", "mentoring:workspace", mentorship.pk)))
