"""Demo drill scenario: fire in a three-storey teaching building, evacuation and roll call.

Plain data only (no Django imports). Format: see SCHEMA.md in this package.
The scenario is illustrative; it does not describe real people or schools.
"""

_ZH = {
    "title": "教学楼火灾疏散演练（三层教学楼）",
    "summary": (
        "班会课时，三层教学楼二楼东侧储物间起火，东侧楼梯被“烟雾”封堵。全体师生须在2分钟内撤出教学楼，"
        "5分钟内在操场完成集合和人数清点。"
    ),
    "objectives": [
        "全体师生在警报响起后2分钟内撤出三层教学楼",
        "通道受阻时，班主任和楼层疏导员能及时把班级改走其他楼梯",
        "5分钟内在操场完成集合，逐级上报人数，做到不漏一人",
        "学生掌握捂口鼻、低姿、靠右走、不推挤、不返回取物的疏散要领",
    ],
    "roles": [
        {
            "name": "校领导",
            "filled_by": "school_leader",
            "responsibilities": (
                "担任总指挥：接到火情报告后下达疏散命令，在操场汇总人数，向消防救援人员（导演组扮演）报告。"
            ),
        },
        {
            "name": "门卫（消控室值班）",
            "filled_by": "duty_guard",
            "responsibilities": (
                "监看火灾报警控制器和监控画面，发现报警后立即核实并报告总指挥，拨打119；"
                "打开校门和消防车通道，引导消防车。"
            ),
        },
        {
            "name": "专职保安",
            "filled_by": "security_team",
            "responsibilities": (
                "携灭火器赶到起火点外侧判断火势：能扑救的扑救初起火灾，不能扑救的关门阻隔烟雾后撤离；"
                "守住教学楼出口，不让任何人返回楼内。"
            ),
        },
        {
            "name": "楼层疏导员",
            "filled_by": "other",
            "responsibilities": (
                "由各楼层没有课的教师担任，守在楼梯口和转角，指挥班级按路线下楼，通道受阻时改道，"
                "最后检查本层厕所、办公室等房间有无滞留人员。"
            ),
        },
        {
            "name": "班主任",
            "filled_by": "class_teacher",
            "responsibilities": ("组织本班学生排队撤离，最后一个离开教室并关门，到操场清点人数，按人数上报。"),
        },
        {
            "name": "校医",
            "filled_by": "school_doctor",
            "responsibilities": "在操场集合点设临时医疗点，处置疏散中的扭伤、擦伤，向总指挥报告伤员人数和所在班级。",
        },
    ],
    "equipment": [
        {"item": "火灾报警控制器、警铃和应急广播", "quantity": "1 套", "location": "消控室"},
        {"item": "手提式干粉灭火器（演练中不喷射）", "quantity": "2 具", "location": "二楼楼梯口消防箱"},
        {"item": "“火点”“烟雾封堵”标识牌（代替真实烟火）", "quantity": "3 块", "location": "导演组"},
        {"item": "对讲机", "quantity": "8 台", "location": "总指挥、门卫、保安、各楼层疏导员、校医"},
        {"item": "手持扩音器", "quantity": "3 个", "location": "各楼层疏导员"},
        {"item": "班级牌和人数报告卡", "quantity": "每班 1 套", "location": "班主任"},
        {"item": "急救箱", "quantity": "1 个", "location": "操场医疗点"},
        {"item": "秒表和观察记录表", "quantity": "每层 1 套", "location": "观察员"},
    ],
    "phases": [
        {
            "name": "疏散撤离",
            "target_seconds": 120,
            "goal": "最后一名师生走出教学楼出口；各楼层疏导员已确认本层教室、厕所、办公室无人。",
        },
        {
            "name": "集合清点",
            "target_seconds": 300,
            "goal": ("各班在操场指定位置集合，逐级上报应到、实到人数，差异已核实清楚；总指挥已向消防救援人员报告。"),
        },
        {
            "name": "总结讲评",
            "target_seconds": None,
            "goal": "公布实测用时，指出问题，明确整改措施。",
        },
    ],
    "timeline": [
        {
            "offset": 0,
            "phase": "疏散撤离",
            "role": "门卫（消控室值班）",
            "action": (
                "通过监控和对讲机核实火情，立即报告总指挥：“二楼东侧储物间发生火情”；拨打119（演练中拨打导演组指定号码），"
                "讲清学校地址、起火建筑和楼层。"
            ),
            "inject": (
                "下午第一节班会课，火灾报警控制器显示二楼东侧储物间烟感报警，监控画面中储物间门口挂出“烟雾”标识牌。"
            ),
            "expected": "总指挥在15秒内收到火情报告。",
            "success": "15秒内完成核实和报告，119报警内容完整。",
        },
        {
            "offset": 10,
            "phase": "疏散撤离",
            "role": "校领导",
            "action": (
                "下达疏散命令：拉响警铃，通过应急广播连续播报三遍“二楼东侧发生火情，请各班立即按预定路线疏散”。"
            ),
            "inject": "",
            "expected": "全校听到警铃和广播，各班立即停课准备撤离。",
            "success": "警报后15秒内播出疏散命令。",
        },
        {
            "offset": 15,
            "phase": "疏散撤离",
            "role": "班主任",
            "action": (
                "喊“有火情，马上撤离！”，让学生放下书包、不带物品，用衣袖或毛巾捂住口鼻，按座位顺序排成两列，"
                "由前排学生领队出门。"
            ),
            "inject": "",
            "expected": "学生迅速排队出教室，没有人回座位拿东西。",
            "success": "班级在疏散命令后30秒内开始出教室。",
        },
        {
            "offset": 20,
            "phase": "疏散撤离",
            "role": "专职保安",
            "action": (
                "提两具灭火器赶到二楼东侧储物间外判断火势；看到火势卡后放弃扑救，关闭储物间门窗阻隔烟雾，"
                "沿中间楼梯撤离并向总指挥报告。"
            ),
            "inject": "导演组出示“火势已蔓延，无法扑救”卡。",
            "expected": "保安不冒险扑救，关门后迅速撤离。",
            "success": "关门阻隔烟雾后60秒内撤到楼外。",
        },
        {
            "offset": 30,
            "phase": "疏散撤离",
            "role": "楼层疏导员",
            "action": (
                "二楼、三楼疏导员用扩音器喊话，把原定走东侧楼梯的班级改走中间楼梯；提醒“低姿、靠右、不推挤”，"
                "在楼梯转角控制速度，防止挤压。"
            ),
            "inject": "东侧楼梯口挂出“烟雾封堵”标识牌。",
            "expected": "东侧班级在走廊内及时转向，没有班级进入东侧楼梯。",
            "success": "所有班级改走中间或西侧楼梯，楼梯上没有逆行和停留。",
        },
        {
            "offset": 45,
            "phase": "疏散撤离",
            "role": "班主任",
            "action": "确认学生全部走出教室后最后一个离开，检查教室无人后随手关门（不锁门），跟在本班队尾下楼。",
            "inject": "",
            "expected": "教室门关闭，教师在队尾照看掉队学生。",
            "success": "教师最后离开教室，教室门已关闭。",
        },
        {
            "offset": 100,
            "phase": "疏散撤离",
            "role": "楼层疏导员",
            "action": (
                "本层最后一个班级下楼后，快速检查教室、厕所、办公室（不进入起火点），确认无人后撤离，"
                "用对讲机报告“三楼清空”“二楼清空”。"
            ),
            "inject": "",
            "expected": "各层依次报告清空。",
            "success": "120秒内各层报告清空。",
        },
        {
            "offset": 115,
            "phase": "疏散撤离",
            "role": "专职保安",
            "action": "守在教学楼出口，确认最后一名人员撤出后，阻止任何人返回楼内取物或找人，并报告总指挥。",
            "inject": "导演组计时：最后一名人员走出教学楼。",
            "expected": "教学楼出口无人逆行返回。",
            "success": "最后一人在120秒内走出教学楼。",
        },
        {
            "offset": 130,
            "phase": "集合清点",
            "role": "门卫（消控室值班）",
            "action": "打开校门和消防车通道，移开通道上的障碍，在校门口等候并引导消防车（导演组扮演）到教学楼东侧。",
            "inject": "",
            "expected": "消防车通道畅通，门口有人接应。",
            "success": "消防车到达前通道已打开。",
        },
        {
            "offset": 150,
            "phase": "集合清点",
            "role": "班主任",
            "action": (
                "带班到操场指定位置按座位顺序站好，清点人数，在人数报告卡上只写应到、实到人数，交年级组长汇总；"
                "少人的班级立即报告，询问同学最后在哪里见到该生，不返回教学楼寻找。"
            ),
            "inject": "导演组通知：某班清点时少1人。",
            "expected": "缺员信息通过年级组长报到总指挥，无人返回楼内。",
            "success": "每班在3分钟节点前报出应到、实到人数。",
        },
        {
            "offset": 180,
            "phase": "集合清点",
            "role": "校医",
            "action": (
                "在医疗点检查伤情，冷敷、固定，记录伤员所在班级和人数，向总指挥报告“医疗点有某班学生1名，踝部扭伤”。"
            ),
            "inject": "一名学生（扮演者，佩戴伤情卡）在楼梯上被挤扭伤脚踝，由同学扶到操场医疗点。",
            "expected": "少1人的班级与医疗点核对后，确认该生在医疗点。",
            "success": "伤员得到处置，信息在1分钟内与班级核对一致。",
        },
        {
            "offset": 240,
            "phase": "集合清点",
            "role": "校领导",
            "action": (
                "汇总各年级人数：应到、实到、在医疗点、请假人数全部对上；向消防救援人员报告："
                "“教学楼人员已全部撤出，1名学生轻伤，起火点在二楼东侧储物间，东侧楼梯有烟。”"
            ),
            "inject": "导演组扮演的消防救援人员到达操场指挥点。",
            "expected": "报告简明，消防救援人员掌握人员和火点情况。",
            "success": "5分钟内完成人数核对并报告。",
        },
        {
            "offset": 270,
            "phase": "集合清点",
            "role": "专职保安",
            "action": "在教学楼四周拉警戒线，禁止师生靠近或返回，直至消防救援人员确认安全。",
            "inject": "",
            "expected": "教学楼周边无人逗留。",
            "success": "警戒线在5分钟节点前拉好。",
        },
        {
            "offset": 420,
            "phase": "总结讲评",
            "role": "校领导",
            "action": "宣布演练结束，公布撤离用时和集合清点用时，表扬做得好的班级，指出突出问题。",
            "inject": "",
            "expected": "全体师生知道本次用时和是否达标。",
            "success": "两个时间节点的实测用时已公布。",
        },
        {
            "offset": 600,
            "phase": "总结讲评",
            "role": "楼层疏导员",
            "action": "各楼层疏导员报告发现的问题，如楼梯转角拥堵、有学生回头拿东西、扩音器音量不够。",
            "inject": "",
            "expected": "问题具体到楼层和楼梯。",
            "success": "每层至少提出一条问题或改进建议。",
        },
        {
            "offset": 900,
            "phase": "总结讲评",
            "role": "班主任",
            "action": (
                "回到教室讲评：让学生说说撤离时看到的问题，再演示一遍捂口鼻、低姿和靠右行走；"
                "强调真实火灾中不乘电梯、不返回取物、不跳楼。"
            ),
            "inject": "",
            "expected": "学生能说出疏散要领。",
            "success": "每班完成讲评。",
        },
    ],
    "safety_controls": [
        "不点火，不使用真实烟雾或烟饼，起火点和烟雾用标识牌表示；灭火器只做携带和操作动作，不拔保险销、不喷射。",
        (
            "演练前向全体师生讲明演练时间、路线和信号，并告知家长；未与消防救援机构事先约定联合演练的，"
            "119只拨打导演组指定号码，开口先说“这是演练”。"
        ),
        "楼梯转角和出口安排教师值守，要求“快而不跑”，防止踩踏；有人摔倒时，疏导员立即让该楼梯的队伍停下。",
        "停止口令为“停止演练”加连续短哨：发生摔倒、挤压或身体不适时，全体原地停下，听从安全员指挥。",
        "行动不便或身体不适的学生提前安排教师一对一陪同，或由导演组安排提前到集合点观摩。",
        "人数报告卡只写人数，不收集学生姓名；演练照片不公开学生面部。",
    ],
    "evaluation": [
        "警报响起到最后一人走出教学楼是否在2分钟内。",
        "东侧楼梯被封堵后，班级是否及时改道；楼梯上有无逆行、停留、推挤。",
        "学生是否放下物品、捂口鼻、低姿、靠右行走；有无返回取物。",
        "教师是否最后离开教室并关门；各层是否在120秒内报告清空。",
        "5分钟内是否完成集合和人数上报；缺员是否在不返回楼内的情况下核实清楚。",
        "消防车通道是否畅通；保安是否阻止人员返回楼内。",
        "校医是否记录伤员所在班级并与班级核对。",
    ],
}

