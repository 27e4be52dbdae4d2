/** What every command-line entry point shares: one-line errors on stderr, exit codes, JSON on stdout. */
import { safeJson, safeMessage } from '../log/quote';

/** Bad input from the user (arguments, files): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_USAGE = 2;

/** One line, so scripts and people can read the error with `head -1` or a log grep. */
export const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** JSON on stdout, with the characters a terminal could obey escaped (the value is the same). */
export function writeJson(value: unknown): void {
  process.stdout.write(`${safeJson(value, 2)}\n`);
}

/**
 * Runs a command. A UsageError exits 2, anything else exits 1, each with one line on stderr
 * prefixed by the command name. Exit codes are set, not forced, so piped stdout is flushed.
 */
export async function runCli(command: string, main: () => Promise<void> | void): Promise<void> {
  try {
    await main();
    process.exitCode ??= EXIT_OK;
  } catch (e) {
    const usage = e instanceof UsageError;
    const message = e instanceof Error ? e.message : String(e);
    // Messages may quote input (a file's key, an option's value): escaped and bounded here, for every command.
    process.stderr.write(`${command}: ${usage ? '' : 'internal error: '}${safeMessage(oneLine(message))}\n`);
    process.exitCode = usage ? EXIT_USAGE : EXIT_INTERNAL;
  }
}
