"""Partnerships' part of personal data. Links to municipalities and partnerships are the
person's own and go with the account; what they recorded in a shared workspace (measurements,
decisions, owned activities) stays for the partnership, unsigned."""

from django.db.models import Q

from lms import registry

from .models import (
    Activity,
    Decision,
    Exchange,
    Measurement,
    Municipality,
    Official,
    PartnerSearch,
    Partnership,
    PartnershipDocument,
)

DELETE, ANONYMISE = registry.user_data.DELETE, registry.user_data.ANONYMISE
for label, fields, erasure, why in [
    ("partnerships.Municipality", ("focal_points",), DELETE, "The link goes; the city stays."),
    ("partnerships.Official", ("user",), DELETE, "The person's link to their city (exported)."),
    ("partnerships.Official", ("confirmed_by",), ANONYMISE, "The confirmation stays, unsigned."),
    (
        "partnerships.Partnership",
        ("coordinators",),
        DELETE,
        "The link goes; the partnership stays.",
    ),
    ("partnerships.PartnershipMember", ("focal_points",), DELETE, "The link goes."),
    ("partnerships.Measurement", ("recorded_by",), ANONYMISE, "Results stay, unsigned."),
    ("partnerships.Activity", ("owner",), ANONYMISE, "The work plan stays, without an owner."),
    ("partnerships.Exchange", ("participants",), DELETE, "The link goes; the visit stays."),
    ("partnerships.Decision", ("recorded_by",), ANONYMISE, "The decision log stays, unsigned."),
    ("partnerships.PartnerSearch", ("created_by",), ANONYMISE, "The city's search stays."),
    ("partnerships.PartnershipDocument", ("uploaded_by",), ANONYMISE, "Shared files stay."),
]:
    registry.user_data.declare(label, *fields, erasure=erasure, why=why)


def _iso(value):
    return value.isoformat() if value else None


@registry.personal_data.register
def personal_data(user) -> dict:
    return {
        "municipality_links": [
            {
                "municipality": link.municipality.name,
                "position": link.position,
                "listed": link.listed,
                "status": link.status,
                "asked_at": _iso(link.created_at),
            }
            for link in Official.objects.filter(user=user).select_related("municipality")
        ],
        "focal_point_of": [m.name for m in Municipality.objects.filter(focal_points=user)],
        "partnerships": [
            {"partnership": p.title, "status": p.status}
            for p in Partnership.objects.filter(
                Q(coordinators=user) | Q(members__focal_points=user)
            )
            .distinct()
            .order_by("pk")
        ],
        "exchanges": [
            {
                "partnership": e.partnership.title,
                "host": e.host.name,
                "starts_on": _iso(e.starts_on),
                "ends_on": _iso(e.ends_on),
            }
            for e in Exchange.objects.filter(participants=user).select_related(
                "partnership", "host"
            )
        ],
        "activities_owned": [
            {"activity": a.title, "due_on": _iso(a.due_on), "status": a.status}
            for a in Activity.objects.filter(owner=user)
        ],
        "measurements_recorded": [
            {
                "indicator": m.indicator.name,
                "measured_on": _iso(m.measured_on),
                "value": str(m.value),
            }
            for m in Measurement.objects.filter(recorded_by=user).select_related("indicator")
        ],
        "partner_searches_described": [
            {"municipality": s.municipality.name, "problem": s.problem, "at": _iso(s.created_at)}
            for s in PartnerSearch.objects.filter(created_by=user).select_related("municipality")
        ],
        "documents_uploaded": [
            {"partnership": d.partnership.title, "title": d.title, "at": _iso(d.uploaded_at)}
            for d in PartnershipDocument.objects.filter(uploaded_by=user).select_related(
                "partnership"
            )
        ],
        "decisions_recorded": [
            {"decided_on": _iso(d.decided_on), "text": d.text}
            for d in Decision.objects.filter(recorded_by=user)
        ],
    }
