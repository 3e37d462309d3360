"""Mentee, mentor and shared-workspace views. Thin: forms in, services out."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lms.ics import calendar_event
from lms.regions import Region

from . import selectors, services
from .forms import (
    CloseForm,
    DeclineForm,
    FeedbackForm,
    GoalForm,
    MeetingForm,
    MenteeProfileForm,
    MentorProfileForm,
    RequestForm,
    SessionForm,
)
from .models import (
    SPOKEN_LANGUAGES,
    Goal,
    MenteeProfile,
    MentoringProgram,
    MentorProfile,
    Mentorship,
    Participation,
)


def reason_texts(suggestion: selectors.MentorSuggestion) -> list[str]:
    """The reasons for a suggestion in the viewer's language (topic names come from the
    mentor's prefetched expertise: no query)."""
    languages = dict(SPOKEN_LANGUAGES)
    regions = dict(Region.choices)
    topics = {topic.pk: topic.name for topic in suggestion.profile.expertise.all()}
    reasons = suggestion.reasons
    texts = []
    for reason in reasons:
        if reason.kind == "language":
            texts.append(_("Speaks %(language)s") % {"language": languages.get(reason.value)})
        elif reason.kind == "topic":
            texts.append(_("Expert in %(topic)s") % {"topic": topics.get(reason.value, "")})
        elif reason.kind == "same_region":
            texts.append(_("Works in your region: %(region)s") % {"region": regions[reason.value]})
        elif reason.kind == "other_region":
            texts.append(
                _("Brings experience from another region: %(region)s")
                % {"region": regions[reason.value]}
            )
        elif reason.kind == "experience":
            texts.append(
                ngettext(
                    "%(years)s year of experience", "%(years)s years of experience", reason.value
                )
                % {"years": reason.value}
            )
        elif reason.kind == "load":
            texts.append(
                ngettext(
                    "Has room for %(count)s more mentee",
                    "Has room for %(count)s more mentees",
                    reason.value,
                )
                % {"count": reason.value}
            )
    return texts


@login_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    user = request.user
    participations = list(
        Participation.objects.filter(user=user).select_related("program").order_by("-created_at")
    )
    joined = {(p.program_id, p.role) for p in participations}
    programs = list(MentoringProgram.objects.filter(ends_on__gte=timezone.localdate()))
    mentorships = list(
        Mentorship.objects.filter(Q(mentor=user) | Q(mentee=user))
        .select_related("program", "mentor", "mentee")
        .order_by("-requested_at")
    )
    return render(
        request,
        "mentoring/home.html",
        {
            "participations": participations,
            "programs": [
                {
                    "program": p,
                    "joined_mentor": (p.pk, "mentor") in joined,
                    "joined_mentee": (p.pk, "mentee") in joined,
                }
                for p in programs
            ],
            "mentorships": mentorships,
            "has_mentor_profile": MentorProfile.objects.filter(user=user).exists(),
            "has_mentee_profile": MenteeProfile.objects.filter(user=user).exists(),
        },
    )


def _profile_edit(request, form_class, model, template_title, success):
    instance = model.objects.filter(user=request.user).first()
    if request.method == "POST":
        form = form_class(request.POST, instance=instance)
        if form.is_valid():
            profile = form.save(commit=False)
            profile.user = request.user
            profile.save()
            form.save_m2m()
            messages.success(request, success)
            return redirect("mentoring:home")
    else:
        form = form_class(instance=instance)
    return render(request, "mentoring/profile_form.html", {"form": form, "title": template_title})


@login_required
def mentor_profile_edit(request: HttpRequest) -> HttpResponse:
    return _profile_edit(
        request,
        MentorProfileForm,
        MentorProfile,
        _("Your mentor profile"),
        _("Your mentor profile has been saved."),
    )


@login_required
def mentee_profile_edit(request: HttpRequest) -> HttpResponse:
    return _profile_edit(
        request,
        MenteeProfileForm,
        MenteeProfile,
        _("Your mentee profile"),
        _("Your mentee profile has been saved."),
    )


