// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ResultId } from '../../../shared/model';
import type { PlanView } from '../../../shared/plan-doc';
import { ResultDetail } from '../../../renderer/features/detail/ResultDetail';
import { initI18n } from '../../../renderer/i18n';
import { bootedApp, createOpenPlan, newEnv, type App } from '../store/harness';
import { renderInApp, sampleApp, settle } from '../screen-harness';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
afterEach(cleanup);

type Need = 'partners' | 'indicators' | 'risks' | 'milestones' | 'units';

/** The first sample result (in tree order) that has every one of `needs`. */
function resultWith(view: PlanView, ...needs: Need[]): ResultId {
  const has: Record<Need, (id: ResultId) => boolean> = {
    partners: (id) => Object.values(view.partners).some((p) => p.links[id]),
    indicators: (id) => (view.indicatorsByResult[id]?.length ?? 0) > 0,
    risks: (id) => Object.values(view.risks).some((r) => r.resultIds.includes(id)),
    milestones: (id) => Object.values(view.milestones).some((m) => m.resultId === id),
    units: (id) => Object.values(view.responsibilities).some((r) => r.resultId === id && r.role === 'A'),
  };
  const found = view.tree.find((n) => needs.every((need) => has[need](n.id)));
  expect(found, `a sample result with ${needs.join(', ')}`).toBeDefined();
  return found!.id;
}

function show(app: App, resultId: ResultId) {
  return renderInApp(app, i18n, <ResultDetail resultId={resultId} />);
}

/** Lets the store's dispatch settle and React re-render. */

const panel = () => screen.getByRole('complementary', { name: 'Result details' });
const section = (name: string) => within(panel()).getByRole('region', { name });

