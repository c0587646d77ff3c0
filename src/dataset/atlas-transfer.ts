import type { Atlas } from '../domain/atlas';
import type { LngLat } from '../domain/ids';
import type { LoadProgress } from './load-atlas';
import type { NetworkGeometry } from '../map/line-geometry';

/** What the data worker (atlas.worker.ts) posts back: progress, then the atlas or an error. */
export type AtlasWorkerMessage =
  | { kind: 'progress'; progress: LoadProgress }
  | { kind: 'ready'; atlas: Atlas; lines: PackedLines; network: NetworkGeometry; searchKeys: string[] }
  | { kind: 'error'; message: string };

/** Lines as two typed arrays, so they cross to the main thread without being copied. */
export type PackedLines = { coords: Float64Array; offsets: Uint32Array };

export function packLines(lines: readonly (readonly LngLat[])[]): PackedLines {
  const offsets = new Uint32Array(lines.length + 1);
  lines.forEach((l, i) => (offsets[i + 1] = offsets[i]! + l.length));
  const coords = new Float64Array(offsets[lines.length]! * 2);
  let k = 0;
  for (const l of lines)
    for (const [x, y] of l) {
      coords[k++] = x;
      coords[k++] = y;
    }
  return { coords, offsets };
}

export function unpackLines({ coords, offsets }: PackedLines): LngLat[][] {
  const lines: LngLat[][] = [];
  for (let i = 0; i + 1 < offsets.length; i++) {
    const line: LngLat[] = [];
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) line.push([coords[2 * j]!, coords[2 * j + 1]!]);
    lines.push(line);
  }
  return lines;
}
