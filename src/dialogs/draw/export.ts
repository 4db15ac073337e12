// Getting a drawn map out of the dialog for a review meeting: download the SVG, or, where the
// sandboxed frame blocks downloads, open it in a new tab or copy it; print the page itself.

/** The SVG element's markup as a standalone file (namespace and XML prolog included). */
export function svgText(svg: SVGSVGElement): string {
  const markup = new XMLSerializer().serializeToString(svg);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`;
}

function blobUrl(text: string, type: string): string {
  return URL.createObjectURL(new Blob([text], { type }));
}

/** Starts a download of the SVG (a browser may block it in a sandboxed frame without allow-downloads). */
export function downloadSvg(svg: SVGSVGElement, fileName: string): void {
  const a = document.createElement('a');
  a.href = blobUrl(svgText(svg), 'image/svg+xml');
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

/** Opens the SVG in a new tab (Apps Script's frame lets links open new tabs: target _blank). */
export function openSvgInTab(svg: SVGSVGElement): boolean {
  return window.open(blobUrl(svgText(svg), 'image/svg+xml'), '_blank') !== null;
}

/** Copies the SVG's markup to the clipboard; false when the frame refuses it. */
export async function copySvg(svg: SVGSVGElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(svgText(svg));
    return true;
  } catch {
    return false;
  }
}

/**
 * The page as it stands, scripts left out, in a new tab: to print from there where the dialog's
 * frame does not allow printing.
 */
export function openPageInTab(): boolean {
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('script, .no-print').forEach((el) => {
    el.remove();
  });
  return window.open(blobUrl(`<!DOCTYPE html>\n${copy.outerHTML}`, 'text/html'), '_blank') !== null;
}

/** A file name from an account's id and the map's name, safe on every system. */
export function fileNameOf(accountId: string, what: string): string {
  return `${accountId} ${what}.svg`.replace(/[\\/:*?"<>|]+/g, '-');
}
