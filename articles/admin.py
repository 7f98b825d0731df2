"""The editors' workspace. Thin: every write goes through articles.services, and every
change, bulk ones included, is written to the admin log so each object's history shows it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.models import CHANGE, DELETION, LogEntry
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_POST
from django_countries import countries

from articles import attribution, selectors, services
from articles.filters import CountryCodeField
from articles.models import (
    NEWEST_NEWS_FIRST,
    Article,
    Person,
    PersonAlias,
    Statement,
    Topic,
    normalize_name,
)
from articles.topics import paragraph_bounds

APPROVED = Statement.ReviewStatus.APPROVED
SUGGESTED = Statement.ReviewStatus.SUGGESTED
EDITORIAL_CSS = {"all": ["admin/quotesdb/editorial.css"]}


def log_changes(request, objects: Iterable[models.Model], message: str) -> None:
    """One admin-log entry per object, in one insert (bulk actions bypass ModelAdmin.log_*)."""
    LogEntry.objects.log_actions(
        user_id=request.user.pk, queryset=list(objects), action_flag=CHANGE, change_message=message
    )


def status_badge(status: str, label: str) -> SafeString:
    return format_html('<span class="qdb-badge qdb-{}">{}</span>', status, label)


def highlighted_text(body: str, statements: Sequence[Statement]) -> SafeString:
    """The article text, escaped, with each statement's span in a <mark> that links to the
    statement's inline form (statements in inline order: by start)."""
    parts, cursor = [], 0
    for index, statement in enumerate(statements):
        start = max(statement.start, cursor)  # an overlapping span is shown from where it frees
        if statement.end <= start:
            continue
        speaker = statement.speaker_name or statement.source or "unknown source"
        parts.append(escape(body[cursor:start]))
        parts.append(
            format_html(
                '<a class="qdb-mark qdb-{}" href="#statements-{}" title="{} · {} · {} · {}">'
                "<mark>{}</mark></a>",
                statement.status,
                index,
                speaker,
                statement.get_kind_display(),
                statement.get_status_display(),
                f"{statement.confidence:.0%}",
                body[start : statement.end],
            )
        )
        cursor = statement.end
    parts.append(escape(body[cursor:]))
    return format_html('<div class="qdb-article-text">{}</div>', mark_safe("".join(parts)))


def correct_from_form(form: forms.ModelForm) -> Statement:
    """Save an editor's edit of a statement through correct_statement, which marks it edited
    (re-extraction keeps it) and learns the mention as an alias when the speaker changes."""
    changed = set(form.changed_data)
    changes = {field: form.cleaned_data[field] for field in changed - {"topics"}}
    topics = form.cleaned_data["topics"] if "topics" in changed else None
    stored = Statement.objects.select_related("person").get(pk=form.instance.pk)
    return services.correct_statement(statement=stored, topics=topics, **changes)


# Articles -------------------------------------------------------------------------------


class ArticleForm(forms.ModelForm):
    # A URL pasted without a scheme is taken as https.
    url = forms.URLField(label="URL", required=False, max_length=1000, assume_scheme="https")

    class Meta:
        model = Article
        fields = ["headline", "outlet", "published_on", "url", "byline", "dateline", "body"]
        widgets = {
            "body": forms.Textarea(
                attrs={"rows": 30, "cols": 100, "placeholder": "Paste the article text here."}
            )
        }

    def clean_body(self):
        body = self.cleaned_data["body"]
        try:
            services.validate_article_body(body)
        except services.ArticleRejected as exc:
            raise ValidationError(str(exc)) from exc
        return body

    def clean(self):
        cleaned = super().clean()
        body = cleaned.get("body", self.instance.body)
        if body:
            existing, reason = services.find_duplicate_article(
                body=body, url=cleaned.get("url") or "", exclude_pk=self.instance.pk
            )
            if existing:
                raise ValidationError(
                    format_html(
                        'This article is already in the database ({}): <a href="{}">{}</a>.',
                        reason,
                        reverse("admin:articles_article_change", args=[existing.pk]),
                        existing,
                    )
                )
        return cleaned


class ApproveConfidentForm(forms.Form):
    min_confidence = forms.FloatField(min_value=0, max_value=1)


