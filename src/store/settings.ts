import { create } from 'zustand';

/** Table settings that are not part of the game: how fast bots move. Saved apart from the game. */
export const SETTINGS_KEY = 'summitry:settings';
export const BOT_DELAYS = [0, 300, 600, 1200] as const;
export const DEFAULT_BOT_DELAY = 600;

export interface Settings {
  /** Pause before each bot move, so people can follow (ms). */
  readonly botDelay: number;
  setBotDelay(ms: number): void;
}

const clampDelay = (n: number) => (Number.isFinite(n) ? Math.min(5000, Math.max(0, Math.round(n))) : DEFAULT_BOT_DELAY);

/** `?botDelay=0` in the URL (before or after the #) overrides the saved speed: tests and demos. */
function urlDelay(): number | null {
  if (typeof location === 'undefined') return null;
  const q = location.search + '&' + (location.hash.split('?')[1] ?? '');
  const m = /(?:^|[?&])botDelay=(\d+)/.exec(q);
  return m ? clampDelay(Number(m[1])) : null;
}

function savedDelay(): number {
  try {
    const raw = globalThis.localStorage?.getItem(SETTINGS_KEY);
    const v = raw ? (JSON.parse(raw) as { botDelay?: unknown }).botDelay : undefined;
    return typeof v === 'number' ? clampDelay(v) : DEFAULT_BOT_DELAY;
  } catch {
    return DEFAULT_BOT_DELAY;
  }
}

export const useSettings = create<Settings>()((set) => ({
  botDelay: urlDelay() ?? savedDelay(),
  setBotDelay(ms) {
    const botDelay = clampDelay(ms);
    set({ botDelay });
    try {
      globalThis.localStorage?.setItem(SETTINGS_KEY, JSON.stringify({ botDelay }));
    } catch {
      // Not saved: the setting still holds for this session.
    }
  },
}));
