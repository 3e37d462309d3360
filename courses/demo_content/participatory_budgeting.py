"""Demo course: participatory budgeting (introductory, self-paced). See SCHEMA.md."""

COURSE = {
    "key": "participatory-budgeting",
    "languages": ["en", "es", "zh-hans", "sk"],
    "slug": {
        "en": "participatory-budgeting",
        "es": "presupuesto-participativo",
        "zh-hans": "canyushi-yusuan",
        "sk": "participativny-rozpocet",
    },
    "title": {
        "en": "Participatory budgeting: letting residents decide",
        "es": "Presupuesto participativo: que los vecinos decidan",
        "zh-hans": "参与式预算：让居民做决定",
        "sk": "Participatívny rozpočet: nechajte rozhodnúť obyvateľov",
    },
    "summary": {
        "en": "A practical introduction to participatory budgeting for budget officers, planners and city managers. You will learn how the process works, how to design fair rules and a realistic calendar, how to reach residents who rarely take part, and how to deliver and evaluate the winning projects.",
        "es": "Una introducción práctica al presupuesto participativo para responsables de presupuesto, planificadores y administradores municipales. Aprenderá cómo funciona el proceso, cómo diseñar reglas justas y un calendario realista, cómo llegar a los vecinos que rara vez participan y cómo ejecutar y evaluar los proyectos ganadores.",
        "zh-hans": "面向预算官员、规划人员和城市管理者的参与式预算实用入门课程。您将了解这一过程如何运作，如何设计公平的规则和切实可行的时间表，如何接触很少参与的居民，以及如何实施和评估胜出的项目。",
        "sk": "Praktický úvod do participatívneho rozpočtu pre rozpočtárov, plánovačov a prednostov mestských úradov. Dozviete sa, ako proces funguje, ako navrhnúť spravodlivé pravidlá a realistický harmonogram, ako osloviť obyvateľov, ktorí sa zapájajú len zriedka, a ako zrealizovať a vyhodnotiť víťazné projekty.",
    },
    "objectives": {
        "en": [
            "Explain what distinguishes participatory budgeting from ordinary public consultation.",
            "Design fair rules, a budget envelope and a calendar for a participatory budgeting cycle.",
            "Plan inclusive outreach, then track and evaluate the delivery of winning projects.",
        ],
        "es": [
            "Explicar qué distingue al presupuesto participativo de una consulta pública común.",
            "Diseñar reglas justas, una bolsa de recursos y un calendario para un ciclo de presupuesto participativo.",
            "Planificar una difusión incluyente y luego dar seguimiento y evaluar la ejecución de los proyectos ganadores.",
        ],
        "zh-hans": [
            "解释参与式预算与一般公众咨询的区别。",
            "为参与式预算周期设计公平的规则、资金额度和时间表。",
            "规划包容性的宣传动员工作，并跟踪和评估胜出项目的实施情况。",
        ],
        "sk": [
            "Vysvetliť, čím sa participatívny rozpočet líši od bežnej verejnej konzultácie.",
            "Navrhnúť spravodlivé pravidlá, objem prostriedkov a harmonogram cyklu participatívneho rozpočtu.",
            "Naplánovať inkluzívne oslovovanie obyvateľov a potom sledovať a vyhodnocovať realizáciu víťazných projektov.",
        ],
    },
    "level": "introductory",
    "format": "self_paced",
    "hours": "4",
    "topics": ["finance", "participation"],
    "authors": {
        "en": "Lucía Ferreira, participatory budgeting coordinator, Montevideo",
        "es": "Lucía Ferreira, coordinadora de presupuesto participativo, Montevideo",
        "zh-hans": "露西亚·费雷拉，参与式预算协调员，蒙得维的亚",
        "sk": "Lucía Ferreira, koordinátorka participatívneho rozpočtu, Montevideo",
    },
    "lessons": [
        # ------------------------------------------------------------------ pb-1
        {
            "key": "pb-1",
            "slug": {
                "en": "what-is-participatory-budgeting",
                "es": "que-es-el-presupuesto-participativo",
                "zh-hans": "shenme-shi-canyushi-yusuan",
                "sk": "co-je-participativny-rozpocet",
            },
            "title": {
                "en": "What participatory budgeting is, and what it is not",
                "es": "Qué es el presupuesto participativo y qué no es",
                "zh-hans": "什么是参与式预算，什么不是",
                "sk": "Čo je participatívny rozpočet a čo nie je",
            },
            "section": {
                "en": "Module 1: Foundations",
                "es": "Módulo 1: Fundamentos",
                "zh-hans": "第一单元：基础",
                "sk": "Modul 1: Základy",
            },
            "body": {
                "en": [
                    ("heading", "From Porto Alegre to cities everywhere"),
                    (
                        "paragraph",
                        "<p>Participatory budgeting (PB) is a process in which residents propose, discuss and decide how to spend a defined part of a public budget. It began in Porto Alegre, Brazil, in 1989, when neighbourhood assemblies were given a real say over investment priorities. Since then thousands of local governments have adapted it, from Paris, which has set aside part of its investment budget for residents' projects since 2014, to rural Chengdu, where village councils decide how to use public service funds.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Whatever the local variant, genuine PB has a few features in common:</p><ul><li><b>A defined amount of money</b>, announced before the process starts.</li><li><b>A binding or publicly committed outcome</b>: the city implements what residents choose, within published rules.</li><li><b>Deliberation</b>, not just voting: residents discuss needs and compare proposals.</li><li><b>A recurring cycle</b>, so that the process improves and trust grows year by year.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>PB is not a satisfaction survey, a one-off public hearing or a wish list the administration may ignore. Nor does it replace the council: elected members still approve the overall budget and set the rules of the game.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Where the money usually comes from",
                            "text": "<p>Most cities start with a small share of the <b>capital (investment) budget</b>, because one-off projects such as playgrounds, benches or street lighting are easier for residents to propose and for the administration to deliver than recurring spending.</p>",
                        },
                    ),
                ],
                "es": [
                    ("heading", "De Porto Alegre al resto del mundo"),
                    (
                        "paragraph",
                        "<p>El presupuesto participativo (PP) es un proceso en el que los vecinos proponen, debaten y deciden cómo gastar una parte definida de un presupuesto público. Nació en Porto Alegre, Brasil, en 1989, cuando las asambleas barriales obtuvieron una voz real sobre las prioridades de inversión. Desde entonces lo han adaptado miles de gobiernos locales, desde París, que desde 2014 reserva parte de su presupuesto de inversión para proyectos de los vecinos, hasta las zonas rurales de Chengdu, donde los consejos de aldea deciden cómo usar los fondos de servicios públicos.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Cualquiera que sea la variante local, un PP genuino comparte algunas características:</p><ul><li><b>Un monto definido</b>, anunciado antes de que empiece el proceso.</li><li><b>Un resultado vinculante o con compromiso público</b>: el municipio ejecuta lo que eligen los vecinos, dentro de reglas publicadas.</li><li><b>Deliberación</b>, no solo votación: los vecinos discuten necesidades y comparan propuestas.</li><li><b>Un ciclo periódico</b>, para que el proceso mejore y la confianza crezca año tras año.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>El PP no es una encuesta de satisfacción, una audiencia pública aislada ni una lista de deseos que la administración puede ignorar. Tampoco sustituye al concejo municipal: los concejales siguen aprobando el presupuesto general y fijando las reglas del juego.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "De dónde suele salir el dinero",
                            "text": "<p>La mayoría de las ciudades empieza con una pequeña parte del <b>presupuesto de inversión (de capital)</b>, porque los proyectos puntuales, como juegos infantiles, bancas o alumbrado público, son más fáciles de proponer para los vecinos y de ejecutar para la administración que el gasto recurrente.</p>",
                        },
                    ),
                ],
                "zh-hans": [
                    ("heading", "从阿雷格里港走向世界"),
                    (
                        "paragraph",
                        "<p>参与式预算是一种由居民提出、讨论并决定如何使用一部分明确划定的公共预算的过程。它于1989年起源于巴西阿雷格里港，当时各社区议事会在投资优先事项上获得了真正的发言权。此后，数以千计的地方政府对其加以调整和应用：巴黎自2014年起将部分投资预算留给居民提出的项目；成都的农村地区则由村民议事会决定如何使用公共服务资金。</p>",
                    ),
                    (
                        "paragraph",
                        "<p>无论采用哪种本地模式，真正的参与式预算都具有以下共同特征：</p><ul><li><b>明确的资金额度</b>，在过程开始前公布。</li><li><b>具有约束力或公开承诺的结果</b>：在公布的规则范围内，城市落实居民的选择。</li><li><b>协商讨论</b>，而不仅仅是投票：居民讨论需求并比较各项提案。</li><li><b>定期循环</b>，使过程逐年改进，信任逐年增强。</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>参与式预算不是满意度调查，不是一次性的听证会，也不是行政部门可以置之不理的愿望清单。它也不取代市议会的职能：民选代表仍然负责批准总体预算并制定规则。</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "资金通常从哪里来",
                            "text": "<p>大多数城市从<b>资本性（投资）预算</b>中划出一小部分起步，因为游乐场、长椅或路灯等一次性项目，比经常性支出更便于居民提出，也更便于行政部门实施。</p>",
                        },
                    ),
                ],
                "sk": [
                    ("heading", "Od Porto Alegre do celého sveta"),
                    (
                        "paragraph",
                        "<p>Participatívny rozpočet (PR) je proces, v ktorom obyvatelia navrhujú, diskutujú a rozhodujú o tom, ako použiť vymedzenú časť verejného rozpočtu. Vznikol v roku 1989 v brazílskom Porto Alegre, kde susedské zhromaždenia získali skutočný vplyv na investičné priority. Odvtedy ho prispôsobili tisíce samospráv, od Paríža, ktorý od roku 2014 vyčleňuje časť investičného rozpočtu na projekty obyvateľov, až po vidiecke oblasti Čcheng-tu, kde dedinské rady rozhodujú o použití prostriedkov na verejné služby.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Nech už má miestnu podobu akúkoľvek, skutočný participatívny rozpočet má niekoľko spoločných znakov:</p><ul><li><b>Vopred stanovená suma</b>, ktorá sa oznámi pred začiatkom procesu.</li><li><b>Záväzný alebo verejne prisľúbený výsledok</b>: mesto zrealizuje to, čo si obyvatelia vyberú, v rámci zverejnených pravidiel.</li><li><b>Diskusia</b>, nielen hlasovanie: obyvatelia hovoria o potrebách a porovnávajú návrhy.</li><li><b>Opakovaný cyklus</b>, vďaka ktorému sa proces rok čo rok zlepšuje a dôvera rastie.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Participatívny rozpočet nie je prieskum spokojnosti, jednorazové verejné zhromaždenie ani zoznam prianí, ktorý môže úrad ignorovať. Nenahrádza ani zastupiteľstvo: poslanci naďalej schvaľujú celkový rozpočet a určujú pravidlá hry.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Odkiaľ sa peniaze zvyčajne berú",
                            "text": "<p>Väčšina miest začína malou časťou <b>kapitálového (investičného) rozpočtu</b>, pretože jednorazové projekty, ako sú detské ihriská, lavičky či verejné osvetlenie, obyvatelia ľahšie navrhnú a úrad ľahšie zrealizuje než opakované výdavky.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "pb-1-q1",
                    "prompt": {
                        "en": "Which feature most clearly distinguishes participatory budgeting from an ordinary public consultation?",
                        "es": "¿Qué característica distingue con mayor claridad al presupuesto participativo de una consulta pública común?",
                        "zh-hans": "以下哪一特征最能将参与式预算与一般的公众咨询区分开来？",
                        "sk": "Ktorá vlastnosť najzreteľnejšie odlišuje participatívny rozpočet od bežnej verejnej konzultácie?",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "Residents decide how a defined amount of money is spent, and the city commits to implementing their choices.",
                                "es": "Los vecinos deciden cómo se gasta un monto definido y la ciudad se compromete a ejecutar sus decisiones.",
                                "zh-hans": "居民决定一笔明确金额的资金如何使用，而且城市承诺落实他们的选择。",
                                "sk": "Obyvatelia rozhodujú o tom, ako sa použije vopred stanovená suma, a mesto sa zaväzuje ich rozhodnutie zrealizovať.",
                            },
                            "feedback": {
                                "en": "Correct. A defined budget and a committed outcome are what turn participation into a real decision.",
                                "es": "Correcto. Un presupuesto definido y un resultado comprometido son lo que convierte la participación en una decisión real.",
                                "zh-hans": "正确。明确的预算额度和经过承诺的结果，才使参与成为真正的决策。",
                                "sk": "Správne. Stanovená suma a záväzok zrealizovať výsledok menia participáciu na skutočné rozhodovanie.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "en": "Residents can give their opinion online.",
                                "es": "Los vecinos pueden opinar en línea.",
                                "zh-hans": "居民可以在网上发表意见。",
                                "sk": "Obyvatelia môžu vyjadriť svoj názor online.",
                            },
                            "feedback": {
                                "en": "Online tools can be used in both, so they do not distinguish PB. A consultation can be online and still leave every decision to the administration.",
                                "es": "Las herramientas en línea pueden usarse en ambos casos, así que no distinguen al PP. Una consulta puede ser en línea y aun así dejar todas las decisiones a la administración.",
                                "zh-hans": "两种方式都可以使用网络工具，因此这并不是参与式预算的区别所在。公众咨询即使在网上进行，也可能把所有决定权都留给行政部门。",
                                "sk": "Online nástroje sa dajú použiť v oboch prípadoch, preto participatívny rozpočet neodlišujú. Aj online konzultácia môže nechať všetky rozhodnutia na úrade.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "The city council no longer approves the municipal budget.",
                                "es": "El concejo municipal deja de aprobar el presupuesto municipal.",
                                "zh-hans": "市议会不再批准市级预算。",
                                "sk": "Mestské zastupiteľstvo už neschvaľuje rozpočet mesta.",
                            },
                            "feedback": {
                                "en": "Not so. The council still approves the overall budget and the rules; PB gives residents the decision over one defined part of it.",
                                "es": "No es así. El concejo sigue aprobando el presupuesto general y las reglas; el PP da a los vecinos la decisión sobre una parte definida de él.",
                                "zh-hans": "并非如此。市议会仍然批准总体预算和规则；参与式预算只是让居民对其中明确划定的一部分做出决定。",
                                "sk": "Nie je to tak. Zastupiteľstvo naďalej schvaľuje celkový rozpočet aj pravidlá; participatívny rozpočet dáva obyvateľom rozhodovanie o jeho vymedzenej časti.",
                            },
                        },
                        {
                            "key": "d",
                            "correct": False,
                            "text": {
                                "en": "Only technical experts may submit project proposals.",
                                "es": "Solo los expertos técnicos pueden presentar propuestas de proyectos.",
                                "zh-hans": "只有技术专家才能提交项目提案。",
                                "sk": "Návrhy projektov môžu predkladať iba odborníci.",
                            },
                            "feedback": {
                                "en": "The opposite: in PB residents submit the proposals. Experts check feasibility and cost, but they do not replace residents' ideas.",
                                "es": "Es al revés: en el PP son los vecinos quienes presentan las propuestas. Los expertos revisan la viabilidad y el costo, pero no sustituyen las ideas de los vecinos.",
                                "zh-hans": "恰恰相反：在参与式预算中，由居民提交提案。专家负责审核可行性和成本，但不能取代居民的想法。",
                                "sk": "Práve naopak: v participatívnom rozpočte predkladajú návrhy obyvatelia. Odborníci posudzujú realizovateľnosť a náklady, ale nápady obyvateľov nenahrádzajú.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ pb-2
        {
            "key": "pb-2",
            "slug": {
                "en": "designing-the-cycle",
                "es": "disenar-el-ciclo",
                "zh-hans": "sheji-yusuan-zhouqi",
                "sk": "navrh-cyklu",
            },
            "title": {
                "en": "Designing the cycle: money, rules and calendar",
                "es": "Diseñar el ciclo: recursos, reglas y calendario",
                "zh-hans": "设计预算周期：资金、规则与时间表",
                "sk": "Návrh cyklu: peniaze, pravidlá a harmonogram",
            },
            "section": {
                "en": "Module 2: Designing the process",
                "es": "Módulo 2: Diseño del proceso",
                "zh-hans": "第二单元：流程设计",
                "sk": "Modul 2: Návrh procesu",
            },
            "body": {
                "en": [
                    ("heading", "Fix the rules before residents start"),
                    (
                        "paragraph",
                        "<p>Residents judge a PB process by whether it keeps its promises. Most disappointments can be traced back to rules that were vague, changed halfway through or ignored the city's own budget calendar. Before the first proposal comes in, the administration and the council should agree on and publish:</p><ul><li><b>The envelope</b>: the total amount, whether it is split by district or by theme, and the maximum cost of a single project.</li><li><b>Project eligibility</b>: for example, within the city's legal competence, on public land, mainly one-off investment, and without large running costs the city cannot absorb.</li><li><b>Who may take part</b>: minimum age, residency, and whether people who work or study in the city can vote.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Then build the calendar backwards from the date on which the council adopts the annual budget. A typical cycle has five stages: collecting ideas, technical review, public presentation of eligible projects, voting, and inclusion of the winners in the budget. Technical review usually takes longer than expected, so give departments enough time and a clear template for estimating costs.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Explain every rejection",
                            "text": "<p>If a proposal is rejected as ineligible, explain why in plain language and, where possible, help the proposer adapt it. Unexplained rejections quickly undermine trust in the whole process.</p>",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Fije las reglas antes de que participen los vecinos"),
                    (
                        "paragraph",
                        "<p>Los vecinos juzgan un proceso de PP por si cumple lo que promete. La mayoría de las decepciones se deben a reglas vagas, cambiadas a mitad de camino o que ignoraban el propio calendario presupuestario de la ciudad. Antes de recibir la primera propuesta, la administración y el concejo deben acordar y publicar:</p><ul><li><b>La bolsa de recursos</b>: el monto total, si se divide por distrito o por tema, y el costo máximo de un solo proyecto.</li><li><b>Los requisitos de los proyectos</b>: por ejemplo, que sean competencia legal del municipio, se ubiquen en terrenos públicos, sean principalmente inversiones puntuales y no generen grandes costos de operación que la ciudad no pueda asumir.</li><li><b>Quién puede participar</b>: edad mínima, residencia y si pueden votar quienes trabajan o estudian en la ciudad.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Después, construya el calendario hacia atrás a partir de la fecha en que el concejo aprueba el presupuesto anual. Un ciclo típico tiene cinco etapas: recolección de ideas, revisión técnica, presentación pública de los proyectos viables, votación e incorporación de los ganadores al presupuesto. La revisión técnica suele tardar más de lo previsto, así que dé a las áreas suficiente tiempo y una plantilla clara para estimar costos.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Explique cada rechazo",
                            "text": "<p>Si una propuesta se rechaza por no cumplir los requisitos, explique el motivo en lenguaje sencillo y, cuando sea posible, ayude a quien la presentó a adaptarla. Los rechazos sin explicación minan rápidamente la confianza en todo el proceso.</p>",
                        },
                    ),
                ],
                "zh-hans": [
                    ("heading", "在居民开始参与之前确定规则"),
                    (
                        "paragraph",
                        "<p>居民评判参与式预算的标准，是它是否兑现承诺。大多数失望都源于规则含糊不清、中途更改，或与城市自身的预算编制时间表脱节。在收到第一份提案之前，行政部门和市议会应商定并公布：</p><ul><li><b>资金盘子</b>：总金额、是否按辖区或主题划分，以及单个项目的最高成本。</li><li><b>项目资格条件</b>：例如，属于城市的法定职权范围、位于公共用地上、以一次性投资为主，且不会产生城市无法承担的高额运营成本。</li><li><b>参与资格</b>：最低年龄、居住要求，以及在本市工作或学习的人能否投票。</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>然后，从市议会批准年度预算的日期倒推，制定时间表。一个典型的周期包括五个阶段：征集创意、技术审核、公开展示符合条件的项目、投票，以及将胜出项目纳入预算。技术审核所需时间往往超出预期，因此要给各部门留出足够时间，并提供清晰的成本估算模板。</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "对每一项被否决的提案作出解释",
                            "text": "<p>如果某项提案因不符合条件而被否决，应以通俗易懂的语言说明原因，并尽可能帮助提案人加以修改。未加解释的否决会迅速削弱人们对整个过程的信任。</p>",
                        },
                    ),
                ],
                "sk": [
                    ("heading", "Pravidlá stanovte skôr, než sa obyvatelia zapoja"),
                    (
                        "paragraph",
                        "<p>Obyvatelia posudzujú participatívny rozpočet podľa toho, či dodrží, čo sľúbil. Väčšina sklamaní má pôvod v pravidlách, ktoré boli nejasné, zmenili sa v polovici procesu alebo nerešpektovali rozpočtový harmonogram samotného mesta. Ešte pred prijatím prvého návrhu by sa mal úrad so zastupiteľstvom dohodnúť na týchto bodoch a zverejniť ich:</p><ul><li><b>Objem prostriedkov</b>: celková suma, či sa delí podľa mestských častí alebo tém, a maximálne náklady jedného projektu.</li><li><b>Podmienky oprávnenosti projektov</b>: napríklad, že patria do zákonnej pôsobnosti mesta, sú na verejných pozemkoch, ide najmä o jednorazové investície a nevytvárajú vysoké prevádzkové náklady, ktoré mesto nedokáže uniesť.</li><li><b>Kto sa môže zapojiť</b>: minimálny vek, trvalý pobyt a to, či môžu hlasovať aj ľudia, ktorí v meste pracujú alebo študujú.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Potom zostavte harmonogram spätne od dátumu, keď zastupiteľstvo schvaľuje ročný rozpočet. Typický cyklus má päť fáz: zber nápadov, odborné posúdenie, verejnú prezentáciu oprávnených projektov, hlasovanie a zaradenie víťazných projektov do rozpočtu. Odborné posúdenie zvyčajne trvá dlhšie, než sa čaká, preto dajte odborom úradu dostatok času a jasnú šablónu na odhad nákladov.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Každé zamietnutie vysvetlite",
                            "text": "<p>Ak návrh zamietnete pre nesplnenie podmienok, vysvetlite dôvod zrozumiteľne a podľa možnosti pomôžte navrhovateľovi návrh upraviť. Nevysvetlené zamietnutia rýchlo podkopávajú dôveru v celý proces.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "pb-2-q1",
                    "prompt": {
                        "en": "Which of the following should be fixed and published before residents submit their proposals? (Choose two.)",
                        "es": "¿Cuáles de los siguientes elementos deben definirse y publicarse antes de que los vecinos presenten sus propuestas? (Elija dos.)",
                        "zh-hans": "以下哪些内容应在居民提交提案之前确定并公布？（选择两项。）",
                        "sk": "Ktoré z nasledujúcich údajov treba stanoviť a zverejniť skôr, ako obyvatelia predložia návrhy? (Vyberte dve možnosti.)",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "The total amount available and the maximum cost of a single project.",
                                "es": "El monto total disponible y el costo máximo de un solo proyecto.",
                                "zh-hans": "可用资金总额和单个项目的最高成本。",
                                "sk": "Celková dostupná suma a maximálne náklady jedného projektu.",
                            },
                            "feedback": {
                                "en": "Correct. Residents need to know the size of the envelope and the cost cap to make realistic proposals.",
                                "es": "Correcto. Los vecinos necesitan conocer el tamaño de la bolsa y el tope de costo para hacer propuestas realistas.",
                                "zh-hans": "正确。居民需要了解资金总额和成本上限，才能提出切合实际的提案。",
                                "sk": "Správne. Obyvatelia potrebujú poznať objem prostriedkov a cenový strop, aby mohli predkladať realistické návrhy.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": True,
                            "text": {
                                "en": "The criteria a project must meet to be eligible.",
                                "es": "Los requisitos que debe cumplir un proyecto para ser elegible.",
                                "zh-hans": "项目必须满足的资格条件。",
                                "sk": "Podmienky, ktoré musí projekt splniť, aby bol oprávnený.",
                            },
                            "feedback": {
                                "en": "Correct. Published eligibility criteria let residents shape their ideas and make rejections easier to explain.",
                                "es": "Correcto. Los requisitos publicados permiten a los vecinos ajustar sus ideas y facilitan explicar los rechazos.",
                                "zh-hans": "正确。公布资格条件有助于居民完善自己的想法，也便于解释否决的理由。",
                                "sk": "Správne. Zverejnené podmienky pomáhajú obyvateľom prispôsobiť nápady a uľahčujú vysvetlenie zamietnutí.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "The list of projects that will be funded.",
                                "es": "La lista de proyectos que se financiarán.",
                                "zh-hans": "将获得资助的项目名单。",
                                "sk": "Zoznam projektov, ktoré sa budú financovať.",
                            },
                            "feedback": {
                                "en": "No. The winning projects are the result of the process; fixing them in advance would make the vote meaningless.",
                                "es": "No. Los proyectos ganadores son el resultado del proceso; fijarlos de antemano volvería inútil la votación.",
                                "zh-hans": "不对。胜出项目是整个过程的结果；如果事先确定，投票就失去了意义。",
                                "sk": "Nie. Víťazné projekty sú výsledkom procesu; ak by boli určené vopred, hlasovanie by stratilo zmysel.",
                            },
                        },
                        {
                            "key": "d",
                            "correct": False,
                            "text": {
                                "en": "The final cost estimate of every proposal.",
                                "es": "La estimación final del costo de cada propuesta.",
                                "zh-hans": "每项提案的最终成本估算。",
                                "sk": "Konečný odhad nákladov každého návrhu.",
                            },
                            "feedback": {
                                "en": "No. Costs are estimated during technical review, after the proposals have been submitted.",
                                "es": "No. Los costos se estiman durante la revisión técnica, después de que se presentan las propuestas.",
                                "zh-hans": "不对。成本是在提案提交之后的技术审核阶段估算的。",
                                "sk": "Nie. Náklady sa odhadujú počas odborného posúdenia, teda až po predložení návrhov.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ pb-3
        {
            "key": "pb-3",
            "slug": {
                "en": "reaching-every-resident",
                "es": "llegar-a-todos-los-vecinos",
                "zh-hans": "rang-mei-wei-jumin-canyu",
                "sk": "ako-oslovit-vsetkych-obyvatelov",
            },
            "title": {
                "en": "Reaching every resident",
                "es": "Llegar a todos los vecinos",
                "zh-hans": "让每位居民都能参与",
                "sk": "Ako osloviť všetkých obyvateľov",
            },
            "section": {
                "en": "Module 3: Running the process",
                "es": "Módulo 3: Conducción del proceso",
                "zh-hans": "第三单元：组织实施",
                "sk": "Modul 3: Priebeh procesu",
            },
            "body": {
                "en": [
                    ("heading", "Participation is designed, not assumed"),
                    (
                        "paragraph",
                        "<p>Left to itself, PB tends to attract the residents who already take part in public life: people with time, confidence and internet access. If the city wants decisions that reflect the whole community, it has to plan outreach as carefully as the budget rules.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Practical measures that cities use:</p><ul><li>Offer <b>several ways to propose and vote</b>: online, on paper and at staffed stands in markets, libraries, schools and public transport hubs.</li><li>Work with <b>trusted intermediaries</b> such as schools, senior centres, neighbourhood associations and migrant organisations.</li><li>Translate materials into the languages spoken locally and explain costs in simple, visual ways.</li><li>Hold <b>facilitated meetings</b> where residents discuss needs before they vote, as Chengdu's village councils do when deciding how to use public service funds.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Track who takes part from the very first cycle. Comparing participants with the population by district, age and, where the law allows, other characteristics shows you where to focus next year.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Go where people already are",
                            "text": "<p>A stand outside a busy supermarket on a Saturday morning usually reaches more first-time participants than an evening meeting in the town hall.</p>",
                        },
                    ),
                ],
                "es": [
                    ("heading", "La participación se diseña, no se da por sentada"),
                    (
                        "paragraph",
                        "<p>Si se deja a su suerte, el PP tiende a atraer a los vecinos que ya participan en la vida pública: personas con tiempo, seguridad en sí mismas y acceso a internet. Si la ciudad quiere decisiones que reflejen a toda la comunidad, debe planificar la difusión con el mismo cuidado que las reglas del presupuesto.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Medidas prácticas que usan las ciudades:</p><ul><li>Ofrecer <b>varias formas de proponer y votar</b>: en línea, en papel y en módulos atendidos por personal en mercados, bibliotecas, escuelas y estaciones de transporte público.</li><li>Trabajar con <b>intermediarios de confianza</b>, como escuelas, centros para personas mayores, juntas vecinales y organizaciones de migrantes.</li><li>Traducir los materiales a las lenguas que se hablan en la localidad y explicar los costos de forma sencilla y visual.</li><li>Realizar <b>reuniones facilitadas</b> en las que los vecinos discutan sus necesidades antes de votar, como hacen los consejos de aldea de Chengdu al decidir cómo usar los fondos de servicios públicos.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Registre quién participa desde el primer ciclo. Comparar a los participantes con la población por distrito, edad y, cuando la ley lo permita, otras características le muestra dónde concentrar los esfuerzos el año siguiente.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Vaya adonde ya está la gente",
                            "text": "<p>Un módulo frente a un supermercado concurrido un sábado por la mañana suele llegar a más personas que participan por primera vez que una reunión nocturna en el palacio municipal.</p>",
                        },
                    ),
                ],
                "zh-hans": [
                    ("heading", "参与需要精心设计，而不能想当然"),
                    (
                        "paragraph",
                        "<p>如果听之任之，参与式预算往往只吸引那些本来就积极参与公共生活的居民：有时间、有自信、能上网的人。如果城市希望决策能代表整个社区，就必须像制定预算规则一样认真规划宣传动员工作。</p>",
                    ),
                    (
                        "paragraph",
                        "<p>各城市采用的实用做法包括：</p><ul><li>提供<b>多种提案和投票方式</b>：网上、纸质，以及在市场、图书馆、学校和公共交通枢纽设立有工作人员值守的服务点。</li><li>与<b>值得信赖的中间组织</b>合作，例如学校、老年活动中心、社区组织以及移民和外来人口组织。</li><li>将材料翻译成当地使用的语言，并用简明、直观的方式解释成本。</li><li>组织<b>有主持人引导的会议</b>，让居民在投票前讨论需求，就像成都的村民议事会在决定如何使用公共服务资金时所做的那样。</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>从第一个周期开始就记录参与者的情况。按辖区、年龄以及在法律允许的情况下按其他特征，将参与者与人口构成进行比较，就能看出下一年应重点关注哪些方面。</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "到居民常去的地方去",
                            "text": "<p>周六上午在热闹的超市门口设一个服务点，接触到的首次参与者通常比在市政厅举办晚间会议要多。</p>",
                        },
                    ),
                ],
                "sk": [
                    ("heading", "Účasť treba naplánovať, nie predpokladať"),
                    (
                        "paragraph",
                        "<p>Ak sa participatívny rozpočet ponechá na seba, priťahuje najmä obyvateľov, ktorí sa už do verejného života zapájajú: ľudí, ktorí majú čas, sebavedomie a prístup na internet. Ak chce mesto rozhodnutia, ktoré odrážajú celú komunitu, musí oslovovanie obyvateľov plánovať rovnako starostlivo ako rozpočtové pravidlá.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Praktické opatrenia, ktoré mestá využívajú:</p><ul><li>Ponúknuť <b>viacero spôsobov, ako navrhovať a hlasovať</b>: online, na papieri aj na stánkoch s personálom na trhoviskách, v knižniciach, školách a na prestupných uzloch verejnej dopravy.</li><li>Spolupracovať s <b>dôveryhodnými sprostredkovateľmi</b>, ako sú školy, denné centrá pre seniorov, občianske združenia a organizácie migrantov.</li><li>Preložiť materiály do jazykov, ktorými sa v meste hovorí, a vysvetľovať náklady jednoducho a názorne.</li><li>Organizovať <b>moderované stretnutia</b>, na ktorých obyvatelia pred hlasovaním diskutujú o potrebách, ako to robia dedinské rady v Čcheng-tu pri rozhodovaní o použití prostriedkov na verejné služby.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Sledujte, kto sa zapája, už od prvého cyklu. Porovnanie účastníkov s obyvateľstvom podľa mestskej časti, veku a, ak to zákon dovoľuje, ďalších znakov ukáže, na čo sa zamerať v budúcom roku.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Choďte tam, kde ľudia už sú",
                            "text": "<p>Stánok pred rušným supermarketom v sobotu ráno zvyčajne osloví viac ľudí, ktorí sa zapájajú po prvý raz, ako večerné stretnutie na mestskom úrade.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "pb-3-q1",
                    "prompt": {
                        "en": "After the first cycle, turnout was very low among older residents and tenants in one district. What is the most effective first step for the next cycle?",
                        "es": "Tras el primer ciclo, la participación fue muy baja entre las personas mayores y los inquilinos de un distrito. ¿Cuál es el primer paso más eficaz para el siguiente ciclo?",
                        "zh-hans": "第一个周期结束后，某辖区老年居民和租房者的参与率非常低。下一个周期最有效的第一步是什么？",
                        "sk": "Po prvom cykle bola účasť seniorov a nájomníkov v jednej mestskej časti veľmi nízka. Aký je najúčinnejší prvý krok pre ďalší cyklus?",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "Add in-person and paper voting at places these residents already visit, working with local organisations they trust.",
                                "es": "Agregar votación presencial y en papel en lugares que estos vecinos ya frecuentan, en colaboración con organizaciones locales en las que confían.",
                                "zh-hans": "与这些居民信任的本地组织合作，在他们常去的地方增设现场投票和纸质投票。",
                                "sk": "Zaviesť osobné a papierové hlasovanie na miestach, kam títo obyvatelia bežne chodia, v spolupráci s miestnymi organizáciami, ktorým dôverujú.",
                            },
                            "feedback": {
                                "en": "Correct. Removing practical barriers and working through trusted intermediaries addresses the likely causes of low turnout.",
                                "es": "Correcto. Eliminar las barreras prácticas y trabajar con intermediarios de confianza ataca las causas probables de la baja participación.",
                                "zh-hans": "正确。消除实际障碍并借助值得信赖的中间组织，可以针对参与率低的可能原因。",
                                "sk": "Správne. Odstránenie praktických prekážok a spolupráca s dôveryhodnými sprostredkovateľmi riešia pravdepodobné príčiny nízkej účasti.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "en": "Extend the online voting period by two weeks.",
                                "es": "Ampliar dos semanas el periodo de votación en línea.",
                                "zh-hans": "将网上投票期延长两周。",
                                "sk": "Predĺžiť online hlasovanie o dva týždne.",
                            },
                            "feedback": {
                                "en": "A longer online window mainly helps people who are already online and motivated; it does not remove the barriers these groups face.",
                                "es": "Un plazo en línea más largo ayuda sobre todo a quienes ya están conectados y motivados; no elimina las barreras que enfrentan estos grupos.",
                                "zh-hans": "延长网上投票时间主要方便本来就上网且积极的人，并不能消除这些群体面临的障碍。",
                                "sk": "Dlhšie online hlasovanie pomáha hlavne tým, ktorí sú už online a motivovaní; prekážky týchto skupín neodstráni.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "Reduce that district's share of the budget, since residents there seem less interested.",
                                "es": "Reducir la parte del presupuesto de ese distrito, ya que sus vecinos parecen menos interesados.",
                                "zh-hans": "削减该辖区的预算份额，因为那里的居民似乎不太感兴趣。",
                                "sk": "Znížiť podiel tejto mestskej časti na rozpočte, keďže tamojší obyvatelia sa zdajú menej zainteresovaní.",
                            },
                            "feedback": {
                                "en": "Cutting the budget would punish the district for a design problem and make future participation even less likely.",
                                "es": "Recortar el presupuesto castigaría al distrito por un problema de diseño y haría aún menos probable su participación futura.",
                                "zh-hans": "削减预算等于因设计问题而惩罚该辖区，只会让今后的参与更不可能。",
                                "sk": "Krátenie rozpočtu by mestskú časť potrestalo za chybu v návrhu procesu a budúcu účasť by ešte viac znížilo.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ pb-4
        {
            "key": "pb-4",
            "slug": {
                "en": "delivering-and-evaluating",
                "es": "ejecutar-y-evaluar",
                "zh-hans": "shishi-yu-pinggu",
                "sk": "realizacia-a-hodnotenie",
            },
            "title": {
                "en": "Delivering projects and learning from each cycle",
                "es": "Ejecutar los proyectos y aprender de cada ciclo",
                "zh-hans": "实施项目并从每个周期中总结经验",
                "sk": "Realizácia projektov a poučenie z každého cyklu",
            },
            "section": {
                "en": "Module 4: Delivery and evaluation",
                "es": "Módulo 4: Ejecución y evaluación",
                "zh-hans": "第四单元：实施与评估",
                "sk": "Modul 4: Realizácia a hodnotenie",
            },
            "body": {
                "en": [
                    ("heading", "The vote is the middle, not the end"),
                    (
                        "paragraph",
                        "<p>For residents, PB succeeds when they see the bench, the playground or the bike rack they voted for. Delays are normal in public works, but silence is not. Assign each winning project to a named department, set a target date and publish its status regularly, including problems and the reasons for any change.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Cities such as Bratislava publish the supported projects online so that residents can follow them from one cycle to the next. Whatever the tool, a simple public table updated every quarter is better than a sophisticated dashboard that is rarely updated.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>At the end of each cycle, evaluate the process as well as the projects. Useful questions include:</p><ul><li>Who took part, compared with the population of each district?</li><li>What share of the winning projects was delivered, and how long did delivery take?</li><li>Did actual costs match the estimates made during technical review?</li><li>What do participants and staff say should change?</li></ul>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Close the loop",
                            "text": "<p>Publish a short evaluation report and show which rules will change in the next cycle as a result. Residents are more likely to take part again when they can see that their feedback was used.</p>",
                        },
                    ),
                ],
                "es": [
                    ("heading", "La votación es la mitad del camino, no el final"),
                    (
                        "paragraph",
                        "<p>Para los vecinos, el PP tiene éxito cuando ven la banca, el juego infantil o el estacionamiento para bicicletas por el que votaron. Los retrasos son normales en la obra pública, pero el silencio no lo es. Asigne cada proyecto ganador a un área responsable, fije una fecha meta y publique su avance con regularidad, incluidos los problemas y los motivos de cualquier cambio.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Ciudades como Bratislava publican en línea los proyectos apoyados para que los vecinos puedan darles seguimiento de un ciclo a otro. Sea cual sea la herramienta, una tabla pública sencilla actualizada cada trimestre es mejor que un tablero sofisticado que casi nunca se actualiza.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Al final de cada ciclo, evalúe tanto el proceso como los proyectos. Algunas preguntas útiles:</p><ul><li>¿Quién participó, en comparación con la población de cada distrito?</li><li>¿Qué proporción de los proyectos ganadores se ejecutó y cuánto tiempo tomó?</li><li>¿Los costos reales coincidieron con las estimaciones de la revisión técnica?</li><li>¿Qué dicen los participantes y el personal que debería cambiar?</li></ul>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Cierre el círculo",
                            "text": "<p>Publique un informe de evaluación breve y muestre qué reglas cambiarán en el siguiente ciclo como resultado. Los vecinos tienen más probabilidades de volver a participar cuando ven que se tomaron en cuenta sus opiniones.</p>",
                        },
                    ),
                ],
                "zh-hans": [
                    ("heading", "投票只是过程的中点，而非终点"),
                    (
                        "paragraph",
                        "<p>对居民来说，只有亲眼看到自己投票支持的长椅、游乐场或自行车停放架落成，参与式预算才算成功。公共工程出现延误很正常，但沉默不语则不然。应将每个胜出项目分配给明确的责任部门，设定目标日期，并定期公布进展，包括遇到的问题以及任何变更的原因。</p>",
                    ),
                    (
                        "paragraph",
                        "<p>布拉迪斯拉发等城市会在网上公布获得支持的项目，方便居民在不同周期之间持续跟踪。无论采用何种工具，每季度更新一次的简单公开表格，都胜过一个很少更新的复杂数据看板。</p>",
                    ),
                    (
                        "paragraph",
                        "<p>每个周期结束时，既要评估项目，也要评估过程本身。以下问题很有帮助：</p><ul><li>与各辖区的人口构成相比，哪些人参与了？</li><li>胜出项目中有多大比例已经落实，实施用了多长时间？</li><li>实际成本是否与技术审核阶段的估算相符？</li><li>参与者和工作人员认为哪些方面需要改变？</li></ul>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "形成闭环",
                            "text": "<p>发布一份简短的评估报告，并说明下一个周期将因此修改哪些规则。当居民看到自己的意见被采纳时，他们更有可能再次参与。</p>",
                        },
                    ),
                ],
                "sk": [
                    ("heading", "Hlasovanie je polovica cesty, nie koniec"),
                    (
                        "paragraph",
                        "<p>Pre obyvateľov je participatívny rozpočet úspešný vtedy, keď uvidia lavičku, ihrisko alebo stojan na bicykle, za ktoré hlasovali. Oneskorenia sú pri verejných stavebných prácach bežné, mlčanie však nie. Každý víťazný projekt prideľte konkrétnemu odboru, stanovte cieľový termín a pravidelne zverejňujte stav jeho realizácie vrátane problémov a dôvodov prípadných zmien.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Mestá ako Bratislava zverejňujú podporené projekty online, aby ich obyvatelia mohli sledovať z jedného cyklu do druhého. Nech už použijete akýkoľvek nástroj, jednoduchá verejná tabuľka aktualizovaná každý štvrťrok je lepšia ako sofistikovaný prehľadový panel, ktorý sa aktualizuje len zriedka.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Na konci každého cyklu vyhodnoťte proces aj projekty. Užitočné otázky sú napríklad:</p><ul><li>Kto sa zapojil v porovnaní s obyvateľstvom jednotlivých mestských častí?</li><li>Aký podiel víťazných projektov sa zrealizoval a ako dlho realizácia trvala?</li><li>Zodpovedali skutočné náklady odhadom z odborného posúdenia?</li><li>Čo by sa podľa účastníkov a zamestnancov malo zmeniť?</li></ul>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Uzavrite kruh",
                            "text": "<p>Zverejnite krátku hodnotiacu správu a ukážte, ktoré pravidlá sa v ďalšom cykle vďaka nej zmenia. Obyvatelia sa skôr zapoja znova, keď vidia, že ich podnety sa využili.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "pb-4-q1",
                    "prompt": {
                        "en": "Several winning projects are delayed because of procurement problems. What should the city do?",
                        "es": "Varios proyectos ganadores están retrasados por problemas en la licitación. ¿Qué debe hacer la ciudad?",
                        "zh-hans": "由于采购问题，多个胜出项目出现延误。城市应该怎么做？",
                        "sk": "Viaceré víťazné projekty meškajú pre problémy s verejným obstarávaním. Čo by malo mesto urobiť?",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "Publish the status of each project, explain the reason for the delay and give a new target date.",
                                "es": "Publicar el estado de cada proyecto, explicar el motivo del retraso y dar una nueva fecha meta.",
                                "zh-hans": "公布每个项目的状态，说明延误原因，并给出新的目标日期。",
                                "sk": "Zverejniť stav každého projektu, vysvetliť dôvod meškania a uviesť nový cieľový termín.",
                            },
                            "feedback": {
                                "en": "Correct. Open, regular reporting maintains trust even when delivery is slow.",
                                "es": "Correcto. Informar con transparencia y regularidad mantiene la confianza aun cuando la ejecución es lenta.",
                                "zh-hans": "正确。公开、定期的通报即使在实施进展缓慢时也能维持信任。",
                                "sk": "Správne. Otvorené a pravidelné informovanie udržiava dôveru aj vtedy, keď realizácia postupuje pomaly.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "en": "Wait until the projects are finished before saying anything.",
                                "es": "Esperar a que los proyectos terminen antes de decir algo.",
                                "zh-hans": "等项目完工后再对外说明。",
                                "sk": "Počkať, kým sa projekty dokončia, a až potom niečo oznámiť.",
                            },
                            "feedback": {
                                "en": "Silence is usually read as a broken promise. Residents need to know that the projects are still going ahead.",
                                "es": "El silencio suele interpretarse como una promesa incumplida. Los vecinos necesitan saber que los proyectos siguen en marcha.",
                                "zh-hans": "沉默通常会被理解为食言。居民需要知道这些项目仍在推进之中。",
                                "sk": "Mlčanie sa zvyčajne chápe ako nedodržaný sľub. Obyvatelia potrebujú vedieť, že sa na projektoch stále pracuje.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "Quietly replace the delayed projects with ones that are easier to deliver.",
                                "es": "Reemplazar discretamente los proyectos retrasados por otros más fáciles de ejecutar.",
                                "zh-hans": "悄悄用更容易实施的项目替换延误的项目。",
                                "sk": "Potichu nahradiť meškajúce projekty takými, ktoré sa dajú zrealizovať ľahšie.",
                            },
                            "feedback": {
                                "en": "Replacing projects that residents voted for without their consent undermines the legitimacy of the whole process.",
                                "es": "Sustituir sin consentimiento los proyectos que votaron los vecinos socava la legitimidad de todo el proceso.",
                                "zh-hans": "未经居民同意就替换他们投票选出的项目，会损害整个过程的正当性。",
                                "sk": "Nahradenie projektov, za ktoré obyvatelia hlasovali, bez ich súhlasu podkopáva legitimitu celého procesu.",
                            },
                        },
                    ],
                },
                {
                    "key": "pb-4-q2",
                    "prompt": {
                        "en": "Which indicator tells you most about how inclusive a PB cycle was?",
                        "es": "¿Qué indicador dice más sobre qué tan incluyente fue un ciclo de PP?",
                        "zh-hans": "以下哪个指标最能说明一个参与式预算周期的包容程度？",
                        "sk": "Ktorý ukazovateľ najviac vypovedá o tom, nakoľko inkluzívny bol cyklus participatívneho rozpočtu?",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "The profile of participants compared with the population of each district.",
                                "es": "El perfil de los participantes comparado con la población de cada distrito.",
                                "zh-hans": "参与者构成与各辖区人口构成的对比。",
                                "sk": "Zloženie účastníkov v porovnaní s obyvateľstvom jednotlivých mestských častí.",
                            },
                            "feedback": {
                                "en": "Correct. Comparing who took part with who lives there shows which groups were missing.",
                                "es": "Correcto. Comparar a quienes participaron con quienes viven allí muestra qué grupos faltaron.",
                                "zh-hans": "正确。将参与者与当地居民进行比较，可以看出哪些群体缺席了。",
                                "sk": "Správne. Porovnanie toho, kto sa zapojil, s tým, kto v danej časti žije, ukáže, ktoré skupiny chýbali.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "en": "The total number of proposals submitted.",
                                "es": "El número total de propuestas presentadas.",
                                "zh-hans": "提交提案的总数。",
                                "sk": "Celkový počet predložených návrhov.",
                            },
                            "feedback": {
                                "en": "Many proposals can come from a small, very active group, so the number says little about inclusiveness.",
                                "es": "Muchas propuestas pueden venir de un grupo pequeño y muy activo, así que este dato dice poco sobre la inclusión.",
                                "zh-hans": "大量提案可能来自一个规模很小但非常活跃的群体，因此这一数字很难说明包容程度。",
                                "sk": "Veľa návrhov môže pochádzať od malej, veľmi aktívnej skupiny, preto ich počet o inkluzívnosti veľa nepovie.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "The number of visits to the PB website.",
                                "es": "El número de visitas al sitio web del PP.",
                                "zh-hans": "参与式预算网站的访问量。",
                                "sk": "Počet návštev webovej stránky participatívneho rozpočtu.",
                            },
                            "feedback": {
                                "en": "Website visits measure online interest, not who actually took part, and they miss residents who take part offline.",
                                "es": "Las visitas miden el interés en línea, no quién participó realmente, y dejan fuera a quienes participan de forma presencial.",
                                "zh-hans": "网站访问量衡量的是网上关注度，而不是实际参与者，而且会遗漏线下参与的居民。",
                                "sk": "Návštevy webu merajú záujem online, nie to, kto sa skutočne zapojil, a nezachytia obyvateľov, ktorí sa zapájajú osobne.",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
