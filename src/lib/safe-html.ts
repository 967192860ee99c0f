/**
 * Allow-list sanitising of HTML rendered from content Markdown. Validation already refuses script in content;
 * this is the second wall, so that markup an editor pastes can never run in a reader's browser.
 */
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    ...[
      'p',
      'br',
      'hr',
      'blockquote',
      'ul',
      'ol',
      'li',
      'strong',
      'em',
      'b',
      'i',
      'code',
      'pre',
      'a',
      'del',
      'sup',
      'sub',
    ],
    ...['h2', 'h3', 'h4', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span'],
  ],
  allowedAttributes: { a: ['href', 'title'], th: ['scope'], td: ['align'], '*': ['id'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/** @example sanitize('<p onclick="x()">hi</p><script>x()</script>') === '<p>hi</p>' */
export function sanitize(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
