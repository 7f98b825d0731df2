"""Writes: every change to articles, statements and people goes through these functions.

The admin, the API, management commands and tests all call them, so behaviour is the same
wherever an article comes from.
"""

from __future__ import annotations

import datetime as dt
import difflib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.text import slugify

from articles import attribution, selectors
from articles.models import (
    Article,
    Person,
    PersonAlias,
    PersonSlugHistory,
    Statement,
    Topic,
    TopicSlugHistory,
    body_hash,
    normalize_name,
)
from articles.quote_context import SentenceIndex
from articles.topics import TopicSuggester, paragraph_around

logger = logging.getLogger(__name__)

# Names this similar (difflib ratio on normalized names) are taken as typos of each other.
FUZZY_NAME_THRESHOLD = 0.9


class ArticleRejected(ValueError):
    """The article cannot be accepted as given; the message says why."""


class DuplicateArticle(ArticleRejected):
    def __init__(self, existing: Article, reason: str):
        self.existing = existing
        super().__init__(f"This article is already in the database ({reason}): #{existing.pk}.")


@dataclass(frozen=True)
class ExtractionSummary:
    added: int
    kept: int
    removed: int


def normalize_article_url(*, url: str) -> str:
    """An article's address as stored: one pasted without a scheme ("apnews.com/article/x")
    is taken as https, as the admin's form takes it, whichever way the article came in."""
    url = url.strip()
    if url and "://" not in url:
        url = "https://" + url.lstrip("/")
    return url


def find_duplicate_article(*, body: str, url: str = "", exclude_pk: int | None = None):
    """The existing article with the same URL or the same text, and which one matched."""
    url = normalize_article_url(url=url)
    candidates = Article.objects.exclude(pk=exclude_pk) if exclude_pk else Article.objects.all()
    if url:
        existing = candidates.filter(url=url).first()
        if existing:
            return existing, "same URL"
    existing = candidates.filter(content_hash=body_hash(body)).first()
    if existing:
        return existing, "same text"
    return None, ""


def validate_article_body(body: str) -> None:
    if not body or not body.strip():
        raise ArticleRejected("The article body is empty.")
    if len(body) > settings.ARTICLE_MAX_CHARS:
        raise ArticleRejected(
            f"The article body has {len(body):,} characters; "
            f"the limit is {settings.ARTICLE_MAX_CHARS:,}."
        )


def create_article(
    *,
    body: str,
    headline: str = "",
    outlet: str = "",
    byline: str = "",
    dateline: str = "",
    published_on: dt.date | None = None,
    url: str = "",
    created_by=None,
    queue_extraction: bool = True,
) -> Article:
    """Save a new article and queue its extraction (run once the transaction commits).

    With queue_extraction=False the caller runs extraction itself (see run_extraction).
    """
    validate_article_body(body)
    url = normalize_article_url(url=url)
    existing, reason = find_duplicate_article(body=body, url=url)
    if existing:
        raise DuplicateArticle(existing, reason)
    article = Article(
        body=body,
        headline=headline,
        outlet=outlet,
        byline=byline,
        dateline=dateline,
        published_on=published_on,
        url=url,
        created_by=created_by,
    )
    try:
        with transaction.atomic():
            article.save()
    except IntegrityError:
        # Lost a race with an identical paste between the check and the insert.
        existing, reason = find_duplicate_article(body=body, url=url)
        if existing:
            raise DuplicateArticle(existing, reason) from None
        raise
    if queue_extraction:
        enqueue_extraction(article=article)
    return article


# Article fields its statements copy, so that lists filter and sort on them without a join.
ARTICLE_FIELDS_COPIED_TO_STATEMENTS = ("outlet", "published_on")


def save_article(*, article: Article) -> Article:
    """Save an edited article; its statements' copies of the outlet and news date follow."""
    copies = {field: getattr(article, field) for field in ARTICLE_FIELDS_COPIED_TO_STATEMENTS}
    differs = Q()
    for field, value in copies.items():
        differs |= ~Q(**{field: value})
    with transaction.atomic():
        article.save()
        article.statements.filter(differs).update(**copies, updated_at=timezone.now())
    return article


