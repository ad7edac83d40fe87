/** Opening plan files in main (electron/main/open-files.ts) with the dialog and, where needed, the file system stubbed. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  baseName,
  createSystemFileInbox,
  nodeFileSystem,
  openWithDialog,
  planFileArguments,
  readOpenedFile,
  type OpenFileSystem,
} from '../../electron/main/open-files';
import { MAX_OPEN_BYTES, OpenedFileSchema, type OpenedFile } from '../../shared/ipc';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rbm-open-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const PLAN = '{"format":"rbmplan"}';
function planFile(name = 'Country plan.rbmplan', content = PLAN): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** A file system whose stat reports `size` for a regular file and whose read is watched. */
function fakeFileSystem(overrides: Partial<OpenFileSystem> & { size?: number } = {}) {
  return {
    stat: vi.fn<OpenFileSystem['stat']>(overrides.stat ?? (async () => ({ isFile: () => true, size: overrides.size ?? 10 }))),
    readFile: vi.fn<OpenFileSystem['readFile']>(overrides.readFile ?? (async () => new Uint8Array(10))),
  };
}

const TEXTS = { title: 'Open plan file', filterName: 'RBM Planner plan file', allFiles: 'All files' };

describe('readOpenedFile', () => {
  it('reads a plan file and answers with its base name only, never the folder', async () => {
    const file = planFile();
    const result = await readOpenedFile(file);
    expect(result).toEqual({ ok: true, name: 'Country plan.rbmplan', bytes: new TextEncoder().encode(PLAN) });
    expect(JSON.stringify({ ...result, bytes: undefined })).not.toContain(dir);
    expect(OpenedFileSchema.safeParse(result).success).toBe(true);
  });

  it('hands over a plain Uint8Array over a buffer of its own', async () => {
    const result = await readOpenedFile(planFile());
    if (!result.ok) throw new Error('not read');
    expect(result.bytes.constructor).toBe(Uint8Array);
    expect(result.bytes.buffer.byteLength).toBe(result.bytes.byteLength);
  });

  it('refuses a folder as notAFile without reading it', async () => {
    const folder = path.join(dir, 'looks like a.rbmplan');
    mkdirSync(folder);
    const fs = { stat: nodeFileSystem.stat, readFile: vi.fn(nodeFileSystem.readFile) };
    await expect(readOpenedFile(folder, fs)).resolves.toEqual({ ok: false, name: 'looks like a.rbmplan', reason: 'notAFile' });
    expect(fs.readFile).not.toHaveBeenCalled();
  });

  it('refuses a file over MAX_OPEN_BYTES as tooLarge without reading it', async () => {
    const fs = fakeFileSystem({ size: MAX_OPEN_BYTES + 1 });
    await expect(readOpenedFile('/data/huge.rbmplan', fs)).resolves.toEqual({ ok: false, name: 'huge.rbmplan', reason: 'tooLarge' });
    expect(fs.readFile).not.toHaveBeenCalled();
  });

  it('reads a file of exactly MAX_OPEN_BYTES', async () => {
    const fs = fakeFileSystem({ size: MAX_OPEN_BYTES });
    await expect(readOpenedFile('/data/big.rbmplan', fs)).resolves.toMatchObject({ ok: true, name: 'big.rbmplan' });
    expect(fs.readFile).toHaveBeenCalledOnce();
  });

  it('refuses a file that grew over the limit between the look and the read', async () => {
    const fs = fakeFileSystem({ size: 4, readFile: async () => new Uint8Array(5) });
    await expect(readOpenedFile('/data/growing.rbmplan', fs, 4)).resolves.toEqual({ ok: false, name: 'growing.rbmplan', reason: 'tooLarge' });
  });

  it('answers unreadable when the read fails', async () => {
    const fs = fakeFileSystem({
      readFile: async () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
    });
    await expect(readOpenedFile('/data/locked.rbmplan', fs)).resolves.toEqual({ ok: false, name: 'locked.rbmplan', reason: 'unreadable' });
  });

  it('answers unreadable for a file that does not exist', async () => {
    await expect(readOpenedFile(path.join(dir, 'gone.rbmplan'))).resolves.toEqual({ ok: false, name: 'gone.rbmplan', reason: 'unreadable' });
  });

  it('cuts a very long name to what the contract carries, without splitting a character', () => {
    const name = `${'a'.repeat(299)}😀.rbmplan`;
    const cut = baseName(path.join('/data', name));
    expect(cut).toBe('a'.repeat(299));
    expect(baseName('/data/plan.rbmplan')).toBe('plan.rbmplan');
  });
});

