// The HTML a sidebar or dialog of the add-on showed, served to the page's pane with a
// google.script.run stand-in: each call goes to the server (POST /api/run → emu.scriptRun)
// and back to its success or failure handler, asynchronously, with its user object.
import type { ShownHtml } from '../emulator';

/**
 * Runs in the pane before the add-on's own scripts. Like the real one it refuses Dates,
 * functions and DOM nodes in arguments at once, and tells the page after each call so the
 * grid shows what the call changed; google.script.host.close() closes the pane.
 */
export const SCRIPT_RUN_STAND_IN = `(() => {
  const kind = document.currentScript && document.currentScript.dataset.kind || 'sidebar';
  const tell = (kam, report) => { try { window.parent.postMessage({ kam, kind, report }, location.origin); } catch (e) {} };
  const illegal = (v, seen) => {
    if (v === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof v)) return false;
    if (typeof v !== 'object' || v instanceof Date || (typeof Node !== 'undefined' && v instanceof Node) || seen.has(v)) return true;
    seen.add(v);
    const found = Object.values(v).some((x) => illegal(x, seen));
    seen.delete(v);
    return found;
  };
  const runner = (success, failure, userObject) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (fn) => runner(fn, failure, userObject);
      if (name === 'withFailureHandler') return (fn) => runner(success, fn, userObject);
      if (name === 'withUserObject') return (o) => runner(success, failure, o);
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...args) => {
        args.forEach((a, i) => { if (illegal(a, new Set())) throw new Error('Failed due to illegal value in property: ' + i); });
        const body = JSON.stringify({ fn: name, args });
        setTimeout(async () => {
          let answer;
          try {
            const response = await fetch('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
            answer = await response.json();
          } catch (e) { answer = { ok: false, error: 'NetworkError: ' + (e && e.message || e) }; }
          if (answer.ok) { if (success) success(answer.value, userObject); }
          else if (failure) failure(new Error(answer.error), userObject);
          tell('changed', answer);
        }, 0);
      };
    },
  });
  window.google = { script: {
    run: runner(null, null, undefined),
    host: { close() { tell('close'); }, setHeight() {}, setWidth() {}, editor: { focus() {} }, origin: location.origin },
    url: { getLocation(cb) { cb({ hash: '', parameter: {}, parameters: {} }); } },
  } };
})();`;

/**
 * The shown HTML with the stand-in first in its head (or first of all, without a head). It knows
 * whether it runs in the sidebar or a dialog, so that google.script.host.close() closes that one;
 * and a call that opened a dialog (the map from the sidebar) has the page show it.
 */
export function paneHtml(shown: ShownHtml): string {
  const script = `<script data-kind="${shown.kind}">${SCRIPT_RUN_STAND_IN}</script>`;
  const head = /<head[^>]*>/i.exec(shown.content);
  if (!head) return `${script}${shown.content}`;
  const at = head.index + head[0].length;
  return `${shown.content.slice(0, at)}${script}${shown.content.slice(at)}`;
}
