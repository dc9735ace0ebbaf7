import type { Connection } from 'vscode-languageserver/node';
import {
  CloseDetachedTextNotification,
  OpenDetachedTextRequest,
  type CloseDetachedTextParams,
  type OpenDetachedTextParams,
  type OpenDetachedTextResult,
} from '../../protocol';
import type { ServerContext } from '../serverContext';

/** `callsight/openDetachedText` and `callsight/closeDetachedText`: text of files too big for the editor. */
export function registerDetachedText(connection: Connection, context: ServerContext): void {
  connection.onRequest(OpenDetachedTextRequest, (params: OpenDetachedTextParams) =>
    context.guard('open detached text', params.uri, null, (): OpenDetachedTextResult | null => {
      if (typeof params.uri !== 'string' || typeof params.text !== 'string') return null;
      const languageId = typeof params.languageId === 'string' ? params.languageId : 'plaintext';
      return { version: context.detached.open(params.uri, languageId, params.text).version };
    }),
  );
  connection.onNotification(CloseDetachedTextNotification, (params: CloseDetachedTextParams) => {
    if (typeof params?.uri === 'string') context.detached.close(params.uri);
  });
}
