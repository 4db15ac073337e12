// Which form or list each section of the sidebar shows.
import type { SectionKey } from '../dossier/types';
import type { SectionProps } from './section-props';
import { ContactsSection } from './sections/contacts';
import { DossierForm } from './sections/dossier-form';
import { ReviewSection } from './sections/review';
import { RowList } from './sections/row-list';

export function SectionView({ section, ...props }: SectionProps & { section: SectionKey }) {
  switch (section) {
    case 'general':
    case 'ourView':
      return <DossierForm {...props} section={section} />;
    case 'decisionGroup':
    case 'competitors':
    case 'plan':
    case 'whitespace':
      return <RowList {...props} sheet={section} />;
    case 'contacts':
      return <ContactsSection {...props} />;
    case 'review':
      return <ReviewSection {...props} />;
  }
}
