// Unchanged since rules 2.2.0 and free of rule numbers, so shared: the 2.2.0 fixtures (src/log/fixtures/2.2.0) replay with
// every hash through it. If a change to ../actions.ts breaks them, fork the 2.2.0 version back into this folder.
export * from '../actions';
