"""Demo data for surveys: the capacity self-assessment, a research survey and their answers.

Plain Python literals only; the seeding code turns them into questionnaires, municipalities and
responses. Every text is given in en, es, zh-hans and sk.

* DOMAINS: the six capacity domains the self-assessment scores, each linked to existing topics
  (``cms_pages.demo.TOPICS``) so that results can suggest courses, mentors and partner cities.
* ASSESSMENT: the municipal capacity self-assessment: one scored section per domain (two
  single-choice practice questions with options worth 0–3 points, ordered from weakest to
  strongest practice, and one 1–5 agreement statement), then an unscored section about the team.
* SURVEY: the anonymous research survey "Local government workforce 2026" (career, skills and
  training, leading practices); its options carry no points.
* SURVEY_TEXT_ANSWERS: answers to the survey's two free-text questions, written natively in
  each language, for generated responses.
* NEW_MUNICIPALITIES: four more fictional local governments in the Europe region (Bratislava
  office), in the format of ``partnerships.demo_content.MUNICIPALITIES``.
* ASSESSED: ten municipalities that have answered the self-assessment: the level reached in
  each domain (0.0–1.0), for three of them also the level a year earlier, and their answer to
  "What would help your municipality most in the next year?". Two Europe municipalities
  (Hradec nad Ohří, Zielony Bród) are strong in financial management. Kamenná Dolina is
  deliberately missing: the demo user answers for it, in Slovak.
"""

DOMAINS = [
    {
        "slug": "financial-management",
        "topics": ["finance"],
        "name": {
            "en": "Financial management",
            "es": "Gestión financiera",
            "zh-hans": "财政管理",
            "sk": "Finančné riadenie",
        },
        "description": {
            "en": "How the municipality prepares its budget, collects revenue, controls spending and reports on its finances.",
            "es": "Cómo el municipio elabora su presupuesto, recauda sus ingresos, controla el gasto e informa sobre sus finanzas.",
            "zh-hans": "市政府如何编制预算、组织收入、控制支出并报告财政状况。",
            "sk": "Ako obec alebo mesto zostavuje rozpočet, vyberá príjmy, kontroluje výdavky a podáva správy o svojom hospodárení.",
        },
    },
    {
        "slug": "service-delivery",
        "topics": ["infrastructure", "digital"],
        "name": {
            "en": "Service delivery",
            "es": "Prestación de servicios",
            "zh-hans": "公共服务供给",
            "sk": "Poskytovanie služieb",
        },
        "description": {
            "en": "How the municipality provides and maintains everyday services such as water, waste collection, roads and permits, in person and online.",
            "es": "Cómo el municipio presta y mantiene los servicios cotidianos, como agua, recolección de residuos, calles y trámites, tanto en persona como en línea.",
            "zh-hans": "市政府如何通过线下和线上渠道提供并维护供水、垃圾收运、道路、审批等日常公共服务。",
            "sk": "Ako obec alebo mesto poskytuje a udržiava každodenné služby, napríklad vodu, odvoz odpadu, cesty či povolenia, osobne aj elektronicky.",
        },
    },
    {
        "slug": "human-resources",
        "topics": ["leadership"],
        "name": {
            "en": "Human resources",
            "es": "Recursos humanos",
            "zh-hans": "人力资源",
            "sk": "Ľudské zdroje",
        },
        "description": {
            "en": "How the municipality recruits, develops, manages and keeps its staff, and prepares its future managers.",
            "es": "Cómo el municipio selecciona, forma, gestiona y retiene a su personal, y prepara a sus futuros mandos directivos.",
            "zh-hans": "市政府如何招聘、培养、管理和留住工作人员，并培养未来的管理骨干。",
            "sk": "Ako obec alebo mesto získava, rozvíja, riadi a udržiava si zamestnancov a pripravuje budúcich vedúcich pracovníkov.",
        },
    },
    {
        "slug": "planning",
        "topics": ["planning", "climate"],
        "name": {
            "en": "Planning",
            "es": "Planificación",
            "zh-hans": "规划",
            "sk": "Plánovanie",
        },
        "description": {
            "en": "How the municipality sets long-term goals, plans land use and investment, and prepares for climate risks.",
            "es": "Cómo el municipio fija metas de largo plazo, planifica el uso del suelo y las inversiones, y se prepara ante los riesgos climáticos.",
            "zh-hans": "市政府如何确定长期目标、规划土地利用和投资，并应对气候风险。",
            "sk": "Ako obec alebo mesto stanovuje dlhodobé ciele, plánuje využitie územia a investície a pripravuje sa na klimatické riziká.",
        },
    },
    {
        "slug": "transparency-accountability",
        "topics": ["ethics"],
        "name": {
            "en": "Transparency and accountability",
            "es": "Transparencia y rendición de cuentas",
            "zh-hans": "透明度与问责",
            "sk": "Transparentnosť a zodpovednosť",
        },
        "description": {
            "en": "How openly the municipality publishes information and decisions, prevents conflicts of interest and answers to residents and oversight bodies.",
            "es": "Qué tan abiertamente el municipio publica su información y sus decisiones, previene los conflictos de interés y rinde cuentas a la ciudadanía y a los órganos de control.",
            "zh-hans": "市政府公开信息和决策、防范利益冲突，以及向居民和监督机构负责的情况。",
            "sk": "Ako otvorene obec alebo mesto zverejňuje informácie a rozhodnutia, predchádza konfliktu záujmov a skladá účty obyvateľom a kontrolným orgánom.",
        },
    },
    {
        "slug": "citizen-engagement",
        "topics": ["participation"],
        "name": {
            "en": "Citizen engagement",
            "es": "Participación ciudadana",
            "zh-hans": "公众参与",
            "sk": "Zapájanie obyvateľov",
        },
        "description": {
            "en": "How the municipality informs and consults residents and involves them in decisions and in shaping local services.",
            "es": "Cómo el municipio informa y consulta a los vecinos y los involucra en las decisiones y en el diseño de los servicios locales.",
            "zh-hans": "市政府如何向居民通报情况、征求意见，并让居民参与决策和地方公共服务的设计。",
            "sk": "Ako obec alebo mesto informuje obyvateľov, radí sa s nimi a zapája ich do rozhodovania a do podoby miestnych služieb.",
        },
    },
]

