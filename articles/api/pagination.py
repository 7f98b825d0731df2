"""Page sizes are bounded; statements page by cursor so pages stay put as new ones arrive."""

from __future__ import annotations

from rest_framework.pagination import CursorPagination, LimitOffsetPagination

MAX_PAGE_SIZE = 100


class BoundedLimitOffsetPagination(LimitOffsetPagination):
    default_limit = 50
    max_limit = MAX_PAGE_SIZE


class StatementCursorPagination(CursorPagination):
    """Ordering comes from StatementOrdering. The default, newest id first, is unique and
    never changes, so a page's neighbours stay the same while statements are added; by news
    date, statements of the same day are told apart by their offset within that day."""

    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    ordering = "-id"
