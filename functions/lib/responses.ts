import { ProblemSchema } from './problem.ts';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** The error responses every route may give, for the OpenAPI document. */
export const problemResponses = {
  400: problem('Invalid parameter: `invalidParams` names each one and what it accepts'),
  404: problem('No such resource'),
  503: problem('The database has not been synced yet'),
} as const;
