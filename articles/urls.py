from django.urls import path

from articles import views

app_name = "articles"

urlpatterns = [
    path("", views.statement_list, name="statement-list"),
    path("statements/<int:pk>/", views.statement_detail, name="statement-detail"),
    path("people/<slug:slug>/", views.person_detail, name="person-detail"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic-detail"),
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
]
