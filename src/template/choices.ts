// The allowed values of choice columns, in English and in the article's Lithuanian terms.
import type { ContactStatusKind, Outcome } from '../core/contacts';
import type { Attitude, Level, Role } from '../core/coverage';
import { TIERS, type Tier } from '../core/tier';
import type { WhitespaceStatus } from '../core/whitespace';
import { en } from '../i18n/en';
import { lt } from '../i18n/lt';
import type { Choice } from './types';

function choice<const K extends string>(key: K, en: string, lt: string): Choice<K> {
  return { key, label: { en, lt } };
}

/** R1.1–R1.3 revenue tiers, labelled as the KAM_TIER custom function writes them. */
export const TIER_CHOICES: readonly Choice<Tier>[] = TIERS.map((tier) =>
  choice(tier, en.tier[tier], lt.tier[tier]),
);

/** R1.4–R1.6: the key types a person chooses; several at once are allowed (R1.7). */
export const KEY_TYPE_CHOICES = [
  choice('prospective', 'Prospective', 'Perspektyvus klientas'),
  choice('imageMaker', 'Image maker', 'Įvaizdžio kūrėjas'),
  choice('expert', 'Expert', 'Patyręs klientas (ekspertas)'),
] as const;

/** R3.3: the nine roles of the decision group. */
export const ROLE_CHOICES = [
  choice('decisionMaker', 'Decision maker', 'Sprendimų priėmėjas'),
  choice('gatekeeper', 'Gatekeeper', 'Raktų sargas (vartininkas)'),
  choice('technicalSpecialist', 'Technical specialist', 'Technikos specialistas'),
  choice('economicSpecialist', 'Economic specialist', 'Ekonomikos specialistas'),
  choice('user', 'User', 'Vartotojas'),
  choice('supporter', 'Supporter', 'Rėmėjas'),
  choice('opponent', 'Opponent', 'Oponentas'),
  choice('advisor', 'Advisor', 'Patarėjas'),
  choice('informant', 'Informant', 'Informantas'),
] as const satisfies readonly Choice<Role>[];

/** R3.3: where a person of the decision group stands towards us. */
export const ATTITUDE_CHOICES = [
  choice('supporter', 'Supporter', 'Rėmėjas'),
  choice('neutral', 'Neutral', 'Neutralus'),
  choice('opponent', 'Opponent', 'Oponentas'),
] as const satisfies readonly Choice<Attitude>[];

/** R3.3 influence on the decision, R3.4 threat of a competitor: high, medium, low. */
export const LEVEL_CHOICES = [
  choice('high', 'High', 'Didelė'),
  choice('medium', 'Medium', 'Vidutinė'),
  choice('low', 'Low', 'Maža'),
] as const satisfies readonly Choice<Level>[];

/** R5: how a contact was made. */
export const CHANNEL_CHOICES = [
  choice('inPerson', 'In person', 'Susitikimas'),
  choice('phone', 'Phone', 'Telefonas'),
  choice('video', 'Video', 'Vaizdo skambutis'),
  choice('email', 'E-mail', 'El. paštas'),
  choice('message', 'Message', 'Žinutė'),
  choice('letter', 'Letter', 'Laiškas'),
] as const;

/**
 * Channels that make a contact personal when the account's own manager uses them
 * (the R5 Decision of docs/rules.md); written ones never are.
 */
export const PERSONAL_CHANNELS: readonly string[] = ['inPerson', 'phone', 'video'];

/** R5: the outcome of a contact. */
export const OUTCOME_CHOICES = [
  choice('positive', 'Positive', 'Teigiamas'),
  choice('neutral', 'Neutral', 'Neutralus'),
  choice('negative', 'Negative', 'Neigiamas'),
] as const satisfies readonly Choice<Outcome>[];

/** Yes/no cells, as a dropdown (R5.2 "personal"). */
export const YES_NO_CHOICES = [choice('yes', 'Yes', 'Taip'), choice('no', 'No', 'Ne')] as const;

/** R2.4, R4.3: where a planned action stands. */
export const PLAN_STATUS_CHOICES = [
  choice('planned', 'Planned', 'Suplanuota'),
  choice('inProgress', 'In progress', 'Vykdoma'),
  choice('done', 'Done', 'Atlikta'),
  choice('postponed', 'Postponed', 'Atidėta'),
  choice('cancelled', 'Cancelled', 'Atšaukta'),
] as const;

/** R4.1, R3.4, R6.2: where we stand with one offering in one division of the client (the whitespace map). */
export const WHITESPACE_STATUS_CHOICES = [
  choice('weSupply', 'We supply', 'Tiekiame mes'),
  choice('opportunity', 'Opportunity', 'Galimybė'),
  choice('competitor', 'Competitor holds', 'Užima konkurentas'),
  choice('notRelevant', 'Not relevant', 'Neaktualu'),
] as const satisfies readonly Choice<WhitespaceStatus>[];

/** R5.1–R5.2: an account's contact status, as the checks write it (core's ContactStatusKind). */
export const CONTACT_STATUS_CHOICES = [
  choice('ok', 'OK', 'Gerai'),
  choice('dueSoon', 'Due soon', 'Netrukus reikės'),
  choice('overdue', 'Overdue', 'Vėluojama'),
  choice('never', 'No positive contact', 'Nėra teigiamo kontakto'),
  choice('pausing', 'Pausing', 'Pauzė'),
  choice('pauseBroken', 'Pause broken', 'Pauzė pažeista'),
] as const satisfies readonly Choice<ContactStatusKind>[];

/** The interface language of a workbook. */
export const LANGUAGE_CHOICES = [
  choice('en', 'English', 'Anglų'),
  choice('lt', 'Lithuanian', 'Lietuvių'),
] as const;

/** Whether the daily check sends e-mail digests (R3.5, R4.3, R5): off unless a user turns them on. */
export const DIGEST_CHOICES = [
  choice('on', 'On', 'Įjungta'),
  choice('off', 'Off', 'Išjungta'),
] as const;

/** The day of the supervisors' weekly digest (R4.3), or none sent from this workbook. */
export const WEEKDAY_CHOICES = [
  choice('monday', 'Monday', 'Pirmadienis'),
  choice('tuesday', 'Tuesday', 'Antradienis'),
  choice('wednesday', 'Wednesday', 'Trečiadienis'),
  choice('thursday', 'Thursday', 'Ketvirtadienis'),
  choice('friday', 'Friday', 'Penktadienis'),
  choice('saturday', 'Saturday', 'Šeštadienis'),
  choice('sunday', 'Sunday', 'Sekmadienis'),
  choice('off', 'Off', 'Išjungta'),
] as const;

export type Weekday = Exclude<(typeof WEEKDAY_CHOICES)[number]['key'], 'off'>;
