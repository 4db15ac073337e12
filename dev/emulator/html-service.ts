// HtmlService: HtmlOutput from strings or the bundle's .html files, and templates with
// <?= ?> (escaped), <?!= ?> (raw) and <? ?> scriptlets evaluated in the running script's realm
// (https://developers.google.com/apps-script/guides/html/templates).
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { Emulates } from './emulates';
import { enumName, SandboxMode, XFrameOptionsMode } from './enums';
import { type Dynamic, EmuObject, type Env } from './env';

type GasOutput = GoogleAppsScript.HTML.HtmlOutput;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export class EmuHtmlOutput
  extends EmuObject
  implements
    Emulates<
      GasOutput,
      | 'setTitle'
      | 'getTitle'
      | 'setWidth'
      | 'getWidth'
      | 'setHeight'
      | 'getHeight'
      | 'getContent'
      | 'setContent'
      | 'append'
      | 'appendUntrusted'
      | 'clear'
      | 'setSandboxMode'
      | 'setXFrameOptionsMode'
      | 'addMetaTag'
    >
{
  readonly _class = 'HtmlOutput';
  _title = '';
  _width = 0;
  _height = 0;
  readonly _meta: Record<string, string> = {};

  constructor(
    env: Env,
    public _content: string,
  ) {
    super(env);
  }

  setTitle(title: string): this {
    this._title = String(title);
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setWidth(width: number): this {
    this._width = width;
    return this;
  }
  getWidth(): number {
    return this._width;
  }
  setHeight(height: number): this {
    this._height = height;
    return this;
  }
  getHeight(): number {
    return this._height;
  }
  getContent(): string {
    return this._content;
  }
  setContent(content: string): this {
    this._content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this._content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this._content += escapeHtml(String(addedContent));
    return this;
  }
  clear(): this {
    this._content = '';
    return this;
  }
  /** Only IFRAME exists now; the other modes are accepted and ignored, as Google does. */
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): this {
    enumName(mode);
    return this;
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): this {
    enumName(mode);
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this._meta[name] = content;
    return this;
  }
}

/** Compiles template text into the body of a function of (vars, escape). */
export function templateCode(source: string): string {
  let code = "var __out = '';\n";
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    code += `__out += ${JSON.stringify(source.slice(last, m.index))};\n`;
    if (m[1] === '=') code += `__out += __esc(String(${m[2]}));\n`;
    else if (m[1] === '!=') code += `__out += String(${m[2]});\n`;
    else code += `${m[2]}\n`;
    last = re.lastIndex;
  }
  code += `__out += ${JSON.stringify(source.slice(last))};\nreturn __out;`;
  return code;
}

export class EmuHtmlTemplate
  extends EmuObject
  implements
    Emulates<GoogleAppsScript.HTML.HtmlTemplate, 'evaluate' | 'getCode' | 'getRawContent'>,
    Dynamic
{
  readonly _class = 'HtmlTemplate';
  readonly _vars: Record<string, unknown> = {};

  constructor(
    env: Env,
    readonly _source: string,
  ) {
    super(env);
  }

  getRawContent(): string {
    return this._source;
  }

  getCode(): string {
    return templateCode(this._source);
  }

  /** Runs the scriptlets in the script's realm, so they can call the bundle's functions. */
  evaluate(): EmuHtmlOutput {
    const context = this._env.realm.context ?? vm.createContext(Object.create(null));
    const fn = vm.runInContext(
      `(function (__vars, __esc) { with (__vars) { ${this.getCode()} } })`,
      context,
    ) as (vars: Record<string, unknown>, esc: (s: string) => string) => string;
    const vars = this._env.realm.object({ ...this._vars });
    return new EmuHtmlOutput(this._env, fn(vars, escapeHtml));
  }
}

export class EmuHtmlService
  extends EmuObject
  implements
    Emulates<
      GoogleAppsScript.HTML.HtmlService,
      'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile'
    >
{
  readonly _class = 'HtmlService';
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  createHtmlOutput(html?: unknown): EmuHtmlOutput {
    return new EmuHtmlOutput(this._env, html === undefined ? '' : String(html));
  }

  createHtmlOutputFromFile(filename: string): EmuHtmlOutput {
    return new EmuHtmlOutput(this._env, this._read(filename));
  }

  createTemplate(html: unknown): EmuHtmlTemplate {
    return new EmuHtmlTemplate(this._env, String(html));
  }

  createTemplateFromFile(filename: string): EmuHtmlTemplate {
    return new EmuHtmlTemplate(this._env, this._read(filename));
  }

  /** Reads "<name>.html" from the bundle's folder. */
  private _read(filename: string): string {
    const dir = this._env.options.htmlDir;
    const name = String(filename);
    const file = dir ? path.join(dir, name.endsWith('.html') ? name : `${name}.html`) : null;
    if (!file || !fs.existsSync(file)) this._env.fail(`No HTML file named ${name} was found.`);
    return fs.readFileSync(file, 'utf8');
  }
}
