/**
 * Remembers the main window's size, place and maximized state between runs, in a small JSON file
 * under userData. The file is read defensively (a bad or missing file gives the defaults; a
 * window that would open off every display is moved back) and written atomically (temp file, then
 * rename) so that a crash while saving never leaves a half-written file.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;

const WindowStateSchema = z.object({
  // No position means "let the OS centre it".
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(MIN_WINDOW_SIZE.width).max(100_000),
  height: z.number().int().min(MIN_WINDOW_SIZE.height).max(100_000),
  isMaximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, isMaximized: false };

/** How much of the window must lie on one display for it to count as visible (grab the title bar). */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

/** The saved state, or the defaults when the file is missing, not JSON or not a valid state. */
export function readWindowState(filePath: string): WindowState {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(readFileSync(filePath, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Writes the state atomically: a reader sees the old file or the new one, never a partial one. */
export function writeWindowState(filePath: string, state: WindowState): void {
  const temp = `${filePath}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(state), 'utf8');
  renameSync(temp, filePath);
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Keeps the window reachable: if the saved place is not visible on any display's work area
 * (a monitor was unplugged, resolution changed), the position is dropped so that the OS centres
 * the window, and its size is shrunk to fit the primary display.
 * `workAreas[0]` is the primary display.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (primary === undefined) return state;
  if (state.x !== undefined && state.y !== undefined) {
    const bounds = { x: state.x, y: state.y, width: state.width, height: state.height };
    const visible = workAreas.some((area) => {
      const o = overlap(bounds, area);
      return o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height;
    });
    if (visible) return state;
  }
  return {
    width: Math.max(MIN_WINDOW_SIZE.width, Math.min(state.width, primary.width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.min(state.height, primary.height)),
    isMaximized: state.isMaximized,
  };
}

/** The state to save from a window; when maximized, its normal bounds are what to restore to. */
export function captureWindowState(window: {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}): WindowState {
  const bounds = window.getNormalBounds();
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.max(MIN_WINDOW_SIZE.width, Math.round(bounds.width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.round(bounds.height)),
    isMaximized: window.isMaximized(),
  };
}
