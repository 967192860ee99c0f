/**
 * Turns request-validation failures (zod issues on the query string or path) into a 400 problem that names each
 * offending parameter and what it accepts.
 */
import type { z } from '@hono/zod-openapi';
import { type InvalidParam, ProblemError } from './problem.ts';

type Issue = z.core.$ZodIssue;

function allowedOf(issue: Issue, known: string[]): string[] | undefined {
  if (issue.code === 'invalid_value') return issue.values.map(String);
  if (issue.code === 'unrecognized_keys') return known;
  return undefined;
}

/** Builds the ProblemError for failed validation of `target` ("query" or "param"). */
export function invalidParams(issues: readonly Issue[], target: string, known: string[]): ProblemError {
  const where = target === 'param' ? 'path' : 'query';
  const params: InvalidParam[] = issues.flatMap((issue) => {
    const allowed = allowedOf(issue, known);
    const names = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '')];
    return names.map((name) => ({
      name,
      in: where,
      reason: issue.code === 'unrecognized_keys' ? 'unknown parameter' : issue.message,
      ...(allowed ? { allowed } : {}),
    }));
  });
  const detail = params.map((p) => `${p.name}: ${p.reason}`).join('; ');
  return new ProblemError(400, 'invalid-parameter', `Invalid ${where} parameter — ${detail}`, params);
}
