"""Demo data for city partnerships: municipalities, their officials and three partnerships.

Plain Python literals only; ``partnerships/demo.py`` turns them into rows. Every day offset
(``*_in_days``) is relative to the day the demo is seeded: negative = in the past.

* MUNICIPALITIES: twelve fictional local governments, two to three per regional office (name
  and profile in en, es, zh-hans, sk). Working languages use the codes of
  ``mentoring.models.SPOKEN_LANGUAGES`` ("zh" for Chinese), as mentor profiles do.
* OFFICIALS: people linked to a municipality; most confirmed and listed (one confirmed but not
  listed), most of them focal points of their city, one link still waiting for confirmation.
* PARTNERSHIPS: three at different stages –
  1. completed (Latin America): Santa Rosa de Quiroga helps San Andrés Tecoyotla cut its water
     losses; two years of measurements, two exchanges, lessons learned;
  2. active (South Asia, coordinated by coordinator@example.org): Amrapur helps Kesarinagar
     extend door-to-door waste collection; indicators partly measured, an exchange ahead;
  3. proposed (Europe): Novohrad nad Váhom and Kamenná Dolina prepare participatory budgeting.
  Title, problem, lessons, objectives and indicators are public and given in all four
  languages. The workspace (activities, exchanges, decisions, sources of data) is written by
  the officials in the language they work in together: Spanish, English, Slovak.
"""

COORDINATOR_EMAIL = "coordinator@example.org"  # Priya Raghavan, South Asia (lms/demo.py)
COORDINATOR_REGION = "south_asia"
ADMIN_EMAIL = "admin@example.org"

