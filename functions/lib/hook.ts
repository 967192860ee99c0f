import type { RouteConfig } from '@hono/zod-openapi';
import { invalidParams } from './validation.ts';

type HookResult =
  | { success: true }
  | { success: false; error: { issues: never[] | readonly unknown[] }; target: string };

/**
 * The validation hook for a route: on failure it throws a 400 problem naming each bad parameter; unknown
 * query parameters are listed with the ones the route accepts.
 * @example app.openapi(route, handler, rejectInvalid(route))
 */
export function rejectInvalid(route: RouteConfig) {
  const query = route.request?.query as { shape?: Record<string, unknown> } | undefined;
  const known = Object.keys(query?.shape ?? {});
  return (result: HookResult): undefined => {
    if (!result.success) {
      throw invalidParams(result.error.issues as Parameters<typeof invalidParams>[0], result.target, known);
    }
    return undefined;
  };
}
