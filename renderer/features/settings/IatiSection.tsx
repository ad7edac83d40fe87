/**
 * The plan's IATI identifiers: the reporting organisation (identifier, type, name) and
 * the activity identifier an IATI results export is written under. They are the user's
 * own (registered with IATI), never made up: the export refuses a plan without them.
 * Saved together through updatePlan, after checking the identifier formats and that
 * the activity identifier starts with the organisation's.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IATI_ACTIVITY_ID, IATI_ORG_REF, IATI_ORGANISATION_TYPES, type IatiSettings } from '../../../shared/model';
import { useApp } from '../../store';
import { Field } from '../../ui/Field';
import './iati.css';

type OrgType = IatiSettings['reportingOrgType'];

interface Draft {
  readonly ref: string;
  readonly type: OrgType;
  readonly name: string;
  readonly activityId: string;
}

interface Problems {
  readonly ref?: string | undefined;
  readonly name?: string | undefined;
  readonly activityId?: string | undefined;
}

const REF_MAX = 100;
const ACTIVITY_MAX = 200;
/** The type a new entry starts with: multilateral, as the organisations this app is made for. */
const DEFAULT_TYPE: OrgType = '40';

function draftOf(iati: IatiSettings | undefined): Draft {
  return { ref: iati?.reportingOrgRef ?? '', type: iati?.reportingOrgType ?? DEFAULT_TYPE, name: iati?.reportingOrgName ?? '', activityId: iati?.activityId ?? '' };
}

type Message = readonly [string, Readonly<Record<string, string | number>>];

/** What is wrong with a draft, as message keys with their parameters. */
function check(draft: Draft, organisation: string): { ref?: Message; name?: Message; activityId?: Message } {
  const ref = draft.ref.trim();
  const activityId = draft.activityId.trim();
  const out: { ref?: Message; name?: Message; activityId?: Message } = {};
  if (draft.name.trim() === '' && organisation === '') out.name = ['iati.settings.errors.nameRequired', {}];
  if (ref === '') out.ref = ['iati.settings.errors.orgRefRequired', {}];
  else if (ref.length > REF_MAX) out.ref = ['iati.settings.errors.tooLong', { max: REF_MAX }];
  else if (!IATI_ORG_REF.test(ref)) out.ref = ['iati.settings.errors.orgRefFormat', { value: ref }];
  if (activityId === '') out.activityId = ['iati.settings.errors.activityIdRequired', {}];
  else if (activityId.length > ACTIVITY_MAX) out.activityId = ['iati.settings.errors.tooLong', { max: ACTIVITY_MAX }];
  else if (!IATI_ACTIVITY_ID.test(activityId)) out.activityId = ['iati.settings.errors.activityIdFormat', {}];
  else if (out.ref === undefined && !(activityId.startsWith(`${ref}-`) && activityId.length > ref.length + 1)) out.activityId = ['iati.settings.errors.activityIdPrefix', { prefix: `${ref}-` }];
  return out;
}

export function IatiSection() {
  const { t } = useTranslation();
  const plan = useApp((s) => s.view!.plan);
  const dispatch = useApp((s) => s.dispatch);
  const notify = useApp((s) => s.notify);
  const typeId = useId();
  const [source, setSource] = useState(plan.iati);
  const [draft, setDraft] = useState<Draft>(() => draftOf(plan.iati));
  const [problems, setProblems] = useState<Problems>({});
  // The stored identifiers changed (undo, another window's edit): show them.
  if (plan.iati !== source) {
    setSource(plan.iati);
    setDraft(draftOf(plan.iati));
    setProblems({});
  }
  const organisation = plan.organisation.trim();
  const edit = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found = check(draft, organisation);
    const text = (m: Message | undefined) => (m ? t(m[0], m[1]) : undefined);
    setProblems({ ref: text(found.ref), name: text(found.name), activityId: text(found.activityId) });
    if (found.ref || found.name || found.activityId) return;
    const name = draft.name.trim();
    const iati: IatiSettings = {
      reportingOrgRef: draft.ref.trim(),
      reportingOrgType: draft.type,
      ...(name === '' ? {} : { reportingOrgName: name }),
      activityId: draft.activityId.trim(),
    };
    if (await dispatch('updatePlan', { iati })) notify({ tone: 'info', message: { key: 'iati.settings.saved' } });
  };

  const exampleRef = IATI_ORG_REF.test(draft.ref.trim()) ? draft.ref.trim() : 'XM-DAC-41302';
  const example = `${exampleRef}-STRATEGY-${plan.periodStart.slice(0, 4)}-${plan.periodEnd.slice(0, 4)}`;
  return (
    <section className="card settings-card settings-iati" aria-labelledby="settings-iati-title">
      <h2 id="settings-iati-title">{t('iati.settings.title')}</h2>
      <p className="hint">{t('iati.settings.explanation')}</p>
      <p className="settings-now" role="status">
        {plan.iati ? t('iati.settings.current', { activityId: plan.iati.activityId, ref: plan.iati.reportingOrgRef }) : t('iati.settings.notSet')}
      </p>
      <form className="settings-iati-form" onSubmit={(e) => void save(e)} noValidate>
        <Field spellCheck={false} autoComplete="off" label={t('iati.settings.orgRef')} hint={t('iati.settings.orgRefHint')} value={draft.ref} onChange={(ref) => edit({ ref })} error={problems.ref} placeholder="XM-DAC-41302" maxLength={REF_MAX} />
        <div className="field">
          <label htmlFor={typeId}>{t('iati.settings.orgType')}</label>
          <select id={typeId} value={draft.type} onChange={(e) => edit({ type: e.target.value as OrgType })}>
            {IATI_ORGANISATION_TYPES.map((code) => (
              <option key={code} value={code}>
                {`${code} ${t(`iati.settings.types.${code}`)}`}
              </option>
            ))}
          </select>
        </div>
        <Field spellCheck={false} autoComplete="off"
          label={t('iati.settings.orgName')}
          hint={organisation ? t('iati.settings.orgNameHint', { organisation }) : t('iati.settings.orgNameHintNone')}
          value={draft.name}
          onChange={(name) => edit({ name })}
          error={problems.name}
          maxLength={500}
        />
        <Field spellCheck={false} autoComplete="off"
          label={t('iati.settings.activityId')}
          hint={t('iati.settings.activityIdHint', { example })}
          value={draft.activityId}
          onChange={(activityId) => edit({ activityId })}
          error={problems.activityId}
          maxLength={ACTIVITY_MAX}
        />
        <div className="settings-inline">
          <button type="submit" className="primary">
            {t('iati.settings.save')}
          </button>
          <button type="button" disabled={plan.iati === undefined} onClick={() => void dispatch('updatePlan', { iati: undefined })}>
            {t('iati.settings.remove')}
          </button>
        </div>
      </form>
    </section>
  );
}
