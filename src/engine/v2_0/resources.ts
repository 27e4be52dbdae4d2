// Shared with the frozen 2.1.0 copy (never today's, which may change): only a help text changed from rules 2.0.0 to
// 2.1.0 (the lists and ranges are the same), and the 2.0.0 fixtures (src/log/fixtures/2.0.0) replay with every hash
// through it. If they ever differ, fork it back here.
export * from '../v2_1/resources';
