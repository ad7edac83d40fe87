/** The PDF of a print view in main (electron/main/pdf.ts, the 'export:pdf' service), Electron stubbed. */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { handleIpc, IpcRequestError } from '../../electron/main/ipc-handlers';
import { PDF_PRINT_OPTIONS, pdfWindowOptions, renderPdf, type PdfWindow } from '../../electron/main/pdf';
import { createServices } from '../../electron/main/services';
import { MAX_PDF_HTML_CHARS } from '../../shared/ipc';

const APP = 'app://rbm/index.html';
const HTML = '<!DOCTYPE html><html lang="en"><title>Plan</title><p>Decent work</p></html>';
const PDF = new TextEncoder().encode('%PDF-1.7 fake');

/** A hidden window whose load and print do what the test says; it records what it loaded. */
class FakeWindow implements PdfWindow {
  destroyed = false;
  loadedHtml: string | null = null;
  load: () => Promise<void> = async () => undefined;
  print: () => Promise<Uint8Array> = async () => PDF;
  readonly webContents = {
    loadFile: vi.fn(async (file: string) => {
      this.loadedHtml = readFileSync(file, 'utf8');
      await this.load();
    }),
    printToPDF: vi.fn(async () => this.print()),
  };
  isDestroyed = () => this.destroyed;
  destroy = vi.fn(() => {
    this.destroyed = true;
  });
}

function setup(configure: (window: FakeWindow) => void = () => undefined) {
  const tempRoot = mkdtempSync(path.join(tmpdir(), 'rbm-pdf-test-'));
  const windows: FakeWindow[] = [];
  const createWindow = vi.fn(() => {
    const window = new FakeWindow();
    configure(window);
    windows.push(window);
    return window;
  });
  return { tempRoot, windows, createWindow };
}

describe('pdfWindowOptions', () => {
  it('makes a hidden, sandboxed, isolated window without Node, preload or JavaScript, with web security', () => {
    const options = pdfWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });
});

