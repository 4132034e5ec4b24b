"""Page behaviour that keeps serving a page to a small number of queries, however deep or wide the tree.

Wagtail finds the page for /lessons/topic/lesson/ one level at a time, two queries a level (the child by slug,
then its specific row), and checks privacy with two more. A public page is read far more often than it is
written, so routing reads the whole path and the privacy settings along it in one query, and the page's own
row in one more; the answers are exactly the ones Wagtail's own would give.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Coalesce
from django.http import Http404
from wagtail.models import Page, PageViewRestriction

# A request path longer than this is routed by Wagtail, level by level, as before (it finds nothing anyway: the
# tree is a handful of levels deep).
MAX_SHORTCUT_DEPTH = 12


def _self_and_ancestor_paths(path: str) -> list[str]:
    return [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]


def _page_chain(*, root: Page, slugs: list[str]) -> tuple[list[Page], bool]:
    """The pages below `root` that `slugs` name, one level each, as far as they exist, and whether `root` and its
    ancestors are free of privacy settings and aliases: one query.

    Each page found carries `restricted`: whether a privacy setting sits on it."""
    levels = Q()
    for offset, slug in enumerate(slugs, start=1):
        levels |= Q(depth=root.depth + offset, slug=slug, path__startswith=root.path)
    rows = list(
        Page.objects.filter(levels | Q(path__in=_self_and_ancestor_paths(root.path)))
        .annotate(restricted=Exists(PageViewRestriction.objects.filter(page_id=OuterRef("pk"))))
        .order_by("path")
    )
    above = [page for page in rows if page.depth <= root.depth]
    # Several pages at one depth may share a slug under different parents: keep each by its parent's path.
    by_parent = {(page.path[: -Page.steplen], page.slug): page for page in rows if page.depth > root.depth}
    chain: list[Page] = []
    parent_path = root.path
    for slug in slugs:
        page = by_parent.get((parent_path, slug))
        if page is None:
            break
        chain.append(page)
        parent_path = page.path
    return chain, _open(above) and len(above) == root.depth


def _open(pages: list[Page]) -> bool:
    return not any(page.restricted or page.alias_of_id for page in pages)


def _routes_like_page(page: Page) -> bool:
    model = page.specific_class
    return model is not None and model.route is Page.route


class ShortcutRoutingMixin:
    """For the site's root page type: finds the page a path names in one query, then hands the rest of the path to
    the first page on the way whose type routes by itself (a RoutablePageMixin lesson, say), or to the page found.

    Only pages whose type keeps Page.route are passed over, so every page type that routes differently still
    decides for itself, and the answer (the page, its sub-route, a 404 for a missing or unpublished page) is the
    one Wagtail's level-by-level routing gives."""

    @property
    def localized(self):
        """The home page in the active language. cms.sites keeps a site's root page with its home page in every
        language, worked out by this same property when the site was looked up (and looked up again after any page
        change), so routing a request asks no query for it."""
        homes = self.__dict__.get("_cms_localized_homes")
        if homes is not None:
            from cms.selectors import content_language

            home = homes.get(content_language())
            if home is not None:
                return home
        return super().localized

    def route(self, request, path_components):
        # The header links to the home page: cms.selectors.site_home takes it from here rather than query for it.
        request._cms_routed_home = self
        if not path_components or len(path_components) > MAX_SHORTCUT_DEPTH:
            return super().route(request, path_components)
        chain, open_above = _page_chain(root=self, slugs=list(path_components))
        if not chain:
            raise Http404
        parent = self
        for level, page in enumerate(chain, start=1):
            # Treebeard's get_parent() answers from here: breadcrumbs cost no query.
            page._cached_parent_obj = parent
            if level < len(chain) and _routes_like_page(page):
                parent = page
                continue
            specific = page.specific
            # No privacy setting on the way down (nor an alias, which would answer to its source's): the check
            # Wagtail makes before serving has nothing to read (see OneQueryViewRestrictionsMixin).
            specific._cms_no_view_restrictions = open_above and _open(chain[:level])
            return specific.route(request, path_components[level:])
        raise Http404  # pragma: no cover - the loop always returns


class OneQueryViewRestrictionsMixin:
    """The privacy settings that apply to a page (its own and its ancestors', an alias answering to its source, as
    Wagtail's get_view_restrictions does), read in one query instead of two; in none when routing to the page
    found that there are none."""

    def get_view_restrictions(self):
        if self.__dict__.get("_cms_no_view_restrictions"):
            # Routing read the privacy settings of this page and every ancestor a moment ago: there are none.
            return PageViewRestriction.objects.none()
        paths = _self_and_ancestor_paths(self.path)
        # Wagtail makes an alias of an alias point at the original, so two steps reach the source page.
        sources = Page.objects.filter(path__in=paths).values(
            source=Coalesce("alias_of__alias_of_id", "alias_of_id", "id")
        )
        return PageViewRestriction.objects.filter(page_id__in=sources)
