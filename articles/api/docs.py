"""The API's documentation pages, served entirely by the app (drf-spectacular-sidecar)."""

from __future__ import annotations

from django.http import HttpResponse
from django.template import engines
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularRedocView

# drf-spectacular's Redoc page without the web fonts it fetches from Google.
REDOC_PAGE = """{% extends "drf_spectacular/redoc.html" %}
{% block head %}
<title>{{ title }}</title>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; padding: 0; }</style>
{% endblock head %}
"""

# Redoc's bundle also shows a logo from its CDN; the browser is told to load nothing from
# another site (Redoc runs a worker from a blob: URL and styles elements inline).
REDOC_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
    "worker-src 'self' blob:; font-src 'self' data:"
)


class SelfContainedRedocView(SpectacularRedocView):
    """Redoc that loads nothing from another site."""

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs):
        page = engines["django"].from_string(REDOC_PAGE)
        context = {
            "title": self.title,
            "redoc_standalone": self._redoc_standalone(),
            "schema_url": self._get_schema_url(request),
        }
        response = HttpResponse(page.render(context, request))
        response["Content-Security-Policy"] = REDOC_CONTENT_SECURITY_POLICY
        return response
