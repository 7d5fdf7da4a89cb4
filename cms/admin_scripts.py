"""The Wagtail admin without inline scripts, so that its Content-Security-Policy
can forbid them. Wagtail 8 still starts some widgets with an inline <script>
(wagtail/wagtail#1288): the date pickers and panels through templates, which
templates/wagtailadmin/ overrides, and the choosers from Python, replaced here.
Each writes the call it would have made as JSON data instead, and
static/js/admin-init.js makes it."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.admin.widgets.workflows import AdminTaskChooser

# As django.utils.html.json_script escapes them: nothing in the data can end
# the <script> element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def init_data(call, *args):
    """What admin-init.js runs: call(*args) once the element is in the page."""
    data = json.dumps(args, cls=DjangoJSONEncoder).translate(JSON_SCRIPT_ESCAPES)
    return format_html(
        '<script type="application/json" data-admin-init="{}">{}</script>',
        call,
        mark_safe(data),  # noqa: S308 - escaped above
    )


def render_chooser(self, name, value, attrs=None, renderer=None):
    """BaseChooser.render, with the data of its inline script."""
    # As Wagtail's: there are no sensible semantics without an id.
    try:
        id_ = attrs["id"]
    except (KeyError, TypeError) as error:
        raise TypeError(
            "BaseChooser cannot be rendered without an 'id' attribute"
        ) from error
    value_data = self.get_value_data(value)
    if isinstance(self, AdminTaskChooser):
        init = init_data("createTaskChooser", id_)
    else:
        options = self.get_js_init_options(id_, name, value_data)
        init = init_data(self.js_constructor, id_, options)
    return self.render_html(name, value_data, attrs) + init


def write_chooser_scripts_as_data():
    BaseChooser.render = render_chooser


def script_tag():
    return format_html('<script src="{}"></script>', static("js/admin-init.js"))
