// The sidebar: the account (picked, or the selected row's), its sections one click apart,
// and one banner that says what happened. Each section mounts afresh, so no open form follows
// the user into another section; drafts live here, keyed by form, so returning to a section,
// a refused save or a reload never loses what the user typed.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DossierState, Failure, SectionKey } from '../dossier/types';
import { messagesFor } from '../i18n';
import { AccountPicker } from './account-picker';
import { BannerView, without } from './banner';
import type { Draft } from './form';
import { useLazySection, withPatch } from './lazy-section';
import type { Banner, SectionProps } from './section-props';
import { SectionView } from './section-view';
import { OpenDialog } from './sections/open-dialog';
import { api } from './server';

const SECTIONS: readonly SectionKey[] = [
  'general',
  'ourView',
  'decisionGroup',
  'competitors',
  'contacts',
  'plan',
  'whitespace',
  'review',
];

/** The rules each section follows: shown only on hover of its help line, the words stay plain. */
const SECTION_RULES: Readonly<Record<SectionKey, string>> = {
  general: 'R3.1',
  ourView: 'R3.2',
  decisionGroup: 'R3.3, R6.2',
  competitors: 'R3.4, R6.2',
  contacts: 'R5.1, R5.2',
  plan: 'R2.4, R4.3',
  whitespace: 'R4.1, R3.4, R6.2',
  review: 'R3.6',
};

export function App() {
  const [state, setState] = useState<DossierState | null>(null);
  const [section, setSection] = useState<SectionKey>('general');
  const [busy, setBusy] = useState(false);
  const [banner, setBanner] = useState<Banner>(null);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setAllErrors] = useState<Record<string, Record<string, string>>>({});
  const bannerRef = useRef<HTMLDivElement>(null);
  const m = messagesFor(state?.lang ?? 'en').sidebar;

  const fail = (failure: Failure, formKey?: string) => {
    if (formKey && failure.field.startsWith('values.')) {
      setAllErrors((all) => ({
        ...all,
        [formKey]: { ...all[formKey], [failure.field.slice(7)]: failure.message },
      }));
    }
    setBanner({ kind: failure.code === 'STALE' ? 'stale' : 'error', text: failure.message });
  };
  const callFailed = (error: unknown) =>
    setBanner({ kind: 'error', text: m.callFailed(String((error as Error)?.message ?? error)) });

  const load = async (accountId: string | null, reloading = false) => {
    setBusy(true);
    setBanner(reloading ? { kind: 'info', text: m.loading } : null);
    try {
      const result = await api.load(accountId);
      if (result.ok) {
        // A large workbook's load leaves out the list of accounts: the one already here stays.
        const { state: loaded } = result;
        setState((now) =>
          loaded.accounts === null && now?.accounts
            ? { ...loaded, accounts: now.accounts }
            : loaded,
        );
        if (result.state.focus) setSection(result.state.focus.section);
        if (result.state.notice) setBanner({ kind: 'error', text: result.state.notice });
        else setBanner(reloading ? { kind: 'ok', text: m.reloaded } : null);
      } else fail(result);
    } catch (error) {
      callFailed(error);
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    void load(null);
  }, []);

  const lazy = useLazySection(state, section, {
    merge: (patch) => setState((now) => withPatch(now, patch)),
    refused: (failure) => fail(failure),
    failed: callFailed,
  });

  useEffect(() => {
    if (banner && banner.kind !== 'info') bannerRef.current?.focus();
  }, [banner]);

  const save: SectionProps['save'] = async (formKey, call) => {
    setBusy(true);
    setBanner({ kind: 'info', text: m.saving });
    try {
      const result = await call();
      if (result.ok) {
        const { patch } = result;
        setState((now) => withPatch(now, patch));
        setDrafts((all) => without(all, formKey));
        setAllErrors((all) => without(all, formKey));
        setBanner({ kind: result.warning ? 'warning' : 'ok', text: result.warning ?? m.saved });
      } else fail(result, formKey);
      return result;
    } catch (error) {
      callFailed(error);
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  if (!state) {
    return (
      <main class="app" aria-busy="true">
        {banner ? (
          <BannerView banner={banner} m={m} bannerRef={bannerRef} />
        ) : (
          <p class="muted">…</p>
        )}
      </main>
    );
  }

  const props: SectionProps = {
    state,
    m,
    busy,
    drafts,
    setDraft: (key, draft) => {
      if (banner?.kind === 'ok' || banner?.kind === 'info') setBanner(null);
      setDrafts((all) => (draft === undefined ? without(all, key) : { ...all, [key]: draft }));
    },
    errors,
    notify: setBanner,
    setErrors: (key, errs) =>
      setAllErrors((all) => (errs === undefined ? without(all, key) : { ...all, [key]: errs })),
    goTo: (key) => open(key),
    save,
    lazy,
  };
  const account = state.account;
  /** Another section: its own forms only; what was typed here stays in its draft for later. */
  function open(key: SectionKey) {
    if (banner && banner.kind !== 'stale') setBanner(null);
    setSection(key);
  }
  return (
    <main class="app" lang={state.lang} aria-busy={busy}>
      <header class="head">
        <AccountPicker
          state={state}
          m={m}
          busy={busy}
          pick={(id) => void load(id)}
          listed={(accounts) =>
            setState((now) => (now && now.accounts === null ? { ...now, accounts } : now))
          }
          refused={(failure) => fail(failure)}
          failed={callFailed}
        />
        {account ? (
          <OpenDialog
            {...props}
            label={m.printBrief}
            id="print-brief"
            open={() => api.openBrief({ accountId: account.id })}
          />
        ) : null}
      </header>
      {banner ? (
        <BannerView
          banner={banner}
          m={m}
          bannerRef={bannerRef}
          onReload={account ? () => void load(account.id, true) : undefined}
          busy={busy}
        />
      ) : null}
      {account ? (
        <>
          {account.findings.length > 0 ? (
            <details class="findings">
              <summary>
                {m.findingsTitle} ({account.findings.length})
              </summary>
              <ul>
                {account.findings.map((f) => (
                  <li key={f.text} class={`sev sev-${f.severity}`} title={f.rules}>
                    {f.text}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <nav class="tabs" aria-label={m.sectionsLabel}>
            {SECTIONS.map((key) => (
              <button
                type="button"
                key={key}
                id={`tab-${key}`}
                class={key === section ? 'tab on' : 'tab'}
                aria-current={key === section ? 'page' : undefined}
                onClick={() => open(key)}
              >
                {m.sections[key]}
              </button>
            ))}
          </nav>
          <section class="section" aria-labelledby={`title-${section}`}>
            <h2 id={`title-${section}`}>{m.sections[section]}</h2>
            <p class="help" title={m.rules(SECTION_RULES[section])}>
              {m.sectionHelp[section]}
            </p>
            <SectionView key={section} section={section} {...props} />
          </section>
        </>
      ) : (
        <p class="muted">{m.noSelection}</p>
      )}
    </main>
  );
}
