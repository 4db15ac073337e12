// What the emulated UI showed (alerts, prompts, sidebars, dialogs, toasts, menus) and the
// answers tests script for alerts and prompts.
import type { ButtonName } from './enums';

export interface MenuItemRecord {
  kind: 'item' | 'separator' | 'submenu';
  caption: string;
  functionName?: string;
  items?: MenuItemRecord[];
}

export interface MenuRecord {
  /** "addon" for Extensions > add-on name, "menu" for a top-level menu. */
  kind: 'addon' | 'menu';
  title: string;
  items: MenuItemRecord[];
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  width: number;
  height: number;
}

export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
  answer: ButtonName;
}

export interface PromptRecord extends AlertRecord {
  text: string;
}

/** A consent screen Google showed because ScriptApp.requireScopes found scopes missing. */
export interface AuthorizationRecord {
  user: string;
  fnName: string;
  /** The missing scopes, as full URLs. */
  missing: string[];
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export interface MenuEntry {
  menu: string;
  caption: string;
  functionName: string;
  path: string[];
}

/** Every item of the menus, submenus included, with its path of captions. */
export function flattenMenus(menus: MenuRecord[]): MenuEntry[] {
  const out: MenuEntry[] = [];
  const walk = (menu: string, items: MenuItemRecord[], trail: string[]): void => {
    for (const it of items) {
      const path = [...trail, it.caption];
      if (it.kind === 'item')
        out.push({ menu, caption: it.caption, functionName: it.functionName ?? '', path });
      if (it.kind === 'submenu') walk(menu, it.items ?? [], path);
    }
  };
  for (const m of menus) walk(m.title, m.items, [m.title]);
  return out;
}

export class UiRecords {
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly shown: ShownHtml[] = [];
  readonly toasts: ToastRecord[] = [];
  readonly authorizations: AuthorizationRecord[] = [];
  private readonly alertAnswers: ButtonName[] = [];
  private readonly promptAnswers: { button: ButtonName; text: string }[] = [];

  get sidebars(): ShownHtml[] {
    return this.shown.filter((s) => s.kind === 'sidebar');
  }

  get dialogs(): ShownHtml[] {
    return this.shown.filter((s) => s.kind !== 'sidebar');
  }

  /** Queues the button the user will press at the next alert. */
  answerAlert(button: ButtonName): void {
    this.alertAnswers.push(button);
  }

  /** Queues the text and button for the next prompt. */
  answerPrompt(text: string, button: ButtonName = 'OK'): void {
    this.promptAnswers.push({ button, text });
  }

  nextAlertAnswer(fallback: ButtonName): ButtonName {
    return this.alertAnswers.shift() ?? fallback;
  }

  nextPromptAnswer(fallback: ButtonName): { button: ButtonName; text: string } {
    return this.promptAnswers.shift() ?? { button: fallback, text: '' };
  }

  /** Menus replace earlier ones with the same title, as re-running onOpen does. */
  addMenu(menu: MenuRecord): void {
    const i = this.menus.findIndex((m) => m.kind === menu.kind && m.title === menu.title);
    if (i >= 0) this.menus.splice(i, 1, menu);
    else this.menus.push(menu);
  }

  clear(): void {
    this.menus.length = 0;
    this.alerts.length = 0;
    this.prompts.length = 0;
    this.shown.length = 0;
    this.toasts.length = 0;
    this.authorizations.length = 0;
  }
}
