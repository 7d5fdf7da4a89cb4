"""Which customer a submission belongs to: normalised e-mail and phone, companies
by name or e-mail domain, and possible duplicates for a manager to merge."""

import re
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q

from crm.models import Customer

# Addresses at these domains say nothing about the company a person works for.
PUBLIC_EMAIL_DOMAINS = frozenset(
    """
    gmail.com googlemail.com yahoo.com yahoo.co.uk hotmail.com outlook.com live.com
    msn.com icloud.com me.com mac.com aol.com proton.me protonmail.com gmx.com gmx.de
    gmx.net web.de mail.com zoho.com yandex.ru yandex.com ya.ru yandex.by yandex.kz
    yandex.ua mail.ru inbox.ru list.ru bk.ru internet.ru rambler.ru lenta.ru
    autorambler.ru myrambler.ru ro.ru
    """.split()
)
# Spellings of one mailbox: Gmail ignores dots and anything after "+".
DOTLESS_DOMAINS = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}
SPACES = re.compile(r"\s+")
NON_DIGITS = re.compile(r"\D")
QUOTES = re.compile(r"[\"'«»“”„()]")
LEGAL_FORMS = re.compile(
    r"\b(ooo|ооо|зао|оао|пао|ао|ип|llc|ltd|limited|inc|corp|gmbh|plc|co)\b\.?",
    re.IGNORECASE,
)


def normalise_email(value):
    """Lower case, spaces and mailto: removed, Gmail's dots and +tags folded
    (elsewhere a +tag may be a different mailbox, and replies go to it);
    empty when it is not an address."""
    value = (value or "").strip().lower().removeprefix("mailto:")
    value = SPACES.sub("", value)
    local, at, domain = value.rpartition("@")
    if not at or not local or "." not in domain:
        return ""
    if domain in DOTLESS_DOMAINS:
        domain = DOTLESS_DOMAINS[domain]
        local = (local.split("+", 1)[0] or local).replace(".", "")
    return f"{local}@{domain}"


def normalise_phone(value):
    """Digits with a leading +; Russian numbers as +7 whichever way they were
    written (8 900…, 7 900…, 900…); empty when too short to be a number."""
    value = (value or "").strip()
    digits = NON_DIGITS.sub("", value)
    if len(digits) < 7:
        return ""
    if len(digits) == 11 and digits[0] in "78" and not value.startswith("+8"):
        digits = "7" + digits[1:]
    elif len(digits) == 10 and digits[0] == "9" and not value.startswith("+"):
        digits = "7" + digits  # a Russian mobile without its country code
    return "+" + digits[:15]


def company_key(name):
    """The company's name for matching: no legal form, quotes, case or spacing."""
    name = LEGAL_FORMS.sub(" ", (name or "").lower())
    return SPACES.sub(" ", QUOTES.sub(" ", name)).strip()


def email_domain(email):
    domain = email.rpartition("@")[2]
    return "" if domain in PUBLIC_EMAIL_DOMAINS else domain


@dataclass
class Contact:
    """The contact details a submission carries, as given."""

    name: str = ""
    email: str = ""
    phone: str = ""
    company: str = ""
    locale: str = ""

    def __post_init__(self):
        self.name = " ".join((self.name or "").split())[:200]
        self.email = normalise_email(self.email)
        self.phone = normalise_phone(self.phone)
        self.company = " ".join((self.company or "").split())[:200]

    def __bool__(self):
        return bool(self.email or self.phone)


def possible_duplicates(limit=200):
    """Pairs of customers that may be one person: the same name at the same
    company, or e-mails alike but for their dots or domain's spelling."""
    live = Customer.objects.filter(merged_into__isnull=True, erased_at__isnull=True)
    pairs = []
    named = (
        live.exclude(name="")
        .exclude(company__isnull=True)
        .order_by("company_id", "name", "id")
        .values_list("id", "name", "company_id")
    )
    previous = None
    for customer_id, name, company_id in named.iterator():
        key = (name.lower(), company_id)
        if previous and previous[1] == key:
            pairs.append((previous[0], customer_id))
        else:
            previous = (customer_id, key)
        if len(pairs) >= limit:
            break
    by_local = {}
    for customer_id, email in live.exclude(email="").values_list("id", "email"):
        local, _, domain = email.partition("@")
        key = (
            local.replace(".", "").replace("-", "").replace("_", ""),
            domain.split(".")[0],
        )
        if key in by_local:
            pairs.append((by_local[key], customer_id))
        else:
            by_local[key] = customer_id
    seen, unique = set(), []
    for pair in pairs:
        if pair not in seen:
            seen.add(pair)
            unique.append(pair)
    return unique[:limit]


def duplicate_pairs_query(customer):
    """Other records that may be this customer (for the record's own page)."""
    live = Customer.objects.filter(merged_into__isnull=True, erased_at__isnull=True)
    match = Q(pk__in=[])
    if customer.name and customer.company_id:
        match |= Q(name__iexact=customer.name, company_id=customer.company_id)
    if customer.phone:
        match |= Q(phone=customer.phone)
    return live.filter(match).exclude(id=customer.id)


def merge(keep, other, user=None):
    """Merge `other` into `keep`: every timeline event, consent, case and segment
    membership moves over, blank fields are filled from it, and `other` stays as
    a pointer (merged_into) so that later submissions with its details find `keep`."""
    from crm import aggregation
    from crm.models import Aggregated, Case, Consent, SegmentMember, TimelineEvent

    with transaction.atomic():
        other.timeline.update(customer=keep)
        Consent.objects.filter(customer=other).update(customer=keep)
        Case.objects.filter(customer=other).update(customer=keep)
        Aggregated.objects.filter(customer=other).update(customer=keep)
        in_both = SegmentMember.objects.filter(customer=keep).values("segment_id")
        SegmentMember.objects.filter(customer=other, segment_id__in=in_both).delete()
        SegmentMember.objects.filter(customer=other).update(customer=keep)
        Customer.objects.filter(merged_into=other).update(merged_into=keep)
        other.merged_into = keep
        other.save(update_fields=["merged_into", "updated_at"])
        fields = [
            "name",
            "email",
            "phone",
            "company",
            "company_name",
            "locale",
            "source",
        ]
        filled = [f for f in fields if not getattr(keep, f) and getattr(other, f)]
        for field in filled:
            setattr(keep, field, getattr(other, field))
        if other.created_at < keep.created_at:
            keep.created_at = other.created_at
            filled.append("created_at")
        keep.save(update_fields=[*filled, "updated_at"])
        TimelineEvent.objects.create(
            customer=keep,
            kind=TimelineEvent.Kind.MERGE,
            summary=f"{other} ({other.email or other.phone})"[:300],
            author=user,
        )
        aggregation.recompute([keep.id])
    return keep
