/**
 * `<bersinar-stats area="61.03" indicator="…" year="2023" lang="id" theme="auto" view="full">`: the figures of the
 * nation, a province or a regency, or one village's status, read from the JSON API and rendered into a shadow root
 * styled by one constructed stylesheet (no inline style or script: works under a strict host CSP). Its light DOM —
 * the figures in words, put there by the generator — shows without JavaScript, while loading, and, with a note,
 * when the API cannot be reached or is too slow.
 */
import { formatDay, type Tr, translator } from '../format.ts';
import { areaPage } from '../links.ts';
import { statsView } from '../model.ts';
import { areaKind, DEFAULT_INDICATOR, type EmbedLocale, type EmbedOptions, parseOptions } from '../options.ts';
import { loadStats, loadVillage, NotFound } from './fetch.ts';
import { renderFallback, renderLoading, renderMessage, renderStats, renderVillage } from './render.ts';

declare const __EMBED_CSS__: string;
declare const __EMBED_STRINGS__: Record<EmbedLocale, Record<string, string>>;

const ATTRIBUTES = ['area', 'indicator', 'year', 'lang', 'theme', 'view', 'timeout'];
const DEFAULT_TIMEOUT_MS = 8000;

let sheet: CSSStyleSheet | null = null;
const styles = () => {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(__EMBED_CSS__);
  }
  return sheet;
};

/** The element class, bound to the origin embed.js was loaded from (the API's). */
export function defineStats(origin: string) {
  return class BersinarStats extends HTMLElement {
    static observedAttributes = ATTRIBUTES;
    #root: ShadowRoot | null = null;
    #request = 0;
    #scheduled = false;

    connectedCallback() {
      if (!this.#root) {
        this.#root = this.attachShadow({ mode: 'open' });
        this.#root.adoptedStyleSheets = [styles()];
      }
      this.#schedule();
    }

    attributeChangedCallback() {
      if (this.#root) this.#schedule();
    }

    /** Several attributes set at once render once. */
    #schedule() {
      if (this.#scheduled) return;
      this.#scheduled = true;
      queueMicrotask(() => {
        this.#scheduled = false;
        this.#update().catch(() => {});
      });
    }

    #show(node: Node) {
      this.#root?.replaceChildren(node);
    }

    async #update() {
      const kind = areaKind(this.getAttribute('area') ?? '');
      const widget = kind === 'village' ? 'desa' : 'angka';
      const { options, problems } = parseOptions(widget, (name) => this.getAttribute(name));
      const strings = translator(__EMBED_STRINGS__[options.lang]);
      // The bundled keys lack their `embed.` prefix (src/embed/build-script.ts).
      const t: Tr = (key, values) => strings(key.slice(6), values);
      const home = areaPage('', null, options.lang);
      const hasContent = this.textContent?.trim() !== '';
      if (problems.length > 0) {
        const lines = problems.map((p) => t('embed.error.option', { ...p }));
        this.#show(renderMessage(t, options.lang, lines, origin + home));
        return;
      }
      const request = ++this.#request;
      this.#show(renderLoading(t, options.lang, hasContent));
      const timeout = Number(this.getAttribute('timeout')) || DEFAULT_TIMEOUT_MS;
      try {
        const node = await this.#render(options, t, timeout);
        if (request === this.#request) this.#show(node);
      } catch (error) {
        if (request !== this.#request) return;
        if (error instanceof NotFound) {
          this.#show(renderMessage(t, options.lang, [t('embed.error.area', { area: options.area })], origin + home));
          return;
        }
        const date = this.dataset.asOf ?? '';
        const asOf = /^\d{4}-\d{2}-\d{2}$/.test(date) && Date.parse(date) ? formatDay(options.lang, date) : null;
        this.#show(
          renderFallback(t, options.lang, hasContent, asOf, origin + areaPage(options.area, null, options.lang)),
        );
      }
    }

    async #render(options: EmbedOptions, t: Tr, timeout: number) {
      if (options.widget === 'desa') {
        const { village, syncedAt } = await loadVillage(origin, options.area, timeout);
        const href = origin + areaPage(options.area, null, options.lang);
        return renderVillage(village, { t, options, href, syncedAt });
      }
      const { stats, slug, syncedAt } = await loadStats(origin, options.area, timeout);
      const indicator = options.indicator ?? DEFAULT_INDICATOR;
      const view = statsView(stats, indicator, options.year, options.lang);
      const href = origin + areaPage(options.area, slug, options.lang);
      return renderStats(view, indicator, { t, options, href, syncedAt });
    }
  };
}
