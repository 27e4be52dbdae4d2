/** Met / not met as an icon AND a word, never colour alone. */
export function Met({ met, metText = 'Met', unmetText = 'Not met' }: { met: boolean; metText?: string; unmetText?: string }) {
  return (
    <span className={`met ${met ? 'is-met' : 'is-unmet'}`}>
      <span aria-hidden="true">{met ? '✔' : '✘'}</span> {met ? metText : unmetText}
    </span>
  );
}
