"""factory_boy factories shared by every test module."""

import datetime
import json
import uuid
from decimal import Decimal

import factory
from allauth.account.models import EmailAddress
from django.urls import reverse
from django.utils import translation

from cms_pages.models import Topic
from courses.models import CourseIndexPage, CoursePage, LessonPage
from lms.models import User
from mentoring.models import MenteeProfile, MentoringProgram, MentorProfile, Participation

TEST_PASSWORD = "a-Long-test-passw0rd"  # noqa: S105


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"official{n}@city.example.org")
    full_name = factory.Faker("name")
    municipality = "Košice"
    country = "SK"
    job_title = "Budget officer"
    preferred_language = "en"
    time_zone = "Europe/Bratislava"

    @factory.post_generation
    def password(obj, create, extracted, **kwargs):
        obj.set_password(extracted or TEST_PASSWORD)
        if create:
            obj.save(update_fields=["password"])

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.get_or_create(
                user=obj, email=obj.email, defaults={"verified": True, "primary": True}
            )


# ----------------------------------------------------------------------------- courses


def make_catalogs(home_pages) -> dict:
    """A course catalog under every locale's home page."""
    english = CourseIndexPage(title="Courses", slug="courses")
    home_pages["en"].add_child(instance=english)
    catalogs = {"en": english}
    for code, home in home_pages.items():
        if code != "en":
            copy = english.copy_for_translation(home.locale)
            copy.save_revision().publish()
            catalogs[code] = CourseIndexPage.objects.get(pk=copy.pk)
    return catalogs


def question_data(prompt="Which is right?", options=(("Right", True), ("Wrong", False))):
    return {
        "type": "question",
        "id": str(uuid.uuid4()),
        "value": {
            "prompt": prompt,
            "options": [
                {
                    "type": "item",
                    "id": str(uuid.uuid4()),
                    "value": {"text": text, "correct": correct, "feedback": f"Feedback {text}"},
                }
                for text, correct in options
            ],
        },
    }


def make_course(
    catalog,
    *,
    title="Participatory budgeting",
    slug=None,
    lessons=3,
    questions_on=(0,),
    question_options=(("Right", True), ("Wrong", False)),
    **fields,
) -> CoursePage:
    course = CoursePage(
        title=title,
        slug=slug or f"course-{uuid.uuid4().hex[:8]}",
        summary=fields.pop("summary", f"About {title}"),
        estimated_hours=fields.pop("estimated_hours", Decimal("4")),
        **fields,
    )
    catalog.add_child(instance=course)
    for index in range(lessons):
        checks = [question_data(options=question_options)] if index in questions_on else []
        lesson = LessonPage(
            title=f"{title} lesson {index + 1}",
            slug=f"lesson-{index + 1}",
            body=json.dumps([{"type": "paragraph", "value": f"<p>Lesson {index + 1} text</p>"}]),
            knowledge_check=json.dumps(checks),
        )
        course.add_child(instance=lesson)
    return CoursePage.objects.get(pk=course.pk)


def translate_course(course: CoursePage, locale, title: str) -> CoursePage:
    """Translate a course and its lessons into ``locale`` (as wagtail-localize would)."""
    translation = course.copy_for_translation(locale)
    translation.title = title
    translation.save_revision().publish()
    for lesson in LessonPage.objects.child_of(course).order_by("path"):
        copy = lesson.copy_for_translation(locale)
        copy.title = f"{title}: {lesson.title}"
        copy.save_revision().publish()
    return CoursePage.objects.get(pk=translation.pk)


def right_answers(lesson: LessonPage) -> dict:
    lesson = LessonPage.objects.get(pk=lesson.pk)
    return {
        block.id: [o.id for o in block.value["options"].bound_blocks if o.value["correct"]]
        for block in lesson.knowledge_check
    }


def wrong_answers(lesson: LessonPage) -> dict:
    lesson = LessonPage.objects.get(pk=lesson.pk)
    return {
        block.id: [o.id for o in block.value["options"].bound_blocks if not o.value["correct"]]
        for block in lesson.knowledge_check
    }


def lessons_of(course: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.child_of(course).order_by("path"))


# ----------------------------------------------------------------------------- mentoring


def topic(slug: str, name: str | None = None) -> Topic:
    found, _created = Topic.objects.get_or_create(
        slug=slug, defaults={"name_en": name or slug.title()}
    )
    return found


class ProgramFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MentoringProgram

    name_en = factory.Sequence(lambda n: f"Program {n}")
    region = "latin_america"
    starts_on = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=10))
    ends_on = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=300))
    matching_mode = MentoringProgram.MatchingMode.MENTEE_CHOICE
    region_preference = MentoringProgram.RegionPreference.ANY


def make_mentor(
    program=None,
    *,
    languages=("es",),
    expertise=("finance",),
    capacity=2,
    accepting=True,
    region="latin_america",
    years=15,
    **user_fields,
) -> MentorProfile:
    user = UserFactory(**user_fields)
    profile = MentorProfile.objects.create(
        user=user,
        languages=list(languages),
        country="MX",
        region=region,
        current_role="City manager",
        organisation="Municipio",
        years_experience=years,
        capacity=capacity,
        accepting=accepting,
    )
    profile.expertise.set([topic(slug) for slug in expertise])
    if program is not None:
        Participation.objects.create(program=program, user=user, role="mentor", status="admitted")
    return profile