class PreloadedSelectionMixin:
    """An autocomplete widget that shows the selected options from objects the form already
    holds, instead of Django's one query per widget (per inline form, here)."""

    preloaded: dict[str, models.Model] | None = None

    def optgroups(self, name, value, attr=None):
        selected = [str(v) for v in value if str(v) not in self.choices.field.empty_values]
        if self.preloaded is None or any(v not in self.preloaded for v in selected):
            return super().optgroups(name, value, attr)  # e.g. values posted back with errors
        options = []
        if not self.is_required and not self.allow_multiple_selected:
            options.append(self.create_option(name, "", "", False, 0))
        for v in selected:
            label = self.choices.field.label_from_instance(self.preloaded[v])
            options.append(self.create_option(name, v, label, True, len(options)))
        return [(None, options, 0)]


class PreloadedAutocompleteSelect(PreloadedSelectionMixin, AutocompleteSelect):
    pass


class PreloadedAutocompleteSelectMultiple(PreloadedSelectionMixin, AutocompleteSelectMultiple):
    pass


class StatementInlineForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].label_from_instance = person_label
        statement = self.instance
        if statement.pk:  # speaker joined and topics prefetched by StatementInline
            people = [statement.person] if statement.person else []
            self.preload("person", people)
            self.preload("topics", statement.topics.all())

    def preload(self, field: str, objects: Iterable[models.Model]) -> None:
        widget = self.fields[field].widget
        widget = getattr(widget, "widget", widget)  # inside the admin's related-object wrapper
        widget.preloaded = {str(obj.pk): obj for obj in objects}


def person_label(person: Person) -> str:
    """A speaker as editors choose one: two people may share a name, so their current role
    and country tell them apart ("John Smith (Mayor of Leeds, United Kingdom)")."""
    details = [detail for detail in (person.role, person.country.name) if detail]
    return f"{person.name} ({', '.join(details)})" if details else person.name


def confidence_percent(statement: Statement) -> str:
    """Confidence as editors read it everywhere: in the list, the marks and the review
    forms (and as the 'Approve all with confidence' box takes it, 0.9 = 90%)."""
    return f"{statement.confidence:.0%}"


def statement_permalink(statement: Statement) -> str | None:
    """A statement's "View on site" link, once it is published (the public sees no other)."""
    return statement.get_absolute_url() if statement.status == APPROVED else None


# The <datalist> of countries the review forms' country boxes share (change_form.html).
COUNTRY_LIST_ID = "qdb-countries"


class StatementInline(admin.StackedInline):
    """The article's statements in text order; editing one goes through correct_statement."""

    model = Statement
    extra = 0
    can_delete = False  # reject instead: a deleted statement would come back on re-extraction
    show_change_link = True
    fields = [
        "quote",
        ("kind", "status", "confidence_percent"),
        ("person", "speaker_name", "source"),
        ("role", "country", "organization"),
        "topics",
    ]
    readonly_fields = ["confidence_percent"]
    form = StatementInlineForm
    view_on_site = staticmethod(statement_permalink)

    @admin.display(description="Confidence")
    def confidence_percent(self, obj):
        return confidence_percent(obj)

    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 3})}}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "country":
            # A code box offering the page's one list of countries (COUNTRY_LIST_ID, in the
            # article's change form): a 250-option dropdown per statement weighed ~20 KB.
            return CountryCodeField(
                choices=[("", ""), *countries],
                required=False,
                label=db_field.verbose_name.capitalize(),
                help_text=db_field.help_text,
                widget=forms.TextInput(
                    attrs={"list": COUNTRY_LIST_ID, "size": 4, "autocomplete": "off"}
                ),
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "person":
            kwargs["widget"] = PreloadedAutocompleteSelect(db_field, self.admin_site)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "topics":
            kwargs["widget"] = PreloadedAutocompleteSelectMultiple(db_field, self.admin_site)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def has_add_permission(self, request, obj=None):
        return False  # statements come from extraction, with their offsets in the text

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("person")
            .prefetch_related("topics")
            .order_by("start", "id")
        )


