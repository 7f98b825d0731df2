"""OpenAPI documentation: every operation lists the errors it can answer with."""

from __future__ import annotations

from drf_spectacular.extensions import OpenApiSerializerExtension
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse
from rest_framework.pagination import CursorPagination
from rest_framework.permissions import SAFE_METHODS

from articles.api.serializers import ErrorSerializer, ValidationErrorSerializer

THROTTLED = OpenApiResponse(
    ErrorSerializer,
    description="Too many requests: wait the number of seconds in the Retry-After header.",
)
NOT_AUTHENTICATED = OpenApiResponse(
    ErrorSerializer, description="No valid credentials: send `Authorization: Token <key>`."
)
FORBIDDEN = OpenApiResponse(
    ErrorSerializer, description="Signed in, but without the editor permission for this."
)
NOT_FOUND = OpenApiResponse(
    ErrorSerializer, description="Not found: no such published resource, or an invalid cursor."
)
INVALID = OpenApiResponse(
    ValidationErrorSerializer, description="Invalid input; the messages say what to fix."
)


class ValidationErrorSchema(OpenApiSerializerExtension):
    target_class = ValidationErrorSerializer

    def map_serializer(self, auto_schema, direction):
        messages = {"type": "array", "items": {"type": "string"}}
        return {
            "type": "object",
            "description": "Field name (or `non_field_errors`) → messages; a malformed "
            "request body gives `detail`.",
            "additionalProperties": {"anyOf": [messages, {"type": "string"}]},
        }


class QuotesdbAutoSchema(AutoSchema):
    """Adds the error responses common to the API to each operation: 429 when throttled,
    401/403 for writes, 404 for detail views and cursors, 400 for filters and writes."""

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if direction != "response":
            return responses
        errors = {}
        if self.view.get_throttles():
            errors["429"] = THROTTLED
        if self.method not in SAFE_METHODS:
            errors["400"] = INVALID
            errors["401"] = NOT_AUTHENTICATED
            errors["403"] = FORBIDDEN
        if self._get_filter_parameters():
            errors["400"] = INVALID
        if "{" in self.path or self._pages_by_cursor():
            errors["404"] = NOT_FOUND
        for code, response in errors.items():
            if code not in responses:
                responses[code] = self._get_response_for_code(response, code)
        return responses

    def get_auth(self):
        """Reading needs no credentials (ReadOnlyOrModelPermission)."""
        auths = super().get_auth()
        if self.method in SAFE_METHODS and {} not in auths:
            auths.append({})
        return auths

    def _pages_by_cursor(self) -> bool:
        """A list paged by cursor answers 404 to a cursor that is not one of its own."""
        return self._is_list_view() and isinstance(self._get_paginator(), CursorPagination)

    def _get_response_headers_for_code(self, status_code, direction="response"):
        headers = super()._get_response_headers_for_code(status_code, direction)
        if str(status_code) == "429":
            headers["Retry-After"] = {
                "schema": {"type": "integer"},
                "description": "Seconds to wait before retrying.",
            }
        return headers
