/** Remembered window size and place (electron/main/window-state.ts). */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  captureWindowState,
  fitToDisplays,
  readWindowState,
  writeWindowState,
  type Rect,
} from '../../electron/main/window-state';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rbm-window-state-'));
  file = path.join(dir, 'window-state.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readWindowState', () => {
  it('gives the defaults when there is no file', () => {
    expect(readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it.each([
    ['not JSON', '{ width: 1000'],
    ['JSON null', 'null'],
    ['a size as text', JSON.stringify({ width: 'big', height: 700, isMaximized: false })],
    ['a window too small to use', JSON.stringify({ width: 10, height: 10, isMaximized: false })],
    ['a missing maximized flag', JSON.stringify({ width: 1000, height: 700 })],
    ['a fractional position', JSON.stringify({ x: 1.5, y: 2, width: 1000, height: 700, isMaximized: false })],
  ])('gives the defaults for a file with %s', (_what, content) => {
    writeFileSync(file, content);
    expect(readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('writeWindowState', () => {
  it('round-trips a state through the file', () => {
    const state = { x: -1200, y: 40, width: 1100, height: 720, isMaximized: true };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
  });

  it('replaces the previous file and leaves no temporary file behind', () => {
    writeWindowState(file, { width: 900, height: 600, isMaximized: false });
    writeWindowState(file, { width: 1000, height: 700, isMaximized: false });
    expect(readWindowState(file)).toEqual({ width: 1000, height: 700, isMaximized: false });
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });
});

describe('fitToDisplays', () => {
  const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
  const left: Rect = { x: -1280, y: 0, width: 1280, height: 984 };

  it('keeps a window that is visible on a display', () => {
    const state = { x: -1200, y: 40, width: 1100, height: 720, isMaximized: false };
    expect(fitToDisplays(state, [primary, left])).toEqual(state);
  });

  it('keeps a window that is only partly on screen but can still be grabbed', () => {
    const state = { x: 1700, y: 900, width: 1000, height: 700, isMaximized: false };
    expect(fitToDisplays(state, [primary])).toEqual(state);
  });

  it('centres a window whose display is gone, shrunk to fit the primary display', () => {
    const state = { x: -2500, y: 40, width: 2400, height: 1300, isMaximized: true };
    expect(fitToDisplays(state, [primary])).toEqual({ width: 1920, height: 1040, isMaximized: true });
  });

  it('centres a window that only shows a sliver at the screen edge', () => {
    const state = { x: 1900, y: 100, width: 1000, height: 700, isMaximized: false };
    expect(fitToDisplays(state, [primary])).toEqual({ width: 1000, height: 700, isMaximized: false });
  });

  it('leaves a state without a position to be centred by the OS', () => {
    expect(fitToDisplays(DEFAULT_WINDOW_STATE, [primary])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('changes nothing when no display is known', () => {
    const state = { x: 5000, y: 5000, width: 1000, height: 700, isMaximized: false };
    expect(fitToDisplays(state, [])).toEqual(state);
  });
});

describe('captureWindowState', () => {
  it('saves the normal bounds of a maximized window, so un-maximizing restores them', () => {
    const window = { getNormalBounds: () => ({ x: 10.4, y: 20, width: 1000, height: 700 }), isMaximized: () => true };
    expect(captureWindowState(window)).toEqual({ x: 10, y: 20, width: 1000, height: 700, isMaximized: true });
  });
});
