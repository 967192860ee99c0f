/** /rss.xml and /en/rss.xml: every source in the atlas, newest first. */
import type { APIRoute } from 'astro';
import { LOCALES, type Locale, langParam, useTranslations } from '../../i18n/index.ts';
import { siteContent } from '../../lib/content.ts';
import { newsFeed } from '../../lib/feeds.ts';

export const getStaticPaths = () =>
  LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));

export const GET: APIRoute = async ({ props, site, url }) => {
  const { locale } = props as { locale: Locale };
  const t = useTranslations(locale);
  const content = await siteContent();
  return newsFeed({
    locale,
    site: site ?? url,
    title: t('site.name'),
    description: t('site.tagline'),
    news: content.news.map((n) => n.data),
  });
};
