/**
 * The host side of the iframe widgets' height messages, for partners who load embed.js beside an iframe: a frame
 * is resized only when the message comes from the site's origin AND from that very frame's window.
 */
import { HEIGHT_MESSAGE, isHeightMessage, MEASURE_MESSAGE } from '../frame/protocol.ts';

const ourFrames = (origin: string) =>
  [...document.querySelectorAll('iframe')].filter((f) => f.src.startsWith(`${origin}/embed/`));

export function listenForHeights(origin: string) {
  window.addEventListener('message', (event) => {
    if (event.origin !== origin || !isHeightMessage(event.data) || event.data.type !== HEIGHT_MESSAGE) return;
    const frame = ourFrames(origin).find((f) => f.contentWindow === event.source);
    if (!frame) return;
    // CSSOM, not a style attribute: allowed under any style-src.
    frame.style.height = `${event.data.height}px`;
    frame.style.border = '0';
  });
  // Frames that loaded before this (async) script did: ask them to measure again. The request carries nothing,
  // and a frame still loading is not on our origin yet, so it goes to any origin (no warning, no effect there).
  for (const frame of ourFrames(origin)) frame.contentWindow?.postMessage({ type: MEASURE_MESSAGE }, '*');
}
