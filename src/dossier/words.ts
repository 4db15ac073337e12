// Words a payload problem in the workbook's language, naming the field by the label the user
// sees ("Person is required."). Pure, so that the form shows the server's own sentences.

import type { KamErrorCause } from '../core/errors';
import { type Lang, messagesFor } from '../i18n';
import type { FieldDef, ProblemCode } from './types';

/**
 * The label of a payload field: a form field's label for `values.person`, else the payload
 * part's name. Example: "values.person" in the decision group → "Person".
 */
export function labelOf(field: string, fields: readonly FieldDef[], lang: Lang): string {
  const names: Record<string, string> = messagesFor(lang).sidebar.payloadFields;
  const match = /^values\.(.+)$/.exec(field);
  if (match) return fields.find((f) => f.key === match[1])?.label ?? match[1];
  return names[field] ?? field;
}

/** The sentence for a problem. Example: { REQUIRED, values.person } → "Person is required." */
export function wordProblem(
  problem: KamErrorCause,
  fields: readonly FieldDef[],
  lang: Lang,
): string {
  const problems = messagesFor(lang).sidebar.problem;
  const say = problems[problem.code as ProblemCode] ?? problems.INTERNAL;
  return say(labelOf(problem.field ?? 'payload', fields, lang), problem.detail ?? '');
}
