// The decision group's coverage (R3.3, R6.2): the roles nobody holds on one line, where people
// stand towards us (for, neutral, against) on another, then the divisions nobody talks to.
import type { SectionProps } from '../section-props';

export /** R3.3, R6.2: roles apart from attitudes, so "Opponent" is never a gap to fill. */
function Coverage({ state, m }: SectionProps) {
  const c = state.account!.coverage;
  const { supporter, neutral, opponent } = c.attitudes;
  return (
    <div class="coverage" aria-live="polite">
      <p class="coverage-title" title={m.rules('R3.3, R6.2')}>
        {m.coverageTitle}
      </p>
      <p id="coverage-roles">
        {c.rolesUncovered.length === 0
          ? m.allRolesCovered
          : m.rolesUncovered(c.rolesUncovered.join(', '))}
      </p>
      <p id="coverage-attitudes">{m.attitudes(supporter, neutral, opponent)}</p>
      {c.noSupporter ? <p>{m.noSupporter}</p> : null}
      {c.strongOpponents.length > 0 ? (
        <p>{m.strongOpponents(c.strongOpponents.join(', '))}</p>
      ) : null}
      {c.divisionsWithoutContact.length > 0 ? (
        <p>{m.divisionsWithoutContact(c.divisionsWithoutContact.join(', '))}</p>
      ) : null}
    </div>
  );
}
