"""What the API shows and accepts. Thin: corrections and submissions go through services."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django_countries import countries
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from articles import selectors, services
from articles.models import Article, Person, Statement, Topic


def absolute(request, path: str) -> str:
    return request.build_absolute_uri(path) if request else path


class OptionalURLField(serializers.URLField):
    """A URL that may be unknown: null rather than an empty string."""

    def __init__(self, **kwargs):
        super().__init__(allow_null=True, **kwargs)

    def to_representation(self, value) -> str | None:
        return value or None


class LinksMixin:
    """`api_url` (this resource in the API) and `permalink` (its public page)."""

    api_view_name = ""

    def api_lookup(self, obj) -> int | str:
        return obj.pk

    @extend_schema_field(OpenApiTypes.URI)
    def get_api_url(self, obj) -> str:
        path = reverse(f"api:{self.api_view_name}-detail", args=[self.api_lookup(obj)])
        return absolute(self.context.get("request"), path)

    @extend_schema_field(OpenApiTypes.URI)
    def get_permalink(self, obj) -> str:
        return absolute(self.context.get("request"), obj.get_absolute_url())


class PublishedPermalinkMixin(LinksMixin):
    """A permalink only once the public page exists (editors also see unpublished
    statements and articles, whose pages would be 404s)."""

    def is_public(self, obj) -> bool:
        raise NotImplementedError

    @extend_schema_field(
        serializers.URLField(allow_null=True, help_text="The public page; null until published.")
    )
    def get_permalink(self, obj) -> str | None:
        return super().get_permalink(obj) if self.is_public(obj) else None


class SpeakerSerializer(LinksMixin, serializers.ModelSerializer):
    """The person a statement is attributed to, compact (their current details are at
    api_url; the statement carries role, country and organisation as of the statement)."""

    api_view_name = "person"
    api_url = serializers.SerializerMethodField()
    permalink = serializers.SerializerMethodField()

    class Meta:
        model = Person
        fields = ["slug", "name", "kind", "api_url", "permalink"]

    def api_lookup(self, person: Person) -> str:
        return person.slug

    @extend_schema_field(
        serializers.URLField(
            allow_null=True, help_text="Their public page; null until a statement is published."
        )
    )
    def get_permalink(self, person: Person) -> str | None:
        return super().get_permalink(person)


class TopicRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = ["slug", "name"]


class ArticleRefSerializer(LinksMixin, serializers.ModelSerializer):
    api_view_name = "article"
    api_url = serializers.SerializerMethodField()
    url = OptionalURLField(read_only=True, help_text="The article at its outlet, or null.")

    class Meta:
        model = Article
        fields = ["id", "api_url", "headline", "outlet", "published_on", "url"]


class StatementSerializer(PublishedPermalinkMixin, serializers.ModelSerializer):
    api_view_name = "statement"
    api_url = serializers.SerializerMethodField()
    permalink = serializers.SerializerMethodField()
    speaker = SpeakerSerializer(
        source="person",
        read_only=True,
        allow_null=True,
        help_text='The identified speaker; null for unnamed and group sources ("officials").',
    )
    country = serializers.CharField(
        source="country.code",
        read_only=True,
        help_text="ISO 3166-1 alpha-2 code of the country the speaker spoke for, or empty.",
    )
    topics = TopicRefSerializer(many=True, read_only=True)
    article = ArticleRefSerializer(read_only=True)

    class Meta:
        model = Statement
        fields = [
            "id",
            "api_url",
            "permalink",
            "quote",
            "context_before",
            "context_after",
            "kind",
            "speaker",
            "speaker_name",
            "source",
            "cue",
            "role",
            "country",
            "organization",
            "topics",
            "article",
            "start",
            "end",
            "confidence",
            "published_on",
            "status",
        ]
        read_only_fields = fields

    def is_public(self, statement: Statement) -> bool:
        return statement.status == Statement.ReviewStatus.APPROVED

    def to_representation(self, statement: Statement) -> dict:
        data = super().to_representation(statement)
        # Editors' statements say whether the speaker has a page (selectors.api_statements).
        if data["speaker"] and not getattr(statement, "speaker_published", True):
            data["speaker"]["permalink"] = None
        return data


class ArticleStatementSerializer(StatementSerializer):
    """A statement inside its article: no article reference."""

    class Meta(StatementSerializer.Meta):
        fields = [name for name in StatementSerializer.Meta.fields if name != "article"]
        read_only_fields = fields


class SlugNowOrFormerlyField(serializers.SlugRelatedField):
    """A person or topic by its slug (in either case), or by a slug it had before a rename
    or a merge, as the filters (?person=) and the detail endpoints (301) take them."""

    def __init__(self, *, formerly_at, **kwargs):
        self.formerly_at = formerly_at
        super().__init__(slug_field="slug", **kwargs)

    def to_internal_value(self, data):
        try:
            return super().to_internal_value(data)
        except serializers.ValidationError:
            if not isinstance(data, str):
                raise
            # Slugs are lowercase: one typed in capitals names what the filters find.
            found = self.formerly_at(slug=data)
            if found is None and data != data.lower():
                found = self.get_queryset().filter(slug=data.lower()).first()
                found = found or self.formerly_at(slug=data.lower())
            if found is None:
                raise
            return found


class CountryCodeField(serializers.ChoiceField):
    """An ISO 3166 alpha-2 code in either case ("ee" or "EE"), as the filters take it."""

    def to_internal_value(self, data):
        return super().to_internal_value(data.upper() if isinstance(data, str) else data)


class StatementCorrectionSerializer(serializers.ModelSerializer):
    """An editor's correction; only the fields sent change (PATCH)."""

    person = SlugNowOrFormerlyField(
        formerly_at=selectors.person_formerly_at,
        queryset=Person.objects.all(),
        allow_null=True,
        required=False,
        help_text="Slug of the speaker (a former slug names who has it now), or null for an "
        "unnamed source.",
    )
    country = CountryCodeField(
        choices=list(countries),
        allow_blank=True,
        required=False,
        help_text="ISO 3166-1 alpha-2 code (either case), or empty.",
    )
    topics = SlugNowOrFormerlyField(
        formerly_at=selectors.topic_formerly_at,
        queryset=Topic.objects.all(),
        many=True,
        required=False,
        help_text="Slugs of all the statement's topics (replaces them).",
    )

    class Meta:
        model = Statement
        fields = [*services.EDITABLE_STATEMENT_FIELDS, "topics"]


