"""Demo content for the public site: the five CityPeers offices and ten news items (see SCHEMA.md).

Each office page exists in its own language first and is translated into the other three; news
items are either translated into all four languages, partly translated or published in one
language only.
"""

OFFICES = [
    {
        "key": "hq",
        "region": "global",
        "languages": ["en", "es", "zh-hans", "sk"],
        "slug": {"en": "headquarters", "es": "sede-central", "zh-hans": "zongbu", "sk": "centrala"},
        "title": {
            "en": "CityPeers Headquarters",
            "es": "Sede central de CityPeers",
            "zh-hans": "CityPeers总部",
            "sk": "Centrála CityPeers",
        },
        "city": {"en": "Washington, D.C.", "es": "Washington D. C.", "zh-hans": "华盛顿特区", "sk": "Washington, D.C."},
        "country": "US",
        "office_languages": {"en": "English", "es": "inglés", "zh-hans": "英语", "sk": "angličtina"},
        "intro": {
            "en": "Our headquarters in Washington, D.C. coordinates CityPeers worldwide: the course catalog, the mentoring program and the partnerships that connect our regional offices. It is also the first point of contact for members, partner organizations and donors.",
            "es": "Nuestra sede central en Washington D. C. coordina CityPeers en todo el mundo: el catálogo de cursos, el programa de mentoría y las alianzas que conectan a nuestras oficinas regionales. También es el primer punto de contacto para miembros, organizaciones aliadas y donantes.",
            "zh-hans": "位于华盛顿特区的总部统筹CityPeers的全球工作，包括课程目录、导师计划以及连接各地区办事处的合作伙伴关系。总部也是会员、合作机构和资助方的首要联络窗口。",
            "sk": "Centrála vo Washingtone koordinuje činnosť CityPeers na celom svete: katalóg kurzov, mentorský program a partnerstvá, ktoré prepájajú naše regionálne kancelárie. Je tiež prvým kontaktným miestom pre členov, partnerské organizácie a donorov.",
        },
        "body": {
            "en": [
                ("heading", "What we do"),
                ("paragraph", "<p>The headquarters team sets the standards that all CityPeers programs share. We develop the core curriculum together with practicing city managers, review every course before it is published, and make sure that the Spanish, Chinese and Slovak versions say the same thing as the original. We also keep the continuing professional development (CPD) record that members use to document their learning hours.</p>"),
                ("paragraph", "<p>A typical week includes matching mentors and mentees across regions, preparing webinars with guest speakers from member cities, and working with development agencies and universities on joint programs. When a city asks for help with a problem that another region has already solved – a new budgeting process, an ethics code, a flood plan – we connect it with the right regional office and with the peers who have done the work.</p>"),
            ],
            "es": [
                ("heading", "Qué hacemos"),
                ("paragraph", "<p>El equipo de la sede central define los estándares comunes de todos los programas de CityPeers. Desarrollamos el plan de estudios básico junto con administradores municipales en funciones, revisamos cada curso antes de publicarlo y verificamos que las versiones en español, chino y eslovaco digan lo mismo que el original. También llevamos el registro de desarrollo profesional continuo, en el que los miembros documentan sus horas de formación.</p>"),
                ("paragraph", "<p>Una semana típica incluye emparejar a mentores y mentorados de distintas regiones, preparar seminarios web con ponentes invitados de ciudades miembro y trabajar con agencias de desarrollo y universidades en programas conjuntos. Cuando una ciudad pide apoyo con un problema que otra región ya resolvió —un nuevo proceso presupuestario, un código de ética, un plan contra inundaciones—, la ponemos en contacto con la oficina regional correspondiente y con los colegas que ya hicieron ese trabajo.</p>"),
            ],
            "zh-hans": [
                ("heading", "我们的工作"),
                ("paragraph", "<p>总部团队负责制定所有CityPeers项目共同遵循的标准。我们与一线城市管理者共同开发核心课程，在每门课程发布前进行审核，并确保西班牙语、中文和斯洛伐克语版本与原文意思一致。我们还负责管理持续职业发展学时记录，会员可借此记录自己的学习时数。</p>"),
                ("paragraph", "<p>总部的日常工作包括：为不同地区的导师和学员进行匹配，邀请会员城市的嘉宾筹备网络研讨会，并与发展机构和高校合作开展联合项目。当某个城市遇到的问题已由其他地区成功解决——例如新的预算流程、职业伦理准则或防洪预案——我们会协调相关地区办事处，把这个城市与有实际经验的同行联系起来。</p>"),
            ],
            "sk": [
                ("heading", "Čomu sa venujeme"),
                ("paragraph", "<p>Tím centrály určuje štandardy, ktoré platia pre všetky programy CityPeers. Základné študijné programy pripravujeme spolu s praktikmi z vedenia miest, každý kurz pred zverejnením posudzujeme a dbáme na to, aby španielska, čínska a slovenská verzia hovorili to isté ako originál. Spravujeme aj evidenciu kontinuálneho profesijného rozvoja, do ktorej si členovia zapisujú hodiny vzdelávania.</p>"),
                ("paragraph", "<p>Bežný týždeň zahŕňa párovanie mentorov a mentorovaných z rôznych regiónov, prípravu webinárov s hosťami z členských miest a spoluprácu s rozvojovými agentúrami a univerzitami na spoločných programoch. Keď mesto žiada o pomoc s problémom, ktorý už iný región vyriešil – nový rozpočtový proces, etický kódex či povodňový plán –, prepojíme ho s príslušnou regionálnou kanceláriou a s kolegami, ktorí majú s takouto prácou skúsenosti.</p>"),
            ],
        },
        "email": "hq@example.org",
        "phone": "+1 202 555 0100",
        "address": {
            "en": "1100 K Street NW, Suite 400, Washington, DC 20005, United States",
            "es": "1100 K Street NW, Suite 400, Washington, D. C. 20005, Estados Unidos",
            "zh-hans": "美国华盛顿特区 K 街西北 1100 号 400 室，邮编 20005",
            "sk": "1100 K Street NW, Suite 400, Washington, DC 20005, Spojené štáty americké",
        },
    },
    {
        "key": "east_asia",
        "region": "east_asia",
        "languages": ["zh-hans", "en", "es", "sk"],
        "slug": {
            "zh-hans": "zhongguo-zhongxin-beijing",
            "en": "china-center-beijing",
            "es": "centro-para-china-pekin",
            "sk": "centrum-pre-cinu-peking",
        },
        "title": {
            "zh-hans": "CityPeers中国中心（北京）",
            "en": "CityPeers China Center (Beijing)",
            "es": "Centro de CityPeers para China (Pekín)",
            "sk": "Centrum CityPeers pre Čínu (Peking)",
        },
        "city": {"zh-hans": "北京", "en": "Beijing", "es": "Pekín", "sk": "Peking"},
        "country": "CN",
        "office_languages": {"zh-hans": "中文、英语", "en": "Chinese, English", "es": "chino, inglés", "sk": "čínština, angličtina"},
        "intro": {
            "zh-hans": "CityPeers中国中心设在北京，面向全国各地的市、区县和街道干部提供培训、同行交流和导师辅导。中心还把国际会员城市的经验融入中文课程，并向海外同行介绍中国城市的实践。",
            "en": "The CityPeers China Center in Beijing offers training, peer exchange and mentoring to officials of city, district and sub-district governments across China. It also brings the experience of international member cities into Chinese-language courses and introduces Chinese urban practice to peers abroad.",
            "es": "El Centro de CityPeers para China, con sede en Pekín, ofrece formación, intercambio entre pares y mentoría a funcionarios de gobiernos municipales, distritales y de subdistrito de todo el país. También incorpora la experiencia de ciudades miembro de otros países a los cursos en chino y da a conocer la práctica urbana china a colegas del extranjero.",
            "sk": "Centrum CityPeers pre Čínu so sídlom v Pekingu ponúka vzdelávanie, výmenu skúseností a mentoring pracovníkom mestských a obvodných úradov v celej Číne. Zároveň prenáša skúsenosti zahraničných členských miest do kurzov v čínštine a predstavuje čínsku mestskú prax kolegom v zahraničí.",
        },
        "body": {
            "zh-hans": [
                ("heading", "我们的工作"),
                ("paragraph", "<p>中心的培训项目围绕城市治理中的实际问题展开，包括城市更新与老旧小区改造、社区治理与居民参与、政务服务数字化，以及气候适应和海绵城市建设。课程以中文授课，采用案例教学与小组研讨相结合的方式，学习者多为区县部门负责人、街道干部以及规划、住房和城乡建设等部门的业务骨干。</p>"),
                ("paragraph", "<p>中心与高校、规划研究机构和地方干部培训机构合作，组织国内城市之间的考察交流，也推动中国城市与其他地区的会员城市建立结对合作关系。我们的日常工作包括筹备专题研修班、翻译和本地化课程资料、为导师和学员进行匹配，以及整理中国城市的优秀案例，供其他地区的同行参考。</p>"),
            ],
            "en": [
                ("heading", "What we do"),
                ("paragraph", "<p>The center's training programs focus on practical questions of urban governance: urban renewal and the retrofitting of older residential compounds, community governance and resident participation, digital public services, and climate adaptation, including sponge-city measures. Courses are taught in Chinese and combine case studies with group work; participants are mostly heads of district departments, sub-district officials and specialists from planning, housing and construction bureaus.</p>"),
                ("paragraph", "<p>We work with universities, planning institutes and local training institutions to organize study visits between Chinese cities, and we help Chinese cities set up partnerships with member cities in other regions. Our everyday work includes preparing thematic training courses, translating and adapting course materials, matching mentors and mentees, and documenting good practice from Chinese cities for peers elsewhere.</p>"),
            ],
            "es": [
                ("heading", "Qué hacemos"),
                ("paragraph", "<p>Los programas de formación del centro abordan cuestiones prácticas de gobernanza urbana: la renovación urbana y la rehabilitación de conjuntos habitacionales antiguos, la gobernanza comunitaria y la participación vecinal, los servicios públicos digitales y la adaptación al cambio climático, incluidas las medidas de “ciudad esponja”. Los cursos se imparten en chino y combinan estudios de caso con trabajo en grupo; los participantes son sobre todo jefes de departamento de distrito, funcionarios de subdistrito y especialistas de las oficinas de planificación, vivienda y construcción.</p>"),
                ("paragraph", "<p>Trabajamos con universidades, institutos de planificación e instituciones locales de capacitación para organizar visitas de estudio entre ciudades chinas, y ayudamos a ciudades chinas a establecer alianzas con ciudades miembro de otras regiones. Nuestro trabajo cotidiano incluye preparar cursos temáticos, traducir y adaptar materiales didácticos, emparejar a mentores y mentorados, y documentar buenas prácticas de ciudades chinas para colegas de otros países.</p>"),
            ],
            "sk": [
                ("heading", "Čomu sa venujeme"),
                ("paragraph", "<p>Vzdelávacie programy centra sa zameriavajú na praktické otázky správy miest: obnovu miest a revitalizáciu starších obytných súborov, správu komunít a zapájanie obyvateľov, digitálne verejné služby a adaptáciu na zmenu klímy vrátane opatrení tzv. hubovitého mesta. Kurzy prebiehajú v čínštine a spájajú prípadové štúdie s prácou v skupinách; účastníkmi sú najmä vedúci odborov mestských obvodov, pracovníci miestnych úradov a odborníci z úradov pre plánovanie, bývanie a výstavbu.</p>"),
                ("paragraph", "<p>Spolupracujeme s univerzitami, plánovacími inštitútmi a miestnymi vzdelávacími inštitúciami pri organizovaní študijných návštev medzi čínskymi mestami a pomáhame čínskym mestám nadväzovať partnerstvá s členskými mestami v iných regiónoch. Naša každodenná práca zahŕňa prípravu tematických kurzov, preklad a úpravu študijných materiálov, párovanie mentorov a mentorovaných a dokumentovanie dobrej praxe čínskych miest pre kolegov v zahraničí.</p>"),
            ],
        },
        "email": "beijing@example.org",
        "phone": "+86 10 5550 0100",
        "address": {
            "zh-hans": "北京市东城区东四十条 68 号 6 层，邮编 100007",
            "en": "6th Floor, 68 Dongsi Shitiao, Dongcheng District, Beijing 100007, China",
            "es": "Dongsi Shitiao 68, piso 6, distrito de Dongcheng, 100007 Pekín, China",
            "sk": "Dongsi Shitiao 68, 6. poschodie, obvod Dongcheng, 100007 Peking, Čína",
        },
    },
    {
        "key": "europe",
        "region": "europe",
        "languages": ["sk", "en", "es", "zh-hans"],
        "slug": {
            "sk": "europska-kancelaria-bratislava",
            "en": "european-office-bratislava",
            "es": "oficina-europea-bratislava",
            "zh-hans": "ouzhou-bangongshi-bulatisilafa",
        },
        "title": {
            "sk": "Európska kancelária CityPeers (Bratislava)",
            "en": "CityPeers European Office (Bratislava)",
            "es": "Oficina Europea de CityPeers (Bratislava)",
            "zh-hans": "CityPeers欧洲办事处（布拉迪斯拉发）",
        },
        "city": {"sk": "Bratislava", "en": "Bratislava", "es": "Bratislava", "zh-hans": "布拉迪斯拉发"},
        "country": "SK",
        "office_languages": {"sk": "slovenčina, angličtina", "en": "Slovak, English", "es": "eslovaco, inglés", "zh-hans": "斯洛伐克语、英语"},
        "intro": {
            "sk": "Európska kancelária v Bratislave podporuje starostov, primátorov, prednostov úradov a zamestnancov samospráv na Slovensku a v strednej Európe. Ponúka kurzy v slovenčine, mentoring a výmenu skúseností medzi mestami a obcami.",
            "en": "The European Office in Bratislava supports mayors, chief executives of municipal offices and local-government staff in Slovakia and Central Europe. It offers courses in Slovak, mentoring and peer exchange between towns and villages.",
            "es": "La Oficina Europea, con sede en Bratislava, apoya a alcaldes, directores de oficinas municipales y personal de los gobiernos locales de Eslovaquia y Europa Central. Ofrece cursos en eslovaco, mentoría e intercambio de experiencias entre ciudades y municipios.",
            "zh-hans": "位于布拉迪斯拉发的欧洲办事处为斯洛伐克及中欧地区的市长、市镇政府办公室主任和地方政府工作人员提供支持，开设斯洛伐克语课程，并开展导师辅导和城镇之间的经验交流。",
        },
        "body": {
            "sk": [
                ("heading", "Čomu sa venujeme"),
                ("paragraph", "<p>Naše programy vychádzajú z tém, s ktorými samosprávy zápasia každý deň: príprava a financovanie projektov z fondov Európskej únie, rozpočet a hospodárenie obce, verejné obstarávanie, energetická efektívnosť verejných budov a ochrana pred povodňami. Kurzy v slovenčine pripravujeme s praktikmi z miest a obcí a dopĺňame ich konzultáciami, na ktorých účastníci riešia konkrétne prípady zo svojho úradu.</p>"),
                ("paragraph", "<p>Spolupracujeme s regionálnymi združeniami miest a obcí, s univerzitami a s partnermi v Česku, Poľsku, Maďarsku a Rakúsku. Organizujeme študijné návštevy, sprostredkúvame partnerstvá medzi mestami a párujeme skúsených prednostov a starostov s kolegami, ktorí sú vo funkcii prvé volebné obdobie. Malým obciam, ktoré nemajú vlastných odborníkov, pomáhame nájsť spoluprácu so susednými samosprávami.</p>"),
            ],
            "en": [
                ("heading", "What we do"),
                ("paragraph", "<p>Our programs start from the issues municipalities deal with every day: preparing and financing projects from European Union funds, municipal budgeting and financial management, public procurement, energy efficiency in public buildings, and flood protection. We develop Slovak-language courses with practitioners from towns and villages and complement them with clinics in which participants work on real cases from their own offices.</p>"),
                ("paragraph", "<p>We work with regional associations of towns and municipalities, with universities and with partners in Czechia, Poland, Hungary and Austria. We organize study visits, broker city-to-city partnerships and pair experienced chief executives and mayors with colleagues in their first term of office. For small municipalities without in-house specialists, we help find ways to cooperate with neighboring local governments.</p>"),
            ],
            "es": [
                ("heading", "Qué hacemos"),
                ("paragraph", "<p>Nuestros programas parten de los temas que los municipios enfrentan a diario: la preparación y el financiamiento de proyectos con fondos de la Unión Europea, el presupuesto y la gestión financiera municipal, las compras públicas, la eficiencia energética de los edificios públicos y la protección contra inundaciones. Desarrollamos cursos en eslovaco con profesionales de ciudades y pueblos, y los complementamos con asesorías en las que los participantes trabajan casos reales de su propia oficina.</p>"),
                ("paragraph", "<p>Colaboramos con asociaciones regionales de ciudades y municipios, con universidades y con socios en Chequia, Polonia, Hungría y Austria. Organizamos visitas de estudio, promovemos alianzas entre ciudades y emparejamos a alcaldes y directores de oficinas municipales con experiencia con colegas que cursan su primer mandato. A los municipios pequeños que no cuentan con especialistas propios les ayudamos a encontrar formas de cooperar con los gobiernos locales vecinos.</p>"),
            ],
            "zh-hans": [
                ("heading", "我们的工作"),
                ("paragraph", "<p>我们的项目从市镇政府日常面对的问题出发：欧盟基金项目的申报与筹资、市镇预算与财务管理、公共采购、公共建筑节能以及防洪。我们与城镇和乡村的一线工作者共同开发斯洛伐克语课程，并辅以咨询诊断课，学习者在课上研究来自本单位的真实案例。</p>"),
                ("paragraph", "<p>我们与各地区的城镇联合会、高校以及捷克、波兰、匈牙利和奥地利的合作伙伴开展合作，组织考察交流，促成城市之间的结对合作，并为首次任职的市长和市镇办公室主任匹配经验丰富的同行担任导师。对于没有专业人员的小型市镇，我们帮助它们与周边地方政府建立合作。</p>"),
            ],
        },
        "email": "bratislava@example.org",
        "phone": "+421 2 5550 0100",
        "address": {
            "sk": "Panská 12, 811 01 Bratislava, Slovensko",
            "en": "Panská 12, 811 01 Bratislava, Slovakia",
            "es": "Panská 12, 811 01 Bratislava, Eslovaquia",
            "zh-hans": "斯洛伐克布拉迪斯拉发 Panská 街 12 号，邮编 811 01",
        },
    },
    {
        "key": "latin_america",
        "region": "latin_america",
        "languages": ["es", "en", "zh-hans", "sk"],
        "slug": {
            "es": "oficina-america-latina-guadalajara",
            "en": "latin-america-office-guadalajara",
            "zh-hans": "lading-meizhou-bangongshi-guadalahala",
            "sk": "kancelaria-pre-latinsku-ameriku-guadalajara",
        },
        "title": {
            "es": "Oficina para América Latina de CityPeers (Guadalajara)",
            "en": "CityPeers Latin America Office (Guadalajara)",
            "zh-hans": "CityPeers拉丁美洲办事处（瓜达拉哈拉）",
            "sk": "Kancelária CityPeers pre Latinskú Ameriku (Guadalajara)",
        },
        "city": {"es": "Guadalajara", "en": "Guadalajara", "zh-hans": "瓜达拉哈拉", "sk": "Guadalajara"},
        "country": "MX",
        "office_languages": {"es": "español, inglés", "en": "Spanish, English", "zh-hans": "西班牙语、英语", "sk": "španielčina, angličtina"},
        "intro": {
            "es": "La oficina de Guadalajara acompaña a gobiernos municipales de México, Centroamérica y Sudamérica con cursos en español, mentoría y redes de intercambio entre pares. Trabajamos con presidentes municipales, tesoreros, directores de obras públicas y equipos de participación ciudadana.",
            "en": "The Guadalajara office supports municipal governments in Mexico, Central America and South America with Spanish-language courses, mentoring and peer-exchange networks. We work with mayors, municipal treasurers, public works directors and citizen participation teams.",
            "zh-hans": "瓜达拉哈拉办事处通过西班牙语课程、导师辅导和同行交流网络，为墨西哥、中美洲和南美洲的市政府提供支持。我们的服务对象包括市长、市财政主管、公共工程负责人和公民参与工作团队。",
            "sk": "Kancelária v Guadalajare podporuje samosprávy v Mexiku, Strednej a Južnej Amerike kurzami v španielčine, mentoringom a sieťami na výmenu skúseností. Pracujeme so starostami, vedúcimi finančných odborov, riaditeľmi odborov verejných prác a tímami pre participáciu občanov.",
        },
        "body": {
            "es": [
                ("heading", "Qué hacemos"),
                ("paragraph", "<p>Nuestros programas responden a los retos más frecuentes de los municipios de la región: la recaudación del impuesto predial y la actualización catastral, la gestión de los servicios de agua, la transparencia y el acceso a la información, el presupuesto participativo y la coordinación metropolitana. Los cursos se diseñan con funcionarios en activo y se apoyan en casos de municipios latinoamericanos, de modo que lo aprendido pueda aplicarse en la oficina al día siguiente.</p>"),
                ("paragraph", "<p>Trabajamos con asociaciones de municipios, universidades públicas e institutos estatales de capacitación. Coordinamos redes de pares —por ejemplo, de tesoreros municipales y de responsables de participación ciudadana—, organizamos visitas de intercambio entre ciudades y acompañamos a las nuevas administraciones en sus primeros meses, cuando hay que integrar equipos, revisar el presupuesto heredado y preparar el plan municipal de desarrollo.</p>"),
            ],
            "en": [
                ("heading", "What we do"),
                ("paragraph", "<p>Our programs respond to the most common challenges faced by municipalities in the region: property-tax collection and cadastral updating, water service management, transparency and access to information, participatory budgeting, and metropolitan coordination. Courses are designed with serving officials and built around cases from Latin American municipalities, so that participants can apply what they learn in the office the very next day.</p>"),
                ("paragraph", "<p>We work with municipal associations, public universities and state training institutes. We coordinate peer networks, for example of municipal treasurers and of citizen participation officers, organize exchange visits between cities and support new administrations in their first months, when teams have to be formed, the inherited budget reviewed and the municipal development plan prepared.</p>"),
            ],
            "zh-hans": [
                ("heading", "我们的工作"),
                ("paragraph", "<p>我们的项目针对本地区市镇最常见的挑战：房产税征收与地籍更新、供水服务管理、政务公开与信息获取、参与式预算以及大都市区协调。课程由在职官员参与设计，以拉丁美洲市镇的真实案例为基础，使学习者第二天就能把所学用到工作中。</p>"),
                ("paragraph", "<p>我们与市镇协会、公立大学和州级培训机构合作，协调各类同行网络（例如市财政主管网络和公民参与负责人网络），组织城市间的交流考察，并在新一届市政府上任的最初几个月提供陪伴式支持——这一阶段需要组建团队、审查上届留下的预算并编制市镇发展规划。</p>"),
            ],
            "sk": [
                ("heading", "Čomu sa venujeme"),
                ("paragraph", "<p>Naše programy reagujú na najčastejšie výzvy samospráv v regióne: výber dane z nehnuteľností a aktualizáciu katastra, správu vodárenských služieb, transparentnosť a prístup k informáciám, participatívny rozpočet a koordináciu v metropolitných oblastiach. Kurzy navrhujeme spolu so zamestnancami samospráv a stavajú na prípadoch z latinskoamerických miest, aby sa to, čo sa účastníci naučia, dalo hneď na druhý deň použiť v praxi.</p>"),
                ("paragraph", "<p>Spolupracujeme so združeniami samospráv, verejnými univerzitami a vzdelávacími inštitúciami jednotlivých štátov. Koordinujeme siete kolegov – napríklad vedúcich finančných odborov či pracovníkov pre participáciu –, organizujeme výmenné návštevy medzi mestami a sprevádzame nové vedenia miest v prvých mesiacoch, keď treba zostaviť tím, preveriť zdedený rozpočet a pripraviť plán rozvoja mesta.</p>"),
            ],
        },
        "email": "guadalajara@example.org",
        "phone": "+52 33 5550 0100",
        "address": {
            "es": "Av. Chapultepec Sur 480, piso 3, Col. Americana, 44160 Guadalajara, Jalisco, México",
            "en": "Av. Chapultepec Sur 480, 3rd floor, Col. Americana, 44160 Guadalajara, Jalisco, Mexico",
            "zh-hans": "墨西哥哈利斯科州瓜达拉哈拉市 Americana 区 Chapultepec Sur 大道 480 号 3 层，邮编 44160",
            "sk": "Av. Chapultepec Sur 480, 3. poschodie, Col. Americana, 44160 Guadalajara, Jalisco, Mexiko",
        },
    },
    {
        "key": "south_asia",
        "region": "south_asia",
        "languages": ["en", "es", "zh-hans", "sk"],
        "slug": {
            "en": "south-asia-center-ahmedabad",
            "es": "centro-para-el-sur-de-asia-ahmedabad",
            "zh-hans": "nanya-zhongxin-aihamaidabade",
            "sk": "centrum-pre-juznu-aziu-ahmadabad",
        },
        "title": {
            "en": "CityPeers South Asia Center (Ahmedabad)",
            "es": "Centro de CityPeers para el Sur de Asia (Ahmedabad)",
            "zh-hans": "CityPeers南亚中心（艾哈迈达巴德）",
            "sk": "Centrum CityPeers pre južnú Áziu (Ahmadábád)",
        },
        "city": {"en": "Ahmedabad", "es": "Ahmedabad", "zh-hans": "艾哈迈达巴德", "sk": "Ahmadábád"},
        "country": "IN",
        "office_languages": {
            "en": "English, Hindi, Gujarati",
            "es": "inglés, hindi, guyaratí",
            "zh-hans": "英语、印地语、古吉拉特语",
            "sk": "angličtina, hindčina, gudžarátčina",
        },
        "intro": {
            "en": "The South Asia Center in Ahmedabad works with urban local bodies in India and neighboring countries, from large municipal corporations to small municipal councils. It runs English-language courses, technical peer exchanges and mentoring for municipal commissioners, engineers and finance officers.",
            "es": "El Centro para el Sur de Asia, en Ahmedabad, trabaja con gobiernos locales urbanos de la India y de países vecinos, desde grandes corporaciones municipales hasta pequeños concejos municipales. Ofrece cursos en inglés, intercambios técnicos entre pares y mentoría para comisionados municipales, ingenieros y responsables de finanzas.",
            "zh-hans": "位于艾哈迈达巴德的南亚中心与印度及周边国家的城市地方机构合作，既包括大型市政公司，也包括小型市镇议会。中心开设英语课程，组织技术交流，并为市政专员、工程师和财务官员提供导师辅导。",
            "sk": "Centrum pre južnú Áziu v Ahmadábáde spolupracuje s mestskými samosprávami v Indii a susedných krajinách – od veľkých mestských korporácií po malé mestské rady. Ponúka kurzy v angličtine, odbornú výmenu skúseností a mentoring pre komisárov mestských úradov, inžinierov a finančných pracovníkov.",
        },
        "body": {
            "en": [
                ("heading", "What we do"),
                ("paragraph", "<p>Our work focuses on the services residents notice every day and on the finances that pay for them: water supply and sanitation, solid waste management, heat action planning, property-tax reform, and preparing municipalities for credit ratings and municipal bonds. Courses are taught in English, with optional discussion sessions in Hindi and Gujarati, and each one ends with a short action plan that participants take back to their own city.</p>"),
                ("paragraph", "<p>We partner with state urban development departments, municipal training institutes and universities across the region. Typical activities include technical exchanges in which engineers from one city visit a treatment plant or a ward office in another, finance clinics for accounts and revenue staff, and mentoring that pairs newly appointed municipal commissioners with experienced peers.</p>"),
            ],
            "es": [
                ("heading", "Qué hacemos"),
                ("paragraph", "<p>Nuestro trabajo se centra en los servicios que la población percibe a diario y en las finanzas que los sostienen: agua potable y saneamiento, manejo de residuos sólidos, planes de acción contra el calor extremo, reforma del impuesto a la propiedad y preparación de los municipios para obtener calificaciones crediticias y emitir bonos municipales. Los cursos se imparten en inglés, con sesiones opcionales de discusión en hindi y guyaratí, y cada uno termina con un breve plan de acción que los participantes llevan a su ciudad.</p>"),
                ("paragraph", "<p>Colaboramos con los departamentos estatales de desarrollo urbano, institutos de capacitación municipal y universidades de toda la región. Entre nuestras actividades habituales están los intercambios técnicos en los que ingenieros de una ciudad visitan una planta de tratamiento o una oficina de distrito de otra, las asesorías financieras para el personal de contabilidad y recaudación, y la mentoría que vincula a comisionados municipales recién nombrados con colegas experimentados.</p>"),
            ],
            "zh-hans": [
                ("heading", "我们的工作"),
                ("paragraph", "<p>我们的工作聚焦于居民每天都能感受到的公共服务以及支撑这些服务的财政：供水与环境卫生、固体废弃物管理、高温应对行动规划、房产税改革，以及帮助市政机构为信用评级和发行市政债券做好准备。课程以英语授课，另设印地语和古吉拉特语讨论环节供学习者选择；每门课程结束时，学习者都会制定一份简短的行动计划，带回本市落实。</p>"),
                ("paragraph", "<p>我们与各邦城市发展部门、市政培训机构以及本地区的高校合作。常见活动包括：组织一座城市的工程师到另一座城市考察污水处理厂或片区办公室的技术交流；面向会计和税收征管人员的财务诊断课；以及为新任市政专员匹配经验丰富的同行担任导师。</p>"),
            ],
            "sk": [
                ("heading", "Čomu sa venujeme"),
                ("paragraph", "<p>Zameriavame sa na služby, ktoré obyvatelia vnímajú každý deň, a na financie, z ktorých sa platia: zásobovanie vodou a odkanalizovanie, odpadové hospodárstvo, akčné plány pre obdobia extrémnych horúčav, reformu dane z nehnuteľností a prípravu miest na získanie úverového ratingu a vydávanie komunálnych dlhopisov. Kurzy prebiehajú v angličtine s doplnkovými diskusiami v hindčine a gudžarátčine a každý sa končí krátkym akčným plánom, ktorý si účastníci odnesú do svojho mesta.</p>"),
                ("paragraph", "<p>Spolupracujeme s útvarmi pre rozvoj miest na úrovni jednotlivých štátov, so vzdelávacími inštitúciami pre samosprávy a s univerzitami v celom regióne. Medzi typické aktivity patria odborné výmeny, pri ktorých inžinieri z jedného mesta navštívia čistiareň odpadových vôd alebo obvodný úrad v inom meste, finančné konzultácie pre pracovníkov účtovníctva a výberu daní a mentoring, ktorý spája novovymenovaných komisárov mestských úradov so skúsenými kolegami.</p>"),
            ],
        },
        "email": "ahmedabad@example.org",
        "phone": "+91 79 5550 0100",
        "address": {
            "en": "3rd Floor, Riverfront House, Ashram Road, Navrangpura, Ahmedabad 380009, Gujarat, India",
            "es": "Riverfront House, piso 3, Ashram Road, Navrangpura, 380009 Ahmedabad, Guyarat, India",
            "zh-hans": "印度古吉拉特邦艾哈迈达巴德 Navrangpura 区 Ashram 路 Riverfront House 3 层，邮编 380009",
            "sk": "Riverfront House, 3. poschodie, Ashram Road, Navrangpura, 380009 Ahmadábád, Gudžarát, India",
        },
    },
]

