/** The widgets' translator on the server (iframe pages, badges, oEmbed): the site's strings, typed loosely. */
import { type StringKey, useTranslations } from '../i18n/index.ts';
import type { Tr } from './format.ts';
import type { EmbedLocale } from './options.ts';

export function embedT(lang: EmbedLocale): Tr {
  const t = useTranslations(lang);
  return (key, values) => t(key as StringKey, values);
}
