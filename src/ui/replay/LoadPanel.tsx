import { type DragEvent, type FormEvent, useId, useState } from 'react';
import type { Sample, SamplesState } from './samples';

interface Props {
  /** Folded away once a log is open, so the board comes first; still one click away. */
  readonly folded: boolean;
  readonly samples: SamplesState;
  readonly onFile: (file: File) => void;
  readonly onPaste: (text: string) => void;
  readonly onSample: (sample: Sample) => void;
}

/** Every way to open a log: file picker, drop zone, pasted link or text, and the sample games. */
export function LoadPanel({ folded, samples, onFile, onPaste, onSample }: Props) {
  const fileId = useId();
  const pasteId = useId();
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
    else {
      const text = e.dataTransfer.getData('text/plain');
      if (text) onPaste(text);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pasted.trim()) onPaste(pasted);
  };

  return (
    // Remounted when it folds or unfolds, so the open state follows the log without fighting the user's clicks.
    <details className="rp-load" open={!folded} key={folded ? 'folded' : 'open'}>
      <summary><h2 className="rp-load-title">{folded ? 'Open another game log' : 'Open a game log'}</h2></summary>
      <div
        className={`rp-drop${dragging ? ' rp-drop--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        data-testid="drop-zone"
      >
        <span className="rp-drop-icon" aria-hidden="true">⇪</span>
        <label htmlFor={fileId} className="btn btn-primary rp-file-label">Choose a log file (.json)</label>{' '}
        <input
          className="rp-file-input"
          id={fileId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file);
            // Cleared so choosing the same file again reloads it.
            e.currentTarget.value = '';
          }}
        />
        <p className="rp-hint">{dragging ? 'Drop the log file to open it.' : '…or drop a log file anywhere in this box.'}</p>
      </div>

      <form className="rp-paste" onSubmit={submit}>
        <label htmlFor={pasteId}>Paste a share link or log text</label>{' '}
        <input id={pasteId} type="text" value={pasted} onChange={(e) => setPasted(e.target.value)} autoComplete="off" spellCheck={false} />{' '}
        <button type="submit" className="btn" disabled={!pasted.trim()}>Open</button>
      </form>

      <div className="rp-samples">
        <h3>Sample games</h3>
        {samples.status === 'loading' && <p>Loading the sample list…</p>}
        {samples.status === 'unavailable' && <p>{samples.message}</p>}
        {samples.status === 'ready' && samples.samples.length === 0 && <p>No sample games are installed.</p>}
        {samples.status === 'ready' && samples.samples.length > 0 && (
          <ul>
            {samples.samples.map((s) => (
              <li key={s.file}>
                <button type="button" className="btn" onClick={() => onSample(s)}>Open sample: {s.title}</button>
                {s.description && <span className="rp-hint"> {s.description}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
