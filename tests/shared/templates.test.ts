import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n';
import { message } from '../../shared/i18n';
import { RESULT_LEVELS } from '../../shared/model';
import { TEMPLATE_IDS, TEMPLATES, templateOf } from '../../shared/templates';

describe('templates', () => {
  it.each([
    ['organisation', ['Goal', 'Outcome', 'Output', 'Activity']],
    ['blank', ['Goal', 'Outcome', 'Output', 'Activity']],
    ['eu', ['Overall objective', 'Specific objective', 'Expected result', 'Activity']],
    ['dfid', ['Impact', 'Outcome', 'Output', 'Activity']],
    ['un', ['Impact', 'Outcome', 'Output', 'Activity']],
  ] as const)('the %s template names the levels %j', (id, names) => {
    expect(RESULT_LEVELS.map((level) => message(en, TEMPLATES[id].levels[level]))).toEqual(names);
  });

  it('the EU logframe has the EU columns', () => {
    expect(TEMPLATES.eu.columns.map((c) => message(en, c.label))).toEqual(['Intervention logic', 'Objectively verifiable indicators', 'Sources of verification', 'Assumptions']);
  });

  it('the DFID/FCDO logframe has indicator, baseline, milestones, target and source', () => {
    expect(TEMPLATES.dfid.columns.map((c) => message(en, c.label))).toEqual(['Intervention logic', 'Indicator', 'Baseline', 'Milestones', 'Final target', 'Source', 'Assumptions']);
  });

  it('the UN results matrix has partners and indicative resources', () => {
    expect(TEMPLATES.un.columns.map((c) => c.id)).toEqual(['statement', 'indicators', 'verification', 'risks', 'partners', 'resources']);
  });

  it('every template label exists in the English catalogue', () => {
    for (const id of TEMPLATE_IDS) {
      const template = TEMPLATES[id];
      for (const key of [...Object.values(template.levels), ...template.columns.map((c) => c.label), `templates.names.${id}`, `templates.descriptions.${id}`]) {
        expect(message(en, key), key).not.toBe(key);
      }
    }
  });

  it('an unknown template id reads as the organisation template', () => {
    expect(templateOf('future-template')).toBe(TEMPLATES.organisation);
    expect(TEMPLATES.blank.defaultSections).toBe(false);
    expect(TEMPLATES.organisation.defaultSections).toBe(true);
  });
});
