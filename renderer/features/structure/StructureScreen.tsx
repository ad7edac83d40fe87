/**
 * The plan's organisation units, strategic objectives and components: what a new plan
 * starts without and the responsibility matrix, the resources by strategic objective and
 * the logframe's grouping are built from. Each is added, edited in place, ordered and
 * deleted here (a delete says first what will change, and can be undone); the unit that
 * owns the plan is chosen here too.
 */
import { useTranslation } from 'react-i18next';
import { ComponentsSection } from './ComponentsSection';
import { ObjectivesSection } from './ObjectivesSection';
import { UnitsSection } from './UnitsSection';
import './structure.css';

export function StructureScreen() {
  const { t } = useTranslation();
  return (
    <section className="structure" aria-labelledby="structure-title">
      <div className="screen-heading">
        <h1 id="structure-title">{t('structure.title')}</h1>
      </div>
      <p className="intro">{t('structure.intro')}</p>
      <UnitsSection />
      <ObjectivesSection />
      <ComponentsSection />
    </section>
  );
}