ASSESSMENT = {
    "slug": "capacity-self-assessment",
    "title": {
        "en": "Municipal capacity self-assessment",
        "es": "Autoevaluación de capacidades municipales",
        "zh-hans": "市政府能力自我评估",
        "sk": "Sebahodnotenie kapacít samosprávy",
    },
    "intro": {
        "en": "This self-assessment works best when your municipality's team answers it together. It takes about 15 minutes, and your answers are saved as you go, so you can stop and come back later. Your results show a score for each domain compared with peers in your region and suggest courses, mentors and partner cities that can help you improve.",
        "es": "Esta autoevaluación da mejores resultados cuando el equipo de su municipio la responde en conjunto. Toma unos 15 minutos y sus respuestas se guardan a medida que avanza, así que puede interrumpirla y continuar después. Los resultados muestran una puntuación por ámbito comparada con la de otros municipios de su región y le sugieren cursos, mentores y ciudades socias que pueden ayudarle a mejorar.",
        "zh-hans": "本自我评估最好由贵市政府团队共同填写，约需15分钟。答案会随填随存，您可以随时中断，稍后继续。评估结果将显示各领域得分及其与本地区同行的比较，并为您推荐有助于提升能力的课程、导师和伙伴城市。",
        "sk": "Sebahodnotenie prinesie najviac, keď ho vyplníte spoločne s tímom vašej obce alebo mesta. Trvá asi 15 minút a odpovede sa priebežne ukladajú, takže môžete prestať a vrátiť sa neskôr. Vo výsledkoch uvidíte skóre za každú oblasť v porovnaní s ďalšími samosprávami vo vašom regióne a odporúčané kurzy, mentorov a partnerské mestá, ktoré vám pomôžu zlepšiť sa.",
    },
    "sections": [
        # --- 1. Financial management ---
        {
            "title": {
                "en": "Financial management",
                "es": "Gestión financiera",
                "zh-hans": "财政管理",
                "sk": "Finančné riadenie",
            },
            "intro": {
                "en": "How your municipality prepares its budget and keeps track of money during the year.",
                "es": "Cómo su municipio elabora el presupuesto y da seguimiento a los recursos durante el año.",
                "zh-hans": "贵市政府如何编制预算并在年度内跟踪资金使用情况。",
                "sk": "Ako vaša obec alebo mesto zostavuje rozpočet a sleduje financie počas roka.",
            },
            "questions": [
                {
                    "kind": "single",
                    "domain": "financial-management",
                    "required": True,
                    "text": {
                        "en": "How is the annual budget prepared?",
                        "es": "¿Cómo se elabora el presupuesto anual?",
                        "zh-hans": "年度预算是如何编制的？",
                        "sk": "Ako sa zostavuje ročný rozpočet?",
                    },
                    "options": [
                        {
                            "label": {
                                "en": "The finance office copies last year's budget with small changes.",
                                "es": "El área de finanzas repite el presupuesto del año anterior con pequeños ajustes.",
                                "zh-hans": "财政部门在上一年预算的基础上略作调整。",
                                "sk": "Ekonomický odbor prevezme minuloročný rozpočet s malými úpravami.",
                            },
                            "points": 0,
                        },
                        {
                            "label": {
                                "en": "Departments send their requests, and the finance office cuts them to fit expected revenue.",
                                "es": "Las áreas envían sus solicitudes y el área de finanzas las recorta para ajustarlas a los ingresos previstos.",
                                "zh-hans": "各部门提出需求，财政部门按预计收入进行压减。",
                                "sk": "Odbory pošlú svoje požiadavky a ekonomický odbor ich kráti podľa očakávaných príjmov.",
                            },
                            "points": 1,
                        },
                        {
                            "label": {
                                "en": "The budget follows a calendar, sets a spending ceiling for each department and reflects the council's priorities.",
                                "es": "El presupuesto sigue un calendario, fija un techo de gasto por área y refleja las prioridades del concejo municipal.",
                                "zh-hans": "预算按既定时间表编制，为各部门设定支出上限，并体现市议会确定的优先事项。",
                                "sk": "Rozpočet sa zostavuje podľa harmonogramu, každý odbor má určený limit výdavkov a rozpočet odráža priority zastupiteľstva.",
                            },
                            "points": 2,
                        },
                        {
                            "label": {
                                "en": "The budget is part of a multi-year financial plan, sets targets for each programme and is reviewed against results.",
                                "es": "El presupuesto forma parte de un plan financiero plurianual, fija metas para cada programa y se revisa con base en los resultados.",
                                "zh-hans": "预算纳入多年期财政规划，为每个项目设定目标，并根据实际成效进行复核。",
                                "sk": "Rozpočet je súčasťou viacročného finančného plánu, stanovuje ciele pre každý program a vyhodnocuje sa podľa dosiahnutých výsledkov.",
                            },
                            "points": 3,
                        },
                    ],
                },
                {
                    "kind": "single",
                    "domain": "financial-management",
                    "required": True,
                    "text": {
                        "en": "How does your municipality follow spending during the year?",
                        "es": "¿Cómo da seguimiento su municipio al gasto durante el año?",
                        "zh-hans": "贵市政府在年度内如何跟踪支出情况？",
                        "sk": "Ako vaša obec alebo mesto sleduje výdavky počas roka?",
                    },
                    "help_text": {
                        "en": "Think of the general budget, not of projects funded by individual grants.",
                        "es": "Piense en el presupuesto general, no en proyectos financiados con subsidios específicos.",
                        "zh-hans": "请考虑一般预算，而非由专项补助资金支持的个别项目。",
                        "sk": "Myslite na celý rozpočet, nie na jednotlivé projekty financované z grantov.",
                    },
                    "options": [
                        {
                            "label": {
                                "en": "We see the full picture only when the year's accounts are closed.",
                                "es": "Solo conocemos el panorama completo al cierre del ejercicio.",
                                "zh-hans": "只有在年度决算时才能掌握全面情况。",
                                "sk": "Celkový obraz máme až po uzavretí účtovného roka.",
                            },
                            "points": 0,
                        },
                        {
                            "label": {
                                "en": "The finance office compares spending with the budget a few times a year.",
                                "es": "El área de finanzas compara el gasto con el presupuesto algunas veces al año.",
                                "zh-hans": "财政部门每年几次将支出与预算进行对比。",
                                "sk": "Ekonomický odbor niekoľkokrát do roka porovná výdavky s rozpočtom.",
                            },
                            "points": 1,
                        },
                        {
                            "label": {
                                "en": "Every department receives a monthly report of its spending against its budget.",
                                "es": "Cada área recibe un informe mensual de su gasto frente a su presupuesto.",
                                "zh-hans": "各部门每月收到一份本部门支出与预算的对比报告。",
                                "sk": "Každý odbor dostáva mesačný prehľad svojich výdavkov v porovnaní s rozpočtom.",
                            },
                            "points": 2,
                        },
                        {
                            "label": {
                                "en": "Managers see spending and revenue as they happen, and the council receives a forecast to year end every quarter.",
                                "es": "Los responsables ven el gasto y los ingresos en tiempo real, y el concejo municipal recibe cada trimestre una proyección al cierre del año.",
                                "zh-hans": "各级负责人可实时查看收支情况，市议会每季度收到一份全年收支预测。",
                                "sk": "Vedúci vidia výdavky a príjmy priebežne a zastupiteľstvo dostáva každý štvrťrok prognózu do konca roka.",
                            },
                            "points": 3,
                        },
                    ],
                },
                {
                    "kind": "scale",
                    "domain": "financial-management",
                    "required": True,
                    "text": {
                        "en": "Our team can forecast revenue three years ahead.",
                        "es": "Nuestro equipo puede proyectar los ingresos con tres años de anticipación.",
                        "zh-hans": "我们的团队能够预测未来三年的收入。",
                        "sk": "Náš tím dokáže odhadnúť príjmy na tri roky dopredu.",
                    },
                    "help_text": {
                        "en": "Include local taxes and fees, transfers from central government and grants.",
                        "es": "Incluya impuestos y derechos locales, transferencias del gobierno nacional y subsidios.",
                        "zh-hans": "包括地方税费、上级转移支付和各类补助资金。",
                        "sk": "Zahrňte miestne dane a poplatky, podielové dane, transfery zo štátneho rozpočtu aj granty.",
                    },
                    "scale_low": {
                        "en": "Strongly disagree",
                        "es": "Totalmente en desacuerdo",
                        "zh-hans": "非常不同意",
                        "sk": "Úplne nesúhlasím",
                    },
                    "scale_high": {
                        "en": "Strongly agree",
                        "es": "Totalmente de acuerdo",
                        "zh-hans": "非常同意",
                        "sk": "Úplne súhlasím",
                    },
                },
            ],
        },
        # --- 2. Service delivery ---
        {
            "title": {
                "en": "Service delivery",
                "es": "Prestación de servicios",
                "zh-hans": "公共服务供给",
                "sk": "Poskytovanie služieb",
            },
            "intro": {
                "en": "How residents request services and how you know whether your services work.",
                "es": "Cómo solicitan los vecinos los servicios y cómo sabe usted si esos servicios funcionan.",
                "zh-hans": "居民如何申请服务，以及您如何了解各项服务是否到位。",
                "sk": "Ako obyvatelia žiadajú o služby a ako viete, či vaše služby fungujú.",
            },
            "questions": [
                {
                    "kind": "single",
                    "domain": "service-delivery",
                    "required": True,
                    "text": {
                        "en": "How does your municipality know whether its services meet residents' needs?",
                        "es": "¿Cómo sabe su municipio si sus servicios responden a las necesidades de los vecinos?",
                        "zh-hans": "贵市政府如何了解公共服务是否满足居民需求？",
                        "sk": "Ako vaša obec alebo mesto zisťuje, či služby zodpovedajú potrebám obyvateľov?",
                    },
                    "options": [
                        {
                            "label": {
                                "en": "We hear about problems mainly from complaints and the local media.",
                                "es": "Nos enteramos de los problemas sobre todo por las quejas y por los medios locales.",
                                "zh-hans": "主要通过投诉和当地媒体得知问题。",
                                "sk": "O problémoch sa dozvedáme najmä zo sťažností a z miestnych médií.",
                            },
                            "points": 0,
                        },
                        {
                            "label": {
                                "en": "We record complaints and requests but rarely analyse them.",
                                "es": "Registramos quejas y solicitudes, pero rara vez las analizamos.",
                                "zh-hans": "我们会登记投诉和诉求，但很少加以分析。",
                                "sk": "Sťažnosti a podnety evidujeme, ale zriedka ich analyzujeme.",
                            },
                            "points": 1,
                        },
                        {
                            "label": {
                                "en": "We track a few service standards, such as response times, and report them to management.",
                                "es": "Medimos algunos estándares de servicio, como los tiempos de respuesta, y los informamos a la dirección.",
                                "zh-hans": "我们跟踪响应时间等若干服务标准，并向管理层报告。",
                                "sk": "Sledujeme niekoľko štandardov služieb, napríklad čas vybavenia, a informujeme o nich vedenie.",
                            },
                            "points": 2,
                        },
                        {
                            "label": {
                                "en": "We publish service standards, measure them regularly, survey users and act on the results.",
                                "es": "Publicamos estándares de servicio, los medimos con regularidad, encuestamos a los usuarios y actuamos según los resultados.",
                                "zh-hans": "我们公布服务标准，定期测评，开展用户满意度调查，并根据结果加以改进。",
                                "sk": "Štandardy služieb zverejňujeme, pravidelne ich meriame, robíme prieskumy medzi používateľmi a podľa výsledkov konáme.",
                            },
                            "points": 3,
                        },
                    ],
                },
                {
                    "kind": "single",
                    "domain": "service-delivery",
                    "required": True,
                    "text": {
                        "en": "How do residents request services or report problems?",
                        "es": "¿Cómo solicitan los vecinos un servicio o reportan un problema?",
                        "zh-hans": "居民如何申请服务或反映问题？",
                        "sk": "Ako obyvatelia žiadajú o služby alebo nahlasujú problémy?",
                    },
                    "options": [
                        {
                            "label": {
                                "en": "Only in person at the town hall during office hours.",
                                "es": "Solo en persona, en las oficinas municipales y en horario de atención.",
                                "zh-hans": "只能在工作时间到市政府办事大厅当面办理。",
                                "sk": "Len osobne na úrade počas úradných hodín.",
                            },
                            "points": 0,
                        },
                        {
                            "label": {
                                "en": "In person, by phone or by email, with no shared record of requests.",
                                "es": "En persona, por teléfono o por correo electrónico, sin un registro común de las solicitudes.",
                                "zh-hans": "可以当面、电话或电子邮件反映，但没有统一的诉求登记。",
                                "sk": "Osobne, telefonicky alebo e-mailom, ale bez spoločnej evidencie podnetov.",
                            },
                            "points": 1,
                        },
                        {
                            "label": {
                                "en": "Through an online form or app that logs each request and tracks it until it is closed.",
                                "es": "Mediante un formulario en línea o una aplicación que registra cada solicitud y le da seguimiento hasta su cierre.",
                                "zh-hans": "通过网上表单或应用程序提交，每条诉求均登记在案并跟踪至办结。",
                                "sk": "Cez online formulár alebo aplikáciu, ktorá každý podnet zaeviduje a sleduje až do vybavenia.",
                            },
                            "points": 2,
                        },
                        {
                            "label": {
                                "en": "Through several channels linked to one system; residents can follow their request, and response times are published.",
                                "es": "Por varios canales conectados a un solo sistema; los vecinos pueden seguir su solicitud y los tiempos de respuesta se publican.",
                                "zh-hans": "多种渠道接入同一系统，居民可查询办理进度，响应时间向社会公布。",
                                "sk": "Viacerými kanálmi prepojenými do jedného systému; obyvatelia môžu sledovať stav svojho podnetu a časy vybavenia sa zverejňujú.",
                            },
                            "points": 3,
                        },
                    ],
                },
                {
                    "kind": "scale",
                    "domain": "service-delivery",
                    "required": True,
                    "text": {
                        "en": "We keep an up-to-date register of our infrastructure and its condition, and we use it to plan maintenance.",
                        "es": "Mantenemos un inventario actualizado de nuestra infraestructura y de su estado, y lo usamos para programar el mantenimiento.",
                        "zh-hans": "我们建有及时更新的基础设施及其状况台账，并据此安排维护工作。",
                        "sk": "Vedieme aktuálnu evidenciu (pasport) našej infraštruktúry a jej stavu a podľa nej plánujeme údržbu.",
                    },
                    "help_text": {
                        "en": "This includes roads, water and sewer networks, public buildings, street lighting and vehicles.",
                        "es": "Esto incluye calles, redes de agua y alcantarillado, edificios públicos, alumbrado público y vehículos.",
                        "zh-hans": "包括道路、供排水管网、公共建筑、路灯和车辆。",
                        "sk": "Patria sem cesty, vodovodná a kanalizačná sieť, verejné budovy, verejné osvetlenie aj vozidlá.",
                    },
                    "scale_low": {
                        "en": "Strongly disagree",
                        "es": "Totalmente en desacuerdo",
                        "zh-hans": "非常不同意",
                        "sk": "Úplne nesúhlasím",
                    },
                    "scale_high": {
                        "en": "Strongly agree",
                        "es": "Totalmente de acuerdo",
                        "zh-hans": "非常同意",
                        "sk": "Úplne súhlasím",
                    },
                },
            ],
        },
        # --- 3. Human resources ---
        {
            "title": {
                "en": "Human resources",
                "es": "Recursos humanos",
                "zh-hans": "人力资源",
                "sk": "Ľudské zdroje",
            },
            "intro": {
                "en": "How you recruit, develop and keep the people who run your municipality.",
                "es": "Cómo selecciona, desarrolla y retiene a las personas que hacen funcionar su municipio.",
                "zh-hans": "贵市政府如何招聘、培养和留住工作人员。",
                "sk": "Ako získavate, rozvíjate a udržíte si ľudí, vďaka ktorým vaša samospráva funguje.",
            },
            "questions": [
                {
                    "kind": "single",
                    "domain": "human-resources",
                    "required": True,
                    "text": {
                        "en": "How are new staff recruited?",
                        "es": "¿Cómo se contrata al personal nuevo?",
                        "zh-hans": "新工作人员是如何招聘的？",
                        "sk": "Ako prijímate nových zamestnancov?",
                    },
                    "options": [
                        {
                            "label": {
                                "en": "Positions are usually filled informally, without a published vacancy.",
                                "es": "Los puestos se cubren por lo general de manera informal, sin convocatoria pública.",
                                "zh-hans": "岗位通常以非正式方式填补，不公开发布招聘信息。",
                                "sk": "Miesta sa väčšinou obsadzujú neformálne, bez zverejneného inzerátu.",
                            },
                            "points": 0,
                        },
                        {
                            "label": {
                                "en": "Vacancies are published, but selection criteria are not set in advance.",
                                "es": "Las vacantes se publican, pero los criterios de selección no se fijan de antemano.",
                                "zh-hans": "公开发布招聘信息，但未事先确定选拔标准。",
                                "sk": "Voľné miesta zverejňujeme, ale kritériá výberu vopred neurčujeme.",
                            },
                            "points": 1,
                        },
                        {
                            "label": {
                                "en": "Vacancies are published with a job description, and a panel selects candidates against set criteria.",
                                "es": "Las vacantes se publican con una descripción del puesto y un comité elige a las personas candidatas según criterios establecidos.",
                                "zh-hans": "招聘信息附有岗位说明，由评审小组按既定标准选拔人选。",
                                "sk": "Voľné miesta zverejňujeme s opisom pracovnej pozície a výberová komisia posudzuje uchádzačov podľa stanovených kritérií.",
                            },
                            "points": 2,
                        },
                        {
                            "label": {
                                "en": "Open, competitive recruitment follows a staffing plan, with documented criteria and a record of each decision.",
                                "es": "La contratación es abierta y por concurso, responde a un plan de personal y cuenta con criterios documentados y un registro de cada decisión.",
                                "zh-hans": "依据人员配置计划公开竞争招聘，选拔标准有据可查，每项决定均留有记录。",
                                "sk": "Otvorené výberové konania vychádzajú z personálneho plánu, kritériá sú zdokumentované a každé rozhodnutie je zaznamenané.",
                            },
                            "points": 3,
                        },
                    ],
                },
                {
                    "kind": "single",
                    "domain": "human-resources",
                    "required": True,
                    "text": {
                        "en": "How is staff performance managed?",
                        "es": "¿Cómo se gestiona el desempeño del personal?",
                        "zh-hans": "如何管理工作人员的绩效？",
                        "sk": "Ako riadite pracovný výkon zamestnancov?",
                    },
                    "options": [
                        {
                            "label": {
                                "en": "There are no regular conversations about performance.",
                                "es": "No hay conversaciones periódicas sobre el desempeño.",
                                "zh-hans": "没有定期的绩效面谈。",
                                "sk": "Pravidelné rozhovory o pracovnom výkone nevedieme.",
                            },
                            "points": 0,
                        },
                        {
                            "label": {
                                "en": "Managers talk with their staff from time to time, without written goals.",
                                "es": "Los jefes conversan con su personal de vez en cuando, sin metas por escrito.",
                                "zh-hans": "主管不定期与员工交流，但没有书面目标。",
                                "sk": "Vedúci sa so zamestnancami občas porozprávajú, ale bez písomných cieľov.",
                            },
                            "points": 1,
                        },
                        {
                            "label": {
                                "en": "Every employee has a yearly review with written goals.",
                                "es": "Cada persona tiene una evaluación anual con metas por escrito.",
                                "zh-hans": "每名员工每年进行一次考核，并有书面目标。",
                                "sk": "Každý zamestnanec má ročné hodnotenie s písomnými cieľmi.",
                            },
                            "points": 2,
                        },
                        {
                            "label": {
                                "en": "Goals are linked to the municipality's plans, reviewed during the year and matched with a training plan for each person.",
                                "es": "Las metas se vinculan con los planes del municipio, se revisan durante el año y se acompañan de un plan de capacitación para cada persona.",
                                "zh-hans": "个人目标与市政府规划挂钩，年中进行复核，并为每人制定相应的培训计划。",
                                "sk": "Ciele vychádzajú z plánov obce alebo mesta, počas roka sa priebežne preverujú a každý má k nim vlastný plán vzdelávania.",
                            },
                            "points": 3,
                        },
                    ],
                },
                {
                    "kind": "scale",
                    "domain": "human-resources",
                    "required": True,
                    "text": {
                        "en": "If someone in a key position leaves, a colleague is ready to take over.",
                        "es": "Si alguien deja un puesto clave, hay otra persona preparada para asumirlo.",
                        "zh-hans": "关键岗位人员离职时，有同事能够随时接替。",
                        "sk": "Ak niekto odíde z kľúčovej pozície, máme pripraveného kolegu, ktorý ju prevezme.",
                    },
                    "help_text": {
                        "en": "Key positions are those your municipality could not do without for more than a few weeks, such as the head of finance or of public works.",
                        "es": "Son puestos clave aquellos sin los cuales su municipio no podría funcionar más de unas semanas, como la jefatura de finanzas o la de obras públicas.",
                        "zh-hans": "关键岗位指一旦空缺几周以上，市政府就难以正常运转的岗位，例如财政或市政工程部门负责人。",
                        "sk": "Kľúčové sú pozície, bez ktorých by vaša samospráva nevydržala dlhšie ako pár týždňov, napríklad vedúci ekonomického odboru alebo technických služieb.",
                    },
                    "scale_low": {
                        "en": "Strongly disagree",
                        "es": "Totalmente en desacuerdo",
                        "zh-hans": "非常不同意",
                        "sk": "Úplne nesúhlasím",
                    },
                    "scale_high": {
                        "en": "Strongly agree",
                        "es": "Totalmente de acuerdo",
                        "zh-hans": "非常同意",
                        "sk": "Úplne súhlasím",
                    },
                },
            ],
        },
        # --- 4. Planning ---
        {
            "title": {
                "en": "Planning",
                "es": "Planificación",
                "zh-hans": "规划",
                "sk": "Plánovanie",
            },
            "intro": {
                "en": "How long-term plans guide decisions on land use, investment and climate risks.",
                "es": "Cómo orientan los planes de largo plazo las decisiones sobre uso del suelo, inversiones y riesgos climáticos.",
                "zh-hans": "长期规划如何指导土地利用、投资和气候风险方面的决策。",
                "sk": "Ako dlhodobé plány usmerňujú rozhodnutia o využití územia, investíciách a klimatických rizikách.",
            },
            "questions": [
                {
                    "kind": "single",
                    "domain": "planning",
                    "required": True,
                    "text": {
                        "en": "Does your municipality have a development plan, and is it used?",
                        "es": "¿Tiene su municipio un plan de desarrollo y se utiliza realmente?",
                        "zh-hans": "贵市政府是否制定了发展规划？规划是否得到实际运用？",
                        "sk": "Má vaša obec alebo mesto program rozvoja a naozaj sa podľa neho postupuje?",
                    },
                    "options": [
                        {
                            "label": {
                                "en": "There is no plan, or it has expired.",
                                "es": "No hay plan o el plan ya venció.",
                                "zh-hans": "没有规划，或规划已过期。",
                                "sk": "Program rozvoja nemáme alebo mu už skončila platnosť.",
                            },
                            "points": 0,
                        },
                        {
                            "label": {
                                "en": "There is a plan, but it is rarely consulted when budgets or projects are decided.",
                                "es": "Hay un plan, pero casi no se consulta al decidir presupuestos o proyectos.",
                                "zh-hans": "有规划，但在确定预算或项目时很少参考。",
                                "sk": "Program máme, ale pri rozhodovaní o rozpočte či projektoch sa doň takmer nepozeráme.",
                            },
                            "points": 1,
                        },
                        {
                            "label": {
                                "en": "The budget and the main projects refer to the plan's goals.",
                                "es": "El presupuesto y los principales proyectos se remiten a las metas del plan.",
                                "zh-hans": "预算和主要项目均对照规划目标确定。",
                                "sk": "Rozpočet aj hlavné projekty vychádzajú z cieľov programu.",
                            },
                            "points": 2,
                        },
                        {
                            "label": {
                                "en": "The plan has indicators that are monitored every year and reported to the council and the public.",
                                "es": "El plan tiene indicadores que se miden cada año y se informan al concejo municipal y a la ciudadanía.",
                                "zh-hans": "规划设有指标，每年进行监测，并向市议会和公众报告。",
                                "sk": "Program má ukazovatele, ktoré sa každý rok sledujú a predkladajú zastupiteľstvu aj verejnosti.",
                            },
                            "points": 3,
                        },
                    ],
                },
                {
                    "kind": "single",
                    "domain": "planning",
                    "required": True,
                    "text": {
                        "en": "How are climate risks such as floods, heat and drought taken into account?",
                        "es": "¿Cómo se toman en cuenta los riesgos climáticos, como inundaciones, calor extremo y sequías?",
                        "zh-hans": "如何考虑洪涝、高温和干旱等气候风险？",
                        "sk": "Ako zohľadňujete klimatické riziká, napríklad povodne, horúčavy a sucho?",
                    },
                    "help_text": {
                        "en": "Think of land-use plans, building permits and investment decisions.",
                        "es": "Piense en los planes de uso del suelo, las licencias de construcción y las decisiones de inversión.",
                        "zh-hans": "请考虑土地利用规划、建设许可和投资决策。",
                        "sk": "Myslite na územný plán, stavebné povolenia a investičné rozhodnutia.",
                    },
                    "options": [
                        {
                            "label": {
                                "en": "Climate risks are not considered.",
                                "es": "Los riesgos climáticos no se toman en cuenta.",
                                "zh-hans": "未考虑气候风险。",
                                "sk": "Klimatické riziká nezohľadňujeme.",
                            },
                            "points": 0,
                        },
                        {
                            "label": {
                                "en": "We respond to emergencies when they happen, but we do not plan for them.",
                                "es": "Atendemos las emergencias cuando ocurren, pero no nos preparamos para ellas.",
                                "zh-hans": "仅在突发事件发生时应对，没有预先规划。",
                                "sk": "Na mimoriadne udalosti reagujeme, keď nastanú, ale vopred sa na ne nepripravujeme.",
                            },
                            "points": 1,
                        },
                        {
                            "label": {
                                "en": "The main risks are mapped and considered in land-use decisions.",
                                "es": "Los principales riesgos están mapeados y se consideran en las decisiones sobre uso del suelo.",
                                "zh-hans": "已绘制主要风险分布图，并在土地利用决策中加以考虑。",
                                "sk": "Hlavné riziká máme zmapované a zohľadňujeme ich pri rozhodovaní o využití územia.",
                            },
                            "points": 2,
                        },
                        {
                            "label": {
                                "en": "An adaptation plan has funded measures, and every new project is checked for climate risks.",
                                "es": "Un plan de adaptación cuenta con medidas financiadas y cada proyecto nuevo se revisa frente a los riesgos climáticos.",
                                "zh-hans": "已制定适应规划并落实资金，所有新建项目均须进行气候风险审查。",
                                "sk": "Máme adaptačný plán s financovanými opatreniami a každý nový projekt preverujeme z hľadiska klimatických rizík.",
                            },
                            "points": 3,
                        },
                    ],
                },
                {
                    "kind": "scale",
                    "domain": "planning",
                    "required": True,
                    "text": {
                        "en": "Land-use rules are applied consistently, and new development follows the approved plan.",
                        "es": "Las normas de uso del suelo se aplican de manera coherente y las nuevas construcciones se ajustan al plan aprobado.",
                        "zh-hans": "土地利用规定得到一贯执行，新建项目符合经批准的规划。",
                        "sk": "Pravidlá využitia územia uplatňujeme dôsledne a nová výstavba sa riadi schváleným územným plánom.",
                    },
                    "scale_low": {
                        "en": "Strongly disagree",
                        "es": "Totalmente en desacuerdo",
                        "zh-hans": "非常不同意",
                        "sk": "Úplne nesúhlasím",
                    },
                    "scale_high": {
                        "en": "Strongly agree",
                        "es": "Totalmente de acuerdo",
                        "zh-hans": "非常同意",
                        "sk": "Úplne súhlasím",
                    },
                },
            ],
        },
        # --- 5. Transparency and accountability ---
        {
            "title": {
                "en": "Transparency and accountability",
                "es": "Transparencia y rendición de cuentas",
                "zh-hans": "透明度与问责",
                "sk": "Transparentnosť a zodpovednosť",
            },
            "intro": {
                "en": "What your municipality publishes and how it prevents and handles conflicts of interest.",
                "es": "Qué información publica su municipio y cómo previene y atiende los conflictos de interés.",
                "zh-hans": "贵市政府公开哪些信息，以及如何防范和处理利益冲突。",
                "sk": "Čo vaša obec alebo mesto zverejňuje a ako predchádza konfliktu záujmov a rieši ho.",
            },
            "questions": [
                {
                    "kind": "single",
                    "domain": "transparency-accountability",
                    "required": True,
                    "text": {
                        "en": "What budget information does your municipality publish?",
                        "es": "¿Qué información presupuestaria publica su municipio?",
                        "zh-hans": "贵市政府公开哪些预算信息？",
                        "sk": "Aké informácie o rozpočte vaša obec alebo mesto zverejňuje?",
                    },
                    "options": [
                        {
                            "label": {
                                "en": "Only what the law strictly requires.",
                                "es": "Solo lo que la ley exige estrictamente.",
                                "zh-hans": "仅公开法律明确要求的内容。",
                                "sk": "Len to, čo nevyhnutne vyžaduje zákon.",
                            },
                            "points": 0,
                        },
                        {
                            "label": {
                                "en": "The approved budget and the annual accounts, in documents that are hard to find.",
                                "es": "El presupuesto aprobado y los estados financieros anuales, en documentos difíciles de encontrar.",
                                "zh-hans": "公开已批准的预算和年度决算，但文件不易查找。",
                                "sk": "Schválený rozpočet a záverečný účet, ale v dokumentoch, ktoré sa ťažko hľadajú.",
                            },
                            "points": 1,
                        },
                        {
                            "label": {
                                "en": "The budget, mid-year reports and accounts, in plain language on the website.",
                                "es": "El presupuesto, los informes semestrales y los estados financieros, en lenguaje claro en el sitio web.",
                                "zh-hans": "在网站上以通俗易懂的方式公开预算、年中执行报告和决算。",
                                "sk": "Rozpočet, polročné správy a záverečný účet v zrozumiteľnej podobe na webe.",
                            },
                            "points": 2,
                        },
                        {
                            "label": {
                                "en": "Budget and spending data in an open, machine-readable format, updated at least every quarter, with a citizens' guide.",
                                "es": "Datos de presupuesto y gasto en formato abierto y legible por máquina, actualizados al menos cada trimestre, con una guía ciudadana.",
                                "zh-hans": "以开放的机器可读格式公开预算和支出数据，至少每季度更新一次，并附有面向公众的预算解读。",
                                "sk": "Údaje o rozpočte a výdavkoch v otvorenom, strojovo čitateľnom formáte, aktualizované aspoň raz za štvrťrok, spolu so sprievodcom pre obyvateľov.",
                            },
                            "points": 3,
                        },
                    ],
                },
                {
                    "kind": "single",
                    "domain": "transparency-accountability",
                    "required": True,
                    "text": {
                        "en": "How are conflicts of interest handled?",
                        "es": "¿Cómo se manejan los conflictos de interés?",
                        "zh-hans": "如何处理利益冲突？",
                        "sk": "Ako riešite konflikt záujmov?",
                    },
                    "help_text": {
                        "en": "For example, when an official or a relative has a stake in a contract or a permit.",
                        "es": "Por ejemplo, cuando una persona del servicio público o un familiar tiene interés en un contrato o en una licencia.",
                        "zh-hans": "例如，公职人员本人或其亲属与某项合同或许可存在利益关系。",
                        "sk": "Napríklad keď má zamestnanec, volený predstaviteľ alebo ich príbuzný záujem na zmluve či povolení.",
                    },
                    "options": [
                        {
                            "label": {
                                "en": "There are no rules beyond the general law.",
                                "es": "No hay reglas aparte de la legislación general.",
                                "zh-hans": "除一般法律外没有其他规定。",
                                "sk": "Okrem všeobecných zákonov nemáme žiadne pravidlá.",
                            },
                            "points": 0,
                        },
                        {
                            "label": {
                                "en": "There is a code of conduct, but no declarations of interest are collected.",
                                "es": "Existe un código de conducta, pero no se recaban declaraciones de intereses.",
                                "zh-hans": "制定了行为准则，但不收集利益申报。",
                                "sk": "Máme etický kódex, ale oznámenia o záujmoch nezbierame.",
                            },
                            "points": 1,
                        },
                        {
                            "label": {
                                "en": "Elected officials and senior staff file a declaration of interests every year.",
                                "es": "Las autoridades electas y el personal directivo presentan cada año una declaración de intereses.",
                                "zh-hans": "当选官员和高级管理人员每年提交利益申报。",
                                "sk": "Volení predstavitelia a vedúci zamestnanci každý rok podávajú oznámenie o svojich záujmoch.",
                            },
                            "points": 2,
                        },
                        {
                            "label": {
                                "en": "Declarations are published and checked, staff are trained, and there is a protected channel for reporting wrongdoing.",
                                "es": "Las declaraciones se publican y se verifican, el personal recibe capacitación y existe un canal protegido para denunciar irregularidades.",
                                "zh-hans": "利益申报予以公开并接受核查，工作人员接受相关培训，并设有受保护的违规举报渠道。",
                                "sk": "Oznámenia sa zverejňujú a kontrolujú, zamestnanci absolvujú školenia a existuje chránený kanál na nahlasovanie protispoločenskej činnosti.",
                            },
                            "points": 3,
                        },
                    ],
                },
                {
                    "kind": "scale",
                    "domain": "transparency-accountability",
                    "required": True,
                    "text": {
                        "en": "Residents can easily find out who awarded a public contract and why.",
                        "es": "Los vecinos pueden averiguar fácilmente quién adjudicó un contrato público y por qué.",
                        "zh-hans": "居民可以方便地查到某项公共合同由谁授予以及授予的理由。",
                        "sk": "Obyvatelia ľahko zistia, kto zadal verejnú zákazku a prečo.",
                    },
                    "scale_low": {
                        "en": "Strongly disagree",
                        "es": "Totalmente en desacuerdo",
                        "zh-hans": "非常不同意",
                        "sk": "Úplne nesúhlasím",
                    },
                    "scale_high": {
                        "en": "Strongly agree",
                        "es": "Totalmente de acuerdo",
                        "zh-hans": "非常同意",
                        "sk": "Úplne súhlasím",
                    },
                },
            ],
        },
        # --- 6. Citizen engagement ---
        {
            "title": {
                "en": "Citizen engagement",
                "es": "Participación ciudadana",
                "zh-hans": "公众参与",
                "sk": "Zapájanie obyvateľov",
            },
            "intro": {
                "en": "How residents, including those who rarely speak up, take part in decisions.",
                "es": "Cómo participan en las decisiones los vecinos, incluidos quienes rara vez alzan la voz.",
                "zh-hans": "居民（包括很少发声的群体）如何参与决策。",
                "sk": "Ako sa do rozhodovania zapájajú obyvatelia vrátane tých, ktorých bežne nepočuť.",
            },
            "questions": [
                {
                    "kind": "single",
                    "domain": "citizen-engagement",
                    "required": True,
                    "text": {
                        "en": "How are residents involved in decisions about their neighbourhood?",
                        "es": "¿Cómo participan los vecinos en las decisiones sobre su barrio?",
                        "zh-hans": "居民如何参与有关本社区的决策？",
                        "sk": "Ako sa obyvatelia zapájajú do rozhodnutí o svojej štvrti?",
                    },
                    "options": [
                        {
                            "label": {
                                "en": "They are informed once decisions have been taken.",
                                "es": "Se les informa una vez tomadas las decisiones.",
                                "zh-hans": "决策做出后才通知居民。",
                                "sk": "Informujeme ich až po prijatí rozhodnutia.",
                            },
                            "points": 0,
                        },
                        {
                            "label": {
                                "en": "Public hearings are held when the law requires them.",
                                "es": "Se realizan audiencias públicas cuando la ley lo exige.",
                                "zh-hans": "在法律要求时举行听证会。",
                                "sk": "Verejné prerokovanie robíme vtedy, keď to vyžaduje zákon.",
                            },
                            "points": 1,
                        },
                        {
                            "label": {
                                "en": "Residents are consulted early, and the municipality reports back on how their views were used.",
                                "es": "Se consulta a los vecinos desde el inicio y el municipio les informa cómo se tomaron en cuenta sus opiniones.",
                                "zh-hans": "在早期阶段征求居民意见，并向居民反馈意见的采纳情况。",
                                "sk": "S obyvateľmi konzultujeme už na začiatku a dávame im vedieť, ako sme ich názory využili.",
                            },
                            "points": 2,
                        },
                        {
                            "label": {
                                "en": "Residents decide on part of the budget or design projects together with the municipality, and the results are published.",
                                "es": "Los vecinos deciden sobre una parte del presupuesto o diseñan proyectos junto con el municipio, y los resultados se publican.",
                                "zh-hans": "居民决定部分预算的用途，或与市政府共同设计项目，结果向社会公开。",
                                "sk": "Obyvatelia rozhodujú o časti rozpočtu alebo navrhujú projekty spolu so samosprávou a výsledky sa zverejňujú.",
                            },
                            "points": 3,
                        },
                    ],
                },
                {
                    "kind": "single",
                    "domain": "citizen-engagement",
                    "required": True,
                    "text": {
                        "en": "How does your municipality reach groups that rarely take part, such as young people, older residents or minorities?",
                        "es": "¿Cómo llega su municipio a los grupos que casi no participan, como jóvenes, personas mayores o minorías?",
                        "zh-hans": "贵市政府如何动员青年、老年人、少数群体等很少参与的群体？",
                        "sk": "Ako vaša obec alebo mesto oslovuje skupiny, ktoré sa zapájajú len zriedka, napríklad mladých, seniorov alebo menšiny?",
                    },
                    "options": [
                        {
                            "label": {
                                "en": "We have no particular approach.",
                                "es": "No tenemos una estrategia particular.",
                                "zh-hans": "没有专门的做法。",
                                "sk": "Nemáme na to osobitný prístup.",
                            },
                            "points": 0,
                        },
                        {
                            "label": {
                                "en": "We publish invitations, but these groups rarely respond.",
                                "es": "Publicamos convocatorias, pero estos grupos rara vez responden.",
                                "zh-hans": "发布邀请，但这些群体很少响应。",
                                "sk": "Zverejňujeme pozvánky, ale tieto skupiny reagujú zriedka.",
                            },
                            "points": 1,
                        },
                        {
                            "label": {
                                "en": "We go where people are, such as schools, markets and community centres, and use several languages or formats.",
                                "es": "Vamos a donde está la gente, como escuelas, mercados y centros comunitarios, y usamos varios idiomas o formatos.",
                                "zh-hans": "深入学校、市场、社区中心等居民聚集的场所，并使用多种语言或形式。",
                                "sk": "Chodíme tam, kde ľudia sú, napríklad do škôl, na trhy a do komunitných centier, a používame viac jazykov či foriem.",
                            },
                            "points": 2,
                        },
                        {
                            "label": {
                                "en": "We work with community organisations, track who takes part and adjust our methods every year.",
                                "es": "Trabajamos con organizaciones comunitarias, registramos quién participa y ajustamos nuestros métodos cada año.",
                                "zh-hans": "与社区组织合作，统计参与者构成，并每年调整工作方法。",
                                "sk": "Spolupracujeme s komunitnými organizáciami, sledujeme, kto sa zapája, a každý rok upravujeme svoje metódy.",
                            },
                            "points": 3,
                        },
                    ],
                },
                {
                    "kind": "scale",
                    "domain": "citizen-engagement",
                    "required": True,
                    "text": {
                        "en": "When residents give us their views, we tell them what we did with them.",
                        "es": "Cuando los vecinos nos dan su opinión, les informamos qué hicimos con ella.",
                        "zh-hans": "居民提出意见后，我们会告知他们意见的采纳和处理情况。",
                        "sk": "Keď nám obyvatelia povedia svoj názor, dáme im vedieť, čo sme s ním urobili.",
                    },
                    "scale_low": {
                        "en": "Strongly disagree",
                        "es": "Totalmente en desacuerdo",
                        "zh-hans": "非常不同意",
                        "sk": "Úplne nesúhlasím",
                    },
                    "scale_high": {
                        "en": "Strongly agree",
                        "es": "Totalmente de acuerdo",
                        "zh-hans": "非常同意",
                        "sk": "Úplne súhlasím",
                    },
                },
            ],
        },
        # --- 7. About your team (not scored) ---
        {
            "title": {
                "en": "About your team",
                "es": "Sobre su equipo",
                "zh-hans": "关于您的团队",
                "sk": "O vašom tíme",
            },
            "intro": {
                "en": "These questions are not scored; they help us read your results in context.",
                "es": "Estas preguntas no reciben puntuación; nos ayudan a interpretar sus resultados en su contexto.",
                "zh-hans": "以下问题不计分，仅帮助我们结合实际情况解读评估结果。",
                "sk": "Tieto otázky sa nezapočítavajú do skóre; pomáhajú nám lepšie pochopiť vaše výsledky.",
            },
            "questions": [
                {
                    "kind": "number",
                    "domain": None,
                    "required": True,
                    "text": {
                        "en": "How many people took part in answering this self-assessment?",
                        "es": "¿Cuántas personas participaron al responder esta autoevaluación?",
                        "zh-hans": "共有多少人参与填写本次自我评估？",
                        "sk": "Koľko ľudí sa podieľalo na vyplnení tohto sebahodnotenia?",
                    },
                    "help_text": {
                        "en": "Count everyone who contributed answers, including colleagues you consulted.",
                        "es": "Cuente a todas las personas que aportaron respuestas, incluidos los colegas a quienes consultó.",
                        "zh-hans": "请计入所有提供答案的人员，包括您征求过意见的同事。",
                        "sk": "Započítajte všetkých, ktorí prispeli k odpovediam, aj kolegov, s ktorými ste sa radili.",
                    },
                    "min_value": 1,
                    "max_value": 50,
                },
                {
                    "kind": "long_text",
                    "domain": None,
                    "required": False,
                    "text": {
                        "en": "What would help your municipality most in the next year?",
                        "es": "¿Qué sería de mayor ayuda para su municipio en el próximo año?",
                        "zh-hans": "未来一年，什么对贵市政府帮助最大？",
                        "sk": "Čo by vašej obci alebo mestu v budúcom roku najviac pomohlo?",
                    },
                },
            ],
        },
    ],
}

