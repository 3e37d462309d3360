"""Partnership services, from the side of the people working in a partnership and of everyone
else: who may record what, which dates and values are refused, and that a refusal writes
nothing."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms.actions import ActionRefused
from partnerships import selectors, services
from partnerships.models import (
    Activity,
    Decision,
    Exchange,
    Indicator,
    Measurement,
    Official,
    Partnership,
)
from tests.factories import MunicipalityFactory, UserFactory, make_coordinator, make_partnership

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


@pytest.fixture
def people(db):
    """Everyone who might try: the people working in the partnership and those who don't."""
    third_city = MunicipalityFactory()
    official = UserFactory(full_name="Third City Official")
    Official.objects.create(
        municipality=third_city, user=official, position="Planner", status="confirmed", listed=True
    )
    return {
        "coordinator": make_coordinator("europe", full_name="Eva Regional"),
        "other_coordinator": make_coordinator("latin_america", full_name="Lucía Otra"),
        "mentor_focal_point": UserFactory(full_name="Jana Mentor"),
        "partner_focal_point": UserFactory(full_name="Peter Partner"),
        "assigned": UserFactory(full_name="Assigned Coordinator"),  # in `coordinators`, no perm
        "official": official,
        "third_city": third_city,
    }


@pytest.fixture
def partnership(people):
    partnership = make_partnership(
        status="active",
        region="europe",
        mentor_focal_points=[people["mentor_focal_point"]],
        partner_focal_points=[people["partner_focal_point"]],
        coordinators=[people["assigned"]],
    )
    partnership.save()  # a ParentalManyToManyField's set() is kept in memory until then
    return partnership


@pytest.fixture
def indicator(partnership):
    return Indicator.objects.select_related("objective__partnership").get(
        objective__partnership=partnership
    )


def _record(user, indicator, *, on=TODAY - 10 * DAY, value="27.5", source=" Utility records "):
    return services.measurement_record(
        user=user, indicator=indicator, measured_on=on, value=Decimal(value), source=source
    )


# ----------------------------------------------------------------------------- measurements


@pytest.mark.django_db
@pytest.mark.parametrize(
    "who", ["mentor_focal_point", "partner_focal_point", "assigned", "coordinator"]
)
def test_people_working_in_the_partnership_record_a_measurement(people, indicator, who):
    measurement = _record(people[who], indicator)
    measurement.refresh_from_db()
    assert measurement.value == Decimal("27.5")
    assert measurement.source == "Utility records"
    assert measurement.recorded_by == people[who]
    assert measurement.indicator == indicator


@pytest.mark.django_db
def test_a_second_measurement_for_the_same_day_is_refused_not_doubled(people, indicator):
    _record(people["partner_focal_point"], indicator, value="27.5")
    with pytest.raises(ActionRefused, match="already has a measurement for that day"):
        _record(people["mentor_focal_point"], indicator, value="20")
    assert list(Measurement.objects.values_list("value", flat=True)) == [Decimal("27.5")]


@pytest.mark.django_db
def test_measurement_dates_are_checked(people, indicator):
    user = people["partner_focal_point"]
    with pytest.raises(ActionRefused, match="before the indicator's baseline"):
        _record(user, indicator, on=indicator.baseline_on - DAY)
    with pytest.raises(ActionRefused, match="in the future"):
        _record(user, indicator, on=TODAY + DAY)
    with pytest.raises(ActionRefused, match="in the future"):
        _record(user, indicator, on=datetime.date(9999, 12, 31))
    with pytest.raises(ActionRefused, match="before the indicator's baseline"):
        _record(user, indicator, on=datetime.date(1, 1, 1))
    assert not Measurement.objects.exists()
    # The baseline day itself and today are fine; so is a day after the target date's year.
    _record(user, indicator, on=indicator.baseline_on)
    _record(user, indicator, on=TODAY)
    assert Measurement.objects.count() == 2


@pytest.mark.django_db
def test_measurement_values_and_sources_are_checked(people, indicator):
    user = people["partner_focal_point"]
    with pytest.raises(ActionRefused, match="Source"):
        _record(user, indicator, source="   ")
    with pytest.raises(ActionRefused, match="2 decimal places"):
        _record(user, indicator, value="1.234")
    with pytest.raises(ActionRefused, match="Value"):
        _record(user, indicator, value="10000000000000")
    with pytest.raises(ActionRefused, match="Source"):
        _record(user, indicator, source="x" * 301)
    assert not Measurement.objects.exists()
    assert _record(user, indicator, value="-12.5").value == Decimal("-12.5")


