import { Fragment, type ReactNode } from 'react';

/**
 * A small Markdown renderer for the role briefings: headings, paragraphs, bullet and numbered
 * lists, tables, **bold**, *italic* and `code`. It builds React elements, so text can never
 * become HTML; anything it does not know is shown as plain text. HTML comments are dropped.
 */

/** Inline marks: **bold**, *italic*, `code`. Unmatched markers stay as they are. */
export function inline(text: string, key = ''): ReactNode[] {
  const out: ReactNode[] = [];
  const re = /\*\*(.+?)\*\*|\*(.+?)\*|`(.+?)`/g;
  let last = 0;
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(text))) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const k = `${key}i${i++}`;
    if (m[1] !== undefined) out.push(<strong key={k}>{inline(m[1], k)}</strong>);
    else if (m[2] !== undefined) out.push(<em key={k}>{inline(m[2], k)}</em>);
    else out.push(<code key={k}>{m[3]}</code>);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] };

const cells = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
const isRule = (line: string) => /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line);

export function parseBlocks(md: string): Block[] {
  const lines = md.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/);
  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ kind: 'para', text: para.join(' ') });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    const li = /^\s*(?:([-*+])|(\d+)\.)\s+(.*)$/.exec(line);
    if (line.trim() === '') flush();
    else if (h) {
      flush();
      blocks.push({ kind: 'heading', level: h[1]!.length, text: h[2]!.trim() });
    } else if (li) {
      flush();
      const ordered = li[2] !== undefined;
      const prev = blocks[blocks.length - 1];
      if (prev?.kind === 'list' && prev.ordered === ordered) prev.items.push(li[3]!);
      else blocks.push({ kind: 'list', ordered, items: [li[3]!] });
    } else if (line.trim().startsWith('|') && isRule(lines[i + 1] ?? '')) {
      flush();
      const head = cells(line);
      const rows: string[][] = [];
      i += 2;
      while (i < lines.length && lines[i]!.trim().startsWith('|')) rows.push(cells(lines[i++]!));
      i--;
      blocks.push({ kind: 'table', head, rows });
    } else para.push(line.trim());
  }
  flush();
  return blocks;
}

/**
 * `headingOffset` shifts heading levels, so a briefing's "# Title" becomes an h2 under the page's h1.
 */
export function Markdown({ source, headingOffset = 0 }: { source: string; headingOffset?: number }) {
  return (
    <>
      {parseBlocks(source).map((b, n) => {
        const k = `b${n}`;
        switch (b.kind) {
          case 'heading': {
            const level = Math.min(6, b.level + headingOffset);
            const H = `h${level}` as 'h1';
            return <H key={k}>{inline(b.text, k)}</H>;
          }
          case 'para':
            return <p key={k}>{inline(b.text, k)}</p>;
          case 'list': {
            const L = b.ordered ? 'ol' : 'ul';
            return <L key={k}>{b.items.map((it, j) => <li key={j}>{inline(it, `${k}l${j}`)}</li>)}</L>;
          }
          case 'table':
            return (
              <div key={k} className="md-table">
                <table>
                  <thead><tr>{b.head.map((c, j) => <th key={j} scope="col">{inline(c, `${k}h${j}`)}</th>)}</tr></thead>
                  <tbody>{b.rows.map((r, j) => <tr key={j}>{r.map((c, x) => <td key={x}>{inline(c, `${k}r${j}c${x}`)}</td>)}</tr>)}</tbody>
                </table>
              </div>
            );
        }
        return <Fragment key={k} />;
      })}
    </>
  );
}
