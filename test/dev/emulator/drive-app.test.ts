// Tests: DriveApp files and their sharing, Google Groups, the drive.file scope, and protections
// with group editors (Google's Protection sample: add yourself before removing a group).
import { bundle, emulate } from './helpers';

const AUTH = 'https://www.googleapis.com/auth/';

describe('DriveApp', () => {
  it('reads a file’s owner, editors, viewers and link sharing', () => {
    const emu = emulate(
      bundle(`
        const ss = SpreadsheetApp.getActive();
        ss.addEditor('ed@example.com').addViewer('vi@example.com');
        const f = DriveApp.getFileById(ss.getId());
        const before = String(f.getSharingAccess()) + '/' + String(f.getSharingPermission());
        f.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
        return [f.getOwner().getEmail(), f.getEditors().map((u) => u.getEmail()),
          f.getViewers().map((u) => u.getEmail()), before, String(f.getSharingAccess()),
          f.getSharingAccess() === DriveApp.Access.ANYONE_WITH_LINK];
      `),
    );

    expect(emu.run('main')).toEqual([
      'manager@example.com',
      ['manager@example.com', 'ed@example.com'],
      ['vi@example.com'],
      'PRIVATE/NONE',
      'ANYONE_WITH_LINK',
      true,
    ]);
  });

  it('lists no editors to someone who may only view', () => {
    const emu = emulate(bundle('return DriveApp.getFileById(a).getEditors().length;'));
    emu.spreadsheet.addViewer('vi@example.com');

    expect(emu.run('main', [emu.spreadsheet.getId()], { user: 'vi@example.com' })).toBe(0);
  });

  it('refuses DOMAIN sharing to consumer accounts and unemulated methods loudly', () => {
    const emu = emulate(bundle('return DriveApp[a]();'));
    const set = emulate(
      bundle(
        'DriveApp.getFileById(SpreadsheetApp.getActive().getId()).setSharing(DriveApp.Access.DOMAIN, DriveApp.Permission.VIEW);',
      ),
    );

    expect(() => emu.run('main', ['getRootFolder'])).toThrow(
      'Emulator: DriveApp.getRootFolder is not emulated',
    );
    expect(() => set.run('main')).toThrow(/Google Workspace/);
  });
});

describe('the emulated Drive', () => {
  it('gives every new spreadsheet its own Drive-style id', () => {
    const emu = emulate(bundle(''));

    const ids = Array.from({ length: 50 }, (_, i) => emu.addSpreadsheet(`S${i}`));

    expect(new Set(ids).size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^1[A-Za-z0-9_-]{43}$/);
  });
});

describe('scopes', () => {
  const scopes = [`${AUTH}spreadsheets.currentonly`, `${AUTH}drive.file`];

  it('does not let drive.file stand in for the built-in services’ scopes, even for a file the script created', () => {
    const emu = emulate(
      bundle(`
        const mine = Drive.Files.create({ name: 'Mine', mimeType: 'application/vnd.google-apps.spreadsheet' }).id;
        const refused = (fn) => { try { fn(); return ''; } catch (e) { return e.message; } };
        return [refused(() => SpreadsheetApp.openById(mine)), refused(() => DriveApp.getFileById(mine))];
      `),
      { scopes },
    );

    expect(emu.run('main')).toEqual([
      `You do not have permission to call SpreadsheetApp.openById. Required permissions: ${AUTH}spreadsheets`,
      `You do not have permission to call DriveApp.getFileById. Required permissions: (${AUTH}drive.readonly || ${AUTH}drive)`,
    ]);
  });

  it('refuses creating a spreadsheet under spreadsheets.currentonly alone', () => {
    const emu = emulate(bundle("SpreadsheetApp.create('x');"), {
      scopes: [`${AUTH}spreadsheets.currentonly`],
    });

    expect(() => emu.run('main')).toThrow(/Required permissions: .*spreadsheets/);
  });

  it('lets the built-in services reach other files under spreadsheets and drive', () => {
    const emu = emulate(
      bundle(`
        const other = SpreadsheetApp.openById(a);
        other.addEditor('ed@example.com');
        return [other.getName(), String(DriveApp.getFileById(a).getSharingAccess())];
      `),
      { scopes: [`${AUTH}spreadsheets`, `${AUTH}drive.readonly`] },
    );
    const id = emu.addSpreadsheet('Theirs');

    expect(emu.run('main', [id])).toEqual(['Theirs', 'PRIVATE']);
  });
});