class CountryPresentFilter(admin.SimpleListFilter):
    """The countries present (not all 250), by name: "United Arab Emirates", not "AE"."""

    title = "country"
    parameter_name = "country"

    def lookups(self, request, model_admin):
        codes = (
            model_admin.model.objects.exclude(country="")
            .order_by()
            .values_list("country", flat=True)
            .distinct()
        )
        return sorted(((code, countries.name(code) or code) for code in codes), key=lambda c: c[1])

    def queryset(self, request, queryset):
        return queryset.filter(country=self.value()) if self.value() else queryset


class UnusedPeopleFilter(admin.SimpleListFilter):
    """People extraction created that nothing uses any more (a misspelt speaker after a
    correction): to find and delete them with the list action."""

    title = "statements"
    parameter_name = "statements"

    def lookups(self, request, model_admin):
        return [("unused", "None: unused, made by extraction")]

    def queryset(self, request, queryset):
        if self.value() == "unused":
            return selectors.unused_extracted_people(people=queryset)
        return queryset


class ExtractorVersionFilter(admin.SimpleListFilter):
    """After an upgrade of the attribution module: which articles it has not yet processed
    (re-extract them with the list action or `manage.py reextract`)."""

    title = "extractor"
    parameter_name = "extractor"

    def lookups(self, request, model_admin):
        return [
            ("current", f"Current ({attribution.EXTRACTOR_VERSION})"),
            ("outdated", "Needs extraction"),
        ]

    def queryset(self, request, queryset):
        needing = selectors.articles_needing_extraction().values("pk")
        if self.value() == "outdated":
            return queryset.filter(pk__in=needing)
        if self.value() == "current":
            return queryset.exclude(pk__in=needing)
        return queryset


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleForm
    list_display = [
        "__str__",
        "outlet",
        "published_on",
        "status",
        "statement_count",
        "suggested_count",
        "approved_count",
        "created_by",
        "created_at",
    ]
    list_filter = ["extraction_status", ExtractorVersionFilter, "outlet", "created_by"]
    search_fields = ["headline", "body", "url"]
    date_hierarchy = "published_on"
    readonly_fields = [
        "status",
        "review_progress",
        "extraction_error",
        "extractor_version",
        "extracted_at",
        "created_by",
        "highlighted_body",
    ]
    inlines = [StatementInline]
    actions = ["reextract_selected"]

    class Media:
        css = EDITORIAL_CSS

    def get_fieldsets(self, request, obj=None):
        details = ["headline", "outlet", "published_on", "url", "byline", "dateline"]
        if obj is None:
            return [(None, {"fields": [*details, "body"]})]
        return [
            (None, {"fields": details}),
            (
                "Extraction",
                {
                    "fields": [
                        "status",
                        "review_progress",
                        "extraction_error",
                        "extractor_version",
                        "extracted_at",
                    ]
                },
            ),
            ("Text with statements highlighted", {"fields": ["highlighted_body"]}),
            ("History", {"fields": ["created_by"], "classes": ["collapse"]}),
        ]

    def get_inlines(self, request, obj):
        return self.inlines if obj else []

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("created_by")
            .annotate(
                statement_total=Count("statements"),
                suggested_total=Count("statements", filter=Q(statements__status=SUGGESTED)),
                approved_total=Count("statements", filter=Q(statements__status=APPROVED)),
            )
        )

    @admin.display(description="Statements", ordering="statement_total")
    def statement_count(self, obj):
        return obj.statement_total

    def view_on_site(self, obj):
        """The public page, once there is one: an article with a published statement."""
        return obj.get_absolute_url() if obj.approved_total else None

    @admin.display(description="To review", ordering="suggested_total")
    def suggested_count(self, obj):
        return obj.suggested_total

    @admin.display(description="Approved", ordering="approved_total")
    def approved_count(self, obj):
        return obj.approved_total

    @admin.display(description="Extraction", ordering="extraction_status")
    def status(self, obj):
        return status_badge(obj.extraction_status, obj.get_extraction_status_display())

    @admin.display(description="Review")
    def review_progress(self, obj):
        if obj.extraction_status == Article.ExtractionStatus.PENDING:
            return "Queued: with the database task backend it runs when `manage.py db_worker` does."
        if obj.extraction_status == Article.ExtractionStatus.FAILED and not obj.statement_total:
            return "No statements: extraction failed (the error is below)."
        rejected = obj.statement_total - obj.suggested_total - obj.approved_total
        return (
            f"{obj.statement_total} statements: {obj.suggested_total} to review, "
            f"{obj.approved_total} approved (public), {rejected} rejected."
        )

    @admin.display(description="Article text")
    def highlighted_body(self, obj):
        return highlighted_text(obj.body, list(obj.statements.order_by("start", "id")))

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and request.method == "GET" and obj.extraction_error:
            # Said where the editor looks first, not only in the Extraction section below.
            self.message_user(
                request,
                f"Extraction failed: {obj.extraction_error} The article is saved; use "
                "Re-extract to try again (reviewed statements are kept).",
                messages.ERROR,
            )
        context["country_list"] = {"id": COUNTRY_LIST_ID, "countries": list(countries)}
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        if change:
            services.save_article(article=obj)
            return
        data = {field: form.cleaned_data.get(field) for field in ArticleForm.Meta.fields}
        data["url"] = data["url"] or ""
        article = services.create_article(**data, created_by=request.user)
        obj.pk, obj.content_hash, obj.created_by = article.pk, article.content_hash, request.user
        form.instance = article

    def save_formset(self, request, form, formset, change):
        if formset.model is not Statement:
            super().save_formset(request, form, formset, change)
            return
        changed = [f for f in formset.forms if f.instance.pk and f.has_changed()]
        for statement_form in changed:
            statement = correct_from_form(statement_form)
            # The article's log says it too, but each statement keeps its own history.
            fields = ", ".join(statement_form.changed_data)
            log_changes(request, [statement], f"Changed {fields} on the article page.")
        # What ModelAdmin.construct_change_message reads to write the admin log.
        formset.new_objects, formset.deleted_objects = [], []
        formset.changed_objects = [(f.instance, f.changed_data) for f in changed]

    def response_add(self, request, obj, post_url_continue=None):
        # Straight to review: the change page shows the extraction status and statements.
        response = super().response_add(request, obj, post_url_continue)
        if "_addanother" in request.POST:
            return response
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=[obj.pk]))

    # Re-extraction and "approve all with confidence ≥ X" -------------------------------

    @admin.action(description="Re-extract selected articles (keeps editors' work)")
    def reextract_selected(self, request, queryset):
        articles = list(queryset)
        for article in articles:
            services.request_extraction(article=article)
        log_changes(request, articles, "Re-extraction requested.")
        self.message_user(request, f"Re-extraction queued for {len(articles)} article(s).")

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path(
                "<int:object_id>/reextract/",
                view(self.reextract_view),
                name="articles_article_reextract",
            ),
            path(
                "<int:object_id>/approve-confident/",
                view(self.approve_confident_view),
                name="articles_article_approve_confident",
            ),
            *super().get_urls(),
        ]

    def changeable_article(self, request, object_id: int) -> Article:
        article = get_object_or_404(Article, pk=object_id)
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        return article

    def redirect_to_article(self, article: Article) -> HttpResponseRedirect:
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))

    @method_decorator(require_POST)
    def reextract_view(self, request, object_id: int):
        article = self.changeable_article(request, object_id)
        services.request_extraction(article=article)
        log_changes(request, [article], "Re-extraction requested.")
        self.message_user(
            request, "Re-extraction queued: approved, rejected and edited statements are kept."
        )
        return self.redirect_to_article(article)

    @method_decorator(require_POST)
    def approve_confident_view(self, request, object_id: int):
        article = self.changeable_article(request, object_id)
        form = ApproveConfidentForm(request.POST)
        if not form.is_valid():
            self.message_user(request, "Give a confidence between 0 and 1.", messages.ERROR)
            return self.redirect_to_article(article)
        min_confidence = form.cleaned_data["min_confidence"]
        with transaction.atomic():
            to_approve = list(
                article.statements.filter(status=SUGGESTED, confidence__gte=min_confidence)
            )
            approved = services.approve_confident_statements(
                article=article, min_confidence=min_confidence
            )
            message = f"Approved {approved} statement(s) with confidence ≥ {min_confidence:g}."
            log_changes(request, to_approve, f"Approved (confidence ≥ {min_confidence:g}).")
            log_changes(request, [article], message)
        self.message_user(request, message)
        return self.redirect_to_article(article)


