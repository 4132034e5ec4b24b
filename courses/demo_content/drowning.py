"""Demo teaching content: drowning prevention (防溺水).

Plain data only (no Django imports). Format: see SCHEMA.md in this package.
Case stories are composite and illustrative; they do not describe real people or schools.
"""

TOPIC = {
    "slug": "drowning-prevention",
    "zh": {
        "title": "防溺水",
        "intro": "围绕防溺水“六不”和“1+4+1”工程，帮助学生认清危险水域、学会智慧施救，"
                 "也帮助家长和老师担起看护责任。",
    },
    "en": {
        "title": "Drowning prevention",
        "intro": "Built around the “six don'ts” and the “1+4+1” project: helping students recognise "
                 "dangerous waters and rescue wisely, and helping parents and teachers take up their duty to supervise.",
    },
}


# ---------------------------------------------------------------------------
# Lesson 1: 防溺水安全教育：暑期六不准
# ---------------------------------------------------------------------------

_SIX_DONTS_ZH = {
    "title": "防溺水安全教育：暑期六不准",
    "summary": "用一节课讲清防溺水“六不”、危险水域和“四个一”救生设施。适合在暑假、节假日前讲授，"
               "也适合学生和家长同上一堂课。",
    "objectives": [
        "能准确说出防溺水“六不”的内容",
        "能识别身边的危险水域：河流、池塘、水库、沟渠、工地积水坑和冬季冰面",
        "知道“1+4+1”工程中“四个一”设施的用途，懂得爱护救生设施",
        "愿意和家长一起做好暑假防溺水约定",
    ],
    "tags": ["暑假", "防溺水", "六不", "游泳"],
    "body": [
        ("heading", "为什么暑假要特别小心水"),
        ("paragraph",
         "<p>每年暑假和周末，是学生溺水事故的高发期。天气炎热，有的同学想去河边、池塘、水库玩水解暑。"
         "可是这些野外水域看着平静，水下却可能有深坑、陡坎、淤泥、水草和暗流，水温也比表面低，"
         "人一下水很容易抽筋。</p>"
         "<p>溺水发生得非常快，而且常常没有呼救声。口鼻一旦没入水中，几十秒内就可能失去挣扎能力，"
         "几分钟内就会危及生命。所以防溺水最重要的办法不是“出事后怎么救”，而是"
         "<b>从一开始就不去危险的地方</b>。</p>"),
        ("heading", "牢记防溺水“六不”"),
        ("paragraph",
         "<p>请大家记住，并且回家讲给家长听：</p>"
         "<ul>"
         "<li><b>不私自下水游泳；</b></li>"
         "<li><b>不擅自与他人结伴游泳；</b></li>"
         "<li><b>不在无家长或教师带领的情况下游泳；</b></li>"
         "<li><b>不到无安全设施、无救援人员的水域游泳；</b></li>"
         "<li><b>不到不熟悉的水域游泳；</b></li>"
         "<li><b>不熟悉水性的学生不擅自下水施救。</b></li>"
         "</ul>"
         "<p>想游泳，就在家长或老师的带领下，去有救生员、有安全设施的正规游泳场所。"
         "“会游泳”不等于“不会溺水”，很多溺水事故恰恰发生在自认为水性好的同学身上。</p>"),
        ("heading", "认识“1+4+1”工程和“四个一”"),
        ("paragraph",
         "<p>国家开展的防溺水“1+4+1”工程包括三个方面：<b>普及游泳教育</b>，让学生在安全的环境里学会游泳和自救；"
         "在危险水域完善<b>“四个一”设施</b>；坚持<b>学生和家长同上一堂防溺水课</b>。</p>"
         "<p>“四个一”通常指<b>一块警示牌、一根救生杆、一个救生圈、一条救生绳</b>（各地配置可能略有不同，以当地要求为准）。"
         "看到警示牌，就说明这里危险，不能靠近玩水；救生杆、救生圈和救生绳是给岸上的人救援用的，"
         "平时不能拿来玩耍，更不能损坏或带走。</p>"),
        ("key_points", {
            "heading": "要点",
            "points": [
                "暑假、周末和节假日是溺水高发期，野外水域看着平静，水下却可能很危险",
                "牢记“六不”：想游泳，要有家长或老师带领，去有救生员的正规场所",
                "看到警示牌要远离；救生杆、救生圈、救生绳是救命设施，不能玩耍和破坏",
                "同伴落水，先大声呼救、拨打110或120，不熟悉水性的同学不下水",
                "冬天不到结冰的河面、塘面上滑冰、玩耍",
            ],
        }),
        ("case_story", {
            "title": "水库边的午后",
            "story": "暑假的一个下午，三名初一学生约好骑车去村外的水库玩。水库边立着“水深危险 禁止游泳”的警示牌，"
                     "可他们觉得“就在浅水边泡一泡，不会有事”。\n\n"
                     "其中一人往前走了几步，脚下突然踩空——岸边的缓坡下面是一道陡坎，水一下子没过了头顶。"
                     "另一名同学想跳下去拉他，被第三名同学一把拉住。两人想起老师讲过的方法：一个人大声呼救，"
                     "另一个人跑到警示牌旁取下救生圈，扔到落水同学身边。\n\n"
                     "附近干农活的村民听到喊声赶来，用救生杆把孩子拉上了岸，并拨打了120。落水的同学呛了不少水，"
                     "所幸救援及时，送医后转危为安。\n\n"
                     "（本案例根据多地常见情况综合改编，仅用于教学。）",
            "takeaway": "警示牌不是摆设，“在浅水边泡一泡”也可能一脚踩进深水。同伴没有跳下去，而是呼救、抛救生圈，"
                        "才避免了“一人落水、多人遇险”的悲剧。",
        }),
        ("do_dont", {
            "dos": [
                "想游泳先告诉家长，由家长或老师带领去有救生员的正规游泳场所",
                "出门前告诉家长去哪里、和谁在一起、什么时候回家",
                "下水前做好热身；身体不舒服、刚吃饱或剧烈运动后不下水",
                "看到同伴要去野外水域玩，及时劝阻，并告诉家长或老师",
                "记住报警电话110、急救电话120",
            ],
            "donts": [
                "不私自或结伴到河流、池塘、水库、沟渠、工地积水坑玩水、游泳",
                "不在没有家长或老师带领的情况下游泳",
                "不因为好奇或被人起哄就下水“试一试”",
                "不到结冰的河面、塘面上滑冰、玩耍",
                "不玩弄、破坏、拿走救生圈、救生杆、救生绳等救生设施",
                "不熟悉水性时，不下水救人",
            ],
        }),
        ("for_parents", {
            "heading": "给家长的话",
            "text": "<p>家长是孩子的监护人，也是防溺水最重要的一道防线。“1+4+1”工程要求学生和家长同上一堂防溺水课，"
                    "正是因为很多溺水事故发生在<b>放学后、周末和假期</b>：孩子不在学校，而在家长的监护之下。</p>"
                    "<p>在农村地区，池塘、水库、河流、沟渠离家很近，孩子结伴玩水的风险更高；冬季河面、塘面结冰后，"
                    "冰层厚薄不均，孩子上冰玩耍同样可能落水。请您和孩子一起看看家附近有哪些危险水域，"
                    "把“六不”讲到、做到。</p>",
            "tips": [
                "假期和周末要清楚孩子去哪里、和谁在一起、什么时候回家",
                "带孩子认一认家附近的危险水域，明确告诉孩子“这些地方不能去”",
                "带孩子游泳要选有救生员的正规场所，全程看护，不要一边看手机一边“看孩子”",
                "外出务工的家长要落实好委托照护人，把防溺水要求讲给老人和亲属听",
                "冬季提醒孩子不上冰面；看到有人落冰，要呼救、报警，不要手拉手去救",
            ],
        }),
    ],
    "quiz": [
        {
            "question": "下面哪种做法符合防溺水“六不”？",
            "kind": "single",
            "choices": [
                {"text": "天太热，和几个同学结伴去河里游泳", "correct": False},
                {"text": "由家长陪同，在有救生员的正规游泳馆游泳", "correct": True},
                {"text": "自己水性好，一个人去水库游泳", "correct": False},
                {"text": "去一个没去过、看起来很浅的池塘玩水", "correct": False},
            ],
            "explanation": "“六不”要求不私自下水、不擅自结伴游泳、不到不熟悉或没有安全设施和救援人员的水域游泳。"
                           "只有在家长或老师带领下、在有救生员的正规场所游泳才是安全的做法。",
        },
        {
            "question": "下列哪些属于危险水域常设的“四个一”防溺水设施？（多选）",
            "kind": "multiple",
            "choices": [
                {"text": "警示牌", "correct": True},
                {"text": "救生圈", "correct": True},
                {"text": "救生绳", "correct": True},
                {"text": "游泳眼镜", "correct": False},
            ],
            "explanation": "“四个一”通常指一块警示牌、一根救生杆、一个救生圈、一条救生绳。游泳眼镜是个人用品，不是救生设施。",
        },
        {
            "question": "看到同伴在水里挣扎，而你不熟悉水性，应该怎么做？",
            "kind": "single",
            "choices": [
                {"text": "马上跳下去把他拉上来", "correct": False},
                {"text": "大声呼救，拨打110或120，向他抛救生圈等能漂浮的东西", "correct": True},
                {"text": "和其他同学手拉手下水去救", "correct": False},
                {"text": "怕被家长批评，赶快跑回家不告诉任何人", "correct": False},
            ],
            "explanation": "“六不”中明确：不熟悉水性的学生不擅自下水施救。正确做法是呼救、报警、抛漂浮物，"
                           "把大人和专业救援力量叫来，同时保护好自己。",
        },
        {
            "question": "下列哪些时间和地点要特别警惕溺水风险？（多选）",
            "kind": "multiple",
            "choices": [
                {"text": "暑假、周末和节假日", "correct": True},
                {"text": "农村的池塘、水库、河流和沟渠", "correct": True},
                {"text": "冬天结冰的河面和塘面", "correct": True},
                {"text": "上课时间的教室里", "correct": False},
            ],
            "explanation": "学生溺水多发生在假期和周末，地点多是野外水域；冬季冰面厚薄不均，同样可能落水。",
        },
    ],
}