MUNICIPALITIES = [
    # --- Europe (Bratislava office) ---
    {
        "slug": "kamenna-dolina",
        "name": {
            "en": "Kamenná Dolina",
            "es": "Kamenná Dolina",
            "zh-hans": "卡缅纳多利纳",
            "sk": "Kamenná Dolina",
        },
        "profile": {
            "en": "A district town in the hills of central Slovakia whose engineering works closed in the 1990s; today it is reviving its centre with small businesses and a growing number of residents who commute to work. The town hall has a small team and wants residents to have a bigger say in what the town builds.",
            "es": "Ciudad cabecera de distrito en las colinas del centro de Eslovaquia, cuya fábrica de maquinaria cerró en los años noventa; hoy revitaliza su centro con pequeños negocios y con cada vez más habitantes que trabajan en otras ciudades. El gobierno municipal cuenta con un equipo pequeño y quiere que los vecinos tengan más voz en lo que se construye.",
            "zh-hans": "卡缅纳多利纳是斯洛伐克中部丘陵地带的一座区首府小城，原有的机械厂于上世纪九十年代关闭；如今，这座城市依托小微企业和日益增多的通勤居民重振市中心。市政府人手不多，希望让居民在城市建设上拥有更多发言权。",
            "sk": "Okresné mesto v pahorkatine stredného Slovenska, ktorého strojárenský závod v 90. rokoch zanikol; dnes oživuje centrum vďaka malým podnikom a pribúdajúcim obyvateľom, ktorí dochádzajú za prácou. Mestský úrad má malý tím a chce, aby obyvatelia mali väčšie slovo pri tom, čo sa v meste stavia.",
        },
        "country": "SK",
        "region": "europe",
        "population": 23480,
        "kind": "town",
        "website": "https://example.org/cities/kamenna-dolina/",
        "languages": ["sk", "hu"],
    },
    {
        "slug": "novohrad-nad-vahom",
        "name": {
            "en": "Novohrad nad Váhom",
            "es": "Novohrad nad Váhom",
            "zh-hans": "瓦赫河畔诺沃赫拉德",
            "sk": "Novohrad nad Váhom",
        },
        "profile": {
            "en": "A regional city on the Váh river with a university, a busy industrial park and a historic centre. Since 2019 its residents have decided every year how part of the budget is spent, and its participation office now advises other Slovak towns.",
            "es": "Ciudad regional a orillas del río Váh, con universidad, un parque industrial muy activo y un centro histórico. Desde 2019 sus habitantes deciden cada año en qué se gasta una parte del presupuesto, y su oficina de participación asesora ahora a otras ciudades eslovacas.",
            "zh-hans": "瓦赫河畔诺沃赫拉德是瓦赫河沿岸的一座地区中心城市，拥有一所大学、一个繁忙的工业园区和历史悠久的老城区。自2019年起，该市居民每年决定部分预算的用途，市公众参与办公室目前还为斯洛伐克其他城镇提供咨询。",
            "sk": "Krajské mesto na Váhu s univerzitou, rušným priemyselným parkom a historickým centrom. Od roku 2019 tu obyvatelia každý rok rozhodujú o použití časti rozpočtu a mestská kancelária pre participáciu dnes radí aj iným slovenským mestám.",
        },
        "country": "SK",
        "region": "europe",
        "population": 61820,
        "kind": "city",
        "website": "https://example.org/cities/novohrad-nad-vahom/",
        "languages": ["sk", "en", "de"],
    },
    # --- Latin America (Guadalajara office) ---
    {
        "slug": "santa-rosa-de-quiroga",
        "name": {
            "en": "Santa Rosa de Quiroga",
            "es": "Santa Rosa de Quiroga",
            "zh-hans": "圣罗莎德基罗加",
            "sk": "Santa Rosa de Quiroga",
        },
        "profile": {
            "en": "A fast-growing city in the Jalisco highlands whose municipal water utility cut its water losses from over 40% to under 25% in ten years. It shares its district metering and leak repair methods with smaller utilities across Mexico.",
            "es": "Ciudad de rápido crecimiento en los Altos de Jalisco, cuyo organismo municipal de agua redujo sus pérdidas de más del 40% a menos del 25% en diez años. Comparte sus métodos de sectorización y reparación de fugas con organismos operadores más pequeños de todo México.",
            "zh-hans": "圣罗莎德基罗加是哈利斯科州高原上一座快速发展的城市，其市属供水机构用十年时间将漏损率从40%以上降至25%以下。该市正与墨西哥各地规模较小的供水机构分享分区计量和漏点抢修的经验。",
            "sk": "Rýchlo rastúce mesto na náhornej plošine v mexickom štáte Jalisco, ktorého mestská vodárenská spoločnosť za desať rokov znížila straty vody z vyše 40 % pod 25 %. Svoje postupy pri delení siete na merané úseky a opravách porúch odovzdáva menším vodárňam v celom Mexiku.",
        },
        "country": "MX",
        "region": "latin_america",
        "population": 412300,
        "kind": "city",
        "website": "https://example.org/cities/santa-rosa-de-quiroga/",
        "languages": ["es", "en"],
    },
    {
        "slug": "san-andres-tecoyotla",
        "name": {
            "en": "San Andrés Tecoyotla",
            "es": "San Andrés Tecoyotla",
            "zh-hans": "圣安德烈斯特科约特拉",
            "sk": "San Andrés Tecoyotla",
        },
        "profile": {
            "en": "A municipality of farming villages and a growing municipal seat south of Guadalajara, served by its own water and sewerage system. Through a partnership with Santa Rosa de Quiroga it brought its water losses down from 46% to 33% of the water it pumps.",
            "es": "Municipio de comunidades agrícolas y una cabecera municipal en crecimiento al sur de Guadalajara, con su propio sistema de agua potable y alcantarillado. Gracias a una alianza con Santa Rosa de Quiroga redujo sus pérdidas de agua del 46% al 33% del volumen que bombea.",
            "zh-hans": "圣安德烈斯特科约特拉位于瓜达拉哈拉以南，由多个农业村落和一个不断发展的市政府所在地组成，拥有自己的供水和排水系统。通过与圣罗莎德基罗加建立城市伙伴关系，该市将漏损水量占供水量的比例从46%降至33%。",
            "sk": "Obec s poľnohospodárskymi osadami a rastúcim správnym centrom južne od Guadalajary, ktorá prevádzkuje vlastný vodovod a kanalizáciu. Vďaka partnerstvu miest so Santa Rosa de Quiroga znížila straty vody zo 46 % na 33 % prečerpaného objemu.",
        },
        "country": "MX",
        "region": "latin_america",
        "population": 87540,
        "kind": "municipality",
        "website": "https://example.org/cities/san-andres-tecoyotla/",
        "languages": ["es"],
    },
    {
        "slug": "valle-de-san-telmo",
        "name": {
            "en": "Valle de San Telmo",
            "es": "Valle de San Telmo",
            "zh-hans": "圣特尔莫谷",
            "sk": "Valle de San Telmo",
        },
        "profile": {
            "en": "A municipality in the avocado-growing valleys of Michoacán, where most residents live in small communities far from the municipal seat. It is looking for partners to improve its street lighting and the upkeep of its rural roads.",
            "es": "Municipio de los valles aguacateros de Michoacán, donde la mayoría de la población vive en pequeñas localidades alejadas de la cabecera municipal. Busca socios para mejorar su alumbrado público y el mantenimiento de sus caminos rurales.",
            "zh-hans": "圣特尔莫谷位于米却肯州的牛油果种植河谷，大多数居民住在远离市政府所在地的小村落。该市正在寻找合作伙伴，以改善路灯照明和乡村道路养护。",
            "sk": "Obec v údoliach mexického štátu Michoacán, kde sa pestujú avokáda a kde väčšina obyvateľov žije v malých osadách ďaleko od správneho centra. Hľadá partnerov, ktorí jej pomôžu zlepšiť verejné osvetlenie a údržbu poľných ciest.",
        },
        "country": "MX",
        "region": "latin_america",
        "population": 54260,
        "kind": "municipality",
        "website": "https://example.org/cities/valle-de-san-telmo/",
        "languages": ["es"],
    },
    # --- East Asia (Beijing office) ---
    {
        "slug": "songlin",
        "name": {
            "en": "Songlin",
            "es": "Songlin",
            "zh-hans": "松林市",
            "sk": "Songlin",
        },
        "profile": {
            "en": "A prefecture-level city in the hills of southern China, known for its bamboo industry and its riverside parks. Its housing and urban–rural development bureau has piloted sponge-city projects that store and clean rainwater in old neighbourhoods.",
            "es": "Ciudad de nivel prefectural en las colinas del sur de China, conocida por su industria del bambú y sus parques ribereños. Su oficina de vivienda y desarrollo urbano-rural ha puesto a prueba proyectos de ciudad esponja que almacenan y limpian el agua de lluvia en barrios antiguos.",
            "zh-hans": "松林市是中国南方丘陵地区的一座地级市，以竹产业和滨河公园闻名。市住房和城乡建设局在老旧小区试点海绵城市项目，对雨水进行蓄积和净化。",
            "sk": "Mesto na úrovni prefektúry v pahorkatine južnej Číny, známe bambusovým priemyslom a parkami pozdĺž rieky. Jeho úrad pre bývanie a rozvoj miest a vidieka skúša v starých štvrtiach projekty špongiového mesta, ktoré zadržiavajú a čistia dažďovú vodu.",
        },
        "country": "CN",
        "region": "east_asia",
        "population": 1236000,
        "kind": "city",
        "website": "https://example.org/cities/songlin/",
        "languages": ["zh"],
    },
    {
        "slug": "qingtan-district",
        "name": {
            "en": "Qingtan District",
            "es": "Distrito de Qingtan",
            "zh-hans": "青潭区",
            "sk": "Obvod Qingtan",
        },
        "profile": {
            "en": "An urban district on the edge of a large provincial capital in central China, where new housing estates have grown up around former villages. It is building one-stop community service centres and wants to learn from other cities how to run them together with residents.",
            "es": "Distrito urbano en las afueras de una gran capital provincial del centro de China, donde han surgido nuevos conjuntos habitacionales alrededor de antiguas aldeas. Está construyendo centros comunitarios de servicios de ventanilla única y quiere aprender de otras ciudades cómo gestionarlos junto con los vecinos.",
            "zh-hans": "青潭区位于华中地区一座省会城市的边缘，大批新建住宅小区环绕原有村庄而建。该区正在建设“一站式”社区服务中心，希望借鉴其他城市与居民共同管理服务中心的经验。",
            "sk": "Mestský obvod na okraji veľkého hlavného mesta provincie v strednej Číne, kde okolo bývalých dedín vyrástli nové sídliská. Buduje komunitné centrá, v ktorých obyvatelia vybavia všetko na jednom mieste, a chce sa od iných miest naučiť, ako ich spravovať spolu s obyvateľmi.",
        },
        "country": "CN",
        "region": "east_asia",
        "population": 356000,
        "kind": "district",
        "website": "https://example.org/cities/qingtan-district/",
        "languages": ["zh", "en"],
    },
    # --- South Asia (Ahmedabad office) ---
    {
        "slug": "amrapur",
        "name": {
            "en": "Amrapur",
            "es": "Amrapur",
            "zh-hans": "阿姆拉普尔",
            "sk": "Amrapur",
        },
        "profile": {
            "en": "A municipal corporation in Gujarat that replaced roadside bins with door-to-door collection in every ward and sends segregated waste to composting and recycling plants. Its solid waste department trains staff from smaller towns across western India.",
            "es": "Corporación municipal del estado de Guyarat que sustituyó los contenedores en la calle por la recolección domiciliaria en todos sus barrios y envía los residuos separados a plantas de compostaje y reciclaje. Su departamento de residuos sólidos capacita al personal de ciudades más pequeñas del occidente de la India.",
            "zh-hans": "阿姆拉普尔是古吉拉特邦的一座城市，由市政公司管理，已在所有选区以上门收集取代路边垃圾箱，并将分类后的垃圾送往堆肥厂和回收厂。其固体废物管理部门还为印度西部的中小城市培训工作人员。",
            "sk": "Mesto v indickom štáte Gudžarát so štatútom mestskej korporácie, ktoré vo všetkých obvodoch nahradilo kontajnery pri ceste zberom odpadu od dverí k dverám a vytriedený odpad posiela do kompostární a recyklačných závodov. Jeho odbor pre pevný odpad školí pracovníkov menších miest v západnej Indii.",
        },
        "country": "IN",
        "region": "south_asia",
        "population": 1182000,
        "kind": "city",
        "website": "https://example.org/cities/amrapur/",
        "languages": ["gu", "hi", "en"],
    },
    {
        "slug": "kesarinagar",
        "name": {
            "en": "Kesarinagar",
            "es": "Kesarinagar",
            "zh-hans": "凯萨里纳加尔",
            "sk": "Kesarinagar",
        },
        "profile": {
            "en": "A fast-growing town in Madhya Pradesh, governed by a municipal council and known as a trading centre for soybean and wheat. In a partnership with Amrapur it is extending door-to-door waste collection, which used to reach fewer than half of its households, to every ward.",
            "es": "Ciudad en rápido crecimiento de Madhya Pradesh, gobernada por un concejo municipal y conocida como centro comercial de soya y trigo. En alianza con Amrapur extiende a todos sus barrios la recolección domiciliaria de residuos, que antes llegaba a menos de la mitad de los hogares.",
            "zh-hans": "凯萨里纳加尔是中央邦一座快速发展的城市，由市议会管理，是大豆和小麦的集散中心。该市正与阿姆拉普尔开展城市伙伴关系合作，将原先覆盖不到一半住户的上门垃圾收集服务扩展到所有选区。",
            "sk": "Rýchlo rastúce mesto v indickom štáte Madhjapradéš, ktoré spravuje mestské zastupiteľstvo a ktoré je obchodným centrom sóje a pšenice. V partnerstve s mestom Amrapur rozširuje do všetkých obvodov zber odpadu od dverí k dverám, ktorý predtým pokrýval menej ako polovicu domácností.",
        },
        "country": "IN",
        "region": "south_asia",
        "population": 214600,
        "kind": "municipality",
        "website": "https://example.org/cities/kesarinagar/",
        "languages": ["hi", "en"],
    },
    {
        "slug": "bhadrakot",
        "name": {
            "en": "Bhadrakot",
            "es": "Bhadrakot",
            "zh-hans": "巴德拉科特",
            "sk": "Bhadrakot",
        },
        "profile": {
            "en": "A coastal town in Saurashtra where the port and the salt pans employ most residents. It wants to protect its low-lying neighbourhoods from storm surges and is looking for a partner city with experience in coastal flood planning.",
            "es": "Ciudad costera de Saurashtra, donde el puerto y las salinas dan empleo a la mayoría de sus habitantes. Quiere proteger sus barrios más bajos de las marejadas de tormenta y busca una ciudad socia con experiencia en planificación contra inundaciones costeras.",
            "zh-hans": "巴德拉科特是索拉什特拉半岛上的一座沿海小城，港口和盐田为大多数居民提供就业。该市希望保护低洼街区免受风暴潮侵袭，正在寻找在沿海防洪规划方面有经验的伙伴城市。",
            "sk": "Prímorské mesto na polostrove Sauráštra, kde väčšina obyvateľov pracuje v prístave a na soľných poliach. Chce ochrániť nízko položené štvrte pred búrkovými prílivmi a hľadá partnerské mesto so skúsenosťami s plánovaním ochrany pred záplavami z mora.",
        },
        "country": "IN",
        "region": "south_asia",
        "population": 58300,
        "kind": "town",
        "website": "https://example.org/cities/bhadrakot/",
        "languages": ["gu", "en"],
    },
    # --- Headquarters (global) ---
    {
        "slug": "port-alder",
        "name": {
            "en": "Port Alder",
            "es": "Port Alder",
            "zh-hans": "奥尔德港",
            "sk": "Port Alder",
        },
        "profile": {
            "en": "A port city on Puget Sound with a council–manager government and a long record of performance budgeting. Its city manager's office mentors peers abroad on capital planning and open budget data.",
            "es": "Ciudad portuaria del estrecho de Puget con un gobierno de tipo concejo-gerente y una larga trayectoria en presupuestos por resultados. La oficina de su gerente municipal asesora a colegas de otros países en planificación de inversiones y en datos presupuestarios abiertos.",
            "zh-hans": "奥尔德港是普吉特海湾畔的一座港口城市，实行议会—经理制，长期推行绩效预算。其城市经理办公室为其他国家的同行提供资本投资规划和预算数据公开方面的指导。",
            "sk": "Prístavné mesto pri zálive Puget Sound, v ktorom zastupiteľstvo vymenúva profesionálneho manažéra mesta, s dlhou tradíciou rozpočtovania podľa výsledkov. Kancelária manažéra mesta radí kolegom v zahraničí pri plánovaní investícií a zverejňovaní rozpočtových údajov.",
        },
        "country": "US",
        "region": "global",
        "population": 92400,
        "kind": "city",
        "website": "https://example.org/cities/port-alder/",
        "languages": ["en", "es"],
    },
    {
        "slug": "millbrook-falls",
        "name": {
            "en": "Millbrook Falls",
            "es": "Millbrook Falls",
            "zh-hans": "米尔布鲁克福尔斯",
            "sk": "Millbrook Falls",
        },
        "profile": {
            "en": "A New England town where the budget is still decided at the annual town meeting. A team of four is digitising its permits and records, and it shares what works with other small towns.",
            "es": "Pueblo de Nueva Inglaterra donde el presupuesto todavía se decide en la asamblea vecinal anual. Un equipo de cuatro personas está digitalizando sus permisos y archivos, y comparte lo que funciona con otros municipios pequeños.",
            "zh-hans": "米尔布鲁克福尔斯是新英格兰地区的一座小镇，预算至今仍由一年一度的镇民大会决定。镇里一个四人团队正在推进许可审批和档案的数字化，并与其他小城镇分享行之有效的做法。",
            "sk": "Mestečko v Novom Anglicku, kde sa o rozpočte dodnes rozhoduje na výročnom zhromaždení obyvateľov. Štvorčlenný tím digitalizuje povolenia a archív a o to, čo funguje, sa delí s inými malými obcami.",
        },
        "country": "US",
        "region": "global",
        "population": 21500,
        "kind": "town",
        "website": "https://example.org/cities/millbrook-falls/",
        "languages": ["en"],
    },
]