# Statements -----------------------------------------------------------------------------


class StatementForm(forms.ModelForm):
    class Meta:
        model = Statement
        fields = [*services.EDITABLE_STATEMENT_FIELDS, "topics"]
        widgets = {"quote": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].label_from_instance = person_label


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    form = StatementForm
    list_display = [
        "short_quote",
        "speaker",
        "article",
        "kind",
        "topic_list",
        "confidence_percent",
        "review_status",
        "edited_by_editor",
    ]
    list_display_links = ["short_quote"]
    list_filter = [
        "status",
        "kind",
        "edited_by_editor",
        "topics",
        CountryPresentFilter,
    ]
    # An article's statements (the article page links here) read in text order.
    ordering = ["-published_on", "article", "start"]
    search_fields = ["quote", "speaker_name", "source", "person__name"]
    autocomplete_fields = ["person", "topics"]
    list_select_related = ["person", "article"]
    readonly_fields = ["article_link", "in_context", "confidence_percent", "edited_by_editor"]
    fieldsets = [
        (None, {"fields": ["article_link", "in_context"]}),
        (None, {"fields": ["quote", ("kind", "status", "confidence_percent")]}),
        ("Speaker", {"fields": [("person", "speaker_name", "source", "cue")]}),
        ("As of this statement", {"fields": [("role", "country", "organization")]}),
        (None, {"fields": ["topics", "edited_by_editor"]}),
    ]
    actions = ["approve_selected", "reject_selected"]

    class Media:
        css = EDITORIAL_CSS

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("topics")

    def has_add_permission(self, request):
        return False  # statements come from extraction, with their offsets in the text

    view_on_site = staticmethod(statement_permalink)

    @admin.display(description="Quote", ordering="quote")
    def short_quote(self, obj):
        return short_quote(obj)

    @admin.display(description="Confidence", ordering="confidence")
    def confidence_percent(self, obj):
        return confidence_percent(obj)

    @admin.display(description="Status", ordering="status")
    def review_status(self, obj):
        return status_badge(obj.status, obj.get_status_display())

    @admin.display(description="Speaker", ordering="speaker_name")
    def speaker(self, obj):
        return obj.person or obj.source or "—"

    @admin.display(description="Topics")
    def topic_list(self, obj):
        return ", ".join(topic.name for topic in obj.topics.all())

    @admin.display(description="In the article")
    def in_context(self, obj):
        """The statement's paragraph with the statement highlighted."""
        body = obj.article.body
        first, last = paragraph_bounds(body, obj.start, obj.end)
        return format_html(
            '<div class="qdb-article-text">{}<mark>{}</mark>{}</div>',
            body[first : obj.start].lstrip(),
            body[obj.start : obj.end],
            body[obj.end : last].rstrip(),
        )

    @admin.display(description="Article")
    def article_link(self, obj):
        url = reverse("admin:articles_article_change", args=[obj.article_id])
        return format_html('<a href="{}#statements">{}</a>', url, obj.article)

    def save_model(self, request, obj, form, change):
        form.instance = correct_from_form(form)

    def save_related(self, request, form, formsets, change):
        pass  # topics were saved by correct_statement; statements have no inlines

    @admin.action(description="Approve selected statements (publish)", permissions=["change"])
    def approve_selected(self, request, queryset):
        self.change_status(request, queryset, services.approve_statements, "Approved")

    @admin.action(description="Reject selected statements", permissions=["change"])
    def reject_selected(self, request, queryset):
        self.change_status(request, queryset, services.reject_statements, "Rejected")

    def change_status(self, request, queryset, service, verb: str) -> None:
        target = APPROVED if verb == "Approved" else Statement.ReviewStatus.REJECTED
        with transaction.atomic():
            changing = list(queryset.exclude(status=target))
            count = service(statements=queryset)
            log_changes(request, changing, f"{verb}.")
        self.message_user(request, f"{verb} {count} statement(s).")


