/** One regency's feed: its sources, newest first. */
import type { APIRoute } from 'astro';
import type { ResolvedRegency } from '../../../../content-model/types.ts';
import { LOCALES, type Locale, langParam, useTranslations } from '../../../../i18n/index.ts';
import { siteContent } from '../../../../lib/content.ts';
import { newsFeed } from '../../../../lib/feeds.ts';

export const getStaticPaths = async () => {
  const { regencies } = await siteContent();
  return LOCALES.flatMap((locale) =>
    regencies.map((r) => ({
      params: { lang: langParam(locale), slug: r.data.slug },
      props: { locale, regency: r.data },
    })),
  );
};

export const GET: APIRoute = async ({ props, site, url }) => {
  const { locale, regency } = props as { locale: Locale; regency: ResolvedRegency };
  const t = useTranslations(locale);
  const content = await siteContent();
  return newsFeed({
    locale,
    site: site ?? url,
    title: `${regency.name} · ${t('site.name')}`,
    description: t('regency.description', { name: regency.name }),
    news: (content.newsOf.get(regency.code) ?? []).map((n) => n.data),
  });
};
