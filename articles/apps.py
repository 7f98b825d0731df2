from django.apps import AppConfig
from django.db.backends.signals import connection_created


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Articles and statements"

    def ready(self) -> None:
        from articles.search import register_fold_function

        # SQLite's accent-insensitive search fallback (articles.search.fold).
        connection_created.connect(register_fold_function, dispatch_uid="quotesdb_fold")
