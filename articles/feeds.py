"""Atom feeds of published statements: any filtered list (a search), a person, a topic, a
country. Items are the newest matching statements."""

from __future__ import annotations

import datetime as dt
import re

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape, format_html
from django.utils.text import Truncator
from django.utils.xmlutils import SimplerXMLGenerator
from django_countries import countries
from django_countries.fields import Country

from articles import selectors
from articles.filters import StatementFilter
from articles.models import NEWEST_NEWS_FIRST, Person, Statement, Topic
from articles.views import invalid_filters_response, moved_slug

FEED_SIZE = 30

# The control characters XML 1.0 forbids. Article text pasted from a word processor holds
# some (a manual line break is a vertical tab), and so may a search; they are written as
# spaces, where Django's generator would fail the whole feed.
XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xml_text(text: str) -> str:
    return XML_FORBIDDEN.sub(" ", text)


class XmlSafeGenerator(SimplerXMLGenerator):
    def characters(self, content):
        super().characters(xml_text(content) if content else content)

    def startElement(self, name, attrs):
        super().startElement(name, {key: xml_text(value) for key, value in (attrs or {}).items()})


class XmlSafeAtom1Feed(Atom1Feed):
    """Atom, with the characters XML cannot hold written as spaces."""

    def write(self, outfile, encoding):
        # Atom1Feed.write, with the generator above.
        handler = XmlSafeGenerator(outfile, encoding, short_empty_elements=True)
        handler.startDocument()
        handler.startElement("feed", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        handler.endElement("feed")


class InvalidFilters(Exception):
    """A filter value of the feed's URL is invalid (the feed answers 400)."""

    def __init__(self, statement_filter: StatementFilter):
        super().__init__("invalid filters")
        self.statement_filter = statement_filter


class StatementFeed(Feed):
    """The statements matching the query-string filters of the statement list."""

    feed_type = XmlSafeAtom1Feed
    subtitle = "Statements from news articles, reviewed by editors."

    def __call__(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            return super().__call__(request, *args, **kwargs)
        except InvalidFilters as invalid:
            return invalid_filters_response(invalid.statement_filter)

    def get_object(self, request: HttpRequest, *args, **kwargs):
        self.request = request
        return None

    def link(self, obj) -> str:
        query = self.request.GET.urlencode()
        return reverse("articles:statement-list") + (f"?{query}" if query else "")

    def title(self, obj) -> str:
        return self.titled("quotesdb: statements")

    def titled(self, title: str) -> str:
        """The feed's title, with the search it follows if any (two searches of one page
        are two feeds, told apart in a reader)."""
        query = self.request.GET.get("q", "").strip()
        return f"{title} matching “{query}”" if query else title

    def items(self, obj) -> QuerySet[Statement]:
        return filtered(self.request, selectors.listed_statements())[:FEED_SIZE]

    @staticmethod
    def speaker(statement: Statement) -> str:
        """Who spoke, as the pages name them: never empty ("officials said")."""
        if statement.person:
            return statement.person.name
        return statement.speaker_name or statement.source or "Unnamed source"

    def item_title(self, statement: Statement) -> str:
        return f"{self.speaker(statement)}: “{Truncator(statement.quote).words(16)}”"

    def item_description(self, statement: Statement) -> str:
        # Feed readers render the summary as HTML; the quote is untrusted text. A partial
        # quote comes in its sentence, the speaker's words in bold.
        if statement.context_before or statement.context_after:
            return format_html(
                "{}<strong>{}</strong>{}",
                statement.context_before,
                statement.quote,
                statement.context_after,
            )
        return escape(statement.quote)

    def item_link(self, statement: Statement) -> str:
        return statement.get_absolute_url()

    def item_author_name(self, statement: Statement) -> str:
        return self.speaker(statement)

    def item_pubdate(self, statement: Statement) -> dt.datetime:
        """The news date at midnight where the newsroom is (settings.TIME_ZONE), so a
        reader there sees the day the pages show, as Django's feeds treat dates."""
        if statement.published_on is None:
            return statement.created_at
        day = dt.datetime.combine(statement.published_on, dt.time())
        return timezone.make_aware(day, timezone.get_default_timezone())

    def item_updateddate(self, statement: Statement) -> dt.datetime:
        return statement.updated_at

    def item_categories(self, statement: Statement) -> list[str]:
        return [topic.name for topic in statement.topics.all()]


def filtered(request: HttpRequest, statements: QuerySet[Statement], *, fixed: str = ""):
    """The newest statements matching the request's filters (a feed follows new statements,
    so a search feed is not ranked by relevance). Raises InvalidFilters if a filter value
    is invalid."""
    params = request.GET.copy()
    params.pop(fixed, None)
    statement_filter = StatementFilter(params, queryset=statements)
    if not statement_filter.is_valid():
        raise InvalidFilters(statement_filter)
    return statement_filter.qs.order_by(*NEWEST_NEWS_FIRST)


class FollowsFormerSlugs(StatementFeed):
    """A feed at a slug its person or topic had before a rename (or a merge) redirects
    subscribers to the current feed, as the page's old address does."""

    url_name: str

    @staticmethod
    def formerly_at(*, slug: str) -> Person | Topic | None:
        raise NotImplementedError

    def __call__(self, request: HttpRequest, slug: str) -> HttpResponse:
        try:
            return super().__call__(request, slug=slug)
        except Http404:
            moved = moved_slug(
                request, slug=slug, url_name=self.url_name, formerly_at=self.formerly_at
            )
            if moved is None:
                raise
            return moved


class PersonFeed(FollowsFormerSlugs):
    url_name = "articles:person-feed"
    formerly_at = staticmethod(selectors.person_formerly_at)

    def get_object(self, request: HttpRequest, slug: str) -> Person:
        self.request = request
        return get_object_or_404(selectors.public_people(), slug=slug)

    def title(self, person: Person) -> str:
        return self.titled(f"quotesdb: statements by {person.name}")

    def link(self, person: Person) -> str:
        return person.get_absolute_url()

    def items(self, person: Person) -> QuerySet[Statement]:
        statements = selectors.listed_statements().filter(person=person)
        return filtered(self.request, statements, fixed="person")[:FEED_SIZE]


class TopicFeed(FollowsFormerSlugs):
    url_name = "articles:topic-feed"
    formerly_at = staticmethod(selectors.topic_formerly_at)

    def get_object(self, request: HttpRequest, slug: str) -> Topic:
        self.request = request
        return get_object_or_404(selectors.public_topics(), slug=slug)

    def title(self, topic: Topic) -> str:
        return self.titled(f"quotesdb: statements on {topic.name}")

    def link(self, topic: Topic) -> str:
        return topic.get_absolute_url()

    def items(self, topic: Topic) -> QuerySet[Statement]:
        statements = selectors.listed_statements().filter(topics=topic)
        return filtered(self.request, statements, fixed="topic")[:FEED_SIZE]


class CountryFeed(StatementFeed):
    def get_object(self, request: HttpRequest, code: str) -> Country:
        self.request = request
        if code.upper() not in countries:
            raise Http404("No such country code.")
        return Country(code=code.upper())

    def title(self, country: Country) -> str:
        return self.titled(f"quotesdb: statements for {country.name}")

    def link(self, country: Country) -> str:
        return reverse("articles:country-detail", args=[country.code.lower()])

    def items(self, country: Country) -> QuerySet[Statement]:
        statements = selectors.listed_statements().filter(country=country.code)
        return filtered(self.request, statements, fixed="country")[:FEED_SIZE]
