from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET


@require_GET
def healthz(request):
    """A liveness probe that touches nothing: also the benchmarks' baseline view."""
    return HttpResponse("ok", content_type="text/plain")


@require_GET
def robots_txt(request):
    return TemplateResponse(request, "robots.txt", content_type="text/plain")
