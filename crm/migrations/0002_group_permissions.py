"""Customer managers handle customers, cases and segments and manage the API's
tokens and webhooks; Marketers see only aggregates (the customer reports)."""

from django.db import migrations

MANAGED = [
    "customer",
    "company",
    "consent",
    "timelineevent",
    "case",
    "casenote",
    "slatarget",
    "assignmentrule",
    "segment",
    "apitoken",
    "webhook",
    "webhookdelivery",
]
GROUP_PERMISSIONS = {
    "Customer managers": [
        f"{action}_{model}"
        for model in MANAGED
        for action in ("add", "change", "delete", "view")
    ]
    + ["view_reports"],
    "Marketers": ["view_reports"],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    customer_type, _ = ContentType.objects.get_or_create(app_label="crm", model="customer")
    Permission.objects.get_or_create(
        content_type=customer_type,
        codename="view_reports",
        defaults={"name": "Can see customer reports"},
    )
    for model in MANAGED:
        content_type, _ = ContentType.objects.get_or_create(app_label="crm", model=model)
        for action in ("add", "change", "delete", "view"):
            Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
    for group_name, codenames in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="crm", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [("crm", "0001_initial"), ("cms", "0002_groups_and_locales")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
