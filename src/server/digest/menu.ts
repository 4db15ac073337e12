// "Stop these e-mails" in KAM's menu: a recipient stops (or, clicking again, resumes) their own
// digests from this workbook. Kept in the document's properties under their e-mail, because
// the run that sends is another user's and could not read this user's own properties.
import { dayOfDate, isoOf } from '../../core/days';
import { messagesFor } from '../../i18n';
import { SHEETS } from '../../template/workbook';
import type { MenuContext, MenuEntry } from '../menu/item';
import type { Platform } from '../platform/platform';
import { openWorkbook } from '../sheet/workbook';
import { resumeDigests, stopDigests, stoppedOn } from './state';

export function digestMenu({ m }: MenuContext): MenuEntry[] {
  return [{ caption: m.digest.menuStop, functionName: 'stopDigestsFromMenu' }];
}

/**
 * Menu "Stop these e-mails": the person clicking gets no more digests from this workbook; one
 * who already stopped them is asked whether to get them again.
 */
export function stopDigestsFromMenu(platform: Platform): void {
  const spreadsheet = platform.spreadsheet();
  const { lang, zone } = openWorkbook(
    platform,
    spreadsheet,
    SHEETS.filter((d) => d.key === 'settings'),
  );
  const m = messagesFor(lang).digest;
  const ui = platform.ui();
  const email = platform.user.active();
  if (email === '') {
    ui.alert(m.stopTitle, m.whoUnknown, ui.ButtonSet.OK);
    return;
  }
  const properties = platform.properties();
  const since = stoppedOn(properties.getProperties(), email);
  if (since === undefined) {
    stopDigests(properties, email, isoOf(dayOfDate(platform.clock.now(), zone)));
    ui.alert(m.stopTitle, m.stopped(spreadsheet.getName(), email), ui.ButtonSet.OK);
    return;
  }
  if (ui.alert(m.stopTitle, m.resumeAsk(since), ui.ButtonSet.YES_NO) === ui.Button.YES) {
    resumeDigests(properties, email);
    ui.alert(m.stopTitle, m.resumed(email), ui.ButtonSet.OK);
  } else {
    ui.alert(m.stopTitle, m.keptStopped, ui.ButtonSet.OK);
  }
}