_EN = {
    "title": "Teaching building fire evacuation drill (three-storey building)",
    "summary": (
        "During the class meeting period a fire starts in the storeroom at the east end of the second floor of a "
        "three-storey teaching building, and the east stairway is blocked by “smoke”. Everyone must be out of the "
        "building within 2 minutes and assembled and counted on the sports ground within 5 minutes."
    ),
    "objectives": [
        "All students and staff leave the three-storey teaching building within 2 minutes of the alarm",
        "When a route is blocked, class teachers and floor marshals switch classes to another stairway in time",
        "Assembly on the sports ground is complete within 5 minutes, with numbers reported level by level and "
        "nobody missing",
        "Students know how to evacuate: cover nose and mouth, keep low, keep right, don't push, don't go back for "
        "belongings",
    ],
    "roles": [
        {
            "name": "School leader",
            "filled_by": "school_leader",
            "responsibilities": (
                "Incident commander: gives the evacuation order on receiving the fire report, collects the numbers "
                "on the sports ground and reports to the fire and rescue crew (played by the drill controllers)."
            ),
        },
        {
            "name": "Duty guard (fire control room)",
            "filled_by": "duty_guard",
            "responsibilities": (
                "Watches the fire alarm control panel and CCTV; on an alarm, checks it at once, reports to the "
                "commander and calls 119; opens the school gate and the fire engine lane and guides the fire engine."
            ),
        },
        {
            "name": "Full-time security guards",
            "filled_by": "security_team",
            "responsibilities": (
                "Take extinguishers to just outside the fire and judge it: put out a small, early fire if possible, "
                "otherwise close the doors to hold back the smoke and withdraw; guard the building exit so nobody "
                "goes back in."
            ),
        },
        {
            "name": "Floor marshals",
            "filled_by": "other",
            "responsibilities": (
                "Teachers without a class at the time, one team per floor, posted at stairway entrances and "
                "landings; they direct classes down their routes, redirect them when a route is blocked, and finally "
                "check toilets, offices and other rooms on their floor for anyone left behind."
            ),
        },
        {
            "name": "Class teachers",
            "filled_by": "class_teacher",
            "responsibilities": (
                "Line up their class and lead it out, leave the classroom last and close the door, count students "
                "on the sports ground and report the numbers."
            ),
        },
        {
            "name": "School doctor",
            "filled_by": "school_doctor",
            "responsibilities": (
                "Sets up a first-aid point at the assembly area, treats sprains and grazes from the evacuation, and "
                "reports the number of injured and their classes to the commander."
            ),
        },
    ],
    "equipment": [
        {
            "item": "Fire alarm control panel, alarm bells and emergency public address",
            "quantity": "1 set",
            "location": "Fire control room",
        },
        {
            "item": "Portable dry-powder extinguisher (not discharged in the drill)",
            "quantity": "2",
            "location": "Fire cabinet at the second-floor stairway",
        },
        {
            "item": "“Fire” and “Blocked by smoke” signs (instead of real fire or smoke)",
            "quantity": "3",
            "location": "Drill controllers",
        },
        {
            "item": "Two-way radio",
            "quantity": "8",
            "location": "Commander, duty guard, security guards, floor marshals, school doctor",
        },
        {"item": "Hand-held megaphone", "quantity": "3", "location": "Floor marshals"},
        {"item": "Class sign and headcount card", "quantity": "1 set per class", "location": "Class teachers"},
        {"item": "First-aid kit", "quantity": "1", "location": "First-aid point on the sports ground"},
        {"item": "Stopwatch and observation sheet", "quantity": "1 set per floor", "location": "Observers"},
    ],
    "phases": [
        {
            "name": "Evacuation",
            "target_seconds": 120,
            "goal": (
                "The last person has walked out of the building exit; the floor marshals have confirmed that "
                "classrooms, toilets and offices on their floors are empty."
            ),
        },
        {
            "name": "Assembly and roll call",
            "target_seconds": 300,
            "goal": (
                "Every class is in place on the sports ground, expected and present numbers are reported up the "
                "line and any difference is cleared up; the commander has reported to the fire and rescue crew."
            ),
        },
        {
            "name": "Debrief",
            "target_seconds": None,
            "goal": "Measured times are announced, problems named and rectification measures agreed.",
        },
    ],
    "timeline": [
        {
            "offset": 0,
            "phase": "Evacuation",
            "role": "Duty guard (fire control room)",
            "action": (
                "Checks the fire on CCTV and by radio and reports at once to the commander: “Fire in the east "
                "storeroom on the second floor”; calls 119 (in the drill, the number set by the drill controllers) "
                "giving the school's address, the building and the floor."
            ),
            "inject": (
                "First afternoon period, class meeting: the fire alarm control panel shows a smoke detector alarm in "
                "the east storeroom on the second floor, and on CCTV a “smoke” sign is hung at the storeroom door."
            ),
            "expected": "The commander receives the fire report within 15 seconds.",
            "success": "Check and report done within 15 seconds; the 119 call is complete.",
        },
        {
            "offset": 10,
            "phase": "Evacuation",
            "role": "School leader",
            "action": (
                "Gives the evacuation order: sounds the alarm bell and broadcasts three times over the public "
                "address “Fire at the east end of the second floor, all classes evacuate now by your planned routes”."
            ),
            "inject": "",
            "expected": "The whole school hears the bell and the broadcast; classes stop at once and get ready.",
            "success": "Evacuation order broadcast within 15 seconds of the alarm.",
        },
        {
            "offset": 15,
            "phase": "Evacuation",
            "role": "Class teachers",
            "action": (
                "Call “Fire, leave now!”, tell students to leave their bags and take nothing, cover nose and mouth "
                "with a sleeve or towel, line up in two files in seat order and follow the front-row students out."
            ),
            "inject": "",
            "expected": "Students line up and leave quickly; nobody goes back to their seat for belongings.",
            "success": "The class starts leaving within 30 seconds of the order.",
        },
        {
            "offset": 20,
            "phase": "Evacuation",
            "role": "Full-time security guards",
            "action": (
                "Carry two extinguishers to just outside the east storeroom on the second floor and judge the fire; "
                "on seeing the fire card, give up on putting it out, close the storeroom door and windows to hold "
                "back the smoke, withdraw by the middle stairway and report to the commander."
            ),
            "inject": "The drill controllers show a card: “The fire has spread and cannot be put out.”",
            "expected": "The guards take no risk fighting the fire and withdraw quickly after closing the door.",
            "success": "Out of the building within 60 seconds of closing the door.",
        },
        {
            "offset": 30,
            "phase": "Evacuation",
            "role": "Floor marshals",
            "action": (
                "The second- and third-floor marshals use megaphones to send classes that were to use the east "
                "stairway to the middle stairway instead; they call “Keep low, keep right, don't push” and control "
                "the pace at the landings so nobody is crushed."
            ),
            "inject": "A “Blocked by smoke” sign is hung at the east stairway entrance.",
            "expected": "Classes on the east side turn in the corridor in time; no class enters the east stairway.",
            "success": "All classes use the middle or west stairway; nobody turns back or stops on the stairs.",
        },
        {
            "offset": 45,
            "phase": "Evacuation",
            "role": "Class teachers",
            "action": (
                "Once every student is out, leave last, check the classroom is empty, close the door behind them "
                "(not locked) and follow at the back of the class."
            ),
            "inject": "",
            "expected": "Classroom doors are closed; teachers at the back look after stragglers.",
            "success": "The teacher leaves the classroom last and the door is closed.",
        },
        {
            "offset": 100,
            "phase": "Evacuation",
            "role": "Floor marshals",
            "action": (
                "After the last class on their floor has gone down, quickly check classrooms, toilets and offices "
                "(not entering the fire area), leave once they are empty and report by radio “Third floor clear”, "
                "“Second floor clear”."
            ),
            "inject": "",
            "expected": "Each floor reports clear in turn.",
            "success": "Every floor reported clear within 120 seconds.",
        },
        {
            "offset": 115,
            "phase": "Evacuation",
            "role": "Full-time security guards",
            "action": (
                "At the building exit, once the last person is out, stop anyone going back in for belongings or "
                "to look for someone, and report to the commander."
            ),
            "inject": "The drill controllers time it: the last person walks out of the teaching building.",
            "expected": "Nobody turns back into the building at the exit.",
            "success": "The last person is out of the building within 120 seconds.",
        },
        {
            "offset": 130,
            "phase": "Assembly and roll call",
            "role": "Duty guard (fire control room)",
            "action": (
                "Opens the school gate and the fire engine lane, clears obstacles, waits at the gate and guides the "
                "fire engine (played by the drill controllers) to the east side of the teaching building."
            ),
            "inject": "",
            "expected": "The fire engine lane is clear and someone is waiting at the gate.",
            "success": "The lane is open before the fire engine arrives.",
        },
        {
            "offset": 150,
            "phase": "Assembly and roll call",
            "role": "Class teachers",
            "action": (
                "Take the class to its place on the sports ground, line students up in seat order and count them, "
                "write only the expected and present numbers on the headcount card and give it to the grade leader; "
                "a class with someone missing reports it at once and asks classmates where they last saw the "
                "student, without going back into the building to look."
            ),
            "inject": "The drill controllers announce: one class is one student short.",
            "expected": "The missing-student report reaches the commander through the grade leader; nobody goes "
            "back into the building.",
            "success": "Every class reports expected and present numbers before the 3-minute mark.",
        },
        {
            "offset": 180,
            "phase": "Assembly and roll call",
            "role": "School doctor",
            "action": (
                "Examines the injury at the first-aid point, applies a cold pack and support, notes the casualty's "
                "class and the number of casualties, and reports to the commander: “One student from class X at "
                "the first-aid point, sprained ankle.”"
            ),
            "inject": (
                "A student (a role-player with an injury card) twisted an ankle in the crush on the stairs and is "
                "helped to the first-aid point by classmates."
            ),
            "expected": "The class that was one short checks with the first-aid point and finds the student there.",
            "success": "Casualty treated; details matched with the class within 1 minute.",
        },
        {
            "offset": 240,
            "phase": "Assembly and roll call",
            "role": "School leader",
            "action": (
                "Totals the numbers from every grade: expected, present, at the first-aid point and on leave all "
                "agree; reports to the fire and rescue crew: “Everyone is out of the teaching building, one student "
                "slightly injured, the fire is in the east storeroom on the second floor, smoke in the east "
                "stairway.”"
            ),
            "inject": "The fire and rescue crew (played by the drill controllers) arrive at the command point.",
            "expected": "The report is brief and the crew knows about the people and the fire.",
            "success": "Numbers checked and report made within 5 minutes.",
        },
        {
            "offset": 270,
            "phase": "Assembly and roll call",
            "role": "Full-time security guards",
            "action": (
                "Put up a cordon round the teaching building and keep everyone away until the fire and rescue crew "
                "declares it safe."
            ),
            "inject": "",
            "expected": "Nobody lingers near the teaching building.",
            "success": "Cordon in place before the 5-minute mark.",
        },
        {
            "offset": 420,
            "phase": "Debrief",
            "role": "School leader",
            "action": (
                "Declares the drill over, announces the evacuation time and the assembly time, praises classes that "
                "did well and names the main problems."
            ),
            "inject": "",
            "expected": "Everyone knows the times and whether the targets were met.",
            "success": "Measured times for both time points announced.",
        },
        {
            "offset": 600,
            "phase": "Debrief",
            "role": "Floor marshals",
            "action": (
                "Each floor's marshals report problems seen, such as crowding at a landing, a student turning back "
                "for belongings, or a megaphone that was too quiet."
            ),
            "inject": "",
            "expected": "Problems are tied to a specific floor and stairway.",
            "success": "At least one problem or suggestion per floor.",
        },
        {
            "offset": 900,
            "phase": "Debrief",
            "role": "Class teachers",
            "action": (
                "Review in the classroom: students say what problems they saw, then practise once more covering nose "
                "and mouth, keeping low and keeping right; stress that in a real fire you never use the lift, never "
                "go back for belongings and never jump."
            ),
            "inject": "",
            "expected": "Students can state the main evacuation rules.",
            "success": "Every class has held its review.",
        },
    ],
    "safety_controls": [
        (
            "No fire is lit and no real smoke or smoke pellets are used: the fire and smoke are shown by signs; "
            "extinguishers are only carried and handled, the safety pin is not pulled and nothing is discharged."
        ),
        (
            "Before the drill all students and staff are told its time, routes and signals, and parents are "
            "informed; unless a joint drill has been agreed with the fire and rescue service in advance, “119” "
            "calls go only to the number set by the drill controllers and begin with “This is a drill”."
        ),
        (
            "Teachers are posted at stairway landings and exits; the rule is “quick, but don't run”, to prevent "
            "crushing; if someone falls, the marshal stops that stairway's column at once."
        ),
        (
            "The stop word is “Stop the drill” with repeated short whistle blasts: if anyone falls, is crushed or "
            "feels unwell, everyone stops where they are and follows the safety officer."
        ),
        (
            "Students with limited mobility or who are unwell have a teacher with them one to one, or are taken to "
            "the assembly point beforehand by the drill controllers to watch."
        ),
        "Headcount cards carry numbers only, no student names; drill photos do not show students' faces publicly.",
    ],
    "evaluation": [
        "Was the time from the alarm to the last person leaving the building within 2 minutes?",
        "After the east stairway was blocked, did classes change route in time; did anyone turn back, stop or push "
        "on the stairs?",
        "Did students leave their belongings, cover nose and mouth, keep low and keep right; did anyone go back "
        "for belongings?",
        "Did teachers leave classrooms last and close the doors; did every floor report clear within 120 seconds?",
        "Were assembly and headcount reports complete within 5 minutes; was the missing student accounted for "
        "without anyone going back into the building?",
        "Was the fire engine lane clear; did the guards stop people going back into the building?",
        "Did the school doctor record the casualty's class and check it with the class?",
    ],
}

SCENARIO = {
    "slug": "fire-evacuation-teaching-building",
    "type": "fire-evacuation",
    "school_levels": ["primary", "junior_secondary", "senior_secondary"],
    "duration_minutes": 30,
    "zh": _ZH,
    "en": _EN,
}
