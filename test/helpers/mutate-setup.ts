// Jest set-up for `npm run mutate` only: a property that fails stops at its first
// counterexample instead of shrinking it, so a killed mutant is told in milliseconds.
import fc from 'fast-check';

fc.configureGlobal({ endOnFailure: true });
