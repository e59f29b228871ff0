/** Plain paragraphs (and `## ` headings) as the Lexical JSON that Payload's rich-text fields store. */
type Node = Record<string, unknown>

const text = (t: string): Node => ({ type: 'text', text: t, version: 1, format: 0, style: '', mode: 'normal', detail: 0 })

export function lexical(paragraphs: string[]) {
  const children: Node[] = paragraphs.map((p) => {
    const heading = /^##\s+(.+)$/.exec(p)
    return heading
      ? { type: 'heading', tag: 'h2', children: [text(heading[1]!)], direction: 'ltr', format: '', indent: 0, version: 1 }
      : { type: 'paragraph', children: [text(p)], direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, textStyle: '' }
  })
  return { root: { type: 'root', children, direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 } }
}
