"""Demo teaching content: traffic safety (交通安全).

Plain Python literals only; see SCHEMA.md for the format. Case stories are
composite and illustrative: no real children's names and no named real schools.
"""

TOPIC = {
    "slug": "traffic-safety",
    "zh": {
        "title": "交通安全",
        "intro": "从上学路上走路、过马路、坐车，到骑车的年龄规定和“一盔一带”，再到远离大车盲区，"
                 "帮助学生和家长把交通安全规则变成每天的习惯。",
    },
    "en": {
        "title": "Traffic safety",
        "intro": "From walking, crossing and riding in vehicles on the way to school, to the age rules for cycling, "
                 "the \"one helmet, one belt\" campaign and keeping away from the blind spots of large vehicles: "
                 "helping students and parents turn traffic rules into everyday habits.",
    },
}


# ---------------------------------------------------------------------------
# Lesson 1: on the way to school
# ---------------------------------------------------------------------------

_WAY_TO_SCHOOL_ZH = {
    "title": "上学路上的交通安全",
    "summary": "从出家门到进校门，教孩子走对路、过对马路、坐对车，认识校门口的护学岗，遇到困难知道向谁求助。",
    "objectives": [
        "知道在人行道内行走，过马路走人行横道、过街天桥或地下通道，按信号灯通行",
        "学会“一停二看三通过”，不在道路上玩耍、追逐",
        "知道不乘坐黑车、超载车，乘车时系好安全带、坐稳扶好",
        "认识护学岗和高峰勤务，遇到困难会向民警、老师和志愿者求助",
    ],
    "tags": ["上学路上", "过马路", "护学岗"],
    "body": [
        ("heading", "从家门到校门"),
        ("paragraph",
         "<p>同学们每天上学、放学，都要走过人行道、路口和校门口。道路交通安全法规定：<b>行人应当在人行道内行走，"
         "没有人行道的靠路边行走；通过路口或者横过道路，应当走人行横道或者过街设施</b>。学龄前儿童在道路上通行，"
         "应当由监护人或者其他成年人带领。</p>"
         "<p>过马路要记住<b>“一停二看三通过”</b>：先在路边停下来；再看清来往车辆——先看左、再看右、再看左；"
         "确认安全后再直行快速通过，不要在马路中间停留、打闹或者突然折返。绿灯亮了，也要留意正在转弯的车辆。</p>"
         "<p>从公交车、校车或者家长的车上下来后，<b>不要从停着的车前面或后面突然穿出去</b>。车身挡住了你的视线，"
         "也挡住了其他司机看你的视线。要等车开走、能看清整条马路以后，再到人行横道过马路。</p>"),
        ("key_points", {
            "heading": "要点",
            "points": [
                "走人行道；没有人行道时，靠路边行走",
                "过马路走人行横道、过街天桥或地下通道，红灯停、绿灯行",
                "“一停二看三通过”，不猛跑、不斜穿、不翻越护栏",
                "不在马路上踢球、追逐打闹，走路时不看手机",
                "下车后等车开走再过马路，不从停着的车前后穿出",
                "不坐黑车、超载车；坐车系好安全带",
                "校门口有护学岗，有困难找民警、老师和志愿者",
            ],
        }),
        ("heading", "校门口的护学岗"),
        ("paragraph",
         "<p>每天上学和放学的时候，很多学校门口都有由民警、辅警、保安、老师和家长志愿者组成的<b>护学岗</b>。"
         "公安机关在上下学时段开展<b>高峰勤务</b>，疏导车辆、护送学生过马路、维护校门口秩序。"
         "据报道，2024年全国共设立护学岗41.3万余个。</p>"
         "<p>在校门口，请听从护学岗人员的指挥，排队进出校门，放学后不在校门口和路边聚集逗留。"
         "遇到迷路、被陌生人纠缠、身体不舒服等情况，可以直接向护学岗的民警和志愿者求助。</p>"),
        ("heading", "坐车的规矩"),
        ("paragraph",
         "<p>乘坐校车，要认准有校车标志、经过许可的正规校车，车上一人一座，<b>不超员</b>，上车后系好安全带，"
         "坐稳扶好，不把头和手伸出窗外，不在车上走动打闹。</p>"
         "<p><b>不坐黑车、不坐超载车</b>：没有牌照和营运资质的车辆、挤满了人的面包车、载人的农用车和三轮车，"
         "一旦发生事故，后果往往非常严重。</p>"
         "<p>坐家长的汽车，年幼的孩子要坐<b>儿童安全座椅</b>，12岁以下的孩子不要坐副驾驶座。下车时从靠人行道的一侧下车，"
         "开门前先回头看看后面有没有自行车、电动车和汽车。</p>"),
        ("case_story", {
            "title": "放学路口的那一秒",
            "story": "一个冬天的下午，放学铃声响过，一名二年级男生走出校门，一眼看见奶奶站在马路对面向他招手。"
                     "他没有走几十米外的人行横道，而是从一辆停在路边的面包车后面直接冲了出去。\n\n"
                     "这时，一辆小汽车正从后面驶来，司机的视线被面包车挡住，根本没有看到他。"
                     "正在校门口执行护学岗的民警眼疾手快，一把把他拉了回来，小汽车紧急刹车，停在了离他不到一米的地方。\n\n"
                     "事后，民警蹲下来和他讲：“你看得见奶奶，可开车的叔叔看不见你。”奶奶也说，"
                     "以后她会在校门这一侧的接送点等他，而不是隔着马路招手。",
            "takeaway": "停着的车会同时挡住行人和司机的视线。再着急也要走人行横道，在路边停一停、看一看再通过；"
                        "家长接孩子时应在孩子所在的一侧等候，不要隔着马路招呼孩子。",
        }),
        ("do_dont", {
            "dos": [
                "走人行道，过马路走人行横道、过街天桥或地下通道",
                "看清信号灯，绿灯亮了也要看看有没有转弯车辆",
                "下车后等车开走、看清路况再过马路",
                "乘坐正规校车，系好安全带，坐稳扶好",
                "在校门口听从护学岗民警和志愿者的指挥",
            ],
            "donts": [
                "不闯红灯，不斜穿马路，不翻越护栏",
                "不在马路上踢球、追逐、打闹，走路时不看手机、不戴耳机",
                "不从停着的车前后突然穿出",
                "不坐黑车、超载车，不坐农用车和载人的三轮车",
                "不把头、手伸出车窗外",
            ],
        }),
        ("for_parents", {
            "heading": "给家长的话",
            "text": "<p>孩子过马路的样子，往往就是家长过马路的样子。未成年人保护法要求父母或者其他监护人"
                    "<b>采取配备儿童安全座椅、教育未成年人遵守交通规则等措施</b>，防止孩子受到交通事故的伤害。"
                    "请和孩子一起把上学路线走几遍，指出路上哪里有人行横道、哪里车多、哪里视线不好。</p>"
                    "<p>接送孩子时，请在校门口指定区域有序停车，不并排停车、不随意掉头，配合护学岗民警的疏导。</p>",
            "tips": [
                "和孩子一起走一遍上学路线，约定固定的过街地点",
                "自己做榜样：不闯红灯、不斜穿马路、不在车流中接送孩子",
                "年幼的孩子坐儿童安全座椅，12岁以下不坐副驾驶",
                "不让孩子乘坐黑车、超载车，拼车接送要确认车辆和司机",
                "接孩子时在校门同侧等候，不隔着马路招手",
            ],
        }),
    ],
    "quiz": [
        {
            "question": "要横过马路，应该从哪里走？",
            "kind": "single",
            "choices": [
                {"text": "哪里近就从哪里走", "correct": False},
                {"text": "人行横道、过街天桥或地下通道", "correct": True},
                {"text": "翻过路中间的护栏", "correct": False},
                {"text": "跟着别人一起从车缝里穿过去", "correct": False},
            ],
            "explanation": "道路交通安全法规定，行人横过道路应当走人行横道或者过街设施。过街天桥和地下通道就是过街设施。",
        },
        {
            "question": "从公交车上下来，要到马路对面去，应该怎么做？",
            "kind": "single",
            "choices": [
                {"text": "从公交车车头前面马上跑过去", "correct": False},
                {"text": "从公交车车尾后面绕过去", "correct": False},
                {"text": "等公交车开走、看清路况后，到人行横道过马路", "correct": True},
            ],
            "explanation": "停着的公交车既挡住你看来车的视线，也挡住司机看你的视线。等车开走、看清整条马路后再走人行横道，才安全。",
        },
        {
            "question": "下面哪些做法是安全的？（多选）",
            "kind": "multiple",
            "choices": [
                {"text": "过马路前先停下来，左右看清来往车辆", "correct": True},
                {"text": "绿灯亮了，还要留意正在转弯的车辆", "correct": True},
                {"text": "在小区门口的马路上踢球", "correct": False},
                {"text": "在校门口听从护学岗民警和志愿者的指挥", "correct": True},
            ],
            "explanation": "“一停二看三通过”、留意转弯车辆、听从护学岗指挥都是安全做法；马路不是游戏场，不能在道路上踢球、追逐。",
        },
        {
            "question": "一辆没有牌照的面包车已经挤满了人，司机招呼你上车，说可以顺路送你回家。你应该？",
            "kind": "single",
            "choices": [
                {"text": "挤一挤就上去，反正很近", "correct": False},
                {"text": "拒绝上车，乘坐正规校车、公交车或请家长来接", "correct": True},
                {"text": "坐在别人腿上就不算超载", "correct": False},
            ],
            "explanation": "无牌无证的黑车和超载车辆一旦出事，后果往往非常严重。要拒绝乘坐，选择正规校车、公交车或由家长接送。",
        },
    ],
}

