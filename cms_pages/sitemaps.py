from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Every live public page in every locale's tree, each with hreflang alternates for its
    translations."""

    def items(self):
        site = self.get_wagtail_site()
        roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        in_a_tree = Q()
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_a_tree)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _absolute(self, page) -> str:
        """The page's address on the host that asked for the sitemap (the demo on whatever
        port it runs; in production the public host, the only one ALLOWED_HOSTS lets in),
        not the Wagtail Site's configured port."""
        _site_id, _root, path = page.get_url_parts(self.request)
        return self.request.build_absolute_uri(path)

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        translations = defaultdict(list)
        for translation in (
            Page.objects.live()
            .public()
            .filter(translation_key__in=[item.translation_key for item in items])
            .select_related("locale")
        ):
            translations[translation.translation_key].append(translation)
        urls = []
        last_mods = set()
        for item in items:
            versions = sorted(translations[item.translation_key], key=lambda t: t.locale_id)
            alternates = [
                {"lang_code": t.locale.language_code, "location": self._absolute(t)}
                for t in versions
            ]
            default = next(
                (a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), None
            ) or (alternates[0] if alternates else None)
            for url_info in item.get_sitemap_urls(self.request):
                url_info["location"] = self._absolute(item)
                if len(alternates) > 1:
                    url_info["alternates"] = [
                        *alternates,
                        {"lang_code": "x-default", "location": default["location"]},
                    ]
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
