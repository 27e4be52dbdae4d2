import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Markdown, parseBlocks } from './Markdown';
import usBriefing from '../../../rules/briefings/US.md?raw';

afterEach(cleanup);

describe('Markdown', () => {
  it('renders headings, paragraphs, lists, tables and inline marks as elements', () => {
    const md = [
      '# Role briefing: Test', '', '*Keep it secret.*', '',
      '<!-- BEGIN GENERATED: x -->', '- **Bold item** (+4 VP): text', '- second', '<!-- END -->', '',
      '1. one', '2. two', '',
      '| A | B |', '| --- | --- |', '| **x** | y |', '',
      'Line one', 'line two with `code`.',
    ].join('\n');
    const { container } = render(<Markdown source={md} headingOffset={1} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Role briefing: Test' })).toBeInTheDocument();
    expect(container.querySelector('em')?.textContent).toBe('Keep it secret.');
    const lists = screen.getAllByRole('list');
    expect(lists[0]!.tagName).toBe('UL');
    expect(within(lists[0]!).getAllByRole('listitem')).toHaveLength(2);
    expect(within(lists[0]!).getByText('Bold item').tagName).toBe('STRONG');
    expect(lists[1]!.tagName).toBe('OL');
    expect(screen.getByRole('columnheader', { name: 'A' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'x' }).querySelector('strong')).not.toBeNull();
    expect(screen.getByText(/Line one line two with/).querySelector('code')?.textContent).toBe('code');
    expect(container.innerHTML).not.toContain('BEGIN GENERATED');
  });

  it('never turns text into HTML', () => {
    const { container } = render(<Markdown source={'<img src=x onerror="alert(1)"> **<b>hi</b>**'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('reads a real briefing into headings, tables and lists', () => {
    const blocks = parseBlocks(usBriefing);
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
    expect(blocks.some((b) => b.kind === 'table')).toBe(true);
    expect(blocks.some((b) => b.kind === 'list' && b.ordered)).toBe(true);
  });
});
