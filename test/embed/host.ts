/**
 * A partner's site for the browser tests: a tiny node:http server on another port (so every widget is
 * cross-origin), serving whatever pages a test puts on it, each with its own headers (a strict CSP, say).
 */
import { createServer } from 'node:http';

export interface HostPage {
  html: string;
  headers?: Record<string, string>;
}

export async function startHost() {
  const pages = new Map<string, HostPage>();
  const server = createServer((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://host').pathname);
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...page.headers }).end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    /** @example host.put('/strict', { html, headers: { 'Content-Security-Policy': "script-src …" } }) */
    put: (path: string, page: HostPage) => pages.set(path, page),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A plain HTML page around some body markup (no styles of its own beyond a readable width). */
export const hostHtml = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><main>${body}</main></body></html>`;
