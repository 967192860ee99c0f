/** A tiny DOM builder (createElement, never innerHTML: works under Trusted Types and any CSP). */

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | null | undefined | false>;

const SVG = 'http://www.w3.org/2000/svg';

function build(element: Element, attrs: Attrs, children: Child[]): Element {
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined && value !== false) element.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** @example h('p', { class: 'bw-title' }, h('a', { href }, 'Sanggau')) */
export const h = (tag: string, attrs: Attrs = {}, ...children: Child[]) =>
  build(document.createElement(tag), attrs, children) as HTMLElement;

export const s = (tag: string, attrs: Attrs = {}, ...children: Child[]) =>
  build(document.createElementNS(SVG, tag), attrs, children) as SVGElement;
