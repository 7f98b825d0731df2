"""The newsroom's data: articles, the statements found in them, who spoke, and topics.

A statement keeps what the article said at the time (raw speaker mention, role, country,
organisation) even when it is linked to a Person whose current role has since changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata

from django.conf import settings
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce, Lower
from django.urls import reverse
from django_countries.fields import CountryField


def normalize_name(name: str) -> str:
    """Key for matching names: accents stripped, case-folded, punctuation and spaces folded."""
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(
        ch if ch.isalnum() else " " for ch in decomposed if not unicodedata.combining(ch)
    )
    return " ".join(letters.casefold().split())


def body_hash(body: str) -> str:
    """Hash of the article text with whitespace folded, so a re-paste is recognised."""
    return hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()


# A statement's news date for keyset (cursor) pages, which need a comparable value in every
# row: undated statements count as older than any real date. stmt_news_date_idx indexes
# exactly this expression; ordering by any other would not use it.
UNDATED = dt.date(1, 1, 1)
NEWS_DATE = Coalesce("published_on", Value(UNDATED))

# The order of every public list and the API: newest news first, undated statements last
# on every database. The public list indexes below are built on exactly this order.
NEWEST_NEWS_FIRST = (NEWS_DATE.desc(), F("id").desc())


class TimeStamped(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Article(TimeStamped):
    class ExtractionStatus(models.TextChoices):
        PENDING = "pending", "Pending"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    headline = models.CharField(max_length=300, blank=True)
    body = models.TextField(help_text="The article text as pasted.")
    outlet = models.CharField(max_length=200, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    dateline = models.CharField(max_length=200, blank=True)
    published_on = models.DateField(null=True, blank=True, db_index=True)
    url = models.URLField(max_length=1000, blank=True, verbose_name="URL")
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    extraction_status = models.CharField(
        max_length=10, choices=ExtractionStatus.choices, default=ExtractionStatus.PENDING
    )
    extraction_error = models.TextField(blank=True)
    extractor_version = models.CharField(max_length=40, blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles_created",
    )

    class Meta:
        ordering = ["-published_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=~Q(url=""), name="article_url_unique_when_given"
            ),
        ]
        indexes = [models.Index(fields=["outlet"], name="article_outlet_idx")]

    def __str__(self) -> str:
        return self.headline or f"Article {self.pk}"

    def save(self, *args, **kwargs):
        self.content_hash = body_hash(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:article-detail", args=[self.pk])


class Person(TimeStamped):
    """A speaker: a named person or a named organisation that speaks ("the Kremlin said")."""

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANIZATION = "organization", "Organization"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.PERSON)
    role = models.CharField(max_length=200, blank=True, help_text="Current role.")
    country = CountryField(blank=True, help_text="The country they speak for, if any.")
    organization = models.CharField(max_length=200, blank=True, db_index=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        indexes = [
            models.Index(fields=["country"], name="person_country_idx"),
            # The organisation filter, which ignores capitalisation (articles.filters).
            models.Index(Lower("organization"), name="person_org_lower_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:person-detail", args=[self.slug])


class PersonAlias(models.Model):
    """Another spelling seen for a person ("Hegseth", "Hegesth"); normalized is unique."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "person aliases"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.normalized = normalize_name(self.name)
        super().save(*args, **kwargs)


class PersonSlugHistory(models.Model):
    """A slug a person (or a person merged into them) once had: it redirects forever."""

    slug = models.SlugField(max_length=220, unique=True)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="old_slugs")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "person slug history"

    def __str__(self) -> str:
        return f"{self.slug} → {self.person.slug}"


class Topic(TimeStamped):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=140, unique=True)
    description = models.TextField(blank=True)
    keywords = models.TextField(
        blank=True, help_text="Words and phrases that suggest this topic, one per line."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("articles:topic-detail", args=[self.slug])

    @property
    def keyword_list(self) -> list[str]:
        return [line.strip() for line in self.keywords.splitlines() if line.strip()]


class TopicSlugHistory(models.Model):
    """A slug a topic once had (before an editor renamed it): it redirects forever."""

    slug = models.SlugField(max_length=140, unique=True)
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="old_slugs")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "topic slug history"

    def __str__(self) -> str:
        return f"{self.slug} → {self.topic.slug}"


