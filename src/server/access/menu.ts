// The access items of the menu (R3.5): check who can open the file, protect the dossiers,
// split the workbook by manager, and the head of sales' team overview.
import type { MenuContext, MenuEntry } from '../menu/item';

export function accessMenu({ m }: MenuContext): MenuEntry[] {
  return [
    { caption: m.access.menuCheck, functionName: 'checkAccessFromMenu' },
    { caption: m.access.menuProtect, functionName: 'protectDossiersFromMenu' },
    { caption: m.access.menuSplit, functionName: 'splitByManagerFromMenu' },
    { caption: m.access.menuOverview, functionName: 'teamOverviewFromMenu' },
  ];
}
