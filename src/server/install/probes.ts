// KAM › Help › Check this installation, the checks: each asks the real spreadsheet one thing
// the code rests on and the emulator could only assume, and says what it found.
import { momentsToCompare } from '../../core/clock-changes';
import type { Messages } from '../../i18n';
import type { Platform } from '../platform/platform';
import { KAM_SCOPES, type KamScope } from '../platform/scopes';
import { ownRecord, SCHEDULED_HANDLER, TRIGGER_QUOTA, triggerRecord } from '../schedule/triggers';
import { probePlainText, writeBlock } from '../sheet/writer';
import { intlOffset, minutesOfOffset } from '../sheet/zone';

export type ProbeKey =
  | 'scopes'
  | 'email'
  | 'text'
  | 'triggers'
  | 'zone'
  | 'lock'
  | 'cache'
  | 'quota';

/** What one check found: a pass, a failure with what to do, or a note (nothing to judge here). */
export interface Finding {
  key: ProbeKey;
  status: 'pass' | 'fail' | 'note';
  detail: string;
  toDo?: string;
}

type Words = Messages['install'];
type Found = Omit<Finding, 'key'>;

interface Probe {
  key: ProbeKey;
  /** Scopes the check cannot run without; missing, it fails saying which. */
  needs: readonly KamScope[];
  run(platform: Platform, w: Words): Found;
}

const pass = (detail: string): Found => ({ status: 'pass', detail });
const note = (detail: string): Found => ({ status: 'note', detail });
const failed = (detail: string, toDo: string): Found => ({ status: 'fail', detail, toDo });

/** Texts a user may type that Sheets would take for a formula, a number or its text marker. */
export const HOSTILE_TEXTS = [
  '=1+1',
  '+1',
  '-1',
  '@KAM',
  "'quoted",
  '=HYPERLINK("https://example.com","x")',
  '+370 600 00000',
  '-5%',
  ' =1+1',
];

/** The spreadsheet's answer to the plain-text question and whether the writer's text came back. */
function textProbe(platform: Platform, w: Words): Found {
  const spreadsheet = platform.spreadsheet();
  const sheet = spreadsheet.insertSheet(`KAM check ${platform.clock.now().getTime()}`);
  try {
    sheet.hideSheet();
    const n = HOSTILE_TEXTS.length;
    writeBlock(sheet.getRange(1, 1, 1, n), [HOSTILE_TEXTS], {
      formats: [HOSTILE_TEXTS.map(() => undefined)],
    });
    writeBlock(sheet.getRange(2, 1, 1, n), [HOSTILE_TEXTS]);
    const back = sheet.getRange(1, 1, 2, n).getValues();
    const answer = probePlainText(sheet.getRange(3, 1, 1, 2));
    const changed = back.flatMap((row) =>
      row.flatMap((got, c) =>
        got === HOSTILE_TEXTS[c]
          ? []
          : [`${JSON.stringify(HOSTILE_TEXTS[c])} → ${JSON.stringify(got)}`],
      ),
    );
    const plain = w.plainText(!answer.formulaStaysText, answer.apostropheKept);
    if (changed.length > 0)
      return failed(`${w.textChanged([...new Set(changed)].join(', '))} ${plain}`, w.textDo);
    return pass(`${w.textOk(2 * n)} ${plain}`);
  } finally {
    spreadsheet.deleteSheet(sheet);
  }
}

/** KAM's triggers found by the listing the code uses (ScriptApp.getProjectTriggers). */
function triggersProbe(platform: Platform, w: Words, withEmail: boolean): Found {
  const record = triggerRecord(platform.properties());
  if (!record) return note(w.triggersOff);
  const mine = platform.triggers.list();
  if (!ownRecord(record, mine, withEmail ? platform.user.active() : ''))
    return note(w.triggersOther(record.owner));
  const listed = new Set(mine.map((t) => t.getUniqueId()));
  const missing = record.ids.filter((id) => !listed.has(id)).length;
  if (missing > 0) return failed(w.triggersMissing(missing, record.ids.length), w.triggersDo);
  const here = platform.triggers
    .listHere()
    .some(
      (t) => t.getHandlerFunction() === SCHEDULED_HANDLER && record.ids.includes(t.getUniqueId()),
    );
  return pass(w.triggersOk(record.ids.length, here));
}

