import { z } from 'zod';

// No code generation: zod's fast path compiles object parsers with Function(), which the app's
// Content-Security-Policy forbids (and would report even when zod falls back). Imported first by every
// entry point that parses input, before any schema is used.
z.config({ jitless: true });
