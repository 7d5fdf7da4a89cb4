"""The Russian locale and the staff groups every portal starts with.

Wagtail's own migrations create Editors (write drafts) and Moderators (publish),
and put every page under the "Moderators approval" workflow. Here both also get
the news topics, and the groups that later parts of the portal fill are created:
Marketers (reports) and Customer managers (customer records).
"""

from django.db import migrations

GROUP_PERMISSIONS = {
    "Editors": ["access_admin", "add_topic", "change_topic"],
    "Moderators": ["access_admin", "add_topic", "change_topic", "delete_topic"],
    "Marketers": ["access_admin"],
    "Customer managers": ["access_admin"],
}


def create_groups_and_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")

    Locale.objects.get_or_create(language_code="ru")

    topic_type, _ = ContentType.objects.get_or_create(app_label="cms", model="topic")
    for codename, name in [
        ("add_topic", "Can add topic"),
        ("change_topic", "Can change topic"),
        ("delete_topic", "Can delete topic"),
        ("view_topic", "Can view topic"),
    ]:
        Permission.objects.get_or_create(
            content_type=topic_type, codename=codename, defaults={"name": name}
        )

    for group_name, codenames in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*Permission.objects.filter(codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_groups_and_locales, migrations.RunPython.noop)
    ]
