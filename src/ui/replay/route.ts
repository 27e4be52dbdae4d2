/**
 * The replay address: `#/replay?log=<share data>&step=12` or `#/replay?sample=<file>&step=12`.
 * Values are read with decodeURIComponent, not URLSearchParams: share data uses "+", which
 * URLSearchParams would turn into a space.
 */
export interface ReplayRoute {
  readonly log?: string;
  readonly sample?: string;
  readonly step?: number;
}

export const REPLAY_PATH = '#/replay';

/** The replay parameters of a location hash, or null when the hash is not the replay screen. */
export function parseReplayHash(hash: string): ReplayRoute | null {
  const [path, query = ''] = hash.split('?', 2) as [string, string?];
  if (path !== REPLAY_PATH) return null;
  const out: { log?: string; sample?: string; step?: number } = {};
  for (const part of query.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq);
    let value: string;
    try {
      value = decodeURIComponent(part.slice(eq + 1));
    } catch {
      continue;
    }
    if (key === 'log') out.log = value;
    else if (key === 'sample') out.sample = value;
    else if (key === 'step' && /^\d{1,6}$/.test(value)) out.step = Number(value);
  }
  return out;
}

export function replayHash(r: ReplayRoute): string {
  const parts: string[] = [];
  if (r.log !== undefined) parts.push(`log=${r.log}`);
  if (r.sample !== undefined) parts.push(`sample=${encodeURIComponent(r.sample)}`);
  if (r.step !== undefined) parts.push(`step=${r.step}`);
  return parts.length ? `${REPLAY_PATH}?${parts.join('&')}` : REPLAY_PATH;
}

/** The share data in whatever the user pasted: a whole URL, a bare hash, or the data alone. */
export function shareDataOf(pasted: string): string | null {
  const s = pasted.trim();
  const i = s.indexOf('#/replay');
  if (i >= 0) return parseReplayHash(s.slice(i))?.log ?? null;
  const m = /(?:^|[?&])log=([^&\s]+)/.exec(s);
  if (m) return m[1]!;
  return /^[A-Za-z0-9+\-$%]+$/.test(s) ? s : null;
}