class Statement(TimeStamped):
    class Kind(models.TextChoices):
        DIRECT = "direct", "Direct quote"
        PARTIAL = "partial", "Partial quote"
        INDIRECT = "indirect", "Reported speech"

    class ReviewStatus(models.TextChoices):
        SUGGESTED = "suggested", "Suggested"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="statements")
    person = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="statements",
        help_text='Empty for unnamed and group sources ("officials said").',
    )
    quote = models.TextField()
    kind = models.CharField(max_length=10, choices=Kind.choices)
    start = models.PositiveIntegerField(help_text="Offset of the quote in the article body.")
    end = models.PositiveIntegerField()
    speaker_name = models.CharField(
        max_length=200, blank=True, help_text="Fullest name the article gives the speaker."
    )
    source = models.CharField(
        max_length=300, blank=True, help_text='The speaker mention as written ("he", "officials").'
    )
    source_start = models.PositiveIntegerField(null=True, blank=True)
    source_end = models.PositiveIntegerField(null=True, blank=True)
    cue = models.CharField(max_length=100, blank=True, help_text='e.g. "told reporters"')
    # The rest of the sentence around a partial quote or a short reported phrase, for lists
    # that show it in context (articles.quote_context); empty for direct quotes and
    # reported clauses, which read on their own.
    context_before = models.TextField(
        blank=True,
        help_text="The writer's words before the quote in its sentence (partial quotes and "
        "short reported phrases only; empty otherwise).",
    )
    context_after = models.TextField(
        blank=True,
        help_text="The writer's words after the quote in its sentence (partial quotes and "
        "short reported phrases only; empty otherwise).",
    )
    # Role, country and organisation as of this statement, not the person's current ones.
    role = models.CharField(max_length=200, blank=True)
    country = CountryField(blank=True)
    organization = models.CharField(max_length=200, blank=True)
    topics = models.ManyToManyField(Topic, blank=True, related_name="statements")
    confidence = models.FloatField(default=0.0)
    status = models.CharField(
        max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.SUGGESTED
    )
    edited_by_editor = models.BooleanField(
        default=False, help_text="Set when an editor corrects it; re-extraction leaves it alone."
    )
    # Copied from the article (services.save_article keeps them in step) so the public list
    # sorts and filters by news date and outlet on one index, without joining articles.
    published_on = models.DateField(null=True, blank=True)
    outlet = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = NEWEST_NEWS_FIRST
        constraints = [
            models.UniqueConstraint(
                fields=["article", "start", "end"], name="statement_unique_span_per_article"
            ),
            models.CheckConstraint(
                condition=Q(start__lte=models.F("end")), name="statement_span_ordered"
            ),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                name="statement_confidence_0_1",
            ),
        ]
        indexes = [
            # (organization, status): the organisation facet's counts; the filter, which
            # ignores capitalisation, reads stmt_org_lower_idx below.
            models.Index(fields=["organization", "status"], name="stmt_org_idx"),
            models.Index(fields=["kind", "status"], name="stmt_kind_idx"),
            # The outlet facet's counts, grouped in index order: 9 ms on 100,000 statements,
            # 17 ms on stmt_outlet_lower_idx below (the filter's, which ignores
            # capitalisation), whose order is not the column's.
            models.Index(
                fields=["outlet"], condition=Q(status="approved"), name="stmt_outlet_facet_idx"
            ),
            # Published statements in list order: all of them, and per person and country
            # (per outlet and organisation below). Partial indexes, so they hold only what
            # readers can see.
            models.Index(
                *NEWEST_NEWS_FIRST, condition=Q(status="approved"), name="stmt_news_date_idx"
            ),
            models.Index(
                F("person"),
                *NEWEST_NEWS_FIRST,
                condition=Q(status="approved"),
                name="stmt_person_idx",
            ),
            models.Index(
                F("country"),
                *NEWEST_NEWS_FIRST,
                condition=Q(status="approved"),
                name="stmt_country_idx",
            ),
            # The organisation and outlet filters, which ignore capitalisation
            # (articles.filters); the column itself included, so that counts read the index
            # alone.
            models.Index(
                Lower("outlet"),
                *NEWEST_NEWS_FIRST,
                condition=Q(status="approved"),
                include=["outlet"],
                name="stmt_outlet_lower_idx",
            ),
            models.Index(
                Lower("organization"),
                *NEWEST_NEWS_FIRST,
                condition=Q(status="approved"),
                include=["organization"],
                name="stmt_org_lower_idx",
            ),
        ]

    def __str__(self) -> str:
        speaker = self.speaker_name or self.source or "unknown source"
        text = self.quote if len(self.quote) <= 60 else self.quote[:59] + "…"
        return f"{speaker}: {text}"

    def get_absolute_url(self) -> str:
        return reverse("articles:statement-detail", args=[self.pk])
