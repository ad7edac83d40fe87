/**
 * A section as it will print: its title, then its body rendered from the same block
 * tree the Word and PDF exports use (shared/narrative/markdown.ts). React elements
 * only, never HTML strings, so nothing typed in a body can inject markup.
 */
import { memo, useMemo, type ReactNode } from 'react';
import { parseMarkdown, printedHeadingRank, type Block, type TextRun } from '../../../shared/narrative/markdown';

function Runs({ runs }: { readonly runs: readonly TextRun[] }) {
  return runs.map((run, i) => {
    let node: ReactNode = run.text;
    if (run.italic) node = <em>{node}</em>;
    if (run.bold) node = <strong>{node}</strong>;
    return <span key={i}>{node}</span>;
  });
}

function BlockView({ block }: { readonly block: Block }) {
  switch (block.kind) {
    case 'heading': {
      const Heading = printedHeadingRank(block.level) === 3 ? 'h3' : 'h4';
      return (
        <Heading>
          <Runs runs={block.runs} />
        </Heading>
      );
    }
    case 'paragraph':
      return (
        <p>
          <Runs runs={block.runs} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Runs runs={item.runs} />
        </li>
      ));
      return block.ordered ? <ol start={block.start === 1 ? undefined : block.start}>{items}</ol> : <ul>{items}</ul>;
    }
  }
}

interface PreviewProps {
  readonly title: string;
  /** Section number as printed ("3"). */
  readonly number: string;
  readonly body: string;
  readonly emptyText: string;
}

export const NarrativePreview = memo(function NarrativePreview({ title, number, body, emptyText }: PreviewProps) {
  const blocks = useMemo(() => parseMarkdown(body), [body]);
  return (
    <article className="print-page">
      <h2>
        <span className="print-number">{number}.</span> {title}
      </h2>
      {blocks.length === 0 ? <p className="print-empty">{emptyText}</p> : blocks.map((block, i) => <BlockView key={i} block={block} />)}
    </article>
  );
});
