import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real Redis and PostgreSQL for tests and the benchmark, started on free loopback ports in temp
 * folders (Debian's redis-server and postgresql packages; .ci/run installs them). PostgreSQL
 * refuses to run as root, so as root it runs as the `postgres` system user.
 */

const PG_BIN = ['/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/17/bin', '/usr/local/bin', '/usr/bin'];

export function which(name: string, dirs: readonly string[] = ['/usr/local/bin', '/usr/bin', '/usr/sbin']): string | null {
  for (const d of dirs) if (existsSync(join(d, name))) return join(d, name);
  return null;
}

export const haveServices = (): boolean => which('redis-server') !== null && which('pg_ctl', PG_BIN) !== null && which('initdb', PG_BIN) !== null;

export interface Service {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startRedis(port: number): Promise<Service> {
  const bin = which('redis-server');
  if (!bin) throw new Error('redis-server is not installed (apt-get install -y redis-server).');
  const p: ChildProcess = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((ok, fail) => {
    let out = '';
    p.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (/Ready to accept connections/i.test(out)) ok();
    });
    p.on('exit', (c) => fail(new Error(`redis-server exited (${c}): ${out}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (p.exitCode !== null) return;
      const gone = new Promise((r) => p.once('exit', r));
      p.kill('SIGTERM');
      await gone;
    },
  };
}

export async function startPostgres(port: number): Promise<Service> {
  const initdb = which('initdb', PG_BIN);
  const pgCtl = which('pg_ctl', PG_BIN);
  if (!initdb || !pgCtl) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql).');
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'summitry-pg-'));
  const data = join(dir, 'data');
  if (root) {
    chmodSync(dir, 0o777);
    execFileSync('chown', ['postgres', dir]);
  }
  const run = (bin: string, args: string[]) => (root ? execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { stdio: 'pipe' }) : execFileSync(bin, args, { stdio: 'pipe' }));
  run(initdb, ['-D', data, '-U', 'summitry', '--auth=trust', '-E', 'UTF8', '--no-instructions']);
  run(pgCtl, ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on`, 'start']);
  return {
    url: `postgres://summitry@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        run(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
