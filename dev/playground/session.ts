// One playground session: the emulated workbook, who acts in it, its state file, and act(),
// which runs a user action and reports what the add-on showed meanwhile.
import type { Lang } from '../../src/template';
import type { AlertRecord, Emulator, ShownHtml, ToastRecord } from '../emulator';
import type { PlaygroundConfig } from './config';
import { DEMO_OWNER, demoEmulator, playgroundEmulator } from './demo';
import { readState, STATE_FORMAT, setAside, statePath, writeState } from './state-file';

/** What the add-on showed during one action, for the page to show in turn. */
export interface ActionReport {
  ok: boolean;
  /** The error a script threw, or a refused edit, in the words of Sheets. */
  error?: string;
  value?: unknown;
  alerts: AlertRecord[];
  toasts: ToastRecord[];
  /** Sidebars and dialogs opened, with their index for /html/:index. */
  shown: Array<ShownHtml & { index: number }>;
}

export class Session {
  /** The sidebar open in the pane (an index of emu.ui.shown), kept until closed or reset. */
  sidebar: number | null = null;
  /** Bumped on every change, so a page can tell its grid is stale. */
  version = 0;

  private constructor(
    readonly config: PlaygroundConfig,
    public emu: Emulator,
    public lang: Lang,
  ) {}

  /** The saved session, or a new demo when there is none (or it cannot be read). */
  static open(config: PlaygroundConfig): { session: Session; restored: boolean } {
    try {
      const saved = readState(config.stateDir);
      if (saved) {
        const emu = playgroundEmulator(config.distDir, saved.lang, config.demoToday);
        emu.restore(saved.snapshot);
        const session = new Session(config, emu, saved.lang);
        session.user = saved.user || DEMO_OWNER;
        emu.openAddon();
        return { session, restored: true };
      }
    } catch (error) {
      const aside = setAside(config.stateDir);
      console.warn(
        `Playground: the saved state could not be read (${(error as Error).message}); it is kept as ${aside}, and a new demo starts.`,
      );
    }
    const session = new Session(config, demoEmulator(config.distDir, 'en', config.demoToday), 'en');
    session.save();
    return { session, restored: false };
  }

  get user(): string {
    return this.emu.user;
  }

  set user(email: string) {
    this.emu.user = email;
  }

  /** "Reset demo": a new demo portfolio in `lang` on the configured first day. */
  reset(lang: Lang): void {
    const user = this.user;
    this.emu = demoEmulator(this.config.distDir, lang, this.config.demoToday);
    this.lang = lang;
    this.user = user;
    this.sidebar = null;
    this.changed();
  }

  save(): void {
    writeState(this.config.stateDir, {
      format: STATE_FORMAT,
      lang: this.lang,
      user: this.user,
      snapshot: this.emu.snapshot(),
    });
  }

  get stateFile(): string {
    return statePath(this.config.stateDir);
  }

  /** Marks the workbook changed and saves it. */
  changed(): void {
    this.version += 1;
    this.save();
  }

  /**
   * Runs a user action, then saves; whatever the add-on showed meanwhile (alerts, toasts, a
   * sidebar) comes back in the report, and a thrown error as its message.
   */
  act(action: (emu: Emulator) => unknown): ActionReport {
    const ui = this.emu.ui;
    const before = { alerts: ui.alerts.length, toasts: ui.toasts.length, shown: ui.shown.length };
    const report: ActionReport = { ok: true, alerts: [], toasts: [], shown: [] };
    try {
      report.value = action(this.emu);
    } catch (error) {
      report.ok = false;
      report.error = error instanceof Error ? error.message : String(error);
    }
    report.alerts = ui.alerts.slice(before.alerts);
    report.toasts = ui.toasts.slice(before.toasts);
    report.shown = ui.shown.slice(before.shown).map((s, i) => ({ ...s, index: before.shown + i }));
    const sidebar = report.shown.filter((s) => s.kind === 'sidebar').pop();
    if (sidebar) this.sidebar = sidebar.index;
    this.changed();
    return report;
  }
}