def request_extraction(*, article: Article) -> None:
    """Mark an article as waiting for (re-)extraction and queue it; editors' work is kept."""
    article.extraction_status = Article.ExtractionStatus.PENDING
    article.extraction_error = ""
    article.save(update_fields=["extraction_status", "extraction_error", "updated_at"])
    enqueue_extraction(article=article)


def enqueue_extraction(*, article: Article) -> None:
    """Queue extraction after the current transaction commits (immediately in autocommit)."""
    from articles.tasks import extract_article

    article_id = article.pk
    transaction.on_commit(lambda: extract_article.enqueue(article_id))


def run_extraction(*, article: Article) -> ExtractionSummary:
    """Run the attribution module on an article and save its statements.

    Never loses the article: if extraction raises, the article is marked failed with the
    error. Re-running keeps editors' work: approved, rejected and edited statements stay as
    they are, and what the new run finds overlapping them is not suggested again; untouched
    suggestions are replaced by the new run; no span is saved twice.
    New statements get topics suggested from their quote and its paragraph.
    """
    try:
        found = attribution.extract(article.body, raise_errors=True)
        with transaction.atomic():
            summary = replace_suggestions(article=article, found=found)
            record_extraction_outcome(article=article, error="")
    except Exception as exc:  # a failing module or unsavable output is shown to the editor
        logger.exception("Extraction failed for article %s", article.pk)
        record_extraction_outcome(article=article, error=f"{type(exc).__name__}: {exc}")
        return ExtractionSummary(added=0, kept=0, removed=0)
    return summary


def replace_suggestions(
    *, article: Article, found: list[attribution.Statement]
) -> ExtractionSummary:
    """Swap an article's untouched suggestions for a new extraction's statements.

    A suggestion whose span the new run finds again keeps its row, with the new run's
    reading: its id, and so its permalink, never changes (an editor may have published
    it, then sent it back for review). The others are deleted."""
    untouched = Q(status=Statement.ReviewStatus.SUGGESTED, edited_by_editor=False)
    replaceable = {(s.start, s.end): s for s in article.statements.filter(untouched)}
    removed = len(replaceable)  # replaced, whether or not a row is reused
    reviewed_spans = list(article.statements.exclude(untouched).values_list("start", "end"))
    new_spans: set[tuple[int, int]] = set()
    new_statements = []
    sentences = SentenceIndex(article.body)
    for record in found:
        span = (record.start, record.end)
        if span in new_spans or overlaps_any(record.start, record.end, reviewed_spans):
            # A statement editors have reviewed, found again (another module version may
            # see its span a little differently: with the comma, without the "that").
            continue
        new_spans.add(span)
        new_statements.append(
            save_extracted_statement(
                article=article,
                record=record,
                sentences=sentences,
                existing=replaceable.pop(span, None),
            )
        )
    Statement.objects.filter(pk__in=[s.pk for s in replaceable.values()]).delete()
    suggest_statement_topics(article=article, statements=new_statements)
    return ExtractionSummary(added=len(new_statements), kept=len(reviewed_spans), removed=removed)


def overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)


def record_extraction_outcome(*, article: Article, error: str) -> None:
    article.extraction_status = (
        Article.ExtractionStatus.FAILED if error else Article.ExtractionStatus.DONE
    )
    article.extraction_error = error
    article.extractor_version = attribution.EXTRACTOR_VERSION
    article.extracted_at = timezone.now()
    article.save(
        update_fields=[
            "extraction_status",
            "extraction_error",
            "extractor_version",
            "extracted_at",
            "updated_at",
        ]
    )


