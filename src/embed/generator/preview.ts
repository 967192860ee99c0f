/**
 * The generator's live preview: the real iframe widget (sized by its own height messages), the real element
 * (embed.js, loaded once from this site), or the real badge image.
 */
import { isHeightMessage } from '../frame/protocol.ts';
import { embedPath } from '../options.ts';
import type { Choice } from './snippet.ts';

let scriptLoaded = false;
function loadEmbedScript() {
  if (scriptLoaded || customElements.get('bersinar-stats')) return;
  scriptLoaded = true;
  const script = document.createElement('script');
  script.src = '/embed.js';
  script.async = true;
  document.head.appendChild(script);
}

/** Calls `onHeight` with the preview frame's height whenever it reports one. */
export function watchFrameHeights(container: HTMLElement, onHeight: (height: number) => void) {
  window.addEventListener('message', (event) => {
    const frame = container.querySelector('iframe');
    if (event.origin !== location.origin || !frame || event.source !== frame.contentWindow) return;
    if (!isHeightMessage(event.data)) return;
    frame.style.height = `${event.data.height}px`;
    onHeight(event.data.height);
  });
}

export function showPreview(container: HTMLElement, choice: Choice, title: string, badgeSrc: string | null) {
  const { options } = choice;
  if (choice.mode === 'iframe') {
    const src = `${location.origin}${embedPath(options)}`;
    const current = container.querySelector('iframe');
    if (current?.src === src) return;
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = title;
    container.replaceChildren(frame);
    return;
  }
  if (choice.mode === 'script') {
    loadEmbedScript();
    const element = document.createElement('bersinar-stats');
    for (const [name, value] of Object.entries({
      area: options.area,
      indicator: options.indicator,
      year: options.year,
      lang: options.lang,
      theme: options.theme,
      view: options.view,
    })) {
      if (value !== null && value !== '') element.setAttribute(name, String(value));
    }
    container.replaceChildren(element);
    return;
  }
  const image = document.createElement('img');
  image.src = badgeSrc ?? '';
  image.alt = title;
  image.height = 20;
  container.replaceChildren(image);
}
