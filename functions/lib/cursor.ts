/** Opaque pagination cursors: the sort key of the last item, base64url-encoded JSON. Clients copy `links.next`. */
import { ProblemError } from './problem.ts';

export function encodeCursor(key: (string | number)[]): string {
  return btoa(JSON.stringify(key)).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');
}

/** The key in a cursor, checked against the expected shape; a tampered cursor is a 400 naming `cursor`. */
export function decodeCursor(cursor: string, shape: ('string' | 'number')[]): (string | number)[] {
  try {
    const key = JSON.parse(atob(cursor.replaceAll('-', '+').replaceAll('_', '/')));
    if (Array.isArray(key) && key.length === shape.length && key.every((k, i) => typeof k === shape[i])) return key;
  } catch {}
  throw new ProblemError(400, 'invalid-parameter', 'cursor: is not a cursor from a `next` link of this list', [
    { name: 'cursor', in: 'query', reason: 'is not a cursor from a `next` link of this list' },
  ]);
}
