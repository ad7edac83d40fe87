/** The preload's bridge (electron/preload/index.ts), with Electron's renderer API stubbed. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type OpenedFile, type RbmBridge } from '../../shared/ipc';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => undefined), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

let bridge: RbmBridge;
/** What the preload itself listens to from the start: 'file:opened' before the app subscribes. */
let holder: (event: unknown, file: OpenedFile) => void;
beforeAll(async () => {
  await import('../../electron/preload/index');
  const [channel, listener] = electron.ipcRenderer.on.mock.calls[0] as unknown as [string, typeof holder];
  expect(channel).toBe('file:opened');
  holder = listener;
  const [name, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, RbmBridge];
  expect(name).toBe('rbm');
  bridge = exposed;
});

describe('preload bridge', () => {
  it('exposes only functions, and no ipcRenderer', () => {
    expect(Object.keys(bridge).sort()).toEqual(['appInfo', 'exportPdf', 'listBackups', 'on', 'openFile', 'readBackup', 'saveFile', 'setLanguage', 'setWindowTitle', 'writeBackup']);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('wraps every channel of shared/ipc.ts, each method one channel', async () => {
    electron.ipcRenderer.invoke.mockClear();
    await bridge.appInfo();
    await bridge.setWindowTitle('Plan A');
    const request = { kind: 'docx' as const, suggestedName: 'Plan.docx', bytes: new Uint8Array([80, 75]) };
    await bridge.saveFile(request);
    const pdf = { html: '<!DOCTYPE html><title>Plan</title>', suggestedName: 'Plan.pdf' };
    await bridge.exportPdf(pdf);
    await bridge.openFile({ kind: 'rbmplan' });
    const backup = { planId: 'p1', reason: 'manual' as const, title: 'Plan A', planChangedAt: null, heads: [], bytes: new Uint8Array([123, 125]) };
    await bridge.writeBackup(backup);
    await bridge.listBackups('p1');
    await bridge.readBackup('p1', '20260101T000000000Z-manual-0a1b2c3d');
    await bridge.setLanguage('fr');
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['app:info'],
      ['window:setTitle', 'Plan A'],
      ['file:save', request],
      ['export:pdf', pdf],
      ['file:open', { kind: 'rbmplan' }],
      ['backup:write', backup],
      ['backup:list', 'p1'],
      ['backup:read', 'p1', '20260101T000000000Z-manual-0a1b2c3d'],
      ['app:setLanguage', 'fr'],
    ]);
    const invoked = electron.ipcRenderer.invoke.mock.calls.map((call: unknown[]) => call[0]);
    expect(invoked.sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
  });

  it('passes only the payload of an event to the listener, and unsubscribes it', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.on('menu:command', listener);
    const [channel, forward] = electron.ipcRenderer.on.mock.calls.at(-1) as [string, (...args: unknown[]) => void];
    expect(channel).toBe('menu:command');
    forward({ sender: 'the ipc event' }, 'plan.new');
    expect(listener).toHaveBeenCalledExactlyOnceWith('plan.new');
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith('menu:command', forward);
  });

  it('forwards a file main opened (file:opened) without the IPC event', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.on('file:opened', listener);
    const [channel, forward] = electron.ipcRenderer.on.mock.calls.at(-1) as [string, (...args: unknown[]) => void];
    expect(channel).toBe('file:opened');
    const file = { ok: true, name: 'plan.rbmplan', bytes: new Uint8Array([123, 125]) };
    forward({ sender: 'the ipc event' }, file);
    expect(listener).toHaveBeenCalledExactlyOnceWith(file);
    unsubscribe();
  });

  it('holds files that arrive before the app subscribes and hands them to the first subscriber only', () => {
    const file = (name: string): OpenedFile => ({ ok: false, name, reason: 'unreadable' });
    holder({}, file('a.rbmplan'));
    holder({}, file('b.rbmplan'));
    const first = vi.fn();
    const unsubscribe = bridge.on('file:opened', first);
    expect(first.mock.calls).toEqual([[file('a.rbmplan')], [file('b.rbmplan')]]);
    // While someone listens, files go to them directly and are not held.
    holder({}, file('live.rbmplan'));
    unsubscribe();
    unsubscribe();
    const second = vi.fn();
    const unsubscribeSecond = bridge.on('file:opened', second);
    expect(second).not.toHaveBeenCalled();
    unsubscribeSecond();
    // Nobody listens again (unsubscribing twice did not count twice): held again.
    holder({}, file('c.rbmplan'));
    const third = vi.fn();
    bridge.on('file:opened', third)();
    expect(third.mock.calls).toEqual([[file('c.rbmplan')]]);
  });

  it('holds a few files at most', () => {
    for (let i = 0; i < 25; i += 1) holder({}, { ok: false, name: `${i}.rbmplan`, reason: 'unreadable' });
    const listener = vi.fn();
    bridge.on('file:opened', listener)();
    expect(listener).toHaveBeenCalledTimes(20);
    expect(listener).toHaveBeenLastCalledWith(expect.objectContaining({ name: '19.rbmplan' }));
  });

  it('refuses to subscribe to a channel that is not a declared event', () => {
    electron.ipcRenderer.on.mockClear();
    const subscribe = bridge.on as (event: string, listener: () => void) => () => void;
    expect(() => subscribe('app:info', () => {})).toThrow('Unknown event "app:info"');
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
