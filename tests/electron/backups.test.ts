/** Plans' backups in Electron's main process (electron/main/backups.ts), Electron stubbed, file system real but watched. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupRequestError, createBackupService, insideRoot } from '../../electron/main/backups';
import { handleIpc } from '../../electron/main/ipc-handlers';
import { createServices } from '../../electron/main/services';
import { KEEP_DAILY_DAYS, KEEP_RECENT } from '../../shared/backups';
import type { BackupWriteRequest } from '../../shared/ipc';

const fsWatch = vi.hoisted(() => ({ calls: [] as string[], failSync: false }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      fsWatch.calls.push(`open ${path.basename(String(args[0]))}`);
      return {
        writeFile: (data: Uint8Array) => handle.writeFile(data),
        sync: async () => {
          fsWatch.calls.push('sync');
          if (fsWatch.failSync) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          return handle.sync();
        },
        close: () => handle.close(),
      };
    },
    rename: async (...args: Parameters<typeof actual.rename>) => {
      fsWatch.calls.push(`rename ${path.basename(String(args[0]))} -> ${path.basename(String(args[1]))}`);
      return actual.rename(...args);
    },
  };
});

afterEach(() => {
  fsWatch.calls = [];
  fsWatch.failSync = false;
});

const HEAD = 'a'.repeat(64);
const APP = 'app://rbm/index.html';

function setup(start = '2026-03-01T09:00:00.000Z') {
  const root = path.join(mkdtempSync(path.join(tmpdir(), 'rbm-backups-')), 'backups');
  let t = new Date(start).getTime();
  let n = 0;
  const clock = { advance: (ms: number) => (t += ms) };
  const service = createBackupService({ root, now: () => new Date(t), randomHex8: () => (++n).toString(16).padStart(8, '0') });
  const services = createServices(null, { name: 'RBM Planner', version: '0', platform: 'linux', electron: '40' }, {
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    documentsFolder: '/docs',
    kindName: (k) => k,
    text: (k) => k,
    renderPdf: vi.fn(async () => new Uint8Array()),
    backups: service,
  });
  return { root, service, services, clock };
}

const request = (over: Partial<BackupWriteRequest> = {}): BackupWriteRequest => ({
  planId: 'p_plan1',
  reason: 'rolling',
  title: 'Country plan',
  planChangedAt: '2026-03-01T08:59:00.000Z',
  heads: [HEAD],
  bytes: new TextEncoder().encode('{"format":"rbm-plan"}'),
  ...over,
});

describe('writing a backup', () => {
  it('writes the plan file and its description atomically under <root>/<planId>/', async () => {
    const { root, services } = setup();
    const info = await handleIpc('backup:write', APP, [request({ reason: 'import' })], services);
    expect(info).toMatchObject({ id: '20260301T090000000Z-import-00000001', planId: 'p_plan1', reason: 'import', title: 'Country plan', createdAt: '2026-03-01T09:00:00.000Z', heads: [HEAD], size: 21 });
    const folder = path.join(root, 'p_plan1');
    expect(readdirSync(folder).sort()).toEqual(['20260301T090000000Z-import-00000001.json', '20260301T090000000Z-import-00000001.rbmplan']);
    expect(readFileSync(path.join(folder, '20260301T090000000Z-import-00000001.rbmplan'), 'utf8')).toBe('{"format":"rbm-plan"}');
    // Each file went to a hidden temporary file, flushed, then renamed over its name.
    expect(fsWatch.calls).toEqual([
      expect.stringMatching(/^open \.20260301T090000000Z-import-00000001\.rbmplan\.[0-9a-f]{12}\.tmp$/),
      'sync',
      expect.stringMatching(/^rename \..*\.rbmplan\..*\.tmp -> 20260301T090000000Z-import-00000001\.rbmplan$/),
      expect.stringMatching(/^open \.20260301T090000000Z-import-00000001\.json\..*\.tmp$/),
      'sync',
      expect.stringMatching(/-> 20260301T090000000Z-import-00000001\.json$/),
    ]);
  });

  it('leaves no backup and no temporary file when the disk is full', async () => {
    const { root, service } = setup();
    fsWatch.failSync = true;
    await expect(service.write(request())).rejects.toThrow(/ENOSPC/);
    expect(readdirSync(path.join(root, 'p_plan1'))).toEqual([]);
    fsWatch.failSync = false;
    expect(await service.list('p_plan1')).toEqual([]);
  });
});

describe('listing and reading backups', () => {
  it('lists a plan’s backups newest first and reads one back', async () => {
    const { services, clock } = setup();
    const first = await handleIpc('backup:write', APP, [request({ bytes: new TextEncoder().encode('one') })], services);
    clock.advance(60_000);
    const second = await handleIpc('backup:write', APP, [request({ reason: 'manual', bytes: new TextEncoder().encode('two!') })], services);
    const listed = (await handleIpc('backup:list', APP, ['p_plan1'], services)) as { id: string; size: number }[];
    expect(listed.map((b) => b.id)).toEqual([(second as { id: string }).id, (first as { id: string }).id]);
    expect(listed.map((b) => b.size)).toEqual([4, 3]);
    const bytes = (await handleIpc('backup:read', APP, ['p_plan1', (first as { id: string }).id], services)) as Uint8Array;
    expect(new TextDecoder().decode(bytes)).toBe('one');
    await expect(handleIpc('backup:list', APP, ['p_other'], services)).resolves.toEqual([]);
  });

  it('lists a backup whose description is missing or damaged from its own file, and skips strangers', async () => {
    const { root, service } = setup();
    const folder = path.join(root, 'p_plan1');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, '20260301T080000000Z-upgrade-0000abcd.rbmplan'), JSON.stringify({ title: 'From the file', heads: [HEAD, 'not a head'] }));
    writeFileSync(path.join(folder, '20260301T070000000Z-manual-0000abce.rbmplan'), 'not json');
    writeFileSync(path.join(folder, '20260301T070000000Z-manual-0000abce.json'), '{"id": 1}');
    writeFileSync(path.join(folder, 'notes.rbmplan'), '{}');
    writeFileSync(path.join(folder, '.20260301T080000000Z-upgrade-0000abcd.rbmplan.abc.tmp'), 'half');
    const listed = await service.list('p_plan1');
    expect(listed).toEqual([
      { id: '20260301T080000000Z-upgrade-0000abcd', planId: 'p_plan1', reason: 'upgrade', createdAt: '2026-03-01T08:00:00.000Z', title: 'From the file', planChangedAt: null, heads: [HEAD], size: expect.any(Number) },
      { id: '20260301T070000000Z-manual-0000abce', planId: 'p_plan1', reason: 'manual', createdAt: '2026-03-01T07:00:00.000Z', title: '', planChangedAt: null, heads: [], size: 8 },
    ]);
  });

  it('says a backup that is not there is no longer there', async () => {
    const { service } = setup();
    await expect(service.read('p_plan1', '20260301T080000000Z-manual-0000abcd')).rejects.toThrow(/no longer there/);
  });
});

describe('pruning', () => {
  it('keeps the 10 newest and one per day for 14 days after every write', async () => {
    const { root, service, clock } = setup('2026-03-01T09:00:00.000Z');
    // 20 days of editing: 8 backups a day, 15 minutes apart.
    for (let day = 0; day < 20; day += 1) {
      for (let i = 0; i < 8; i += 1) {
        await service.write(request());
        clock.advance(15 * 60_000);
      }
      clock.advance(24 * 3600_000 - 8 * 15 * 60_000);
    }
    const listed = await service.list('p_plan1');
    // The 10 newest (8 of the last day, 2 of the day before) and the newest of each of the 12 days before those.
    expect(listed.length).toBe(KEEP_RECENT + KEEP_DAILY_DAYS - 2);
    const days = new Set(listed.map((b) => b.createdAt.slice(0, 10)));
    expect(days.size).toBe(KEEP_DAILY_DAYS);
    expect([...days].sort()[0]).toBe('2026-03-07');
    // Files and descriptions went together.
    expect(readdirSync(path.join(root, 'p_plan1')).length).toBe(listed.length * 2);
  });
});

describe('paths cannot leave the backups folder', () => {
  const traversals = ['..', '../..', '../../etc', 'a/b', 'a\\b', '/etc', '.', '', 'C:\\Windows', 'p'.repeat(65), 'p_plan1\u0000'];

  it.each(traversals)('refuses the plan id %j over IPC before any file is touched', async (planId) => {
    const { root, services } = setup();
    await expect(handleIpc('backup:list', APP, [planId], services)).rejects.toThrow(/Invalid arguments for IPC call "backup:list"/);
    await expect(handleIpc('backup:write', APP, [request({ planId })], services)).rejects.toThrow(/Invalid arguments/);
    await expect(handleIpc('backup:read', APP, [planId, '20260301T080000000Z-manual-0000abcd'], services)).rejects.toThrow(/Invalid arguments/);
    expect(existsSync(root)).toBe(false);
  });

  it.each(['../x', '../../p_plan1/20260301T080000000Z-manual-0000abcd', '20260301T080000000Z-manual-0000abcd/../../x', '20260301T080000000Z-manual-0000abcd.rbmplan', 'x'])(
    'refuses the backup id %j',
    async (id) => {
      const { services, service } = setup();
      await expect(handleIpc('backup:read', APP, ['p_plan1', id], services)).rejects.toThrow(/Invalid arguments/);
      await expect(service.read('p_plan1', id)).rejects.toThrow(BackupRequestError);
    },
  );

  it('refuses a bad plan id in the service itself too (not only in the IPC schema)', async () => {
    const { service } = setup();
    await expect(service.list('../..')).rejects.toThrow(BackupRequestError);
    await expect(service.write(request({ planId: '..' }))).rejects.toThrow(BackupRequestError);
  });

  it('insideRoot refuses the root itself and anything outside it', () => {
    expect(() => insideRoot('/data/backups', '..')).toThrow(BackupRequestError);
    expect(() => insideRoot('/data/backups', '.')).toThrow(BackupRequestError);
    expect(() => insideRoot('/data/backups', '../backups2')).toThrow(BackupRequestError);
    expect(insideRoot('/data/backups', 'p1', 'x.rbmplan')).toBe(path.resolve('/data/backups/p1/x.rbmplan'));
  });

  it('refuses empty or oversized backups and unknown reasons', async () => {
    const { services } = setup();
    await expect(handleIpc('backup:write', APP, [request({ bytes: new Uint8Array() })], services)).rejects.toThrow(/Invalid arguments/);
    await expect(handleIpc('backup:write', APP, [{ ...request(), reason: 'whenever' }], services)).rejects.toThrow(/Invalid arguments/);
    await expect(handleIpc('backup:write', APP, [{ ...request(), bytes: 'text' }], services)).rejects.toThrow(/Invalid arguments/);
  });
});
