// Unchanged since rules 2.0.0, so shared: the 2.0.0 fixtures (src/log/fixtures/2.0.0) replay with every hash
// through it. If a change to ../turn.ts breaks them, fork the 2.0.0 version back into this folder.
export * from '../turn';
