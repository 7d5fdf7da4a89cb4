"""The customer records in the admin (Customers menu): customers with their
timeline, companies, and possible duplicates to merge. Customer managers only:
every screen here needs a crm permission, which Marketers do not have."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from crm import aggregation, matching
from crm.models import Company, Consent, Customer, TimelineEvent
from portal.spreadsheets import SafeExportIndexView


class CustomerForm(WagtailAdminModelForm):
    """Contact details as a manager types them, normalised like the matching does."""

    class Meta:
        model = Customer
        fields = [
            "name",
            "email",
            "phone",
            "company",
            "company_name",
            "locale",
            "source",
        ]

    def clean_email(self):
        value = self.cleaned_data["email"]
        email = matching.normalise_email(value)
        if value and not email:
            raise forms.ValidationError(_("Enter a valid e-mail address."))
        duplicate = Customer.objects.filter(
            email=email, merged_into__isnull=True
        ).exclude(pk=self.instance.pk)
        if email and duplicate.exists():
            raise forms.ValidationError(_("Another customer has this e-mail."))
        return email

    def clean_phone(self):
        value = self.cleaned_data["phone"]
        phone = matching.normalise_phone(value)
        if value and not phone:
            raise forms.ValidationError(_("Enter a phone number with its area code."))
        return phone


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Note"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )


class CustomerInspectView(InspectView):
    """A customer's record: contact details, figures, consents, cases and the
    timeline, newest first. Each opening is written to the audit log."""

    template_name = "crm/customer.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        customer = self.object
        log(customer, "crm.view", user=self.request.user)
        context.update(
            customer=customer,
            timeline=customer.timeline.select_related("author")[:200],
            consents=customer.consents.all(),
            cases=customer.cases.order_by("-opened_at")[:50],
            duplicates=matching.duplicate_pairs_query(customer)[:10],
            note_form=NoteForm(),
            consent_form=ConsentForm(),
            can_change=self.request.user.has_perm("crm.change_customer"),
        )
        return context


def add_note(request, pk):
    """A manager's note on the customer's timeline."""
    if not request.user.has_perm("crm.change_customer"):
        raise PermissionDenied
    customer = get_object_or_404(Customer, pk=pk)
    form = NoteForm(request.POST)
    if request.method == "POST" and form.is_valid():
        TimelineEvent.objects.create(
            customer=customer,
            kind=TimelineEvent.Kind.NOTE,
            summary=form.cleaned_data["text"][:300],
            detail=form.cleaned_data["text"],
            author=request.user,
        )
        log(customer, "crm.note", user=request.user)
        messages.success(request, _("Note added."))
    elif request.method == "POST":
        messages.error(request, " ".join(form.errors.get("text", [])))
    return redirect(reverse("crm_customer:inspect", args=[pk]))


class ConsentForm(forms.ModelForm):
    """A consent the customer gave or withdrew outside the site (a call, a
    signed form), recorded by a manager."""

    class Meta:
        model = Consent
        fields = ["purpose", "given", "how", "wording"]
        labels = {"given": _("Given (untick for withdrawn)")}
        widgets = {"wording": forms.Textarea(attrs={"rows": 2})}

    def clean_how(self):
        how = self.cleaned_data["how"].strip()
        if not how:
            raise forms.ValidationError(_("Say how the customer said so."))
        return how


def record_consent(request, pk):
    if not request.user.has_perm("crm.change_customer"):
        raise PermissionDenied
    customer = get_object_or_404(Customer, pk=pk)
    form = ConsentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            consent = form.save(commit=False)
            consent.customer = customer
            consent.save()
            TimelineEvent.objects.create(
                customer=customer,
                kind=TimelineEvent.Kind.CONSENT,
                summary=(
                    _("%(purpose)s: given (%(how)s)")
                    if consent.given
                    else _("%(purpose)s: withdrawn (%(how)s)")
                )
                % {"purpose": consent.get_purpose_display(), "how": consent.how},
                detail=consent.wording,
                author=request.user,
            )
            aggregation.recompute([customer.pk])
            log(customer, "crm.consent", user=request.user)
        messages.success(request, _("Consent recorded."))
    elif request.method == "POST":
        messages.error(
            request, " ".join(e for errors in form.errors.values() for e in errors)
        )
    return redirect(reverse("crm_customer:inspect", args=[pk]))


class MergeForm(forms.Form):
    keep = forms.ModelChoiceField(queryset=Customer.objects.filter(merged_into=None))
    other = forms.ModelChoiceField(queryset=Customer.objects.filter(merged_into=None))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("keep") and cleaned.get("keep") == cleaned.get("other"):
            raise forms.ValidationError(_("Choose two different customers."))
        return cleaned


class DuplicatesView(TemplateView):
    """Pairs of records that may be one person, each with a merge button."""

    template_name = "crm/duplicates.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("crm.change_customer"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        pairs = matching.possible_duplicates()
        ids = {pk for pair in pairs for pk in pair}
        customers = Customer.objects.in_bulk(ids)
        return {
            **super().get_context_data(**kwargs),
            "pairs": [(customers[a], customers[b]) for a, b in pairs],
        }

    def post(self, request):
        form = MergeForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("These records cannot be merged."))
            return redirect("crm_duplicates:index")
        keep, other = form.cleaned_data["keep"], form.cleaned_data["other"]
        with transaction.atomic():
            matching.merge(keep, other, user=request.user)
            log(keep, "crm.merge", user=request.user, data={"merged": other.pk})
        messages.success(
            request,
            _("%(other)s merged into %(keep)s.") % {"other": other, "keep": keep},
        )
        return redirect(reverse("crm_customer:inspect", args=[keep.pk]))


class CustomerIndexView(SafeExportIndexView):
    """Names lead to the customer's record (the timeline) rather than the edit form."""

    def get_edit_url(self, instance):
        return None

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        edit_url = super().get_edit_url(instance)
        if edit_url:
            buttons.insert(
                0,
                ListingMenuItem(_("Edit"), url=edit_url, icon_name="edit", priority=5),
            )
        return buttons


