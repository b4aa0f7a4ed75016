/** What the About dialog reports; process.versions and app.getVersion() in the shell. */
export type AboutFacts = {
  readonly appName: string;
  readonly appVersion: string;
  readonly versions: Partial<Record<'electron' | 'chrome' | 'node' | 'v8', string>>;
  readonly instrument: { readonly id: string; readonly version: string };
  readonly databasePath: string;
};

/**
 * The About dialog's text: what a person reporting a problem needs to say (the app, Electron,
 * Chromium, Node and V8 versions, the instrument version) and where their data lives.
 */
export function aboutText(facts: AboutFacts): { message: string; detail: string } {
  const version = (name: string, value: string | undefined) => `${name}: ${value ?? 'unknown'}`;
  return {
    message: `${facts.appName} ${facts.appVersion}`,
    detail: [
      `Audit instrument: ${facts.instrument.id} ${facts.instrument.version}`,
      version('Electron', facts.versions.electron),
      version('Chromium', facts.versions.chrome),
      version('Node.js', facts.versions.node),
      version('V8', facts.versions.v8),
      '',
      `Database: ${facts.databasePath}`,
    ].join('\n'),
  };
}
