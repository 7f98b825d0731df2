from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from articles.api import views
from articles.api.docs import SelfContainedRedocView

app_name = "api"

router = DefaultRouter()
router.register("statements", views.StatementViewSet, basename="statement")
router.register("articles", views.ArticleViewSet, basename="article")
router.register("people", views.PersonViewSet, basename="person")
router.register("countries", views.CountryViewSet, basename="country")
router.register("topics", views.TopicViewSet, basename="topic")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="swagger-ui"),
    path("redoc/", SelfContainedRedocView.as_view(url_name="api:schema"), name="redoc"),
    *router.urls,
    # Anything else under /api/ (ending in a slash, so APPEND_SLASH still redirects
    # /api/statements) is a JSON 404 like the API's other errors, not the HTML page.
    re_path(r"^[\s\S]*/$", views.not_found),
]
