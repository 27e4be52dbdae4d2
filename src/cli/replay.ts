import { readFileSync, statSync } from 'node:fs';
import { stateHash, winner } from '../engine';
import { type LogError, MAX_LOG_BYTES, parseLog, replayLog } from '../log';
import { parseCli } from './options';
import { runCli, UsageError, writeJson } from './run';

const USAGE = `Usage: npm run --silent replay -- PATH [--json]
Reads a saved Summitry log (PATH, or - for stdin), checks it against the schema, replays every action
from the seed and checks every recorded state hash.
  --json   print {ok, actions, rounds, winner, finalHash, ...} as JSON; a log that cannot be
           read or fails a check prints {ok: false, file, error: {code, message, path?, action?}} on stdout
           as well as the stderr line
Errors: one line on stderr naming what is wrong and where; exit 2 for a bad or tampered log, 1 for an internal failure.`;

/** A problem found before the log module sees the text: the file cannot be read at all. */
interface ReadError {
  readonly code: 'ERR_READ' | 'ERR_TOO_LARGE';
  readonly message: string;
}

function readText(path: string): { ok: true; text: string } | { ok: false; error: ReadError } {
  try {
    if (path === '-') return { ok: true, text: readFileSync(0, 'utf8') };
    // Refuse huge files before reading them into memory; parseLog checks the exact byte size again.
    const size = statSync(path).size;
    if (size > MAX_LOG_BYTES * 2) return { ok: false, error: { code: 'ERR_TOO_LARGE', message: `The file is ${(size / 1048576).toFixed(1)} MB; a Summitry log is at most ${MAX_LOG_BYTES / 1048576} MB.` } };
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return { ok: false, error: { code: 'ERR_READ', message: `Cannot read the file: ${why}.` } };
  }
}

await runCli('replay', () => {
  const { values, positionals } = parseCli({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'give the path of a log file to replay (see --help).' : `give one log file, not ${positionals.length}.`);
  const path = positionals[0]!;
  const fail = (error: LogError | ReadError): never => {
    if (values.json) writeJson({ ok: false, file: path, error });
    throw new UsageError(`${path}: ${error.message}`);
  };
  const read = readText(path);
  if (!read.ok) return fail(read.error);
  const parsed = parseLog(read.text);
  if (!parsed.ok) return fail(parsed.error);
  const replayed = replayLog(parsed.value);
  if (!replayed.ok) return fail(replayed.error);
  const s = replayed.value.states[replayed.value.states.length - 1]!;
  const result = {
    ok: true,
    file: path,
    actions: parsed.value.actions.length,
    rounds: s.round,
    finished: s.phase === 'ended',
    end: s.end,
    winner: winner(s),
    options: parsed.value.options,
    finalHash: stateHash(s),
  };
  if (values.json) writeJson(result);
  else {
    const outcome = !result.finished ? `unfinished, in round ${s.round}` : s.end?.reason === 'catastrophe' ? `ended in catastrophe in round ${s.round}${s.end.culprit ? ` (pushed by ${s.end.culprit})` : ''}` : `won by ${result.winner} after ${s.round} rounds`;
    process.stdout.write(`OK: ${path}: ${result.actions} actions replayed, every hash matches; game ${outcome}; final hash ${result.finalHash}.\n`);
  }
});