def make_mentee(
    program=None,
    *,
    languages=("es",),
    topics=("finance",),
    region="latin_america",
    share=False,
    **user_fields,
) -> MenteeProfile:
    user = UserFactory(**user_fields)
    profile = MenteeProfile.objects.create(
        user=user,
        languages=list(languages),
        country="MX",
        region=region,
        aims="Grow",
        share_course_progress=share,
    )
    profile.topics.set([topic(slug) for slug in topics])
    if program is not None:
        Participation.objects.create(program=program, user=user, role="mentee", status="admitted")
    return profile


def url_in(language: str, name: str, *args) -> str:
    """``reverse`` under a given language prefix, whatever language a login activated."""
    with translation.override(language):
        return reverse(name, args=args)


# ----------------------------------------------------------------------------- editors


def make_editor(language: str, *, admin_language: str | None = None, **fields) -> User:
    """A regional editor like the demo's editor-sk@example.org: staff, in the editors group
    of ``language`` (``ensure_editorial_groups``; the home pages must exist), writing in that
    language. ``admin_language`` sets the Wagtail admin preference of their profile ("" for a
    profile without a preference)."""
    from wagtail.users.models import UserProfile

    from cms_pages.editorial import ensure_editorial_groups

    short = language.split("-")[0]
    fields.setdefault("email", f"editor-{short}@city.example.org")
    editor = UserFactory(is_staff=True, preferred_language=language, **fields)
    editor.groups.add(ensure_editorial_groups()[language]["editors"])
    if admin_language is not None:
        profile = UserProfile.get_for_user(editor)
        profile.preferred_language = admin_language
        profile.save(update_fields=["preferred_language"])
    return editor


# ----------------------------------------------------------------------------- partnerships


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "partnerships.Municipality"

    name_en = factory.Sequence(lambda n: f"Town {n}")
    slug = factory.Sequence(lambda n: f"town-{n}")
    country = "SK"
    region = "europe"
    population = 50000
    languages = factory.LazyFunction(lambda: ["sk"])


def make_coordinator(region: str, **fields) -> User:
    """A coordinator like the demo's: staff with the partnerships permissions, in ``region``."""
    from django.contrib.auth.models import Permission

    user = UserFactory(is_staff=True, region=region, **fields)
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="partnerships",
            codename__in=[
                f"{action}_{model}"
                for model in ("partnership", "municipality")
                for action in ("add", "change", "delete", "view")
            ],
        ),
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
    )
    return User.objects.get(pk=user.pk)  # fresh permission cache


def make_partnership(
    *,
    status="active",
    region="europe",
    topic_slug="finance",
    mentor_city=None,
    partner_city=None,
    mentor_focal_points=(),
    partner_focal_points=(),
    coordinators=(),
    indicators=1,
    **fields,
):
    """A partnership between two cities (made when not given), with one objective and
    ``indicators`` indicators (baseline 30 % two years ago, target 15 % in a year)."""
    from partnerships.models import Indicator, Objective, Partnership, PartnershipMember

    today = datetime.date.today()
    fields.setdefault("title_en", f"Partnership {uuid.uuid4().hex[:6]}")
    fields.setdefault("slug", f"partnership-{uuid.uuid4().hex[:8]}")
    fields.setdefault("problem_en", "Water losses are high.")
    fields.setdefault("starts_on", today - datetime.timedelta(days=400))
    partnership = Partnership.objects.create(
        status=status, region=region, topic=topic(topic_slug), **fields
    )
    partnership.coordinators.set(coordinators)
    partnership.save()  # a ParentalManyToManyField keeps .set() in memory until then
    mentor_city = mentor_city or MunicipalityFactory()
    partner_city = partner_city or MunicipalityFactory()
    mentor_side = PartnershipMember.objects.create(
        partnership=partnership, municipality=mentor_city, role="mentor"
    )
    mentor_side.focal_points.set(mentor_focal_points)
    mentor_side.save()  # a parental many-to-many is written with its row
    partner_side = PartnershipMember.objects.create(
        partnership=partnership, municipality=partner_city, role="partner"
    )
    partner_side.focal_points.set(partner_focal_points)
    partner_side.save()
    objective = Objective.objects.create(partnership=partnership, title_en="Cut water losses")
    for n in range(indicators):
        Indicator.objects.create(
            objective=objective,
            name_en=f"Non-revenue water {n}",
            unit_en="%",
            baseline=Decimal("30"),
            baseline_on=today - datetime.timedelta(days=730),
            target=Decimal("15"),
            target_on=today + datetime.timedelta(days=365),
            source="Utility records",
        )
    return partnership


# ----------------------------------------------------------------------------- questionnaires


def make_domain(slug: str, name: str | None = None, topics=()):
    from surveys.models import Domain

    domain, _created = Domain.objects.get_or_create(
        slug=slug, defaults={"name_en": name or slug.replace("-", " ").capitalize()}
    )
    domain.topics.add(*topics)
    return domain


