// Bundle-level: drives dist/Code.js through the emulator (`npm run build` first).
// onOpen in each authorization mode: the add-on menu, and nothing else before authorisation.
import { createKamEmulator } from '../../../dev/kam-emulator';

describe('onOpen', () => {
  it('builds only the add-on menu in AuthMode.NONE, touching no other service', () => {
    const emu = createKamEmulator({ locale: 'lt_LT' });

    emu.openAddon({ authMode: 'NONE' });

    expect(emu.menu().map((item) => item.caption)).toContain('Set up KAM workbook');
    const touched = Object.keys(emu.calls.byMethod()).filter(
      (name) => !/^(SpreadsheetApp\.getUi|Ui\.create(Addon)?Menu|Menu\.)/.test(name),
    );
    expect(touched).toEqual([]);
  });

  it('follows a Lithuanian spreadsheet once the add-on is in use (LIMITED)', () => {
    const emu = createKamEmulator({ locale: 'lt_LT' });

    emu.openAddon({ authMode: 'LIMITED' });

    const captions = emu.menu().map((item) => item.caption);
    expect(captions).toEqual(
      expect.arrayContaining(['Paruošti KAM darbaknygę', 'Tikrinti dabar', 'Apie KAM']),
    );
    expect(captions).toContain('Paskutinė patikra: dar nebuvo');
  });

  it('answers "About KAM" with an alert in the spreadsheet language', () => {
    const emu = createKamEmulator({ locale: 'en_US' });
    emu.openAddon();

    emu.clickMenu('About KAM');

    expect(emu.ui.alerts.at(-1)).toMatchObject({ prompt: expect.stringContaining('key accounts') });
  });
});
