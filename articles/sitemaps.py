"""sitemap.xml: the list and index pages, every published statement, person, topic and
country page."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from articles import selectors
from articles.models import Person, Statement, Topic


class PagesSitemap(Sitemap):
    changefreq = "daily"

    def items(self) -> list[str]:
        return [
            "articles:statement-list",
            "articles:people-index",
            "articles:countries-index",
            "articles:topics-index",
        ]

    def location(self, name: str) -> str:
        return reverse(name)


class StatementSitemap(Sitemap):
    changefreq = "monthly"
    limit = 10_000  # URLs per sitemap page; 50,000 (the maximum) takes seconds to render

    def items(self):
        return (
            Statement.objects.filter(status=Statement.ReviewStatus.APPROVED)
            .only("id", "updated_at")
            .order_by("id")
        )

    def lastmod(self, statement: Statement):
        return statement.updated_at

    def get_latest_lastmod(self):
        # The default walks every item in Python; one aggregate instead.
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class PersonSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return selectors.public_people().only("slug", "updated_at").order_by("id")

    def lastmod(self, person: Person):
        return person.updated_at

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class TopicSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return selectors.public_topics_with_counts().filter(statement_count__gt=0).order_by("id")

    def lastmod(self, topic: Topic):
        return topic.updated_at


class CountrySitemap(Sitemap):
    changefreq = "weekly"

    def items(self) -> list[str]:
        return [country.code for country in selectors.public_countries_with_counts()]

    def location(self, code: str) -> str:
        return reverse("articles:country-detail", args=[code.lower()])


SITEMAPS = {
    "pages": PagesSitemap,
    "statements": StatementSitemap,
    "people": PersonSitemap,
    "topics": TopicSitemap,
    "countries": CountrySitemap,
}
