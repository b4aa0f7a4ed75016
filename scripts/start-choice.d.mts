/** Where Electron's binary is, or why there is none. */
export declare function electronBinary(options: {
  electronDir: string;
  env?: NodeJS.ProcessEnv;
}): { path: string } | { missing: string };

/** The line `npm start` prints when it opens the browser version. */
export declare function fallbackLine(reason: string): string;

/** How to open a URL in the system browser, or null where none can be opened. */
export declare function browserOpener(
  url: string,
  options?: { platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv },
): { command: string; args: string[] } | null;