describe('the Drive advanced service (Drive API v3)', () => {
  const SHEETS = 'application/vnd.google-apps.spreadsheet';

  it('creates a Google Sheets file the user owns and lists its permissions, link sharing included', () => {
    const emu = emulate(
      bundle(`
        const file = Drive.Files.create({ name: 'Team', mimeType: '${SHEETS}' });
        const ss = SpreadsheetApp.openById(file.id);
        ss.addEditor('ed@example.com').addViewer('vi@example.com');
        DriveApp.getFileById(file.id).setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
        const { permissions } = Drive.Permissions.list(file.id, { fields: 'permissions(type,role,emailAddress,allowFileDiscovery)' });
        return [file.name, ss.getName(), permissions.map((p) => [p.type, p.role, p.emailAddress || '', String(p.allowFileDiscovery)])];
      `),
    );

    expect(emu.run('main')).toEqual([
      'Team',
      'Team',
      [
        ['user', 'owner', 'manager@example.com', 'undefined'],
        ['user', 'writer', 'ed@example.com', 'undefined'],
        ['user', 'reader', 'vi@example.com', 'undefined'],
        ['anyone', 'reader', '', 'false'],
      ],
    ]);
    expect(emu.calls.count('Drive.Permissions.list')).toBe(1);
  });

  it('reaches under drive.file only the files it created through the API, as the REST API does', () => {
    const emu = emulate(
      bundle(`
        const mine = Drive.Files.create({ name: 'Mine', mimeType: '${SHEETS}' }).id;
        const listed = Drive.Permissions.list(mine).permissions.length;
        const refused = (id) => { try { Drive.Permissions.list(id); return ''; } catch (e) { return e.message; } };
        return [listed, refused(SpreadsheetApp.getActive().getId()), refused(a)];
      `),
      { scopes: [`${AUTH}spreadsheets.currentonly`, `${AUTH}drive.file`] },
    );
    const foreign = emu.addSpreadsheet('Theirs');

    const [listed, bound, other] = emu.run('main', [foreign]) as [number, string, string];

    expect(listed).toBe(1);
    expect(bound).toBe(
      `API call to drive.permissions.list failed with error: File not found: ${emu.spreadsheet.getId()}.`,
    );
    expect(other).toBe(
      `API call to drive.permissions.list failed with error: File not found: ${foreign}.`,
    );
  });

  it('refuses a call no granted Drive scope covers, and any call in a simple trigger', () => {
    const code = bundle(`return Drive.Files.create({ name: 'x', mimeType: '${SHEETS}' }).id;`);
    const emu = emulate(code, { scopes: [`${AUTH}spreadsheets`] });
    const limited = emulate(code);

    expect(() => emu.run('main')).toThrow(
      'API call to drive.files.create failed with error: Request had insufficient authentication scopes.',
    );
    expect(() => limited.run('main', [], { authMode: 'LIMITED' })).toThrow(
      /You do not have permission to call Drive\.Files\.create/,
    );
  });

  it('refuses what it does not emulate loudly: other file types, other collections', () => {
    const other = emulate(
      bundle("return Drive.Files.create({ name: 'x', mimeType: 'text/plain' });"),
    );
    const revisions = emulate(bundle('return Drive.Revisions;'));
    expect(() => other.run('main')).toThrow(
      /emulated for application\/vnd\.google-apps\.spreadsheet only/,
    );
    expect(() => revisions.run('main')).toThrow('Emulator: Drive.Revisions is not emulated');
  });
});

describe('Google Groups', () => {
  it('gives a group’s members the access the file is shared with the group', () => {
    const emu = emulate(bundle('return SpreadsheetApp.openById(a).getName();'));
    const id = emu.addSpreadsheet('Team', 'boss@example.com');
    emu.addGroup('team@example.com', ['member@example.com']);
    emu.run('main', [id], { user: 'boss@example.com' });
    emu.env.state.spreadsheets.find((s) => s.id === id)!.editors.push('team@example.com');

    expect(emu.run('main', [id], { user: 'member@example.com' })).toBe('Team');
    expect(() => emu.run('main', [id], { user: 'stranger@example.com' })).toThrow(
      'You do not have permission to access the requested document.',
    );
  });

  it('refuses nested groups', () => {
    const emu = emulate(bundle(''));
    emu.addGroup('inner@example.com', ['a@example.com']);

    expect(() => emu.addGroup('outer@example.com', ['inner@example.com'])).toThrow(/nested/);
  });

  it('throws when removing the group a protection editor edits through, unless they added themselves', () => {
    const code = bundle(`
      const p = SpreadsheetApp.getActiveSheet().protect();
      if (a) p.addEditor(Session.getEffectiveUser());
      p.removeEditors(p.getEditors());
      return p.getEditors().map((u) => u.getEmail());
    `);
    const emu = emulate(code);
    emu.addGroup('team@example.com', ['member@example.com']);
    emu.spreadsheet.addEditor('team@example.com');

    expect(() => emu.run('main', [false], { user: 'member@example.com' })).toThrow(
      /removing the group team@example.com/,
    );
    expect(emu.run('main', [true], { user: 'member@example.com' })).toEqual([
      'manager@example.com',
      'member@example.com',
    ]);
  });
});
