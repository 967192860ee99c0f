/**
 * Fetching the map's files: the page fetches them (so the worker script's download is off the critical path) and
 * hands the bytes to the worker (worker.ts), which parses, decodes and projects them off the main thread; without a
 * worker the same functions (prepare.ts) run here. Plus the village names of a regency on demand (cached; one file
 * per regency).
 */
import type { Points } from './codec.ts';
import type { MapConfig } from './config.ts';
import type { MapData } from './model.ts';
import type { GeometryData, PointsData } from './prepare.ts';
import type { WorkerReply } from './worker.ts';

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

export interface Loaded {
  data: MapData;
  /** Regency rings, borders and neighbours in the reference frame (prepare.ts). */
  geometry: GeometryData;
  points: Points;
  /** The points in the reference frame, and their drawing order. */
  reference: Pick<PointsData, 'x' | 'y' | 'order'>;
  /** Milliseconds spent parsing the topology, decoding villages.bin and projecting the points (off the page). */
  timings: { prepare: number; decode: number; project: number };
  /** Whether that work ran in a worker. */
  worker: boolean;
}

type Prepared = Pick<Loaded, 'geometry' | 'points' | 'reference' | 'timings'>;

/** A failure of the worker itself (it could not start), as opposed to bad data: the page then does the work. */
class WorkerUnavailable extends Error {}

function inWorker(topology: Promise<ArrayBuffer>, villages: Promise<ArrayBuffer>): Promise<Prepared> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'map' });
    } catch (error) {
      reject(new WorkerUnavailable(String(error)));
      return;
    }
    const timings = { prepare: 0, decode: 0, project: 0 };
    let geometry: GeometryData | null = null;
    let points: PointsData | null = null;
    const fail = (error: Error) => {
      worker.terminate();
      reject(error);
    };
    worker.onmessage = ({ data: reply }: MessageEvent<WorkerReply>) => {
      if (reply.kind === 'error') return fail(new Error(reply.message));
      if (reply.kind === 'geometry') {
        geometry = reply.data;
        timings.prepare = reply.prepareMs;
      } else {
        points = reply.data;
        timings.decode = reply.decodeMs;
        timings.project = reply.projectMs;
      }
      if (geometry && points) {
        worker.terminate();
        const { x, y, order } = points;
        resolve({ geometry, points: points.points, reference: { x, y, order }, timings });
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(new WorkerUnavailable(event.message || 'the map worker failed to start'));
    };
    topology.then((buffer) => worker.postMessage({ kind: 'topology', buffer }, [buffer]), fail);
    villages.then((buffer) => worker.postMessage({ kind: 'villages', buffer }, [buffer]), fail);
  });
}

/** The same work on the main thread (no worker): a few long tasks, but the map still comes. */
async function inPage(urls: MapConfig['urls']): Promise<Prepared> {
  const { geometryFromFile, pointsFromFile } = await import('./prepare.ts');
  const [topology, villages] = await Promise.all(
    [urls.topology, urls.villages].map((url) => fetchOk(url).then((r) => r.arrayBuffer())),
  );
  const { data: geometry, prepareMs } = geometryFromFile(topology);
  const { data, decodeMs, projectMs } = await pointsFromFile(villages);
  return {
    geometry,
    points: data.points,
    reference: { x: data.x, y: data.y, order: data.order },
    timings: { prepare: prepareMs, decode: decodeMs, project: projectMs },
  };
}

export async function loadAll(urls: MapConfig['urls']): Promise<Loaded> {
  const data = fetchOk(urls.data).then((r) => r.json() as Promise<MapData>);
  const bytes = (url: string) => fetchOk(url).then((r) => r.arrayBuffer());
  let worker = typeof Worker === 'function';
  const prepared = worker
    ? inWorker(bytes(urls.topology), bytes(urls.villages)).catch((error: unknown) => {
        if (!(error instanceof WorkerUnavailable)) throw error;
        console.warn('map: no worker, preparing the map in the page:', error.message);
        worker = false;
        return inPage(urls);
      })
    : inPage(urls);
  const [mapData, result] = await Promise.all([data, prepared]);
  return { data: mapData, ...result, worker };
}

export interface RegencyNames {
  districts: Record<string, string>;
  villages: Record<string, string>;
}

const loading = new Map<string, Promise<RegencyNames | null>>();
const loaded = new Map<string, RegencyNames>();

/** The names of a regency's villages and districts (null when the file cannot be had, e.g. offline). */
export function namesOf(urls: MapConfig['urls'], regency: string): Promise<RegencyNames | null> {
  let pending = loading.get(regency);
  if (!pending) {
    pending = fetchOk(urls.names.replace('{code}', regency))
      .then(async (r) => {
        const names = (await r.json()) as RegencyNames;
        loaded.set(regency, names);
        return names;
      })
      .catch(() => {
        loading.delete(regency);
        return null;
      });
    loading.set(regency, pending);
  }
  return pending;
}

/** A regency's names if already loaded, without waiting. */
export const loadedNames = (regency: string) => loaded.get(regency) ?? null;
