"""Demo course: Planning climate-resilient infrastructure (see SCHEMA.md)."""

COURSE = {
    "key": "climate-infrastructure",
    "languages": ["en", "es", "zh-hans", "sk"],
    "slug": {
        "en": "climate-resilient-infrastructure",
        "es": "infraestructura-resiliente-al-clima",
        "zh-hans": "qihou-renxing-jichu-sheshi",
        "sk": "infrastruktura-odolna-voci-zmene-klimy",
    },
    "title": {
        "en": "Planning climate-resilient infrastructure",
        "es": "Planificación de infraestructura resiliente al clima",
        "zh-hans": "规划气候韧性基础设施",
        "sk": "Plánovanie infraštruktúry odolnej voči zmene klímy",
    },
    "summary": {
        "en": "Roads, drains, water systems and public buildings must keep working through heavier rain, longer heatwaves and droughts. This course shows how to assess climate risk to municipal assets, decide which investments come first, use nature-based solutions such as the sponge city approach, and secure funding for both construction and maintenance.",
        "es": "Las calles, los desagües, los sistemas de agua y los edificios públicos deben seguir funcionando con lluvias más intensas, olas de calor más largas y sequías. Este curso muestra cómo evaluar el riesgo climático de los activos municipales, decidir qué inversiones van primero, aplicar soluciones basadas en la naturaleza como el enfoque de ciudad esponja y asegurar recursos tanto para la construcción como para el mantenimiento.",
        "zh-hans": "在降雨更强、热浪更长、干旱更频繁的情况下，道路、排水、供水系统和公共建筑必须保持正常运行。本课程介绍如何评估市政资产面临的气候风险、确定投资的优先顺序、运用海绵城市等基于自然的解决方案，以及为建设和维护筹措资金。",
        "sk": "Cesty, kanalizácia, vodovody a verejné budovy musia fungovať aj pri intenzívnejších dažďoch, dlhších vlnách horúčav a suchách. Kurz ukazuje, ako posúdiť klimatické riziká pre obecný majetok, rozhodnúť, ktoré investície majú prednosť, využiť prírode blízke riešenia, ako je koncept mesta ako špongie, a zabezpečiť financovanie výstavby aj údržby.",
    },
    "objectives": {
        "en": [
            "Assess how climate hazards, exposure and vulnerability combine to create risk for municipal assets",
            "Rank adaptation projects using transparent criteria and flexible, low-regret options",
            "Plan nature-based solutions and secure funding for their construction and long-term maintenance",
        ],
        "es": [
            "Evaluar cómo se combinan las amenazas climáticas, la exposición y la vulnerabilidad para generar riesgo sobre los activos municipales",
            "Priorizar proyectos de adaptación con criterios transparentes y opciones flexibles de bajo arrepentimiento",
            "Planificar soluciones basadas en la naturaleza y asegurar financiamiento para su construcción y mantenimiento a largo plazo",
        ],
        "zh-hans": [
            "评估气候灾害、暴露度和脆弱性如何共同构成市政资产面临的风险",
            "运用透明的标准以及灵活的“低遗憾”方案对适应项目进行排序",
            "规划基于自然的解决方案，并为其建设和长期维护落实资金",
        ],
        "sk": [
            "Posúdiť, ako sa klimatické hrozby, expozícia a zraniteľnosť spájajú do rizika pre obecný majetok",
            "Zoradiť adaptačné projekty podľa transparentných kritérií a uprednostniť flexibilné opatrenia, ktoré sa oplatia takmer za každého scenára",
            "Naplánovať prírode blízke riešenia a zabezpečiť financovanie ich výstavby aj dlhodobej údržby",
        ],
    },
    "level": "intermediate",
    "format": "self_paced",
    "hours": "5",
    "topics": ["climate", "infrastructure", "planning"],
    "authors": {
        "en": "Lucía Ramírez, urban resilience adviser, Rosario",
        "es": "Lucía Ramírez, asesora en resiliencia urbana, Rosario",
        "zh-hans": "露西亚·拉米雷斯，城市韧性顾问，罗萨里奥",
        "sk": "Lucía Ramírez, poradkyňa pre odolnosť miest, Rosario",
    },
    "lessons": [
        # ------------------------------------------------------------------ ci-1
        {
            "key": "ci-1",
            "slug": {
                "en": "assessing-climate-risk",
                "es": "evaluacion-del-riesgo-climatico",
                "zh-hans": "qihou-fengxian-pinggu",
                "sk": "hodnotenie-klimatickych-rizik",
            },
            "title": {
                "en": "Assessing climate risk to municipal assets",
                "es": "Evaluación del riesgo climático de los activos municipales",
                "zh-hans": "评估市政资产的气候风险",
                "sk": "Hodnotenie klimatických rizík pre obecný majetok",
            },
            "section": {
                "en": "Module 1: Understanding risk",
                "es": "Módulo 1: Comprender el riesgo",
                "zh-hans": "第一单元：认识风险",
                "sk": "Modul 1: Pochopenie rizika",
            },
            "body": {
                "en": [
                    ("heading", "From hazards to risk: what a city actually needs to know"),
                    (
                        "paragraph",
                        "<p>A climate risk assessment turns general projections into decisions about specific assets. Risk is usually described as a combination of three elements:</p><ul><li><b>Hazard</b> – what may happen, such as heavy rainfall, heatwaves, drought, storm surge or landslides;</li><li><b>Exposure</b> – which roads, pipes, schools, pumping stations and neighbourhoods lie in the hazard's path;</li><li><b>Vulnerability</b> – how sensitive each asset is and how well it can cope or recover.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Start with what you already have: flood records, maintenance logs, insurance claims, emergency-call data and the knowledge of field crews. Overlay hazard maps from your national meteorological or geological service on the asset register. Where the register is incomplete, a simple spreadsheet listing each asset's location, age, condition and criticality is a perfectly good beginning.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Use more than one future scenario. Infrastructure built today will often operate for many decades, so test designs against both a moderate and a high-emissions pathway rather than a single 'most likely' figure. Record your assumptions so that the assessment can be updated when new data arrive.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Ask the people who fix things",
                            "text": "<p>Road and drainage crews often know exactly which culverts block and which streets flood first. A one-hour workshop with them can reveal more than weeks of desk research.</p>",
                        },
                    ),
                ],
                "es": [
                    (
                        "heading",
                        "De las amenazas al riesgo: lo que una ciudad realmente necesita saber",
                    ),
                    (
                        "paragraph",
                        "<p>Una evaluación del riesgo climático convierte las proyecciones generales en decisiones sobre activos concretos. El riesgo suele describirse como la combinación de tres elementos:</p><ul><li><b>Amenaza</b>: lo que puede ocurrir, como lluvias intensas, olas de calor, sequías, marejadas o deslizamientos de tierra.</li><li><b>Exposición</b>: qué calles, tuberías, escuelas, estaciones de bombeo y barrios se encuentran en la zona afectada.</li><li><b>Vulnerabilidad</b>: qué tan sensible es cada activo y qué capacidad tiene para resistir o recuperarse.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Empiece por lo que ya tiene: registros de inundaciones, bitácoras de mantenimiento, reclamos a aseguradoras, datos de llamadas de emergencia y el conocimiento de las cuadrillas de campo. Superponga los mapas de amenazas del servicio meteorológico o geológico nacional con el inventario de activos. Si el inventario está incompleto, una hoja de cálculo sencilla con la ubicación, la antigüedad, el estado y la criticidad de cada activo es un muy buen comienzo.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Use más de un escenario futuro. La infraestructura que se construye hoy suele funcionar durante muchas décadas, así que conviene probar los diseños con una trayectoria de emisiones moderadas y otra de emisiones altas, en lugar de una sola cifra “más probable”. Documente sus supuestos para poder actualizar la evaluación cuando lleguen nuevos datos.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Pregunte a quienes reparan las cosas",
                            "text": "<p>Las cuadrillas de vialidad y drenaje suelen saber exactamente qué alcantarillas se tapan y qué calles se inundan primero. Un taller de una hora con ellas puede revelar más que semanas de trabajo de escritorio.</p>",
                        },
                    ),
                ],
                "zh-hans": [
                    ("heading", "从灾害到风险：城市真正需要了解什么"),
                    (
                        "paragraph",
                        "<p>气候风险评估将笼统的气候预测转化为针对具体资产的决策。风险通常被描述为以下三个要素的组合：</p><ul><li><b>灾害</b>：可能发生什么，例如强降雨、热浪、干旱、风暴潮或山体滑坡；</li><li><b>暴露度</b>：哪些道路、管道、学校、泵站和社区位于灾害影响范围内；</li><li><b>脆弱性</b>：每项资产有多敏感，以及其应对和恢复能力如何。</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>先从现有资料入手：内涝和洪水记录、维护日志、保险理赔、紧急呼叫数据，以及一线维修人员的经验。将国家气象或地质部门发布的灾害图与资产台账叠加分析。如果资产台账不完整，一张列明每项资产位置、使用年限、现状和重要程度的简单电子表格就是很好的起点。</p>",
                    ),
                    (
                        "paragraph",
                        "<p>要使用不止一种未来情景。今天建设的基础设施往往要运行几十年，因此应当在中等排放和高排放两种路径下检验设计方案，而不是只依赖一个“最可能”的数值。记录好各项假设，以便在获得新数据时更新评估。</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "向一线维修人员请教",
                            "text": "<p>道路和排水维护班组往往清楚地知道哪些涵洞容易堵塞、哪些街道最先积水。与他们开一个小时的座谈会，可能比几周的案头研究收获更多。</p>",
                        },
                    ),
                ],
                "sk": [
                    ("heading", "Od hrozieb k riziku: čo mesto naozaj potrebuje vedieť"),
                    (
                        "paragraph",
                        "<p>Hodnotenie klimatických rizík premieňa všeobecné projekcie na rozhodnutia o konkrétnom majetku. Riziko sa zvyčajne opisuje ako kombinácia troch prvkov:</p><ul><li><b>Hrozba</b> – čo sa môže stať, napríklad prívalové dažde, vlny horúčav, sucho, búrkový príliv alebo zosuvy pôdy;</li><li><b>Expozícia</b> – ktoré cesty, potrubia, školy, čerpacie stanice a štvrte ležia v dosahu hrozby;</li><li><b>Zraniteľnosť</b> – nakoľko je daný majetok citlivý a ako dokáže odolať alebo sa zotaviť.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Začnite tým, čo už máte: záznamy o povodniach, denníky údržby, poistné udalosti, údaje z tiesňových volaní a skúsenosti pracovníkov v teréne. Mapy hrozieb od národnej meteorologickej alebo geologickej služby prekryte s evidenciou majetku. Ak je evidencia neúplná, jednoduchá tabuľka s polohou, vekom, stavom a dôležitosťou každej položky majetku je úplne dobrý začiatok.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Pracujte s viac ako jedným scenárom budúcnosti. Infraštruktúra postavená dnes bude často slúžiť celé desaťročia, preto návrhy overte pri strednom aj vysokom emisnom scenári, a nie len pri jednej „najpravdepodobnejšej“ hodnote. Zaznamenajte svoje predpoklady, aby bolo možné hodnotenie aktualizovať, keď pribudnú nové údaje.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Opýtajte sa tých, ktorí veci opravujú",
                            "text": "<p>Pracovníci údržby ciest a kanalizácie často presne vedia, ktoré priepusty sa upchávajú a ktoré ulice zaplaví voda ako prvé. Hodinový workshop s nimi môže priniesť viac ako týždne práce za stolom.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "ci-1-q1",
                    "prompt": {
                        "en": "Which combination of elements best describes the climate risk to a municipal asset?",
                        "es": "¿Qué combinación de elementos describe mejor el riesgo climático de un activo municipal?",
                        "zh-hans": "以下哪一组要素最能描述市政资产面临的气候风险？",
                        "sk": "Ktorá kombinácia prvkov najlepšie opisuje klimatické riziko pre obecný majetok?",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "Hazard, exposure and vulnerability",
                                "es": "Amenaza, exposición y vulnerabilidad",
                                "zh-hans": "灾害、暴露度和脆弱性",
                                "sk": "Hrozba, expozícia a zraniteľnosť",
                            },
                            "feedback": {
                                "en": "Correct. Risk arises only where a hazard meets an exposed asset that is sensitive to it; reducing any of the three elements lowers the risk.",
                                "es": "Correcto. El riesgo surge solo cuando una amenaza alcanza a un activo expuesto y sensible a ella; reducir cualquiera de los tres elementos disminuye el riesgo.",
                                "zh-hans": "正确。只有当灾害作用于暴露在外且对其敏感的资产时，才会形成风险；降低其中任何一个要素都能减少风险。",
                                "sk": "Správne. Riziko vzniká iba tam, kde sa hrozba stretne s exponovaným majetkom, ktorý je voči nej citlivý; zníženie ktoréhokoľvek z troch prvkov riziko zmenšuje.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "en": "Projected rainfall and temperature only",
                                "es": "Solo la lluvia y la temperatura proyectadas",
                                "zh-hans": "仅预测的降雨量和气温",
                                "sk": "Iba predpokladané zrážky a teploty",
                            },
                            "feedback": {
                                "en": "Climate projections describe the hazard, but they say nothing about which assets are in harm's way or how well they would cope.",
                                "es": "Las proyecciones climáticas describen la amenaza, pero no indican qué activos están en peligro ni qué tan bien resistirían.",
                                "zh-hans": "气候预测描述的是灾害本身，但无法说明哪些资产处于危险之中，也无法说明它们的应对能力。",
                                "sk": "Klimatické projekcie opisujú hrozbu, ale nehovoria nič o tom, ktorý majetok je ohrozený a ako by situáciu zvládol.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "The replacement cost of the asset",
                                "es": "El costo de reposición del activo",
                                "zh-hans": "资产的重置成本",
                                "sk": "Náklady na obnovu majetku",
                            },
                            "feedback": {
                                "en": "Cost matters when setting priorities, but an expensive asset with a robust design in a safe location may face very little risk.",
                                "es": "El costo importa al fijar prioridades, pero un activo caro, bien diseñado y ubicado en una zona segura puede enfrentar muy poco riesgo.",
                                "zh-hans": "成本在确定优先顺序时很重要，但一项位于安全地点、设计坚固的昂贵资产可能面临的风险很小。",
                                "sk": "Náklady sú dôležité pri stanovovaní priorít, no drahý majetok s odolnou konštrukciou na bezpečnom mieste môže čeliť len veľmi malému riziku.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ ci-2
        {
            "key": "ci-2",
            "slug": {
                "en": "prioritising-adaptation-investments",
                "es": "priorizacion-de-inversiones-en-adaptacion",
                "zh-hans": "shiying-touzi-youxian-paixu",
                "sk": "urcovanie-priorit-adaptacnych-investicii",
            },
            "title": {
                "en": "Prioritising adaptation investments",
                "es": "Priorización de las inversiones en adaptación",
                "zh-hans": "确定适应性投资的优先顺序",
                "sk": "Určovanie priorít adaptačných investícií",
            },
            "section": {
                "en": "Module 2: Deciding what to do",
                "es": "Módulo 2: Decidir qué hacer",
                "zh-hans": "第二单元：决定做什么",
                "sk": "Modul 2: Rozhodovanie",
            },
            "body": {
                "en": [
                    ("heading", "Ranking projects when budgets are limited"),
                    (
                        "paragraph",
                        "<p>No city can protect every asset at once. A transparent prioritisation method helps the council defend its choices and lets residents see why one project comes before another. A practical approach is to score each option against a small set of criteria agreed in advance:</p><ul><li>risk reduced – how much damage or disruption is avoided;</li><li>criticality of the service – hospitals, water supply and evacuation routes first;</li><li>co-benefits, such as shade, recreation or lower energy bills;</li><li>equity – whether vulnerable residents gain protection;</li><li>cost over the whole life of the asset, not only construction.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Combine the scores with a simple cost–benefit or cost-effectiveness check. Where the future is very uncertain, favour <b>flexible, low-regret options</b>: measures that pay off under most scenarios, such as better maintenance of drains, or designs that can be upgraded later, like a flood wall with foundations strong enough for it to be raised.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Finally, link the priority list to the capital investment plan and the annual budget. A ranking that sits outside the budget cycle is rarely implemented.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Avoid locking in risk",
                            "text": "<p>Rebuilding a damaged asset exactly as it was can repeat the same failure. When repairs are needed anyway, ask whether this is the moment to 'build back better' or to relocate.</p>",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Cómo ordenar proyectos cuando el presupuesto es limitado"),
                    (
                        "paragraph",
                        "<p>Ninguna ciudad puede proteger todos sus activos a la vez. Un método de priorización transparente ayuda al concejo municipal a justificar sus decisiones y permite a los vecinos entender por qué un proyecto va antes que otro. Un enfoque práctico consiste en puntuar cada opción según un pequeño conjunto de criterios acordados de antemano:</p><ul><li>el riesgo que se reduce: cuántos daños o interrupciones se evitan;</li><li>la criticidad del servicio: primero hospitales, agua potable y rutas de evacuación;</li><li>los beneficios adicionales, como sombra, recreación o menores facturas de energía;</li><li>la equidad: si los habitantes más vulnerables quedan protegidos;</li><li>el costo a lo largo de toda la vida útil del activo, no solo el de construcción.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Combine las puntuaciones con un análisis sencillo de costo-beneficio o de costo-efectividad. Cuando el futuro es muy incierto, dé preferencia a las <b>opciones flexibles y de bajo arrepentimiento</b>: medidas que dan resultados en la mayoría de los escenarios, como un mejor mantenimiento de los desagües, o diseños que pueden ampliarse más adelante, como un muro contra inundaciones con cimientos capaces de soportar una futura elevación.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Por último, vincule la lista de prioridades con el plan de inversiones y el presupuesto anual. Una clasificación que queda fuera del ciclo presupuestario rara vez se ejecuta.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "No consolide el riesgo",
                            "text": "<p>Reconstruir un activo dañado exactamente como estaba puede repetir la misma falla. Cuando de todos modos hay que hacer reparaciones, pregúntese si es el momento de “reconstruir mejor” o de reubicarlo.</p>",
                        },
                    ),
                ],
                "zh-hans": [
                    ("heading", "预算有限时如何对项目排序"),
                    (
                        "paragraph",
                        "<p>没有哪个城市能够同时保护所有资产。透明的排序方法有助于市议会为其选择作出解释，也让居民明白为什么某个项目排在另一个项目之前。一种实用的做法是，根据事先商定的少数几项标准为每个方案打分：</p><ul><li>降低的风险：能避免多少损失或服务中断；</li><li>服务的重要程度：医院、供水和疏散通道优先；</li><li>协同效益，例如遮荫、休闲空间或降低能源费用；</li><li>公平性：弱势居民能否得到保护；</li><li>资产全生命周期的成本，而不仅仅是建设成本。</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>将评分与简单的成本效益分析或成本有效性分析结合起来。当未来高度不确定时，应优先选择<b>灵活的“低遗憾”方案</b>：即在大多数情景下都能带来收益的措施，例如加强排水设施的日常维护；或者日后可以升级的设计，例如地基足够坚固、今后可以加高的防洪墙。</p>",
                    ),
                    (
                        "paragraph",
                        "<p>最后，要把优先项目清单与资本投资计划和年度预算挂钩。游离于预算周期之外的排序清单很少能真正落实。</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "避免把风险“锁定”",
                            "text": "<p>按原样重建受损资产，可能导致同样的问题再次发生。既然无论如何都要维修，不妨问一问：现在是不是“重建得更好”或者易地重建的时机？</p>",
                        },
                    ),
                ],
                "sk": [
                    ("heading", "Ako zoradiť projekty pri obmedzenom rozpočte"),
                    (
                        "paragraph",
                        "<p>Žiadne mesto nedokáže chrániť všetok svoj majetok naraz. Transparentná metóda určovania priorít pomáha zastupiteľstvu obhájiť rozhodnutia a obyvateľom ukazuje, prečo má jeden projekt prednosť pred iným. Praktický postup je ohodnotiť každú možnosť podľa niekoľkých vopred dohodnutých kritérií:</p><ul><li>o koľko sa zníži riziko – koľkým škodám alebo výpadkom sa predíde;</li><li>význam služby – nemocnice, zásobovanie vodou a evakuačné trasy majú prednosť;</li><li>sprievodné prínosy, napríklad tieň, rekreácia alebo nižšie účty za energie;</li><li>spravodlivosť – či ochranu získajú aj zraniteľní obyvatelia;</li><li>náklady počas celej životnosti majetku, nielen náklady na výstavbu.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Bodové hodnotenie doplňte jednoduchou analýzou nákladov a prínosov alebo nákladovej efektívnosti. Keď je budúcnosť veľmi neistá, uprednostnite <b>flexibilné opatrenia, ktoré sa oplatia takmer za každého scenára</b> – napríklad dôslednejšiu údržbu odvodnenia – alebo riešenia, ktoré možno neskôr rozšíriť, ako je protipovodňový múr so základmi dimenzovanými na budúce navýšenie.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Nakoniec prepojte zoznam priorít s plánom kapitálových investícií a ročným rozpočtom. Poradie, ktoré stojí mimo rozpočtového cyklu, sa zriedka zrealizuje.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Nezakonzervujte riziko",
                            "text": "<p>Ak poškodený majetok obnovíte presne v pôvodnej podobe, môže sa rovnaké zlyhanie zopakovať. Keď je oprava aj tak nevyhnutná, zvážte, či nenastal čas „postaviť lepšie“ alebo majetok premiestniť.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "ci-2-q1",
                    "prompt": {
                        "en": "Which of the following are flexible, low-regret adaptation options? Select all that apply.",
                        "es": "¿Cuáles de las siguientes son opciones de adaptación flexibles y de bajo arrepentimiento? Seleccione todas las que correspondan.",
                        "zh-hans": "以下哪些属于灵活的“低遗憾”适应方案？（可多选）",
                        "sk": "Ktoré z nasledujúcich adaptačných opatrení sú flexibilné a oplatia sa takmer za každého scenára? Označte všetky správne odpovede.",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "Regular cleaning and upgrading of existing drains",
                                "es": "Limpiar y mejorar periódicamente los desagües existentes",
                                "zh-hans": "定期清理和升级现有排水设施",
                                "sk": "Pravidelné čistenie a modernizácia existujúceho odvodnenia",
                            },
                            "feedback": {
                                "en": "Correct. Better drainage maintenance pays off under almost any climate scenario and reduces flooding today.",
                                "es": "Correcto. Un mejor mantenimiento del drenaje da resultados en casi cualquier escenario climático y reduce las inundaciones desde ahora.",
                                "zh-hans": "正确。加强排水维护几乎在任何气候情景下都能带来收益，而且现在就能减少内涝。",
                                "sk": "Správne. Lepšia údržba odvodnenia sa oplatí takmer pri akomkoľvek klimatickom scenári a znižuje záplavy už dnes.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": True,
                            "text": {
                                "en": "A flood wall built with foundations strong enough for it to be raised later",
                                "es": "Un muro contra inundaciones con cimientos capaces de soportar una futura elevación",
                                "zh-hans": "地基足够坚固、日后可以加高的防洪墙",
                                "sk": "Protipovodňový múr so základmi dimenzovanými na neskoršie navýšenie",
                            },
                            "feedback": {
                                "en": "Correct. The design keeps open the option of adding height if future conditions turn out worse than expected, at a modest extra cost today.",
                                "es": "Correcto. El diseño mantiene abierta la posibilidad de aumentar su altura si las condiciones futuras resultan peores de lo previsto, con un costo adicional moderado hoy.",
                                "zh-hans": "正确。这种设计保留了在未来情况比预期更糟时加高的选择，而目前只需付出适度的额外成本。",
                                "sk": "Správne. Takýto návrh ponecháva možnosť múr zvýšiť, ak budú budúce podmienky horšie, než sa čakalo, a dnes si vyžaduje len mierne vyššie náklady.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "A large single-purpose barrier sized only for today's climate",
                                "es": "Una gran barrera de un solo propósito dimensionada solo para el clima actual",
                                "zh-hans": "仅按当前气候条件设计的大型单一功能挡水设施",
                                "sk": "Veľká jednoúčelová bariéra navrhnutá iba pre dnešnú klímu",
                            },
                            "feedback": {
                                "en": "This locks in a fixed level of protection that may prove inadequate as the climate changes, and it is costly to modify.",
                                "es": "Esto fija un nivel de protección que puede resultar insuficiente a medida que cambia el clima, y modificarla es costoso.",
                                "zh-hans": "这会锁定一个固定的防护水平，随着气候变化可能变得不足，而且改造成本很高。",
                                "sk": "Takéto riešenie natrvalo určí úroveň ochrany, ktorá sa so zmenou klímy môže ukázať ako nedostatočná, a jeho úprava je nákladná.",
                            },
                        },
                        {
                            "key": "d",
                            "correct": False,
                            "text": {
                                "en": "Postponing all decisions until projections become certain",
                                "es": "Posponer todas las decisiones hasta que las proyecciones sean seguras",
                                "zh-hans": "在气候预测变得确定之前推迟所有决策",
                                "sk": "Odložiť všetky rozhodnutia, kým projekcie nebudú isté",
                            },
                            "feedback": {
                                "en": "Projections will always carry some uncertainty; waiting leaves assets exposed and often raises costs later.",
                                "es": "Las proyecciones siempre tendrán cierta incertidumbre; esperar deja los activos expuestos y suele encarecer las soluciones más adelante.",
                                "zh-hans": "气候预测始终存在一定的不确定性；等待只会让资产持续暴露在风险中，往往还会增加日后的成本。",
                                "sk": "Projekcie budú vždy do istej miery neisté; čakanie necháva majetok ohrozený a neskôr spravidla zvyšuje náklady.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ ci-3
        {
            "key": "ci-3",
            "slug": {
                "en": "nature-based-solutions-sponge-city",
                "es": "soluciones-basadas-en-la-naturaleza-ciudad-esponja",
                "zh-hans": "jiyu-ziran-de-jiejue-fangan-haimian-chengshi",
                "sk": "prirode-blizke-riesenia-mesto-ako-spongia",
            },
            "title": {
                "en": "Nature-based solutions and the sponge city",
                "es": "Soluciones basadas en la naturaleza y la ciudad esponja",
                "zh-hans": "基于自然的解决方案与海绵城市",
                "sk": "Prírode blízke riešenia a mesto ako špongia",
            },
            "section": {
                "en": "Module 3: Solutions",
                "es": "Módulo 3: Soluciones",
                "zh-hans": "第三单元：解决方案",
                "sk": "Modul 3: Riešenia",
            },
            "body": {
                "en": [
                    ("heading", "Working with water instead of against it"),
                    (
                        "paragraph",
                        "<p>Nature-based solutions use soil, vegetation and water to deliver services that would otherwise require concrete and pipes. The <i>sponge city</i> concept, promoted nationally in China since the mid-2010s, applies this idea across a whole city: rainwater is absorbed, stored, cleaned and reused close to where it falls, instead of being piped away as quickly as possible.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Typical elements include:</p><ul><li>bioswales and rain gardens along streets and in car parks;</li><li>permeable paving in squares and low-traffic lanes;</li><li>green roofs on public buildings;</li><li>restored wetlands, floodplains and river corridors that can flood safely;</li><li>street trees that provide shade and cool the surrounding area.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>These measures usually work best in combination with conventional 'grey' infrastructure rather than as a complete replacement. They also call for different skills – landscape design, soil science and horticultural crews, not only civil engineering. Plan for an establishment period of several years during which plants must be watered, weeded and replaced where they fail.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Start with a pilot",
                            "text": "<p>Retrofitting a single street or school yard as a demonstration lets you test designs, measure results and build public support before scaling up.</p>",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Trabajar con el agua, no contra ella"),
                    (
                        "paragraph",
                        "<p>Las soluciones basadas en la naturaleza utilizan el suelo, la vegetación y el agua para prestar servicios que de otro modo requerirían concreto y tuberías. El concepto de <i>ciudad esponja</i>, impulsado a nivel nacional en China desde mediados de la década de 2010, aplica esta idea a toda una ciudad: el agua de lluvia se absorbe, se almacena, se limpia y se reutiliza cerca de donde cae, en lugar de evacuarla por tuberías lo más rápido posible.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Entre los elementos típicos se encuentran:</p><ul><li>cunetas verdes y jardines de lluvia a lo largo de calles y estacionamientos;</li><li>pavimentos permeables en plazas y calles de poco tránsito;</li><li>techos verdes en edificios públicos;</li><li>humedales, planicies de inundación y corredores fluviales restaurados que pueden inundarse de forma segura;</li><li>árboles urbanos que dan sombra y refrescan el entorno.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Estas medidas suelen funcionar mejor combinadas con la infraestructura convencional o “gris” que como un reemplazo total. También requieren otras competencias: diseño de paisaje, ciencia del suelo y cuadrillas de jardinería, no solo ingeniería civil. Prevea un período de establecimiento de varios años durante el cual las plantas deben regarse, desmalezarse y reponerse cuando no prosperan.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Empiece con un piloto",
                            "text": "<p>Adaptar una sola calle o el patio de una escuela como proyecto demostrativo permite probar diseños, medir resultados y generar apoyo ciudadano antes de ampliar la escala.</p>",
                        },
                    ),
                ],
                "zh-hans": [
                    ("heading", "与水共处，而非与水对抗"),
                    (
                        "paragraph",
                        "<p>基于自然的解决方案利用土壤、植被和水体来提供原本需要混凝土和管道才能实现的功能。<i>海绵城市</i>理念自2010年代中期起在中国全国推广，它把这一思路应用到整座城市：雨水在降落地附近就地吸收、储存、净化和利用，而不是尽快通过管道排走。</p>",
                    ),
                    (
                        "paragraph",
                        "<p>常见的组成部分包括：</p><ul><li>沿街道和停车场设置的植草沟和雨水花园；</li><li>广场和低流量道路上的透水铺装；</li><li>公共建筑上的绿色屋顶；</li><li>经过修复、可以安全行洪的湿地、河漫滩和河流廊道；</li><li>提供遮荫、为周边降温的行道树。</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>这些措施通常与传统的“灰色”基础设施结合使用效果最好，而不是完全取而代之。它们还需要不同的专业能力：除了土木工程，还需要景观设计、土壤科学和园林养护队伍。要为数年的植被成活期做好计划，在此期间需要浇水、除草，并补种未能成活的植物。</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "从试点做起",
                            "text": "<p>先改造一条街道或一所学校的操场作为示范项目，可以在推广之前检验设计、衡量效果并争取公众支持。</p>",
                        },
                    ),
                ],
                "sk": [
                    ("heading", "Pracovať s vodou, nie proti nej"),
                    (
                        "paragraph",
                        "<p>Prírode blízke riešenia využívajú pôdu, vegetáciu a vodu na zabezpečenie funkcií, ktoré by inak vyžadovali betón a potrubia. Koncept <i>mesta ako špongie</i> (sponge city), ktorý Čína celoštátne presadzuje od polovice desiatych rokov 21. storočia, uplatňuje túto myšlienku v celom meste: dažďová voda sa vsakuje, zadržiava, čistí a opätovne využíva blízko miesta, kde spadne, namiesto toho, aby sa čo najrýchlejšie odvádzala potrubím.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Typické prvky sú:</p><ul><li>vsakovacie priekopy a dažďové záhrady pozdĺž ulíc a na parkoviskách;</li><li>priepustné povrchy na námestiach a v málo frekventovaných uliciach;</li><li>zelené strechy na verejných budovách;</li><li>obnovené mokrade, nivy a riečne koridory, ktoré sa môžu bezpečne zaplaviť;</li><li>uličné stromy, ktoré poskytujú tieň a ochladzujú okolie.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Tieto opatrenia zvyčajne fungujú najlepšie v kombinácii s konvenčnou, tzv. šedou infraštruktúrou, nie ako jej úplná náhrada. Vyžadujú aj iné zručnosti – krajinnú architektúru, pôdoznalectvo a záhradnícke čaty, nielen stavebné inžinierstvo. Počítajte s niekoľkoročným obdobím ujatia, počas ktorého treba rastliny zalievať, odburiňovať a nahrádzať tie, ktoré sa neujali.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Začnite pilotným projektom",
                            "text": "<p>Úprava jednej ulice alebo školského dvora ako ukážkového projektu vám umožní otestovať riešenia, zmerať výsledky a získať podporu verejnosti skôr, než ich rozšírite.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "ci-3-q1",
                    "prompt": {
                        "en": "What is the core principle of the sponge city approach?",
                        "es": "¿Cuál es el principio central del enfoque de ciudad esponja?",
                        "zh-hans": "海绵城市理念的核心原则是什么？",
                        "sk": "Aký je základný princíp konceptu mesta ako špongie?",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "Absorb, store, clean and reuse rainwater close to where it falls",
                                "es": "Absorber, almacenar, limpiar y reutilizar el agua de lluvia cerca de donde cae",
                                "zh-hans": "在雨水降落地附近就地吸收、储存、净化和利用雨水",
                                "sk": "Vsakovať, zadržiavať, čistiť a opätovne využívať dažďovú vodu blízko miesta, kde spadne",
                            },
                            "feedback": {
                                "en": "Correct. Managing water at source reduces peak flows in drains and rivers and turns rainwater into a resource.",
                                "es": "Correcto. Gestionar el agua en su origen reduce los caudales máximos en desagües y ríos y convierte la lluvia en un recurso.",
                                "zh-hans": "正确。从源头管理雨水可以削减排水管网和河道的峰值流量，并把雨水变成一种资源。",
                                "sk": "Správne. Hospodárenie s vodou priamo pri zdroji znižuje špičkové prietoky v kanalizácii a riekach a z dažďovej vody robí cenný zdroj.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "en": "Enlarge pipes so that rainwater leaves the city faster",
                                "es": "Agrandar las tuberías para que el agua de lluvia salga más rápido de la ciudad",
                                "zh-hans": "扩大管径，让雨水更快排出城市",
                                "sk": "Zväčšiť potrubia, aby dažďová voda opúšťala mesto rýchlejšie",
                            },
                            "feedback": {
                                "en": "That is the conventional approach the sponge city seeks to complement; bigger pipes alone move the problem downstream and are expensive to build.",
                                "es": "Ese es el enfoque convencional que la ciudad esponja busca complementar; las tuberías más grandes por sí solas trasladan el problema aguas abajo y son caras de construir.",
                                "zh-hans": "这是海绵城市希望加以补充的传统做法；单靠加大管道只会把问题转移到下游，而且建设成本高昂。",
                                "sk": "To je konvenčný prístup, ktorý má mesto ako špongia dopĺňať; samotné väčšie potrubia iba presúvajú problém po prúde a ich výstavba je drahá.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "Replace all grey infrastructure with parks and wetlands",
                                "es": "Reemplazar toda la infraestructura gris por parques y humedales",
                                "zh-hans": "用公园和湿地取代所有灰色基础设施",
                                "sk": "Nahradiť všetku šedú infraštruktúru parkami a mokraďami",
                            },
                            "feedback": {
                                "en": "Nature-based measures usually work alongside pipes, pumps and storage tanks, not instead of them.",
                                "es": "Las medidas basadas en la naturaleza suelen funcionar junto con tuberías, bombas y depósitos, no en su lugar.",
                                "zh-hans": "基于自然的措施通常与管道、泵站和调蓄设施配合使用，而不是取代它们。",
                                "sk": "Prírode blízke opatrenia zvyčajne fungujú popri potrubiach, čerpadlách a nádržiach, nie namiesto nich.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ ci-4
        {
            "key": "ci-4",
            "slug": {
                "en": "financing-and-maintenance",
                "es": "financiamiento-y-mantenimiento",
                "zh-hans": "rongzi-yu-weihu",
                "sk": "financovanie-a-udrzba",
            },
            "title": {
                "en": "Financing and maintaining resilient infrastructure",
                "es": "Financiamiento y mantenimiento de la infraestructura resiliente",
                "zh-hans": "韧性基础设施的融资与维护",
                "sk": "Financovanie a údržba odolnej infraštruktúry",
            },
            "section": {
                "en": "Module 4: Making it last",
                "es": "Módulo 4: Que perdure",
                "zh-hans": "第四单元：长效运行",
                "sk": "Modul 4: Aby to vydržalo",
            },
            "body": {
                "en": [
                    ("heading", "Paying for resilience – and keeping it working"),
                    (
                        "paragraph",
                        "<p>Resilient infrastructure can cost more up front, but it often costs less over its lifetime once avoided damage and service interruptions are taken into account. Build the business case on <b>whole-life costs</b> and present it in terms the finance committee recognises: lower repair bills, fewer emergency call-outs and reduced insurance exposure.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Common funding sources include:</p><ul><li>the municipal capital budget and dedicated reserves;</li><li>national adaptation funds and intergovernmental transfers;</li><li>loans from development banks or, for larger cities, green bonds;</li><li>stormwater fees based on the area of impermeable surfaces on each property;</li><li>partnerships with utilities, universities or private landowners.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Maintenance is where many projects fail. A rain garden that is never weeded, or a pump without spare parts, soon stops protecting anyone. Before approving a project, confirm who will own and maintain it, what it will cost each year and which budget line will pay for it. Add the new asset to the register and inspect it after every major storm.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Budget for maintenance from day one",
                            "text": "<p>Require a multi-year maintenance estimate in every project proposal, and treat proposals without one as incomplete.</p>",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Pagar por la resiliencia y mantenerla en funcionamiento"),
                    (
                        "paragraph",
                        "<p>La infraestructura resiliente puede costar más al principio, pero a menudo resulta más barata a lo largo de su vida útil cuando se consideran los daños y las interrupciones de servicio que se evitan. Construya el caso de inversión sobre el <b>costo del ciclo de vida completo</b> y preséntelo en términos que la comisión de hacienda reconozca: menos gastos en reparaciones, menos atenciones de emergencia y menor exposición en materia de seguros.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Entre las fuentes de financiamiento más comunes están:</p><ul><li>el presupuesto de inversión municipal y las reservas específicas;</li><li>los fondos nacionales de adaptación y las transferencias intergubernamentales;</li><li>los préstamos de bancos de desarrollo o, en ciudades más grandes, los bonos verdes;</li><li>las tasas de drenaje pluvial calculadas según la superficie impermeable de cada predio;</li><li>las alianzas con empresas de servicios públicos, universidades o propietarios privados.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>El mantenimiento es el punto donde fracasan muchos proyectos. Un jardín de lluvia que nunca se desmaleza, o una bomba sin repuestos, pronto ya no protege a nadie. Antes de aprobar un proyecto, confirme quién será su propietario y quién lo mantendrá, cuánto costará cada año y con qué partida presupuestaria se pagará. Incorpore el nuevo activo al inventario e inspecciónelo después de cada tormenta fuerte.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Presupueste el mantenimiento desde el primer día",
                            "text": "<p>Exija una estimación plurianual de mantenimiento en cada propuesta de proyecto y considere incompletas las propuestas que no la incluyan.</p>",
                        },
                    ),
                ],
                "zh-hans": [
                    ("heading", "为韧性买单，并让设施持续运转"),
                    (
                        "paragraph",
                        "<p>韧性基础设施的初期投入可能更高，但如果把避免的损失和服务中断计算在内，其全生命周期成本往往更低。要以<b>全生命周期成本</b>为基础编写项目论证，并用财政部门熟悉的语言来表述：更少的维修开支、更少的紧急抢修以及更低的保险风险。</p>",
                    ),
                    (
                        "paragraph",
                        "<p>常见的资金来源包括：</p><ul><li>市政资本预算和专项储备金；</li><li>国家适应基金和政府间转移支付；</li><li>开发银行贷款，规模较大的城市还可以发行绿色债券；</li><li>按每处物业不透水面积计收的雨水排放费；</li><li>与公用事业单位、高校或私人土地所有者开展合作。</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>许多项目恰恰失败在维护环节。从不除草的雨水花园、缺少备件的水泵，很快就无法再发挥保护作用。在批准项目之前，要明确由谁负责拥有和维护、每年需要多少费用、由哪个预算科目支付。将新资产登记入账，并在每次强降雨或大风暴之后进行检查。</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "从第一天起就为维护编列预算",
                            "text": "<p>要求每份项目建议书都附上多年期维护费用估算，没有估算的建议书一律视为不完整。</p>",
                        },
                    ),
                ],
                "sk": [
                    ("heading", "Ako zaplatiť odolnosť – a udržať ju v prevádzke"),
                    (
                        "paragraph",
                        "<p>Odolná infraštruktúra môže byť na začiatku drahšia, no počas celej životnosti často vychádza lacnejšie, ak sa započítajú škody a výpadky služieb, ktorým sa predišlo. Investičný zámer postavte na <b>nákladoch počas celého životného cyklu</b> a predstavte ho tak, aby mu rozumela finančná komisia: nižšie výdavky na opravy, menej havarijných zásahov a menšie poistné riziko.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Bežné zdroje financovania sú:</p><ul><li>kapitálový rozpočet obce a účelové rezervy;</li><li>národné adaptačné fondy a transfery zo štátneho rozpočtu;</li><li>úvery od rozvojových bánk alebo, vo väčších mestách, zelené dlhopisy;</li><li>poplatky za odvádzanie dažďovej vody podľa plochy nepriepustných povrchov na každej nehnuteľnosti;</li><li>partnerstvá s prevádzkovateľmi sietí, univerzitami alebo súkromnými vlastníkmi pozemkov.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Práve pri údržbe mnohé projekty zlyhajú. Dažďová záhrada, ktorú nikto neodburiňuje, alebo čerpadlo bez náhradných dielov čoskoro prestanú kohokoľvek chrániť. Pred schválením projektu si overte, kto bude jeho vlastníkom a správcom, koľko bude ročne stáť a z ktorej rozpočtovej položky sa bude platiť. Nový majetok zapíšte do evidencie a skontrolujte ho po každej silnej búrke.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Rozpočet na údržbu od prvého dňa",
                            "text": "<p>Vyžadujte v každom návrhu projektu viacročný odhad nákladov na údržbu a návrhy bez neho považujte za neúplné.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "ci-4-q1",
                    "prompt": {
                        "en": "Before approving a new green-infrastructure project, which question matters most for its long-term performance?",
                        "es": "Antes de aprobar un nuevo proyecto de infraestructura verde, ¿qué pregunta es la más importante para su desempeño a largo plazo?",
                        "zh-hans": "在批准一个新的绿色基础设施项目之前，哪个问题对其长期效果最为重要？",
                        "sk": "Ktorá otázka je pred schválením nového projektu zelenej infraštruktúry najdôležitejšia pre jeho dlhodobé fungovanie?",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "Who will maintain it, and from which budget line?",
                                "es": "¿Quién lo mantendrá y con qué partida presupuestaria?",
                                "zh-hans": "由谁负责维护，从哪个预算科目支出？",
                                "sk": "Kto ho bude udržiavať a z ktorej rozpočtovej položky?",
                            },
                            "feedback": {
                                "en": "Correct. Without a named owner and a funded maintenance plan, even a well-designed project will degrade and stop protecting residents.",
                                "es": "Correcto. Sin un responsable designado y un plan de mantenimiento financiado, incluso un proyecto bien diseñado se deteriorará y dejará de proteger a los vecinos.",
                                "zh-hans": "正确。如果没有明确的责任单位和有资金保障的维护计划，即使设计良好的项目也会逐渐退化，不再保护居民。",
                                "sk": "Správne. Bez určeného správcu a financovaného plánu údržby sa aj dobre navrhnutý projekt zhorší a prestane chrániť obyvateľov.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "en": "Can it be inaugurated before the end of the current term of office?",
                                "es": "¿Se puede inaugurar antes de que termine la actual gestión municipal?",
                                "zh-hans": "能否赶在本届任期结束前剪彩？",
                                "sk": "Dá sa slávnostne otvoriť ešte pred koncom volebného obdobia?",
                            },
                            "feedback": {
                                "en": "Political timing does not determine whether the asset keeps working; rushing can even lead to shortcuts in design and planting.",
                                "es": "Los tiempos políticos no determinan que el activo siga funcionando; apresurarse puede incluso llevar a recortar en el diseño y la plantación.",
                                "zh-hans": "政治时间节点与设施能否持续运转无关；赶工甚至可能导致设计和种植环节偷工减料。",
                                "sk": "Politické načasovanie nerozhoduje o tom, či bude majetok fungovať; zhon môže dokonca viesť k skratkám pri návrhu a výsadbe.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "Is it cheaper up front than a conventional alternative?",
                                "es": "¿Es más barato al inicio que una alternativa convencional?",
                                "zh-hans": "初期投资是否低于传统方案？",
                                "sk": "Je na začiatku lacnejší ako konvenčná alternatíva?",
                            },
                            "feedback": {
                                "en": "Up-front cost is only part of the picture; decisions should compare whole-life costs, including maintenance and avoided damage.",
                                "es": "El costo inicial es solo una parte; las decisiones deben comparar el costo del ciclo de vida completo, incluidos el mantenimiento y los daños evitados.",
                                "zh-hans": "初期成本只是一部分；决策应比较全生命周期成本，包括维护费用和避免的损失。",
                                "sk": "Počiatočné náklady sú len časťou obrazu; rozhodnutia by mali porovnávať náklady počas celého životného cyklu vrátane údržby a škôd, ktorým sa predišlo.",
                            },
                        },
                    ],
                },
                {
                    "key": "ci-4-q2",
                    "prompt": {
                        "en": "What is a stormwater fee usually based on?",
                        "es": "¿En qué se basa normalmente una tasa de drenaje pluvial?",
                        "zh-hans": "雨水排放费通常依据什么来计收？",
                        "sk": "Od čoho sa zvyčajne odvíja poplatok za odvádzanie dažďovej vody?",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "The area of impermeable surfaces on a property",
                                "es": "En la superficie impermeable del predio",
                                "zh-hans": "物业的不透水面积",
                                "sk": "Od plochy nepriepustných povrchov na nehnuteľnosti",
                            },
                            "feedback": {
                                "en": "Correct. Roofs and paved areas generate runoff, so linking the fee to them is fair and rewards owners who install permeable paving or green roofs.",
                                "es": "Correcto. Los techos y las superficies pavimentadas generan escorrentía, por lo que vincular la tasa a ellos es justo y premia a quienes instalan pavimentos permeables o techos verdes.",
                                "zh-hans": "正确。屋顶和硬化地面会产生径流，因此按其面积计费较为公平，也能激励业主铺设透水铺装或建设绿色屋顶。",
                                "sk": "Správne. Strechy a spevnené plochy vytvárajú odtok, preto je spravodlivé naviazať poplatok na ne; zároveň to odmeňuje vlastníkov, ktorí zriadia priepustné povrchy alebo zelené strechy.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "en": "The number of people living at the address",
                                "es": "En el número de personas que viven en el domicilio",
                                "zh-hans": "该地址的居住人数",
                                "sk": "Od počtu ľudí bývajúcich na adrese",
                            },
                            "feedback": {
                                "en": "Occupancy relates to drinking-water use, not to the volume of rain running off the property into the drainage system.",
                                "es": "La cantidad de ocupantes se relaciona con el consumo de agua potable, no con el volumen de lluvia que escurre del predio hacia el drenaje.",
                                "zh-hans": "居住人数与自来水用量相关，而与从物业流入排水系统的雨水量无关。",
                                "sk": "Počet obyvateľov súvisí so spotrebou pitnej vody, nie s objemom dažďovej vody, ktorá z nehnuteľnosti odteká do kanalizácie.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "The property's electricity consumption",
                                "es": "En el consumo eléctrico del predio",
                                "zh-hans": "物业的用电量",
                                "sk": "Od spotreby elektriny v nehnuteľnosti",
                            },
                            "feedback": {
                                "en": "Electricity use has no relationship to how much rainwater a property sends into public drains.",
                                "es": "El consumo de electricidad no guarda relación con la cantidad de agua de lluvia que un predio envía al drenaje público.",
                                "zh-hans": "用电量与物业排入公共排水管网的雨水量毫无关系。",
                                "sk": "Spotreba elektriny nijako nesúvisí s tým, koľko dažďovej vody nehnuteľnosť odvádza do verejnej kanalizácie.",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
