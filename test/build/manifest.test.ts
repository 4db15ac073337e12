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

  it('asks only for explicit scopes, each one justified in README', () => {
    const scopes: string[] = manifest.oauthScopes;

    expect(scopes.length).toBeGreaterThan(0);
    for (const scope of scopes) {
      expect(scope).toMatch(/^https:\/\/www\.googleapis\.com\/auth\//);
      expect(readme).toContain(`\`${scope.replace('https://www.googleapis.com/auth/', '')}\``);
    }
    expect(scopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(scopes).not.toContain('https://www.googleapis.com/auth/drive');
  });

  it('has no addOns section, which is for card-based add-ons, not editor add-ons', () => {
    expect(manifest.addOns).toBeUndefined();
  });

  it('is copied unchanged into dist/ by the build', () => {
    const built = JSON.parse(readFileSync(join(root, 'dist', 'appsscript.json'), 'utf8'));

    expect(built).toEqual(manifest);
  });
});
