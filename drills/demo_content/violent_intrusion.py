"""Demo drill scenario: knife attacker at the school gate, "1-3-5" minimum emergency unit (最小应急单元).

Plain data only (no Django imports). Format: see SCHEMA.md in this package.
The scenario is illustrative; it does not describe real people or schools.
"""

_ZH = {
    "title": "校门口持刀闯入应急处置演练（“1-3-5”最小应急单元）",
    "summary": (
        "早晨入校高峰，一名持刀男子从人行通道闯入校门。演练按“1分钟自救、3分钟互救、5分钟增援到位”的"
        "最小应急单元机制，检验门卫报警、保安控制、师生避险、伤员救护和警校联动。"
    ),
    "objectives": [
        "门卫发现险情后10秒内触发一键报警，并用对讲机讲清位置、人数和凶器",
        "1分钟内专职保安戴好防割手套、持钢叉和盾牌到位，与行凶者保持器械长度的距离并形成阻隔",
        "3分钟内学校应急队伍完成增援，行凶者被控制，学生全部进入教室锁门避险，伤员得到止血包扎",
        "5分钟内公安民警增援到位，完成对行凶者和现场的交接",
        "熟悉钢叉、盾牌、防割手套、催泪喷射器、橡胶棍的正确用法和团队配合",
    ],
    "roles": [
        {
            "name": "门卫",
            "filled_by": "duty_guard",
            "responsibilities": (
                "值守校门，发现险情后立即示警、触发一键报警并用对讲机通报；暂停入校，"
                "疏导校门外人员远离校门，为警车和救护车留出通道。"
            ),
        },
        {
            "name": "专职保安",
            "filled_by": "security_team",
            "responsibilities": (
                "戴好防割手套，使用钢叉、盾牌、橡胶棍等器械阻隔和控制行凶者，掩护学生撤离，直至民警接手。"
            ),
        },
        {
            "name": "班主任",
            "filled_by": "class_teacher",
            "responsibilities": (
                "在校门口值守的教师引导学生迅速离开危险区域；各班班主任组织学生进教室、关门上锁、"
                "远离门窗，清点人数并按人数上报。"
            ),
        },
        {
            "name": "校领导",
            "filled_by": "school_leader",
            "responsibilities": (
                "值班校领导担任现场总指挥：启动应急预案，调集应急队伍增援，向110补充报警，"
                "统一对上报告和对家长的信息发布。"
            ),
        },
        {
            "name": "校医",
            "filled_by": "school_doctor",
            "responsibilities": ("携急救箱在安全位置待命，行凶者被阻隔后救护伤员，向120急救人员交接伤情。"),
        },
        {
            "name": "法治副校长（民警）",
            "filled_by": "police_liaison",
            "responsibilities": (
                "由属地派出所民警担任。接到报警后随派出所警力赶到现场，接手控制行凶者、确认现场安全；"
                "演练结束后主持讲评。"
            ),
        },
    ],
    "equipment": [
        {"item": "钢叉（叉口加软质护套）", "quantity": "4 把", "location": "门卫室器材架"},
        {"item": "盾牌", "quantity": "2 面", "location": "门卫室器材架"},
        {"item": "防割手套", "quantity": "4 副", "location": "门卫室器材架"},
        {"item": "催泪喷射器（演练中不喷射）", "quantity": "2 具", "location": "保安随身"},
        {"item": "橡胶棍", "quantity": "3 根", "location": "保安随身"},
        {"item": "一键报警装置", "quantity": "1 套", "location": "门卫室"},
        {"item": "对讲机", "quantity": "6 台", "location": "门卫、保安、值班校领导、校医"},
        {"item": "急救箱", "quantity": "2 个", "location": "医务室、门卫室"},
        {"item": "泡沫道具刀", "quantity": "1 把", "location": "扮演者携带，演练前由导演组检查"},
        {"item": "秒表和观察记录表", "quantity": "2 套", "location": "观察员"},
    ],
    "phases": [
        {
            "name": "自救",
            "target_seconds": 60,
            "goal": ("一键报警已触发并通报；至少2名保安持钢叉、盾牌挡在行凶者和学生之间；校门附近学生已撤离危险区域。"),
        },
        {
            "name": "互救",
            "target_seconds": 180,
            "goal": (
                "应急队伍增援到场，行凶者被压制、道具刀被隔离看管；学生全部在教室内锁门避险并上报人数；伤员已止血包扎。"
            ),
        },
        {
            "name": "增援到位",
            "target_seconds": 300,
            "goal": "公安民警到场接手行凶者并确认现场安全；伤员交给急救人员；校领导宣布解除警报。",
        },
        {
            "name": "总结讲评",
            "target_seconds": None,
            "goal": "对照“1-3-5”时间节点复盘每个环节，问题记入台账，明确整改责任人和期限。",
        },
    ],
    "timeline": [
        {
            "offset": 0,
            "phase": "自救",
            "role": "门卫",
            "action": (
                "大声示警“有危险，快进教学楼！”，立即按下一键报警按钮，用对讲机呼叫："
                "“校门口一名男子持刀闯入，请求支援！”"
            ),
            "inject": (
                "07:35入校高峰，一名男子（民警扮演，持泡沫道具刀）从人行通道强行闯入校门，挥刀冲向正在入校的学生。"
            ),
            "expected": "校门周边师生听到示警后向教学楼方向撤离；保安和值班校领导从对讲机收到警情。",
            "success": "10秒内触发一键报警并完成对讲机通报。",
        },
        {
            "offset": 5,
            "phase": "自救",
            "role": "班主任",
            "action": (
                "在校门口值守的教师喊“不要围观，跟我走！”，引导附近学生远离行凶者，沿预定路线快速进入教学楼；"
                "提醒学生不拥挤、不回头、不捡掉落的物品。"
            ),
            "inject": "",
            "expected": "学生有序离开校门区域，没有学生停留围观。",
            "success": "30秒内校门内侧10米范围内无学生停留。",
        },
        {
            "offset": 10,
            "phase": "自救",
            "role": "专职保安",
            "action": (
                "两名保安从门卫室器材架取钢叉和盾牌，边跑边戴好防割手套；持盾保安在前，持叉保安在侧，"
                "插到行凶者与学生之间。"
            ),
            "inject": "",
            "expected": "保安在行凶者和学生之间形成阻隔，始终与行凶者保持钢叉长度的距离。",
            "success": "40秒内2名保安持械到位并形成阻隔。",
        },
        {
            "offset": 30,
            "phase": "自救",
            "role": "校领导",
            "action": (
                "值班校领导收到通报，宣布启动校园暴力事件应急预案：通过广播发布约定暗语，通知各班关门避险；"
                "命令教职工应急队员携带器械到校门集合。"
            ),
            "inject": "",
            "expected": "广播暗语在全校播出，各楼层教师开始组织学生回到教室。",
            "success": "警报后1分钟内完成广播并下达集合指令。",
        },
        {
            "offset": 50,
            "phase": "自救",
            "role": "专职保安",
            "action": (
                "持叉保安大声警告“放下刀！”，用钢叉叉住行凶者腰部，把其逼向围墙一侧；持盾保安用盾牌护住同伴；"
                "第三名保安手持催泪喷射器在侧后方戒备（演练中不喷射）。"
            ),
            "inject": "行凶者挥刀反抗，试图绕过钢叉冲向教学楼。",
            "expected": "保安稳住钢叉不撒手，盾牌始终挡在道具刀和人之间，行凶者被限制在围墙一侧。",
            "success": "行凶者未突破阻隔，无人进入道具刀可及的范围。",
        },
        {
            "offset": 70,
            "phase": "互救",
            "role": "班主任",
            "action": (
                "各班班主任（或任课教师）带学生进教室，关门上锁、拉上窗帘，让学生远离门窗、在课桌旁蹲下保持安静；"
                "清点人数，在年级群按“应到、实到、未到校”人数上报。"
            ),
            "inject": "",
            "expected": "教学楼内走廊无学生，各班人数陆续报到年级组。",
            "success": "3分钟内所有班级锁门并上报人数。",
        },
        {
            "offset": 90,
            "phase": "互救",
            "role": "校医",
            "action": (
                "携急救箱到门卫室后侧的安全位置待命；保安示意行凶者已被阻隔后，在保安掩护下把伤员转移到远离行凶者的地方，"
                "戴手套直接压迫止血并加压包扎，记下受伤时间。"
            ),
            "inject": "一名学生（高年级学生志愿者扮演，佩戴伤情卡：左前臂割伤，出血较多）倒在门卫室旁。",
            "expected": "伤员在保安掩护下转移，出血得到控制。",
            "success": "伤员在3分钟节点前完成止血包扎。",
        },
        {
            "offset": 100,
            "phase": "互救",
            "role": "校领导",
            "action": (
                "向110补充报警（演练中拨打导演组指定号码）：学校名称和准确位置、行凶者人数和凶器、控制情况、伤员人数；"
                "安排专人拨打120，并请校门外护学岗力量支援。"
            ),
            "inject": "",
            "expected": "报警信息完整准确，护学岗人员向校门靠拢。",
            "success": "补充报警讲清位置、人数、凶器、伤情四项。",
        },
        {
            "offset": 150,
            "phase": "互救",
            "role": "专职保安",
            "action": (
                "教职工应急队员携钢叉、盾牌赶到，两把钢叉分别控制行凶者腰部和持刀手臂，把其压制在墙边；"
                "用橡胶棍格挡打落道具刀（演练中只做动作，不实际击打），把刀踢离后由一人看管。"
            ),
            "inject": "",
            "expected": "行凶者被压制，道具刀脱手并有人看管；控制人员不松手、不殴打。",
            "success": "3分钟内行凶者被控制，道具刀被隔离。",
        },
        {
            "offset": 170,
            "phase": "互救",
            "role": "门卫",
            "action": (
                "暂停入校，关闭人行通道；请护学岗人员和家长带校门外的学生远离校门；清空校门前道路，"
                "为警车和救护车留出通道。"
            ),
            "inject": "",
            "expected": "校门外无学生聚集，车道畅通。",
            "success": "增援车辆到达前校门通道已清空。",
        },
        {
            "offset": 210,
            "phase": "增援到位",
            "role": "门卫",
            "action": "打开车辆通道放行警车，引导民警到控制点，记录到达时间。",
            "inject": "导演组宣布：派出所巡逻车已到达校门外。",
            "expected": "民警下车后直接被引导到行凶者被控制的位置。",
            "success": "警车到达后30秒内引导到位，到达时间有记录。",
        },
        {
            "offset": 240,
            "phase": "增援到位",
            "role": "法治副校长（民警）",
            "action": (
                "随派出所警力到场，接手控制行凶者并上铐（演练中模拟），搜身确认无其他凶器；"
                "询问是否有同伙，确认现场安全后示意保安撤下钢叉。"
            ),
            "inject": "",
            "expected": "控制权由保安平稳交给民警，交接过程中行凶者始终处于控制之下。",
            "success": "5分钟内民警接手并确认现场安全。",
        },
        {
            "offset": 270,
            "phase": "增援到位",
            "role": "校医",
            "action": "向急救人员交接伤情：受伤时间、部位、出血情况和已采取的处置，协助把伤员抬上担架。",
            "inject": "导演组宣布：120急救车已到达。",
            "expected": "急救人员接手伤员，校医的记录随伤员移交。",
            "success": "交接内容完整，伤员移交急救人员。",
        },
        {
            "offset": 300,
            "phase": "增援到位",
            "role": "校领导",
            "action": (
                "确认行凶者已被民警带离、伤员已交急救人员后，通过广播解除警报；向教育行政部门报告（模拟），"
                "安排班主任安抚学生，由学校统一通知家长。"
            ),
            "inject": "",
            "expected": "全校收到解除警报的广播，各班恢复正常秩序。",
            "success": "5分钟节点宣布解除警报并完成首次报告。",
        },
        {
            "offset": 600,
            "phase": "总结讲评",
            "role": "法治副校长（民警）",
            "action": (
                "主持现场讲评：回放监控，对照1分钟、3分钟、5分钟节点逐一点评报警、控制、避险和救护；"
                "示范两把钢叉“一叉腰、一压臂”的配合要领。"
            ),
            "inject": "",
            "expected": "参演人员知道自己的实测时间和需要改进的动作。",
            "success": "每个时间节点都有实测时间和点评意见。",
        },
        {
            "offset": 900,
            "phase": "总结讲评",
            "role": "班主任",
            "action": (
                "回到班级讲评5分钟：表扬做得好的地方，再讲一遍遇到持刀人员要“远离、躲避、报告”；"
                "询问有没有同学感到害怕，必要时转介心理老师。"
            ),
            "inject": "",
            "expected": "学生能说出遇险时的正确做法，情绪平稳。",
            "success": "每班完成讲评，需要关注的学生已转介。",
        },
        {
            "offset": 1200,
            "phase": "总结讲评",
            "role": "校领导",
            "action": (
                "汇总观察员记录，把发现的问题（如器械存放位置、对讲机盲区、暗语不熟）记入安全工作台账，"
                "明确整改责任人和完成期限，确定下次演练时间。"
            ),
            "inject": "",
            "expected": "形成问题清单和整改安排。",
            "success": "问题清单已写入台账，每项都有责任人和期限。",
        },
    ],
    "safety_controls": [
        (
            "行凶者由经过训练的民警扮演，衣内穿戴护具，只使用泡沫或橡胶道具刀；演练前由导演组当众检查所有道具，"
            "现场不得出现真刀或其他真实凶器。"
        ),
        (
            "钢叉叉口加软质护套，只控制腰部和四肢，不朝头颈部推；催泪喷射器只做动作、不喷射；"
            "橡胶棍只做格挡动作、不实际击打。"
        ),
        (
            "演练时间和内容提前告知全体师生和家长，并向属地派出所和110报警服务台报备；"
            "一键报警和电话报警开口先说“这是演练”，电话一律拨打导演组指定号码。"
        ),
        (
            "演练安排在非真实上学时段，由学生志愿者模拟入校人流；校门外设警戒和提示牌，不让路人卷入；"
            "学生与扮演者保持5米以上距离，不与扮演者有身体接触。"
        ),
        (
            "设安全员和停止口令“停止演练”（同时吹长哨）：有人受伤、器械异常或有人情绪失控时，"
            "所有人立即停止动作、原地待命。"
        ),
        "低年级学生不安排近距离观看；伤员由高年级学生志愿者佩戴伤情卡扮演，不使用仿真血浆；演练后关注学生情绪。",
    ],
    "evaluation": [
        "门卫是否在10秒内触发一键报警，对讲机通报是否讲清位置、人数和凶器。",
        "1分钟内是否有至少2名保安戴好防割手套、持钢叉和盾牌到位，并始终与行凶者保持器械长度的距离。",
        "3分钟内行凶者是否被控制、道具刀是否被隔离看管；控制过程中有无过度使用武力。",
        "学生是否迅速离开危险区域，有无围观、拥挤；各班是否在3分钟内锁门避险并按人数上报。",
        "伤员是否在行凶者被阻隔后才转移，止血包扎是否规范，交接内容是否完整。",
        "5分钟内民警是否到场并完成交接；警车和救护车通道是否畅通。",
        "讲评发现的问题是否记入台账，并明确整改责任人和期限。",
    ],
}