class CustomerViewSet(ModelViewSet):
    model = Customer
    index_view_class = CustomerIndexView
    name = "crm_customer"
    url_prefix = "crm/customers"
    icon = "user"
    menu_label = _("Customers")
    inspect_view_enabled = True
    inspect_view_class = CustomerInspectView
    copy_view_enabled = False
    list_display = [
        "name",
        "email",
        "phone",
        "company",
        "lifecycle",
        "nps_score",
        "csat_average",
        "complaints_open",
        "last_contact_at",
    ]
    list_filter = [
        "lifecycle",
        "nps_category",
        "consent_marketing",
        "locale",
        "last_contact_at",
    ]
    search_fields = ["name", "email", "phone", "company_name"]
    list_export = [
        "name",
        "email",
        "phone",
        "company_name",
        "locale",
        "lifecycle",
        "nps_score",
        "csat_average",
        "complaints_open",
        "complaints_resolved",
        "consent_processing",
        "consent_marketing",
        "first_contact_at",
        "last_contact_at",
    ]

    def get_queryset(self, request):
        return Customer.objects.filter(merged_into__isnull=True).select_related(
            "company"
        )

    def get_form_class(self, for_update=False):
        return CustomerForm

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/note/", add_note, name="note"),
            path("<int:pk>/consent/", record_consent, name="consent"),
        ]


class CompanyViewSet(ModelViewSet):
    model = Company
    name = "crm_company"
    url_prefix = "crm/companies"
    icon = "group"
    menu_label = _("Companies")
    form_fields = ["name", "domain"]
    list_display = ["name", "domain", "created_at"]
    search_fields = ["name", "domain"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)

        class CompanyForm(form_class):
            def save(self, commit=True):
                self.instance.key = matching.company_key(self.instance.name)
                return super().save(commit)

        return CompanyForm


class MergersMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("crm.change_customer")


class DuplicatesViewSet(ViewSet):
    name = "crm_duplicates"
    url_prefix = "crm/duplicates"
    icon = "resubmit"
    menu_label = _("Possible duplicates")
    menu_item_class = MergersMenuItem

    def get_urlpatterns(self):
        return [path("", DuplicatesView.as_view(), name="index")]


class CustomersViewSetGroup(ViewSetGroup):
    menu_label = _("Customers")
    menu_icon = "user"
    menu_order = 260
    items = (CustomerViewSet, CompanyViewSet, DuplicatesViewSet)


@hooks.register("register_admin_viewset")
def register_customers():
    return CustomersViewSetGroup()


@hooks.register("register_log_actions")
def register_customer_log_actions(actions):
    actions.register_action("crm.view", _("View customer"), _("Customer record viewed"))
    actions.register_action("crm.note", _("Add note"), _("Note added"))
    actions.register_action("crm.consent", _("Record consent"), _("Consent recorded"))
    actions.register_action("crm.merge", _("Merge"), _("Customer records merged"))
