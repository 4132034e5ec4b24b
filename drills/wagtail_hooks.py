from wagtail import hooks
from wagtail.snippets.models import register_snippet

from drills.viewsets import DrillsViewSetGroup

register_snippet(DrillsViewSetGroup)


@hooks.register("cms_load_demo", order=20)
def load_drill_demo(*, homes, stdout):
    from drills.demo import load_drill_demo

    return load_drill_demo(homes=homes, stdout=stdout)
