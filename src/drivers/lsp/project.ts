/**
 * The project config each source is checked with: agenda.config.yaml found
 * from the source's folder upwards, as `agenda check` finds it, read once
 * and kept until it changes on disk or in the editor (an open config is
 * read as it stands in the editor, saved or not).
 */
import { dirname } from 'node:path';
import { findConfig, readConfigFile, readConfigText, type LoadedConfig } from '../../pipeline/config.js';
import { configLinkedOutside } from '../../pipeline/find-config.js';

export class ProjectConfigs {
  /** By config file; the empty string for sources with no config above them. */
  private readonly loaded = new Map<string, Promise<LoadedConfig | undefined>>();
  /** Config files open in the editor, with their text. */
  private readonly open = new Map<string, string>();

  /** `onRead` hears of every config read, to publish the config's own diagnostics. */
  constructor(private readonly onRead: (config: LoadedConfig) => void = () => {}) {}

  /** The config file a source is under, if any. */
  fileFor(source: string): string | undefined {
    return source.includes('/') || source.includes('\\') ? findConfig(dirname(source)) : undefined;
  }

  async configFor(source: string): Promise<LoadedConfig | undefined> {
    const file = this.fileFor(source);
    if (!file) return undefined;
    let config = this.loaded.get(file);
    if (!config) {
      config = this.read(file).then((c) => {
        if (c) this.onRead(c);
        return c;
      });
      this.loaded.set(file, config);
    }
    return config;
  }

  /** The config file changed (on disk, or its text in the editor): read it again when next asked. */
  changed(file: string, editorText?: string): void {
    if (editorText === undefined) this.open.delete(file);
    else this.open.set(file, editorText);
    this.loaded.delete(file);
  }

  private async read(file: string): Promise<LoadedConfig | undefined> {
    const text = this.open.get(file);
    if (text !== undefined) return readConfigText(text, file);
    // A config committed as a link out of its folder is not read here either (agenda check refuses it): the sources are checked without it.
    if (configLinkedOutside(file)) return undefined;
    try {
      return readConfigFile(file);
    } catch {
      // Gone or unreadable since it was found: the sources are checked without it.
      return undefined;
    }
  }
}