@pytest.mark.django_db
@pytest.mark.parametrize("status", ["completed", "ended"])
def test_a_closed_partnership_takes_no_measurement(people, partnership, indicator, status):
    Partnership.objects.filter(pk=partnership.pk).update(status=status, ended_reason="Stopped")
    indicator = Indicator.objects.select_related("objective__partnership").get(pk=indicator.pk)
    with pytest.raises(ActionRefused, match="closed"):
        _record(people["partner_focal_point"], indicator)
    assert not Measurement.objects.exists()


@pytest.mark.django_db
def test_a_partnership_closed_meanwhile_takes_no_measurement(people, indicator):
    """The caller loaded the partnership while it was active; a coordinator completed it
    since: the service checks the current row, not the caller's copy."""
    Partnership.objects.filter(pk=indicator.objective.partnership_id).update(status="completed")
    assert indicator.objective.partnership.status == "active"  # the caller's stale copy
    with pytest.raises(ActionRefused, match="closed"):
        _record(people["partner_focal_point"], indicator)
    assert not Measurement.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["official", "other_coordinator", "anonymous", "none", "inactive"])
def test_people_outside_the_partnership_record_nothing(people, indicator, who):
    if who == "anonymous":
        user = AnonymousUser()
    elif who == "none":
        user = None
    elif who == "inactive":
        user = people["partner_focal_point"]
        user.is_active = False
        user.save(update_fields=["is_active"])
    else:
        user = people[who]
    with pytest.raises(ActionRefused):
        _record(user, indicator)
    assert not Measurement.objects.exists()


@pytest.mark.django_db
def test_a_coordinator_without_the_permission_is_not_a_region_coordinator(people, indicator):
    """Staff of the region without ``partnerships.change_partnership`` work in no partnership
    of the region."""
    staff = UserFactory(is_staff=True, region="europe")
    with pytest.raises(ActionRefused, match="Only the people working"):
        _record(staff, indicator)
    assert not Measurement.objects.exists()


# ----------------------------------------------------------------------------- work plan


@pytest.mark.django_db
def test_activity_owner_must_be_a_person_of_the_partnership(people, partnership):
    user = people["partner_focal_point"]
    due = TODAY + 30 * DAY
    activity = services.activity_add(
        user=user, partnership=partnership, title=" Map the leaks ",
        owner=people["mentor_focal_point"], due_on=due,
    )
    assert (activity.title, activity.owner, activity.status) == (
        "Map the leaks", people["mentor_focal_point"], "planned"
    )
    assert services.activity_add(
        user=user, partnership=partnership, title="Unowned", owner=None, due_on=due
    ).owner is None
    for stranger in (people["official"], people["other_coordinator"], UserFactory()):
        with pytest.raises(ActionRefused, match="owner must be one of the people"):
            services.activity_add(
                user=user, partnership=partnership, title="Sneaky", owner=stranger, due_on=due
            )
    assert Activity.objects.count() == 2


@pytest.mark.django_db
def test_activity_add_is_refused_to_outsiders_twice_and_with_bad_dates(people, partnership):
    due = TODAY + 30 * DAY
    for outsider in (people["official"], people["other_coordinator"], AnonymousUser()):
        with pytest.raises(ActionRefused):
            services.activity_add(
                user=outsider, partnership=partnership, title="A", owner=None, due_on=due
            )
    user = people["partner_focal_point"]
    services.activity_add(user=user, partnership=partnership, title="A", owner=None, due_on=due)
    with pytest.raises(ActionRefused, match="already in the work plan"):
        services.activity_add(user=user, partnership=partnership, title="A ", owner=None,
                              due_on=due)
    with pytest.raises(ActionRefused, match="Enter a date between"):
        services.activity_add(user=user, partnership=partnership, title="B", owner=None,
                              due_on=datetime.date(9999, 12, 31))
    with pytest.raises(ActionRefused, match="Activity"):
        services.activity_add(user=user, partnership=partnership, title="  ", owner=None,
                              due_on=due)
    assert Activity.objects.count() == 1


