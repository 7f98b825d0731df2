"""The Editors group: exactly the permissions the curation workflow needs."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PERMISSIONS = {
    "article": ["view", "add", "change"],
    "statement": ["view", "add", "change", "delete"],
    "person": ["view", "add", "change"],
    "personalias": ["view", "add", "change", "delete"],
    "topic": ["view", "add", "change"],
}


def create_editors_group(apps, schema_editor):
    # Permissions are normally created after all migrations; editors need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Editors")
    codenames = [
        f"{action}_{model}" for model, actions in EDITOR_PERMISSIONS.items() for action in actions
    ]
    group.permissions.set(
        Permission.objects.filter(content_type__app_label="articles", codename__in=codenames)
    )


def remove_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors_group, remove_editors_group)]
