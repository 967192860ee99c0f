/**
 * The search page's enhancement: Pagefind results for pages (its index for this page's language) and official
 * villages from the API, for the query in the URL or typed in the box. Without this script the form still works.
 */
interface Strings {
  pages: string;
  villages: string;
  none: string;
  searching: string;
  failed: string;
  more: string;
  notInAtlas: string;
  status: Record<string, string>;
  villagePath: string;
  findPath: string;
}
interface PagefindResult {
  data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  search(q: string): Promise<{ results: PagefindResult[] }>;
}
interface OfficialVillage {
  code: string;
  name: string;
  district: { name: string };
  regency: { name: string };
  program: { status: string } | null;
}

const form = document.getElementById('search-page-form') as HTMLFormElement | null;
const input = document.getElementById('search-q') as HTMLInputElement | null;
const out = document.getElementById('search-results');
const strings = JSON.parse(out?.dataset.strings ?? '{}') as Strings;
let pagefind: Promise<Pagefind> | undefined;
let latest = 0;

const el = (tag: string, text?: string, attrs: Record<string, string> = {}) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};

async function pages(q: string) {
  pagefind ??= import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`) as Promise<Pagefind>;
  const { results } = await (await pagefind).search(q);
  return Promise.all(results.slice(0, 10).map((r) => r.data()));
}

async function villages(q: string): Promise<{ list: OfficialVillage[]; more: boolean }> {
  const response = await fetch(`/api/v1/reference/villages?${new URLSearchParams({ q, limit: '10' })}`);
  if (!response.ok) throw new Error(`API ${response.status}`);
  const json = (await response.json()) as { data: OfficialVillage[]; links: { next?: string } };
  return { list: json.data, more: json.links.next !== undefined };
}

async function run(q: string) {
  if (!out) return;
  const id = ++latest;
  out.replaceChildren(el('p', strings.searching));
  const [found, official] = await Promise.allSettled([pages(q), villages(q)]);
  if (id !== latest) return;
  out.replaceChildren();
  out.appendChild(el('h2', strings.pages));
  if (found.status === 'rejected') out.appendChild(el('p', strings.failed));
  else if (found.value.length === 0) out.appendChild(el('p', strings.none));
  else {
    const list = el('ol', undefined, { class: 'results' });
    for (const r of found.value) {
      const item = el('li');
      item.appendChild(el('a', r.meta.title ?? r.url, { href: r.url }));
      const excerpt = el('p', undefined, { class: 'muted' });
      excerpt.innerHTML = r.excerpt; // Pagefind's excerpt: escaped page text with <mark> around the matches
      item.appendChild(excerpt);
      list.appendChild(item);
    }
    out.appendChild(list);
  }
  out.appendChild(el('h2', strings.villages));
  if (official.status === 'rejected') out.appendChild(el('p', strings.failed));
  else if (official.value.list.length === 0) out.appendChild(el('p', strings.none));
  else {
    const list = el('ul', undefined, { class: 'list-plain' });
    for (const v of official.value.list) {
      const item = el('li');
      item.appendChild(el('a', v.name, { href: `${strings.villagePath}${v.code}/` }));
      const status = v.program ? strings.status[v.program.status] : strings.notInAtlas;
      item.appendChild(el('span', ` · ${v.district.name}, ${v.regency.name} · ${status}`, { class: 'muted' }));
      list.appendChild(item);
    }
    out.appendChild(list);
    if (official.value.more)
      out.appendChild(el('a', strings.more, { href: `${strings.findPath}?q=${encodeURIComponent(q)}` }));
  }
}

document.getElementById('search-nojs')?.remove();
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = input?.value.trim() ?? '';
  if (!q) return;
  history.replaceState(null, '', `?q=${encodeURIComponent(q)}`);
  void run(q);
});
const initial = new URLSearchParams(location.search).get('q')?.trim();
if (initial && input) {
  input.value = initial;
  void run(initial);
}
