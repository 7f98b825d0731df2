"""Page sizes are bounded; statements page by keyset cursor, so a page's neighbours stay the
same while statements are added, whatever the ordering."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from rest_framework.exceptions import NotFound
from rest_framework.pagination import CursorPagination, LimitOffsetPagination, _reverse_ordering

MAX_PAGE_SIZE = 100
# Joins the ordering keys of a row into one cursor position ("2025-02-14|1234").
POSITION_SEPARATOR = "|"


class BoundedLimitOffsetPagination(LimitOffsetPagination):
    default_limit = 50
    max_limit = MAX_PAGE_SIZE


class KeysetCursorPagination(CursorPagination):
    """DRF's cursor pagination with the whole ordering in the cursor.

    DRF keeps only the first ordering key and counts rows sharing it with an offset; with
    many statements on one day that offset shifts when one is added (and stops at 1000).
    Here the position is every key of the last row, the last key being unique (the id), and
    the next page is the rows strictly beyond it: the keyset method.
    """

    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    ordering = ("-id",)

    def _get_position_from_instance(self, instance, ordering) -> str:
        return POSITION_SEPARATOR.join(str(getattr(instance, key.lstrip("-"))) for key in ordering)

    def beyond(self, position: str, *, reverse: bool) -> Q:
        """Rows after the position in the ordering (before it when paging backwards):
        for keys (a, b), a beyond a₀, or a equal to a₀ and b beyond b₀.

        With several keys, "a at or beyond a₀" is added on its own: a condition PostgreSQL
        can start an index scan at, where the OR alone is a filter on every row before the
        position (18 ms rather than under 1 ms 60,000 statements deep)."""
        values = position.split(POSITION_SEPARATOR)
        if len(values) != len(self.ordering):
            raise NotFound(self.invalid_cursor_message)
        condition = None
        for key, value in reversed(list(zip(self.ordering, values, strict=True))):
            field = key.lstrip("-")
            lookup = "lt" if key.startswith("-") != reverse else "gt"
            beyond = Q(**{f"{field}__{lookup}": value})
            condition = beyond if condition is None else beyond | (Q(**{field: value}) & condition)
        if len(self.ordering) > 1:
            key, value = self.ordering[0], values[0]
            lookup = "lte" if key.startswith("-") != reverse else "gte"
            condition &= Q(**{f"{key.lstrip('-')}__{lookup}": value})
        return condition

    def paginate_queryset(self, queryset: QuerySet, request, view=None):
        self.request = request
        self.page_size = self.get_page_size(request)
        self.base_url = request.build_absolute_uri()
        self.ordering = self.get_ordering(request, queryset, view)
        self.cursor = self.decode_cursor(request)
        reverse, position = (
            (self.cursor.reverse, self.cursor.position)
            if self.cursor
            else (
                False,
                None,
            )
        )
        queryset = queryset.order_by(
            *(_reverse_ordering(self.ordering) if reverse else self.ordering)
        )
        try:
            if position is not None:
                queryset = queryset.filter(self.beyond(position, reverse=reverse))
            rows = list(queryset[: self.page_size + 1])
        except (ValueError, ValidationError):  # a cursor edited by hand
            raise NotFound(self.invalid_cursor_message) from None
        self.page = rows[: self.page_size]
        following = (
            self._get_position_from_instance(rows[-1], self.ordering)
            if len(rows) > self.page_size
            else None
        )
        if reverse:
            self.page.reverse()
            self.has_next, self.next_position = position is not None, position
            self.has_previous, self.previous_position = following is not None, following
        else:
            self.has_next, self.next_position = following is not None, following
            self.has_previous, self.previous_position = position is not None, position
        self.display_page_controls = self.has_previous or self.has_next
        return self.page
