/** Saving exported files from main (electron/main/file-save.ts) with the dialog stubbed. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { proposedName, saveWithDialog, writeFileAtomic } from '../../electron/main/file-save';
import { handleIpc } from '../../electron/main/ipc-handlers';
import { createServices } from '../../electron/main/services';
import { text } from '../../electron/main/text';
import { MAX_SAVE_BYTES } from '../../shared/ipc';

/** Which step of the atomic write the stubbed file system makes fail (none by default). */
const failure = vi.hoisted(() => ({ step: null as null | 'write' | 'sync' | 'rename', calls: [] as string[] }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const diskFull = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      failure.calls.push(`open ${String(args[0])}`);
      return {
        writeFile: async (data: Uint8Array) => {
          failure.calls.push('write');
          if (failure.step !== 'write') return handle.writeFile(data);
          // Half the bytes reach the disk, then it is full.
          await handle.writeFile(data.subarray(0, Math.floor(data.length / 2)));
          throw diskFull();
        },
        sync: async () => {
          failure.calls.push('sync');
          if (failure.step === 'sync') throw diskFull();
          return handle.sync();
        },
        close: () => handle.close(),
      };
    },
    rename: async (...args: Parameters<typeof actual.rename>) => {
      failure.calls.push('rename');
      if (failure.step === 'rename') throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
      return actual.rename(...args);
    },
  };
});

afterEach(() => {
  failure.step = null;
  failure.calls = [];
});

const folder = () => mkdtempSync(path.join(tmpdir(), 'rbm-save-'));
const bytes = new TextEncoder().encode('PK fake document');

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temporary file', async () => {
    const dir = folder();
    const target = path.join(dir, 'plan.docx');
    await writeFileAtomic(target, bytes);
    expect(readFileSync(target)).toEqual(Buffer.from(bytes));
    expect(readdirSync(dir)).toEqual(['plan.docx']);
  });

  it('replaces an existing file whole', async () => {
    const dir = folder();
    const target = path.join(dir, 'plan.docx');
    writeFileSync(target, 'old content that is longer than the new one');
    await writeFileAtomic(target, bytes);
    expect(readFileSync(target, 'utf8')).toBe('PK fake document');
  });

  it('keeps the old file and removes the temporary one when the rename fails', async () => {
    const dir = folder();
    // A directory in the way makes the rename fail after the temporary file was written.
    const target = path.join(dir, 'in-the-way');
    writeFileSync(path.join(dir, 'keep.txt'), 'x');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.join(target, 'child'), { recursive: true });
    await expect(writeFileAtomic(target, bytes)).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['in-the-way', 'keep.txt']);
  });
});

describe('proposedName', () => {
  it('keeps a safe name and its extension', () => {
    expect(proposedName('docx', 'Strategy 2010-15.docx')).toBe('Strategy 2010-15.docx');
    expect(proposedName('iati', 'Plan')).toBe('Plan.xml');
  });

  it('drops folders and characters a file system refuses', () => {
    expect(proposedName('pdf', '../../etc/passwd')).toBe('passwd.pdf');
    expect(proposedName('xlsx', 'a<b>:c?*|"d')).toBe('a-b-c-d.xlsx');
  });
});

describe('saveWithDialog', () => {
  it('writes where the user chose and names the file', async () => {
    const dir = folder();
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: path.join(dir, 'chosen.docx') }));
    const result = await saveWithDialog({ kind: 'docx', suggestedName: 'Plan.docx', bytes }, showSaveDialog, '/docs', 'Word document');
    expect(result).toEqual({ saved: true, fileName: 'chosen.docx' });
    expect(readFileSync(path.join(dir, 'chosen.docx'), 'utf8')).toBe('PK fake document');
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: path.join('/docs', 'Plan.docx'), filters: [{ name: 'Word document', extensions: ['docx'] }] }),
    );
  });

  it('saves nothing when the user cancels', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: true }));
    await expect(saveWithDialog({ kind: 'pdf', suggestedName: 'Plan', bytes }, showSaveDialog, '/docs', 'PDF')).resolves.toEqual({ saved: false });
  });
});

