// Placeholder owned by the classroom engineer; replaced by the real classroom mode.
export function ClassroomScreen() {
  return <p>Classroom mode coming.</p>;
}
