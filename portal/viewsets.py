"""What the apps' Wagtail admin screens share."""


class WithoutAddView:
    """A ModelViewSet of rows only the site makes: no add screen, no add button."""

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(add_url_name=None, **kwargs)

    def get_urlpatterns(self):
        return [
            pattern for pattern in super().get_urlpatterns() if pattern.name != "add"
        ]
