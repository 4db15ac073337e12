// The decision group's coverage line (R3.3, R6.2): the roles and divisions nobody covers.
import type { SectionProps } from '../section-props';

export /** R3.3, R6.2: the roles and divisions nobody covers, said in one place. */
function Coverage({ state, m }: SectionProps) {
  const c = state.account!.coverage;
  return (
    <div class="coverage" aria-live="polite">
      <p class="coverage-title">{m.coverageTitle}</p>
      <p id="coverage-roles">
        {c.rolesUncovered.length === 0
          ? m.allRolesCovered
          : m.rolesUncovered(c.rolesUncovered.join(', '))}
      </p>
      {c.divisionsWithoutContact.length > 0 ? (
        <p>{m.divisionsWithoutContact(c.divisionsWithoutContact.join(', '))}</p>
      ) : null}
      {c.strongOpponents.length > 0 ? (
        <p>{m.strongOpponents(c.strongOpponents.join(', '))}</p>
      ) : null}
      {c.noSupporter ? <p>{m.noSupporter}</p> : null}
    </div>
  );
}