@login_required
@require_POST
def program_join(request: HttpRequest, pk: int) -> HttpResponse:
    program = get_object_or_404(MentoringProgram, pk=pk)
    try:
        services.participation_join(
            user=request.user, program=program, role=request.POST.get("role", "")
        )
    except services.MentoringError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Thank you. The program coordinator will confirm your place."))
    return redirect("mentoring:home")


def _admitted_mentee(request, program) -> MenteeProfile:
    if not Participation.objects.filter(
        program=program,
        user=request.user,
        role=Participation.Role.MENTEE,
        status=Participation.Status.ADMITTED,
    ).exists():
        raise Http404
    profile = MenteeProfile.objects.filter(user=request.user).prefetch_related("topics").first()
    if profile is None:
        raise Http404
    return profile


@login_required
@require_GET
def suggestions(request: HttpRequest, pk: int) -> HttpResponse:
    program = get_object_or_404(MentoringProgram, pk=pk)
    mentee = _admitted_mentee(request, program)
    suggested = selectors.mentor_suggestions(mentee=mentee, program=program)
    return render(
        request,
        "mentoring/suggestions.html",
        {
            "program": program,
            "suggestions": [{"item": s, "reasons": reason_texts(s)} for s in suggested],
            "open_mentorship": Mentorship.objects.filter(
                program=program, mentee=request.user, status__in=Mentorship.OPEN_STATUSES
            ).first(),
        },
    )


@login_required
def mentor_detail(request: HttpRequest, pk: int, user_id: int) -> HttpResponse:
    program = get_object_or_404(MentoringProgram, pk=pk)
    mentee = _admitted_mentee(request, program)
    profile = get_object_or_404(
        MentorProfile.objects.select_related("user").prefetch_related("expertise"),
        user_id=user_id,
        user__participations__program=program,
        user__participations__role=Participation.Role.MENTOR,
        user__participations__status=Participation.Status.ADMITTED,
    )
    form = RequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.mentorship_request(
                mentee=request.user,
                mentor_profile=profile,
                program=program,
                message=form.cleaned_data["message"],
            )
        except services.MentoringError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("Your request has been sent to %(name)s.") % {"name": profile.user.full_name},
            )
            return redirect("mentoring:home")
    suggestion = selectors.mentor_suggestion(mentee=mentee, program=program, profile=profile)
    return render(
        request,
        "mentoring/mentor_detail.html",
        {
            "program": program,
            "profile": profile,
            "form": form,
            "languages": [dict(SPOKEN_LANGUAGES).get(code, code) for code in profile.languages],
            "suggestion": suggestion,
            "reasons": reason_texts(suggestion) if suggestion else [],
        },
    )


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    services.mentorship_expire_stale()
    data = selectors.mentor_dashboard(mentor=request.user, language=get_language())
    return render(request, "mentoring/dashboard.html", data)


def _mentorship(request, pk: int) -> Mentorship:
    mentorship = get_object_or_404(
        Mentorship.objects.select_related("program", "mentor", "mentee"), pk=pk
    )
    if not selectors.mentorship_visible_to(user=request.user, mentorship=mentorship):
        raise Http404
    return mentorship


@login_required
def workspace(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship = _mentorship(request, pk)
    data = selectors.workspace(mentorship=mentorship, language=get_language())
    feedback_authors = {f.author_id for f in data["feedback"]}
    context = {
        "mentorship": mentorship,
        "is_party": mentorship.is_party(request.user),
        "is_mentor": request.user.pk == mentorship.mentor_id,
        "goal_form": GoalForm(),
        "session_form": SessionForm(initial={"held_on": timezone.localdate()}),
        "meeting_form": MeetingForm(),
        "decline_form": DeclineForm(),
        "close_form": CloseForm(),
        "feedback_form": FeedbackForm(),
        "needs_feedback": mentorship.status in Mentorship.CLOSED_STATUSES
        and mentorship.is_party(request.user)
        and request.user.pk not in feedback_authors,
        **data,
    }
    return render(request, "mentoring/workspace.html", context)


def _back(mentorship: Mentorship, anchor: str = "") -> HttpResponse:
    return redirect(reverse("mentoring:workspace", args=[mentorship.pk]) + anchor)


def _run(request, action, success: str, mentorship: Mentorship, anchor: str = ""):
    try:
        action()
    except services.MentoringError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, success)
    return _back(mentorship, anchor)


