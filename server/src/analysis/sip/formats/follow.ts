/**
 * tshark "Follow stream" ASCII (`tshark -q -z follow,udp,ascii,0`): a banner between lines of 67 `=`,
 * `Node 0/1` addresses, then per datagram or segment its byte count on a line (a TAB before it when
 * Node 1 sent it) followed by exactly that many bytes of payload.
 */
import type { Endpoint } from '../model/types';
import { LineReader } from '../parse/lineReader';
import { isRepeatLine, type FormatReader } from './reader';

const RULE_LENGTH = 67;

interface Carry {
  readonly start: number;
  readonly end: number;
  /** The line is complete but its LF opens the next segment. */
  readonly cr: boolean;
}

/** Whether the chunk after `at` (blank lines skipped) was sent in the same direction. */
function sameDirectionNext(text: string, at: number, fromNode1: boolean): boolean {
  let i = at;
  while (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) i++;
  const tab = text.charCodeAt(i) === 9;
  if (tab !== fromNode1) return false;
  const d = text.charCodeAt(tab ? i + 1 : i);
  return d >= 48 && d <= 57;
}

export const followReader: FormatReader = {
  format: 'follow',
  firstChars: '=',
  opens(text, start, end) {
    return isRepeatLine(text, start, end, 61, RULE_LENGTH);
  },
  read(ctx, _start, _end) {
    const { lines, text, builder } = ctx;
    let transport: string | undefined;
    const nodes: (Endpoint | undefined)[] = [undefined, undefined];
    // Per direction: the end of a line the previous segment cut, to join with the next segment's start.
    const carry: (Carry | undefined)[] = [undefined, undefined];
    while (lines.next()) {
      const s = lines.start;
      const e = lines.end;
      if (isRepeatLine(text, s, e, 61, RULE_LENGTH)) return;
      if (s === e) continue;
      const line = text.slice(s, Math.min(e, s + 200));
      if (line.startsWith('Follow: ')) {
        const kind = line.slice(8).split(',')[0] ?? '';
        transport = kind.toUpperCase() === 'TLS' ? 'TLS' : kind.toUpperCase();
        continue;
      }
      if (line.startsWith('Filter: ')) continue;
      const node = /^Node ([01]): (\S+)$/.exec(line);
      if (node) {
        nodes[Number(node[1])] = ctx.endpoint(node[2] as string);
        continue;
      }
      const chunk = /^(\t?)(\d{1,9})$/.exec(line);
      if (chunk) {
        const fromNode1 = chunk[1] === '\t';
        const count = Number(chunk[2]);
        const dataStart = lines.pos;
        const dataEnd = Math.min(text.length, dataStart + count);
        ctx.countBlock('follow');
        const stream = transport !== 'UDP';
        builder.beginBlock({
          envelope: {
            format: 'follow',
            start: s,
            end: e,
            time: undefined,
            timeKind: undefined,
            src: fromNode1 ? nodes[1] : nodes[0],
            dst: fromNode1 ? nodes[0] : nodes[1],
            transport,
            byteCount: count,
          },
          lineMode: 'plain',
          body: stream ? 'length' : 'region',
          stream,
        });
        // tshark ends every chunk with a newline of its own.
        const after = text.charCodeAt(dataEnd) === 10 ? dataEnd + 1 : dataEnd;
        const direction = fromNode1 ? 1 : 0;
        const carried = carry[direction];
        carry[direction] = undefined;
        const data = new LineReader(text, dataStart, dataEnd);
        let first = true;
        while (data.next()) {
          const { start: ls, end: le, eol } = data;
          if (first && carried) {
            first = false;
            if (carried.cr) {
              // The previous segment ended between CR and LF: its line ends here.
              const lf = ls === le && eol === 1 && text.charCodeAt(ls) === 10;
              builder.line(carried.start, carried.end, lf ? 2 : 1);
              if (lf) continue;
            } else {
              builder.joinedLine(carried.start, carried.end, ls, le, eol);
              continue;
            }
          }
          first = false;
          // A line cut by the segment's end continues in the next segment of the same direction.
          if (stream && data.pos >= dataEnd) {
            const cr = eol === 1 && text.charCodeAt(le) === 13;
            if (((eol === 0 && le > ls) || cr) && sameDirectionNext(text, after, fromNode1)) {
              carry[direction] = { start: ls, end: le, cr };
              continue;
            }
          }
          builder.line(ls, le, eol);
        }
        if (first && carried) carry[direction] = carried;
        builder.endBlock();
        lines.pos = after;
        continue;
      }
      if (ctx.isBoundary(s, e)) {
        lines.back();
        return;
      }
    }
  },
};
