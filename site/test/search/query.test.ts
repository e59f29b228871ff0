import { describe, expect, it } from 'vitest'
import { charToken, hanRuns, pairToken, phraseQuery, runTokens, textTokens } from '../../src/lib/search/han'
import { normaliseArticleNumbers } from '../../src/lib/search/numbers'
import { planQuery, splitTerms, textMatches } from '../../src/lib/search/query'
import { expandRun, normaliseSynonyms } from '../../src/lib/search/synonyms'
import { searchIndexHtml, searchIndexMeta } from '../../src/lib/search/indexing'
import { buildExcerpt, searchPlan, type PagefindLike, type PagefindResult } from '../../src/lib/search/engine'

describe('article numbers', () => {
  it.each([
    ['第1032条', '第一千零三十二条'],
    ['1032', '第一千零三十二条'],
    ['第 1032 条', '第一千零三十二条'],
    ['1032条', '第一千零三十二条'],
    ['第10条', '第十条'],
    ['第110条', '第一百一十条'],
    ['隐私权第1032条', '隐私权 第一千零三十二条'],
    ['隐私权 1032', '隐私权 第一千零三十二条'],
    ['2020年施行', '2020年施行'],
    ['500元', '500元'],
    ['123456', '123456'],
    ['第0条', '第0条'],
  ])('%s → %s', (q, want) => expect(normaliseArticleNumbers(q)).toBe(want))
  it('folds full-width digits first', () => expect(planQuery('第１０３２条').normalised).toBe('第一千零三十二条'))
})

describe('splitting', () => {
  it('splits Chinese runs from other tokens', () => {
    expect(splitTerms('高空抛物 GDP，居住权2')).toEqual([
      { kind: 'han', text: '高空抛物' },
      { kind: 'word', text: 'gdp' },
      { kind: 'han', text: '居住权' },
      { kind: 'word', text: '2' },
    ])
    expect(hanRuns('a广场，报名b')).toEqual(['广场', '报名'])
  })
})

describe('pair tokens', () => {
  it('are ASCII, fixed width, and end each run with a single-character token', () => {
    expect(runTokens('广场报名')).toEqual([pairToken('广', '场'), pairToken('场', '报'), pairToken('报', '名'), charToken('名')])
    expect(pairToken('广', '场')).toMatch(/^q[0-9a-z]{8}$/)
    expect(textTokens('广场。报名')).toEqual([pairToken('广', '场'), charToken('场'), pairToken('报', '名'), charToken('名')])
    // The one-pass version is the definition (runs, then pairs), also across rare and astral characters.
    const mixed = '第一千零四十二条　禁止借婚姻索取财物。〇号 abc 𠀋𠀌字 々 2026 年⺀龟'
    expect(textTokens(mixed)).toEqual(hanRuns(mixed).flatMap(runTokens))
  })
  it('turn a run into an exact phrase query', () => {
    expect(phraseQuery('广场报名')).toBe(`"${pairToken('广', '场')} ${pairToken('场', '报')} ${pairToken('报', '名')}"`)
    expect(phraseQuery('广场')).toBe(`"${pairToken('广', '场')}"`)
    expect(phraseQuery('场')).toBe(charToken('场'))
  })
  it('a run occurs in a text iff its pair tokens occur contiguously in the text stream', () => {
    const text = '市民可以在文化广场举办讲座，报名请联系社区。广场报名处'
    const stream = ` ${textTokens(text).join(' ')} `
    for (const run of ['广场报名', '广场举办', '报名请', '场报', '讲座报名', '社区广场']) {
      const seq = ` ${phraseQuery(run).replace(/"/g, '')} `
      expect(stream.includes(seq), run).toBe(text.includes(run))
    }
  })
})

