// Shared with today's rules: only a help text changed since rules 2.0.0 (the lists and ranges are the same), and the
// 2.0.0 fixtures (src/log/fixtures/2.0.0) replay with every hash through it. If a change breaks them, fork it back here.
export * from '../resources';
