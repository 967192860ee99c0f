/**
 * The list beside the map: every regency in view and, once few enough, every village in view, as buttons. One
 * button per list is in the tab order (roving tabindex); arrow keys, Home and End move within the list, Enter or
 * Space activates. Screen readers read it as an ordinary list.
 */
import { h } from './dom.ts';
import { afterFrame } from './tasks.ts';

export interface ListItem {
  code: string;
  label: string;
  detail: string;
  current: boolean;
}

const keys: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

function onKey(event: KeyboardEvent) {
  const move = keys[event.key];
  const button = (event.target as HTMLElement).closest('button');
  const list = button?.closest('ul');
  if (!move || !button || !list) return;
  const buttons = [...list.querySelectorAll('button')];
  const next = buttons[move(buttons.indexOf(button), buttons.length)];
  if (!next) return;
  event.preventDefault();
  button.tabIndex = -1;
  next.tabIndex = 0;
  next.focus();
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]);

/**
 * Buttons written at once; the rest follow after each frame, as many at a time: hundreds of buttons written,
 * styled and laid out at once would hold a phone up long enough to delay whatever the reader does meanwhile.
 */
const CHUNK = 100;
const renders = new WeakMap<HTMLElement, number>();

/**
 * Replaces a section's heading and list; `onActivate` gets the item's code. The list is written as markup (one
 * parse for a hundred buttons instead of hundreds of DOM calls), every text escaped. When the keyboard is in the
 * list, all of it is written at once, so focus stays where it was.
 */
export function renderList(
  container: HTMLElement,
  heading: string,
  items: ListItem[],
  note: string,
  onActivate: (code: string) => void,
): void {
  const generation = (renders.get(container) ?? 0) + 1;
  renders.set(container, generation);
  const active = document.activeElement as HTMLElement | null;
  const focusedCode = active && container.contains(active) ? active.dataset.code : undefined;
  const roving = Math.max(
    0,
    items.findIndex((i) => i.code === focusedCode || i.current),
  );
  const markup = (from: number, to: number) =>
    items
      .slice(from, to)
      .map(
        (item, i) =>
          `<li><button type="button" data-code="${escapeHtml(item.code)}" tabindex="${from + i === roving ? 0 : -1}"${
            item.current ? ' aria-current="true"' : ''
          }><span>${escapeHtml(item.label)}</span><span class="muted">${escapeHtml(item.detail)}</span></button></li>`,
      )
      .join('');
  const first = focusedCode ? items.length : CHUNK;
  const wrapper = h('div', { attrs: { 'data-list': '' } });
  wrapper.innerHTML = [
    `<h3>${escapeHtml(heading)}</h3>`,
    items.length > 0 ? `<ul>${markup(0, first)}</ul>` : '',
    note ? `<p class="muted">${escapeHtml(note)}</p>` : '',
  ].join('');
  const list = wrapper.querySelector('ul');
  list?.addEventListener('keydown', onKey);
  list?.addEventListener('click', (event) => {
    const code = (event.target as HTMLElement).closest('button')?.dataset.code;
    if (code) onActivate(code);
  });
  container.replaceChildren(wrapper);
  if (focusedCode) (container.querySelector(`button[data-code="${focusedCode}"]`) as HTMLElement | null)?.focus();
  if (!list || first >= items.length) return;
  (async () => {
    for (let from = first; from < items.length; from += CHUNK) {
      await afterFrame();
      if (renders.get(container) !== generation) return;
      list.insertAdjacentHTML('beforeend', markup(from, from + CHUNK));
    }
  })();
}
