from rest_framework import serializers

from articles.models import Article, Person, Statement, Topic


class SpeakerSerializer(serializers.ModelSerializer):
    country = serializers.CharField(source="country.code", allow_blank=True)

    class Meta:
        model = Person
        fields = ["slug", "name", "kind", "role", "country", "organization"]


class TopicRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = ["slug", "name"]


class ArticleRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = ["id", "headline", "outlet", "published_on", "url"]


class StatementSerializer(serializers.ModelSerializer):
    speaker = SpeakerSerializer(source="person", read_only=True, allow_null=True)
    country = serializers.CharField(source="country.code", allow_blank=True)
    topics = TopicRefSerializer(many=True, read_only=True)
    article = ArticleRefSerializer(read_only=True)
    permalink = serializers.SerializerMethodField()

    class Meta:
        model = Statement
        fields = [
            "id",
            "quote",
            "kind",
            "speaker",
            "speaker_name",
            "source",
            "cue",
            "role",
            "country",
            "organization",
            "topics",
            "article",
            "start",
            "end",
            "confidence",
            "published_on",
            "permalink",
        ]

    def get_permalink(self, statement: Statement) -> str:
        request = self.context.get("request")
        url = statement.get_absolute_url()
        return request.build_absolute_uri(url) if request else url
