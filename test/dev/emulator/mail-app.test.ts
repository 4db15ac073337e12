// Tests: MailApp as Google documents it: each e-mail lands in the outbox from the user the
// script runs as, recipients count against that user's daily quota (100 consumer, 1,500
// Workspace, reset 24 hours after the first), the scope and the auth modes that refuse it.
import { MAIL_QUOTA, QUOTA_EXCEEDED } from '../../../dev/emulator';
import { bundle, emulate } from './helpers';

const AUTH = 'https://www.googleapis.com/auth/';
const SEND = bundle(`
  MailApp.sendEmail({ to: a, subject: 'Digest', body: 'plain', htmlBody: '<b>rich</b>', name: 'KAM' });
  return MailApp.getRemainingDailyQuota();
`);

describe('MailApp', () => {
  it('puts each e-mail in the outbox, from the user the script runs as, HTML and text alike', () => {
    const emu = emulate(SEND);

    const left = emu.run('main', ['ieva@example.com'], { user: 'ruta@example.com' });

    expect(left).toBe(MAIL_QUOTA.consumer - 1);
    expect(emu.outbox).toEqual([
      expect.objectContaining({
        from: 'ruta@example.com',
        to: ['ieva@example.com'],
        subject: 'Digest',
        body: 'plain',
        htmlBody: '<b>rich</b>',
        name: 'KAM',
      }),
    ]);
  });

  it('takes the three-argument and the options forms too, and counts every recipient', () => {
    const emu = emulate(
      bundle(`
        MailApp.sendEmail('a@example.com, b@example.com', 'One', 'text');
        MailApp.sendEmail('c@example.com', 'Two', 'text', { cc: 'd@example.com', bcc: 'e@example.com' });
        return MailApp.getRemainingDailyQuota();
      `),
    );

    expect(emu.run('main')).toBe(MAIL_QUOTA.consumer - 5);
    expect(emu.outbox.map((m) => [m.subject, m.to, m.cc, m.bcc])).toEqual([
      ['One', ['a@example.com', 'b@example.com'], [], []],
      ['Two', ['c@example.com'], ['d@example.com'], ['e@example.com']],
    ]);
  });

  it('refuses once the day’s recipients are spent, in Apps Script’s words, and forgives 24 hours later', () => {
    const emu = emulate(SEND, { mailQuota: 2 });
    emu.run('main', ['a@example.com']);
    emu.run('main', ['b@example.com']);

    expect(() => emu.run('main', ['c@example.com'])).toThrow(QUOTA_EXCEEDED);
    expect(emu.outbox).toHaveLength(2);
    emu.clock.advanceMs(24 * 3_600_000);
    expect(emu.run('main', ['c@example.com'])).toBe(1);
  });

  it('gives a Workspace account 1,500 recipients a day, and each user a quota of their own', () => {
    const emu = emulate(bundle('return MailApp.getRemainingDailyQuota();'), {
      domain: 'example.com',
    });

    expect(emu.run('main')).toBe(MAIL_QUOTA.workspace);
    emu.setMailQuota(1);
    expect(emu.run('main', [], { user: 'other@example.com' })).toBe(1);
  });

  it('refuses an address that is not one, and an e-mail without a body', () => {
    const emu = emulate(bundle("MailApp.sendEmail({ to: a, subject: 's', body: b });"));

    expect(() => emu.run('main', ['not an address', 'x'])).toThrow('Invalid email: not an address');
    expect(() => emu.run('main', ['a@example.com'])).toThrow('Invalid argument: body');
    expect(emu.outbox).toEqual([]);
  });

  it('needs script.send_mail, and sends nothing from a simple trigger or a custom function', () => {
    const noScope = emulate(SEND, { scopes: [`${AUTH}spreadsheets`] });
    const limited = emulate(SEND);

    expect(() => noScope.run('main', ['a@example.com'])).toThrow(
      `You do not have permission to call MailApp.sendEmail. Required permissions: ${AUTH}script.send_mail`,
    );
    expect(() => limited.run('main', ['a@example.com'], { authMode: 'LIMITED' })).toThrow(
      /permission to call MailApp\.sendEmail/,
    );
    expect(() => limited.run('main', ['a@example.com'], { authMode: 'CUSTOM_FUNCTION' })).toThrow(
      /permission to call MailApp\.sendEmail/,
    );
  });

  it('keeps the outbox in a snapshot, so a restored emulator still shows what was sent', () => {
    const emu = emulate(SEND);
    emu.run('main', ['a@example.com']);
    const saved = emu.snapshot();
    const again = emulate(SEND);

    again.restore(saved);

    expect(again.outbox.map((m) => m.to)).toEqual([['a@example.com']]);
  });
});
