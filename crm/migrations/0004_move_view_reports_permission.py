"""The permission to see customer reports moves from Customer to Aggregated, with
the groups that hold it: a permission on Customer let Marketers read in Reports ›
Site history whose customer record was opened, noted, exported or erased."""

from django.db import migrations


def move(apps, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    old_type, _ = ContentType.objects.get_or_create(app_label="crm", model=source)
    new_type, _ = ContentType.objects.get_or_create(app_label="crm", model=target)
    old = Permission.objects.filter(content_type=old_type, codename="view_reports")
    new, _ = Permission.objects.get_or_create(
        content_type=new_type,
        codename="view_reports",
        defaults={"name": "Can see customer reports"},
    )
    for permission in old:
        for group in permission.group_set.all():
            group.permissions.add(new)
        for user in permission.user_set.all():
            user.user_permissions.add(new)
    old.delete()


def forwards(apps, schema_editor):
    move(apps, "customer", "aggregated")


def backwards(apps, schema_editor):
    move(apps, "aggregated", "customer")


class Migration(migrations.Migration):
    dependencies = [
        ("crm", "0003_plain_indexes"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="aggregated",
            options={
                "permissions": [("view_reports", "Can see customer reports")],
                "verbose_name": "aggregated submission",
            },
        ),
        migrations.AlterModelOptions(
            name="customer",
            options={
                "ordering": ["-last_contact_at", "-id"],
                "verbose_name": "customer",
                "verbose_name_plural": "customers",
            },
        ),
        migrations.RunPython(forwards, backwards),
    ]
