"""Create or rotate an editor's API token and print it."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from rest_framework.authtoken.models import Token


class Command(BaseCommand):
    help = (
        "Print a new API token for an editor (staff user with the editors' permissions). "
        "Any previous token of that user stops working."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--revoke", action="store_true", help="delete the user's token without a new one"
        )

    def handle(self, *args, username, revoke, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r} (create one with create_editor).")
        if revoke:
            Token.objects.filter(user=user).delete()
            self.stdout.write(self.style.SUCCESS(f"Revoked the API token of {username}."))
            return
        if not (user.is_active and user.has_perm("articles.change_statement")):
            raise CommandError(
                f"{username} is not an active editor; add them to the Editors group first."
            )
        with transaction.atomic():
            Token.objects.filter(user=user).delete()
            token = Token.objects.create(user=user)
        self.stdout.write(token.key)
