"""Demo teaching content: anti-bullying (防欺凌).

Plain Python literals only; see SCHEMA.md for the format. Case stories are
composite and illustrative: names are invented and no real school is meant.
"""

TOPIC = {
    "slug": "anti-bullying",
    "zh": {
        "title": "防欺凌",
        "intro": "学生欺凌不是“闹着玩”。本专题帮助学生认识欺凌、勇敢求助，帮助旁观者做出正确选择，"
                 "也帮助家长及早发现孩子的异常，和学校一起保护孩子。",
    },
    "en": {
        "title": "Anti-bullying",
        "intro": "Student bullying is not “just playing around”. This topic helps students recognise bullying "
                 "and ask for help, helps bystanders make the right choice, and helps parents spot warning "
                 "signs early and protect children together with the school.",
    },
}

LESSONS = [
    # ------------------------------------------------------------------
    # Lesson 1: what is bullying
    # ------------------------------------------------------------------
    {
        "slug": "what-is-bullying",
        "audiences": ["lower_primary", "upper_primary", "parents"],
        "duration_minutes": 35,
        "related": ["bystanders-have-power", "cyberbullying-and-help"],
        "zh": {
            "title": "什么是学生欺凌",
            "summary": "认识学生欺凌的四种常见形式，学会把欺凌和同学之间的普通矛盾区分开，"
                       "知道被欺负时要第一时间告诉老师和家长。",
            "objectives": [
                "说出学生欺凌的四种常见形式：身体、语言、关系（孤立排挤）和网络。",
                "分清欺凌与同学之间普通的矛盾和打闹。",
                "知道被欺负时该怎么做、可以找谁帮忙。",
            ],
            "tags": ["欺凌", "校园安全", "求助"],
            "body": [
                ("heading", "欺凌不是“闹着玩”"),
                ("paragraph",
                 "<p>学生欺凌，是指发生在学生之间，一方<b>故意或者恶意</b>地通过肢体、语言、网络等手段"
                 "欺负、侮辱另一方，造成身体伤害、财物损失或者心理伤害的行为。欺凌可能<b>反复发生</b>，"
                 "也可能<b>只发生一次</b>——只要是故意伤害别人，就是错的。</p>"
                 "<p>欺凌通常有一个特点：<b>力量不对等</b>。欺负人的一方人多、个子大、年级高，"
                 "或者在班里“说了算”，被欺负的一方很难保护自己。</p>"),
                ("heading", "欺凌的四种样子"),
                ("paragraph",
                 "<ul>"
                 "<li><b>身体欺凌</b>：打、踢、推、掐、扯头发；故意弄坏、抢走别人的东西；"
                 "逼别人给钱、给零食、替自己跑腿。</li>"
                 "<li><b>语言欺凌</b>：骂人、起难听的外号，嘲笑别人的长相、口音、家庭。</li>"
                 "<li><b>关系欺凌</b>：故意孤立某个同学，叫大家“都别跟他玩”，不让他参加集体活动。</li>"
                 "<li><b>网络欺凌</b>：在群聊、朋友圈、短视频里辱骂、造谣，乱发别人的丑照或隐私。</li>"
                 "</ul>"),
                ("heading", "欺凌和普通矛盾有什么不同"),
                ("paragraph",
                 "<p>同学之间难免会有争吵、打闹，这些是<b>普通矛盾</b>：双方力量差不多，事情过去了能和好，"
                 "谁也不是故意要让对方难受。<b>欺凌</b>则不同：一方是故意的，双方力量不对等，"
                 "被欺负的同学感到害怕、难过，自己没办法让对方停下来。</p>"
                 "<p>分不清的时候，就问问自己：“我是不是很害怕？我能不能让他停下来？”"
                 "如果害怕、停不下来，就要马上告诉老师和家长。</p>"),
                ("key_points", {
                    "heading": "要点",
                    "points": [
                        "欺凌是故意伤害别人，一次也可能构成欺凌，反复发生更严重。",
                        "欺凌有四种常见形式：身体、语言、关系（孤立）和网络。",
                        "欺凌往往力量不对等：人多欺负人少、大欺负小、强欺负弱。",
                        "被欺负不是你的错，告诉老师和家长不是“打小报告”。",
                        "有人受伤或情况危险时，请大人帮忙拨打110。",
                    ],
                }),
                ("case_story", {
                    "title": "被“借走”的零花钱",
                    "story": "三年级的小乐（化名）最近总说自己“不饿”，午饭只吃一点点。妈妈发现，"
                             "他的零花钱每天都不够用，新买的文具也总是“丢了”。\n\n"
                             "在妈妈耐心询问下，小乐终于说出实情：两个高年级同学每天放学在校门口拦住他，"
                             "让他“借”钱和文具，还威胁说“告诉老师就揍你”。小乐害怕，一直不敢说。\n\n"
                             "妈妈第二天就联系了班主任。学校调查核实后，学生欺凌治理委员会按程序处理，"
                             "对两名学生进行了批评教育，通知家长配合管教，并安排老师在放学时段加强巡查。"
                             "班主任还找小乐谈心，告诉他：“你说出来，是勇敢的。”",
                    "takeaway": "强拿硬要别人的钱物就是欺凌。被威胁“不许告诉大人”时，更要马上告诉老师和家长——"
                                "大人知道了，才能保护你。",
                }),
                ("do_dont", {
                    "dos": [
                        "被欺负时尽快离开，跑到老师、保安身边或人多的地方。",
                        "回家告诉爸爸妈妈，到校告诉班主任，说清时间、地点、人和经过。",
                        "受伤了先找大人帮忙处理，让大人把伤处拍照，被弄坏的东西留着。",
                        "看到别的同学被欺负，马上去找老师。",
                    ],
                    "donts": [
                        "不要因为害怕或被威胁就一直不说。",
                        "不要自己一个人去“报仇”，也不要找人打回去。",
                        "不要给别人起难听的外号、嘲笑别人，也不要带头孤立同学。",
                        "不要觉得“被欺负是因为我不好”。",
                    ],
                }),
                ("for_parents", {
                    "heading": "给家长的话",
                    "text": "<p>很多孩子被欺凌后不会主动说，家长要留意这些<b>预警信号</b>：身上有说不清来历的伤痕；"
                            "文具、衣物、零花钱经常“丢失”或损坏；找各种理由不想上学，害怕上学路上的某一段路；"
                            "情绪低落、易怒、做噩梦、食欲变差；突然不愿提起某些同学。</p>"
                            "<p>发现异常时，请先<b>稳住自己的情绪</b>，耐心倾听，告诉孩子“这不是你的错，我们会帮你”。"
                            "不要责备孩子“你怎么不还手”，也不要冲到学校直接找对方孩子。正确的做法是记录情况、"
                            "保存证据，及时联系班主任和学校；有人受伤或情况危险时，立即拨打110。</p>",
                    "tips": [
                        "每天留出十分钟，问问孩子“今天谁让你开心、谁让你不开心”。",
                        "发现伤情先就医，并保留照片、诊断证明等材料。",
                        "通过班主任和学校反映问题，学校有处理学生欺凌的责任和程序。",
                        "需要心理疏导或求助时，可以拨打12355青少年服务台。",
                        "也要教育自己的孩子不欺负别人、不跟着起哄。",
                    ],
                }),
            ],
            "quiz": [
                {
                    "question": "下面哪种情况属于学生欺凌？",
                    "kind": "single",
                    "choices": [
                        {"text": "两个同学下课时为争一个球吵了几句，很快又一起玩了", "correct": False},
                        {"text": "几个同学天天故意给一名同学起难听的外号，还一起嘲笑她", "correct": True},
                        {"text": "体育课上不小心撞到了同学，马上道了歉", "correct": False},
                    ],
                    "explanation": "故意、反复地用难听的外号嘲笑别人，是语言欺凌。无意的碰撞和很快就和好的争吵，"
                                   "属于同学之间的普通矛盾。",
                },
                {
                    "question": "以下哪些是欺凌的常见形式？（多选）",
                    "kind": "multiple",
                    "choices": [
                        {"text": "打人、抢别人的东西", "correct": True},
                        {"text": "故意孤立某个同学，让大家都不跟他玩", "correct": True},
                        {"text": "在群里造谣、乱发别人的丑照", "correct": True},
                        {"text": "和同学一起讨论作业", "correct": False},
                    ],
                    "explanation": "身体欺凌、关系欺凌和网络欺凌都是欺凌的常见形式，再加上语言欺凌，一共四种。"
                                   "正常的交流讨论当然不是欺凌。",
                },
                {
                    "question": "有人威胁你“告诉老师就揍你”，你应该怎么做？",
                    "kind": "single",
                    "choices": [
                        {"text": "不敢说，自己忍着", "correct": False},
                        {"text": "马上告诉老师和家长", "correct": True},
                        {"text": "找几个朋友去打回来", "correct": False},
                    ],
                    "explanation": "威胁你“不许说”，正是因为对方怕大人知道。告诉老师和家长，大人才能保护你；"
                                   "自己去打回来可能受更重的伤，也可能让自己变成打架的一方。",
                },
                {
                    "question": "关于欺凌，下面哪种说法是正确的？",
                    "kind": "single",
                    "choices": [
                        {"text": "只有天天发生才算欺凌", "correct": False},
                        {"text": "被欺负说明自己不好", "correct": False},
                        {"text": "故意伤害别人，哪怕只有一次，也可能构成欺凌", "correct": True},
                        {"text": "告诉老师就是“打小报告”", "correct": False},
                    ],
                    "explanation": "欺凌可能是反复的，也可能是一次性的，关键在于是否故意伤害他人。"
                                   "被欺负不是你的错，向老师求助是正确的做法。",
                },
            ],
        },
        "en": {
            "title": "What is student bullying?",
            "summary": "Learn the four common forms of student bullying, tell bullying apart from ordinary "
                       "conflicts between classmates, and know to tell a teacher and parents straight away "
                       "when you are bullied.",
            "objectives": [
                "Name the four common forms of student bullying: physical, verbal, social (exclusion) and online.",
                "Tell bullying apart from ordinary quarrels and rough play between classmates.",
                "Know what to do and whom to ask for help when you are bullied.",
            ],
            "tags": ["bullying", "school safety", "getting help"],
            "body": [
                ("heading", "Bullying is not “just playing around”"),
                ("paragraph",
                 "<p>Student bullying is when one student <b>deliberately or maliciously</b> picks on or humiliates "
                 "another through physical, verbal, online or other means, causing physical injury, loss of "
                 "belongings or emotional harm. Bullying may <b>happen again and again</b>, or it may "
                 "<b>happen only once</b> — hurting someone on purpose is always wrong.</p>"
                 "<p>Bullying usually has one feature: <b>an imbalance of power</b>. The side doing the bullying "
                 "has more people, is bigger or older, or “calls the shots” in class, and the student being "
                 "bullied finds it hard to protect themselves.</p>"),
                ("heading", "Four forms of bullying"),
                ("paragraph",
                 "<ul>"
                 "<li><b>Physical bullying</b>: hitting, kicking, pushing, pinching, pulling hair; breaking or "
                 "taking someone's things on purpose; forcing someone to hand over money or snacks or to run "
                 "errands.</li>"
                 "<li><b>Verbal bullying</b>: insults, nasty nicknames, mocking someone's looks, accent or "
                 "family.</li>"
                 "<li><b>Social bullying</b>: deliberately leaving a classmate out, telling everyone “don't play "
                 "with him”, keeping him out of group activities.</li>"
                 "<li><b>Online bullying</b>: insulting someone or spreading rumours in group chats, social "
                 "posts or short videos, posting someone's embarrassing photos or private information.</li>"
                 "</ul>"),
                ("heading", "How is bullying different from an ordinary conflict?"),
                ("paragraph",
                 "<p>Classmates will sometimes argue or play rough. These are <b>ordinary conflicts</b>: both "
                 "sides are about equally strong, they make up afterwards, and nobody is trying to make the "
                 "other feel bad. <b>Bullying</b> is different: one side does it on purpose, the power is "
                 "unequal, and the student being bullied feels scared and upset and cannot make it stop.</p>"
                 "<p>When you are not sure, ask yourself: “Am I scared? Can I make them stop?” If you are scared "
                 "and cannot make it stop, tell a teacher and your parents at once.</p>"),
                ("key_points", {
                    "heading": "Key points",
                    "points": [
                        "Bullying is hurting someone on purpose; even once can count, and repeated bullying is worse.",
                        "Bullying has four common forms: physical, verbal, social (exclusion) and online.",
                        "Bullying usually involves an imbalance of power: many against one, bigger against smaller, "
                        "stronger against weaker.",
                        "Being bullied is not your fault, and telling a teacher or parent is not “snitching”.",
                        "If someone is hurt or in danger, ask an adult to help you call 110.",
                    ],
                }),
                ("case_story", {
                    "title": "The pocket money that was “borrowed”",
                    "story": "Xiaole (not his real name), a third-grader, kept saying he “wasn't hungry” and ate "
                             "very little at lunch. His mother noticed that his pocket money never lasted the day "
                             "and that his new stationery kept getting “lost”.\n\n"
                             "When his mother asked him patiently, Xiaole finally told her the truth: two older "
                             "students stopped him at the school gate every day after class, made him “lend” them "
                             "money and stationery, and threatened, “Tell a teacher and we'll beat you up.” "
                             "Xiaole was scared and had not dared to say anything.\n\n"
                             "The next day his mother contacted the class teacher. After the school looked into "
                             "the matter and confirmed it, the student bullying governance committee handled it "
                             "according to procedure: the two students were criticised and educated, their "
                             "parents were told to work with the school, and teachers stepped up patrols at "
                             "home time. The class teacher also had a talk with Xiaole and told him, “Speaking "
                             "up was brave.”",
                    "takeaway": "Forcing someone to hand over money or belongings is bullying. When someone threatens "
                                "you “don't tell an adult”, that is exactly when you must tell a teacher and your "
                                "parents — adults can only protect you if they know.",
                }),
                ("do_dont", {
                    "dos": [
                        "When you are bullied, get away quickly, to a teacher, a security guard or a busy place.",
                        "Tell your parents at home and your class teacher at school: when, where, who and what happened.",
                        "If you are hurt, get an adult to help; ask them to photograph the injury, and keep anything "
                        "that was broken.",
                        "If you see another student being bullied, go and find a teacher at once.",
                    ],
                    "donts": [
                        "Don't keep quiet because you are scared or have been threatened.",
                        "Don't try to “get revenge” on your own or get others to fight back for you.",
                        "Don't give others nasty nicknames or mock them, and don't lead others in leaving a "
                        "classmate out.",
                        "Don't think “I was bullied because there is something wrong with me”.",
                    ],
                }),
                ("for_parents", {
                    "heading": "For parents",
                    "text": "<p>Many children do not speak up after being bullied, so watch for these <b>warning "
                            "signs</b>: injuries they cannot explain; stationery, clothes or pocket money often "
                            "“lost” or damaged; all kinds of excuses not to go to school, or fear of a certain "
                            "stretch of the way to school; low mood, irritability, nightmares, poor appetite; "
                            "suddenly not wanting to mention certain classmates.</p>"
                            "<p>If you notice something, first <b>keep calm yourself</b>, listen patiently and tell "
                            "your child, “It's not your fault, we will help you.” Don't scold them with “Why didn't "
                            "you hit back?”, and don't rush to the school to confront the other child. Instead, "
                            "write down what happened, keep the evidence, and contact the class teacher and the "
                            "school promptly; if someone is hurt or in danger, call 110 at once.</p>",
                    "tips": [
                        "Set aside ten minutes a day to ask, “Who made you happy today, and who made you unhappy?”",
                        "If your child is injured, see a doctor first and keep photos, medical certificates and "
                        "similar records.",
                        "Raise the problem through the class teacher and the school; the school has a duty and a "
                        "procedure for handling student bullying.",
                        "For counselling or help, you can call the 12355 youth service hotline.",
                        "Also teach your own child not to bully others and not to join in egging it on.",
                    ],
                }),
            ],
            "quiz": [
                {
                    "question": "Which of these is student bullying?",
                    "kind": "single",
                    "choices": [
                        {"text": "Two classmates argue over a ball at break and soon play together again",
                         "correct": False},
                        {"text": "Several classmates call a girl nasty nicknames every day on purpose and laugh "
                                 "at her together", "correct": True},
                        {"text": "Someone bumps into a classmate by accident in PE and says sorry straight away",
                         "correct": False},
                    ],
                    "explanation": "Deliberately and repeatedly mocking someone with nasty nicknames is verbal "
                                   "bullying. An accidental bump and a quarrel that is quickly made up are "
                                   "ordinary conflicts between classmates.",
                },
                {
                    "question": "Which of these are common forms of bullying? (Choose all that apply)",
                    "kind": "multiple",
                    "choices": [
                        {"text": "Hitting people and taking their things", "correct": True},
                        {"text": "Deliberately leaving a classmate out and telling everyone not to play with him",
                         "correct": True},
                        {"text": "Spreading rumours and posting someone's embarrassing photos in a group chat",
                         "correct": True},
                        {"text": "Discussing homework with classmates", "correct": False},
                    ],
                    "explanation": "Physical, social and online bullying are all common forms of bullying; "
                                   "together with verbal bullying there are four. Normal discussion is of course "
                                   "not bullying.",
                },
                {
                    "question": "Someone threatens you: “Tell a teacher and we'll beat you up.” What should you do?",
                    "kind": "single",
                    "choices": [
                        {"text": "Say nothing and put up with it", "correct": False},
                        {"text": "Tell a teacher and your parents straight away", "correct": True},
                        {"text": "Get some friends to beat them up in return", "correct": False},
                    ],
                    "explanation": "They threaten you into silence precisely because they are afraid adults will "
                                   "find out. Adults can only protect you if you tell them; fighting back may get "
                                   "you hurt worse and may turn you into one side of a fight.",
                },
                {
                    "question": "Which statement about bullying is correct?",
                    "kind": "single",
                    "choices": [
                        {"text": "It only counts as bullying if it happens every day", "correct": False},
                        {"text": "Being bullied means there is something wrong with you", "correct": False},
                        {"text": "Hurting someone on purpose can be bullying even if it happens only once",
                         "correct": True},
                        {"text": "Telling a teacher is “snitching”", "correct": False},
                    ],
                    "explanation": "Bullying may be repeated or one-off; what matters is whether someone is hurt on "
                                   "purpose. Being bullied is not your fault, and asking a teacher for help is the "
                                   "right thing to do.",
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Lesson 2: bystanders
    # ------------------------------------------------------------------
    {
        "slug": "bystanders-have-power",
        "audiences": ["upper_primary", "junior_secondary"],
        "duration_minutes": 40,
        "related": ["what-is-bullying", "cyberbullying-and-help"],
        "zh": {
            "title": "旁观者也有力量：遇到欺凌怎么办",
            "summary": "欺凌发生时，大多数同学是旁观者。本课帮助学生认清旁观者的作用，学会在保护好自己的前提下"
                       "制止和报告欺凌，并掌握自己被欺凌时的自我保护和求助方法。",
            "objectives": [
                "理解旁观者的态度会让欺凌停止，也会让欺凌加剧。",
                "掌握旁观者安全干预的方法：不围观起哄、及时报告、事后支持。",
                "掌握自己被欺凌时保证安全、告诉大人、保留证据的步骤。",
                "了解学校处理欺凌的机制和欺凌行为的法律后果。",
            ],
            "tags": ["旁观者", "欺凌", "求助"],
            "body": [
                ("heading", "你的选择很重要"),
                ("paragraph",
                 "<p>欺凌发生时，现场往往不只有欺负人的和被欺负的，还有<b>旁观者</b>。有人跟着笑、跟着起哄，"
                 "有人拿出手机拍视频，有人默默走开。这些反应会被欺负人的一方看作“大家都站在我这边”，"
                 "欺凌就会越来越严重。</p>"
                 "<p>反过来，只要有人表明“这样不对”，或者及时叫来老师，欺凌往往就能被制止。"
                 "旁观者不是局外人，<b>你的选择能让欺凌停下来</b>。</p>"),
                ("heading", "旁观者能做的四件事"),
                ("paragraph",
                 "<ul>"
                 "<li><b>不参与</b>：不跟着动手，不起哄、不哄笑，不拍视频、不转发。</li>"
                 "<li><b>去报告</b>：马上告诉老师、保安或其他大人；有人受伤、有人拿着刀具等危险情况，"
                 "请大人立即拨打110，必要时自己也可以直接拨打。</li>"
                 "<li><b>在安全时发声</b>：如果自己不会有危险，可以和几个同学一起说“别这样”，"
                 "或者找个理由把被欺负的同学叫走，比如“老师找你”。</li>"
                 "<li><b>事后支持</b>：陪伴被欺负的同学，告诉他“不是你的错”，陪他去找老师，愿意的话为他作证。</li>"
                 "</ul>"
                 "<p>记住：制止欺凌的前提是<b>保护好自己</b>，不要一个人冲上去硬拼。</p>"),
                ("heading", "如果被欺负的是我"),
                ("paragraph",
                 "<p><b>第一，先保证安全。</b>保持冷静，不激怒对方，找机会离开，往老师办公室、门卫室或人多的地方走。</p>"
                 "<p><b>第二，及时告诉大人。</b>告诉班主任和家长，说清时间、地点、涉及的人和经过。</p>"
                 "<p><b>第三，保留证据。</b>伤情照片、就医记录、被损坏的物品、带有辱骂或威胁内容的聊天记录，"
                 "还有看见的同学，都是证据。</p>"
                 "<p><b>第四，不要一个人“以暴制暴”。</b>叫人报复或单独反击，可能让自己受更重的伤，"
                 "也可能让自己从受害者变成打架斗殴的一方。</p>"),
                ("heading", "学校和法律怎样保护你"),
                ("paragraph",
                 "<p>按照国家规定，学校要建立学生欺凌防控制度，成立<b>学生欺凌治理委员会</b>（一般由学校负责人、"
                 "老师、法治副校长、家长代表等参加），接到报告后及时调查、认定和处理，并对被欺凌的学生进行保护和"
                 "心理辅导。对严重的欺凌行为，学校不得隐瞒，应当及时向公安机关和教育行政部门报告。</p>"
                 "<p>欺凌不是“小孩子之间的打闹”。情节严重的，可能违反治安管理处罚法，甚至构成犯罪，"
                 "公安机关会依法处理；即使因为年龄小不予处罚，也会责令家长严加管教，必要时依法进行专门矫治教育。</p>"),
                ("key_points", {
                    "heading": "要点",
                    "points": [
                        "旁观者的选择能让欺凌停止，也能让欺凌加剧。",
                        "不围观、不起哄、不拍摄、不转发。",
                        "先保护好自己，再及时报告老师或其他大人，紧急时拨打110。",
                        "自己被欺负时：离开现场、告诉大人、保留证据，不独自报复。",
                        "学校的学生欺凌治理委员会负责调查和处理欺凌事件。",
                    ],
                }),
                ("case_story", {
                    "title": "楼梯间里的“起哄”",
                    "story": "初一学生小航（化名）个子小，说话有些口吃。几个同学常在楼梯间拦住他，模仿他说话，"
                             "推搡他、扯他的书包，周围总有人围着笑，还有人拍了视频。\n\n"
                             "一次，同班的小雪（化名）看到了这一幕。她没有加入围观，判断自己一个人上去可能也会被推搡，"
                             "就拉上同桌一起跑到办公室找班主任，并记下了时间和在场的人。班主任赶到后制止了欺凌，"
                             "学校随后启动调查。\n\n"
                             "学生欺凌治理委员会核实后认定这是欺凌行为，对带头的学生进行了批评教育并通知家长；"
                             "拍视频的同学也被要求删除视频、作出检讨。学校心理老师为小航做了辅导。事后，"
                             "小雪和几个同学主动邀请小航一起吃饭、参加活动，小航渐渐开朗起来。",
                    "takeaway": "旁观者不必一个人冲上去：迅速找老师、记住关键情况、事后陪伴受害同学，就是最有力量的帮助。"
                                "围观、哄笑和拍视频，都是在给欺凌“加油”。",
                }),
                ("do_dont", {
                    "dos": [
                        "发现欺凌，马上告诉老师、保安或其他大人。",
                        "记住时间、地点和在场的人，愿意为受害同学作证。",
                        "在确保自己安全的前提下，和同学一起劝阻，或找理由把被欺负的同学带离。",
                        "事后主动陪伴被欺负的同学，邀请他一起参加活动。",
                        "自己被欺负时，保留伤情照片、损坏物品和聊天记录等证据。",
                    ],
                    "donts": [
                        "不围观、不起哄、不跟着嘲笑。",
                        "不拍摄、不转发欺凌的视频和图片。",
                        "不要一个人冲上去硬拼，也不要叫人“以暴制暴”。",
                        "不要因为怕被报复，就对看到的事情保持沉默。",
                    ],
                }),
                ("for_parents", {
                    "heading": "给家长的话",
                    "text": "<p>请和孩子聊一聊：“如果你看到同学被欺负，你会怎么做？”帮助孩子想好<b>既能保护自己、"
                            "又能帮助别人</b>的办法，比如马上找老师、记住关键情况、事后安慰同学。请明确告诉孩子："
                            "报告欺凌是正确的事，不是“告密”。</p>"
                            "<p>如果孩子告诉您他目睹或遭受了欺凌，请认真对待，及时联系班主任或学校；如果孩子受到威胁、"
                            "有人受伤或有危险，请立即拨打110。同样重要的是：如果得知自己的孩子参与了欺凌，请正视问题，"
                            "配合学校教育，帮助孩子认识错误、真诚道歉。</p>",
                    "tips": [
                        "和孩子一起演练：“看到欺凌时，第一步找谁？”",
                        "肯定孩子的正义感，同时强调先保护好自己。",
                        "孩子报告或作证后，留意他是否受到报复，发现情况及时告诉学校。",
                        "需要心理支持时，可以拨打12355青少年服务台。",
                    ],
                }),
            ],
            "quiz": [
                {
                    "question": "看到几个同学在欺负一名同学，下面哪种做法最恰当？",
                    "kind": "single",
                    "choices": [
                        {"text": "站在旁边看热闹", "correct": False},
                        {"text": "拍视频发到班级群里", "correct": False},
                        {"text": "马上找老师或其他大人来制止", "correct": True},
                        {"text": "一个人冲上去和他们打", "correct": False},
                    ],
                    "explanation": "旁观者最安全、最有效的做法是马上报告大人。围观和拍视频会让欺凌加剧，"
                                   "一个人冲上去则可能让自己也受伤。",
                },
                {
                    "question": "被欺凌后，下面哪些可以作为证据保留下来？（多选）",
                    "kind": "multiple",
                    "choices": [
                        {"text": "伤情照片和就医记录", "correct": True},
                        {"text": "被损坏的物品", "correct": True},
                        {"text": "带有辱骂、威胁内容的聊天记录截图", "correct": True},
                        {"text": "自己私下找人把对方打一顿的视频", "correct": False},
                    ],
                    "explanation": "伤情照片、就医记录、损坏的物品和聊天记录都能证明发生了什么。"
                                   "私下报复不是证据，反而可能让自己成为违法的一方。",
                },
                {
                    "question": "学校中负责调查、认定和处理学生欺凌事件的组织是？",
                    "kind": "single",
                    "choices": [
                        {"text": "学生会", "correct": False},
                        {"text": "学生欺凌治理委员会", "correct": True},
                        {"text": "班级家长群", "correct": False},
                    ],
                    "explanation": "按照国家规定，学校要成立学生欺凌治理委员会，负责欺凌事件的调查、认定和处理，"
                                   "法治副校长、家长代表等也会参与。",
                },
                {
                    "question": "被欺负后，一名同学想叫几个朋友放学后去“教训”对方。这样做对吗？",
                    "kind": "single",
                    "choices": [
                        {"text": "对，这样对方就不敢再欺负人了", "correct": False},
                        {"text": "不对，可能受更重的伤，还可能变成打架斗殴的一方，应该告诉老师和家长", "correct": True},
                        {"text": "对，只要不被老师发现就行", "correct": False},
                    ],
                    "explanation": "“以暴制暴”会让冲突升级，自己也可能从受害者变成违法的一方。"
                                   "正确的做法是告诉老师和家长，由学校依规处理。",
                },
            ],
        },
        "en": {
            "title": "Bystanders have power too: what to do about bullying",
            "summary": "When bullying happens, most students are bystanders. This lesson helps students see the role "
                       "bystanders play, learn to stop and report bullying while keeping themselves safe, and know "
                       "how to protect themselves and get help if they are bullied.",
            "objectives": [
                "Understand that bystanders' reactions can make bullying stop or make it worse.",
                "Learn safe ways for bystanders to act: don't watch or egg it on, report it, support the victim "
                "afterwards.",
                "Learn the steps to take if you are bullied: get safe, tell an adult, keep evidence.",
                "Know how the school handles bullying and the legal consequences of bullying.",
            ],
            "tags": ["bystanders", "bullying", "getting help"],
            "body": [
                ("heading", "Your choice matters"),
                ("paragraph",
                 "<p>When bullying happens, there is usually more than the bully and the student being bullied: "
                 "there are also <b>bystanders</b>. Some laugh along or egg it on, some take out their phones and "
                 "film, some quietly walk away. The bullies read these reactions as “everyone is on my side”, and "
                 "the bullying gets worse and worse.</p>"
                 "<p>On the other hand, as soon as someone makes it clear “this is wrong”, or quickly fetches a "
                 "teacher, the bullying can often be stopped. Bystanders are not outsiders: <b>your choice can "
                 "make bullying stop</b>.</p>"),
                ("heading", "Four things a bystander can do"),
                ("paragraph",
                 "<ul>"
                 "<li><b>Don't take part</b>: don't join in, don't egg it on or laugh, don't film or share.</li>"
                 "<li><b>Report it</b>: tell a teacher, a security guard or another adult at once; if someone is "
                 "hurt, someone has a knife, or there is other danger, ask an adult to call 110 immediately, or "
                 "call it yourself if you need to.</li>"
                 "<li><b>Speak up when it is safe</b>: if you will not be in danger, say “stop it” together with a "
                 "few classmates, or find a reason to call the student away, such as “the teacher wants to see "
                 "you”.</li>"
                 "<li><b>Support afterwards</b>: stay with the student who was bullied, tell him “it's not your "
                 "fault”, go with him to a teacher, and be a witness if you are willing.</li>"
                 "</ul>"
                 "<p>Remember: stopping bullying starts with <b>keeping yourself safe</b>. Don't charge in alone.</p>"),
                ("heading", "If I am the one being bullied"),
                ("paragraph",
                 "<p><b>First, get safe.</b> Stay calm, don't provoke them, and look for a chance to leave; head for "
                 "a teachers' office, the gatehouse or a busy place.</p>"
                 "<p><b>Second, tell an adult promptly.</b> Tell your class teacher and your parents when, where, "
                 "who was involved and what happened.</p>"
                 "<p><b>Third, keep evidence.</b> Photos of injuries, medical records, damaged belongings, chat "
                 "messages with insults or threats, and the classmates who saw it are all evidence.</p>"
                 "<p><b>Fourth, don't “fight violence with violence” on your own.</b> Getting others to take "
                 "revenge or hitting back alone may get you hurt worse, and may turn you from the victim into one "
                 "side of a fight.</p>"),
                ("heading", "How the school and the law protect you"),
                ("paragraph",
                 "<p>Under national rules, schools must set up a system for preventing and handling bullying and "
                 "a <b>student bullying governance committee</b> (usually with school leaders, teachers, the "
                 "rule-of-law vice principal and parent representatives). When a report comes in, it investigates, "
                 "decides whether it is bullying and deals with it promptly, and protects and counsels the student "
                 "who was bullied. The school must not cover up serious bullying and must report it promptly to the "
                 "police and the education authorities.</p>"
                 "<p>Bullying is not “kids just fooling around”. Serious cases may breach the Law on Penalties for "
                 "Administration of Public Security or even be a crime, and the police will deal with them "
                 "according to law; even when a child is too young to be punished, the parents will be ordered "
                 "to discipline the child strictly, and where necessary the child will receive specialised "
                 "corrective education according to law.</p>"),
                ("key_points", {
                    "heading": "Key points",
                    "points": [
                        "Bystanders' choices can make bullying stop, or make it worse.",
                        "Don't watch, don't egg it on, don't film, don't share.",
                        "Keep yourself safe first, then report to a teacher or another adult promptly; call 110 in "
                        "an emergency.",
                        "If you are bullied: leave, tell an adult, keep evidence, and don't take revenge alone.",
                        "The school's student bullying governance committee investigates and handles bullying.",
                    ],
                }),
                ("case_story", {
                    "title": "The crowd on the stairs",
                    "story": "Xiaohang (not his real name), a first-year junior secondary student, is small and "
                             "has a slight stammer. Several classmates often stopped him on the stairs, imitated "
                             "the way he talked, shoved him and pulled at his school bag, while others stood around "
                             "laughing and someone filmed it.\n\n"
                             "One day his classmate Xiaoxue (not her real name) saw this happen. She did not join "
                             "the crowd. Judging that she might get shoved too if she stepped in alone, she took her "
                             "deskmate and ran to the office to fetch the class teacher, and noted the time and who "
                             "was there. The class teacher arrived and stopped the bullying, and the school then "
                             "opened an investigation.\n\n"
                             "After checking the facts, the student bullying governance committee found that it was "
                             "bullying. The students who led it were criticised and educated and their parents were "
                             "informed; the student who filmed it was told to delete the video and write a "
                             "self-criticism. The school counsellor gave Xiaohang support. Afterwards, Xiaoxue and "
                             "a few classmates made a point of inviting Xiaohang to eat with them and join "
                             "activities, and he gradually became cheerful again.",
                    "takeaway": "A bystander does not have to charge in alone: quickly fetching a teacher, remembering "
                                "the key facts and standing by the victim afterwards is the most powerful help. "
                                "Watching, laughing and filming all “cheer on” the bullying.",
                }),
                ("do_dont", {
                    "dos": [
                        "When you see bullying, tell a teacher, a security guard or another adult at once.",
                        "Remember the time, the place and who was there, and be willing to be a witness for the "
                        "victim.",
                        "If you can stay safe, tell them to stop together with classmates, or find a reason to lead "
                        "the student being bullied away.",
                        "Afterwards, keep the student who was bullied company and invite him to join activities.",
                        "If you are bullied, keep evidence such as photos of injuries, damaged belongings and chat "
                        "messages.",
                    ],
                    "donts": [
                        "Don't stand and watch, egg it on or laugh along.",
                        "Don't film or share videos and pictures of bullying.",
                        "Don't charge in alone, and don't get others to “fight violence with violence”.",
                        "Don't keep quiet about what you saw because you fear revenge.",
                    ],
                }),
                ("for_parents", {
                    "heading": "For parents",
                    "text": "<p>Talk with your child: “If you saw a classmate being bullied, what would you do?” Help "
                            "your child work out ways to <b>protect themselves and help others at the same "
                            "time</b>, such as fetching a teacher at once, remembering the key facts and comforting "
                            "the classmate afterwards. Tell your child clearly that reporting bullying is the right "
                            "thing to do, not “telling tales”.</p>"
                            "<p>If your child tells you they have seen or suffered bullying, take it seriously and "
                            "contact the class teacher or the school promptly; if your child has been threatened, "
                            "someone is hurt or there is danger, call 110 immediately. Just as important: if you "
                            "learn that your own child took part in bullying, face the problem, work with the "
                            "school, and help your child see the wrong and apologise sincerely.</p>",
                    "tips": [
                        "Practise with your child: “When you see bullying, who do you go to first?”",
                        "Praise your child's sense of justice, while stressing that they must keep themselves safe "
                        "first.",
                        "After your child reports or acts as a witness, watch for any revenge and tell the school "
                        "at once if it happens.",
                        "For emotional support, you can call the 12355 youth service hotline.",
                    ],
                }),
            ],
            "quiz": [
                {
                    "question": "You see several students bullying a classmate. Which is the most appropriate thing "
                                "to do?",
                    "kind": "single",
                    "choices": [
                        {"text": "Stand by and watch the fun", "correct": False},
                        {"text": "Film it and post it in the class group chat", "correct": False},
                        {"text": "Fetch a teacher or another adult to stop it at once", "correct": True},
                        {"text": "Charge in alone and fight them", "correct": False},
                    ],
                    "explanation": "The safest and most effective thing a bystander can do is report it to an adult "
                                   "at once. Watching and filming make bullying worse, and charging in alone may "
                                   "get you hurt too.",
                },
                {
                    "question": "After being bullied, which of these can be kept as evidence? (Choose all that apply)",
                    "kind": "multiple",
                    "choices": [
                        {"text": "Photos of injuries and medical records", "correct": True},
                        {"text": "Damaged belongings", "correct": True},
                        {"text": "Screenshots of chat messages with insults or threats", "correct": True},
                        {"text": "A video of yourself getting others to beat the bully up", "correct": False},
                    ],
                    "explanation": "Photos of injuries, medical records, damaged belongings and chat messages all show "
                                   "what happened. Private revenge is not evidence; it may instead put you on the "
                                   "wrong side of the law.",
                },
                {
                    "question": "Which body in a school investigates, decides on and handles student bullying cases?",
                    "kind": "single",
                    "choices": [
                        {"text": "The student union", "correct": False},
                        {"text": "The student bullying governance committee", "correct": True},
                        {"text": "The class parents' group chat", "correct": False},
                    ],
                    "explanation": "Under national rules, schools set up a student bullying governance committee to "
                                   "investigate, decide on and handle bullying cases; the rule-of-law vice principal "
                                   "and parent representatives also take part.",
                },
                {
                    "question": "After being bullied, a student wants to get some friends to “teach the bully a "
                                "lesson” after school. Is this right?",
                    "kind": "single",
                    "choices": [
                        {"text": "Yes, then the bully won't dare to bully anyone again", "correct": False},
                        {"text": "No, he may get hurt worse and may become one side of a fight; he should tell a "
                                 "teacher and his parents", "correct": True},
                        {"text": "Yes, as long as the teachers don't find out", "correct": False},
                    ],
                    "explanation": "“Fighting violence with violence” makes the conflict worse and may turn the victim "
                                   "into someone who breaks the law. The right thing is to tell a teacher and parents "
                                   "and let the school deal with it according to the rules.",
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Lesson 3: cyberbullying and where to get help
    # ------------------------------------------------------------------
    {
        "slug": "cyberbullying-and-help",
        "audiences": ["junior_secondary", "senior_secondary", "parents"],
        "duration_minutes": 45,
        "related": ["what-is-bullying", "bystanders-have-power"],
        "zh": {
            "title": "网络欺凌与求助渠道",
            "summary": "网络欺凌传播快、范围广、难删除。本课讲解网络欺凌的常见表现和法律规定，教学生保存证据、"
                       "举报处理，并熟悉学校、家长、12355和110等求助渠道。",
            "objectives": [
                "识别网络欺凌的常见表现。",
                "了解未成年人保护法关于网络欺凌的规定。",
                "掌握遭受网络欺凌时保存证据、屏蔽举报、寻求帮助的步骤。",
                "熟悉学校、家长、12355青少年服务台和110等求助渠道。",
            ],
            "tags": ["网络欺凌", "求助", "12355"],
            "body": [
                ("heading", "屏幕后面的伤害"),
                ("paragraph",
                 "<p>网络欺凌，是指通过网络以文字、图片、音视频等形式，对他人进行侮辱、诽谤、威胁或者恶意损害形象"
                 "的行为。常见表现有：</p>"
                 "<ul>"
                 "<li>在群聊、评论区辱骂、嘲讽某个同学，发起“投票”羞辱别人；</li>"
                 "<li>编造、散布谣言，给别人“贴标签”；</li>"
                 "<li>把别人的丑照、恶搞图片或视频发到网上，或者未经同意公开别人的聊天记录、住址、电话等隐私；</li>"
                 "<li>冒用别人的身份注册账号、发布不当内容；</li>"
                 "<li>故意把某人踢出群聊，另建“小群”专门议论、孤立他。</li>"
                 "</ul>"
                 "<p>网络欺凌<b>传播快、范围广、难以彻底删除</b>，而且可能一天二十四小时不停，"
                 "对人的伤害一点也不比当面欺负小。</p>"),
                ("heading", "法律怎么说"),
                ("paragraph",
                 "<p>《中华人民共和国未成年人保护法》明确规定：任何组织或者个人不得通过网络以文字、图片、音视频等形式，"
                 "对未成年人实施侮辱、诽谤、威胁或者恶意损害形象等网络欺凌行为。遭受网络欺凌的未成年人及其父母"
                 "或者其他监护人，<b>有权通知网络服务提供者采取删除、屏蔽、断开链接等措施</b>。</p>"
                 "<p>在网上造谣、侮辱他人，可能违反治安管理处罚法，情节严重的还可能构成侮辱罪、诽谤罪；"
                 "跟着转发、扩散也要承担相应责任。网络不是法外之地。</p>"),
                ("heading", "遭受网络欺凌怎么办"),
                ("paragraph",
                 "<ul>"
                 "<li><b>先别回骂</b>：情绪激动时的回应容易让事情升级。</li>"
                 "<li><b>保存证据</b>：截图或录屏，要能看清对方账号、发布时间和内容；保存链接，"
                 "不要急着删除聊天记录。</li>"
                 "<li><b>屏蔽和举报</b>：拉黑对方，使用平台的举报功能，要求平台删除、屏蔽相关内容。</li>"
                 "<li><b>告诉大人</b>：告诉家长和班主任；涉及同学的，学校应当调查处理。</li>"
                 "<li><b>必要时报警</b>：遇到威胁人身安全、敲诈勒索，或者被索要、传播私密照片等情况，立即拨打110。</li>"
                 "</ul>"),
                ("heading", "你可以找谁"),
                ("paragraph",
                 "<ul>"
                 "<li><b>家长</b>：你最可靠的后盾。</li>"
                 "<li><b>班主任和学校</b>：学校的学生欺凌治理委员会负责调查、处理欺凌事件，法治副校长也可以提供法律帮助。</li>"
                 "<li><b>12355青少年服务台</b>：共青团开设的青少年服务热线，提供心理疏导、法律咨询等帮助。</li>"
                 "<li><b>110</b>：遇到紧急情况或人身安全受到威胁时报警。</li>"
                 "<li><b>平台举报和12377</b>：向网站平台举报，也可以向网信部门的违法和不良信息举报中心（12377）举报。</li>"
                 "</ul>"),
                ("key_points", {
                    "heading": "要点",
                    "points": [
                        "网上辱骂、造谣、恶意传播他人照片和隐私、恶意孤立，都是网络欺凌。",
                        "遭受网络欺凌：不回骂，先截图录屏保存证据，再屏蔽、举报。",
                        "受害者和家长有权要求平台删除、屏蔽、断开链接。",
                        "告诉家长和老师；需要倾诉和咨询时拨打12355；遇到威胁或敲诈立即拨打110。",
                        "不做网络欺凌的“帮手”，点赞、转发也会伤人。",
                    ],
                }),
                ("case_story", {
                    "title": "一张被恶意修改的照片",
                    "story": "高一学生小琪（化名）发现，有人把她的照片恶意修改后发到一个几十人的群里，还配上了侮辱性的文字。"
                             "很快，照片被转到了其他群，有人在下面跟着评论嘲笑。小琪又气又怕，一连几天不想去学校。\n\n"
                             "她的好朋友劝她先别在群里争吵，帮她把图片、群名、发布者账号和时间一一截图保存。"
                             "小琪鼓起勇气告诉了妈妈。妈妈一边安慰她，一边联系了班主任，并通过平台举报，"
                             "要求删除相关内容。\n\n"
                             "学校调查后查明，发图的是同年级的两名学生。学生欺凌治理委员会依规进行了处理："
                             "两名学生删除图片、公开道歉，家长也被要求加强管教。学校还安排心理老师为小琪做辅导，"
                             "并在年级开展了网络文明教育。",
                    "takeaway": "遭遇网络欺凌，要第一时间保存证据、告诉家长和学校、向平台举报，不要一个人默默承受。"
                                "每一次转发、每一条嘲笑的评论，都是对受害者的又一次伤害。",
                }),
                ("do_dont", {
                    "dos": [
                        "截图、录屏保存证据，看清账号、时间和内容。",
                        "拉黑对方，向平台举报，要求删除、屏蔽。",
                        "告诉家长和班主任，需要倾诉时拨打12355。",
                        "遇到威胁、敲诈，或私密照片被索要、传播，立即拨打110。",
                        "看到别人被网暴，不转发，并向平台举报。",
                    ],
                    "donts": [
                        "不要在网上回骂、“对线”，让事情升级。",
                        "不要在保存好证据之前急着删除聊天记录。",
                        "不要转发、点赞、评论侮辱他人的内容。",
                        "不要把自己的私密照片、住址、电话随意发给网友。",
                        "不要因为羞愧而独自承受、不告诉任何人。",
                    ],
                }),
                ("for_parents", {
                    "heading": "给家长的话",
                    "text": "<p>网络欺凌往往发生在家长看不到的地方。请留意这些信号：孩子<b>看手机后情绪突然低落或紧张</b>，"
                            "频繁删除聊天记录、退出社交软件；不愿意上学、回避同学；睡眠变差、成绩下降、沉默寡言。"
                            "身上有伤痕、财物经常“丢失”等线下欺凌的迹象也要一并关注。</p>"
                            "<p>孩子向您求助时，请<b>先倾听、不指责</b>，不要第一反应就没收手机——那会让孩子以后不敢再说。"
                            "和孩子一起保存证据、向平台举报，并及时联系学校；遇到威胁、敲诈或隐私照片被传播等情况，"
                            "立即报警。如果孩子情绪持续低落，请及时寻求专业心理帮助，12355青少年服务台可以提供心理疏导。</p>",
                    "tips": [
                        "和孩子约定：网上遇到让你不舒服的事，随时可以告诉我，我不会先骂你。",
                        "教孩子设置隐私权限，不随意公开照片、学校、住址等信息。",
                        "保存证据时，把账号、时间、链接一起保存。",
                        "发现孩子有自伤或轻生念头的迹象，立即陪伴孩子并寻求专业帮助。",
                    ],
                }),
            ],
            "quiz": [
                {
                    "question": "下列哪些属于网络欺凌？（多选）",
                    "kind": "multiple",
                    "choices": [
                        {"text": "在班级群里发起“投票”羞辱某个同学", "correct": True},
                        {"text": "把同学被恶意修改的照片转发到其他群", "correct": True},
                        {"text": "冒用同学的身份注册账号发布不当言论", "correct": True},
                        {"text": "在群里提醒大家明天带体育用品", "correct": False},
                    ],
                    "explanation": "通过网络侮辱他人、传播恶意修改的照片、冒用他人身份发布内容，都是网络欺凌；"
                                   "转发同样会扩大伤害。正常的班级通知不是欺凌。",
                },
                {
                    "question": "发现有人在网上造谣中伤自己，第一步最好怎么做？",
                    "kind": "single",
                    "choices": [
                        {"text": "立刻在群里和对方对骂", "correct": False},
                        {"text": "截图、录屏保存证据", "correct": True},
                        {"text": "马上删掉所有聊天记录，假装没看见", "correct": False},
                    ],
                    "explanation": "先保存证据，才能在后续举报、向学校反映或报警时说清事实。"
                                   "回骂会让事情升级，删除记录会让证据消失。",
                },
                {
                    "question": "需要心理疏导、法律咨询等帮助时，可以拨打哪个青少年服务热线？",
                    "kind": "single",
                    "choices": [
                        {"text": "12315", "correct": False},
                        {"text": "12355", "correct": True},
                        {"text": "12306", "correct": False},
                    ],
                    "explanation": "12355是青少年服务台，为青少年提供心理疏导、法律咨询等帮助。"
                                   "遇到紧急情况或人身安全受到威胁时，要拨打110。",
                },
                {
                    "question": "根据未成年人保护法，遭受网络欺凌的未成年人及其监护人有权通知网络服务提供者做什么？",
                    "kind": "single",
                    "choices": [
                        {"text": "公开对方的个人信息", "correct": False},
                        {"text": "采取删除、屏蔽、断开链接等措施", "correct": True},
                        {"text": "赔偿游戏道具", "correct": False},
                    ],
                    "explanation": "未成年人保护法规定，遭受网络欺凌的未成年人及其父母或者其他监护人有权通知网络服务提供者"
                                   "采取删除、屏蔽、断开链接等措施。公开对方信息（“人肉”）本身就可能违法。",
                },
            ],
        },
        "en": {
            "title": "Cyberbullying and where to get help",
            "summary": "Cyberbullying spreads fast and far and is hard to delete. This lesson explains common forms "
                       "of cyberbullying and what the law says, teaches students to keep evidence and report it, and "
                       "introduces help channels: the school, parents, 12355 and 110.",
            "objectives": [
                "Recognise common forms of cyberbullying.",
                "Know what the Law on the Protection of Minors says about cyberbullying.",
                "Learn the steps when cyberbullied: keep evidence, block and report, get help.",
                "Know the help channels: the school, parents, the 12355 youth service hotline and 110.",
            ],
            "tags": ["cyberbullying", "getting help", "12355"],
            "body": [
                ("heading", "Harm behind the screen"),
                ("paragraph",
                 "<p>Cyberbullying means insulting, defaming, threatening or maliciously damaging the image of "
                 "another person online, through text, pictures, audio or video. Common forms include:</p>"
                 "<ul>"
                 "<li>insulting or mocking a classmate in group chats or comment sections, or starting a “poll” to "
                 "humiliate someone;</li>"
                 "<li>making up and spreading rumours, “labelling” someone;</li>"
                 "<li>posting someone's embarrassing photos, doctored pictures or videos online, or publishing their "
                 "chat history, address, phone number or other private information without consent;</li>"
                 "<li>using someone's identity to register accounts and post improper content;</li>"
                 "<li>deliberately kicking someone out of a group chat and setting up a “small group” just to talk "
                 "about them and shut them out.</li>"
                 "</ul>"
                 "<p>Cyberbullying <b>spreads fast and far and is hard to delete completely</b>, and it can go on "
                 "twenty-four hours a day. It hurts no less than bullying face to face.</p>"),
                ("heading", "What the law says"),
                ("paragraph",
                 "<p>The Law of the People's Republic of China on the Protection of Minors states clearly that no "
                 "organisation or individual may cyberbully a minor by insulting, defaming, threatening or "
                 "maliciously damaging their image online through text, pictures, audio, video or other forms. A "
                 "minor who is cyberbullied, and their parents or other guardians, <b>have the right to notify the "
                 "online service provider to delete, block or disconnect links</b> to the content.</p>"
                 "<p>Spreading rumours about or insulting others online may breach the Law on Penalties for "
                 "Administration of Public Security, and serious cases may be the crimes of insult or defamation; "
                 "those who share and spread such content also bear responsibility. The internet is not a place "
                 "beyond the law.</p>"),
                ("heading", "What to do if you are cyberbullied"),
                ("paragraph",
                 "<ul>"
                 "<li><b>Don't insult them back</b>: replying in anger tends to make things worse.</li>"
                 "<li><b>Keep evidence</b>: take screenshots or screen recordings that clearly show the account, the "
                 "time of posting and the content; save the links, and don't rush to delete chat history.</li>"
                 "<li><b>Block and report</b>: block the person, use the platform's report function, and ask the "
                 "platform to delete or block the content.</li>"
                 "<li><b>Tell an adult</b>: tell your parents and your class teacher; if classmates are involved, "
                 "the school must investigate and deal with it.</li>"
                 "<li><b>Call the police when needed</b>: if your personal safety is threatened, someone is trying to "
                 "extort you, or someone is demanding or spreading private photos, call 110 at once.</li>"
                 "</ul>"),
                ("heading", "Who you can turn to"),
                ("paragraph",
                 "<ul>"
                 "<li><b>Your parents</b>: your most reliable support.</li>"
                 "<li><b>Your class teacher and school</b>: the school's student bullying governance committee "
                 "investigates and handles bullying, and the rule-of-law vice principal can also give legal help.</li>"
                 "<li><b>The 12355 youth service hotline</b>: a hotline for young people run by the Communist Youth "
                 "League, offering counselling, legal advice and other help.</li>"
                 "<li><b>110</b>: call the police in an emergency or when your personal safety is threatened.</li>"
                 "<li><b>Platform reports and 12377</b>: report to the website or app, or to the illegal and harmful "
                 "information reporting centre of the cyberspace authorities (12377).</li>"
                 "</ul>"),
                ("key_points", {
                    "heading": "Key points",
                    "points": [
                        "Insulting people online, spreading rumours, maliciously spreading someone's photos or private "
                        "information, and deliberately shutting someone out are all cyberbullying.",
                        "If you are cyberbullied: don't insult them back; first keep evidence with screenshots or "
                        "screen recordings, then block and report.",
                        "Victims and their parents have the right to ask the platform to delete, block or disconnect "
                        "links.",
                        "Tell your parents and teachers; call 12355 when you need to talk or get advice; call 110 at "
                        "once if you are threatened or extorted.",
                        "Don't be cyberbullying's “helper”: likes and shares hurt too.",
                    ],
                }),
                ("case_story", {
                    "title": "A maliciously doctored photo",
                    "story": "Xiaoqi (not her real name), a first-year senior secondary student, found that someone had "
                             "maliciously doctored her photo and posted it in a group chat of dozens of people, with "
                             "insulting captions. Soon the photo was forwarded to other groups, and people piled on "
                             "with mocking comments. Xiaoqi was angry and frightened, and for several days did not "
                             "want to go to school.\n\n"
                             "Her best friend persuaded her not to argue in the group, and helped her take "
                             "screenshots of the picture, the group names, the poster's account and the times. "
                             "Xiaoqi plucked up the courage to tell her mother. Her mother comforted her, contacted "
                             "the class teacher, and reported the content to the platform, asking for it to be "
                             "deleted.\n\n"
                             "The school's investigation found that two students in the same year had posted the "
                             "picture. The student bullying governance committee dealt with it according to the "
                             "rules: the two students deleted the picture and apologised publicly, and their parents "
                             "were told to supervise them more closely. The school also arranged for the counsellor "
                             "to support Xiaoqi and ran an online civility lesson for the whole year group.",
                    "takeaway": "If you are cyberbullied, keep evidence, tell your parents and the school, and report "
                                "to the platform straight away; don't suffer in silence alone. Every share and every "
                                "mocking comment hurts the victim all over again.",
                }),
                ("do_dont", {
                    "dos": [
                        "Keep evidence with screenshots and screen recordings that clearly show the account, time "
                        "and content.",
                        "Block the person, report to the platform, and ask for deletion or blocking.",
                        "Tell your parents and class teacher; call 12355 when you need someone to talk to.",
                        "If you are threatened or extorted, or private photos are demanded or spread, call 110 at once.",
                        "When you see someone being attacked online, don't share it, and report it to the platform.",
                    ],
                    "donts": [
                        "Don't insult them back or get into online fights that make things worse.",
                        "Don't rush to delete chat history before you have kept the evidence.",
                        "Don't share, like or comment on content that insults others.",
                        "Don't casually send private photos, your address or phone number to people you only know "
                        "online.",
                        "Don't suffer alone out of shame without telling anyone.",
                    ],
                }),
                ("for_parents", {
                    "heading": "For parents",
                    "text": "<p>Cyberbullying often happens where parents cannot see it. Watch for these signs: your "
                            "child <b>suddenly becomes low or tense after looking at the phone</b>, often deletes "
                            "chat history or leaves social apps; doesn't want to go to school or avoids classmates; "
                            "sleeps badly, falls behind at school, becomes withdrawn. Also watch for signs of "
                            "offline bullying such as injuries or belongings that keep getting “lost”.</p>"
                            "<p>When your child comes to you for help, <b>listen first and don't blame</b>, and don't "
                            "confiscate the phone as your first reaction — that will stop your child telling you "
                            "next time. Keep the evidence and report to the platform together with your child, and "
                            "contact the school promptly; if there are threats, extortion or private photos being "
                            "spread, call the police at once. If your child stays low for a long time, get "
                            "professional psychological help in good time; the 12355 youth service hotline offers "
                            "counselling.</p>",
                    "tips": [
                        "Agree with your child: “If anything online makes you uncomfortable, you can tell me any time, "
                        "and I won't scold you first.”",
                        "Teach your child to set privacy settings and not to make photos, school or address public.",
                        "When keeping evidence, save the account, time and link together.",
                        "If you see signs that your child is thinking of self-harm or suicide, stay with them and get "
                        "professional help at once.",
                    ],
                }),
            ],
            "quiz": [
                {
                    "question": "Which of these are cyberbullying? (Choose all that apply)",
                    "kind": "multiple",
                    "choices": [
                        {"text": "Starting a “poll” in the class group chat to humiliate a classmate", "correct": True},
                        {"text": "Forwarding a classmate's maliciously doctored photo to other groups", "correct": True},
                        {"text": "Registering an account in a classmate's name to post improper remarks",
                         "correct": True},
                        {"text": "Reminding everyone in the group to bring PE kit tomorrow", "correct": False},
                    ],
                    "explanation": "Insulting people online, spreading maliciously doctored photos and posting in "
                                   "someone else's name are all cyberbullying; forwarding also spreads the harm. "
                                   "A normal class notice is not bullying.",
                },
                {
                    "question": "You find someone spreading rumours about you online. What is the best first step?",
                    "kind": "single",
                    "choices": [
                        {"text": "Immediately start insulting them back in the group", "correct": False},
                        {"text": "Keep evidence with screenshots and screen recordings", "correct": True},
                        {"text": "Delete all the chat history at once and pretend you didn't see it",
                         "correct": False},
                    ],
                    "explanation": "Keeping evidence first lets you show the facts clearly when you report it, tell "
                                   "the school or call the police. Insulting back makes things worse, and deleting "
                                   "the history destroys the evidence.",
                },
                {
                    "question": "Which youth service hotline can you call for counselling, legal advice and similar help?",
                    "kind": "single",
                    "choices": [
                        {"text": "12315", "correct": False},
                        {"text": "12355", "correct": True},
                        {"text": "12306", "correct": False},
                    ],
                    "explanation": "12355 is the youth service hotline, offering young people counselling, legal "
                                   "advice and other help. In an emergency or when your personal safety is "
                                   "threatened, call 110.",
                },
                {
                    "question": "Under the Law on the Protection of Minors, a cyberbullied minor and their guardians "
                                "have the right to notify the online service provider to do what?",
                    "kind": "single",
                    "choices": [
                        {"text": "Publish the other person's personal information", "correct": False},
                        {"text": "Delete, block or disconnect links to the content", "correct": True},
                        {"text": "Pay compensation in game items", "correct": False},
                    ],
                    "explanation": "The Law on the Protection of Minors gives a cyberbullied minor and their parents or "
                                   "other guardians the right to notify the online service provider to delete, block "
                                   "or disconnect links. Publishing the other person's information (“doxxing”) may "
                                   "itself be illegal.",
                },
            ],
        },
    },
]
