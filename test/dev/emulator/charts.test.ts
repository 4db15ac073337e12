// Tests: embedded charts (Charts.ChartType, the builder, insert/get/update/remove, state).
import { bundle, emulate } from './helpers';

const CHART = `
  const sheet = SpreadsheetApp.getActiveSheet();
  sheet.getRange('A1:B3').setValues([['Client', 'Share'], ['A', 0.6], ['B', 0.4]]);
  sheet.insertChart(
    sheet.newChart()
      .setChartType(Charts.ChartType.PIE)
      .addRange(sheet.getRange(1, 1, 3, 2))
      .setOption('title', 'Concentration')
      .setOption('legend', { position: 'bottom' })
      .setNumHeaders(1)
      .setPosition(3, 12, 5, 10)
      .build(),
  );
`;

describe('embedded charts', () => {
  it('records inserted charts in state', () => {
    const emu = emulate(bundle(CHART));
    emu.run('main');

    expect(JSON.parse(emu.snapshot()).spreadsheets[0].charts).toEqual([
      {
        id: expect.any(Number),
        sheetId: 0,
        type: 'PIE',
        ranges: ['A1:B3'],
        options: { title: 'Concentration', legend: { position: 'bottom' } },
        numHeaders: 1,
        position: { row: 3, column: 12, offsetX: 5, offsetY: 10 },
      },
    ]);
  });

  it('reads charts back, modifies and removes them', () => {
    const emu = emulate(
      bundle(`${CHART}
        const [chart] = sheet.getCharts();
        const read = [typeof chart.getId(), typeof chart.getChartId(), chart.getRanges().map((r) => r.getA1Notation()),
          chart.getOptions().get('title'), chart.getOptions().get('missing'), chart.getNumHeaders(),
          chart.getContainerInfo().getAnchorColumn(), String(Charts.ChartType.COLUMN)];
        sheet.updateChart(chart.modify().setChartType(Charts.ChartType.COLUMN).setOption('title', 'Load').setPosition(22, 12, 0, 0).build());
        const [updated] = sheet.getCharts();
        const after = [updated.getOptions().get('title'), updated.getContainerInfo().getAnchorRow(), updated.getChartId() === chart.getChartId()];
        sheet.removeChart(updated);
        return [read, after, sheet.getCharts().length];
      `),
    );

    expect(emu.run('main')).toEqual([
      ['string', 'number', ['A1:B3'], 'Concentration', null, 1, 12, 'COLUMN'],
      ['Load', 22, true],
      0,
    ]);
  });

  it('gives a built chart no id until it is inserted, and refuses an unknown type', () => {
    const emu = emulate(
      bundle(`
        const sheet = SpreadsheetApp.getActiveSheet();
        const chart = sheet.newChart().addRange(sheet.getRange('A1:B2')).build();
        return [chart.getId(), sheet.getCharts().length];
      `),
    );
    const bad = emulate(bundle('SpreadsheetApp.getActiveSheet().newChart().setChartType("PIES");'));

    expect(emu.run('main')).toEqual([null, 0]);
    expect(() => bad.run('main')).toThrow('Invalid argument: type');
  });

  it('drops charts with their sheet', () => {
    const emu = emulate(
      bundle(`${CHART}
        const ss = SpreadsheetApp.getActive();
        ss.insertSheet('Other');
        ss.deleteSheet(sheet);
      `),
    );
    emu.run('main');

    expect(JSON.parse(emu.snapshot()).spreadsheets[0].charts).toEqual([]);
  });
});
