/**
 * Word-level differences between two texts, for showing a narrative section's changes
 * inline. Pure and bounded: common ends are trimmed first, the middle is compared word by
 * word (Myers' O(ND) algorithm), and a middle that differs too much to be worth aligning
 * is shown as one deleted and one inserted run.
 */

export interface TextSegment {
  readonly kind: 'equal' | 'inserted' | 'deleted';
  readonly text: string;
}

/** Words and the whitespace between them, as separate tokens (joined they give the text back). */
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/** At most this many edits (inserted plus deleted tokens) are aligned; beyond, the middle is replaced whole. */
const MAX_EDITS = 2000;

function push(out: TextSegment[], kind: TextSegment['kind'], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.kind === kind) out[out.length - 1] = { kind, text: last.text + text };
  else out.push({ kind, text });
}

/** The shortest edit script between token lists (Myers), or null when it needs more than MAX_EDITS edits. */
function myers(a: readonly string[], b: readonly string[]): TextSegment[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, d, offset);
    }
  }
  return null;
}

function backtrack(a: readonly string[], b: readonly string[], trace: readonly Int32Array[], dEnd: number, offset: number): TextSegment[] {
  const steps: { kind: TextSegment['kind']; text: string }[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = dEnd; d >= 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : v[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      steps.push({ kind: 'equal', text: a[x - 1]! });
      x--;
      y--;
    }
    if (d > 0) {
      if (down) steps.push({ kind: 'inserted', text: b[y - 1]! });
      else steps.push({ kind: 'deleted', text: a[x - 1]! });
    }
    x = prevX;
    y = prevY;
  }
  const out: TextSegment[] = [];
  for (let i = steps.length - 1; i >= 0; i--) push(out, steps[i]!.kind, steps[i]!.text);
  return out;
}

/**
 * Reads better: a lone space kept between two changed words joins the change, each run of
 * changes is shown as its deleted words then its inserted words, and whitespace both end
 * with goes back to the text that follows.
 */
function group(segments: readonly TextSegment[]): TextSegment[] {
  const out: TextSegment[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    let tail = '';
    while (deleted !== '' && inserted !== '' && deleted.at(-1) === inserted.at(-1) && /\s/.test(deleted.at(-1)!)) {
      tail = deleted.at(-1)! + tail;
      deleted = deleted.slice(0, -1);
      inserted = inserted.slice(0, -1);
    }
    push(out, 'deleted', deleted);
    push(out, 'inserted', inserted);
    push(out, 'equal', tail);
    deleted = inserted = '';
  };
  segments.forEach((s, i) => {
    const between = i > 0 && i < segments.length - 1 && segments[i - 1]!.kind !== 'equal' && segments[i + 1]!.kind !== 'equal';
    if (s.kind === 'equal' && between && /^\s+$/.test(s.text)) {
      deleted += s.text;
      inserted += s.text;
    } else if (s.kind === 'deleted') deleted += s.text;
    else if (s.kind === 'inserted') inserted += s.text;
    else {
      flush();
      push(out, 'equal', s.text);
    }
  });
  flush();
  return out;
}

/**
 * The text as runs of equal, inserted and deleted words. Joining the equal and deleted
 * runs gives `before`; joining the equal and inserted runs gives `after`.
 */
export function diffWords(before: string, after: string): TextSegment[] {
  if (before === after) return before === '' ? [] : [{ kind: 'equal', text: before }];
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: TextSegment[] = [];
  push(out, 'equal', a.slice(0, start).join(''));
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  const middle = myers(middleA, middleB);
  if (middle) for (const s of group(middle)) push(out, s.kind, s.text);
  else {
    push(out, 'deleted', middleA.join(''));
    push(out, 'inserted', middleB.join(''));
  }
  push(out, 'equal', a.slice(endA).join(''));
  return out;
}
