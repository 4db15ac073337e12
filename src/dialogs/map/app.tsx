// The map dialog: the relationship map (R3.3, R5, R6.2) and the whitespace map (R4.1, R3.4) of
// one account, loaded in one call once the dialog shows; each can be downloaded, opened in a new
// tab, copied or printed for a review; clicking a person opens them in the sidebar.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MapData, MapPerson } from '../../dossier/map-types';
import { messagesFor } from '../../i18n';
import { copySvg, downloadSvg, fileNameOf, openSvgInTab } from '../draw/export';
import { layoutMap } from '../draw/layout';
import { RelationshipSvg } from '../draw/relationship-svg';
import { WhitespaceSvg } from '../draw/whitespace-svg';
import { api, closeDialog } from '../server';
import { Legend, Notes } from './notes';

type View = 'people' | 'whitespace';

export function App() {
  const [data, setData] = useState<MapData | null>(null);
  const [view, setView] = useState<View>('people');
  const [fit, setFit] = useState(true);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const holder = useRef<HTMLDivElement>(null);
  const m = messagesFor(data?.lang ?? 'en').maps;

  useEffect(() => {
    api.mapData().then(
      (result) => {
        if (!result.ok) return setMessage({ kind: 'error', text: result.message });
        // How long laying out and drawing took, from the data's arrival to the next frame.
        const arrived = performance.now();
        setData(result.map);
        setView(result.view);
        requestAnimationFrame(() => {
          document.body.dataset.drawnMs = String(Math.round(performance.now() - arrived));
        });
      },
      (error: unknown) =>
        setMessage({ kind: 'error', text: m.failed(String((error as Error)?.message ?? error)) }),
    );
  }, []);

  const layout = useMemo(() => (data ? layoutMap(data) : null), [data]);
  const svg = () => holder.current?.querySelector('svg') ?? null;
  const what = view === 'people' ? m.mapTitle : m.whitespaceTitle;

  const pick = async (person: MapPerson) => {
    if (!data) return;
    setMessage({ kind: 'info', text: m.opening(person.name) });
    try {
      const result = await api.openPerson({ accountId: data.account.id, key: person.rowKey });
      if (result.ok) closeDialog();
      else setMessage({ kind: 'error', text: result.message });
    } catch (error) {
      setMessage({ kind: 'error', text: m.failed(String((error as Error)?.message ?? error)) });
    }
  };

  if (!data || !layout)
    return (
      <main class="dialog" aria-busy={message === null}>
        <p class={message?.kind === 'error' ? 'banner error' : 'muted'} role="status">
          {message?.text ?? m.loading}
        </p>
      </main>
    );

  return (
    <main class="dialog" lang={data.lang}>
      <header class="bar no-print">
        <nav class="tabs" aria-label={m.mapTitle}>
          {(['people', 'whitespace'] as const).map((v) => (
            <button
              type="button"
              key={v}
              id={`tab-${v}`}
              class={v === view ? 'tab on' : 'tab'}
              aria-pressed={v === view}
              onClick={() => setView(v)}
            >
              {m.tabs[v]}
            </button>
          ))}
        </nav>
        <span class="grow" />
        {view === 'people' ? (
          <button type="button" class="secondary" onClick={() => setFit(!fit)}>
            {fit ? m.actualSize : m.fit}
          </button>
        ) : null}
        <button
          type="button"
          id="download-svg"
          class="primary"
          title={m.downloadHelp}
          onClick={() => {
            const el = svg();
            if (el) downloadSvg(el, fileNameOf(data.account.id, what));
          }}
        >
          {m.download}
        </button>
        <button
          type="button"
          id="open-svg"
          class="secondary"
          onClick={() => svg() && openSvgInTab(svg()!)}
        >
          {m.openSvg}
        </button>
        <button
          type="button"
          id="copy-svg"
          class="secondary"
          onClick={async () => {
            const el = svg();
            if (!el) return;
            const ok = await copySvg(el);
            setMessage({ kind: ok ? 'info' : 'error', text: ok ? m.copied : m.copyFailed });
          }}
        >
          {m.copySvg}
        </button>
        <button type="button" class="secondary" onClick={() => window.print()}>
          {m.print}
        </button>
        <button type="button" class="secondary" onClick={() => closeDialog()}>
          {m.close}
        </button>
      </header>
      <h1 class="title">
        {what}: {data.account.id} · {data.account.client}
      </h1>
      {message ? (
        <p class={`banner ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {view === 'people' ? (
        <>
          <Notes data={data} m={m} />
          {data.people.length === 0 ? (
            <p class="muted">{m.empty}</p>
          ) : (
            <p class="muted no-print">{m.clickHint}</p>
          )}
          <div ref={holder} class={fit ? 'canvas fit' : 'canvas'}>
            <RelationshipSvg data={data} layout={layout} m={m} onPick={(p) => void pick(p)} />
          </div>
          <Legend data={data} m={m} />
        </>
      ) : (
        <>
          {!data.hasOfferings ? <p class="banner info">{m.whitespace.noOfferings}</p> : null}
          {data.whitespace.divisions.length === 0 || data.whitespace.offerings.length === 0 ? (
            <p class="muted">{m.whitespace.empty}</p>
          ) : null}
          <div ref={holder} class="canvas">
            <WhitespaceSvg matrix={data.whitespace} lang={data.lang} m={m} title={what} />
          </div>
          <Legend data={data} m={m} whitespace />
        </>
      )}
    </main>
  );
}
