"""Demo teaching content: anti-fraud (防诈骗), telecom and online fraud aimed at students.

Plain Python literals only; see SCHEMA.md for the format. Case stories are
composite and illustrative: names are invented and no real school is meant.
"""

TOPIC = {
    "slug": "anti-fraud",
    "zh": {
        "title": "防诈骗",
        "intro": "电信网络诈骗花样多、变化快，学生也是骗子盯上的对象。本专题讲解刷单返利、游戏装备交易、"
                 "冒充公检法等常见骗局，帮助学生和家长识破套路、守住钱袋子。",
    },
    "en": {
        "title": "Anti-fraud",
        "intro": "Telecom and online fraud keeps changing its tricks, and students are among the scammers' targets. "
                 "This topic explains common scams such as click-farming rebates, game item trading and "
                 "impersonating the police, procuratorate and courts, so that students and parents can see through "
                 "them and keep their money safe.",
    },
}

LESSONS = [
    # ------------------------------------------------------------------
    # Lesson 1: click-farming / rebate scams, lending bank and phone cards
    # ------------------------------------------------------------------
    {
        "slug": "click-farming-rebate-trap",
        "audiences": ["upper_primary", "junior_secondary", "senior_secondary", "parents"],
        "duration_minutes": 40,
        "related": ["game-trading-scams", "spot-fake-police-scams"],
        "zh": {
            "title": "刷单返利是陷阱",
            "summary": "刷单返利诈骗以“动动手指就能赚钱”为诱饵，先给小额返利，再诱骗受害人不断投钱。"
                       "本课揭穿刷单骗局的套路，并提醒学生不要出租、出借银行卡和手机卡。",
            "objectives": [
                "认清刷单返利诈骗“先小额返利、再加码套牢”的套路。",
                "记住“凡是刷单都是诈骗”，不轻信“轻松高薪兼职”。",
                "了解出租、出借银行卡和手机卡的法律风险。",
                "掌握防诈基本规则和被骗后的求助方法。",
            ],
            "tags": ["刷单", "兼职", "防诈"],
            "body": [
                ("heading", "“动动手指就能赚钱”？"),
                ("paragraph",
                 "<p>刷单返利是最常见的电信网络诈骗类型之一。骗子在群聊、短视频评论区、游戏里发广告："
                 "“点赞关注就能领钱”“在家做任务，日赚几百”。学生课余时间多、想赚零花钱，很容易被盯上。</p>"
                 "<p>要知道，刷单本身就是违法行为，正规的商家和平台不会花钱找人刷单。请记住一句话："
                 "<b>凡是刷单，都是诈骗</b>。</p>"),
                ("heading", "骗局四步走"),
                ("paragraph",
                 "<ul>"
                 "<li><b>第一步，引流</b>：用“免费领礼物”“点赞一次给几元”把你拉进群，或者让你下载陌生App。</li>"
                 "<li><b>第二步，尝甜头</b>：先做几个简单任务，真的给你返几元、几十元，让你相信“这是真的”。</li>"
                 "<li><b>第三步，加码</b>：接着推出“垫付任务”“高额佣金任务”，要求你先付钱购买商品或充值，"
                 "承诺连本带利返还；群里的“托儿”不断晒收益，让你觉得人人都在赚钱。</li>"
                 "<li><b>第四步，套牢</b>：等你投入的钱多了，对方就说你“操作失误”“任务没做完”“账户被冻结”，"
                 "必须继续转钱“解冻”才能提现。你越投越多，最后被拉黑，一分钱也拿不回来。</li>"
                 "</ul>"),
                ("heading", "“高薪兼职”的另一个陷阱：出租、出借银行卡和手机卡"),
                ("paragraph",
                 "<p>有人会说：“把你的银行卡、手机卡借我用用，每天给你几百块”“帮忙转一笔账，给你提成”。"
                 "这些卡和账户很可能被诈骗团伙用来转移赃款、拨打诈骗电话。</p>"
                 "<p>明知他人利用信息网络实施犯罪，仍为其提供银行卡、手机卡、支付结算等帮助，"
                 "可能构成<b>帮助信息网络犯罪活动罪（帮信罪）</b>，年满16周岁的人要依法承担刑事责任。"
                 "即使不追究刑事责任，出租、出借、出售卡的人也可能被依法惩戒，在一段时间内不能正常使用或新办"
                 "银行卡、手机卡。<b>自己的卡，只能自己用</b>。</p>"),
                ("heading", "守住钱袋子"),
                ("paragraph",
                 "<ul>"
                 "<li>陌生链接不点，陌生App不下载；</li>"
                 "<li>验证码不告诉任何人；</li>"
                 "<li>不给陌生人转账，不出借自己的银行卡、手机卡和支付账号；</li>"
                 "<li>遇到可疑情况先挂断、再核实，并告诉家长；</li>"
                 "<li>已经被骗，立即拨打110报警，保留聊天记录和转账凭证。</li>"
                 "</ul>"
                 "<p>建议和家长一起在手机上安装<b>国家反诈中心App</b>。接到<b>96110</b>来电一定要接听，"
                 "那是反诈预警劝阻专线在提醒你；拿不准的情况，也可以拨打96110咨询、举报。</p>"),
                ("key_points", {
                    "heading": "要点",
                    "points": [
                        "凡是刷单都是诈骗，“先小额返利、再加码投钱”是典型套路。",
                        "要你先垫钱、充值，或交“解冻费”“保证金”的兼职，都是骗局。",
                        "不出租、出借、出售银行卡、手机卡和支付账号，年满16周岁可能构成帮信罪。",
                        "不点陌生链接，不说验证码，不给陌生人转账。",
                        "被骗后立即拨打110，保留聊天记录和转账凭证。",
                    ],
                }),
                ("case_story", {
                    "title": "从“点赞返5元”到被骗三千多元",
                    "story": "初二学生小杰（化名）在短视频评论区看到“点赞一个视频返5元”的广告，加了对方好友后，"
                             "被拉进一个“任务群”。他点赞了几个视频，真的收到了十几元红包，觉得很划算。\n\n"
                             "接着，群里的“接待员”让他下载一个App做“进阶任务”：先充值100元，完成后返还130元。"
                             "小杰照做，果然拿到了钱。随后对方推出“连单任务”，要他充值800元，可充值后App却显示他"
                             "“操作超时”，必须再充2000元才能“解冻”提现。小杰把自己攒的压岁钱全部转了出去，"
                             "又偷偷用了妈妈手机上的支付账户，前后转出3000多元，对方却还要他继续充值。\n\n"
                             "小杰害怕了，终于告诉了爸爸。爸爸立即带他到派出所报警，并提供了聊天记录和转账记录。"
                             "民警告诉他们：所谓的“返利”，就是骗子用来钓大鱼的鱼饵。",
                    "takeaway": "小额返利是“鱼饵”，要你先垫钱的任务都是骗局。一旦对方要求“解冻”“补单”，"
                                "马上停止转账，告诉家长，拨打110。",
                }),
                ("do_dont", {
                    "dos": [
                        "看到“轻松赚钱”的广告，先告诉家长。",
                        "和家长一起安装国家反诈中心App，开启来电预警。",
                        "接到96110来电一定要接听。",
                        "发现被骗，立即停止转账，拨打110，保存证据。",
                    ],
                    "donts": [
                        "不相信“点赞返利”“做任务赚钱”“日赚几百”。",
                        "不下载陌生人发来的App，不点陌生链接。",
                        "不为“任务”“解冻”“保证金”转账充值。",
                        "不出租、出借、出售自己的银行卡、手机卡和支付账号。",
                        "不把验证码告诉任何人。",
                    ],
                }),
                ("for_parents", {
                    "heading": "给家长的话",
                    "text": "<p>骗子常在孩子使用的短视频、游戏、社交平台上发广告，专门利用孩子想赚零花钱、"
                            "怕被家长责怪的心理。很多孩子被骗后因为害怕而隐瞒，甚至为了“把钱拿回来”继续转账。</p>"
                            "<p>请您<b>管好支付密码和银行卡</b>：不要让孩子知道支付密码，关闭不必要的免密支付，"
                            "定期查看账单。请告诉孩子：遇到问题第一时间告诉家长，<b>家长不会因为你被骗而责怪你</b>。"
                            "对于年满16周岁的孩子，请特别提醒：不要把银行卡、手机卡借给或卖给任何人，哪怕是同学、朋友。</p>",
                    "tips": [
                        "在家人的手机上安装国家反诈中心App，并开启来电预警功能。",
                        "设置支付限额，关闭小额免密支付。",
                        "发现孩子突然有来历不明的收入或大额支出，及时了解情况。",
                        "一旦被骗，立即拨打110，保存聊天记录和转账凭证，警惕“帮你追回损失”的二次诈骗。",
                    ],
                }),
            ],
            "quiz": [
                {
                    "question": "有人说“点赞一个视频返5元”，你做完真的收到了钱。接下来对方要你先充值100元做“进阶任务”，"
                                "你应该怎么做？",
                    "kind": "single",
                    "choices": [
                        {"text": "充值，之前都返钱了，肯定没问题", "correct": False},
                        {"text": "立即停止，退出群聊，告诉家长", "correct": True},
                        {"text": "先少充一点试试", "correct": False},
                    ],
                    "explanation": "先给小额返利是刷单诈骗的“鱼饵”，一旦要你先充值、垫钱，就是骗局开始收网。"
                                   "立即停止并告诉家长。",
                },
                {
                    "question": "下面哪些是刷单返利诈骗的典型特征？（多选）",
                    "kind": "multiple",
                    "choices": [
                        {"text": "先给小额返利，让人尝到甜头", "correct": True},
                        {"text": "要求先垫付、充值，承诺连本带利返还", "correct": True},
                        {"text": "以“操作失误”“账户冻结”为由要求交解冻费", "correct": True},
                        {"text": "学校统一组织、家长知情同意的社会实践活动", "correct": False},
                    ],
                    "explanation": "小额返利、先垫钱、要解冻费，是刷单返利诈骗的三个典型特征。"
                                   "学校组织、家长知情的活动不会要你先交钱给陌生人。",
                },
                {
                    "question": "有人出价每月500元“租用”你的银行卡，正确做法是？",
                    "kind": "single",
                    "choices": [
                        {"text": "可以，反正卡里没钱", "correct": False},
                        {"text": "拒绝。出租银行卡可能被用来转移诈骗赃款，年满16周岁可能构成帮信罪", "correct": True},
                        {"text": "只借给他一个星期", "correct": False},
                    ],
                    "explanation": "银行卡、手机卡只能自己用。出租、出借的卡常被诈骗团伙用来转移赃款，"
                                   "年满16周岁的人可能构成帮助信息网络犯罪活动罪，还可能被限制办卡。",
                },
                {
                    "question": "接到96110打来的电话，应该怎么做？",
                    "kind": "single",
                    "choices": [
                        {"text": "当作骗子，直接挂断", "correct": False},
                        {"text": "接听，这是反诈预警劝阻电话", "correct": True},
                        {"text": "拉黑这个号码", "correct": False},
                    ],
                    "explanation": "96110是反诈预警劝阻专线，来电往往说明你或家人可能正在遭遇诈骗，一定要接听。",
                },
            ],
        },
        "en": {
            "title": "Click-farming rebates are a trap",
            "summary": "Click-farming rebate scams lure victims with “make money with a few taps”: they pay out a "
                       "little at first, then trick the victim into paying in more and more. This lesson exposes the "
                       "tricks and warns students never to rent out or lend their bank cards or phone cards.",
            "objectives": [
                "Recognise the click-farming scam pattern: “small rebates first, then bigger deposits locked in”.",
                "Remember that “all click-farming is fraud”, and don't believe in “easy, well-paid part-time jobs”.",
                "Understand the legal risks of renting out or lending bank cards and phone cards.",
                "Learn the basic anti-fraud rules and how to get help after being cheated.",
            ],
            "tags": ["click-farming", "part-time jobs", "anti-fraud"],
            "body": [
                ("heading", "“Make money with a few taps”?"),
                ("paragraph",
                 "<p>Click-farming rebate scams are among the most common kinds of telecom and online fraud. "
                 "Scammers post adverts in group chats, short-video comment sections and games: “Get paid for likes "
                 "and follows”, “Do tasks at home, earn hundreds a day”. Students have free time after class and want "
                 "pocket money, so they are easy targets.</p>"
                 "<p>Bear in mind that click-farming (faking orders, likes and reviews) is itself against the law, and "
                 "genuine shops and platforms do not pay people to do it. Remember one sentence: <b>all "
                 "click-farming is fraud</b>.</p>"),
                ("heading", "The scam in four steps"),
                ("paragraph",
                 "<ul>"
                 "<li><b>Step 1, the hook</b>: “free gifts” or “a few yuan for each like” draw you into a group chat "
                 "or get you to download an unknown app.</li>"
                 "<li><b>Step 2, a taste of sweetness</b>: you do a few simple tasks and really do get a few yuan or a "
                 "few dozen yuan back, so you believe “this is real”.</li>"
                 "<li><b>Step 3, raising the stakes</b>: next come “advance-payment tasks” and “high-commission "
                 "tasks”: you must first pay to buy goods or top up, with a promise to get your money back plus "
                 "commission; “shills” in the group keep showing off their earnings so it looks as if everyone is "
                 "making money.</li>"
                 "<li><b>Step 4, locked in</b>: once you have paid in a larger sum, they say you “made a mistake”, "
                 "“didn't finish the task” or that “the account is frozen”, and you must keep transferring money to "
                 "“unfreeze” it before you can withdraw. The more you pay, the more you lose; in the end you are "
                 "blocked and get nothing back.</li>"
                 "</ul>"),
                ("heading", "Another trap behind “well-paid part-time jobs”: renting out or lending bank and phone cards"),
                ("paragraph",
                 "<p>Someone may say: “Lend me your bank card or phone card and I'll pay you a few hundred a day”, "
                 "or “Help me move some money and you get a cut.” Such cards and accounts are very likely to be used "
                 "by fraud gangs to move stolen money and make scam calls.</p>"
                 "<p>Knowingly providing bank cards, phone cards, payment settlement or similar help to people who "
                 "use information networks to commit crimes may be the crime of <b>assisting information network "
                 "criminal activities (帮信罪)</b>, and anyone aged 16 or over bears criminal responsibility for it "
                 "according to law. Even without criminal liability, people who rent out, lend or sell cards may be "
                 "penalised according to law and be unable to use or open bank cards and phone cards normally for a "
                 "period of time. <b>Your cards are for your own use only</b>.</p>"),
                ("heading", "Keep your money safe"),
                ("paragraph",
                 "<ul>"
                 "<li>Don't click unknown links or download unknown apps;</li>"
                 "<li>never tell anyone a verification code;</li>"
                 "<li>don't transfer money to strangers, and don't lend out your bank card, phone card or payment "
                 "account;</li>"
                 "<li>when something seems suspicious, hang up first, then verify, and tell your parents;</li>"
                 "<li>if you have already been cheated, call 110 at once and keep the chat records and transfer "
                 "receipts.</li>"
                 "</ul>"
                 "<p>Install the <b>National Anti-Fraud Center app (国家反诈中心)</b> on your phone together with your "
                 "parents. If <b>96110</b> calls you, always answer: it is the anti-fraud warning hotline alerting "
                 "you. When you are not sure about something, you can also call 96110 for advice or to report it.</p>"),
                ("key_points", {
                    "heading": "Key points",
                    "points": [
                        "All click-farming is fraud; “small rebates first, then bigger deposits” is the typical "
                        "pattern.",
                        "Any part-time job that makes you pay in advance, top up, or pay an “unfreeze fee” or "
                        "“deposit” is a scam.",
                        "Don't rent out, lend or sell bank cards, phone cards or payment accounts; at 16 or over this "
                        "may be the crime of assisting information network criminal activities.",
                        "Don't click unknown links, don't share verification codes, don't transfer money to strangers.",
                        "If you are cheated, call 110 at once and keep chat records and transfer receipts.",
                    ],
                }),
                ("case_story", {
                    "title": "From “5 yuan per like” to losing over 3,000 yuan",
                    "story": "Xiaojie (not his real name), a second-year junior secondary student, saw an advert in a "
                             "short-video comment section: “Like a video, get 5 yuan back.” After adding the "
                             "advertiser as a friend, he was pulled into a “task group”. He liked a few videos and "
                             "really did receive a dozen or so yuan in red packets, which seemed a great deal.\n\n"
                             "Then the group's “receptionist” told him to download an app for “advanced tasks”: top "
                             "up 100 yuan and get 130 yuan back when done. Xiaojie did so and got the money. Next came "
                             "a “combined-order task” asking him to top up 800 yuan, but after he paid, the app said "
                             "he had “timed out” and had to top up another 2,000 yuan to “unfreeze” his withdrawal. "
                             "Xiaojie transferred all the New Year money he had saved and secretly used the payment "
                             "account on his mother's phone too: more than 3,000 yuan in all, yet they still wanted "
                             "him to top up again.\n\n"
                             "Xiaojie got scared and finally told his father, who immediately took him to the police "
                             "station to report it and handed over the chat records and transfer records. The police "
                             "officer told them: the so-called “rebates” were simply bait the scammers used to land a "
                             "bigger catch.",
                    "takeaway": "Small rebates are bait, and any task that makes you pay first is a scam. As soon as "
                                "they ask you to “unfreeze” or “make up orders”, stop transferring money, tell your "
                                "parents and call 110.",
                }),
                ("do_dont", {
                    "dos": [
                        "When you see an “easy money” advert, tell your parents first.",
                        "Install the National Anti-Fraud Center app with your parents and turn on call warnings.",
                        "Always answer calls from 96110.",
                        "If you find you have been cheated, stop transferring money at once, call 110 and keep the "
                        "evidence.",
                    ],
                    "donts": [
                        "Don't believe in “rebates for likes”, “earn money doing tasks” or “hundreds a day”.",
                        "Don't download apps sent by strangers or click unknown links.",
                        "Don't transfer or top up money for “tasks”, “unfreezing” or “deposits”.",
                        "Don't rent out, lend or sell your bank card, phone card or payment account.",
                        "Never tell anyone a verification code.",
                    ],
                }),
                ("for_parents", {
                    "heading": "For parents",
                    "text": "<p>Scammers often advertise on the short-video, gaming and social platforms children use, "
                            "and deliberately exploit children's wish to earn pocket money and their fear of being "
                            "blamed by their parents. Many children hide it after being cheated, and some even keep "
                            "transferring money to “get it back”.</p>"
                            "<p>Please <b>keep payment passwords and bank cards under your control</b>: don't let your "
                            "child know the payment password, turn off unnecessary password-free payments, and check "
                            "your statements regularly. Tell your child: if something goes wrong, tell us first, "
                            "and <b>we won't blame you for being cheated</b>. For children aged 16 or over, give a "
                            "special warning: never lend or sell a bank card or phone card to anyone, not even a "
                            "classmate or friend.</p>",
                    "tips": [
                        "Install the National Anti-Fraud Center app on family phones and turn on call warnings.",
                        "Set payment limits and turn off small password-free payments.",
                        "If your child suddenly has unexplained income or large spending, find out what is going on.",
                        "If you are cheated, call 110 at once, keep the chat records and transfer receipts, and beware "
                        "of a second scam offering to “recover your losses”.",
                    ],
                }),
            ],
            "quiz": [
                {
                    "question": "Someone offers “5 yuan back for liking a video”, and you really do get paid. Next they "
                                "ask you to top up 100 yuan first for an “advanced task”. What should you do?",
                    "kind": "single",
                    "choices": [
                        {"text": "Top up; they paid before, so it must be fine", "correct": False},
                        {"text": "Stop at once, leave the group and tell your parents", "correct": True},
                        {"text": "Try topping up a smaller amount first", "correct": False},
                    ],
                    "explanation": "Small rebates at first are the bait of click-farming scams; once they ask you to top "
                                   "up or pay in advance, the scam is closing in. Stop at once and tell your parents.",
                },
                {
                    "question": "Which of these are typical signs of a click-farming rebate scam? (Choose all that apply)",
                    "kind": "multiple",
                    "choices": [
                        {"text": "Paying small rebates first to give you a taste of sweetness", "correct": True},
                        {"text": "Asking you to pay in advance or top up, promising your money back plus commission",
                         "correct": True},
                        {"text": "Demanding an unfreeze fee because of an “operating error” or a “frozen account”",
                         "correct": True},
                        {"text": "A community activity organised by the school with parents informed and agreeing",
                         "correct": False},
                    ],
                    "explanation": "Small rebates, paying in advance and unfreeze fees are the three typical signs of a "
                                   "click-farming rebate scam. An activity organised by the school with parents "
                                   "informed will not ask you to pay money to strangers first.",
                },
                {
                    "question": "Someone offers you 500 yuan a month to “rent” your bank card. What is the right "
                                "response?",
                    "kind": "single",
                    "choices": [
                        {"text": "Fine, there's no money in the card anyway", "correct": False},
                        {"text": "Refuse. A rented card may be used to move fraud money, and at 16 or over this may be "
                                 "the crime of assisting information network criminal activities", "correct": True},
                        {"text": "Lend it to him for just one week", "correct": False},
                    ],
                    "explanation": "Bank cards and phone cards are for your own use only. Rented or lent cards are often "
                                   "used by fraud gangs to move stolen money; people aged 16 or over may commit the "
                                   "crime of assisting information network criminal activities and may also be "
                                   "restricted from opening cards.",
                },
                {
                    "question": "You get a call from 96110. What should you do?",
                    "kind": "single",
                    "choices": [
                        {"text": "Treat it as a scammer and hang up", "correct": False},
                        {"text": "Answer it: it is the anti-fraud warning hotline", "correct": True},
                        {"text": "Block the number", "correct": False},
                    ],
                    "explanation": "96110 is the anti-fraud warning hotline. A call from it often means you or your "
                                   "family may be being scammed right now, so always answer.",
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Lesson 2: game item trading scams, free skins, fake fan-club refunds
    # ------------------------------------------------------------------
    {
        "slug": "game-trading-scams",
        "audiences": ["upper_primary", "junior_secondary", "parents"],
        "duration_minutes": 40,
        "related": ["click-farming-rebate-trap", "spot-fake-police-scams"],
        "zh": {
            "title": "游戏装备交易骗局",
            "summary": "低价买装备、高价卖账号、免费领皮肤……骗子常以游戏交易为诱饵，用虚假交易平台、“解冻费”"
                       "和冒充客服骗取钱财。本课同时揭穿冒充明星粉丝团“退款”的骗局。",
            "objectives": [
                "识别游戏账号和装备交易中的常见骗局。",
                "知道“免费领皮肤”“账户冻结要交钱”都是骗局。",
                "认清冒充明星粉丝团、后援会“退款”的骗局。",
                "养成只走官方渠道、不私下交易、花钱先问家长的习惯。",
            ],
            "tags": ["游戏", "追星", "防诈"],
            "body": [
                ("heading", "游戏里的“好买卖”"),
                ("paragraph",
                 "<p>很多同学喜欢玩游戏，骗子就在游戏世界里设下圈套。他们在游戏喊话、群聊、二手平台上发广告："
                 "“低价出售稀有皮肤”“高价收购你的账号”“免费领限定装备”。一旦你动了心，骗局就开始了。</p>"),
                ("heading", "常见的三种套路"),
                ("paragraph",
                 "<ul>"
                 "<li><b>虚假交易平台</b>：骗子让你离开正规平台，到他发来的链接或App上交易。你卖账号时，"
                 "页面显示“买家已付款”，却提示“账户被冻结”“信息填写错误”，要先交“解冻费”“保证金”才能提现；"
                 "你买装备时，付了钱就被拉黑。</li>"
                 "<li><b>冒充客服</b>：自称“游戏客服”，说你的账号“违规将被封”“交易异常”，要求你扫码、转账"
                 "或者提供验证码来“解除”。</li>"
                 "<li><b>免费领皮肤</b>：说“扫码就能免费领皮肤”，让你用家长的手机扫码，或者把收到的验证码告诉他。"
                 "接着又说“操作失误开通了扣费会员”“你的行为违规要交罚款”，引导你用家长的手机转账、开启屏幕共享。</li>"
                 "</ul>"),
                ("heading", "追星也要防骗"),
                ("paragraph",
                 "<p>骗子还会冒充“明星粉丝团”“后援会”，以“抽奖送签名照”“低价买演唱会门票”“退还应援费”为由骗钱。"
                 "常见说法是：“你中奖了，要先交保证金”“你误开通了会员，不退订会每月扣费”“你是未成年人，要给你退款”，"
                 "然后一步步诱导孩子用家长的手机转账、扫码或开启屏幕共享。记住：<b>真正的退款不需要你先付钱</b>，"
                 "更不需要屏幕共享。</p>"),
                ("heading", "记牢三个“只”"),
                ("paragraph",
                 "<ul>"
                 "<li><b>只</b>通过游戏官方渠道充值、交易，不离开官方平台私下交易；</li>"
                 "<li><b>只</b>相信官方客服，在游戏内或官方网站联系客服，不理会主动加你的“客服”；</li>"
                 "<li><b>只</b>在家长知道和同意的情况下花钱。</li>"
                 "</ul>"
                 "<p>很多游戏的用户协议不允许私下买卖账号，私下交易本身就有风险。凡是要求“先交钱”“给验证码”"
                 "“开屏幕共享”的，一律是诈骗。</p>"),
                ("key_points", {
                    "heading": "要点",
                    "points": [
                        "离开官方平台私下交易，往往就是游戏诈骗的开始。",
                        "要你交解冻费、保证金才能提现的“平台”，都是骗局。",
                        "“免费领皮肤”却要扫码、要验证码的，都是骗局。",
                        "真正的退款不需要先付钱，更不需要屏幕共享。",
                        "用家长手机付款前，一定先问家长；不要相信“不能告诉家长”。",
                    ],
                }),
                ("case_story", {
                    "title": "一套“免费皮肤”的代价",
                    "story": "五年级的小宇（化名）在游戏里看到一条消息：“限量皮肤免费送，加好友领取”。"
                             "他加了对方好友，对方让他用妈妈的手机扫二维码“领取”，又让他把收到的验证码发过去。\n\n"
                             "没多久，一个“客服”告诉小宇：他刚才的操作违规，账号马上要被封，还会影响家长的征信，"
                             "必须交“保证金”才能解除，而且“不能告诉家长，否则处理不了”。小宇吓坏了，"
                             "在对方指导下打开了屏幕共享，用妈妈手机上的支付账户分几次转出了6000多元。\n\n"
                             "妈妈收到扣款短信才发现问题，立即拨打110报警。民警告诉小宇：领皮肤要扫码、要验证码、"
                             "要保证金，都是诈骗；“不能告诉家长”这句话，本身就是最大的破绽。",
                    "takeaway": "天上不会掉“免费皮肤”。凡是让你扫码、说验证码、开屏幕共享、瞒着家长转账的，都是骗子。",
                }),
                ("do_dont", {
                    "dos": [
                        "只在游戏官方渠道充值和交易。",
                        "遇到账号问题，通过游戏内或官方网站联系官方客服。",
                        "用家长手机前，告诉家长你要做什么。",
                        "感觉不对劲，立刻停下来，告诉家长。",
                    ],
                    "donts": [
                        "不相信“免费领皮肤”“低价卖装备”“高价收账号”。",
                        "不点对方发来的交易链接，不下载陌生App。",
                        "不把验证码告诉任何人，不开启屏幕共享。",
                        "不为“解冻”“保证金”“退款”转账。",
                        "不相信“不能告诉家长”的要求。",
                    ],
                }),
                ("for_parents", {
                    "heading": "给家长的话",
                    "text": "<p>游戏和追星类诈骗专门针对孩子，骗子利用的是孩子<b>能接触家长的手机支付、又害怕被家长责骂</b>"
                            "的弱点。很多案件中，孩子是在骗子指导下，用家长的手机完成转账的。</p>"
                            "<p>请您保管好手机和支付密码，不要把支付密码告诉孩子，不要让孩子用绑定了银行卡的账户玩游戏；"
                            "为孩子的游戏账号开启未成年人模式；经常和孩子聊聊他玩什么游戏、喜欢哪些明星。请告诉孩子："
                            "<b>任何要你瞒着爸爸妈妈的事，都要先告诉爸爸妈妈</b>。</p>",
                    "tips": [
                        "支付密码不告诉孩子，开启支付验证并设置限额。",
                        "在手机上安装国家反诈中心App，开启来电预警。",
                        "定期查看支付账单和银行短信，发现异常扣款及时处理。",
                        "孩子被骗后，先安慰、不责骂，立即拨打110，保存聊天记录和转账凭证。",
                    ],
                }),
            ],
            "quiz": [
                {
                    "question": "游戏里有人说“加好友，扫码免费领限量皮肤”，你应该怎么做？",
                    "kind": "single",
                    "choices": [
                        {"text": "赶紧用妈妈的手机扫码", "correct": False},
                        {"text": "不理会，告诉家长，这是诈骗", "correct": True},
                        {"text": "先把验证码发给他试试", "correct": False},
                    ],
                    "explanation": "“免费领皮肤”是骗子的诱饵，扫码、发验证码之后，往往就是诱导转账。不理会并告诉家长。",
                },
                {
                    "question": "在游戏账号、装备交易中，下面哪些说法是诈骗信号？（多选）",
                    "kind": "multiple",
                    "choices": [
                        {"text": "“账户被冻结，先交解冻费才能提现”", "correct": True},
                        {"text": "“离开平台，到我发的链接里交易更便宜”", "correct": True},
                        {"text": "“开启屏幕共享，我教你操作退款”", "correct": True},
                        {"text": "“请通过游戏内的官方渠道联系客服”", "correct": False},
                    ],
                    "explanation": "要解冻费、引导离开官方平台、要求屏幕共享，都是典型的诈骗信号。"
                                   "通过游戏内官方渠道联系客服才是正确的做法。",
                },
                {
                    "question": "有人自称“明星后援会”，说“你误开通了会员，不退订会每月扣费”，正确做法是？",
                    "kind": "single",
                    "choices": [
                        {"text": "按对方指导，用家长的手机转账“退款”", "correct": False},
                        {"text": "不理会，告诉家长，通过官方渠道核实", "correct": True},
                        {"text": "打开屏幕共享，让对方帮忙操作", "correct": False},
                    ],
                    "explanation": "“误开通会员要退款”是常见的诈骗话术。真正的退款不需要你先付钱，更不需要屏幕共享。",
                },
                {
                    "question": "对方说“这件事不能告诉家长，否则处理不了”，这说明什么？",
                    "kind": "single",
                    "choices": [
                        {"text": "对方是在保护你", "correct": False},
                        {"text": "这是骗子想切断你和家长的联系，要立刻告诉家长", "correct": True},
                        {"text": "事情不严重，自己处理就行", "correct": False},
                    ],
                    "explanation": "骗子最怕家长知道。凡是要求你对家长保密的，基本可以断定是诈骗，要立刻告诉家长。",
                },
            ],
        },
        "en": {
            "title": "Game item trading scams",
            "summary": "Cheap gear, big money for your account, free skins… Scammers often use game trading as bait, "
                       "cheating children out of money with fake trading platforms, “unfreeze fees” and fake customer "
                       "service. This lesson also exposes fake star fan-club “refund” scams.",
            "objectives": [
                "Recognise common scams in game account and item trading.",
                "Know that “free skins” and “your account is frozen, pay to unfreeze it” are scams.",
                "See through “refund” scams by fake star fan clubs and support groups.",
                "Build the habit of using only official channels, never trading privately, and asking parents before "
                "spending.",
            ],
            "tags": ["games", "fandom", "anti-fraud"],
            "body": [
                ("heading", "“Great deals” in games"),
                ("paragraph",
                 "<p>Many students love games, so scammers set traps in the game world. They post in game chat, group "
                 "chats and second-hand platforms: “Rare skins going cheap”, “Top price paid for your account”, "
                 "“Claim limited-edition gear for free”. The moment you are tempted, the scam begins.</p>"),
                ("heading", "Three common tricks"),
                ("paragraph",
                 "<ul>"
                 "<li><b>Fake trading platforms</b>: the scammer gets you to leave the proper platform and trade "
                 "through a link or app he sends. When you sell an account, the page shows “the buyer has paid” but "
                 "says “your account is frozen” or “your details were entered wrongly”, and you must first pay an "
                 "“unfreeze fee” or “deposit” before you can withdraw; when you buy gear, you pay and are then "
                 "blocked.</li>"
                 "<li><b>Fake customer service</b>: someone claiming to be “game customer service” says your account "
                 "“broke the rules and will be banned” or has an “abnormal transaction”, and asks you to scan a code, "
                 "transfer money or give a verification code to “sort it out”.</li>"
                 "<li><b>Free skins</b>: “scan this code to get a free skin”; you are told to scan it with a parent's "
                 "phone or pass on the verification code you receive. Then they say “you made a mistake and opened a "
                 "paid membership” or “you broke the rules and must pay a fine”, and lead you to transfer money on "
                 "your parent's phone and turn on screen sharing.</li>"
                 "</ul>"),
                ("heading", "Fans need to watch out too"),
                ("paragraph",
                 "<p>Scammers also pose as a “star's fan club” or “support group” and take money with “prize draws for "
                 "signed photos”, “cheap concert tickets” or “refunds of support fees”. Typical lines are: “You've won, "
                 "but you must pay a deposit first”, “You opened a membership by mistake; if you don't cancel, you'll "
                 "be charged every month”, “You're a minor, so we need to give you a refund”. Then step by step they "
                 "get the child to transfer money, scan codes or turn on screen sharing on a parent's phone. "
                 "Remember: <b>a real refund never requires you to pay first</b>, and it never needs screen "
                 "sharing.</p>"),
                ("heading", "Remember the three “onlys”"),
                ("paragraph",
                 "<ul>"
                 "<li><b>Only</b> top up and trade through the game's official channels; never leave the official "
                 "platform to trade privately;</li>"
                 "<li><b>only</b> trust official customer service, contacted inside the game or on the official "
                 "website; ignore “customer service” that adds you out of the blue;</li>"
                 "<li><b>only</b> spend money when your parents know and agree.</li>"
                 "</ul>"
                 "<p>Many games' user agreements do not allow private buying and selling of accounts, and private "
                 "trades are risky in themselves. Anyone who asks you to “pay first”, “give the verification code” or "
                 "“turn on screen sharing” is a scammer, without exception.</p>"),
                ("key_points", {
                    "heading": "Key points",
                    "points": [
                        "Leaving the official platform to trade privately is often where game scams begin.",
                        "Any “platform” that makes you pay an unfreeze fee or deposit before you can withdraw is a scam.",
                        "“Free skins” that require scanning a code or giving a verification code are scams.",
                        "A real refund never requires paying first, let alone screen sharing.",
                        "Always ask your parents before paying on their phone; never believe “you can't tell your "
                        "parents”.",
                    ],
                }),
                ("case_story", {
                    "title": "The price of a “free skin”",
                    "story": "Xiaoyu (not his real name), a fifth-grader, saw a message in a game: “Limited skins free, "
                             "add me as a friend to claim.” He added the sender, who told him to “claim” it by scanning "
                             "a QR code with his mother's phone, and then to send over the verification code he "
                             "received.\n\n"
                             "Soon afterwards a “customer service agent” told Xiaoyu that what he had just done broke "
                             "the rules, his account was about to be banned and his parents' credit record would be "
                             "affected; he had to pay a “deposit” to sort it out, and “you can't tell your parents, or "
                             "it can't be fixed”. Terrified, Xiaoyu followed their instructions, turned on screen "
                             "sharing, and transferred more than 6,000 yuan in several payments from the payment "
                             "account on his mother's phone.\n\n"
                             "His mother only found out when she got text messages about the payments, and called 110 "
                             "at once. The police officer told Xiaoyu: claiming a skin by scanning a code, giving a "
                             "verification code or paying a deposit is always fraud, and the words “you can't tell your "
                             "parents” are themselves the biggest giveaway.",
                    "takeaway": "“Free skins” don't fall from the sky. Anyone who asks you to scan a code, give a "
                                "verification code, turn on screen sharing or transfer money behind your parents' "
                                "backs is a scammer.",
                }),
                ("do_dont", {
                    "dos": [
                        "Top up and trade only through the game's official channels.",
                        "For account problems, contact official customer service inside the game or on the official "
                        "website.",
                        "Before using a parent's phone, tell them what you are going to do.",
                        "If something feels wrong, stop at once and tell your parents.",
                    ],
                    "donts": [
                        "Don't believe “free skins”, “cheap gear” or “top price for your account”.",
                        "Don't click trading links sent to you or download unknown apps.",
                        "Never tell anyone a verification code, and don't turn on screen sharing.",
                        "Don't transfer money for “unfreezing”, “deposits” or “refunds”.",
                        "Don't believe anyone who says “you can't tell your parents”.",
                    ],
                }),
                ("for_parents", {
                    "heading": "For parents",
                    "text": "<p>Game and fan scams target children specifically. Scammers exploit the fact that children "
                            "<b>can get at their parents' phone payments yet are afraid of being scolded</b>. In many "
                            "cases the child makes the transfers on a parent's phone, step by step as the scammer "
                            "instructs.</p>"
                            "<p>Please keep your phone and payment passwords safe, don't tell your child the payment "
                            "password, and don't let your child play games on an account linked to a bank card; turn "
                            "on minor mode for your child's game accounts; talk often with your child about the games "
                            "they play and the stars they like. Tell your child: <b>anything someone asks you to hide "
                            "from Mum and Dad is exactly what you should tell Mum and Dad first</b>.</p>",
                    "tips": [
                        "Don't tell your child payment passwords; turn on payment verification and set limits.",
                        "Install the National Anti-Fraud Center app on your phone and turn on call warnings.",
                        "Check payment statements and bank text messages regularly, and deal with unusual charges "
                        "promptly.",
                        "If your child is cheated, comfort them first rather than scolding, call 110 at once, and keep "
                        "chat records and transfer receipts.",
                    ],
                }),
            ],
            "quiz": [
                {
                    "question": "Someone in a game says “add me and scan this code to get a limited skin for free”. "
                                "What should you do?",
                    "kind": "single",
                    "choices": [
                        {"text": "Quickly scan it with Mum's phone", "correct": False},
                        {"text": "Ignore it and tell your parents: it's a scam", "correct": True},
                        {"text": "Try sending him the verification code first", "correct": False},
                    ],
                    "explanation": "“Free skins” are scammers' bait; after you scan the code or send the verification "
                                   "code, they usually talk you into transferring money. Ignore it and tell your "
                                   "parents.",
                },
                {
                    "question": "In game account and item trading, which of these are signs of a scam? (Choose all that "
                                "apply)",
                    "kind": "multiple",
                    "choices": [
                        {"text": "“Your account is frozen; pay an unfreeze fee before you can withdraw”",
                         "correct": True},
                        {"text": "“Leave the platform and trade through my link, it's cheaper”", "correct": True},
                        {"text": "“Turn on screen sharing and I'll show you how to get a refund”", "correct": True},
                        {"text": "“Please contact customer service through the official channel in the game”",
                         "correct": False},
                    ],
                    "explanation": "Demanding an unfreeze fee, leading you off the official platform and asking for "
                                   "screen sharing are all typical signs of a scam. Contacting customer service "
                                   "through the official channel in the game is the right thing to do.",
                },
                {
                    "question": "Someone claiming to be a “star's support group” says “you opened a membership by "
                                "mistake; if you don't cancel, you'll be charged every month”. What is the right "
                                "response?",
                    "kind": "single",
                    "choices": [
                        {"text": "Follow their instructions and transfer a “refund” on a parent's phone",
                         "correct": False},
                        {"text": "Ignore it, tell your parents and check through official channels", "correct": True},
                        {"text": "Turn on screen sharing so they can do it for you", "correct": False},
                    ],
                    "explanation": "“You opened a membership by mistake and need a refund” is a common scam line. A real "
                                   "refund never requires you to pay first, let alone screen sharing.",
                },
                {
                    "question": "The other person says “you can't tell your parents about this, or it can't be fixed”. "
                                "What does this mean?",
                    "kind": "single",
                    "choices": [
                        {"text": "They are protecting you", "correct": False},
                        {"text": "The scammer wants to cut you off from your parents; tell your parents at once",
                         "correct": True},
                        {"text": "It's not serious, so you can handle it yourself", "correct": False},
                    ],
                    "explanation": "Scammers fear nothing more than parents finding out. Anyone who asks you to keep "
                                   "something from your parents is almost certainly a scammer: tell your parents at "
                                   "once.",
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Lesson 3: impersonating police, procuratorate and courts
    # ------------------------------------------------------------------
    {
        "slug": "spot-fake-police-scams",
        "audiences": ["junior_secondary", "senior_secondary", "parents", "teachers"],
        "duration_minutes": 45,
        "related": ["click-farming-rebate-trap", "game-trading-scams"],
        "zh": {
            "title": "识破冒充公检法诈骗",
            "summary": "骗子冒充公安、检察院、法院工作人员，以“涉嫌洗钱”“要被逮捕”恐吓受害人，诱导其转账到所谓"
                       "“安全账户”。本课讲清骗局剧本和识别要点：公检法机关不会要求转账，更没有“安全账户”。",
            "objectives": [
                "了解冒充公检法诈骗的常见剧本和话术。",
                "牢记真正的公检法机关不会电话办案，不会要求转账，也没有“安全账户”。",
                "掌握“挂断、核实、告诉家长老师、报警”的应对步骤。",
                "知道学生被骗子“隔离”时家长和老师如何应对。",
            ],
            "tags": ["冒充公检法", "安全账户", "防诈"],
            "body": [
                ("heading", "一通“公安局”打来的电话"),
                ("paragraph",
                 "<p>“你好，我是××市公安局的，你的银行卡涉嫌洗钱，现在要对你立案调查。”接到这样的电话，"
                 "很多人会慌了神。冒充公检法诈骗，正是利用人们对执法机关的敬畏和害怕，一步步让人失去判断力。</p>"),
                ("heading", "骗子的剧本"),
                ("paragraph",
                 "<ul>"
                 "<li><b>制造恐慌</b>：说你的身份信息被冒用，银行卡“涉嫌洗钱”“涉及贩毒案件”，或者你寄的快递里"
                 "有违禁品，马上就要被逮捕。</li>"
                 "<li><b>假装权威</b>：报出你的姓名、身份证号、学校等信息；发来带照片和“公章”的“通缉令”“逮捕令”；"
                 "把电话转接给“警官”“检察官”；甚至用视频通话，让你看到穿制服的人和“办公室”背景。</li>"
                 "<li><b>隔离受害人</b>：要求你“案件保密，不能告诉家人和老师”，让你一个人去宾馆，"
                 "下载指定的会议软件“配合调查”。</li>"
                 "<li><b>骗取钱财</b>：要求把钱转到“安全账户”“资金清查账户”以证明清白，或者索要银行卡号、密码和验证码；"
                 "对学生，骗子常常诱导他们向家长要钱，或者趁学生被“隔离”、联系不上的时候，向家长谎称孩子出事、"
                 "被绑架，逼家长转账。</li>"
                 "</ul>"),
                ("heading", "记住这几条铁律"),
                ("paragraph",
                 "<ul>"
                 "<li>公检法机关<b>不会通过电话、微信、QQ办案</b>，不会在网上发送通缉令、逮捕令、冻结令。</li>"
                 "<li>公检法机关<b>没有“安全账户”</b>，不会要求任何人转账、汇款或者“验资”。</li>"
                 "<li>公检法机关不会要求你对家人保密，不会让你独自去宾馆，也不会让你下载会议软件“视频做笔录”。</li>"
                 "<li>能报出你的个人信息、视频里穿着制服，都不能证明对方是真警察。</li>"
                 "</ul>"
                 "<p>只要对方提到“转账”“安全账户”“保密”，就可以断定：<b>这是诈骗</b>。</p>"),
                ("heading", "接到这类电话怎么办"),
                ("paragraph",
                 "<p><b>挂断</b>：不要被“马上逮捕”吓住，直接挂断，不回拨对方给的号码。"
                 "<b>核实</b>：需要核实时，自己拨打110，或者到附近派出所当面询问。"
                 "<b>告诉</b>：第一时间告诉家长和老师。"
                 "<b>报警</b>：已经提供了信息或者转了账，立即拨打110，越快报警，越有可能及时止付。</p>"
                 "<p>平时可以安装国家反诈中心App，它能提示可疑来电；接到96110来电要接听，拿不准时也可以拨打96110咨询、举报。</p>"),
                ("heading", "给老师的提示"),
                ("paragraph",
                 "<p>学生一旦被骗子“隔离”，往往会突然请假、关机、失联。老师发现学生无故缺课、联系不上，"
                 "或者家长反映孩子“被警察要求配合调查”时，应立即与家长核实情况并报警。"
                 "可以在班会上组织学生模拟接听“公检法”电话，练习识破话术。</p>"),
                ("key_points", {
                    "heading": "要点",
                    "points": [
                        "公检法机关不会电话办案，不会在网上发通缉令、逮捕令。",
                        "世界上没有“安全账户”，要你转账的“警察”都是骗子。",
                        "要你“保密”、独自去宾馆、下载会议软件的，都是骗局。",
                        "应对四步：挂断、核实、告诉家长老师、拨打110。",
                        "接到96110来电要接听，国家反诈中心App可以帮助识别可疑来电。",
                    ],
                }),
                ("case_story", {
                    "title": "被“隔离”在宾馆的高中生",
                    "story": "高二学生小鹏（化名）周末接到一个电话，对方自称“某市公安局民警”，准确说出了他的姓名和身份证号，"
                             "称他的身份信息被人用来办理银行卡，卷入了一起洗钱案，“如果不配合，就要被逮捕，还会影响高考”。\n\n"
                             "对方随后发来一张盖着“公章”的“逮捕令”照片，又通过视频通话让他看到一名穿着“警服”的人。"
                             "“警官”要求小鹏对所有人保密，独自去宾馆开房间“接受调查”，并且不许接听其他电话。"
                             "与此同时，另一伙人打电话给小鹏的父母，说孩子“出事了”，要马上转账。\n\n"
                             "小鹏的妈妈联系不上孩子，但她没有转账，而是立即拨打了110，并联系了班主任。"
                             "民警根据线索很快在宾馆找到了小鹏，家里没有损失一分钱。民警告诉小鹏：真警察从不在电话里办案，"
                             "更不会让你保密、独自去宾馆、转账到“安全账户”。",
                    "takeaway": "能说出你的个人信息、穿着警服视频，都不能证明对方是警察。要你保密、隔离、转账的，一定是骗子。"
                                "遇事第一时间告诉家人，拨打110核实。",
                }),
                ("do_dont", {
                    "dos": [
                        "接到自称公检法的电话，先挂断，再自己拨打110核实。",
                        "第一时间告诉家长和老师。",
                        "和家长一起安装国家反诈中心App，接到96110来电要接听。",
                        "已经泄露信息或转了账，立即拨打110。",
                    ],
                    "donts": [
                        "不向任何人转账，不相信“安全账户”。",
                        "不提供银行卡号、密码和验证码。",
                        "不下载对方指定的会议软件，不开启屏幕共享。",
                        "不按对方要求独自去宾馆、关机或对家人保密。",
                        "不点击对方发来的“通缉令”“案件查询”链接。",
                    ],
                }),
                ("for_parents", {
                    "heading": "给家长的话",
                    "text": "<p>冒充公检法诈骗针对学生时，常常“两头骗”：一头恐吓孩子，让孩子隔离、关机；"
                            "另一头给家长打电话，谎称孩子出事、被绑架或者需要交钱。请您<b>遇事先冷静，先联系孩子本人和班主任核实</b>，"
                            "联系不上时立即拨打110，不要急于转账。</p>"
                            "<p>请和孩子约定：无论谁打来电话、说得多么严重，都<b>可以也应该告诉爸爸妈妈</b>；"
                            "任何要求保密、转账的“警察”都是骗子。也请注意保护家庭和孩子的个人信息，不在网上随意晒孩子的学校、"
                            "班级和证件照片。</p>",
                    "tips": [
                        "和孩子约定一个家庭“暗号”，紧急情况下用来确认身份。",
                        "接到“孩子出事了”的电话，先挂断，联系孩子和老师核实，必要时拨打110。",
                        "保管好身份证、银行卡信息，不随意提供给他人。",
                        "定期和孩子、老人一起复习常见的诈骗话术。",
                    ],
                }),
            ],
            "quiz": [
                {
                    "question": "自称“公安局民警”的人打电话说你的银行卡涉嫌洗钱，要你把钱转到“安全账户”。这是？",
                    "kind": "single",
                    "choices": [
                        {"text": "警方在依法办案", "correct": False},
                        {"text": "诈骗。公检法机关不会要求转账，也没有“安全账户”", "correct": True},
                        {"text": "银行的正常业务", "correct": False},
                    ],
                    "explanation": "公检法机关不会通过电话办案，更不会要求任何人转账到“安全账户”。提到“安全账户”的，一定是诈骗。",
                },
                {
                    "question": "下面哪些是冒充公检法诈骗的常见破绽？（多选）",
                    "kind": "multiple",
                    "choices": [
                        {"text": "要求你对家人保密", "correct": True},
                        {"text": "通过网络发来“逮捕令”“通缉令”", "correct": True},
                        {"text": "要求你独自去宾馆、下载会议软件配合调查", "correct": True},
                        {"text": "告诉你可以到附近派出所当面了解情况", "correct": False},
                    ],
                    "explanation": "要求保密、网上发“逮捕令”、让你隔离并下载会议软件，都是骗子的典型手法。"
                                   "到派出所当面核实，正是识破骗局的好办法。",
                },
                {
                    "question": "对方在视频通话中穿着警服，还报出了你的身份证号。这能说明什么？",
                    "kind": "single",
                    "choices": [
                        {"text": "对方一定是真警察", "correct": False},
                        {"text": "什么也说明不了：个人信息可能已经泄露，制服和背景都能伪造", "correct": True},
                        {"text": "应该按对方的要求去做", "correct": False},
                    ],
                    "explanation": "骗子可能通过信息泄露掌握你的个人信息，制服、办公室背景也很容易伪造。"
                                   "判断真假的关键是：有没有要求转账、保密、隔离。",
                },
                {
                    "question": "接到这类电话，正确的应对顺序是？",
                    "kind": "single",
                    "choices": [
                        {"text": "挂断—自己拨打110核实—告诉家长和老师", "correct": True},
                        {"text": "按对方要求保密—转账—再告诉家长", "correct": False},
                        {"text": "回拨对方留下的号码核实", "correct": False},
                    ],
                    "explanation": "对方留下的号码可能也是骗子的。正确做法是先挂断，自己拨打110或到派出所核实，"
                                   "并第一时间告诉家长和老师。",
                },
            ],
        },
        "en": {
            "title": "Spotting scams that impersonate the police, procuratorate and courts",
            "summary": "Scammers pose as staff of the police, the procuratorate or the courts, frighten victims with "
                       "“you are suspected of money laundering” or “you are about to be arrested”, and get them to "
                       "transfer money to a so-called “safe account”. This lesson lays out the scam script and how to "
                       "spot it: the police, procuratorate and courts never ask for transfers, and there is no such "
                       "thing as a “safe account”.",
            "objectives": [
                "Know the common scripts and lines used in scams impersonating the police, procuratorate and courts.",
                "Remember that the real police, procuratorate and courts don't handle cases by phone, never ask for "
                "transfers, and have no “safe account”.",
                "Learn the response steps: hang up, verify, tell your parents and teachers, call the police.",
                "Know how parents and teachers should respond when a student is “isolated” by scammers.",
            ],
            "tags": ["fake police", "safe account", "anti-fraud"],
            "body": [
                ("heading", "A call from the “public security bureau”"),
                ("paragraph",
                 "<p>“Hello, this is the XX City Public Security Bureau. Your bank card is suspected of being used for "
                 "money laundering, and we are opening an investigation into you.” Many people panic when they get a "
                 "call like this. Scams impersonating the police, procuratorate and courts exploit people's respect "
                 "for and fear of law enforcement, and wear down their judgement step by step.</p>"),
                ("heading", "The scammers' script"),
                ("paragraph",
                 "<ul>"
                 "<li><b>Create panic</b>: they say your identity has been stolen, your bank card is “suspected of "
                 "money laundering” or “involved in a drug case”, or a parcel you sent contained banned items, and "
                 "you are about to be arrested.</li>"
                 "<li><b>Pretend to be authorities</b>: they state your name, ID number, school and other details; send "
                 "a “wanted notice” or “arrest warrant” with your photo and an “official seal”; transfer the call to "
                 "an “officer” or a “prosecutor”; and even make a video call so you see someone in uniform against an "
                 "“office” background.</li>"
                 "<li><b>Isolate the victim</b>: they demand that you “keep the case secret and tell no family or "
                 "teachers”, send you alone to a hotel, and make you download a particular meeting app to “assist the "
                 "investigation”.</li>"
                 "<li><b>Take the money</b>: they tell you to transfer money to a “safe account” or “fund-checking "
                 "account” to prove your innocence, or ask for your bank card number, password and verification "
                 "codes; with students, scammers often get them to ask their parents for money, or, while the student "
                 "is “isolated” and cannot be reached, tell the parents the child has had an accident or been "
                 "kidnapped and press them to transfer money.</li>"
                 "</ul>"),
                ("heading", "Remember these iron rules"),
                ("paragraph",
                 "<ul>"
                 "<li>The police, procuratorate and courts <b>don't handle cases by phone, WeChat or QQ</b>, and don't "
                 "send wanted notices, arrest warrants or freezing orders online.</li>"
                 "<li>The police, procuratorate and courts <b>have no “safe account”</b> and never ask anyone to "
                 "transfer or remit money or to “verify funds”.</li>"
                 "<li>The police, procuratorate and courts never ask you to keep things from your family, never send "
                 "you alone to a hotel, and never make you download a meeting app to “give a statement by video”.</li>"
                 "<li>Knowing your personal details or wearing a uniform on video does not prove someone is a real "
                 "police officer.</li>"
                 "</ul>"
                 "<p>As soon as the caller mentions “transfer”, “safe account” or “keep it secret”, you can be sure: "
                 "<b>this is a scam</b>.</p>"),
                ("heading", "What to do if you get such a call"),
                ("paragraph",
                 "<p><b>Hang up</b>: don't be frightened by “you'll be arrested right away”; just hang up, and don't "
                 "call back the number they give you. <b>Verify</b>: if you need to check, call 110 yourself or ask in "
                 "person at a nearby police station. <b>Tell</b>: tell your parents and teachers straight away. "
                 "<b>Report</b>: if you have already given information or transferred money, call 110 at once; the "
                 "sooner you report, the better the chance of stopping the payment in time.</p>"
                 "<p>Install the National Anti-Fraud Center app in advance; it can warn you about suspicious calls. "
                 "Always answer calls from 96110, and when you are not sure, you can also call 96110 for advice or to "
                 "report it.</p>"),
                ("heading", "A note for teachers"),
                ("paragraph",
                 "<p>A student who has been “isolated” by scammers often suddenly asks for leave, switches off the "
                 "phone and becomes unreachable. If a teacher finds a student absent without reason and unreachable, "
                 "or a parent says the child has been “told by the police to assist an investigation”, the teacher "
                 "should check with the parents at once and call the police. In a class meeting, students can "
                 "role-play answering a call from the “police, procuratorate or court” and practise seeing through "
                 "the script.</p>"),
                ("key_points", {
                    "heading": "Key points",
                    "points": [
                        "The police, procuratorate and courts don't handle cases by phone or send wanted notices or "
                        "arrest warrants online.",
                        "There is no such thing as a “safe account”; any “police officer” who asks you to transfer "
                        "money is a scammer.",
                        "Anyone who tells you to “keep it secret”, go alone to a hotel or download a meeting app is "
                        "running a scam.",
                        "Four steps: hang up, verify, tell your parents and teachers, call 110.",
                        "Answer calls from 96110; the National Anti-Fraud Center app helps identify suspicious calls.",
                    ],
                }),
                ("case_story", {
                    "title": "The senior secondary student “isolated” in a hotel",
                    "story": "One weekend Xiaopeng (not his real name), a second-year senior secondary student, got a "
                             "call from someone claiming to be “a police officer from the city public security bureau”. "
                             "The caller correctly stated his name and ID number and said his identity had been used "
                             "to open a bank card that was caught up in a money-laundering case: “If you don't "
                             "cooperate, you'll be arrested, and it will affect your college entrance exam.”\n\n"
                             "The caller then sent a photo of an “arrest warrant” with an “official seal” and made a "
                             "video call in which Xiaopeng saw a man in a “police uniform”. The “officer” told "
                             "Xiaopeng to keep everything secret from everyone, to go alone and book a hotel room to "
                             "“undergo investigation”, and not to answer any other calls. Meanwhile, another member "
                             "of the gang phoned Xiaopeng's parents, said their son had “got into trouble” and told "
                             "them to transfer money at once.\n\n"
                             "Xiaopeng's mother could not reach him, but instead of transferring money she called 110 "
                             "straight away and contacted the class teacher. Following up the leads, the police soon "
                             "found Xiaopeng at the hotel, and the family did not lose a single yuan. The officer told "
                             "Xiaopeng: real police never handle cases over the phone, and they would never tell you "
                             "to keep it secret, go alone to a hotel, or transfer money to a “safe account”.",
                    "takeaway": "Knowing your personal details or appearing on video in a police uniform does not prove "
                                "someone is a police officer. Anyone who asks you to keep secrets, isolate yourself "
                                "or transfer money is definitely a scammer. Tell your family straight away and call "
                                "110 to check.",
                }),
                ("do_dont", {
                    "dos": [
                        "If a caller claims to be from the police, procuratorate or court, hang up first, then call "
                        "110 yourself to check.",
                        "Tell your parents and teachers straight away.",
                        "Install the National Anti-Fraud Center app with your parents, and answer calls from 96110.",
                        "If you have already given away information or transferred money, call 110 at once.",
                    ],
                    "donts": [
                        "Don't transfer money to anyone, and don't believe in a “safe account”.",
                        "Don't give out your bank card number, password or verification codes.",
                        "Don't download a meeting app they name, and don't turn on screen sharing.",
                        "Don't go alone to a hotel, switch off your phone or keep secrets from your family because "
                        "they tell you to.",
                        "Don't click “wanted notice” or “case lookup” links they send.",
                    ],
                }),
                ("for_parents", {
                    "heading": "For parents",
                    "text": "<p>When these scams target students, they often “work both ends”: at one end they frighten "
                            "the child into isolating and switching off the phone; at the other they phone the "
                            "parents, claiming the child has had an accident, been kidnapped or must pay money. "
                            "<b>Keep calm and first check with your child and the class teacher</b>; if you can't "
                            "reach them, call 110 at once, and don't rush to transfer money.</p>"
                            "<p>Agree with your child: no matter who calls or how serious they make it sound, "
                            "<b>you can and should tell Mum and Dad</b>; any “police officer” who asks for secrecy or "
                            "a transfer is a scammer. Please also protect your family's and your child's personal "
                            "information, and don't casually post your child's school, class or ID photos online.</p>",
                    "tips": [
                        "Agree on a family “code word” to confirm identity in an emergency.",
                        "If you get a call saying “your child is in trouble”, hang up, check with your child and the "
                        "teacher, and call 110 if needed.",
                        "Keep ID card and bank card details safe, and don't give them out casually.",
                        "Go over common scam lines regularly with your children and elderly relatives.",
                    ],
                }),
            ],
            "quiz": [
                {
                    "question": "A caller claiming to be “a police officer from the public security bureau” says your "
                                "bank card is suspected of money laundering and tells you to transfer your money to a "
                                "“safe account”. This is:",
                    "kind": "single",
                    "choices": [
                        {"text": "The police handling a case according to law", "correct": False},
                        {"text": "Fraud. The police, procuratorate and courts never ask for transfers, and there is "
                                 "no “safe account”", "correct": True},
                        {"text": "Normal bank business", "correct": False},
                    ],
                    "explanation": "The police, procuratorate and courts don't handle cases by phone, let alone ask "
                                   "anyone to transfer money to a “safe account”. Any mention of a “safe account” "
                                   "means fraud.",
                },
                {
                    "question": "Which of these are common giveaways of a scam impersonating the police, procuratorate "
                                "or courts? (Choose all that apply)",
                    "kind": "multiple",
                    "choices": [
                        {"text": "Telling you to keep it secret from your family", "correct": True},
                        {"text": "Sending an “arrest warrant” or “wanted notice” online", "correct": True},
                        {"text": "Telling you to go alone to a hotel and download a meeting app to assist the "
                                 "investigation", "correct": True},
                        {"text": "Telling you that you can go to a nearby police station to find out in person",
                         "correct": False},
                    ],
                    "explanation": "Demanding secrecy, sending an “arrest warrant” online, and making you isolate "
                                   "yourself and download a meeting app are all typical scammer tactics. Checking in "
                                   "person at a police station is exactly how to see through the scam.",
                },
                {
                    "question": "On a video call the other person wears a police uniform and also states your ID "
                                "number. What does this show?",
                    "kind": "single",
                    "choices": [
                        {"text": "They must be a real police officer", "correct": False},
                        {"text": "Nothing at all: personal information may have leaked, and uniforms and backgrounds "
                                 "can be faked", "correct": True},
                        {"text": "You should do what they say", "correct": False},
                    ],
                    "explanation": "Scammers may get your personal information through data leaks, and uniforms and "
                                   "office backgrounds are easy to fake. The key test is whether they ask for a "
                                   "transfer, secrecy or isolation.",
                },
                {
                    "question": "What is the right order of steps after such a call?",
                    "kind": "single",
                    "choices": [
                        {"text": "Hang up, call 110 yourself to verify, tell your parents and teachers",
                         "correct": True},
                        {"text": "Keep it secret as told, transfer the money, then tell your parents",
                         "correct": False},
                        {"text": "Call back the number they left to verify", "correct": False},
                    ],
                    "explanation": "The number they leave may also belong to the scammers. The right thing is to hang "
                                   "up, call 110 yourself or go to a police station to check, and tell your parents "
                                   "and teachers straight away.",
                },
            ],
        },
    },
]
