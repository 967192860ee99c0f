/**
 * The message an iframe widget posts to its host page whenever its height changes, so the host can size the
 * frame to its content (no inner scroll bar, no layout shift): `{ type, id, height }`. embed.js listens for it;
 * docs/embeds.md documents it for hosts that write their own listener.
 */
export const HEIGHT_MESSAGE = 'atlas-desa-bersinar:height';
/** Sent by embed.js to frames that loaded before it: "post your height again". */
export const MEASURE_MESSAGE = 'atlas-desa-bersinar:measure';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** The widget's `id` option, else its path and query. */
  id: string;
  /** CSS pixels, rounded up. */
  height: number;
}

/** A message is ours when it has our type and a sane height (a host must also check origin and source). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  const m = data as HeightMessage | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === HEIGHT_MESSAGE &&
    typeof m.height === 'number' &&
    Number.isFinite(m.height) &&
    m.height > 0 &&
    m.height < 10_000
  );
}
