/**
 * Latency under load with autocannon on loopback: a target and a static file of similar size from the same server,
 * loaded AT THE SAME TIME with half the connections each, so both are measured under the same conditions on a
 * shared, noisy machine. Latencies are taken per response (autocannon's own summary has no p95).
 */
import autocannon from 'autocannon';

export interface LatencyStats {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Requests per second. */
  rps: number;
  requests: number;
  non2xx: number;
  /** Connection errors, timeouts included. */
  errors: number;
  /** Requests that had no response within the timeout (`options.timeout`, default autocannon's 10 s). */
  timeouts: number;
  /** Error codes of the failed requests (ECONNRESET, ECONNREFUSED…), with their counts. */
  errorCodes: Record<string, number>;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

/** @example await load('http://127.0.0.1:8787', ['/api/v1/stats'], { connections: 50, seconds: 60 }) */
export function load(
  origin: string,
  paths: string[],
  options: { connections: number; seconds: number; timeout?: number },
): Promise<LatencyStats & { statusCodes: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const errorCodes: Record<string, number> = {};
    const instance = autocannon(
      {
        url: origin,
        connections: options.connections,
        duration: options.seconds,
        timeout: options.timeout ?? 10,
        requests: paths.map((path) => ({ method: 'GET', path })),
      },
      (error, result) => {
        if (error) return reject(error);
        const sorted = latencies.sort((a, b) => a - b);
        const statusCodes = Object.fromEntries(
          Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, (s as { count: number }).count]),
        );
        resolve({
          p50: quantile(sorted, 0.5),
          p95: quantile(sorted, 0.95),
          p99: quantile(sorted, 0.99),
          max: sorted.at(-1) ?? Number.NaN,
          rps: result.requests.average,
          requests: result.requests.total,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          errorCodes,
          statusCodes,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
    });
    instance.on('reqError', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? error.name ?? 'error';
      errorCodes[code] = (errorCodes[code] ?? 0) + 1;
    });
  });
}

/** A target and its static twin under load together (half the connections each). */
export async function loadPair(origin: string, target: string, twin: string, connections: number, seconds: number) {
  const half = Math.max(1, Math.floor(connections / 2));
  const [measured, reference] = await Promise.all([
    load(origin, [target], { connections: half, seconds }),
    load(origin, [twin], { connections: half, seconds }),
  ]);
  return { target: measured, twin: reference };
}