# People linked to a municipality (``city``). ``municipality`` is the text of their account
# profile; ``position`` is what the municipality's page shows for a listed official.
OFFICIALS = [
    {
        "email": "ramon.villasenor@cities.example.org",
        "full_name": "Ramón Villaseñor Ochoa",
        "preferred_language": "es",
        "country": "MX",
        "municipality": "Santa Rosa de Quiroga",
        "job_title": "Director de Operación Hidráulica",
        "time_zone": "America/Mexico_City",
        "city": "santa-rosa-de-quiroga",
        "position": "Director de Operación Hidráulica del Organismo de Agua",
        "listed": True,
        "confirmed": True,
        "focal_point": True,
    },
    {
        "email": "guadalupe.rios@cities.example.org",
        "full_name": "Guadalupe Ríos Mendoza",
        "preferred_language": "es",
        "country": "MX",
        "municipality": "San Andrés Tecoyotla",
        "job_title": "Directora del Sistema de Agua Potable y Alcantarillado",
        "time_zone": "America/Mexico_City",
        "city": "san-andres-tecoyotla",
        "position": "Directora del Sistema de Agua Potable y Alcantarillado (SAPAT)",
        "listed": True,
        "confirmed": True,
        "focal_point": True,
    },
    {
        "email": "hector.salinas@cities.example.org",
        "full_name": "Héctor Salinas Cruz",
        "preferred_language": "es",
        "country": "MX",
        "municipality": "San Andrés Tecoyotla",
        "job_title": "Jefe de Comercialización",
        "time_zone": "America/Mexico_City",
        "city": "san-andres-tecoyotla",
        "position": "Jefe de Comercialización del SAPAT",
        "listed": False,
        "confirmed": True,
        "focal_point": True,
    },
    {
        "email": "rakesh.trivedi@cities.example.org",
        "full_name": "Rakesh Trivedi",
        "preferred_language": "en",
        "country": "IN",
        "municipality": "Amrapur",
        "job_title": "Deputy Municipal Commissioner",
        "time_zone": "Asia/Kolkata",
        "city": "amrapur",
        "position": "Deputy Municipal Commissioner, Solid Waste Management",
        "listed": True,
        "confirmed": True,
        "focal_point": True,
    },
    {
        "email": "sunita.deshmukh@cities.example.org",
        "full_name": "Sunita Deshmukh",
        "preferred_language": "en",
        "country": "IN",
        "municipality": "Kesarinagar",
        "job_title": "Chief Municipal Officer",
        "time_zone": "Asia/Kolkata",
        "city": "kesarinagar",
        "position": "Chief Municipal Officer",
        "listed": True,
        "confirmed": True,
        "focal_point": True,
    },
    {
        # Asked to be linked to Kesarinagar; waiting for the focal point or the coordinator.
        "email": "anil.verma@cities.example.org",
        "full_name": "Anil Verma",
        "preferred_language": "en",
        "country": "IN",
        "municipality": "Kesarinagar",
        "job_title": "Sanitary Inspector",
        "time_zone": "Asia/Kolkata",
        "city": "kesarinagar",
        "position": "Sanitary Inspector, wards 1–12",
        "listed": True,
        "confirmed": False,
        "focal_point": False,
    },
    {
        "email": "ivana.kollarova@cities.example.org",
        "full_name": "Ivana Kollárová",
        "preferred_language": "sk",
        "country": "SK",
        "municipality": "Novohrad nad Váhom",
        "job_title": "Vedúca kancelárie pre participáciu",
        "time_zone": "Europe/Bratislava",
        "city": "novohrad-nad-vahom",
        "position": "Vedúca kancelárie pre participáciu",
        "listed": True,
        "confirmed": True,
        "focal_point": True,
    },
    {
        "email": "peter.hudec@cities.example.org",
        "full_name": "Peter Hudec",
        "preferred_language": "sk",
        "country": "SK",
        "municipality": "Kamenná Dolina",
        "job_title": "Prednosta mestského úradu",
        "time_zone": "Europe/Bratislava",
        "city": "kamenna-dolina",
        "position": "Prednosta Mestského úradu v Kamennej Doline",
        "listed": True,
        "confirmed": True,
        "focal_point": True,
    },
    {
        "email": "chen.jianguo@cities.example.org",
        "full_name": "陈建国",
        "preferred_language": "zh-hans",
        "country": "CN",
        "municipality": "松林市",
        "job_title": "副局长",
        "time_zone": "Asia/Shanghai",
        "city": "songlin",
        "position": "松林市住房和城乡建设局副局长",
        "listed": True,
        "confirmed": True,
        "focal_point": True,
    },
    {
        "email": "megan.oconnell@cities.example.org",
        "full_name": "Megan O'Connell",
        "preferred_language": "en",
        "country": "US",
        "municipality": "Port Alder",
        "job_title": "Assistant City Manager",
        "time_zone": "America/Los_Angeles",
        "city": "port-alder",
        "position": "Assistant City Manager",
        "listed": True,
        "confirmed": True,
        "focal_point": True,
    },
]

PERCENT = {"en": "%", "es": "%", "zh-hans": "%", "sk": "%"}

