// How a sidebar endpoint answers, whatever happens: its result, or a failure worded in the
// workbook's language (a refusal by scope asks Google for consent again). Nothing throws to
// the client.
import { causeOf } from '../../core/errors';
import { fieldsFor } from '../../dossier/fields';
import type { Failure, FieldDef, SaveResult, SectionKey } from '../../dossier/types';
import { wordProblem } from '../../dossier/words';
import { type Lang, messagesFor } from '../../i18n';
import { SHEETS } from '../../template/workbook';
import type { Platform } from '../platform/platform';
import { isScopeRefusal, NEEDS } from '../platform/scopes';
import { openWorkbook, type Workbook } from '../sheet/workbook';
import type { runSave } from './save';

/** A failure in words; the states a user must act on get their own sentence. */
export function failureOf(error: unknown, fields: readonly FieldDef[], lang: Lang): Failure {
  const m = messagesFor(lang).sidebar;
  const cause = causeOf(error) ?? { code: 'INTERNAL' as const, field: 'payload' };
  const code = cause.code as Failure['code'];
  const special: Partial<Record<Failure['code'], string>> = {
    BUSY: m.busy,
    NO_ACCESS: m.noAccess,
    NOT_SET_UP: m.notSetUp,
    INTERNAL: m.internal,
    WRITE_FAILED: m.writeFailed(cause.detail ?? ''),
    STALE: cause.changedBy ? m.stale(cause.changedBy.who, cause.changedBy.when) : m.staleUnknown,
  };
  const failure: Failure = {
    ok: false,
    code,
    field: cause.field ?? 'payload',
    message: special[code] ?? wordProblem(cause, fields, lang),
  };
  if (code === 'STALE') failure.changedBy = cause.changedBy ?? null;
  return failure;
}

/**
 * Runs an endpoint's body and answers in the workbook's language, whatever happens. A call
 * Apps Script refused for a scope the user did not grant asks for the sidebar's scopes
 * (ScriptApp.requireScopes): Google ends the call and shows its consent screen, rather than
 * the sidebar showing a misleading failure.
 */
export function respond<T>(
  platform: Platform,
  section: SectionKey | undefined,
  body: (workbook: Workbook) => T,
): { ok: true; value: T } | Failure {
  let workbook: Workbook | undefined;
  try {
    workbook = openWorkbook(platform, platform.spreadsheet(), SHEETS);
    return { ok: true, value: body(workbook) };
  } catch (error) {
    if (isScopeRefusal(error)) platform.consent.ensure(NEEDS.endpoints);
    const lang = workbook?.lang ?? 'en';
    const fields = section ? fieldsFor(lang)[section] : [];
    if (!causeOf(error))
      console.error(`KAM sidebar: ${error instanceof Error ? error.stack : String(error)}`);
    return failureOf(causeOf(error) ? error : undefined, fields, lang);
  }
}

/** A save's answer: the changed parts of the view, or the failure. */
export function saved(
  platform: Platform,
  section: SectionKey | undefined,
  body: (workbook: Workbook) => ReturnType<typeof runSave>,
): SaveResult {
  const result = respond(platform, section, body);
  if (!result.ok) return result;
  const { patch, warning } = result.value;
  return warning === undefined ? { ok: true, patch } : { ok: true, patch, warning };
}