_SIX_DONTS_EN = {
    "title": "Drowning prevention: the six summer don'ts",
    "summary": "One lesson that explains the “six don'ts”, dangerous waters and the “four ones” rescue facilities. "
               "Best taught before the summer holiday or a public holiday, and suitable for students and parents together.",
    "objectives": [
        "State the “six don'ts” of drowning prevention correctly",
        "Recognise dangerous waters nearby: rivers, ponds, reservoirs, ditches, flooded pits on building sites and ice in winter",
        "Know what the “four ones” facilities of the “1+4+1” project are for, and take care of rescue equipment",
        "Be willing to agree on summer water-safety rules with parents",
    ],
    "tags": ["summer", "drowning", "six don'ts", "swimming"],
    "body": [
        ("heading", "Why water needs extra care in summer"),
        ("paragraph",
         "<p>Every summer holiday and every weekend is a peak time for student drownings. When it is hot, some students want "
         "to cool off in rivers, ponds or reservoirs. These open waters may look calm, but below the surface there can be "
         "deep holes, sudden drop-offs, mud, weeds and undercurrents, and the water is colder than it looks, so cramps come easily.</p>"
         "<p>Drowning happens very fast and is often silent. Once the mouth and nose go under, a person can lose the strength "
         "to struggle within seconds and be in mortal danger within minutes. So the most important way to prevent drowning is "
         "not “how to rescue afterwards” but <b>not going to dangerous places in the first place</b>.</p>"),
        ("heading", "Remember the “six don'ts”"),
        ("paragraph",
         "<p>Remember these, and tell your parents about them at home:</p>"
         "<ul>"
         "<li><b>Don't go into the water to swim without permission.</b></li>"
         "<li><b>Don't go off swimming with other people without permission.</b></li>"
         "<li><b>Don't swim unless a parent or teacher is leading you.</b></li>"
         "<li><b>Don't swim in waters without safety facilities or rescuers.</b></li>"
         "<li><b>Don't swim in waters you don't know.</b></li>"
         "<li><b>If you are not a confident swimmer, don't go into the water to rescue someone.</b></li>"
         "</ul>"
         "<p>If you want to swim, go with a parent or teacher to a proper swimming venue with lifeguards and safety equipment. "
         "“I can swim” does not mean “I can't drown”: many drownings happen to students who thought they were good swimmers.</p>"),
        ("heading", "The “1+4+1” project and the “four ones”"),
        ("paragraph",
         "<p>The national “1+4+1” drowning-prevention project has three parts: <b>popularising swimming education</b>, so that "
         "students learn to swim and to save themselves in a safe setting; improving the <b>“four ones” facilities</b> at dangerous "
         "waters; and <b>the same drowning-prevention lesson for students and parents</b>.</p>"
         "<p>The “four ones” are usually <b>a warning sign, a rescue pole, a life buoy and a rope</b> (the exact set may differ "
         "from place to place; follow local rules). A warning sign means the place is dangerous and you must not play in the water there. "
         "The rescue pole, life buoy and rope are for people on the bank to save someone; never play with them, damage them or take them away.</p>"),
        ("key_points", {
            "heading": "Key points",
            "points": [
                "Summer, weekends and holidays are peak times for drowning; open water may look calm but be dangerous below",
                "Remember the “six don'ts”: swim only when a parent or teacher leads you, at a proper venue with lifeguards",
                "Keep away where there is a warning sign; rescue poles, life buoys and ropes save lives, so never play with or damage them",
                "If a friend falls in, shout for help and call 110 or 120 first; if you are not a confident swimmer, stay out of the water",
                "In winter, don't skate or play on frozen rivers or ponds",
            ],
        }),
        ("case_story", {
            "title": "An afternoon at the reservoir",
            "story": "One afternoon in the summer holiday, three first-year junior secondary students cycled to a reservoir outside "
                     "their village. A sign on the bank said “Deep water – no swimming”, but they thought, “We'll just sit in the "
                     "shallows, nothing will happen.”\n\n"
                     "One of them took a few steps forward and suddenly lost his footing: below the gentle slope was a sharp drop, "
                     "and the water closed over his head at once. The second student wanted to jump in and pull him out, but the third "
                     "grabbed him and held him back. The two remembered what their teacher had taught: one shouted for help as loudly "
                     "as he could, the other ran to the warning sign, took down the life buoy and threw it next to their friend.\n\n"
                     "Villagers working in nearby fields heard the shouting, ran over, pulled the boy to the bank with the rescue pole "
                     "and called 120. He had swallowed a lot of water, but help came in time and he recovered in hospital.\n\n"
                     "(This case is a composite based on common situations in many places and is used for teaching only.)",
            "takeaway": "A warning sign is there for a reason, and “just sitting in the shallows” can end with one step into deep water. "
                        "Because the friend did not jump in but shouted and threw the life buoy, one person in the water did not turn "
                        "into several.",
        }),
        ("do_dont", {
            "dos": [
                "Tell your parents before you swim, and go with a parent or teacher to a proper venue with lifeguards",
                "Before going out, tell your parents where you are going, who with and when you will be back",
                "Warm up before swimming; don't go in when you feel unwell, have just eaten a big meal or after hard exercise",
                "If friends plan to play in open water, talk them out of it and tell a parent or teacher",
                "Remember 110 for the police and 120 for an ambulance",
            ],
            "donts": [
                "Don't play or swim in rivers, ponds, reservoirs, ditches or flooded pits, alone or with friends, without permission",
                "Don't swim unless a parent or teacher is leading you",
                "Don't go in “just to try” out of curiosity or because others egg you on",
                "Don't skate or play on frozen rivers or ponds",
                "Don't play with, damage or take away life buoys, rescue poles, ropes or other rescue equipment",
                "Don't go into the water to rescue someone if you are not a confident swimmer",
            ],
        }),
        ("for_parents", {
            "heading": "A word to parents",
            "text": "<p>Parents are their children's guardians and the most important line of defence against drowning. The "
                    "“1+4+1” project insists on the same drowning-prevention lesson for students and parents because many drownings "
                    "happen <b>after school, at weekends and in the holidays</b>, when children are not at school but in their parents' care.</p>"
                    "<p>In the countryside, ponds, reservoirs, rivers and ditches are close to home, and the risk of children going to play "
                    "in the water together is higher. In winter, ice on rivers and ponds is of uneven thickness, and children playing on it "
                    "can fall through. Please look together with your child at the dangerous waters near your home, and make sure the "
                    "“six don'ts” are not only said but done.</p>",
            "tips": [
                "In the holidays and at weekends, know where your child is going, who with and when they will be back",
                "Show your child the dangerous waters near home and tell them clearly: “You do not go to these places”",
                "When you take your child swimming, choose a proper venue with lifeguards and watch the whole time, not your phone",
                "Parents working away from home should arrange a trusted carer and explain the water-safety rules to grandparents and relatives",
                "In winter, remind your child to stay off the ice; if someone falls through, shout and call the police, and never form a human chain",
            ],
        }),
    ],
    "quiz": [
        {
            "question": "Which of these follows the “six don'ts”?",
            "kind": "single",
            "choices": [
                {"text": "It's very hot, so go swimming in the river with a few classmates", "correct": False},
                {"text": "Swim at a proper pool with lifeguards, with a parent there", "correct": True},
                {"text": "You are a good swimmer, so go to the reservoir alone", "correct": False},
                {"text": "Play in a pond you have never been to that looks shallow", "correct": False},
            ],
            "explanation": "The “six don'ts” say: don't go into the water without permission, don't go swimming with others without "
                           "permission, and don't swim in unfamiliar waters or waters without safety facilities and rescuers. Only swimming "
                           "at a proper venue with lifeguards, led by a parent or teacher, is safe.",
        },
        {
            "question": "Which of these belong to the “four ones” facilities at dangerous waters? (choose all that apply)",
            "kind": "multiple",
            "choices": [
                {"text": "A warning sign", "correct": True},
                {"text": "A life buoy", "correct": True},
                {"text": "A rope", "correct": True},
                {"text": "Swimming goggles", "correct": False},
            ],
            "explanation": "The “four ones” are usually a warning sign, a rescue pole, a life buoy and a rope. Goggles are personal "
                           "swimming gear, not rescue equipment.",
        },
        {
            "question": "You see a friend struggling in the water and you are not a confident swimmer. What should you do?",
            "kind": "single",
            "choices": [
                {"text": "Jump in straight away and pull them out", "correct": False},
                {"text": "Shout for help, call 110 or 120, and throw them a life buoy or something that floats", "correct": True},
                {"text": "Hold hands with other classmates and wade in together", "correct": False},
                {"text": "Run home and tell no one, because your parents might be angry", "correct": False},
            ],
            "explanation": "The “six don'ts” say clearly that students who are not confident swimmers must not go into the water "
                           "to rescue. The right thing is to shout, call for help and throw something that floats, bringing adults and "
                           "rescuers while keeping yourself safe.",
        },
        {
            "question": "At which times and places should you be especially alert to the risk of drowning? (choose all that apply)",
            "kind": "multiple",
            "choices": [
                {"text": "Summer holidays, weekends and public holidays", "correct": True},
                {"text": "Ponds, reservoirs, rivers and ditches in the countryside", "correct": True},
                {"text": "Frozen rivers and ponds in winter", "correct": True},
                {"text": "In the classroom during lessons", "correct": False},
            ],
            "explanation": "Most student drownings happen in holidays and at weekends, usually in open water. In winter the ice is of "
                           "uneven thickness, and people can fall through it too.",
        },
    ],
}


