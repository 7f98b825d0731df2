"""API endpoints. Thin: reads come from selectors, writes go through articles.services, and
every editor write is recorded in the admin's history like a change made there."""

from __future__ import annotations

from django.conf import settings
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.db.models import Model
from django.http import Http404, JsonResponse
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import APIException
from rest_framework.response import Response

from articles import selectors as public_selectors
from articles import services
from articles.api import selectors
from articles.api.filters import (
    ArticleFilter,
    ArticleOrdering,
    EditorStatementFilter,
    StableOrderingFilter,
    StatementOrdering,
)
from articles.api.pagination import KeysetCursorPagination
from articles.api.permissions import can_review
from articles.api.schema import FORBIDDEN, INVALID, NOT_AUTHENTICATED
from articles.api.serializers import (
    ArticleDetailSerializer,
    ArticleSerializer,
    ArticleSubmissionSerializer,
    CountrySerializer,
    DuplicateArticleSerializer,
    ErrorSerializer,
    PersonSerializer,
    StatementCorrectionSerializer,
    StatementSerializer,
    TopicSerializer,
)
from articles.filters import PersonFilter
from articles.models import Statement
from articles.views import moved_slug

# JSON may spell one character in up to 12 bytes (an emoji as "\ud83d\ude00"); a request
# body beyond this cannot hold an acceptable article, so it is refused before being parsed.
JSON_BYTES_PER_CHAR = 12
REQUEST_OVERHEAD_BYTES = 64 * 1024


# Slugs of people and topics (django.utils.text.slugify); documented as the path pattern.
SLUG_PATTERN = "[-a-zA-Z0-9_]+"


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The article is too long."
    default_code = "payload_too_large"


@csrf_exempt  # it changes nothing, and a POST to a wrong URL should get the same 404
def not_found(request, *args, **kwargs) -> JsonResponse:
    return JsonResponse({"detail": "Not found."}, status=status.HTTP_404_NOT_FOUND)


def log_api_change(*, user, obj: Model, action_flag: int, message: str) -> None:
    """Record an editor's API write in the admin history of the object."""
    LogEntry.objects.log_actions(
        user_id=user.pk,
        queryset=[obj],
        action_flag=action_flag,
        change_message=f"{message} (via the API)",
        single_object=True,
    )


STATEMENT_FILTERS_DOC = (
    "Published statements, filterable exactly like the public pages (same FilterSet). "
    "Paged by cursor: follow `next`/`previous`; `page_size` is 1–100 (default 25). "
    "Newest news first, as on the pages, unless `ordering` says otherwise; `q` is the "
    "pages' full-text search, its matches also come in that order. "
    "Editors also see statements awaiting review and can filter them by `status`."
)


@extend_schema_view(
    list=extend_schema(description=STATEMENT_FILTERS_DOC),
    retrieve=extend_schema(description="One published statement (editors: in any state)."),
)
class StatementViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = StatementSerializer
    filter_backends = [DjangoFilterBackend, StatementOrdering]
    filterset_class = EditorStatementFilter
    pagination_class = KeysetCursorPagination
    http_method_names = ["get", "head", "options", "patch", "post"]

    def get_queryset(self):
        return public_selectors.api_statements(include_unpublished=can_review(self.request.user))

    def reloaded(self, statement: Statement) -> Statement:
        return self.get_queryset().get(pk=statement.pk)

    @extend_schema(
        request=StatementCorrectionSerializer,
        responses={200: StatementSerializer},
        description="Correct a statement (editors). Only the fields sent change; `topics` "
        "replaces all topics. Corrected statements are kept as they are when the article is "
        "extracted again, and a speaker reassigned from a name mention learns it as an alias "
        "when it may spell their name (a typo of their surname).",
    )
    def partial_update(self, request, pk=None):
        statement = self.get_object()
        correction = StatementCorrectionSerializer(statement, data=request.data, partial=True)
        correction.is_valid(raise_exception=True)
        changes = dict(correction.validated_data)
        if changes:
            topics = changes.pop("topics", None)
            services.correct_statement(statement=statement, topics=topics, **changes)
            changed = [*changes, *(["topics"] if topics is not None else [])]
            log_api_change(
                user=request.user,
                obj=statement,
                action_flag=CHANGE,
                message=f"Changed {', '.join(changed)}",
            )
        return Response(self.get_serializer(self.reloaded(statement)).data)

    @extend_schema(request=None, responses={200: StatementSerializer})
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        """Publish a statement (editors)."""
        return self.review(services.approve_statements, "Approved")

    @extend_schema(request=None, responses={200: StatementSerializer})
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        """Withdraw a statement from publication (editors)."""
        return self.review(services.reject_statements, "Rejected")

    def review(self, set_status, verb: str) -> Response:
        statement = self.get_object()
        if set_status(statements=Statement.objects.filter(pk=statement.pk)):
            log_api_change(user=self.request.user, obj=statement, action_flag=CHANGE, message=verb)
        return Response(self.get_serializer(self.reloaded(statement)).data)


