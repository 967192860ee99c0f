/** RSS feeds (national and per regency), in both languages: the sources as they are published, newest first. */
import rss from '@astrojs/rss';
import type { ResolvedNews } from '../content-model/types.ts';
import { type Locale, localizePath, useTranslations } from '../i18n/index.ts';
import { paths } from './paths.ts';

export function newsFeed(options: {
  locale: Locale;
  site: URL;
  title: string;
  description: string;
  news: ResolvedNews[];
}) {
  const t = useTranslations(options.locale);
  return rss({
    title: options.title,
    description: options.description,
    site: options.site,
    customData: `<language>${options.locale}</language>`,
    items: options.news.slice(0, 50).map((n) => ({
      title: n.title,
      link: localizePath(options.locale, paths.article(n.id)),
      pubDate: new Date(`${n.source.published ?? n.date}T00:00:00Z`),
      description: `${n.source.publisher} (${n.source.site}). ${t('source.event')} ${n.date}. ${n.body.slice(0, 400)}`,
      categories: [n.regencyCode],
    })),
  });
}
