"""Demo teaching content: drug prevention (禁毒).

Plain data only (no Django imports). Format: see SCHEMA.md in this package.
Case stories are composite and illustrative; they do not describe real people or schools.
"""

TOPIC = {
    "slug": "drug-prevention",
    "zh": {
        "title": "禁毒",
        "intro": "认识伪装成零食、饮料、邮票和电子烟的新型毒品，学会拒绝诱惑，了解毒品对身体的危害和吸毒的法律后果。",
    },
    "en": {
        "title": "Drug prevention",
        "intro": "Recognise new drugs disguised as snacks, drinks, stamps and e-cigarettes, learn to refuse temptation, and "
                 "understand how drugs harm the body and what the law says about drug use.",
    },
}


# ---------------------------------------------------------------------------
# Lesson 1: 认识伪装成零食饮料的毒品
# ---------------------------------------------------------------------------

_DISGUISED_ZH = {
    "title": "认识伪装成零食饮料的毒品",
    "summary": "毒品会“换装”成跳跳糖、奶茶粉、饮料、“邮票”和“聪明药”。这节课教学生认出伪装、明白“试一次也不行”，并了解吸毒的法律后果。",
    "objectives": [
        "能说出毒品常见的几种伪装形式",
        "理解毒品如何伤害大脑和身体，为什么尝试一次就可能成瘾",
        "知道吸毒在我国是违法行为，以及相应的法律后果",
        "遇到可疑物品会拒绝、远离，并告诉家长、老师或拨打110",
    ],
    "tags": ["禁毒", "新型毒品", "识别"],
    "body": [
        ("heading", "毒品也会“换装”"),
        ("paragraph",
         "<p>提起毒品，很多同学想到的是白色粉末和针管。可是现在，一些不法分子把毒品做成五颜六色的包装，"
         "伪装成零食、饮料甚至“邮票”，让人放松警惕。这类毒品很多属于<b>新型毒品</b>或<b>新精神活性物质</b>，"
         "它们同样会伤害大脑和身体，同样会让人上瘾。常见的伪装有：</p>"
         "<ul>"
         "<li><b>“跳跳糖”“糖果”：</b>外观和普通跳跳糖、粉末糖果差不多，实际可能掺入了冰毒、氯胺酮（K粉）等毒品。</li>"
         "<li><b>“奶茶粉”“咖啡包”：</b>包装成一小袋冲饮粉，冲水后像奶茶、咖啡，被叫作“开心水”“神仙水”，实际可能混有多种毒品成分。</li>"
         "<li><b>“咔哇潮饮”：</b>曾被查出含有γ-羟基丁酸（GHB），这是国家管制的精神药品，饮用后可能出现意识模糊、昏迷，还常被不法分子用来侵害他人。</li>"
         "<li><b>“邮票”：</b>看起来像印着花纹的小贴纸，实际是浸过麦角酰二乙胺（LSD）的纸片，放在舌头上会让人产生强烈幻觉。</li>"
         "<li><b>“聪明药”：</b>被吹嘘为“提高成绩、熬夜不困”，如哌醋甲酯、莫达非尼，属于国家严格管制的精神药品，没有医生处方滥用会成瘾、损害健康。</li>"
         "<li><b>“上头电子烟”：</b>烟油里添加了合成大麻素，外观和普通电子烟几乎一样。</li>"
         "</ul>"),
        ("heading", "为什么“试一次”也不行"),
        ("paragraph",
         "<p>毒品直接作用于大脑的“奖赏系统”，让人在短时间内产生异常的兴奋或愉悦。大脑会牢牢记住这种感觉，"
         "驱使人一次又一次地去寻找。很多新型毒品成瘾性强，<b>尝试一次就可能形成依赖</b>，用量越来越大，最终难以自拔，"
         "戒断后复吸率也很高。</p>"
         "<p>毒品会损害记忆力、注意力和判断力，引起焦虑、抑郁、幻觉和被害妄想；还会损伤心脏、肝脏、肾脏等器官，"
         "过量可能导致昏迷甚至死亡。伪装成零食饮料的毒品，成分和剂量完全不清楚，更加危险。</p>"),
        ("heading", "法律怎么说"),
        ("paragraph",
         "<p>在我国，毒品是指鸦片、海洛因、甲基苯丙胺（冰毒）、吗啡、大麻、可卡因，以及国家规定管制的其他能够使人形成瘾癖的"
         "麻醉药品和精神药品。<b>吸食、注射毒品是违法行为</b>：依照《治安管理处罚法》，吸毒人员会受到拘留、罚款等处罚；"
         "依照《禁毒法》，吸毒成瘾的人员可以被责令接受社区戒毒，成瘾严重的可以被责令<b>强制隔离戒毒</b>。</p>"
         "<p>引诱、教唆、欺骗或者强迫他人吸毒，贩卖毒品，都是犯罪；针对未成年人实施的，还要从重处罚。"
         "发现有人贩卖毒品或引诱他人吸毒，可以告诉家长、老师，或拨打<b>110</b>报警。每年的<b>6月26日</b>是国际禁毒日。</p>"),
        ("key_points", {
            "heading": "要点",
            "points": [
                "毒品会伪装成跳跳糖、奶茶粉、饮料、“邮票”、“聪明药”和电子烟",
                "来路不明、没有厂家和配料表的“三无”零食饮料，不吃不喝",
                "毒品作用于大脑，很多新型毒品尝试一次就可能成瘾",
                "吸毒在我国是违法行为，会受到治安管理处罚，成瘾严重的可被强制隔离戒毒",
                "发现可疑情况，告诉家长、老师或拨打110；6月26日是国际禁毒日",
            ],
        }),
        ("case_story", {
            "title": "生日会上的“网红奶茶”",
            "story": "一名高一女生受邀参加朋友的生日聚会。聚会上，一个刚认识的人拿出几小袋包装花哨的“奶茶粉”，"
                     "说是“网红新品，喝了特别嗨”，招呼大家冲着喝。\n\n"
                     "女生注意到，小袋子上没有生产厂家、没有配料表，也没有生产日期。她想起禁毒课上老师展示过的图片，"
                     "就说自己“肠胃不好，只喝白开水”，没有碰那杯“奶茶”，并悄悄给妈妈发了消息。妈妈赶来接她，并拨打了110。\n\n"
                     "几名喝了“奶茶”的同学很快出现头晕、心跳加快、呕吐等症状，被送往医院。民警查明，这些“奶茶粉”中含有毒品成分，"
                     "提供者被依法处理。\n\n"
                     "（本案例根据多地常见情况综合改编，仅用于教学。）",
            "takeaway": "包装再可爱、名字再“网红”，来路不明的东西也不能碰。拒绝之后及时告诉家长、报警，既保护了自己，也帮助了别人。",
        }),
        ("do_dont", {
            "dos": [
                "只吃从正规渠道购买、标签齐全（有厂家、配料表、生产日期）的食品饮料",
                "对陌生包装和“网红”零食饮料多问一句：这是什么？从哪里来？",
                "发现可疑物品不碰、不尝，告诉家长、老师，或拨打110",
                "吃喝东西后感到异常，立即告诉身边信任的人并就医",
            ],
            "donts": [
                "不接受陌生人或刚认识的人给的零食、饮料、香烟、电子烟",
                "不因为好奇、“网红”、“提神”、“减肥”去尝试来路不明的东西",
                "不在网上购买来路不明的“聪明药”“奶茶粉”“助眠糖”",
                "不替别人保管、捎带来路不明的物品",
            ],
        }),
        ("for_parents", {
            "heading": "给家长的话",
            "text": "<p>新型毒品的外观越来越像普通商品，有的还通过网络和快递流通。家长要了解这些伪装形式，"
                    "留意孩子身边出现的<b>包装奇怪、没有标签的零食饮料和药片</b>，以及孩子情绪、作息和花钱方面的异常变化。</p>"
                    "<p>与其吓唬，不如坦诚地和孩子聊：毒品长什么样、为什么危险、遇到了怎么办。让孩子知道，"
                    "无论遇到什么情况，都可以第一时间告诉您。</p>",
            "tips": [
                "和孩子一起看禁毒宣传资料，认识“跳跳糖”“奶茶粉”“邮票”等伪装形式",
                "留意孩子是否出现精神恍惚、异常兴奋、食欲和睡眠明显改变、零花钱去向不明",
                "孩子说“有人给了我可疑的东西”时，先肯定孩子做得对，再一起告诉学校或报警",
                "不要给孩子服用来路不明的“提神药”“聪明药”，用药遵医嘱",
            ],
        }),
    ],
    "quiz": [
        {
            "question": "下列哪些可能是伪装的毒品？（多选）",
            "kind": "multiple",
            "choices": [
                {"text": "没有厂家和配料表、号称“喝了特别嗨”的“奶茶粉”", "correct": True},
                {"text": "像小贴纸、放在舌头上会产生幻觉的“邮票”", "correct": True},
                {"text": "在超市购买、标签齐全的普通跳跳糖", "correct": False},
                {"text": "网上私下出售、号称“吃了考试不困”的药片", "correct": True},
            ],
            "explanation": "毒品常伪装成奶茶粉、“邮票”、“聪明药”等。正规渠道购买、标签齐全的普通食品本身不是毒品，"
                           "但对来路不明、宣传“很嗨”“提神”的东西一定要警惕。",
        },
        {
            "question": "为什么说“试一次也不行”？",
            "kind": "single",
            "choices": [
                {"text": "毒品作用于大脑的奖赏系统，很多新型毒品尝试一次就可能成瘾", "correct": True},
                {"text": "只要意志坚强，就不会上瘾", "correct": False},
                {"text": "新型毒品是“软毒品”，对身体没有伤害", "correct": False},
            ],
            "explanation": "毒品会改变大脑，让人反复寻找那种感觉。不存在“只试一次没关系”“意志坚强就不上瘾”的毒品。",
        },
        {
            "question": "在我国，吸食毒品是：",
            "kind": "single",
            "choices": [
                {"text": "个人自由，不违法", "correct": False},
                {"text": "违法行为，会受到治安管理处罚，成瘾严重的可被强制隔离戒毒", "correct": True},
                {"text": "只要是“新型毒品”就不违法", "correct": False},
            ],
            "explanation": "依照《治安管理处罚法》和《禁毒法》，吸食、注射毒品是违法行为；新型毒品和新精神活性物质同样受到管制。",
        },
        {
            "question": "国际禁毒日是每年的哪一天？",
            "kind": "single",
            "choices": [
                {"text": "6月1日", "correct": False},
                {"text": "6月26日", "correct": True},
                {"text": "12月1日", "correct": False},
            ],
            "explanation": "每年6月26日是国际禁毒日。6月1日是国际儿童节，12月1日是世界艾滋病日。",
        },
    ],
}

