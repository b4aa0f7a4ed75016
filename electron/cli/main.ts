import { runCli } from './rca.ts';

/** Entry point of the built `rca` binary. */
void runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