def save_extracted_statement(
    *,
    article: Article,
    record: attribution.Statement,
    sentences: SentenceIndex | None = None,
    existing: Statement | None = None,
) -> Statement:
    """Save what extraction found, as a new statement or into `existing` (an untouched
    suggestion at the same span, whose topics are then suggested again)."""
    person = None
    if record.speaker:
        person = resolve_speaker(
            name=record.speaker,
            kind=record.speaker_type or Person.Kind.PERSON,
            role=record.role or "",
            country=record.country or "",
            organization=record.organization or "",
        )
    sentences = sentences or SentenceIndex(article.body)
    context = sentences.context_for(record.kind, record.start, record.end)
    fields = {
        "person": person,
        "quote": record.quote,
        "context_before": context.before,
        "context_after": context.after,
        "kind": record.kind,
        "start": record.start,
        "end": record.end,
        "speaker_name": (record.speaker or "")[:200],
        "source": (record.source or "")[:300],
        "source_start": record.speaker_start,
        "source_end": record.speaker_end,
        "cue": (record.cue or "")[:100],
        "role": (record.role or "")[:200],
        "country": record.country or "",
        "organization": (record.organization or "")[:200],
        "confidence": min(max(record.confidence, 0.0), 1.0),
        "published_on": article.published_on,
        "outlet": article.outlet,
    }
    if existing is None:
        return Statement.objects.create(article=article, **fields)
    for field, value in fields.items():
        setattr(existing, field, value)
    existing.save()
    existing.topics.clear()
    return existing


def suggest_statement_topics(*, article: Article, statements: list[Statement]) -> None:
    """Tag statements with the topics their quote (or else its paragraph) names, in two
    queries whatever the number of statements."""
    topics = list(Topic.objects.only("pk", "slug", "keywords"))
    suggester = TopicSuggester({topic.slug: topic.keyword_list for topic in topics})
    topic_ids = {topic.slug: topic.pk for topic in topics}
    links = [
        Statement.topics.through(statement_id=statement.pk, topic_id=topic_ids[slug])
        for statement in statements
        for slug in suggester.suggest(
            quote=statement.quote,
            context=paragraph_around(article.body, statement.start, statement.end),
        )
    ]
    Statement.topics.through.objects.bulk_create(links)


def resolve_speaker(
    *,
    name: str,
    kind: str = Person.Kind.PERSON,
    role: str = "",
    country: str = "",
    organization: str = "",
) -> Person:
    """The Person a speaker name refers to, created when new.

    Tries, in order: a known alias, a unique surname match (one side gives only the
    surname), a close spelling (typo); otherwise creates the person with the name as alias.
    Values longer than the person's fields are cut to fit, as the statement's copies are.
    """
    name, role, organization = (
        _fit_person_field("name", name),
        _fit_person_field("role", role),
        _fit_person_field("organization", organization),
    )
    person = find_person_by_name(name=name, kind=kind)
    if person is None:
        person = Person.objects.create(
            name=name,
            slug=unique_person_slug(name),
            kind=kind,
            role=role,
            country=country,
            organization=organization,
        )
    else:
        fill_missing_person_details(
            person=person, role=role, country=country, organization=organization
        )
    if is_fuller_name(name=name, of=person.name):
        # "Trump" was all we knew; "Donald Trump" is the fuller name. (Any other name
        # stays: it may be an editor's choice, "Donald Trump" for "Donald J. Trump".)
        person.name = name
        person.save(update_fields=["name", "updated_at"])
    add_alias(person=person, name=name)
    return person


def is_fuller_name(*, name: str, of: str) -> bool:
    """Whether name is a full name for a surname known alone ("Donald Trump" of "Trump")."""
    words, known = normalize_name(name).split(), normalize_name(of)
    return len(words) > 1 and words[-1] == known


def _fit_person_field(field: str, value: str) -> str:
    return value[: Person._meta.get_field(field).max_length]