@pytest.mark.django_db
def test_activity_set_status(people, partnership):
    activity = Activity.objects.create(partnership=partnership, title="Survey", due_on=TODAY)
    services.activity_set_status(
        user=people["mentor_focal_point"], activity=activity, status="in_progress"
    )
    activity.refresh_from_db()
    assert activity.status == "in_progress"
    with pytest.raises(ActionRefused, match="valid status"):
        services.activity_set_status(user=people["mentor_focal_point"], activity=activity,
                                     status="bogus")
    with pytest.raises(ActionRefused):
        services.activity_set_status(user=people["official"], activity=activity, status="done")
    Partnership.objects.filter(pk=partnership.pk).update(status="completed")
    activity = Activity.objects.select_related("partnership").get(pk=activity.pk)
    with pytest.raises(ActionRefused, match="closed"):
        services.activity_set_status(user=people["mentor_focal_point"], activity=activity,
                                     status="done")
    activity.refresh_from_db()
    assert activity.status == "in_progress"


# ----------------------------------------------------------------------------- exchanges


def _cities(partnership):
    members = {m.role: m.municipality for m in partnership.members.select_related("municipality")}
    return members["mentor"], members["partner"]


@pytest.mark.django_db
def test_exchange_add(people, partnership):
    mentor_city, partner_city = _cities(partnership)
    user = people["partner_focal_point"]
    start = TODAY + 20 * DAY

    def add(**changes):
        data = dict(
            user=user, partnership=partnership, host=mentor_city, visitors=partner_city,
            starts_on=start, ends_on=start + 2 * DAY, purpose=" Study visit ",
        )
        data.update(changes)
        return services.exchange_add(**data)

    exchange = add()
    assert (exchange.host, exchange.visitors, exchange.purpose) == (
        mentor_city, partner_city, "Study visit"
    )
    with pytest.raises(ActionRefused, match="already planned"):
        add()
    with pytest.raises(ActionRefused, match="Both cities"):
        add(host=people["third_city"], starts_on=start + 9 * DAY, ends_on=start + 9 * DAY)
    with pytest.raises(ActionRefused, match="Both cities"):
        add(visitors=people["third_city"], starts_on=start + 9 * DAY, ends_on=start + 9 * DAY)
    with pytest.raises(ActionRefused, match="different cities"):
        add(visitors=mentor_city, starts_on=start + 9 * DAY, ends_on=start + 9 * DAY)
    with pytest.raises(ActionRefused, match="last day cannot be before the first day"):
        add(starts_on=start + 9 * DAY, ends_on=start + 8 * DAY)
    with pytest.raises(ActionRefused, match="Enter a date between"):
        add(starts_on=start + 9 * DAY, ends_on=datetime.date(9999, 12, 31))
    for outsider in (people["official"], people["other_coordinator"], None):
        with pytest.raises(ActionRefused):
            add(user=outsider, starts_on=start + 9 * DAY, ends_on=start + 9 * DAY)
    assert Exchange.objects.count() == 1


@pytest.mark.django_db
def test_exchange_report_only_once_the_visit_started(people, partnership):
    mentor_city, partner_city = _cities(partnership)
    user = people["mentor_focal_point"]
    coming = Exchange.objects.create(
        partnership=partnership, host=mentor_city, visitors=partner_city,
        starts_on=TODAY + DAY, ends_on=TODAY + 3 * DAY, purpose="Visit",
    )
    with pytest.raises(ActionRefused, match="once the visit has started"):
        services.exchange_report(user=user, exchange=coming, trip_report="Too early")
    coming.refresh_from_db()
    assert coming.trip_report == ""
    started = Exchange.objects.create(
        partnership=partnership, host=partner_city, visitors=mentor_city,
        starts_on=TODAY, ends_on=TODAY + 2 * DAY, purpose="Visit",
    )
    services.exchange_report(user=user, exchange=started, trip_report=" We saw the meters. ")
    started.refresh_from_db()
    assert started.trip_report == "We saw the meters."
    with pytest.raises(ActionRefused):
        services.exchange_report(user=people["official"], exchange=started, trip_report="Mine")
    started.refresh_from_db()
    assert started.trip_report == "We saw the meters."


