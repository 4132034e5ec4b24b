import factory
import wagtail_factories

from cms.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "护校安园"
    intro = "<p>面向学生、家长和教师的安全教育课。</p>"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"页面 {n}")
    summary = "关于本站"
    body = factory.LazyFunction(lambda: [("paragraph", "<p>护校安园安全教育平台。</p>")])

    class Meta:
        model = StandardPage