class ArticleSerializer(PublishedPermalinkMixin, serializers.ModelSerializer):
    api_view_name = "article"
    api_url = serializers.SerializerMethodField()
    permalink = serializers.SerializerMethodField()
    url = OptionalURLField(read_only=True, help_text="The article at its outlet, or null.")
    statement_count = serializers.IntegerField(
        read_only=True, help_text="Published statements (editors: all statements)."
    )

    class Meta:
        model = Article
        fields = [
            "id",
            "api_url",
            "permalink",
            "headline",
            "outlet",
            "byline",
            "dateline",
            "published_on",
            "url",
            "statement_count",
            "extraction_status",
        ]

    def is_public(self, article: Article) -> bool:
        return article.published_count > 0  # (annotated by the API selectors)


class ArticleDetailSerializer(ArticleSerializer):
    """An article with its statements in text order; editors also get the text, the
    extraction details and statements in every review state."""

    statements = ArticleStatementSerializer(many=True, read_only=True, source="listed_statements")
    body = serializers.SerializerMethodField()
    extraction_error = serializers.SerializerMethodField()

    class Meta(ArticleSerializer.Meta):
        fields = [
            *ArticleSerializer.Meta.fields,
            "extracted_at",
            "body",
            "extraction_error",
            "statements",
        ]

    @extend_schema_field(serializers.CharField(allow_null=True, help_text="Editors only."))
    def get_body(self, article: Article) -> str | None:
        return article.body if self.context.get("include_unpublished") else None

    @extend_schema_field(serializers.CharField(allow_null=True, help_text="Editors only."))
    def get_extraction_error(self, article: Article) -> str | None:
        return article.extraction_error if self.context.get("include_unpublished") else None


