/**
 * The native menu, built from the user commands of shared/app-commands.ts so that the menu and
 * the renderer's shortcuts share one definition. A command item only sends its id to the renderer
 * (`menu:command`), which runs it. Native roles stay where the OS must act itself: cut, copy,
 * paste and select all in text fields, zoom, full screen, quit.
 * `buildMenuTemplate` is pure; index.ts turns the template into a Menu.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { APP_COMMANDS, startsGroup, type AppCommandId, type MenuName } from '../../shared/app-commands';
import { message, type Catalogue } from '../../shared/i18n';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools are offered only in an unpackaged (development) run. */
  isPackaged: boolean;
  catalogue: Catalogue;
  /** Delivers a command to the renderer of the focused window. */
  sendCommand: (id: AppCommandId) => void;
}

const SEPARATOR: MenuItemConstructorOptions = { type: 'separator' };

function commandItems(menu: MenuName, options: MenuOptions): MenuItemConstructorOptions[] {
  return APP_COMMANDS.filter((command) => command.menu === menu).flatMap((command) => [
    ...(startsGroup(command) ? [SEPARATOR] : []),
    {
      id: command.id,
      label: message(options.catalogue, command.labelKey),
      accelerator: command.accelerator ?? undefined,
      click: () => options.sendCommand(command.id),
    },
  ]);
}

/** Items of each menu that are not app commands, placed after the commands. */
function nativeItems(menu: MenuName, options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  switch (menu) {
    case 'file':
      return [SEPARATOR, isMac ? { role: 'close' } : { role: 'quit' }];
    case 'edit':
      // Undo and redo are plan commands (above); text editing keeps the native roles.
      return [SEPARATOR, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }];
    case 'view':
      return [
        SEPARATOR,
        { role: 'reload' },
        ...(options.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
        SEPARATOR,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        SEPARATOR,
        { role: 'togglefullscreen' },
      ];
    case 'help':
      return [];
  }
}

const MENUS: readonly MenuName[] = ['file', 'edit', 'view', 'help'];

/** The macOS application menu, which the OS expects first. */
function macAppMenu(options: MenuOptions): MenuItemConstructorOptions {
  return {
    label: message(options.catalogue, 'app.name'),
    submenu: [
      { role: 'services' },
      SEPARATOR,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      SEPARATOR,
      { role: 'quit' },
    ],
  };
}

/** The whole menu bar: File, Edit, View, Help (and the app menu first on macOS). */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const menus = MENUS.map(
    (menu): MenuItemConstructorOptions => ({
      id: menu,
      label: message(options.catalogue, `menu.${menu}`),
      role: menu === 'help' ? 'help' : undefined,
      submenu: [...commandItems(menu, options), ...nativeItems(menu, options)],
    }),
  );
  return options.platform === 'darwin' ? [macAppMenu(options), ...menus] : menus;
}
