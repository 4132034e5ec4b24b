"""Demo drill scenario: suspected food poisoning after lunch in the school canteen.

Plain data only (no Django imports). Format: see SCHEMA.md in this package.
The scenario is illustrative; it does not describe real people or schools.
"""

_ZH = {
    "title": "学校食堂疑似食物中毒应急处置演练",
    "summary": (
        "午饭后多名学生出现恶心、呕吐、腹痛。演练检验校医分级救治、食堂停餐、留样和现场封存、"
        "向教育、卫生健康和市场监督管理部门报告、送医和通知家长的全过程。"
    ),
    "objectives": [
        "发现症状后2分钟内通知校医和校领导，10分钟内所有有症状学生完成检查分级，重症者及时呼叫120",
        "食堂接令后1分钟内停止供餐，15分钟内完成留样食品、剩余饭菜、原料和餐具的封存",
        "30分钟内向教育、卫生健康、市场监督管理部门电话报告，送医学生都有教师陪同，家长收到统一通知",
        "全校排查以人数上报，覆盖所有班级，不漏报、不瞒报",
    ],
    "roles": [
        {
            "name": "班主任",
            "filled_by": "class_teacher",
            "responsibilities": (
                "发现学生不适后立即通知校医和校领导，正确安置呕吐学生；排查本班并按人数上报；"
                "陪同学生就医，按学校统一口径通知家长。"
            ),
        },
        {
            "name": "校医",
            "filled_by": "school_doctor",
            "responsibilities": (
                "检查有症状的学生并分出轻重，呼叫120，设观察点并记录症状；留取呕吐物样本，向急救人员交接。"
            ),
        },
        {
            "name": "食堂负责人",
            "filled_by": "other",
            "responsibilities": (
                "停止供餐和加工，保管好留样，封存剩余饭菜、原料和餐具，配合监管部门调查，提供采购和健康管理记录。"
            ),
        },
        {
            "name": "校领导",
            "filled_by": "school_leader",
            "responsibilities": (
                "担任总指挥：启动食品安全事故应急预案，下达停餐和全校排查指令，向主管部门报告，统一对家长发布信息。"
            ),
        },
        {
            "name": "专职保安",
            "filled_by": "security_team",
            "responsibilities": "看守食堂后厨和留样间，禁止无关人员进出和带出物品；打开救护车通道并接应。",
        },
    ],
    "equipment": [
        {"item": "食品留样专用冷藏柜", "quantity": "1 台", "location": "食堂留样间"},
        {"item": "封条和封存清单", "quantity": "1 套", "location": "总务处"},
        {"item": "样品袋、一次性手套、记号笔", "quantity": "若干", "location": "医务室、食堂"},
        {"item": "急救箱和体温计", "quantity": "1 套", "location": "医务室"},
        {"item": "呕吐物处置包（含消毒剂）", "quantity": "2 个", "location": "医务室"},
        {"item": "症状记录表（只记编号、班级和症状）", "quantity": "若干", "location": "校医"},
        {"item": "对讲机", "quantity": "6 台", "location": "校领导、校医、食堂负责人、保安"},
        {"item": "症状卡", "quantity": "9 张", "location": "导演组，发给学生扮演者"},
    ],
    "phases": [
        {
            "name": "发现与救治",
            "target_seconds": 600,
            "goal": "所有有症状的学生已由校医检查并分出轻重，重症者已呼叫120，其余学生在观察点有人看护。",
        },
        {
            "name": "停餐与封存",
            "target_seconds": 900,
            "goal": "食堂已停止供餐，留样食品、剩余饭菜、原料和餐具已封存并有人看守，封存清单已签字。",
        },
        {
            "name": "报告与送医",
            "target_seconds": 1800,
            "goal": (
                "已向教育、卫生健康、市场监督管理部门电话报告；需就医的学生已送医院并有教师陪同；家长已收到通知。"
            ),
        },
        {
            "name": "总结讲评",
            "target_seconds": None,
            "goal": "对照10分钟、15分钟、30分钟节点复盘，检查留样和报告记录，问题记入台账。",
        },
    ],
    "timeline": [
        {
            "offset": 0,
            "phase": "发现与救治",
            "role": "班主任",
            "action": (
                "立即打电话通知校医和值班校领导；让呕吐的学生侧卧或坐着身体前倾，防止呕吐物呛入气管；"
                "不给学生吃药、不让其进食；保留呕吐物，不急于清理。"
            ),
            "inject": (
                "午饭后约40分钟，某班5名学生（学生志愿者扮演，手持症状卡）先后出现恶心、呕吐、腹痛，"
                "其中1人腹泻、面色苍白。"
            ),
            "expected": "校医和值班校领导在2分钟内收到报告，学生体位正确。",
            "success": "2分钟内通知校医和校领导。",
        },
        {
            "offset": 60,
            "phase": "发现与救治",
            "role": "校医",
            "action": (
                "携急救箱赶到，逐一检查意识、体温、脉搏和呕吐、腹泻次数，询问午餐吃了什么、何时开始不适；"
                "把意识模糊、持续呕吐、血便、呼吸困难或明显脱水的列为重症。"
            ),
            "inject": "其中1名学生的症状卡显示：持续呕吐、手脚发冷、精神差。",
            "expected": "重症学生被识别并优先处置。",
            "success": "重症判断准确，并在症状记录表上按编号记录。",
        },
        {
            "offset": 120,
            "phase": "发现与救治",
            "role": "校领导",
            "action": (
                "启动学校食品安全事故应急预案，担任总指挥：通知食堂立即停止供餐（包括下午点心和晚餐备餐）；"
                "通知全校班主任排查本班有无类似症状学生；指定一名副校长负责报告和家长沟通。"
            ),
            "inject": "",
            "expected": "停餐和排查指令同时下达，分工明确。",
            "success": "3分钟内下达停餐和全校排查指令。",
        },
        {
            "offset": 180,
            "phase": "发现与救治",
            "role": "校医",
            "action": (
                "拨打120（演练中拨打导演组指定号码），报告学校地址、疑似食物中毒、发病人数、重症人数和主要症状；"
                "让重症学生在医务室侧卧休息，监测意识、脉搏和呼吸。"
            ),
            "inject": "",
            "expected": "120报警内容完整，重症学生有人专门看护。",
            "success": "报警讲清地址、人数、重症人数和症状。",
        },
        {
            "offset": 240,
            "phase": "发现与救治",
            "role": "食堂负责人",
            "action": (
                "停止出售和分发所有食品，通知从业人员停止加工；不得清洗餐具、不得倒掉剩饭剩菜；"
                "整理当天午餐菜单和就餐人数。"
            ),
            "inject": "",
            "expected": "食堂停止一切供应和加工，现场保持原样。",
            "success": "接令后1分钟内停止供餐。",
        },
        {
            "offset": 300,
            "phase": "发现与救治",
            "role": "班主任",
            "action": (
                "各班班主任按人数上报排查结果；有症状的学生由班主任陪同到观察点（医务室旁的空教室），"
                "并登记午餐在哪个窗口、吃了哪些菜。"
            ),
            "inject": "全校排查反馈：另有两个班共4名学生报告轻微腹痛。",
            "expected": "所有班级按人数上报，新发现的学生被带到观察点。",
            "success": "10分钟节点前全校排查结果报齐。",
        },
        {
            "offset": 420,
            "phase": "发现与救治",
            "role": "专职保安",
            "action": (
                "一名保安到食堂后厨和留样间门口值守，除食堂负责人和校医外禁止人员进出、禁止带出任何食品和物品；"
                "另一名保安到校门口打开救护车通道。"
            ),
            "inject": "",
            "expected": "食堂有人看守，救护车通道畅通。",
            "success": "看守和接应在10分钟节点前到位。",
        },
        {
            "offset": 540,
            "phase": "发现与救治",
            "role": "校医",
            "action": (
                "在观察点安排专人看护轻症学生，每15分钟记录一次症状和体温；清理呕吐物前，"
                "先戴手套用样品袋留取呕吐物样本，标明时间和编号，再用处置包清理消毒。"
            ),
            "inject": "",
            "expected": "每名有症状的学生都有编号和症状记录，样本标识清楚。",
            "success": "10分钟内所有有症状学生完成检查分级，呕吐物样本已留取。",
        },
        {
            "offset": 660,
            "phase": "停餐与封存",
            "role": "食堂负责人",
            "action": (
                "与总务人员一起检查留样：当天午餐每个品种留样不少于125克，分别盛放、标明餐次和时间，"
                "在冷藏条件下存放48小时以上；把留样、剩余饭菜、原料、调料和加工用具封存，贴封条，"
                "填写封存清单，两人签字。"
            ),
            "inject": "",
            "expected": "留样齐全，封存清单与实物一致。",
            "success": "留样品种、重量、标签符合要求，封存清单两人签字。",
        },
        {
            "offset": 780,
            "phase": "停餐与封存",
            "role": "专职保安",
            "action": "立即制止，说明所有剩余食品已封存，不得移动或倒掉，并报告总指挥。",
            "inject": "一名食堂员工（导演组安排）准备把剩饭倒进泔水桶。",
            "expected": "剩饭保持原样，封存现场没有被破坏。",
            "success": "封存现场无任何物品被移动或倒掉。",
        },
        {
            "offset": 870,
            "phase": "停餐与封存",
            "role": "校领导",
            "action": (
                "检查封存情况，核对病例数：共9名学生有症状，其中1名重症；决定重症学生由120送医，"
                "其余有症状学生由学校车辆送同一家医院检查，每车至少一名教师陪同。"
            ),
            "inject": "",
            "expected": "病例数和送医安排清楚。",
            "success": "15分钟内完成封存检查和送医安排。",
        },
        {
            "offset": 960,
            "phase": "报告与送医",
            "role": "校领导",
            "action": (
                "分别电话报告所在地教育行政部门、卫生健康行政部门和市场监督管理部门（演练中拨打导演组指定号码），"
                "讲清时间、地点、发病人数、主要症状、可疑餐次和已采取的措施，随后按要求补交书面报告；"
                "不迟报、不漏报、不瞒报。"
            ),
            "inject": "",
            "expected": "三个部门都收到报告，报告内容一致。",
            "success": "30分钟内完成对三个部门的电话报告。",
        },
        {
            "offset": 1020,
            "phase": "报告与送医",
            "role": "校医",
            "action": (
                "向急救人员交接重症学生的发病时间、症状、已采取的措施和当天午餐菜单；"
                "轻症学生由校医和班主任陪同乘学校车辆前往同一家医院。"
            ),
            "inject": "导演组宣布：120急救车已到达校门，由保安引导到医务室。",
            "expected": "重症学生被急救人员接走，症状记录随人移交。",
            "success": "每名送医学生都有教师陪同，记录随人移交。",
        },
        {
            "offset": 1200,
            "phase": "报告与送医",
            "role": "班主任",
            "action": (
                "按学校统一口径电话通知送医学生的家长：孩子的情况、送往哪家医院、学校联系人；"
                "不猜测原因，不在班级群发布未经核实的信息。"
            ),
            "inject": "",
            "expected": "家长得到准确信息，班级群没有传播猜测。",
            "success": "所有送医学生的家长在30分钟节点前收到通知。",
        },
        {
            "offset": 1380,
            "phase": "报告与送医",
            "role": "食堂负责人",
            "action": (
                "配合调查：提供当天菜单、食材采购票据和进货查验记录、从业人员健康证明和晨检记录；"
                "带检查人员到留样柜和封存点，不擅自解封。"
            ),
            "inject": "市场监督管理部门工作人员（导演组扮演）到达食堂。",
            "expected": "所需记录齐全，检查人员顺利查看留样和封存点。",
            "success": "所需记录在10分钟内全部提供。",
        },
        {
            "offset": 1800,
            "phase": "报告与送医",
            "role": "校领导",
            "action": (
                "确认送医、报告、封存、家长通知都已完成；安排专人在医院跟进，向全体家长发布统一的情况说明；"
                "在监管部门同意前食堂不恢复供餐，安排好晚餐的替代供应。"
            ),
            "inject": "",
            "expected": "各项工作闭环，信息发布统一。",
            "success": "30分钟节点各项工作全部完成。",
        },
        {
            "offset": 2400,
            "phase": "总结讲评",
            "role": "校领导",
            "action": (
                "主持讲评：对照10分钟、15分钟、30分钟节点公布实测时间，检查症状记录表、封存清单和报告内容；"
                "问题记入安全工作台账，明确整改责任人和期限。"
            ),
            "inject": "",
            "expected": "参演人员知道各节点是否达标。",
            "success": "三个时间节点都有实测时间，问题已记入台账。",
        },
        {
            "offset": 2700,
            "phase": "总结讲评",
            "role": "食堂负责人",
            "action": (
                "复查留样制度的执行：每餐每个品种是否留样、留样量、标签、存放时间和冷藏温度记录是否完整，"
                "当场解除演练封条并登记。"
            ),
            "inject": "",
            "expected": "留样制度的漏洞被找出。",
            "success": "留样检查结果写入台账，演练封条已解除并登记。",
        },
    ],
    "safety_controls": [
        ("不使用任何可疑食品或药品；学生扮演者只手持症状卡表演，不真的进食或催吐；“呕吐物”用燕麦糊等替代物模拟。"),
        (
            "留样和封存只做程序演示，真实留样不得因演练被取出或丢弃；演练封条与正式封条区分，"
            "演练结束后由食堂负责人当场解除并登记。"
        ),
        ("120和各部门的电话一律拨打导演组指定号码，开口先说“这是演练”；提前告知家长和教职工，避免误传。"),
        ("学生扮演者事先知情并经家长同意；扮演者如真实不适，立即喊停止口令“停止演练”，由校医按真实情况处置。"),
        "演练安排在午餐供应结束后进行，不影响真实供餐；记录只写编号、班级人数和症状，不记录学生姓名。",
    ],
    "evaluation": [
        "班主任是否在2分钟内通知校医和校领导，并正确安置呕吐的学生。",
        "校医是否在10分钟内完成检查分级，重症判断是否准确，120是否及时拨打。",
        "食堂是否接令后1分钟内停止供餐；剩余饭菜和餐具是否保持原样。",
        "留样是否每个品种不少于125克、标签完整、冷藏存放48小时以上；封存清单是否两人签字。",
        "是否在30分钟内向教育、卫生健康、市场监督管理部门报告，报告要素是否齐全。",
        "送医学生是否都有教师陪同；家长是否按统一口径收到通知。",
        "全校排查是否覆盖所有班级并按人数上报。",
    ],
}

