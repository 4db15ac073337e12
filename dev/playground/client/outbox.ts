// The Outbox tab: the e-mails the add-on sent, newest first, and the one picked shown as a mail
// program would, its HTML in a frame sandboxed without scripts, or its plain-text alternative.
import type { OutboxEntry } from './api';
import { h } from './dom';

export class OutboxView {
  readonly el = h('section', { class: 'outbox', hidden: true, 'aria-label': 'Outbox' });
  private picked: number | null = null;
  private plain = false;
  private entries: OutboxEntry[] = [];

  /** Shows the outbox (keeping the e-mail picked, else the newest), or hides it. */
  show(entries: OutboxEntry[] | null): void {
    this.el.hidden = entries === null;
    if (entries === null) return;
    this.entries = entries;
    if (!entries.some((e) => e.id === this.picked)) this.picked = entries[0]?.id ?? null;
    this.render();
  }

  private render(): void {
    if (this.entries.length === 0) {
      this.el.replaceChildren(
        h(
          'p',
          { class: 'outbox-empty' },
          'No e-mail sent yet. Set Settings › E-mail digests to On, turn on the daily check (Extensions › KAM), then move the clock and Run daily check.',
        ),
      );
      return;
    }
    const list = h(
      'ol',
      { class: 'outbox-list', 'aria-label': 'Sent e-mails' },
      ...this.entries.map((e) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              'aria-current': e.id === this.picked ? 'true' : null,
              onclick: () => {
                this.picked = e.id;
                this.render();
              },
            },
            h('span', { class: 'outbox-when muted' }, e.at),
            h('span', { class: 'outbox-to' }, `To ${e.to.join(', ')}`),
            h('span', { class: 'outbox-subject' }, e.subject),
          ),
        ),
      ),
    );
    this.el.replaceChildren(list, this.message());
  }

  private message(): HTMLElement {
    const mail = this.entries.find((e) => e.id === this.picked);
    if (!mail) return h('div', { class: 'outbox-mail' });
    const toggle = (plain: boolean, label: string) =>
      h(
        'button',
        {
          'aria-pressed': String(this.plain === plain),
          onclick: () => {
            this.plain = plain;
            this.render();
          },
        },
        label,
      );
    return h(
      'article',
      { class: 'outbox-mail', 'aria-label': mail.subject },
      h(
        'header',
        {},
        h('h2', { class: 'outbox-title' }, mail.subject),
        h(
          'div',
          { class: 'muted' },
          `From ${mail.name ? `${mail.name} <${mail.from}>` : mail.from}`,
        ),
        h('div', { class: 'muted' }, `To ${mail.to.join(', ')} · ${mail.at}`),
        h('div', { class: 'outbox-toggle' }, toggle(false, 'HTML'), toggle(true, 'Plain text')),
      ),
      this.plain || !mail.html
        ? h('pre', { class: 'outbox-text' }, mail.text)
        : h('iframe', {
            class: 'outbox-frame',
            src: `/mail/${mail.id}`,
            sandbox: '',
            title: 'E-mail',
            name: 'kam-mail',
          }),
    );
  }
}