PARTNERSHIPS = [
    # 1. Completed: two years of work on water losses, in Spanish.
    {
        "slug": "water-losses-san-andres-tecoyotla",
        "topic": "infrastructure",
        "region": "latin_america",
        "status": "completed",
        "starts_in_days": -880,
        "ends_in_days": -150,
        "title": {
            "en": "Cutting water losses in San Andrés Tecoyotla",
            "es": "Reducción de las pérdidas de agua en San Andrés Tecoyotla",
            "zh-hans": "圣安德烈斯特科约特拉降低供水漏损",
            "sk": "Znižovanie strát vody v San Andrés Tecoyotla",
        },
        "problem": {
            "en": "San Andrés Tecoyotla's water system was losing 46% of the water it pumped through leaks, illegal connections and broken or missing meters. Night-time pressure was too high, a leak took four days to repair and more than four in ten connections had no working meter, so they paid a flat fee whatever they used. The utility could not cover its electricity bill, and neighbourhoods on the hills got water only every other day.",
            "es": "El sistema de agua de San Andrés Tecoyotla perdía el 46% del agua que bombeaba por fugas, tomas clandestinas y medidores descompuestos o inexistentes. La presión nocturna era demasiado alta, reparar una fuga tardaba cuatro días y más de cuatro de cada diez tomas no tenían un medidor funcionando, por lo que pagaban una cuota fija sin importar su consumo. El organismo no alcanzaba a cubrir su factura de electricidad y las colonias altas recibían agua solo cada tercer día.",
            "zh-hans": "圣安德烈斯特科约特拉的供水系统因管网漏水、私接管道以及水表损坏或缺失，损失了46%的供水量。夜间管网压力过高，修复一处漏点平均需要四天，四成以上的用户没有正常运行的水表，只能按固定费用缴费，与用水量无关。供水机构因此无力支付电费，地势较高的街区只能隔天供水。",
            "sk": "Vodovod v San Andrés Tecoyotla strácal 46 % prečerpanej vody únikmi z potrubí, nelegálnymi prípojkami a pokazenými alebo chýbajúcimi vodomermi. Nočný tlak v sieti bol príliš vysoký, oprava poruchy trvala štyri dni a viac ako štyri z desiatich prípojok nemali funkčný vodomer, takže platili paušál bez ohľadu na spotrebu. Prevádzkovateľ nevládal platiť účty za elektrinu a štvrte vo vyšších polohách dostávali vodu len každý druhý deň.",
        },
        "lessons": {
            "en": "Measure before you repair: the twelve bulk meters installed in the first months showed that two sectors caused most of the losses, and the repair crews went there first. Managing pressure at night paid for itself within a year. New meters and billing only held because the city council approved a fair tariff and the utility explained it house by house; technical fixes alone would have slipped back.",
            "es": "Medir antes de reparar: los doce macromedidores instalados en los primeros meses mostraron que dos sectores concentraban la mayor parte de las pérdidas, y las cuadrillas se enviaron primero ahí. El control de presión nocturna se pagó solo en menos de un año. Los nuevos medidores y la facturación se sostuvieron porque el concejo municipal aprobó una tarifa justa y el organismo la explicó casa por casa; las soluciones técnicas por sí solas no habrían durado.",
            "zh-hans": "先计量，后维修：最初几个月安装的十二台总表显示，大部分漏损集中在两个分区，维修队因此优先派往这两个分区。夜间压力管理的投入不到一年即收回成本。新装水表和计费改革之所以能够坚持下来，是因为市议会批准了合理的水价，供水机构也逐户作了解释；仅靠技术手段，成效很可能会反弹。",
            "sk": "Najprv merať, potom opravovať: dvanásť hlavných vodomerov osadených v prvých mesiacoch ukázalo, že väčšinu strát spôsobujú dva úseky siete, a opravárske čaty išli najskôr tam. Riadenie tlaku v noci sa zaplatilo do roka. Nové vodomery a fakturácia vydržali len preto, že obecné zastupiteľstvo schválilo spravodlivú tarifu a prevádzkovateľ ju vysvetlil dom po dome; samotné technické opatrenia by sa časom vytratili.",
        },
        "coordinators": [],
        "members": [
            {
                "city": "santa-rosa-de-quiroga",
                "role": "mentor",
                "focal_points": ["ramon.villasenor@cities.example.org"],
            },
            {
                "city": "san-andres-tecoyotla",
                "role": "partner",
                "focal_points": [
                    "guadalupe.rios@cities.example.org",
                    "hector.salinas@cities.example.org",
                ],
            },
        ],
        "objectives": [
            {
                "title": {
                    "en": "Reduce the water lost in the distribution network",
                    "es": "Reducir el agua que se pierde en la red de distribución",
                    "zh-hans": "减少配水管网中的漏损水量",
                    "sk": "Znížiť straty vody v rozvodnej sieti",
                },
                "indicators": [
                    {
                        "name": {
                            "en": "Non-revenue water (share of the water pumped that is not billed)",
                            "es": "Agua no facturada (proporción del agua bombeada que no se factura)",
                            "zh-hans": "无收益水量（未计费水量占供水量的比例）",
                            "sk": "Nefakturovaná voda (podiel prečerpanej vody, ktorý sa nefakturuje)",
                        },
                        "unit": PERCENT,
                        "baseline": "46",
                        "baseline_in_days": -900,
                        "target": "32",
                        "target_in_days": -150,
                        "source": "Balance hídrico mensual del SAPAT",
                        "recorded_by": "guadalupe.rios@cities.example.org",
                        "measurements": [
                            (-790, "45.2"),
                            (-690, "43.1"),
                            (-580, "40.4"),
                            (-470, "38.6"),
                            (-370, "36.2"),
                            (-260, "34.5"),
                            (-160, "33.1"),
                        ],
                    },
                    {
                        "name": {
                            "en": "Average time to repair a reported leak",
                            "es": "Tiempo promedio de reparación de una fuga reportada",
                            "zh-hans": "已报告漏点的平均修复时间",
                            "sk": "Priemerný čas opravy nahlásenej poruchy",
                        },
                        "unit": {"en": "hours", "es": "horas", "zh-hans": "小时", "sk": "hodiny"},
                        "baseline": "96",
                        "baseline_in_days": -900,
                        "target": "24",
                        "target_in_days": -150,
                        "source": "Bitácora de reportes de fugas del SAPAT",
                        "recorded_by": "guadalupe.rios@cities.example.org",
                        "measurements": [
                            (-800, "90"),
                            (-680, "71"),
                            (-560, "52"),
                            (-430, "40"),
                            (-300, "29"),
                            (-170, "26"),
                        ],
                    },
                ],
            },
            {
                "title": {
                    "en": "Bill all the water that is delivered",
                    "es": "Facturar toda el agua que se entrega",
                    "zh-hans": "对所有供水实现计量收费",
                    "sk": "Fakturovať všetku dodanú vodu",
                },
                "indicators": [
                    {
                        "name": {
                            "en": "Connections with a working meter",
                            "es": "Tomas con medidor funcionando",
                            "zh-hans": "装有正常运行水表的用户比例",
                            "sk": "Prípojky s funkčným vodomerom",
                        },
                        "unit": PERCENT,
                        "baseline": "58",
                        "baseline_in_days": -900,
                        "target": "85",
                        "target_in_days": -150,
                        "source": "Padrón de usuarios y lecturas del SAPAT",
                        "recorded_by": "hector.salinas@cities.example.org",
                        "measurements": [
                            (-780, "60.5"),
                            (-650, "64"),
                            (-530, "69.8"),
                            (-410, "75.2"),
                            (-290, "80.1"),
                            (-165, "83.4"),
                        ],
                    },
                ],
            },
        ],
        "exchanges": [
            {
                "host": "santa-rosa-de-quiroga",
                "visitors": "san-andres-tecoyotla",
                "starts_in_days": -820,
                "ends_in_days": -818,
                "purpose": "Conocer en campo la sectorización y el control de presiones de Santa Rosa de Quiroga",
                "agenda": "Día 1: recorrido por el centro de control y los sectores hidrométricos del oriente.\nDía 2: jornada con las cuadrillas de detección de fugas (geófono y correlador) y visita a un sector con válvulas reductoras de presión.\nDía 3: taller de balance hídrico y acuerdos sobre el plan de trabajo.",
                "trip_report": "Participaron la directora del SAPAT y tres técnicos de San Andrés Tecoyotla. Vimos cómo Santa Rosa divide la red en sectores con una sola entrada medida, lo que le permite comparar cada noche el caudal mínimo con el consumo esperado y saber dónde buscar fugas.\n\nAcordamos empezar igual: cerrar el sector Centro, instalar macromedidores a la salida de tanques y pozos y formar una cuadrilla propia de detección de fugas. Santa Rosa nos prestará un correlador durante seis meses y revisará por videollamada nuestro primer balance hídrico.",
                "participants": [
                    "guadalupe.rios@cities.example.org",
                    "ramon.villasenor@cities.example.org",
                ],
            },
            {
                "host": "san-andres-tecoyotla",
                "visitors": "santa-rosa-de-quiroga",
                "starts_in_days": -430,
                "ends_in_days": -429,
                "purpose": "Revisar los sectores piloto y el avance de la micromedición en San Andrés Tecoyotla",
                "agenda": "Día 1: visita a los sectores Centro y La Loma; revisión de las válvulas reductoras de presión y de las lecturas nocturnas.\nDía 2: reunión con el área comercial sobre el padrón de usuarios y la propuesta de tarifa; sesión con los regidores de la comisión de agua.",
                "trip_report": "El equipo de Santa Rosa encontró bien cerrados los dos sectores piloto: el caudal mínimo nocturno bajó 35% desde que se instalaron las válvulas. Recomendó ampliar la sectorización a La Loma Alta antes de la temporada de lluvias y calibrar los macromedidores cada seis meses.\n\nEn el área comercial encontramos 1,200 tomas sin contrato en el padrón; se acordó una campaña de regularización con descuento en la contratación. Los regidores pidieron un estudio tarifario, y Santa Rosa compartió el suyo como referencia.",
                "participants": [
                    "ramon.villasenor@cities.example.org",
                    "guadalupe.rios@cities.example.org",
                    "hector.salinas@cities.example.org",
                ],
            },
        ],
        "activities": [
            {
                "title": "Levantar el catastro de redes y tomas del sector Centro",
                "owner": "guadalupe.rios@cities.example.org",
                "due_in_days": -840,
                "status": "done",
            },
            {
                "title": "Instalar 12 macromedidores a la salida de tanques y pozos",
                "owner": "guadalupe.rios@cities.example.org",
                "due_in_days": -760,
                "status": "done",
            },
            {
                "title": "Formar y equipar la cuadrilla de detección de fugas",
                "owner": "ramon.villasenor@cities.example.org",
                "due_in_days": -700,
                "status": "done",
            },
            {
                "title": "Comprar una licencia de software de modelación hidráulica",
                "owner": "guadalupe.rios@cities.example.org",
                "due_in_days": -650,
                "status": "cancelled",
            },
            {
                "title": "Instalar válvulas reductoras de presión en los sectores Centro y La Loma",
                "owner": "guadalupe.rios@cities.example.org",
                "due_in_days": -600,
                "status": "done",
            },
            {
                "title": "Campaña de regularización de tomas clandestinas",
                "owner": "hector.salinas@cities.example.org",
                "due_in_days": -380,
                "status": "done",
            },
            {
                "title": "Sustituir 3,500 medidores domiciliarios descompuestos",
                "owner": "hector.salinas@cities.example.org",
                "due_in_days": -250,
                "status": "done",
            },
            {
                "title": "Capacitar al personal de lecturas en el uso de terminales portátiles",
                "owner": "ramon.villasenor@cities.example.org",
                "due_in_days": -200,
                "status": "done",
            },
        ],
        "decisions": [
            {
                "decided_in_days": -875,
                "recorded_by": "guadalupe.rios@cities.example.org",
                "text": "Las dos ciudades aprueban el plan de trabajo de dos años: sectorización, control de presiones, detección de fugas y micromedición. Santa Rosa de Quiroga aporta la asesoría técnica; San Andrés Tecoyotla, el personal y la inversión en equipo.",
            },
            {
                "decided_in_days": -815,
                "recorded_by": "guadalupe.rios@cities.example.org",
                "text": "Se empieza por el sector Centro, que concentra el 30% de las tomas. Santa Rosa presta un correlador de fugas durante seis meses.",
            },
            {
                "decided_in_days": -650,
                "recorded_by": "ramon.villasenor@cities.example.org",
                "text": "En lugar de comprar un software de modelación se usará EPANET, que es gratuito; el ahorro se destina a válvulas reductoras de presión.",
            },
            {
                "decided_in_days": -155,
                "recorded_by": "guadalupe.rios@cities.example.org",
                "text": "Se da por concluida la alianza: el agua no facturada bajó del 46% al 33%. El SAPAT seguirá publicando su balance hídrico cada trimestre y Santa Rosa revisará el de fin de año.",
            },
        ],
    },
    # 2. Active in South Asia: waste collection, partly measured, an exchange ahead. English.
    {
        "slug": "waste-collection-kesarinagar",
        "topic": "infrastructure",
        "region": "south_asia",
        "status": "active",
        "starts_in_days": -240,
        "ends_in_days": 300,
        "title": {
            "en": "Door-to-door waste collection in every ward of Kesarinagar",
            "es": "Recolección domiciliaria de residuos en todos los barrios de Kesarinagar",
            "zh-hans": "凯萨里纳加尔所有选区实现上门收集垃圾",
            "sk": "Zber odpadu od dverí k dverám vo všetkých obvodoch mesta Kesarinagar",
        },
        "problem": {
            "en": "Kesarinagar's waste collection reached only 41% of households; the rest dumped waste on open plots and in the storm drains, which block every monsoon. Almost nothing was separated at source, so mixed waste went to a dump site on the edge of town that is now full. The user charge for collection was billed to few households and paid by even fewer.",
            "es": "La recolección de residuos de Kesarinagar llegaba solo al 41% de los hogares; el resto tiraba la basura en terrenos baldíos y en los drenajes pluviales, que se obstruyen en cada monzón. Casi nada se separaba en origen, de modo que los residuos mezclados iban a un vertedero a las afueras de la ciudad que ya está lleno. La tarifa por el servicio se cobraba a pocos hogares y la pagaban todavía menos.",
            "zh-hans": "凯萨里纳加尔的垃圾收集服务仅覆盖41%的住户，其余住户把垃圾倒在空地和雨水沟里，每逢季风季节雨水沟都会堵塞。垃圾几乎没有在源头分类，混合垃圾全部运往城郊一处已经饱和的垃圾场。垃圾收集服务费只向少数住户征收，实际缴费的更少。",
            "sk": "Zber odpadu v meste Kesarinagar pokrýval len 41 % domácností; ostatné vyhadzovali odpad na prázdne pozemky a do dažďovej kanalizácie, ktorá sa pri každom monzúne upchá. Pri zdroji sa takmer nič netriedilo, takže zmesový odpad končil na skládke na okraji mesta, ktorá je už plná. Poplatok za zber sa vyrubúval len malej časti domácností a platilo ho ešte menej z nich.",
        },
        "lessons": {
            "en": "So far: route maps drawn with the sanitation workers were more accurate than those drawn in the office, and coverage rose fastest in wards where the ward councillor walked the route on the first day. Segregation is slower: households separate their waste when the vehicle has two compartments and the worker refuses mixed bags, not because of posters.",
            "es": "Hasta ahora: los mapas de rutas trazados con los propios trabajadores de limpieza resultaron más precisos que los hechos en la oficina, y la cobertura creció más rápido en los barrios donde el concejal recorrió la ruta el primer día. La separación avanza más despacio: los hogares separan sus residuos cuando el vehículo tiene dos compartimentos y el trabajador no recibe bolsas mezcladas, no por los carteles.",
            "zh-hans": "目前的经验：与环卫工人一起绘制的收运路线图比办公室里画的更准确；在选区议员第一天亲自走完收运路线的选区，覆盖率提升最快。垃圾分类进展较慢：住户分类投放，是因为收运车设有两个隔舱、工人拒收混合垃圾袋，而不是因为张贴了宣传海报。",
            "sk": "Zatiaľ sa ukázalo, že mapy trás nakreslené spolu s pracovníkmi zberu sú presnejšie ako tie z kancelárie a pokrytie rástlo najrýchlejšie v obvodoch, kde miestny poslanec v prvý deň prešiel trasu s nimi. Triedenie napreduje pomalšie: domácnosti triedia, keď má zberové vozidlo dve komory a pracovník odmietne zmiešané vrecia, nie vďaka plagátom.",
        },
        "coordinators": [COORDINATOR_EMAIL],
        "members": [
            {
                "city": "amrapur",
                "role": "mentor",
                "focal_points": ["rakesh.trivedi@cities.example.org"],
            },
            {
                "city": "kesarinagar",
                "role": "partner",
                "focal_points": ["sunita.deshmukh@cities.example.org"],
            },
        ],
        "objectives": [
            {
                "title": {
                    "en": "Collect waste from every household every day, separated at source",
                    "es": "Recolectar a diario los residuos de todos los hogares, separados en origen",
                    "zh-hans": "每天上门收集所有住户的垃圾，并实现源头分类",
                    "sk": "Každý deň zbierať odpad zo všetkých domácností, vytriedený pri zdroji",
                },
                "indicators": [
                    {
                        "name": {
                            "en": "Households covered by daily door-to-door collection",
                            "es": "Hogares con recolección domiciliaria diaria",
                            "zh-hans": "享有每日上门收集服务的住户比例",
                            "sk": "Domácnosti s denným zberom odpadu od dverí k dverám",
                        },
                        "unit": PERCENT,
                        "baseline": "41",
                        "baseline_in_days": -250,
                        "target": "95",
                        "target_in_days": 300,
                        "source": "Ward supervisors' daily route sheets",
                        "recorded_by": "sunita.deshmukh@cities.example.org",
                        "measurements": [(-150, "52"), (-90, "63"), (-30, "71")],
                    },
                    {
                        "name": {
                            "en": "Waste collected already separated into wet and dry",
                            "es": "Residuos recolectados ya separados en orgánicos e inorgánicos",
                            "zh-hans": "收集时已分为湿垃圾和干垃圾的垃圾比例",
                            "sk": "Zozbieraný odpad už roztriedený na biologický a ostatný",
                        },
                        "unit": PERCENT,
                        "baseline": "8",
                        "baseline_in_days": -250,
                        "target": "60",
                        "target_in_days": 300,
                        "source": "Weighbridge records at the transfer station",
                        "recorded_by": "sunita.deshmukh@cities.example.org",
                        "measurements": [(-90, "14"), (-30, "22")],
                    },
                ],
            },
            {
                "title": {
                    "en": "Pay for the service from user charges",
                    "es": "Financiar el servicio con la tarifa que pagan los usuarios",
                    "zh-hans": "以用户缴纳的服务费支撑垃圾收集服务",
                    "sk": "Financovať službu z poplatkov, ktoré platia domácnosti",
                },
                "indicators": [
                    {
                        "name": {
                            "en": "Households paying the monthly collection charge",
                            "es": "Hogares que pagan la tarifa mensual de recolección",
                            "zh-hans": "按月缴纳垃圾收集费的住户比例",
                            "sk": "Domácnosti, ktoré platia mesačný poplatok za zber",
                        },
                        "unit": PERCENT,
                        "baseline": "12",
                        "baseline_in_days": -250,
                        "target": "60",
                        "target_in_days": 300,
                        "source": "Property tax and user charge ledger",
                        "recorded_by": "sunita.deshmukh@cities.example.org",
                        "measurements": [],
                    },
                ],
            },
        ],
        "exchanges": [
            {
                "host": "kesarinagar",
                "visitors": "amrapur",
                "starts_in_days": -210,
                "ends_in_days": -208,
                "purpose": "Diagnostic visit: walk the collection routes and the dump site with the Kesarinagar team",
                "agenda": "Day 1: walk through wards 4, 11 and 17 with the sanitation supervisors; visit to the dump site.\nDay 2: review of vehicles, staffing and the collection contract.\nDay 3: workshop to agree the work plan and the indicators.",
                "trip_report": "Three officers of Amrapur's solid waste department spent three days in Kesarinagar. Only 38 of the 62 collection vehicles were running; the rest were waiting for spare parts. Wards 4 and 17 had no fixed collection time, so households had stopped waiting for the vehicle and threw their waste into the drains.\n\nWe agreed to start with route maps in five pilot wards, fixed timings announced by a jingle on each vehicle, and two-compartment vehicles for wet and dry waste. Amrapur will send its route-planning template and the specification of its vehicles.",
                "participants": [
                    "rakesh.trivedi@cities.example.org",
                    "sunita.deshmukh@cities.example.org",
                ],
            },
            {
                "host": "amrapur",
                "visitors": "kesarinagar",
                "starts_in_days": 25,
                "ends_in_days": 27,
                "purpose": "Study visit to Amrapur's ward-level dry waste centres and composting plant",
                "agenda": "Day 1: ward office and control room; how complaints are received and tracked.\nDay 2: dry waste collection centre run by a women's self-help group; composting plant.\nDay 3: meeting with Amrapur's finance department on billing the user charge with the property tax.",
                "trip_report": "",
                "participants": [
                    "sunita.deshmukh@cities.example.org",
                    "rakesh.trivedi@cities.example.org",
                    COORDINATOR_EMAIL,
                ],
            },
        ],
        "activities": [
            {
                "title": "Map collection routes in five pilot wards with the sanitation supervisors",
                "owner": "sunita.deshmukh@cities.example.org",
                "due_in_days": -200,
                "status": "done",
            },
            {
                "title": "Repair the 24 idle collection vehicles",
                "owner": "sunita.deshmukh@cities.example.org",
                "due_in_days": -120,
                "status": "done",
            },
            {
                "title": "Extend door-to-door collection to the remaining 23 wards",
                "owner": "sunita.deshmukh@cities.example.org",
                "due_in_days": 20,
                "status": "in_progress",
            },
            {
                "title": "Train 300 sanitation workers in segregated collection",
                "owner": "rakesh.trivedi@cities.example.org",
                "due_in_days": 45,
                "status": "in_progress",
            },
            {
                "title": "Set up three ward-level dry waste collection centres",
                "owner": "sunita.deshmukh@cities.example.org",
                "due_in_days": 60,
                "status": "planned",
            },
            {
                "title": "Bill the collection user charge with the property tax",
                "owner": "sunita.deshmukh@cities.example.org",
                "due_in_days": 120,
                "status": "planned",
            },
        ],
        "decisions": [
            {
                "decided_in_days": -235,
                "recorded_by": COORDINATOR_EMAIL,
                "text": "Work plan adopted: route mapping and fixed timings first, then segregation, then user charges. Indicators and baselines are taken from the household survey carried out before the start.",
            },
            {
                "decided_in_days": -100,
                "recorded_by": "sunita.deshmukh@cities.example.org",
                "text": "Kesarinagar will buy 20 two-compartment collection vehicles from its own funds; Amrapur will share its technical specification and tender documents.",
            },
            {
                "decided_in_days": -20,
                "recorded_by": "sunita.deshmukh@cities.example.org",
                "text": "The study visit to Amrapur is confirmed for a delegation of six: the chief municipal officer, two sanitary inspectors, the accounts officer and two ward councillors.",
            },
        ],
    },
    # 3. Proposed in Europe: participatory budgeting, a problem statement, no measurements.
    {
        "slug": "participatory-budgeting-kamenna-dolina",
        "topic": "participation",
        "region": "europe",
        "status": "proposed",
        "starts_in_days": None,
        "ends_in_days": None,
        "title": {
            "en": "Participatory budgeting in Kamenná Dolina",
            "es": "Presupuesto participativo en Kamenná Dolina",
            "zh-hans": "卡缅纳多利纳参与式预算",
            "sk": "Participatívny rozpočet v Kamennej Doline",
        },
        "problem": {
            "en": "Residents of Kamenná Dolina rarely take part in decisions on the town's investments: only a few dozen people came to the last public hearing on the budget, almost none of them under 40. The town hall would like residents to propose and choose small projects every year, but it has never run a public vote and does not know how to assess proposals fairly or keep their costs under control.",
            "es": "Los habitantes de Kamenná Dolina casi no participan en las decisiones sobre las inversiones de la ciudad: a la última audiencia pública sobre el presupuesto acudieron unas pocas decenas de personas, casi ninguna menor de 40 años. El gobierno municipal quiere que la población proponga y elija pequeños proyectos cada año, pero nunca ha organizado una votación pública y no sabe cómo evaluar las propuestas con equidad ni cómo mantener sus costos bajo control.",
            "zh-hans": "卡缅纳多利纳的居民很少参与城市投资决策：上一次预算公开听证会只来了几十人，几乎没有40岁以下的居民。市政府希望居民每年提出并选出一些小型项目，但从未组织过公开投票，也不清楚如何公平地评估提案、控制项目成本。",
            "sk": "Obyvatelia Kamennej Doliny sa len zriedka zapájajú do rozhodovania o investíciách mesta: na posledné verejné prerokovanie rozpočtu prišlo len niekoľko desiatok ľudí a takmer nikto z nich nemal menej ako 40 rokov. Mestský úrad by chcel, aby obyvatelia každý rok navrhovali a vyberali malé projekty, no verejné hlasovanie nikdy neorganizoval a nevie, ako návrhy spravodlivo posúdiť a udržať ich náklady pod kontrolou.",
        },
        "lessons": {},
        "coordinators": [],
        "members": [
            {
                "city": "novohrad-nad-vahom",
                "role": "mentor",
                "focal_points": ["ivana.kollarova@cities.example.org"],
            },
            {
                "city": "kamenna-dolina",
                "role": "partner",
                "focal_points": ["peter.hudec@cities.example.org"],
            },
        ],
        "objectives": [
            {
                "title": {
                    "en": "Let residents propose and choose projects every year",
                    "es": "Que los habitantes propongan y elijan proyectos cada año",
                    "zh-hans": "让居民每年提出并选择项目",
                    "sk": "Umožniť obyvateľom každý rok navrhovať a vyberať projekty",
                },
                "indicators": [
                    {
                        "name": {
                            "en": "Share of the town's capital budget decided by residents",
                            "es": "Proporción del presupuesto de inversión decidida por los habitantes",
                            "zh-hans": "由居民决定用途的城市资本预算比例",
                            "sk": "Podiel kapitálového rozpočtu mesta, o ktorom rozhodujú obyvatelia",
                        },
                        "unit": PERCENT,
                        "baseline": "0",
                        "baseline_in_days": -45,
                        "target": "3",
                        "target_in_days": 500,
                        "source": "Rozpočet mesta Kamenná Dolina",
                        "recorded_by": "peter.hudec@cities.example.org",
                        "measurements": [],
                    },
                    {
                        "name": {
                            "en": "Residents aged 15 and over who vote on the projects",
                            "es": "Habitantes de 15 años o más que votan por los proyectos",
                            "zh-hans": "参与项目投票的15岁及以上居民比例",
                            "sk": "Obyvatelia od 15 rokov, ktorí hlasujú o projektoch",
                        },
                        "unit": PERCENT,
                        "baseline": "0",
                        "baseline_in_days": -45,
                        "target": "8",
                        "target_in_days": 500,
                        "source": "Výsledky hlasovania o projektoch",
                        "recorded_by": "peter.hudec@cities.example.org",
                        "measurements": [],
                    },
                ],
            },
        ],
        "exchanges": [],
        "activities": [
            {
                "title": "Dohodnúť termín prvej výmennej návštevy v Novohrade nad Váhom",
                "owner": "ivana.kollarova@cities.example.org",
                "due_in_days": 20,
                "status": "planned",
            },
            {
                "title": "Pripraviť návrh zásad participatívneho rozpočtu na rokovanie mestského zastupiteľstva",
                "owner": "peter.hudec@cities.example.org",
                "due_in_days": 40,
                "status": "planned",
            },
        ],
        "decisions": [
            {
                "decided_in_days": -10,
                "recorded_by": "peter.hudec@cities.example.org",
                "text": "Obe mestá sa dohodli, že návrh partnerstva predložia regionálnej kancelárii v Bratislave. Ako prvý krok pošle Novohrad nad Váhom svoje zásady participatívneho rozpočtu a vzor hlasovacieho formulára.",
            },
        ],
    },
]

