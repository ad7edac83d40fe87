/** The rbm executable's entry point (bundled to dist-cli/rbm.mjs by scripts/build-cli.mjs). */
import { main } from './main';

const code = await main(process.argv.slice(2), {
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
