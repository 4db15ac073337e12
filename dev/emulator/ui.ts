// Ui (https://developers.google.com/apps-script/reference/base/ui): add-on and custom menus,
// alerts and prompts answered from a queue the test sets, sidebars and dialogs (all recorded).

import type { Emulates } from './emulates';
import { Button, type ButtonName, ButtonSet, type EnumValue, enumName } from './enums';
import { EmuObject, type Env } from './env';
import type { EmuHtmlOutput } from './html-service';
import type { MenuItemRecord } from './ui-records';

type GasUi = GoogleAppsScript.Base.Ui;

/** The first button of a set is what a user pressing Enter chooses. */
const DEFAULT_ANSWER: Record<string, ButtonName> = {
  OK: 'OK',
  OK_CANCEL: 'OK',
  YES_NO: 'YES',
  YES_NO_CANCEL: 'YES',
};

export class EmuMenu
  extends EmuObject
  implements
    Emulates<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>
{
  readonly _class = 'Menu';
  readonly _items: MenuItemRecord[] = [];

  constructor(
    env: Env,
    readonly _title: string,
    readonly _kind: 'addon' | 'menu',
  ) {
    super(env);
  }

  addItem(caption: string, functionName: string): this {
    this._items.push({
      kind: 'item',
      caption: String(caption),
      functionName: String(functionName),
    });
    return this;
  }

  addSeparator(): this {
    this._items.push({ kind: 'separator', caption: '' });
    return this;
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    const sub = this._env.unwrap(menu) as unknown as EmuMenu;
    this._items.push({ kind: 'submenu', caption: sub._title, items: sub._items });
    return this;
  }

  addToUi(): void {
    this._env.ui.addMenu({ kind: this._kind, title: this._title, items: [...this._items] });
  }
}

export class EmuPromptResponse
  extends EmuObject
  implements Emulates<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>
{
  readonly _class = 'PromptResponse';

  constructor(
    env: Env,
    readonly _text: string,
    readonly _button: ButtonName,
  ) {
    super(env);
  }

  getResponseText(): string {
    return this._text;
  }

  getSelectedButton(): EnumValue {
    return Button[this._button];
  }
}

export class EmuUi
  extends EmuObject
  implements
    Emulates<
      GasUi,
      | 'createAddonMenu'
      | 'createMenu'
      | 'alert'
      | 'prompt'
      | 'showSidebar'
      | 'showModalDialog'
      | 'showModelessDialog'
    >
{
  readonly _class = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  /** The add-on's menu under Extensions; its title is the add-on's name. */
  createAddonMenu(): EmuMenu {
    return new EmuMenu(this._env, this._env.options.addonName, 'addon');
  }

  createMenu(caption: string): EmuMenu {
    return new EmuMenu(this._env, String(caption), 'menu');
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
  alert(a: string, b?: unknown, c?: unknown): EnumValue {
    const [title, prompt, buttons] = typeof b === 'string' ? [a, b, c] : ['', a, b];
    const set = buttons === undefined ? 'OK' : enumName(buttons);
    const answer = this._env.ui.nextAlertAnswer(DEFAULT_ANSWER[set] ?? 'OK');
    this._env.ui.alerts.push({ title, prompt: String(prompt), buttons: set, answer });
    return Button[answer];
  }

  /** prompt(prompt), prompt(prompt, buttons) or prompt(title, prompt, buttons). */
  prompt(a: string, b?: unknown, c?: unknown): EmuPromptResponse {
    const [title, prompt, buttons] = typeof b === 'string' ? [a, b, c] : ['', a, b];
    const set = buttons === undefined ? 'OK' : enumName(buttons);
    const answer = this._env.ui.nextPromptAnswer(DEFAULT_ANSWER[set] ?? 'OK');
    this._env.ui.prompts.push({
      title,
      prompt: String(prompt),
      buttons: set,
      answer: answer.button,
      text: answer.text,
    });
    return new EmuPromptResponse(this._env, answer.text, answer.button);
  }

  /** Add-on sidebars are 300 px wide whatever width the output asks for. */
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    const out = this._output(userInterface);
    this._env.ui.shown.push({
      kind: 'sidebar',
      title: out._title,
      content: out._content,
      width: 300,
      height: 0,
    });
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const out = this._output(userInterface);
    this._env.ui.shown.push({
      kind: 'modal',
      title: String(title),
      content: out._content,
      width: out._width,
      height: out._height,
    });
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const out = this._output(userInterface);
    this._env.ui.shown.push({
      kind: 'modeless',
      title: String(title),
      content: out._content,
      width: out._width,
      height: out._height,
    });
  }

  private _output(ui: unknown): EmuHtmlOutput {
    const out = this._env.unwrap(ui) as EmuHtmlOutput;
    if (out?._class !== 'HtmlOutput') this._env.fail('Emulator: only HtmlOutput can be shown');
    return out;
  }
}