# ---------------------------------------------------------------------------
# Lesson 2: 同伴落水怎么办：智慧施救
# ---------------------------------------------------------------------------

_SMART_RESCUE_ZH = {
    "title": "同伴落水怎么办：智慧施救",
    "summary": "同伴落水时，不跳水、不手拉手，用“叫、报、抛、伸”把救援力量带来；万一自己落水，学会保持冷静、仰头漂浮。",
    "objectives": [
        "明白盲目下水、手拉手施救为什么危险",
        "掌握“叫、报、抛、伸”四步岸上施救方法",
        "会拨打110、120，并说清地点和情况",
        "知道自己落水时如何保持冷静、等待救援",
    ],
    "tags": ["施救", "防溺水", "报警"],
    "body": [
        ("heading", "为什么不能跳下去救"),
        ("paragraph",
         "<p>看到同伴落水，很多同学的第一反应是“跳下去拉他”。可是溺水的人会本能地死死抓住身边的一切，"
         "包括来救他的人。即使是会游泳的成年人，没有受过专门的救生训练，下水救人也很可能被拖入水中。"
         "现实中，“一人落水、多人遇难”的悲剧时有发生，不少就是因为施救者盲目下水，或者几个人手拉手结成“人链”，"
         "一人站不稳或松手，整串人都落入水中。</p>"
         "<p>所以，我们要学会<b>智慧施救</b>：不让自己成为第二个落水者，同时用最快的办法把大人和专业救援力量叫来。</p>"),
        ("heading", "岸上施救四步：叫、报、抛、伸"),
        ("paragraph",
         "<ul>"
         "<li><b>叫：</b>立刻大声呼喊“有人落水了！快来救人！”，让附近的大人听到。</li>"
         "<li><b>报：</b>拨打110报警，需要急救时拨打120。说清楚具体地点（附近的村名、路名、桥名或明显标志）、落水人数和现场情况。</li>"
         "<li><b>抛：</b>把救生圈、救生绳或者能漂浮的东西抛到落水者身边，例如空塑料桶、拧紧盖子的空大饮料瓶、篮球、泡沫板、木板。</li>"
         "<li><b>伸：</b>用救生杆、长竹竿、粗树枝递给落水者。伸的时候要趴下或蹲低，降低重心，最好一只手抓住树干、栏杆等固定物，防止自己被拉下水。</li>"
         "</ul>"
         "<p>请记住：<b>不手拉手施救，不盲目跳水施救</b>。不熟悉水性的学生更不能擅自下水。</p>"),
        ("heading", "救上岸以后，以及万一自己落水"),
        ("paragraph",
         "<p>落水者被救上岸后，要尽快拨打120，并给他保暖。<b>不要把人倒提起来“控水”</b>，这会耽误宝贵的抢救时间；"
         "如果他没有反应、没有正常呼吸，应由学过急救的大人立即进行心肺复苏，直到急救人员到达。</p>"
         "<p>万一自己落水，不要慌张，不要把双手举出水面乱挥，那样身体反而会往下沉。尽量仰起头，让口鼻露出水面，"
         "放松身体，手脚轻轻划水，争取漂浮。有人来救时，不要死死抱住施救者，可以抓住递过来的杆子、绳子或漂浮物。</p>"),
        ("key_points", {
            "heading": "要点",
            "points": [
                "不熟悉水性、没有受过救生训练，不下水救人",
                "不手拉手结“人链”施救",
                "叫、报、抛、伸：大声呼救，拨打110或120，抛漂浮物，递长杆",
                "伸杆时趴下或蹲低，抓牢固定物，防止自己被拉下水",
                "救上岸后不倒挂“控水”，由会急救的大人做心肺复苏",
                "自己落水时保持冷静，仰头让口鼻露出水面，等待救援",
            ],
        }),
        ("case_story", {
            "title": "河堤上的一块泡沫垫",
            "story": "一个周末，两名五年级同学在河堤上放风筝。风筝掉到了河边的草丛里，其中一人下坡去捡，脚下一滑掉进河里，"
                     "在离岸两三米的地方扑腾。\n\n"
                     "另一名同学吓得心怦怦直跳，但她想起了课上讲的“叫、报、抛、伸”。她没有下坡去拉，而是站在堤上大喊"
                     "“有人落水了！”，同时把坐着的泡沫垫用力扔了过去。落水的同学抓住泡沫垫，头露出了水面。\n\n"
                     "附近钓鱼的两位大人听到喊声跑来，一位趴在岸边，一手抓住岸边的小树，一手把长竹竿递了过去，把孩子拉上了岸；"
                     "另一位拨打了120和110。孩子被送到医院检查，没有大碍。\n\n"
                     "（本案例根据多地常见情况综合改编，仅用于教学。）",
            "takeaway": "先保护好自己，再用呼救、抛漂浮物把救援“接力”给大人，这就是智慧施救。一块泡沫垫，为救援争取了宝贵的时间。",
        }),
        ("do_dont", {
            "dos": [
                "大声呼救，引来附近的大人",
                "拨打110或120，说清地点、人数和情况",
                "抛救生圈、救生绳，或空塑料桶、泡沫板等能漂浮的东西",
                "趴在岸上或蹲低，一手抓牢固定物，用长杆、粗树枝递给落水者",
                "落水者上岸后给他保暖，等待急救人员",
            ],
            "donts": [
                "不熟悉水性就跳下去救人",
                "几个同学手拉手结“人链”下水",
                "站在湿滑的岸边弯腰去拉人",
                "把救上来的人倒挂起来“控水”",
                "怕被批评，事后不告诉家长和老师",
            ],
        }),
        ("for_parents", {
            "heading": "给家长的话",
            "text": "<p>孩子的安全意识，很大程度上来自家长平时的叮嘱。请您和孩子一起复习“叫、报、抛、伸”，并告诉孩子："
                    "<b>保护好自己，就是对同伴最好的帮助</b>。面对危险要量力而行，不要鼓励未成年人冒险下水救人。</p>"
                    "<p>家长自己也要掌握基本的急救知识。有条件的可以参加红十字会等机构组织的急救培训，学会心肺复苏。"
                    "记住：溺水者上岸后不要倒挂“控水”，应立即拨打120，需要时马上进行心肺复苏。</p>",
            "tips": [
                "和孩子在地图上找出家附近的河流、池塘，说一说万一有人落水该找谁、打什么电话",
                "让孩子记住家庭住址和常去地点附近的明显标志，报警时能说清位置",
                "告诉孩子身边哪些东西能漂浮：空塑料桶、拧紧盖子的大饮料瓶、泡沫板、篮球",
                "家长学习心肺复苏，遇到溺水不倒挂“控水”",
                "孩子告诉您有同伴去野外玩水时，要表扬孩子，并及时告知对方家长",
            ],
        }),
    ],
    "quiz": [
        {
            "question": "同伴落水，而你不熟悉水性，第一件事应该做什么？",
            "kind": "single",
            "choices": [
                {"text": "大声呼救，让附近的大人来帮忙", "correct": True},
                {"text": "马上跳下水去拉他", "correct": False},
                {"text": "害怕惹麻烦，悄悄离开", "correct": False},
            ],
            "explanation": "不熟悉水性的学生不能擅自下水施救。第一时间大声呼救，把大人叫来，同时拨打110或120，才是最快、最安全的办法。",
        },
        {
            "question": "下列哪些东西可以抛给落水者，帮助他浮在水面？（多选）",
            "kind": "multiple",
            "choices": [
                {"text": "空的塑料桶", "correct": True},
                {"text": "泡沫板", "correct": True},
                {"text": "篮球", "correct": True},
                {"text": "装满水的水桶", "correct": False},
            ],
            "explanation": "空塑料桶、泡沫板、篮球、拧紧盖子的空饮料瓶都能漂浮；装满水的水桶很重，会沉下去，帮不上忙。",
        },
        {
            "question": "为什么不能手拉手结“人链”下水救人？",
            "kind": "single",
            "choices": [
                {"text": "水下情况复杂，一人站不稳或松手，整串人都可能落水", "correct": True},
                {"text": "因为手拉手走得太慢", "correct": False},
                {"text": "因为会把衣服弄湿", "correct": False},
            ],
            "explanation": "河底可能有陡坎、淤泥和暗流，未成年人力气有限。“人链”中只要一人失手，就可能造成多人落水。",
        },
        {
            "question": "用长竹竿救人时，正确的做法有哪些？（多选）",
            "kind": "multiple",
            "choices": [
                {"text": "趴下或蹲低，降低重心", "correct": True},
                {"text": "一只手抓住树干、栏杆等固定物", "correct": True},
                {"text": "站在湿滑的岸边弯腰用力拉", "correct": False},
                {"text": "把竹竿递到落水者手边，让他抓牢", "correct": True},
            ],
            "explanation": "递竿时降低重心、抓牢固定物，才能防止自己被落水者拉下水；站在湿滑的岸边弯腰拉人很容易一起落水。",
        },
    ],
}