describe('renderPdf', () => {
  it('loads the HTML from a private temporary file, prints with the CSS page size and backgrounds, and cleans up', async () => {
    const { tempRoot, windows, createWindow } = setup();
    const bytes = await renderPdf(HTML, { createWindow, tempRoot });
    expect(bytes).toEqual(PDF);
    expect(createWindow).toHaveBeenCalledExactlyOnceWith(pdfWindowOptions());
    const [window] = windows;
    expect(window!.loadedHtml).toBe(HTML);
    const loadedFrom = window!.webContents.loadFile.mock.calls[0]![0];
    expect(loadedFrom.startsWith(path.join(tempRoot, 'rbm-print-'))).toBe(true);
    expect(window!.webContents.printToPDF).toHaveBeenCalledExactlyOnceWith(PDF_PRINT_OPTIONS);
    expect(PDF_PRINT_OPTIONS).toMatchObject({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
    expect(window!.destroy).toHaveBeenCalledOnce();
    expect(existsSync(loadedFrom)).toBe(false);
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it('prints only after the document has loaded', async () => {
    let finishLoad!: () => void;
    const { tempRoot, windows, createWindow } = setup((w) => {
      w.load = () => new Promise((resolve) => (finishLoad = resolve));
    });
    const done = renderPdf(HTML, { createWindow, tempRoot });
    await vi.waitFor(() => expect(windows[0]?.webContents.loadFile).toHaveBeenCalled());
    expect(windows[0]!.webContents.printToPDF).not.toHaveBeenCalled();
    finishLoad();
    await expect(done).resolves.toEqual(PDF);
  });

  it('closes the window and removes the file when the load fails, without printing', async () => {
    const { tempRoot, windows, createWindow } = setup((w) => {
      w.load = async () => {
        throw new Error('ERR_FILE_NOT_FOUND');
      };
    });
    await expect(renderPdf(HTML, { createWindow, tempRoot })).rejects.toThrow('ERR_FILE_NOT_FOUND');
    expect(windows[0]!.webContents.printToPDF).not.toHaveBeenCalled();
    expect(windows[0]!.destroyed).toBe(true);
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it('closes the window when printing fails', async () => {
    const { tempRoot, windows, createWindow } = setup((w) => {
      w.print = async () => {
        throw new Error('Printing failed');
      };
    });
    await expect(renderPdf(HTML, { createWindow, tempRoot })).rejects.toThrow('Printing failed');
    expect(windows[0]!.destroyed).toBe(true);
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it('gives up after the timeout, closing the window and removing the file', async () => {
    const { tempRoot, windows, createWindow } = setup((w) => {
      w.load = () => new Promise(() => undefined);
    });
    await expect(renderPdf(HTML, { createWindow, tempRoot, timeoutMs: 30 })).rejects.toThrow(/The PDF was not ready after/);
    expect(windows[0]!.destroyed).toBe(true);
    expect(windows[0]!.webContents.printToPDF).not.toHaveBeenCalled();
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it('does not destroy a window that is already gone', async () => {
    const { tempRoot, windows, createWindow } = setup((w) => {
      w.print = async () => {
        w.destroyed = true;
        throw new Error('Object has been destroyed');
      };
    });
    await expect(renderPdf(HTML, { createWindow, tempRoot })).rejects.toThrow('destroyed');
    expect(windows[0]!.destroy).not.toHaveBeenCalled();
  });
});

describe("the 'export:pdf' service", () => {
  const INFO = { name: 'RBM Planner', version: '0', platform: 'linux', electron: '40' };

  function services(answer: { canceled: boolean; filePath?: string }) {
    const deps = {
      showSaveDialog: vi.fn(async () => answer),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      documentsFolder: '/home/planner/Documents',
      kindName: (kind: string) => (kind === 'pdf' ? 'PDF document' : kind),
      text: (key: string) => key,
      renderPdf: vi.fn(async () => PDF),
    };
    return { deps, services: createServices(null, INFO, deps) };
  }

  it('renders the HTML, proposes a safe .pdf name in the documents folder, and writes the PDF where chosen', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'rbm-pdf-save-'));
    const target = path.join(folder, 'Strategy.pdf');
    const { deps, services: s } = services({ canceled: false, filePath: target });
    const result = await handleIpc('export:pdf', APP, [{ html: HTML, suggestedName: 'Strategy: 2010-15' }], s);
    expect(result).toEqual({ saved: true, fileName: 'Strategy.pdf' });
    expect(deps.renderPdf).toHaveBeenCalledExactlyOnceWith(HTML);
    expect(deps.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: path.join('/home/planner/Documents', 'Strategy- 2010-15.pdf'),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      }),
    );
    expect(readFileSync(target)).toEqual(Buffer.from(PDF));
  });

  it('saves nothing when the user cancels the dialog', async () => {
    const { services: s } = services({ canceled: true });
    await expect(handleIpc('export:pdf', APP, [{ html: HTML, suggestedName: 'Plan' }], s)).resolves.toEqual({ saved: false });
  });

  it('opens no dialog when the PDF cannot be made', async () => {
    const { deps, services: s } = services({ canceled: true });
    deps.renderPdf.mockRejectedValueOnce(new Error('The PDF was not ready after 120 s.'));
    await expect(handleIpc('export:pdf', APP, [{ html: HTML, suggestedName: 'Plan' }], s)).rejects.toThrow('not ready');
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it.each([
    ['HTML over the size limit', [{ html: 'x'.repeat(MAX_PDF_HTML_CHARS + 1), suggestedName: 'Plan' }]],
    ['empty HTML', [{ html: '', suggestedName: 'Plan' }]],
    ['bytes instead of HTML text', [{ html: new Uint8Array([60]), suggestedName: 'Plan' }]],
    ['a missing name', [{ html: HTML }]],
    ['a name of 201 characters', [{ html: HTML, suggestedName: 'x'.repeat(201) }]],
    ['a bare string', [HTML]],
    ['no argument', []],
  ])('refuses %s before rendering anything', async (_what, args) => {
    const { deps, services: s } = services({ canceled: true });
    const call = handleIpc('export:pdf', APP, args, s);
    await expect(call).rejects.toThrow(IpcRequestError);
    await expect(call).rejects.toThrow(/Invalid arguments for IPC call "export:pdf"/);
    expect(deps.renderPdf).not.toHaveBeenCalled();
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a call from outside the app', async () => {
    const { deps, services: s } = services({ canceled: true });
    await expect(handleIpc('export:pdf', 'file:///tmp/print.html', [{ html: HTML, suggestedName: 'Plan' }], s)).rejects.toThrow(/refused/);
    expect(deps.renderPdf).not.toHaveBeenCalled();
  });
});
