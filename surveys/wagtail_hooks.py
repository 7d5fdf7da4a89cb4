from wagtail import hooks

from surveys.viewsets import SurveysViewSetGroup


@hooks.register("register_admin_viewset")
def register_surveys():
    return SurveysViewSetGroup()
