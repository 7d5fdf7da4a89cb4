from wagtail import hooks


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    # Live pages only: previews and drafts are served through other views.
    request.analytics_page_id = page.id
