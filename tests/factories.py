"""factory-boy factories for the models; tests build exactly the rows they need."""

import datetime as dt

import factory
from django.utils.text import slugify

from articles.models import Article, Person, PersonAlias, Statement, Topic


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    headline = factory.Sequence(lambda n: f"Ministers meet for talks, round {n}")
    body = factory.Sequence(lambda n: f'"We will keep talking," Minister Jane Doe said on day {n}.')
    outlet = "The Associated Press"
    published_on = factory.Sequence(lambda n: dt.date(2025, 1, 1) + dt.timedelta(days=n))
    extraction_status = Article.ExtractionStatus.DONE


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Speaker Number{n}")
    slug = factory.LazyAttribute(lambda person: slugify(person.name))
    role = "Defense Minister"
    country = "DE"

    @factory.post_generation
    def alias(person, create, extracted, **kwargs):
        if create:
            PersonAlias.objects.create(person=person, name=person.name)


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda topic: slugify(topic.name))
    keywords = "talks"


class StatementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Statement
        skip_postgeneration_save = True

    article = factory.SubFactory(ArticleFactory)
    person = factory.SubFactory(PersonFactory)
    quote = factory.Sequence(lambda n: f"We will keep talking, part {n}")
    kind = Statement.Kind.DIRECT
    start = factory.Sequence(lambda n: n * 10)
    end = factory.LazyAttribute(lambda s: s.start + len(s.quote))
    speaker_name = factory.LazyAttribute(lambda s: s.person.name if s.person else "")
    source = factory.LazyAttribute(lambda s: s.speaker_name or "officials")
    role = factory.LazyAttribute(lambda s: s.person.role if s.person else "")
    country = factory.LazyAttribute(lambda s: s.person.country if s.person else "")
    confidence = 0.9
    status = Statement.ReviewStatus.APPROVED
    published_on = factory.LazyAttribute(lambda s: s.article.published_on)
    outlet = factory.LazyAttribute(lambda s: s.article.outlet)

    @factory.post_generation
    def topics(statement, create, extracted, **kwargs):
        if create and extracted:
            statement.topics.set(extracted)
