import { describe, expect, it } from 'vitest'
import { escapeHtml, renderRichText, richTextToPlain, safeHref, type LexicalNode } from '../src/lib/richtext'

const doc = (...children: LexicalNode[]) => ({ root: { children } })
const text = (t: string, format = 0): LexicalNode => ({ type: 'text', text: t, format })

describe('renderRichText', () => {
  it('renders paragraphs, headings, lists and formats', () => {
    const html = renderRichText(doc(
      { type: 'heading', tag: 'h2', children: [text('参与方式')] },
      { type: 'paragraph', children: [text('请'), text('逐条', 1), text('提出意见', 2)] },
      { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('网上')] }, { type: 'listitem', children: [text('线下')] }] },
    ))
    expect(html).toBe('<h2>参与方式</h2><p>请<strong>逐条</strong><em>提出意见</em></p><ol><li>网上</li><li>线下</li></ol>')
  })

  it('escapes all text and never passes raw HTML through', () => {
    const html = renderRichText(doc(
      { type: 'paragraph', children: [text('<script>alert("x")</script> & 《民法典》')] },
      { type: 'html', html: '<img src=x onerror=alert(1)>', children: [] },
    ))
    expect(html).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 《民法典》</p>')
    expect(html).not.toContain('<img')
  })

  it('keeps safe links and drops dangerous ones (text stays)', () => {
    const html = renderRichText(doc({ type: 'paragraph', children: [
      { type: 'link', fields: { url: 'https://flk.npc.gov.cn/' }, children: [text('法律法规库')] },
      { type: 'link', fields: { url: 'javascript:alert(1)' }, children: [text('坏链接')] },
      { type: 'link', fields: { url: '/civil-code/1165/" onmouseover="x' }, children: [text('站内')] },
    ] }))
    expect(html).toContain('<a href="https://flk.npc.gov.cn/" rel="noopener noreferrer">法律法规库</a>')
    expect(html).toContain('坏链接')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('href="/civil-code/1165/&quot; onmouseover=&quot;x"')
  })

  it('shifts heading levels and never emits h1', () => {
    expect(renderRichText(doc({ type: 'heading', tag: 'h1', children: [text('标题')] }))).toBe('<h2>标题</h2>')
    expect(renderRichText(doc({ type: 'heading', tag: 'h2', children: [text('标题')] }), { headingOffset: 1 })).toBe('<h3>标题</h3>')
  })

  it('tolerates empty and malformed input', () => {
    expect(renderRichText(null)).toBe('')
    expect(renderRichText({} as never)).toBe('')
    expect(renderRichText(doc({ type: 'paragraph', children: [] }))).toBe('')
  })

  it('extracts plain text', () => {
    expect(richTextToPlain(doc({ type: 'paragraph', children: [text('第一段')] }, { type: 'paragraph', children: [text('第二段')] }))).toBe('第一段\n第二段')
  })

  it('escapes and checks hrefs', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
    expect(safeHref('//evil.example')).toBeNull()
    expect(safeHref('tel:0750-3866000')).toBe('tel:0750-3866000')
  })
})
