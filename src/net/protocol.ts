import { z } from '../zodSetup';
import { type Action, ACTORS, type ActorId, type GameView, MAX_ROUNDS, MIN_ROUNDS } from '../engine';
import { BOT_LEVELS } from '../ai/bot';
import { type GameLog, MAX_ACTIONS, MAX_NAME_LENGTH } from '../log/format';
import { actionSchema } from '../log/schema';
import type { PatchNode } from './patch';

/**
 * The wire protocol of networked play, shared by the game server (src/server) and the browser
 * client. Every message a client sends is checked against one of these zod schemas: strict objects,
 * bounded strings and numbers, so a hostile client cannot smuggle fields or cost the server much.
 * Actions use the log's own action schema, so a rules change has one schema to update.
 */

/** Colyseus room name of a table. */
export const TABLE_ROOM = 'table';
/** HTTP API prefix (same origin as the app). */
export const API_PREFIX = '/api/';
/** Largest client frame the server reads before refusing it (bytes, before decoding). */
export const MAX_FRAME_BYTES = 8 * 1024;
export const MAX_CHAT_LENGTH = 400;
export const MAX_TABLES = 10;
export const MAX_MEMBERS_PER_SEAT = 8;
/** A dropped device keeps its seat at least this long (Colyseus reconnection); the seat token works for the session's life. */
export const RECONNECT_SECONDS = 10 * 60;
/** Join codes: 10 characters of a 32-symbol alphabet without look-alikes (0/O, 1/I): 50 bits. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 10;

// Shown as React text only; control characters and bidirectional overrides are refused so a
// name or message cannot reorder the text around it.
// eslint-disable-next-line no-control-regex
const PLAIN = /^[^\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]*$/;
// eslint-disable-next-line no-control-regex
const PLAIN_LINE = /^[^\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]*$/;
export const plainName = z.string().trim().min(1).max(MAX_NAME_LENGTH).regex(PLAIN_LINE, 'must be plain text on one line');
export const chatText = z.string().trim().min(1).max(MAX_CHAT_LENGTH).regex(PLAIN, 'must be plain text');
export const joinCode = z.string().max(32).transform((s) => s.toUpperCase().replace(/[^0-9A-Z]/g, '')).pipe(z.string().length(JOIN_CODE_LENGTH));
export const token = z.string().min(16).max(64).regex(/^[A-Za-z0-9_-]+$/);
export const tableId = z.string().min(4).max(40).regex(/^[A-Za-z0-9_-]+$/);
const actor = z.enum(ACTORS);
const cardId = z.string().min(1).max(64).regex(/^[a-z0-9-]+$/);

// ---- table settings (chosen by the facilitator) ----

export const TIMER_SCOPES = ['turn', 'round', 'off'] as const;
export const EXPIRY_RULES = ['bot', 'pause'] as const;
/** How several devices of one team move: the first confirm wins, or one proposes and a teammate confirms. */
export const TEAM_MODES = ['first', 'confirm'] as const;

export const seatSetupSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('team'), name: plainName.optional() }),
  z.strictObject({ kind: z.literal('bot'), level: z.enum(BOT_LEVELS) }),
]);
export type SeatSetup = z.infer<typeof seatSetupSchema>;

export const tableSettingsSchema = z.strictObject({
  rounds: z.number().int().min(MIN_ROUNDS).max(MAX_ROUNDS),
  timerScope: z.enum(TIMER_SCOPES),
  timerSeconds: z.number().int().min(5).max(3600),
  onExpire: z.enum(EXPIRY_RULES),
  botDelayMs: z.number().int().min(0).max(10_000),
  teamMode: z.enum(TEAM_MODES),
  /** The facilitator reads team messages live (otherwise only in the debrief). */
  facilitatorReadsMessages: z.boolean(),
  seats: z.strictObject({ US: seatSetupSchema, KP: seatSetupSchema, CN: seatSetupSchema, RU: seatSetupSchema, KR: seatSetupSchema }),
});
export type TableSettings = z.infer<typeof tableSettingsSchema>;

export const DEFAULT_SETTINGS: TableSettings = {
  rounds: 6,
  timerScope: 'turn',
  timerSeconds: 90,
  onExpire: 'bot',
  botDelayMs: 800,
  teamMode: 'first',
  facilitatorReadsMessages: false,
  seats: { US: { kind: 'team' }, KP: { kind: 'team' }, CN: { kind: 'team' }, RU: { kind: 'team' }, KR: { kind: 'team' } },
};

// ---- HTTP API ----

export const createSessionSchema = z.strictObject({
  title: plainName.optional(),
  tables: z.array(tableSettingsSchema).min(1).max(MAX_TABLES),
});
export type CreateSession = z.infer<typeof createSessionSchema>;

export const joinRequestSchema = z.strictObject({
  code: joinCode,
  name: plainName,
  /** A team the student picks; none: the server assigns the team with the fewest members. */
  table: z.number().int().min(1).max(MAX_TABLES).optional(),
  seat: actor.optional(),
});
export type JoinRequest = z.input<typeof joinRequestSchema>;

export const watchRequestSchema = z.strictObject({ code: joinCode });

/** The facilitator's own requests name the session and carry the facilitator's ticket. */
const facilitatorAuth = { sessionId: tableId, token };
export const sessionRequestSchema = z.strictObject(facilitatorAuth);
/** Moves a student to another team (table and seat). */
export const assignRequestSchema = z.strictObject({ ...facilitatorAuth, member: tableId, table: z.number().int().min(1).max(MAX_TABLES), seat: actor });
/** Deals the students of the tables that have not started across their teams, at random and evenly. */
export const shuffleRequestSchema = z.strictObject(facilitatorAuth);

