// `npm start`: the KAM add-on (dist/Code.js) on the Apps Script emulator, served with a page
// that shows the workbook, its menu, the sidebar and a clock. PORT picks the port (8080).
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { bundleClient } from './client-bundle';
import { configFromEnv } from './config';
import { handler } from './routes';
import { Session } from './session';

async function main(): Promise<void> {
  const started = Date.now();
  const config = configFromEnv();
  if (!existsSync(join(config.distDir, 'Code.js')))
    throw new Error(
      `no ${join(config.distDir, 'Code.js')}: run "npm run build" first (npm start does).`,
    );
  const bundle = await bundleClient();
  let session: Session | null = null;
  const server = createServer(handler(() => session, bundle));

  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      console.error(
        `Playground: port ${config.port} is already in use (another playground?). ` +
          `Stop it, or pick another port: PORT=${config.port + 1} npm start`,
      );
    } else console.error(`Playground: ${error.message}`);
    process.exit(1);
  });

  // The port first: a second instance must fail before it touches the state file.
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const opened = Session.open(config);
  session = opened.session;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(
    `Playground: ${opened.restored ? 'restored' : 'new demo in'} ${opened.session.stateFile}`,
  );
  console.log(
    `Playground: http://localhost:${port} (ready in ${Date.now() - started} ms; Ctrl-C stops)`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    try {
      session?.save();
      console.log(`Playground: ${signal}, state saved; stopped.`);
    } catch (error) {
      console.error(`Playground: could not save the state: ${(error as Error).message}`);
      process.exitCode = 1;
    }
    server.close();
    server.closeAllConnections();
    setTimeout(() => process.exit(process.exitCode ?? 0), 2000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`Playground: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
