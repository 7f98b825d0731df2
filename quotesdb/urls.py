from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "quotesdb editors"
admin.site.site_title = "quotesdb"
admin.site.index_title = "Curate articles, statements, people and topics"

# A request Django refuses before any view (too large to read, malformed): a site page.
handler400 = "articles.views.bad_request"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("articles.api.urls")),
    path("", include("articles.urls")),
]
