/**
 * The search box: provinces and regencies by name or code and villages by code at once (in the page), village
 * names through the API (`/api/v1/reference/villages?q=`, debounced). Results are buttons; Enter takes the first.
 */
import type { Points } from './codec.ts';
import type { MapConfig, Tr } from './config.ts';
import { find, h } from './dom.ts';
import { loadedNames, namesOf } from './load.ts';
import { type AreaIndex, type Hit, searchAreas, searchVillageCodes } from './search.ts';

interface ApiVillage {
  code: string;
  name: string;
  district: { name: string };
  regency: { name: string };
}

export interface SearchDeps {
  /** The provinces and regencies to search, built on first use. */
  index: () => AreaIndex;
  points: Points;
  config: MapConfig;
  t: Tr;
  onPick: (hit: Hit) => void;
}

export class SearchBox {
  private input: HTMLInputElement;
  private results: HTMLUListElement;
  private status: HTMLElement;
  private hits: Hit[] = [];
  private timer = 0;
  private generation = 0;
  private deps: SearchDeps;

  constructor(form: HTMLFormElement, deps: SearchDeps) {
    this.deps = deps;
    this.input = find(form, 'input');
    this.results = find(form, '#map-search-results');
    this.status = find(form, '#map-search-status');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.timer);
      this.run().then(() => this.hits[0] && this.pick(this.hits[0]));
    });
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.run(), 200);
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.results.querySelector('button')?.focus();
      } else if (event.key === 'Escape') this.clear();
    });
    this.results.addEventListener('keydown', (event) => {
      const buttons = [...this.results.querySelectorAll('button')];
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      if (event.key === 'ArrowDown') buttons[Math.min(buttons.length - 1, at + 1)]?.focus();
      else if (event.key === 'ArrowUp') (at <= 0 ? this.input : buttons[at - 1]).focus();
      else if (event.key === 'Escape') this.input.focus();
      else return;
      event.preventDefault();
    });
  }

  private async run(): Promise<void> {
    const query = this.input.value.trim();
    const generation = ++this.generation;
    const local = searchAreas(this.deps.index(), query);
    const codes = searchVillageCodes(this.deps.points, query).map((code) => this.villageByCode(code));
    this.show([...local, ...codes], query, false);
    if (query.length < 2 || /^[\d.]+$/.test(query)) return;
    const remote = await this.searchApi(query);
    if (generation === this.generation) this.show([...local, ...codes, ...remote], query, true);
  }

  private villageByCode(code: string): Hit {
    const names = loadedNames(code.slice(0, 5));
    if (!names) namesOf(this.deps.config.urls, code.slice(0, 5)).then(() => this.generation && this.refreshLabels());
    return {
      kind: 'village',
      code,
      name: names?.villages[code] ?? code,
      context: names?.districts[code.slice(0, 8)] ?? '',
    };
  }

  private refreshLabels(): void {
    this.hits = this.hits.map((h) => (h.kind === 'village' && h.name === h.code ? this.villageByCode(h.code) : h));
    this.render();
  }

  private async searchApi(query: string): Promise<Hit[]> {
    try {
      const url = `${this.deps.config.urls.api}/reference/villages?q=${encodeURIComponent(query)}&limit=6`;
      const response = await fetch(url);
      if (!response.ok) return [];
      const { data } = (await response.json()) as { data: ApiVillage[] };
      return data.map((v) => ({
        kind: 'village' as const,
        code: v.code,
        name: v.name,
        context: `${v.district.name}, ${v.regency.name}`,
      }));
    } catch {
      return [];
    }
  }

  private show(hits: Hit[], query: string, complete: boolean): void {
    const seen = new Set<string>();
    this.hits = hits.filter((h) => !seen.has(h.code) && seen.add(h.code));
    this.render();
    this.status.textContent = !query
      ? ''
      : this.hits.length
        ? this.deps.t('map.search.count', { count: this.hits.length })
        : complete || query.length < 2
          ? this.deps.t('map.search.none')
          : this.deps.t('map.search.searching');
  }

  private render(): void {
    this.results.replaceChildren(
      ...this.hits.map((hit) => {
        const detail = [this.deps.t(`map.kind.${hit.kind}`), hit.context, hit.code].filter(Boolean).join(' · ');
        const button = h('button', { attrs: { type: 'button' } }, [
          h('span', { text: hit.name }),
          h('span', { className: 'muted', text: detail }),
        ]);
        button.addEventListener('click', () => this.pick(hit));
        return h('li', {}, [button]);
      }),
    );
    this.results.hidden = this.hits.length === 0;
  }

  private pick(hit: Hit): void {
    this.clear();
    this.input.value = hit.name;
    this.deps.onPick(hit);
  }

  private clear(): void {
    this.generation++;
    this.hits = [];
    this.results.replaceChildren();
    this.results.hidden = true;
    this.status.textContent = '';
  }
}
