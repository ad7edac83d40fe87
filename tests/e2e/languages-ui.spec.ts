/**
 * The interface in English, French and Spanish, end to end: a fresh profile follows the
 * browser's language; the language is switched in Settings (the header's button, Ctrl+,),
 * every main screen then shows its translated heading, no catalogue key path, and dates in
 * that language's format; the choice is kept after a reload. Screenshots of every screen in
 * French and Spanish go to test-results/languages-ui/ (looked at by hand); axe runs on the
 * Settings dialog.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { format, parseISO } from 'date-fns';
import { enGB, es, fr } from 'date-fns/locale';
import { catalogues, LANGUAGE_NAMES, message, type UiLanguage } from '../../shared/i18n';

const SHOTS = 'test-results/languages-ui';
const tr = (language: UiLanguage, key: string, params: Record<string, string> = {}) =>
  message(catalogues[language]!, key).replace(/\{\{(\w+)\}\}/g, (whole, name: string) => params[name] ?? whole);
const LOCALES = { en: enGB, fr, es } as const;
const dateIn = (language: UiLanguage, iso: string) => format(parseISO(iso), 'd MMM yyyy', { locale: LOCALES[language] });
/** The sample plan's status date. */
const STATUS_DATE = '2012-01-31';

/** Every key of the English catalogue, and each plural key's stem, as the UI would show a missing one. */
const KEYS = (() => {
  const keys = new Set<string>();
  const walk = (node: object, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (value !== null && typeof value === 'object') walk(value as object, `${prefix}${key}.`);
      else {
        keys.add(`${prefix}${key}`);
        keys.add(`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`);
      }
    }
  };
  walk(catalogues.en!, '');
  return keys;
})();

/** The screens of a plan: tab, nav label key, heading key. */
const SCREENS = [
  ['overview', 'nav.overview', 'overview.title'],
  ['matrix', 'nav.matrix', 'matrix.title'],
  ['results', 'nav.results', 'results.title'],
  ['narrative', 'nav.narrative', 'narrative.title'],
  ['quality', 'nav.quality', 'quality.title'],
  ['dashboard', 'nav.dashboard', 'dashboard.title'],
  ['indicators', 'nav.indicators', 'indicators.title'],
  ['risks', 'nav.risks', 'risks.title'],
  ['timeline', 'nav.timeline', 'timeline.title'],
  ['responsibilities', 'nav.responsibilities', 'raci.title'],
  ['resources', 'nav.resources', 'resources.title'],
  ['partners', 'nav.partners', 'partners.title'],
  ['structure', 'nav.structure', 'structure.title'],
  ['settings', 'nav.planSettings', 'planSettings.title'],
  ['conflicts', 'nav.conflicts', 'conflicts.title'],
  ['history', 'nav.history', 'historyScreen.title'],
  ['backups', 'nav.backups', 'backups.title'],
] as const;

/** Key paths visible on the page (what i18next shows for a key it cannot find). */
async function visibleKeyPaths(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const attributes = await page.evaluate(() =>
    [...document.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((el) => ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? '')),
  );
  const tokens = `${text}\n${attributes.join('\n')}`.match(/[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+/g) ?? [];
  return [...new Set(tokens.filter((token) => KEYS.has(token)))];
}

/** Starts the app; on a fresh profile names the office through the first-start dialog, in `language`. */
async function openAppIn(page: Page, language: UiLanguage): Promise<void> {
  await page.goto('/');
  const header = page.getByRole('banner');
  const office = page.getByRole('dialog', { name: tr(language, 'planFiles.office.title') });
  await expect(header.or(office)).toBeVisible();
  if (await office.isVisible()) {
    await page.screenshot({ path: `${SHOTS}/${language}-first-start.png` });
    await office.getByRole('textbox', { name: tr(language, 'planFiles.office.label') }).fill('Bureau de Dakar');
    await office.getByRole('button', { name: tr(language, 'planFiles.office.continue') }).click();
  }
  await expect(header).toBeVisible();
}

async function chooseLanguage(page: Page, from: UiLanguage, to: UiLanguage, how: 'button' | 'keyboard'): Promise<void> {
  if (how === 'button') await page.getByRole('banner').getByRole('button', { name: tr(from, 'languages.settings.open'), exact: true }).click();
  else await page.keyboard.press('Control+Comma');
  const dialog = page.getByRole('dialog', { name: tr(from, 'languages.settings.title') });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: LANGUAGE_NAMES[to] }).check();
  // The whole interface switches at once, the dialog too.
  await expect(page.locator('html')).toHaveAttribute('lang', to);
  const switched = page.getByRole('dialog', { name: tr(to, 'languages.settings.title') });
  await expect(switched).toBeVisible();
  await expect(switched.getByRole('radio', { name: LANGUAGE_NAMES[to] })).toBeChecked();
  await switched.getByRole('button', { name: tr(to, 'common.close') }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

async function openScreen(page: Page, language: UiLanguage, navKey: string, tab: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: tr(language, 'nav.planSections') });
  const name = tr(language, navKey);
  // The Conflicts entry may carry a count after its name.
  await nav.getByRole('button', tab === 'conflicts' ? { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) } : { name, exact: true }).click();
}