_DISGUISED_EN = {
    "title": "Recognising drugs disguised as snacks and drinks",
    "summary": "Drugs can be “dressed up” as pop candy, milk-tea powder, drinks, “stamps” and “smart pills”. This lesson teaches "
               "students to see through the disguise, understand why “just once” is not safe, and know the legal consequences of drug use.",
    "objectives": [
        "Name the common ways drugs are disguised",
        "Understand how drugs harm the brain and body, and why trying once can lead to addiction",
        "Know that drug use is illegal in China and what the legal consequences are",
        "Refuse and walk away from suspicious items, and tell a parent or teacher or call 110",
    ],
    "tags": ["drug prevention", "new drugs", "recognition"],
    "body": [
        ("heading", "Drugs in disguise"),
        ("paragraph",
         "<p>When people think of drugs, many picture white powder and needles. But today some criminals put drugs in colourful "
         "packaging and disguise them as snacks, drinks or even “stamps” so that people lower their guard. Many of these are "
         "<b>new-type drugs</b> or <b>new psychoactive substances</b>; they harm the brain and body just the same, and they are just as "
         "addictive. Common disguises include:</p>"
         "<ul>"
         "<li><b>“Pop candy” and sweets:</b> they look like ordinary pop candy or powdered sweets, but may contain methamphetamine "
         "(“ice”), ketamine or other drugs.</li>"
         "<li><b>“Milk-tea powder” and “coffee sachets”:</b> small sachets of drink powder that look like milk tea or coffee once mixed "
         "with water, nicknamed “happy water”, but may actually contain a mixture of drugs.</li>"
         "<li><b>“Kawa Chaoyin” (咔哇潮饮) drinks:</b> found to contain gamma-hydroxybutyrate (GHB), a psychotropic substance under state "
         "control; drinking it can cause confusion and loss of consciousness, and criminals use it to harm others.</li>"
         "<li><b>“Stamps”:</b> they look like small patterned stickers, but are pieces of paper soaked in lysergic acid diethylamide (LSD); "
         "placed on the tongue, they cause strong hallucinations.</li>"
         "<li><b>“Smart pills”:</b> advertised as “better grades, stay up all night”, such as methylphenidate and modafinil. They are "
         "psychotropic drugs under strict state control; misused without a doctor's prescription they are addictive and harm health.</li>"
         "<li><b>“Head-rush e-cigarettes”:</b> the e-liquid has synthetic cannabinoids added, but the device looks almost the same as an ordinary e-cigarette.</li>"
         "</ul>"),
        ("heading", "Why “just once” is not safe"),
        ("paragraph",
         "<p>Drugs act directly on the brain's “reward system” and create an abnormal rush of excitement or pleasure in a short time. "
         "The brain remembers that feeling and drives the person to seek it again and again. Many new-type drugs are highly addictive: "
         "<b>trying them once can be enough to start a dependence</b>. The dose keeps rising until the person cannot stop, and even after "
         "quitting, the relapse rate is high.</p>"
         "<p>Drugs damage memory, attention and judgement, and cause anxiety, depression, hallucinations and paranoia. They also damage "
         "the heart, liver, kidneys and other organs, and an overdose can lead to coma or death. Drugs disguised as snacks and drinks are "
         "even more dangerous, because nobody knows what is in them or how much.</p>"),
        ("heading", "What the law says"),
        ("paragraph",
         "<p>In China, drugs means opium, heroin, methamphetamine (“ice”), morphine, cannabis, cocaine, and other narcotic and psychotropic "
         "substances controlled by the state that can cause addiction. <b>Taking or injecting drugs is illegal</b>: under the Public Security "
         "Administration Punishments Law, drug users face detention, fines and other penalties; under the Anti-Drug Law, addicted users can "
         "be ordered to undergo community-based detoxification, and those with serious addiction can be ordered into <b>compulsory isolation "
         "detoxification</b>.</p>"
         "<p>Luring, inciting, tricking or forcing others to take drugs, and selling drugs, are crimes, and they are punished more severely "
         "when minors are targeted. If you find someone selling drugs or luring others to take them, tell a parent or teacher, or call "
         "<b>110</b>. <b>26 June</b> every year is the International Day against Drug Abuse.</p>"),
        ("key_points", {
            "heading": "Key points",
            "points": [
                "Drugs can be disguised as pop candy, milk-tea powder, drinks, “stamps”, “smart pills” and e-cigarettes",
                "Don't eat or drink unbranded snacks or drinks of unknown origin with no maker or ingredients list",
                "Drugs act on the brain; many new-type drugs can be addictive after a single try",
                "Drug use is illegal in China: it brings public security penalties, and serious addiction can mean compulsory isolation detoxification",
                "If something seems suspicious, tell a parent or teacher or call 110; 26 June is the International Day against Drug Abuse",
            ],
        }),
        ("case_story", {
            "title": "The “trendy milk tea” at a birthday party",
            "story": "A first-year senior secondary student was invited to a friend's birthday party. At the party, someone she had only "
                     "just met took out a few small, brightly packaged sachets of “milk-tea powder”, said it was “the latest internet "
                     "craze, you get a real high”, and urged everyone to mix some and drink it.\n\n"
                     "She noticed the sachets had no manufacturer, no ingredients list and no production date. Remembering the pictures "
                     "shown in her drug-prevention class, she said she “had a weak stomach and only drank plain water”, left the “milk tea” "
                     "alone and quietly messaged her mother. Her mother came to pick her up and called 110.\n\n"
                     "Several students who had drunk the “milk tea” soon felt dizzy, had a racing heart and vomited, and were taken to "
                     "hospital. The police found that the powder contained drugs, and the person who supplied it was dealt with according to law.\n\n"
                     "(This case is a composite based on common situations in many places and is used for teaching only.)",
            "takeaway": "However cute the packaging or trendy the name, don't touch things of unknown origin. Refusing, then telling your "
                        "parents and calling the police, protects you and helps others too.",
        }),
        ("do_dont", {
            "dos": [
                "Only eat and drink products bought through proper channels with full labels (maker, ingredients, production date)",
                "Ask about unfamiliar packaging and “trendy” snacks and drinks: What is this? Where did it come from?",
                "Don't touch or taste suspicious items; tell a parent or teacher, or call 110",
                "If you feel strange after eating or drinking something, tell someone you trust at once and get medical help",
            ],
            "donts": [
                "Don't accept snacks, drinks, cigarettes or e-cigarettes from strangers or people you have only just met",
                "Don't try unknown things out of curiosity, because they are “trendy”, or to “stay alert” or “lose weight”",
                "Don't buy “smart pills”, “milk-tea powder” or “sleep sweets” of unknown origin online",
                "Don't keep or carry items of unknown origin for other people",
            ],
        }),
        ("for_parents", {
            "heading": "A word to parents",
            "text": "<p>New-type drugs look more and more like ordinary products, and some are sold online and sent by courier. Parents "
                    "should know these disguises and watch for <b>strangely packaged, unlabelled snacks, drinks and pills</b> around their "
                    "child, as well as unusual changes in mood, sleep and spending.</p>"
                    "<p>Rather than scaring your child, talk openly: what drugs look like, why they are dangerous, and what to do if "
                    "offered them. Let your child know they can come to you straight away, whatever has happened.</p>",
            "tips": [
                "Look at drug-prevention materials together and learn disguises such as “pop candy”, “milk-tea powder” and “stamps”",
                "Watch for absent-mindedness, unusual excitement, clear changes in appetite and sleep, or pocket money going missing",
                "If your child says “someone gave me something suspicious”, first tell them they did the right thing, then report it to the school or the police together",
                "Never give your child “energy pills” or “smart pills” of unknown origin; use medicines only as a doctor prescribes",
            ],
        }),
    ],
    "quiz": [
        {
            "question": "Which of these could be disguised drugs? (choose all that apply)",
            "kind": "multiple",
            "choices": [
                {"text": "“Milk-tea powder” with no maker or ingredients list that supposedly “gives you a real high”", "correct": True},
                {"text": "“Stamps” that look like small stickers and cause hallucinations on the tongue", "correct": True},
                {"text": "Ordinary pop candy bought in a supermarket, with a full label", "correct": False},
                {"text": "Pills sold privately online that supposedly “keep you awake for exams”", "correct": True},
            ],
            "explanation": "Drugs are often disguised as milk-tea powder, “stamps” and “smart pills”. Ordinary food bought through proper "
                           "channels with full labels is not a drug, but be on guard against anything of unknown origin that promises a "
                           "“high” or to “keep you alert”.",
        },
        {
            "question": "Why is “just once” not safe?",
            "kind": "single",
            "choices": [
                {"text": "Drugs act on the brain's reward system; many new-type drugs can be addictive after a single try", "correct": True},
                {"text": "If you are strong-willed, you will not get addicted", "correct": False},
                {"text": "New-type drugs are “soft drugs” that do not harm the body", "correct": False},
            ],
            "explanation": "Drugs change the brain and make people seek the feeling again and again. There is no drug that is safe to "
                           "“just try once”, and willpower does not protect you from addiction.",
        },
        {
            "question": "In China, taking drugs is:",
            "kind": "single",
            "choices": [
                {"text": "A personal choice and not illegal", "correct": False},
                {"text": "Illegal; it brings public security penalties, and serious addiction can mean compulsory isolation detoxification", "correct": True},
                {"text": "Legal as long as it is a “new-type drug”", "correct": False},
            ],
            "explanation": "Under the Public Security Administration Punishments Law and the Anti-Drug Law, taking or injecting drugs is "
                           "illegal; new-type drugs and new psychoactive substances are controlled too.",
        },
        {
            "question": "On which day is the International Day against Drug Abuse each year?",
            "kind": "single",
            "choices": [
                {"text": "1 June", "correct": False},
                {"text": "26 June", "correct": True},
                {"text": "1 December", "correct": False},
            ],
            "explanation": "26 June is the International Day against Drug Abuse. 1 June is International Children's Day and 1 December "
                           "is World AIDS Day.",
        },
    ],
}


