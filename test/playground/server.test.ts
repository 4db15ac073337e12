// The playground server as a process (issue 6): Ctrl-C saves and exits 0, a taken port is
// refused with a message naming it, state survives a restart, and the .xlsx is the workbook.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type Playground, runFailing, startPlayground, tempStateDir } from './server-process';

async function post(
  server: Playground,
  action: string,
  body: object,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}/api/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Record<string, unknown>;
}

async function displayed(
  server: Playground,
  sheet: string,
  row: number,
  col: number,
): Promise<string> {
  const response = await fetch(`${server.url}/api/sheet?name=${encodeURIComponent(sheet)}`);
  const view = (await response.json()) as {
    frozenRows: number;
    rows: { row: number; cells: { d: string }[] }[];
  };
  return view.rows.find((r) => r.row === row)?.cells[col - 1]?.d ?? '';
}

describe('the playground server', () => {
  const stateDir = tempStateDir();
  let server: Playground;

  beforeAll(async () => {
    server = await startPlayground(stateDir);
  });

  afterAll(async () => {
    await server?.stop('SIGKILL');
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('refuses a taken port, naming it and how to pick another', async () => {
    const otherDir = tempStateDir();
    const second = await runFailing(otherDir, server.port);
    rmSync(otherDir, { recursive: true, force: true });

    expect(second.code).not.toBe(0);
    expect(second.output).toContain(`port ${server.port} is already in use`);
    expect(second.output).toContain('PORT=');
  });

  it('answers google.script.run calls and refuses private functions, as Apps Script does', async () => {
    const load = await post(server, 'run', { fn: 'kamLoadDossier', args: ['KA-001'] });
    const hidden = await post(server, 'run', { fn: 'openWorkbook_', args: [] });

    expect(load).toMatchObject({ ok: true, value: { ok: true } });
    expect(hidden).toMatchObject({ ok: false, error: 'Script function not found: openWorkbook_' });
  });

  it('downloads the current workbook as .xlsx, edits included', async () => {
    await post(server, 'edit', { sheet: 'Revenue', row: 42, col: 1, value: 'Export Test UAB' });
    await post(server, 'edit', { sheet: 'Revenue', row: 42, col: 3, value: '1234' });

    const response = await fetch(`${server.url}/download.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const revenue = workbook.getWorksheet('Revenue')!;

    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Settings', 'Revenue', 'Accounts', 'Contacts', 'Reviews']),
    );
    expect(revenue.getCell('A42').value).toBe('Export Test UAB');
    expect(revenue.getCell('C42').value).toBe(1234);
    expect(revenue.getCell('E2').formula).toBe(
      "KAM_TIER(C2:C1000, 'Settings'!$B$5, 'Settings'!$B$2, 'Settings'!$B$3, 'Settings'!$B$4)",
    );
    expect(revenue.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('saves on Ctrl-C, exits 0, and starts again on the saved workbook', async () => {
    await post(server, 'clock', { days: 3 });

    const code = await server.stop('SIGINT');
    server = await startPlayground(stateDir);

    expect(code).toBe(0);
    expect(existsSync(join(stateDir, 'state.json'))).toBe(true);
    expect(server.output()).toContain('restored');
    expect(await displayed(server, 'Revenue', 42, 1)).toBe('Export Test UAB');
    const clock = (await (await fetch(`${server.url}/api/workbook`)).json()) as {
      clock: { day: string };
    };
    expect(clock.clock.day).toBe('2026-11-29');
  });

  it('stops cleanly on SIGTERM too', async () => {
    expect(await server.stop('SIGTERM')).toBe(0);
  });
});
