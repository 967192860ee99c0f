/** A database that throws or does not answer: the API answers 503 problem+json with Retry-After, never a crash. */
import type { D1Database } from '@cloudflare/workers-types';
import { describe, expect, it } from 'vitest';
import { app } from '../../functions/app.ts';
import { problemError } from '../helpers/api.ts';

const failing = (how: 'throw' | 'reject' | 'hang'): D1Database => {
  const fail = () => {
    if (how === 'throw') throw new Error('D1_ERROR: network connection lost');
    return how === 'reject' ? Promise.reject(new Error('D1_ERROR: database is locked')) : new Promise(() => {});
  };
  const statement = { bind: () => statement, first: fail, all: fail, run: fail, raw: fail };
  return { prepare: () => statement, batch: fail, exec: fail } as unknown as D1Database;
};

const ROUTES = [
  '/api/v1',
  '/api/v1/stats',
  '/api/v1/villages?regency=61.03',
  '/api/v1/reference/villages/61.03.10.2001',
];

describe('the API when D1 is unavailable', () => {
  for (const how of ['throw', 'reject', 'hang'] as const) {
    it(`answers 503 problem+json with Retry-After when the binding ${how}s`, async () => {
      for (const path of ROUTES) {
        const response = await app.request(path, {}, { DB: failing(how), DB_TIMEOUT_MS: '50' });
        expect(response.status, path).toBe(503);
        expect(response.headers.get('retry-after'), path).toMatch(/^\d+$/);
        expect(response.headers.get('cache-control'), path).toBe('no-store');
        const body = (await response.json()) as { type: string };
        expect(problemError(503, response.headers.get('content-type'), body), path).toBeNull();
        expect(body.type).toBe('/data/api/#problem-database-unavailable');
      }
    });
  }
});
