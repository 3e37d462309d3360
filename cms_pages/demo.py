"""Demo pages: a home page and an About page in each of the four locales."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from lms import registry

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
                "<p>Administradores municipales de más de 70 países acompañan "
                "a funcionarios que asumen mayores responsabilidades. Fijen metas juntos, "
                "reúnanse con regularidad y den seguimiento a sus avances.</p>",
            ),
        ],
    },
    "zh-hans": {
        "title": "城市之间相互学习，进步最快",
        "intro": "CityPeers是地方政府专业人员学习实用课程、寻找导师并与其他城市同行建立合作伙伴关系的平台。",
        "body": [
            ("heading", "按照自己的节奏学习"),
            (
                "paragraph",
                "<p>由一线从业者编写的短期课程涵盖预算编制、城市财政、气候韧性基础设施和职业伦理。"
                "每个课时都能在手机和低速网络上顺畅使用，每门课程都可获得职业发展学时。</p>",
            ),
            ("heading", "在导师指导下成长"),
            (
                "paragraph",
                "<p>来自 70 多个国家的资深城市管理者为走上更重要岗位的官员提供指导。"
                "共同设定目标、定期会面，并跟踪您的进展。</p>",
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
                "en ascenso, y alianzas entre ciudades que resuelven juntas un problema "
                "concreto.</p>",
            ),
        ],
    },
    "zh-hans": {
        "title": "关于CityPeers",
        "slug": "guanyu",
        "intro": "CityPeers由一个国际城市管理者协会运营，服务其 11,000 多名会员。",
        "body": [
            (
                "paragraph",
                "<p>该协会通过设在北京、布拉迪斯拉发、瓜达拉哈拉和艾哈迈达巴德的地区办事处，"
                "在 70 多个国家开展工作，总部内容以英文发布。协会的理念很简单：对一座城市最好的建议，"
                "往往来自已经解决过同样问题的另一座城市。</p>",
            ),
            (
                "paragraph",
                "<p>CityPeers把这些工作搬到线上：由从业者编写并颁发证书的课程、资深管理者与新晋官员之间的"
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
                "kancelárií v Pekingu, Bratislave, Guadalajare a Ahmadábáde, pričom obsah "
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
    page.body = [
        (kind, value) if kind != "heading" else (kind, {"text": value, "level": "h2"})
        for kind, value in text["body"]
    ]


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
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="CityPeers",
        )
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
        "en": "Public finance and budgeting",
        "es": "Finanzas públicas y presupuesto",
        "zh-hans": "公共财政与预算",
        "sk": "Verejné financie a rozpočet",
    },
    "participation": {
        "en": "Citizen participation",
        "es": "Participación ciudadana",
        "zh-hans": "公众参与",
        "sk": "Participácia občanov",
    },
    "climate": {
        "en": "Climate resilience",
        "es": "Resiliencia climática",
        "zh-hans": "气候韧性",
        "sk": "Odolnosť voči zmene klímy",
    },
    "infrastructure": {
        "en": "Infrastructure and public works",
        "es": "Infraestructura y obra pública",
        "zh-hans": "基础设施与公共工程",
        "sk": "Infraštruktúra a verejné práce",
    },
    "ethics": {
        "en": "Ethics and transparency",
        "es": "Ética y transparencia",
        "zh-hans": "职业伦理与透明",
        "sk": "Etika a transparentnosť",
    },
    "planning": {
        "en": "Urban planning",
        "es": "Planificación urbana",
        "zh-hans": "城市规划",
        "sk": "Územné plánovanie",
    },
    "leadership": {
        "en": "Leadership and management",
        "es": "Liderazgo y gestión",
        "zh-hans": "领导力与管理",
        "sk": "Líderstvo a riadenie",
    },
    "digital": {
        "en": "Digital government",
        "es": "Gobierno digital",
        "zh-hans": "数字政府",
        "sk": "Digitálna samospráva",
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




# ----------------------------------------------------------------------------- public site

REVIEWERS = {
    "en": ("reviewer-en@example.org", "Grace Mensah"),
    "es": ("reviewer-es@example.org", "Mariana Castillo"),
    "zh-hans": ("reviewer-zh@example.org", "李明"),
    "sk": ("reviewer-sk@example.org", "Eva Benková"),
}
EDITORS = {"es": "editor-es@example.org", "zh-hans": "editor-zh@example.org",
           "sk": "editor-sk@example.org"}

SECTION_TEXT = {
    "resources": {
        "en": ("Resources", "resources", "Leading practices, case studies, toolkits and reports from cities around the world."),
        "es": ("Recursos", "recursos", "Prácticas destacadas, estudios de caso, cajas de herramientas e informes de ciudades de todo el mundo."),
        "zh-hans": ("资源库", "ziyuan", "来自世界各地城市的优秀实践、案例研究、工具包和报告。"),
        "sk": ("Zdroje", "zdroje", "Osvedčená prax, prípadové štúdie, sady nástrojov a správy z miest z celého sveta."),
    },
    "news": {
        "en": ("News", "news", "News from the association and its regional offices."),
        "es": ("Noticias", "noticias", "Noticias de la asociación y de sus oficinas regionales."),
        "zh-hans": ("新闻", "xinwen", "协会及其各地区办事处的最新消息。"),
        "sk": ("Novinky", "novinky", "Novinky zo združenia a jeho regionálnych kancelárií."),
    },
    "events": {
        "en": ("Events", "events", "Webinars, workshops, convenings and conferences for local-government professionals."),
        "es": ("Eventos", "eventos", "Seminarios web, talleres, encuentros y conferencias para profesionales de los gobiernos locales."),
        "zh-hans": ("活动", "huodong", "面向地方政府专业人员的网络研讨会、工作坊、交流会和大会。"),
        "sk": ("Podujatia", "podujatia", "Webináre, workshopy, stretnutia a konferencie pre odborníkov zo samospráv."),
    },
}


def ensure_site_address() -> None:
    """Absolute links (sitemap, feeds, calendar files) use PUBLIC_BASE_URL's host."""
    from urllib.parse import urlsplit

    address = urlsplit(settings.PUBLIC_BASE_URL)
    site = Site.objects.filter(is_default_site=True).first()
    port = address.port or (443 if address.scheme == "https" else 80)
    if site and (site.hostname, site.port) != (address.hostname, port):
        site.hostname, site.port = address.hostname, port
        site.save()