/** Intl's offsets against Utilities.formatDate's around this year's clock changes. */
function zoneProbe(platform: Platform, w: Words): Found {
  const zone = platform.spreadsheet().getSpreadsheetTimeZone();
  const intl = intlOffset(zone);
  if (!intl) return note(w.zoneUnknown(zone));
  const moments = momentsToCompare(platform.clock.now().getUTCFullYear(), intl);
  const off = moments.filter(
    (t) => intl(t) !== minutesOfOffset(platform.formatDate(new Date(t), zone, 'Z')),
  );
  if (off.length === 0) return pass(w.zoneOk(zone, moments.length));
  const when = off.map((t) => `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  return failed(w.zoneOff(zone, when.join(', ')), w.zoneDo);
}

function lockProbe(platform: Platform, w: Words): Found {
  const lock = platform.lock();
  if (!lock) return failed(w.lockMissing, w.lockDo);
  if (!lock.tryLock(10_000)) return failed(w.lockBusy, w.lockDo);
  lock.releaseLock();
  return pass(w.lockOk);
}

function cacheProbe(platform: Platform, w: Words): Found {
  const cache = platform.cache();
  if (!cache) return failed(w.cacheMissing, w.cacheDo);
  const key = 'kam.install.probe';
  const value = String(platform.clock.now().getTime());
  cache.putAll({ [key]: value }, 60);
  const kept = cache.get(key) === value;
  cache.remove(key);
  return kept ? pass(w.cacheOk) : failed(w.cacheForgot, w.cacheDo);
}

/** This user's KAM triggers against Google's 20, with room for the daily check here. */
function quotaProbe(platform: Platform, w: Words, withEmail: boolean): Found {
  const mine = platform.triggers.list();
  const record = triggerRecord(platform.properties());
  const own =
    record !== undefined && ownRecord(record, mine, withEmail ? platform.user.active() : '');
  const room = mine.length + (own ? 0 : 2) <= TRIGGER_QUOTA;
  return room
    ? pass(w.quotaOk(mine.length, TRIGGER_QUOTA))
    : failed(w.quotaFull(mine.length, TRIGGER_QUOTA), w.quotaDo);
}

/**
 * Runs every check in order; one that throws fails with the reason, and one whose scope the
 * user did not grant fails naming it (the first check lists every missing scope).
 */
export function runProbes(
  platform: Platform,
  m: Messages,
  scopeWords: (s: string[]) => string,
): { findings: Finding[]; missing: string[] } {
  const w = m.install;
  const missing = platform.consent.missing(KAM_SCOPES);
  const email = !missing.includes('userinfo.email');
  const probes: Probe[] = [
    {
      key: 'scopes',
      needs: [],
      run: () =>
        missing.length === 0
          ? pass(w.scopesOk(KAM_SCOPES.length))
          : failed(w.scopesMissing(scopeWords(missing)), w.scopesDo),
    },
    {
      key: 'email',
      needs: ['userinfo.email'],
      run: () => {
        const me = platform.user.active();
        return me ? pass(w.emailOk(me)) : failed(w.emailMissing, w.emailDo);
      },
    },
    { key: 'text', needs: ['spreadsheets'], run: () => textProbe(platform, w) },
    { key: 'triggers', needs: ['script.scriptapp'], run: () => triggersProbe(platform, w, email) },
    { key: 'zone', needs: ['spreadsheets'], run: () => zoneProbe(platform, w) },
    { key: 'lock', needs: [], run: () => lockProbe(platform, w) },
    { key: 'cache', needs: [], run: () => cacheProbe(platform, w) },
    { key: 'quota', needs: ['script.scriptapp'], run: () => quotaProbe(platform, w, email) },
  ];
  const findings = probes.map(({ key, needs, run }): Finding => {
    const lacking = needs.filter((s) => missing.includes(s));
    if (lacking.length > 0) return { key, ...failed(w.needs(scopeWords(lacking)), w.scopesDo) };
    try {
      return { key, ...run(platform, w) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { key, ...failed(w.failedProbe(reason), w.probeDo) };
    }
  });
  return { findings, missing };
}