SURVEY = {
    "slug": "local-government-workforce-2026",
    "title": {
        "en": "Local government workforce 2026",
        "es": "Personal de los gobiernos locales 2026",
        "zh-hans": "2026年地方政府工作人员调查问卷",
        "sk": "Zamestnanci samospráv 2026",
    },
    "intro": {
        "en": "This survey is anonymous: we do not record your name or email address, and results are reported only for groups of at least five people. It takes about 8 minutes to complete.",
        "es": "Esta encuesta es anónima: no registramos su nombre ni su correo electrónico, y los resultados solo se presentan para grupos de al menos cinco personas. Responderla le tomará unos 8 minutos.",
        "zh-hans": "本调查问卷为匿名填写：我们不会记录您的姓名或电子邮箱地址，结果仅按不少于五人的群组汇总呈现。填写约需8分钟。",
        "sk": "Prieskum je anonymný: nezaznamenávame vaše meno ani e-mailovú adresu a výsledky uvádzame len za skupiny s najmenej piatimi ľuďmi. Vyplnenie trvá asi 8 minút.",
    },
    "sections": [
        # --- 1. Your career ---
        {
            "title": {
                "en": "Your career",
                "es": "Su trayectoria",
                "zh-hans": "您的职业经历",
                "sk": "Vaša kariéra",
            },
            "intro": {
                "en": "A few questions about your path in local government.",
                "es": "Algunas preguntas sobre su trayectoria en el gobierno local.",
                "zh-hans": "以下几个问题涉及您在地方政府的工作经历。",
                "sk": "Niekoľko otázok o vašej práci v samospráve.",
            },
            "questions": [
                {
                    "kind": "single",
                    "domain": None,
                    "required": True,
                    "text": {
                        "en": "How many years have you worked in local government?",
                        "es": "¿Cuántos años lleva trabajando en el gobierno local?",
                        "zh-hans": "您在地方政府工作了多少年？",
                        "sk": "Koľko rokov pracujete v samospráve?",
                    },
                    "options": [
                        {
                            "label": {
                                "en": "Less than 2 years",
                                "es": "Menos de 2 años",
                                "zh-hans": "不到2年",
                                "sk": "Menej ako 2 roky",
                            },
                            "points": None,
                        },
                        {
                            "label": {
                                "en": "2–5 years",
                                "es": "De 2 a 5 años",
                                "zh-hans": "2至5年",
                                "sk": "2 až 5 rokov",
                            },
                            "points": None,
                        },
                        {
                            "label": {
                                "en": "6–10 years",
                                "es": "De 6 a 10 años",
                                "zh-hans": "6至10年",
                                "sk": "6 až 10 rokov",
                            },
                            "points": None,
                        },
                        {
                            "label": {
                                "en": "11–20 years",
                                "es": "De 11 a 20 años",
                                "zh-hans": "11至20年",
                                "sk": "11 až 20 rokov",
                            },
                            "points": None,
                        },
                        {
                            "label": {
                                "en": "More than 20 years",
                                "es": "Más de 20 años",
                                "zh-hans": "20年以上",
                                "sk": "Viac ako 20 rokov",
                            },
                            "points": None,
                        },
                    ],
                },
                {
                    "kind": "scale",
                    "domain": None,
                    "required": True,
                    "text": {
                        "en": "I would recommend a career in local government to a young person.",
                        "es": "Le recomendaría a una persona joven hacer carrera en el gobierno local.",
                        "zh-hans": "我会向年轻人推荐到地方政府工作。",
                        "sk": "Kariéru v samospráve môžem mladému človeku odporučiť.",
                    },
                    "scale_low": {
                        "en": "Strongly disagree",
                        "es": "Totalmente en desacuerdo",
                        "zh-hans": "非常不同意",
                        "sk": "Úplne nesúhlasím",
                    },
                    "scale_high": {
                        "en": "Strongly agree",
                        "es": "Totalmente de acuerdo",
                        "zh-hans": "非常同意",
                        "sk": "Úplne súhlasím",
                    },
                },
                {
                    "kind": "number",
                    "domain": None,
                    "required": True,
                    "text": {
                        "en": "How many people work in your department or unit?",
                        "es": "¿Cuántas personas trabajan en su área o unidad?",
                        "zh-hans": "您所在的部门或科室有多少名工作人员？",
                        "sk": "Koľko ľudí pracuje na vašom odbore alebo oddelení?",
                    },
                    "help_text": {
                        "en": "An estimate is fine.",
                        "es": "Basta con una cifra aproximada.",
                        "zh-hans": "填写大致人数即可。",
                        "sk": "Stačí približný počet.",
                    },
                    "min_value": 1,
                    "max_value": 5000,
                },
            ],
        },
        # --- 2. Skills and training ---
        {
            "title": {
                "en": "Skills and training",
                "es": "Competencias y capacitación",
                "zh-hans": "技能与培训",
                "sk": "Zručnosti a vzdelávanie",
            },
            "intro": {
                "en": "Tell us which skills your team needs and how much training you receive.",
                "es": "Cuéntenos qué competencias necesita su equipo y cuánta capacitación recibe usted.",
                "zh-hans": "请告诉我们您的团队需要哪些技能，以及您接受培训的情况。",
                "sk": "Povedzte nám, aké zručnosti potrebuje váš tím a koľko vzdelávania absolvujete.",
            },
            "questions": [
                {
                    "kind": "multiple",
                    "domain": None,
                    "required": True,
                    "text": {
                        "en": "Which skills does your team most need to strengthen? Choose up to three.",
                        "es": "¿Qué competencias necesita reforzar más su equipo? Elija hasta tres.",
                        "zh-hans": "您的团队最需要加强哪些技能？最多选择三项。",
                        "sk": "Ktoré zručnosti potrebuje váš tím najviac posilniť? Vyberte najviac tri.",
                    },
                    "options": [
                        {
                            "label": {
                                "en": "Data analysis",
                                "es": "Análisis de datos",
                                "zh-hans": "数据分析",
                                "sk": "Analýza údajov",
                            },
                            "points": None,
                        },
                        {
                            "label": {
                                "en": "Project management",
                                "es": "Gestión de proyectos",
                                "zh-hans": "项目管理",
                                "sk": "Riadenie projektov",
                            },
                            "points": None,
                        },
                        {
                            "label": {
                                "en": "Digital services",
                                "es": "Servicios digitales",
                                "zh-hans": "数字化服务",
                                "sk": "Digitálne služby",
                            },
                            "points": None,
                        },
                        {
                            "label": {
                                "en": "Public procurement",
                                "es": "Contratación pública",
                                "zh-hans": "政府采购",
                                "sk": "Verejné obstarávanie",
                            },
                            "points": None,
                        },
                        {
                            "label": {
                                "en": "Community engagement",
                                "es": "Participación comunitaria",
                                "zh-hans": "社区参与",
                                "sk": "Zapájanie komunity",
                            },
                            "points": None,
                        },
                        {
                            "label": {
                                "en": "Climate adaptation",
                                "es": "Adaptación al cambio climático",
                                "zh-hans": "气候适应",
                                "sk": "Adaptácia na zmenu klímy",
                            },
                            "points": None,
                        },
                        {
                            "label": {
                                "en": "Leadership and people management",
                                "es": "Liderazgo y gestión de personas",
                                "zh-hans": "领导力与人员管理",
                                "sk": "Líderstvo a vedenie ľudí",
                            },
                            "points": None,
                        },
                    ],
                },
                {
                    "kind": "single",
                    "domain": None,
                    "required": True,
                    "text": {
                        "en": "How many days of professional development did you have in the last 12 months?",
                        "es": "¿Cuántos días de desarrollo profesional tuvo en los últimos 12 meses?",
                        "zh-hans": "过去12个月里，您参加了多少天的职业发展活动？",
                        "sk": "Koľko dní profesijného rozvoja ste absolvovali za posledných 12 mesiacov?",
                    },
                    "help_text": {
                        "en": "Count courses, workshops, conferences, mentoring sessions and exchange visits.",
                        "es": "Incluya cursos, talleres, congresos, sesiones de mentoría e intercambios.",
                        "zh-hans": "包括课程、工作坊、会议、导师辅导会面和交流互访。",
                        "sk": "Započítajte kurzy, workshopy, konferencie, mentorské sedenia aj výmenné návštevy.",
                    },
                    "options": [
                        {
                            "label": {
                                "en": "None",
                                "es": "Ninguno",
                                "zh-hans": "没有",
                                "sk": "Žiadny",
                            },
                            "points": None,
                        },
                        {
                            "label": {
                                "en": "1–3 days",
                                "es": "De 1 a 3 días",
                                "zh-hans": "1至3天",
                                "sk": "1 až 3 dni",
                            },
                            "points": None,
                        },
                        {
                            "label": {
                                "en": "4–10 days",
                                "es": "De 4 a 10 días",
                                "zh-hans": "4至10天",
                                "sk": "4 až 10 dní",
                            },
                            "points": None,
                        },
                        {
                            "label": {
                                "en": "More than 10 days",
                                "es": "Más de 10 días",
                                "zh-hans": "10天以上",
                                "sk": "Viac ako 10 dní",
                            },
                            "points": None,
                        },
                    ],
                },
                {
                    "kind": "scale",
                    "domain": None,
                    "required": True,
                    "text": {
                        "en": "My municipality supports me in learning new skills.",
                        "es": "Mi municipio me apoya para aprender nuevas competencias.",
                        "zh-hans": "我所在的市政府支持我学习新技能。",
                        "sk": "Samospráva, v ktorej pracujem, ma podporuje pri získavaní nových zručností.",
                    },
                    "scale_low": {
                        "en": "Strongly disagree",
                        "es": "Totalmente en desacuerdo",
                        "zh-hans": "非常不同意",
                        "sk": "Úplne nesúhlasím",
                    },
                    "scale_high": {
                        "en": "Strongly agree",
                        "es": "Totalmente de acuerdo",
                        "zh-hans": "非常同意",
                        "sk": "Úplne súhlasím",
                    },
                },
            ],
        },
        # --- 3. Leading practices ---
        {
            "title": {
                "en": "Leading practices",
                "es": "Prácticas destacadas",
                "zh-hans": "优秀实践",
                "sk": "Osvedčená prax",
            },
            "intro": {
                "en": "Both questions are optional; answers may be quoted, without names, in the published report.",
                "es": "Ambas preguntas son opcionales; las respuestas podrían citarse, sin nombres, en el informe publicado.",
                "zh-hans": "以下两个问题均为选答；您的回答可能以匿名方式在公开发布的报告中引用。",
                "sk": "Obe otázky sú nepovinné; odpovede môžeme bez mien citovať v zverejnenej správe.",
            },
            "questions": [
                {
                    "kind": "short_text",
                    "domain": None,
                    "required": False,
                    "text": {
                        "en": "In a few words, which skill does your team lack most?",
                        "es": "En pocas palabras, ¿qué competencia le falta más a su equipo?",
                        "zh-hans": "请简要说明：您的团队最缺乏哪项技能？",
                        "sk": "Ktorá zručnosť vášmu tímu najviac chýba? Stačí pár slov.",
                    },
                },
                {
                    "kind": "long_text",
                    "domain": None,
                    "required": False,
                    "text": {
                        "en": "Describe one practice from your municipality that other local governments could learn from.",
                        "es": "Describa una práctica de su municipio de la que otros gobiernos locales podrían aprender.",
                        "zh-hans": "请介绍一项贵市政府值得其他地方政府借鉴的做法。",
                        "sk": "Opíšte jeden postup vašej obce alebo mesta, z ktorého by sa mohli poučiť iné samosprávy.",
                    },
                    "help_text": {
                        "en": "Please do not name individual people.",
                        "es": "Por favor, no mencione nombres de personas.",
                        "zh-hans": "请勿提及具体人员的姓名。",
                        "sk": "Prosíme, neuvádzajte mená konkrétnych ľudí.",
                    },
                },
            ],
        },
    ],
}