/** Walks the library and every plan screen in `language`: headings, no key paths, dates; a screenshot of each. */
async function walkScreens(page: Page, language: UiLanguage): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: tr(language, 'nav.library'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr(language, 'library.title') })).toBeVisible();
  // The plans' last change is today, written in the language.
  await expect(page.locator('main table')).toContainText(format(new Date(), 'd MMM yyyy', { locale: LOCALES[language] }));
  expect(await visibleKeyPaths(page), `${language} library`).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/${language}-library.png` });
  await page.locator('main').getByRole('button', { name: /labour migration/ }).first().click();
  for (const [tab, navKey, headingKey] of SCREENS) {
    await openScreen(page, language, navKey, tab);
    await expect(page.getByRole('heading', { level: 1, name: tr(language, headingKey) }), `${language} ${tab}`).toBeVisible();
    if (tab === 'dashboard') await expect(page.getByTestId('dashboard-as-of')).toContainText(dateIn(language, STATUS_DATE));
    if (tab === 'risks' || tab === 'timeline') await expect(page.locator('main')).toContainText(dateIn(language, STATUS_DATE));
    // The history lists this session's changes with their date and time, in the language.
    if (tab === 'history') await expect(page.locator('main')).toContainText(format(new Date(), 'd MMM yyyy', { locale: LOCALES[language] }));
    expect(await visibleKeyPaths(page), `${language} ${tab}`).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/${language}-${tab}.png`, fullPage: false });
  }
  // Plan files: the Save plan file dialog.
  await page.getByRole('banner').getByRole('button', { name: tr(language, 'planFiles.save') }).click();
  const save = page.getByRole('dialog', { name: tr(language, 'planFiles.saveDialog.title') });
  await expect(save).toBeVisible();
  expect(await visibleKeyPaths(page), `${language} save plan file`).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/${language}-plan-file.png` });
  await page.keyboard.press('Escape');
  await expect(save).toBeHidden();
}

test.describe('on a fresh profile in a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('the interface follows the browser language, and keeps it after a reload', async ({ page }) => {
    expect(await page.evaluate(() => navigator.language)).toBe('fr-FR');
    await openAppIn(page, 'fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('banner').getByRole('button', { name: tr('fr', 'languages.settings.open'), exact: true })).toBeVisible();
    await expect(page.getByRole('navigation', { name: tr('fr', 'nav.planSections') })).toBeVisible();
    expect(await visibleKeyPaths(page)).toEqual([]);
    await page.reload();
    await expect(page.getByRole('navigation', { name: tr('fr', 'nav.planSections') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });
});

test.describe('on a fresh profile in an English browser', () => {
  test.use({ locale: 'en-GB' });

  test('switching to French and to Spanish in Settings translates every main screen, dates included, and is kept after a reload', async ({ page }) => {
    test.setTimeout(240_000);
    await openAppIn(page, 'en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // Settings from the keyboard (Ctrl+,); axe on the dialog.
    await page.keyboard.press('Control+Comma');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect(dialog).toBeVisible();
    // Each language named in itself, marked as that language (screen readers pronounce it so).
    for (const language of ['en', 'fr', 'es'] as const) {
      await expect(dialog.getByRole('radio', { name: LANGUAGE_NAMES[language] })).toBeVisible();
      await expect(dialog.locator(`label[lang="${language}"]`)).toHaveText(LANGUAGE_NAMES[language]);
    }
    const results = await new AxeBuilder({ page }).include('dialog[open]').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/en-app-settings.png` });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await chooseLanguage(page, 'en', 'fr', 'keyboard');
    await walkScreens(page, 'fr');
    await page.getByRole('banner').getByRole('button', { name: tr('fr', 'languages.settings.open'), exact: true }).click();
    await page.screenshot({ path: `${SHOTS}/fr-app-settings.png` });
    await page.keyboard.press('Escape');

    await chooseLanguage(page, 'fr', 'es', 'button');
    await walkScreens(page, 'es');
    await page.getByRole('banner').getByRole('button', { name: tr('es', 'languages.settings.open'), exact: true }).click();
    const axeEs = await new AxeBuilder({ page }).include('dialog[open]').analyze();
    expect(axeEs.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/es-app-settings.png` });
    await page.keyboard.press('Escape');

    // Kept after a reload, though the browser speaks English.
    await page.reload();
    await expect(page.getByRole('navigation', { name: tr('es', 'nav.planSections') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await openScreen(page, 'es', 'nav.dashboard', 'dashboard');
    await expect(page.getByTestId('dashboard-as-of')).toContainText(dateIn('es', STATUS_DATE));

    // And back to English.
    await chooseLanguage(page, 'es', 'en', 'button');
    await expect(page.getByRole('heading', { level: 1, name: 'Monitoring dashboard' })).toBeVisible();
    await expect(page.getByTestId('dashboard-as-of')).toContainText('31 Jan 2012');
  });
});
