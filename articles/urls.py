from django.contrib.sitemaps import views as sitemap_views
from django.urls import path
from django.views.generic import TemplateView

from articles import feeds, views
from articles.sitemaps import SITEMAPS

app_name = "articles"

urlpatterns = [
    path("", views.statement_list, name="statement-list"),
    path("feed/", feeds.StatementFeed(), name="statement-feed"),
    path("statements.csv", views.statement_export, name="statement-export"),
    path("statements/<int:pk>/", views.statement_detail, name="statement-detail"),
    path("people/", views.people_index, name="people-index"),
    path("people/<slug:slug>/", views.person_detail, name="person-detail"),
    path("people/<slug:slug>/feed/", feeds.PersonFeed(), name="person-feed"),
    path("countries/", views.countries_index, name="countries-index"),
    path("countries/<str:code>/", views.country_detail, name="country-detail"),
    path("countries/<str:code>/feed/", feeds.CountryFeed(), name="country-feed"),
    path("topics/", views.topics_index, name="topics-index"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic-detail"),
    path("topics/<slug:slug>/feed/", feeds.TopicFeed(), name="topic-feed"),
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "articles:sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="articles/robots.txt", content_type="text/plain"),
        name="robots",
    ),
]
