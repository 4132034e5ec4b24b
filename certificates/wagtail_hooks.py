from wagtail import hooks


@hooks.register("cms_public_urls")
def register_public_urls():
    from django.urls import include, path

    return [path("certificates/", include("certificates.urls"))]
