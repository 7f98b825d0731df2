"""quotesdb settings. Everything that differs between machines comes from the environment.

DATABASE_URL   default: SQLite file db.sqlite3 in the project folder
SECRET_KEY     required unless DEBUG is on
DEBUG          "1"/"true" turns on debug mode (development only)
ALLOWED_HOSTS  comma-separated host names
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Set SECRET_KEY (or DEBUG=1 for local development).")
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "quotesdb.admin.QuotesdbAdminConfig",  # django.contrib.admin, see quotesdb/admin.py
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "corsheaders",
    "django_countries",
    "django_filters",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_tasks",
    "django_tasks_db",
    "articles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "quotesdb.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "quotesdb.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Migration 0015's covering index (organisation counts read the index alone) is a
# PostgreSQL optimisation; SQLite builds it without the included column, which is all a
# development database needs, so its warning would only be noise at every command.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
# Kosovo has no ISO 3166 code of its own; the attribution module gives its speakers the
# user-assigned XK (as the EU and most news organisations do), which django-countries
# must know for their country page, name and filter.
COUNTRIES_OVERRIDE = {"XK": "Kosovo"}
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Files browsers ask for at the site's root (/favicon.ico), served by WhiteNoise.
WHITENOISE_ROOT = BASE_DIR / "public"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

LOGIN_URL = "admin:login"

# Production hardening; each can be relaxed from the environment (e.g. behind a TLS proxy).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_PROXY") else None
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Articles: the largest body the admin and API accept (characters).
ARTICLE_MAX_CHARS = int(os.environ.get("ARTICLE_MAX_CHARS", "200000"))
# The admin reads a pasted article as URL-encoded form data: up to 12 bytes a character
# (an emoji). Django's default 2.5 MB would refuse an article within the limit before the
# form could say anything; a request beyond this gets the 400 page, which says the limit.
DATA_UPLOAD_MAX_MEMORY_SIZE = max(2_621_440, ARTICLE_MAX_CHARS * 12 + 64 * 1024)
# An article's review page is one form per statement, a dozen fields each (more with
# topics); Django's default of 1,000 fields refused to save an article with ~90 of them.
# Extraction finds about one statement per 170 characters (the reference article): one per
# 100, at 20 fields each, is the bound.
DATA_UPLOAD_MAX_NUMBER_FIELDS = max(1000, ARTICLE_MAX_CHARS // 100 * 20)

# Background work (Django Tasks API). The immediate backend runs extraction in the request,
# so the embedded run needs no worker; set TASKS_BACKEND=database and run
# `manage.py db_worker` in production.
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[os.environ.get("TASKS_BACKEND", "immediate")],
    }
}

# The API (issue 6). Anonymous clients are throttled per IP, editors per account; rates
# are "<number>/<second|minute|hour|day>".
API_ANON_RATE = os.environ.get("API_ANON_RATE", "60/minute")
API_USER_RATE = os.environ.get("API_USER_RATE", "600/minute")

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "articles.api.schema.QuotesdbAutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["articles.api.permissions.ReadOnlyOrModelPermission"],
    "DEFAULT_PAGINATION_CLASS": "articles.api.pagination.BoundedLimitOffsetPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_THROTTLE_CLASSES": [
        "articles.api.throttling.AnonThrottle",
        "articles.api.throttling.EditorThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {"anon": API_ANON_RATE, "user": API_USER_RATE},
    # The client address for anonymous throttling: REMOTE_ADDR, or behind a proxy
    # (BEHIND_PROXY) the address it appends to X-Forwarded-For; never a spoofable header.
    "NUM_PROXIES": 1 if env_bool("BEHIND_PROXY") else 0,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "quotesdb API",
    "DESCRIPTION": (
        "Statements from news articles: who said what, in which role, for which country "
        "and organisation, on which topic.\n\n"
        "**Reading** needs no account and shows published (approved) data only. "
        "**Writing** (submitting articles, reviewing statements) needs an editor's token: "
        "send `Authorization: Token <key>` (an administrator creates one with "
        "`manage.py api_token USERNAME`).\n\n"
        f"**Limits**: anonymous clients may make {API_ANON_RATE} requests per IP address, "
        f"authenticated editors {API_USER_RATE}; beyond that the API answers "
        "`429 Too Many Requests` with a `Retry-After` header (seconds). Pages hold at most "
        "100 items. Statements are paged with an opaque cursor (follow `next`), so pages "
        "stay stable while new statements are published.\n\n"
        '**Errors** are JSON: `{"detail": "..."}`, or for invalid input '
        '`{"field": ["message", ...]}` with status 400.'
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # No badge from the online validator: the documentation loads nothing from elsewhere.
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "StatementKindEnum": "articles.models.Statement.Kind",
        "PersonKindEnum": "articles.models.Person.Kind",
    },
}

# Read-only cross-origin API access, only for the origins configured.
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["Retry-After"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
