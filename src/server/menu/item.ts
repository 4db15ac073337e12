// What a room hands the add-on menu: its items, captioned in the workbook's language. Each
// item's function is a global that src/server/index.ts hands to Apps Script.
import type { Lang, Messages } from '../../i18n';
import type { AuthMode, Platform } from '../platform/platform';

export interface MenuEntry {
  caption: string;
  /** The global function Apps Script runs when the item is clicked. */
  functionName: string;
}

/** A submenu of the add-on's menu (Help). */
export interface SubMenu {
  caption: string;
  items: MenuEntry[];
}

/** What a room may know while the menu is built (onOpen): in NONE, nothing may be read. */
export interface MenuContext {
  mode: AuthMode;
  lang: Lang;
  m: Messages;
  platform: Platform;
}
