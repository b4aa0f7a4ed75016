import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Builds the app as `npm run build` does (renderer with Vite, Node side with esbuild), so the
 * browser runs today's source and never a stale dist/. Returns how long it took, in ms.
 */
export function buildApp(): number {
  const started = performance.now();
  // Without vitest's NODE_ENV=test, which would make Vite bundle React's development build.
  const { NODE_ENV: _testMode, ...env } = process.env;
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', env });
  if (result.status !== 0) {
    throw new Error(`npm run build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return performance.now() - started;
}

/** `npm run web` as a child process on a database of the test's own. */
export type WebProcess = {
  readonly url: string;
  readonly origin: string;
  readonly output: () => string;
  readonly stop: () => Promise<void>;
};

/** Starts `node dist/server/web.cjs --db <file> --port 0` and waits for the address it prints. */
export function startWebProcess(databasePath: string): Promise<WebProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'dist/server/web.cjs'), '--db', databasePath, '--port', '0'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the web server printed no address within 15 s:\n${output}`));
    }, 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        const url = match[1];
        resolve({ url, origin: new URL(url).origin, output: () => output, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the web server exited with ${code}:\n${output}`));
    });
  });
}

/** One call to the loopback binding with the session token, as the page makes it; a refusal throws with its message. */
export async function callWeb<T>(web: WebProcess, method: string, input: unknown): Promise<T> {
  const token = new URL(web.url).searchParams.get('token')!;
  const response = await fetch(`${web.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, Origin: web.origin },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value;
}

/**
 * The audit most end-to-end tests start from, made over the API: Nordlicht Logistik's
 * leadership offsite, names shown (not anonymous), with these participants. Answers its id
 * and the participants' ids, in order.
 */
export async function createWorkshopAudit(
  web: WebProcess,
  people: readonly string[],
): Promise<{ auditId: string; participantIds: string[] }> {
  const audit = await callWeb<{ id: string }>(web, 'audits.create', {
    organization: 'Nordlicht Logistik GmbH',
    title: 'Leadership offsite 2026',
    date: '2026-11-23',
  });
  await callWeb(web, 'audits.update', { id: audit.id, anonymous: false });
  const participantIds: string[] = [];
  for (const name of people)
    participantIds.push(
      (await callWeb<{ id: string }>(web, 'participants.add', { auditId: audit.id, name })).id,
    );
  return { auditId: audit.id, participantIds };
}