_EN = {
    "title": "Knife attacker at the school gate: emergency response drill (“1-3-5” minimum emergency unit)",
    "summary": (
        "At the morning arrival peak a man with a knife forces his way in through the pedestrian gate. The drill "
        "follows the minimum emergency unit of “1 minute self-rescue, 3 minutes mutual rescue, 5 minutes "
        "reinforcement in place” and tests the guard's alarm, control by security, sheltering of students and "
        "staff, first aid for the injured and police–school coordination."
    ),
    "objectives": [
        "The duty guard triggers the one-click emergency alarm within 10 seconds of spotting the danger and states "
        "the location, the number of attackers and the weapon over the radio",
        "Within 1 minute full-time security guards wearing cut-resistant gloves are in place with steel forks and "
        "shields, keeping the length of their equipment away from the attacker and forming a barrier",
        "Within 3 minutes the school's emergency team has reinforced, the attacker is controlled, all students are "
        "sheltering in locked classrooms and the injured student's bleeding is stopped and bandaged",
        "Within 5 minutes police reinforcements are in place and take over the attacker and the scene",
        "Know how to use the steel fork, shield, cut-resistant gloves, tear-gas sprayer and baton correctly and "
        "as a team",
    ],
    "roles": [
        {
            "name": "Duty guard",
            "filled_by": "duty_guard",
            "responsibilities": (
                "Keeps the gate. On spotting danger, shouts a warning at once, triggers the one-click emergency "
                "alarm and reports over the radio; stops entry, moves people outside away from the gate and keeps "
                "a lane open for police cars and ambulances."
            ),
        },
        {
            "name": "Full-time security guards",
            "filled_by": "security_team",
            "responsibilities": (
                "Wearing cut-resistant gloves, block and control the attacker with steel forks, shields, batons "
                "and other equipment, cover the students' escape and hold on until police take over."
            ),
        },
        {
            "name": "Class teachers",
            "filled_by": "class_teacher",
            "responsibilities": (
                "The teacher on duty at the gate leads students quickly out of the danger zone; class teachers take "
                "their students into classrooms, lock the doors, keep them away from doors and windows, count "
                "them and report the numbers."
            ),
        },
        {
            "name": "School leader",
            "filled_by": "school_leader",
            "responsibilities": (
                "The school leader on duty is incident commander: activates the emergency plan, calls up the "
                "emergency team, gives the police (110) further details, and handles all reports upwards and all "
                "information to parents."
            ),
        },
        {
            "name": "School doctor",
            "filled_by": "school_doctor",
            "responsibilities": (
                "Waits with the first-aid kit in a safe position, treats the injured once the attacker is blocked "
                "off and hands the casualty over to the 120 ambulance crew."
            ),
        },
        {
            "name": "Rule-of-law vice principal (police officer)",
            "filled_by": "police_liaison",
            "responsibilities": (
                "An officer from the local police station. After the alarm, arrives with the station's officers, "
                "takes control of the attacker and confirms the scene is safe; leads the debrief after the drill."
            ),
        },
    ],
    "equipment": [
        {"item": "Steel fork (prongs fitted with soft covers)", "quantity": "4", "location": "Guard room rack"},
        {"item": "Shield", "quantity": "2", "location": "Guard room rack"},
        {"item": "Cut-resistant gloves", "quantity": "4 pairs", "location": "Guard room rack"},
        {"item": "Tear-gas sprayer (not discharged in the drill)", "quantity": "2", "location": "Carried by guards"},
        {"item": "Baton", "quantity": "3", "location": "Carried by guards"},
        {"item": "One-click emergency alarm", "quantity": "1 set", "location": "Guard room"},
        {
            "item": "Two-way radio",
            "quantity": "6",
            "location": "Duty guard, security guards, school leader on duty, school doctor",
        },
        {"item": "First-aid kit", "quantity": "2", "location": "Medical room, guard room"},
        {
            "item": "Foam prop knife",
            "quantity": "1",
            "location": "Carried by the role-player, checked by the drill controllers beforehand",
        },
        {"item": "Stopwatch and observation sheet", "quantity": "2 sets", "location": "Observers"},
    ],
    "phases": [
        {
            "name": "Self-rescue",
            "target_seconds": 60,
            "goal": (
                "The one-click alarm has been triggered and reported; at least 2 guards with steel forks and shields "
                "stand between the attacker and the students; students near the gate have left the danger zone."
            ),
        },
        {
            "name": "Mutual rescue",
            "target_seconds": 180,
            "goal": (
                "The emergency team is there, the attacker pinned and the prop knife guarded; all students are in "
                "locked classrooms with numbers reported; the casualty's bleeding is stopped and bandaged."
            ),
        },
        {
            "name": "Reinforcement in place",
            "target_seconds": 300,
            "goal": (
                "Police have arrived, taken over the attacker and confirmed the scene is safe; the casualty is with "
                "the ambulance crew; the school leader has called the all-clear."
            ),
        },
        {
            "name": "Debrief",
            "target_seconds": None,
            "goal": (
                "Each part is reviewed against the “1-3-5” time points; problems are entered in the ledger with a "
                "person responsible and a deadline for rectification."
            ),
        },
    ],
    "timeline": [
        {
            "offset": 0,
            "phase": "Self-rescue",
            "role": "Duty guard",
            "action": (
                "Shouts “Danger, get into the teaching building!”, presses the one-click emergency alarm at once and "
                "calls over the radio: “A man with a knife has forced his way in at the gate, need support!”"
            ),
            "inject": (
                "07:35, arrival peak: a man (a police officer role-playing, holding a foam prop knife) forces his way "
                "in through the pedestrian gate and rushes at arriving students, waving the knife."
            ),
            "expected": (
                "Students and staff near the gate hear the warning and move towards the teaching building; the "
                "guards and the school leader on duty receive the alert over the radio."
            ),
            "success": "One-click alarm triggered and radio report made within 10 seconds.",
        },
        {
            "offset": 5,
            "phase": "Self-rescue",
            "role": "Class teachers",
            "action": (
                "The teacher on duty at the gate calls “Don't stand and watch, follow me!” and leads nearby students "
                "away from the attacker along the planned route into the teaching building, reminding them not to "
                "push, not to look back and not to pick up dropped belongings."
            ),
            "inject": "",
            "expected": "Students leave the gate area in order; nobody stays to watch.",
            "success": "Within 30 seconds no student remains within 10 m inside the gate.",
        },
        {
            "offset": 10,
            "phase": "Self-rescue",
            "role": "Full-time security guards",
            "action": (
                "Two guards take steel forks and shields from the guard room rack, putting on cut-resistant gloves "
                "as they run; the shield-bearer goes in front, the fork-bearer to the side, and they place "
                "themselves between the attacker and the students."
            ),
            "inject": "",
            "expected": (
                "The guards form a barrier between attacker and students and always keep a fork's length away from "
                "the attacker."
            ),
            "success": "Within 40 seconds 2 armed guards are in place and form a barrier.",
        },
        {
            "offset": 30,
            "phase": "Self-rescue",
            "role": "School leader",
            "action": (
                "On receiving the report, the school leader on duty activates the emergency plan for campus "
                "violence: broadcasts the agreed code phrase telling classes to shut their doors and shelter, and "
                "orders the staff emergency team to bring equipment to the gate."
            ),
            "inject": "",
            "expected": "The code phrase is broadcast across the school; teachers on every floor start moving students "
            "back into classrooms.",
            "success": "Broadcast made and assembly order given within 1 minute of the alarm.",
        },
        {
            "offset": 50,
            "phase": "Self-rescue",
            "role": "Full-time security guards",
            "action": (
                "The fork-bearer shouts “Drop the knife!”, catches the attacker at the waist with the steel fork and "
                "forces him towards the wall; the shield-bearer covers his partner with the shield; a third guard "
                "stands by behind and to the side with a tear-gas sprayer (not discharged in the drill)."
            ),
            "inject": "The attacker fights back with the knife and tries to get round the fork towards the teaching "
            "building.",
            "expected": (
                "The guards hold the fork steady and do not let go, the shield stays between the prop knife and "
                "people, and the attacker is kept against the wall."
            ),
            "success": "The attacker does not break through; nobody comes within reach of the prop knife.",
        },
        {
            "offset": 70,
            "phase": "Mutual rescue",
            "role": "Class teachers",
            "action": (
                "Class teachers (or the subject teachers present) take students into classrooms, lock the doors, "
                "draw the curtains and have students crouch by their desks away from doors and windows and keep "
                "quiet; they count students and report “expected, present, not yet arrived” as numbers in the "
                "grade group chat."
            ),
            "inject": "",
            "expected": "Corridors are empty of students; class numbers reach the grade leaders one after another.",
            "success": "All classes locked in and numbers reported within 3 minutes.",
        },
        {
            "offset": 90,
            "phase": "Mutual rescue",
            "role": "School doctor",
            "action": (
                "Waits with the first-aid kit in a safe position behind the guard room; once the guards signal that "
                "the attacker is blocked off, moves the casualty away from the attacker under their cover, puts on "
                "gloves, applies direct pressure and a pressure bandage, and notes the time of injury."
            ),
            "inject": (
                "A student (played by an older student volunteer wearing an injury card: cut to the left forearm, "
                "heavy bleeding) is lying beside the guard room."
            ),
            "expected": "The casualty is moved under the guards' cover and the bleeding is controlled.",
            "success": "Bleeding stopped and bandaged before the 3-minute mark.",
        },
        {
            "offset": 100,
            "phase": "Mutual rescue",
            "role": "School leader",
            "action": (
                "Gives the police (110) further details (in the drill, calls the number set by the drill "
                "controllers): the school's name and exact location, number of attackers and weapon, how far he is "
                "controlled, number of injured; has someone call 120 and asks the student protection post outside "
                "the gate for support."
            ),
            "inject": "",
            "expected": "The report is complete and accurate; staff from the student protection post move towards "
            "the gate.",
            "success": "The report states location, number of attackers, weapon and injuries.",
        },
        {
            "offset": 150,
            "phase": "Mutual rescue",
            "role": "Full-time security guards",
            "action": (
                "Staff emergency team members arrive with steel forks and shields; two forks control the attacker's "
                "waist and knife arm and pin him against the wall; a baton is used to parry and knock the prop "
                "knife away (only the movement in the drill, no real blows), the knife is kicked clear and one "
                "person guards it."
            ),
            "inject": "",
            "expected": (
                "The attacker is pinned, the prop knife is out of his hand and guarded; those controlling him do "
                "not let go and do not beat him."
            ),
            "success": "Attacker controlled and prop knife isolated within 3 minutes.",
        },
        {
            "offset": 170,
            "phase": "Mutual rescue",
            "role": "Duty guard",
            "action": (
                "Stops entry and closes the pedestrian gate; asks the student protection post staff and parents to "
                "take students outside away from the gate; clears the road in front of the gate, leaving a lane "
                "for police cars and ambulances."
            ),
            "inject": "",
            "expected": "No students gather outside the gate; the lane is clear.",
            "success": "Gate lane cleared before reinforcement vehicles arrive.",
        },
        {
            "offset": 210,
            "phase": "Reinforcement in place",
            "role": "Duty guard",
            "action": (
                "Opens the vehicle gate for the police car, leads the officers to where the attacker is held and "
                "records the time of arrival."
            ),
            "inject": "The drill controllers announce: a police station patrol car has arrived outside the gate.",
            "expected": "The officers are led straight from their car to where the attacker is controlled.",
            "success": "Officers led to the spot within 30 seconds of arrival; arrival time recorded.",
        },
        {
            "offset": 240,
            "phase": "Reinforcement in place",
            "role": "Rule-of-law vice principal (police officer)",
            "action": (
                "Arrives with the station's officers, takes control of the attacker and handcuffs him (simulated), "
                "searches him for other weapons, asks whether there are accomplices, and once the scene is safe "
                "signals the guards to withdraw their forks."
            ),
            "inject": "",
            "expected": (
                "Control passes smoothly from the guards to the police; the attacker stays under control throughout "
                "the handover."
            ),
            "success": "Police take over and confirm the scene is safe within 5 minutes.",
        },
        {
            "offset": 270,
            "phase": "Reinforcement in place",
            "role": "School doctor",
            "action": (
                "Hands over to the ambulance crew: time of injury, site, bleeding and the care given; helps lift "
                "the casualty onto the stretcher."
            ),
            "inject": "The drill controllers announce: the 120 ambulance has arrived.",
            "expected": "The crew takes over the casualty; the doctor's notes go with the casualty.",
            "success": "Complete handover; casualty passed to the ambulance crew.",
        },
        {
            "offset": 300,
            "phase": "Reinforcement in place",
            "role": "School leader",
            "action": (
                "Once the attacker has been taken away by police and the casualty handed to the ambulance crew, "
                "broadcasts the all-clear; reports to the education authority (simulated); has class teachers "
                "reassure students; the school informs parents with one message."
            ),
            "inject": "",
            "expected": "The whole school hears the all-clear and classes return to normal.",
            "success": "All-clear called and first report made at the 5-minute mark.",
        },
        {
            "offset": 600,
            "phase": "Debrief",
            "role": "Rule-of-law vice principal (police officer)",
            "action": (
                "Leads the on-site debrief: replays the CCTV and reviews the alarm, control, sheltering and first "
                "aid against the 1-, 3- and 5-minute marks; demonstrates how two forks work together, “one at the "
                "waist, one on the arm”."
            ),
            "inject": "",
            "expected": "Participants know their measured times and the movements they need to improve.",
            "success": "Every time point has a measured time and comments.",
        },
        {
            "offset": 900,
            "phase": "Debrief",
            "role": "Class teachers",
            "action": (
                "Hold a 5-minute review in class: praise what went well, repeat that with a person carrying a knife "
                "you “get away, hide, report”; ask whether anyone felt frightened and refer students to the school "
                "counsellor where needed."
            ),
            "inject": "",
            "expected": "Students can say what to do in danger and are calm.",
            "success": "Every class reviewed; students needing attention have been referred.",
        },
        {
            "offset": 1200,
            "phase": "Debrief",
            "role": "School leader",
            "action": (
                "Collects the observers' notes, enters the problems found (such as where equipment is stored, radio "
                "blind spots, staff unsure of the code phrase) in the safety ledger with a person responsible and a "
                "deadline, and sets the date of the next drill."
            ),
            "inject": "",
            "expected": "A list of problems and a rectification plan exist.",
            "success": "Problem list entered in the ledger, each item with a person responsible and a deadline.",
        },
    ],
    "safety_controls": [
        (
            "The attacker is played by a trained police officer wearing protective pads under his clothes, using "
            "only a foam or rubber prop knife; the drill controllers check all props in front of everyone "
            "beforehand, and no real knife or other real weapon may be on site."
        ),
        (
            "Steel fork prongs are fitted with soft covers and are used only on the waist and limbs, never pushed "
            "at the head or neck; tear-gas sprayers are only aimed, never discharged; batons are used only to "
            "parry, never to strike."
        ),
        (
            "All students, staff and parents are told the time and content of the drill in advance, and it is "
            "registered with the local police station and the 110 call centre; every alarm, by button or by phone, "
            "begins with “This is a drill”, and phone calls go only to the number set by the drill controllers."
        ),
        (
            "The drill is held outside real arrival time, with student volunteers acting as the arriving crowd; "
            "the area outside the gate is cordoned off and signed so passers-by are not drawn in; students stay "
            "at least 5 m from the role-player and have no physical contact with him."
        ),
        (
            "A safety officer and the stop word “Stop the drill” (with a long whistle): if anyone is hurt, "
            "equipment fails or someone becomes distressed, everyone stops at once and stands by."
        ),
        (
            "Younger students do not watch at close range; the casualty is an older student volunteer wearing an "
            "injury card, with no fake blood; students' feelings are looked after after the drill."
        ),
    ],
    "evaluation": [
        "Did the duty guard trigger the one-click alarm within 10 seconds, and did the radio report state the "
        "location, number of attackers and weapon?",
        "Within 1 minute, were at least 2 guards in place wearing cut-resistant gloves, with steel forks and "
        "shields, always keeping the length of their equipment from the attacker?",
        "Within 3 minutes, was the attacker controlled and the prop knife isolated and guarded; was any excessive "
        "force used?",
        "Did students leave the danger zone quickly, without watching or pushing; did every class lock in and "
        "report its numbers within 3 minutes?",
        "Was the casualty moved only after the attacker was blocked off; was the bleeding control done properly "
        "and the handover complete?",
        "Did police arrive and take over within 5 minutes; was the lane for police cars and ambulances clear?",
        "Were the problems found in the debrief entered in the ledger with a person responsible and a deadline?",
    ],
}

SCENARIO = {
    "slug": "violent-intrusion-1-3-5",
    "type": "violent-intrusion",
    "school_levels": ["primary", "junior_secondary", "senior_secondary"],
    "duration_minutes": 40,
    "zh": _ZH,
    "en": _EN,
}
