"""Demo drill scenario: earthquake during lessons, duck-cover-hold, then evacuation and roll call.

Plain data only (no Django imports). Format: see SCHEMA.md in this package.
The scenario is illustrative; it does not describe real people or schools.
"""

_ZH = {
    "title": "地震应急避险与疏散演练（先避险、后撤离）",
    "summary": (
        "上课期间发生模拟地震。师生先就地避险，震动停止后迅速撤出三层教学楼，途中应对余震，到操场空旷处集合并清点人数。"
    ),
    "objectives": [
        "警报响起后15秒内全体师生就地避险到位，姿势正确",
        "震动停止后2分钟内全部撤出教学楼（警报后150秒内），途中遇余震能就地蹲下护头",
        "6分钟内在远离建筑物和电线的空旷处完成集合，人数逐级上报、核对一致",
        "学生记住“震时就近避险、震后迅速撤离”，不跳楼、不乘电梯、不返回取物",
    ],
    "roles": [
        {
            "name": "校领导",
            "filled_by": "school_leader",
            "responsibilities": ("担任总指挥，在广播室发布避险和疏散指令，在操场汇总人数，决定何时允许返回教学楼。"),
        },
        {
            "name": "班主任",
            "filled_by": "class_teacher",
            "responsibilities": (
                "指挥本班学生就地避险；震动停止后组织学生护头撤离，最后离开教室，到操场清点人数并按人数上报。"
            ),
        },
        {
            "name": "楼层疏导员",
            "filled_by": "other",
            "responsibilities": (
                "由各楼层没有课的教师担任：震时就近避险并制止走廊奔跑；震后守在楼梯口和转角疏导，"
                "遇余震指挥学生就地蹲下，最后检查本层无人。"
            ),
        },
        {
            "name": "专职保安",
            "filled_by": "security_team",
            "responsibilities": (
                "震后到配电室和燃气阀门处按预案切断电源和燃气，打开全部安全出口，在教学楼周围拉警戒线。"
            ),
        },
        {
            "name": "门卫",
            "filled_by": "duty_guard",
            "responsibilities": "打开校门和应急车辆通道，劝阻赶来接孩子的家长在校门外等候，维持校门秩序。",
        },
        {
            "name": "校医",
            "filled_by": "school_doctor",
            "responsibilities": "在操场设临时医疗点，处置擦伤、扭伤和紧张不适的学生，向总指挥报告伤员人数。",
        },
    ],
    "equipment": [
        {"item": "应急广播和警铃（含地震警报、余震音效）", "quantity": "1 套", "location": "广播室"},
        {"item": "对讲机", "quantity": "8 台", "location": "总指挥、各楼层疏导员、保安、门卫、校医"},
        {"item": "手持扩音器", "quantity": "3 个", "location": "各楼层疏导员"},
        {"item": "“已切断”提示牌", "quantity": "2 块", "location": "配电室、食堂燃气阀门处"},
        {"item": "警戒线", "quantity": "2 卷", "location": "保安"},
        {"item": "人数报告卡", "quantity": "每班 1 张", "location": "班主任"},
        {"item": "急救箱", "quantity": "1 个", "location": "操场医疗点"},
        {"item": "秒表和观察记录表", "quantity": "每层 1 套", "location": "观察员"},
    ],
    "phases": [
        {
            "name": "就地避险",
            "target_seconds": 15,
            "goal": (
                "全体师生已就地躲避：躲在课桌下或课桌旁，护住头颈，抓牢桌腿，远离窗户和悬挂物，保持姿势直到震动停止。"
            ),
        },
        {
            "name": "震后疏散",
            "target_seconds": 150,
            "goal": "震动停止后，全体师生按预定路线撤出教学楼，最后一人在警报后150秒内走出出口，各层确认无人。",
        },
        {
            "name": "集合清点",
            "target_seconds": 360,
            "goal": "各班在远离建筑物、围墙和电线的空旷处集合，人数逐级上报并核对一致，伤员得到处置。",
        },
        {
            "name": "总结讲评",
            "target_seconds": None,
            "goal": "公布各阶段实测用时，指出问题，明确整改措施。",
        },
    ],
    "timeline": [
        {
            "offset": 0,
            "phase": "就地避险",
            "role": "校领导",
            "action": "在广播室通过广播连喊“地震了，就地避险！”；震动期间不下达疏散命令。",
            "inject": "上午第二节课，应急广播播放地震警报和模拟震动音效，持续30秒。",
            "expected": "全校师生听到指令后立即就地避险，没有人往外跑。",
            "success": "警报后5秒内播出就地避险指令。",
        },
        {
            "offset": 3,
            "phase": "就地避险",
            "role": "班主任",
            "action": (
                "大声指挥“躲到桌下，护住头！”：学生蹲到课桌下或课桌旁，用书包或双手护住头颈，一手抓牢桌腿；"
                "靠窗的学生离开窗边；教师就近躲在讲台旁护住头部。"
            ),
            "inject": "",
            "expected": "学生不跑出教室、不挤向门口，保持避险姿势。",
            "success": "15秒内全班躲避到位。",
        },
        {
            "offset": 10,
            "phase": "就地避险",
            "role": "楼层疏导员",
            "action": (
                "就近躲到内墙墙角，护住头部，远离玻璃窗和栏杆；大声喝止往楼梯跑的学生，让其靠内墙就地蹲下护头。"
            ),
            "inject": "一名学生（事先知情的扮演者）在走廊往楼梯方向跑。",
            "expected": "奔跑的学生听到喝止后就地蹲下。",
            "success": "震动期间没有人冲向楼梯。",
        },
        {
            "offset": 30,
            "phase": "震后疏散",
            "role": "校领导",
            "action": "确认震动停止后拉响疏散警铃，广播“震动已停止，请各班按路线迅速撤离，注意防范余震”。",
            "inject": "模拟震动音效停止。",
            "expected": "各班听到疏散指令后起身准备撤离。",
            "success": "震动停止后10秒内下达疏散指令。",
        },
        {
            "offset": 35,
            "phase": "震后疏散",
            "role": "专职保安",
            "action": (
                "按预案分头赶到配电室和食堂燃气阀门处，模拟切断电源和燃气（只做动作，挂“已切断”提示牌）；"
                "打开教学楼全部安全出口并守在出口处。"
            ),
            "inject": "",
            "expected": "安全出口全部打开，出口处有人值守。",
            "success": "60秒内报告“电源、燃气已切断，出口已打开”。",
        },
        {
            "offset": 40,
            "phase": "震后疏散",
            "role": "班主任",
            "action": "组织学生用书包护住头部，排成两列迅速出教室；教师检查教室无人后最后离开，跟在本班队尾。",
            "inject": "",
            "expected": "班级有序离开教室，不带其他物品。",
            "success": "疏散指令后30秒内全班离开教室。",
        },
        {
            "offset": 45,
            "phase": "震后疏散",
            "role": "楼层疏导员",
            "action": ("站到楼梯口和转角，指挥班级“快而不跑、靠右下楼”，按顺序放行各班，防止两股人流在转角相撞。"),
            "inject": "",
            "expected": "楼梯上人流连续、不拥堵、无逆行。",
            "success": "各楼梯口按顺序放行，没有班级在转角相撞。",
        },
        {
            "offset": 75,
            "phase": "震后疏散",
            "role": "楼层疏导员",
            "action": (
                "喊“余震，蹲下！”：楼梯上的学生就地蹲下，靠内侧墙壁，护住头部，抓住扶手；"
                "余震音效结束后喊“起立，继续走”。"
            ),
            "inject": "广播播放短促的余震警报和震动音效，持续5秒。",
            "expected": "楼梯上学生立即蹲下护头，余震后有序继续下楼。",
            "success": "余震信号后3秒内楼梯上学生全部蹲下。",
        },
        {
            "offset": 140,
            "phase": "震后疏散",
            "role": "楼层疏导员",
            "action": (
                "最后一个班级下楼后，快速检查本层教室和厕所（不进入明显受损的房间），确认无人后撤离，"
                "用对讲机报告“本层已清空”。"
            ),
            "inject": "",
            "expected": "各层依次报告清空，疏导员随最后一批人员撤出。",
            "success": "警报后150秒内各层报告清空，最后一人走出教学楼。",
        },
        {
            "offset": 180,
            "phase": "集合清点",
            "role": "班主任",
            "action": (
                "带班到操场指定位置，远离教学楼、围墙、旗杆和电线；让学生蹲下或坐下，清点人数，"
                "在人数报告卡上只写人数，交年级组长汇总。"
            ),
            "inject": "",
            "expected": "各班在空旷处就位，人数陆续报到年级组。",
            "success": "每班在4分钟节点前报出应到、实到人数。",
        },
        {
            "offset": 200,
            "phase": "集合清点",
            "role": "门卫",
            "action": (
                "打开校门和应急车辆通道；礼貌劝阻家长，说明学生正在操场集合清点，请家长在校门外等候学校统一通知。"
            ),
            "inject": "两名“家长”（教职工扮演）来到校门，要求进校接孩子。",
            "expected": "家长在校门外等候，应急车辆通道不被占用。",
            "success": "无外来人员进入校园，通道保持畅通。",
        },
        {
            "offset": 240,
            "phase": "集合清点",
            "role": "校医",
            "action": (
                "在医疗点清洗包扎擦伤；让紧张的学生坐下，安抚并引导其放慢呼吸，持续观察；"
                "向总指挥报告伤员人数和所在班级。"
            ),
            "inject": "一名学生（佩戴伤情卡）下楼时被挤擦伤手臂；另一名学生因紧张出现头晕、呼吸急促。",
            "expected": "两名学生得到处置，信息与班级核对一致。",
            "success": "伤员在1分钟内得到处置并报告总指挥。",
        },
        {
            "offset": 300,
            "phase": "集合清点",
            "role": "专职保安",
            "action": "在教学楼各出入口拉警戒线，阻止任何人返回取物。",
            "inject": "",
            "expected": "教学楼出入口有警戒、有人看守。",
            "success": "警戒线在6分钟节点前拉好。",
        },
        {
            "offset": 330,
            "phase": "集合清点",
            "role": "校领导",
            "action": (
                "汇总各班人数并核对一致，向教育行政部门报告（模拟）；宣布在专业人员检查教学楼安全之前，"
                "任何人不得返回教学楼。"
            ),
            "inject": "",
            "expected": "全校人数清楚，师生在操场等候。",
            "success": "6分钟内完成人数核对和报告。",
        },
        {
            "offset": 480,
            "phase": "总结讲评",
            "role": "校领导",
            "action": "宣布演练结束，公布避险、撤离、集合清点三个节点的实测用时，点评余震应对情况。",
            "inject": "",
            "expected": "全体师生知道本次用时和是否达标。",
            "success": "三个时间节点的实测用时已公布。",
        },
        {
            "offset": 900,
            "phase": "总结讲评",
            "role": "班主任",
            "action": (
                "回到教室讲评：复习“震时就近避险、震后迅速撤离”；强调不跳楼、不乘电梯、不返回取物，"
                "到室外要远离建筑物、围墙和电线。"
            ),
            "inject": "",
            "expected": "学生能说出震时和震后的正确做法。",
            "success": "每班完成讲评。",
        },
    ],
    "safety_controls": [
        "不制造真实震动，只用广播音效模拟地震和余震；不真正切断电源和燃气，保安只到位做动作、挂提示牌。",
        "演练前检查课桌是否牢固、通道有无杂物、安全出口是否畅通；提前告知师生和家长演练时间和信号。",
        "疏散要求“快而不跑”，楼梯转角有教师值守；余震时在楼梯上靠内墙蹲下，不趴下、不抱头乱跑。",
        "停止口令为“停止演练”加长哨：出现摔倒、挤压或学生身体不适时，所有人原地停下，听从安全员指挥。",
        "扮演奔跑学生和“家长”的人员事先知情；奔跑只在走廊无人的区段进行。",
        "人数报告卡只写人数，不记录学生姓名；演练照片不公开学生面部。",
    ],
    "evaluation": [
        "警报后15秒内是否全部就地避险，姿势是否正确（护头颈、抓牢桌腿、远离窗户）。",
        "震动期间有无学生跑出教室或冲向楼梯；走廊里的人员是否就地避险。",
        "震动停止后是否10秒内下达疏散指令；最后一人是否在警报后150秒内走出教学楼。",
        "余震信号时楼梯上的学生能否立即蹲下护头，之后有序继续。",
        "集合地点是否远离建筑物和电线；6分钟内是否完成人数核对。",
        "门卫是否稳住到校家长，应急车辆通道是否畅通；有无人员返回教学楼。",
    ],
}