_WAY_TO_SCHOOL_EN = {
    "title": "Traffic safety on the way to school",
    "summary": "From the front door to the school gate: teaching children to walk in the right place, cross the road "
               "the right way and ride in the right vehicles, to know the student protection post at the school gate, "
               "and to know whom to ask for help.",
    "objectives": [
        "Know to walk on the pavement and to cross at pedestrian crossings, footbridges or underpasses, following the signals",
        "Learn \"stop, look, then cross\" and never play or chase each other on the road",
        "Know not to ride in unlicensed or overloaded vehicles, and to wear a seat belt and sit still in any vehicle",
        "Know the student protection posts and peak-hour duty, and ask police officers, teachers and volunteers for help",
    ],
    "tags": ["way to school", "crossing", "protection post"],
    "body": [
        ("heading", "From the front door to the school gate"),
        ("paragraph",
         "<p>Every day, on the way to and from school, you pass pavements, junctions and the school gate. "
         "The Road Traffic Safety Law says: <b>pedestrians shall walk on the pavement, or keep to the side of the road "
         "where there is no pavement; to go through a junction or cross a road they shall use a pedestrian crossing "
         "or a crossing facility</b>. Pre-school children on the road shall be accompanied by their guardian or another adult.</p>"
         "<p>To cross the road, remember <b>\"stop, look, then cross\"</b>: first stop at the kerb; then look carefully "
         "at the traffic: left, then right, then left again; when it is safe, cross straight over quickly. Do not stop, "
         "play or suddenly turn back in the middle of the road. Even when the light is green, watch out for turning vehicles.</p>"
         "<p>After getting off a bus, a school bus or your parents' car, <b>never dash out from in front of or behind a "
         "stopped vehicle</b>. The vehicle blocks your view, and it also blocks other drivers' view of you. Wait until it "
         "has driven away and you can see the whole road, then cross at the pedestrian crossing.</p>"),
        ("key_points", {
            "heading": "Key points",
            "points": [
                "Walk on the pavement; where there is none, keep to the side of the road",
                "Cross at pedestrian crossings, footbridges or underpasses: stop on red, go on green",
                "Stop, look, then cross: no running, no cutting diagonally, no climbing over barriers",
                "No football, chasing or play-fighting on the road, and no looking at your phone while walking",
                "After getting off, wait for the vehicle to leave before crossing; never step out from in front of or behind a stopped vehicle",
                "No unlicensed or overloaded vehicles; always wear your seat belt",
                "There is a student protection post at the school gate: if in trouble, go to police officers, teachers and volunteers",
            ],
        }),
        ("heading", "The student protection post at the school gate"),
        ("paragraph",
         "<p>At the start and end of every school day, many school gates have a <b>student protection post</b> staffed "
         "by police officers, auxiliary police, security guards, teachers and parent volunteers. The police carry out "
         "<b>peak-hour duty</b> at these times: directing traffic, seeing students across the road and keeping order at "
         "the gate. According to reports, more than 413,000 student protection posts were in place across China in 2024.</p>"
         "<p>At the school gate, follow the directions of the people on duty, queue to go in and out, and do not hang "
         "around the gate or the roadside after school. If you are lost, pestered by a stranger or feel unwell, you can "
         "go straight to the police officers and volunteers at the post for help.</p>"),
        ("heading", "Rules for riding in vehicles"),
        ("paragraph",
         "<p>Only take a proper, licensed school bus that carries the school bus sign. On board, one student per seat, "
         "<b>no overloading</b>; fasten your seat belt, sit still and hold on, keep your head and hands inside the windows, "
         "and do not walk around or play-fight.</p>"
         "<p><b>Do not take unlicensed or overloaded vehicles</b>: cars without plates or a transport licence, vans packed "
         "with people, and farm vehicles or tricycles carrying passengers. If they crash, the consequences are often very serious.</p>"
         "<p>In your parents' car, young children should sit in a <b>child safety seat</b>, and children under 12 should not "
         "sit in the front passenger seat. Get out on the pavement side, and before opening the door, look back for "
         "bicycles, e-bikes and cars.</p>"),
        ("case_story", {
            "title": "One second at the junction after school",
            "story": "One winter afternoon, after the bell, a second-grade boy came out of the school gate and saw his "
                     "grandmother waving to him from across the road. Instead of walking a few dozen metres to the "
                     "pedestrian crossing, he dashed straight out from behind a van parked at the kerb.\n\n"
                     "A car was coming along the road at that moment. The van blocked the driver's view, and the driver "
                     "never saw him. The police officer on duty at the student protection post reacted instantly and "
                     "pulled him back. The car braked hard and stopped less than a metre away from him.\n\n"
                     "Afterwards the officer crouched down and told him: \"You could see your grandma, but the driver "
                     "couldn't see you.\" His grandmother said that from then on she would wait at the pick-up point on "
                     "the school side of the road instead of waving from across the street.",
            "takeaway": "A parked vehicle blocks the view of both the pedestrian and the driver. However much of a hurry you "
                        "are in, use the pedestrian crossing and stop and look at the kerb before crossing. Parents picking "
                        "up children should wait on the child's side of the road, not call them across it.",
        }),
        ("do_dont", {
            "dos": [
                "Walk on the pavement; cross at pedestrian crossings, footbridges or underpasses",
                "Check the signals, and even on green look out for turning vehicles",
                "After getting off a vehicle, wait for it to leave and check the road before crossing",
                "Take a proper school bus, fasten your seat belt, sit still and hold on",
                "Follow the directions of the police officers and volunteers at the student protection post",
            ],
            "donts": [
                "Don't cross on red, cut across the road diagonally or climb over barriers",
                "Don't play football, chase or play-fight on the road; don't look at your phone or wear earphones while walking",
                "Don't dash out from in front of or behind a stopped vehicle",
                "Don't ride in unlicensed or overloaded vehicles, farm vehicles or tricycles carrying passengers",
                "Don't put your head or hands out of the window",
            ],
        }),
        ("for_parents", {
            "heading": "A word to parents",
            "text": "<p>The way a child crosses the road is usually the way their parents cross it. The Law on the Protection "
                    "of Minors requires parents and other guardians to <b>take measures such as providing a child safety "
                    "seat and teaching children to obey traffic rules</b> to protect them from traffic accidents. Walk the "
                    "route to school with your child a few times, and point out where the crossings are, where traffic is "
                    "heavy and where it is hard to see.</p>"
                    "<p>When dropping off or picking up, park in the designated area at the school gate, do not double-park "
                    "or make U-turns at will, and follow the directions of the police officers at the student protection post.</p>",
            "tips": [
                "Walk the route to school with your child and agree on a fixed place to cross",
                "Set the example: don't cross on red, don't cut across the road, don't pick children up in moving traffic",
                "Young children ride in a child safety seat; under-12s do not sit in the front passenger seat",
                "Don't let your child take unlicensed or overloaded vehicles; check the car and driver for any shared school run",
                "When picking up, wait on the school side of the road instead of waving from across it",
            ],
        }),
    ],
    "quiz": [
        {
            "question": "Where should you go when you want to cross the road?",
            "kind": "single",
            "choices": [
                {"text": "Wherever is nearest", "correct": False},
                {"text": "A pedestrian crossing, a footbridge or an underpass", "correct": True},
                {"text": "Over the barrier in the middle of the road", "correct": False},
                {"text": "Through gaps in the traffic, following other people", "correct": False},
            ],
            "explanation": "The Road Traffic Safety Law says pedestrians crossing a road shall use a pedestrian crossing "
                           "or a crossing facility. Footbridges and underpasses are crossing facilities.",
        },
        {
            "question": "You get off a bus and need to get to the other side of the road. What should you do?",
            "kind": "single",
            "choices": [
                {"text": "Run across straight away in front of the bus", "correct": False},
                {"text": "Go round behind the bus", "correct": False},
                {"text": "Wait until the bus has left and you can see the road, then cross at the pedestrian crossing", "correct": True},
            ],
            "explanation": "A stopped bus blocks your view of the traffic and the drivers' view of you. It is only safe to "
                           "cross at the pedestrian crossing after the bus has left and you can see the whole road.",
        },
        {
            "question": "Which of these are safe? (choose all that apply)",
            "kind": "multiple",
            "choices": [
                {"text": "Stopping before you cross and looking carefully at the traffic in both directions", "correct": True},
                {"text": "Watching out for turning vehicles even when the light is green", "correct": True},
                {"text": "Playing football on the road outside your housing estate", "correct": False},
                {"text": "Following the directions of the police officers and volunteers at the student protection post", "correct": True},
            ],
            "explanation": "\"Stop, look, then cross\", watching for turning vehicles and following the student protection "
                           "post are all safe. The road is not a playground: never play football or chase each other on it.",
        },
        {
            "question": "A van with no number plates is already packed with people, and the driver calls you over, offering "
                        "you a lift home. What should you do?",
            "kind": "single",
            "choices": [
                {"text": "Squeeze in; it's not far anyway", "correct": False},
                {"text": "Refuse, and take a proper school bus or public bus, or ask your parents to pick you up", "correct": True},
                {"text": "Sit on someone's lap, then it doesn't count as overloading", "correct": False},
            ],
            "explanation": "If an unlicensed or overloaded vehicle crashes, the consequences are often very serious. Refuse, "
                           "and take a proper school bus or public bus, or be picked up by your parents.",
        },
    ],
}


