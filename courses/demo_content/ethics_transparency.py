"""Demo course: Ethics and transparency in local government (see SCHEMA.md)."""

COURSE = {
    "key": "ethics-transparency",
    "languages": ["en", "es", "zh-hans", "sk"],
    "slug": {
        "en": "ethics-and-transparency",
        "es": "etica-y-transparencia",
        "zh-hans": "lunli-yu-toumingdu",
        "sk": "etika-a-transparentnost",
    },
    "title": {
        "en": "Ethics and transparency in local government",
        "es": "Ética y transparencia en el gobierno local",
        "zh-hans": "地方政府的职业伦理与透明",
        "sk": "Etika a transparentnosť v miestnej samospráve",
    },
    "summary": {
        "en": "Public trust depends on officials acting in the public interest – and being seen to do so. This introductory course covers how to recognise and manage conflicts of interest, handle gifts and hospitality, publish procurement and budget data openly, and build a workplace culture in which integrity is expected and concerns can be raised safely.",
        "es": "La confianza pública depende de que los funcionarios actúen en favor del interés público y de que se vea que lo hacen. Este curso introductorio explica cómo reconocer y gestionar los conflictos de interés, manejar regalos e invitaciones, publicar abiertamente los datos de compras y presupuesto, y construir una cultura de trabajo en la que la integridad sea la norma y las inquietudes puedan plantearse sin temor.",
        "zh-hans": "公众信任取决于公职人员是否为公共利益行事，并且让公众看到这一点。本入门课程介绍如何识别和处理利益冲突、妥善对待礼品和招待、公开采购和预算数据，以及营造一种以廉洁为常态、人人可以放心反映问题的组织文化。",
        "sk": "Dôvera verejnosti závisí od toho, či úradníci konajú vo verejnom záujme a či je to aj viditeľné. Tento úvodný kurz ukazuje, ako rozpoznať a riešiť konflikt záujmov, ako narábať s darmi a pohostením, ako otvorene zverejňovať údaje o obstarávaní a rozpočte a ako budovať pracovnú kultúru, v ktorej je integrita samozrejmosťou a na problémy možno bezpečne upozorniť.",
    },
    "objectives": {
        "en": [
            "Identify actual, potential and perceived conflicts of interest and apply the declare, step back and record approach",
            "Apply clear rules on gifts, hospitality and favours, including a public gifts register",
            "Use open procurement data and everyday leadership practices to strengthen integrity across the organisation",
        ],
        "es": [
            "Identificar conflictos de interés reales, potenciales y aparentes, y aplicar el enfoque de declarar, apartarse y registrar",
            "Aplicar reglas claras sobre regalos, invitaciones y favores, incluido un registro público de regalos",
            "Usar datos abiertos de compras públicas y prácticas cotidianas de liderazgo para fortalecer la integridad en toda la organización",
        ],
        "zh-hans": [
            "识别实际的、潜在的和表面的利益冲突，并运用“申报—回避—记录”的处理方法",
            "执行关于礼品、招待和人情往来的明确规则，包括公开的礼品登记册",
            "利用公开的采购数据和日常领导实践，在整个机构中加强廉洁建设",
        ],
        "sk": [
            "Rozpoznať skutočný, potenciálny a zdanlivý konflikt záujmov a uplatniť postup oznámiť – vylúčiť sa – zaznamenať",
            "Uplatňovať jasné pravidlá pre dary, pohostenie a láskavosti vrátane verejného registra darov",
            "Využívať otvorené údaje o obstarávaní a každodenné postupy vedenia na posilnenie integrity v celej organizácii",
        ],
    },
    "level": "introductory",
    "format": "self_paced",
    "hours": "3",
    "topics": ["ethics", "leadership"],
    "authors": {
        "en": "Martin Horváth, ethics and compliance officer, Košice",
        "es": "Martin Horváth, responsable de ética y cumplimiento, Košice",
        "zh-hans": "马丁·霍尔瓦特，职业伦理与合规专员，科希策",
        "sk": "Martin Horváth, referent pre etiku a compliance, Košice",
    },
    "lessons": [
        # ------------------------------------------------------------------ et-1
        {
            "key": "et-1",
            "slug": {
                "en": "conflicts-of-interest",
                "es": "conflictos-de-interes",
                "zh-hans": "liyi-chongtu",
                "sk": "konflikt-zaujmov",
            },
            "title": {
                "en": "Recognising and managing conflicts of interest",
                "es": "Reconocer y gestionar los conflictos de interés",
                "zh-hans": "识别和处理利益冲突",
                "sk": "Rozpoznanie a riešenie konfliktu záujmov",
            },
            "section": {
                "en": "Module 1: Personal integrity",
                "es": "Módulo 1: Integridad personal",
                "zh-hans": "第一单元：个人廉洁",
                "sk": "Modul 1: Osobná integrita",
            },
            "body": {
                "en": [
                    ("heading", "When private interests meet public duties"),
                    (
                        "paragraph",
                        "<p>A conflict of interest arises when an official's private interests could influence, or appear to influence, the way they carry out their public duties. Having a conflict is not wrongdoing in itself; failing to declare and manage it is. Conflicts can be:</p><ul><li><b>actual</b> – you are evaluating a bid from a company owned by your sister;</li><li><b>potential</b> – you own land next to a site that may be rezoned next year;</li><li><b>perceived</b> – a reasonable member of the public could believe your judgement is affected, even if it is not.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>The basic response has three steps: <b>declare</b> the interest in writing to your supervisor or ethics officer, <b>step back</b> from discussions and decisions on the matter, and <b>record</b> how the conflict was handled. Many municipalities also require annual declarations of assets, outside employment and board memberships.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Interests of close family members and business partners generally count as your own. If you are unsure, declare: an unnecessary declaration costs little, while an undeclared conflict can end careers, invalidate decisions and damage public trust.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "The front-page test",
                            "text": "<p>Ask yourself: would I be comfortable if this situation were described on the front page of the local newspaper tomorrow? If not, seek advice before acting.</p>",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Cuando los intereses privados se cruzan con los deberes públicos"),
                    (
                        "paragraph",
                        "<p>Existe un conflicto de interés cuando los intereses privados de un funcionario podrían influir, o parecer que influyen, en la forma en que cumple sus funciones públicas. Tener un conflicto no es en sí mismo una falta; sí lo es no declararlo ni gestionarlo. Los conflictos pueden ser:</p><ul><li><b>reales</b>: usted evalúa la oferta de una empresa que pertenece a su hermana;</li><li><b>potenciales</b>: usted es dueño de un terreno junto a un predio cuyo uso de suelo podría cambiar el próximo año;</li><li><b>aparentes</b>: una persona razonable podría creer que su juicio está afectado, aunque no lo esté.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>La respuesta básica tiene tres pasos: <b>declarar</b> el interés por escrito ante su superior o el responsable de ética, <b>apartarse</b> de las deliberaciones y decisiones sobre el asunto y <b>registrar</b> cómo se gestionó el conflicto. Muchos municipios exigen además declaraciones anuales de bienes, de otros empleos y de participación en juntas directivas.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Los intereses de familiares cercanos y socios comerciales suelen contar como propios. Si tiene dudas, declare: una declaración innecesaria cuesta poco, mientras que un conflicto no declarado puede terminar carreras, anular decisiones y dañar la confianza pública.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "La prueba de la primera plana",
                            "text": "<p>Pregúntese: ¿me sentiría cómodo si esta situación apareciera mañana en la primera plana del periódico local? Si la respuesta es no, pida asesoría antes de actuar.</p>",
                        },
                    ),
                ],
                "zh-hans": [
                    ("heading", "当私人利益遇上公共职责"),
                    (
                        "paragraph",
                        "<p>当公职人员的私人利益可能影响、或看起来会影响其履行公共职责的方式时，就产生了利益冲突。存在利益冲突本身并不是过错，不申报、不处理才是问题。利益冲突可以分为：</p><ul><li><b>实际冲突</b>：您正在评审一家由您姐妹开办的公司提交的投标；</li><li><b>潜在冲突</b>：您拥有一块土地，紧邻一处明年可能调整规划用途的地块；</li><li><b>表面冲突</b>：一个理性的公众成员可能认为您的判断受到了影响，即使实际上并没有。</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>基本的处理办法分三步：以书面形式向上级或职业伦理专员<b>申报</b>相关利益；在该事项的讨论和决策中<b>回避</b>；<b>记录</b>冲突的处理过程。许多城市还要求每年申报个人财产、兼职情况以及在各类机构中的任职情况。</p>",
                    ),
                    (
                        "paragraph",
                        "<p>近亲属和商业伙伴的利益通常视同您本人的利益。如果拿不准，就申报：多申报一次代价很小，而未申报的利益冲突可能断送职业生涯、导致决定无效，并损害公众信任。</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "“头版测试”",
                            "text": "<p>问问自己：如果这件事明天登上本地报纸的头版，我会感到坦然吗？如果不会，请先征求意见再行动。</p>",
                        },
                    ),
                ],
                "sk": [
                    ("heading", "Keď sa súkromné záujmy stretnú s verejnými povinnosťami"),
                    (
                        "paragraph",
                        "<p>Konflikt záujmov vzniká vtedy, keď by súkromné záujmy úradníka mohli ovplyvniť – alebo by sa mohlo zdať, že ovplyvňujú – spôsob, akým vykonáva svoje verejné povinnosti. Samotná existencia konfliktu nie je pochybením; pochybením je ho neoznámiť a neriešiť. Konflikt záujmov môže byť:</p><ul><li><b>skutočný</b> – hodnotíte ponuku firmy, ktorú vlastní vaša sestra;</li><li><b>potenciálny</b> – vlastníte pozemok vedľa lokality, pre ktorú sa možno budúci rok zmení územný plán;</li><li><b>zdanlivý</b> – rozumne uvažujúci občan by mohol nadobudnúť dojem, že je váš úsudok ovplyvnený, hoci nie je.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Základný postup má tri kroky: záujem písomne <b>oznámte</b> nadriadenému alebo etickému poradcovi, <b>vylúčte sa</b> z rokovaní a rozhodovania o danej veci a <b>zaznamenajte</b>, ako sa konflikt riešil. Mnohé samosprávy navyše vyžadujú každoročné majetkové priznania a oznámenia o vedľajšej zárobkovej činnosti a členstve v orgánoch spoločností.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Záujmy blízkych príbuzných a obchodných partnerov sa spravidla považujú za vaše vlastné. Ak si nie ste istí, oznámte to: zbytočné oznámenie stojí málo, kým neoznámený konflikt môže ukončiť kariéru, spochybniť platnosť rozhodnutí a poškodiť dôveru verejnosti.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Test titulnej strany",
                            "text": "<p>Opýtajte sa sami seba: bolo by mi príjemné, keby sa táto situácia zajtra objavila na titulnej strane miestnych novín? Ak nie, poraďte sa skôr, než začnete konať.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "et-1-q1",
                    "prompt": {
                        "en": "A planning officer realises that a rezoning application they are reviewing would significantly increase the value of land owned by their cousin. What should they do first?",
                        "es": "Un funcionario de planificación se da cuenta de que una solicitud de cambio de uso de suelo que está revisando aumentaría mucho el valor de un terreno de su primo. ¿Qué debe hacer primero?",
                        "zh-hans": "一名规划官员发现，他正在审查的一项用地规划调整申请会使其表亲拥有的土地大幅增值。他首先应该怎么做？",
                        "sk": "Pracovník oddelenia územného plánovania zistí, že žiadosť o zmenu územného plánu, ktorú posudzuje, by výrazne zvýšila hodnotu pozemku jeho bratranca. Čo by mal urobiť ako prvé?",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "Declare the interest in writing and ask for the file to be reassigned",
                                "es": "Declarar el interés por escrito y pedir que el expediente se asigne a otra persona",
                                "zh-hans": "以书面形式申报这一利益，并申请将此案改由他人经办",
                                "sk": "Písomne oznámiť svoj záujem a požiadať o pridelenie veci inému kolegovi",
                            },
                            "feedback": {
                                "en": "Correct. Declaring and stepping back protects both the officer and the decision; a colleague can then assess the application on its merits.",
                                "es": "Correcto. Declarar y apartarse protege tanto al funcionario como a la decisión; otro colega puede entonces evaluar la solicitud según sus méritos.",
                                "zh-hans": "正确。申报并回避既保护了这名官员，也保护了决定的公正性；随后可由其他同事根据申请本身的情况进行客观评估。",
                                "sk": "Správne. Oznámenie a vylúčenie sa chráni pracovníka aj samotné rozhodnutie; kolega potom môže žiadosť posúdiť vecne.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "en": "Carry on, because a cousin is not immediate family and they can stay objective",
                                "es": "Continuar, porque un primo no es un familiar directo y puede mantenerse objetivo",
                                "zh-hans": "继续经办，因为表亲不是直系亲属，自己也能保持客观",
                                "sk": "Pokračovať, pretože bratranec nie je najbližší príbuzný a on dokáže zostať objektívny",
                            },
                            "feedback": {
                                "en": "Even if the officer feels objective, a reasonable observer could see a conflict. Personal confidence is no substitute for a declaration.",
                                "es": "Aunque el funcionario se sienta objetivo, un observador razonable podría ver un conflicto. La confianza en uno mismo no reemplaza la declaración.",
                                "zh-hans": "即使这名官员自认为客观，理性的旁观者仍可能认为存在利益冲突。个人的自信不能代替申报。",
                                "sk": "Aj keď sa pracovník cíti objektívny, rozumný pozorovateľ by v tom mohol vidieť konflikt. Sebadôvera nenahrádza oznámenie.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "Quietly recommend refusal to avoid any suspicion of favouritism",
                                "es": "Recomendar discretamente el rechazo para evitar cualquier sospecha de favoritismo",
                                "zh-hans": "悄悄建议驳回申请，以免被怀疑偏袒",
                                "sk": "Potichu odporučiť zamietnutie, aby sa vyhol podozreniu zo zvýhodňovania",
                            },
                            "feedback": {
                                "en": "The officer would still be deciding while conflicted, and the applicant would be treated unfairly. A conflict must be declared, not compensated for.",
                                "es": "El funcionario seguiría decidiendo en situación de conflicto y el solicitante recibiría un trato injusto. El conflicto debe declararse, no compensarse.",
                                "zh-hans": "这名官员仍然是在存在利益冲突的情况下作出决定，申请人也会受到不公平对待。利益冲突应当申报，而不是通过“反向操作”来弥补。",
                                "sk": "Pracovník by stále rozhodoval v konflikte záujmov a so žiadateľom by sa zaobchádzalo nespravodlivo. Konflikt treba oznámiť, nie ho vyvažovať.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ et-2
        {
            "key": "et-2",
            "slug": {
                "en": "gifts-and-hospitality",
                "es": "regalos-e-invitaciones",
                "zh-hans": "liwu-yu-kuandai",
                "sk": "dary-a-pohostenie",
            },
            "title": {
                "en": "Gifts, hospitality and favours",
                "es": "Regalos, invitaciones y favores",
                "zh-hans": "礼品、招待与人情",
                "sk": "Dary, pohostenie a láskavosti",
            },
            "section": {
                "en": "Module 1: Personal integrity",
                "es": "Módulo 1: Integridad personal",
                "zh-hans": "第一单元：个人廉洁",
                "sk": "Modul 1: Osobná integrita",
            },
            "body": {
                "en": [
                    ("heading", "Where courtesy ends and influence begins"),
                    (
                        "paragraph",
                        "<p>Gifts and hospitality are part of ordinary social life, but for public officials they can create a sense of obligation. What matters is not only the value of a gift but <b>who</b> offers it and <b>when</b>. A box of chocolates from a school class after a visit is very different from a dinner offered by a bidder in the middle of a tender.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Most local codes of conduct follow similar principles:</p><ul><li>never ask for or accept cash, vouchers, loans or anything offered in exchange for a decision;</li><li>decline gifts from anyone involved in an ongoing procurement, permit or inspection;</li><li>accept only modest items within the limit set by your organisation, and record them in the register;</li><li>let your organisation, not a supplier or applicant, pay for work-related travel and accommodation.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>A public gifts register, updated regularly, protects staff as much as it protects the city, because it shows that nothing was hidden. When you refuse a gift, do so politely and explain the rule – most people understand, and many are relieved.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Timing matters",
                            "text": "<p>Even a small gift can look like a reward or an inducement if it arrives just before or just after a decision that benefits the giver.</p>",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Dónde termina la cortesía y empieza la influencia"),
                    (
                        "paragraph",
                        "<p>Los regalos y las invitaciones forman parte de la vida social, pero en el caso de los funcionarios públicos pueden generar un sentido de obligación. No importa solo el valor del regalo, sino también <b>quién</b> lo ofrece y <b>cuándo</b>. Una caja de chocolates de un grupo escolar después de una visita es muy distinta de una cena ofrecida por un oferente en plena licitación.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>La mayoría de los códigos de conducta locales siguen principios similares:</p><ul><li>nunca pedir ni aceptar dinero en efectivo, vales, préstamos ni nada que se ofrezca a cambio de una decisión;</li><li>rechazar regalos de cualquier persona involucrada en una licitación, un permiso o una inspección en curso;</li><li>aceptar solo obsequios modestos dentro del límite fijado por su institución y anotarlos en el registro;</li><li>que su institución, y no un proveedor o un solicitante, pague los viajes y el alojamiento relacionados con su trabajo.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Un registro público de regalos, actualizado con regularidad, protege tanto al personal como a la ciudad, porque demuestra que no se ocultó nada. Cuando rechace un regalo, hágalo con cortesía y explique la regla: la mayoría de las personas lo entiende, y muchas incluso se sienten aliviadas.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "El momento importa",
                            "text": "<p>Incluso un regalo pequeño puede parecer una recompensa o un incentivo indebido si llega justo antes o justo después de una decisión que beneficia a quien lo da.</p>",
                        },
                    ),
                ],
                "zh-hans": [
                    ("heading", "礼节止于何处，影响始于何处"),
                    (
                        "paragraph",
                        "<p>礼品和招待是日常社会生活的一部分，但对公职人员来说，它们可能让人产生“欠人情”的感觉。重要的不仅是礼品的价值，还有<b>谁</b>送的、<b>什么时候</b>送的。参观结束后学生们送的一盒巧克力，与招标进行期间投标人安排的一顿晚宴，性质截然不同。</p>",
                    ),
                    (
                        "paragraph",
                        "<p>大多数地方行为准则都遵循类似的原则：</p><ul><li>绝不索取或接受现金、购物卡、借款，或任何以换取某项决定为目的的财物；</li><li>谢绝正在进行的采购、审批或检查中任何相关方赠送的礼品；</li><li>只接受本单位规定限额以内的小额礼品，并进行登记；</li><li>与工作相关的差旅和住宿费用由本单位支付，而不是由供应商或申请人承担。</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>定期更新的公开礼品登记册既保护城市，也保护工作人员，因为它表明没有任何隐瞒。拒绝礼品时要礼貌，并说明相关规定——大多数人都能理解，很多人甚至会因此松一口气。</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "时机很重要",
                            "text": "<p>即使是一份小礼品，如果恰好在一项对送礼人有利的决定之前或之后送达，也可能看起来像是酬谢或利诱。</p>",
                        },
                    ),
                ],
                "sk": [
                    ("heading", "Kde končí zdvorilosť a začína ovplyvňovanie"),
                    (
                        "paragraph",
                        "<p>Dary a pohostenie sú bežnou súčasťou spoločenského života, no u verejných činiteľov môžu vyvolať pocit zaviazanosti. Dôležitá nie je len hodnota daru, ale aj to, <b>kto</b> ho ponúka a <b>kedy</b>. Bonboniéra od školskej triedy po návšteve je niečo úplne iné ako večera, ktorú ponúka uchádzač uprostred verejného obstarávania.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Väčšina miestnych etických kódexov sa riadi podobnými zásadami:</p><ul><li>nikdy nežiadajte ani neprijímajte hotovosť, poukážky, pôžičky ani nič, čo sa ponúka výmenou za rozhodnutie;</li><li>odmietnite dary od každého, kto je účastníkom prebiehajúceho obstarávania, povoľovacieho konania alebo kontroly;</li><li>prijímajte len drobné predmety v limite, ktorý stanovila vaša organizácia, a zapíšte ich do registra;</li><li>pracovné cesty a ubytovanie nech hradí vaša organizácia, nie dodávateľ alebo žiadateľ.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Verejný register darov, ktorý sa pravidelne aktualizuje, chráni zamestnancov rovnako ako mesto, pretože ukazuje, že sa nič netají. Keď dar odmietate, urobte to zdvorilo a vysvetlite pravidlo – väčšina ľudí to pochopí a mnohým sa dokonca uľaví.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Na načasovaní záleží",
                            "text": "<p>Aj malý dar môže pôsobiť ako odmena alebo úplatok, ak príde tesne pred rozhodnutím alebo tesne po rozhodnutí, z ktorého má darca úžitok.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "et-2-q1",
                    "prompt": {
                        "en": "Which of these offers should a municipal official decline? Select all that apply.",
                        "es": "¿Cuáles de estos ofrecimientos debería rechazar un funcionario municipal? Seleccione todos los que correspondan.",
                        "zh-hans": "市政官员应当谢绝以下哪些馈赠？（可多选）",
                        "sk": "Ktoré z týchto ponúk by mal zamestnanec samosprávy odmietnuť? Označte všetky správne odpovede.",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "A restaurant dinner paid for by a company currently bidding for a city contract",
                                "es": "Una cena en un restaurante pagada por una empresa que participa en una licitación municipal en curso",
                                "zh-hans": "正在参与市政合同投标的公司出资安排的餐厅晚宴",
                                "sk": "Večeru v reštaurácii, ktorú platí firma práve sa uchádzajúca o mestskú zákazku",
                            },
                            "feedback": {
                                "en": "Correct. The company has a direct interest in a pending decision, so any hospitality could be seen as an attempt to influence the outcome.",
                                "es": "Correcto. La empresa tiene un interés directo en una decisión pendiente, por lo que cualquier invitación podría verse como un intento de influir en el resultado.",
                                "zh-hans": "正确。该公司与一项尚未作出的决定有直接利害关系，任何招待都可能被视为试图影响结果。",
                                "sk": "Správne. Firma má priamy záujem na prebiehajúcom rozhodovaní, takže akékoľvek pohostenie by sa dalo vnímať ako pokus ovplyvniť výsledok.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": True,
                            "text": {
                                "en": "A gift voucher from a developer one week after their building permit was approved",
                                "es": "Un vale de regalo de un desarrollador inmobiliario una semana después de que se aprobara su permiso de construcción",
                                "zh-hans": "建筑许可获批一周后，开发商送来的购物卡",
                                "sk": "Darčekovú poukážku od developera týždeň po schválení jeho stavebného povolenia",
                            },
                            "feedback": {
                                "en": "Correct. Vouchers are close to cash, and the timing makes the gift look like a reward for the decision.",
                                "es": "Correcto. Los vales equivalen prácticamente a dinero en efectivo, y el momento hace que el regalo parezca una recompensa por la decisión.",
                                "zh-hans": "正确。购物卡几乎等同于现金，而送礼的时机使其看起来像是对该决定的酬谢。",
                                "sk": "Správne. Poukážky majú blízko k hotovosti a načasovanie spôsobuje, že dar vyzerá ako odmena za rozhodnutie.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "A branded pen given to every participant at a professional conference",
                                "es": "Un bolígrafo con logotipo que se entrega a todos los participantes de un congreso profesional",
                                "zh-hans": "专业会议向所有参会者统一发放的印有标志的签字笔",
                                "sk": "Pero s logom, ktoré dostane každý účastník odbornej konferencie",
                            },
                            "feedback": {
                                "en": "A low-value item handed to everyone equally creates no obligation; it is usually acceptable, and can be registered if your rules require it.",
                                "es": "Un objeto de poco valor que se entrega a todos por igual no genera ninguna obligación; normalmente es aceptable y puede registrarse si sus reglas lo exigen.",
                                "zh-hans": "向所有人平等发放的低价值物品不会产生任何“人情”，通常可以接受；如单位规定需要，也可以登记备案。",
                                "sk": "Predmet nízkej hodnoty, ktorý dostanú všetci rovnako, nevytvára žiadny záväzok; zvyčajne je prijateľný a ak to vaše pravidlá vyžadujú, možno ho zapísať do registra.",
                            },
                        },
                        {
                            "key": "d",
                            "correct": False,
                            "text": {
                                "en": "A thank-you card signed by residents after a neighbourhood meeting",
                                "es": "Una tarjeta de agradecimiento firmada por vecinos después de una reunión de barrio",
                                "zh-hans": "社区会议后居民们签名的感谢卡",
                                "sk": "Ďakovnú pohľadnicu podpísanú obyvateľmi po stretnutí v štvrti",
                            },
                            "feedback": {
                                "en": "A card has no material value and expresses appreciation rather than seeking influence, so there is no reason to refuse it.",
                                "es": "Una tarjeta no tiene valor material y expresa gratitud sin buscar influencia, así que no hay motivo para rechazarla.",
                                "zh-hans": "感谢卡没有物质价值，表达的是谢意而非寻求影响，因此没有理由拒绝。",
                                "sk": "Pohľadnica nemá materiálnu hodnotu a vyjadruje vďaku, nie snahu o ovplyvnenie, preto nie je dôvod ju odmietnuť.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ et-3
        {
            "key": "et-3",
            "slug": {
                "en": "open-data-procurement-transparency",
                "es": "datos-abiertos-y-transparencia-en-compras-publicas",
                "zh-hans": "kaifang-shuju-yu-caigou-toumingdu",
                "sk": "otvorene-data-a-transparentnost-obstaravania",
            },
            "title": {
                "en": "Open data and procurement transparency",
                "es": "Datos abiertos y transparencia en las compras públicas",
                "zh-hans": "开放数据与采购透明",
                "sk": "Otvorené údaje a transparentnosť verejného obstarávania",
            },
            "section": {
                "en": "Module 2: Institutional transparency",
                "es": "Módulo 2: Transparencia institucional",
                "zh-hans": "第二单元：制度透明",
                "sk": "Modul 2: Inštitucionálna transparentnosť",
            },
            "body": {
                "en": [
                    ("heading", "Making public money visible"),
                    (
                        "paragraph",
                        "<p>Public procurement – buying works, goods and services – is one of the areas of local government most exposed to corruption risk, because large sums are involved and decisions can be hard to follow from outside. Publishing information across the whole procurement cycle makes irregularities easier to spot and gives honest bidders more confidence to compete.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Good practice is to publish, in a machine-readable format where possible:</p><ul><li>annual procurement plans;</li><li>tender notices and documents;</li><li>the list of bidders and the evaluation results;</li><li>signed contracts and any later amendments;</li><li>payments and evidence of final delivery.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Standards such as the <i>Open Contracting Data Standard</i> (OCDS) help structure this information so that auditors, journalists and civil-society groups can analyse it. Budgets, spending and council decisions can be published on an open-data portal in the same spirit. Transparency must still respect personal data and legitimate commercial confidentiality, so agree clear rules on what is redacted and why.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Watch for red flags",
                            "text": "<p>Open data makes it easier to monitor warning signs such as a single bidder in repeated tenders, frequent amendments that raise the contract price, or purchases split into several contracts just below approval thresholds.</p>",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Hacer visible el dinero público"),
                    (
                        "paragraph",
                        "<p>Las compras públicas, es decir, la contratación de obras, bienes y servicios, son uno de los ámbitos del gobierno local más expuestos al riesgo de corrupción, porque involucran grandes sumas y sus decisiones pueden ser difíciles de seguir desde fuera. Publicar información a lo largo de todo el ciclo de contratación facilita detectar irregularidades y da a los oferentes honestos más confianza para competir.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Una buena práctica es publicar, en formato legible por máquina siempre que sea posible:</p><ul><li>los planes anuales de compras;</li><li>los llamados a licitación y los pliegos;</li><li>la lista de oferentes y los resultados de la evaluación;</li><li>los contratos firmados y cualquier modificación posterior;</li><li>los pagos y la constancia de la entrega final.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Estándares como el <i>Estándar de Datos para las Contrataciones Abiertas</i> (OCDS) ayudan a estructurar esta información para que auditores, periodistas y organizaciones de la sociedad civil puedan analizarla. Con el mismo espíritu, los presupuestos, el gasto y las decisiones del concejo pueden publicarse en un portal de datos abiertos. Aun así, la transparencia debe respetar los datos personales y la confidencialidad comercial legítima, por lo que conviene acordar reglas claras sobre qué se reserva y por qué.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Esté atento a las señales de alerta",
                            "text": "<p>Los datos abiertos facilitan el seguimiento de señales de advertencia como un único oferente en licitaciones repetidas, modificaciones frecuentes que elevan el precio del contrato o compras divididas en varios contratos justo por debajo de los umbrales de aprobación.</p>",
                        },
                    ),
                ],
                "zh-hans": [
                    ("heading", "让公共资金看得见"),
                    (
                        "paragraph",
                        "<p>公共采购，即采购工程、货物和服务，是地方政府中腐败风险最高的领域之一，因为涉及金额巨大，而且外界往往难以追踪决策过程。在整个采购周期内公开信息，可以更容易发现违规行为，也能让诚信的投标人更有信心参与竞争。</p>",
                    ),
                    (
                        "paragraph",
                        "<p>良好做法是尽可能以机器可读的格式公开以下信息：</p><ul><li>年度采购计划；</li><li>招标公告和招标文件；</li><li>投标人名单和评审结果；</li><li>已签订的合同及其后的任何变更；</li><li>付款情况和最终交付的证明。</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p><i>开放合同数据标准</i>（OCDS）等标准有助于对这些信息进行结构化处理，便于审计人员、记者和社会组织开展分析。预算、支出和市议会决议也可以本着同样的精神在开放数据门户上发布。当然，信息公开仍须尊重个人数据和正当的商业秘密，因此应就哪些内容需要遮盖以及原因制定明确规则。</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "留意危险信号",
                            "text": "<p>开放数据让监测各种预警信号变得更加容易，例如多次招标都只有一家投标人、频繁变更合同导致价格上涨，或者把一项采购拆分成多份金额刚好低于审批门槛的合同。</p>",
                        },
                    ),
                ],
                "sk": [
                    ("heading", "Verejné peniaze na očiach verejnosti"),
                    (
                        "paragraph",
                        "<p>Verejné obstarávanie – nákup stavebných prác, tovarov a služieb – patrí k oblastiam miestnej samosprávy, ktoré sú najviac vystavené riziku korupcie, pretože ide o veľké sumy a rozhodnutia sa zvonka ťažko sledujú. Zverejňovanie informácií počas celého cyklu obstarávania uľahčuje odhaľovanie nezrovnalostí a poctivým uchádzačom dodáva viac dôvery, že sa oplatí súťažiť.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Osvedčenou praxou je zverejňovať, podľa možnosti v strojovo čitateľnom formáte:</p><ul><li>ročné plány obstarávania;</li><li>oznámenia o vyhlásení súťaže a súťažné podklady;</li><li>zoznam uchádzačov a výsledky vyhodnotenia;</li><li>podpísané zmluvy a všetky neskoršie dodatky;</li><li>platby a doklady o konečnom plnení.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Štandardy ako <i>Open Contracting Data Standard</i> (OCDS) pomáhajú tieto informácie štruktúrovať tak, aby ich mohli analyzovať kontrolóri, novinári a mimovládne organizácie. V rovnakom duchu možno na portáli otvorených údajov zverejňovať rozpočty, výdavky a uznesenia zastupiteľstva. Transparentnosť však musí rešpektovať ochranu osobných údajov a oprávnené obchodné tajomstvo, preto sa dohodnite na jasných pravidlách, čo sa začierňuje a prečo.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "Všímajte si varovné signály",
                            "text": "<p>Otvorené údaje uľahčujú sledovanie varovných signálov, ako je jediný uchádzač v opakovaných súťažiach, časté dodatky zvyšujúce cenu zmluvy alebo nákupy rozdelené na viac zákaziek tesne pod limitmi na schvaľovanie.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "et-3-q1",
                    "prompt": {
                        "en": "Which of the following is a common red flag in procurement data?",
                        "es": "¿Cuál de las siguientes es una señal de alerta común en los datos de compras públicas?",
                        "zh-hans": "以下哪一项是采购数据中常见的危险信号？",
                        "sk": "Ktorý z nasledujúcich javov je v údajoch o obstarávaní bežným varovným signálom?",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "The same company is the only bidder in repeated tenders",
                                "es": "La misma empresa es la única oferente en licitaciones repetidas",
                                "zh-hans": "多次招标中始终只有同一家公司投标",
                                "sk": "V opakovaných súťažiach sa uchádza vždy len tá istá jediná firma",
                            },
                            "feedback": {
                                "en": "Correct. Repeated single-bidder tenders can signal restrictive specifications, collusion or other bidders being discouraged, and deserve a closer look.",
                                "es": "Correcto. Que se repitan licitaciones con un solo oferente puede indicar especificaciones restrictivas, colusión o que se desalienta a otros participantes, y merece un análisis más detallado.",
                                "zh-hans": "正确。多次出现单一投标人，可能意味着招标条件设置过严、存在串通，或其他投标人被劝退，值得深入调查。",
                                "sk": "Správne. Opakované súťaže s jediným uchádzačom môžu naznačovať diskriminačné podmienky, kartelovú dohodu alebo odrádzanie ďalších uchádzačov a zaslúžia si bližšie preskúmanie.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "en": "Contracts and their amendments are published online",
                                "es": "Los contratos y sus modificaciones se publican en línea",
                                "zh-hans": "合同及其变更在网上公开",
                                "sk": "Zmluvy a ich dodatky sa zverejňujú online",
                            },
                            "feedback": {
                                "en": "Publication is a sign of good practice, not a warning sign; it is what makes monitoring possible in the first place.",
                                "es": "Publicarlos es una buena práctica, no una señal de alerta; es precisamente lo que hace posible el seguimiento.",
                                "zh-hans": "公开是良好做法的体现，而不是危险信号；正是公开才使监督成为可能。",
                                "sk": "Zverejňovanie je znakom dobrej praxe, nie varovným signálom; práve vďaka nemu je kontrola vôbec možná.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "Many bidders compete and the winning price is below the estimate",
                                "es": "Compiten muchos oferentes y el precio ganador está por debajo del presupuesto estimado",
                                "zh-hans": "众多投标人参与竞争，中标价格低于预算估价",
                                "sk": "Súťaží veľa uchádzačov a víťazná cena je nižšia ako predpokladaná hodnota zákazky",
                            },
                            "feedback": {
                                "en": "Strong competition and prices below the estimate usually indicate a healthy process.",
                                "es": "Una competencia sólida y precios por debajo de lo estimado suelen indicar un proceso sano.",
                                "zh-hans": "充分的竞争和低于估价的价格通常表明采购过程是健康的。",
                                "sk": "Silná konkurencia a ceny pod predpokladanou hodnotou zvyčajne svedčia o zdravom procese.",
                            },
                        },
                    ],
                },
                {
                    "key": "et-3-q2",
                    "prompt": {
                        "en": "Why is it useful to publish procurement data in a machine-readable format?",
                        "es": "¿Por qué es útil publicar los datos de compras públicas en un formato legible por máquina?",
                        "zh-hans": "为什么以机器可读格式公开采购数据很有用？",
                        "sk": "Prečo je užitočné zverejňovať údaje o obstarávaní v strojovo čitateľnom formáte?",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "Auditors, journalists and citizens can analyse and compare many contracts at once",
                                "es": "Permite a auditores, periodistas y ciudadanos analizar y comparar muchos contratos a la vez",
                                "zh-hans": "审计人员、记者和公众可以一次分析和比较大量合同",
                                "sk": "Kontrolóri, novinári a občania môžu naraz analyzovať a porovnávať veľa zmlúv",
                            },
                            "feedback": {
                                "en": "Correct. Structured data can be sorted, filtered and combined, which makes patterns and anomalies across hundreds of contracts visible.",
                                "es": "Correcto. Los datos estructurados se pueden ordenar, filtrar y combinar, lo que hace visibles patrones y anomalías en cientos de contratos.",
                                "zh-hans": "正确。结构化数据可以排序、筛选和组合，从而让数百份合同中的规律和异常一目了然。",
                                "sk": "Správne. Štruktúrované údaje sa dajú triediť, filtrovať a kombinovať, vďaka čomu sú viditeľné vzorce a anomálie naprieč stovkami zmlúv.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "en": "It removes the need for internal controls and audits",
                                "es": "Elimina la necesidad de controles internos y auditorías",
                                "zh-hans": "可以不再需要内部控制和审计",
                                "sk": "Odpadá potreba vnútornej kontroly a auditu",
                            },
                            "feedback": {
                                "en": "Open data complements internal controls and audits; it does not replace them.",
                                "es": "Los datos abiertos complementan los controles internos y las auditorías; no los reemplazan.",
                                "zh-hans": "开放数据是对内部控制和审计的补充，而不是替代。",
                                "sk": "Otvorené údaje dopĺňajú vnútornú kontrolu a audit, nenahrádzajú ich.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "It allows the city to publish personal data without restrictions",
                                "es": "Permite a la ciudad publicar datos personales sin restricciones",
                                "zh-hans": "市政府可以不受限制地公开个人数据",
                                "sk": "Mesto môže bez obmedzení zverejňovať osobné údaje",
                            },
                            "feedback": {
                                "en": "Data-protection rules still apply; personal data must be protected or redacted whatever the format.",
                                "es": "Las normas de protección de datos siguen vigentes; los datos personales deben protegerse o reservarse, sea cual sea el formato.",
                                "zh-hans": "数据保护规定依然适用；无论采用何种格式，个人数据都必须加以保护或遮盖。",
                                "sk": "Pravidlá ochrany osobných údajov platia naďalej; osobné údaje treba chrániť alebo začierniť bez ohľadu na formát.",
                            },
                        },
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------ et-4
        {
            "key": "et-4",
            "slug": {
                "en": "building-an-ethics-culture",
                "es": "construir-una-cultura-etica",
                "zh-hans": "jianshe-lianjie-wenhua",
                "sk": "budovanie-etickej-kultury",
            },
            "title": {
                "en": "Building an ethics culture",
                "es": "Construir una cultura ética",
                "zh-hans": "建设职业伦理文化",
                "sk": "Budovanie etickej kultúry",
            },
            "section": {
                "en": "Module 3: Leadership",
                "es": "Módulo 3: Liderazgo",
                "zh-hans": "第三单元：领导力",
                "sk": "Modul 3: Vedenie",
            },
            "body": {
                "en": [
                    ("heading", "Rules are necessary; culture is decisive"),
                    (
                        "paragraph",
                        "<p>A code of conduct sets expectations, but behaviour is shaped mainly by what staff see their leaders do and by what happens when someone raises a concern. Managers build an ethical culture through everyday choices: how they talk about mistakes, whom they promote and how they respond to uncomfortable news.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Practical steps for city managers include:</p><ul><li>discussing real dilemmas in team meetings and induction training, not only reciting the rules;</li><li>appointing an ethics adviser whom staff can consult in confidence;</li><li>setting up safe reporting channels, including anonymous ones, and protecting whistleblowers from retaliation;</li><li>following up every report and, where possible, telling the reporter what changed;</li><li>including integrity in the performance reviews of managers.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Consistency is essential. If rules are enforced for junior staff but overlooked for senior officials or elected representatives, trust disappears quickly. Leaders should be the first to declare their own interests and the gifts they receive.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Lead by example",
                            "text": "<p>Publish your own declarations of interests and your entries in the gifts register. Staff notice what leaders do far more than what they say.</p>",
                        },
                    ),
                ],
                "es": [
                    ("heading", "Las reglas son necesarias; la cultura es decisiva"),
                    (
                        "paragraph",
                        "<p>Un código de conducta fija expectativas, pero el comportamiento depende sobre todo de lo que el personal ve hacer a sus líderes y de lo que ocurre cuando alguien plantea una inquietud. Los directivos construyen una cultura ética con decisiones cotidianas: cómo hablan de los errores, a quién promueven y cómo reaccionan ante las noticias incómodas.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Entre los pasos prácticos para los administradores municipales están:</p><ul><li>analizar dilemas reales en las reuniones de equipo y en la inducción, no solo repetir las reglas;</li><li>designar un asesor de ética al que el personal pueda consultar de forma confidencial;</li><li>habilitar canales de denuncia seguros, incluidos canales anónimos, y proteger a los denunciantes contra represalias;</li><li>dar seguimiento a cada denuncia y, cuando sea posible, informar a quien la presentó qué cambió;</li><li>incluir la integridad en la evaluación del desempeño de los directivos.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>La coherencia es esencial. Si las reglas se aplican al personal de menor rango pero se pasan por alto en el caso de altos funcionarios o autoridades electas, la confianza desaparece rápidamente. Los líderes deben ser los primeros en declarar sus propios intereses y los regalos que reciben.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Predique con el ejemplo",
                            "text": "<p>Publique sus propias declaraciones de intereses y sus anotaciones en el registro de regalos. El personal se fija mucho más en lo que hacen los líderes que en lo que dicen.</p>",
                        },
                    ),
                ],
                "zh-hans": [
                    ("heading", "规则必不可少，文化起决定作用"),
                    (
                        "paragraph",
                        "<p>行为准则确立了期望，但员工的行为主要取决于他们看到领导怎么做，以及有人反映问题时会发生什么。管理者通过日常的选择来塑造职业伦理文化：如何谈论错误、提拔什么样的人、如何回应令人不快的消息。</p>",
                    ),
                    (
                        "paragraph",
                        "<p>城市管理者可以采取的实际步骤包括：</p><ul><li>在团队会议和入职培训中讨论真实的两难情境，而不只是宣读规则；</li><li>指定一名职业伦理顾问，员工可以向其保密咨询；</li><li>建立安全的举报渠道（包括匿名渠道），保护举报人免遭打击报复；</li><li>对每一项举报跟进处理，并在可能的情况下告知举报人有哪些改进；</li><li>将廉洁表现纳入管理人员的绩效考核。</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>一致性至关重要。如果规则只对基层员工执行，而对高级官员或民选代表网开一面，信任就会迅速消失。领导者应率先申报自己的利益关系和所收受的礼品。</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "以身作则",
                            "text": "<p>公开您本人的利益申报和礼品登记记录。员工更在意领导做了什么，而不是说了什么。</p>",
                        },
                    ),
                ],
                "sk": [
                    ("heading", "Pravidlá sú nevyhnutné, rozhoduje však kultúra"),
                    (
                        "paragraph",
                        "<p>Etický kódex určuje očakávania, no správanie ľudí formuje najmä to, čo vidia robiť svojich vedúcich, a to, čo sa stane, keď niekto upozorní na problém. Manažéri budujú etickú kultúru každodennými rozhodnutiami: ako hovoria o chybách, koho povyšujú a ako reagujú na nepríjemné správy.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Medzi praktické kroky pre vedúcich predstaviteľov miest patrí:</p><ul><li>rozoberať skutočné dilemy na poradách tímu a pri zaškolení nových zamestnancov, nielen opakovať pravidlá;</li><li>určiť etického poradcu, s ktorým sa zamestnanci môžu dôverne poradiť;</li><li>zriadiť bezpečné kanály na oznamovanie vrátane anonymných a chrániť oznamovateľov pred odvetou;</li><li>každé oznámenie prešetriť a podľa možnosti informovať oznamovateľa, čo sa zmenilo;</li><li>zahrnúť integritu do hodnotenia výkonu vedúcich zamestnancov.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Dôslednosť je kľúčová. Ak sa pravidlá vyžadujú od radových zamestnancov, ale pri vyšších úradníkoch či volených predstaviteľoch sa prehliadajú, dôvera rýchlo zmizne. Vedúci by mali byť prví, kto oznámi vlastné záujmy a prijaté dary.</p>",
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "Choďte príkladom",
                            "text": "<p>Zverejnite vlastné oznámenia o záujmoch a svoje záznamy v registri darov. Zamestnanci si všímajú oveľa viac to, čo vedúci robia, než to, čo hovoria.</p>",
                        },
                    ),
                ],
            },
            "questions": [
                {
                    "key": "et-4-q1",
                    "prompt": {
                        "en": "A staff member reports a suspected irregularity involving a senior manager. Which response best supports an ethical culture?",
                        "es": "Un empleado denuncia una posible irregularidad en la que está involucrado un alto directivo. ¿Qué respuesta favorece más una cultura ética?",
                        "zh-hans": "一名员工举报某位高级管理人员可能存在违规行为。以下哪种回应最有利于职业伦理文化建设？",
                        "sk": "Zamestnanec oznámi podozrenie na nezrovnalosť, do ktorej je zapojený vysoký vedúci pracovník. Ktorá reakcia najlepšie podporuje etickú kultúru?",
                    },
                    "options": [
                        {
                            "key": "a",
                            "correct": True,
                            "text": {
                                "en": "Have the report assessed impartially, protect the reporter from retaliation and tell them how it was handled",
                                "es": "Hacer que la denuncia se evalúe de forma imparcial, proteger al denunciante contra represalias e informarle cómo se gestionó",
                                "zh-hans": "对举报进行公正的评估，保护举报人免遭报复，并告知其处理结果",
                                "sk": "Zabezpečiť nestranné preverenie oznámenia, chrániť oznamovateľa pred odvetou a informovať ho o výsledku",
                            },
                            "feedback": {
                                "en": "Correct. Impartial handling, protection and feedback show staff that raising concerns is safe and worthwhile.",
                                "es": "Correcto. Una gestión imparcial, la protección y la retroalimentación demuestran al personal que plantear inquietudes es seguro y vale la pena.",
                                "zh-hans": "正确。公正处理、保护举报人并反馈结果，能让员工看到反映问题是安全且有意义的。",
                                "sk": "Správne. Nestranné vybavenie, ochrana a spätná väzba ukazujú zamestnancom, že upozorňovať na problémy je bezpečné a má to zmysel.",
                            },
                        },
                        {
                            "key": "b",
                            "correct": False,
                            "text": {
                                "en": "Ask the staff member to settle the matter directly with the manager",
                                "es": "Pedir al empleado que resuelva el asunto directamente con el directivo",
                                "zh-hans": "让该员工直接与这位管理人员私下解决",
                                "sk": "Požiadať zamestnanca, aby vec vyriešil priamo s daným vedúcim",
                            },
                            "feedback": {
                                "en": "This exposes the reporter to pressure or retaliation and leaves the suspected irregularity unexamined.",
                                "es": "Esto expone al denunciante a presiones o represalias y deja sin examinar la posible irregularidad.",
                                "zh-hans": "这会使举报人面临压力或打击报复，而涉嫌的违规行为也得不到调查。",
                                "sk": "Oznamovateľ je tak vystavený tlaku alebo odvete a podozrenie na nezrovnalosť zostane nepreverené.",
                            },
                        },
                        {
                            "key": "c",
                            "correct": False,
                            "text": {
                                "en": "Wait to see whether further complaints arrive before doing anything",
                                "es": "Esperar a ver si llegan más quejas antes de hacer algo",
                                "zh-hans": "先等等看是否还有其他投诉，再决定是否采取行动",
                                "sk": "Počkať, či prídu ďalšie sťažnosti, a až potom niečo podniknúť",
                            },
                            "feedback": {
                                "en": "Delay signals that reports are not taken seriously and may allow harm to continue or evidence to disappear.",
                                "es": "La demora transmite que las denuncias no se toman en serio y puede permitir que el daño continúe o que desaparezcan pruebas.",
                                "zh-hans": "拖延传递出举报不受重视的信号，还可能使损害继续发生或导致证据灭失。",
                                "sk": "Odkladanie dáva najavo, že oznámenia sa neberú vážne, a môže umožniť, aby škoda pokračovala alebo aby zmizli dôkazy.",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
