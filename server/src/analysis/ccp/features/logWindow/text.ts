/**
 * Every sentence about the window a CCP log download covers (ccp-log.md §2.5): Go to Time's input
 * checks, previews and warnings, and the hover on `Log roll interval occurred.`.
 */
import { defineMessages } from '../../../l10n';

export const w = defineMessages('ccp.logWindow', {
  inputEmpty: 'Type a time: 14:32, 14:32:05, 2025-05-06 14:32 or 2025-05-06T14:32:00Z.',
  inputUnreadable:
    '"{input}" is not a time Callsight can read. Type HH:MM[:SS], YYYY-MM-DD HH:MM[:SS], or an ISO time with its zone such as 2025-05-06T14:32:00Z.',
  inputOutOfRange:
    '"{input}" is not a real date or time: hours run from 00 to 23, minutes and seconds from 00 to 59, and the day must exist in that month.',
  noTimes: 'No entry in this log has a usable time, so there is no time to go to.',
  previewInside: '{target}: inside this log ({range}). Enter moves to the first entry at or after it.',
  previewBefore:
    '{target}: {distance} before this log begins ({first}). That part is no longer in this download.',
  previewAfter: '{target}: {distance} after this log ends ({last}).',
  warnBefore: '{target} is not in this log: the log begins {distance} later, at {first}.',
  warnAfter:
    '{target} is not in this log: the log ends {distance} earlier, at {last}, so it was downloaded before that moment.',
  covers: 'This download covers {range} ({duration}).',
  why: 'The CCP keeps only the previous and the current 30-minute window ("Log roll interval occurred." starts each one), so a download holds between about 30 and 60 minutes of history and anything older is gone.',
  fix: 'Download the log from the CCP soon after an incident: ask the agent to keep the CCP tab open and download it right away. For older incidents use other sources, such as Contact Lens, the contact record (CTR) or CloudWatch.',
  neverRolled:
    'This log spans more than an hour, so the CCP that wrote it did not roll its log (before Amazon Connect Streams 2.0.0 logs never rolled, although the marker still appears every 30 minutes).',

  rollTitle: 'Log roll: a new 30-minute window starts here',
  rollMeaning:
    'Every 30 minutes the CCP starts a new log window and writes this line as its first entry; the window before the previous one is dropped.',
  rollCovers: 'This download covers',
  rollDuration: 'Length',
  rollMarkers: 'Roll markers in this file',
  rollNoTimes: 'No entry in this log has a usable time, so the window it covers is unknown.',
});