SURVEY_TEXT_ANSWERS = {
    "short_text": {
        "en": [
            "Data analysis",
            "Project management, by far",
            "Writing good procurement specifications",
            "Someone who can run our GIS",
            "Handling difficult public meetings",
            "Grant writing",
            "Digital skills among older staff",
            "Long-term financial forecasting",
            "Supervising contractors on site",
            "Explaining things plainly to residents",
        ],
        "es": [
            "Análisis de datos",
            "Gestión de proyectos",
            "Elaborar bases de licitación",
            "Manejo de sistemas de información geográfica",
            "Atención ciudadana en línea",
            "Formular proyectos para obtener fondos federales",
            "Liderazgo de equipos",
            "Planificación financiera de mediano plazo",
            "Evaluación de programas",
            "Comunicación con las comunidades",
        ],
        "zh-hans": [
            "数据分析",
            "项目管理",
            "政府采购文件编制",
            "地理信息系统应用",
            "群众工作方法",
            "气候风险评估",
            "数字化服务能力",
            "中长期财政规划",
            "跨部门协调",
            "政策解读与宣传",
        ],
        "sk": [
            "Analýza údajov",
            "Riadenie projektov",
            "Príprava verejného obstarávania",
            "Písanie projektov na eurofondy",
            "Práca s GIS",
            "Komunikácia s verejnosťou",
            "Digitálne zručnosti",
            "Vedenie ľudí",
            "Strategické plánovanie",
            "Energetický manažment budov",
        ],
    },
    "long_text": {
        "en": [
            "Every Monday the public works supervisors and the call centre spend 20 minutes going through open complaints; anything older than ten days goes straight to the city manager.",
            "We publish every purchase order above the small-purchase limit on our website in the week it is approved, with the supplier, the amount and the department that asked for it.",
            "New employees spend their first week rotating through five departments, so they know who does what before they start in their own job.",
            "Each September our finance office runs a half-day budget workshop for council members built on last year's actual figures rather than slides.",
            "Residents can text a photo of a pothole or a broken streetlight to a single number; the system sends it to the right crew and replies when the job is done.",
            "Before a supervisor retires, they work alongside their successor for six months, and we record the key procedures in short videos.",
            "Before any new building in the floodplain is approved, planning staff check it against the flood map we updated with the county after the last major flood.",
            "Twice a year each ward holds an evening walkabout where residents show staff the problems on their street, and we report back within a month on what was fixed.",
            "We replaced paper timesheets for field crews with a simple tablet app, which cut payroll errors and showed us where overtime was really going.",
            "Every quarter our internal auditor reviews ten contracts picked at random, and the findings go to the council's audit committee in a public meeting.",
            "A youth panel of 16 to 24-year-olds comments on every park and recreation project before it goes to the council for a vote.",
            "We share one procurement officer with two neighbouring towns, so all three of us can run proper tenders that none of us could staff alone.",
        ],
        "es": [
            "Cada lunes, el área de servicios públicos revisa con el centro de atención ciudadana todos los reportes abiertos; los que tienen más de diez días pasan directamente a la alcaldía.",
            "Publicamos en el sitio web cada compra que supera el monto de adjudicación directa la misma semana en que se aprueba, con el proveedor, el monto y el área que la solicitó.",
            "El personal de nuevo ingreso pasa su primera semana rotando por cinco áreas, para saber quién hace qué antes de ocupar su puesto.",
            "Antes de votar el presupuesto, la tesorería organiza con los regidores un taller de medio día con las cifras reales del año anterior, en lugar de presentaciones.",
            "Los vecinos pueden enviar por WhatsApp la foto de un bache o de una luminaria apagada; el sistema la asigna a la cuadrilla correspondiente y les avisa cuando queda reparada.",
            "Cuando alguien con experiencia se va a jubilar, trabaja seis meses junto a la persona que lo sustituirá, y grabamos videos cortos con los procedimientos clave.",
            "Antes de autorizar un fraccionamiento, el área de desarrollo urbano lo revisa contra el atlas de riesgos que actualizamos después de las inundaciones de 2021.",
            "Dos veces al año hacemos recorridos nocturnos por cada colonia con el comité vecinal, y en menos de un mes informamos por escrito qué se atendió.",
            "Sustituimos las listas de asistencia en papel de las cuadrillas por una aplicación sencilla en el celular, y los errores en la nómina bajaron de inmediato.",
            "La contraloría revisa cada trimestre una muestra al azar de diez contratos y presenta los hallazgos en sesión pública de cabildo.",
            "Un consejo juvenil de personas de 16 a 24 años opina sobre cada proyecto de parques y espacios deportivos antes de que se someta a votación.",
            "Compartimos un especialista en compras públicas con dos municipios vecinos; así los tres podemos hacer licitaciones bien hechas que ninguno podría sostener por sí solo.",
        ],
        "zh-hans": [
            "我们每周一召开二十分钟的碰头会，市政维护和热线部门逐条梳理未办结的投诉，超过十天未办结的直接报分管领导。",
            "所有达到限额标准的采购项目在批准当周即在政府网站公开，注明供应商、金额和申请部门。",
            "新入职人员第一周在五个科室轮岗，上岗前就熟悉各部门的职责分工。",
            "每年九月，财政局用上一年的实际收支数据为人大代表举办半天的预算解读会，而不是只放幻灯片。",
            "居民通过微信小程序拍照上报路面坑洼或路灯故障，系统自动派单给相应班组，修好后及时回复居民。",
            "骨干职工退休前与接任者共同工作半年，并把关键业务流程录成短视频留存。",
            "审批河道两侧的新建项目前，规划部门会对照2020年洪水后更新的洪涝风险图进行审查。",
            "各社区每半年组织一次“居民带路”走访，居民带工作人员查看身边问题，一个月内书面反馈处理结果。",
            "我们把一线班组的纸质考勤表换成了手机应用，工资核算差错明显减少，加班分布也一目了然。",
            "审计部门每季度随机抽查十份合同，检查结果在政府网站上公开。",
            "我们设立了由16至24岁青年组成的咨询小组，每个公园和体育设施项目在提交审议前都要听取他们的意见。",
            "在老旧小区改造中，我们先召开居民议事会确定改造清单，再请居民代表参与工程验收。",
        ],
        "sk": [
            "Každý pondelok si vedúci technických služieb a klientske centrum na 20 minút sadnú a prejdú všetky otvorené podnety; čo je staršie ako desať dní, ide priamo na prednostu úradu.",
            "Každú objednávku zverejňujeme na webe ešte v týždni, keď bola schválená, aj s dodávateľom, sumou a odborom, ktorý ju požadoval.",
            "Noví zamestnanci strávia prvý týždeň na piatich oddeleniach, aby vedeli, kto čo robí, skôr ako nastúpia na svoje miesto.",
            "Pred schvaľovaním rozpočtu robí ekonomický odbor pre poslancov polodňový seminár, na ktorom pracujeme so skutočnými číslami z minulého roka namiesto prezentácií.",
            "Obyvatelia môžu cez mobilnú aplikáciu poslať fotku výtlku alebo nesvietiacej lampy; podnet ide rovno príslušnej čate a po oprave im príde správa.",
            "Skúsený kolega pred odchodom do dôchodku pracuje pol roka spolu so svojím nástupcom a kľúčové postupy nahráme na krátke videá.",
            "Pred vydaním stavebného povolenia v blízkosti potoka porovnáme projekt s mapou povodňového rizika, ktorú sme aktualizovali po záplavách v roku 2010.",
            "Dvakrát do roka chodíme s obyvateľmi na večerné obhliadky jednotlivých štvrtí a do mesiaca im písomne odpovieme, čo sme vyriešili.",
            "Papierové dochádzkové listy pracovníkov technických služieb sme nahradili jednoduchou aplikáciou v tablete, a chýb vo mzdách výrazne ubudlo.",
            "Hlavný kontrolór každý štvrťrok náhodne vyberie desať zmlúv na kontrolu a výsledky predkladá na verejnom zasadnutí zastupiteľstva.",
            "Mládežnícky parlament posudzuje každý projekt ihrísk a športovísk skôr, ako sa ním budú zaoberať poslanci.",
            "Spolu s dvoma susednými obcami máme spoločný obecný úrad pre stavebný poriadok a verejné obstarávanie, takže máme odborníkov, akých by si žiadna z nás sama nemohla dovoliť.",
        ],
    },
}

