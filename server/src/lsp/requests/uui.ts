/** `callsight/decodeUui` and `callsight/encodeUui`: the UUI codec for the Decode and Encode UUI commands. */
import type { Connection } from 'vscode-languageserver/node';
import {
  decodeUuiAll,
  encodeUui,
  sessionPairsFromText,
  uuiMarkdown,
  type UuiEncodeRequest,
} from '../../analysis/uui';
import {
  DecodeUuiRequest,
  EncodeUuiRequest,
  type DecodeUuiParams,
  type DecodeUuiResult,
  type EncodeUuiParams,
  type EncodeUuiResult,
} from '../../protocol';
import type { ServerContext } from '../serverContext';

/** Longest text decoded from a request (the codec reports the cut itself beyond its own limit). */
const MAX_TEXT = 2_000_000;

/** Turns request params into the codec's request, tolerating missing fields from older clients. */
function toEncodeRequest(p: EncodeUuiParams): UuiEncodeRequest {
  switch (p.kind) {
    case 'ccai-conversation':
      return {
        kind: 'ccai-conversation',
        projectId: String(p.projectId ?? ''),
        conversationId: String(p.conversationId ?? ''),
        ...(Array.isArray(p.roles) ? { roles: p.roles.map(String) } : {}),
        ...(typeof p.location === 'string' ? { location: p.location } : {}),
      };
    case 'session-params':
      return {
        kind: 'session-params',
        params:
          typeof p.params === 'string'
            ? sessionPairsFromText(p.params)
            : Array.isArray(p.params)
              ? p.params
              : [],
      };
    default:
      return {
        kind: 'text',
        text: String(p.text ?? ''),
        ...(typeof p.purpose === 'string' ? { purpose: p.purpose } : {}),
        ...(typeof p.content === 'string' ? { content: p.content } : {}),
        ...(p.protocolDiscriminator === null || typeof p.protocolDiscriminator === 'number'
          ? { protocolDiscriminator: p.protocolDiscriminator }
          : {}),
        ...(p.headerName === 'X-User-to-User' ? { headerName: 'X-User-to-User' as const } : {}),
      };
  }
}

export function registerUui(connection: Connection, context: ServerContext): void {
  connection.onRequest(DecodeUuiRequest, (params: DecodeUuiParams) =>
    context.guard('decodeUui', '', { values: [], markdown: '' } as DecodeUuiResult, (): DecodeUuiResult => {
      const text = typeof params?.text === 'string' ? params.text.slice(0, MAX_TEXT) : '';
      const values = decodeUuiAll(text);
      return { values, markdown: uuiMarkdown(values) };
    }),
  );
  connection.onRequest(EncodeUuiRequest, (params: EncodeUuiParams) =>
    context.guard(
      'encodeUui',
      '',
      { ok: false, value: '', header: '', text: '', problems: [] } as EncodeUuiResult,
      (): EncodeUuiResult => encodeUui(toEncodeRequest(params ?? { kind: 'text', text: '' })),
    ),
  );
}
