/**
 * embed.js, served at a stable URL (/embed.js) for partners' pages: defines `<bersinar-stats>` and sizes the site's
 * iframe widgets on the page. Built into one small classic script at build time (src/embed/build-script.ts).
 */
import { listenForHeights } from './resizer.ts';
import { defineStats } from './stats-element.ts';

const script = document.currentScript as HTMLScriptElement | null;
const origin = script?.src ? new URL(script.src).origin : location.origin;

listenForHeights(origin);
if (!customElements.get('bersinar-stats') && 'adoptedStyleSheets' in Document.prototype) {
  customElements.define('bersinar-stats', defineStats(origin));
}