# ---------------------------------------------------------------------------
# Lesson 2: 学会拒绝：面对诱惑说不
# ---------------------------------------------------------------------------

_SAY_NO_ZH = {
    "title": "学会拒绝：面对诱惑说不",
    "summary": "毒品常常由“朋友”在聚会、KTV里递过来。这节课教学生识破劝诱的话术，练习五种拒绝方法，守住聚会饮品安全。",
    "objectives": [
        "识破“试一次不会上瘾”“不试就是不给面子”等劝诱话术",
        "掌握并练习五种拒绝方法",
        "懂得聚会饮品安全：不喝陌生人的饮料，离开视线的饮料不再喝",
        "遇到强迫、威胁或可疑情况，会向家长、老师求助或拨打110",
    ],
    "tags": ["拒绝", "同伴压力", "聚会安全"],
    "body": [
        ("heading", "诱惑往往来自“熟人”"),
        ("paragraph",
         "<p>很多人第一次接触毒品，不是被陌生人强迫，而是在聚会、KTV、酒吧里，由“朋友”或者刚认识的“哥们儿”“姐妹”递过来的。"
         "他们常说这样的话：</p>"
         "<ul>"
         "<li>“就试一次，不会上瘾的。”</li>"
         "<li>“这是新出的饮料、糖果，大家都在玩。”</li>"
         "<li>“能减肥、提神、解压，学习效率翻倍。”</li>"
         "<li>“不试就是不给面子，不把我们当朋友。”</li>"
         "</ul>"
         "<p>这些都是谎言。<b>真正的朋友，不会让你去冒伤害身体、触犯法律的风险。</b></p>"),
        ("heading", "说“不”的五种方法"),
        ("paragraph",
         "<ul>"
         "<li><b>直接拒绝：</b>看着对方，坚定地说“不，我不要”，不需要解释太多。</li>"
         "<li><b>说明理由：</b>“这是违法的，我不碰。”“我明天要体检，不能乱吃乱喝。”</li>"
         "<li><b>转移话题：</b>“别弄这个了，我们去吃点东西吧。”</li>"
         "<li><b>马上离开：</b>感到不对劲，就找借口离开，比如“我爸妈已经在楼下等我了”。</li>"
         "<li><b>寻求帮助：</b>及时告诉家长、老师；遇到强迫、威胁时拨打110。</li>"
         "</ul>"
         "<p>拒绝不丢人，离开也不丢人。提前想好一两句自己的“拒绝台词”，真遇到时才说得出口。</p>"),
        ("heading", "守住聚会饮品安全"),
        ("paragraph",
         "<p>有些不法分子会把毒品或麻醉药物偷偷放进别人的饮料里。参加聚会要做到：不喝陌生人递来的饮料；"
         "尽量喝自己当面打开的瓶装饮料；<b>饮料离开过自己的视线，就不要再喝</b>；一旦感到头晕、乏力、意识模糊，"
         "立即告诉身边信任的人，离开现场并求助。</p>"
         "<p>依照法律规定，歌舞娱乐场所（KTV）、酒吧等不得接纳未成年人。未成年人不要进入这些场所，更不要跟刚认识的人去“续摊”。</p>"),
        ("key_points", {
            "heading": "要点",
            "points": [
                "毒品常常由“朋友”或刚认识的人在聚会、KTV里递过来",
                "“试一次不会上瘾”“能减肥提神”都是谎言",
                "拒绝可以直接说“不”，也可以说明理由、转移话题、马上离开、寻求帮助",
                "不喝陌生人给的饮料，离开视线的饮料不再喝",
                "遇到强迫、威胁或可疑情况，告诉家长、老师或拨打110",
            ],
        }),
        ("case_story", {
            "title": "包间里的“新品饮料”",
            "story": "中考结束后，一名初三男生被网上认识的几个“大哥”约出去“庆祝”。对方以给朋友过生日为由，把他带进了一家KTV的包间。"
                     "没过多久，有人拿出几小袋“新品饮料”倒进杯子，递给每个人：“喝了能嗨一整晚，不喝就是不给面子。”\n\n"
                     "男生想起禁毒课上练过的“拒绝台词”，说：“我明天一早要去医院体检抽血，不能乱喝。”接着又说“我爸已经在楼下等我了”，"
                     "拿起书包离开了包间。出门后，他给爸爸打了电话，爸爸赶来接他，并拨打了110。\n\n"
                     "民警赶到后查明，那些“新品饮料”中含有毒品成分，向未成年人提供毒品的人员被依法处理。\n\n"
                     "（本案例根据多地常见情况综合改编，仅用于教学。）",
            "takeaway": "提前准备好的拒绝台词，让他在压力下也能开口说“不”。离开之后告诉家长、报警，是保护自己、也保护别人的正确做法。"
                        "未成年人本就不应进入KTV，也不要跟网上刚认识的人外出。",
        }),
        ("do_dont", {
            "dos": [
                "提前想好一两句拒绝的话，遇到时说得出口",
                "和可靠的朋友结伴，约定互相照应、一起离开",
                "喝自己当面打开的饮料，始终放在视线里",
                "感到被施压时马上离开，给家长打电话",
                "把可疑情况告诉家长、老师，或拨打110",
            ],
            "donts": [
                "不因为“给面子”或好奇去尝试",
                "不喝陌生人或刚认识的人递来的饮料、糖果",
                "不再喝离开过视线的饮料",
                "未成年人不进入KTV、酒吧等娱乐场所",
                "不替别人隐瞒吸毒、贩毒的事",
            ],
        }),
        ("for_parents", {
            "heading": "给家长的话",
            "text": "<p>青春期的孩子很在意同伴的看法，“不合群”的压力有时比毒品本身更难抵挡。家长可以和孩子一起"
                    "<b>演练拒绝的话</b>，让孩子知道：拒绝不丢人，离开也不丢人。</p>"
                    "<p>和孩子约定一个“求助暗号”：只要孩子发来这个暗号或者打来电话，您就立刻去接，先不追问、不批评。"
                    "这会让孩子在危险时更愿意第一时间向您求助。</p>",
            "tips": [
                "了解孩子的朋友和常去的地方，聚会前问清时间、地点和同行的人",
                "和孩子约好接送方式和求助暗号，做到随叫随到",
                "不让未成年的孩子进入KTV、酒吧等娱乐场所",
                "孩子主动说出遇到的诱惑时，先肯定孩子的勇气，再一起想办法",
                "以身作则，不酗酒，不在孩子面前说“试试也无妨”之类的话",
            ],
        }),
    ],
    "quiz": [
        {
            "question": "聚会上你去了趟洗手间，回来发现自己的饮料一直放在桌上没人看着，应该怎么做？",
            "kind": "single",
            "choices": [
                {"text": "继续喝，应该没事", "correct": False},
                {"text": "不再喝这杯，重新拿一瓶当面打开的饮料", "correct": True},
                {"text": "先尝一小口，看看味道对不对", "correct": False},
            ],
            "explanation": "离开过视线的饮料可能被人动过手脚，而毒品和麻醉药物往往尝不出来。最安全的做法是不再喝它。",
        },
        {
            "question": "下面哪些是拒绝毒品的好方法？（多选）",
            "kind": "multiple",
            "choices": [
                {"text": "看着对方，坚定地说“不，我不要”", "correct": True},
                {"text": "找理由离开现场，比如“家长在楼下等我”", "correct": True},
                {"text": "为了不得罪人，先少尝一点", "correct": False},
                {"text": "事后告诉家长、老师，必要时拨打110", "correct": True},
            ],
            "explanation": "直接拒绝、找理由离开、寻求帮助都是好方法。“少尝一点”仍然是吸毒，同样可能成瘾，也同样违法。",
        },
        {
            "question": "“朋友”说“就试一次，不会上瘾”，这句话：",
            "kind": "single",
            "choices": [
                {"text": "是真的，试一次不会有事", "correct": False},
                {"text": "是谎言，很多毒品尝试一次就可能成瘾", "correct": True},
                {"text": "只对意志不坚定的人才有影响", "correct": False},
            ],
            "explanation": "毒品直接作用于大脑，成瘾与意志强弱无关。“就试一次”是最常见的劝诱话术。",
        },
        {
            "question": "出现哪些情况时，你应该马上离开并求助？（多选）",
            "kind": "multiple",
            "choices": [
                {"text": "有人反复劝你尝试“新品糖果”“神奇饮料”", "correct": True},
                {"text": "喝了饮料后突然头晕、乏力、意识模糊", "correct": True},
                {"text": "有人用“不试就是不把我们当朋友”对你施压", "correct": True},
                {"text": "同学约你周末一起去图书馆复习", "correct": False},
            ],
            "explanation": "被反复劝诱、被施压，或者喝东西后身体异常，都是危险信号，要马上离开，并告诉家长、老师或拨打110。",
        },
    ],
}

