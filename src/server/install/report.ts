// The installation check's report, worded so a user can paste it into a support request: plain
// text for the KAM log and the copy box, and the dialog's HTML around it.
import type { Messages } from '../../i18n';
import type { Finding } from './probes';

/** The report's facts besides the findings. */
export interface ReportHead {
  /** When, as the spreadsheet's clock shows it, and that clock's zone. */
  when: string;
  zone: string;
  name: string;
  locale: string;
  user: string;
}

/** The findings as text: a heading, the context, a summary, then one paragraph a check. */
export function reportText(m: Messages, head: ReportHead, findings: readonly Finding[]): string {
  const w = m.install;
  const failed = findings.filter((f) => f.status === 'fail').length;
  const lines = [
    w.heading(head.when, head.zone),
    w.context(head.name, head.locale, head.user || w.unknownUser),
    w.summary(failed, findings.length),
    ...findings.map((f) => {
      const toDo = f.toDo ? ` ${w.toDo}: ${f.toDo}` : '';
      return `[${w.marks[f.status]}] ${w.names[f.key]}: ${f.detail}${toDo}`;
    }),
  ];
  return lines.join('\n');
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const COLORS = { pass: '#137333', fail: '#c5221f', note: '#5f6368' } as const;

/** The dialog: each check with its mark, what it found and what to do; then the text to copy. */
export function reportHtml(
  m: Messages,
  head: ReportHead,
  findings: readonly Finding[],
  logged: boolean,
): string {
  const w = m.install;
  const failed = findings.filter((f) => f.status === 'fail').length;
  const items = findings
    .map(
      (f) =>
        `<li><b style="color:${COLORS[f.status]}">${escapeHtml(w.marks[f.status])}</b> <b>${escapeHtml(
          w.names[f.key],
        )}</b>: ${escapeHtml(f.detail)}${
          f.toDo ? `<br><i>${escapeHtml(w.toDo)}:</i> ${escapeHtml(f.toDo)}` : ''
        }</li>`,
    )
    .join('');
  const text = reportText(m, head, findings);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{font:13px/1.45 Arial,sans-serif;color:#202124;margin:0 4px}
ul{padding-left:18px}li{margin:0 0 8px}
textarea{width:100%;height:140px;font:12px monospace;box-sizing:border-box}
</style></head><body>
<p><b>${escapeHtml(w.summary(failed, findings.length))}</b></p>
<ul>${items}</ul>
<p>${escapeHtml(w.copy)}</p>
<textarea readonly onfocus="this.select()">${escapeHtml(text)}</textarea>
<p>${escapeHtml(logged ? w.logged : w.notLogged)}</p>
</body></html>`;
}
