// The Platform's link sharing from Drive API permissions (src/server/platform/apps-script.ts):
// DriveApp.Access names, as Check access words them.
import { linkAccessOf } from '../../src/server/platform/apps-script';

describe('linkAccessOf', () => {
  const user = { type: 'user', role: 'owner', emailAddress: 'a@example.com' };

  it('names a file shared with people only PRIVATE', () => {
    expect(linkAccessOf([])).toBe('PRIVATE');
    expect(linkAccessOf([user, { type: 'group', role: 'writer' }])).toBe('PRIVATE');
  });

  it('tells link sharing from public, findable sharing by allowFileDiscovery', () => {
    expect(linkAccessOf([user, { type: 'anyone', allowFileDiscovery: false }])).toBe(
      'ANYONE_WITH_LINK',
    );
    expect(linkAccessOf([{ type: 'anyone', allowFileDiscovery: true }])).toBe('ANYONE');
    expect(linkAccessOf([{ type: 'domain', allowFileDiscovery: false }])).toBe('DOMAIN_WITH_LINK');
    expect(linkAccessOf([{ type: 'domain', allowFileDiscovery: true }])).toBe('DOMAIN');
  });

  it('reports anyone over a domain when a file has both', () => {
    expect(
      linkAccessOf([
        { type: 'domain', allowFileDiscovery: true },
        { type: 'anyone', allowFileDiscovery: false },
      ]),
    ).toBe('ANYONE_WITH_LINK');
  });
});
