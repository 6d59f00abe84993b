import { main } from './main.ts';

const code = main(
  process.argv.slice(2),
  (text) => process.stdout.write(`${text}\n`),
  (text) => process.stderr.write(`${text}\n`),
  process.stderr.isTTY ? (text) => process.stderr.write(text) : undefined,
);
if (typeof code === 'number') process.exitCode = code;
else
  code.then((done) => {
    process.exitCode = done;
  });