# People ---------------------------------------------------------------------------------


def _slug_help(path: str) -> dict[str, str]:
    """The slug field's help text (the admin shows help texts as HTML)."""
    return {
        "slug": escape(
            f"The public address /{path}/<slug>/. "
            "After a change the old address keeps redirecting here."
        )
    }


class RedirectingSlugForm(forms.ModelForm):
    """A person's or topic's form: the slug must be nobody else's, now or formerly (an old
    one redirects for ever)."""

    def check_slug_available(self, slug: str) -> None:
        raise NotImplementedError

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        try:
            self.check_slug_available(slug)
        except services.SlugTaken as exc:
            raise ValidationError(str(exc)) from exc
        return slug


class PersonForm(RedirectingSlugForm):
    class Meta:
        model = Person
        fields = ["name", "slug", "kind", "role", "country", "organization"]
        help_texts = _slug_help("people")

    def check_slug_available(self, slug: str) -> None:
        services.check_person_slug_available(slug=slug, person=self.instance)


class PersonAliasForm(forms.ModelForm):
    class Meta:
        model = PersonAlias
        fields = ["name"]

    def clean_name(self):
        name = self.cleaned_data["name"]
        # The inline formset gives each row its person (unsaved on the add page).
        person = getattr(self.instance, "person", None)
        try:
            services.check_alias_available(name=name, person=person)
        except services.AliasTaken as exc:
            raise ValidationError(str(exc)) from exc
        return name