NEW_MUNICIPALITIES = [
    # --- Europe (Bratislava office) ---
    {
        "slug": "dubova-nad-torysou",
        "name": {
            "en": "Dubová nad Torysou",
            "es": "Dubová nad Torysou",
            "zh-hans": "托里萨河畔杜博瓦",
            "sk": "Dubová nad Torysou",
        },
        "profile": {
            "en": "A small town in the Šariš hills of eastern Slovakia that has lost many young people to Košice and abroad since its shoe factory closed. Its town hall of some thirty staff runs its own technical services and has just opened a client centre where residents can handle most matters at a single desk.",
            "es": "Pequeña ciudad en las colinas de Šariš, en el este de Eslovaquia, de la que muchos jóvenes se han ido a Košice o al extranjero desde que cerró su fábrica de calzado. Su gobierno municipal, con una treintena de empleados, administra sus propios servicios técnicos y acaba de abrir un centro de atención donde los vecinos resuelven la mayoría de sus trámites en una sola ventanilla.",
            "zh-hans": "托里萨河畔杜博瓦是斯洛伐克东部沙里什丘陵地区的一座小城，当地制鞋厂关闭后，许多年轻人迁往科希策或出国。市政府约有三十名工作人员，自行负责市政技术服务，并刚刚开设了一站式服务中心，居民在一个窗口即可办理大部分事项。",
            "sk": "Malé mesto v šarišskej pahorkatine na východnom Slovensku, z ktorého po zatvorení obuvníckeho závodu odišlo veľa mladých ľudí do Košíc a do zahraničia. Mestský úrad s asi tridsiatimi zamestnancami prevádzkuje vlastné technické služby a práve otvoril klientske centrum, kde obyvatelia vybavia väčšinu vecí pri jednom okienku.",
        },
        "country": "SK",
        "region": "europe",
        "population": 9870,
        "kind": "town",
        "website": "https://example.org/cities/dubova-nad-torysou/",
        "languages": ["sk", "en"],
    },
    {
        "slug": "hradec-nad-ohri",
        "name": {
            "en": "Hradec nad Ohří",
            "es": "Hradec nad Ohří",
            "zh-hans": "奥赫热河畔赫拉德茨",
            "sk": "Hradec nad Ohří",
        },
        "profile": {
            "en": "A city in north-west Bohemia on the Ohře river, once known for its glass and porcelain, whose economy now rests on logistics and a regional hospital. Since 2015 it has kept a five-year investment plan tied to its medium-term budget outlook, and it has halved its debt while renovating all its primary schools.",
            "es": "Ciudad del noroeste de Bohemia a orillas del río Ohře, antes conocida por su vidrio y su porcelana, cuya economía depende hoy de la logística y de un hospital regional. Desde 2015 mantiene un plan de inversiones a cinco años vinculado a su proyección presupuestaria de mediano plazo, y ha reducido su deuda a la mitad mientras renovaba todas sus escuelas primarias.",
            "zh-hans": "奥赫热河畔赫拉德茨位于波希米亚西北部的奥赫热河畔，曾以玻璃和瓷器闻名，如今经济主要依靠物流业和一家地区医院。自2015年起，该市实行与中期预算展望挂钩的五年投资计划，在翻修全部小学的同时将债务减少了一半。",
            "sk": "Mesto na severozápade Čiech na rieke Ohře, kedysi známe sklom a porcelánom, ktorého hospodárstvo dnes stojí na logistike a krajskej nemocnici. Od roku 2015 má päťročný investičný plán naviazaný na strednodobý rozpočtový výhľad a počas obnovy všetkých základných škôl znížilo svoj dlh na polovicu.",
        },
        "country": "CZ",
        "region": "europe",
        "population": 38940,
        "kind": "city",
        "website": "https://example.org/cities/hradec-nad-ohri/",
        "languages": ["cs", "sk", "de", "en"],
    },
    {
        "slug": "zielony-brod",
        "name": {
            "en": "Zielony Bród",
            "es": "Zielony Bród",
            "zh-hans": "热洛尼布鲁德",
            "sk": "Zielony Bród",
        },
        "profile": {
            "en": "An urban–rural municipality (gmina) in Lower Silesia near the Czech border, made up of a small town and fourteen villages. It has used EU funds to build sewers and a cross-border cycle route while keeping its debt among the lowest in the province, and it publishes its long-term financial forecast in a plain-language version for residents.",
            "es": "Municipio urbano-rural (gmina) de la Baja Silesia, cerca de la frontera checa, formado por una pequeña ciudad y catorce pueblos. Ha aprovechado fondos europeos para construir alcantarillado y una ruta ciclista transfronteriza manteniendo una de las deudas más bajas de su voivodato, y publica su proyección financiera plurianual en una versión sencilla para los vecinos.",
            "zh-hans": "热洛尼布鲁德是下西里西亚省靠近捷克边境的一个城乡混合型乡镇（gmina），由一座小城和十四个村庄组成。该镇利用欧盟资金修建了排水管网和跨境自行车道，同时将债务水平保持在全省最低之列，并面向居民发布通俗易懂版的多年期财政预测。",
            "sk": "Mestsko-vidiecka gmina v Dolnom Sliezsku neďaleko českých hraníc, ktorú tvorí malé mesto a štrnásť dedín. Z eurofondov vybudovala kanalizáciu a cezhraničnú cyklotrasu, pričom jej dlh patrí k najnižším vo vojvodstve, a svoju viacročnú finančnú prognózu zverejňuje aj v zrozumiteľnej verzii pre obyvateľov.",
        },
        "country": "PL",
        "region": "europe",
        "population": 18650,
        "kind": "municipality",
        "website": "https://example.org/cities/zielony-brod/",
        "languages": ["pl", "cs", "de", "en"],
    },
    {
        "slug": "tiszahalom",
        "name": {
            "en": "Tiszahalom",
            "es": "Tiszahalom",
            "zh-hans": "蒂萨哈洛姆",
            "sk": "Tiszahalom",
        },
        "profile": {
            "en": "A market town on the Tisza in eastern Hungary, surrounded by farmland and protected by long flood embankments. Since its schools and hospital passed to the state, the small town hall concentrates on roads, water, social care and keeping young families in town, and it is preparing for ever longer droughts.",
            "es": "Ciudad mercado a orillas del Tisza, en el este de Hungría, rodeada de tierras de cultivo y protegida por largos diques contra inundaciones. Desde que sus escuelas y su hospital pasaron al Estado, su pequeño gobierno municipal se concentra en calles, agua, asistencia social y en retener a las familias jóvenes, y se prepara para sequías cada vez más largas.",
            "zh-hans": "蒂萨哈洛姆是匈牙利东部蒂萨河畔的一座集镇，四周是农田，沿河筑有长长的防洪堤。自学校和医院移交国家管理后，规模不大的镇政府集中精力负责道路、供水、社会救助和留住年轻家庭，并为日益漫长的干旱做准备。",
            "sk": "Trhové mestečko na Tise vo východnom Maďarsku, obklopené poliami a chránené dlhými protipovodňovými hrádzami. Odkedy jeho školy a nemocnicu prevzal štát, malý mestský úrad sa sústreďuje na cesty, vodu, sociálne služby a na to, aby v meste udržal mladé rodiny, a pripravuje sa na čoraz dlhšie suchá.",
        },
        "country": "HU",
        "region": "europe",
        "population": 11240,
        "kind": "town",
        "website": "https://example.org/cities/tiszahalom/",
        "languages": ["hu", "en", "de"],
    },
]

