// Colors as Sheets reports them: CSS names and #rgb become lowercase #rrggbb.

const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  lime: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  purple: '#800080',
  pink: '#ffc0cb',
  cyan: '#00ffff',
  magenta: '#ff00ff',
};

/** Lowercase #rrggbb, or null for a color the emulator does not know. */
export function normalizeColor(color: string): string | null {
  const c = color.trim().toLowerCase();
  if (NAMED[c]) return NAMED[c];
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  if (/^#[0-9a-f]{3}$/.test(c)) return `#${[...c.slice(1)].map((x) => x + x).join('')}`;
  return null;
}