_SMART_RESCUE_EN = {
    "title": "When a friend falls into the water: rescue wisely",
    "summary": "When a friend falls in, don't jump in and don't form a human chain: use “shout, call, throw, reach” to bring help. "
               "And if you fall in yourself, stay calm and float face up.",
    "objectives": [
        "Understand why jumping in or forming a human chain is dangerous",
        "Master the four shore-based rescue steps: shout, call, throw, reach",
        "Be able to call 110 and 120 and describe the place and the situation clearly",
        "Know how to stay calm and wait for rescue if you fall in yourself",
    ],
    "tags": ["rescue", "drowning", "emergency call"],
    "body": [
        ("heading", "Why you must not jump in"),
        ("paragraph",
         "<p>When a friend falls into the water, many students' first thought is “jump in and pull them out”. But a drowning person "
         "instinctively grabs hold of anything nearby, including the person trying to save them. Even an adult who can swim, without "
         "proper lifesaving training, can easily be dragged under. Tragedies where one person falls in and several die still happen, "
         "often because rescuers jumped in blindly, or because several people held hands to form a “human chain”, and when one slipped "
         "or let go, the whole chain went into the water.</p>"
         "<p>So we need to <b>rescue wisely</b>: don't become the second person in the water, and bring adults and professional "
         "rescuers as fast as possible.</p>"),
        ("heading", "Four steps from the shore: shout, call, throw, reach"),
        ("paragraph",
         "<ul>"
         "<li><b>Shout:</b> shout at once, loudly: “Someone's in the water! Help!” so that adults nearby can hear.</li>"
         "<li><b>Call:</b> call 110 for the police, and 120 when an ambulance is needed. Say exactly where you are (the nearest village, "
         "road, bridge or landmark), how many people are in the water and what is happening.</li>"
         "<li><b>Throw:</b> throw a life buoy, a rope or anything that floats next to the person, such as an empty plastic bucket, a large "
         "empty drinks bottle with the cap screwed on, a basketball, a foam board or a plank.</li>"
         "<li><b>Reach:</b> hold out a rescue pole, a long bamboo pole or a thick branch. Lie down or crouch low to keep your centre of "
         "gravity down, and if possible hold on to a tree trunk, a railing or something fixed with one hand so you are not pulled in.</li>"
         "</ul>"
         "<p>Remember: <b>no human chains, and no jumping in blindly</b>. Students who are not confident swimmers must never go into the water to rescue.</p>"),
        ("heading", "After the rescue, and if you fall in yourself"),
        ("paragraph",
         "<p>Once the person is out of the water, call 120 as soon as possible and keep them warm. <b>Don't hold them upside down to "
         "“drain the water”</b>: it wastes precious time. If they do not respond or are not breathing normally, an adult trained in first "
         "aid should start CPR at once and continue until the ambulance crew arrives.</p>"
         "<p>If you fall in yourself, don't panic and don't wave your arms above the water, because that makes you sink. Tilt your head "
         "back so your mouth and nose stay above the surface, relax, paddle gently with your hands and feet and try to float. When someone "
         "comes to help, don't cling to the rescuer; grab the pole, rope or floating object they hold out.</p>"),
        ("key_points", {
            "heading": "Key points",
            "points": [
                "If you are not a confident swimmer and have no lifesaving training, don't go into the water to rescue",
                "Never form a human chain to rescue someone",
                "Shout, call, throw, reach: shout for help, call 110 or 120, throw something that floats, hold out a long pole",
                "When reaching with a pole, lie down or crouch and hold something fixed so you are not pulled in",
                "After the rescue, don't hold the person upside down to “drain water”; an adult who knows first aid should do CPR",
                "If you fall in, stay calm, tilt your head back to keep your mouth and nose above water, and wait for help",
            ],
        }),
        ("case_story", {
            "title": "A foam mat on the riverbank",
            "story": "One weekend, two fifth-grade students were flying a kite on a river embankment. The kite came down in the grass "
                     "by the water; one of them went down the slope to fetch it, slipped and fell into the river, and was thrashing about "
                     "two or three metres from the bank.\n\n"
                     "The other student's heart was pounding, but she remembered “shout, call, throw, reach” from class. Instead of going "
                     "down the slope to pull her friend out, she stayed on the embankment, shouted “Someone's in the water!”, and threw "
                     "the foam mat she had been sitting on as hard as she could. Her friend caught hold of the mat and got her head above water.\n\n"
                     "Two adults fishing nearby heard the shouts and ran over. One lay flat on the bank, held a small tree with one hand and "
                     "held out a long bamboo pole with the other, and pulled the child to the bank; the other called 120 and 110. The child "
                     "was checked in hospital and was fine.\n\n"
                     "(This case is a composite based on common situations in many places and is used for teaching only.)",
            "takeaway": "Keep yourself safe first, then “hand over” the rescue to adults by shouting and throwing something that floats: "
                        "that is rescuing wisely. A simple foam mat bought precious time.",
        }),
        ("do_dont", {
            "dos": [
                "Shout loudly to bring adults nearby",
                "Call 110 or 120 and say where you are, how many people and what is happening",
                "Throw a life buoy or rope, or something that floats such as an empty plastic bucket or a foam board",
                "Lie on the bank or crouch low, hold something fixed, and hold out a long pole or thick branch",
                "Keep the rescued person warm and wait for the ambulance crew",
            ],
            "donts": [
                "Don't jump in to rescue if you are not a confident swimmer",
                "Don't hold hands with classmates to form a human chain in the water",
                "Don't bend over to pull someone out while standing on a slippery bank",
                "Don't hold a rescued person upside down to “drain the water”",
                "Don't keep it from your parents and teachers afterwards for fear of being told off",
            ],
        }),
        ("for_parents", {
            "heading": "A word to parents",
            "text": "<p>Children's sense of safety comes largely from what their parents tell them day after day. Please go over “shout, "
                    "call, throw, reach” with your child and tell them: <b>keeping yourself safe is the best help you can give a friend</b>. "
                    "Children should act within their abilities when facing danger; do not encourage minors to risk going into the water to rescue someone.</p>"
                    "<p>Parents should know basic first aid too. If you can, take a first-aid course run by the Red Cross or a similar "
                    "organisation and learn CPR. Remember: do not hold a drowning victim upside down to drain water; call 120 at once and "
                    "start CPR if needed.</p>",
            "tips": [
                "Find the rivers and ponds near your home on a map with your child, and talk about whom to get and what number to call if someone falls in",
                "Make sure your child knows your home address and clear landmarks near the places they often go, so they can say where they are when calling for help",
                "Tell your child which everyday things float: empty plastic buckets, large drinks bottles with the cap on, foam boards, basketballs",
                "Learn CPR yourself, and never hold a drowning victim upside down to drain water",
                "When your child tells you that friends have gone to play in open water, praise your child and let the other parents know at once",
            ],
        }),
    ],
    "quiz": [
        {
            "question": "A friend falls into the water and you are not a confident swimmer. What is the first thing to do?",
            "kind": "single",
            "choices": [
                {"text": "Shout for help loudly so that adults nearby come", "correct": True},
                {"text": "Jump in at once to pull them out", "correct": False},
                {"text": "Quietly walk away to avoid trouble", "correct": False},
            ],
            "explanation": "Students who are not confident swimmers must not go into the water to rescue. Shouting for help at once to "
                           "bring adults, and calling 110 or 120, is the fastest and safest thing to do.",
        },
        {
            "question": "Which of these could you throw to someone in the water to help them float? (choose all that apply)",
            "kind": "multiple",
            "choices": [
                {"text": "An empty plastic bucket", "correct": True},
                {"text": "A foam board", "correct": True},
                {"text": "A basketball", "correct": True},
                {"text": "A bucket full of water", "correct": False},
            ],
            "explanation": "Empty plastic buckets, foam boards, basketballs and empty drinks bottles with the cap on all float. A bucket "
                           "full of water is heavy and sinks, so it does not help.",
        },
        {
            "question": "Why must you not form a “human chain” to rescue someone in the water?",
            "kind": "single",
            "choices": [
                {"text": "The water is unpredictable; if one person slips or lets go, the whole chain can end up in the water", "correct": True},
                {"text": "Because holding hands is too slow", "correct": False},
                {"text": "Because your clothes will get wet", "correct": False},
            ],
            "explanation": "The riverbed may have sudden drops, mud and currents, and young people's strength is limited. If just one "
                           "person in the chain loses their grip, several people can fall in.",
        },
        {
            "question": "Which are correct when you use a long bamboo pole to rescue someone? (choose all that apply)",
            "kind": "multiple",
            "choices": [
                {"text": "Lie down or crouch low to keep your centre of gravity down", "correct": True},
                {"text": "Hold on to a tree trunk, railing or other fixed object with one hand", "correct": True},
                {"text": "Stand on the slippery bank and bend over to pull hard", "correct": False},
                {"text": "Hold the pole out to the person's hands so they can grip it firmly", "correct": True},
            ],
            "explanation": "Keeping low and holding something fixed stops you from being pulled in. Bending over on a slippery bank to "
                           "pull someone out can easily send you into the water too.",
        },
    ],
}


