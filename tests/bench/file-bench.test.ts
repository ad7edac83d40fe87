import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { fieldOfficeCopy, runFileBench } from '../../bench/file-bench';
import { generatePlan } from '../../bench/generate-plan';
import { FigureSet } from '../../bench/lib';
import { fixedClock } from '../../shared/dates';
import { PlanSession } from '../../shared/plan-doc';

function smallSnapshot() {
  const session = PlanSession.create(generatePlan({ scale: 0.02 }), { actor: 'b0'.repeat(16), office: 'Benchmark office', clock: fixedClock('2026-01-01T00:00:00.000Z') });
  return { bytes: A.save(session.document), heads: A.getHeads(session.document) };
}

describe('the plan-file bench', () => {
  it("makes a field office's copy with one change to each of the asked number of entities", () => {
    const { bytes, heads } = smallSnapshot();
    const field = fieldOfficeCopy(bytes, heads, 12);
    expect(A.getChangesMetaSince(field.document, heads)).toHaveLength(12);
  });

  it('times write, read, preview and apply of a full file on the same copy, each beside its floor, and the preview sees every changed entity', async () => {
    const figures = new FigureSet();
    const lines: string[] = [];
    await runFileBench(smallSnapshot(), { reps: 1, entities: 12, log: (l) => lines.push(l) }, figures);
    const resolved = new Map(figures.resolved().map((f) => [f.key, f]));
    for (const key of ['node.file.write', 'node.file.read', 'node.file.preview', 'node.file.apply', 'node.file.previewApply', 'node.file.open', 'node.file.changes.previewApply', 'node.file.changes.open']) {
      const figure = resolved.get(`${key}.median`);
      expect(figure?.value, key).toBeGreaterThan(0);
      expect(figure?.ratio, key).toBeGreaterThan(0);
    }
    expect(resolved.get('node.file.previewApply.median')?.target).toBe(2000);
    expect(resolved.get('node.file.preview.median')?.name).toContain('12 changed entities');
    expect(resolved.get('node.file.apply.bytes')?.value).toBeGreaterThan(0);
    expect(lines.join('\n')).toContain('12 changed entities');
  });
});
