"""Cases: opened from submissions that need handling, assigned by rules, due by
their kind's SLA target."""

from datetime import timedelta

from crm.models import AssignmentRule, Case, SlaTarget


def open_cases(specs):
    """Open a case for each spec (kind, subject, message, channel, customer,
    source, opened_at), once per source; assigned by the first matching rule and
    due by the kind's SLA target."""
    if not specs:
        return
    rules = list(AssignmentRule.objects.all())
    targets = dict(SlaTarget.objects.values_list("kind", "hours"))
    new = []
    for spec in specs:
        kind, channel = spec["kind"], spec.get("channel", "")
        hours = targets.get(kind)
        new.append(
            Case(
                customer=spec["customer"],
                kind=kind,
                channel=channel,
                subject=spec["subject"][:300],
                message=spec.get("message", ""),
                source=spec["source"],
                opened_at=spec["opened_at"],
                due_at=spec["opened_at"] + timedelta(hours=hours) if hours else None,
                assignee_id=assignee_for(rules, kind, channel),
            )
        )
    Case.objects.bulk_create(new, ignore_conflicts=True)


def assignee_for(rules, kind, channel):
    for rule in rules:
        if rule.kind in ("", kind) and rule.channel in ("", channel):
            return rule.assignee_id
    return None
