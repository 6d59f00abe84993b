import { main } from './main.ts';

/**
 * A stream the command writes lines to that may go away: a reader that closes its end (`… | head
 * -1`) ends the writing quietly — the run goes on to its end and its true exit code, and never
 * answers with a stack trace or an exit code that claims differences it did not find.
 */
function lines(stream: NodeJS.WriteStream): (text: string) => void {
  let gone = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    gone = true;
  });
  return (text) => {
    if (!gone && !stream.destroyed) stream.write(`${text}\n`);
  };
}

const code = main(
  process.argv.slice(2),
  lines(process.stdout),
  lines(process.stderr),
  process.stderr.isTTY ? (text) => process.stderr.write(text) : undefined,
);
if (typeof code === 'number') process.exitCode = code;
else
  code.then((done) => {
    process.exitCode = done;
  });
