// The benchmark's entry to the shipped check itself (src/server/check/run.ts), without the
// Log sheet and dashboard that the menu adds around it. Never shipped.
import { runCheck } from '../../src/server/check/run';
import { appsScriptPlatform } from '../../src/server/platform/apps-script';

declare const global: Record<string, unknown>;

global.kamCheck = () => {
  const summary = runCheck(appsScriptPlatform(), new Date());
  return { accounts: summary.accounts, complete: summary.complete };
};
