/**
 * The details panel for the selected province, regency or village: below the map on wide screens, a sheet at
 * the bottom edge on phones (CSS), so details never hide under a finger. Escape or the close button closes it.
 */
import { find, h } from './dom.ts';

export interface PanelContent {
  title: string;
  rows: [string, string][];
  links: { href: string; label: string }[];
  actions: { label: string; run: () => void }[];
  /** Shown below the rows, e.g. "loading name…" or a note about the location. */
  note?: string;
}

export class Panel {
  private element: HTMLElement;
  private title: HTMLElement;
  private body: HTMLElement;

  constructor(element: HTMLElement, onClose: () => void) {
    this.element = element;
    this.title = find(element, '#map-panel-title');
    this.body = find(element, '#map-panel-body');
    element.querySelector('[data-action="close-panel"]')?.addEventListener('click', onClose);
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') onClose();
    });
  }

  show(content: PanelContent): void {
    this.title.textContent = content.title;
    const rows = content.rows.flatMap(([term, value]) => [h('dt', { text: term }), h('dd', { text: value })]);
    const parts: HTMLElement[] = [h('dl', {}, rows)];
    if (content.note) parts.push(h('p', { className: 'muted', text: content.note }));
    const links = content.links.map((link) => h('a', { text: link.label, attrs: { href: link.href } }));
    const buttons = content.actions.map((action) => {
      const button = h('button', { text: action.label, attrs: { type: 'button' } });
      button.addEventListener('click', action.run);
      return button;
    });
    parts.push(h('div', { className: 'map-panel-actions' }, [...links, ...buttons]));
    this.body.replaceChildren(...parts);
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  focus(): void {
    this.title.focus();
  }
}
