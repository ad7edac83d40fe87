// @vitest-environment happy-dom
/** The print preview (renderer/features/print/PrintPreview.tsx) with a real store and a fake platform. */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderPrintHtml } from '../../../shared/export/html';
import { PrintPreview } from '../../../renderer/features/print/PrintPreview';
import { initI18n } from '../../../renderer/i18n';
import { sampleReport } from '../../fixtures/report';
import { bootedApp, newEnv } from '../store/harness';
import { renderInApp, settle } from '../screen-harness';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(cleanup);

const HTML = renderPrintHtml(sampleReport());
const LETTER = renderPrintHtml(sampleReport({ paper: 'Letter' }));

/** Opens the preview; `pdf` makes the platform offer its own PDF (as Electron) with that answer. */
async function open(options: { pdf?: 'save' | 'cancel' | 'fail'; paper?: 'A4' | 'Letter' } = {}) {
  const env = newEnv();
  if (options.pdf) {
    env.platform.offerPdf();
    env.platform.pdfAnswer = options.pdf;
  }
  const app = await bootedApp(env);
  const onClose = vi.fn();
  const html = options.paper === 'Letter' ? LETTER : HTML;
  renderInApp(app, i18n, <PrintPreview html={html} fileName="Strategy 2010-15.pdf" onClose={onClose} />);
  await settle();
  return { app, platform: env.platform, onClose };
}

describe('PrintPreview', () => {
  it('is a modal dialog named "Print preview" showing the file, the paper and the document in a script-less sandbox', async () => {
    await open({ paper: 'Letter' });
    const dialog = screen.getByRole('dialog', { name: 'Print preview' });
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(dialog).toHaveTextContent('Strategy 2010-15.pdf');
    expect(dialog).toHaveTextContent('Paper: US Letter');
    const frame = screen.getByTitle('Document: Strategy 2010-15.pdf') as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
    expect(frame.getAttribute('srcdoc')).toBe(LETTER);
  });

  it('in a browser offers the browser\'s print dialog (with a hint about Save as PDF), not its own PDF', async () => {
    await open();
    expect(screen.getByRole('dialog')).toHaveTextContent('Paper: A4');
    const print = screen.getByRole('button', { name: 'Print…' });
    expect(screen.queryByRole('button', { name: 'Save as PDF…' })).toBeNull();
    expect(screen.getByRole('dialog')).toHaveAccessibleDescription('To save a PDF, choose “Save as PDF” as the printer.');
    expect(document.activeElement).toBe(print);
    const frame = screen.getByTitle(/^Document:/) as HTMLIFrameElement;
    const printSpy = vi.fn();
    Object.defineProperty(frame, 'contentWindow', { value: { print: printSpy } });
    fireEvent.click(print);
    expect(printSpy).toHaveBeenCalledOnce();
  });

  it('in Electron saves the previewed document as PDF through the platform and says where', async () => {
    const { platform } = await open({ pdf: 'save' });
    expect(screen.queryByRole('button', { name: 'Print…' })).toBeNull();
    const save = screen.getByRole('button', { name: 'Save as PDF…' });
    expect(document.activeElement).toBe(save);
    await act(async () => fireEvent.click(save));
    await settle();
    expect(platform.pdfs).toEqual([{ html: HTML, name: 'Strategy 2010-15.pdf' }]);
    expect(screen.getByRole('status')).toHaveTextContent('Saved as Strategy 2010-15.pdf.');
  });

  it('says so when the user cancels the save dialog', async () => {
    await open({ pdf: 'cancel' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save as PDF…' })));
    await settle();
    expect(screen.getByRole('status')).toHaveTextContent('Not saved.');
  });

  it('shows why when the PDF cannot be made, and lets the user try again', async () => {
    await open({ pdf: 'fail' });
    const save = screen.getByRole('button', { name: 'Save as PDF…' });
    await act(async () => fireEvent.click(save));
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent('The PDF could not be made: printToPDF failed (simulated)');
    expect(save).toBeEnabled();
  });

  it('closes with Close, with Escape on the dialog, and with Escape inside the document', async () => {
    const { onClose } = await open();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true }));
    expect(onClose).toHaveBeenCalledTimes(2);
    const frame = screen.getByTitle(/^Document:/) as HTMLIFrameElement;
    const inner = document.implementation.createHTMLDocument('doc');
    Object.defineProperty(frame, 'contentDocument', { value: inner });
    fireEvent.load(frame);
    inner.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(onClose).toHaveBeenCalledTimes(3);
  });

  it('scrolls to a contents entry inside the document instead of following the link', async () => {
    await open();
    const frame = screen.getByTitle(/^Document:/) as HTMLIFrameElement;
    const inner = new DOMParser().parseFromString(HTML, 'text/html');
    Object.defineProperty(frame, 'contentDocument', { value: inner });
    fireEvent.load(frame);
    const link = inner.querySelector('nav a[href="#h-2"]')!;
    const target = inner.getElementById('h-2')!;
    const scrolled = vi.fn();
    target.scrollIntoView = scrolled;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(scrolled).toHaveBeenCalledOnce();
  });

  it('gives focus back to where it was when it closes', async () => {
    const app = await bootedApp(newEnv());
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    const view = renderInApp(app, i18n, <PrintPreview html={HTML} fileName="a.pdf" onClose={() => undefined} />);
    await settle();
    expect(document.activeElement).not.toBe(before);
    view.unmount();
    expect(document.activeElement).toBe(before);
    before.remove();
  });
});