describe('openWithDialog', () => {
  it('asks for one file, filtered by the kind with All files as well, in the documents folder', async () => {
    const file = planFile('chosen.rbmplan');
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: [file] }));
    const result = await openWithDialog({ kind: 'rbmplan' }, showOpenDialog, '/home/planner/Documents', TEXTS);
    expect(result).toEqual({ ok: true, name: 'chosen.rbmplan', bytes: new TextEncoder().encode(PLAN) });
    expect(showOpenDialog).toHaveBeenCalledExactlyOnceWith({
      title: 'Open plan file',
      defaultPath: '/home/planner/Documents',
      filters: [
        { name: 'RBM Planner plan file', extensions: ['rbmplan'] },
        { name: 'All files', extensions: ['*'] },
      ],
      properties: ['openFile'],
    });
  });

  it('reads nothing when the user cancels', async () => {
    const fs = fakeFileSystem();
    const cancelled = vi.fn(async () => ({ canceled: true, filePaths: [] }));
    await expect(openWithDialog({ kind: 'rbmplan' }, cancelled, '/docs', TEXTS, fs)).resolves.toEqual({ ok: false, cancelled: true });
    const empty = vi.fn(async () => ({ canceled: false, filePaths: [] }));
    await expect(openWithDialog({ kind: 'rbmplan' }, empty, '/docs', TEXTS, fs)).resolves.toEqual({ ok: false, cancelled: true });
    expect(fs.stat).not.toHaveBeenCalled();
    expect(fs.readFile).not.toHaveBeenCalled();
  });

  it('reports a chosen file that is too large, a folder or unreadable by name', async () => {
    const choose = (filePath: string) => vi.fn(async () => ({ canceled: false, filePaths: [filePath] }));
    const big = fakeFileSystem({ size: MAX_OPEN_BYTES + 1 });
    await expect(openWithDialog({ kind: 'rbmplan' }, choose('/d/big.rbmplan'), '/docs', TEXTS, big)).resolves.toEqual({ ok: false, name: 'big.rbmplan', reason: 'tooLarge' });
    expect(big.readFile).not.toHaveBeenCalled();
    await expect(openWithDialog({ kind: 'rbmplan' }, choose(dir), '/docs', TEXTS)).resolves.toEqual({ ok: false, name: path.basename(dir), reason: 'notAFile' });
    const failing = fakeFileSystem({ readFile: () => Promise.reject(new Error('EIO')) });
    await expect(openWithDialog({ kind: 'rbmplan' }, choose('/d/bad.rbmplan'), '/docs', TEXTS, failing)).resolves.toEqual({ ok: false, name: 'bad.rbmplan', reason: 'unreadable' });
  });
});

describe('planFileArguments', () => {
  it('takes the plan file of a packaged launch after a double-click (Windows)', () => {
    const argv = ['C:\\Program Files\\RBM Planner\\RBM Planner.exe', 'C:\\Users\\amina\\Documents\\Nairobi plan.rbmplan'];
    expect(planFileArguments(argv, 'C:\\Windows\\System32', path.win32)).toEqual(['C:\\Users\\amina\\Documents\\Nairobi plan.rbmplan']);
  });

  it("skips the executable, Electron's and Chromium's flags, the app folder and other files", () => {
    const argv = [
      '/usr/lib/electron/electron',
      '.',
      '--allow-file-access-from-files',
      '--original-process-start-time=1234',
      '-psn_0_12345',
      'dist-electron/main.cjs',
      'notes.txt',
      'report.rbmplan.txt',
      '/home/amina/plan.rbmplan',
    ];
    expect(planFileArguments(argv, '/home/amina')).toEqual(['/home/amina/plan.rbmplan']);
  });

  it('accepts the extension in any case and takes relative paths from the working directory', () => {
    expect(planFileArguments(['rbm', 'plans/Office.RBMPLAN', '../x.RbmPlan'], '/home/amina/work')).toEqual([
      '/home/amina/work/plans/Office.RBMPLAN',
      '/home/amina/x.RbmPlan',
    ]);
  });

  it('lists a file named twice once, and nothing for a plain launch', () => {
    expect(planFileArguments(['rbm', 'a.rbmplan', '/w/a.rbmplan'], '/w')).toEqual(['/w/a.rbmplan']);
    expect(planFileArguments(['RBM Planner.exe'], '/w')).toEqual([]);
    expect(planFileArguments([], '/w')).toEqual([]);
  });

  it('never takes argv[0] even when it ends in .rbmplan', () => {
    expect(planFileArguments(['/odd/install.rbmplan'], '/w')).toEqual([]);
  });
});

