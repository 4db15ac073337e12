// Fault injection: fail the n-th write call from now, or run a callback just before it (another
// execution racing this one), so tests can show what a failure or a race between two writes
// leaves behind. A write is any call that changes a file or a document's properties.

/** Classes whose setters change a file (builders and caches do not). */
const WRITING_CLASSES = new Set([
  'Spreadsheet',
  'Sheet',
  'Range',
  'Protection',
  'NamedRange',
  'EmbeddedChart',
  'File',
  'Properties',
]);

const WRITE_METHOD =
  /^(set|append|insert|delete|clear|remove|add|protect|hide|show|update|rename|sort|copy|move|merge|autoResize)/;

/**
 * Whether a service call writes: `SpreadsheetApp.create`, the Drive API's creates, updates
 * and deletes (`Drive.Files.create`), and the setters, inserts, deletes,
 * clears and appends of files, sheets, ranges, protections and properties (not selection:
 * `setActiveSheet`, `activate`; not builders or caches). Example: `Range.setValues` → true.
 */
export function isWriteCall(className: string, method: string): boolean {
  if (className === 'SpreadsheetApp') return method === 'create';
  if (className === 'Drive.Files' || className === 'Drive.Permissions')
    return /^(create|update|delete|copy|emptyTrash)/.test(method);
  if (!WRITING_CLASSES.has(className)) return false;
  return WRITE_METHOD.test(method) && !method.startsWith('setActive');
}

type Planned =
  | { at: number; kind: 'fail'; message: string }
  | { at: number; kind: 'before'; run: (call: string) => void };

/** The fault plan of an emulator (`emu.faults`). */
export class Faults {
  private writes = 0;
  private planned: Planned[] = [];
  /** Every write call seen since the last `reset()`, as "Class.method". */
  readonly seen: string[] = [];

  /**
   * The n-th write call from now (1-based) throws `message` in the running script instead of
   * writing; the default reads like an Apps Script service failure.
   */
  failWrite(n: number, message = 'Service Spreadsheets failed while accessing document.'): void {
    this.planned.push({ at: this.writes + n, kind: 'fail', message });
  }

  /** Runs `run` (e.g. another execution) just before the n-th write call from now. */
  beforeWrite(n: number, run: (call: string) => void): void {
    this.planned.push({ at: this.writes + n, kind: 'before', run });
  }

  /** Write calls seen since the last reset. */
  get count(): number {
    return this.writes;
  }

  /** Forgets the plan and the count. */
  reset(): void {
    this.writes = 0;
    this.planned = [];
    this.seen.length = 0;
  }

  /**
   * Called by the emulator before every service call: counts writes and applies the plan.
   * Returns the message to fail with, if this call is to fail.
   */
  _before(className: string, method: string): string | undefined {
    if (!isWriteCall(className, method)) return undefined;
    this.writes += 1;
    const name = `${className}.${method}`;
    this.seen.push(name);
    const due = this.planned.filter((p) => p.at === this.writes);
    this.planned = this.planned.filter((p) => p.at !== this.writes);
    for (const p of due) if (p.kind === 'before') p.run(name);
    return due.find((p) => p.kind === 'fail')?.message;
  }
}