def make_questionnaire(*, kind="survey", anonymous=True, audience="everyone", **fields):
    """A questionnaire open today. A self-assessment gets two sections, "Money" and "People",
    each with a single-choice question (0–3 points) and a 1–5 scale in the domains
    "finance-domain" and "people-domain", plus an optional comment; a survey gets one section
    with a single choice (Yes/No), a multiple choice (A, B, C; at most two), a scale, a number
    (0–500) and a long text (optional)."""
    from surveys.models import Option, Question, Questionnaire, Section

    today = datetime.date.today()
    fields.setdefault("title_en", f"Questionnaire {uuid.uuid4().hex[:6]}")
    fields.setdefault("slug", f"questionnaire-{uuid.uuid4().hex[:8]}")
    fields.setdefault("opens_on", today - datetime.timedelta(days=10))
    fields.setdefault("closes_on", today + datetime.timedelta(days=30))
    questionnaire = Questionnaire.objects.create(
        kind=kind, anonymous=anonymous, audience=audience, **fields
    )

    def question(section, order, kind, text, options=(), **extra):
        q = Question.objects.create(
            section=section, sort_order=order, kind=kind, text_en=text, **extra
        )
        for n, (label, points) in enumerate(options):
            Option.objects.create(question=q, sort_order=n, label_en=label, points=points)
        return q

    levels = (("None", 0), ("Some", 1), ("Most", 2), ("All", 3))
    if kind == "assessment":
        for order, (title, slug) in enumerate(
            (("Money", "finance-domain"), ("People", "people-domain"))
        ):
            section = Section.objects.create(
                questionnaire=questionnaire, sort_order=order, title_en=title
            )
            domain = make_domain(slug, title)
            question(section, 0, "single", f"{title}: how much is planned?", levels, domain=domain)
            question(section, 1, "scale", f"{title}: we are confident.", domain=domain)
        comments = Section.objects.create(
            questionnaire=questionnaire, sort_order=2, title_en="Team"
        )
        question(comments, 0, "long_text", "Anything else?", required=False)
    else:
        section = Section.objects.create(questionnaire=questionnaire, sort_order=0, title_en="You")
        question(section, 0, "single", "Do you plan?", (("Yes", None), ("No", None)))
        question(
            section,
            1,
            "multiple",
            "Which skills?",
            (("A", None), ("B", None), ("C", None)),
            max_choices=2,
        )
        question(section, 2, "scale", "I like my job.")
        question(section, 3, "number", "How many staff?", min_value=0, max_value=500)
        question(section, 4, "long_text", "A practice?", required=False)
    return questionnaire


def make_official(municipality, **fields) -> User:
    """A confirmed official of ``municipality`` (its team may answer its self-assessment)."""
    from partnerships.models import Official

    user = UserFactory(**fields)
    Official.objects.create(
        municipality=municipality, user=user, position="Clerk", status="confirmed"
    )
    return user


def make_results_viewer(region: str, **fields) -> User:
    """A coordinator who may see questionnaires' results of ``region``."""
    from django.contrib.auth.models import Permission

    user = UserFactory(is_staff=True, region=region, **fields)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="surveys", codename="view_results")
    )
    return User.objects.get(pk=user.pk)


def submitted_response(
    questionnaire, *, municipality=None, level=None, choices=None, days_ago=1, **fields
):
    """A submitted response written directly. A self-assessment's scored questions are
    answered at ``level`` (0.0–1.0) in every domain (or ``level`` as {domain slug: level});
    a survey's with ``choices``: {question text: option label(s), number or text}."""
    from django.utils import timezone

    from surveys.models import Answer, Question, Response

    fields.setdefault("language", "en")
    fields.setdefault("region", municipality.region if municipality else "europe")
    fields.setdefault("country", municipality.country if municipality else "SK")
    fields.setdefault("role", "official")
    response = Response.objects.create(
        questionnaire=questionnaire,
        municipality=municipality,
        status="submitted",
        submitted_at=timezone.now() - datetime.timedelta(days=days_ago),
        **fields,
    )
    questions = Question.objects.filter(section__questionnaire=questionnaire).prefetch_related(
        "options"
    )
    for q in questions:
        options = sorted(q.options.all(), key=lambda o: (o.points or 0, o.sort_order))
        if level is not None and q.domain_id:
            value = level.get(q.domain.slug, 0.5) if isinstance(level, dict) else level
            if q.kind == "scale":
                Answer.objects.create(response=response, question=q, number=1 + round(value * 4))
            else:
                answer = Answer.objects.create(response=response, question=q)
                answer.options.set([options[round(value * (len(options) - 1))]])
        elif choices and q.text_en in choices:
            value = choices[q.text_en]
            if q.is_choice:
                labels = value if isinstance(value, list | tuple) else [value]
                answer = Answer.objects.create(response=response, question=q)
                answer.options.set([o for o in options if o.label_en in labels])
            elif q.kind in Question.TEXT_KINDS:
                Answer.objects.create(response=response, question=q, text=value)
            else:
                Answer.objects.create(response=response, question=q, number=value)
    return response