_SAY_NO_EN = {
    "title": "Learning to say no to temptation",
    "summary": "Drugs are often handed over by “friends” at parties or in KTV rooms. This lesson teaches students to see through "
               "persuasion tricks, practise five ways of saying no, and keep their drinks safe at parties.",
    "objectives": [
        "See through persuasion lines such as “one try won't get you hooked” and “if you don't try, you're disrespecting us”",
        "Learn and practise five ways of saying no",
        "Understand drink safety at parties: no drinks from strangers, and no drinks that have been out of sight",
        "Ask a parent or teacher for help, or call 110, when faced with pressure, threats or anything suspicious",
    ],
    "tags": ["saying no", "peer pressure", "party safety"],
    "body": [
        ("heading", "Temptation often comes from people you know"),
        ("paragraph",
         "<p>Many people first come into contact with drugs not because a stranger forces them, but because a “friend”, or a "
         "“brother” or “sister” they have only just met, hands them something at a party, in a KTV room or in a bar. These people "
         "often say things like:</p>"
         "<ul>"
         "<li>“Just try it once, you won't get hooked.”</li>"
         "<li>“It's a new drink, a new sweet, everyone's doing it.”</li>"
         "<li>“It helps you lose weight, stay alert and de-stress; you'll study twice as well.”</li>"
         "<li>“If you don't try it, you're disrespecting us; you're not really our friend.”</li>"
         "</ul>"
         "<p>These are all lies. <b>Real friends do not ask you to risk your health or break the law.</b></p>"),
        ("heading", "Five ways to say no"),
        ("paragraph",
         "<ul>"
         "<li><b>Refuse directly:</b> look the person in the eye and say firmly, “No, I don't want it.” You don't need to explain much.</li>"
         "<li><b>Give a reason:</b> “It's illegal, I don't touch it.” “I have a medical check tomorrow, I can't eat or drink just anything.”</li>"
         "<li><b>Change the subject:</b> “Forget that, let's go and get something to eat.”</li>"
         "<li><b>Leave at once:</b> if something feels wrong, find an excuse to leave, such as “My parents are already waiting downstairs.”</li>"
         "<li><b>Get help:</b> tell a parent or teacher promptly; if someone forces or threatens you, call 110.</li>"
         "</ul>"
         "<p>There is no shame in saying no, and no shame in leaving. Prepare one or two refusal lines of your own in advance, so that "
         "the words come out when it really happens.</p>"),
        ("heading", "Keep your drink safe at parties"),
        ("paragraph",
         "<p>Some criminals secretly put drugs or sedatives into other people's drinks. At a party: don't drink anything a stranger hands "
         "you; drink from bottles you open yourself, in front of you; <b>if your drink has been out of your sight, don't drink it again</b>; "
         "and if you suddenly feel dizzy, weak or confused, tell someone you trust at once, leave and get help.</p>"
         "<p>By law, karaoke venues (KTV), bars and similar places must not admit minors. Minors should not go into these places, and "
         "certainly should not go on to “the next place” with people they have only just met.</p>"),
        ("key_points", {
            "heading": "Key points",
            "points": [
                "Drugs are often handed over by “friends” or people you have just met, at parties or in KTV rooms",
                "“One try won't get you hooked” and “it helps you lose weight and stay alert” are lies",
                "You can simply say “no”, or give a reason, change the subject, leave at once, or get help",
                "Don't drink what strangers give you, and don't drink a drink that has been out of sight",
                "If you face pressure, threats or anything suspicious, tell a parent or teacher or call 110",
            ],
        }),
        ("case_story", {
            "title": "The “new drink” in the private room",
            "story": "After the senior secondary entrance exam, a final-year junior secondary student was invited out to “celebrate” by "
                     "some older “brothers” he had met online. Saying it was a friend's birthday, they took him into a private room at a KTV. "
                     "Before long, someone poured a few sachets of a “new drink” into cups and handed them round: “Drink this and you'll be "
                     "flying all night. If you don't, you're disrespecting us.”\n\n"
                     "The boy remembered the refusal lines he had practised in his drug-prevention class. He said, “I've got a medical check "
                     "with a blood test first thing tomorrow, I can't drink anything like that,” then added, “My dad's already waiting "
                     "downstairs,” picked up his bag and left the room. Outside, he phoned his father, who came to fetch him and called 110.\n\n"
                     "When the police arrived, they found that the “new drink” contained drugs, and the people who had given drugs to a "
                     "minor were dealt with according to law.\n\n"
                     "(This case is a composite based on common situations in many places and is used for teaching only.)",
            "takeaway": "Because he had prepared his refusal lines, he could say “no” even under pressure. Leaving, then telling his parents "
                        "and calling the police, protected him and others. Minors should not go into KTV venues in the first place, nor go "
                        "out with people they have only just met online.",
        }),
        ("do_dont", {
            "dos": [
                "Prepare one or two refusal lines in advance so you can say them when it matters",
                "Go with friends you trust, and agree to look out for each other and leave together",
                "Drink from containers you open yourself, and keep your drink in sight",
                "Leave at once when you feel pressured, and phone your parents",
                "Tell a parent or teacher about anything suspicious, or call 110",
            ],
            "donts": [
                "Don't try anything to “save face” or out of curiosity",
                "Don't drink drinks or eat sweets handed to you by strangers or people you have just met",
                "Don't go back to a drink that has been out of your sight",
                "If you are under 18, don't go into KTV venues, bars or similar entertainment places",
                "Don't cover up for anyone who takes or sells drugs",
            ],
        }),
        ("for_parents", {
            "heading": "A word to parents",
            "text": "<p>Teenagers care a great deal about what their peers think, and the pressure of “not fitting in” can sometimes be "
                    "harder to resist than the drug itself. You can <b>practise refusal lines</b> with your child, and let them know that "
                    "there is no shame in saying no and no shame in leaving.</p>"
                    "<p>Agree on a “help code” with your child: whenever they send you the code or call, you come and pick them up at once, "
                    "with no questions and no scolding at first. This makes it much more likely that your child will turn to you first when in danger.</p>",
            "tips": [
                "Know your child's friends and the places they go; before a party, ask about the time, place and who will be there",
                "Agree with your child on how they will get home and on a help code, and be ready to come whenever called",
                "Don't let your under-age child go into KTV venues, bars or other entertainment places",
                "When your child tells you about a temptation they faced, first praise their courage, then work out what to do together",
                "Set an example: don't drink heavily, and never say things like “trying it once won't hurt” in front of your child",
            ],
        }),
    ],
    "quiz": [
        {
            "question": "At a party you go to the toilet and come back to find your drink has been left on the table with no one watching it. What should you do?",
            "kind": "single",
            "choices": [
                {"text": "Keep drinking it; it's probably fine", "correct": False},
                {"text": "Don't drink it any more; get a new bottle and open it yourself", "correct": True},
                {"text": "Take a small sip first to check whether it tastes right", "correct": False},
            ],
            "explanation": "A drink that has been out of sight may have been tampered with, and drugs and sedatives often cannot be tasted. "
                           "The safest thing is not to drink it.",
        },
        {
            "question": "Which of these are good ways to refuse drugs? (choose all that apply)",
            "kind": "multiple",
            "choices": [
                {"text": "Look the person in the eye and say firmly, “No, I don't want it”", "correct": True},
                {"text": "Find a reason to leave, such as “my parents are waiting downstairs”", "correct": True},
                {"text": "Take a small taste so as not to offend anyone", "correct": False},
                {"text": "Tell a parent or teacher afterwards, and call 110 if necessary", "correct": True},
            ],
            "explanation": "Refusing directly, leaving with an excuse and getting help are all good ways. “Just a small taste” is still "
                           "taking drugs: it can still lead to addiction and it is still illegal.",
        },
        {
            "question": "A “friend” says, “Just try it once, you won't get hooked.” This is:",
            "kind": "single",
            "choices": [
                {"text": "True; one try won't do any harm", "correct": False},
                {"text": "A lie; many drugs can be addictive after a single try", "correct": True},
                {"text": "Only a problem for people with weak willpower", "correct": False},
            ],
            "explanation": "Drugs act directly on the brain, and addiction has nothing to do with how strong-willed you are. “Just once” "
                           "is the most common persuasion line.",
        },
        {
            "question": "In which situations should you leave at once and get help? (choose all that apply)",
            "kind": "multiple",
            "choices": [
                {"text": "Someone keeps urging you to try a “new sweet” or a “magic drink”", "correct": True},
                {"text": "You suddenly feel dizzy, weak or confused after a drink", "correct": True},
                {"text": "Someone pressures you with “if you don't try, you're not really our friend”", "correct": True},
                {"text": "A classmate invites you to revise together at the library at the weekend", "correct": False},
            ],
            "explanation": "Being urged again and again, being pressured, or feeling unwell after a drink are all danger signs: leave at "
                           "once and tell a parent or teacher, or call 110.",
        },
    ],
}