class PersonAliasFormSet(forms.BaseInlineFormSet):
    def clean(self):
        """Two rows of the form that are one spelling ("Kalas", "KALAS") would collide."""
        super().clean()
        seen: dict[str, str] = {}
        for form in self.forms:
            name = form.cleaned_data.get("name") if form.is_valid() else None
            if not name or self.can_delete and self._should_delete_form(form):
                continue
            key = normalize_name(name)
            if key in seen:
                raise ValidationError(f"“{seen[key]}” and “{name}” are one spelling, given twice.")
            seen[key] = name


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    form = PersonAliasForm
    formset = PersonAliasFormSet
    extra = 1
    fields = ["name"]


# Statements listed on a person's page; the rest are one link away, in the statement list.
PERSON_PAGE_STATEMENTS = 20


def short_quote(statement: Statement) -> str:
    return statement.quote if len(statement.quote) <= 90 else statement.quote[:89] + "…"


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    form = PersonForm
    list_display = [
        "name",
        "kind",
        "role",
        "country",
        "organization",
        "statement_count",
        "approved_count",
    ]
    list_filter = ["kind", CountryPresentFilter, "organization", UnusedPeopleFilter]
    search_fields = ["name", "aliases__name", "role", "organization"]
    prepopulated_fields = {"slug": ["name"]}
    # What the person said is shown read-only, the latest only: an inline form of every
    # statement (two hidden fields each) could not be saved past ~500 statements.
    readonly_fields = ["latest_statements"]
    inlines = [PersonAliasInline]
    actions = ["merge_selected", "delete_unused_selected"]

    class Media:
        css = EDITORIAL_CSS

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                # distinct: a search over aliases joins them, which would repeat statements
                statement_total=Count("statements", distinct=True),
                approved_total=Count(
                    "statements", filter=Q(statements__status=APPROVED), distinct=True
                ),
            )
            # A GROUP BY drops the model's ordering; the speaker boxes page through this
            # (the list orders it its own way).
            .order_by("name", "pk")
        )

    @admin.display(description="Statements", ordering="statement_total")
    def statement_count(self, obj):
        return obj.statement_total

    def get_fieldsets(self, request, obj=None):
        details = (None, {"fields": ["name", "slug", "kind", "role", "country", "organization"]})
        if obj is None:
            return [details]
        return [details, ("Statements", {"fields": ["latest_statements"]})]

    @admin.display(description="Latest")
    def latest_statements(self, obj):
        """The latest statements (edited from their article or the statement list), and a
        link to all of them in the statement list."""
        statements = obj.statements.select_related("article").order_by(*NEWEST_NEWS_FIRST)
        rows = format_html_join(
            "",
            '<tr><td><a href="{}">{}</a></td><td>{}</td><td>{}</td><td>{}</td></tr>',
            (
                (
                    reverse("admin:articles_statement_change", args=[statement.pk]),
                    short_quote(statement),
                    statement.article,
                    statement.published_on or "—",
                    status_badge(statement.status, statement.get_status_display()),
                )
                for statement in statements[:PERSON_PAGE_STATEMENTS]
            ),
        )
        total = obj.statement_total
        every = format_html(
            '<a href="{}?person__id__exact={}">All {} statement{}</a>',
            reverse("admin:articles_statement_changelist"),
            obj.pk,
            total,
            "" if total == 1 else "s",
        )
        return format_html(
            '<table class="qdb-person-statements"><thead><tr><th>Quote</th><th>Article</th>'
            "<th>Published on</th><th>Status</th></tr></thead><tbody>{}</tbody></table>"
            "<p>{}</p>",
            rows,
            every,
        )

    @admin.display(description="Published", ordering="approved_total")
    def approved_count(self, obj):
        return obj.approved_total

    def autocomplete_label(self, person: Person) -> str:
        """How the speaker boxes list a person (quotesdb.admin.LabelledAutocompleteJsonView)."""
        return person_label(person)

    def view_on_site(self, obj):
        """The public page, once there is one: a person with a published statement."""
        return obj.get_absolute_url() if obj.approved_total else None

    def save_model(self, request, obj, form, change):
        services.save_person(person=obj)

    @admin.action(description="Merge selected people into one", permissions=["change"])
    def merge_selected(self, request, queryset):
        people = list(queryset.order_by("-statement_total", "name"))
        if len(people) < 2:
            self.message_user(request, "Select at least two people to merge.", messages.WARNING)
            return None
        survivor_id = request.POST.get("survivor")
        survivor = next((p for p in people if str(p.pk) == survivor_id), None)
        if survivor is None:
            return TemplateResponse(
                request,
                "admin/articles/person/merge.html",
                {
                    **self.admin_site.each_context(request),
                    "title": "Merge people",
                    "opts": self.opts,
                    "people": people,
                    "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
                    "media": self.media,
                },
            )
        merged = [person for person in people if person.pk != survivor.pk]
        with transaction.atomic():
            # Logged first: a deleted object no longer has its primary key.
            LogEntry.objects.log_actions(
                user_id=request.user.pk,
                queryset=merged,
                action_flag=DELETION,
                change_message=f"Merged into {survivor} (#{survivor.pk}).",
            )
            names = ", ".join(f"{p} (/people/{p.slug}/)" for p in merged)
            for person in merged:
                services.merge_people(survivor=survivor, merged=person)
            log_changes(request, [survivor], f"Merged {names} into this person.")
        self.message_user(request, f"Merged {names} into {survivor}.")
        return None

    @admin.action(
        description="Delete selected people extraction created that nothing uses",
        permissions=["change"],
    )
    def delete_unused_selected(self, request, queryset):
        """Only people selectors.unused_extracted_people finds go; anyone with statements,
        other spellings, a former address or added by an editor stays, selected or not."""
        with transaction.atomic():
            deleted = services.delete_unused_people(people=queryset.order_by())
            LogEntry.objects.log_actions(
                user_id=request.user.pk,
                queryset=deleted,
                action_flag=DELETION,
                change_message="Deleted: created by extraction, no longer used.",
            )
        kept = queryset.count()
        names = ", ".join(person.name for person in deleted)
        people = "person" if len(deleted) == 1 else "people"
        message = (
            f"Deleted {len(deleted)} {people} nothing uses: {names}."
            if deleted
            else "Deleted no one: nothing selected is unused."
        )
        if kept:
            message += (
                f" Kept {kept} that have statements, other names, old addresses or were added "
                "by an editor."
            )
        self.message_user(request, message)


# Topics ---------------------------------------------------------------------------------


class TopicForm(RedirectingSlugForm):
    class Meta:
        model = Topic
        fields = ["name", "slug", "description", "keywords"]
        help_texts = _slug_help("topics")

    def check_slug_available(self, slug: str) -> None:
        services.check_topic_slug_available(slug=slug, topic=self.instance)


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    form = TopicForm
    list_display = ["name", "slug", "keyword_count", "statement_count"]
    search_fields = ["name", "keywords", "description"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "slug", "description", "keywords"]

    def get_queryset(self, request):
        # ordered: a GROUP BY drops the model's ordering, and the topic boxes page through it
        return (
            super()
            .get_queryset(request)
            .annotate(statement_total=Count("statements"))
            .order_by("name", "pk")
        )

    @admin.display(description="Keywords")
    def keyword_count(self, obj):
        return len(obj.keyword_list)

    @admin.display(description="Statements", ordering="statement_total")
    def statement_count(self, obj):
        return obj.statement_total

    def save_model(self, request, obj, form, change):
        services.save_topic(topic=obj)