NEWS = [
    {
        "key": "mentoring-cohort-new-managers",
        "region": "global",
        "languages": ["en", "es"],
        "published_days_ago": 2,
        "topics": ["leadership"],
        "slug": {
            "en": "mentoring-cohort-for-new-city-managers",
            "es": "cohorte-de-mentoria-para-nuevos-administradores",
        },
        "title": {
            "en": "Applications open for the next mentoring cohort for new city managers",
            "es": "Abre la convocatoria de la próxima cohorte de mentoría para nuevos administradores municipales",
        },
        "summary": {
            "en": "City and county managers in their first senior role can now apply to be paired with an experienced peer for a year of structured mentoring. Applications from all regions are welcome.",
            "es": "Quienes ocupan por primera vez un cargo directivo en la administración municipal ya pueden solicitar que se les asigne un colega con experiencia para un año de mentoría estructurada. Se reciben solicitudes de todas las regiones.",
        },
        "body": {
            "en": [
                ("paragraph", "<p>The CityPeers mentoring program pairs managers in their first senior role with peers who have led a local government through budget seasons, elections and emergencies. Mentor and mentee meet online once a month, agree on goals in the first session and review progress halfway through the year. Mentees can also join regular cohort calls, where participants from different countries discuss a shared topic with a guest practitioner.</p>"),
                ("paragraph", "<p>This year we particularly welcome applications from managers of small and mid-sized municipalities, and we are recruiting more Spanish-speaking mentors so that more pairs can work in their own language. When matching, we consider each mentee's goals, the size and type of their local government and, where possible, their language and time zone.</p>"),
                ("callout", {"kind": "info", "title": "How to apply", "text": "<p>Fill in the application form in your CityPeers profile and describe two or three challenges you would like to work on. You do not need a nomination from your employer, but we recommend letting your council or supervisor know.</p>"}),
            ],
            "es": [
                ("paragraph", "<p>El programa de mentoría de CityPeers vincula a directivos que estrenan un cargo de alta responsabilidad con colegas que ya han conducido un gobierno local a través de ciclos presupuestarios, elecciones y emergencias. Mentor y mentorado se reúnen en línea una vez al mes, acuerdan sus metas en la primera sesión y revisan los avances a mitad de año. Las personas mentoradas también pueden sumarse a las llamadas periódicas de la cohorte, en las que participantes de distintos países analizan un tema común con un profesional invitado.</p>"),
                ("paragraph", "<p>Este año invitamos especialmente a postularse a quienes trabajan en municipios pequeños y medianos, y estamos sumando mentores de habla hispana para que más parejas puedan trabajar en su propio idioma. Para formar las parejas tomamos en cuenta las metas de cada persona, el tamaño y tipo de su gobierno local y, cuando es posible, su idioma y zona horaria.</p>"),
                ("callout", {"kind": "info", "title": "Cómo postularse", "text": "<p>Llene el formulario de solicitud en su perfil de CityPeers y describa dos o tres retos en los que le gustaría trabajar. No necesita una nominación de su institución, aunque le recomendamos informar al concejo municipal o a su superior.</p>"}),
            ],
        },
    },
    {
        "key": "ethics-toolkit",
        "region": "global",
        "languages": ["en", "es", "zh-hans", "sk"],
        "published_days_ago": 9,
        "topics": ["ethics", "leadership"],
        "slug": {
            "en": "ethics-toolkit-for-local-government",
            "es": "caja-de-herramientas-de-etica",
            "zh-hans": "zhiye-lunli-gongjubao",
            "sk": "sada-nastrojov-pre-etiku-v-samosprave",
        },
        "title": {
            "en": "New ethics toolkit helps local-government teams handle everyday dilemmas",
            "es": "Nueva caja de herramientas de ética para los equipos de los gobiernos locales",
            "zh-hans": "职业伦理工具包发布，助力地方政府团队应对日常难题",
            "sk": "Nová sada nástrojov pomáha tímom samospráv riešiť etické dilemy v každodennej práci",
        },
        "summary": {
            "en": "A free toolkit for members turns ethics principles into practical tools: a conflict-of-interest self-check, a gifts register template and short case scenarios for team discussions.",
            "es": "Una caja de herramientas gratuita para miembros convierte los principios de ética en instrumentos prácticos: una autoevaluación de conflictos de interés, un formato de registro de obsequios y casos breves para discutir en equipo.",
            "zh-hans": "这套面向会员免费提供的工具包把职业伦理原则转化为实用工具，包括利益冲突自查表、礼品登记模板以及供团队讨论的简短案例。",
            "sk": "Bezplatná sada nástrojov pre členov premieňa etické zásady na praktické pomôcky: sebahodnotenie konfliktu záujmov, vzor registra darov a krátke prípady na diskusiu v tíme.",
        },
        "body": {
            "en": [
                ("heading", "From principles to daily practice"),
                ("paragraph", "<p>Most ethical problems in local government do not begin as scandals. They begin with a small favor for a contractor, a relative applying for a municipal job or an invitation that seems harmless. The new toolkit was developed with members from all regions to help managers recognize such situations early and respond to them consistently.</p>"),
                ("paragraph", "<p>The toolkit contains:</p><ul><li>a <b>conflict-of-interest self-check</b> for staff and elected officials;</li><li>a template <b>register of gifts and hospitality</b>, with guidance on what to record;</li><li>short <b>case scenarios</b> with facilitator notes for a one-hour team session;</li><li>a checklist for setting up a confidential <b>reporting channel</b> for staff and residents.</li></ul>"),
                ("paragraph", "<p>All materials are available in English, Spanish, Chinese and Slovak and can be adapted to local legislation. The regional offices will hold introductory webinars over the coming months.</p>"),
                ("callout", {"kind": "tip", "title": "Start with one scenario", "text": "<p>Instead of presenting the whole toolkit at once, discuss a single case scenario at a regular management meeting. A short, concrete conversation often achieves more than a full day of training.</p>"}),
            ],
            "es": [
                ("heading", "De los principios a la práctica diaria"),
                ("paragraph", "<p>La mayoría de los problemas éticos en los gobiernos locales no empiezan como escándalos. Empiezan con un pequeño favor a un contratista, un familiar que solicita un empleo en el municipio o una invitación que parece inofensiva. La nueva caja de herramientas se elaboró con miembros de todas las regiones para ayudar a los directivos a reconocer estas situaciones a tiempo y responder de manera consistente.</p>"),
                ("paragraph", "<p>La caja de herramientas incluye:</p><ul><li>una <b>autoevaluación de conflictos de interés</b> para personal y autoridades electas;</li><li>un formato de <b>registro de obsequios e invitaciones</b>, con orientaciones sobre qué registrar;</li><li><b>casos breves</b> con notas para la persona facilitadora, pensados para una sesión de equipo de una hora;</li><li>una lista de verificación para crear un <b>canal confidencial de denuncias</b> para personal y ciudadanía.</li></ul>"),
                ("paragraph", "<p>Todos los materiales están disponibles en español, inglés, chino y eslovaco, y pueden adaptarse a la legislación local. Las oficinas regionales realizarán seminarios web introductorios en los próximos meses.</p>"),
                ("callout", {"kind": "tip", "title": "Empiece con un solo caso", "text": "<p>En lugar de presentar toda la caja de herramientas de una vez, analice un caso en una reunión ordinaria del equipo directivo. Una conversación breve y concreta suele lograr más que una jornada completa de capacitación.</p>"}),
            ],
            "zh-hans": [
                ("heading", "从原则到日常实践"),
                ("paragraph", "<p>地方政府中的大多数伦理问题并不是以丑闻开始的，而是始于给承包商行个小方便、亲属应聘本单位岗位，或是一次看似无害的宴请邀约。这套新工具包由各地区会员共同参与编写，旨在帮助管理者及早识别此类情形，并以一致的方式加以应对。</p>"),
                ("paragraph", "<p>工具包包括：</p><ul><li>面向工作人员和民选官员的<b>利益冲突自查表</b>；</li><li><b>礼品和招待登记</b>模板，并附登记内容说明；</li><li>简短的<b>情景案例</b>，配有辅导员提示，适用于一小时的团队研讨；</li><li>为工作人员和居民设立保密<b>举报渠道</b>的核对清单。</li></ul>"),
                ("paragraph", "<p>全部材料均提供中文、英语、西班牙语和斯洛伐克语版本，可根据当地法律法规进行调整。各地区办事处将在未来几个月举办入门网络研讨会。</p>"),
                ("callout", {"kind": "tip", "title": "从一个案例开始", "text": "<p>不必一次性介绍整套工具包，可以先在一次例行管理会议上讨论一个情景案例。简短而具体的讨论，往往比一整天的培训更有效。</p>"}),
            ],
            "sk": [
                ("heading", "Od zásad ku každodennej praxi"),
                ("paragraph", "<p>Väčšina etických problémov v samospráve sa nezačína škandálom. Začína sa malou láskavosťou pre dodávateľa, príbuzným, ktorý sa uchádza o miesto na úrade, alebo pozvaním, ktoré sa zdá neškodné. Novú sadu nástrojov sme pripravili s členmi zo všetkých regiónov, aby vedúci pracovníci dokázali takéto situácie rozpoznať včas a reagovať na ne jednotne.</p>"),
                ("paragraph", "<p>Sada obsahuje:</p><ul><li><b>sebahodnotenie konfliktu záujmov</b> pre zamestnancov aj volených funkcionárov;</li><li>vzor <b>registra darov a pohostení</b> s usmernením, čo doň zapisovať;</li><li>krátke <b>modelové situácie</b> s poznámkami pre lektora na hodinové stretnutie tímu;</li><li>kontrolný zoznam na zriadenie dôverného <b>kanála na oznamovanie</b> pre zamestnancov a obyvateľov.</li></ul>"),
                ("paragraph", "<p>Všetky materiály sú k dispozícii v slovenčine, angličtine, španielčine a čínštine a dajú sa prispôsobiť miestnej legislatíve. Regionálne kancelárie v najbližších mesiacoch pripravia úvodné webináre.</p>"),
                ("callout", {"kind": "tip", "title": "Začnite jednou situáciou", "text": "<p>Namiesto predstavenia celej sady naraz prediskutujte jednu modelovú situáciu na bežnej porade vedenia. Krátky a konkrétny rozhovor často prinesie viac ako celodenné školenie.</p>"}),
            ],
        },
    },
    {
        "key": "digital-permits-exchange",
        "region": "east_asia",
        "languages": ["zh-hans", "en", "es", "sk"],
        "published_days_ago": 18,
        "topics": ["digital", "planning"],
        "slug": {
            "zh-hans": "shuzihua-shenpi-jingyan-jiaoliu",
            "en": "digital-permits-peer-exchange",
            "es": "permisos-digitales-intercambio-de-experiencias",
            "sk": "digitalne-povolenia-vymena-skusenosti",
        },
        "title": {
            "zh-hans": "数字化审批经验交流会：让企业和群众少跑腿",
            "en": "Digital permits: Chinese cities compare notes on faster, simpler approvals",
            "es": "Permisos digitales: ciudades chinas comparten experiencias para agilizar los trámites",
            "sk": "Digitálne povolenia: čínske mestá si vymenili skúsenosti s rýchlejším vybavovaním",
        },
        "summary": {
            "zh-hans": "CityPeers中国中心在北京举办经验交流会，来自多个城市政务服务中心和住房城乡建设部门的干部，围绕工程建设项目网上审批的做法与难点进行了深入交流。",
            "en": "At a peer exchange hosted by the CityPeers China Center in Beijing, officials from the administrative service centers and housing and construction bureaus of several cities discussed what works, and what does not, in online permitting for construction projects.",
            "es": "En un intercambio entre pares organizado por el Centro de CityPeers para China en Pekín, funcionarios de centros de servicios administrativos y de oficinas de vivienda y construcción de varias ciudades analizaron qué funciona y qué no en la tramitación en línea de permisos de construcción.",
            "sk": "Na stretnutí, ktoré v Pekingu zorganizovalo Centrum CityPeers pre Čínu, pracovníci centier administratívnych služieb a úradov pre bývanie a výstavbu z viacerých miest diskutovali o tom, čo pri elektronickom vybavovaní stavebných povolení funguje a čo nie.",
        },
        "body": {
            "zh-hans": [
                ("paragraph", "<p>与会城市介绍了各自推进“一网通办”的做法：申请材料一次性告知、多部门并联审批、电子证照共享互认，以及申请人可随时在线查询办理进度。多位代表指出，真正缩短审批时间的往往不是新系统本身，而是上线前对流程的全面梳理——取消重复提交的材料，明确每个环节的办理时限和责任部门。</p>"),
                ("paragraph", "<p>交流中也讨论了一些共性难点：部门之间的数据共享仍需加强协调，窗口工作人员需要系统培训，老年人和小微企业在网上申报时往往需要帮助。与会者一致认为，线下窗口应当保留，并为有需要的申请人提供帮办代办服务。</p>"),
                ("callout", {"kind": "info", "title": "下一步工作", "text": "<p>中国中心将把本次交流的案例整理成中文短期课程单元，并编写英文案例简报，供其他地区的会员城市参考。</p>"}),
            ],
            "en": [
                ("paragraph", "<p>The participating cities presented how they have moved permit applications online: a single, complete list of required documents from the start, parallel review by several departments, shared electronic certificates, and online tracking so that applicants can see where their file is at any time. Several speakers stressed that the biggest time savings came not from the new system itself but from reviewing the process before going live – removing duplicate documents and setting clear deadlines and responsibilities for each step.</p>"),
                ("paragraph", "<p>The discussion also covered common difficulties: data sharing between departments still needs coordination, front-desk staff need proper training, and older residents and small businesses often need help filing online. Participants agreed that in-person service counters should stay open and offer assisted filing to applicants who need it.</p>"),
                ("callout", {"kind": "info", "title": "Next steps", "text": "<p>The China Center will turn the cases presented into a short Chinese-language course module and prepare English case notes for member cities in other regions.</p>"}),
            ],
            "es": [
                ("paragraph", "<p>Las ciudades participantes explicaron cómo llevaron los trámites de permisos al entorno digital: una lista única y completa de los documentos requeridos desde el inicio, revisión simultánea por varias dependencias, certificados electrónicos compartidos y seguimiento en línea para que el solicitante sepa en todo momento dónde está su expediente. Varios ponentes subrayaron que el mayor ahorro de tiempo no vino del sistema en sí, sino de revisar el proceso antes de ponerlo en marcha: eliminar documentos duplicados y fijar plazos y responsables claros para cada paso.</p>"),
                ("paragraph", "<p>También se discutieron las dificultades más comunes: el intercambio de datos entre dependencias todavía requiere coordinación, el personal de ventanilla necesita capacitación adecuada, y las personas mayores y las pequeñas empresas con frecuencia necesitan ayuda para hacer el trámite en línea. Los participantes coincidieron en que las ventanillas presenciales deben mantenerse y ofrecer acompañamiento a quien lo necesite.</p>"),
                ("callout", {"kind": "info", "title": "Próximos pasos", "text": "<p>El Centro para China convertirá los casos presentados en un módulo breve de curso en chino y preparará notas de caso en inglés para las ciudades miembro de otras regiones.</p>"}),
            ],
            "sk": [
                ("paragraph", "<p>Zúčastnené mestá predstavili, ako presunuli žiadosti o povolenia do elektronickej podoby: jeden úplný zoznam požadovaných dokladov hneď na začiatku, súbežné posudzovanie viacerými útvarmi, zdieľané elektronické osvedčenia a online sledovanie, vďaka ktorému žiadateľ kedykoľvek vidí, v akom štádiu je jeho spis. Viacerí rečníci zdôraznili, že najviac času neušetril samotný nový systém, ale revízia procesu pred jeho spustením – odstránenie duplicitných dokladov a jasné lehoty a zodpovednosti pre každý krok.</p>"),
                ("paragraph", "<p>Diskusia sa venovala aj častým ťažkostiam: zdieľanie údajov medzi útvarmi si stále vyžaduje koordináciu, pracovníci prvého kontaktu potrebujú dôkladné zaškolenie a starší obyvatelia či malé firmy často potrebujú pri elektronickom podaní pomoc. Účastníci sa zhodli, že osobné kontaktné miesta by mali zostať otvorené a žiadateľom, ktorí to potrebujú, by mali s podaním pomôcť.</p>"),
                ("callout", {"kind": "info", "title": "Ďalšie kroky", "text": "<p>Centrum pre Čínu spracuje predstavené prípady do krátkeho modulu kurzu v čínštine a pripraví anglické prípadové štúdie pre členské mestá v iných regiónoch.</p>"}),
            ],
        },
    },
    {
        "key": "flood-partnership",
        "region": "europe",
        "languages": ["sk", "en", "es", "zh-hans"],
        "published_days_ago": 31,
        "topics": ["climate", "infrastructure"],
        "slug": {
            "sk": "partnerstvo-obci-v-protipovodnovej-ochrane",
            "en": "city-partnership-on-flood-management",
            "es": "alianza-entre-municipios-para-la-gestion-de-inundaciones",
            "zh-hans": "fanghong-guanli-jiedui-hezuo",
        },
        "title": {
            "sk": "Slovenské a rakúske obce začínajú partnerstvo v protipovodňovej ochrane",
            "en": "Slovak and Austrian municipalities launch a partnership on flood management",
            "es": "Municipios de Eslovaquia y Austria inician una alianza para la gestión de inundaciones",
            "zh-hans": "斯洛伐克与奥地利市镇启动防洪管理结对合作",
        },
        "summary": {
            "sk": "Obce z povodia Hrona a z Dolného Rakúska budú počas nasledujúcich dvoch rokov zdieľať skúsenosti s povodňovými plánmi, zadržiavaním vody v krajine a varovaním obyvateľov. Partnerstvo sprostredkovala európska kancelária CityPeers v Bratislave.",
            "en": "Municipalities from Slovakia's Hron river basin and from Lower Austria will spend the next two years sharing experience with flood plans, water retention in the landscape and warning residents. The partnership was brokered by the CityPeers European Office in Bratislava.",
            "es": "Municipios de la cuenca del río Hron, en Eslovaquia, y de la Baja Austria compartirán durante los próximos dos años sus experiencias con planes contra inundaciones, retención de agua en el paisaje y alerta a la población. La alianza fue promovida por la Oficina Europea de CityPeers en Bratislava.",
            "zh-hans": "斯洛伐克赫龙河流域的市镇与下奥地利州的市镇将在未来两年内就防洪预案、流域蓄水和居民预警开展经验交流。此次结对合作由CityPeers欧洲办事处（布拉迪斯拉发）促成。",
        },
        "body": {
            "sk": [
                ("heading", "Od povodňového plánu po komunikáciu s obyvateľmi"),
                ("paragraph", "<p>Do partnerstva sa zapojili starostovia, pracovníci stavebných úradov, krízoví manažéri a členovia dobrovoľných hasičských zborov. Na prvom stretnutí v jednej z pohronských obcí si účastníci prešli kritické miesta na toku, skúsenosti z minulých povodní a spôsob, akým obec aktualizuje povodňový plán. Rakúski kolegovia predstavili, ako zohľadňujú mapy povodňového rizika pri územnom plánovaní a ako sa starajú o mobilné protipovodňové steny.</p>"),
                ("paragraph", "<p>Obce sa budú striedavo navštevovať a spoločne pracovať na troch témach: opatreniach na zadržiavanie vody v krajine, včasnom varovaní a informovaní obyvateľov a obnove po povodni vrátane poistenia obecného majetku. Výsledkom bude spoločný kontrolný zoznam pre samosprávy, ktorý CityPeers zverejní vo všetkých štyroch jazykoch platformy.</p>"),
                ("callout", {"kind": "info", "title": "Chcete sa zapojiť?", "text": "<p>Ďalšie obce môžu priebeh partnerstva sledovať na otvorených webinároch. Záujem o podobné partnerstvo môžete oznámiť európskej kancelárii na adrese bratislava@example.org.</p>"}),
            ],
            "en": [
                ("heading", "From flood plans to talking with residents"),
                ("paragraph", "<p>The partnership brings together mayors, building-authority staff, emergency managers and members of volunteer fire brigades. At the first meeting, held in one of the municipalities along the Hron, participants walked the critical points on the river, reviewed experience from past floods and looked at how the municipality updates its flood plan. Their Austrian colleagues explained how they take flood-risk maps into account in land-use planning and how they maintain mobile flood barriers.</p>"),
                ("paragraph", "<p>The municipalities will take turns hosting visits and will work together on three themes: measures to retain water in the landscape, early warning and information for residents, and recovery after a flood, including insurance of municipal property. The result will be a shared checklist for local governments, which CityPeers will publish in all four languages of the platform.</p>"),
                ("callout", {"kind": "info", "title": "Want to take part?", "text": "<p>Other municipalities can follow the partnership through open webinars. To express interest in a similar partnership, write to the European Office at bratislava@example.org.</p>"}),
            ],
            "es": [
                ("heading", "Del plan contra inundaciones a la comunicación con la población"),
                ("paragraph", "<p>En la alianza participan alcaldes, personal de las oficinas de obras y construcción, responsables de protección civil e integrantes de cuerpos de bomberos voluntarios. En la primera reunión, celebrada en uno de los municipios ribereños del Hron, los participantes recorrieron los puntos críticos del río, repasaron la experiencia de inundaciones anteriores y revisaron cómo el municipio actualiza su plan contra inundaciones. Sus colegas austriacos explicaron cómo incorporan los mapas de riesgo de inundación en la planificación del uso del suelo y cómo dan mantenimiento a las barreras móviles.</p>"),
                ("paragraph", "<p>Los municipios se turnarán para recibir las visitas y trabajarán juntos en tres temas: medidas para retener el agua en el paisaje, alerta temprana e información a la población, y recuperación después de una inundación, incluido el aseguramiento de los bienes municipales. El resultado será una lista de verificación común para gobiernos locales, que CityPeers publicará en los cuatro idiomas de la plataforma.</p>"),
                ("callout", {"kind": "info", "title": "¿Quiere participar?", "text": "<p>Otros municipios pueden seguir la alianza a través de seminarios web abiertos. Si le interesa una alianza similar, escriba a la Oficina Europea a bratislava@example.org.</p>"}),
            ],
            "zh-hans": [
                ("heading", "从防洪预案到与居民沟通"),
                ("paragraph", "<p>参与此次合作的有市长、建设管理部门工作人员、应急管理人员以及志愿消防队队员。首次会议在赫龙河沿岸的一个市镇举行，与会者实地查看了河道的关键险段，回顾了以往洪水的应对经验，并了解该市镇如何更新防洪预案。奥地利同行介绍了他们如何在土地利用规划中运用洪水风险图，以及如何维护移动式防洪挡板。</p>"),
                ("paragraph", "<p>双方市镇将轮流接待考察，并围绕三个主题开展合作：流域蓄水措施、预警与居民信息发布，以及灾后恢复（包括市镇公共财产的保险）。合作成果将是一份供地方政府使用的共同核对清单，CityPeers将以平台的全部四种语言发布。</p>"),
                ("callout", {"kind": "info", "title": "希望参与？", "text": "<p>其他市镇可以通过公开的网络研讨会关注合作进展。如有意开展类似的结对合作，请发送邮件至欧洲办事处：bratislava@example.org。</p>"}),
            ],
        },
    },
    {
        "key": "participatory-budgeting-results",
        "region": "latin_america",
        "languages": ["es", "en", "zh-hans", "sk"],
        "published_days_ago": 47,
        "topics": ["participation", "finance"],
        "slug": {
            "es": "resultados-del-presupuesto-participativo",
            "en": "participatory-budgeting-first-cycle-results",
            "zh-hans": "canyushi-yusuan-shoulun-chengguo",
            "sk": "vysledky-participativneho-rozpoctu",
        },
        "title": {
            "es": "Presupuesto participativo: los municipios de la red comparten los resultados de su primer ciclo",
            "en": "Participatory budgeting: network municipalities share the results of their first cycle",
            "zh-hans": "参与式预算：网络成员市镇分享首轮实施成果",
            "sk": "Participatívny rozpočet: samosprávy zo siete predstavili výsledky prvého cyklu",
        },
        "summary": {
            "es": "Los municipios de Jalisco y estados vecinos que integran la red de presupuesto participativo de CityPeers presentaron los proyectos elegidos por sus habitantes y las lecciones de su primer ciclo completo.",
            "en": "Municipalities from Jalisco and neighboring states in the CityPeers participatory budgeting network presented the projects their residents chose and the lessons from their first full cycle.",
            "zh-hans": "CityPeers参与式预算网络中来自哈利斯科州及周边州的市镇，介绍了由居民投票选出的项目以及首个完整周期的经验教训。",
            "sk": "Samosprávy zo štátu Jalisco a susedných štátov, ktoré tvoria sieť CityPeers pre participatívny rozpočet, predstavili projekty vybrané obyvateľmi a poučenia z prvého úplného cyklu.",
        },
        "body": {
            "es": [
                ("paragraph", "<p>En una sesión de cierre celebrada en Guadalajara, los equipos municipales presentaron los proyectos que eligió la ciudadanía y que ya están en ejecución o concluidos: alumbrado en calles y andadores, rehabilitación de parques y canchas, banquetas accesibles y sistemas de captación de agua de lluvia en escuelas. Varios equipos destacaron que la votación mixta —en línea y en mesas instaladas en colonias y localidades rurales— permitió llegar a personas que normalmente no participan.</p>"),
                ("paragraph", "<p>Entre las lecciones principales destacan la importancia de publicar las reglas antes de abrir la convocatoria, revisar la viabilidad técnica y el costo de cada propuesta antes de la votación y, sobre todo, informar con regularidad sobre el avance de las obras. Los retrasos derivados de los procesos de compra fueron la queja más frecuente de los vecinos, y la participación de jóvenes quedó por debajo de lo esperado.</p>"),
                ("callout", {"kind": "tip", "title": "Para el próximo ciclo", "text": "<p>La red acordó dos cambios: abrir una categoría de proyectos propuestos y votados por jóvenes, y publicar cada mes un tablero sencillo con el estado de cada obra. La oficina de Guadalajara preparará plantillas para ambos.</p>"}),
            ],
            "en": [
                ("paragraph", "<p>At a closing session in Guadalajara, the municipal teams presented the projects residents chose, which are now under way or completed: lighting for streets and footpaths, refurbished parks and sports courts, accessible sidewalks and rainwater harvesting systems in schools. Several teams noted that combining online voting with polling tables in urban neighborhoods and rural communities helped them reach people who do not usually take part.</p>"),
                ("paragraph", "<p>The main lessons include publishing the rules before the call for proposals opens, checking the technical feasibility and cost of every proposal before the vote and, above all, reporting regularly on the progress of the works. Delays caused by procurement were the most frequent complaint from residents, and participation by young people fell short of expectations.</p>"),
                ("callout", {"kind": "tip", "title": "For the next cycle", "text": "<p>The network agreed on two changes: a category of projects proposed and voted on by young people, and a simple monthly dashboard showing the status of each project. The Guadalajara office will prepare templates for both.</p>"}),
            ],
            "zh-hans": [
                ("paragraph", "<p>在瓜达拉哈拉举行的总结会上，各市镇团队介绍了由居民投票选出、目前已在实施或已经完工的项目，包括街道和步行道照明、公园和球场改造、无障碍人行道以及学校雨水收集系统。多个团队表示，将线上投票与在城区社区和农村地区设立的现场投票点相结合，吸引了许多平时很少参与公共事务的居民。</p>"),
                ("paragraph", "<p>主要经验包括：在征集提案之前公布规则；在投票前评估每个提案的技术可行性和成本；最重要的是定期向居民通报工程进展。居民反映最多的问题是采购程序导致的工期延误，而青年的参与程度也低于预期。</p>"),
                ("callout", {"kind": "tip", "title": "下一轮的改进", "text": "<p>网络成员商定了两项调整：设立由青年提出并投票的项目类别，以及每月发布一份简明的项目进度看板。瓜达拉哈拉办事处将为这两项工作提供模板。</p>"}),
            ],
            "sk": [
                ("paragraph", "<p>Na záverečnom stretnutí v Guadalajare tímy samospráv predstavili projekty, ktoré si vybrali obyvatelia a ktoré sa už realizujú alebo sú dokončené: osvetlenie ulíc a chodníkov, obnova parkov a ihrísk, bezbariérové chodníky a systémy na zachytávanie dažďovej vody v školách. Viaceré tímy uviedli, že kombinácia online hlasovania a hlasovacích miest v mestských štvrtiach a vidieckych obciach pomohla osloviť ľudí, ktorí sa inak nezapájajú.</p>"),
                ("paragraph", "<p>Medzi hlavné poučenia patrí zverejniť pravidlá ešte pred otvorením výzvy, pred hlasovaním preveriť technickú realizovateľnosť a náklady každého návrhu a najmä pravidelne informovať o postupe prác. Obyvatelia sa najčastejšie sťažovali na oneskorenia spôsobené verejným obstarávaním a účasť mladých ľudí bola nižšia, než sa očakávalo.</p>"),
                ("callout", {"kind": "tip", "title": "Pre ďalší cyklus", "text": "<p>Sieť sa dohodla na dvoch zmenách: zavedie kategóriu projektov, ktoré navrhujú a o ktorých hlasujú mladí ľudia, a každý mesiac zverejní jednoduchý prehľad o stave jednotlivých projektov. Kancelária v Guadalajare pripraví vzory pre obe opatrenia.</p>"}),
            ],
        },
    },
    {
        "key": "eu-funds-course-sk",
        "region": "europe",
        "languages": ["sk"],
        "published_days_ago": 63,
        "topics": ["finance", "planning"],
        "slug": {"sk": "novy-kurz-eurofondy-pre-obce"},
        "title": {"sk": "Nový kurz v slovenčine: Eurofondy pre obce od zámeru po vyúčtovanie"},
        "summary": {
            "sk": "Európska kancelária spustila kurz na samoštúdium pre starostov, prednostov a zamestnancov obecných úradov, ktorí pripravujú projekty financované z fondov Európskej únie.",
        },
        "body": {
            "sk": [
                ("paragraph", "<p>Kurz prevedie účastníkov celým životným cyklom projektu: od projektového zámeru a žiadosti o nenávratný finančný príspevok cez verejné obstarávanie a realizáciu až po záverečné vyúčtovanie a obdobie udržateľnosti. Pripravili ho projektoví manažéri so skúsenosťami z práce pre mestá aj malé obce a opiera sa o situácie, s ktorými sa obecné úrady stretávajú najčastejšie.</p>"),
                ("paragraph", "<p>Kurz je určený pre členov CityPeers a dá sa absolvovať vlastným tempom. Každá lekcia obsahuje praktické tipy a krátke overenie vedomostí; po jeho úspešnom absolvovaní si účastníci môžu hodiny zapísať do evidencie profesijného rozvoja.</p>"),
                ("callout", {"kind": "tip", "title": "Tip pre malé obce", "text": "<p>Ak vaša obec nemá vlastného projektového manažéra, prizvite ku kurzu aj kolegov zo susedných obcí alebo zo spoločného obecného úradu. Spoločná príprava projektov býva pre malé samosprávy najschodnejšou cestou.</p>"}),
            ],
        },
    },
    {
        "key": "residential-renewal-workshop-zh",
        "region": "east_asia",
        "languages": ["zh-hans"],
        "published_days_ago": 85,
        "topics": ["planning", "participation"],
        "slug": {"zh-hans": "laojiu-xiaoqu-gaizao-jumin-canyu"},
        "title": {"zh-hans": "老旧小区改造中的居民参与：社区工作者专题研修班顺利结业"},
        "summary": {
            "zh-hans": "CityPeers中国中心举办的老旧小区改造专题研修班近日结业，来自多个城市的街道和社区工作者围绕如何在改造前、改造中和改造后有效动员居民参与进行了交流。",
        },
        "body": {
            "zh-hans": [
                ("heading", "改造方案要从居民的需求出发"),
                ("paragraph", "<p>研修班采用案例教学与现场教学相结合的方式。参训人员实地走访了北京一个已完成改造的老旧小区，听取街道干部、社区居委会和居民代表介绍经验：在方案设计前逐楼逐户征求意见，召开居民议事会讨论加装电梯、停车和公共空间利用等问题，并在施工期间成立居民监督小组。</p>"),
                ("paragraph", "<p>参训人员认为，居民参与不应止于改造前的意见征集，改造完成后的长效管理同样重要，包括明确公共设施的维护责任、引入物业服务以及建立居民自治机制。不少参训人员表示，将把研修中学到的议事规则和沟通方法带回本社区试用。</p>"),
                ("callout", {"kind": "tip", "title": "实用建议", "text": "<p>征求意见时，除线上问卷外，还应安排工作人员在傍晚和周末入户走访，确保老年人和上班族的意见都能被听到。</p>"}),
            ],
        },
    },
    {
        "key": "property-tax-workshop-es",
        "region": "latin_america",
        "languages": ["es"],
        "published_days_ago": 112,
        "topics": ["finance"],
        "slug": {"es": "taller-regional-catastro-y-predial"},
        "title": {"es": "Taller regional: actualización catastral y recaudación del impuesto predial"},
        "summary": {
            "es": "Tesoreros y directores de catastro de municipios del occidente de México se reunieron en Guadalajara para compartir estrategias que fortalezcan la recaudación del predial sin perder la confianza de los contribuyentes.",
        },
        "body": {
            "es": [
                ("paragraph", "<p>Durante dos días, los participantes revisaron cómo mantener actualizados los valores catastrales, cómo depurar el padrón de contribuyentes y cómo coordinar el trabajo entre catastro, tesorería y desarrollo urbano. También compartieron experiencias con el pago en línea, los descuentos por pronto pago en los primeros meses del año y los convenios para regularizar adeudos.</p>"),
                ("paragraph", "<p>Uno de los temas más comentados fue la comunicación con la ciudadanía. Varios participantes coincidieron en que explicar de forma sencilla en qué se invierte lo recaudado —por ejemplo, con mapas de obras o con un aviso en el propio recibo— reduce las inconformidades y mejora la disposición a pagar. Al final del taller, los asistentes acordaron formar un grupo de trabajo para intercambiar formatos y materiales de difusión.</p>"),
                ("callout", {"kind": "info", "title": "Materiales del taller", "text": "<p>Las presentaciones y la guía de trabajo del taller están disponibles para los miembros en la sección de recursos de la plataforma.</p>"}),
            ],
        },
    },
    {
        "key": "finance-clinic-credit-ratings",
        "region": "south_asia",
        "languages": ["en"],
        "published_days_ago": 150,
        "topics": ["finance"],
        "slug": {"en": "municipal-finance-clinic-credit-ratings"},
        "title": {"en": "Municipal finance clinic helps urban local bodies prepare for credit ratings"},
        "summary": {
            "en": "Finance officers from municipal corporations and councils in Gujarat and neighboring states spent three days at the South Asia Center working on the accounts, revenue data and project pipelines that rating agencies and lenders look for.",
        },
        "body": {
            "en": [
                ("paragraph", "<p>The clinic was designed for cities that want to borrow for infrastructure but are not yet ready to approach a rating agency or issue municipal bonds. Working in small groups, participants reviewed their own financial statements, identified gaps in accrual-based accounting and looked at how property-tax and user-charge collection data can be presented to show a city's capacity to repay.</p>"),
                ("paragraph", "<p>Officers from municipal corporations that have already been through a credit rating explained what the process involved: preparing audited accounts on time, documenting the project pipeline and showing how the city plans to cover operation and maintenance costs. Participants left with a short improvement plan for their own finance department, which mentors from the center will follow up over the coming months.</p>"),
                ("callout", {"kind": "warning", "title": "A rating is a means, not a goal", "text": "<p>A credit rating is only useful if the city has a well-prepared project and a clear plan to repay. Strengthening basic accounts and revenue collection comes first.</p>"}),
            ],
        },
    },
    {
        "key": "heat-action-course",
        "region": "south_asia",
        "languages": ["en", "zh-hans"],
        "published_days_ago": 200,
        "topics": ["climate", "planning"],
        "slug": {
            "en": "new-course-heat-action-planning",
            "zh-hans": "xin-kecheng-chengshi-gaowen-yingdui-guihua",
        },
        "title": {
            "en": "New course: Heat action planning for cities",
            "zh-hans": "新课程上线：城市高温应对行动规划",
        },
        "summary": {
            "en": "The South Asia Center has launched an English-language course on preparing and running a city heat action plan, from early warning to cooling public spaces. It draws on the experience of cities in the region that already have such plans.",
            "zh-hans": "南亚中心推出了一门英语课程，介绍如何编制和实施城市高温应对行动计划，内容涵盖从预警发布到公共空间降温的各个环节。课程借鉴了本地区已制定此类计划的城市的经验。",
        },
        "body": {
            "en": [
                ("paragraph", "<p>Extreme heat is a growing risk for cities in South Asia and beyond, and it hits hardest those who work outdoors, live in poorly ventilated housing or have no access to cooling. The course shows how a municipality can bring its health, disaster management, water supply and urban planning departments together around a single plan, with clear thresholds for issuing warnings and a clear division of who does what once a warning is issued.</p>"),
                ("paragraph", "<p>The course has four modules:</p><ol><li>understanding local heat risk and the groups most exposed to it;</li><li>early warning and communication with residents;</li><li>preparing hospitals, clinics and emergency services;</li><li>long-term measures such as cool roofs, shade and green spaces.</li></ol>"),
                ("callout", {"kind": "tip", "title": "Before you start", "text": "<p>Collect daily maximum temperatures for recent summers and, if available, hospital records of heat-related illness. The first module uses them to set local warning thresholds.</p>"}),
            ],
            "zh-hans": [
                ("paragraph", "<p>极端高温对南亚乃至其他地区城市构成的风险日益上升，受影响最严重的是户外劳动者、居住在通风不良住房中的居民以及无法获得降温条件的人群。课程介绍市政机构如何把卫生、应急管理、供水和城市规划等部门统筹到同一份计划之下，明确发布预警的阈值，并清楚划分预警发布后各部门的职责。</p>"),
                ("paragraph", "<p>课程分为四个单元：</p><ol><li>了解本地高温风险及最易受影响的人群；</li><li>预警发布与居民沟通；</li><li>医院、诊所和急救服务的准备工作；</li><li>长期措施，如冷屋顶、遮阴设施和绿地建设。</li></ol>"),
                ("callout", {"kind": "tip", "title": "开课前的准备", "text": "<p>请收集近几年夏季的每日最高气温数据，如有条件，也请收集与高温相关疾病的医院就诊记录。第一单元将利用这些数据确定本地的预警阈值。</p>"}),
            ],
        },
    },
]
