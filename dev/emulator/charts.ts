// Embedded charts: the Charts service (Charts.ChartType), EmbeddedChartBuilder, EmbeddedChart,
// its ChartOptions and ContainerInfo; inserted charts live in SpreadsheetState.charts.
import { quoteSheetName } from './a1';
import type { Emulates } from './emulates';
import { ChartType, type EnumValue, enumName } from './enums';
import { EmuObject, type Env } from './env';
import type { EmuRange } from './range';
import type { SheetCharts } from './sheet-charts';
import type { ChartState } from './state';
import { toNode } from './to-node';

/** https://developers.google.com/apps-script/reference/charts/charts: only ChartType is emulated. */
export class EmuCharts extends EmuObject {
  readonly _class = 'Charts';
  readonly ChartType = ChartType;
}

/** A chart's settings as data: the state of an inserted chart, or a draft (id 0). */
type Draft = Omit<ChartState, 'sheetId'>;

export class EmuContainerInfo
  extends EmuObject
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.ContainerInfo,
      'getAnchorRow' | 'getAnchorColumn' | 'getOffsetX' | 'getOffsetY'
    >
{
  readonly _class = 'ContainerInfo';
  constructor(
    env: Env,
    readonly _p: ChartState['position'],
  ) {
    super(env);
  }
  getAnchorRow(): number {
    return this._p.row;
  }
  getAnchorColumn(): number {
    return this._p.column;
  }
  getOffsetX(): number {
    return this._p.offsetX;
  }
  getOffsetY(): number {
    return this._p.offsetY;
  }
}

export class EmuChartOptions
  extends EmuObject
  implements Emulates<GoogleAppsScript.Charts.ChartOptions, 'get'>
{
  readonly _class = 'ChartOptions';
  constructor(
    env: Env,
    readonly _o: Record<string, unknown>,
  ) {
    super(env);
  }
  /** The option's value, or null when it is not set. */
  get(option: string): unknown {
    return Object.hasOwn(this._o, option) ? this._env.realm.deep(this._o[option]) : null;
  }
  /** Google returns the chart's default when unset; the emulator knows no defaults (null). */
  getOrDefault(option: string): unknown {
    return this.get(option);
  }
}

/** Resolves a chart's A1 ranges ("A1:B5" on its sheet, "'Other'!A1:B5" elsewhere). */
function rangesOf(sheet: SheetCharts, d: Draft): EmuRange[] {
  return d.ranges.map((a1) => (a1.includes('!') ? sheet._ss.getRange(a1) : sheet.getRange(a1)));
}

export class EmuEmbeddedChart
  extends EmuObject
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.EmbeddedChart,
      'getChartId' | 'getRanges' | 'getOptions' | 'getNumHeaders' | 'getContainerInfo' | 'modify'
    >
{
  readonly _class = 'EmbeddedChart';
  constructor(
    env: Env,
    readonly _sheet: SheetCharts,
    readonly _d: Draft,
  ) {
    super(env);
  }
  /** Null until the chart is inserted into a sheet (as Google documents). */
  getId(): string | null {
    return this._d.id ? `u${this._d.id}` : null;
  }
  getChartId(): number | null {
    return this._d.id || null;
  }
  getRanges(): EmuRange[] {
    return rangesOf(this._sheet, this._d);
  }
  getOptions(): EmuChartOptions {
    return new EmuChartOptions(this._env, this._d.options);
  }
  /** -1 when Sheets guesses the header rows (the default). */
  getNumHeaders(): number {
    return this._d.numHeaders ?? -1;
  }
  getContainerInfo(): EmuContainerInfo {
    return new EmuContainerInfo(this._env, this._d.position);
  }
  /** A builder seeded with this chart; build() then sheet.updateChart() saves the changes. */
  modify(): EmuEmbeddedChartBuilder {
    return new EmuEmbeddedChartBuilder(this._env, this._sheet, structuredClone(this._d));
  }
}

export class EmuEmbeddedChartBuilder
  extends EmuObject
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
      | 'setChartType'
      | 'getChartType'
      | 'addRange'
      | 'removeRange'
      | 'clearRanges'
      | 'getRanges'
      | 'setPosition'
      | 'getContainer'
      | 'setOption'
      | 'setNumHeaders'
      | 'build'
    >
{
  readonly _class = 'EmbeddedChartBuilder';
  constructor(
    env: Env,
    readonly _sheet: SheetCharts,
    readonly _d: Draft = {
      id: 0,
      type: 'LINE',
      ranges: [],
      options: {},
      numHeaders: null,
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    },
  ) {
    super(env);
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    const name = enumName(type);
    if (!(name in ChartType)) this._env.fail(`Invalid argument: type (${name})`);
    this._d.type = name;
    return this;
  }
  getChartType(): EnumValue {
    return ChartType[this._d.type as keyof typeof ChartType];
  }
  addRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    this._d.ranges.push(this._a1(range));
    return this;
  }
  removeRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    const a1 = this._a1(range);
    this._d.ranges = this._d.ranges.filter((r) => r !== a1);
    return this;
  }
  clearRanges(): this {
    this._d.ranges = [];
    return this;
  }
  getRanges(): EmuRange[] {
    return rangesOf(this._sheet, this._d);
  }
  /** Anchors the top-left corner at a 1-based row and column, offset in pixels. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this._d.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  getContainer(): EmuContainerInfo {
    return new EmuContainerInfo(this._env, this._d.position);
  }
  /** Options are kept as given (copied to plain JSON data); Sheets' rendering is not emulated. */
  setOption(option: string, value: unknown): this {
    this._d.options[option] = JSON.parse(JSON.stringify(toNode(value)) ?? 'null');
    return this;
  }
  setNumHeaders(headers: number): this {
    this._d.numHeaders = headers;
    return this;
  }
  build(): EmuEmbeddedChart {
    return new EmuEmbeddedChart(this._env, this._sheet, structuredClone(this._d));
  }

  private _a1(range: GoogleAppsScript.Spreadsheet.Range): string {
    const r = this._env.unwrap(range) as unknown as EmuRange;
    const a1 = r.getA1Notation();
    return r._st === this._sheet._st ? a1 : `${quoteSheetName(r._st.name)}!${a1}`;
  }
}