@extend_schema_view(
    list=extend_schema(description="Articles with published statements (editors: all articles)."),
    retrieve=extend_schema(
        description="An article with its statements in text order. The public sees its "
        "published statements; editors see the extraction status, the text and every "
        "statement with its review state."
    ),
)
class ArticleViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    filter_backends = [DjangoFilterBackend, ArticleOrdering]
    filterset_class = ArticleFilter
    ordering_fields = ["published_on", "id"]
    ordering = ["-published_on", "-id"]

    def include_unpublished(self) -> bool:
        return can_review(self.request.user)

    def get_queryset(self):
        if self.action == "list":
            return selectors.api_articles(include_unpublished=self.include_unpublished())
        return selectors.api_article_detail(include_unpublished=self.include_unpublished())

    def get_serializer_class(self):
        return ArticleSerializer if self.action == "list" else ArticleDetailSerializer

    def get_serializer_context(self):
        return {
            **super().get_serializer_context(),
            "include_unpublished": self.include_unpublished(),
        }

    @extend_schema(
        request=ArticleSubmissionSerializer,
        responses={
            202: OpenApiResponse(
                ArticleDetailSerializer,
                description="Accepted: the article is saved and its extraction queued. "
                "`Location` is the article's URL; GET it for the extraction status and "
                "statements.",
            ),
            400: INVALID,
            401: NOT_AUTHENTICATED,
            403: FORBIDDEN,
            409: OpenApiResponse(
                DuplicateArticleSerializer,
                description="The article (same URL or same text) is already in the database.",
            ),
            413: OpenApiResponse(
                ErrorSerializer,
                description=f"The body is longer than {settings.ARTICLE_MAX_CHARS:,} characters.",
            ),
        },
        parameters=[
            OpenApiParameter(
                "Location",
                str,
                OpenApiParameter.HEADER,
                response=[202],
                description="The new article in the API.",
            )
        ],
    )
    def create(self, request):
        """Submit an article (editors); extraction runs as for articles pasted in the admin."""
        self.refuse_oversized(request)
        submission = ArticleSubmissionSerializer(data=request.data)
        submission.is_valid(raise_exception=True)
        try:
            article = services.create_article(**submission.validated_data, created_by=request.user)
        except services.DuplicateArticle as duplicate:
            existing = selectors.api_articles(include_unpublished=True).get(
                pk=duplicate.existing.pk
            )
            return Response(
                {
                    "detail": str(duplicate),
                    "existing": ArticleSerializer(
                        existing, context=self.get_serializer_context()
                    ).data,
                },
                status=status.HTTP_409_CONFLICT,
            )
        log_api_change(user=request.user, obj=article, action_flag=ADDITION, message="Added")
        location = request.build_absolute_uri(reverse("api:article-detail", args=[article.pk]))
        saved = self.get_queryset().get(pk=article.pk)
        return Response(
            self.get_serializer(saved).data,
            status=status.HTTP_202_ACCEPTED,
            headers={"Location": location},
        )

    @staticmethod
    def refuse_oversized(request) -> None:
        limit = settings.ARTICLE_MAX_CHARS
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
        if declared > limit * JSON_BYTES_PER_CHAR + REQUEST_OVERHEAD_BYTES:
            raise PayloadTooLarge()
        body = request.data.get("body") if hasattr(request.data, "get") else None
        if isinstance(body, str) and len(body) > limit:
            raise PayloadTooLarge(
                f"The article body has {len(body):,} characters; the limit is {limit:,}."
            )