# ---------------------------------------------------------------------------
# Lesson 2: age rules for cycling and "one helmet, one belt"
# ---------------------------------------------------------------------------

_CYCLING_ZH = {
    "title": "骑车的年龄规定与一盔一带",
    "summary": "讲清骑自行车须年满12周岁、骑电动自行车须年满16周岁的法律规定，以及“一盔一带”和在道路上安全骑行的规则。",
    "objectives": [
        "记住驾驶自行车、三轮车须年满12周岁，驾驶电动自行车须年满16周岁，未成年人不得驾驶机动车",
        "理解“一盔一带”，会正确佩戴安全头盔、系好安全带",
        "掌握在道路上骑车的基本规则",
        "明白违规骑车、无证驾驶的危险和法律后果",
    ],
    "tags": ["骑车", "头盔", "一盔一带", "电动自行车"],
    "body": [
        ("heading", "骑车上路，先看年龄"),
        ("paragraph",
         "<p>《道路交通安全法实施条例》第七十二条规定：<b>驾驶自行车、三轮车必须年满12周岁；驾驶电动自行车必须年满16周岁</b>。"
         "也就是说，不满12周岁的同学不能在道路上骑自行车；不满16周岁的同学不能驾驶电动自行车，哪怕只是“骑一小段”。</p>"
         "<p>汽车和摩托车是机动车，申领驾驶证须年满18周岁。<b>未成年人不得驾驶机动车</b>，没有驾驶证开车、骑摩托车就是无证驾驶，"
         "是违法行为。</p>"
         "<p>为什么要规定年龄？因为在车流中骑行，需要足够的身高和体力控制车辆，也需要判断车速、距离和路况的能力。"
         "电动自行车速度更快、车身更重，刹车距离更长，对驾驶人的要求也就更高。不满12周岁的同学，可以在家长看护下，"
         "在没有机动车通行的封闭场地练习骑车。</p>"),
        ("key_points", {
            "heading": "要点",
            "points": [
                "驾驶自行车、三轮车：年满12周岁",
                "驾驶电动自行车：年满16周岁",
                "未成年人不得驾驶汽车、摩托车等机动车",
                "骑乘电动自行车、摩托车戴安全头盔，驾乘汽车系安全带——“一盔一带”",
                "走非机动车道，没有非机动车道时靠道路右侧骑行",
                "横过机动车道要下车推行",
                "不双手离把、不手中持物、不并排追逐、不攀扶其他车辆",
            ],
        }),
        ("heading", "“一盔一带”"),
        ("paragraph",
         "<p>2020年起，公安部交通管理局在全国部署开展<b>“一盔一带”</b>安全守护行动：<b>骑乘摩托车、电动自行车要戴安全头盔，"
         "驾乘汽车要系安全带</b>。道路交通安全法规定，摩托车驾驶人及乘坐人员应当按规定戴安全头盔；不少地方的法规也明确要求"
         "电动自行车的驾驶人和乘坐人员佩戴安全头盔。驾驶人和乘车人都要做到，坐在后座的孩子也不例外。</p>"
         "<p>在电动自行车、摩托车事故中，头部受伤是导致伤亡的主要原因。头盔要选符合国家标准的合格产品，"
         "<b>戴正、戴稳，系紧下颌带</b>，以能伸进一两根手指为宜；只戴不系，一摔就飞。坐汽车时，前排、后排都要系安全带，"
         "年幼的孩子要坐儿童安全座椅，12岁以下的孩子不要坐副驾驶座。</p>"),
        ("heading", "在道路上怎样骑车"),
        ("paragraph",
         "<p>年满12周岁、可以骑自行车上路的同学，要遵守这些规则：</p>"
         "<ul><li>在非机动车道内行驶；没有非机动车道的，靠道路右侧行驶，不逆行。</li>"
         "<li>按信号灯通行，不闯红灯；在路段上横过机动车道，要下车推行。</li>"
         "<li>不双手离把、不手中持物，不扶身并行、互相追逐或者曲折竞驶，不牵引、攀扶其他车辆。</li>"
         "<li>骑车时不打电话、不看手机、不戴耳机。</li></ul>"
         "<p>年满16周岁、可以驾驶电动自行车的同学还要记住：电动自行车在非机动车道内行驶，<b>最高时速不得超过15公里</b>；"
         "按当地规定登记上牌；不私自改装、提速；戴好头盔。</p>"),
        ("case_story", {
            "title": "借来的电动车",
            "story": "一名14岁的初中生放学后借了同学家长的电动自行车，载着一名同学去买文具。两人都没有戴头盔。"
                     "为了赶在绿灯结束前过路口，他加速冲了过去，与一辆正常行驶的小汽车相撞。\n\n"
                     "后座的同学摔倒在地，头部着地，被送往医院治疗了很长时间。交警调查后认定："
                     "他未满16周岁驾驶电动自行车、违规载人、未戴头盔，闯过路口，应当承担事故的主要责任。"
                     "因为他是未成年人，相应的赔偿责任由他的监护人承担。\n\n"
                     "在随后的法治课上，民警把这起事故讲给全年级听：一次“就骑一小段”的侥幸，"
                     "让两个家庭承受了伤痛和不小的经济负担。",
            "takeaway": "年龄规定不是“走形式”。不满16周岁不骑电动自行车，不把车借给未达年龄的同学，"
                        "骑乘电动自行车一定戴好头盔、系紧带子。",
        }),
        ("do_dont", {
            "dos": [
                "满12周岁后再骑自行车上路，满16周岁后再驾驶电动自行车",
                "骑乘电动自行车、摩托车时戴好合格头盔，系紧下颌带",
                "坐汽车时前排、后排都系安全带",
                "走非机动车道，靠右行驶，横过机动车道下车推行",
                "按信号灯通行，转弯前减速、观察、伸手示意",
            ],
            "donts": [
                "不满16周岁不驾驶电动自行车，也不借车给未达年龄的同学",
                "未成年人不驾驶汽车、摩托车",
                "不双手离把、不并排追逐、不攀扶其他车辆",
                "不闯红灯、不逆行，骑车不打电话、不戴耳机",
                "不私自改装电动自行车、不超速",
            ],
        }),
        ("for_parents", {
            "heading": "给家长的话",
            "text": "<p>孩子能不能骑车上路，法律已经划好了线：<b>满12周岁才能骑自行车，满16周岁才能驾驶电动自行车</b>，"
                    "未成年人不能驾驶机动车。请不要为了接送方便，给不满16周岁的孩子购买或者出借电动自行车，"
                    "也不要把汽车、摩托车的钥匙交给孩子。</p>"
                    "<p>家长骑电动自行车接送孩子时，要按当地规定载人，大人孩子都要戴头盔；开车时全车人系好安全带，"
                    "年幼的孩子坐儿童安全座椅。“一盔一带”从家长做起。</p>",
            "tips": [
                "不给不满16周岁的孩子购买或出借电动自行车",
                "保管好车钥匙，不让未成年人驾驶汽车、摩托车",
                "给自己和孩子各准备一顶合格头盔，出门前互相检查带子是否系紧",
                "按当地规定载人，年幼的孩子坐儿童安全座椅，12岁以下不坐副驾驶",
                "孩子开始骑车上学前，陪他把路线骑一遍，指出危险路口",
            ],
        }),
    ],
    "quiz": [
        {
            "question": "根据《道路交通安全法实施条例》，在道路上驾驶自行车必须年满几周岁？",
            "kind": "single",
            "choices": [
                {"text": "10周岁", "correct": False},
                {"text": "12周岁", "correct": True},
                {"text": "14周岁", "correct": False},
                {"text": "16周岁", "correct": False},
            ],
            "explanation": "实施条例第七十二条规定：驾驶自行车、三轮车必须年满12周岁。",
        },
        {
            "question": "驾驶电动自行车必须年满几周岁？",
            "kind": "single",
            "choices": [
                {"text": "12周岁", "correct": False},
                {"text": "14周岁", "correct": False},
                {"text": "16周岁", "correct": True},
                {"text": "18周岁", "correct": False},
            ],
            "explanation": "实施条例第七十二条规定：驾驶电动自行车必须年满16周岁。",
        },
        {
            "question": "“一盔一带”包括哪些要求？（多选）",
            "kind": "multiple",
            "choices": [
                {"text": "骑乘电动自行车要戴安全头盔", "correct": True},
                {"text": "骑乘摩托车要戴安全头盔", "correct": True},
                {"text": "驾乘汽车要系安全带", "correct": True},
                {"text": "只有司机要系安全带，后排乘客不用系", "correct": False},
            ],
            "explanation": "“一盔一带”指骑乘摩托车、电动自行车戴安全头盔，驾乘汽车系安全带。驾驶人和乘车人都要做到，后排也要系安全带。",
        },
        {
            "question": "在道路上骑自行车，下面哪些行为是违规或危险的？（多选）",
            "kind": "multiple",
            "choices": [
                {"text": "双手离把骑车", "correct": True},
                {"text": "几个人并排骑行、互相追逐", "correct": True},
                {"text": "在非机动车道内靠右骑行", "correct": False},
                {"text": "在路段上横过机动车道时下车推行", "correct": False},
            ],
            "explanation": "实施条例禁止双手离把、扶身并行、互相追逐或者曲折竞驶；在非机动车道内靠右骑行、横过机动车道下车推行是正确做法。",
        },
    ],
}

