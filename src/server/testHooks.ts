import { afterAll, beforeAll } from 'vitest';
import type { Db } from './db';
import type { GameServerOptions } from './app';
import { testServer } from './testkit';

/**
 * A game server in this process for a whole test file (vitest only; the benchmark uses testkit alone):
 * started before the file's tests, closed after them. Read `srv.base` and `srv.db` inside the tests.
 */
export function serverForFile(o: Partial<GameServerOptions> = {}): { readonly base: string; readonly db: Db } {
  const srv = { base: '', db: null as unknown as Db };
  let close = async () => {};
  beforeAll(async () => {
    const t = await testServer(o);
    srv.base = t.base;
    srv.db = t.server.db;
    close = t.close;
  });
  afterAll(() => close());
  return srv;
}