def _form_errors(request, form) -> None:
    for field, errors in form.errors.items():
        label = form.fields[field].label if field in form.fields else ""
        for error in errors:
            messages.error(request, f"{label}: {error}" if label else error)


@login_required
@require_POST
def accept(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship = _mentorship(request, pk)
    return _run(
        request,
        lambda: services.mentorship_accept(mentor=request.user, mentorship=mentorship),
        _("You accepted the request. Welcome your new mentee!"),
        mentorship,
    )


@login_required
@require_POST
def decline(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship = _mentorship(request, pk)
    form = DeclineForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return _back(mentorship)
    return _run(
        request,
        lambda: services.mentorship_decline(
            mentor=request.user, mentorship=mentorship, reason=form.cleaned_data["reason"]
        ),
        _("You declined the request."),
        mentorship,
    )


@login_required
@require_POST
def goal_add(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship = _mentorship(request, pk)
    form = GoalForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return _back(mentorship, "#goals")
    return _run(
        request,
        lambda: services.goal_add(user=request.user, mentorship=mentorship, **form.cleaned_data),
        _("Goal added."),
        mentorship,
        "#goals",
    )


@login_required
@require_POST
def goal_toggle(request: HttpRequest, pk: int, goal_id: int) -> HttpResponse:
    mentorship = _mentorship(request, pk)
    goal = get_object_or_404(Goal, pk=goal_id, mentorship=mentorship)
    goal.mentorship = mentorship
    done = request.POST.get("done") == "1"
    return _run(
        request,
        lambda: services.goal_set_done(user=request.user, goal=goal, done=done),
        _("Goal updated."),
        mentorship,
        "#goals",
    )


@login_required
@require_POST
def session_add(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship = _mentorship(request, pk)
    form = SessionForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return _back(mentorship, "#sessions")
    return _run(
        request,
        lambda: services.session_log(user=request.user, mentorship=mentorship, **form.cleaned_data),
        _("Session logged."),
        mentorship,
        "#sessions",
    )


@login_required
@require_POST
def meeting_set(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship = _mentorship(request, pk)
    form = MeetingForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return _back(mentorship, "#meeting")
    return _run(
        request,
        lambda: services.meeting_schedule(
            user=request.user,
            mentorship=mentorship,
            when=form.cleaned_data["when"],
            details=form.cleaned_data["details"],
        ),
        _("Next meeting saved. We let the other person know."),
        mentorship,
        "#meeting",
    )


@login_required
@require_GET
def meeting_ics(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship = _mentorship(request, pk)
    if not mentorship.next_meeting_at:
        raise Http404
    start = mentorship.next_meeting_at
    body = calendar_event(
        uid=f"mentorship-{mentorship.pk}-{int(start.timestamp())}@citypeers",
        start=start,
        end=start + datetime.timedelta(hours=1),
        summary=_("Mentoring: %(mentor)s and %(mentee)s")
        % {"mentor": mentorship.mentor.full_name, "mentee": mentorship.mentee.full_name},
        description=mentorship.program.name,
        location=mentorship.next_meeting_details,
        url=request.build_absolute_uri(reverse("mentoring:workspace", args=[mentorship.pk])),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="mentoring-meeting.ics"'
    return response


@login_required
@require_POST
def close(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship = _mentorship(request, pk)
    form = CloseForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return _back(mentorship, "#close")
    data = form.cleaned_data
    return _run(
        request,
        lambda: services.mentorship_close(
            user=request.user,
            mentorship=mentorship,
            completed=data["outcome"] == "completed",
            reason=data["reason"],
            rating=data["rating"],
            comment=data["comment"],
        ),
        _("The mentorship has ended. Thank you for your feedback."),
        mentorship,
    )


@login_required
@require_POST
def feedback(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship = _mentorship(request, pk)
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return _back(mentorship)
    return _run(
        request,
        lambda: services.feedback_give(
            user=request.user, mentorship=mentorship, **form.cleaned_data
        ),
        _("Thank you for your feedback."),
        mentorship,
    )
