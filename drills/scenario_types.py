"""The scenario types every site starts with, and their default timing targets (seconds after the alarm).

Plain data, read by a data migration, so it must not import models. Training departments add more types in
the admin (Drills → Scenario types); these rows are ordinary, editable snippets once created.
"""

BUILTIN_TYPES = [
    {
        "slug": "violent-intrusion",
        "zh": {
            "name": "暴力侵害（持械闯入）",
            "description": "最小应急单元：1分钟自救、3分钟互救、5分钟增援到位。",
            "phases": [
                ("自救", 60, "师生就近躲避、关门，门卫一键报警"),
                ("互救", 180, "安保力量持械控制、阻隔，救护伤员"),
                ("增援到位", 300, "公安及周边增援力量到达现场"),
            ],
        },
        "en": {
            "name": "Violent intrusion",
            "description": "The minimum emergency unit: 1 minute self-rescue, 3 minutes mutual rescue, "
            "5 minutes reinforcement in place.",
            "phases": [
                ("Self-rescue", 60, "Students and staff shelter and lock doors; the guard raises the one-click alarm"),
                ("Mutual rescue", 180, "The security team contains the intruder with equipment; the injured get aid"),
                ("Reinforcement in place", 300, "Police and nearby reinforcements reach the scene"),
            ],
        },
    },
    {
        "slug": "fire-evacuation",
        "zh": {
            "name": "火灾疏散",
            "description": "中小学每月至少一次，幼儿园每季度至少一次；4层以下建筑约2分钟内全员撤出。",
            "phases": [("全员疏散", 120, "所有人离开建筑，到达集合点")],
        },
        "en": {
            "name": "Fire evacuation",
            "description": "At least monthly in primary and secondary schools, quarterly in kindergartens; "
            "everyone out of a building under 4 storeys in about 2 minutes.",
            "phases": [("Evacuation", 120, "Everyone is out of the building and at the assembly point")],
        },
    },
    {
        "slug": "earthquake-evacuation",
        "zh": {
            "name": "地震疏散",
            "description": "震时就地避险，震后有序疏散到空旷场地。",
            "phases": [("全员疏散", 120, "所有人离开建筑，到达空旷集合点")],
        },
        "en": {
            "name": "Earthquake evacuation",
            "description": "Drop, cover and hold during the shaking, then leave in order for open ground.",
            "phases": [("Evacuation", 120, "Everyone is out of the building and on open ground")],
        },
    },
    {
        "slug": "drowning-rescue",
        "zh": {"name": "溺水救援", "description": "岸上施救：伸、抛、不下水；心肺复苏直至医护到达。", "phases": []},
        "en": {
            "name": "Drowning rescue",
            "description": "Rescue from the bank: reach, throw, don't go; CPR until medics arrive.",
            "phases": [],
        },
    },
    {
        "slug": "food-poisoning",
        "zh": {"name": "食物中毒处置", "description": "停止供餐、救治、封存留样、报告与通知家长。", "phases": []},
        "en": {
            "name": "Food poisoning",
            "description": "Stop serving, treat, seal the food samples, report and inform parents.",
            "phases": [],
        },
    },
    {
        "slug": "crowd-crush",
        "zh": {"name": "踩踏防范", "description": "楼梯、通道人群拥挤时的疏导与处置。", "phases": []},
        "en": {
            "name": "Crowd crush",
            "description": "Managing crowding on stairs and in corridors, and what to do if people fall.",
            "phases": [],
        },
    },
]


def phase_stream(phases: list[tuple[str, int | None, str]]) -> list[dict]:
    """Phases as raw StreamField data."""
    return [
        {"type": "phase", "value": {"name": name, "target_seconds": target, "goal": goal}}
        for name, target, goal in phases
    ]
