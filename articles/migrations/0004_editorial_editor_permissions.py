"""The Editors group gets exactly what the admin workflow uses.

Statements come from extraction and are rejected rather than deleted (a deleted statement
would come back on re-extraction), so editors no longer add or delete them. Merging people
is a change of the survivor; deleting articles, people or topics stays with superusers.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PERMISSIONS = {
    "article": ["view", "add", "change"],
    "statement": ["view", "change"],
    "person": ["view", "add", "change"],
    "personalias": ["view", "add", "change", "delete"],
    "topic": ["view", "add", "change"],
}
PREVIOUS_PERMISSIONS = {**EDITOR_PERMISSIONS, "statement": ["view", "add", "change", "delete"]}


def grant(permissions):
    def set_editor_permissions(apps, schema_editor):
        for app_config in apps.get_app_configs():
            app_config.models_module = True
            create_permissions(app_config, apps=apps, verbosity=0)
            app_config.models_module = None
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
        group, _ = Group.objects.get_or_create(name="Editors")
        codenames = [
            f"{action}_{model}" for model, actions in permissions.items() for action in actions
        ]
        group.permissions.set(
            Permission.objects.filter(content_type__app_label="articles", codename__in=codenames)
        )

    return set_editor_permissions


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_starter_topics")]

    operations = [
        migrations.RunPython(grant(EDITOR_PERMISSIONS), grant(PREVIOUS_PERMISSIONS)),
    ]
