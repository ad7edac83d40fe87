/**
 * The main flow by keyboard alone: no mouse click anywhere. First start (name the office),
 * open the sample plan from the library, move around the logframe matrix and edit a
 * statement, add an indicator with a target, go to another screen by its shortcut, export
 * to Word, save a plan file, and undo. After every action the focus is on an element (never
 * the page's body) and visibly marked; every control used is reached with Tab / Shift+Tab.
 */
import { expect, test, type Page } from '@playwright/test';
import { SAMPLE_TITLE } from './helpers';

interface Focused {
  readonly tag: string;
  readonly role: string | null;
  readonly name: string;
  readonly visible: boolean;
  readonly marked: boolean;
}

/** What has the focus: its tag, role, accessible-ish name, whether it is shown and whether its focus is drawn. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el instanceof HTMLIFrameElement && el.contentDocument?.activeElement) el = el.contentDocument.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const rect = el.getBoundingClientRect();
    const label = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ?? el.textContent ?? '';
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      name: label.replace(/\s+/g, ' ').trim().slice(0, 120),
      visible: rect.width > 0 && rect.height > 0,
      // A date field's focus is inside its own parts (day, month, year, the picker), which Chromium draws itself.
      marked: el.matches(':focus-visible') ? outline || shadow : el instanceof HTMLInputElement && /^(date|time|datetime-local|month)$/.test(el.type),
    };
  });
}

/** The focus is on a visible element and drawn (after an action by keyboard). */
async function expectFocus(page: Page, after: string): Promise<Focused> {
  let f: Focused | null = null;
  await expect
    .poll(async () => {
      f = await focused(page);
      return f !== null && f.visible && f.marked;
    }, { message: `after ${after}: the focus is lost or not shown (${JSON.stringify(await focused(page))})` })
    .toBe(true);
  return f!;
}

/** Presses a key and checks the focus is kept and shown. */
async function press(page: Page, key: string, what = key): Promise<Focused> {
  await page.keyboard.press(key);
  return expectFocus(page, what);
}

/** Tabs (forwards, or backwards with Shift+Tab) until the focused element's name matches; fails if it is never reached. */
async function tabTo(page: Page, name: RegExp, options: { readonly back?: boolean; readonly max?: number } = {}): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 120); i++) {
    const f = await press(page, options.back ? 'Shift+Tab' : 'Tab', `Tab towards ${name}`);
    if (name.test(f.name)) return f;
    seen.push(f.name);
  }
  throw new Error(`${name} is not reachable by Tab; reached: ${seen.slice(0, 60).join(' | ')}`);
}

