from rest_framework import viewsets

from articles import selectors
from articles.api.serializers import StatementSerializer
from articles.filters import StatementFilter


class StatementViewSet(viewsets.ReadOnlyModelViewSet):
    """Published statements, filterable exactly like the public pages."""

    serializer_class = StatementSerializer
    filterset_class = StatementFilter

    def get_queryset(self):
        return selectors.public_statements()