def ensure_people_in_groups() -> None:
    from allauth.account.models import EmailAddress

    from lms.demo import DEMO_PASSWORD
    from lms.models import User

    from .editorial import ensure_editorial_groups

    groups = ensure_editorial_groups()
    for code, email in EDITORS.items():
        user = User.objects.filter(email=email).first()
        if user and code in groups:
            user.groups.add(groups[code]["editors"])
    for code, (email, name) in REVIEWERS.items():
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User(email=email, full_name=name, preferred_language=code, is_staff=True)
            user.set_password(DEMO_PASSWORD)
            user.save()
            EmailAddress.objects.get_or_create(
                user=user, email=email, defaults={"verified": True, "primary": True}
            )
        if code in groups:
            user.groups.add(groups[code]["reviewers"])


def ensure_section(homes, model, texts: dict) -> dict:
    """An index page of ``model`` under every home page, translated from English;
    ``texts`` maps a language to (title, slug, intro)."""
    english = model.objects.child_of(homes["en"]).first()
    if english is None:
        title, slug, intro = texts["en"]
        english = model(title=title, slug=slug, intro=intro, show_in_menus=True)
        homes["en"].add_child(instance=english)
        english.save_revision().publish()
    sections = {"en": english}
    for code, home in homes.items():
        if code == "en":
            continue
        local = english.get_translation_or_none(home.locale)
        if local is None:
            title, slug, intro = texts[code]
            local = english.copy_for_translation(home.locale)
            local.title, local.slug, local.intro = title, slug, intro
            local.save_revision().publish()
        sections[code] = model.objects.get(pk=local.pk)
    return sections


def _blocks(items):
    import json
    import uuid

    data = []
    for kind, value in items:
        if kind == "heading":
            value = {"text": value, "level": "h2"}
        data.append({"type": kind, "value": value, "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{kind}{str(value)[:60]}"))})
    return json.dumps(data)


def _create_translated(item, parents, build, stdout=None):
    """Create ``item`` in its first language under that locale's parent, then translate it."""
    from wagtail.models import Locale

    languages = item["languages"]
    source_language = languages[0]
    parent = parents[source_language]
    model = type(build(None, source_language))
    source = model.objects.child_of(parent).filter(slug=item["slug"][source_language]).first()
    if source is None:
        source = build(None, source_language)
        parent.add_child(instance=source)
        _after_create(source, item)
        source.save_revision().publish()
    for code in languages[1:]:
        locale = Locale.objects.get(language_code=code)
        if source.get_translation_or_none(locale) is None:
            translation = source.copy_for_translation(locale)
            build(translation, code)
            translation.save()
            _after_create(translation, item)
            translation.save_revision().publish()
    return source


def _after_create(page, item):
    if "topics" in item and hasattr(page, "topics"):
        from .models import Topic

        page.topics.set(list(Topic.objects.filter(slug__in=item["topics"])))


