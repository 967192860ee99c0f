/**
 * Markdown → HTML for pages the Worker renders on demand (village pages), where Astro's build-time pipeline is not
 * available. Content is already validated (no script, no event handlers, no `javascript:` links); here raw HTML is
 * escaped rather than passed through and links keep only http(s) and mailto, so the output is safe by construction.
 */
import { Marked, type Tokens } from 'marked';
import { escapeHtml } from './html.ts';

const marked = new Marked({
  gfm: true,
  renderer: {
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    link({ href, title, tokens }: Tokens.Link) {
      const text = this.parser.parseInline(tokens);
      if (!/^(https?:|mailto:)/i.test(href)) return text;
      return `<a href="${escapeHtml(href)}"${title ? ` title="${escapeHtml(title)}"` : ''} rel="external noopener">${text}</a>`;
    },
    image: ({ text }: Tokens.Image) => escapeHtml(text),
  },
});

/** @example renderMarkdown('Dibentuk **2023**') === '<p>Dibentuk <strong>2023</strong></p>\n' */
export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
