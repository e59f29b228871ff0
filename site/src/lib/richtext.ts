/**
 * Renders Payload's Lexical JSON to HTML. Pure and strict: every piece of text is escaped, unknown
 * node types render only their children's text, links are limited to http(s)/mailto/tel and
 * site-relative URLs. No raw HTML from the CMS ever reaches the page.
 */
export interface LexicalNode {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  children?: LexicalNode[]
  fields?: { url?: string; newTab?: boolean; linkType?: string }
  url?: string
  [k: string]: unknown
}
export interface LexicalDoc {
  root?: { children?: LexicalNode[] } | null
  [k: string]: unknown
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

// Lexical text format bit flags.
const BOLD = 1
const ITALIC = 2
const STRIKE = 4
const UNDERLINE = 8
const CODE = 16

export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null
  const u = url.trim()
  if (/^(https?:|mailto:|tel:)/i.test(u) || /^\/(?!\/)/.test(u) || u.startsWith('#')) return u
  return null
}

function renderText(node: LexicalNode): string {
  let html = escapeHtml(node.text ?? '').replace(/\n/g, '<br>')
  const f = typeof node.format === 'number' ? node.format : 0
  if (f & CODE) html = `<code>${html}</code>`
  if (f & BOLD) html = `<strong>${html}</strong>`
  if (f & ITALIC) html = `<em>${html}</em>`
  if (f & UNDERLINE) html = `<u>${html}</u>`
  if (f & STRIKE) html = `<s>${html}</s>`
  return html
}

interface Options {
  /** Shift heading levels so a body's h2 fits under the page's own headings. */
  headingOffset?: number
  /** HTML of an upload node's media (lib/media/html.ts); without it, or for media it does not know, nothing. */
  upload?: (value: unknown) => string | null
}

function renderNodes(nodes: LexicalNode[] | undefined, o: Required<Options>): string {
  return (nodes ?? []).map((n) => renderNode(n, o)).join('')
}

function renderNode(node: LexicalNode, o: Required<Options>): string {
  const inner = () => renderNodes(node.children, o)
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return ' '
    case 'paragraph': {
      const body = inner()
      return body ? `<p>${body}</p>` : ''
    }
    case 'heading': {
      const level = Math.min(6, Math.max(2, Number(String(node.tag ?? 'h2').replace(/\D/g, '') || 2) + o.headingOffset))
      return `<h${level}>${inner()}</h${level}>`
    }
    case 'quote':
      return `<blockquote>${inner()}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${inner()}</${tag}>`
    }
    case 'listitem':
      return `<li>${inner()}</li>`
    case 'link':
    case 'autolink': {
      const href = safeHref(node.fields?.url ?? node.url)
      if (!href) return inner()
      const external = /^https?:/i.test(href)
      return `<a href="${escapeHtml(href)}"${external ? ' rel="noopener noreferrer"' : ''}>${inner()}</a>`
    }
    case 'horizontalrule':
      return '<hr>'
    case 'upload':
      return o.upload(node.value) ?? ''
    default:
      // Unknown blocks (uploads, relationships, …): keep their text, drop the structure.
      return inner()
  }
}

export function renderRichText(doc: LexicalDoc | null | undefined, options: Options = {}): string {
  if (!doc || typeof doc !== 'object' || !doc.root) return ''
  return renderNodes(doc.root.children, { headingOffset: options.headingOffset ?? 0, upload: options.upload ?? (() => null) })
}

/** Plain text of a rich text document (for descriptions and search). */
export function richTextToPlain(doc: LexicalDoc | null | undefined): string {
  const walk = (nodes: LexicalNode[] | undefined): string =>
    (nodes ?? []).map((n) => (n.type === 'text' ? (n.text ?? '') : n.type === 'linebreak' ? '\n' : walk(n.children) + (n.type === 'paragraph' || n.type === 'heading' || n.type === 'listitem' ? '\n' : ''))).join('')
  return walk(doc?.root?.children ?? undefined).trim()
}
