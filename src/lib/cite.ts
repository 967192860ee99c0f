/** A source as cited on pages, from a content news entry (build time) or from D1 (pages rendered on demand). */
import type { Source } from '../../functions/lib/schemas.ts';
import type { ResolvedNews } from '../content-model/types.ts';

export interface CitedSource {
  id: string;
  publisher: string;
  site: string;
  url: string | null;
  /** The article's own headline, when the copy of the source has it. */
  headline: string | null;
  /** What to show when the headline is unknown: the title the atlas gave the entry. */
  fallbackTitle: string | null;
  /** Date of the event reported. */
  date: string;
  /** Publication date, when known. */
  published: string | null;
}

export const citeNews = (n: ResolvedNews): CitedSource => ({
  id: n.id,
  publisher: n.source.publisher,
  site: n.source.site,
  url: n.source.url ?? null,
  headline: n.source.title ?? null,
  fallbackTitle: n.title,
  date: n.date,
  published: n.source.published ?? null,
});

export const citeStored = (s: Source): CitedSource => ({
  id: s.id,
  publisher: s.publisher,
  site: s.site,
  url: s.url,
  headline: s.title,
  fallbackTitle: null,
  date: s.date,
  published: s.published ?? null,
});
