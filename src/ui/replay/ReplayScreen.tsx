// Placeholder owned by the replay engineer; replaced by the real viewer.
export function ReplayScreen() {
  return <p>Replay viewer coming.</p>;
}
