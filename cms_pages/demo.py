"""Demo pages: a home page and an About page in each of the four locales."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from .models import HomePage, StandardPage

HOME_TEXT = {
    "en": {
        "title": "Cities learn best from one another",
        "intro": (
            "CityPeers is where local-government professionals take practical courses, find a "
            "mentor and build partnerships with peers in other cities."
        ),
        "body": [
            ("heading", "Learn at your own pace"),
            (
                "paragraph",
                "<p>Short courses written by practitioners cover budgeting, municipal finance, "
                "climate-resilient infrastructure and ethics. Every lesson works on a phone and "
                "on a slow connection, and every course earns professional-development hours.</p>",
            ),
            ("heading", "Grow with a mentor"),
            (
                "paragraph",
                "<p>Experienced city managers from more than 70 countries mentor officials who "
                "are stepping into bigger roles. Set goals together, meet regularly and track "
                "your progress.</p>",
            ),
        ],
    },
    "es": {
        "title": "Las ciudades aprenden mejor unas de otras",
        "intro": (
            "CityPeers es el espacio donde los profesionales de los gobiernos locales toman "
            "cursos prácticos, encuentran una mentora o un mentor y crean alianzas con colegas "
            "de otras ciudades."
        ),
        "body": [
            ("heading", "Aprenda a su propio ritmo"),
            (
                "paragraph",
                "<p>Cursos breves escritos por profesionales en ejercicio sobre presupuestos, "
                "finanzas municipales, infraestructura resiliente al clima y ética pública. "
                "Cada lección funciona en el teléfono y con conexiones lentas, y cada curso "
                "otorga horas de desarrollo profesional.</p>",
            ),
            ("heading", "Crezca con una mentoría"),
            (
                "paragraph",
                "<p>Administradores municipales con experiencia en más de 70 países acompañan "
                "a funcionarios que asumen mayores responsabilidades. Fijen metas juntos, "
                "reúnanse con regularidad y den seguimiento a sus avances.</p>",
            ),
        ],
    },
    "zh-hans": {
        "title": "城市之间相互学习，进步最快",
        "intro": "CityPeers 是地方政府专业人员学习实用课程、寻找导师并与其他城市同行建立合作伙伴关系的平台。",
        "body": [
            ("heading", "按照自己的节奏学习"),
            (
                "paragraph",
                "<p>由一线从业者编写的短期课程涵盖预算编制、城市财政、气候韧性基础设施和廉政建设。"
                "每节课都能在手机和低速网络上顺畅使用，每门课程都可获得职业发展学时。</p>",
            ),
            ("heading", "在导师指导下成长"),
            (
                "paragraph",
                "<p>来自 70 多个国家的资深城市管理者为走上更重要岗位的官员提供指导。"
                "一起设定目标、定期交流，并跟踪您的进展。</p>",
            ),
        ],
    },
    "sk": {
        "title": "Mestá sa najlepšie učia jedno od druhého",
        "intro": (
            "CityPeers je miesto, kde odborníci zo samospráv absolvujú praktické kurzy, nájdu "
            "si mentora a nadväzujú partnerstvá s kolegami z iných miest."
        ),
        "body": [
            ("heading", "Učte sa vlastným tempom"),
            (
                "paragraph",
                "<p>Krátke kurzy od praktikov pokrývajú rozpočtovanie, komunálne financie, "
                "infraštruktúru odolnú voči zmene klímy aj etiku vo verejnej správe. Každá "
                "lekcia funguje na mobile aj pri pomalom pripojení a každý kurz prináša hodiny "
                "profesijného rozvoja.</p>",
            ),
            ("heading", "Rastite s mentorom"),
            (
                "paragraph",
                "<p>Skúsení prednostovia a manažéri miest z viac ako 70 krajín sprevádzajú "
                "úradníkov, ktorí preberajú väčšiu zodpovednosť. Stanovte si spoločné ciele, "
                "pravidelne sa stretávajte a sledujte svoj pokrok.</p>",
            ),
        ],
    },
}

ABOUT_TEXT = {
    "en": {
        "title": "About CityPeers",
        "slug": "about",
        "intro": "An international association of city managers runs CityPeers for its 11,000+ members.",
        "body": [
            (
                "paragraph",
                "<p>The association works in more than 70 countries through regional offices in "
                "Beijing, Bratislava, Guadalajara and Ahmedabad, with headquarters content in "
                "English. Its conviction is simple: the best advice for a city usually comes "
                "from another city that has already faced the same problem.</p>",
            ),
            (
                "paragraph",
                "<p>CityPeers brings that work online: practitioner-written courses with "
                "certificates, mentoring between experienced managers and rising officials, and "
                "city-to-city partnerships that tackle one concrete problem together.</p>",
            ),
        ],
    },
    "es": {
        "title": "Acerca de CityPeers",
        "slug": "acerca-de",
        "intro": (
            "Una asociación internacional de administradores municipales gestiona CityPeers "
            "para sus más de 11 000 miembros."
        ),
        "body": [
            (
                "paragraph",
                "<p>La asociación trabaja en más de 70 países a través de sus oficinas "
                "regionales en Pekín, Bratislava, Guadalajara y Ahmedabad, con contenidos de la "
                "sede central en inglés. Su convicción es sencilla: el mejor consejo para una "
                "ciudad suele venir de otra ciudad que ya enfrentó el mismo problema.</p>",
            ),
            (
                "paragraph",
                "<p>CityPeers lleva ese trabajo a internet: cursos escritos por profesionales "
                "con certificado, mentorías entre administradores experimentados y funcionarios "
                "en ascenso, y hermanamientos entre ciudades que resuelven juntas un problema "
                "concreto.</p>",
            ),
        ],
    },
    "zh-hans": {
        "title": "关于 CityPeers",
        "slug": "guanyu",
        "intro": "CityPeers 由一个国际城市管理者协会运营，服务其 11,000 多名会员。",
        "body": [
            (
                "paragraph",
                "<p>该协会通过设在北京、布拉迪斯拉发、瓜达拉哈拉和艾哈迈达巴德的区域办事处，"
                "在 70 多个国家开展工作，总部内容以英文发布。协会的理念很简单：对一座城市最好的建议，"
                "往往来自已经解决过同样问题的另一座城市。</p>",
            ),
            (
                "paragraph",
                "<p>CityPeers 把这些工作搬到线上：由从业者编写并颁发证书的课程、资深管理者与新晋官员之间的"
                "导师辅导，以及共同解决具体问题的城市间合作伙伴关系。</p>",
            ),
        ],
    },
    "sk": {
        "title": "O platforme CityPeers",
        "slug": "o-nas",
        "intro": (
            "Platformu CityPeers prevádzkuje medzinárodné združenie manažérov miest pre svojich "
            "viac ako 11 000 členov."
        ),
        "body": [
            (
                "paragraph",
                "<p>Združenie pôsobí vo viac ako 70 krajinách prostredníctvom regionálnych "
                "kancelárií v Pekingu, Bratislave, Guadalajare a Ahmedabáde, pričom obsah "
                "centrály vychádza v angličtine. Jeho presvedčenie je jednoduché: najlepšiu radu "
                "pre mesto má zvyčajne iné mesto, ktoré už ten istý problém riešilo.</p>",
            ),
            (
                "paragraph",
                "<p>CityPeers prenáša túto prácu na internet: kurzy od praktikov s certifikátom, "
                "mentoring medzi skúsenými manažérmi a nastupujúcimi úradníkmi a partnerstvá "
                "miest, ktoré spoločne riešia jeden konkrétny problém.</p>",
            ),
        ],
    },
}


def ensure_locales() -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def _fill(page: Page, text: dict) -> None:
    page.title = text["title"]
    page.intro = text["intro"]
    page.body = [(kind, value) if kind != "heading" else (kind, {"text": value, "level": "h2"})
                 for kind, value in text["body"]]


def ensure_home_pages(stdout=None) -> dict[str, HomePage]:
    """The English home page as the site root, with a translation in every other locale."""
    locales = ensure_locales()
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=locales["en"]).first()
    if home is None:
        # Replace Wagtail's placeholder "Welcome" page created by its first migration.
        for placeholder in root.get_children().filter(content_type__model="page"):
            placeholder.delete()
        home = HomePage(slug="home", locale=locales["en"], show_in_menus=False)
        _fill(home, HOME_TEXT["en"])
        root.add_child(instance=home)
        home.save_revision().publish()
        if stdout:
            stdout.write("  created the English home page")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True,
                            site_name="CityPeers")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "CityPeers"
        site.save()
    homes = {"en": home}
    for code, locale in locales.items():
        if code == "en":
            continue
        translation = home.get_translation_or_none(locale)
        if translation is None:
            translation = home.copy_for_translation(locale)
            _fill(translation, HOME_TEXT[code])
            translation.save_revision().publish()
            if stdout:
                stdout.write(f"  created the {code} home page")
        homes[code] = translation.specific
    return homes


def ensure_about_pages(homes: dict[str, HomePage], stdout=None) -> None:
    home = homes["en"]
    about = StandardPage.objects.child_of(home).filter(slug="about").first()
    if about is None:
        about = StandardPage(slug="about", show_in_menus=True)
        _fill(about, ABOUT_TEXT["en"])
        home.add_child(instance=about)
        about.save_revision().publish()
    for code, locale_home in homes.items():
        if code == "en":
            continue
        if about.get_translation_or_none(locale_home.locale) is None:
            translation = about.copy_for_translation(locale_home.locale)
            _fill(translation, ABOUT_TEXT[code])
            translation.slug = ABOUT_TEXT[code]["slug"]
            translation.save_revision().publish()
            if stdout:
                stdout.write(f"  created the {code} About page")




TOPICS = {
    "finance": {
        "en": "Public finance and budgeting", "es": "Finanzas públicas y presupuesto",
        "zh-hans": "公共财政与预算", "sk": "Verejné financie a rozpočet",
    },
    "participation": {
        "en": "Citizen participation", "es": "Participación ciudadana",
        "zh-hans": "公众参与", "sk": "Participácia občanov",
    },
    "climate": {
        "en": "Climate resilience", "es": "Resiliencia climática",
        "zh-hans": "气候韧性", "sk": "Odolnosť voči zmene klímy",
    },
    "infrastructure": {
        "en": "Infrastructure and public works", "es": "Infraestructura y obra pública",
        "zh-hans": "基础设施与公共工程", "sk": "Infraštruktúra a verejné práce",
    },
    "ethics": {
        "en": "Ethics and transparency", "es": "Ética y transparencia",
        "zh-hans": "廉政与透明", "sk": "Etika a transparentnosť",
    },
    "planning": {
        "en": "Urban planning", "es": "Planeación urbana",
        "zh-hans": "城市规划", "sk": "Územné plánovanie",
    },
    "leadership": {
        "en": "Leadership and management", "es": "Liderazgo y gestión",
        "zh-hans": "领导力与管理", "sk": "Líderstvo a riadenie",
    },
    "digital": {
        "en": "Digital government", "es": "Gobierno digital",
        "zh-hans": "数字政府", "sk": "Digitálna samospráva",
    },
}


def ensure_topics() -> dict:
    from .models import Topic

    topics = {}
    for slug, names in TOPICS.items():
        topic = Topic.objects.filter(slug=slug).first()
        if topic is None:
            topic = Topic(slug=slug)
            for code, name in names.items():
                setattr(topic, f"name_{code.replace('-', '_')}", name)
            topic.save()
        topics[slug] = topic
    return topics


def seed(*, stdout) -> None:
    homes = ensure_home_pages(stdout)
    ensure_about_pages(homes, stdout)
    ensure_topics()
