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
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lms.actions import ActionRefused, perform
from lms.ics import calendar_event, calendar_response
from lms.regions import Region
from lms.validators import is_plausible

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
    return perform(
        request,
        lambda: services.participation_join(
            user=request.user, program=program, role=request.POST.get("role", "")
        ),
        success=_("Thank you. The program coordinator will confirm your place."),
        redirect_to=reverse("mentoring:home"),
    )


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
        except ActionRefused as error:
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
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
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


def _workspace_url(mentorship: Mentorship, anchor: str = "") -> str:
    return reverse("mentoring:workspace", args=[mentorship.pk]) + anchor


def workspace_action(*, service, success, anchor: str = "", form_class=None, **fixed):
    """A workspace POST action: the same steps for every one (load the mentorship the person
    may see, validate the form, call the service, tell them how it went, go back)."""

    @login_required
    @require_POST
    def view(request: HttpRequest, pk: int, **kwargs) -> HttpResponse:
        mentorship = _mentorship(request, pk)
        form = form_class(request.POST) if form_class else None
        arguments = {name: value(request, mentorship, **kwargs) for name, value in fixed.items()}
        return perform(
            request,
            lambda **data: service(**arguments, **data),
            form=form,
            success=success,
            redirect_to=_workspace_url(mentorship, anchor),
        )

    return view


def _user(request, mentorship, **kwargs):
    return request.user


def _this(request, mentorship, **kwargs):
    return mentorship


def _goal(request, mentorship, goal_id: int):
    goal = get_object_or_404(Goal, pk=goal_id, mentorship=mentorship)
    goal.mentorship = mentorship
    return goal


def _done(request, mentorship, **kwargs) -> bool:
    return request.POST.get("done") == "1"


accept = workspace_action(
    service=services.mentorship_accept,
    success=gettext_lazy("You accepted the request. Welcome your new mentee!"),
    mentor=_user,
    mentorship=_this,
)
decline = workspace_action(
    service=services.mentorship_decline,
    success=gettext_lazy("You declined the request."),
    form_class=DeclineForm,
    mentor=_user,
    mentorship=_this,
)
goal_add = workspace_action(
    service=services.goal_add,
    success=gettext_lazy("Goal added."),
    anchor="#goals",
    form_class=GoalForm,
    user=_user,
    mentorship=_this,
)
goal_toggle = workspace_action(
    service=services.goal_set_done,
    success=gettext_lazy("Goal updated."),
    anchor="#goals",
    user=_user,
    goal=_goal,
    done=_done,
)
session_add = workspace_action(
    service=services.session_log,
    success=gettext_lazy("Session logged."),
    anchor="#sessions",
    form_class=SessionForm,
    user=_user,
    mentorship=_this,
)
meeting_set = workspace_action(
    service=services.meeting_schedule,
    success=gettext_lazy("Next meeting saved. We will email the other person about it."),
    anchor="#meeting",
    form_class=MeetingForm,
    user=_user,
    mentorship=_this,
)
feedback = workspace_action(
    service=services.feedback_give,
    success=gettext_lazy("Thank you for your feedback."),
    form_class=FeedbackForm,
    user=_user,
    mentorship=_this,
)


@login_required
@require_GET
def meeting_ics(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship = _mentorship(request, pk)
    if not mentorship.next_meeting_at or not is_plausible(mentorship.next_meeting_at):
        raise Http404
    start = mentorship.next_meeting_at
    body = calendar_event(
        uid=f"mentorship-{mentorship.pk}-{int(start.timestamp())}@citypeers",
        start=start,
        end=start + datetime.timedelta(hours=1),
        summary=_("Mentoring: %(mentor)s and %(mentee)s")
        % {"mentor": mentorship.mentor_name, "mentee": mentorship.mentee_name},
        description=mentorship.program.name,
        location=mentorship.next_meeting_details,
        url=request.build_absolute_uri(reverse("mentoring:workspace", args=[mentorship.pk])),
    )
    return calendar_response(body, filename="mentoring-meeting.ics")


def _close(*, user, mentorship, outcome, reason, rating, comment):
    return services.mentorship_close(
        user=user,
        mentorship=mentorship,
        completed=outcome == "completed",
        reason=reason,
        rating=rating,
        comment=comment,
    )


close = workspace_action(
    service=_close,
    success=gettext_lazy("The mentorship has ended. Thank you for your feedback."),
    anchor="#close",
    form_class=CloseForm,
    user=_user,
    mentorship=_this,
)
