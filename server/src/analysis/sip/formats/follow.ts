/**
 * tshark "Follow stream" ASCII (`tshark -q -z follow,udp,ascii,0`): a banner between lines of 67 `=`,
 * `Node 0/1` addresses, then per datagram or segment its byte count on a line (a TAB before it when
 * Node 1 sent it) followed by exactly that many bytes of payload.
 */
import type { Endpoint } from '../model/types';
import { LineReader } from '../parse/lineReader';
import { isRepeatLine, type FormatReader } from './reader';

const RULE_LENGTH = 67;

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
        const data = new LineReader(text, dataStart, dataEnd);
        while (data.next()) builder.line(data.start, data.end, data.eol);
        builder.endBlock();
        // tshark ends every chunk with a newline of its own.
        lines.pos = text.charCodeAt(dataEnd) === 10 ? dataEnd + 1 : dataEnd;
        continue;
      }
      if (ctx.isBoundary(s, e)) {
        lines.back();
        return;
      }
    }
  },
};
