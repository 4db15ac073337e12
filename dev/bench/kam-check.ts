// The benchmark's entry to the shipped check itself (src/server/check/run.ts) holding the
// document lock and flushing before it lets go, as every run does, without the Log sheet and
// dashboard that the menu adds around it. Never shipped.
import { runCheck } from '../../src/server/check/run';
import { appsScriptPlatform } from '../../src/server/platform/apps-script';
import { LOCK_WAIT_MS, withDocumentLock } from '../../src/server/sheet/lock';

declare const global: Record<string, unknown>;

global.kamCheck = () => {
  const platform = appsScriptPlatform();
  const summary = withDocumentLock(platform, LOCK_WAIT_MS.menu, () =>
    runCheck(platform, new Date()),
  );
  return { accounts: summary.accounts, complete: summary.complete };
};
