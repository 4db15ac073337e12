// Shared helpers for the emulator tests: a small hand-written bundle and an emulator around it.
import { createEmulator, type Emulator, type EmulatorOptions } from '../../../dev/emulator';

/** Builds an emulator around plain-JS bundle source (top-level functions are entry points). */
export function emulate(code: string, options: Omit<EmulatorOptions, 'code'> = {}): Emulator {
  return createEmulator({ now: new Date('2026-11-30T10:00:00Z'), ...options, code });
}

/** A bundle with one function that runs `body` and returns its value. */
export function bundle(body: string): string {
  return `function main(a, b, c) {\n${body}\n}`;
}
