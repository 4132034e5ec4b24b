import wagtail_factories

from cms.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "护校安园"
    intro = "<p>面向学生、家长和教师的安全教育课。</p>"

    class Meta:
        model = HomePage
