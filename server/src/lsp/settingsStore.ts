import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, settingsFrom, type CallsightSettings } from '../analysis/settings';
import { CONFIGURATION_SECTION } from '../protocol';

/** Settings per document, read from the client on first use and kept until the configuration changes. */
export class SettingsStore {
  private readonly byUri = new Map<string, Promise<CallsightSettings>>();
  private supported = false;

  constructor(private readonly connection: Connection) {}

  /** Whether the client answers `workspace/configuration`; otherwise defaults apply. */
  setSupported(supported: boolean): void {
    this.supported = supported;
  }

  get(uri: string): Promise<CallsightSettings> {
    if (!this.supported) return Promise.resolve(DEFAULT_SETTINGS);
    let pending = this.byUri.get(uri);
    if (!pending) {
      pending = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: CONFIGURATION_SECTION })
        .then(settingsFrom, () => DEFAULT_SETTINGS);
      this.byUri.set(uri, pending);
    }
    return pending;
  }

  /**
   * The `callsight.explanations.language` setting (application scope): pulled from the client when it
   * answers `workspace/configuration`, else read from the pushed `didChangeConfiguration` settings.
   */
  async explanationLanguage(pushed: unknown): Promise<unknown> {
    const section = this.supported
      ? await this.connection.workspace.getConfiguration({ section: CONFIGURATION_SECTION }).then(
          (value: unknown) => value,
          () => undefined,
        )
      : isRecord(pushed)
        ? pushed[CONFIGURATION_SECTION]
        : undefined;
    const explanations = isRecord(section) ? section['explanations'] : undefined;
    return isRecord(explanations) ? explanations['language'] : undefined;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  clear(): void {
    this.byUri.clear();
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
