"""Content pages: home, standard pages, resources, regional offices, news and events."""

import datetime
import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks as wagtail_blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from lms import page_cache
from lms.ics import calendar_event, calendar_response
from lms.models import validate_time_zone
from lms.page_cache import PageCacheMixin
from lms.page_context import SelectorContextMixin
from lms.regions import Region
from lms.validators import validate_plausible_date

from . import structured_data as structured
from .blocks import BaseStreamBlock, DocumentBlock
from .feeds import NewsAtomFeed, NewsRssFeed
from .search_text import SearchTextMixin, stream_text


class HomePage(PageCacheMixin, SelectorContextMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def structured_data(self, request) -> dict:
        offices = page_cache.remember(
            ("office_facts", self.pk),
            lambda: [
                structured.office_facts(request, office)
                for office in RegionalOfficePage.objects.live()
                .descendant_of(self)
                .order_by("path")
            ],
        )
        return structured.home_page(request, self, offices)



class StandardPage(PageCacheMixin, SearchTextMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    search_text = models.TextField(editable=False, blank=True, default="")

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")

    def get_search_text_parts(self):
        return [self.title, self.intro, stream_text(self.body)]

    @property
    def summary_text(self) -> str:
        return self.intro


class Topic(models.Model):
    """An area of expertise shared by courses, resources and mentor profiles.

    One row per topic with its name in every language (django-modeltranslation), so that
    matching and filtering work across languages; edited as a Wagtail snippet.
    """

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.name


# ----------------------------------------------------------------------------- shared parts


def listing_image_field():
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


class ListingMixin:
    """What listings, search results and Open Graph tags show of a page."""

    @property
    def summary_text(self) -> str:
        return getattr(self, "summary", "") or getattr(self, "intro", "")


# ----------------------------------------------------------------------------- resources


class ResourceType(models.TextChoices):
    LEADING_PRACTICE = "leading_practice", _("Leading practice")
    CASE_STUDY = "case_study", _("Case study")
    TOOLKIT = "toolkit", _("Toolkit")
    REPORT = "report", _("Report")
    PARTNERSHIP_STORY = "partnership_story", _("Partnership story")


class ResourceIndexPage(PageCacheMixin, SelectorContextMixin, Page):
    """The knowledge library of one locale."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["cms_pages.ResourcePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("resource library")



class ResourcePage(PageCacheMixin, SelectorContextMixin, ListingMixin, SearchTextMixin, Page):
    cache_visitor_content = True

    resource_type = models.CharField(
        _("resource type"), max_length=20, choices=ResourceType.choices
    )
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    country = CountryField(_("country"), blank=True)
    publication_date = models.DateField(
        _("publication date"), default=datetime.date.today, validators=[validate_plausible_date]
    )
    summary = models.TextField(_("summary"), max_length=600)
    listing_image = listing_image_field()
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    documents = StreamField(
        [("document", DocumentBlock())], blank=True, verbose_name=_("documents to download")
    )
    related_pages = StreamField(
        [("page", wagtail_blocks.PageChooserBlock(label=_("Page")))],
        blank=True,
        verbose_name=_("related courses and pages"),
    )
    search_text = models.TextField(editable=False, blank=True, default="")

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("resource_type"),
                FieldPanel("topics"),
                FieldRowPanel([FieldPanel("region"), FieldPanel("country")]),
                FieldPanel("publication_date"),
            ],
            heading=_("Catalogue"),
        ),
        FieldPanel("listing_image"),
        FieldPanel("body"),
        FieldPanel("documents"),
        FieldPanel("related_pages"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["cms_pages.ResourceIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("resource")

    def get_search_text_parts(self):
        return [self.title, self.summary, stream_text(self.body)]

    @cached_property
    def _original_documents(self) -> tuple[str, frozenset[int]]:
        """The original translation's language (the first page created with this
        translation_key) and the documents it offers. One query, on first use."""
        original = (
            ResourcePage.objects.filter(translation_key=self.translation_key)
            .order_by("pk")
            .values_list("pk", "locale__language_code", "documents", "body")
            .first()
        )
        if original is None or original[0] == self.pk:
            return self.locale.language_code, frozenset()
        _pk, language, *streams = original
        documents = frozenset(
            block["value"].get("document")
            for stream in streams
            for block in getattr(stream, "raw_data", stream) or []
            if block.get("type") == "document" and isinstance(block.get("value"), dict)
        )
        return language, documents

    def document_language(self, document) -> str:
        """The language a document offered on this page is in: a translation that still
        offers its original's document (copied when it was translated) offers it in the
        original's language; any other document is in the page's own language."""
        language, documents = self._original_documents
        return language if document.pk in documents else self.locale.language_code


# ----------------------------------------------------------------------------- offices


class RegionalOfficePage(PageCacheMixin, SelectorContextMixin, ListingMixin, SearchTextMixin, Page):
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    city = models.CharField(_("city"), max_length=100)
    country = CountryField(_("country"))
    office_languages = models.CharField(_("working languages"), max_length=200)
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.TextField(_("address"), blank=True)
    search_text = models.TextField(editable=False, blank=True, default="")

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("region"), FieldPanel("city"), FieldPanel("country")]),
        FieldPanel("office_languages"),
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("address")],
            heading=_("Contact"),
        ),
    ]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("regional office")

    def structured_data(self, request) -> dict:
        return structured.office_page(request, self)

    def get_search_text_parts(self):
        return [self.title, self.city, self.intro, stream_text(self.body)]



# ----------------------------------------------------------------------------- news


class NewsIndexPage(PageCacheMixin, SelectorContextMixin, RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["cms_pages.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")


    def feed_items(self, limit: int = 20) -> list:
        """The newest news under this index, for its RSS and Atom feeds."""
        return list(
            NewsPage.objects.live().public().child_of(self).order_by("-date", "-pk")[:limit]
        )

    @path("feed/rss/", name="rss")
    def rss(self, request):
        return NewsRssFeed(self, self.feed_items())(request)

    @path("feed/atom/", name="atom")
    def atom(self, request):
        return NewsAtomFeed(self, self.feed_items())(request)


class NewsPage(PageCacheMixin, ListingMixin, SearchTextMixin, Page):
    date = models.DateField(
        _("date"), default=datetime.date.today, validators=[validate_plausible_date]
    )
    summary = models.TextField(_("summary"), max_length=600)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True)
    listing_image = listing_image_field()
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))
    search_text = models.TextField(editable=False, blank=True, default="")

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("region")]),
        FieldPanel("summary"),
        FieldPanel("topics"),
        FieldPanel("listing_image"),
        FieldPanel("body"),
    ]
    parent_page_types = ["cms_pages.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news item")

    def structured_data(self, request) -> dict:
        return structured.news_article(request, self)

    def get_search_text_parts(self):
        return [self.title, self.summary, stream_text(self.body)]


# ----------------------------------------------------------------------------- events


class EventKind(models.TextChoices):
    WEBINAR = "webinar", _("Webinar")
    CONFERENCE = "conference", _("Conference")
    CONVENING = "convening", _("Convening")
    WORKSHOP = "workshop", _("Workshop")


class EventIndexPage(PageCacheMixin, SelectorContextMixin, RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["cms_pages.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")


    @path("")
    def upcoming(self, request):
        return self.render(request)

    @path("past/", name="past")
    def past(self, request):
        return self.render(request, past=True)


class EventPage(PageCacheMixin, ListingMixin, SearchTextMixin, RoutablePageMixin, Page):
    """Dates and times are entered in the event's own time zone."""

    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    start_date = models.DateField(_("start date"), validators=[validate_plausible_date])
    start_time = models.TimeField(_("start time"))
    end_date = models.DateField(_("end date"), validators=[validate_plausible_date])
    end_time = models.TimeField(_("end time"))
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="UTC", validators=[validate_time_zone]
    )
    # A time zone id ("America/New_York") is data, not text: copied to translations as it is,
    # never offered to translators (wagtail-localize).
    override_translatable_fields = [SynchronizedField("time_zone")]
    starts_at = models.DateTimeField(editable=False, null=True)
    ends_at = models.DateTimeField(editable=False, null=True)
    online_url = models.URLField(_("online link"), blank=True)
    venue = models.CharField(_("venue"), max_length=300, blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True)
    summary = models.TextField(_("summary"), max_length=600)
    listing_image = listing_image_field()
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    search_text = models.TextField(editable=False, blank=True, default="")

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When (in the event's time zone)"),
        ),
        MultiFieldPanel(
            [FieldPanel("online_url"), FieldPanel("venue"), FieldPanel("registration_url")],
            heading=_("Where"),
        ),
        FieldRowPanel([FieldPanel("region")]),
        FieldPanel("topics"),
        FieldPanel("summary"),
        FieldPanel("listing_image"),
        FieldPanel("body"),
    ]
    parent_page_types = ["cms_pages.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")

    def structured_data(self, request) -> dict:
        return structured.event(request, self)

    def _aware(self, day, time):
        return datetime.datetime.combine(day, time, tzinfo=zoneinfo.ZoneInfo(self.time_zone))

    def clean(self):
        super().clean()
        try:
            zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
            raise ValidationError({"time_zone": _("Unknown time zone.")}) from error
        if self.start_date and self.end_date and self.start_time and self.end_time:
            if self._aware(self.end_date, self.end_time) <= self._aware(
                self.start_date, self.start_time
            ):
                raise ValidationError({"end_time": _("The event must end after it starts.")})

    def save(self, *args, **kwargs):
        self.starts_at = self._aware(self.start_date, self.start_time)
        self.ends_at = self._aware(self.end_date, self.end_time)
        return super().save(*args, **kwargs)

    def get_search_text_parts(self):
        return [self.title, self.summary, self.venue, stream_text(self.body)]

    @property
    def is_past(self) -> bool:
        return bool(self.ends_at and self.ends_at < timezone.now())

    @property
    def event_zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @path("calendar/", name="ics")
    def ics(self, request):
        body = calendar_event(
            uid=f"event-{self.translation_key}@citypeers",
            start=self.starts_at,
            end=self.ends_at or self.starts_at + datetime.timedelta(hours=1),
            summary=self.title,
            description=self.summary,
            location=self.venue or self.online_url,
            url=self.full_url or request.build_absolute_uri(self.url),
        )
        return calendar_response(body, filename=f"{self.slug}.ics")
