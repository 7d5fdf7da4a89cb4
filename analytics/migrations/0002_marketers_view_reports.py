"""Marketers read the audience report (Reports › Audience): Django's own view
permission on the daily rollups, which is all the report reads."""

from django.db import migrations

GROUPS = ("Marketers",)


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="analytics", model="dailyrollup"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="view_dailyrollup",
        defaults={"name": "Can view daily figure"},
    )
    for name in GROUPS:
        # get_or_create: analytics does not depend on cms, which creates the group.
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(
        content_type__app_label="analytics", codename="view_dailyrollup"
    ).first()
    if permission:
        for group in Group.objects.filter(name__in=GROUPS):
            group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("analytics", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
