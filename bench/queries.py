"""Database queries per request, in-process, under the stack's (production) environment.

    python bench/queries.py fixtures.json > queries.json

Requests each endpoint with Django's test client (Host 127.0.0.1, plain HTTP), signed in as
the fixtures say, once to warm up (caches, first-use lookups) and once inside
``CaptureQueriesContext``: the second request's count is reported, with its status.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.production")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from lms.models import User  # noqa: E402


def main() -> None:
    fixtures = json.load(open(sys.argv[1]))
    clients: dict[str | None, Client] = {None: Client(HTTP_HOST="127.0.0.1")}
    for role, user_id in fixtures["users"].items():
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(User.objects.get(pk=user_id))
        clients[role] = client
    result = {}
    for endpoint in fixtures["endpoints"]:
        client = clients[endpoint.get("auth")]
        method = client.post if endpoint.get("method") == "POST" else client.get
        method(endpoint["path"])
        with CaptureQueriesContext(connection) as context:
            response = method(endpoint["path"])
        result[endpoint["name"]] = {
            "queries": len(context.captured_queries),
            "status": response.status_code,
            "sql": [q["sql"][:300] for q in context.captured_queries],
        }
    json.dump(result, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