# ---------------------------------------------------------------------------
# Lesson 3: 家长防溺水课：看护责任
# ---------------------------------------------------------------------------

_PARENT_DUTY_ZH = {
    "title": "家长防溺水课：看护责任",
    "summary": "溺水往往无声无息、几分钟就能致命。这节课面向家长、幼儿园和中小学教师，讲清家中和户外的溺水隐患，以及“看护不离眼、不离手”的责任。",
    "objectives": [
        "了解溺水“无声、快速”的特点，纠正“孩子落水会呼救”的误区",
        "识别家中和村里容易被忽视的溺水隐患：浴盆、水桶、水缸、水井、粪坑、池塘",
        "明确假期、周末和冬季冰面的看护要点，落实委托照护",
        "家校协同：学生和家长同上一堂防溺水课",
    ],
    "tags": ["家长", "看护", "幼儿", "家校共育"],
    "body": [
        ("heading", "溺水是安静的"),
        ("paragraph",
         "<p>很多家长以为，孩子落水会大声呼救、拼命挥手。实际上，溺水往往<b>悄无声息</b>：孩子的头沉在水里，"
         "嘴巴在水面上下起伏，顾不上喊，也举不起手，身体直立着，看起来像是“在水里站着玩”。"
         "年幼的孩子头重脚轻，一旦栽进水里，往往自己爬不起来。</p>"
         "<p>溺水发生得也非常快。口鼻被水淹没后，大脑缺氧几分钟就可能造成严重损伤甚至死亡。"
         "对幼儿来说，<b>几厘米深的水就足以致命</b>——浴盆、水桶、水缸里的水，都可能成为危险。</p>"),
        ("heading", "家里和村里的溺水隐患"),
        ("paragraph",
         "<ul>"
         "<li><b>家中：</b>浴盆、浴缸、水桶、水盆、洗衣机、鱼缸。用完的水及时倒掉，水桶、水盆倒扣存放。</li>"
         "<li><b>院子和村里：</b>水缸、水井、蓄水池、粪坑、化粪池、排水沟。要加盖、加锁或加装护栏。</li>"
         "<li><b>户外：</b>池塘、水库、河流、沟渠、鱼塘、工地积水坑，以及冬季结冰的河面、塘面。</li>"
         "</ul>"
         "<p>幼儿在水边或浴室时，看护人要做到<b>“伸手可及”</b>：人不离开、眼不离开、手能随时够到孩子。"
         "不能让幼儿单独待在水边，也不能让年龄稍大的哥哥姐姐代替大人看护。</p>"),
        ("heading", "学校、幼儿园和家庭一起来"),
        ("paragraph",
         "<p>防溺水“1+4+1”工程强调<b>学生和家长同上一堂防溺水课</b>。幼儿园和学校可以在放假前召开家长会、"
         "发放防溺水告知书，请法治副校长或民警进行专题讲解；老师用儿歌、图片和情景游戏，让孩子记住"
         "“水边危险我不去，大人陪着才玩水”。</p>"
         "<p>放学后、周末和假期，孩子主要在家长的监护之下。暑假是溺水高发期，农村的池塘、水库、河流离家近，"
         "风险更高；冬天冰层厚薄不均，也不能让孩子上冰玩耍。</p>"),
        ("key_points", {
            "heading": "要点",
            "points": [
                "溺水往往悄无声息，几分钟就能致命",
                "幼儿在几厘米深的水里也可能溺水：浴盆、水桶、水缸都要当心",
                "看护幼儿要“伸手可及”，不让幼儿单独待在水边或浴室",
                "水缸、水井、粪坑要加盖加锁，用完的水及时倒掉",
                "暑假、周末是高发期；冬季不让孩子上冰面",
                "学生和家长同上一堂防溺水课，家校一起担起责任",
            ],
        }),
        ("case_story", {
            "title": "半桶水，一转身",
            "story": "一个夏日的上午，奶奶在院子里用一只大水桶洗衣服，一岁多的小孙子在旁边玩。屋里的电话响了，"
                     "奶奶想着“就一会儿”，转身进屋去接。\n\n"
                     "两三分钟后奶奶回到院子，发现孩子头朝下栽进了装着半桶水的水桶里，一点声音也没有。奶奶赶紧把孩子抱出来，"
                     "大声呼救。邻居家的乡村医生跑来，一边让人拨打120，一边立即为孩子做心肺复苏。孩子恢复了呼吸，"
                     "被送往医院救治，所幸抢救及时。\n\n"
                     "事后，这家人把院子里的水缸加了盖，水桶用完就倒空倒扣；在外地务工的父母也专门和奶奶商量，"
                     "把防溺水要求一条一条讲清楚。\n\n"
                     "（本案例根据多地常见情况综合改编，仅用于教学。）",
            "takeaway": "半桶水、两三分钟，就足以让幼儿溺水。看护幼儿不能有“就一会儿”，家中盛水的容器要随用随倒。"
                        "会心肺复苏的人在身边，往往能挽救一条生命。",
        }),
        ("do_dont", {
            "dos": [
                "幼儿洗澡、玩水时，看护人寸步不离，做到“伸手可及”",
                "水桶、水盆用完立即倒空并倒扣；水缸、水井、粪坑加盖加锁",
                "假期、周末清楚孩子的去向、同伴和回家时间",
                "外出务工时落实委托照护人，把防溺水要求讲给老人听",
                "家长和老师学习心肺复苏等急救技能",
            ],
            "donts": [
                "不把幼儿单独留在浴室、浴盆里或水边，哪怕只是接个电话",
                "不让年幼的哥哥姐姐代替大人看护",
                "不一边看手机一边“看孩子”",
                "不认为“孩子落水会喊”，等听到动静再去看",
                "不让孩子到结冰的河面、塘面上玩耍",
            ],
        }),
        ("for_parents", {
            "heading": "给家长的话",
            "text": "<p>家长是孩子的第一监护人，防溺水的责任首先在家庭。学校和幼儿园可以教知识、提要求，"
                    "但放学后、周末和假期，孩子在哪里、和谁在一起，只有家长最清楚。</p>"
                    "<p>请您把今天学到的内容讲给家里每一位照看孩子的人听，特别是爷爷奶奶、外公外婆。"
                    "<b>看护不离眼、不离手</b>，是对孩子最实在的保护。</p>",
            "tips": [
                "今天回家检查一遍：家里、院子里有没有盛水的桶、盆、缸，水井和粪坑有没有盖好",
                "和孩子约定“三问”：去哪里、和谁去、几点回",
                "给孩子报名游泳课时，选择有资质、有救生员的正规场所",
                "把老师发的防溺水告知书认真读完、签好，和孩子一起讨论",
                "把110、120和学校老师的电话贴在家中显眼处",
            ],
        }),
    ],
    "quiz": [
        {
            "question": "幼儿溺水时通常是什么样子？",
            "kind": "single",
            "choices": [
                {"text": "会大声呼救、拼命挥手", "correct": False},
                {"text": "往往悄无声息，很快沉入水中", "correct": True},
                {"text": "一定会溅起很大的水花", "correct": False},
            ],
            "explanation": "溺水的人口鼻在水面上下起伏，顾不上呼救，也举不起手。幼儿栽进水里往往一点声音也没有，所以看护不能只靠“听”。",
        },
        {
            "question": "家里和院子里哪些地方可能让幼儿溺水？（多选）",
            "kind": "multiple",
            "choices": [
                {"text": "浴盆、浴缸", "correct": True},
                {"text": "装着水的水桶、水缸", "correct": True},
                {"text": "没有加盖的水井、粪坑", "correct": True},
                {"text": "拧紧盖子放在柜子里的空饮料瓶", "correct": False},
            ],
            "explanation": "对幼儿来说，几厘米深的水就可能致命。浴盆、水桶、水缸、水井和粪坑都要随时看护、加盖或倒空。",
        },
        {
            "question": "给幼儿洗澡时电话响了，正确的做法是？",
            "kind": "single",
            "choices": [
                {"text": "让孩子自己在浴盆里玩一会儿，快去快回", "correct": False},
                {"text": "不接电话，或者先用浴巾裹好孩子抱在身边再接", "correct": True},
                {"text": "让四岁的哥哥帮忙看着", "correct": False},
            ],
            "explanation": "幼儿在浴盆里几分钟就可能溺水。看护人不能离开，也不能把看护交给年幼的孩子。",
        },
        {
            "question": "放假前，学校、幼儿园和家长可以一起做哪些事？（多选）",
            "kind": "multiple",
            "choices": [
                {"text": "学生和家长同上一堂防溺水课", "correct": True},
                {"text": "和孩子一起认出家附近的危险水域", "correct": True},
                {"text": "明确假期看护人，外出务工的家长落实委托照护", "correct": True},
                {"text": "告诉孩子“会游泳就可以自己去河里玩”", "correct": False},
            ],
            "explanation": "“1+4+1”工程要求学生和家长同上一堂防溺水课。会游泳不等于不会溺水，孩子不能自己去野外水域。",
        },
    ],
}