describe('ResultDetail', () => {
  it('shows a sample result: heading, fields, units and roles, partners, objectives, indicators and risks', async () => {
    const app = await sampleApp();
    const view = app.s().view!;
    const id = resultWith(view, 'units', 'partners', 'indicators', 'risks');
    const result = view.results[id]!;
    const node = view.tree[view.treeIndex[id]!]!;
    show(app, id);

    const heading = within(panel()).getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent(`${node.number}`);
    expect(heading).toHaveTextContent(result.statement);
    expect(within(section('Result')).getByLabelText('Statement')).toHaveValue(result.statement);

    const units = section('Responsible units');
    const responsibility = Object.values(view.responsibilities).find((r) => r.resultId === id)!;
    const unit = view.units[responsibility.unitId]!;
    expect(within(units).getByRole('combobox', { name: new RegExp(`^Role of ${unit.name}`) })).toBeInTheDocument();

    const partner = Object.values(view.partners).find((p) => p.links[id])!;
    const outcome = within(section('Partners')).getByRole('textbox', { name: new RegExp(`^Expected outcome with ${partner.name}`) });
    expect(outcome).toHaveValue(partner.links[id]!.expectedOutcome);

    const objectives = within(section('Strategic objectives')).getAllByRole('combobox');
    expect(objectives).toHaveLength(view.objectiveOrder.length);
    expect(objectives.map((s) => (s as HTMLSelectElement).value).filter(Boolean)).toEqual(
      view.objectiveOrder.flatMap((o) => result.objectiveTags[o as keyof typeof result.objectiveTags] ?? []),
    );

    expect(within(section('Indicators')).getAllByRole('button', { name: /^Go to indicator:/ })).toHaveLength(view.indicatorsByResult[id]!.length);
    expect(within(section('Risks')).getAllByText(/^Likelihood \d × impact \d = \d+$/).length).toBeGreaterThan(0);
    expect(within(section('Milestones')).getByText('No milestone is set for this result yet.')).toBeInTheDocument();
  });

  it('lists a result\'s milestones with due date and status', async () => {
    const app = await sampleApp();
    const view = app.s().view!;
    const id = resultWith(view, 'milestones');
    show(app, id);
    const milestone = Object.values(view.milestones).find((m) => m.resultId === id)!;
    const item = within(section('Milestones')).getByText(milestone.title).closest('li')!;
    expect(item).toHaveTextContent(/Due \d{1,2} \w{3} \d{4}/);
    expect(within(item).getByRole('button', { name: `Go to milestone: ${milestone.title}` })).toBeInTheDocument();
  });

  it('changes a unit\'s role, removes it, warns without an accountable unit, and undo restores it', async () => {
    const app = await sampleApp();
    const view = app.s().view!;
    const id = resultWith(view, 'units');
    show(app, id);
    const accountable = Object.values(view.responsibilities).find((r) => r.resultId === id && r.role === 'A')!;
    const unit = view.units[accountable.unitId]!;
    const select = () => within(section('Responsible units')).queryByRole('combobox', { name: new RegExp(`^Role of ${unit.name}`) });

    fireEvent.change(select()!, { target: { value: 'C' } });
    await settle();
    expect(select()).toHaveValue('C');
    expect(within(section('Responsible units')).getByRole('status')).toHaveTextContent('No unit is accountable for this result');

    fireEvent.change(select()!, { target: { value: '' } });
    await settle();
    expect(select()).toBeNull();
    expect(document.activeElement).toBe(within(section('Responsible units')).getByRole('combobox', { name: 'Unit to add' }));

    await act(() => app.s().undo());
    await act(() => app.s().undo());
    expect(select()).toBeInTheDocument();
    expect(within(section('Responsible units')).getByRole('status')).toHaveTextContent('');
  });

  it('shows a unit holding two roles in older data as such, and converges it on the role chosen', async () => {
    const app = await sampleApp();
    const view = app.s().view!;
    // The sample gives one unit both roles on some results: accountable and responsible.
    const pairs = new Map<string, string[]>();
    for (const r of Object.values(view.responsibilities)) pairs.set(`${r.resultId} ${r.unitId}`, [...(pairs.get(`${r.resultId} ${r.unitId}`) ?? []), r.role]);
    const [key] = [...pairs].find(([, roles]) => roles.length > 1)!;
    const [id, unitId] = key.split(' ') as [ResultId, string];
    show(app, id);
    const select = within(section('Responsible units')).getByRole('combobox', { name: new RegExp(`^Role of ${view.units[unitId]!.name}`) });
    expect(within(select).getByRole('option', { selected: true })).toHaveTextContent('Choose one…');
    expect(select).toHaveAccessibleDescription('Holds several roles here (Responsible + Accountable); choose one.');

    fireEvent.change(select, { target: { value: 'A' } });
    await settle();
    expect(Object.values(app.s().view!.responsibilities).filter((r) => r.resultId === id && r.unitId === unitId).map((r) => r.role)).toEqual(['A']);
    expect(select).toHaveValue('A');
  });

  it('adds a unit with the chosen role', async () => {
    const app = await sampleApp();
    const id = resultWith(app.s().view!, 'units');
    show(app, id);
    const units = section('Responsible units');
    const add = within(units).getByRole('combobox', { name: 'Unit to add' }) as HTMLSelectElement;
    const option = add.options[1]!;
    fireEvent.change(add, { target: { value: option.value } });
    fireEvent.change(within(units).getByRole('combobox', { name: 'Its role' }), { target: { value: 'I' } });
    fireEvent.click(within(units).getByRole('button', { name: 'Add unit' }));
    await settle();
    const added = Object.values(app.s().view!.responsibilities).filter((r) => r.resultId === id && r.unitId === option.value);
    expect(added.map((r) => r.role)).toEqual(['I']);
    expect(within(section('Responsible units')).getByRole('combobox', { name: `Role of ${option.text}` })).toHaveValue('I');
  });

  it('commits the statement on Ctrl+Enter and restores it on Escape', async () => {
    const app = await sampleApp();
    const id = resultWith(app.s().view!);
    show(app, id);
    const statement = within(section('Result')).getByLabelText('Statement');
    const before = app.s().view!.results[id]!.statement;

    fireEvent.change(statement, { target: { value: 'Draft that is abandoned' } });
    fireEvent.keyDown(statement, { key: 'Escape' });
    expect(statement).toHaveValue(before);

    fireEvent.change(statement, { target: { value: 'A sharper statement' } });
    fireEvent.keyDown(statement, { key: 'Enter', ctrlKey: true });
    await settle();
    expect(app.s().view!.results[id]!.statement).toBe('A sharper statement');
    expect(within(panel()).getByRole('heading', { level: 2 })).toHaveTextContent('A sharper statement');
    expect(app.s().undoLabel?.key).toBe('history.editStatement');
  });

  it('tags and untags a strategic objective', async () => {
    const app = await sampleApp();
    const view = app.s().view!;
    const id = resultWith(view);
    show(app, id);
    const objective = view.objectives[view.objectiveOrder[0]!]!;
    const select = within(section('Strategic objectives')).getByRole('combobox', { name: new RegExp(objective.title) });

    fireEvent.change(select, { target: { value: 'principal' } });
    await settle();
    expect(app.s().view!.results[id]!.objectiveTags[objective.id]).toBe('principal');
    fireEvent.change(select, { target: { value: '' } });
    await settle();
    expect(app.s().view!.results[id]!.objectiveTags).not.toHaveProperty(objective.id);
    expect(select).toHaveValue('');
  });

  it('adds a partner and focuses its expected outcome, edits it on blur, and removes it', async () => {
    const app = await sampleApp();
    const id = resultWith(app.s().view!, 'partners');
    show(app, id);
    const add = within(section('Partners')).getByRole('combobox', { name: 'Partner to add' }) as HTMLSelectElement;
    const option = add.options[1]!;
    fireEvent.change(add, { target: { value: option.value } });
    fireEvent.click(within(section('Partners')).getByRole('button', { name: 'Add partner' }));
    await settle();
    const outcome = within(section('Partners')).getByRole('textbox', { name: `Expected outcome with ${option.text}` });
    expect(document.activeElement).toBe(outcome);

    fireEvent.change(outcome, { target: { value: 'Shared data on recruitment fees' } });
    fireEvent.blur(outcome);
    await settle();
    const partnerId = option.value as keyof PlanView['partners'];
    expect(app.s().view!.partners[partnerId]!.links[id]).toEqual({ expectedOutcome: 'Shared data on recruitment fees' });

    fireEvent.click(within(section('Partners')).getByRole('button', { name: `Remove ${option.text} from this result` }));
    await settle();
    expect(app.s().view!.partners[partnerId]!.links[id]).toBeUndefined();
    expect(document.activeElement).toBe(within(section('Partners')).getByRole('combobox', { name: 'Partner to add' }));
  });

  it('changes the component, and goes to an indicator, a risk and a milestone', async () => {
    const app = await sampleApp();
    const view = app.s().view!;
    const id = resultWith(view, 'indicators', 'risks', 'milestones');
    show(app, id);
    fireEvent.change(within(section('Result')).getByLabelText('Component'), { target: { value: '' } });
    await settle();
    expect(app.s().view!.results[id]!.componentId).toBeNull();

    fireEvent.click(within(section('Indicators')).getAllByRole('button', { name: /^Go to indicator:/ })[0]!);
    expect(app.s().focusRequest?.target).toEqual({ kind: 'indicator', id: view.indicatorsByResult[id]![0] });
    fireEvent.click(within(section('Risks')).getAllByRole('button', { name: /^Go to risk:/ })[0]!);
    expect(app.s().focusRequest?.target.kind).toBe('risk');
    fireEvent.click(within(section('Milestones')).getAllByRole('button', { name: /^Go to milestone:/ })[0]!);
    expect(app.s().focusRequest?.target.kind).toBe('milestone');
  });

  it('names the level as the plan\'s template does, and says what is missing in a new plan', async () => {
    const app = await bootedApp(newEnv());
    await createOpenPlan(app, { templateId: 'eu' });
    expect(await app.s().dispatch('addResult', { id: 'r_goal' as ResultId, parentId: null })).toBe(true);
    show(app, 'r_goal' as ResultId);
    expect(within(panel()).getByRole('heading', { level: 2 })).toHaveTextContent('Overall objective 1 No statement yet');
    expect(section('Responsible units')).toHaveTextContent('This plan has no units yet: add them under Units and objectives.');
    expect(section('Partners')).toHaveTextContent('This plan has no partners yet.');
    expect(section('Strategic objectives')).toHaveTextContent('This plan has no strategic objectives yet: add them under Units and objectives.');
    expect(section('Indicators')).toHaveTextContent('No indicator measures this result yet.');
  });

  it('says so when the result is no longer in the plan', async () => {
    const app = await sampleApp();
    show(app, 'r_gone' as ResultId);
    expect(panel()).toHaveTextContent('This result is no longer in the plan.');
  });
});
