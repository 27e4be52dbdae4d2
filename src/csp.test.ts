// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP, SECURITY_HEADERS } from './csp';

describe('Content-Security-Policy', () => {
  const html = readFileSync(join(process.cwd(), 'index.html'), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];

  it('index.html carries the same policy the server sends', () => {
    expect(meta).toBe(CSP);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(`${CSP}; frame-ancestors 'none'`);
  });

  it('forbids inline script, eval, other origins, plugins and <base>', () => {
    const directives = Object.fromEntries(CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });
});
