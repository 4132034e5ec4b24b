"""Demo drill scenario: a student falls into a river on a summer study trip; rescue from the bank and CPR.

Plain data only (no Django imports). Format: see SCHEMA.md in this package.
The scenario is illustrative; it does not describe real people or schools.
"""

_ZH = {
    "title": "暑期研学学生落水岸上救援演练（伸、抛、不下水）",
    "summary": (
        "暑期研学活动中，一名学生在河边亲水平台滑落水中。演练检验呼救报警、用“四个一”设施岸上施救、"
        "心肺复苏和与120急救人员交接，全程不让学生下水施救。"
    ),
    "objectives": [
        "发现落水后立即呼救，60秒内把救生圈抛到落水者伸手可及处，全程没有学生下水施救",
        "会用“四个一”设施中的救生圈、救生绳、救生杆在岸上施救，施救者自身不落水",
        "180秒内把落水者救上岸，240秒内开始心肺复苏，并坚持到急救人员接手",
        "报警讲清地点和情况，派人接应救护车；其余学生迅速远离水边，人数清点无误",
    ],
    "roles": [
        {
            "name": "学生发现者",
            "filled_by": "other",
            "responsibilities": (
                "由事先选定的学生志愿者担任：发现有人落水后大声呼救，始终盯住并指着落水者，"
                "派同伴跑去报告老师；不下水、不伸手去拉。"
            ),
        },
        {
            "name": "带队教师",
            "filled_by": "class_teacher",
            "responsibilities": ("吹哨把其余学生撤到安全线外并清点人数；协助拉绳、把落水者拖上岸、取AED；安抚学生。"),
        },
        {
            "name": "随队安全员",
            "filled_by": "security_team",
            "responsibilities": (
                "由学校专职保安担任，穿救生衣随队：取用救生圈、救生绳、救生杆在岸上施救，不徒手下水。"
            ),
        },
        {
            "name": "随队校医",
            "filled_by": "school_doctor",
            "responsibilities": ("落水者上岸后判断意识和呼吸，实施心肺复苏，使用AED，向120急救人员交接。"),
        },
        {
            "name": "带队校领导",
            "filled_by": "school_leader",
            "responsibilities": (
                "担任现场总指挥：拨打120和110报告准确位置，派人到营地入口接应救护车，"
                "统筹向学校报告、联系家长和暂停水边活动。"
            ),
        },
    ],
    "equipment": [
        {"item": "救生圈（系救生绳）", "quantity": "2 个", "location": "亲水平台“四个一”设施点、安全员随身"},
        {"item": "救生杆", "quantity": "1 根", "location": "亲水平台“四个一”设施点"},
        {"item": "抛绳包（救生绳）", "quantity": "1 个", "location": "安全员随身"},
        {"item": "救生衣", "quantity": "6 件", "location": "扮演者、施救人员、水上保障人员"},
        {"item": "心肺复苏训练模拟人", "quantity": "1 具", "location": "导演组，放在平台旁"},
        {"item": "AED训练机", "quantity": "1 台", "location": "营地服务中心"},
        {"item": "急救箱", "quantity": "1 个", "location": "随队校医"},
        {"item": "口哨", "quantity": "每名教师 1 个", "location": "带队教师"},
        {"item": "水上保障船", "quantity": "1 艘（配专业救生员2名）", "location": "演练水域下游"},
        {"item": "秒表和观察记录表", "quantity": "2 套", "location": "观察员"},
    ],
    "phases": [
        {
            "name": "呼救与抛投",
            "target_seconds": 60,
            "goal": ("已呼救并报告老师，其余学生撤到安全线外，120和110已拨打，救生圈已抛到落水者伸手可及处。"),
        },
        {
            "name": "岸上救援",
            "target_seconds": 180,
            "goal": "用救生绳和救生杆把落水者拉到岸边并拖上岸，施救者无人落水。",
        },
        {
            "name": "心肺复苏",
            "target_seconds": 240,
            "goal": "已判断意识和呼吸，清理口鼻、开放气道，人工呼吸和胸外按压已经开始。",
        },
        {
            "name": "持续复苏与交接",
            "target_seconds": None,
            "goal": "心肺复苏不中断，直到120急救人员接手；其余学生人数核对无误、情绪稳定。",
        },
        {
            "name": "总结讲评",
            "target_seconds": None,
            "goal": "对照60秒、180秒、240秒节点复盘，提出改进措施。",
        },
    ],
    "timeline": [
        {
            "offset": 0,
            "phase": "呼救与抛投",
            "role": "学生发现者",
            "action": (
                "大声呼喊“有人落水了！快来人！”，用手一直指着落水者，不让其离开视线；"
                "让身边同伴跑去报告最近的老师。不下水、不伸手去拉。"
            ),
            "inject": (
                "研学小组在亲水平台观察水质时，一名“学生”（由穿救生衣的专业救生员扮演）滑落水中，在离岸约4米处挣扎。"
            ),
            "expected": "呼救声引来老师和安全员，没有学生靠近水边。",
            "success": "5秒内发出呼救，没有学生越过安全线。",
        },
        {
            "offset": 10,
            "phase": "呼救与抛投",
            "role": "带队教师",
            "action": (
                "吹三声长哨（约定的紧急信号），指挥其余学生立即后退到离水边10米外的集合点，由小组长看住队伍；"
                "自己跑向平台协助救援。"
            ),
            "inject": "",
            "expected": "其余学生迅速撤离水边，没有人围到平台边观看。",
            "success": "30秒内其余学生全部撤到安全线外。",
        },
        {
            "offset": 20,
            "phase": "呼救与抛投",
            "role": "随队安全员",
            "action": (
                "从“四个一”设施点取下救生圈，抓牢救生绳一端，降低重心站稳，把救生圈抛到落水者身后或侧前方，"
                "再慢慢拉到其手边，喊“抓住救生圈！”"
            ),
            "inject": "",
            "expected": "救生圈落点准确，安全员没有被绳子带向水边。",
            "success": "60秒内救生圈到达落水者伸手可及处。",
        },
        {
            "offset": 30,
            "phase": "呼救与抛投",
            "role": "带队校领导",
            "action": (
                "拨打120和110（演练中拨打导演组指定号码）：“某研学营地二号亲水平台，一名学生落水，正在岸上救援”，"
                "说明到达路线和醒目标志，留下回拨电话；派一名教师到营地入口接应救护车。"
            ),
            "inject": "",
            "expected": "报警信息完整，接应人员出发。",
            "success": "报警讲清地点、人数、情况和回拨电话。",
        },
        {
            "offset": 70,
            "phase": "岸上救援",
            "role": "随队安全员",
            "action": (
                "双手交替收绳，把落水者平稳拉向岸边；带队教师在身后抓住安全员腰带，两人都压低重心，防止被拖下水。"
            ),
            "inject": "落水者抓住了救生圈。",
            "expected": "落水者被匀速拉向平台，施救者站位稳定。",
            "success": "收绳过程中施救者没有靠近水边失稳。",
        },
        {
            "offset": 110,
            "phase": "岸上救援",
            "role": "随队安全员",
            "action": "伸出救生杆让落水者抓住杆头，配合救生绳把人引到平台最低处的台阶旁。",
            "inject": "落水者被拉到离岸约2米处时体力不支，抓不稳救生圈。",
            "expected": "落水者抓住救生杆，被引到便于拖上岸的位置。",
            "success": "落水者始终在施救者可控范围内。",
        },
        {
            "offset": 150,
            "phase": "岸上救援",
            "role": "带队教师",
            "action": ("与安全员一起跪姿或趴低，从平台最低处抓住落水者腋下和衣服，合力拖上岸，平放在平坦的地面上。"),
            "inject": "落水者到达平台边时失去意识（导演组请扮演者离开水面，换上心肺复苏模拟人）。",
            "expected": "两人配合把“落水者”拖上岸，施救者无人落水。",
            "success": "180秒内落水者上岸。",
        },
        {
            "offset": 190,
            "phase": "心肺复苏",
            "role": "随队校医",
            "action": (
                "拍打双肩、大声呼唤，同时观察胸廓有无起伏，判断意识和呼吸不超过10秒；确认无反应、无正常呼吸后，"
                "喊“准备心肺复苏，快取AED！”。不做倒挂、按压腹部等“控水”动作。"
            ),
            "inject": "",
            "expected": "判断迅速，没有人进行“控水”。",
            "success": "10秒内完成意识和呼吸判断。",
        },
        {
            "offset": 205,
            "phase": "心肺复苏",
            "role": "随队校医",
            "action": (
                "清除口鼻内可见异物，仰头提颏开放气道，先做5次人工呼吸，再按30次胸外按压、2次人工呼吸循环进行："
                "按压部位在胸骨下半部，深度5至6厘米，频率每分钟100至120次。"
            ),
            "inject": "",
            "expected": "按压位置、深度、频率正确，每次按压后胸廓充分回弹。",
            "success": "240秒内开始人工呼吸和胸外按压。",
        },
        {
            "offset": 230,
            "phase": "心肺复苏",
            "role": "带队教师",
            "action": "另一名带队教师跑到营地服务中心取AED，出发前把集合点的学生交给其他教师看管。",
            "inject": "",
            "expected": "集合点学生始终有教师看管。",
            "success": "取AED的同时集合点不脱管。",
        },
        {
            "offset": 330,
            "phase": "持续复苏与交接",
            "role": "随队校医",
            "action": (
                "AED到场后开机，按语音提示擦干胸部、贴电极片；分析心律和电击时所有人不接触“患者”；"
                "电击后立即继续按压，每2分钟与带队教师轮换按压。"
            ),
            "inject": "AED训练机提示：“建议电击。”",
            "expected": "贴片位置正确，按压中断时间短。",
            "success": "从AED到场到第一次电击不超过1分钟，按压中断每次不超过10秒。",
        },
        {
            "offset": 360,
            "phase": "持续复苏与交接",
            "role": "带队教师",
            "action": (
                "在集合点清点其余学生人数，与出发时的人数核对；安抚受惊的学生，提醒大家不要拍照、不在网上传播。"
            ),
            "inject": "",
            "expected": "学生集中、安静，人数清楚。",
            "success": "人数与出发时核对一致。",
        },
        {
            "offset": 420,
            "phase": "持续复苏与交接",
            "role": "学生发现者",
            "action": "向带队校领导说明看到的经过：什么时间、在哪里落水，在水中挣扎了大约多久。",
            "inject": "",
            "expected": "落水时间和经过清楚，可用于交接。",
            "success": "落水时间记录在交接单上。",
        },
        {
            "offset": 480,
            "phase": "持续复苏与交接",
            "role": "随队校医",
            "action": ("持续按压直到急救人员接手；交接落水时间、上岸时间、开始心肺复苏时间、AED电击次数和已做的处置。"),
            "inject": "导演组宣布：120急救人员已由接应教师带到平台。",
            "expected": "交接过程中按压不中断。",
            "success": "交接内容包含四个时间点和电击次数。",
        },
        {
            "offset": 540,
            "phase": "持续复苏与交接",
            "role": "带队校领导",
            "action": (
                "安排校医和一名教师随车去医院；向学校和教育行政部门报告（模拟），由学校统一联系家长；"
                "暂停本组所有水边活动，带学生回到营地室内。"
            ),
            "inject": "",
            "expected": "陪同、报告、家长联系分工明确。",
            "success": "所有学生离开水边，报告已发出。",
        },
        {
            "offset": 900,
            "phase": "总结讲评",
            "role": "带队校领导",
            "action": (
                "主持讲评：对照60秒、180秒、240秒节点公布实测时间；检查有无人员越过安全线或想下水；"
                "提出改进措施，如每个水边活动点指定安全员、出发前检查“四个一”设施是否齐全。"
            ),
            "inject": "",
            "expected": "参演人员知道各节点是否达标。",
            "success": "三个时间节点都有实测时间，改进措施有责任人。",
        },
        {
            "offset": 1200,
            "phase": "总结讲评",
            "role": "随队校医",
            "action": (
                "点评心肺复苏质量（按压深度、频率和中断时间），讲解为什么不要“控水”，让学生在模拟人上轮流练习按压。"
            ),
            "inject": "",
            "expected": "学生理解心肺复苏要点。",
            "success": "每名学生至少完成一轮按压练习。",
        },
    ],
    "safety_controls": [
        (
            "演练在水深不超过1.2米、水流平缓的指定水域或游泳池浅水区进行，并划定警戒区；落水者由持证救生员扮演，"
            "穿救生衣，下游配水上保障船和专业救生员。"
        ),
        "学生一律不下水，岸边设安全线，学生只在安全线外完成呼救、报告等任务；岸上施救人员穿救生衣。",
        "心肺复苏只在模拟人上操作，不对真人按压或吹气；AED使用训练机。",
        ("电话报警一律拨打导演组指定号码，开口先说“这是演练”；演练前告知营地、家长和属地有关部门。"),
        ("停止口令为“停止演练”加连续长哨；扮演者如真实遇险，双手交叉举过头顶，保障船立即救援。"),
        "遇雷雨、涨水或水流变急时取消水域演练，改到游泳池进行。",
    ],
    "evaluation": [
        "发现落水后是否立即呼救并一直盯住落水者；有无学生下水或越过安全线。",
        "60秒内救生圈是否抛到伸手可及处；抛投和收绳时施救者是否压低重心、站稳。",
        "报警是否讲清地点、人数和情况，是否派人接应救护车。",
        "180秒内是否把落水者救上岸，拖拽时有无人保护施救者。",
        "240秒内是否开始心肺复苏；有无“控水”；按压深度、频率和中断时间是否达标。",
        "其余学生是否迅速撤离水边，人数是否核对一致。",
        "交接内容是否完整：落水、上岸、开始心肺复苏的时间和AED电击次数。",
    ],
}