_PARENT_DUTY_EN = {
    "title": "Drowning prevention for parents: the duty to supervise",
    "summary": "Drowning is often silent and can kill within minutes. This lesson for parents, kindergarten and school teachers "
               "covers the drowning hazards at home and outdoors, and the duty to keep children “in sight and within reach”.",
    "objectives": [
        "Understand that drowning is silent and fast, and correct the belief that “a child who falls in will shout”",
        "Spot easily overlooked drowning hazards at home and in the village: baths, buckets, water jars, wells, cesspits, ponds",
        "Know the supervision points for holidays, weekends and winter ice, and arrange a trusted carer when away",
        "Work together as school and family: the same drowning-prevention lesson for students and parents",
    ],
    "tags": ["parents", "supervision", "young children", "home-school"],
    "body": [
        ("heading", "Drowning is quiet"),
        ("paragraph",
         "<p>Many parents believe that a child who falls into water will shout for help and wave their arms. In reality drowning is "
         "often <b>silent</b>: the child's head is low in the water, the mouth bobs at the surface, there is no breath to shout and no "
         "strength to raise the arms, and the body is upright, so it can look as if the child is “standing and playing in the water”. "
         "Young children are top-heavy; once they topple head first into water, they often cannot get up by themselves.</p>"
         "<p>Drowning is also very fast. Once the mouth and nose are under water, a few minutes without oxygen can cause serious brain "
         "damage or death. For young children, <b>a few centimetres of water is enough to kill</b>: the water in a bath, a bucket or a "
         "water jar can all be dangerous.</p>"),
        ("heading", "Drowning hazards at home and in the village"),
        ("paragraph",
         "<ul>"
         "<li><b>At home:</b> baths and bathtubs, buckets, basins, washing machines, fish tanks. Empty water straight after use and "
         "store buckets and basins upside down.</li>"
         "<li><b>In the yard and the village:</b> water jars, wells, storage tanks, cesspits, septic tanks, drainage ditches. Cover them, "
         "lock them or put up a fence.</li>"
         "<li><b>Outdoors:</b> ponds, reservoirs, rivers, ditches, fish ponds, flooded pits on building sites, and frozen rivers and ponds in winter.</li>"
         "</ul>"
         "<p>When a young child is near water or in the bathroom, the carer must stay <b>“within arm's reach”</b>: never leave, never look "
         "away, always able to reach the child. Never leave a young child alone near water, and never let a slightly older brother or "
         "sister stand in for an adult.</p>"),
        ("heading", "Schools, kindergartens and families together"),
        ("paragraph",
         "<p>The “1+4+1” drowning-prevention project stresses <b>the same drowning-prevention lesson for students and parents</b>. Before "
         "the holidays, kindergartens and schools can hold parents' meetings, send home a drowning-prevention notice, and invite the "
         "rule-of-law vice principal or a police officer to give a talk. Teachers can use songs, pictures and role-play so that children "
         "remember: “I stay away from water; I play in water only with a grown-up.”</p>"
         "<p>After school, at weekends and in the holidays, children are mainly in their parents' care. The summer holiday is the peak "
         "time for drowning, and the risk is higher in the countryside, where ponds, reservoirs and rivers are close to home. In winter "
         "the ice is of uneven thickness, so children must not play on it either.</p>"),
        ("key_points", {
            "heading": "Key points",
            "points": [
                "Drowning is often silent and can kill within minutes",
                "Young children can drown in a few centimetres of water: watch baths, buckets and water jars",
                "Supervise young children “within arm's reach”; never leave them alone near water or in the bathroom",
                "Cover and lock water jars, wells and cesspits, and empty water straight after use",
                "Summer holidays and weekends are peak times; keep children off the ice in winter",
                "Students and parents take the same drowning-prevention lesson; school and family share the responsibility",
            ],
        }),
        ("case_story", {
            "title": "Half a bucket, one turn of the back",
            "story": "One summer morning, a grandmother was washing clothes in a large bucket in the yard while her grandson, just over "
                     "a year old, played beside her. The phone rang inside the house. Thinking “it'll only take a moment”, she went in to answer it.\n\n"
                     "Two or three minutes later she came back and found the child head down in the half-full bucket, without a sound. She "
                     "pulled him out and shouted for help. The village doctor next door ran over, had someone call 120 and started CPR at "
                     "once. The child began breathing again and was taken to hospital; thanks to the quick response, he survived.\n\n"
                     "Afterwards, the family put a lid on the water jar in the yard and now empty buckets and turn them upside down after "
                     "use. The parents, who work in another city, sat down with the grandmother and went through the drowning-prevention "
                     "rules one by one.\n\n"
                     "(This case is a composite based on common situations in many places and is used for teaching only.)",
            "takeaway": "Half a bucket of water and two or three minutes are enough for a young child to drown. When supervising young "
                        "children there is no “only a moment”, and containers of water at home should be emptied after use. Someone "
                        "nearby who knows CPR can save a life.",
        }),
        ("do_dont", {
            "dos": [
                "Stay right beside young children when they bathe or play with water, always within arm's reach",
                "Empty buckets and basins immediately after use and store them upside down; cover and lock water jars, wells and cesspits",
                "In holidays and at weekends, know where your child is, who they are with and when they will be home",
                "If you work away from home, arrange a trusted carer and explain the water-safety rules to the grandparents",
                "Parents and teachers should learn CPR and other first-aid skills",
            ],
            "donts": [
                "Don't leave a young child alone in the bathroom, in the bath or near water, not even to answer the phone",
                "Don't let a young brother or sister supervise instead of an adult",
                "Don't “watch the children” while looking at your phone",
                "Don't assume “a child who falls in will shout” and wait to hear something",
                "Don't let children play on frozen rivers or ponds",
            ],
        }),
        ("for_parents", {
            "heading": "A word to parents",
            "text": "<p>Parents are a child's first guardians, and the responsibility for preventing drowning lies first with the family. "
                    "Schools and kindergartens can teach and set rules, but after school, at weekends and in the holidays, only parents "
                    "really know where their child is and who they are with.</p>"
                    "<p>Please pass on what you learned today to everyone at home who looks after your child, especially the grandparents. "
                    "<b>Keeping children in sight and within reach</b> is the most practical protection you can give.</p>",
            "tips": [
                "Check at home today: are there buckets, basins or jars holding water in the house or yard, and are the well and cesspit covered?",
                "Agree on “three questions” with your child: where are you going, who with, and when will you be back?",
                "When you sign your child up for swimming lessons, choose a licensed venue with lifeguards",
                "Read and sign the drowning-prevention notice from the school carefully, and talk it over with your child",
                "Put 110, 120 and the teacher's phone number somewhere easy to see at home",
            ],
        }),
    ],
    "quiz": [
        {
            "question": "What does a young child usually look like when drowning?",
            "kind": "single",
            "choices": [
                {"text": "Shouting for help and waving their arms", "correct": False},
                {"text": "Often silent, sinking quickly", "correct": True},
                {"text": "Always making a big splash", "correct": False},
            ],
            "explanation": "A drowning person's mouth bobs at the surface; there is no breath to shout and no strength to raise the arms. "
                           "A young child who topples into water often makes no sound at all, so supervision cannot rely on listening.",
        },
        {
            "question": "Which places at home and in the yard can be drowning hazards for young children? (choose all that apply)",
            "kind": "multiple",
            "choices": [
                {"text": "Baths and bathtubs", "correct": True},
                {"text": "Buckets and water jars with water in them", "correct": True},
                {"text": "Uncovered wells and cesspits", "correct": True},
                {"text": "An empty drinks bottle with the cap on, kept in a cupboard", "correct": False},
            ],
            "explanation": "For young children, a few centimetres of water can be fatal. Baths, buckets, water jars, wells and cesspits "
                           "must always be watched, covered or emptied.",
        },
        {
            "question": "You are bathing a young child and the phone rings. What is the right thing to do?",
            "kind": "single",
            "choices": [
                {"text": "Let the child play in the bath alone and be quick", "correct": False},
                {"text": "Don't answer, or wrap the child in a towel and take them with you first", "correct": True},
                {"text": "Ask the four-year-old brother to keep an eye on them", "correct": False},
            ],
            "explanation": "A young child can drown in the bath within minutes. The carer must not leave, and supervision must never be "
                           "handed to another young child.",
        },
        {
            "question": "Before the holidays, what can schools, kindergartens and parents do together? (choose all that apply)",
            "kind": "multiple",
            "choices": [
                {"text": "Students and parents take the same drowning-prevention lesson", "correct": True},
                {"text": "Identify the dangerous waters near home together with the child", "correct": True},
                {"text": "Decide who will look after the child in the holidays; parents working away arrange a trusted carer", "correct": True},
                {"text": "Tell the child “if you can swim, you can go to the river on your own”", "correct": False},
            ],
            "explanation": "The “1+4+1” project calls for the same drowning-prevention lesson for students and parents. Being able to "
                           "swim does not mean a child cannot drown; children must not go to open water on their own.",
        },
    ],
}


LESSONS = [
    {
        "slug": "summer-six-donts",
        "audiences": ["lower_primary", "upper_primary", "junior_secondary", "parents"],
        "duration_minutes": 40,
        "related": ["smart-rescue-when-a-friend-falls-in", "parents-drowning-supervision"],
        "zh": _SIX_DONTS_ZH,
        "en": _SIX_DONTS_EN,
    },
    {
        "slug": "smart-rescue-when-a-friend-falls-in",
        "audiences": ["upper_primary", "junior_secondary", "parents"],
        "duration_minutes": 40,
        "related": ["summer-six-donts", "parents-drowning-supervision"],
        "zh": _SMART_RESCUE_ZH,
        "en": _SMART_RESCUE_EN,
    },
    {
        "slug": "parents-drowning-supervision",
        "audiences": ["kindergarten", "parents", "teachers"],
        "duration_minutes": 35,
        "related": ["summer-six-donts", "smart-rescue-when-a-friend-falls-in"],
        "zh": _PARENT_DUTY_ZH,
        "en": _PARENT_DUTY_EN,
    },
]
