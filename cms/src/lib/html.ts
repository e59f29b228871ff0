/** Server-rendered HTML for the CMS's own small pages (result pages, check-in): every value is escaped once. */
export const escapeHtml = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** A trusted HTML fragment: built only by `html` below, so interpolated values are escaped exactly once. */
export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value
  }
}
export type HtmlPart = Html | string | number | null | undefined | false | HtmlPart[]
const render = (part: HtmlPart): string =>
  part instanceof Html ? part.value : Array.isArray(part) ? part.map(render).join('') : part === null || part === undefined || part === false ? '' : escapeHtml(part)

export function html(strings: TemplateStringsArray, ...parts: HtmlPart[]): Html {
  return new Html(strings.reduce((out, s, i) => out + s + (i < parts.length ? render(parts[i]!) : ''), ''))
}

/** A whole document: escaped title, inline style (these pages load nothing else), and the given body. */
export function htmlDocument(title: string, style: string, body: Html): string {
  return html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${title}</title><style>${new Html(style)}</style></head><body>${body}</body></html>`.value
}
