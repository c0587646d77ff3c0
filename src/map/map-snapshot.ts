/**
 * The map registers how to take a PNG of itself; the export panel asks for it. MapLibre's canvas
 * is read right after a frame is drawn (no preserveDrawingBuffer needed). HTML labels are not
 * part of the canvas.
 */
let snapshot: (() => Promise<Blob>) | null = null;

export function registerSnapshot(fn: (() => Promise<Blob>) | null): void {
  snapshot = fn;
}

export function takeSnapshot(): Promise<Blob> | null {
  return snapshot ? snapshot() : null;
}
