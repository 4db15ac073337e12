// The account brief (R4.3: what the manager takes into a review with the head of sales): the
// whole dossier (R3.1–R3.4), both maps, the contact rhythm and pause (R5), the last review and
// what changed since (R3.6), and the plan's open actions, on two or three A4 pages.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BriefData } from '../../dossier/map-types';
import type { FieldDef, Item } from '../../dossier/types';
import { messagesFor } from '../../i18n';
import { CONTACT_STATUS_CHOICES, TIER_CHOICES } from '../../template/choices';
import { openPageInTab } from '../draw/export';
import { layoutMap } from '../draw/layout';
import { RelationshipSvg } from '../draw/relationship-svg';
import { WhitespaceSvg } from '../draw/whitespace-svg';
import { Legend, Notes } from '../map/notes';
import { api, closeDialog } from '../server';

/** A wire value in words: a choice by its label, a list joined, blank as "". */
function shown(field: FieldDef | undefined, value: unknown): string {
  if (value === null || value === undefined) return '';
  const label = (k: unknown) => field?.choices?.find((c) => c.key === k)?.label ?? String(k);
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (typeof value === 'boolean') return label(value ? 'yes' : 'no');
  return field?.choices ? label(value) : String(value);
}

/** A list section as a compact table of the given columns. */
function Table(props: { fields: FieldDef[]; keys: string[]; items: Item[]; id: string }) {
  const cols = props.keys
    .map((k) => props.fields.find((f) => f.key === k))
    .filter((f): f is FieldDef => !!f);
  return (
    <table id={props.id}>
      <thead>
        <tr>
          {cols.map((f) => (
            <th key={f.key}>{f.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.items.map((item) => (
          <tr key={item.key}>
            {cols.map((f) => (
              <td key={f.key}>{shown(f, item.values[f.key])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** General information or our view: the filled fields only, label and text. */
function Fields(props: { fields: FieldDef[]; values: Record<string, unknown>; none: string }) {
  const filled = props.fields.filter((f) => shown(f, props.values[f.key]) !== '');
  if (filled.length === 0) return <p class="muted">{props.none}</p>;
  return (
    <dl class="fields">
      {filled.map((f) => (
        <div key={f.key}>
          <dt>{f.label}</dt>
          <dd>{shown(f, props.values[f.key])}</dd>
        </div>
      ))}
    </dl>
  );
}

export function App() {
  const [brief, setBrief] = useState<BriefData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.briefData().then(
      (r) => (r.ok ? setBrief(r.brief) : setError(r.message)),
      (e: unknown) => setError(String((e as Error)?.message ?? e)),
    );
  }, []);
  const layout = useMemo(() => (brief ? layoutMap(brief.map) : null), [brief]);
  const lang = brief?.map.lang ?? 'en';
  const all = messagesFor(lang);
  const m = all.maps;
  const b = m.brief;
  if (!brief || !layout)
    return <p class={error ? 'banner error' : 'muted'}>{error ? m.failed(error) : m.loading}</p>;

  const { view, fields, map } = brief;
  const s = all.sidebar.sections;
  const open = view.plan.filter(
    (p) => p.values.status !== 'done' && p.values.status !== 'cancelled',
  );
  const active = view.competitors.filter((c) => c.values.archived !== true);
  const tier = TIER_CHOICES.find((t) => t.key === brief.tier)?.label[lang] ?? '';
  const status =
    CONTACT_STATUS_CHOICES.find((c) => c.key === view.contact.kind)?.label[lang] ??
    view.contact.kind;
  const last = view.reviews[0];
  return (
    <main class="brief" lang={lang}>
      <header class="bar no-print">
        <span class="muted grow">{b.printHint}</span>
        <button type="button" class="primary" id="print" onClick={() => window.print()}>
          {m.print}
        </button>
        <button type="button" class="secondary" onClick={() => openPageInTab()}>
          {m.openInTab}
        </button>
        <button type="button" class="secondary" onClick={() => closeDialog()}>
          {m.close}
        </button>
      </header>
      <h1>
        {view.id} · {view.client}
      </h1>
      <p class="meta">
        {b.preparedOn(map.today)} · {b.manager}: {view.manager} · {b.supervisor}: {view.supervisor}
        {tier ? ` · ${b.tier}: ${tier}` : ''}
      </p>
      {view.findings.length > 0 ? (
        <section>
          <h2>{b.findings}</h2>
          <ul class="findings">
            {view.findings.map((f) => (
              <li key={f.text} class={`sev-${f.severity}`}>
                {f.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section class="two">
        <div>
          <h2>{s.general}</h2>
          <Fields fields={fields.general} values={view.dossier} none={b.notFilled} />
        </div>
        <div>
          <h2>{s.ourView}</h2>
          <Fields fields={fields.ourView} values={view.dossier} none={b.notFilled} />
        </div>
      </section>
      <section class="map">
        <h2>{s.decisionGroup}</h2>
        <Notes data={map} m={m} />
        <div class="drawing">
          <RelationshipSvg data={map} layout={layout} m={m} />
        </div>
        <Legend data={map} m={m} />
        <Table
          id="brief-people"
          fields={fields.decisionGroup}
          keys={[
            'person',
            'position',
            'division',
            'reportsTo',
            'role',
            'attitude',
            'influence',
            'lastContact',
          ]}
          items={view.people}
        />
      </section>
      <section>
        <h2>{s.competitors}</h2>
        {active.length === 0 ? (
          <p class="muted">{all.sidebar.empty.competitors}</p>
        ) : (
          <Table
            id="brief-competitors"
            fields={fields.competitors}
            keys={['competitor', 'threat', 'offering', 'strengths', 'weaknesses']}
            items={active}
          />
        )}
      </section>
      <section class="map">
        <h2>{m.whitespaceTitle}</h2>
        {map.whitespace.divisions.length === 0 || map.whitespace.offerings.length === 0 ? (
          <p class="muted">{m.whitespace.empty}</p>
        ) : (
          <div class="drawing">
            <WhitespaceSvg matrix={map.whitespace} lang={lang} m={m} title={m.whitespaceTitle} />
          </div>
        )}
      </section>
      <section class="two">
        <div>
          <h2>{b.contactTitle}</h2>
          <p>
            {b.contactStatus}: <strong>{status}</strong>
          </p>
          <p>
            {b.lastPositive}: {view.contact.lastPositive ?? b.notFilled}
          </p>
          <p>
            {b.nextPositive}: {view.contact.nextPositiveDue ?? b.notFilled}
          </p>
          <p>
            {view.contact.pause
              ? m.pauseBanner(view.contact.pause.negative, view.contact.pause.until)
              : b.noPause}
          </p>
        </div>
        <div>
          <h2>{b.reviewTitle}</h2>
          <p>
            {last
              ? b.lastReview(String(last.values.date ?? ''), String(last.values.changes ?? ''))
              : b.neverReviewed}
          </p>
          {view.review.nextDue ? <p>{b.nextReview(view.review.nextDue)}</p> : null}
          <h3>{b.changesSince}</h3>
          {brief.changes.length === 0 ? (
            <p class="muted">{b.noChanges}</p>
          ) : (
            <ul class="changes">
              {brief.changes.map((c, i) => (
                <li key={`${c.when}-${i}`}>
                  {c.when} · {c.who.split('@')[0]} · {c.sheet} › {c.field}: {c.old || '—'} →{' '}
                  {c.now || '—'}
                </li>
              ))}
            </ul>
          )}
          {brief.moreChanges > 0 ? <p class="muted">{b.moreChanges(brief.moreChanges)}</p> : null}
        </div>
      </section>
      <section>
        <h2>{b.planTitle}</h2>
        {open.length === 0 ? (
          <p class="muted">{b.noOpenActions}</p>
        ) : (
          <Table
            id="brief-plan"
            fields={fields.plan}
            keys={['objective', 'action', 'owner', 'due', 'status']}
            items={open}
          />
        )}
      </section>
    </main>
  );
}
