import { z } from '../zodSetup';
import { create } from 'zustand';
import { ACTORS, type ActorId, MAX_ROUNDS, MIN_ROUNDS } from '../engine';
import { BOT_LEVELS, type BotLevel } from '../ai/bot';
import type { Seats } from '../log/seats';
import { MAX_NAME_LENGTH } from '../log/format';
import { cleanNameInput, normalizeName } from '../log/names';
import { addTime, newTimer, pause, remaining, resume, type TimerState } from '../ui/classroom/timer';

/**
 * The classroom session around a game: the facilitator's settings, which screen the facilitator
 * is on, and the countdown. The game itself lives in the game store; timers are UI-only.
 * Persisted (validated with zod on load) so a reload mid-session keeps the teams and settings;
 * a running countdown comes back paused.
 */

export const PRESETS = {
  full: { label: 'Full session — 6 rounds, ~75 min', rounds: 6, timer: { scope: 'turn', seconds: 90 } },
  short: { label: 'Short session — 4 rounds, ~45 min', rounds: 4, timer: { scope: 'turn', seconds: 60 } },
  custom: { label: 'Custom', rounds: 6, timer: { scope: 'turn', seconds: 90 } },
} as const;
export type PresetId = keyof typeof PRESETS;
export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

export const TIMER_SCOPES = ['turn', 'round', 'off'] as const;
export type TimerScope = (typeof TIMER_SCOPES)[number];
/** What happens when time runs out: a bot plays the team's move, or the countdown stops and the facilitator is alerted. */
export const EXPIRY_RULES = ['bot', 'pause'] as const;
export type ExpiryRule = (typeof EXPIRY_RULES)[number];
/** The bot that plays a team's move when its time runs out. */
export const TIMEOUT_BOT: BotLevel = 'heuristic';

export const MIN_TIMER_SECONDS = 5;
export const MAX_TIMER_SECONDS = 3600;
export const MAX_BOT_DELAY_MS = 10_000;

export interface Team {
  /** Empty: a bot plays this actor. */
  readonly name: string;
  /** Bot strength when the seat has no team. */
  readonly level: BotLevel;
}

export interface ClassroomSettings {
  readonly preset: PresetId;
  readonly rounds: number;
  readonly teams: Readonly<Record<ActorId, Team>>;
  readonly timerScope: TimerScope;
  readonly timerSeconds: number;
  readonly onExpire: ExpiryRule;
  /** Pause before a bot seat moves, so the room can follow. */
  readonly botDelayMs: number;
  /** The Seed field as typed: empty means a new seed is drawn when the session starts (ui/common/seedField). */
  readonly seed: string;
}

/** Facilitator screens: setup form, the shared facilitator view, printable briefings, the debrief. */
export const CLASSROOM_VIEWS = ['setup', 'session', 'briefings', 'debrief'] as const;
export type ClassroomView = (typeof CLASSROOM_VIEWS)[number];

export interface ClassroomState {
  readonly settings: ClassroomSettings;
  readonly view: ClassroomView;
  /** A session was started (the game store holds its game). */
  readonly started: boolean;
  /** The game store header's createdAt of this session's game: tells it apart from a hot-seat game started since. */
  readonly gameId: string | null;
  readonly timer: TimerState | null;
  /** The facilitator paused the session: the countdown holds across turns and bots wait. */
  readonly held: boolean;
  /** The countdown ran out under the "pause and alert" rule and waits for the facilitator. */
  readonly alert: { readonly actor: ActorId | null } | null;
  /** The team now at the device, its secret step revealed. Never persisted: a reload hides it again. */
  readonly atDevice: ActorId | null;
}

export interface ClassroomActions {
  updateSettings(patch: Partial<ClassroomSettings>): void;
  setTeam(actor: ActorId, patch: Partial<Team>): void;
  applyPreset(preset: PresetId): void;
  setView(view: ClassroomView): void;
  /** Marks the session started; the caller starts the game in the game store. */
  beginSession(gameId: string | null): void;
  /** Restarts the countdown for a new turn or round (key), running. No-op for the same key. */
  syncTimer(key: string, now: number): void;
  /** Pauses the session: countdown held, bots wait. */
  pauseTimer(now: number): void;
  resumeTimer(now: number): void;
  addTimerTime(ms: number, now: number): void;
  raiseAlert(actor: ActorId | null, now: number): void;
  dismissAlert(): void;
  callToDevice(actor: ActorId | null): void;
  endSession(): void;
}

export type ClassroomStore = ClassroomState & ClassroomActions;

export const CLASSROOM_KEY = 'summitry.classroom.v1';

export function defaultSettings(): ClassroomSettings {
  const teams = {} as Record<ActorId, Team>;
  for (const a of ACTORS) teams[a] = { name: '', level: 'heuristic' };
  return { preset: 'full', rounds: PRESETS.full.rounds, teams, timerScope: 'turn', timerSeconds: PRESETS.full.timer.seconds, onExpire: 'bot', botDelayMs: 800, seed: '' };
}

/** Game seats from the teams: a named team is a human seat, an empty name a bot. */
export function seatsFromTeams(teams: Readonly<Record<ActorId, Team>>): Seats {
  const seats = {} as Record<ActorId, Seats[ActorId]>;
  for (const a of ACTORS) {
    const name = normalizeName(teams[a].name);
    seats[a] = name ? { kind: 'human', name } : { kind: 'bot', level: teams[a].level };
  }
  return seats;
}

export const teamName = (settings: ClassroomSettings, actor: ActorId): string => normalizeName(settings.teams[actor].name);