class MovedSlugMixin:
    """Retrieve by slug; a slug in capitals or a former one redirects (301) to the current
    address, with its format suffix (.json) and query string."""

    moved_url_name = ""
    formerly_at = None

    def retrieve(self, request, *args, **kwargs):
        try:
            return super().retrieve(request, *args, **kwargs)
        except Http404:
            moved = moved_slug(
                request,
                slug=kwargs["slug"],
                url_name=self.moved_url_name,
                formerly_at=self.formerly_at,
                format_suffix=kwargs.get("format"),
            )
            if moved is None:
                raise
            return moved


@extend_schema_view(
    list=extend_schema(
        description="People and organisations with published statements, most quoted "
        "first (with `q`, closest name first)."
    ),
    retrieve=extend_schema(
        description="A speaker. A slug the person had before (renamed or merged), or one "
        "written in capitals, redirects (301) to the current one, keeping the query string.",
        responses={
            200: PersonSerializer,
            301: OpenApiResponse(description="Moved: the person's current URL is in Location."),
        },
    ),
)
class PersonViewSet(MovedSlugMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = PersonSerializer
    filter_backends = [DjangoFilterBackend, StableOrderingFilter]
    filterset_class = PersonFilter
    ordering_fields = ["name", "statement_count"]
    lookup_field = "slug"
    lookup_value_regex = SLUG_PATTERN

    moved_url_name = "api:person-detail"
    formerly_at = staticmethod(public_selectors.person_formerly_at)

    def get_queryset(self):
        return public_selectors.public_people_with_counts()


@extend_schema_view(
    list=extend_schema(
        description="Topics with their number of published statements, most discussed first."
    ),
    retrieve=extend_schema(
        description="A topic. A slug the topic had before a rename, or one written in "
        "capitals, redirects (301) to the current one, keeping the query string.",
        responses={
            200: TopicSerializer,
            301: OpenApiResponse(description="Moved: the topic's current URL is in Location."),
        },
    ),
)
class TopicViewSet(MovedSlugMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = TopicSerializer
    filter_backends = [StableOrderingFilter]
    ordering_fields = ["name", "statement_count"]
    lookup_field = "slug"
    lookup_value_regex = SLUG_PATTERN

    moved_url_name = "api:topic-detail"
    formerly_at = staticmethod(public_selectors.topic_formerly_at)

    def get_queryset(self):
        return public_selectors.public_topics_with_counts()


@extend_schema_view(
    list=extend_schema(
        description="Countries published statements speak for (ISO 3166-1 codes), most "
        "statements first."
    ),
    retrieve=extend_schema(
        description="A country, if published statements speak for it.",
        parameters=[
            OpenApiParameter(
                "code",
                str,
                OpenApiParameter.PATH,
                pattern="^[A-Za-z]{2}$",
                description="ISO 3166-1 alpha-2 code.",
            )
        ],
    ),
)
class CountryViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = CountrySerializer
    filter_backends = []
    lookup_url_kwarg = "code"
    lookup_value_regex = "[A-Za-z]{2}"

    def get_queryset(self) -> list[public_selectors.CountryCount]:
        return public_selectors.public_countries_with_counts()

    def get_object(self) -> public_selectors.CountryCount:
        code = self.kwargs["code"].upper()
        for country in self.get_queryset():
            if country.code == code:
                return country
        raise Http404
