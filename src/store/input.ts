import { z } from '../zodSetup';
import { type Action, type GameOptions, MAX_ROUNDS, MIN_ROUNDS } from '../engine';
import { actionSchema, seedSchema } from '../log/schema';
import { describeIssue } from '../log/parse';

/**
 * What enters the store is checked where it enters, by the same zod schemas that restore uses, so
 * whatever the store accepts and saves can always be restored.
 */

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ACTION_MEMBERS = new Map(actionSchema.options.map((m) => [m.shape.type.value as string, m]));

/**
 * An action as the store keeps it: a fresh plain object with only the action's own known fields.
 * Extra fields are dropped; inherited ones are not read (JSON would drop them, so the saved move
 * would differ from the one the engine saw). Anything else the schema refuses is refused.
 */
export function ownAction(input: unknown): Checked<Action> {
  if (typeof input !== 'object' || input === null || !Object.hasOwn(input, 'type')) return { ok: false, message: 'A move must be an object with a type.' };
  const member = ACTION_MEMBERS.get(String((input as { type: unknown }).type));
  if (!member) return { ok: false, message: `Unknown kind of move: ${String((input as { type: unknown }).type).slice(0, 40)}.` };
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(member.shape)) if (Object.hasOwn(input, key)) picked[key] = (input as Record<string, unknown>)[key];
  const r = member.safeParse(picked);
  if (!r.success) return { ok: false, message: `This move is malformed (${describeIssue(r.error.issues[0]!).message}).` };
  return { ok: true, value: r.data as Action };
}

/** The log's own seed rule, so that every game the store saves can also be exported as a log. */
export const optionsSchema = z.strictObject({ seed: seedSchema, rounds: z.number().int().min(MIN_ROUNDS).max(MAX_ROUNDS) });

/** Only the options the engine takes (callers may pass wider objects), checked as a save checks them. */
export function ownOptions(input: GameOptions): Checked<GameOptions> {
  const r = optionsSchema.safeParse({ seed: input.seed, rounds: input.rounds });
  if (!r.success) return { ok: false, message: `These game options cannot be used (${describeIssue(r.error.issues[0]!).message}).` };
  // -0 is saved as 0 by JSON: store 0, so the restored options are the same.
  const seed = typeof r.data.seed === 'number' ? r.data.seed + 0 : r.data.seed;
  return { ok: true, value: { ...r.data, seed } as unknown as GameOptions };
}
