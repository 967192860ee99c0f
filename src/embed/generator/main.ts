/**
 * The embed generator (regency, village and data pages): a small progressive enhancement over the ready-made
 * snippets the page shows without JavaScript — pick a widget and its options, see it live, copy its code.
 */
import { readConfig } from './config.ts';
import { readChoice, syncForm } from './form.ts';
import { showPreview, watchFrameHeights } from './preview.ts';
import { badgeCode, type Choice, frameTitle, iframeCode, scriptCode } from './snippet.ts';

function start(root: HTMLElement) {
  const config = readConfig(root);
  const form = root.querySelector('form');
  const live = root.querySelector<HTMLElement>('[data-embed-live]');
  const preview = root.querySelector<HTMLElement>('[data-embed-preview]');
  const code = root.querySelector<HTMLElement>('[data-embed-code]');
  const hint = root.querySelector<HTMLElement>('[data-embed-hint]');
  const copy = root.querySelector<HTMLButtonElement>('[data-embed-copy]');
  const status = root.querySelector<HTMLElement>('[data-embed-status]');
  if (!config || !form || !live || !preview || !code || !hint || !copy || !status) return;
  let measured: number | null = null;
  let current: Choice | null = null;
  let version = 0;

  const write = async (choice: Choice) => {
    const mine = ++version;
    const ui = (key: string) => config.ui[key] ?? key;
    hint.textContent = ui(`embed.gen.hint.${choice.mode}`);
    if (choice.mode === 'iframe') {
      showPreview(preview, choice, frameTitle(config, choice), null);
      code.textContent = iframeCode(config, choice, measured);
      return;
    }
    code.textContent = '…';
    if (choice.mode === 'script') {
      showPreview(preview, choice, '', null);
      const snippet = await scriptCode(config, choice);
      if (mine === version) code.textContent = snippet;
      return;
    }
    const badge = await badgeCode(config, choice);
    if (mine !== version) return;
    showPreview(preview, choice, badge.alt, badge.src);
    code.textContent = badge.code;
  };

  const update = () => {
    const choice = readChoice(form, config);
    syncForm(form, config, choice);
    if (JSON.stringify(choice) !== JSON.stringify(current)) measured = null;
    current = choice;
    status.textContent = '';
    write(choice).catch(() => {});
  };

  watchFrameHeights(preview, (height) => {
    measured = height;
    if (current?.mode === 'iframe') code.textContent = iframeCode(config, current, measured);
  });
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = config.ui['embed.gen.copied'];
    } catch {
      getSelection()?.selectAllChildren(code);
      status.textContent = config.ui['embed.gen.copyFailed'];
    }
  });
  form.addEventListener('change', update);
  for (const element of root.querySelectorAll<HTMLElement>('[data-embed-static]')) element.hidden = true;
  live.hidden = false;
  update();
}

/**
 * Started when the section comes near the viewport: most readers never scroll to it, and then the page loads
 * nothing more (the preview is a real widget, with its own requests).
 */
for (const root of document.querySelectorAll<HTMLElement>('[data-embed-generator]')) {
  if (!('IntersectionObserver' in window)) start(root);
  else {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        start(root);
      },
      { rootMargin: '200px' },
    );
    observer.observe(root);
  }
}
