/**
 * Tiny DOM helpers for the map's widgets. (`appendChild` rather than `append`: the project's TypeScript setup
 * also loads the Workers types, whose HTMLRewriter `Element.append` hides the DOM's.)
 */

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) element.appendChild(child);
  return element;
}

export const text = (value: string) => document.createTextNode(value);

/** The element matching a selector inside `root`; throws when the page lacks it (a markup/script mismatch). */
export function find<T = HTMLElement>(root: Element | Document, selector: string): T {
  const element = root.querySelector(selector);
  if (!element) throw new Error(`map: ${selector} is missing from the page`);
  return element as unknown as T;
}