_EN = {
    "title": "Earthquake drill: take cover, then evacuate",
    "summary": (
        "A simulated earthquake strikes during lessons. Students and staff first take cover where they are, then "
        "leave the three-storey teaching building quickly once the shaking stops, deal with an aftershock on the "
        "way, and assemble in an open area to be counted."
    ),
    "objectives": [
        "Within 15 seconds of the alarm everyone has taken cover where they are, in the correct position",
        "Everyone is out of the teaching building within 2 minutes of the shaking stopping (150 seconds after the "
        "alarm) and crouches and protects their head if an aftershock comes on the way",
        "Within 6 minutes everyone is assembled in an open area away from buildings and power lines, with numbers "
        "reported level by level and matching",
        "Students remember “take cover during shaking, get out quickly after it”, and never jump from a building, "
        "use the lift or go back for belongings",
    ],
    "roles": [
        {
            "name": "School leader",
            "filled_by": "school_leader",
            "responsibilities": (
                "Incident commander: gives the take-cover and evacuation orders from the broadcast room, collects "
                "the numbers on the sports ground and decides when the teaching building may be re-entered."
            ),
        },
        {
            "name": "Class teachers",
            "filled_by": "class_teacher",
            "responsibilities": (
                "Direct their students to take cover; once the shaking stops, lead them out with heads protected, "
                "leave the classroom last, count students on the sports ground and report the numbers."
            ),
        },
        {
            "name": "Floor marshals",
            "filled_by": "other",
            "responsibilities": (
                "Teachers without a class at the time, one team per floor: take cover during shaking and stop "
                "anyone running in the corridor; after it, direct classes at stairway entrances and landings, make "
                "students crouch if an aftershock comes, and finally check their floor is empty."
            ),
        },
        {
            "name": "Full-time security guards",
            "filled_by": "security_team",
            "responsibilities": (
                "After the shaking, go to the switch room and the gas valve to cut the power and gas as the plan "
                "says, open every emergency exit and put up a cordon round the teaching building."
            ),
        },
        {
            "name": "Duty guard",
            "filled_by": "duty_guard",
            "responsibilities": (
                "Opens the school gate and the emergency vehicle lane, asks parents who arrive to collect their "
                "children to wait outside, and keeps order at the gate."
            ),
        },
        {
            "name": "School doctor",
            "filled_by": "school_doctor",
            "responsibilities": (
                "Sets up a first-aid point on the sports ground, treats grazes, sprains and students who are "
                "distressed, and reports the number of injured to the commander."
            ),
        },
    ],
    "equipment": [
        {
            "item": "Emergency public address and alarm bells (with earthquake alarm and aftershock sounds)",
            "quantity": "1 set",
            "location": "Broadcast room",
        },
        {
            "item": "Two-way radio",
            "quantity": "8",
            "location": "Commander, floor marshals, security guards, duty guard, school doctor",
        },
        {"item": "Hand-held megaphone", "quantity": "3", "location": "Floor marshals"},
        {"item": "“Switched off” sign", "quantity": "2", "location": "Switch room, canteen gas valve"},
        {"item": "Cordon tape", "quantity": "2 rolls", "location": "Security guards"},
        {"item": "Headcount card", "quantity": "1 per class", "location": "Class teachers"},
        {"item": "First-aid kit", "quantity": "1", "location": "First-aid point on the sports ground"},
        {"item": "Stopwatch and observation sheet", "quantity": "1 set per floor", "location": "Observers"},
    ],
    "phases": [
        {
            "name": "Take cover",
            "target_seconds": 15,
            "goal": (
                "Everyone has taken cover where they are: under or beside a desk, head and neck protected, holding "
                "a desk leg, away from windows and hanging objects, staying put until the shaking stops."
            ),
        },
        {
            "name": "Evacuation after shaking",
            "target_seconds": 150,
            "goal": (
                "After the shaking stops everyone leaves the teaching building by the planned routes; the last "
                "person is out of the exit within 150 seconds of the alarm and every floor is confirmed empty."
            ),
        },
        {
            "name": "Assembly and roll call",
            "target_seconds": 360,
            "goal": (
                "Every class is assembled in an open area away from buildings, walls and power lines; numbers are "
                "reported level by level and match; the injured have been treated."
            ),
        },
        {
            "name": "Debrief",
            "target_seconds": None,
            "goal": "Measured times for each phase are announced, problems named and rectification measures agreed.",
        },
    ],
    "timeline": [
        {
            "offset": 0,
            "phase": "Take cover",
            "role": "School leader",
            "action": (
                "Calls repeatedly over the public address from the broadcast room: “Earthquake, take cover where "
                "you are!”; gives no evacuation order while the shaking lasts."
            ),
            "inject": (
                "Second morning period: the public address plays the earthquake alarm and a simulated shaking sound "
                "lasting 30 seconds."
            ),
            "expected": "Everyone takes cover at once on hearing the order; nobody runs outside.",
            "success": "Take-cover order broadcast within 5 seconds of the alarm.",
        },
        {
            "offset": 3,
            "phase": "Take cover",
            "role": "Class teachers",
            "action": (
                "Call loudly “Under your desks, protect your heads!”: students crouch under or beside their desks, "
                "protect head and neck with a schoolbag or both hands and hold a desk leg with one hand; students by "
                "the windows move away from them; the teacher takes cover beside the teacher's desk, protecting their "
                "head."
            ),
            "inject": "",
            "expected": "Students do not run out of the classroom or crowd the door, and hold their position.",
            "success": "The whole class is in cover within 15 seconds.",
        },
        {
            "offset": 10,
            "phase": "Take cover",
            "role": "Floor marshals",
            "action": (
                "Take cover in the nearest corner of an inner wall, protect their heads, keep away from glass and "
                "railings; shout at any student running for the stairs to crouch at once against the inner wall and "
                "protect their head."
            ),
            "inject": "A student (a role-player who knows the plan) runs along the corridor towards the stairs.",
            "expected": "The running student crouches on being told.",
            "success": "Nobody rushes for the stairs while the shaking lasts.",
        },
        {
            "offset": 30,
            "phase": "Evacuation after shaking",
            "role": "School leader",
            "action": (
                "Once the shaking has stopped, sounds the evacuation bell and broadcasts “The shaking has stopped, "
                "all classes leave quickly by your routes, watch out for aftershocks”."
            ),
            "inject": "The simulated shaking sound stops.",
            "expected": "Classes stand up and get ready to leave on hearing the order.",
            "success": "Evacuation order given within 10 seconds of the shaking stopping.",
        },
        {
            "offset": 35,
            "phase": "Evacuation after shaking",
            "role": "Full-time security guards",
            "action": (
                "Split up as the plan says to the switch room and the canteen gas valve and simulate cutting the "
                "power and gas (movements only, hanging a “Switched off” sign); open every emergency exit of the "
                "teaching building and stand guard there."
            ),
            "inject": "",
            "expected": "All emergency exits are open and staffed.",
            "success": "Within 60 seconds they report “Power and gas off, exits open”.",
        },
        {
            "offset": 40,
            "phase": "Evacuation after shaking",
            "role": "Class teachers",
            "action": (
                "Have students protect their heads with their schoolbags, line up in two files and leave quickly; "
                "the teacher checks the classroom is empty, leaves last and follows at the back of the class."
            ),
            "inject": "",
            "expected": "The class leaves in order, carrying nothing else.",
            "success": "The whole class is out of the classroom within 30 seconds of the order.",
        },
        {
            "offset": 45,
            "phase": "Evacuation after shaking",
            "role": "Floor marshals",
            "action": (
                "Stand at stairway entrances and landings, direct classes “quick, but don't run, keep right going "
                "down” and let classes on in turn so two streams do not collide at a landing."
            ),
            "inject": "",
            "expected": "Steady flow on the stairs, no crowding, nobody going the wrong way.",
            "success": "Classes let on in turn at each stairway; no collisions at landings.",
        },
        {
            "offset": 75,
            "phase": "Evacuation after shaking",
            "role": "Floor marshals",
            "action": (
                "Shout “Aftershock, crouch!”: students on the stairs crouch where they are against the inner wall, "
                "protect their heads and hold the handrail; when the aftershock sound ends, call “Stand up, keep "
                "going”."
            ),
            "inject": "The public address plays a short aftershock alarm and shaking sound lasting 5 seconds.",
            "expected": "Students on the stairs crouch and protect their heads at once, then carry on down in order.",
            "success": "Everyone on the stairs is crouching within 3 seconds of the aftershock signal.",
        },
        {
            "offset": 140,
            "phase": "Evacuation after shaking",
            "role": "Floor marshals",
            "action": (
                "After the last class has gone down, quickly check the classrooms and toilets on their floor (not "
                "entering rooms that are visibly damaged), leave once they are empty and report by radio “Floor "
                "clear”."
            ),
            "inject": "",
            "expected": "Each floor reports clear in turn; the marshals leave with the last group.",
            "success": "Every floor reported clear and the last person out within 150 seconds of the alarm.",
        },
        {
            "offset": 180,
            "phase": "Assembly and roll call",
            "role": "Class teachers",
            "action": (
                "Take the class to its place on the sports ground, away from the teaching building, walls, the "
                "flagpole and power lines; have students crouch or sit, count them, write only the numbers on the "
                "headcount card and give it to the grade leader."
            ),
            "inject": "",
            "expected": "Classes are in place in the open; numbers reach the grade leaders one after another.",
            "success": "Every class reports expected and present numbers before the 4-minute mark.",
        },
        {
            "offset": 200,
            "phase": "Assembly and roll call",
            "role": "Duty guard",
            "action": (
                "Opens the school gate and the emergency vehicle lane; politely stops the parents, explains that "
                "students are assembling and being counted on the sports ground, and asks them to wait outside for "
                "the school's message."
            ),
            "inject": "Two “parents” (played by staff) arrive at the gate asking to go in and collect their children.",
            "expected": "The parents wait outside the gate; the emergency vehicle lane stays clear.",
            "success": "No outsiders enter the campus; the lane stays clear.",
        },
        {
            "offset": 240,
            "phase": "Assembly and roll call",
            "role": "School doctor",
            "action": (
                "Cleans and dresses the graze at the first-aid point; sits the distressed student down, reassures "
                "them, guides them to slow their breathing and keeps watching; reports the number of injured and "
                "their classes to the commander."
            ),
            "inject": (
                "A student (wearing an injury card) grazed an arm in the crush on the stairs; another feels dizzy "
                "and is breathing fast from stress."
            ),
            "expected": "Both students are looked after and their details match their classes' reports.",
            "success": "Casualties treated within 1 minute and reported to the commander.",
        },
        {
            "offset": 300,
            "phase": "Assembly and roll call",
            "role": "Full-time security guards",
            "action": "Put cordon tape across every entrance of the teaching building and stop anyone going back in.",
            "inject": "",
            "expected": "Every entrance is cordoned off and guarded.",
            "success": "Cordon in place before the 6-minute mark.",
        },
        {
            "offset": 330,
            "phase": "Assembly and roll call",
            "role": "School leader",
            "action": (
                "Totals and checks the numbers from every class, reports to the education authority (simulated) "
                "and announces that nobody may go back into the teaching building until professionals have checked "
                "it is safe."
            ),
            "inject": "",
            "expected": "Numbers for the whole school are clear; everyone waits on the sports ground.",
            "success": "Numbers checked and report made within 6 minutes.",
        },
        {
            "offset": 480,
            "phase": "Debrief",
            "role": "School leader",
            "action": (
                "Declares the drill over, announces the measured times for taking cover, evacuation and assembly, "
                "and comments on how the aftershock was handled."
            ),
            "inject": "",
            "expected": "Everyone knows the times and whether the targets were met.",
            "success": "Measured times for all three time points announced.",
        },
        {
            "offset": 900,
            "phase": "Debrief",
            "role": "Class teachers",
            "action": (
                "Review in the classroom: go over “take cover during shaking, get out quickly after it”; stress "
                "never jumping, never using the lift, never going back for belongings, and keeping away from "
                "buildings, walls and power lines once outside."
            ),
            "inject": "",
            "expected": "Students can say what to do during and after shaking.",
            "success": "Every class has held its review.",
        },
    ],
    "safety_controls": [
        (
            "No real shaking is produced: the earthquake and aftershock are only sound effects; power and gas are "
            "not really cut, the guards only go to the spot, make the movements and hang the signs."
        ),
        (
            "Before the drill, check that desks are sturdy, corridors are clear and emergency exits are open; tell "
            "students, staff and parents the time and signals in advance."
        ),
        (
            "The rule is “quick, but don't run”, with teachers at stairway landings; in the aftershock, students "
            "crouch against the inner wall on the stairs and never lie down or run about blindly."
        ),
        (
            "The stop word is “Stop the drill” with a long whistle: if anyone falls, is crushed or feels unwell, "
            "everyone stops where they are and follows the safety officer."
        ),
        (
            "The student who runs and the “parents” know the plan in advance; the running is done only on an empty "
            "stretch of corridor."
        ),
        "Headcount cards carry numbers only, no student names; drill photos do not show students' faces publicly.",
    ],
    "evaluation": [
        "Was everyone in cover within 15 seconds of the alarm, in the correct position (head and neck protected, "
        "holding a desk leg, away from windows)?",
        "Did any student run out of the classroom or rush for the stairs during the shaking; did people in the "
        "corridor take cover where they were?",
        "Was the evacuation order given within 10 seconds of the shaking stopping; was the last person out of the "
        "building within 150 seconds of the alarm?",
        "At the aftershock signal, did students on the stairs crouch and protect their heads at once and then "
        "carry on in order?",
        "Was the assembly area away from buildings and power lines; were numbers checked within 6 minutes?",
        "Did the duty guard keep the arriving parents calm outside, and was the emergency lane clear; did anyone "
        "go back into the building?",
    ],
}

SCENARIO = {
    "slug": "earthquake-duck-cover-evacuate",
    "type": "earthquake-evacuation",
    "school_levels": ["primary", "junior_secondary", "senior_secondary"],
    "duration_minutes": 30,
    "zh": _ZH,
    "en": _EN,
}
