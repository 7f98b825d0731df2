"""Request rates for the API (settings.API_ANON_RATE and API_USER_RATE).

DRF's own throttle classes read their rates once, at import; these read them on each
request, so a changed setting (or a test's override_settings) takes effect.
"""

from __future__ import annotations

from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class AnonThrottle(AnonRateThrottle):
    """Anonymous clients, per IP address."""

    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class EditorThrottle(UserRateThrottle):
    """Signed-in users, per account; anonymous clients are left to AnonThrottle."""

    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def get_cache_key(self, request, view) -> str | None:
        if not request.user or not request.user.is_authenticated:
            return None
        return super().get_cache_key(request, view)
