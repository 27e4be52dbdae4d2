import { z } from '../zodSetup';
import { ACTORS, MAX_ROUNDS, MIN_ROUNDS, OPS, READINGS, TERMS } from '../engine';
import { BOT_LEVELS } from '../ai/bot';
import { type GameLog, LOG_TYPE, LOG_VERSION, MAX_ACTIONS, MAX_NAME_LENGTH, MAX_SEED_LENGTH, MAX_SOURCE_LENGTH, SCENARIO } from './format';

/**
 * The zod schemas of a log (formats 1 and 2). Every object is strict (unknown keys are refused) and every
 * string is bounded, so a hostile file cannot smuggle extra data or cost much to check.
 */

// Names are shown as React text, never HTML. Control characters and bidirectional overrides are refused,
// so a name stays one line and cannot visually reorder the text around it.
// eslint-disable-next-line no-control-regex
const plainText = (max: number) => z.string().max(max).regex(/^[^\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]*$/, 'must be plain text on one line');

const actor = z.enum(ACTORS);
const cardId = z.string().min(1).max(64).regex(/^[a-z0-9-]+$/, 'must be a card id (lower-case letters, digits, hyphens)');
/**
 * The ids the moves of older rules (1.0.0 to 2.2.0) may carry, written out rather than imported so the frozen
 * engines stay out of the first download (log/rulesets.ts loads them on demand). They are frozen with those
 * rules; rulesets.test.ts checks them against the engines.
 */
export const OLDER_IDS = {
  terms: ['sanctionsRelief', 'recognition', 'exercisesPause', 'freeze', 'moratorium', 'remains', 'tariffCut', 'chipExports', 'soybeans', 'fentanyl', 'pressurePyongyang', 'taiwanWording'],
  ops: ['lobby', 'build', 'deescalate', 'outreachKP', 'outreachCN', 'pressure', 'test', 'evade', 'mediate', 'court', 'arm', 'spoil', 'prepare', 'reassure'],
  readings: ['defersToXi', 'ownCalculation', 'noSummit'],
} as const;

// Ids of every ruleset this build replays (rulesets.ts): the schema checks the shape, the log's own rules the rest.
const union = <T extends string>(a: readonly T[], b: readonly string[]) => [...new Set([...a, ...b])] as [T, ...T[]];
const ALL_TERMS = union(TERMS, OLDER_IDS.terms);
const term = z.enum(ALL_TERMS);
const terms = z.array(term).min(1).max(ALL_TERMS.length);
const op = z.enum(union(OPS, OLDER_IDS.ops));
const reading = z.enum(union(READINGS, OLDER_IDS.readings));

const objectiveId = z.string().min(1).max(64).regex(/^[a-z0-9-]+$/, 'must be an objective id (lower-case letters, digits, hyphens)');

export const actionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('keepObjective'), actor, objective: objectiveId }),
  z.strictObject({ type: z.literal('forecast'), actor, reading }),
  z.strictObject({ type: z.literal('attend'), actor, precondition: term.nullable() }),
  z.strictObject({ type: z.literal('snub'), actor }),
  z.strictObject({ type: z.literal('sweeten'), actor }),
  z.strictObject({ type: z.literal('spoil'), actor }),
  z.strictObject({ type: z.literal('pass'), actor }),
  z.strictObject({ type: z.literal('playEvent'), actor, card: cardId, choice: z.union([z.literal(0), z.literal(1)]).optional() }),
  z.strictObject({ type: z.literal('playOps'), actor, card: cardId, op }),
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

/**
 * A seed: a number (rules 1.0.0) or a bounded plain string (rules 2.0 on: 32 hex digits for a drawn seed,
 * or what the user typed). Which one a ruleset takes is checked against its rules version.
 */
export const seedSchema = z.union([z.number().int().min(0).max(0xffffffff), plainText(MAX_SEED_LENGTH).min(1)]);

const logFields = {
  type: z.literal(LOG_TYPE),
  rulesVersion: z.string().min(1).max(20).regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0'),
  source: plainText(MAX_SOURCE_LENGTH).optional(),
  createdAt: z.iso.datetime({ offset: true }).optional(),
  scenario: z.literal(SCENARIO),
  options: z.strictObject({
    seed: seedSchema,
    rounds: z.number().int().min(MIN_ROUNDS).max(MAX_ROUNDS),
  }),
  seats: seatsSchema,
  actions: z.array(actionSchema).max(MAX_ACTIONS),
  hashes: z.array(hash).max(MAX_ACTIONS),
  finalHash: hash,
};

/** Format 1: no header hash (a `headerHash` key is refused like any unknown key). */
export const logSchemaV1 = z.strictObject({ ...logFields, version: z.literal(1) });
/** Format 2 (LOG_VERSION): the header hash is required. */
export const logSchema = z.strictObject({ ...logFields, version: z.literal(LOG_VERSION), headerHash: hash });

/** A share link leaves out the per-step hashes (they are recomputed on opening) to stay short. */
export const shareSchemaV1 = logSchemaV1.omit({ hashes: true });
export const shareSchema = logSchema.omit({ hashes: true });

// Compile-time check that the schemas' output is a GameLog, but for the seed's type, which the rules
// version decides (validateLog checks it).
type Parsed = z.infer<typeof logSchema> | z.infer<typeof logSchemaV1>;
type WithSeed<T, S> = T extends { options: infer O } ? Omit<T, 'options'> & { options: Omit<O, 'seed'> & { seed: S } } : never;
export const asGameLog = (p: WithSeed<Parsed, GameLog['options']['seed']>): GameLog => p;