# The completed partnership's case study in the resource library: ``demo.py`` makes the draft
# with ``services.partnership_story_create``, replaces its text with this one, publishes it
# and translates it. Body blocks are ("heading", text) or ("paragraph", html); the paragraph
# that links back to the partnership comes last and is written by ``demo.py`` from
# ``link_text``. Spanish numbers follow the site's Spanish format (33,1%), as its charts do.
STORY = {
    "partnership": "water-losses-san-andres-tecoyotla",
    "published_in_days": -120,
    "slug": {
        "en": "how-san-andres-tecoyotla-cut-its-water-losses",
        "es": "como-san-andres-tecoyotla-redujo-sus-perdidas-de-agua",
        "zh-hans": "shengandelie-sitekeyuetela-jiangdi-gongshui-loushun",
        "sk": "ako-san-andres-tecoyotla-znizila-straty-vody",
    },
    "title": {
        "en": "How San Andrés Tecoyotla cut its water losses from 46% to 33%",
        "es": "Cómo San Andrés Tecoyotla redujo sus pérdidas de agua del 46% al 33%",
        "zh-hans": "圣安德烈斯特科约特拉如何将供水漏损率从46%降至33%",
        "sk": "Ako obec San Andrés Tecoyotla znížila straty vody zo 46 % na 33 %",
    },
    "summary": {
        "en": "In a two-year partnership with Santa Rosa de Quiroga, the water utility of San Andrés Tecoyotla learned to measure its network district by district, to repair a leak in about a day and to bill the water it delivers. Non-revenue water fell from 46% to 33% of the water pumped.",
        "es": "En dos años de alianza con Santa Rosa de Quiroga, el organismo de agua de San Andrés Tecoyotla aprendió a medir su red por sectores, a reparar una fuga en poco más de un día y a cobrar el agua que entrega. El agua no facturada bajó del 46% al 33% del volumen bombeado.",
        "zh-hans": "圣安德烈斯特科约特拉与圣罗莎德基罗加开展了为期两年的城市伙伴关系合作。在此期间，当地供水机构学会了对管网分区计量、在一天左右修复漏点，并对所供的水实现计量收费。无收益水量占供水量的比例从46%降至33%。",
        "sk": "Za dva roky partnerstva miest so Santa Rosa de Quiroga sa vodáreň obce San Andrés Tecoyotla naučila merať sieť po úsekoch, opraviť poruchu zhruba za deň a fakturovať vodu, ktorú dodá. Podiel nefakturovanej vody klesol zo 46 % na 33 % prečerpaného objemu.",
    },
    "body": {
        "en": [
            ("heading", "The problem"),
            (
                "paragraph",
                "<p>When the partnership began, the water and sewerage system of San Andrés Tecoyotla (SAPAT), a municipality of some 87,500 people south of Guadalajara, was losing 46% of the water it pumped, and nobody could say where it went: the network had no bulk meters, pressure ran too high at night, a reported leak took four days to repair and 42% of connections paid a flat fee because they had no working meter. The utility struggled to pay its electricity bill, and neighbourhoods on the hills received water only every other day.</p>",
            ),
            ("heading", "What the two cities did"),
            (
                "paragraph",
                "<p>Santa Rosa de Quiroga, whose own utility had brought its losses from over 40% to under 25%, provided the technical advice; San Andrés Tecoyotla provided the staff and the investment in equipment, following a two-year work plan agreed at the outset.</p><ul><li><b>Exchanges.</b> On a three-day exchange in Santa Rosa, SAPAT's director and three technicians toured the control centre and the metered districts and spent a day with the leak-detection crews. A year later, Santa Rosa's team came to review the pilot districts, the customer register and a tariff proposal with the council's water committee.</li><li><b>District metering.</b> SAPAT started with the Centro district, home to 30% of connections: it mapped the pipes and connections and installed twelve bulk meters at the outlets of tanks and wells. Comparing each night's minimum flow with expected use showed where to look for leaks.</li><li><b>Pressure management.</b> Pressure-reducing valves in the Centro and La Loma districts cut the minimum night flow by 35%. Instead of buying hydraulic modelling software, the team used the free EPANET and spent the savings on valves.</li><li><b>Leak-repair crews.</b> A dedicated, trained and equipped crew found and repaired leaks, for its first six months with a correlator lent by Santa Rosa.</li><li><b>Meters and billing.</b> The utility replaced 3,500 broken household meters and regularised 1,200 connections that had no contract.</li></ul>",
            ),
            ("heading", "Results"),
            (
                "paragraph",
                "<p>By the end of the partnership, all three indicators were close to their targets:</p><ul><li>Non-revenue water fell from 46% to 33.1% of the water pumped (target: 32%).</li><li>The average time to repair a reported leak fell from 96 to 26 hours (target: 24).</li><li>Connections with a working meter rose from 58% to 83.4% (target: 85%).</li></ul>",
            ),
            ("heading", "Lessons learned"),
            (
                "paragraph",
                "<p>Measure before you repair: the bulk meters showed that two districts caused most of the losses, so the crews went there first. Managing pressure at night paid for itself within a year. And technical fixes hold only if billing follows: the new meters made a difference because the city council approved a fair tariff and the utility explained it house by house.</p>",
            ),
        ],
        "es": [
            ("heading", "El problema"),
            (
                "paragraph",
                "<p>Cuando comenzó la alianza, el Sistema de Agua Potable y Alcantarillado de San Andrés Tecoyotla (SAPAT), municipio de unos 87 500 habitantes al sur de Guadalajara, perdía el 46% del agua que bombeaba, y nadie sabía dónde se iba: la red no tenía macromedidores, la presión nocturna era excesiva, una fuga reportada tardaba cuatro días en repararse y el 42% de las tomas pagaba una cuota fija por no tener un medidor funcionando. El organismo apenas alcanzaba a pagar la electricidad y las colonias altas recibían agua cada tercer día.</p>",
            ),
            ("heading", "Lo que hicieron las dos ciudades"),
            (
                "paragraph",
                "<p>Santa Rosa de Quiroga, cuyo organismo operador había bajado sus propias pérdidas de más del 40% a menos del 25%, aportó la asesoría técnica; San Andrés Tecoyotla puso el personal y la inversión en equipo, conforme a un plan de trabajo de dos años acordado desde el inicio.</p><ul><li><b>Intercambios.</b> En un intercambio de tres días en Santa Rosa, la directora del SAPAT y tres técnicos recorrieron el centro de control y los sectores hidrométricos, y pasaron una jornada con las cuadrillas de detección de fugas. Un año después, el equipo de Santa Rosa visitó San Andrés para revisar los sectores piloto y el padrón de usuarios, y para analizar una propuesta de tarifa con los regidores de la comisión de agua.</li><li><b>Sectorización.</b> El SAPAT empezó por el sector Centro, que reúne el 30% de las tomas: levantó el catastro de redes y tomas e instaló doce macromedidores a la salida de tanques y pozos. Comparar cada noche el caudal mínimo con el consumo esperado indicó dónde buscar las fugas.</li><li><b>Control de presiones.</b> Las válvulas reductoras de presión de los sectores Centro y La Loma redujeron un 35% el caudal mínimo nocturno. En lugar de comprar un software de modelación hidráulica, el equipo usó EPANET, que es gratuito, y destinó el ahorro a las válvulas.</li><li><b>Cuadrillas de fugas.</b> Una cuadrilla propia, capacitada y equipada, localizó y reparó fugas; durante sus primeros seis meses trabajó con un correlador prestado por Santa Rosa.</li><li><b>Medidores y facturación.</b> El organismo sustituyó 3500 medidores domiciliarios descompuestos y regularizó 1200 tomas sin contrato.</li></ul>",
            ),
            ("heading", "Resultados"),
            (
                "paragraph",
                "<p>Al cierre de la alianza, los tres indicadores estaban cerca de su meta:</p><ul><li>El agua no facturada bajó del 46% al 33,1% del agua bombeada (meta: 32%).</li><li>El tiempo promedio de reparación de una fuga reportada pasó de 96 a 26 horas (meta: 24).</li><li>Las tomas con medidor funcionando aumentaron del 58% al 83,4% (meta: 85%).</li></ul>",
            ),
            ("heading", "Lecciones aprendidas"),
            (
                "paragraph",
                "<p>Medir antes de reparar: los macromedidores mostraron que dos sectores concentraban la mayor parte de las pérdidas, y las cuadrillas fueron primero ahí. El control de presión nocturna se pagó solo en menos de un año. Además, las soluciones técnicas solo se sostienen si la facturación las acompaña: los nuevos medidores dieron resultado porque el concejo municipal aprobó una tarifa justa y el organismo la explicó casa por casa.</p>",
            ),
        ],
        "zh-hans": [
            ("heading", "问题"),
            (
                "paragraph",
                "<p>合作开始时，位于瓜达拉哈拉以南、人口约8.75万的圣安德烈斯特科约特拉，其供水和排水系统（SAPAT）损失了46%的供水量，却没有人说得清水漏在了哪里：管网没有安装总表，夜间压力过高，一处报修漏点平均要四天才能修好，42%的用户因为没有正常运行的水表而按固定费用缴费。供水机构连电费都难以支付，地势较高的街区只能隔天供水。</p>",
            ),
            ("heading", "两座城市做了什么"),
            (
                "paragraph",
                "<p>圣罗莎德基罗加的供水机构曾将本市漏损率从40%以上降至25%以下，由其提供技术指导；圣安德烈斯特科约特拉则投入人员和设备资金。双方从一开始就商定了两年工作计划。</p><ul><li><b>交流互访。</b>SAPAT主任和三名技术人员赴圣罗莎进行了为期三天的交流互访，参观了调度中心和计量分区，并与漏损探测队一起工作了一天。一年后，圣罗莎团队回访，查看试点分区和用户档案，并与市议会供水委员会的议员讨论水价方案。</li><li><b>分区计量。</b>SAPAT从覆盖30%用户的中心分区起步，摸清管网和用户接口底数，在水池和水井出口安装了十二台总表。每晚将最小流量与预期用水量进行比对，就能判断该去哪里查漏。</li><li><b>压力管理。</b>中心分区和拉洛马分区安装减压阀后，夜间最小流量下降了35%。团队没有购买水力建模软件，而是使用免费的EPANET，把省下的资金用于购置减压阀。</li><li><b>漏点抢修队。</b>一支经过培训、装备齐全的专职队伍负责查找和修复漏点，头六个月使用的是圣罗莎借出的漏水相关仪。</li><li><b>水表与计费。</b>供水机构更换了3500块损坏的户表，并为1200个无合同的私接用户补办了手续。</li></ul>",
            ),
            ("heading", "成果"),
            (
                "paragraph",
                "<p>合作结束时，三项指标均已接近目标值：</p><ul><li>无收益水量占供水量的比例从46%降至33.1%（目标为32%）。</li><li>已报告漏点的平均修复时间从96小时缩短至26小时（目标为24小时）。</li><li>装有正常运行水表的用户比例从58%提高到83.4%（目标为85%）。</li></ul>",
            ),
            ("heading", "经验教训"),
            (
                "paragraph",
                "<p>先计量，后维修：总表数据显示，大部分漏损集中在两个分区，维修队便优先派往那里。夜间压力管理的投入不到一年即收回成本。技术措施要见效，计费必须跟上：新水表之所以发挥作用，是因为市议会批准了合理的水价，供水机构也逐户作了解释。</p>",
            ),
        ],
        "sk": [
            ("heading", "Problém"),
            (
                "paragraph",
                "<p>Keď sa partnerstvo začínalo, vodáreň obce San Andrés Tecoyotla (SAPAT), ktorá leží južne od Guadalajary a má asi 87 500 obyvateľov, strácala 46 % prečerpanej vody a nikto nevedel povedať, kde sa voda stráca: sieť nemala hlavné vodomery, v noci bol tlak príliš vysoký, oprava nahlásenej poruchy trvala štyri dni a 42 % prípojok platilo paušál, pretože nemali funkčný vodomer. Vodáreň len ťažko platila účty za elektrinu a štvrte vo vyšších polohách dostávali vodu iba každý druhý deň.</p>",
            ),
            ("heading", "Čo obe samosprávy urobili"),
            (
                "paragraph",
                "<p>Mesto Santa Rosa de Quiroga, ktorého vodárenská spoločnosť znížila vlastné straty z vyše 40 % pod 25 %, poskytlo odborné poradenstvo; San Andrés Tecoyotla zabezpečila ľudí a investície do vybavenia. Obe strany postupovali podľa dvojročného pracovného plánu, na ktorom sa dohodli hneď na začiatku.</p><ul><li><b>Výmenné návštevy.</b> Počas trojdňovej výmennej návštevy v Santa Rose si riaditeľka SAPAT a traja technici prezreli dispečing a merané úseky siete a jeden deň strávili s čatami, ktoré vyhľadávajú poruchy. O rok neskôr prišiel tím zo Santa Rosy skontrolovať pilotné úseky a register odberateľov a s poslancami komisie pre vodu prebrať návrh novej tarify.</li><li><b>Delenie siete na merané úseky.</b> SAPAT začal úsekom Centro, na ktorý pripadá 30 % prípojok: zmapoval potrubia a prípojky a na výstupy z vodojemov a studní osadil dvanásť hlavných vodomerov. Porovnanie nočného minimálneho prietoku s očakávanou spotrebou ukázalo, kde treba hľadať úniky.</li><li><b>Riadenie tlaku.</b> Redukčné ventily v úsekoch Centro a La Loma znížili minimálny nočný prietok o 35 %. Namiesto kúpy softvéru na hydraulické modelovanie tím použil bezplatný program EPANET a ušetrené peniaze dal na ventily.</li><li><b>Opravárske čaty.</b> Vlastná vyškolená a vybavená čata vyhľadávala a opravovala poruchy; prvých šesť mesiacov pracovala s korelátorom, ktorý jej požičala Santa Rosa.</li><li><b>Vodomery a fakturácia.</b> Vodáreň vymenila 3 500 pokazených domových vodomerov a zlegalizovala 1 200 prípojok bez zmluvy.</li></ul>",
            ),
            ("heading", "Výsledky"),
            (
                "paragraph",
                "<p>Na konci partnerstva sa všetky tri ukazovatele priblížili k cieľovým hodnotám:</p><ul><li>Podiel nefakturovanej vody klesol zo 46 % na 33,1 % prečerpanej vody (cieľ: 32 %).</li><li>Priemerný čas opravy nahlásenej poruchy sa skrátil z 96 na 26 hodín (cieľ: 24).</li><li>Podiel prípojok s funkčným vodomerom stúpol z 58 % na 83,4 % (cieľ: 85 %).</li></ul>",
            ),
            ("heading", "Získané skúsenosti"),
            (
                "paragraph",
                "<p>Najprv merať, potom opravovať: hlavné vodomery ukázali, že väčšinu strát spôsobujú dva úseky, a čaty preto išli najskôr tam. Riadenie tlaku v noci sa zaplatilo do roka. Technické opatrenia však vydržia, len ak ich sprevádza fakturácia: nové vodomery priniesli výsledok preto, že obecné zastupiteľstvo schválilo spravodlivú tarifu a vodáreň ju vysvetlila dom po dome.</p>",
            ),
        ],
    },
    "link_text": {
        "en": "The partnership's indicators, exchanges and decisions",
        "es": "Indicadores, intercambios y decisiones de la alianza",
        "zh-hans": "查看本城市伙伴关系的指标、交流互访和决定",
        "sk": "Ukazovatele, výmenné návštevy a rozhodnutia partnerstva",
    },
}