ASSESSED = [
    # --- Europe ---
    {
        "municipality": "dubova-nad-torysou",
        "language": "sk",
        "levels": {
            "financial-management": 0.45,
            "service-delivery": 0.58,
            "human-resources": 0.36,
            "planning": 0.42,
            "transparency-accountability": 0.51,
            "citizen-engagement": 0.44,
        },
        "previous_levels": None,
        "long_text": {
            "text": "Najviac by nám pomohol mentor, ktorý nás naučí pripravovať a riadiť projekty z eurofondov, lebo na úrade sa tomu venuje jediný človek.",
        },
    },
    {
        "municipality": "hradec-nad-ohri",
        "language": "sk",
        "levels": {
            "financial-management": 0.86,
            "service-delivery": 0.71,
            "human-resources": 0.6,
            "planning": 0.74,
            "transparency-accountability": 0.77,
            "citizen-engagement": 0.52,
        },
        "previous_levels": None,
        "long_text": {
            "text": "Pomohlo by nám partnerské mesto so skúsenosťami s participatívnym rozpočtom, aby sme obyvateľov zapojili do rozhodovania o investíciách už pri ich príprave.",
        },
    },
    {
        "municipality": "zielony-brod",
        "language": "en",
        "levels": {
            "financial-management": 0.82,
            "service-delivery": 0.63,
            "human-resources": 0.48,
            "planning": 0.69,
            "transparency-accountability": 0.62,
            "citizen-engagement": 0.47,
        },
        "previous_levels": {
            "financial-management": 0.74,
            "service-delivery": 0.55,
            "human-resources": 0.5,
            "planning": 0.61,
            "transparency-accountability": 0.5,
            "citizen-engagement": 0.4,
        },
        "long_text": {
            "text": "A course on recruiting and keeping young engineers, because half of our technical staff will retire within five years.",
        },
    },
    {
        "municipality": "tiszahalom",
        "language": "en",
        "levels": {
            "financial-management": 0.54,
            "service-delivery": 0.49,
            "human-resources": 0.41,
            "planning": 0.57,
            "transparency-accountability": 0.46,
            "citizen-engagement": 0.38,
        },
        "previous_levels": None,
        "long_text": {
            "text": "Practical advice on planning for drought and water shortages, ideally from a partner town that has already been through a few dry summers.",
        },
    },
    {
        "municipality": "novohrad-nad-vahom",
        "language": "sk",
        "levels": {
            "financial-management": 0.72,
            "service-delivery": 0.67,
            "human-resources": 0.58,
            "planning": 0.7,
            "transparency-accountability": 0.76,
            "citizen-engagement": 0.9,
        },
        "previous_levels": {
            "financial-management": 0.68,
            "service-delivery": 0.6,
            "human-resources": 0.6,
            "planning": 0.64,
            "transparency-accountability": 0.69,
            "citizen-engagement": 0.84,
        },
        "long_text": {
            "text": "Chceli by sme sa naučiť lepšie plánovať nástupníctvo na kľúčových pozíciách, keďže viacerí vedúci odborov onedlho odídu do dôchodku.",
        },
    },
    # --- Latin America ---
    {
        "municipality": "santa-rosa-de-quiroga",
        "language": "es",
        "levels": {
            "financial-management": 0.66,
            "service-delivery": 0.88,
            "human-resources": 0.55,
            "planning": 0.63,
            "transparency-accountability": 0.58,
            "citizen-engagement": 0.5,
        },
        "previous_levels": None,
        "long_text": {
            "text": "Nos ayudaría mucho capacitar a nuestro personal en participación ciudadana para que los vecinos se involucren en el cuidado del agua.",
        },
    },
    {
        "municipality": "san-andres-tecoyotla",
        "language": "es",
        "levels": {
            "financial-management": 0.43,
            "service-delivery": 0.61,
            "human-resources": 0.37,
            "planning": 0.46,
            "transparency-accountability": 0.41,
            "citizen-engagement": 0.48,
        },
        "previous_levels": {
            "financial-management": 0.36,
            "service-delivery": 0.39,
            "human-resources": 0.35,
            "planning": 0.4,
            "transparency-accountability": 0.38,
            "citizen-engagement": 0.45,
        },
        "long_text": {
            "text": "Lo que más nos ayudaría es mejorar la planificación financiera para sostener las inversiones en la red de agua sin depender de apoyos federales.",
        },
    },
    # --- South Asia ---
    {
        "municipality": "amrapur",
        "language": "en",
        "levels": {
            "financial-management": 0.58,
            "service-delivery": 0.85,
            "human-resources": 0.51,
            "planning": 0.56,
            "transparency-accountability": 0.47,
            "citizen-engagement": 0.63,
        },
        "previous_levels": None,
        "long_text": {
            "text": "A mentor who can help us publish ward-level budgets and spending online in a form that residents will actually use.",
        },
    },
    # --- East Asia ---
    {
        "municipality": "songlin",
        "language": "zh-hans",
        "levels": {
            "financial-management": 0.67,
            "service-delivery": 0.74,
            "human-resources": 0.6,
            "planning": 0.88,
            "transparency-accountability": 0.53,
            "citizen-engagement": 0.44,
        },
        "previous_levels": None,
        "long_text": {
            "text": "希望参加政务公开和公众参与方面的课程，学习如何让居民更早参与老旧小区改造项目。",
        },
    },
    # --- Headquarters (global) ---
    {
        "municipality": "port-alder",
        "language": "en",
        "levels": {
            "financial-management": 0.93,
            "service-delivery": 0.76,
            "human-resources": 0.69,
            "planning": 0.72,
            "transparency-accountability": 0.9,
            "citizen-engagement": 0.66,
        },
        "previous_levels": None,
        "long_text": {
            "text": "Help recruiting and training younger staff in data analysis, so that our performance reports no longer depend on two people.",
        },
    },
]
