// Tests: the scopes the entry points ask for (src/server/platform/scopes.ts) are appsscript.json's,
// so Google's consent screen can grant each one they require.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KAM_SCOPES, NEEDS } from '../../../src/server/platform/scopes';

const manifest = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'appsscript.json'), 'utf8'),
);

describe('the scopes KAM asks for', () => {
  it('are exactly appsscript.json’s', () => {
    const declared = (manifest.oauthScopes as string[]).map((s) =>
      s.replace('https://www.googleapis.com/auth/', ''),
    );

    expect([...KAM_SCOPES].sort()).toEqual(declared.sort());
  });

  it('ask every entry point for the spreadsheet, and the sidebar for who the user is', () => {
    for (const scopes of Object.values(NEEDS)) expect(scopes).toContain('spreadsheets');

    expect(NEEDS.sidebar).toEqual(
      expect.arrayContaining(['script.container.ui', 'userinfo.email']),
    );
    expect(NEEDS.endpoints).toContain('userinfo.email');
    expect(NEEDS.triggers).toContain('script.scriptapp');
  });
});
