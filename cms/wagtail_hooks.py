from wagtail import hooks
from wagtail.snippets.models import register_snippet

from cms import admin_scripts
from cms.viewsets import TopicViewSet

register_snippet(TopicViewSet)


@hooks.register("insert_global_admin_js")
def admin_init_script():
    return admin_scripts.script_tag()
