#!/usr/bin/env node
// `npm run dev`: the web app (vite, with its proxy) and the game server (embedded SQLite, no Redis) together.
// Ctrl-C stops both. GAME_PORT (default 2570) is shared by both so the proxy finds the server.
import { spawn } from 'node:child_process';

const env = { ...process.env, GAME_PORT: process.env.GAME_PORT ?? '2570' };
const server = spawn(process.execPath, ['--import', 'tsx', '--watch', 'src/server/main.ts'], { stdio: 'inherit', env: { ...env, PORT: env.GAME_PORT } });
const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', ...process.argv.slice(2)], { stdio: 'inherit', env });
const stop = () => {
  server.kill('SIGTERM');
  vite.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => { if (code) console.error(`[dev] game server exited (${code})`); });
vite.on('exit', () => { server.kill('SIGTERM'); process.exit(0); });
