/**
 * The govcloud-forecast command: `npm run cli -- <command>` in development, `build/cli.js` (bundled
 * by `npm run build:cli`, the package's bin) otherwise. Everything happens in `runCli`.
 */
import { runCli } from "./run";

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
