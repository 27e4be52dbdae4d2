/**
 * The Content-Security-Policy, as in index.html's meta tag (csp.test.ts keeps the two equal): this
 * origin only, no inline script, no eval (zod runs jitless: zodSetup.ts), no plugins, no <base>.
 * React's style props go through the CSSOM, which style-src does not govern, so no 'unsafe-inline'.
 * Whatever serves the app sends SECURITY_HEADERS (vite.config.ts: `vite preview`).
 */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

/** The policy, plus what only a header can say (framing forbidden), and two cheap hardening headers. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