def find_person_by_name(*, name: str, kind: str = Person.Kind.PERSON) -> Person | None:
    key = normalize_name(name)
    if not key:
        return None
    alias = PersonAlias.objects.select_related("person").filter(normalized=key).first()
    if alias:
        return alias.person
    tokens = key.split()
    surname = tokens[-1]
    same_surname = PersonAlias.objects.select_related("person").filter(
        person__kind=kind, normalized__endswith=surname
    )
    people = {
        alias.person
        for alias in same_surname
        if alias.normalized.split()[-1] == surname
        and (len(tokens) == 1 or len(alias.normalized.split()) == 1)
    }
    if len(people) == 1:
        return people.pop()
    if len(tokens) > 1:
        similar = PersonAlias.objects.select_related("person").filter(
            person__kind=kind, normalized__startswith=key[0]
        )
        best, best_ratio = None, FUZZY_NAME_THRESHOLD
        for alias in similar:
            ratio = difflib.SequenceMatcher(None, key, alias.normalized).ratio()
            if ratio >= best_ratio:
                best, best_ratio = alias.person, ratio
        return best
    return None


def fill_missing_person_details(
    *, person: Person, role: str, country: str, organization: str
) -> None:
    changed = []
    for field, value in (("role", role), ("country", country), ("organization", organization)):
        if value and not getattr(person, field):
            setattr(person, field, value)
            changed.append(field)
    if changed:
        person.save(update_fields=[*changed, "updated_at"])


def add_alias(*, person: Person, name: str) -> None:
    """Remember a spelling for a person; a spelling already taken by someone stays theirs."""
    key = normalize_name(name)
    if key and not PersonAlias.objects.filter(normalized=key).exists():
        PersonAlias.objects.create(person=person, name=name)


class AliasTaken(ValueError):
    """The spelling cannot be this person's alias; the message says why."""


def check_alias_available(*, name: str, person: Person | None = None) -> None:
    """An alias is one spelling of one person: case, accents, spaces and punctuation are
    folded (normalize_name), so "marco  RUBIO" is the spelling "Marco Rubio" is."""
    key = normalize_name(name)
    if not key:
        raise AliasTaken("An alias needs at least one letter or digit.")
    taken = PersonAlias.objects.select_related("person").filter(normalized=key)
    if person is not None and person.pk:
        taken = taken.exclude(person=person)
    owner = taken.first()
    if owner is not None:
        raise AliasTaken(
            f"“{name}” is already a spelling of {owner.person.name} (as “{owner.name}”)."
        )


def unique_person_slug(name: str) -> str:
    base = slugify(name)[:200] or "speaker"
    slug, n = base, 1
    while (
        Person.objects.filter(slug=slug).exists()
        or PersonSlugHistory.objects.filter(slug=slug).exists()
    ):
        n += 1
        slug = f"{base}-{n}"
    return slug


def approve_statements(*, statements: QuerySet[Statement]) -> int:
    """Publish statements; returns how many changed."""
    return _set_status(statements=statements, status=Statement.ReviewStatus.APPROVED)


def reject_statements(*, statements: QuerySet[Statement]) -> int:
    """Withdraw statements from publication; returns how many changed."""
    return _set_status(statements=statements, status=Statement.ReviewStatus.REJECTED)


def approve_confident_statements(*, article: Article, min_confidence: float) -> int:
    """Publish an article's pending suggestions whose confidence is at least min_confidence."""
    return approve_statements(
        statements=article.statements.filter(
            status=Statement.ReviewStatus.SUGGESTED, confidence__gte=min_confidence
        )
    )


def _set_status(*, statements: QuerySet[Statement], status: str) -> int:
    return statements.exclude(status=status).update(status=status, updated_at=timezone.now())


# Fields an editor may correct on a statement (besides its topics), in reading order.
EDITABLE_STATEMENT_FIELDS = (
    "quote",
    "kind",
    "person",
    "speaker_name",
    "source",
    "cue",
    "role",
    "country",
    "organization",
    "status",
)


