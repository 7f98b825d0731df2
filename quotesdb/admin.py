"""The admin site: Django's, with autocomplete results a ModelAdmin may label itself.

Installed through QuotesdbAdminConfig (INSTALLED_APPS), so `admin.site` is this site."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.contrib.admin.views.autocomplete import AutocompleteJsonView


class LabelledAutocompleteJsonView(AutocompleteJsonView):
    """Each result's text from the searched ModelAdmin's autocomplete_label(obj), if it has
    one ("John Smith (Mayor of Leeds, United Kingdom)"), else str(obj)."""

    def serialize_result(self, obj, to_field_name) -> dict:
        result = super().serialize_result(obj, to_field_name)
        label = getattr(self.model_admin, "autocomplete_label", None)
        if label is not None:
            result["text"] = label(obj)
        return result


class QuotesdbAdminSite(admin.AdminSite):
    def autocomplete_view(self, request):
        return LabelledAutocompleteJsonView.as_view(admin_site=self)(request)


class QuotesdbAdminConfig(AdminConfig):
    default_site = "quotesdb.admin.QuotesdbAdminSite"
