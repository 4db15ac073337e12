// What the app hands each section: the state, its texts, drafts and errors, the banner, and
// the one save call (its own file, so sections and the app import it without a circle).
import type { DossierState, SaveResult, SectionKey } from '../dossier/types';
import type { Messages } from '../i18n';
import type { Draft } from './form';
import type { LazyState } from './lazy-section';

export type Banner = { kind: 'ok' | 'info' | 'warning' | 'error' | 'stale'; text: string } | null;

export interface SectionProps {
  state: DossierState;
  m: Messages['sidebar'];
  busy: boolean;
  drafts: Record<string, Draft>;
  setDraft: (formKey: string, draft: Draft | undefined) => void;
  errors: Record<string, Record<string, string>>;
  setErrors: (formKey: string, errors: Record<string, string> | undefined) => void;
  /** Shows a message in the banner. */
  notify: (banner: Banner) => void;
  /** Opens another section (its own forms and drafts, nothing of this one carried over). */
  goTo: (section: SectionKey) => void;
  /** Sends one save; resolves with the result, or undefined when the call itself failed. */
  save: (formKey: string, call: () => Promise<SaveResult>) => Promise<SaveResult | undefined>;
  /** How the open section's rows stand when they come with their own call (Plan, Whitespace). */
  lazy: LazyState;
}