describe('createSystemFileInbox', () => {
  const names = (files: OpenedFile[]) => files.map((file) => file.name);

  it('queues files that arrive before the renderer has loaded, then delivers them in order', async () => {
    const inbox = createSystemFileInbox();
    const first = planFile('first.rbmplan');
    const second = planFile('second.rbmplan');
    await inbox.receiveArguments(['RBM Planner', first], '/');
    await inbox.receivePath(second);
    expect(inbox.pending).toBe(2);
    const delivered: OpenedFile[] = [];
    inbox.ready((file) => delivered.push(file));
    expect(names(delivered)).toEqual(['first.rbmplan', 'second.rbmplan']);
    expect(delivered[0]).toEqual({ ok: true, name: 'first.rbmplan', bytes: new TextEncoder().encode(PLAN) });
    expect(inbox.pending).toBe(0);
  });

  it('delivers at once while the renderer is loaded, and queues again while it reloads', async () => {
    const inbox = createSystemFileInbox();
    const deliver = vi.fn();
    inbox.ready(deliver);
    planFile('now.rbmplan');
    await inbox.receiveArguments(['rbm', 'now.rbmplan'], dir);
    expect(deliver).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ ok: true, name: 'now.rbmplan' }));
    inbox.notReady();
    await inbox.receivePath(planFile('later.rbmplan'));
    expect(deliver).toHaveBeenCalledOnce();
    expect(inbox.pending).toBe(1);
    const again = vi.fn();
    inbox.ready(again);
    expect(again).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ name: 'later.rbmplan' }));
    expect(deliver).toHaveBeenCalledOnce();
  });

  it('ignores command-line arguments that are not existing regular files', async () => {
    const fs = { stat: vi.fn(nodeFileSystem.stat), readFile: vi.fn(nodeFileSystem.readFile) };
    const inbox = createSystemFileInbox(fs);
    mkdirSync(path.join(dir, 'folder.rbmplan'));
    await inbox.receiveArguments(['rbm', 'missing.rbmplan', 'folder.rbmplan', '--flag.rbmplan'], dir);
    expect(inbox.pending).toBe(0);
    expect(fs.readFile).not.toHaveBeenCalled();
  });

  it('reports a file the system named but that cannot be opened (macOS open-file), by name', async () => {
    const inbox = createSystemFileInbox(fakeFileSystem({ size: MAX_OPEN_BYTES + 1 }));
    await inbox.receivePath('/Volumes/USB/huge.rbmplan');
    const delivered: OpenedFile[] = [];
    inbox.ready((file) => delivered.push(file));
    expect(delivered).toEqual([{ ok: false, name: 'huge.rbmplan', reason: 'tooLarge' }]);
  });

  it('keeps the order of arrival even when an earlier read is slower', async () => {
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const fs = fakeFileSystem({
      readFile: async (filePath) => {
        if (filePath.endsWith('slow.rbmplan')) await slow;
        return new Uint8Array([1]);
      },
    });
    const inbox = createSystemFileInbox(fs);
    const delivered: OpenedFile[] = [];
    inbox.ready((file) => delivered.push(file));
    const a = inbox.receivePath('/d/slow.rbmplan');
    const b = inbox.receivePath('/d/fast.rbmplan');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(delivered).toEqual([]);
    release();
    await Promise.all([a, b]);
    expect(names(delivered)).toEqual(['slow.rbmplan', 'fast.rbmplan']);
  });

  it('goes on with later files when delivering one fails', async () => {
    const inbox = createSystemFileInbox(fakeFileSystem());
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const deliver = vi.fn((file: OpenedFile) => {
      if (file.name === 'boom.rbmplan') throw new Error('window gone');
    });
    inbox.ready(deliver);
    await inbox.receivePath('/d/boom.rbmplan');
    await inbox.receivePath('/d/next.rbmplan');
    expect(deliver).toHaveBeenCalledTimes(2);
    expect(deliver).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'next.rbmplan' }));
    expect(errors).toHaveBeenCalledOnce();
    errors.mockRestore();
  });
});
