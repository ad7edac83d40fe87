/**
 * What can be done to the strategy paper's sections, shared by the toolbar, the
 * keyboard and the empty state. Each action dispatches one command (one undo step);
 * refusals are shown by the store.
 */
import { useTranslation } from 'react-i18next';
import { asId, makeId, planLanguages, type NarrativeSectionId } from '../../../shared/model';
import { DEFAULT_SECTION_KEYS, defaultSectionTitlesIn, type DefaultSectionKey } from '../../../shared/narrative/default-sections';
import { randomHex } from '../../platform/random';
import { useApp } from '../../store';

export interface SectionActions {
  /** Adds a section after `afterId` (at the end when null); resolves to its id, or null if refused. */
  add(title: string, afterId: string | null): Promise<NarrativeSectionId | null>;
  /** Adds the default template's sections the plan lacks, titled in the plan's main language. */
  addDefaults(): Promise<boolean>;
  rename(id: string, title: string): Promise<boolean>;
  move(id: string, direction: 'up' | 'down'): Promise<boolean>;
  /** Deletes a section, selects `nextSelection`, and offers Undo in a notice. */
  remove(id: string, nextSelection: string | null): Promise<boolean>;
}

export function useSectionActions(): SectionActions {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const select = useApp((s) => s.selectSection);
  const notify = useApp((s) => s.notify);
  const undo = useApp((s) => s.undo);
  const view = useApp((s) => s.view);
  const sid = (id: string) => asId<NarrativeSectionId>(id);

  return {
    async add(title, afterId) {
      const id = makeId<NarrativeSectionId>('section', randomHex);
      const ok = await dispatch('addSection', afterId === null ? { id, title } : { id, title, afterId: sid(afterId) });
      if (!ok) return null;
      select(id);
      return id;
    },
    async addDefaults() {
      const ids = DEFAULT_SECTION_KEYS.map(() => makeId<NarrativeSectionId>('section', randomHex));
      // Titles are the plan's own text: in its main language, whatever the interface speaks.
      const titleOf = view ? defaultSectionTitlesIn(planLanguages(view.plan).main) : (key: DefaultSectionKey) => t(`narrative.defaultTitles.${key}`);
      const titles = Object.fromEntries(DEFAULT_SECTION_KEYS.map((key) => [key, titleOf(key)]));
      const ok = await dispatch('addDefaultSections', { ids, titles });
      if (ok) select(ids[0]!);
      return ok;
    },
    rename: (id, title) => dispatch('renameSection', { id: sid(id), title }),
    move: (id, direction) => dispatch('moveSection', { id: sid(id), direction }),
    async remove(id, nextSelection) {
      const title = view?.sections[id]?.title ?? '';
      if (!(await dispatch('deleteSection', { id: sid(id) }))) return false;
      select(nextSelection);
      notify({
        tone: 'info',
        message: { key: 'narrative.deletedNotice', params: { title } },
        action: {
          label: { key: 'common.undo' },
          run: () => {
            void undo().then(() => select(id));
          },
        },
      });
      return true;
    },
  };
}
