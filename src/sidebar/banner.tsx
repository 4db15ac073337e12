// The sidebar's one banner (what a load or a save did: saved, saving, saved with a step that
// did not finish, refused, stale with a reload that keeps the input), and a small helper for the app's keyed records.
import type { Messages } from '../i18n';
import type { Banner } from './section-props';

export function BannerView(props: {
  banner: NonNullable<Banner>;
  m: Messages['sidebar'];
  bannerRef: { current: HTMLDivElement | null };
  onReload?: () => void;
  busy?: boolean;
}) {
  const { banner, m } = props;
  return (
    <div
      ref={props.bannerRef}
      tabIndex={-1}
      class={`banner banner-${banner.kind}`}
      role={banner.kind === 'ok' || banner.kind === 'info' ? 'status' : 'alert'}
    >
      <p>{banner.text}</p>
      {banner.kind === 'stale' && props.onReload ? (
        <button type="button" class="secondary" disabled={props.busy} onClick={props.onReload}>
          {m.reloadKeep}
        </button>
      ) : null}
    </div>
  );
}

/** A record without one key (drafts and errors are keyed by form). */
export function without<T>(all: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _, ...rest } = all;
  return rest;
}
