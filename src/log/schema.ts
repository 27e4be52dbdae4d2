import { z } from 'zod';
import { ACTORS, MAX_ROUNDS, MIN_ROUNDS, OPS, TERMS } from '../engine';
import { BOT_LEVELS } from '../ai/bot';
import { type GameLog, LOG_TYPE, LOG_VERSION, MAX_ACTIONS, MAX_NAME_LENGTH, MAX_SOURCE_LENGTH, SCENARIO } from './format';

/**
 * The zod schema of a version-1 log. Every object is strict (unknown keys are refused) and every
 * string is bounded, so a hostile file cannot smuggle extra data or cost much to check.
 */

// Names are shown as React text, never HTML. Control characters and bidirectional overrides are refused,
// so a name stays one line and cannot visually reorder the text around it.
// eslint-disable-next-line no-control-regex
const plainText = (max: number) => z.string().max(max).regex(/^[^\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]*$/, 'must be plain text on one line');

const actor = z.enum(ACTORS);
const cardId = z.string().min(1).max(64).regex(/^[a-z0-9-]+$/, 'must be a card id (lower-case letters, digits, hyphens)');
const terms = z.array(z.enum(TERMS)).min(1).max(TERMS.length);

export const actionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('playEvent'), actor, card: cardId, choice: z.union([z.literal(0), z.literal(1)]).optional() }),
  z.strictObject({ type: z.literal('playOps'), actor, card: cardId, op: z.enum(OPS) }),
  z.strictObject({ type: z.literal('propose'), actor, terms }),
  z.strictObject({ type: z.literal('counter'), actor, terms }),
  z.strictObject({ type: z.literal('decline'), actor }),
  z.strictObject({ type: z.literal('accept'), actor }),
  z.strictObject({ type: z.literal('reject'), actor }),
]);

const name = plainText(MAX_NAME_LENGTH).optional();
export const seatSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('human'), name }),
  z.strictObject({ kind: z.literal('bot'), level: z.enum(BOT_LEVELS), name }),
]);

export const seatsSchema = z.strictObject({ US: seatSchema, KP: seatSchema, CN: seatSchema, RU: seatSchema, KR: seatSchema });

const hash = z.string().regex(/^[0-9a-f]{1,16}$/, 'must be a state hash (hex digits)');

/** Only the fields needed to decide the format version, checked before the full schema. */
export const headerSchema = z.object({ type: z.literal(LOG_TYPE), version: z.number() });

export const logSchema = z.strictObject({
  type: z.literal(LOG_TYPE),
  version: z.literal(LOG_VERSION),
  rulesVersion: z.string().min(1).max(20).regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0'),
  source: plainText(MAX_SOURCE_LENGTH).optional(),
  createdAt: z.iso.datetime({ offset: true }).optional(),
  scenario: z.literal(SCENARIO),
  options: z.strictObject({
    seed: z.number().int().min(0).max(0xffffffff),
    rounds: z.number().int().min(MIN_ROUNDS).max(MAX_ROUNDS),
  }),
  seats: seatsSchema,
  actions: z.array(actionSchema).max(MAX_ACTIONS),
  hashes: z.array(hash).max(MAX_ACTIONS),
  finalHash: hash,
});

/** A share link leaves out the per-step hashes (they are recomputed on opening) to stay short. */
export const shareSchema = logSchema.omit({ hashes: true });

// Compile-time check that the schema's output is a GameLog.
type Parsed = z.infer<typeof logSchema>;
export const asGameLog = (p: Parsed): GameLog => p;