_CYCLING_EN = {
    "title": "Age rules for cycling and \"one helmet, one belt\"",
    "summary": "Explains the legal rules that you must be at least 12 to ride a bicycle and at least 16 to ride an electric "
               "bicycle on the road, the \"one helmet, one belt\" campaign, and the rules for riding safely on the road.",
    "objectives": [
        "Remember that riding a bicycle or tricycle requires being at least 12, riding an electric bicycle at least 16, "
        "and that minors must not drive motor vehicles",
        "Understand \"one helmet, one belt\" and wear a helmet and a seat belt correctly",
        "Know the basic rules for riding on the road",
        "Understand the dangers and legal consequences of riding against the rules and driving without a licence",
    ],
    "tags": ["cycling", "helmet", "one helmet one belt", "e-bike"],
    "body": [
        ("heading", "Before riding on the road, check your age"),
        ("paragraph",
         "<p>Article 72 of the Regulations for the Implementation of the Road Traffic Safety Law says: <b>to ride a bicycle "
         "or tricycle you must be at least 12 years old; to ride an electric bicycle you must be at least 16</b>. "
         "This means students under 12 may not ride a bicycle on the road, and students under 16 may not ride an electric "
         "bicycle, even \"just for a short way\".</p>"
         "<p>Cars and motorcycles are motor vehicles, and you must be at least 18 to apply for a driving licence. "
         "<b>Minors must not drive motor vehicles</b>: driving a car or riding a motorcycle without a licence is unlicensed "
         "driving, which is against the law.</p>"
         "<p>Why are there age limits? Riding in traffic needs enough height and strength to control the vehicle, and the "
         "ability to judge speed, distance and road conditions. Electric bicycles are faster and heavier and need longer to "
         "stop, so they demand even more of the rider. Students under 12 can practise riding with a parent watching, in an "
         "enclosed area with no motor traffic.</p>"),
        ("key_points", {
            "heading": "Key points",
            "points": [
                "Riding a bicycle or tricycle: at least 12 years old",
                "Riding an electric bicycle: at least 16 years old",
                "Minors must not drive cars, motorcycles or other motor vehicles",
                "Wear a safety helmet on an e-bike or motorcycle and a seat belt in a car: \"one helmet, one belt\"",
                "Use the non-motorised vehicle lane; where there is none, keep to the right side of the road",
                "Get off and push your bike when crossing a motor vehicle lane",
                "No riding hands-free, holding things, riding side by side, racing or holding on to other vehicles",
            ],
        }),
        ("heading", "\"One helmet, one belt\""),
        ("paragraph",
         "<p>Since 2020, the Traffic Management Bureau of the Ministry of Public Security has run the nationwide <b>\"one helmet, "
         "one belt\"</b> safety campaign: <b>wear a safety helmet when riding a motorcycle or an electric bicycle, and wear a seat "
         "belt when driving or riding in a car</b>. The Road Traffic Safety Law requires motorcycle riders and passengers to wear "
         "safety helmets as prescribed, and many local regulations also require riders and passengers of electric bicycles to wear "
         "helmets. This applies to riders and passengers alike, including children on the back seat.</p>"
         "<p>In electric bicycle and motorcycle crashes, head injuries are the main cause of death and serious injury. Choose a "
         "helmet that meets the national standard, <b>wear it straight and snug, and fasten the chin strap</b> so that one or two "
         "fingers fit underneath; a helmet that isn't fastened flies off in a fall. In a car, everyone in the front and back "
         "wears a seat belt, young children sit in a child safety seat, and children under 12 should not sit in the front "
         "passenger seat.</p>"),
        ("heading", "How to ride on the road"),
        ("paragraph",
         "<p>Students aged 12 or over, who may ride a bicycle on the road, must follow these rules:</p>"
         "<ul><li>Ride in the non-motorised vehicle lane; where there is none, keep to the right side of the road, and never "
         "ride against the traffic.</li>"
         "<li>Obey the signals and never run a red light; when crossing a motor vehicle lane on a road section, get off and push.</li>"
         "<li>Do not ride hands-free or holding things, ride side by side holding on to each other, chase each other or weave "
         "in races, or tow or hold on to other vehicles.</li>"
         "<li>Do not make calls, look at your phone or wear earphones while riding.</li></ul>"
         "<p>Students aged 16 or over, who may ride an electric bicycle, must also remember: in the non-motorised vehicle lane, "
         "an electric bicycle <b>must not go faster than 15 km/h</b>; register it and get a plate as local rules require; do not "
         "modify it or make it faster; and wear your helmet.</p>"),
        ("case_story", {
            "title": "The borrowed e-bike",
            "story": "After school, a 14-year-old junior secondary student borrowed the electric bicycle of a classmate's parent "
                     "and rode off with a classmate on the back to buy stationery. Neither of them wore a helmet. Trying to get "
                     "through a junction before the green light ended, he sped up and collided with a car that was driving normally.\n\n"
                     "The classmate on the back fell, hit their head on the ground and needed a long stay in hospital. The "
                     "traffic police found that he was under 16 and riding an electric bicycle, carrying a passenger against "
                     "the rules, not wearing a helmet and rushing the junction, and that he bore the main responsibility for the "
                     "accident. Because he was a minor, the compensation was paid by his guardians.\n\n"
                     "At a later rule-of-law class, the police officer told the whole grade about the accident: one gamble on "
                     "\"just a short ride\" brought injury and a heavy financial burden to two families.",
            "takeaway": "The age rules are not a formality. Don't ride an electric bicycle before you are 16, don't lend one to "
                        "classmates who are too young, and always wear a helmet with the strap fastened on an e-bike.",
        }),
        ("do_dont", {
            "dos": [
                "Ride a bicycle on the road only from age 12, and an electric bicycle only from age 16",
                "Wear a proper helmet with the chin strap fastened on an e-bike or motorcycle",
                "Wear a seat belt in a car, in the front and in the back",
                "Use the non-motorised vehicle lane, keep right, and push your bike across motor vehicle lanes",
                "Obey the signals; before turning, slow down, look and signal with your arm",
            ],
            "donts": [
                "Don't ride an electric bicycle under 16, and don't lend one to classmates who are too young",
                "Minors don't drive cars or motorcycles",
                "Don't ride hands-free, race side by side or hold on to other vehicles",
                "Don't run red lights or ride against the traffic; no phone calls or earphones while riding",
                "Don't modify an electric bicycle or ride too fast",
            ],
        }),
        ("for_parents", {
            "heading": "A word to parents",
            "text": "<p>The law has already drawn the line on when children may ride on the road: <b>a bicycle from age 12, an "
                    "electric bicycle from age 16</b>, and no motor vehicles for minors. Please do not buy or lend an electric "
                    "bicycle to a child under 16 to make the school run easier, and do not hand car or motorcycle keys to your child.</p>"
                    "<p>When you take your child to school on an electric bicycle, carry passengers only as local rules allow, "
                    "and both adult and child wear helmets. In the car, everyone wears a seat belt and young children sit in a "
                    "child safety seat. \"One helmet, one belt\" starts with parents.</p>",
            "tips": [
                "Don't buy or lend an electric bicycle to a child under 16",
                "Keep vehicle keys safe; don't let minors drive cars or motorcycles",
                "Get a proper helmet for yourself and for your child, and check each other's straps before setting off",
                "Carry passengers only as local rules allow; young children ride in a child safety seat, under-12s not in the front passenger seat",
                "Before your child starts cycling to school, ride the route together and point out the dangerous junctions",
            ],
        }),
    ],
    "quiz": [
        {
            "question": "Under the Regulations for the Implementation of the Road Traffic Safety Law, how old must you be to ride a bicycle on the road?",
            "kind": "single",
            "choices": [
                {"text": "10", "correct": False},
                {"text": "12", "correct": True},
                {"text": "14", "correct": False},
                {"text": "16", "correct": False},
            ],
            "explanation": "Article 72 of the Regulations says: to ride a bicycle or tricycle you must be at least 12 years old.",
        },
        {
            "question": "How old must you be to ride an electric bicycle?",
            "kind": "single",
            "choices": [
                {"text": "12", "correct": False},
                {"text": "14", "correct": False},
                {"text": "16", "correct": True},
                {"text": "18", "correct": False},
            ],
            "explanation": "Article 72 of the Regulations says: to ride an electric bicycle you must be at least 16 years old.",
        },
        {
            "question": "What does \"one helmet, one belt\" require? (choose all that apply)",
            "kind": "multiple",
            "choices": [
                {"text": "Wearing a safety helmet on an electric bicycle", "correct": True},
                {"text": "Wearing a safety helmet on a motorcycle", "correct": True},
                {"text": "Wearing a seat belt when driving or riding in a car", "correct": True},
                {"text": "Only the driver wears a seat belt; back-seat passengers don't need to", "correct": False},
            ],
            "explanation": "\"One helmet, one belt\" means wearing a safety helmet on a motorcycle or electric bicycle and a seat "
                           "belt in a car. It applies to drivers and passengers alike, including those in the back seat.",
        },
        {
            "question": "Riding a bicycle on the road, which of these are against the rules or dangerous? (choose all that apply)",
            "kind": "multiple",
            "choices": [
                {"text": "Riding with no hands on the handlebars", "correct": True},
                {"text": "Several riders riding side by side and chasing each other", "correct": True},
                {"text": "Keeping to the right in the non-motorised vehicle lane", "correct": False},
                {"text": "Getting off and pushing when crossing a motor vehicle lane on a road section", "correct": False},
            ],
            "explanation": "The Regulations forbid riding hands-free, riding side by side holding on to each other, chasing each "
                           "other or weaving in races. Keeping right in the non-motorised vehicle lane and pushing your bike "
                           "across motor vehicle lanes are the right things to do.",
        },
    ],
}


