/** The preload's bridge (electron/preload/index.ts), with Electron's renderer API stubbed. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type RbmBridge } from '../../shared/ipc';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => undefined), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

let bridge: RbmBridge;
beforeAll(async () => {
  await import('../../electron/preload/index');
  const [name, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, RbmBridge];
  expect(name).toBe('rbm');
  bridge = exposed;
});

describe('preload bridge', () => {
  it('exposes only functions, and no ipcRenderer', () => {
    expect(Object.keys(bridge).sort()).toEqual(['appInfo', 'exportPdf', 'on', 'saveFile', 'setWindowTitle']);
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
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([['app:info'], ['window:setTitle', 'Plan A'], ['file:save', request], ['export:pdf', pdf]]);
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

  it('refuses to subscribe to a channel that is not a declared event', () => {
    electron.ipcRenderer.on.mockClear();
    const subscribe = bridge.on as (event: string, listener: () => void) => () => void;
    expect(() => subscribe('app:info', () => {})).toThrow('Unknown event "app:info"');
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
