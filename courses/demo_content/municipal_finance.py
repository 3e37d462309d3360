"""Demo course: municipal finance (intermediate, cohort). See SCHEMA.md."""

COURSE = {
    "key": "municipal-finance",
    "languages": ["en", "es", "zh-hans", "sk"],
    "slug": {
        "en": "municipal-finance",
        "es": "finanzas-municipales",
        "zh-hans": "chengshi-caizheng",
        "sk": "komunalne-financie",
    },
    "title": {
        "en": "Municipal finance: own-source revenue, fees and fiscal planning",
        "es": "Finanzas municipales: ingresos propios, tasas y planificación fiscal",
        "zh-hans": "城市财政：自有收入、收费与中期财政规划",
        "sk": "Komunálne financie: vlastné príjmy, poplatky a finančné plánovanie",
    },
    "summary": {
        "en": "An intermediate cohort course on strengthening a municipality's revenue base. Participants examine own-source revenue, property tax administration and the design of fees and charges, then bring them together in a medium-term fiscal plan. Each week, cohort members apply the material to their own city's budget.",
        "es": "Un curso intermedio en cohorte sobre cómo fortalecer la base de ingresos de un municipio. Los participantes analizan los ingresos propios, la administración del impuesto predial y el diseño de tasas y tarifas, y luego los integran en un plan fiscal de mediano plazo. Cada semana, los integrantes de la cohorte aplican el material al presupuesto de su propia ciudad.",
        "zh-hans": "本课程为中级小组课程，聚焦如何夯实地方政府的收入基础。学习者将研究自有收入、房产税征管以及收费设计，并将其整合到中期财政规划中。每周，小组成员都会把所学内容应用到本市的预算中。",
        "sk": "Kurz strednej úrovne, ktorý absolvujete spolu so skupinou kolegov, o posilnení príjmovej základne obce. Účastníci sa zaoberajú vlastnými príjmami, správou dane z nehnuteľností a nastavením poplatkov a cien služieb a potom ich spájajú do strednodobého finančného plánu. Každý týždeň členovia skupiny uplatňujú učivo na rozpočet vlastného mesta.",
    },
    "objectives": {
        "en": [
            "Distinguish own-source revenue from transfers and shared taxes, and assess how much control your city has over each.",
            "Diagnose weaknesses in property tax administration and in the design of fees and charges.",
            "Prepare a rolling medium-term fiscal plan that includes the running costs of new investments.",
        ],
        "es": [
            "Distinguir los ingresos propios de las transferencias y los impuestos compartidos, y evaluar cuánto control tiene su ciudad sobre cada uno.",
            "Diagnosticar las debilidades en la administración del impuesto predial y en el diseño de tasas y tarifas.",
            "Elaborar un plan fiscal de mediano plazo móvil que incluya los costos de operación de las nuevas inversiones.",
        ],
        "zh-hans": [
            "区分自有收入、转移支付和共享税，并评估本市对每类收入的掌控程度。",
            "诊断房产税征管和收费设计中存在的薄弱环节。",
            "编制一份滚动式中期财政规划，并将新投资项目的运营成本纳入其中。",
        ],
        "sk": [
            "Rozlíšiť vlastné príjmy od transferov a podielových daní a posúdiť, nakoľko ich mesto môže ovplyvniť.",
            "Odhaliť slabé miesta v správe dane z nehnuteľností a v nastavení poplatkov a cien služieb.",
            "Pripraviť kĺzavý strednodobý finančný plán, ktorý zahŕňa prevádzkové náklady nových investícií.",
        ],
    },
    "level": "intermediate",
    "format": "cohort",
    "hours": "6",
    "topics": ["finance", "leadership"],
    "authors": {
        "en": "Peter Hudec, municipal finance adviser, Košice",
        "es": "Peter Hudec, asesor en finanzas municipales, Košice",
        "zh-hans": "彼得·胡德茨，城市财政顾问，科希策",
        "sk": "Peter Hudec, poradca pre komunálne financie, Košice",
    },
    "lessons": [
        # ------------------------------------------------------------------ mf-1
        {
            "key": "mf-1",
            "slug": {
                "en": "own-source-revenue",
                "es": "ingresos-propios",
                "zh-hans": "ziyou-shouru",
                "sk": "vlastne-prijmy",
            },
            "title": {
                "en": "Own-source revenue: what your city controls",
                "es": "Ingresos propios: lo que su ciudad controla",
                "zh-hans": "自有收入：城市能掌控什么",
                "sk": "Vlastné príjmy: čo mesto môže ovplyvniť",
            },
            "section": {
                "en": "Module 1: The revenue base",
                "es": "Módulo 1: La base de ingresos",
                "zh-hans": "第一单元：收入基础",
                "sk": "Modul 1: Príjmová základňa",
            },
            "body": {
                "en": [
                    ("heading", "Know where your money comes from"),
                    (
                        "paragraph",
                        "<p>A municipality's revenue usually comes from three broad sources:</p><ul><li><b>Own-source revenue</b>: local taxes whose rates the council sets, fees and charges for services, and income from municipal assets such as rents and land sales.</li><li><b>Shared taxes</b>: a portion of national taxes distributed by formula, such as the share of personal income tax that Slovak municipalities receive.</li><li><b>Grants and transfers</b> from higher levels of government, often earmarked for specific purposes.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Own-source revenue matters because it is the part the city can influence. It gives the council room to respond to local priorities, and it links what residents pay to the services they receive, which strengthens accountability. Cities that rely mostly on transfers are exposed to decisions made elsewhere.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Not all own-source revenue is equally reliable. Many Chinese cities have relied heavily on income from transferring land-use rights, which fell sharply when the property market cooled. Asset sales can fund a one-off investment, but they are a poor basis for paying recurring costs such as salaries or maintenance.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Cohort exercise",
                            "text": "<p>Before the first live session, sort your city's revenue for the last three years into these three groups and mark, for each line, whether the council controls the rate, the base, both or neither. Bring the table to the session.</p>",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Sepa de dónde viene su dinero"),
                    (
                        "paragraph",
                        "<p>Los ingresos de un municipio suelen provenir de tres grandes fuentes:</p><ul><li><b>Ingresos propios</b>: impuestos locales cuyas alícuotas fija el concejo, tasas y tarifas por servicios, e ingresos de bienes municipales, como arrendamientos y venta de terrenos.</li><li><b>Impuestos compartidos</b>: una parte de los impuestos nacionales que se distribuye según una fórmula, como la participación en el impuesto sobre la renta de las personas físicas que reciben los municipios eslovacos.</li><li><b>Subsidios y transferencias</b> de niveles superiores de gobierno, a menudo etiquetados para fines específicos.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Los ingresos propios importan porque son la parte sobre la que la ciudad puede influir. Dan al concejo margen para responder a las prioridades locales y vinculan lo que pagan los vecinos con los servicios que reciben, lo que fortalece la rendición de cuentas. Las ciudades que dependen sobre todo de transferencias quedan expuestas a decisiones que se toman en otra parte.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>No todos los ingresos propios son igual de confiables. Muchas ciudades chinas han dependido en gran medida de los ingresos por la cesión de derechos de uso de suelo, que cayeron con fuerza cuando se enfrió el mercado inmobiliario. La venta de activos puede financiar una inversión puntual, pero es una mala base para pagar gastos recurrentes como salarios o mantenimiento.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Ejercicio de la cohorte",
                            "text": "<p>Antes de la primera sesión en vivo, clasifique los ingresos de su ciudad de los últimos tres años en estos tres grupos y marque, para cada rubro, si el concejo controla la alícuota, la base, ambas o ninguna. Lleve la tabla a la sesión.</p>",
                        },
                    ),
                ],
                "zh-hans": [
                    ("heading", "弄清资金从哪里来"),
                    (
                        "paragraph",
                        "<p>地方政府的收入通常来自三大类来源：</p><ul><li><b>自有收入</b>：由市议会确定税率的地方税、服务收费，以及来自市属资产的收入，如租金和土地出让收入。</li><li><b>共享税</b>：按公式分配的部分国家税收，例如斯洛伐克各市镇获得的个人所得税分成。</li><li><b>上级政府的补助和转移支付</b>，通常指定用于特定用途。</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>自有收入之所以重要，是因为这是城市能够施加影响的部分。它使市议会有空间回应本地的优先事项，并把居民缴纳的费用与他们获得的服务联系起来，从而加强问责。主要依赖转移支付的城市，则容易受到外部决策的影响。</p>",
                    ),
                    (
                        "paragraph",
                        "<p>并非所有自有收入都同样可靠。许多中国城市在很大程度上依赖国有土地使用权出让收入，而在房地产市场降温后，这部分收入大幅下降。出售资产可以为一次性投资提供资金，但不适合用来支付工资、维护等经常性支出。</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "小组练习",
                            "text": "<p>在第一次直播课之前，将本市过去三年的收入按上述三类进行归类，并逐项标明市议会能否控制税率（费率）和税基：两者都能控制、只能控制其一，还是都不能。请将表格带到课上。</p>",
                        },
                    ),
                ],
                "sk": [
                    ("heading", "Vedzte, odkiaľ prichádzajú vaše peniaze"),
                    (
                        "paragraph",
                        "<p>Príjmy obce zvyčajne pochádzajú z troch hlavných zdrojov:</p><ul><li><b>Vlastné príjmy</b>: miestne dane, ktorých sadzby určuje zastupiteľstvo, poplatky a platby za služby a príjmy z obecného majetku, napríklad z nájmu a predaja pozemkov.</li><li><b>Podielové dane</b>: časť celoštátnych daní rozdeľovaná podľa vzorca, napríklad podiel na dani z príjmov fyzických osôb, ktorý dostávajú slovenské obce.</li><li><b>Dotácie a transfery</b> z vyšších úrovní verejnej správy, často účelovo viazané.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Vlastné príjmy sú dôležité, pretože ich mesto môže ovplyvniť. Dávajú zastupiteľstvu priestor reagovať na miestne priority a spájajú to, čo obyvatelia platia, so službami, ktoré dostávajú, čím posilňujú zodpovednosť voči verejnosti. Mestá, ktoré sa spoliehajú najmä na transfery, sú vystavené rozhodnutiam, ktoré sa prijímajú inde.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Nie všetky vlastné príjmy sú rovnako spoľahlivé. Mnohé čínske mestá sa vo veľkej miere spoliehali na príjmy z prevodu práv na užívanie pôdy, ktoré prudko klesli, keď sa trh s nehnuteľnosťami ochladil. Predaj majetku môže financovať jednorazovú investíciu, no je zlým základom na úhradu opakovaných výdavkov, ako sú mzdy alebo údržba.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Úloha pre skupinu",
                            "text": "<p>Pred prvým živým stretnutím roztrieďte príjmy svojho mesta za posledné tri roky do týchto troch skupín a pri každej položke označte, či zastupiteľstvo ovplyvňuje sadzbu, základ, oboje alebo nič. Tabuľku si prineste na stretnutie.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "mf-1-q1",
                    "prompt": {
                        "en": "Which of the following are own-source revenues of a municipality? (Choose two.)",
                        "es": "¿Cuáles de los siguientes son ingresos propios de un municipio? (Elija dos.)",
                        "zh-hans": "以下哪些属于地方政府的自有收入？（选择两项。）",
                        "sk": "Ktoré z nasledujúcich položiek sú vlastnými príjmami obce? (Vyberte dve možnosti.)",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "A local property tax whose rate is set by the city council.",
                                "es": "Un impuesto predial local cuya alícuota fija el concejo municipal.",
                                "zh-hans": "由市议会确定税率的地方房产税。",
                                "sk": "Miestna daň z nehnuteľností, ktorej sadzbu určuje mestské zastupiteľstvo.",
                            },
                            "feedback": {
                                "en": "Correct. The council sets the rate and the city collects the tax, so it is own-source revenue.",
                                "es": "Correcto. El concejo fija la alícuota y la ciudad recauda el impuesto, por lo que es un ingreso propio.",
                                "zh-hans": "正确。税率由市议会确定，税款由城市征收，因此属于自有收入。",
                                "sk": "Správne. Sadzbu určuje zastupiteľstvo a daň vyberá mesto, preto ide o vlastný príjem.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": True,
                            "text": {
                                "en": "Fees charged for building permits.",
                                "es": "Las tasas cobradas por licencias de construcción.",
                                "zh-hans": "建筑许可收费。",
                                "sk": "Poplatky za stavebné povolenia.",
                            },
                            "feedback": {
                                "en": "Correct. Fees for municipal services are own-source revenue, even when national law sets a ceiling.",
                                "es": "Correcto. Los cobros por servicios municipales son ingresos propios, incluso cuando la ley nacional fija un tope.",
                                "zh-hans": "正确。市政服务收费属于自有收入，即使国家法律规定了收费上限也是如此。",
                                "sk": "Správne. Platby za služby obce sú vlastnými príjmami, aj keď zákon určuje ich hornú hranicu.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "A grant from a national ministry earmarked for school renovation.",
                                "es": "Un subsidio de un ministerio nacional etiquetado para la rehabilitación de escuelas.",
                                "zh-hans": "国家部委拨付、指定用于学校翻修的专项补助。",
                                "sk": "Dotácia z ministerstva účelovo určená na rekonštrukciu škôl.",
                            },
                            "feedback": {
                                "en": "No. A grant is a transfer from a higher level of government; the city decides neither its amount nor, usually, its purpose.",
                                "es": "No. Un subsidio es una transferencia de un nivel superior de gobierno; la ciudad no decide su monto ni, por lo general, su destino.",
                                "zh-hans": "不对。补助是上级政府的转移支付；城市既不能决定其金额，通常也不能决定其用途。",
                                "sk": "Nie. Dotácia je transfer z vyššej úrovne verejnej správy; mesto nerozhoduje o jej výške ani spravidla o jej účele.",
                            },
                        },
                        {
                            "key": "d",
                            "correct": False,
                            "text": {
                                "en": "A share of the national personal income tax, distributed by formula.",
                                "es": "Una participación en el impuesto nacional sobre la renta de las personas físicas, distribuida según una fórmula.",
                                "zh-hans": "按公式分配的国家个人所得税分成。",
                                "sk": "Podiel na celoštátnej dani z príjmov fyzických osôb rozdeľovaný podľa vzorca.",
                            },
                            "feedback": {
                                "en": "No. Shared taxes are usually counted separately: the city controls neither the rate nor the base, even though the money is not earmarked.",
                                "es": "No. Los impuestos compartidos suelen contabilizarse por separado: la ciudad no controla ni la alícuota ni la base, aunque el dinero no esté etiquetado.",
                                "zh-hans": "不对。共享税通常单独统计：尽管这笔资金不限定用途，但城市既不能控制税率，也不能控制税基。",
                                "sk": "Nie. Podielové dane sa zvyčajne vykazujú osobitne: mesto neurčuje sadzbu ani základ, hoci peniaze nie sú účelovo viazané.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ mf-2
        {
            "key": "mf-2",
            "slug": {
                "en": "property-tax-administration",
                "es": "administracion-del-impuesto-predial",
                "zh-hans": "fangchanshui-zhengguan",
                "sk": "sprava-dane-z-nehnutelnosti",
            },
            "title": {
                "en": "Property tax administration",
                "es": "Administración del impuesto predial",
                "zh-hans": "房产税征管",
                "sk": "Správa dane z nehnuteľností",
            },
            "section": {
                "en": "Module 2: Property tax",
                "es": "Módulo 2: Impuesto predial",
                "zh-hans": "第二单元：房产税",
                "sk": "Modul 2: Daň z nehnuteľností",
            },
            "body": {
                "en": [
                    ("heading", "Revenue depends on administration as much as on rates"),
                    (
                        "paragraph",
                        "<p>The property tax suits local government well: property cannot move away, and its value reflects local services. Yet in many cities it raises much less than it could. The cause is usually not the rate but weak administration somewhere along a chain of tasks:</p><ol><li><b>Identify</b> every taxable property and its owner in an up-to-date register or cadastre.</li><li><b>Assess</b> the tax base, whether by area or by value.</li><li><b>Bill</b> taxpayers accurately and on time.</li><li><b>Collect</b> payments and follow up on arrears consistently.</li><li><b>Hear appeals</b> fairly and quickly.</li></ol>",
                    ),
                    (
                        "paragraph",
                        "<p>Systems differ. In Slovakia each municipality sets the tax in a generally binding regulation, and the base is mainly area, which is simple to administer but does not follow changes in value. Many Latin American cities use cadastral values that must be updated periodically, while China has piloted a tax on certain residential properties in Shanghai and Chongqing since 2011.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Measure each link separately: the share of properties on the roll (coverage), how close assessed values are to reality (valuation), and the share of the amount billed that is actually paid (collection). The weakest link limits the result.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Fix the roll before raising the rate",
                            "text": "<p>Raising the rate on an incomplete register puts the whole burden on taxpayers who already pay. Improve coverage and collection first; it is also easier to explain to the council and to residents.</p>",
                        },
                    ),
                ],
                "es": [
                    (
                        "heading",
                        "La recaudación depende tanto de la administración como de las alícuotas",
                    ),
                    (
                        "paragraph",
                        "<p>El impuesto predial es muy adecuado para los gobiernos locales: los inmuebles no pueden mudarse y su valor refleja los servicios locales. Sin embargo, en muchas ciudades recauda mucho menos de lo que podría. La causa no suele ser la alícuota, sino una administración débil en algún punto de una cadena de tareas:</p><ol><li><b>Identificar</b> cada inmueble gravable y a su propietario en un padrón o catastro actualizado.</li><li><b>Determinar</b> la base gravable, ya sea por superficie o por valor.</li><li><b>Emitir</b> las boletas de pago con exactitud y a tiempo.</li><li><b>Cobrar</b> los pagos y dar seguimiento constante a los adeudos.</li><li><b>Resolver</b> los recursos de los contribuyentes de manera justa y rápida.</li></ol>",
                    ),
                    (
                        "paragraph",
                        "<p>Los sistemas varían. En Eslovaquia, cada municipio establece el impuesto mediante un reglamento de aplicación general y la base es principalmente la superficie, lo que simplifica la administración pero no sigue los cambios de valor. Muchas ciudades latinoamericanas usan valores catastrales que deben actualizarse periódicamente, mientras que China aplica desde 2011 un impuesto piloto sobre ciertas viviendas en Shanghái y Chongqing.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Mida cada eslabón por separado: la proporción de inmuebles incluidos en el padrón (cobertura), qué tan cerca de la realidad están los valores asignados (valuación) y la proporción de lo facturado que efectivamente se paga (cobranza). El eslabón más débil limita el resultado.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Corrija el padrón antes de subir la alícuota",
                            "text": "<p>Subir la alícuota sobre un padrón incompleto carga todo el peso en los contribuyentes que ya pagan. Mejore primero la cobertura y la cobranza; además, es más fácil de explicar al concejo y a los vecinos.</p>",
                        },
                    ),
                ],
                "zh-hans": [
                    ("heading", "收入既取决于税率，也取决于征管"),
                    (
                        "paragraph",
                        "<p>房产税非常适合作为地方税：不动产无法迁走，其价值也反映了地方公共服务的水平。然而在许多城市，房产税的实际收入远低于其潜力。原因通常不在于税率，而在于以下一系列环节中某处的征管薄弱：</p><ol><li><b>识别</b>：在及时更新的登记簿或地籍中记录每一处应税房产及其所有人。</li><li><b>评估</b>：按面积或按价值确定税基。</li><li><b>开单</b>：准确、按时向纳税人发出缴税通知。</li><li><b>征收</b>：收取税款，并持续跟进欠缴情况。</li><li><b>复议</b>：公平、迅速地处理纳税人的异议。</li></ol>",
                    ),
                    (
                        "paragraph",
                        "<p>各地制度不尽相同。在斯洛伐克，各市镇通过具有普遍约束力的地方法规自行设定房产税，税基主要是面积，这便于征管，但无法反映价值的变化。许多拉丁美洲城市采用需要定期更新的地籍价值；中国则自2011年起在上海和重庆对部分住房开展房产税试点。</p>",
                    ),
                    (
                        "paragraph",
                        "<p>对每个环节分别进行衡量：纳入登记的房产比例（覆盖率）、评估价值与实际价值的接近程度（估值准确度），以及实际缴纳税款占应征税款的比例（征收率）。最薄弱的环节决定了最终结果。</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "先完善登记，再提高税率",
                            "text": "<p>在登记不完整的情况下提高税率，会把全部负担压在已经纳税的人身上。应先提高覆盖率和征收率；这样做也更容易向市议会和居民解释。</p>",
                        },
                    ),
                ],
                "sk": [
                    ("heading", "Výnos závisí od správy dane rovnako ako od sadzieb"),
                    (
                        "paragraph",
                        "<p>Daň z nehnuteľností sa pre samosprávy veľmi hodí: nehnuteľnosť sa nemôže presťahovať a jej hodnota odráža miestne služby. Napriek tomu v mnohých mestách vynáša oveľa menej, než by mohla. Príčinou zvyčajne nie je sadzba, ale slabá správa v niektorom článku reťazca úloh:</p><ol><li><b>Identifikovať</b> každú zdaniteľnú nehnuteľnosť a jej vlastníka v aktuálnom registri alebo katastri.</li><li><b>Určiť</b> základ dane, či už podľa výmery, alebo podľa hodnoty.</li><li><b>Vyrubiť</b> daň presne a včas.</li><li><b>Vybrať</b> platby a dôsledne vymáhať nedoplatky.</li><li><b>Rozhodovať</b> o odvolaniach spravodlivo a rýchlo.</li></ol>",
                    ),
                    (
                        "paragraph",
                        "<p>Systémy sa líšia. Na Slovensku si daň určuje každá obec všeobecne záväzným nariadením a základom je najmä výmera, čo zjednodušuje správu, no nesleduje zmeny hodnoty. Mnohé latinskoamerické mestá používajú katastrálne hodnoty, ktoré treba pravidelne aktualizovať, a Čína od roku 2011 skúšobne zdaňuje niektoré obytné nehnuteľnosti v Šanghaji a Čchung-čchingu.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Merajte každý článok osobitne: podiel nehnuteľností v registri (pokrytie), nakoľko sa určené hodnoty blížia skutočnosti (ocenenie) a podiel vyrubenej sumy, ktorá sa skutočne zaplatí (výber). Výsledok obmedzuje najslabší článok.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Najprv opravte register, potom zvyšujte sadzbu",
                            "text": "<p>Zvýšenie sadzby pri neúplnom registri prenesie celú záťaž na daňovníkov, ktorí už platia. Najprv zlepšite pokrytie a výber; aj zastupiteľstvu a obyvateľom sa to vysvetľuje ľahšie.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "mf-2-q1",
                    "prompt": {
                        "en": "A city finds that its property tax register misses many new buildings and that collection is low. What should it do first?",
                        "es": "Una ciudad descubre que su padrón del impuesto predial omite muchos edificios nuevos y que la cobranza es baja. ¿Qué debe hacer primero?",
                        "zh-hans": "某市发现其房产税登记簿遗漏了许多新建房屋，而且征收率很低。它首先应该做什么？",
                        "sk": "Mesto zistí, že v jeho registri dane z nehnuteľností chýba veľa nových budov a výber dane je nízky. Čo by malo urobiť najskôr?",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "Update the register, bill the missing properties and follow up consistently on arrears.",
                                "es": "Actualizar el padrón, cobrar a los inmuebles omitidos y dar seguimiento constante a los adeudos.",
                                "zh-hans": "更新登记簿，向遗漏的房产开单征税，并持续跟进欠缴情况。",
                                "sk": "Aktualizovať register, vyrubiť daň chýbajúcim nehnuteľnostiam a dôsledne vymáhať nedoplatky.",
                            },
                            "feedback": {
                                "en": "Correct. Better coverage and collection raise revenue fairly, without increasing the burden on those who already pay.",
                                "es": "Correcto. Mejorar la cobertura y la cobranza aumenta la recaudación de forma justa, sin elevar la carga de quienes ya pagan.",
                                "zh-hans": "正确。提高覆盖率和征收率可以公平地增加收入，而不会加重已纳税者的负担。",
                                "sk": "Správne. Lepšie pokrytie a výber zvyšujú príjmy spravodlivo, bez väčšej záťaže pre tých, ktorí už platia.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "en": "Raise the tax rate to make up for the missing revenue.",
                                "es": "Subir la alícuota para compensar los ingresos faltantes.",
                                "zh-hans": "提高税率以弥补收入缺口。",
                                "sk": "Zvýšiť sadzbu dane, aby sa vyrovnal výpadok príjmov.",
                            },
                            "feedback": {
                                "en": "A higher rate falls only on taxpayers who are already on the roll and already pay, which is unfair and may reduce compliance.",
                                "es": "Una alícuota más alta recae solo en los contribuyentes que ya están en el padrón y ya pagan, lo cual es injusto y puede reducir el cumplimiento.",
                                "zh-hans": "提高税率只会落在已登记且已纳税的人身上，既不公平，还可能降低纳税遵从度。",
                                "sk": "Vyššia sadzba dopadne len na daňovníkov, ktorí už sú v registri a platia, čo je nespravodlivé a môže znížiť ochotu platiť.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "Announce a tax amnesty every year to encourage payment.",
                                "es": "Anunciar una amnistía fiscal cada año para incentivar el pago.",
                                "zh-hans": "每年宣布一次税收特赦以鼓励缴税。",
                                "sk": "Každý rok vyhlásiť daňovú amnestiu na podporu platenia.",
                            },
                            "feedback": {
                                "en": "Regular amnesties teach taxpayers that waiting pays off. A one-off, well-prepared amnesty can help, but not as a routine.",
                                "es": "Las amnistías periódicas enseñan a los contribuyentes que esperar conviene. Una amnistía única y bien preparada puede ayudar, pero no como rutina.",
                                "zh-hans": "定期特赦会让纳税人认为拖欠有利可图。一次性、准备充分的特赦可能有帮助，但不能成为常规做法。",
                                "sk": "Pravidelné amnestie učia daňovníkov, že čakanie sa oplatí. Jednorazová, dobre pripravená amnestia môže pomôcť, nie však ako pravidlo.",
                            },
                        },
                    ],
                },
                {
                    "key": "mf-2-q2",
                    "prompt": {
                        "en": "What is a typical trade-off of a property tax based mainly on area rather than on value?",
                        "es": "¿Cuál es una disyuntiva típica de un impuesto predial basado principalmente en la superficie y no en el valor?",
                        "zh-hans": "主要按面积而非价值征收的房产税，通常存在什么取舍？",
                        "sk": "Aký je typický kompromis dane z nehnuteľností založenej najmä na výmere, a nie na hodnote?",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "It is simpler and cheaper to administer, but the tax base does not follow changes in property values.",
                                "es": "Es más sencillo y barato de administrar, pero la base gravable no sigue los cambios en el valor de los inmuebles.",
                                "zh-hans": "征管更简单、成本更低，但税基无法反映房产价值的变化。",
                                "sk": "Jej správa je jednoduchšia a lacnejšia, ale základ dane nesleduje zmeny hodnoty nehnuteľností.",
                            },
                            "feedback": {
                                "en": "Correct. Area is easy to measure and leads to fewer disputes, but revenue does not grow as property values rise.",
                                "es": "Correcto. La superficie es fácil de medir y genera menos disputas, pero la recaudación no crece cuando sube el valor de los inmuebles.",
                                "zh-hans": "正确。面积容易测量，争议也较少，但房产价值上涨时，税收收入并不会随之增长。",
                                "sk": "Správne. Výmera sa ľahko meria a vedie k menšiemu počtu sporov, no príjmy nerastú, keď rastie hodnota nehnuteľností.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "en": "It automatically increases revenue when market prices rise.",
                                "es": "Aumenta automáticamente la recaudación cuando suben los precios de mercado.",
                                "zh-hans": "市场价格上涨时，收入会自动增加。",
                                "sk": "Pri raste trhových cien automaticky zvyšuje príjmy.",
                            },
                            "feedback": {
                                "en": "No. That is a feature of value-based systems with regular revaluation; area does not change when prices do.",
                                "es": "No. Eso es propio de los sistemas basados en el valor con revaluaciones periódicas; la superficie no cambia cuando cambian los precios.",
                                "zh-hans": "不对。这是定期重估的按价值征税制度的特点；价格变化时，面积并不会改变。",
                                "sk": "Nie. To je vlastnosť systémov založených na hodnote s pravidelným preceňovaním; výmera sa so zmenou cien nemení.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "It requires a full market valuation of every property each year.",
                                "es": "Exige un avalúo de mercado de cada inmueble todos los años.",
                                "zh-hans": "需要每年对每处房产进行市场估值。",
                                "sk": "Vyžaduje každý rok trhové ocenenie každej nehnuteľnosti.",
                            },
                            "feedback": {
                                "en": "No. Avoiding regular valuation is precisely why some countries choose an area-based tax.",
                                "es": "No. Evitar los avalúos periódicos es precisamente la razón por la que algunos países eligen un impuesto basado en la superficie.",
                                "zh-hans": "不对。正是为了避免定期估值，一些国家才选择按面积征税。",
                                "sk": "Nie. Práve preto, aby sa vyhli pravidelnému oceňovaniu, si niektoré krajiny volia daň založenú na výmere.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ mf-3
        {
            "key": "mf-3",
            "slug": {
                "en": "fees-and-charges",
                "es": "tasas-y-tarifas",
                "zh-hans": "gonggong-fuwu-shoufei",
                "sk": "poplatky-a-ceny-sluzieb",
            },
            "title": {
                "en": "Setting fees and charges",
                "es": "Cómo fijar tasas y tarifas",
                "zh-hans": "如何制定公共服务收费",
                "sk": "Ako nastaviť poplatky a ceny služieb",
            },
            "section": {
                "en": "Module 3: Fees and charges",
                "es": "Módulo 3: Tasas y tarifas",
                "zh-hans": "第三单元：公共服务收费",
                "sk": "Modul 3: Poplatky a ceny služieb",
            },
            "body": {
                "en": [
                    ("heading", "Charge for services, and explain the price"),
                    (
                        "paragraph",
                        "<p>Fees and charges, for example for waste collection, water, parking, building permits or sports facilities, work differently from taxes: the people who benefit from a service pay for it. Well-designed charges raise revenue, ration scarce services such as parking space, and show residents what services really cost.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Sound practice rests on a few principles:</p><ul><li><b>Know the full cost</b>: direct costs plus a fair share of overheads, maintenance and depreciation.</li><li><b>Decide the recovery target openly</b>: full cost recovery for a building permit, perhaps partial recovery for a public swimming pool that also serves health goals.</li><li><b>Protect vulnerable households with targeted relief</b>, such as reduced rates for eligible households, rather than by keeping prices low for everyone.</li><li><b>Review and index</b> charges regularly, so that they do not fall behind costs and then require a sudden, unpopular increase.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Check what national law allows: in many countries it caps certain fees, or allows them to recover costs but not to make a profit.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Publish the cost basis",
                            "text": "<p>When the council debates a fee increase, publish a one-page summary of what the service costs and how much of that the fee covers. Residents and councillors accept increases more easily when they can see the numbers.</p>",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Cobre por los servicios y explique el precio"),
                    (
                        "paragraph",
                        "<p>Las tasas y tarifas, por ejemplo por recolección de residuos, agua, estacionamiento, licencias de construcción o instalaciones deportivas, funcionan de manera distinta a los impuestos: quienes se benefician de un servicio pagan por él. Bien diseñadas, generan ingresos, racionan servicios escasos como el espacio de estacionamiento y muestran a los vecinos cuánto cuestan realmente los servicios.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Una buena práctica se basa en algunos principios:</p><ul><li><b>Conocer el costo total</b>: costos directos más una parte razonable de gastos generales, mantenimiento y depreciación.</li><li><b>Decidir abiertamente la meta de recuperación</b>: recuperación total del costo para una licencia de construcción, quizá parcial para una piscina pública que también cumple objetivos de salud.</li><li><b>Proteger a los hogares vulnerables con apoyos focalizados</b>, como tarifas reducidas para los hogares que cumplan requisitos, en lugar de mantener precios bajos para todos.</li><li><b>Revisar e indexar</b> las tarifas con regularidad, para que no se rezaguen frente a los costos y luego exijan un aumento repentino e impopular.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Verifique lo que permite la legislación nacional: en muchos países fija topes a ciertas tasas o solo permite recuperar costos, no obtener ganancias.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Publique la base de costos",
                            "text": "<p>Cuando el concejo debata un aumento de tarifa, publique un resumen de una página con lo que cuesta el servicio y qué parte cubre la tarifa. Vecinos y concejales aceptan los aumentos con más facilidad cuando pueden ver las cifras.</p>",
                        },
                    ),
                ],
                "zh-hans": [
                    ("heading", "对服务收费，并讲清价格依据"),
                    (
                        "paragraph",
                        "<p>收费，例如垃圾收运费、水费、停车费、建筑许可费或体育设施使用费，与税收的运作方式不同：受益于某项服务的人为该服务付费。设计合理的收费可以增加收入，对停车位等稀缺资源进行调节，并让居民了解各项服务的真实成本。</p>",
                    ),
                    (
                        "paragraph",
                        "<p>良好做法建立在以下几条原则之上：</p><ul><li><b>掌握全部成本</b>：直接成本，加上合理分摊的管理费用、维护费用和折旧。</li><li><b>公开确定成本回收目标</b>：建筑许可可以全额回收成本，而兼顾健康目标的公共游泳池则可以只回收部分成本。</li><li><b>通过精准救助保护困难家庭</b>，例如对符合条件的家庭减收费用，而不是对所有人都维持低价。</li><li><b>定期审查并调整</b>收费标准，以免其落后于成本，最终不得不突然大幅上调，引发不满。</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>还要核实国家法律的规定：许多国家对某些收费设有上限，或只允许回收成本，不允许营利。</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "公开成本依据",
                            "text": "<p>当市议会讨论提高收费时，应公布一页纸的摘要，说明该服务的成本以及收费能覆盖其中多少。当居民和议员能看到具体数字时，他们更容易接受调价。</p>",
                        },
                    ),
                ],
                "sk": [
                    ("heading", "Služby spoplatnite a cenu vysvetlite"),
                    (
                        "paragraph",
                        "<p>Poplatky a ceny služieb, napríklad za odvoz odpadu, vodu, parkovanie, stavebné povolenia alebo športoviská, fungujú inak ako dane: za službu platia tí, ktorí z nej majú úžitok. Dobre nastavené poplatky prinášajú príjmy, regulujú dopyt po obmedzených službách, ako sú parkovacie miesta, a ukazujú obyvateľom, koľko služby v skutočnosti stoja.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Dobrá prax stojí na niekoľkých zásadách:</p><ul><li><b>Poznať úplné náklady</b>: priame náklady plus primeraný podiel režijných nákladov, údržby a odpisov.</li><li><b>Otvorene rozhodnúť o miere úhrady nákladov</b>: pri stavebnom povolení úplná úhrada, pri verejnej plavárni, ktorá slúži aj zdraviu obyvateľov, možno len čiastočná.</li><li><b>Chrániť zraniteľné domácnosti cielenou úľavou</b>, napríklad zníženým poplatkom pre domácnosti, ktoré spĺňajú podmienky, namiesto nízkych cien pre všetkých.</li><li><b>Pravidelne revidovať a valorizovať</b> poplatky, aby nezaostávali za nákladmi a neskôr si nevyžiadali náhle a nepopulárne zvýšenie.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Overte si, čo dovoľuje zákon: v mnohých krajinách stanovuje hornú hranicu niektorých poplatkov alebo povoľuje len úhradu nákladov, nie zisk.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Zverejnite, z čoho cena vychádza",
                            "text": "<p>Keď zastupiteľstvo rokuje o zvýšení poplatku, zverejnite jednostranové zhrnutie toho, koľko služba stojí a akú časť nákladov poplatok pokrýva. Obyvatelia aj poslanci prijímajú zvýšenie ľahšie, keď vidia čísla.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "mf-3-q1",
                    "prompt": {
                        "en": "A city's waste collection fee covers only part of the cost of the service, and councillors worry about low-income households. Which approach is most consistent with good practice?",
                        "es": "La tarifa de recolección de residuos de una ciudad cubre solo una parte del costo del servicio, y a los concejales les preocupan los hogares de bajos ingresos. ¿Qué enfoque es más coherente con las buenas prácticas?",
                        "zh-hans": "某市的垃圾收运费只能覆盖该服务的部分成本，议员们担心低收入家庭的负担。哪种做法最符合良好实践？",
                        "sk": "Poplatok za odvoz odpadu pokrýva v meste len časť nákladov na službu a poslanci sa obávajú dopadu na domácnosti s nízkym príjmom. Ktorý prístup najlepšie zodpovedá dobrej praxi?",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "Move the fee closer to full cost and offer a targeted reduction to eligible low-income households.",
                                "es": "Acercar la tarifa al costo total y ofrecer una reducción focalizada a los hogares de bajos ingresos que cumplan requisitos.",
                                "zh-hans": "使收费逐步接近全部成本，同时对符合条件的低收入家庭给予有针对性的减免。",
                                "sk": "Priblížiť poplatok k úplným nákladom a poskytnúť cielenú úľavu domácnostiam s nízkym príjmom, ktoré spĺňajú podmienky.",
                            },
                            "feedback": {
                                "en": "Correct. Targeted relief protects those who need it, while the fee reflects the real cost for everyone else.",
                                "es": "Correcto. El apoyo focalizado protege a quienes lo necesitan, mientras la tarifa refleja el costo real para los demás.",
                                "zh-hans": "正确。精准减免保护了需要帮助的人，而收费则反映了其他用户的真实成本。",
                                "sk": "Správne. Cielená úľava chráni tých, ktorí ju potrebujú, a poplatok pritom odráža skutočné náklady pre ostatných.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "en": "Keep the fee low for everyone and cover the gap from general revenue indefinitely.",
                                "es": "Mantener la tarifa baja para todos y cubrir la diferencia con ingresos generales de forma indefinida.",
                                "zh-hans": "对所有人维持低收费，并长期用一般性收入弥补缺口。",
                                "sk": "Ponechať nízky poplatok pre všetkých a rozdiel natrvalo dopĺňať zo všeobecných príjmov.",
                            },
                            "feedback": {
                                "en": "This subsidises every household, including those who can easily pay, and hides the real cost of the service.",
                                "es": "Así se subsidia a todos los hogares, incluidos los que pueden pagar sin dificultad, y se oculta el costo real del servicio.",
                                "zh-hans": "这相当于补贴所有家庭，包括完全有能力付费的家庭，同时也掩盖了服务的真实成本。",
                                "sk": "Takto sa dotujú všetky domácnosti vrátane tých, ktoré by bez problémov zaplatili, a skutočné náklady služby zostávajú skryté.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "Abolish the fee and finance the service entirely from the property tax.",
                                "es": "Eliminar la tarifa y financiar el servicio por completo con el impuesto predial.",
                                "zh-hans": "取消收费，完全用房产税为该服务筹资。",
                                "sk": "Poplatok zrušiť a službu financovať výlučne z dane z nehnuteľností.",
                            },
                            "feedback": {
                                "en": "This can be a legitimate choice, but it breaks the link between use and payment and does not target help at those who need it.",
                                "es": "Puede ser una opción legítima, pero rompe el vínculo entre uso y pago y no dirige la ayuda a quienes la necesitan.",
                                "zh-hans": "这可能是一种正当的选择，但它切断了使用与付费之间的联系，也无法把帮助精准地给予需要的人。",
                                "sk": "Môže to byť legitímna voľba, ale pretrháva sa tým väzba medzi používaním a platením a pomoc sa necieli na tých, ktorí ju potrebujú.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ mf-4
        {
            "key": "mf-4",
            "slug": {
                "en": "medium-term-fiscal-planning",
                "es": "planificacion-fiscal-de-mediano-plazo",
                "zh-hans": "zhongqi-caizheng-guihua",
                "sk": "strednodobe-financne-planovanie",
            },
            "title": {
                "en": "Medium-term fiscal planning",
                "es": "Planificación fiscal de mediano plazo",
                "zh-hans": "中期财政规划",
                "sk": "Strednodobé finančné plánovanie",
            },
            "section": {
                "en": "Module 4: Planning ahead",
                "es": "Módulo 4: Planificar a futuro",
                "zh-hans": "第四单元：着眼未来",
                "sk": "Modul 4: Plánovanie dopredu",
            },
            "body": {
                "en": [
                    ("heading", "Look three to five years ahead"),
                    (
                        "paragraph",
                        "<p>An annual budget answers the question of how much the city will spend next year. A medium-term fiscal plan asks whether the city can afford its commitments over the next three to five years. It sets out projected revenue, recurring spending, investment and debt service, and shows the gap between them, if there is one.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>A useful plan has these features:</p><ul><li>It is <b>rolling</b>: each year the city adds a new final year and updates the others with actual results.</li><li>It starts from a <b>baseline</b> of current policies and adds new decisions separately, so that their cost is visible.</li><li>It tests <b>scenarios</b>, for example lower transfers, a slower economy or higher interest rates.</li><li>It includes the <b>running costs of new investments</b>: a new school or pool needs staff, energy and maintenance for decades.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Many countries already require some form of multi-year budget: in Slovakia, for example, many municipalities prepare a three-year budget alongside the annual one, and since 2015 China has been introducing medium-term fiscal planning at national and local levels. The challenge is to use the plan for decisions, not just for compliance.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Cohort exercise",
                            "text": "<p>Using the revenue table from Module 1, draft a simple three-year baseline for your city and one pessimistic scenario. In the final live session you will present the main risk you found and one measure to address it.</p>",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Mire de tres a cinco años hacia adelante"),
                    (
                        "paragraph",
                        "<p>El presupuesto anual responde a la pregunta de cuánto gastará la ciudad el próximo año. Un plan fiscal de mediano plazo pregunta si la ciudad puede costear sus compromisos durante los próximos tres a cinco años. Presenta los ingresos proyectados, el gasto recurrente, la inversión y el servicio de la deuda, y muestra la brecha entre ellos, si la hay.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Un plan útil tiene estas características:</p><ul><li>Es <b>móvil</b>: cada año la ciudad agrega un nuevo año final y actualiza los demás con los resultados reales.</li><li>Parte de una <b>línea base</b> con las políticas vigentes y agrega por separado las nuevas decisiones, para que su costo sea visible.</li><li>Pone a prueba <b>escenarios</b>, por ejemplo menores transferencias, una economía más lenta o tasas de interés más altas.</li><li>Incluye los <b>costos de operación de las nuevas inversiones</b>: una nueva escuela o piscina necesita personal, energía y mantenimiento durante décadas.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Muchos países ya exigen algún tipo de presupuesto plurianual: en Eslovaquia, por ejemplo, muchos municipios elaboran un presupuesto a tres años junto con el anual, y desde 2015 China introduce la planificación fiscal de mediano plazo en los niveles nacional y local. El reto es usar el plan para tomar decisiones, no solo para cumplir un requisito.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Ejercicio de la cohorte",
                            "text": "<p>Con la tabla de ingresos del Módulo 1, elabore una línea base sencilla a tres años para su ciudad y un escenario pesimista. En la última sesión en vivo presentará el principal riesgo que encontró y una medida para enfrentarlo.</p>",
                        },
                    ),
                ],
                "zh-hans": [
                    ("heading", "向前看三到五年"),
                    (
                        "paragraph",
                        "<p>年度预算回答的是城市明年要花多少钱。中期财政规划则要回答：在未来三到五年里，城市能否负担得起已作出的各项承诺。它列出预计收入、经常性支出、投资和偿债支出，并显示收支之间是否存在缺口。</p>",
                    ),
                    (
                        "paragraph",
                        "<p>一份有用的规划具备以下特点：</p><ul><li>它是<b>滚动</b>的：每年增加一个新的末年，并根据实际执行结果更新其余年份。</li><li>它以现行政策为<b>基线</b>，并单独列出新的决策，使其成本清晰可见。</li><li>它对各种<b>情景</b>进行测试，例如转移支付减少、经济放缓或利率上升。</li><li>它包含<b>新投资项目的运营成本</b>：一所新学校或一座新游泳池在几十年里都需要人员、能源和维护投入。</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>许多国家已经要求编制某种形式的多年度预算：例如在斯洛伐克，许多市镇在编制年度预算的同时还编制三年期预算；中国自2015年起也在中央和地方推行中期财政规划管理。真正的挑战在于把规划用于决策，而不只是为了满足合规要求。</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "小组练习",
                            "text": "<p>利用第一单元的收入表格，为本市编制一个简单的三年基线和一个悲观情景。在最后一次直播课上，您将介绍自己发现的主要风险以及一项应对措施。</p>",
                        },
                    ),
                ],
                "sk": [
                    ("heading", "Pozerajte sa tri až päť rokov dopredu"),
                    (
                        "paragraph",
                        "<p>Ročný rozpočet odpovedá na otázku, koľko mesto minie budúci rok. Strednodobý finančný plán sa pýta, či si mesto môže dovoliť svoje záväzky počas nasledujúcich troch až piatich rokov. Obsahuje predpokladané príjmy, bežné výdavky, investície a splátky dlhu a ukazuje prípadný rozdiel medzi nimi.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Užitočný plán má tieto vlastnosti:</p><ul><li>Je <b>kĺzavý</b>: každý rok mesto pridá nový posledný rok a ostatné roky aktualizuje podľa skutočných výsledkov.</li><li>Vychádza zo <b>základného scenára</b> súčasných politík a nové rozhodnutia pridáva osobitne, aby boli ich náklady viditeľné.</li><li>Testuje <b>scenáre</b>, napríklad nižšie transfery, pomalší rast ekonomiky alebo vyššie úrokové sadzby.</li><li>Zahŕňa <b>prevádzkové náklady nových investícií</b>: nová škola alebo plaváreň potrebuje personál, energie a údržbu celé desaťročia.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Mnohé krajiny už vyžadujú nejakú formu viacročného rozpočtu: na Slovensku napríklad mnohé obce zostavujú popri ročnom rozpočte aj trojročný rozpočet a Čína od roku 2015 zavádza strednodobé finančné plánovanie na celoštátnej aj miestnej úrovni. Výzvou je používať plán na rozhodovanie, nielen na splnenie povinnosti.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Úloha pre skupinu",
                            "text": "<p>Na základe tabuľky príjmov z modulu 1 pripravte jednoduchý trojročný základný scenár pre svoje mesto a jeden pesimistický scenár. Na poslednom živom stretnutí predstavíte hlavné riziko, ktoré ste zistili, a jedno opatrenie na jeho zmiernenie.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "mf-4-q1",
                    "prompt": {
                        "en": "The council is about to approve a new swimming pool. What must the medium-term fiscal plan show?",
                        "es": "El concejo está por aprobar una nueva piscina. ¿Qué debe mostrar el plan fiscal de mediano plazo?",
                        "zh-hans": "市议会即将批准新建一座游泳池。中期财政规划必须显示什么？",
                        "sk": "Zastupiteľstvo sa chystá schváliť novú plaváreň. Čo musí strednodobý finančný plán ukázať?",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "The construction cost and the staffing, energy and maintenance costs in the years after opening.",
                                "es": "El costo de construcción y los costos de personal, energía y mantenimiento en los años posteriores a la apertura.",
                                "zh-hans": "建设成本，以及开放后各年度的人员、能源和维护成本。",
                                "sk": "Náklady na výstavbu a náklady na personál, energie a údržbu v rokoch po otvorení.",
                            },
                            "feedback": {
                                "en": "Correct. Over the life of the facility, running costs can exceed the construction cost, so they must be in the plan.",
                                "es": "Correcto. A lo largo de la vida útil de la instalación, los costos de operación pueden superar el costo de construcción, así que deben estar en el plan.",
                                "zh-hans": "正确。在设施的整个使用期内，运营成本可能超过建设成本，因此必须纳入规划。",
                                "sk": "Správne. Počas životnosti zariadenia môžu prevádzkové náklady prevýšiť náklady na výstavbu, preto musia byť v pláne.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "en": "Only the construction cost, in the year it is paid.",
                                "es": "Solo el costo de construcción, en el año en que se paga.",
                                "zh-hans": "只列出支付当年的建设成本。",
                                "sk": "Iba náklady na výstavbu v roku, keď sa zaplatia.",
                            },
                            "feedback": {
                                "en": "This hides the recurring costs that the budget will have to carry for decades after opening.",
                                "es": "Esto oculta los costos recurrentes que el presupuesto tendrá que cargar durante décadas después de la apertura.",
                                "zh-hans": "这会掩盖开放后几十年里预算必须承担的经常性成本。",
                                "sk": "Tým sa skryjú opakované náklady, ktoré bude rozpočet niesť ešte desaťročia po otvorení.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "Only the revenue expected from ticket sales.",
                                "es": "Solo los ingresos esperados por la venta de entradas.",
                                "zh-hans": "只列出预计的门票收入。",
                                "sk": "Iba očakávané príjmy zo vstupného.",
                            },
                            "feedback": {
                                "en": "Ticket revenue matters, but without the full costs the plan cannot show whether the city can afford the pool.",
                                "es": "Los ingresos por entradas importan, pero sin los costos completos el plan no puede mostrar si la ciudad puede costear la piscina.",
                                "zh-hans": "门票收入固然重要，但如果不列出全部成本，规划就无法说明城市能否负担这座游泳池。",
                                "sk": "Príjmy zo vstupného sú dôležité, ale bez úplných nákladov plán neukáže, či si mesto plaváreň môže dovoliť.",
                            },
                        },
                    ],
                },
                {
                    "key": "mf-4-q2",
                    "prompt": {
                        "en": "Which practices make a medium-term fiscal plan useful for decisions? (Choose two.)",
                        "es": "¿Qué prácticas hacen que un plan fiscal de mediano plazo sea útil para tomar decisiones? (Elija dos.)",
                        "zh-hans": "以下哪些做法能使中期财政规划真正有助于决策？（选择两项。）",
                        "sk": "Ktoré postupy robia strednodobý finančný plán užitočným pre rozhodovanie? (Vyberte dve možnosti.)",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "Rolling the plan forward each year and updating it with actual results.",
                                "es": "Mover el plan un año hacia adelante cada año y actualizarlo con los resultados reales.",
                                "zh-hans": "每年向前滚动规划，并根据实际执行结果进行更新。",
                                "sk": "Každoročne posúvať plán o rok dopredu a aktualizovať ho podľa skutočných výsledkov.",
                            },
                            "feedback": {
                                "en": "Correct. A rolling plan stays current and shows where earlier forecasts went wrong.",
                                "es": "Correcto. Un plan móvil se mantiene vigente y muestra en qué fallaron las proyecciones anteriores.",
                                "zh-hans": "正确。滚动规划能保持时效，并显示此前的预测在哪些方面出现了偏差。",
                                "sk": "Správne. Kĺzavý plán zostáva aktuálny a ukazuje, kde sa predchádzajúce prognózy mýlili.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": True,
                            "text": {
                                "en": "Testing pessimistic scenarios, such as lower transfers or higher interest rates.",
                                "es": "Poner a prueba escenarios pesimistas, como menores transferencias o tasas de interés más altas.",
                                "zh-hans": "测试悲观情景，例如转移支付减少或利率上升。",
                                "sk": "Testovať pesimistické scenáre, napríklad nižšie transfery alebo vyššie úrokové sadzby.",
                            },
                            "feedback": {
                                "en": "Correct. Scenarios show how much room the city has before risks materialise.",
                                "es": "Correcto. Los escenarios muestran cuánto margen tiene la ciudad antes de que los riesgos se materialicen.",
                                "zh-hans": "正确。情景分析可以显示在风险发生之前城市还有多大回旋余地。",
                                "sk": "Správne. Scenáre ukazujú, akú rezervu má mesto, kým sa riziká naplnia.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "Fixing the forecast at the start of the council's term and never changing it.",
                                "es": "Fijar la proyección al inicio del periodo de gobierno y no modificarla nunca.",
                                "zh-hans": "在本届任期开始时确定预测，此后不再修改。",
                                "sk": "Stanoviť prognózu na začiatku volebného obdobia a už ju nemeniť.",
                            },
                            "feedback": {
                                "en": "No. A plan that is never updated quickly loses touch with reality and stops being useful for decisions.",
                                "es": "No. Un plan que nunca se actualiza pierde rápidamente contacto con la realidad y deja de servir para decidir.",
                                "zh-hans": "不对。从不更新的规划很快就会脱离实际，无法再为决策服务。",
                                "sk": "Nie. Plán, ktorý sa nikdy neaktualizuje, rýchlo stratí kontakt s realitou a prestane slúžiť rozhodovaniu.",
                            },
                        },
                        {
                            "key": "d",
                            "correct": False,
                            "text": {
                                "en": "Using the most optimistic revenue forecast to make room for more projects.",
                                "es": "Usar la proyección de ingresos más optimista para dar cabida a más proyectos.",
                                "zh-hans": "采用最乐观的收入预测，以便安排更多项目。",
                                "sk": "Použiť najoptimistickejšiu prognózu príjmov, aby sa zmestilo viac projektov.",
                            },
                            "feedback": {
                                "en": "No. Optimistic forecasts create commitments the city may not be able to fund; prudent forecasts are safer.",
                                "es": "No. Las proyecciones optimistas crean compromisos que la ciudad quizá no pueda financiar; es más seguro ser prudente.",
                                "zh-hans": "不对。乐观的预测会带来城市可能无力承担的支出承诺；审慎的预测更稳妥。",
                                "sk": "Nie. Optimistické prognózy vytvárajú záväzky, ktoré mesto možno nebude vedieť financovať; opatrné prognózy sú bezpečnejšie.",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
