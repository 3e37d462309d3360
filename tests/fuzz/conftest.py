"""The fuzz suite runs under the reproducible "fuzz" Hypothesis profile (tests/fuzz/fuzzing.py):
derandomized, no example database (no .hypothesis directory), no deadline. Set
HYPOTHESIS_PROFILE to run it under another registered profile."""

import os
import tempfile

from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir

from tests.fuzz import fuzzing  # noqa: F401 - registers the profile

# Hypothesis keeps caches (constants, Unicode tables) even without an example database:
# outside the repository.
set_hypothesis_home_dir(os.path.join(tempfile.gettempdir(), "citypeers-hypothesis"))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fuzz"))
