import { z } from 'zod';

// No code generation: zod's fast path compiles object parsers with Function(), which the app's
// Content-Security-Policy forbids (and would report even when zod falls back). Every module takes `z`
// from here, so the setting is in force before any schema is built or used, whatever order the
// bundler gives the chunks (a store that parses its save when its module loads included).
z.config({ jitless: true });

export { z };