# ---------------------------------------------------------------------------
# Lesson 3: 电子烟与合成大麻素
# ---------------------------------------------------------------------------

_ECIG_ZH = {
    "title": "电子烟与合成大麻素",
    "summary": "电子烟不是无害的潮玩，烟油里还可能被加入合成大麻素这种毒品。这节课讲清电子烟的危害、“上头电子烟”的识别方法和相关法律规定。",
    "objectives": [
        "了解电子烟中尼古丁的成瘾性和对青少年的危害",
        "知道合成大麻素是毒品，我国自2021年7月1日起对其整类列管",
        "能识别“上头电子烟”的常见特征，并学会拒绝和报告",
        "遇到有人吸食后出现严重反应，会拨打120并报告老师",
    ],
    "tags": ["电子烟", "合成大麻素", "禁毒"],
    "body": [
        ("heading", "电子烟不是“无害的潮玩”"),
        ("paragraph",
         "<p>有些电子烟外形像U盘、笔、口红或者卡通玩具，再加上香甜的气味，容易让人以为它只是时尚小物件。事实上，"
         "电子烟大多含有<b>尼古丁</b>，成瘾性很强，会影响青少年大脑发育，损害注意力和记忆力，烟雾中还含有多种有害物质。</p>"
         "<p>我国法律禁止向未成年人销售烟草制品，电子烟也同样<b>禁止卖给未成年人</b>；自2022年10月1日起，"
         "国家禁止销售除烟草口味以外的调味电子烟。</p>"),
        ("heading", "烟油里的毒品：合成大麻素"),
        ("paragraph",
         "<p>更危险的是，不法分子会在电子烟油里添加<b>合成大麻素</b>。这是一类人工合成的新精神活性物质，作用比天然大麻强得多，"
         "成分和剂量都不稳定。吸食后可能出现头晕、呕吐、心跳加快、幻觉、焦虑恐慌、抽搐、意识丧失，严重的会诱发精神障碍甚至死亡。</p>"
         "<p>自2021年7月1日起，我国将合成大麻素类物质<b>整类列入管制</b>。也就是说，吸食含合成大麻素的电子烟就是吸毒，"
         "贩卖它就是贩毒，都要承担法律责任。</p>"),
        ("heading", "怎样识别“上头电子烟”"),
        ("paragraph",
         "<ul>"
         "<li>被宣传为“上头”“飘”“很嗨”“解压神器”；</li>"
         "<li>不在正规渠道销售，通过熟人、社交软件私下交易，价格异常；</li>"
         "<li>没有正规包装和标识，烟弹是散装或者手工灌装的；</li>"
         "<li>别人抽了几口就出现站不稳、表情呆滞、胡言乱语等异常反应。</li>"
         "</ul>"
         "<p>遇到这些情况，不要尝试，马上远离，并告诉家长、老师或拨打110。如果身边有人吸食后出现抽搐、昏迷，立即拨打120。</p>"),
        ("key_points", {
            "heading": "要点",
            "points": [
                "电子烟大多含尼古丁，容易成瘾，影响青少年大脑发育，不是“无害的潮玩”",
                "法律禁止向未成年人销售电子烟",
                "合成大麻素是新精神活性物质，我国自2021年7月1日起整类列管",
                "吸食含合成大麻素的电子烟就是吸毒，贩卖就是贩毒",
                "听到“上头”“很嗨”的电子烟，拒绝、远离、报告",
            ],
        }),
        ("case_story", {
            "title": "“解压神器”背后的真相",
            "story": "一名高二学生因为学习压力大，在社交软件上看到有人推荐一款“解压神器”电子烟，说“抽一口烦恼全无”。"
                     "他通过私信买了一支，还在几个同学之间传着抽。\n\n"
                     "一天晚自习前，他在厕所里抽了几口，很快感到天旋地转、心跳得厉害，接着手脚抽搐，倒在了地上。"
                     "同学发现后立刻报告老师，老师拨打120把他送到医院，经过抢救脱离了危险。\n\n"
                     "经检测，烟弹里含有合成大麻素。公安机关顺线追查，抓获了在网上向学生兜售的人员。这名学生出院后，"
                     "也接受了公安机关的调查和教育，学校为他安排了心理辅导。\n\n"
                     "（本案例根据多地常见情况综合改编，仅用于教学。）",
            "takeaway": "“解压”只是包装，合成大麻素就是毒品，抽几口就可能出现严重反应。压力大时，找家长、老师和心理老师聊一聊，"
                        "而不是去依靠电子烟和所谓的“神器”。",
        }),
        ("do_dont", {
            "dos": [
                "拒绝任何人递来的电子烟，哪怕说是“水果味”“解压用”",
                "压力大时找家长、老师、心理老师倾诉，用运动和规律作息调节情绪",
                "发现有人兜售“上头电子烟”，记住特征，告诉老师、家长或拨打110",
                "看到有人吸食后抽搐、昏迷，立即拨打120并报告老师",
            ],
            "donts": [
                "不因为好奇、跟风或“显得酷”去尝试电子烟",
                "不在网上或通过熟人购买来路不明的烟弹、烟油",
                "不和别人共用、传递电子烟",
                "不替别人藏匿、代购电子烟或烟弹",
                "不相信“电子烟没有危害、不会上瘾”的说法",
            ],
        }),
        ("for_parents", {
            "heading": "给家长的话",
            "text": "<p>电子烟外形隐蔽，可能被做成笔、U盘、口红、玩具的样子，家长不一定认得出来。请留意孩子物品中"
                    "<b>不明的小电子设备、烟弹和充电线</b>，以及身上、房间里的甜香气味。</p>"
                    "<p>如果发现孩子使用电子烟，先冷静沟通，问清来源。一旦孩子吸食后出现头晕、抽搐、幻觉等异常反应，"
                    "要立即送医，并把来源线索报告给公安机关——这可能是合成大麻素中毒。家长自己也不要在孩子面前吸烟、吸电子烟。</p>",
            "tips": [
                "认识电子烟的常见外形：笔形、U盘形、口红形、卡通玩具形",
                "关注孩子零花钱的去向和网购、快递情况",
                "发现孩子吸电子烟，不打骂，先弄清从哪里来，必要时和学校沟通",
                "孩子吸食后出现昏迷、抽搐，立即拨打120，并向110报告来源",
                "家长自己不吸烟、不吸电子烟，给孩子做榜样",
            ],
        }),
    ],
    "quiz": [
        {
            "question": "关于电子烟，下列说法正确的是：",
            "kind": "single",
            "choices": [
                {"text": "电子烟只是水蒸气，没有危害", "correct": False},
                {"text": "电子烟大多含有尼古丁，容易成瘾，会影响青少年大脑发育", "correct": True},
                {"text": "水果味电子烟可以放心抽", "correct": False},
            ],
            "explanation": "电子烟大多含有尼古丁，烟雾中还有多种有害物质。水果等调味只是让它更有吸引力，并不能减少危害。",
        },
        {
            "question": "合成大麻素在我国是什么性质的物质？",
            "kind": "single",
            "choices": [
                {"text": "普通的食品添加剂", "correct": False},
                {"text": "自2021年7月1日起整类列入管制的毒品", "correct": True},
                {"text": "只要加在电子烟里就不违法", "correct": False},
            ],
            "explanation": "我国自2021年7月1日起将合成大麻素类物质整类列管。不管装在什么里面，吸食就是吸毒，贩卖就是贩毒。",
        },
        {
            "question": "同学抽了几口“上头电子烟”后突然抽搐、倒地，你应该怎么做？（多选）",
            "kind": "multiple",
            "choices": [
                {"text": "立即拨打120", "correct": True},
                {"text": "马上报告老师或附近的大人", "correct": True},
                {"text": "帮他把电子烟藏起来，免得被老师发现", "correct": False},
                {"text": "记住电子烟的来源，配合老师和民警说明情况", "correct": True},
            ],
            "explanation": "抽搐、昏迷可能是合成大麻素中毒，要立即呼叫急救、报告老师。隐瞒会耽误救治，也让兜售者继续害人。",
        },
        {
            "question": "下列说法中，哪些是正确的？（多选）",
            "kind": "multiple",
            "choices": [
                {"text": "吸食含合成大麻素的电子烟就是吸毒", "correct": True},
                {"text": "法律禁止向未成年人销售电子烟", "correct": True},
                {"text": "电子烟不含尼古丁，不会成瘾", "correct": False},
                {"text": "贩卖含合成大麻素的烟弹属于贩毒", "correct": True},
            ],
            "explanation": "合成大麻素是受管制的毒品；电子烟大多含有尼古丁，容易成瘾，法律禁止卖给未成年人。",
        },
    ],
}

