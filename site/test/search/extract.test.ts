/** The text a resident reads on a page (lib/search/extract.ts): the one definition index, excerpts and evaluation share. */
import { describe, expect, it } from 'vitest'
import { extractPage, matchingText } from '../../src/lib/search/extract'

const page = (body: string, outside = '') =>
  `<!doctype html><html lang="zh-CN"><head><title>T</title><style>p{color:red}</style></head><body><header><h1>站点</h1>页眉</header>${outside}<article data-pagefind-body>${body}</article><footer>页脚</footer></body></html>`

describe('extractPage', () => {
  it('reads only the searchable area, title from its first h1, type from the meta', () => {
    const p = extractPage(page('<h1>第十条　劳动合同</h1><p>建立劳动关系，应当订立书面劳动合同。</p><span hidden data-pagefind-meta="type:法条"></span>'))!
    expect(p.text).toBe('第十条　劳动合同\n建立劳动关系，应当订立书面劳动合同。')
    expect(p.title).toBe('第十条　劳动合同')
    expect(p.type).toBe('法条')
    expect(p.text.slice(...p.titleSpan!)).toBe(p.title)
  })

  it('leaves out hidden elements, data-pagefind-ignore subtrees, scripts, styles, templates and noscript', () => {
    const p = extractPage(
      page(
        '<p>看得见<span hidden>藏起来</span>的字</p><div data-pagefind-ignore><p>表单说明</p></div><script>var 脚本 = 1</script>' +
          '<style>.x{}</style><template><p>模板</p></template><noscript>无脚本</noscript><p>结尾</p>',
      ),
    )!
    expect(p.text).toBe('看得见的字\n结尾')
  })

  it('separates blocks with a line break, so a run never joins across blocks; inline elements join', () => {
    const p = extractPage(page('<ul><li>甲方</li><li>乙方</li></ul><p>第<strong>一千</strong>条<br>下一行</p><table><tr><td>单元</td><td>格子</td></tr></table>'))!
    expect(p.text.split('\n')).toEqual(['甲方', '乙方', '第一千条', '下一行', '单元', '格子'])
  })

  it('decodes entities and collapses whitespace as the browser shows it', () => {
    const p = extractPage(page('<p>  A &amp; B &lt;合同&gt; &quot;引&quot;&#20013;&nbsp;文\n\n  续  </p>'))!
    expect(p.text).toBe('A & B <合同> "引"中\u00a0文 续')
  })

  it('has no text for a page without a searchable area; type falls back to the filter attribute', () => {
    expect(extractPage('<html><body><h1>搜索</h1><p>x</p></body></html>')).toBeNull()
    expect(extractPage(page('<p>x</p>').replace('data-pagefind-body', 'data-pagefind-body data-pagefind-filter="type:新闻"'))!.type).toBe('新闻')
  })

  it('reads from the searchable area on: an h1 before it (the site header) is not the title', () => {
    const p = extractPage(`<html><body><h1>站点名称</h1><main data-pagefind-body><p>正文</p></main></body></html>`)!
    expect(p).toMatchObject({ title: '', text: '正文', titleSpan: null })
  })

  it('matches on the NFKC form, the title span moved along', () => {
    const p = extractPage(page('<p>第１０条</p><h1>ＡＢＣ标题</h1><p>２０２６年</p>'))!
    const m = matchingText(p)
    expect(m.text).toBe('第10条\nABC标题\n2026年')
    expect(m.text.slice(...m.titleSpan!)).toBe('ABC标题')
  })
})