# ----------------------------------------------------------------------------- decisions


@pytest.mark.django_db
def test_decision_record(people, partnership):
    user = people["assigned"]
    decision = services.decision_record(
        user=user, partnership=partnership, decided_on=TODAY, text=" Replace the meters. "
    )
    assert (decision.text, decision.recorded_by, decision.decided_on) == (
        "Replace the meters.", user, TODAY
    )
    with pytest.raises(ActionRefused, match="already recorded"):
        services.decision_record(user=user, partnership=partnership, decided_on=TODAY,
                                 text="Replace the meters.")
    with pytest.raises(ActionRefused, match="in the future"):
        services.decision_record(user=user, partnership=partnership, decided_on=TODAY + DAY,
                                 text="Later")
    with pytest.raises(ActionRefused, match="Enter a date between"):
        services.decision_record(user=user, partnership=partnership,
                                 decided_on=datetime.date(1, 1, 1), text="Ancient")
    for outsider in (people["official"], people["other_coordinator"], AnonymousUser()):
        with pytest.raises(ActionRefused):
            services.decision_record(user=outsider, partnership=partnership, decided_on=TODAY,
                                     text="Not ours")
    assert Decision.objects.count() == 1


# ----------------------------------------------------------------------------- status


@pytest.mark.django_db
def test_status_moves_proposed_active_completed_with_audit_log(people):
    partnership = make_partnership(status="proposed", starts_on=None)
    coordinator = people["coordinator"]
    services.partnership_set_status(coordinator=coordinator, partnership=partnership,
                                    status="active")
    partnership.refresh_from_db()
    assert (partnership.status, partnership.starts_on) == ("active", TODAY)
    services.partnership_set_status(coordinator=coordinator, partnership=partnership,
                                    status="completed")
    partnership.refresh_from_db()
    assert (partnership.status, partnership.ends_on) == ("completed", TODAY)
    entries = ModelLogEntry.objects.filter(
        action=services.LOG_STATUS, object_id=str(partnership.pk)
    ).order_by("pk")
    assert [(e.data["from_status"], e.data["to_status"], e.user_id) for e in entries] == [
        ("proposed", "active", coordinator.pk),
        ("active", "completed", coordinator.pk),
    ]
    # Completed is final.
    for status in ("active", "ended", "proposed", "completed"):
        with pytest.raises(ActionRefused):
            services.partnership_set_status(coordinator=coordinator, partnership=partnership,
                                            status=status, reason="Because")
    partnership.refresh_from_db()
    assert partnership.status == "completed"
    assert entries.count() == 2


@pytest.mark.django_db
def test_ending_early_needs_a_reason(people, partnership):
    coordinator = people["coordinator"]
    with pytest.raises(ActionRefused, match="Say why"):
        services.partnership_set_status(coordinator=coordinator, partnership=partnership,
                                        status="ended", reason="   ")
    partnership.refresh_from_db()
    assert partnership.status == "active"
    services.partnership_set_status(coordinator=coordinator, partnership=partnership,
                                    status="ended", reason=" The mayor changed. ")
    partnership.refresh_from_db()
    assert (partnership.status, partnership.ended_reason) == ("ended", "The mayor changed.")
    entry = ModelLogEntry.objects.get(action=services.LOG_STATUS, object_id=str(partnership.pk))
    assert entry.data == {
        "from_status": "active", "to_status": "ended", "note": "The mayor changed."
    }


