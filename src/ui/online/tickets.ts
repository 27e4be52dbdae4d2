import { z } from '../../zodSetup';
import { ACTORS } from '../../engine';
import { ROLES, type Ticket } from '../../net/protocol';

/**
 * This device's own tickets, kept in localStorage so a reload or a closed laptop returns to the
 * same seat. A ticket is the device's credential only: it holds no game secret.
 */
const KEY = 'summitry.online.v1';

const ticketSchema = z.strictObject({
  tableId: z.string().max(40), token: z.string().max(64), role: z.enum(ROLES), seat: z.enum(ACTORS).nullable(),
  table: z.number().int().min(1).max(10), name: z.string().max(40),
});
const storeSchema = z.strictObject({
  team: ticketSchema.nullable(),
  host: z.strictObject({ sessionId: z.string().max(40), token: z.string().max(64) }).nullable(),
});
export type Saved = z.infer<typeof storeSchema>;

export function loadSaved(): Saved {
  try {
    const raw = localStorage.getItem(KEY);
    const p = raw ? storeSchema.safeParse(JSON.parse(raw)) : null;
    if (p?.success) return p.data;
  } catch {
    // Unreadable storage: start afresh.
  }
  return { team: null, host: null };
}

export function save(patch: Partial<Saved>): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...loadSaved(), ...patch }));
  } catch {
    // Private mode or full storage: the session still works until the page closes.
  }
}

export const isTicket = (t: unknown): t is Ticket => ticketSchema.safeParse(t).success;
