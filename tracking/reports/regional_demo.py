"""The demo's second regional administrator, `province`, for Beijing as a whole (110000), so the regional report
can be followed down from the province through the city and a district to a school. Runs after the tracking demo
(which builds the regions) and changes nothing on a second run."""

from cms import roles
from cms.demo import demo_account
from tracking.models import Region

PROVINCE_LOGIN = "province"
PROVINCE_CODE = "110000"
DESCRIPTION = (
    "Regional administrator of Beijing (110000): the regional report from the province down to each district and "
    "school, read-only"
)


def load_regional_report_demo(*, stdout=None) -> list[tuple[str, str]]:
    region = Region.objects.filter(code=PROVINCE_CODE).first()
    if region is None:  # the tracking demo did not build Beijing: no province to administer
        return []
    username, description = demo_account(
        username=PROVINCE_LOGIN, groups=[roles.REGIONAL_ADMINS], description=DESCRIPTION
    )
    region.administrators.add(region.administrators.model.objects.get(username=username))
    return [(username, description)]
