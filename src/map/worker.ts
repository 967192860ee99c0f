/**
 * The map's worker (a module worker from this origin: the CSP's `script-src 'self'` covers it). The page fetches
 * the topology and villages.bin itself (so this script's download is off the critical path) and transfers the
 * bytes here; this parses, decodes and projects them (src/map/prepare.ts) and transfers the typed arrays back, so
 * none of that work blocks the page. One reply per file, in the order they arrive.
 */
import { geometryFromFile, pointsFromFile, transferables } from './prepare.ts';

export type WorkerRequest = { kind: 'topology' | 'villages'; buffer: ArrayBuffer };
export type WorkerReply =
  | { kind: 'geometry'; data: ReturnType<typeof geometryFromFile>['data']; prepareMs: number }
  | ({ kind: 'points' } & Awaited<ReturnType<typeof pointsFromFile>>)
  | { kind: 'error'; message: string };

interface Scope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as Scope;

scope.onmessage = async ({ data: request }) => {
  try {
    if (request.kind === 'topology') {
      const { data, prepareMs } = geometryFromFile(request.buffer);
      scope.postMessage({ kind: 'geometry', data, prepareMs }, transferables(data));
    } else {
      const result = await pointsFromFile(request.buffer);
      scope.postMessage({ kind: 'points', ...result }, transferables(result.data));
    }
  } catch (error) {
    scope.postMessage({ kind: 'error', message: `${request.kind}: ${String(error)}` });
  }
};
