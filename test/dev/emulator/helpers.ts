// Shared helpers for the emulator tests: a small hand-written bundle and an emulator around it.
import { createEmulator, type Emulator, type EmulatorOptions } from '../../../dev/emulator';

/**
 * The world these tests were written in, given explicitly since the emulator's own defaults are
 * generic (UTC, user@example.com, "Add-on", "Untitled spreadsheet"; see defaults.test.ts).
 */
const WORLD: EmulatorOptions = {
  now: new Date('2026-11-30T10:00:00Z'),
  timeZone: 'Europe/Vilnius',
  user: 'manager@example.com',
  addonName: 'KAM',
  spreadsheetName: 'KAM',
};

/** Builds an emulator around plain-JS bundle source (top-level functions are entry points). */
export function emulate(code: string, options: Omit<EmulatorOptions, 'code'> = {}): Emulator {
  return createEmulator({ ...WORLD, ...options, code });
}

/** A bundle with one function that runs `body` and returns its value. */
export function bundle(body: string): string {
  return `function main(a, b, c) {\n${body}\n}`;
}