def correct_statement(*, statement: Statement, topics=None, **changes) -> Statement:
    """Apply an editor's correction. The statement is then kept as is by re-extraction, and
    a speaker reassigned from a name mention teaches that spelling as the person's alias."""
    unknown = set(changes).difference(EDITABLE_STATEMENT_FIELDS)
    if unknown:
        raise ValueError(f"Not editable: {', '.join(sorted(unknown))}")
    previous_person = statement.person
    person_changed = "person" in changes and changes["person"] != previous_person
    for field, value in changes.items():
        setattr(statement, field, value)
    if "kind" in changes:
        fill_quote_context(statement=statement)
    if set(changes) - {"status"} or topics is not None:
        statement.edited_by_editor = True
    new_person = statement.person if person_changed else None
    if new_person and new_person.kind == Person.Kind.PERSON and "speaker_name" not in changes:
        statement.speaker_name = new_person.name
    with transaction.atomic():
        statement.save()
        if topics is not None:
            statement.topics.set(topics)
        if new_person is not None:
            learn_alias_from_correction(statement=statement, previous_person=previous_person)
    return statement


def fill_quote_context(*, statement: Statement) -> None:
    """Set (or clear) the sentence around the quote: partial quotes and short reported
    phrases are shown in it."""
    sentences = SentenceIndex(statement.article.body)
    context = sentences.context_for(statement.kind, statement.start, statement.end)
    statement.context_before, statement.context_after = context.before, context.after


def learn_alias_from_correction(
    *, statement: Statement, previous_person: Person | None = None
) -> None:
    """Remember the mention as written ("Hegesth") as an alias of the corrected speaker,
    when it may spell their name (could_spell).

    Extraction may have created a person for the misspelling and given them the alias; the
    editor has just said that spelling was not them, so it moves to the corrected speaker.
    A spelling that belongs to anyone else stays theirs.
    """
    mention = statement.source.strip()
    if not is_name_mention(mention):
        return
    if not could_spell(mention=mention, person=statement.person):
        # The quote was given to the wrong speaker, not their name misspelled: the
        # mention names someone else ("Rubio" for a quote that was Macron's).
        return
    if previous_person is not None:
        PersonAlias.objects.filter(
            normalized=normalize_name(mention), person=previous_person
        ).update(person=statement.person)
    add_alias(person=statement.person, name=mention)


# Surnames this similar (difflib ratio) may be one spelling ("Hegesth", "Hegseth": 0.86;
# "Selenskyj", "Zelenskyy": 0.78); unrelated surnames score well below ("Rubio", "Macron":
# 0.36).
SURNAME_SPELLING_THRESHOLD = 0.75


def could_spell(*, mention: str, person: Person) -> bool:
    """Whether a name mention may be a spelling of the person: its last word is close to
    the last word of their name or of an alias. An organisation's other names need not
    resemble its own ("the Pentagon" for the Department of Defense), so any name may be."""
    if person.kind != Person.Kind.PERSON:
        return True
    words = normalize_name(mention).split()
    if not words:
        return False
    names = [person.name, *person.aliases.values_list("name", flat=True)]
    surnames = {key.split()[-1] for key in map(normalize_name, names) if key}
    return any(
        difflib.SequenceMatcher(None, words[-1], surname).ratio() >= SURNAME_SPELLING_THRESHOLD
        for surname in surnames
    )


def is_name_mention(mention: str) -> bool:
    """A capitalised mention that is not a pronoun or a group noun ("officials")."""
    words = mention.split()
    return (
        bool(words)
        and all(word[:1].isupper() for word in words)
        and (normalize_name(mention) not in NON_NAME_MENTIONS)
    )


NON_NAME_MENTIONS = frozenset(
    {"he", "she", "they", "it", "we", "i", "his", "her", "officials", "the official"}
)


class SlugTaken(ValueError):
    """The slug is another person's (topic's), now or in their history (it redirects to
    them)."""


def check_person_slug_available(*, slug: str, person: Person | None = None) -> None:
    _check_slug_available(
        slug=slug,
        instance=person,
        model=Person,
        history=PersonSlugHistory,
        owner="person",
        address=f"/people/{slug}/",
        noun="person",
    )


