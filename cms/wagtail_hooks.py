from wagtail.snippets.models import register_snippet

from cms.viewsets import TopicViewSet

register_snippet(TopicViewSet)
