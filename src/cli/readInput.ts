import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';

/** Reading a file or stdin with a hard bound: never more than `limit + 1` bytes, whatever the source. */

export type ReadOutcome =
  | { readonly ok: true; readonly bytes: Buffer }
  /** More than `limit` bytes; `size` is the real size when the source is a regular file, else null. */
  | { readonly ok: false; readonly reason: 'tooLarge'; readonly size: number | null }
  | { readonly ok: false; readonly reason: 'unreadable'; readonly why: string };

/** Collects a stream, stopping (and closing it) once it has given more than `limit` bytes. */
async function collect(stream: Readable, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(b);
    total += b.length;
    if (total > limit) {
      stream.destroy();
      return null;
    }
  }
  return Buffer.concat(chunks, total);
}

function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder';
  return code ?? (e instanceof Error ? e.message : String(e));
}

/**
 * The bytes of `path` (`-` for stdin), at most `limit`. `/dev/zero`, a FIFO or an endless pipe cost at
 * most `limit + 1` bytes of memory: the read stops there.
 */
export async function readBounded(path: string, limit: number, stdin: Readable = process.stdin): Promise<ReadOutcome> {
  try {
    if (path === '-') {
      const bytes = await collect(stdin, limit);
      return bytes ? { ok: true, bytes } : { ok: false, reason: 'tooLarge', size: null };
    }
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, reason: 'unreadable', why: 'it is a folder, not a file' };
    // A regular file's size is known: refuse a large one without reading it.
    if (st.isFile() && st.size > limit) return { ok: false, reason: 'tooLarge', size: st.size };
    // `end` is inclusive: at most limit + 1 bytes, enough to tell "too large" from "just fits".
    const bytes = await collect(createReadStream(path, { start: 0, end: limit }), limit);
    if (bytes) return { ok: true, bytes };
    return { ok: false, reason: 'tooLarge', size: st.isFile() ? statSync(path).size : null };
  } catch (e) {
    return { ok: false, reason: 'unreadable', why: why(e) };
  }
}

/** UTF-8 text of the bytes (a byte-order mark is dropped by the log parser, as in the browser). */
export const utf8 = (bytes: Buffer): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