# ---------------------------------------------------------------------------
# Lesson 3: blind spots and the inner-wheel difference of large vehicles
# ---------------------------------------------------------------------------

_BLIND_SPOTS_ZH = {
    "title": "远离大车盲区与内轮差",
    "summary": "认识大货车、公交车等大型车辆的视线盲区和转弯时的内轮差，学会在路口、路边和骑车时远离大车的危险区域。",
    "objectives": [
        "知道大型车辆周围主要的视线盲区",
        "理解什么是内轮差，为什么大车右转特别危险",
        "学会在路口等候、步行和骑车时与大车保持安全距离",
        "教师和家长能用简单的方法在课堂和家中做直观演示",
    ],
    "tags": ["大车", "盲区", "内轮差"],
    "body": [
        ("heading", "你看得见司机，司机不一定看得见你"),
        ("paragraph",
         "<p>大货车、渣土车、水泥搅拌车、公交车车身长、车身高，驾驶室离地面也高。司机即使看着后视镜，"
         "车辆周围仍有一些看不到的区域，这就是<b>盲区</b>。主要的盲区有：</p>"
         "<ul><li><b>车头正前方</b>：紧贴车头的下方，个子矮的孩子站在这里，司机可能完全看不见。</li>"
         "<li><b>车身右侧</b>：副驾驶一侧，是大车最大、最危险的盲区。</li>"
         "<li><b>车尾后方</b>：倒车时尤其危险。</li>"
         "<li><b>左侧后方</b>：后视镜照不到的一块区域。</li></ul>"
         "<p>一个简单的判断方法：<b>如果你看不见司机的脸，或者在后视镜里看不见自己，那你很可能就在盲区里</b>。</p>"),
        ("heading", "什么是内轮差"),
        ("paragraph",
         "<p>车辆转弯时，后轮并不沿着前轮的轨迹走，而是比前轮更靠近弯道的内侧。<b>转弯时内侧前轮和内侧后轮轨迹之间的差距，"
         "就叫内轮差</b>。车身越长，内轮差越大，大型货车、挂车的内轮差可达两米左右，甚至更大。</p>"
         "<p>大车右转时，车头已经转过去了，车身中后部和后轮却会向路边“扫”过来。站在路口路沿边上的行人、"
         "停在大车右侧的自行车和电动自行车，很容易被卷入车下。还要注意：按照规定，红灯时右转弯车辆在不妨碍被放行的车辆、"
         "行人通行的情况下可以通行，所以无论红灯、绿灯，都要留意正在右转的大车。</p>"),
        ("key_points", {
            "heading": "要点",
            "points": [
                "大车的盲区主要在车头正前方、车身右侧、车尾后方和左侧后方",
                "右侧盲区最大；看不见司机的脸，就可能在盲区里",
                "内轮差：大车转弯时后轮比前轮更靠内侧，车越长差距越大",
                "在路口等候时，站到人行道内侧，离路沿远一些",
                "骑车时不停在大车右侧，不和大车并行、抢行",
                "看到大车打转向灯，先停下让它过去",
                "不在大车前后穿行，不在停着的大车旁边逗留玩耍",
            ],
        }),
        ("heading", "课堂演示：把“危险区”画出来"),
        ("paragraph",
         "<p>给教师的建议：可以在操场上用粉笔或绳子，按实际尺寸画出一辆大货车的轮廓，再画出它的盲区和右转时后轮扫过的区域，"
         "请学生站进去、走一走，直观感受“看不见”和“躲不开”。也可以用玩具车蘸上颜料在纸上转弯，比较前轮和后轮留下的轨迹。</p>"
         "<p>如果条件允许，可以请法治副校长协调民警和车辆，在车辆熄火、拉紧手刹并有专人看护的情况下，让学生轮流坐进驾驶室，"
         "看一看车外站着的同学哪些能看到、哪些看不到。这样的体验，往往比讲十遍更让孩子记得住。</p>"),
        ("case_story", {
            "title": "路口边缘的半步",
            "story": "一个早晨，一名初一学生骑自行车上学，在路口等红灯时，把车停在了一辆大货车的右侧，前轮几乎贴着货车的车厢中部。"
                     "他觉得离路口最近，绿灯一亮就能最先走。\n\n"
                     "货车打起了右转向灯，他戴着耳机没有留意。货车开始右转，车头过去以后，车厢和后轮一点点向路边靠过来。"
                     "他发现时已经来不及骑走，只好扔下自行车向人行道一侧跳开。自行车的前轮被后轮压扁，他摔倒时擦伤了腿，"
                     "所幸没有被卷进车下。\n\n"
                     "事后，货车司机说，他在右侧后视镜里一直没有看到这个孩子。民警在学校的交通安全课上复盘这起事故时说："
                     "“那天，他离危险只有半步。”",
            "takeaway": "不要停在大车右侧，也不要站在路口的路沿边上；骑车、走路时不戴耳机，看到大车打转向灯就主动停下、后退，"
                        "让它先过去。",
        }),
        ("do_dont", {
            "dos": [
                "在路口等候时站到人行道内侧，离路沿和大车远一些",
                "骑车时停在大车后方，与大车保持足够距离",
                "看到大车打转向灯、鸣笛或倒车提示，先停下、后退，让它先过",
                "过马路时确认大车司机已经停下并看到你，再通过",
                "老师和家长用画图、演示的办法让孩子认识盲区和内轮差",
            ],
            "donts": [
                "不停在大车右侧，不和大车并行、抢行",
                "不在大车车头前方、车尾后方穿行",
                "不在停着的大货车、工程车旁边玩耍、躲藏",
                "不以为“我看得见它，它就看得见我”",
                "走路、骑车时不戴耳机、不看手机",
            ],
        }),
        ("for_parents", {
            "heading": "给家长和老师的话",
            "text": "<p>大车盲区和内轮差的危险，很多成年人也不清楚。请在上学路上带孩子实地看一看：哪个路口大车多、"
                    "哪里有工地出入口、哪里视线被挡住。老师可以在交通安全课和班会上做演示，把“站远一点、停在后面、让它先走”"
                    "变成孩子的条件反射。</p>"
                    "<p>家长自己驾车时，也要注意：SUV、商务车同样有内轮差和盲区，在校门口、小区里转弯、倒车时要格外留意身边的孩子。</p>",
            "tips": [
                "和孩子一起找出上学路上大车多的路口，商量更安全的路线或等候位置",
                "接送孩子时不在大车旁边停车、停留",
                "告诉孩子：看到大车打转向灯就停下，让它先过",
                "自己开车转弯、倒车时放慢速度，注意车旁和车后的孩子",
                "老师可在班会上用粉笔画出大车轮廓和盲区，让学生亲身体验",
            ],
        }),
    ],
    "quiz": [
        {
            "question": "大货车右转弯时，哪里最危险？",
            "kind": "single",
            "choices": [
                {"text": "车辆左侧远处", "correct": False},
                {"text": "车辆右侧，尤其是后轮内侧一带", "correct": True},
                {"text": "对面车道的人行道", "correct": False},
            ],
            "explanation": "大车右转时有内轮差，后轮比前轮更靠内侧，车身右侧又是最大的盲区，所以右侧、后轮内侧一带最危险。",
        },
        {
            "question": "下面哪些位置属于大车的视线盲区？（多选）",
            "kind": "multiple",
            "choices": [
                {"text": "紧贴车头的正前方", "correct": True},
                {"text": "车身右侧", "correct": True},
                {"text": "车尾后方", "correct": True},
                {"text": "司机正前方几十米外的马路上", "correct": False},
            ],
            "explanation": "大车的主要盲区在车头正前方、车身右侧、车尾后方和左侧后方。几十米外的正前方，司机通常能看清。",
        },
        {
            "question": "骑自行车在路口等红灯，旁边停着一辆大货车，你应该停在哪里？",
            "kind": "single",
            "choices": [
                {"text": "紧贴货车的右侧，绿灯一亮就能先走", "correct": False},
                {"text": "货车车头正前方", "correct": False},
                {"text": "货车后方，与货车保持足够距离", "correct": True},
                {"text": "货车右侧车厢中间，那里比较挡风", "correct": False},
            ],
            "explanation": "大车右侧和车头正前方都是盲区，右转时后轮还会向内侧扫过来。停在货车后方、保持距离，司机才更容易看到你。",
        },
        {
            "question": "你步行过马路，绿灯刚亮，一辆大货车正打着右转向灯准备转弯。哪些做法是对的？（多选）",
            "kind": "multiple",
            "choices": [
                {"text": "先停下来，站到离路沿远一些的地方", "correct": True},
                {"text": "确认货车停下、司机看到你以后再通过", "correct": True},
                {"text": "绿灯是我的，快速跑到货车前面去", "correct": False},
            ],
            "explanation": "即使是绿灯，也要先确认安全。大车右转有盲区和内轮差，停下、后退，等司机停车并看到你再走，才安全。",
        },
    ],
}

