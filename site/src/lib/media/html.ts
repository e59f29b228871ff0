/** The one definition of an upload's <img> attributes (components/SiteImage.astro) and of its rich-text HTML. */
import { escapeHtml } from '../richtext'
import { formatBytes, type SiteImage, type SiteMedia } from './index'

/** eager: load at once (on the first screen); lcp: also ask for it first (the page's main picture). */
export type ImageOptions = { sizes?: string; eager?: boolean; lcp?: boolean; thumb?: boolean }

export function imageAttributes(image: SiteImage, { sizes = '(min-width: 48rem) 46rem, 100vw', eager = false, lcp = false, thumb = false }: ImageOptions = {}) {
  const file = thumb ? image.thumb : image
  return {
    src: file.src,
    ...(thumb ? {} : { srcset: image.srcset, sizes }),
    width: file.width,
    height: file.height,
    alt: image.alt,
    loading: eager || lcp ? 'eager' : 'lazy',
    decoding: 'async',
    ...(lcp ? { fetchpriority: 'high' } : {}),
  } as const
}

/** An upload inside rich text: an image as a figure with its caption, a document as a download link. */
export function mediaHtml(media: SiteMedia): string {
  if (media.kind === 'document') {
    return `<p><a href="${escapeHtml(media.href)}" download="${escapeHtml(media.downloadName)}">${escapeHtml(media.title)}</a> <span class="muted text-sm">（${escapeHtml(media.typeLabel)}，${formatBytes(media.bytes)}）</span></p>`
  }
  const attrs = Object.entries(imageAttributes(media))
    .map(([k, v]) => `${k}="${escapeHtml(String(v))}"`)
    .join(' ')
  const caption = media.caption ? `<figcaption>${escapeHtml(media.caption)}</figcaption>` : ''
  return `<figure><img ${attrs} class="site-image">${caption}</figure>`
}