describe('file:save over IPC', () => {
  const services = () =>
    createServices(null, { name: 'RBM Planner', version: '0', platform: 'linux', electron: '40' }, {
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      documentsFolder: '/docs',
      kindName: (k) => k,
      text: (key) => key,
      renderPdf: vi.fn(async () => new Uint8Array()),
    });

  it.each([
    ['an unknown kind', { kind: 'exe', suggestedName: 'x', bytes }],
    ['an empty name', { kind: 'docx', suggestedName: '', bytes }],
    ['text instead of bytes', { kind: 'docx', suggestedName: 'x', bytes: 'PK' }],
    ['a name of 201 characters', { kind: 'docx', suggestedName: 'x'.repeat(201), bytes }],
  ])('refuses %s before any dialog opens', async (_what, request) => {
    await expect(handleIpc('file:save', 'app://rbm/index.html', [request], services())).rejects.toThrow(/Invalid arguments for IPC call "file:save"/);
  });

  it('refuses a file over the size limit', async () => {
    const big = { kind: 'docx', suggestedName: 'x', bytes: new Uint8Array(MAX_SAVE_BYTES + 1) };
    await expect(handleIpc('file:save', 'app://rbm/index.html', [big], services())).rejects.toThrow(/file too large/);
  });
});

describe('saving a plan file', () => {
  const plan = new TextEncoder().encode('{"format":"rbmplan","formatVersion":1}');

  function planServices(filePath: string) {
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath }));
    const services = createServices(null, { name: 'RBM Planner', version: '0', platform: 'linux', electron: '40' }, {
      showSaveDialog,
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      documentsFolder: '/docs',
      kindName: (kind) => text(`electron.fileKinds.${kind}`),
      text: (key) => text(key),
      renderPdf: vi.fn(async () => new Uint8Array()),
    });
    return { showSaveDialog, services };
  }

  it('offers a .rbmplan name and filter, then writes through a temporary file, flushed, then renamed', async () => {
    const dir = folder();
    const target = path.join(dir, 'Nairobi.rbmplan');
    const { showSaveDialog, services } = planServices(target);
    const result = await handleIpc('file:save', 'app://rbm/index.html', [{ kind: 'rbmplan', suggestedName: 'Country plan 2026', bytes: plan }], services);
    expect(result).toEqual({ saved: true, fileName: 'Nairobi.rbmplan' });
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: path.join('/docs', 'Country plan 2026.rbmplan'),
        filters: [{ name: 'RBM Planner plan file', extensions: ['rbmplan'] }],
      }),
    );
    expect(readFileSync(target)).toEqual(Buffer.from(plan));
    expect(readdirSync(dir)).toEqual(['Nairobi.rbmplan']);
    // The bytes went to a hidden temporary file beside the target, not to the target itself.
    const opened = failure.calls[0]?.replace(/^open /, '') ?? '';
    expect(path.dirname(opened)).toBe(dir);
    expect(path.basename(opened)).toMatch(/^\.Nairobi\.rbmplan\.[0-9a-f]{12}\.tmp$/);
    expect(failure.calls.slice(1)).toEqual(['write', 'sync', 'rename']);
  });

  it.each(['write', 'sync', 'rename'] as const)('keeps the existing plan file whole when the %s step fails', async (step) => {
    const dir = folder();
    const target = path.join(dir, 'Nairobi.rbmplan');
    writeFileSync(target, 'the plan as it was');
    failure.step = step;
    const { services } = planServices(target);
    await expect(handleIpc('file:save', 'app://rbm/index.html', [{ kind: 'rbmplan', suggestedName: 'Nairobi', bytes: plan }], services)).rejects.toThrow(
      step === 'rename' ? /EPERM/ : /ENOSPC/,
    );
    expect(readFileSync(target, 'utf8')).toBe('the plan as it was');
    expect(readdirSync(dir)).toEqual(['Nairobi.rbmplan']);
  });
});