_EN = {
    "title": "Suspected food poisoning from the school canteen: emergency response drill",
    "summary": (
        "After lunch several students feel sick, vomit and have stomach pains. The drill tests the whole response: "
        "triage and care by the school doctor, stopping canteen service, keeping food samples and sealing the "
        "scene, reporting to the education, health and market regulation authorities, taking students to hospital "
        "and informing parents."
    ),
    "objectives": [
        "The school doctor and school leader are told within 2 minutes of symptoms being noticed; within 10 minutes "
        "every student with symptoms has been examined and triaged and 120 has been called promptly for severe cases",
        "The canteen stops serving within 1 minute of the order; within 15 minutes retained food samples, leftover "
        "food, ingredients and utensils are sealed",
        "Within 30 minutes the education, health and market regulation authorities have been told by phone, every "
        "student going to hospital has a teacher with them and parents have received one consistent message",
        "The school-wide check covers every class and is reported as numbers, with nothing left out or hidden",
    ],
    "roles": [
        {
            "name": "Class teachers",
            "filled_by": "class_teacher",
            "responsibilities": (
                "Tell the school doctor and school leader at once when students feel unwell and position vomiting "
                "students safely; check their class and report numbers; go to hospital with students and inform "
                "parents with the school's agreed message."
            ),
        },
        {
            "name": "School doctor",
            "filled_by": "school_doctor",
            "responsibilities": (
                "Examines students with symptoms and sorts them by severity, calls 120, sets up an observation point "
                "and records symptoms; keeps a sample of vomit and hands over to the ambulance crew."
            ),
        },
        {
            "name": "Canteen manager",
            "filled_by": "other",
            "responsibilities": (
                "Stops serving and cooking, keeps the retained samples safe, seals leftover food, ingredients and "
                "utensils, assists the authorities' investigation and provides purchase and staff health records."
            ),
        },
        {
            "name": "School leader",
            "filled_by": "school_leader",
            "responsibilities": (
                "Incident commander: activates the food safety incident plan, orders the canteen to stop serving and "
                "a school-wide check, reports to the authorities and issues all information to parents."
            ),
        },
        {
            "name": "Full-time security guards",
            "filled_by": "security_team",
            "responsibilities": (
                "Guard the canteen kitchen and sample room, letting nobody unauthorised in or out and nothing be "
                "taken away; open the ambulance lane and meet the ambulance."
            ),
        },
    ],
    "equipment": [
        {"item": "Dedicated refrigerator for food samples", "quantity": "1", "location": "Canteen sample room"},
        {"item": "Seals and sealing list", "quantity": "1 set", "location": "General affairs office"},
        {
            "item": "Sample bags, disposable gloves, marker pens",
            "quantity": "Several",
            "location": "Medical room, canteen",
        },
        {"item": "First-aid kit and thermometer", "quantity": "1 set", "location": "Medical room"},
        {"item": "Vomit clean-up kit (with disinfectant)", "quantity": "2", "location": "Medical room"},
        {
            "item": "Symptom record sheet (case number, class and symptoms only)",
            "quantity": "Several",
            "location": "School doctor",
        },
        {
            "item": "Two-way radio",
            "quantity": "6",
            "location": "School leader, school doctor, canteen manager, security guards",
        },
        {
            "item": "Symptom card",
            "quantity": "9",
            "location": "Drill controllers, handed to the student role-players",
        },
    ],
    "phases": [
        {
            "name": "Detection and first aid",
            "target_seconds": 600,
            "goal": (
                "Every student with symptoms has been examined and sorted by severity by the school doctor, 120 has "
                "been called for the severe case, and the others are watched at an observation point."
            ),
        },
        {
            "name": "Stop serving and seal",
            "target_seconds": 900,
            "goal": (
                "The canteen has stopped serving; retained samples, leftover food, ingredients and utensils are "
                "sealed and guarded, and the sealing list is signed."
            ),
        },
        {
            "name": "Reporting and hospital",
            "target_seconds": 1800,
            "goal": (
                "The education, health and market regulation authorities have been told by phone; students who "
                "need care are at hospital with teachers; parents have been informed."
            ),
        },
        {
            "name": "Debrief",
            "target_seconds": None,
            "goal": (
                "The 10-, 15- and 30-minute time points are reviewed, sample and report records checked, and "
                "problems entered in the ledger."
            ),
        },
    ],
    "timeline": [
        {
            "offset": 0,
            "phase": "Detection and first aid",
            "role": "Class teachers",
            "action": (
                "Phone the school doctor and the school leader on duty at once; have vomiting students lie on their "
                "side or sit leaning forward so they do not breathe in vomit; give no medicine and no food; leave "
                "the vomit in place rather than cleaning it up straight away."
            ),
            "inject": (
                "About 40 minutes after lunch, 5 students in one class (student volunteers holding symptom cards) "
                "one after another feel sick, vomit and have stomach pains; one also has diarrhoea and looks pale."
            ),
            "expected": (
                "The school doctor and the school leader on duty are told within 2 minutes; the students are in "
                "safe positions."
            ),
            "success": "School doctor and school leader told within 2 minutes.",
        },
        {
            "offset": 60,
            "phase": "Detection and first aid",
            "role": "School doctor",
            "action": (
                "Arrives with the first-aid kit and checks each student's consciousness, temperature, pulse and "
                "number of times they have vomited or had diarrhoea, asking what they ate at lunch and when they "
                "started to feel unwell; anyone confused, vomiting continuously, with blood in the stool, short of "
                "breath or clearly dehydrated is a severe case."
            ),
            "inject": "One student's symptom card reads: continuous vomiting, cold hands and feet, listless.",
            "expected": "The severe case is recognised and treated first.",
            "success": "Severe case correctly identified and recorded by case number on the symptom sheet.",
        },
        {
            "offset": 120,
            "phase": "Detection and first aid",
            "role": "School leader",
            "action": (
                "Activates the school's food safety incident plan as incident commander: tells the canteen to stop "
                "serving at once (including the afternoon snack and dinner preparation); tells all class teachers "
                "to check their classes for students with similar symptoms; names a vice principal to handle "
                "reports and contact with parents."
            ),
            "inject": "",
            "expected": "Orders to stop serving and to check all classes go out together, with clear duties.",
            "success": "Stop-serving and school-wide check orders given within 3 minutes.",
        },
        {
            "offset": 180,
            "phase": "Detection and first aid",
            "role": "School doctor",
            "action": (
                "Calls 120 (in the drill, the number set by the drill controllers) giving the school's address, "
                "suspected food poisoning, the number of students ill, the number of severe cases and the main "
                "symptoms; has the severe case rest on their side in the medical room and monitors consciousness, "
                "pulse and breathing."
            ),
            "inject": "",
            "expected": "The 120 call is complete; someone stays with the severe case all the time.",
            "success": "The call states address, number ill, number of severe cases and symptoms.",
        },
        {
            "offset": 240,
            "phase": "Detection and first aid",
            "role": "Canteen manager",
            "action": (
                "Stops all sale and serving of food and tells staff to stop cooking; utensils must not be washed and "
                "leftovers must not be thrown away; gets together the day's lunch menu and the number of diners."
            ),
            "inject": "",
            "expected": "The canteen stops all serving and cooking; everything stays as it is.",
            "success": "Serving stopped within 1 minute of the order.",
        },
        {
            "offset": 300,
            "phase": "Detection and first aid",
            "role": "Class teachers",
            "action": (
                "Every class teacher reports the check as numbers; students with symptoms are taken by their class "
                "teacher to the observation point (an empty classroom next to the medical room), noting which "
                "serving counter they used and which dishes they ate."
            ),
            "inject": "The school-wide check reports 4 more students in two other classes with mild stomach pain.",
            "expected": "Every class reports numbers; the newly found students are taken to the observation point.",
            "success": "All classes have reported before the 10-minute mark.",
        },
        {
            "offset": 420,
            "phase": "Detection and first aid",
            "role": "Full-time security guards",
            "action": (
                "One guard stands at the door of the canteen kitchen and sample room, letting nobody in or out "
                "except the canteen manager and the school doctor and letting no food or items be taken away; "
                "another goes to the gate and opens the ambulance lane."
            ),
            "inject": "",
            "expected": "The canteen is guarded and the ambulance lane is clear.",
            "success": "Guard and ambulance lane in place before the 10-minute mark.",
        },
        {
            "offset": 540,
            "phase": "Detection and first aid",
            "role": "School doctor",
            "action": (
                "Has a member of staff watch the mild cases at the observation point, recording symptoms and "
                "temperature every 15 minutes; before the vomit is cleaned up, puts on gloves and takes a sample "
                "into a sample bag labelled with time and case number, then cleans and disinfects with the kit."
            ),
            "inject": "",
            "expected": "Every student with symptoms has a case number and a symptom record; samples are clearly "
            "labelled.",
            "success": "All students with symptoms examined and triaged within 10 minutes; vomit sample taken.",
        },
        {
            "offset": 660,
            "phase": "Stop serving and seal",
            "role": "Canteen manager",
            "action": (
                "Checks the retained samples with general affairs staff: at least 125 g of every dish of the day's "
                "lunch, each in its own container, labelled with meal and time, kept refrigerated for at least 48 "
                "hours; seals the samples, leftover food, ingredients, seasonings and cooking utensils, puts on "
                "seals, fills in the sealing list and has two people sign it."
            ),
            "inject": "",
            "expected": "Samples are complete and the sealing list matches what is sealed.",
            "success": "Sample dishes, weights and labels meet the rules; sealing list signed by two people.",
        },
        {
            "offset": 780,
            "phase": "Stop serving and seal",
            "role": "Full-time security guards",
            "action": (
                "Stop it at once, explaining that all leftover food is sealed and must not be moved or thrown away, "
                "and report to the commander."
            ),
            "inject": "A canteen worker (arranged by the drill controllers) is about to tip leftovers into the "
            "swill bin.",
            "expected": "The leftovers stay as they are; the sealed scene is not disturbed.",
            "success": "Nothing at the sealed scene is moved or thrown away.",
        },
        {
            "offset": 870,
            "phase": "Stop serving and seal",
            "role": "School leader",
            "action": (
                "Checks the sealing and the case count: 9 students with symptoms, 1 severe; decides that the severe "
                "case goes by 120 ambulance and the other students with symptoms go to the same hospital by school "
                "vehicle for examination, with at least one teacher in each vehicle."
            ),
            "inject": "",
            "expected": "Case numbers and hospital arrangements are clear.",
            "success": "Sealing checked and hospital arrangements made within 15 minutes.",
        },
        {
            "offset": 960,
            "phase": "Reporting and hospital",
            "role": "School leader",
            "action": (
                "Phones the local education authority, health authority and market regulation authority in turn "
                "(in the drill, the number set by the drill controllers), giving time, place, number ill, main "
                "symptoms, the suspect meal and the measures taken, and follows up with a written report as "
                "required; nothing reported late, left out or hidden."
            ),
            "inject": "",
            "expected": "All three authorities receive the same report.",
            "success": "Phone reports to all three authorities within 30 minutes.",
        },
        {
            "offset": 1020,
            "phase": "Reporting and hospital",
            "role": "School doctor",
            "action": (
                "Hands over the severe case to the ambulance crew: time of onset, symptoms, measures taken and the "
                "day's lunch menu; the mild cases go to the same hospital by school vehicle with the school doctor "
                "and class teachers."
            ),
            "inject": "The drill controllers announce: the 120 ambulance is at the gate and a guard is leading it "
            "to the medical room.",
            "expected": "The crew takes the severe case; symptom records go with the student.",
            "success": "Every student going to hospital has a teacher with them; records go with them.",
        },
        {
            "offset": 1200,
            "phase": "Reporting and hospital",
            "role": "Class teachers",
            "action": (
                "Phone the parents of students going to hospital with the school's agreed message: how their child "
                "is, which hospital, who the school contact is; no guessing at causes and no unverified information "
                "in the class group chat."
            ),
            "inject": "",
            "expected": "Parents get accurate information; no speculation spreads in the class chat.",
            "success": "Parents of all students going to hospital informed before the 30-minute mark.",
        },
        {
            "offset": 1380,
            "phase": "Reporting and hospital",
            "role": "Canteen manager",
            "action": (
                "Assists the investigation: provides the day's menu, purchase invoices and goods-received check "
                "records, staff health certificates and morning health-check records; takes the inspectors to the "
                "sample refrigerator and the sealed items without breaking any seal."
            ),
            "inject": "Staff of the market regulation authority (played by the drill controllers) arrive at the "
            "canteen.",
            "expected": "All records needed are available; the inspectors see the samples and sealed items.",
            "success": "All records needed handed over within 10 minutes.",
        },
        {
            "offset": 1800,
            "phase": "Reporting and hospital",
            "role": "School leader",
            "action": (
                "Confirms that hospital transfer, reports, sealing and parent notification are all done; has someone "
                "follow up at the hospital and sends all parents one consistent statement; the canteen does not "
                "reopen until the authorities agree, and another supply for dinner is arranged."
            ),
            "inject": "",
            "expected": "Every task is closed off and information is consistent.",
            "success": "All tasks complete at the 30-minute mark.",
        },
        {
            "offset": 2400,
            "phase": "Debrief",
            "role": "School leader",
            "action": (
                "Leads the debrief: announces the measured times against the 10-, 15- and 30-minute time points and "
                "checks the symptom sheets, sealing list and report content; enters problems in the safety ledger "
                "with a person responsible and a deadline."
            ),
            "inject": "",
            "expected": "Participants know whether each time point was met.",
            "success": "All three time points have measured times; problems are entered in the ledger.",
        },
        {
            "offset": 2700,
            "phase": "Debrief",
            "role": "Canteen manager",
            "action": (
                "Reviews how the sample rules are kept: whether every dish of every meal is sampled, and whether "
                "sample weights, labels, storage times and refrigerator temperature records are complete; removes "
                "the drill seals on the spot and logs it."
            ),
            "inject": "",
            "expected": "Gaps in the sample rules are found.",
            "success": "Sample check results entered in the ledger; drill seals removed and logged.",
        },
    ],
    "safety_controls": [
        (
            "No suspect food or medicine is used; student role-players only act with symptom cards and do not "
            "really eat anything or make themselves sick; “vomit” is imitated with porridge or a similar substitute."
        ),
        (
            "Samples and sealing are only a demonstration of the procedure: real retained samples must not be "
            "taken out or thrown away for the drill; drill seals look different from official seals and are "
            "removed and logged by the canteen manager straight after the drill."
        ),
        (
            "Calls to 120 and the authorities go only to the number set by the drill controllers and begin with "
            "“This is a drill”; parents and staff are told in advance so no rumours start."
        ),
        (
            "Student role-players know the plan and have their parents' consent; if a role-player really feels "
            "unwell, anyone calls the stop word “Stop the drill” and the school doctor treats it as real."
        ),
        (
            "The drill is held after lunch service has ended and does not affect real meals; records carry only "
            "case numbers, class counts and symptoms, no student names."
        ),
    ],
    "evaluation": [
        "Did the class teacher tell the school doctor and school leader within 2 minutes and position vomiting "
        "students correctly?",
        "Did the school doctor examine and triage within 10 minutes, judge the severe case correctly and call 120 "
        "in time?",
        "Did the canteen stop serving within 1 minute of the order; were leftovers and utensils kept as they were?",
        "Were samples at least 125 g of every dish, fully labelled and refrigerated for at least 48 hours; was the "
        "sealing list signed by two people?",
        "Were the education, health and market regulation authorities told within 30 minutes, with all the "
        "required details?",
        "Did every student going to hospital have a teacher with them; did parents receive the agreed message?",
        "Did the school-wide check cover every class and report numbers?",
    ],
}

SCENARIO = {
    "slug": "food-poisoning-canteen",
    "type": "food-poisoning",
    "school_levels": ["primary", "junior_secondary", "senior_secondary"],
    "duration_minutes": 60,
    "zh": _ZH,
    "en": _EN,
}
