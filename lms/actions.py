"""One way for a user action to go: form → service → translated message → redirect.

Services refuse an action by raising :class:`ActionRefused` with a translated message; views
(on the site and in the admin) turn it into a message for the person and redirect. A refusal
never half-writes: services raise before or inside their transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect


class ActionRefused(Exception):
    """A refused action; ``message`` is shown to the person as it is (already translated)."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def form_error_messages(request: HttpRequest, form: forms.Form) -> None:
    """Each form error as a message, prefixed with its field's label."""
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        for error in errors:
            messages.error(request, f"{label}: {error}" if label else error)


def perform(
    request: HttpRequest,
    action: Callable[..., Any],
    *,
    success: str | Callable[[Any], str | tuple[int, str]],
    redirect_to: str,
    form: forms.Form | None = None,
    refused_level: int = messages.ERROR,
) -> HttpResponse:
    """Validate ``form`` (if any), run ``action(**form.cleaned_data)``, tell the person how it
    went in their language and redirect to ``redirect_to`` (after a refusal too).

    ``success`` is the message, or a function of the action's result giving the message or a
    ``(level, message)`` pair."""
    if form is not None and not form.is_valid():
        form_error_messages(request, form)
        return redirect(redirect_to)
    try:
        result = action(**(form.cleaned_data if form is not None else {}))
    except ActionRefused as refusal:
        messages.add_message(request, refused_level, refusal.message)
    else:
        outcome = success(result) if callable(success) else success
        level, text = outcome if isinstance(outcome, tuple) else (messages.SUCCESS, outcome)
        if text:
            messages.add_message(request, level, text)
    return redirect(redirect_to)
