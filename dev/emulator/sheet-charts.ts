// The Sheet service class's embedded charts (between SheetBase and EmuSheet): newChart,
// insertChart, getCharts, updateChart and removeChart over SpreadsheetState.charts.
import { EmuEmbeddedChart, EmuEmbeddedChartBuilder } from './charts';
import type { Emulates } from './emulates';
import { SheetBase } from './sheet-base';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

export class SheetCharts
  extends SheetBase
  implements
    Emulates<GasSheet, 'newChart' | 'insertChart' | 'getCharts' | 'updateChart' | 'removeChart'>
{
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#newChart() */
  newChart(): EmuEmbeddedChartBuilder {
    return new EmuEmbeddedChartBuilder(this._env, this);
  }

  /** Adds a built chart to this sheet; it gets its id here. */
  insertChart(chart: GasChart): void {
    const c = this._chart(chart);
    const id = this._env.nextSeq();
    c._d.id = id;
    this._ss._st.charts.push({ ...structuredClone(c._d), sheetId: this._st.id });
  }

  getCharts(): EmuEmbeddedChart[] {
    return this._ss._st.charts
      .filter((c) => c.sheetId === this._st.id)
      .map((c) => new EmuEmbeddedChart(this._env, this, structuredClone(c)));
  }

  /** Saves a chart changed through modify()…build() (Google: "Updates the chart on this sheet"). */
  updateChart(chart: GasChart): void {
    const c = this._chart(chart);
    const i = this._index(c);
    this._ss._st.charts[i] = { ...structuredClone(c._d), sheetId: this._st.id };
  }

  removeChart(chart: GasChart): void {
    const i = this._index(this._chart(chart));
    this._ss._st.charts.splice(i, 1);
  }

  private _chart(chart: GasChart): EmuEmbeddedChart {
    const c = this._env.unwrap(chart) as unknown;
    return c instanceof EmuEmbeddedChart ? c : this._env.fail('Invalid argument: chart');
  }

  private _index(c: EmuEmbeddedChart): number {
    const i = this._ss._st.charts.findIndex((s) => s.id === c._d.id && s.sheetId === this._st.id);
    return i >= 0 ? i : this._env.fail('Emulator: the chart is not on this sheet');
  }
}