// A team name as typed (spaces kept); a saved one with characters the name rule drops is cleaned on load.
const name = z.string().transform((s) => cleanNameInput(s).slice(0, MAX_NAME_LENGTH));
const team = z.object({ name, level: z.enum(BOT_LEVELS) });
const settingsSchema = z.object({
  preset: z.enum(PRESET_IDS as [PresetId, ...PresetId[]]),
  rounds: z.number().int().min(MIN_ROUNDS).max(MAX_ROUNDS),
  teams: z.object({ US: team, KP: team, CN: team, RU: team, KR: team }),
  timerScope: z.enum(TIMER_SCOPES),
  timerSeconds: z.number().int().min(MIN_TIMER_SECONDS).max(MAX_TIMER_SECONDS),
  onExpire: z.enum(EXPIRY_RULES),
  botDelayMs: z.number().int().min(0).max(MAX_BOT_DELAY_MS),
  // Settings saved before rules 2.0 hold a number: it is kept, as the text it would be typed as.
  seed: z.union([z.number().int().min(0).max(0xffffffff).transform((n) => String(n)), z.string().max(80)]),
});
const timerSchema = z.object({ key: z.string().max(40), durationMs: z.number().min(0), remainingMs: z.number().min(0), deadline: z.number().nullable() });
const savedSchema = z.object({
  settings: settingsSchema,
  view: z.enum(CLASSROOM_VIEWS),
  started: z.boolean(),
  gameId: z.string().max(40).nullable(),
  timer: timerSchema.nullable(),
  alert: z.object({ actor: z.enum(ACTORS).nullable() }).nullable(),
});

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The saved session, or defaults when there is none or it is unreadable (it is then left alone, not overwritten until a change). */
export function loadClassroom(text: string | null, now: number): ClassroomState {
  const fresh: ClassroomState = { settings: defaultSettings(), view: 'setup', started: false, gameId: null, timer: null, held: false, alert: null, atDevice: null };
  if (!text) return fresh;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fresh;
  }
  const r = savedSchema.safeParse(raw);
  if (!r.success) return fresh;
  const s = r.data;
  // A countdown that was running when the page closed comes back paused (held) at the time it had left.
  const timer = s.timer ? pause(s.timer, now) : null;
  return { settings: s.settings, view: s.view, started: s.started, gameId: s.gameId, timer, held: s.started && timer !== null, alert: s.alert, atDevice: null };
}

function initial(): ClassroomState {
  let text: string | null = null;
  try {
    text = storage()?.getItem(CLASSROOM_KEY) ?? null;
  } catch {
    text = null;
  }
  return loadClassroom(text, Date.now());
}

const durationMs = (s: ClassroomSettings) => s.timerSeconds * 1000;

export const useClassroomStore = create<ClassroomStore>()((set, get) => ({
  ...initial(),

  updateSettings(patch) {
    set((s) => ({ settings: { ...s.settings, ...patch } }));
  },
  setTeam(actor, patch) {
    if (patch.name !== undefined) patch = { ...patch, name: cleanNameInput(patch.name).slice(0, MAX_NAME_LENGTH) };
    set((s) => ({ settings: { ...s.settings, teams: { ...s.settings.teams, [actor]: { ...s.settings.teams[actor], ...patch } } } }));
  },
  applyPreset(preset) {
    const p = PRESETS[preset];
    set((s) => ({ settings: { ...s.settings, preset, ...(preset === 'custom' ? {} : { rounds: p.rounds, timerScope: p.timer.scope, timerSeconds: p.timer.seconds }) } }));
  },
  setView(view) {
    set({ view });
  },
  beginSession(gameId) {
    set({ started: true, gameId, view: 'session', timer: null, held: false, alert: null, atDevice: null });
  },
  syncTimer(key, now) {
    const { timer, settings, held } = get();
    if (settings.timerScope === 'off') {
      if (timer) set({ timer: null });
      return;
    }
    if (timer?.key === key) return;
    set({ timer: newTimer(key, durationMs(settings), now, !held), alert: null });
  },
  pauseTimer(now) {
    const { timer } = get();
    set({ held: true, ...(timer ? { timer: pause(timer, now) } : {}) });
  },
  resumeTimer(now) {
    const { timer } = get();
    if (!timer) {
      set({ held: false, alert: null });
      return;
    }
    // Resuming an expired countdown gives the team a fresh minute rather than an instant timeout.
    const t = remaining(timer, now) <= 0 ? addTime(timer, 60_000, now) : timer;
    set({ timer: resume(t, now), held: false, alert: null });
  },
  addTimerTime(ms, now) {
    const { timer } = get();
    if (timer) set({ timer: addTime(timer, ms, now) });
  },
  raiseAlert(actor, now) {
    const { timer } = get();
    set({ alert: { actor }, timer: timer ? pause(timer, now) : null });
  },
  dismissAlert() {
    set({ alert: null });
  },
  callToDevice(actor) {
    set({ atDevice: actor });
  },
  endSession() {
    set({ started: false, gameId: null, view: 'setup', timer: null, held: false, alert: null, atDevice: null });
  },
}));

// Autosave of everything but the team at the device.
useClassroomStore.subscribe((s, prev) => {
  if (s.settings === prev.settings && s.view === prev.view && s.started === prev.started && s.gameId === prev.gameId && s.timer === prev.timer && s.alert === prev.alert && s.held === prev.held) return;
  try {
    storage()?.setItem(CLASSROOM_KEY, JSON.stringify({ settings: s.settings, view: s.view, started: s.started, gameId: s.gameId, timer: s.timer, alert: s.alert }));
  } catch {
    // Storage full or blocked: the session goes on without autosave.
  }
});