def save_person(*, person: Person) -> Person:
    """Save an edited person. A changed slug keeps the old one redirecting to them; a new
    name is learned as an alias (the old one stays, earlier articles used it), and their
    statements named after the old name take the new one."""
    check_person_slug_available(slug=person.slug, person=person)
    old_name = Person.objects.filter(pk=person.pk).values_list("name", flat=True).first()
    with transaction.atomic():
        _save_keeping_old_slug(instance=person, history=PersonSlugHistory, owner="person")
        add_alias(person=person, name=person.name)
        if old_name and old_name != person.name:
            # Search reads the statement's speaker name, the pages the person's name.
            person.statements.filter(speaker_name=old_name).update(
                speaker_name=person.name, updated_at=timezone.now()
            )
    return person


def check_topic_slug_available(*, slug: str, topic: Topic | None = None) -> None:
    _check_slug_available(
        slug=slug,
        instance=topic,
        model=Topic,
        history=TopicSlugHistory,
        owner="topic",
        address=f"/topics/{slug}/",
        noun="topic",
    )


def save_topic(*, topic: Topic) -> Topic:
    """Save a new or edited topic. A changed slug keeps the old one redirecting to it (the
    page, its feed and the `topic` filter of lists and the API)."""
    check_topic_slug_available(slug=topic.slug, topic=topic)
    with transaction.atomic():
        _save_keeping_old_slug(instance=topic, history=TopicSlugHistory, owner="topic")
    return topic


def _check_slug_available(
    *, slug: str, instance, model, history, owner: str, address: str, noun: str
) -> None:
    """People and topics share one rule: a slug is taken while another one of them has it,
    now or as an old slug that still redirects to them."""
    current = model.objects.filter(slug=slug)
    former = history.objects.filter(slug=slug)
    if instance is not None and instance.pk:
        current, former = current.exclude(pk=instance.pk), former.exclude(**{owner: instance})
    if current.exists():
        raise SlugTaken(f"The address {address} belongs to another {noun}.")
    if former.exists():
        raise SlugTaken(f"The address {address} still redirects to another {noun}.")


def _save_keeping_old_slug(*, instance, history, owner: str) -> None:
    """Save instance; a changed slug is recorded in history (owner: its foreign key) so
    the old address redirects for good. Runs inside the caller's transaction."""
    model = type(instance)
    old_slug = model.objects.filter(pk=instance.pk).values_list("slug", flat=True).first()
    instance.save()
    if old_slug and old_slug != instance.slug:
        # Taking back one of its own old slugs: it is live again, not a redirect.
        history.objects.filter(slug=instance.slug, **{owner: instance}).delete()
        history.objects.create(slug=old_slug, **{owner: instance})


def delete_unused_people(*, people: QuerySet[Person]) -> list[Person]:
    """Delete those of `people` that extraction created and nothing uses any more
    (selectors.unused_extracted_people); the others stay. Returns the deleted people (their
    primary keys kept, for the admin's history)."""
    with transaction.atomic():
        unused = list(selectors.unused_extracted_people(people=people).order_by("name", "pk"))
        Person.objects.filter(pk__in=[person.pk for person in unused]).delete()
    return unused


def merge_people(*, survivor: Person, merged: Person) -> Person:
    """Fold a duplicate person into another: statements, aliases and old slugs move over,
    and the merged person's URL redirects to the survivor for good. The statements moved
    take the survivor's name as their speaker name, as a corrected speaker does, so that
    a search for the name finds them."""
    if survivor.pk == merged.pk:
        raise ValueError("A person cannot be merged into themselves.")
    with transaction.atomic():
        Statement.objects.filter(person=merged).update(
            person=survivor, speaker_name=survivor.name, updated_at=timezone.now()
        )
        PersonAlias.objects.filter(person=merged).update(person=survivor)
        PersonSlugHistory.objects.filter(person=merged).update(person=survivor)
        merged_slug = merged.slug
        fill_missing_person_details(
            person=survivor,
            role=merged.role,
            country=merged.country.code or "",
            organization=merged.organization,
        )
        merged.delete()
        PersonSlugHistory.objects.create(slug=merged_slug, person=survivor)
        add_alias(person=survivor, name=merged.name)
    return survivor
