// The benchmark's entries to the shipped check itself (src/server/check/run.ts), holding the
// document lock and flushing before it lets go, as every run does, without the Log sheet and
// dashboard that the menu adds around it, and to its reads alone (what the check costs
// before it writes anything). Never shipped.
import { runCheck } from '../../src/server/check/run';
import { appsScriptPlatform } from '../../src/server/platform/apps-script';
import { LOCK_WAIT_MS, withDocumentLock } from '../../src/server/sheet/lock';
import { readPortfolio } from '../../src/server/sheet/portfolio-read';
import { openWorkbook } from '../../src/server/sheet/workbook';
import { SHEETS } from '../../src/template/workbook';

declare const global: Record<string, unknown>;

global.kamCheck = () => {
  const platform = appsScriptPlatform();
  const summary = withDocumentLock(platform, LOCK_WAIT_MS.menu, () =>
    runCheck(platform, new Date()),
  );
  return { accounts: summary.accounts, complete: summary.complete };
};

/** The check's own work, without the lock and the flush every real run wraps it in. */
global.kamCheckAlone = () => {
  const summary = runCheck(appsScriptPlatform(), new Date());
  return { accounts: summary.accounts, complete: summary.complete };
};

global.kamCheckReads = () => {
  const platform = appsScriptPlatform();
  const portfolio = readPortfolio(openWorkbook(platform, platform.spreadsheet(), SHEETS));
  return { accounts: portfolio.accounts.length };
};
