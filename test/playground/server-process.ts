// Starts the playground server (dev/playground/server.ts) as a child process for tests: on a
// free port unless told, with its own state folder and the demo on 2026-11-26.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
export const DEMO_DAY = '2026-11-26';

export interface Playground {
  url: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Sends the signal (Ctrl-C by default) and waits for the exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

export function tempStateDir(): string {
  return mkdtempSync(join(tmpdir(), 'kam-playground-'));
}

/** Node with tsx's loader, so the signal reaches the server itself, as Ctrl-C does in a terminal. */
function launch(stateDir: string, port: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join('dev', 'playground', 'server.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      KAM_PLAYGROUND_DIR: stateDir,
      KAM_DEMO_TODAY: DEMO_DAY,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Starts a server and waits for its "http://localhost:<port>" line (30 s at most). */
export function startPlayground(stateDir: string, port = 0): Promise<Playground> {
  const child = launch(stateDir, port);
  let text = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No start within 30 s:\n${text}`)), 30_000);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const m = /http:\/\/localhost:(\d+)/.exec(text);
      if (!m) return;
      clearTimeout(timer);
      const actual = Number(m[1]);
      resolve({
        url: `http://127.0.0.1:${actual}`,
        port: actual,
        child,
        output: () => text,
        exited,
        stop: (signal = 'SIGINT') => {
          if (child.exitCode === null) child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code}) before it was ready:\n${text}`));
    });
  });
}

/** Runs a server expected to fail; resolves with its exit code and output. */
export async function runFailing(
  stateDir: string,
  port: number,
): Promise<{ code: number | null; output: string }> {
  const child = launch(stateDir, port);
  let output = '';
  child.stdout?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
  return { code, output };
}
