// The dossier's menu item, "Open dossier": the sidebar (FULL mode), titled in the workbook's
// language.
import { messagesFor } from '../../i18n';
import { SHEETS } from '../../template/workbook';
import type { MenuContext, MenuEntry } from '../menu/item';
import type { Platform } from '../platform/platform';
import { openWorkbook } from '../sheet/workbook';

export function dossierMenu({ m }: MenuContext): MenuEntry[] {
  return [{ caption: m.sidebar.menuItem, functionName: 'showDossierSidebar' }];
}

/** Menu "Open dossier". */
export function showDossierSidebar(platform: Platform): void {
  const { lang } = openWorkbook(
    platform,
    platform.spreadsheet(),
    SHEETS.filter((d) => d.key === 'settings'),
  );
  platform.showSidebar('Sidebar', messagesFor(lang).sidebar.title);
}
