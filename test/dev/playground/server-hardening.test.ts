// The playground server trusts no one but the page it serves (issue 12, G.13): its API takes
// JSON only, answers only local Host names and Origins, bounds clock steps, and sets a corrupt
// state file aside instead of overwriting it.

import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { type Playground, startPlayground, tempStateDir } from '../../playground/server-process';

/** One raw HTTP request, so that Host and Origin can be whatever a hostile page would send. */
function send(
  server: Playground,
  method: string,
  path: string,
  headers: Record<string, string>,
  body = '',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const call = request(
      { host: '127.0.0.1', port: server.port, method, path, headers },
      (response) => {
        let text = '';
        response.on('data', (chunk) => {
          text += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}

const json = { 'content-type': 'application/json' };

async function clockDay(server: Playground): Promise<string> {
  const view = JSON.parse((await send(server, 'GET', '/api/workbook', {})).body);
  return view.clock.day;
}

describe('the playground server, hardened', () => {
  const stateDir = tempStateDir();
  let server: Playground;

  beforeAll(async () => {
    server = await startPlayground(stateDir);
  });

  afterAll(async () => {
    await server?.stop('SIGKILL');
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('refuses a cross-site text/plain post, which any web page could send', async () => {
    const answer = await send(
      server,
      'POST',
      '/api/clock',
      { 'content-type': 'text/plain' },
      '{"days":5}',
    );

    expect(answer.status).toBe(415);
    expect(await clockDay(server)).toBe('2026-11-26');
  });

  it('refuses another site’s Origin and a Host that is not this machine', async () => {
    const origin = await send(
      server,
      'POST',
      '/api/clock',
      { ...json, origin: 'http://evil.example' },
      '{"days":1}',
    );
    const host = await send(server, 'GET', '/api/workbook', { host: 'evil.example:8080' });
    const local = await send(
      server,
      'POST',
      '/api/clock',
      { ...json, origin: `http://localhost:${server.port}` },
      '{"days":0}',
    );

    expect([origin.status, host.status, local.status]).toEqual([403, 403, 200]);
  });

  it('bounds clock steps, so an absurd one is refused and nothing is saved', async () => {
    const steps = ['{"days":1e300}', '{"days":3661}', '{"days":1.5}', '{"to":"1899-12-31"}'];

    const answers = await Promise.all(
      steps.map((b) => send(server, 'POST', '/api/clock', json, b)),
    );

    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400]);
    expect(await clockDay(server)).toBe('2026-11-26');
  });
});

describe('a corrupt state file', () => {
  it('is renamed aside, said so, and a new demo starts', async () => {
    const stateDir = tempStateDir();
    writeFileSync(join(stateDir, 'state.json'), '{"format":1,"emulator":{"spreadsheets":');

    const server = await startPlayground(stateDir);
    await server.stop('SIGINT');

    const aside = readdirSync(stateDir).filter((f) => f.startsWith('state.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(stateDir, aside[0]), 'utf8')).toBe(
      '{"format":1,"emulator":{"spreadsheets":',
    );
    expect(server.output()).toContain(`it is kept as ${join(stateDir, aside[0])}`);
    expect(existsSync(join(stateDir, 'state.json'))).toBe(true);
    rmSync(stateDir, { recursive: true, force: true });
  });
});
