// The add-on's sidebar, 300 px wide on the right as in Sheets: its title, a close button and
// the HTML it showed in a frame (served with the google.script.run stand-in).
import { h } from './dom';

export class SidebarPane {
  readonly el = h('aside', { class: 'pane', hidden: true, 'aria-label': 'Add-on sidebar' });
  /** The sidebar shown and the workbook language it was loaded in. */
  private shown: string | null = null;

  constructor(private readonly onClose: () => void) {}

  /**
   * Shows sidebar `index`, reloading its frame only when it is a new one or the workbook's
   * language changed (the sidebar then loads again in it), or hides the pane.
   */
  show(sidebar: { index: number; title: string } | null, lang: string): void {
    if (!sidebar) {
      this.el.hidden = true;
      this.el.replaceChildren();
      this.shown = null;
      return;
    }
    this.el.hidden = false;
    if (`${sidebar.index}:${lang}` === this.shown) return;
    this.shown = `${sidebar.index}:${lang}`;
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
