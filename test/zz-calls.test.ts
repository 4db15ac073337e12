import { demoWorkbook } from './helpers/demo-workbook';
test('calls', () => {
  const emu = demoWorkbook();
  emu.calls.reset();
  const r: any = emu.scriptRun('kamLoadDossier', 'KA-001');
  console.log('LOAD', emu.calls.total(), JSON.stringify(emu.calls.byMethod()));
  emu.calls.reset();
  const s: any = emu.scriptRun('kamSaveDossier', { accountId: 'KA-001', revision: r.state.account.revision, values: { description: 'x y' } });
  console.log('SAVE', s.ok, emu.calls.total(), JSON.stringify(emu.calls.byMethod()));
  emu.calls.reset();
  emu.clickMenu('Run checks now');
  console.log('RUN', emu.calls.total(), JSON.stringify(emu.calls.byMethod()));
});
