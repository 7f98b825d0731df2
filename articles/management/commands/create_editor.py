"""Create (or reset) an editor account and print its credentials."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

EDITORS_GROUP = "Editors"


class Command(BaseCommand):
    help = "Create an editor account (staff, in the Editors group) with a fresh password."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="editor")
        parser.add_argument("--password", help="default: a new random password")

    def handle(self, *args, username, password, **options):
        password = password or secrets.token_urlsafe(12)
        user, created = get_user_model().objects.get_or_create(username=username)
        user.is_staff = True
        user.set_password(password)
        user.save()
        user.groups.add(Group.objects.get(name=EDITORS_GROUP))
        verb = "Created" if created else "Reset password for"
        self.stdout.write(self.style.SUCCESS(f"{verb} editor account"))
        self.stdout.write(f"  username: {username}\n  password: {password}")
