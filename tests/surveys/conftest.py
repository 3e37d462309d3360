import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def english_by_default():
    """Messages read in English unless a test asks for a language (a request to a /sk/ page
    in an earlier test leaves Slovak active in the thread)."""
    with translation.override("en"):
        yield
