/** `callsight/explain` and `callsight/searchCatalog`: the knowledge base for the Explain Error Code command. */
import type { Connection } from 'vscode-languageserver/node';
import {
  entriesMarkdown,
  entryMarkdown,
  explainAt,
  explainToken,
  lookupCode,
  searchCatalog,
  systemLabel,
  type CodeSystem,
  type KnowledgeEntry,
} from '../../analysis/knowledge';
import {
  ExplainRequest,
  SearchCatalogRequest,
  type CatalogItem,
  type ExplainEntry,
  type ExplainParams,
  type ExplainResult,
  type SearchCatalogParams,
  type SearchCatalogResult,
} from '../../protocol';
import type { ServerContext } from '../serverContext';

/** Longest token, line or query accepted from the client. */
const MAX_TEXT = 8000;
/** Suggestions offered when a token has no reading. */
const MAX_SUGGESTIONS = 20;

function toExplainEntry(e: KnowledgeEntry): ExplainEntry {
  return { ...e, systemLabel: systemLabel(e.system), markdown: entryMarkdown(e) };
}

function toItem(e: KnowledgeEntry): CatalogItem {
  return {
    system: e.system,
    systemLabel: systemLabel(e.system),
    code: e.code,
    title: e.title,
    meaning: e.meaning,
    ...(e.name !== undefined ? { name: e.name } : {}),
    ...(e.aliases ? { aliases: e.aliases } : {}),
  };
}

function clip(text: unknown): string | undefined {
  return typeof text === 'string' ? text.slice(0, MAX_TEXT) : undefined;
}

/** Answers an explain request (exported for the CLI-free protocol tests' sake: pure apart from the locale). */
export function explain(params: ExplainParams): ExplainResult {
  let token: string | undefined;
  let entries: KnowledgeEntry[] = [];
  const line = clip(params.line);
  const picked = typeof params.system === 'string' && typeof params.code === 'string';
  if (picked) {
    const entry = lookupCode(params.system as CodeSystem, params.code as string);
    token = params.code;
    entries = entry ? [entry] : [];
  } else if (clip(params.token)?.trim()) {
    token = clip(params.token)!.trim();
    entries = explainToken(token);
  } else if (line !== undefined) {
    const character = typeof params.character === 'number' ? Math.max(0, Math.floor(params.character)) : 0;
    const at = explainAt(line, Math.min(character, line.length));
    token = at.token;
    entries = at.entries;
  }
  const query = clip(params.query)?.trim() || (picked ? undefined : token);
  const suggestions =
    entries.length === 0 && query ? searchCatalog(query, MAX_SUGGESTIONS).map(toItem) : undefined;
  return {
    ...(token !== undefined ? { token } : {}),
    entries: entries.map(toExplainEntry),
    markdown: entriesMarkdown(token, entries),
    ...(suggestions ? { suggestions } : {}),
  };
}

export function registerExplain(connection: Connection, context: ServerContext): void {
  connection.onRequest(ExplainRequest, (params: ExplainParams) =>
    context.guard('explain', '', { entries: [], markdown: '' } as ExplainResult, () => explain(params ?? {})),
  );
  connection.onRequest(SearchCatalogRequest, (params: SearchCatalogParams) =>
    context.guard('searchCatalog', '', { items: [] } as SearchCatalogResult, (): SearchCatalogResult => {
      const query = clip(params?.query) ?? '';
      const limit =
        typeof params?.limit === 'number' && params.limit > 0 ? Math.floor(params.limit) : undefined;
      return { items: searchCatalog(query, limit).map(toItem) };
    }),
  );
}
