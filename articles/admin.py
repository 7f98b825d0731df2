"""The editors' workspace. Thin: saving goes through articles.services."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.html import format_html

from articles import services
from articles.models import Article, Person, PersonAlias, Statement, Topic


class ArticleAddForm(forms.ModelForm):
    # A URL pasted without a scheme is taken as https.
    url = forms.URLField(label="URL", required=False, max_length=1000, assume_scheme="https")

    class Meta:
        model = Article
        fields = ["headline", "outlet", "published_on", "url", "byline", "dateline", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 30, "cols": 100})}

    def clean_body(self):
        body = self.cleaned_data["body"]
        try:
            services.validate_article_body(body)
        except services.ArticleRejected as exc:
            raise ValidationError(str(exc)) from exc
        return body

    def clean(self):
        cleaned = super().clean()
        body = cleaned.get("body")
        if body:
            existing, reason = services.find_duplicate_article(
                body=body, url=cleaned.get("url") or "", exclude_pk=self.instance.pk
            )
            if existing:
                raise ValidationError(
                    format_html(
                        'This article is already in the database ({}): <a href="{}">{}</a>.',
                        reason,
                        f"../{existing.pk}/change/" if not self.instance.pk else "",
                        existing,
                    )
                )
        return cleaned


class StatementInline(admin.StackedInline):
    model = Statement
    extra = 0
    fields = [
        ("quote", "kind"),
        ("person", "speaker_name", "source", "cue"),
        ("role", "country", "organization"),
        "topics",
        ("confidence", "status"),
    ]
    autocomplete_fields = ["person"]
    filter_horizontal = ["topics"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "published_on", "extraction_status", "created_at"]
    list_filter = ["extraction_status", "outlet"]
    search_fields = ["headline", "body", "url"]
    date_hierarchy = "published_on"
    readonly_fields = ["extraction_status", "extraction_error", "extractor_version", "extracted_at"]
    inlines = [StatementInline]

    def get_form(self, request, obj=None, **kwargs):
        if obj is None:
            kwargs["form"] = ArticleAddForm
        return super().get_form(request, obj, **kwargs)

    def get_inlines(self, request, obj):
        return self.inlines if obj else []

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        data = {field: form.cleaned_data.get(field) for field in ArticleAddForm.Meta.fields}
        data["url"] = data["url"] or ""
        article = services.create_article(**data, created_by=request.user)
        form.instance = article
        obj.pk = article.pk

    def response_add(self, request, obj, post_url_continue=None):
        obj.refresh_from_db()
        if obj.extraction_status == Article.ExtractionStatus.FAILED:
            self.message_user(
                request, f"Extraction failed: {obj.extraction_error}", level=messages.ERROR
            )
        return super().response_add(request, obj, post_url_continue)


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    extra = 1
    fields = ["name"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "role", "country", "organization"]
    list_filter = ["kind", "country", "organization"]
    search_fields = ["name", "aliases__name", "role", "organization"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PersonAliasInline]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "keywords"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "person", "country", "status", "confidence"]
    list_filter = ["status", "kind", "country"]
    search_fields = ["quote", "speaker_name", "source"]
    autocomplete_fields = ["person"]
    list_select_related = ["person", "article"]
