/**
 * The only script of an iframe widget (an external module: the CSP allows no inline code): reports the page's
 * height to the host with ResizeObserver + postMessage, once at load and after every change (fonts, width).
 */
import { HEIGHT_MESSAGE, type HeightMessage, MEASURE_MESSAGE } from './protocol.ts';

const root = document.documentElement;
const id = new URLSearchParams(location.search).get('id') || location.pathname + location.search;
let last = 0;

function post() {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  const message: HeightMessage = { type: HEIGHT_MESSAGE, id, height };
  // The height is not a secret, and the host's origin is not known in advance: any host may read it.
  window.parent.postMessage(message, '*');
}

new ResizeObserver(post).observe(root);
post();
// embed.js loads async: when it arrives after this frame, it asks for the height again.
window.addEventListener('message', (event) => {
  if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === MEASURE_MESSAGE) {
    last = 0;
    post();
  }
});
