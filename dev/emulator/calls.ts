// Counts every service call made by the bundle, by "Class.method", and the emulator's log
// (Logger, console and the emulator's own notes).

export class CallCounter {
  private counts = new Map<string, number>();
  private sum = 0;

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.sum++;
  }

  /** All calls, or the calls of one "Class.method". */
  count(name?: string): number {
    return name === undefined ? this.sum : (this.counts.get(name) ?? 0);
  }

  total(): number {
    return this.sum;
  }

  /** Counts per "Class.method", sorted by name. */
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
    this.sum = 0;
  }
}

export type LogLevel = 'log' | 'info' | 'warn' | 'error' | 'Logger' | 'emulator';

export interface LogEntry {
  level: LogLevel;
  message: string;
  /** Emulator clock when it was written. */
  at: number;
}

export class EmuLog {
  readonly entries: LogEntry[] = [];

  constructor(private readonly now: () => number) {}

  add(level: LogLevel, message: string): void {
    this.entries.push({ level, message, at: this.now() });
  }

  /** Messages, optionally of one level. */
  messages(level?: LogLevel): string[] {
    return this.entries.filter((e) => !level || e.level === level).map((e) => e.message);
  }

  clear(): void {
    this.entries.length = 0;
  }
}
