// The sidebar's one banner: what happened (saved, failed, changed by someone else), focused so
// that a screen reader says it; a stale save offers to reload and keep the input.
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
      role={banner.kind === 'error' || banner.kind === 'stale' ? 'alert' : 'status'}
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