@pytest.mark.django_db
def test_invalid_transitions_and_values_are_refused(people):
    coordinator = people["coordinator"]
    proposed = make_partnership(status="proposed")
    for status in ("completed", "proposed", "bogus", ""):
        with pytest.raises(ActionRefused):
            services.partnership_set_status(coordinator=coordinator, partnership=proposed,
                                            status=status)
    active = make_partnership(status="active")
    for status in ("proposed", "active"):
        with pytest.raises(ActionRefused, match="cannot become"):
            services.partnership_set_status(coordinator=coordinator, partnership=active,
                                            status=status)
    with pytest.raises(ActionRefused):
        services.partnership_set_status(coordinator=coordinator, partnership=active,
                                        status="ended", reason="x" * 1001)
    assert set(Partnership.objects.values_list("status", flat=True)) == {"proposed", "active"}
    assert not ModelLogEntry.objects.filter(action=services.LOG_STATUS).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "who", ["assigned", "mentor_focal_point", "partner_focal_point", "other_coordinator",
            "official"],
)
def test_only_a_coordinator_of_the_region_changes_the_status(people, partnership, who):
    """The people in a partnership's own ``coordinators`` list work in it but, without the
    permission, do not coordinate it: the same rule as ``partnership_coordinated_by``."""
    user = people[who]
    assert not selectors.partnership_coordinated_by(user=user, partnership=partnership)
    assert partnership not in selectors.partnerships_coordinated_by(user=user)
    with pytest.raises(ActionRefused, match="do not coordinate"):
        services.partnership_set_status(coordinator=user, partnership=partnership,
                                        status="completed")
    partnership.refresh_from_db()
    assert partnership.status == "active"
    assert not ModelLogEntry.objects.filter(action=services.LOG_STATUS).exists()


@pytest.mark.django_db
def test_superuser_and_region_coordinator_coordinate(people, partnership):
    assert selectors.partnership_coordinated_by(user=people["coordinator"],
                                                partnership=partnership)
    admin = UserFactory(is_superuser=True, is_staff=True)
    services.partnership_set_status(coordinator=admin, partnership=partnership,
                                    status="completed")
    partnership.refresh_from_db()
    assert partnership.status == "completed"


@pytest.mark.django_db
def test_who_works_in_a_partnership(people, partnership):
    inside = ["coordinator", "assigned", "mentor_focal_point", "partner_focal_point"]
    for who in inside:
        assert selectors.partnership_member_of(user=people[who], partnership=partnership), who
        assert partnership in selectors.partnerships_of(user=people[who]), who
    for who in ["other_coordinator", "official"]:
        assert not selectors.partnership_member_of(user=people[who], partnership=partnership)
        assert partnership not in selectors.partnerships_of(user=people[who])
    assert not selectors.partnership_member_of(user=AnonymousUser(), partnership=partnership)


@pytest.mark.django_db
def test_long_texts_are_refused_whatever_the_door(people, partnership):
    """A TextField's max_length binds only forms; the services keep it for every caller."""
    mentor_city, partner_city = _cities(partnership)
    user = people["partner_focal_point"]
    with pytest.raises(ActionRefused, match="at most 2000 characters"):
        services.decision_record(user=user, partnership=partnership, decided_on=TODAY,
                                 text="x" * 2001)
    with pytest.raises(ActionRefused, match="at most 5000 characters"):
        services.exchange_add(user=user, partnership=partnership, host=mentor_city,
                              visitors=partner_city, starts_on=TODAY, ends_on=TODAY,
                              purpose="Visit", agenda="x" * 5001)
    exchange = Exchange.objects.create(partnership=partnership, host=mentor_city,
                                       visitors=partner_city, starts_on=TODAY, ends_on=TODAY,
                                       purpose="Visit")
    with pytest.raises(ActionRefused, match="at most 10000 characters"):
        services.exchange_report(user=user, exchange=exchange, trip_report="x" * 10001)
    exchange.refresh_from_db()
    assert exchange.trip_report == ""
    assert not Decision.objects.exists() and Exchange.objects.count() == 1


@pytest.mark.django_db
def test_exchange_participants_are_people_of_the_partnership():
    """Who takes part in a visit: the partnership's people only, never anyone on the site."""
    from partnerships import services
    from tests.factories import UserFactory, make_partnership

    focal_point = UserFactory()
    partnership = make_partnership(partner_focal_points=[focal_point])
    mentor, partner = (m.municipality for m in partnership.members.order_by("role"))
    fields = dict(
        user=focal_point, partnership=partnership, host=mentor, visitors=partner,
        starts_on=datetime.date.today(), ends_on=datetime.date.today(), purpose="Visit",
    )
    with pytest.raises(ActionRefused, match="people of the partnership"):
        services.exchange_add(participants=[UserFactory()], **fields)
    exchange = services.exchange_add(participants=[focal_point], **fields)
    assert list(exchange.participants.all()) == [focal_point]
