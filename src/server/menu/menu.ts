// The add-on menu, built by onOpen in every authorization mode from the items each room
// hands it, and its Help submenu: Check this installation and "About KAM".
import { langOfLocale, messagesFor } from '../../i18n';
import { accessMenu } from '../access/menu';
import { digestMenu } from '../digest/menu';
import { dossierMenu } from '../dossier/menu';
import type { Platform } from '../platform/platform';
import { checkMenu } from '../schedule/menu';
import type { MenuContext, MenuEntry, SubMenu } from './item';

/** The menu's items in groups, each room's from that room; Help last. */
function menuGroups(ctx: MenuContext): (MenuEntry | SubMenu)[][] {
  return [
    [...dossierMenu(ctx), { caption: ctx.m.menu.setUp, functionName: 'setUpKamWorkbook' }],
    checkMenu(ctx),
    digestMenu(ctx),
    accessMenu(ctx),
    [
      {
        caption: ctx.m.menu.help,
        items: [
          { caption: ctx.m.menu.checkInstallation, functionName: 'checkInstallation' },
          { caption: ctx.m.menu.about, functionName: 'showAbout' },
        ],
      },
    ],
  ];
}

/** Every item of the menu (in NONE, those that need no read), for naming an item by its function. */
export function menuEntries(ctx: MenuContext): MenuEntry[] {
  return menuGroups(ctx)
    .flat()
    .flatMap((entry) => ('items' in entry ? entry.items : [entry]));
}

/**
 * Builds the KAM menu. In AuthMode.NONE (installed but not yet used in this document) Apps
 * Script allows nothing but the menu, so the language cannot be read and the menu is English;
 * otherwise it follows the spreadsheet's locale.
 */
export function onOpen(platform: Platform, event?: { authMode?: unknown }): void {
  const mode = platform.authModeOf(event);
  const lang = mode === 'NONE' ? 'en' : langOfLocale(platform.spreadsheet().getSpreadsheetLocale());
  const ui = platform.ui();
  const menu = ui.createAddonMenu();
  menuGroups({ mode, lang, m: messagesFor(lang), platform }).forEach((group, i) => {
    if (i > 0) menu.addSeparator();
    for (const entry of group) {
      if ('items' in entry) {
        const sub = ui.createMenu(entry.caption);
        for (const item of entry.items) sub.addItem(item.caption, item.functionName);
        menu.addSubMenu(sub);
      } else menu.addItem(entry.caption, entry.functionName);
    }
  });
  menu.addToUi();
}

/** Menu "About KAM": what the add-on does, in the spreadsheet's language. */
export function showAbout(platform: Platform): void {
  const m = messagesFor(langOfLocale(platform.spreadsheet().getSpreadsheetLocale()));
  platform.ui().alert(m.about);
}