describe('synonyms', () => {
  const syn = normaliseSynonyms([
    { term: ' 彩礼 ', expansions: ['借婚姻索取财物', '', '彩礼'] },
    { term: '欠薪', expansions: ['拖欠劳动报酬'] },
    { term: '欠薪', expansions: ['拖欠工资'] },
    { term: '', expansions: ['x'] },
  ])
  it('are cleaned and merged', () =>
    expect(syn).toEqual([
      { term: '彩礼', expansions: ['借婚姻索取财物'] },
      { term: '欠薪', expansions: ['拖欠劳动报酬', '拖欠工资'] },
    ]))
  it('expand a run, also inside a longer run', () => {
    expect(expandRun('欠薪', syn)).toEqual(['欠薪', '拖欠劳动报酬', '拖欠工资'])
    expect(expandRun('彩礼返还', syn)).toEqual(['彩礼返还', '借婚姻索取财物返还'])
  })
  it('become OR-alternatives of a group', () => {
    const plan = planQuery('彩礼 1042', syn)
    expect(plan.groups.map((g) => g.alternatives.map((a) => a.text))).toEqual([['彩礼', '借婚姻索取财物'], ['第一千零四十二条']])
    expect(textMatches(plan, '第一千零四十二条 禁止借婚姻索取财物。')).toBe(true)
    expect(textMatches(plan, '第一千零四十二条 禁止借婚姻索取财物。', { synonyms: false })).toBe(false)
  })
})

describe('index helper', () => {
  it('emits hidden meta with tokens, aliases and type', () => {
    const meta = searchIndexMeta({ text: '禁止借婚姻索取财物', aliases: ['彩礼', '天价,彩礼'], type: '法条解读' })
    expect(meta[0]).toBe(`zhq:${[...textTokens('禁止借婚姻索取财物'), ...textTokens('彩礼'), ...textTokens('天价 彩礼')].join(' ')}`)
    expect(meta.slice(1)).toEqual(['aliases:彩礼、天价 彩礼', 'type:法条解读'])
    expect(searchIndexHtml({ text: '广场' })).toBe(`<span hidden data-pagefind-meta="zhq:${pairToken('广', '场')} ${charToken('场')}"></span>`)
  })
})

describe('engine', () => {
  // A fake Pagefind over a few pages: exact token phrases are answered from each page's stream,
  // ordinary searches by "all pieces anywhere" (like the stock behaviour), scored by length.
  const pages = [
    { id: 'a', url: '/a/', title: '民法典 第一千零三十二条', text: '第一千零三十二条 自然人享有隐私权。' },
    { id: 'b', url: '/b/', title: '讲座', text: '在文化广场举办讲座，报名请联系社区。' },
    { id: 'c', url: '/c/', title: '活动', text: '市民可以在广场报名参加活动。' },
    { id: 'd', url: '/d/', title: '民法典 第一千零四十二条', text: '禁止借婚姻索取财物。' },
  ]
  const fake: PagefindLike = {
    async search(q) {
      const exact = q.startsWith('"')
      const terms = q.replace(/"/g, '').split(' ')
      const results: PagefindResult[] = pages
        .filter((p) => {
          const stream = ` ${textTokens(p.text).join(' ')} `
          if (exact) return stream.includes(` ${terms.join(' ')} `)
          if (/^q[0-9a-z]{4}$/.test(q)) return stream.includes(` ${q}`)
          return terms.every((t) => [...t].every((ch) => p.text.includes(ch)))
        })
        .map((p) => ({
          id: p.id,
          score: 1 / p.text.length,
          data: async () => ({ url: p.url, content: p.text, excerpt: p.text, meta: { title: p.title } }),
        }))
      return { results }
    },
  }
  it('finds exactly the pages containing the phrase', async () => {
    const res = await searchPlan(fake, planQuery('广场报名'))
    expect(res.map((r) => r.id)).toEqual(['c'])
  })
  it('handles mixed queries and synonyms', async () => {
    expect((await searchPlan(fake, planQuery('隐私权 1032'))).map((r) => r.id)).toEqual(['a'])
    const syn = [{ term: '彩礼', expansions: ['借婚姻索取财物'] }]
    expect((await searchPlan(fake, planQuery('彩礼', syn))).map((r) => r.id)).toEqual(['d'])
  })
  it('runSearch returns hits with marked excerpts', async () => {
    const { runSearch } = await import('../../src/lib/search/run')
    const res = await runSearch(fake, '第1032条', { synonyms: [] })
    expect(res.total).toBe(1)
    expect(res.hits[0]).toMatchObject({ url: '/a/', title: '民法典 第一千零三十二条' })
    expect(res.hits[0]!.excerpt).toContain('<mark>第一千零三十二条</mark>')
  })
  it('builds escaped excerpts', () => {
    expect(buildExcerpt('a<b> 广场报名 c', ['广场报名'])).toBe('a&lt;b&gt; <mark>广场报名</mark> c')
    expect(buildExcerpt('nothing', ['广场'], 'fb')).toBe('fb')
  })
})
