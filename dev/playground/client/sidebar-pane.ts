// The add-on's sidebar, 300 px wide on the right as in Sheets: its title, a close button and
// the HTML it showed in a frame (served with the google.script.run stand-in).
import { h } from './dom';

export class SidebarPane {
  readonly el = h('aside', { class: 'pane', hidden: true, 'aria-label': 'Add-on sidebar' });
  private index: number | null = null;

  constructor(private readonly onClose: () => void) {}

  /** Shows sidebar `index` (reloading its frame only when it is a new one), or hides the pane. */
  show(sidebar: { index: number; title: string } | null): void {
    if (!sidebar) {
      this.el.hidden = true;
      this.el.replaceChildren();
      this.index = null;
      return;
    }
    this.el.hidden = false;
    if (sidebar.index === this.index) return;
    this.index = sidebar.index;
    this.el.replaceChildren(
      h(
        'div',
        { class: 'pane-head' },
        h('h2', {}, sidebar.title || 'Sidebar'),
        h(
          'button',
          { class: 'link', 'aria-label': 'Close sidebar', onclick: () => this.onClose() },
          '×',
        ),
      ),
      h('iframe', {
        src: `/html/${sidebar.index}`,
        title: sidebar.title || 'Sidebar',
        name: 'kam-sidebar',
      }),
    );
  }
}
