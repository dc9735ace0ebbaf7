/**
 * Documents the editor cannot sync (files above its 50 MB limit), whose text the client read from disk and
 * sent with `callsight/openDetachedText`. Held beside the editor's documents so every request that looks a
 * document up by URI answers for them too.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';

export class DetachedDocuments {
  /** Insertion order is age order: the first entry is the oldest. */
  private readonly documents = new Map<string, TextDocument>();
  /**
   * Detached versions count down from -1 so they never equal an editor version (which count up from 0 or
   * 1): caches keyed by URI and version then cannot confuse a detached text with an opened one.
   */
  private nextVersion = -1;
  private readonly forgetListeners: ((uri: string) => void)[] = [];

  /** @param capacity most detached texts held at once; the oldest is dropped beyond it (they are big). */
  constructor(private readonly capacity = 2) {}

  open(uri: string, languageId: string, text: string): TextDocument {
    this.close(uri);
    const document = TextDocument.create(uri, languageId, this.nextVersion--, text);
    this.documents.set(uri, document);
    while (this.documents.size > this.capacity) {
      const oldest = this.documents.keys().next().value;
      if (oldest === undefined) break;
      this.close(oldest);
    }
    return document;
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  /** Drops the text of `uri`; returns whether there was one. */
  close(uri: string): boolean {
    const had = this.documents.delete(uri);
    if (had) for (const listener of this.forgetListeners) listener(uri);
    return had;
  }

  /** Called with the URI whenever a detached text is dropped, so caches can let go of its analysis. */
  onForget(listener: (uri: string) => void): void {
    this.forgetListeners.push(listener);
  }
}
