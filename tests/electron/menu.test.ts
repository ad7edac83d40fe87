/** The native menu template (electron/main/menu.ts). */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from '../../electron/main/menu';
import { APP_COMMANDS } from '../../shared/app-commands';
import { en, message } from '../../shared/i18n';

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return { platform: 'linux', isPackaged: true, catalogue: en, sendCommand: vi.fn(), ...overrides };
}

function submenu(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.id === id);
  if (!Array.isArray(menu?.submenu)) throw new Error(`no menu ${id}`);
  return menu.submenu;
}

const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role).filter(Boolean);

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help, labelled from the catalogue', () => {
    const template = buildMenuTemplate(options());
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it.each(APP_COMMANDS.map((command) => [command.id, command] as const))(
    'puts %s in its menu with its label and accelerator',
    (_id, command) => {
      const item = submenu(buildMenuTemplate(options()), command.menu).find((i) => i.id === command.id);
      expect(item).toBeDefined();
      expect(item?.label).toBe(message(en, command.labelKey));
      expect(item?.accelerator).toBe(command.accelerator ?? undefined);
    },
  );

  it('sends menu:command with the command id when an item is clicked', () => {
    const sendCommand = vi.fn();
    const template = buildMenuTemplate(options({ sendCommand }));
    for (const command of APP_COMMANDS) {
      const item = submenu(template, command.menu).find((i) => i.id === command.id);
      (item?.click as () => void)();
      expect(sendCommand).toHaveBeenLastCalledWith(command.id);
    }
    expect(sendCommand).toHaveBeenCalledTimes(APP_COMMANDS.length);
  });

  it('offers Open and Save plan file in File, after a separator, with Ctrl/Cmd+O and Ctrl/Cmd+S', () => {
    const file = submenu(buildMenuTemplate(options()), 'file');
    const open = file.findIndex((i) => i.id === 'plan.openFile');
    expect(open).toBeGreaterThan(0);
    expect(file[open - 1]?.type).toBe('separator');
    expect(file[open]).toMatchObject({ label: 'Open plan file…', accelerator: 'CmdOrCtrl+O' });
    expect(file[open + 1]).toMatchObject({ id: 'plan.saveFile', label: 'Save plan file…', accelerator: 'CmdOrCtrl+S' });
    // The exports start a group of their own after the plan file commands.
    expect(file[open + 2]?.type).toBe('separator');
    expect(file[open + 3]?.id).toBe('export.word');
    expect(file.slice(0, open - 1).map((i) => i.id)).toEqual(['plan.new', 'plan.newSample', 'plan.library']);
  });

  it('offers Conflicts and History in View, before the native items', () => {
    const view = submenu(buildMenuTemplate(options()), 'view');
    const ids = view.map((i) => i.id);
    expect(ids.indexOf('view.conflicts')).toBeGreaterThan(ids.indexOf('view.settings'));
    expect(ids.indexOf('view.history')).toBe(ids.indexOf('view.conflicts') + 1);
    expect(view.find((i) => i.id === 'view.conflicts')?.label).toBe(message(en, 'commands.viewConflicts'));
    expect(view.find((i) => i.id === 'view.history')?.label).toBe(message(en, 'commands.viewHistory'));
    expect(view.findIndex((i) => i.role === 'reload')).toBeGreaterThan(ids.indexOf('view.history'));
  });

  it('keeps native cut, copy, paste and select all, while undo and redo go to the renderer', () => {
    const edit = submenu(buildMenuTemplate(options()), 'edit');
    expect(roles(edit)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(edit.find((i) => i.id === 'edit.undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(edit.find((i) => i.id === 'edit.redo')?.accelerator).toBe('CmdOrCtrl+Shift+Z');
  });

  it('offers reload, zoom and full screen in View', () => {
    const view = submenu(buildMenuTemplate(options()), 'view');
    expect(roles(view)).toEqual(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('offers the developer tools only when not packaged', () => {
    expect(roles(submenu(buildMenuTemplate(options({ isPackaged: true })), 'view'))).not.toContain('toggleDevTools');
    expect(roles(submenu(buildMenuTemplate(options({ isPackaged: false })), 'view'))).toContain('toggleDevTools');
  });

  it('ends File with Quit on Windows and Linux, without an app menu', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const template = buildMenuTemplate(options({ platform }));
      expect(roles(submenu(template, 'file'))).toEqual(['quit']);
      expect(template).toHaveLength(4);
    }
  });

  it('puts the app menu first on macOS, with Quit there and Close in File', () => {
    const template = buildMenuTemplate(options({ platform: 'darwin' }));
    expect(template.map((item) => item.label)).toEqual(['RBM Planner', 'File', 'Edit', 'View', 'Help']);
    expect(roles(template[0]?.submenu as MenuItemConstructorOptions[])).toContain('quit');
    expect(roles(submenu(template, 'file'))).toEqual(['close']);
  });
});