class SchemeOptionalURLField(serializers.URLField):
    """A URL, validated after the service's normalisation ("apnews.com/x" is https), so the
    API takes what the admin takes."""

    def to_internal_value(self, data) -> str:
        return super().to_internal_value(services.normalize_article_url(url=str(data)))


class ArticleSubmissionSerializer(serializers.Serializer):
    """A new article. Duplicates (same URL or same text) are refused with 409."""

    body = serializers.CharField(
        trim_whitespace=False,
        help_text=f"The article text (at most {settings.ARTICLE_MAX_CHARS:,} characters, "
        "else 413).",
    )
    headline = serializers.CharField(max_length=300, required=False, allow_blank=True)
    outlet = serializers.CharField(max_length=200, required=False, allow_blank=True)
    byline = serializers.CharField(max_length=300, required=False, allow_blank=True)
    dateline = serializers.CharField(max_length=200, required=False, allow_blank=True)
    published_on = serializers.DateField(required=False, allow_null=True)
    url = SchemeOptionalURLField(
        max_length=1000,
        required=False,
        allow_blank=True,
        help_text="The article at its outlet; without a scheme it is taken as https.",
    )

    def validate_body(self, body: str) -> str:
        try:
            services.validate_article_body(body)
        except services.ArticleRejected as rejected:
            raise serializers.ValidationError(str(rejected)) from None
        return body


class PersonSerializer(LinksMixin, serializers.ModelSerializer):
    api_view_name = "person"
    api_url = serializers.SerializerMethodField()
    permalink = serializers.SerializerMethodField()
    statements_url = serializers.SerializerMethodField()
    country = serializers.CharField(source="country.code", read_only=True)
    statement_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Person
        fields = [
            "slug",
            "api_url",
            "permalink",
            "statements_url",
            "name",
            "kind",
            "role",
            "country",
            "organization",
            "statement_count",
        ]
        read_only_fields = fields

    def api_lookup(self, person: Person) -> str:
        return person.slug

    @extend_schema_field(OpenApiTypes.URI)
    def get_statements_url(self, person: Person) -> str:
        path = f"{reverse('api:statement-list')}?person={person.slug}"
        return absolute(self.context.get("request"), path)


class TopicSerializer(LinksMixin, serializers.ModelSerializer):
    api_view_name = "topic"
    api_url = serializers.SerializerMethodField()
    permalink = serializers.SerializerMethodField()
    statements_url = serializers.SerializerMethodField()
    statement_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Topic
        fields = [
            "slug",
            "api_url",
            "permalink",
            "statements_url",
            "name",
            "description",
            "statement_count",
        ]
        read_only_fields = fields

    def api_lookup(self, topic: Topic) -> str:
        return topic.slug

    @extend_schema_field(OpenApiTypes.URI)
    def get_statements_url(self, topic: Topic) -> str:
        path = f"{reverse('api:statement-list')}?topic={topic.slug}"
        return absolute(self.context.get("request"), path)


class CountrySerializer(serializers.Serializer):
    """A country published statements speak for (selectors.CountryCount)."""

    code = serializers.CharField(help_text="ISO 3166-1 alpha-2 code.")
    name = serializers.CharField()
    api_url = serializers.SerializerMethodField()
    statements_url = serializers.SerializerMethodField()
    statement_count = serializers.IntegerField()

    @extend_schema_field(OpenApiTypes.URI)
    def get_api_url(self, country) -> str:
        path = reverse("api:country-detail", args=[country.code])
        return absolute(self.context.get("request"), path)

    @extend_schema_field(OpenApiTypes.URI)
    def get_statements_url(self, country) -> str:
        path = f"{reverse('api:statement-list')}?country={country.code}"
        return absolute(self.context.get("request"), path)


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()


class ValidationErrorSerializer(serializers.Serializer):
    """Invalid input: field name (or non_field_errors) → messages. Documentation only; its
    schema is given in articles.api.schema."""


class DuplicateArticleSerializer(serializers.Serializer):
    detail = serializers.CharField()
    existing = ArticleSerializer(help_text="The article already in the database.")