test('the main flow by keyboard alone, with the focus always kept and shown', async ({ page }) => {
  test.setTimeout(180_000);
  // Any mouse click would be a failure of this test: count them.
  await page.addInitScript(() => {
    const w = window as unknown as { __mouseClicks: number };
    w.__mouseClicks = 0;
    window.addEventListener('mousedown', () => w.__mouseClicks++, true);
  });

  // First start: the dialog asks for the office's name with the focus in its field.
  await page.goto('/');
  const office = page.getByRole('dialog', { name: 'Name this office' });
  await expect(office).toBeVisible();
  await expect(office.getByRole('textbox', { name: 'Office name' })).toBeFocused();
  await page.keyboard.type('Keyboard office');
  await press(page, 'Enter', 'naming the office');
  await expect(office).toBeHidden();
  await expect(page.locator('.app-header-plan')).toHaveText(SAMPLE_TITLE);

  // The library, and the sample plan opened from it.
  await tabTo(page, /^Plan library$/, { back: true });
  await press(page, 'Enter', 'opening the library');
  await expect(page.getByRole('heading', { name: /Plan library|Plans/, level: 1 })).toBeVisible();
  await tabTo(page, new RegExp(`^Open ${SAMPLE_TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await press(page, 'Enter', 'opening the plan');
  await expect(page.locator('.app-header-plan')).toHaveText(SAMPLE_TITLE);

  // The logframe by its shortcut; into the grid with Tab; arrows move; Enter edits a statement.
  await press(page, 'Control+2', 'Ctrl+2 (Logframe)');
  await expect(page.getByRole('heading', { name: 'Logframe', level: 1 })).toBeVisible();
  await tabTo(page, /./, { max: 1 });
  const grid = page.getByRole('grid');
  for (let i = 0; i < 60 && !(await grid.evaluate((g) => g.contains(document.activeElement))); i++) await press(page, 'Tab', 'Tab into the grid');
  await expect.poll(() => grid.evaluate((g) => g.contains(document.activeElement))).toBe(true);
  await press(page, 'ArrowDown', 'ArrowDown in the grid');
  await press(page, 'ArrowRight', 'ArrowRight in the grid');
  await press(page, 'ArrowLeft', 'ArrowLeft in the grid');
  await press(page, 'Enter', 'Enter (edit the statement)');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Labour migration governed by one Office-wide strategy (by keyboard)');
  await press(page, 'Enter', 'Enter (commit the statement)');
  await expect(grid).toContainText('Labour migration governed by one Office-wide strategy (by keyboard)');

  // The indicators cell: Enter opens its editor; add an indicator with a definition and a target.
  await press(page, 'ArrowRight', 'to the indicators cell');
  await press(page, 'Enter', 'Enter (open the indicators editor)');
  const editor = page.getByRole('dialog');
  await expect(editor).toBeVisible();
  await tabTo(page, /^Add indicator$/);
  await press(page, 'Enter', 'Add indicator');
  await expect(editor.getByRole('textbox', { name: 'Definition' }).last()).toBeFocused();
  await page.keyboard.type('Share of country programmes with a labour migration component (keyboard)');
  const target = await tabTo(page, /^Target /);
  await page.keyboard.type('12');
  await press(page, 'Tab', `leaving ${target.name}`);
  await press(page, 'Escape', 'closing the indicators editor');
  await expect(editor).toBeHidden();
  await expect(grid).toContainText('Share of country programmes with a labour migration component (keyboard)');

  // Another screen by its shortcut: the indicator is listed there.
  await press(page, 'Control+7', 'Ctrl+7 (Indicators)');
  await expect(page.getByRole('heading', { name: 'Indicators', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Indicators by result' })).toContainText('Share of country programmes with a labour migration component (keyboard)');

  // Export to Word: Ctrl+Shift+E, Tab to the save button, Enter.
  await press(page, 'Control+Shift+E', 'Ctrl+Shift+E (Export)');
  const exportDialog = page.getByRole('dialog', { name: 'Export the plan' });
  await expect(exportDialog).toBeVisible();
  await tabTo(page, /^Save Word document/);
  const word = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await word).suggestedFilename()).toBe(`${SAMPLE_TITLE}.docx`);
  await expect(exportDialog).toBeHidden();
  await expectFocus(page, 'the Word export');

  // Save a plan file: Ctrl+S, Tab to Save, Enter.
  await press(page, 'Control+s', 'Ctrl+S (Save plan file)');
  const save = page.getByRole('dialog', { name: 'Save plan file' });
  await expect(save).toBeVisible();
  await tabTo(page, /^Save$/);
  const planFile = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await planFile).suggestedFilename()).toMatch(/\.rbmplan$/);
  await expect(save).toBeHidden();
  await expectFocus(page, 'saving the plan file');

  // Undo: the last edit (the target) is taken back; Undo again takes the indicator away.
  await press(page, 'Control+2', 'Ctrl+2 (back to the Logframe)');
  await press(page, 'Control+z', 'Ctrl+Z');
  await press(page, 'Control+z', 'Ctrl+Z');
  await press(page, 'Control+z', 'Ctrl+Z');
  await expect(grid).not.toContainText('Share of country programmes with a labour migration component (keyboard)');

  expect(await page.evaluate(() => (window as unknown as { __mouseClicks: number }).__mouseClicks)).toBe(0);
});

/**
 * Controls a keyboard cannot reach: shown, enabled, but out of the Tab order (tabindex -1)
 * and not part of a composite widget that moves the focus among its items with arrows
 * (grid, tree, listbox, radio group, tab list, menu, toolbar).
 */
function unreachableControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [role="tab"], [role="menuitem"], [role="switch"]');
    const out: string[] = [];
    for (const el of controls) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || (el as HTMLButtonElement).disabled || el.closest('[inert], [aria-hidden="true"]')) continue;
      if (el.tabIndex >= 0) continue;
      if (el.closest('[role="grid"], [role="treegrid"], [role="tree"], [role="listbox"], [role="radiogroup"], [role="tablist"], [role="menu"], [role="toolbar"]')) continue;
      out.push(`${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60)}"`);
    }
    return out;
  });
}

test('every control on every screen is in the Tab order or in a widget moved by arrows; every screen is reached by keyboard', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Office name' }).fill('Keyboard office');
  await page.keyboard.press('Enter');
  await expect(page.locator('.app-header-plan')).toHaveText(SAMPLE_TITLE);
  const nav = page.getByRole('navigation', { name: 'Plan sections' });
  const names = (await nav.getByRole('button').allTextContents()).map((n) => n.trim());
  expect(names.length).toBeGreaterThanOrEqual(17);
  for (const [i, name] of names.entries()) {
    if (i < 9) {
      // The first nine have shortcuts.
      await press(page, `Control+${i + 1}`, `Ctrl+${i + 1}`);
    } else {
      // The others: Shift+Tab from the screen back into the navigation, then Tab / Shift+Tab to the item, Enter.
      const f = await focused(page);
      const inNav = await nav.evaluate((n) => n.contains(document.activeElement));
      if (!inNav || f === null) await tabTo(page, /./, { max: 1 });
      const target = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
      const here = await nav.evaluate((n) => n.contains(document.activeElement));
      if (!here) await tabTo(page, target, { back: true });
      else await tabTo(page, target);
      await press(page, 'Enter', `opening ${name}`);
    }
    await expect(nav.getByRole('button', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    if (name !== 'Backups') await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await unreachableControls(page), `${name}: controls out of the Tab order`).toEqual([]);
  }
});