_ECIG_EN = {
    "title": "E-cigarettes and synthetic cannabinoids",
    "summary": "E-cigarettes are not harmless gadgets, and their e-liquid may even be laced with synthetic cannabinoids, which are drugs. "
               "This lesson explains the harm of e-cigarettes, how to recognise “head-rush e-cigarettes”, and what the law says.",
    "objectives": [
        "Understand how addictive the nicotine in e-cigarettes is and how it harms young people",
        "Know that synthetic cannabinoids are drugs, controlled in China as a whole class since 1 July 2021",
        "Recognise the common signs of “head-rush e-cigarettes”, and know how to refuse and report",
        "Call 120 and tell a teacher if someone has a serious reaction after using one",
    ],
    "tags": ["e-cigarettes", "synthetic cannabinoids", "drug prevention"],
    "body": [
        ("heading", "E-cigarettes are not harmless gadgets"),
        ("paragraph",
         "<p>Some e-cigarettes look like USB sticks, pens, lipsticks or cartoon toys, and they smell sweet, so it is easy to think they "
         "are just fashionable accessories. In fact most e-cigarettes contain <b>nicotine</b>, which is highly addictive. It affects the "
         "development of young people's brains and harms attention and memory, and the vapour contains many harmful substances as well.</p>"
         "<p>Chinese law forbids selling tobacco products to minors, and e-cigarettes likewise <b>must not be sold to minors</b>. Since "
         "1 October 2022, the sale of flavoured e-cigarettes other than tobacco flavour has been banned nationwide.</p>"),
        ("heading", "Drugs in the e-liquid: synthetic cannabinoids"),
        ("paragraph",
         "<p>Even more dangerous, criminals add <b>synthetic cannabinoids</b> to e-liquid. These are man-made new psychoactive substances, "
         "far stronger than natural cannabis, and their content and dose are unpredictable. Using them can cause dizziness, vomiting, a "
         "racing heart, hallucinations, anxiety and panic, seizures and loss of consciousness, and in serious cases mental illness or even death.</p>"
         "<p>Since 1 July 2021, China has <b>controlled synthetic cannabinoids as a whole class</b>. This means that using an e-cigarette "
         "containing synthetic cannabinoids is taking drugs, and selling one is drug trafficking; both carry legal consequences.</p>"),
        ("heading", "How to recognise a “head-rush e-cigarette”"),
        ("paragraph",
         "<ul>"
         "<li>It is promoted as giving a “head rush”, making you “float” or “high”, or as a “stress-relief gadget”;</li>"
         "<li>It is not sold through proper channels but traded privately through acquaintances or social apps, at an unusual price;</li>"
         "<li>It has no proper packaging or labels, and the pods are loose or hand-filled;</li>"
         "<li>After a few puffs, people become unsteady on their feet, blank-faced or start talking nonsense.</li>"
         "</ul>"
         "<p>If you see these signs, don't try it; get away at once and tell a parent or teacher, or call 110. If someone near you has "
         "seizures or passes out after using it, call 120 immediately.</p>"),
        ("key_points", {
            "heading": "Key points",
            "points": [
                "Most e-cigarettes contain nicotine; they are addictive and affect young people's brain development, not “harmless gadgets”",
                "The law forbids selling e-cigarettes to minors",
                "Synthetic cannabinoids are new psychoactive substances, controlled in China as a whole class since 1 July 2021",
                "Using an e-cigarette containing synthetic cannabinoids is taking drugs; selling one is drug trafficking",
                "If you hear of an e-cigarette that gives a “head rush” or a “high”: refuse, get away, report it",
            ],
        }),
        ("case_story", {
            "title": "The truth behind the “stress-relief gadget”",
            "story": "A second-year senior secondary student under heavy study pressure saw someone on a social app recommending a "
                     "“stress-relief gadget” e-cigarette: “One puff and all your worries are gone.” He bought one through private "
                     "messages and passed it round among a few classmates.\n\n"
                     "One day before evening study, he took a few puffs in the toilets. Soon the room was spinning and his heart was "
                     "pounding; then his arms and legs began to jerk and he collapsed. A classmate found him and told a teacher at once; "
                     "the teacher called 120, and he was taken to hospital, where he was treated and his life was saved.\n\n"
                     "Tests showed that the pod contained synthetic cannabinoids. The police followed the trail and arrested the person "
                     "who had been selling to students online. After leaving hospital, the student was also questioned and given guidance "
                     "by the police, and the school arranged counselling for him.\n\n"
                     "(This case is a composite based on common situations in many places and is used for teaching only.)",
            "takeaway": "“Stress relief” is just the packaging: synthetic cannabinoids are drugs, and a few puffs can cause a severe reaction. "
                        "When you are under pressure, talk to your parents, teachers or the school counsellor instead of relying on "
                        "e-cigarettes and so-called “gadgets”.",
        }),
        ("do_dont", {
            "dos": [
                "Refuse e-cigarettes from anyone, even if they say it is “fruit-flavoured” or “for stress relief”",
                "When under pressure, talk to your parents, teachers or the school counsellor, and use exercise and regular routines to manage your mood",
                "If you find someone selling “head-rush e-cigarettes”, remember the details and tell a teacher or parent, or call 110",
                "If someone has seizures or passes out after using one, call 120 at once and tell a teacher",
            ],
            "donts": [
                "Don't try e-cigarettes out of curiosity, to follow the crowd or to “look cool”",
                "Don't buy pods or e-liquid of unknown origin online or through acquaintances",
                "Don't share or pass round e-cigarettes",
                "Don't hide e-cigarettes or pods for others, or buy them on someone else's behalf",
                "Don't believe claims that “e-cigarettes are harmless and not addictive”",
            ],
        }),
        ("for_parents", {
            "heading": "A word to parents",
            "text": "<p>E-cigarettes are easy to hide and may look like pens, USB sticks, lipsticks or toys, so parents may not recognise "
                    "them. Watch for <b>unfamiliar small electronic devices, pods and charging cables</b> among your child's belongings, "
                    "and for a sweet smell on them or in their room.</p>"
                    "<p>If you find that your child uses e-cigarettes, stay calm, talk it through and find out where they came from. If your "
                    "child feels dizzy, has seizures or hallucinations after using one, get medical help at once and report where it came "
                    "from to the police: it may be synthetic cannabinoid poisoning. Parents should not smoke or use e-cigarettes in front of their children either.</p>",
            "tips": [
                "Learn the common shapes of e-cigarettes: pens, USB sticks, lipsticks, cartoon toys",
                "Keep an eye on where your child's pocket money goes and on their online shopping and deliveries",
                "If your child uses e-cigarettes, don't hit or shout; first find out where they came from, and talk to the school if needed",
                "If your child passes out or has seizures after using one, call 120 at once and report the source to 110",
                "Don't smoke or use e-cigarettes yourself; set an example",
            ],
        }),
    ],
    "quiz": [
        {
            "question": "Which statement about e-cigarettes is correct?",
            "kind": "single",
            "choices": [
                {"text": "E-cigarettes only give off water vapour and are harmless", "correct": False},
                {"text": "Most e-cigarettes contain nicotine; they are addictive and affect young people's brain development", "correct": True},
                {"text": "Fruit-flavoured e-cigarettes are safe to use", "correct": False},
            ],
            "explanation": "Most e-cigarettes contain nicotine, and the vapour contains many harmful substances. Fruit and other flavours "
                           "only make them more attractive; they do not reduce the harm.",
        },
        {
            "question": "What are synthetic cannabinoids in China?",
            "kind": "single",
            "choices": [
                {"text": "An ordinary food additive", "correct": False},
                {"text": "Drugs controlled as a whole class since 1 July 2021", "correct": True},
                {"text": "Legal as long as they are in an e-cigarette", "correct": False},
            ],
            "explanation": "China has controlled synthetic cannabinoids as a whole class since 1 July 2021. Whatever they are packaged in, "
                           "using them is taking drugs and selling them is drug trafficking.",
        },
        {
            "question": "A classmate takes a few puffs of a “head-rush e-cigarette” and suddenly has a seizure and collapses. What should you do? (choose all that apply)",
            "kind": "multiple",
            "choices": [
                {"text": "Call 120 immediately", "correct": True},
                {"text": "Tell a teacher or a nearby adult at once", "correct": True},
                {"text": "Hide the e-cigarette for them so the teacher doesn't find it", "correct": False},
                {"text": "Remember where the e-cigarette came from and help the teacher and police understand what happened", "correct": True},
            ],
            "explanation": "Seizures and loss of consciousness may be synthetic cannabinoid poisoning: call an ambulance and tell a teacher "
                           "at once. Covering it up delays treatment and lets the seller go on harming others.",
        },
        {
            "question": "Which of these statements are correct? (choose all that apply)",
            "kind": "multiple",
            "choices": [
                {"text": "Using an e-cigarette containing synthetic cannabinoids is taking drugs", "correct": True},
                {"text": "The law forbids selling e-cigarettes to minors", "correct": True},
                {"text": "E-cigarettes contain no nicotine and are not addictive", "correct": False},
                {"text": "Selling pods containing synthetic cannabinoids is drug trafficking", "correct": True},
            ],
            "explanation": "Synthetic cannabinoids are controlled drugs. Most e-cigarettes contain nicotine and are addictive, and the law "
                           "forbids selling them to minors.",
        },
    ],
}


LESSONS = [
    {
        "slug": "drugs-disguised-as-snacks",
        "audiences": ["upper_primary", "junior_secondary", "senior_secondary", "parents"],
        "duration_minutes": 40,
        "related": ["saying-no-to-drugs", "e-cigarettes-synthetic-cannabinoids"],
        "zh": _DISGUISED_ZH,
        "en": _DISGUISED_EN,
    },
    {
        "slug": "saying-no-to-drugs",
        "audiences": ["junior_secondary", "senior_secondary", "parents"],
        "duration_minutes": 40,
        "related": ["drugs-disguised-as-snacks", "e-cigarettes-synthetic-cannabinoids"],
        "zh": _SAY_NO_ZH,
        "en": _SAY_NO_EN,
    },
    {
        "slug": "e-cigarettes-synthetic-cannabinoids",
        "audiences": ["junior_secondary", "senior_secondary", "parents"],
        "duration_minutes": 40,
        "related": ["drugs-disguised-as-snacks", "saying-no-to-drugs"],
        "zh": _ECIG_ZH,
        "en": _ECIG_EN,
    },
]
