// The playground's settings from the environment: port, state folder, the demo's first day.
import { join, resolve } from 'node:path';

export interface PlaygroundConfig {
  port: number;
  /** The interface to listen on (HOST, default 127.0.0.1: a dev tool is not for the network). */
  host: string;
  /** Where state.json lives (KAM_PLAYGROUND_DIR, default `.kam-playground` in the repo). */
  stateDir: string;
  /** The day a new demo starts on (KAM_DEMO_TODAY, ISO; default today on this machine). */
  demoToday: string;
  /** The folder of dist/Code.js and dist/Sidebar.html. */
  distDir: string;
}

export const REPO_ROOT = resolve(__dirname, '..', '..');

/** Today as an ISO day in the machine's own zone. Example: 2026-11-26. */
export function localIsoDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): PlaygroundConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number (0–65535), not "${env.PORT}".`);
  const demoToday = env.KAM_DEMO_TODAY || localIsoDay();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(demoToday))
    throw new Error(`KAM_DEMO_TODAY must be an ISO day such as 2026-11-26, not "${demoToday}".`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    stateDir: resolve(env.KAM_PLAYGROUND_DIR || join(REPO_ROOT, '.kam-playground')),
    demoToday,
    distDir: join(REPO_ROOT, 'dist'),
  };
}
