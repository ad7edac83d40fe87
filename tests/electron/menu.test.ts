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
