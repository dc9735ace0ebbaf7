/**
 * Hover on `Log roll interval occurred.`: the window this download covers and why it matters
 * (ccp-log.md §2.5: the CCP keeps only the previous and the current 30-minute window).
 */
import type { CallsightSettings } from '../../../settings';
import type { CcpModel } from '../../model/model';
import { w } from '../logWindow/text';
import { coveredWindow, formatWindowRange } from '../logWindow/window';
import { formatDuration } from '../timeFormat';
import { join, paragraph, row, title } from './render';

export function rollMarkerHover(model: CcpModel, settings: CallsightSettings): string {
  const win = coveredWindow(model);
  if (!win)
    return join([title(w.t('rollTitle')), paragraph(w.t('rollMeaning')), paragraph(w.t('rollNoTimes'))]);
  return join([
    title(w.t('rollTitle')),
    paragraph(w.t('rollMeaning')),
    row(w.t('rollCovers'), formatWindowRange(win.first, win.last, settings.timeZone)),
    row(w.t('rollDuration'), formatDuration(win.last - win.first)),
    row(w.t('rollMarkers'), String(win.rollMarkers)),
    paragraph(w.t('why')),
    win.neverRolled ? paragraph(w.t('neverRolled')) : undefined,
    paragraph(w.t('fix')),
  ]);
}
