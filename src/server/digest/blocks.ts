// An e-mail as plain blocks of text, drawn twice: as HTML readable on a phone (one column,
// inline styles, which mail programs keep) and as the plain-text alternative. Every text
// is escaped on its way into the HTML, so a client's or a person's name is never markup.

/** How loud a block is: the workbook's colours (act now, soon, a state to respect). */
export type Tone = 'alert' | 'warning' | 'info' | 'plain';

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'para'; text: string; muted?: boolean }
  | { kind: 'heading'; text: string; tone?: Tone }
  | { kind: 'item'; title: string; note?: string; lines: string[]; link?: Link; tone: Tone }
  | { kind: 'link'; link: Link }
  | { kind: 'rule' };

export interface Link {
  href: string;
  label: string;
}

/** Text as HTML text or attribute value: the five characters HTML gives meaning to. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only links KAM makes itself: to a Google Sheets file over https. */
function safeHref(href: string): string {
  return /^https:\/\/docs\.google\.com\/spreadsheets\/d\/[\w-]+\/edit(#[\w=&-]*)?$/.test(href)
    ? href
    : 'https://docs.google.com/spreadsheets/';
}

const EDGE: Readonly<Record<Tone, string>> = {
  alert: '#d93025',
  warning: '#e37400',
  info: '#1a73e8',
  plain: '#dadce0',
};
const FILL: Readonly<Record<Tone, string>> = {
  alert: '#fce8e6',
  warning: '#fef7e0',
  info: '#e8f0fe',
  plain: '#ffffff',
};

function blockHtml(block: Block): string {
  const e = escapeHtml;
  switch (block.kind) {
    case 'title':
      return `<h1 style="font-size:20px;line-height:1.3;margin:0 0 8px;">${e(block.text)}</h1>`;
    case 'para':
      return `<p style="margin:0 0 12px;${block.muted ? 'color:#5f6368;font-size:13px;' : ''}">${e(block.text)}</p>`;
    case 'heading':
      return `<h2 style="font-size:16px;margin:20px 0 8px;color:${block.tone && block.tone !== 'plain' ? EDGE[block.tone] : '#202124'};">${e(block.text)}</h2>`;
    case 'rule':
      return '<hr style="border:none;border-top:1px solid #dadce0;margin:20px 0;">';
    case 'link':
      return `<p style="margin:0 0 12px;font-size:13px;"><a href="${e(safeHref(block.link.href))}" style="color:#1a73e8;">${e(block.link.label)}</a></p>`;
    case 'item': {
      const note = block.note
        ? ` <span style="color:#5f6368;font-weight:normal;">${e(block.note)}</span>`
        : '';
      const lines = block.lines.map((l) => `<div>${e(l)}</div>`).join('');
      const link = block.link
        ? `<div style="margin-top:4px;"><a href="${e(safeHref(block.link.href))}" style="color:#1a73e8;">${e(block.link.label)}</a></div>`
        : '';
      return `<div style="margin:0 0 10px;padding:10px 12px;border-left:4px solid ${EDGE[block.tone]};background:${FILL[block.tone]};border-radius:4px;"><div style="font-weight:bold;">${e(block.title)}${note}</div>${lines}${link}</div>`;
    }
  }
}

/** The e-mail's HTML: one column at most 600 px wide, scaled for phones, in `lang`. */
export function toHtml(blocks: readonly Block[], lang: string, subject: string): string {
  return [
    `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:0;background:#f8f9fa;">',
    '<div style="max-width:600px;margin:0 auto;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#202124;background:#ffffff;overflow-wrap:anywhere;">',
    ...blocks.map(blockHtml),
    '</div></body></html>',
  ].join('\n');
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `${block.text}\n${'='.repeat(Math.min(60, block.text.length))}`;
    case 'para':
      return block.text;
    case 'heading':
      return `\n${block.text}\n${'-'.repeat(Math.min(60, block.text.length))}`;
    case 'rule':
      return '--';
    case 'link':
      return `${block.link.label}: ${safeHref(block.link.href)}`;
    case 'item': {
      const head = `- ${block.title}${block.note ? ` (${block.note})` : ''}`;
      const rest = [...block.lines, ...(block.link ? [safeHref(block.link.href)] : [])];
      return [head, ...rest.map((l) => `  ${l}`)].join('\n');
    }
  }
}

/** The plain-text alternative: the same blocks, one paragraph each. */
export function toText(blocks: readonly Block[]): string {
  return `${blocks.map(blockText).join('\n\n')}\n`;
}
