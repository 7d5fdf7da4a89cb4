"""What each staff group may do with surveys.

Editors build polls, request types and questionnaires (as pages); Moderators
also publish polls; Marketers see polls, feedback, requests and refused
submissions with their results, and change nothing; Customer managers handle
feedback and service requests.
"""

from django.db import migrations

GROUP_PERMISSIONS = {
    "Editors": {
        "poll": ["add", "change", "view"],
        "requesttype": ["add", "change", "view"],
        "questionnaireresponse": ["view"],
    },
    "Moderators": {
        "poll": ["add", "change", "delete", "publish", "view"],
        "requesttype": ["add", "change", "delete", "view"],
        "questionnaireresponse": ["view"],
    },
    "Marketers": {
        "poll": ["view"],
        "questionnaireresponse": ["view"],
        "feedback": ["view"],
        "servicerequest": ["view"],
        "refusedsubmission": ["view"],
        "invitation": ["add", "view"],
    },
    "Customer managers": {
        "feedback": ["add", "change", "view"],
        "servicerequest": ["change", "view"],
        "questionnaireresponse": ["view"],
    },
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for group_name, models in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for model, actions in models.items():
            content_type, _ = ContentType.objects.get_or_create(app_label="surveys", model=model)
            for action in actions:
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model}",
                    defaults={"name": f"Can {action} {model}"},
                )
                group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("surveys", "0001_initial"), ("cms", "0002_groups_and_locales")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