_EN = {
    "title": "Summer study trip: rescuing a student from the river bank (reach, throw, don't go)",
    "summary": (
        "On a summer study trip a student slips off a riverside platform into the water. The drill tests raising "
        "the alarm, rescue from the bank with the “four ones” facilities, CPR and handover to the 120 ambulance "
        "crew, and no student goes into the water to rescue at any point."
    ),
    "objectives": [
        "Shout for help as soon as someone falls in and get a life buoy within reach of the casualty within 60 "
        "seconds, with no student going into the water to rescue",
        "Use the life buoy, rope and rescue pole of the “four ones” facilities from the bank without the rescuers "
        "falling in themselves",
        "Get the casualty out of the water within 180 seconds, start CPR within 240 seconds and keep it going until "
        "the ambulance crew takes over",
        "Give the location and situation clearly when calling for help and send someone to meet the ambulance; the "
        "other students move away from the water quickly and are counted correctly",
    ],
    "roles": [
        {
            "name": "Student who spots it",
            "filled_by": "other",
            "responsibilities": (
                "A student volunteer chosen beforehand: on seeing someone fall in, shouts for help, keeps watching "
                "and pointing at the casualty and sends a classmate running to tell a teacher; does not go into the "
                "water or reach out to pull."
            ),
        },
        {
            "name": "Trip teachers",
            "filled_by": "class_teacher",
            "responsibilities": (
                "Blow the whistle to move the other students behind the safety line and count them; help pull the "
                "rope, drag the casualty ashore and fetch the AED; reassure students."
            ),
        },
        {
            "name": "Trip safety officer",
            "filled_by": "security_team",
            "responsibilities": (
                "A full-time school security guard travelling with the group in a life jacket: uses the life buoy, "
                "rope and rescue pole from the bank and never goes into the water empty-handed."
            ),
        },
        {
            "name": "Trip school doctor",
            "filled_by": "school_doctor",
            "responsibilities": (
                "Once the casualty is ashore, checks responsiveness and breathing, gives CPR, uses the AED and hands "
                "over to the 120 ambulance crew."
            ),
        },
        {
            "name": "School leader on the trip",
            "filled_by": "school_leader",
            "responsibilities": (
                "Incident commander: calls 120 and 110 with the exact location, sends someone to meet the ambulance "
                "at the camp entrance, and organises the report to the school, contact with parents and the halt to "
                "activities by the water."
            ),
        },
    ],
    "equipment": [
        {
            "item": "Life buoy (with rope attached)",
            "quantity": "2",
            "location": "“Four ones” point on the platform; carried by the safety officer",
        },
        {"item": "Rescue pole", "quantity": "1", "location": "“Four ones” point on the platform"},
        {"item": "Throw bag (rescue rope)", "quantity": "1", "location": "Carried by the safety officer"},
        {"item": "Life jacket", "quantity": "6", "location": "Role-player, rescuers, water safety crew"},
        {"item": "CPR training manikin", "quantity": "1", "location": "Drill controllers, beside the platform"},
        {"item": "AED trainer", "quantity": "1", "location": "Camp service centre"},
        {"item": "First-aid kit", "quantity": "1", "location": "Trip school doctor"},
        {"item": "Whistle", "quantity": "1 per teacher", "location": "Trip teachers"},
        {
            "item": "Safety boat",
            "quantity": "1 (with 2 professional lifeguards)",
            "location": "Downstream of the drill area",
        },
        {"item": "Stopwatch and observation sheet", "quantity": "2 sets", "location": "Observers"},
    ],
    "phases": [
        {
            "name": "Alarm and throw",
            "target_seconds": 60,
            "goal": (
                "Help has been shouted for and a teacher told, the other students are behind the safety line, 120 "
                "and 110 have been called, and a life buoy is within the casualty's reach."
            ),
        },
        {
            "name": "Rescue from the bank",
            "target_seconds": 180,
            "goal": (
                "The casualty has been pulled to the bank with the rope and rescue pole and dragged ashore; no "
                "rescuer has fallen in."
            ),
        },
        {
            "name": "CPR",
            "target_seconds": 240,
            "goal": (
                "Responsiveness and breathing have been checked, mouth and nose cleared, the airway opened, and "
                "rescue breaths and chest compressions have started."
            ),
        },
        {
            "name": "Continued CPR and handover",
            "target_seconds": None,
            "goal": (
                "CPR continues without interruption until the 120 crew takes over; the other students are counted "
                "correctly and calm."
            ),
        },
        {
            "name": "Debrief",
            "target_seconds": None,
            "goal": "The 60-, 180- and 240-second time points are reviewed and improvements agreed.",
        },
    ],
    "timeline": [
        {
            "offset": 0,
            "phase": "Alarm and throw",
            "role": "Student who spots it",
            "action": (
                "Shouts “Someone's in the water! Help!”, keeps pointing at the casualty and never loses sight of "
                "them; tells a classmate to run and tell the nearest teacher. Does not go in or reach out to pull."
            ),
            "inject": (
                "While the study group is testing water quality on the riverside platform, a “student” (played by a "
                "professional lifeguard in a life jacket) slips into the water and struggles about 4 m from the bank."
            ),
            "expected": "The shouting brings the teachers and the safety officer; no student goes near the water.",
            "success": "Help shouted for within 5 seconds; no student crosses the safety line.",
        },
        {
            "offset": 10,
            "phase": "Alarm and throw",
            "role": "Trip teachers",
            "action": (
                "Blow three long blasts on the whistle (the agreed emergency signal) and send the other students "
                "back at once to the assembly point more than 10 m from the water, with the group leaders keeping "
                "them together; then run to the platform to help."
            ),
            "inject": "",
            "expected": "The other students leave the water's edge quickly; nobody crowds the platform to watch.",
            "success": "All other students behind the safety line within 30 seconds.",
        },
        {
            "offset": 20,
            "phase": "Alarm and throw",
            "role": "Trip safety officer",
            "action": (
                "Takes the life buoy from the “four ones” point, holds the end of the rope firmly, stands steady "
                "with a low centre of gravity and throws the buoy beyond or just ahead of the casualty, then draws "
                "it slowly to their hands, calling “Grab the buoy!”"
            ),
            "inject": "",
            "expected": "The buoy lands accurately; the safety officer is not pulled towards the edge by the rope.",
            "success": "Buoy within the casualty's reach within 60 seconds.",
        },
        {
            "offset": 30,
            "phase": "Alarm and throw",
            "role": "School leader on the trip",
            "action": (
                "Calls 120 and 110 (in the drill, the number set by the drill controllers): “Platform 2 of the study "
                "camp, one student in the water, rescue from the bank under way”, describes the way in and "
                "landmarks and leaves a call-back number; sends a teacher to meet the ambulance at the camp entrance."
            ),
            "inject": "",
            "expected": "The call gives all the information; the teacher sets off to meet the ambulance.",
            "success": "The call states location, number of people, situation and a call-back number.",
        },
        {
            "offset": 70,
            "phase": "Rescue from the bank",
            "role": "Trip safety officer",
            "action": (
                "Hauls in the rope hand over hand, pulling the casualty steadily towards the bank; a trip teacher "
                "holds the safety officer's belt from behind, and both keep their centre of gravity low so they "
                "are not dragged in."
            ),
            "inject": "The casualty has grabbed the buoy.",
            "expected": "The casualty is pulled steadily towards the platform; the rescuers keep their footing.",
            "success": "The rescuers never lose balance near the edge while hauling.",
        },
        {
            "offset": 110,
            "phase": "Rescue from the bank",
            "role": "Trip safety officer",
            "action": (
                "Holds out the rescue pole for the casualty to grab its end and, with the rope, guides them to the "
                "steps at the lowest point of the platform."
            ),
            "inject": "About 2 m from the bank the casualty tires and cannot hold the buoy firmly.",
            "expected": "The casualty grabs the pole and is guided to a place where they can be dragged ashore.",
            "success": "The casualty stays within the rescuers' control throughout.",
        },
        {
            "offset": 150,
            "phase": "Rescue from the bank",
            "role": "Trip teachers",
            "action": (
                "Kneeling or lying low with the safety officer at the lowest point of the platform, grip the "
                "casualty under the armpits and by the clothes, drag them ashore together and lay them on flat "
                "ground."
            ),
            "inject": (
                "At the platform edge the casualty loses consciousness (the drill controllers have the role-player "
                "leave the water and put the CPR manikin in their place)."
            ),
            "expected": "The two drag the “casualty” ashore together; no rescuer falls in.",
            "success": "Casualty ashore within 180 seconds.",
        },
        {
            "offset": 190,
            "phase": "CPR",
            "role": "Trip school doctor",
            "action": (
                "Taps both shoulders and calls loudly while watching the chest for movement, taking no more than 10 "
                "seconds to check responsiveness and breathing; finding no response and no normal breathing, calls "
                "“Starting CPR, get the AED!”. No hanging upside down, pressing on the belly or other attempts to "
                "“drain the water”."
            ),
            "inject": "",
            "expected": "A quick check; nobody tries to “drain the water”.",
            "success": "Responsiveness and breathing checked within 10 seconds.",
        },
        {
            "offset": 205,
            "phase": "CPR",
            "role": "Trip school doctor",
            "action": (
                "Removes visible matter from mouth and nose, opens the airway with head tilt–chin lift, gives 5 "
                "rescue breaths first, then cycles of 30 chest compressions to 2 breaths: hands on the lower half "
                "of the breastbone, depth 5 to 6 cm, rate 100 to 120 a minute."
            ),
            "inject": "",
            "expected": "Correct hand position, depth and rate; the chest recoils fully after each compression.",
            "success": "Rescue breaths and chest compressions started within 240 seconds.",
        },
        {
            "offset": 230,
            "phase": "CPR",
            "role": "Trip teachers",
            "action": (
                "A second trip teacher runs to the camp service centre for the AED, first handing the students at "
                "the assembly point over to other teachers."
            ),
            "inject": "",
            "expected": "The students at the assembly point are supervised by a teacher all the time.",
            "success": "The assembly point is never left unsupervised while the AED is fetched.",
        },
        {
            "offset": 330,
            "phase": "Continued CPR and handover",
            "role": "Trip school doctor",
            "action": (
                "When the AED arrives, switches it on and follows the voice prompts: dries the chest and attaches "
                "the pads; nobody touches the “patient” during rhythm analysis and the shock; resumes compressions "
                "immediately after the shock and swaps compressions with a trip teacher every 2 minutes."
            ),
            "inject": "The AED trainer announces: “Shock advised.”",
            "expected": "Pads correctly placed; pauses in compressions are short.",
            "success": "First shock within 1 minute of the AED arriving; no pause in compressions over 10 seconds.",
        },
        {
            "offset": 360,
            "phase": "Continued CPR and handover",
            "role": "Trip teachers",
            "action": (
                "Count the other students at the assembly point and check the number against the number who set "
                "out; reassure frightened students and remind everyone not to take photos or post anything online."
            ),
            "inject": "",
            "expected": "Students are together and quiet; the number is clear.",
            "success": "Headcount matches the number who set out.",
        },
        {
            "offset": 420,
            "phase": "Continued CPR and handover",
            "role": "Student who spots it",
            "action": (
                "Tells the school leader on the trip what they saw: when and where the student fell in and about "
                "how long they struggled in the water."
            ),
            "inject": "",
            "expected": "The time and course of events are clear enough for the handover.",
            "success": "The time of falling in is written on the handover sheet.",
        },
        {
            "offset": 480,
            "phase": "Continued CPR and handover",
            "role": "Trip school doctor",
            "action": (
                "Keeps up compressions until the crew takes over; hands over the time of falling in, time out of "
                "the water, time CPR started, number of AED shocks and the care given."
            ),
            "inject": "The drill controllers announce: the 120 crew has been brought to the platform by the teacher "
            "who met them.",
            "expected": "Compressions do not stop during the handover.",
            "success": "The handover covers the four times and the number of shocks.",
        },
        {
            "offset": 540,
            "phase": "Continued CPR and handover",
            "role": "School leader on the trip",
            "action": (
                "Sends the school doctor and one teacher with the ambulance to hospital; reports to the school and "
                "the education authority (simulated), with the school contacting the parents; stops all of the "
                "group's activities by the water and takes the students indoors at the camp."
            ),
            "inject": "",
            "expected": "Who goes with the ambulance, who reports and who contacts parents is clear.",
            "success": "All students away from the water; the report has been sent.",
        },
        {
            "offset": 900,
            "phase": "Debrief",
            "role": "School leader on the trip",
            "action": (
                "Leads the debrief: announces the measured times against the 60-, 180- and 240-second time points; "
                "checks whether anyone crossed the safety line or wanted to go in; agrees improvements, such as a "
                "named safety officer at every waterside activity point and checking before setting out that the "
                "“four ones” facilities are complete."
            ),
            "inject": "",
            "expected": "Participants know whether each time point was met.",
            "success": "All three time points have measured times; each improvement has a person responsible.",
        },
        {
            "offset": 1200,
            "phase": "Debrief",
            "role": "Trip school doctor",
            "action": (
                "Comments on the quality of CPR (compression depth, rate and pauses), explains why you must not try "
                "to “drain the water”, and has students take turns practising compressions on the manikin."
            ),
            "inject": "",
            "expected": "Students understand the key points of CPR.",
            "success": "Every student completes at least one round of compressions.",
        },
    ],
    "safety_controls": [
        (
            "The drill takes place in designated calm water no more than 1.2 m deep, or the shallow end of a "
            "swimming pool, inside a marked-off area; the casualty is played by a certified lifeguard in a life "
            "jacket, with a safety boat and professional lifeguards downstream."
        ),
        (
            "No student enters the water: a safety line is marked on the bank and students do their tasks (shouting, "
            "reporting) behind it; the rescuers on the bank wear life jackets."
        ),
        "CPR is only done on the manikin, never compressions or rescue breaths on a person; the AED is a trainer.",
        (
            "All emergency calls go to the number set by the drill controllers and begin with “This is a drill”; "
            "the camp, parents and the relevant local authorities are told beforehand."
        ),
        (
            "The stop word is “Stop the drill” with repeated long whistle blasts; if the role-player gets into real "
            "trouble, they cross both arms above their head and the safety boat goes to them at once."
        ),
        "In thunderstorms, rising water or faster currents the open-water drill is cancelled and moved to a pool.",
    ],
    "evaluation": [
        "Was help shouted for at once and the casualty watched all the time; did any student go in or cross the "
        "safety line?",
        "Was the life buoy within reach within 60 seconds; did the rescuers stay low and steady while throwing and "
        "hauling?",
        "Did the emergency call state location, number of people and situation; was someone sent to meet the "
        "ambulance?",
        "Was the casualty ashore within 180 seconds; was someone protecting the rescuers while dragging?",
        "Did CPR start within 240 seconds; was any attempt made to “drain the water”; were compression depth, "
        "rate and pauses within standard?",
        "Did the other students leave the water's edge quickly, and did the headcount match?",
        "Was the handover complete: times of falling in, coming out and starting CPR, and the number of AED shocks?",
    ],
}

SCENARIO = {
    "slug": "drowning-rescue-by-the-water",
    "type": "drowning-rescue",
    "school_levels": ["junior_secondary", "senior_secondary"],
    "duration_minutes": 45,
    "zh": _ZH,
    "en": _EN,
}
