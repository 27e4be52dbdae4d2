import { escapeText, type LogError, MAX_LOG_BYTES, parseLog, quote, replayLog, tooLargeMessage } from '../log';
// Every older ruleset, loaded up front: a log of any rules this build knows replays here synchronously.
import '../log/older';
import { parseCli } from './options';
import { readBounded, utf8 } from './readInput';
import { runCli, UsageError, writeJson } from './run';

const USAGE = `Usage: npm run --silent replay -- PATH [--json]
Reads a saved Summitry log (PATH, or - for stdin), checks it against the schema, replays every action
from the seed and checks every recorded state hash.
  --json   print {ok, actions, rounds, winner, finalHash, format, headerChecked, ...} as JSON; a log that cannot be
           read or fails a check prints {ok: false, file, error: {code, message, path?, action?}} on stdout
           as well as the stderr line
Errors: one line on stderr naming what is wrong and where; exit 2 for a bad or tampered log, 1 for an internal failure.`;

/** A problem found before the log module sees the text: the file cannot be read, or is too large to read. */
interface ReadError {
  readonly code: 'ERR_READ' | 'ERR_TOO_LARGE';
  readonly message: string;
}

async function readText(path: string): Promise<{ ok: true; text: string } | { ok: false; error: ReadError }> {
  const r = await readBounded(path, MAX_LOG_BYTES);
  if (r.ok) return { ok: true, text: utf8(r.bytes) };
  if (r.reason === 'tooLarge') return { ok: false, error: { code: 'ERR_TOO_LARGE', message: tooLargeMessage(path === '-' ? 'input' : 'file', r.size) } };
  return { ok: false, error: { code: 'ERR_READ', message: `Cannot read the ${path === '-' ? 'input' : 'file'}: ${r.why}.` } };
}

await runCli('replay', async () => {
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
    // The path is quoted only when it needs to be (the message itself is made terminal-safe by runCli).
    throw new UsageError(`${/^[\w./@+,:=-]{1,200}$/.test(path) ? path : quote(path, 200)}: ${error.message}`);
  };
  const read = await readText(path);
  if (!read.ok) return fail(read.error);
  const parsed = parseLog(read.text);
  if (!parsed.ok) return fail(parsed.error);
  const replayed = replayLog(parsed.value);
  if (!replayed.ok) return fail(replayed.error);
  const { states, native, rules } = replayed.value;
  const s = states[states.length - 1]!;
  const result = {
    ok: true,
    file: path,
    // Each log replays under the rules it was played by (src/log/rulesets.ts).
    rulesVersion: rules.version,
    actions: parsed.value.actions.length,
    rounds: s.round,
    finished: s.phase === 'ended',
    end: s.end,
    winner: rules.winner(native[native.length - 1]),
    options: parsed.value.options,
    finalHash: rules.hash(native[native.length - 1]),
    format: parsed.value.version,
    // Format 1 logs carry no header hash: their seats, names and source could have been edited unseen.
    headerChecked: parsed.value.headerHash !== undefined,
  };
  if (values.json) writeJson(result);
  else {
    const outcome = !result.finished ? `unfinished, in round ${s.round}` : s.end?.reason === 'catastrophe' ? `ended in catastrophe in round ${s.round}${s.end.culprit ? ` (pushed by ${s.end.culprit})` : ''}` : `won by ${result.winner} after ${s.round} rounds`;
    const covered = result.headerChecked ? 'every hash matches, the header\'s too' : 'every hash matches (a format-1 log: its header, with the seats, names and source, is not covered by a hash)';
    process.stdout.write(`${escapeText(`OK: ${path}: ${result.actions} actions replayed under rules ${result.rulesVersion}, ${covered}; game ${outcome}; final hash ${result.finalHash}.`)}\n`);
  }
});
