import { z } from '../../zodSetup';
import { safeJsonParse } from '../../log';

/**
 * `public/samples/index.json`, written by the CLI (`npm run samples`):
 * `{ "samples": [ { "file": "six-rounds.json", "title": "…", "description": "…" } ] }` (a bare array is read too).
 */
const entry = z.object({
  file: z.string().max(100).regex(/^[A-Za-z0-9._-]+\.json$/),
  title: z.string().max(120).optional(),
  description: z.string().max(400).optional(),
});
const index = z.union([z.object({ samples: z.array(entry).max(100) }), z.array(entry).max(100)]);

export interface Sample {
  readonly file: string;
  readonly title: string;
  readonly description?: string;
}

export type SamplesState = { readonly status: 'loading' } | { readonly status: 'ready'; readonly samples: readonly Sample[] } | { readonly status: 'unavailable'; readonly message: string };

export const SAMPLES_BASE = './samples/';

export async function fetchSamples(fetchFn: typeof fetch = fetch): Promise<SamplesState> {
  let text: string;
  try {
    const res = await fetchFn(`${SAMPLES_BASE}index.json`);
    if (!res.ok) return { status: 'unavailable', message: res.status === 404 ? 'No sample games are installed in this copy of Summitry.' : `The sample list could not be loaded (HTTP ${res.status}).` };
    text = await res.text();
  } catch {
    return { status: 'unavailable', message: 'The sample list could not be loaded (offline?).' };
  }
  const json = safeJsonParse(text, 'sample list');
  const parsed = json.ok ? index.safeParse(json.value) : null;
  if (!parsed?.success) return { status: 'unavailable', message: 'The sample list is damaged; open a log file instead.' };
  const list = Array.isArray(parsed.data) ? parsed.data : parsed.data.samples;
  return { status: 'ready', samples: list.map((e) => ({ file: e.file, title: e.title ?? e.file, ...(e.description ? { description: e.description } : {}) })) };
}

/** The text of one sample log, or a sentence saying why not. */
export async function fetchSampleText(file: string, fetchFn: typeof fetch = fetch): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (!entry.shape.file.safeParse(file).success) return { ok: false, message: `"${file}" is not a sample name.` };
  try {
    const res = await fetchFn(`${SAMPLES_BASE}${file}`);
    if (!res.ok) return { ok: false, message: `The sample "${file}" could not be loaded (HTTP ${res.status}).` };
    return { ok: true, text: await res.text() };
  } catch {
    return { ok: false, message: `The sample "${file}" could not be loaded (offline?).` };
  }
}
