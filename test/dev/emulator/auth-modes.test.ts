// Tests: each authorization mode allows exactly what Google documents (NONE, LIMITED, CUSTOM_FUNCTION, FULL).
import { emulate } from './helpers';

const ADDON = `
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Set up', 'setUp').addSeparator().addItem('Open dossier', 'openDossier').addToUi();
}
function setUp() { SpreadsheetApp.getActiveSheet().getRange('A1').setValue('ready'); return 'done'; }
function openDossier() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>x</p>').setTitle('Dossier')); }
function readProps() { return PropertiesService.getDocumentProperties().getProperty('x'); }
function writeCell() { SpreadsheetApp.getActiveSheet().getRange('A1').setValue(1); }
function readCell() { return SpreadsheetApp.getActiveSheet().getRange('A1').getValue(); }
function openOther(id) { return SpreadsheetApp.openById(id).getName(); }
function makeTrigger() { ScriptApp.newTrigger('setUp').timeBased().everyHours(1).create(); }
function whoAmI() { return Session.getActiveUser().getEmail(); }
`;

describe('authorization modes', () => {
  describe('NONE', () => {
    it('lets onOpen build the add-on menu', () => {
      const emu = emulate(ADDON);

      emu.openAddon({ authMode: 'NONE' });

      expect(emu.menu().map((m) => [m.menu, m.caption, m.functionName])).toEqual([
        ['KAM', 'Set up', 'setUp'],
        ['KAM', 'Open dossier', 'openDossier'],
      ]);
    });

    it('refuses every other service call', () => {
      const emu = emulate(ADDON);

      expect(() => emu.run('readProps', [], { authMode: 'NONE' })).toThrow(
        'You do not have permission to call PropertiesService.getDocumentProperties',
      );
    });

    it('refuses service calls at the top level of the script', () => {
      const emu = emulate(`var tz = Session.getScriptTimeZone();\n${ADDON}`);

      expect(() => emu.openAddon({ authMode: 'NONE' })).toThrow(
        'You do not have permission to call Session.getScriptTimeZone',
      );
      expect(emu.menu()).toEqual([]);
    });
  });

  describe('LIMITED', () => {
    it('may write the bound document', () => {
      const emu = emulate(ADDON);

      emu.run('writeCell', [], { authMode: 'LIMITED' });

      expect(emu.range('A1').getValue()).toBe(1);
    });

    it.each([
      ['openOther', 'SpreadsheetApp.openById'],
      ['openDossier', 'Ui.showSidebar'],
      ['makeTrigger', 'ScriptApp.newTrigger'],
    ])('refuses %s (%s)', (fn, method) => {
      const emu = emulate(ADDON);

      expect(() => emu.run(fn, ['x'], { authMode: 'LIMITED' })).toThrow(
        `You do not have permission to call ${method}`,
      );
    });

    it('leaves the active user’s e-mail blank', () => {
      const emu = emulate(ADDON);

      expect(emu.run('whoAmI', [], { authMode: 'LIMITED' })).toBe('');
      expect(emu.run('whoAmI', [], { authMode: 'FULL' })).toBe('manager@example.com');
    });
  });

  describe('CUSTOM_FUNCTION', () => {
    it('reads the spreadsheet but may not change it', () => {
      const emu = emulate(ADDON);
      emu.range('A1').setValue(5);

      expect(emu.run('readCell', [], { authMode: 'CUSTOM_FUNCTION' })).toBe(5);
      expect(() => emu.run('writeCell', [], { authMode: 'CUSTOM_FUNCTION' })).toThrow(
        'You do not have permission to call Range.setValue',
      );
    });

    it('has no Ui and no ScriptApp, and a blank active user', () => {
      const emu = emulate(ADDON);

      expect(() => emu.run('openDossier', [], { authMode: 'CUSTOM_FUNCTION' })).toThrow(
        'SpreadsheetApp.getUi',
      );
      expect(() => emu.run('makeTrigger', [], { authMode: 'CUSTOM_FUNCTION' })).toThrow(
        'ScriptApp.newTrigger',
      );
      expect(emu.run('whoAmI', [], { authMode: 'CUSTOM_FUNCTION' })).toBe('');
    });
  });

  describe('FULL', () => {
    it('runs menu items', () => {
      const emu = emulate(ADDON);
      emu.openAddon();

      const result = emu.clickMenu('Set up');

      expect(result).toBe('done');
      expect(emu.range('A1').getValue()).toBe('ready');
    });

    it('shows add-on sidebars 300 px wide', () => {
      const emu = emulate(ADDON);

      emu.run('openDossier');

      expect(emu.ui.sidebars).toEqual([
        { kind: 'sidebar', title: 'Dossier', content: '<p>x</p>', width: 300, height: 0 },
      ]);
    });
  });
});