def _pdf_document(item, language):
    """A small, real PDF generated at seed time for a resource, in ``language``."""
    import io

    from django.core.files.base import ContentFile
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from wagtail.documents.models import Document

    from lms.pdf import FONT, register_font

    title = item["pdf"]["title"][language]
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    register_font()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            title=title, author="CityPeers")
    heading = ParagraphStyle("h", fontName=FONT, fontSize=18, leading=24, spaceAfter=8)
    body = ParagraphStyle("b", fontName=FONT, fontSize=11, leading=16, spaceAfter=6,
                          wordWrap="CJK" if language == "zh-hans" else None)
    story = [Paragraph(title, heading), Spacer(1, 4 * mm)]
    story += [Paragraph(text, body) for text in item["pdf"]["paragraphs"][language]]
    doc.build(story)
    document = Document(title=title)
    document.file.save(f"{item['key']}-{language}.pdf", ContentFile(buffer.getvalue()), save=False)
    document.file_size = len(buffer.getvalue())
    document.save()
    return document


def ensure_public_site(homes, stdout=None) -> None:
    import datetime as dt
    import json
    from importlib import import_module

    from django.utils import timezone

    from .models import (
        EventIndexPage,
        EventPage,
        NewsIndexPage,
        NewsPage,
        RegionalOfficePage,
        ResourceIndexPage,
        ResourcePage,
    )

    try:
        offices_news = import_module("cms_pages.demo_content.offices_news")
        resources_events = import_module("cms_pages.demo_content.resources_events")
    except ModuleNotFoundError:
        return
    today = timezone.localdate()
    resources = ensure_section(homes, ResourceIndexPage, SECTION_TEXT["resources"])
    news = ensure_section(homes, NewsIndexPage, SECTION_TEXT["news"])
    events = ensure_section(homes, EventIndexPage, SECTION_TEXT["events"])

    for item in offices_news.OFFICES:
        def build_office(page, code, item=item):
            page = page or RegionalOfficePage()
            page.title, page.slug = item["title"][code], item["slug"][code]
            page.region, page.city, page.country = item["region"], item["city"][code], item["country"]
            page.office_languages = item["office_languages"][code]
            page.intro, page.body = item["intro"][code], _blocks(item["body"][code])
            page.email, page.phone, page.address = item["email"], item["phone"], item["address"][code]
            page.show_in_menus = False
            return page
        _create_translated(item, homes, build_office)

    for item in offices_news.NEWS:
        def build_news(page, code, item=item):
            page = page or NewsPage()
            page.title, page.slug = item["title"][code], item["slug"][code]
            page.summary, page.body = item["summary"][code], _blocks(item["body"][code])
            page.region = item["region"]
            page.date = today - dt.timedelta(days=item["published_days_ago"])
            return page
        _create_translated(item, news, build_news)

    for item in resources_events.RESOURCES:
        # Each translation offers the document in its own language, under its own title.
        documents = (
            {code: _pdf_document(item, code) for code in item["languages"]} if item.get("pdf") else {}
        )

        def build_resource(page, code, item=item, documents=documents):
            page = page or ResourcePage()
            page.title, page.slug = item["title"][code], item["slug"][code]
            page.summary, page.body = item["summary"][code], _blocks(item["body"][code])
            page.resource_type, page.region = item["type"], item["region"]
            page.country = item.get("country", "")
            page.publication_date = today - dt.timedelta(days=item["published_days_ago"])
            if code in documents:
                page.documents = json.dumps([{"type": "document", "value": {"document": documents[code].pk, "title": ""}}])
            return page
        _create_translated(item, resources, build_resource)

    for item in resources_events.EVENTS:
        def build_event(page, code, item=item):
            page = page or EventPage()
            page.title, page.slug = item["title"][code], item["slug"][code]
            page.summary, page.body = item["summary"][code], _blocks(item["body"][code])
            page.kind, page.region, page.time_zone = item["kind"], item["region"], item["time_zone"]
            start_day = today + dt.timedelta(days=item["starts_in_days"])
            hour, minute = (int(part) for part in item["start_time"].split(":"))
            start = dt.datetime.combine(start_day, dt.time(hour, minute))
            end = start + dt.timedelta(hours=item["duration_hours"])
            page.start_date, page.start_time = start.date(), start.time()
            page.end_date, page.end_time = end.date(), end.time()
            page.online_url = item.get("online_url") or ""
            page.venue = (item.get("venue") or {}).get(code, "")
            page.registration_url = item.get("registration_url") or ""
            return page
        _create_translated(item, events, build_event)


@registry.demo_seeders.register
def seed(*, stdout) -> None:
    homes = ensure_home_pages(stdout)
    ensure_site_address()
    ensure_about_pages(homes, stdout)
    ensure_topics()
    ensure_people_in_groups()
    ensure_public_site(homes, stdout)
