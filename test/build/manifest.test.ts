// The manifest Apps Script reads: valid for SchemaStore's schema (vendored in schemas/) and as
// narrow as KAM needs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('appsscript.json', () => {
  it('validates against SchemaStore schema for Apps Script manifests', () => {
    const schema = JSON.parse(
      readFileSync(join(root, 'schemas', 'appsscript.schema.json'), 'utf8'),
    );
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

    const valid = validate(manifest);

    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('runs on V8, logs exceptions to Cloud Logging and names a real time zone', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(() => new Intl.DateTimeFormat('en', { timeZone: manifest.timeZone })).not.toThrow();
  });

  it('asks for exactly the scopes README justifies, no restricted Drive scope among them', () => {
    const scopes: string[] = manifest.oauthScopes;
    const short = scopes.map((s) => s.replace('https://www.googleapis.com/auth/', ''));

    for (const scope of scopes) expect(scope).toMatch(/^https:\/\/www\.googleapis\.com\/auth\//);
    // Any scope added or dropped must be argued in README's Scopes section and here.
    expect([...short].sort()).toEqual(
      [
        'drive.file',
        'script.container.ui',
        'script.scriptapp',
        'script.send_mail',
        'spreadsheets',
        'userinfo.email',
      ].sort(),
    );
    for (const name of short) expect(readme).toContain(`\`${name}\``);
    // drive and drive.readonly are restricted scopes (security assessment); currentonly is
    // redundant next to spreadsheets.
    expect(short).not.toContain('drive');
    expect(short).not.toContain('drive.readonly');
    expect(short).not.toContain('spreadsheets.currentonly');
  });

  it('enables the Drive advanced service (API v3) under the name the code uses', () => {
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
    ]);
  });

  it('has no addOns section, which is for card-based add-ons, not editor add-ons', () => {
    expect(manifest.addOns).toBeUndefined();
  });

  it('is copied unchanged into dist/ by the build', () => {
    const built = JSON.parse(readFileSync(join(root, 'dist', 'appsscript.json'), 'utf8'));

    expect(built).toEqual(manifest);
  });
});
