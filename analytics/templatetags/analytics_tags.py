"""Public counters in templates: `{% view_count page %}` and `{{ n|views_label }}`."""

from django import template

from analytics import counters

register = template.Library()


@register.inclusion_tag("components/view_count.html")
def view_count(page):
    """A page's views since counting began; renders nothing before the first."""
    count = counters.page_views(page.id) if page and page.id else 0
    return {"count": count, "label": counters.views_label(count)}


@register.filter
def views_label(count):
    return counters.views_label(count)