_BLIND_SPOTS_EN = {
    "title": "Keep away from the blind spots and inner-wheel difference of large vehicles",
    "summary": "Learn about the blind spots of trucks, buses and other large vehicles and the inner-wheel difference when they "
               "turn, and how to keep out of the danger zones at junctions, at the roadside and on a bike.",
    "objectives": [
        "Know the main blind spots around large vehicles",
        "Understand what the inner-wheel difference is and why a large vehicle turning right is especially dangerous",
        "Keep a safe distance from large vehicles when waiting at junctions, walking and cycling",
        "Give teachers and parents simple ways to demonstrate this in class and at home",
    ],
    "tags": ["large vehicles", "blind spots", "inner wheels"],
    "body": [
        ("heading", "You can see the driver, but the driver may not see you"),
        ("paragraph",
         "<p>Trucks, muck-away lorries, concrete mixers and buses are long and tall, and the cab sits high above the ground. "
         "Even using the mirrors, the driver cannot see some areas around the vehicle: these are the <b>blind spots</b>. "
         "The main ones are:</p>"
         "<ul><li><b>Right in front of the cab</b>: just below the front of the vehicle; a small child standing there may be "
         "completely invisible to the driver.</li>"
         "<li><b>Along the right side</b>: the passenger side, the largest and most dangerous blind spot.</li>"
         "<li><b>Behind the vehicle</b>: especially dangerous when it reverses.</li>"
         "<li><b>Behind on the left</b>: an area the mirror does not cover.</li></ul>"
         "<p>A simple check: <b>if you cannot see the driver's face, or cannot see yourself in the mirror, you are probably in "
         "a blind spot</b>.</p>"),
        ("heading", "What is the inner-wheel difference?"),
        ("paragraph",
         "<p>When a vehicle turns, the rear wheels do not follow the track of the front wheels; they run closer to the inside of "
         "the bend. <b>The gap between the tracks of the inner front wheel and the inner rear wheel in a turn is called the "
         "inner-wheel difference</b>. The longer the vehicle, the bigger the difference: for large trucks and trailers it can be "
         "around two metres or even more.</p>"
         "<p>When a large vehicle turns right, the cab has already gone round the corner, but the middle and rear of the vehicle "
         "and the rear wheels sweep in towards the kerb. Pedestrians standing at the edge of the kerb at the junction, and "
         "bicycles and e-bikes stopped on the vehicle's right, can easily be dragged under it. Note also that, under the rules, "
         "vehicles may turn right on a red light as long as they do not obstruct vehicles and pedestrians that have the right "
         "of way, so whether the light is red or green, watch out for large vehicles turning right.</p>"),
        ("key_points", {
            "heading": "Key points",
            "points": [
                "The main blind spots of a large vehicle are right in front of the cab, along the right side, behind it and behind on the left",
                "The right-side blind spot is the largest; if you can't see the driver's face, you may be in a blind spot",
                "Inner-wheel difference: when a large vehicle turns, its rear wheels run further inside than the front wheels; the longer the vehicle, the bigger the gap",
                "When waiting at a junction, stand back on the pavement, away from the kerb",
                "On a bike, don't stop on the right of a large vehicle, and don't ride alongside it or race it",
                "When a large vehicle signals a turn, stop first and let it go",
                "Don't cross in front of or behind large vehicles, and don't hang around or play next to parked ones",
            ],
        }),
        ("heading", "Classroom demonstration: draw the danger zone"),
        ("paragraph",
         "<p>A suggestion for teachers: on the playground, use chalk or rope to draw the outline of a large truck at full size, "
         "then mark its blind spots and the area its rear wheels sweep when it turns right. Ask students to stand in these areas "
         "and walk through them, so they feel for themselves what \"can't be seen\" and \"can't get away\" mean. You can also dip "
         "a toy vehicle in paint and turn it on paper to compare the tracks left by the front and rear wheels.</p>"
         "<p>If possible, ask the rule-of-law vice principal to arrange for police officers and a vehicle: with the engine off, "
         "the handbrake on and an adult supervising, students take turns sitting in the cab to see which classmates standing "
         "outside they can and cannot see. An experience like this often sticks better than being told ten times.</p>"),
        ("case_story", {
            "title": "Half a step from the kerb",
            "story": "One morning, a first-year junior secondary student was cycling to school. Waiting at a red light at a junction, "
                     "he stopped on the right of a large truck, his front wheel almost touching the middle of the truck's cargo "
                     "body. He thought he was closest to the junction and could go first when the light turned green.\n\n"
                     "The truck switched on its right indicator, but he was wearing earphones and did not notice. The truck began "
                     "to turn right; once the cab had gone round, the cargo body and rear wheels edged closer and closer to the "
                     "kerb. By the time he noticed, it was too late to ride away, so he dropped his bike and jumped towards the "
                     "pavement. The rear wheels crushed the front wheel of his bike and he grazed his leg in the fall, but "
                     "luckily he was not dragged under the truck.\n\n"
                     "Afterwards the truck driver said he had never seen the boy in his right-hand mirror. Going over the "
                     "accident in a traffic safety class at the school, the police officer said: \"That day, he was half a step "
                     "from disaster.\"",
            "takeaway": "Never stop on the right of a large vehicle or stand at the very edge of the kerb at a junction. Don't wear "
                        "earphones when walking or cycling, and when a large vehicle signals a turn, stop, step back and let it go first.",
        }),
        ("do_dont", {
            "dos": [
                "When waiting at a junction, stand back on the pavement, away from the kerb and from large vehicles",
                "On a bike, stop behind a large vehicle and keep a good distance from it",
                "When a large vehicle signals, sounds its horn or gives a reversing warning, stop, step back and let it go first",
                "When crossing, make sure the driver of the large vehicle has stopped and has seen you before you go",
                "Teachers and parents use drawings and demonstrations to show children the blind spots and inner-wheel difference",
            ],
            "donts": [
                "Don't stop on the right of a large vehicle, ride alongside it or race it",
                "Don't cross right in front of the cab or right behind a large vehicle",
                "Don't play or hide next to parked trucks or construction vehicles",
                "Don't assume \"if I can see it, it can see me\"",
                "Don't wear earphones or look at your phone when walking or cycling",
            ],
        }),
        ("for_parents", {
            "heading": "A word to parents and teachers",
            "text": "<p>Many adults do not know about the dangers of blind spots and the inner-wheel difference either. On the way "
                    "to school, show your child on the spot which junctions have many large vehicles, where there are site "
                    "entrances and where the view is blocked. Teachers can run demonstrations in traffic safety lessons and "
                    "class meetings, so that \"stand back, stop behind, let it go first\" becomes a reflex for children.</p>"
                    "<p>When you drive yourself, remember that SUVs and people carriers also have an inner-wheel difference and "
                    "blind spots: take extra care about children nearby when turning or reversing at the school gate or in your "
                    "housing estate.</p>",
            "tips": [
                "Find the junctions with many large vehicles on the way to school with your child, and agree on a safer route or waiting spot",
                "When dropping off or picking up, don't park or wait next to large vehicles",
                "Tell your child: when a large vehicle signals a turn, stop and let it go first",
                "When you drive, turn and reverse slowly and watch for children beside and behind the car",
                "Teachers can draw a large vehicle's outline and blind spots in chalk at a class meeting and let students experience them",
            ],
        }),
    ],
    "quiz": [
        {
            "question": "When a large truck turns right, where is the most dangerous place?",
            "kind": "single",
            "choices": [
                {"text": "Far off to the left of the vehicle", "correct": False},
                {"text": "On the vehicle's right, especially inside the rear wheels", "correct": True},
                {"text": "On the pavement on the opposite side of the road", "correct": False},
            ],
            "explanation": "When a large vehicle turns right, the inner-wheel difference makes the rear wheels run further inside "
                           "than the front wheels, and the right side is also the largest blind spot. So the right side, inside "
                           "the rear wheels, is the most dangerous.",
        },
        {
            "question": "Which of these are blind spots of a large vehicle? (choose all that apply)",
            "kind": "multiple",
            "choices": [
                {"text": "Right in front of the cab", "correct": True},
                {"text": "Along the right side of the vehicle", "correct": True},
                {"text": "Behind the vehicle", "correct": True},
                {"text": "On the road a few dozen metres straight ahead of the driver", "correct": False},
            ],
            "explanation": "The main blind spots of a large vehicle are right in front of the cab, along the right side, behind it "
                           "and behind on the left. The driver can usually see clearly a few dozen metres straight ahead.",
        },
        {
            "question": "You are on a bicycle waiting at a red light, and a large truck is stopped next to you. Where should you wait?",
            "kind": "single",
            "choices": [
                {"text": "Right up against the truck's right side, so you can go first on green", "correct": False},
                {"text": "Right in front of the truck's cab", "correct": False},
                {"text": "Behind the truck, keeping a good distance from it", "correct": True},
                {"text": "Beside the middle of the truck's cargo body on the right, where it's sheltered from the wind", "correct": False},
            ],
            "explanation": "The right side and the area right in front of the cab are both blind spots, and the rear wheels sweep "
                           "inwards when the truck turns right. Waiting behind the truck at a distance makes it easier for the "
                           "driver to see you.",
        },
        {
            "question": "You are crossing the road on foot. The light has just turned green, and a large truck with its right "
                        "indicator on is about to turn. What should you do? (choose all that apply)",
            "kind": "multiple",
            "choices": [
                {"text": "Stop first and stand further back from the kerb", "correct": True},
                {"text": "Cross only after the truck has stopped and the driver has seen you", "correct": True},
                {"text": "The green light is mine, so run quickly across in front of the truck", "correct": False},
            ],
            "explanation": "Even on green, make sure it is safe first. A large vehicle turning right has blind spots and an "
                           "inner-wheel difference: stop, step back, and go only when the driver has stopped and seen you.",
        },
    ],
}


LESSONS = [
    {
        "slug": "way-to-school-traffic-safety",
        "audiences": ["lower_primary", "upper_primary", "parents"],
        "duration_minutes": 40,
        "related": ["cycling-age-rules-and-helmets", "large-vehicle-blind-spots"],
        "zh": _WAY_TO_SCHOOL_ZH,
        "en": _WAY_TO_SCHOOL_EN,
    },
    {
        "slug": "cycling-age-rules-and-helmets",
        "audiences": ["upper_primary", "junior_secondary", "senior_secondary", "parents"],
        "duration_minutes": 40,
        "related": ["way-to-school-traffic-safety", "large-vehicle-blind-spots"],
        "zh": _CYCLING_ZH,
        "en": _CYCLING_EN,
    },
    {
        "slug": "large-vehicle-blind-spots",
        "audiences": ["upper_primary", "junior_secondary", "parents", "teachers"],
        "duration_minutes": 45,
        "related": ["way-to-school-traffic-safety", "cycling-age-rules-and-helmets"],
        "zh": _BLIND_SPOTS_ZH,
        "en": _BLIND_SPOTS_EN,
    },
]
