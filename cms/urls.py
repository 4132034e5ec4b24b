from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import hooks
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import views
from cms.admin_overrides import install_admin_view_overrides

# Apps replace the odd Wagtail admin view through the cms_admin_view_overrides hook (see cms.admin_overrides).
install_admin_view_overrides(wagtailadmin_urls.urlpatterns)

urlpatterns = [
    path("healthz/", views.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
]

# Apps outside the page tree and the admin (a calendar feed a phone subscribes to, say) add their URLs through
# the cms_public_urls hook, which returns a list of URL patterns; so cms never imports the apps.
for urls_of_app in hooks.get_hooks("cms_public_urls"):
    urlpatterns += urls_of_app()

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    # Before Wagtail's catch-all page route, beside its own _util/login/.
    path("_util/signed-in/", views.signed_in, name="signed_in"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# Error pages in the site's own look and the visitor's language (cms.errors).
handler400 = "cms.errors.bad_request"
handler403 = "cms.errors.permission_denied"
handler404 = "cms.errors.page_not_found"
handler500 = "cms.errors.server_error"