/** A student as the facilitator's list shows it. */
export interface MemberInfo {
  readonly id: string;
  readonly name: string;
  readonly table: number;
  readonly seat: ActorId | null;
}

export interface SessionInfo {
  readonly sessionId: string;
  readonly code: string;
  readonly title: string;
  readonly tables: readonly { readonly id: string; readonly number: number; readonly status: TableStatus }[];
  readonly members: readonly MemberInfo[];
}

/** Sent to a device whose student the facilitator moved, just before the server closes its connection: where to go. */
export interface MovedMessage {
  readonly tableId: string;
  readonly table: number;
  readonly seat: ActorId;
}

export interface SessionCreated {
  readonly sessionId: string;
  readonly code: string;
  readonly facilitatorToken: string;
  readonly tables: readonly string[];
}

/** A seat or watch ticket: what a device needs to join (and rejoin) its table. */
export interface Ticket {
  readonly tableId: string;
  readonly token: string;
  readonly role: Role;
  readonly seat: ActorId | null;
  readonly table: number;
  readonly name: string;
}

export interface OpenSeat {
  readonly table: number;
  readonly seat: ActorId;
  readonly name: string;
  readonly members: number;
}

// ---- room join options ----

export const ROLES = ['team', 'projector', 'facilitator'] as const;
export type Role = (typeof ROLES)[number];
export const roomJoinSchema = z.strictObject({ token });

// ---- client -> server messages ----

export const actMessageSchema = z.strictObject({
  action: actionSchema,
  /** The step the client saw: a late or repeated click for an old position is refused, never applied twice. */
  step: z.number().int().min(0).max(MAX_ACTIONS),
});
export const chatMessageSchema = z.strictObject({ to: z.union([actor, z.literal('all')]), text: chatText });
export const controlMessageSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('start') }),
  z.strictObject({ op: z.literal('pause') }),
  z.strictObject({ op: z.literal('resume') }),
  z.strictObject({ op: z.literal('end') }),
  z.strictObject({ op: z.literal('playForTeam') }),
  z.strictObject({ op: z.literal('addTime'), seconds: z.number().int().min(5).max(600) }),
  z.strictObject({ op: z.literal('inject'), card: cardId }),
]);
export type ControlMessage = z.infer<typeof controlMessageSchema>;

/** The device lost track of its position (a patch it could not apply): the server sends the whole update again. */
export const syncMessageSchema = z.strictObject({});
export const CLIENT_MESSAGES = { act: actMessageSchema, chat: chatMessageSchema, control: controlMessageSchema, sync: syncMessageSchema } as const;
export type ClientMessageType = keyof typeof CLIENT_MESSAGES;

// ---- server -> client messages ----

export type Sender = ActorId | 'facilitator';
export interface ChatEntry {
  readonly n: number;
  readonly from: Sender;
  readonly to: ActorId | 'all';
  readonly text: string;
  readonly round: number;
  readonly step: number;
  /** A crisis inject from the facilitator: the headline card's id. */
  readonly card?: string;
}

export type TableStatus = 'waiting' | 'playing' | 'paused' | 'ended';

export interface SeatInfo {
  readonly kind: 'team' | 'bot';
  readonly name: string;
  readonly members: number;
  readonly online: number;
}

export interface TableInfo {
  readonly tableId: string;
  readonly number: number;
  readonly status: TableStatus;
  readonly settings: Omit<TableSettings, 'seats'>;
  readonly seats: Readonly<Record<ActorId, SeatInfo>>;
  /** Countdown: ms left and whether it runs; null without a timer. */
  readonly timer: { readonly leftMs: number; readonly running: boolean; readonly key: string } | null;
  /** Time ran out under the "pause" rule: waits for the facilitator. */
  readonly alert: boolean;
  /** A team move proposed and waiting for a teammate's confirmation (confirm mode). */
  readonly proposal: { readonly seat: ActorId; readonly action: Action; readonly by: string } | null;
}

export interface TableUpdate {
  readonly info: TableInfo;
  readonly role: Role;
  readonly seat: ActorId | null;
  readonly view: GameView;
  /** The seat's legal moves when it is to move and the table is playing. */
  readonly legal: readonly Action[];
  readonly messages: readonly ChatEntry[];
  /** The whole log (seed included), only once the table has ended. */
  readonly log: GameLog | null;
}

/**
 * Server -> client message types: "update" carries a whole TableUpdate (on joining, after a
 * reconnection or a "sync"); "patch" carries what changed since the last one this connection
 * received (src/net/patch.ts), so a move costs each device a few hundred bytes, not the whole view.
 */
export const SERVER_UPDATE = 'update';
export const SERVER_PATCH = 'patch';
export const SERVER_MOVED = 'moved';
export interface PatchMessage {
  readonly p: PatchNode;
}

export interface ServerError {
  readonly code: NetErrorCode;
  readonly message: string;
}

export const NET_ERROR_CODES = [
  'ERR_SCHEMA', 'ERR_TOO_LARGE', 'ERR_RATE_LIMIT', 'ERR_NOT_YOUR_SEAT', 'ERR_NOT_ALLOWED', 'ERR_STALE', 'ERR_NOT_PLAYING',
  'ERR_RULE', 'ERR_STORAGE', 'ERR_JOIN_CODE', 'ERR_TOKEN', 'ERR_TOO_MANY_ATTEMPTS', 'ERR_FULL', 'ERR_NOT_FOUND',
] as const;
export type NetErrorCode = (typeof NET_ERROR_CODES)[number];

/** "ABCDE23456" -> "ABCDE-23456" for reading aloud and projecting. */
export const formatCode = (code: string): string => `${code.slice(0, 5)}-${code.slice(5)}`;
