from rest_framework.routers import DefaultRouter

from articles.api import views

router = DefaultRouter()
router.register("statements", views.StatementViewSet, basename="statement")

urlpatterns = router.urls
