"""Workspace documents: the people working in a partnership share files that nobody else can
read, and nothing that a browser would run is accepted."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from partnerships.models import PartnershipDocument
from tests.factories import UserFactory, make_coordinator, make_partnership, url_in


@pytest.fixture
def workspace(db):
    focal_point = UserFactory(full_name="Jana Fokálna")
    partnership = make_partnership(partner_focal_points=[focal_point])
    return {"partnership": partnership, "focal_point": focal_point}


def _upload(client, workspace, name="plan.pdf", content=b"%PDF-1.4 plan", title="Work plan"):
    return client.post(
        url_in("en", "partnerships:document_add", workspace["partnership"].slug),
        {"title": title, "file": SimpleUploadedFile(name, content)},
    )


@pytest.mark.django_db
def test_a_focal_point_shares_a_document_that_only_the_partnership_can_read(client, workspace):
    client.force_login(workspace["focal_point"])
    response = _upload(client, workspace)
    assert response.status_code == 302
    document = PartnershipDocument.objects.get()
    assert document.uploaded_by == workspace["focal_point"]
    # Stored outside MEDIA_ROOT: the web server never serves it.
    stored = Path(document.file.path)
    assert Path(settings.PRIVATE_MEDIA_ROOT) in stored.parents
    assert Path(settings.MEDIA_ROOT) not in stored.parents

    url = url_in("en", "partnerships:document_download", workspace["partnership"].slug,
                 document.pk)
    page = client.get(url_in("en", "partnerships:detail", workspace["partnership"].slug))
    assert url in page.content.decode()
    download = client.get(url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"%PDF-1.4 plan"
    assert download["Content-Disposition"] == 'attachment; filename="work-plan.pdf"'

    for stranger in [UserFactory(), make_coordinator("latin_america")]:
        client.force_login(stranger)
        assert client.get(url).status_code == 404
        assert _upload(client, workspace).status_code == 404
    client.logout()
    assert "/accounts/login/" in client.get(url)["Location"]
    assert url not in client.get(
        url_in("en", "partnerships:detail", workspace["partnership"].slug)
    ).content.decode()
    assert PartnershipDocument.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "message"),
    [("page.html", "File extension “html” is not allowed"), ("run.exe", "is not allowed")],
)
def test_files_a_browser_would_run_are_refused(client, workspace, name, message):
    client.force_login(workspace["focal_point"])
    response = _upload(client, workspace, name=name, content=b"<script>alert(1)</script>")
    assert response.status_code == 302
    shown = [str(m) for m in response.wsgi_request._messages]
    assert any(message in text for text in shown), shown
    assert not PartnershipDocument.objects.exists()


@pytest.mark.django_db
def test_a_file_over_the_limit_or_a_closed_partnership_is_refused(client, workspace, monkeypatch):
    from partnerships import services

    client.force_login(workspace["focal_point"])
    monkeypatch.setattr(services, "DOCUMENT_MAX_BYTES", 10)
    response = _upload(client, workspace)
    assert any("too large" in str(m) for m in response.wsgi_request._messages)
    monkeypatch.undo()
    workspace["partnership"].status = "completed"
    workspace["partnership"].save()
    response = _upload(client, workspace)
    assert any("closed" in str(m) for m in response.wsgi_request._messages)
    assert not PartnershipDocument.objects.exists()
