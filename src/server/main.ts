import { join } from 'node:path';
import { createGameServer } from './app';
import { DEFAULT_DATA_DIR } from './db';

/**
 * `npm run server` / `npm run serve`: the game server from environment variables.
 *   PORT (2570), HOST (127.0.0.1; 0.0.0.0 to let the class Wi-Fi in), SUMMITRY_DATA (folder of the
 *   SQLite file, default ./data), DATABASE_URL (PostgreSQL instead), REDIS_URL (several processes),
 *   STATIC_DIR (serve the built app too, e.g. dist), JOIN_BURST (join attempts per address before the
 *   one-per-3-s limit, default 20: raise it behind a proxy where a whole class shares one address).
 */
const env = process.env;
const port = Number(env.PORT ?? 2570);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got "${env.PORT}".`);
  process.exit(2);
}

try {
  const server = await createGameServer({
    port,
    host: env.HOST ?? '127.0.0.1',
    sqlitePath: join(env.SUMMITRY_DATA ?? DEFAULT_DATA_DIR, 'summitry.sqlite'),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    ...(env.STATIC_DIR ? { staticDir: env.STATIC_DIR } : {}),
    ...(env.JOIN_BURST && Number(env.JOIN_BURST) > 0 ? { joinBurst: Number(env.JOIN_BURST) } : {}),
  });
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  console.error(`[server] Could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
