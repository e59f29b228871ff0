import { describe, expect, it } from 'vitest'
import { hanRuns } from '../../src/lib/search/han'
import { normaliseArticleNumbers } from '../../src/lib/search/numbers'
import { planQuery, splitTerms, textMatches } from '../../src/lib/search/query'
import { expandRun, normaliseSynonyms } from '../../src/lib/search/synonyms'
import { buildExcerpt } from '../../src/lib/search/engine'
import { termCover } from '../../src/lib/search/format'

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
    ['0750-3866000', '0750-3866000'],
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
    expect(splitTerms('5G网络abc中文')).toEqual([
      { kind: 'word', text: '5g' },
      { kind: 'han', text: '网络' },
      { kind: 'word', text: 'abc' },
      { kind: 'han', text: '中文' },
    ])
    expect(hanRuns('a广场，报名b')).toEqual(['广场', '报名'])
  })
})

describe('term covers', () => {
  it('pin every character of the term with as few pairs as possible', () => {
    expect(termCover('广场报名').cover).toEqual([{ token: '广场', offset: 0 }, { token: '报名', offset: 2 }])
    expect(termCover('广场报').cover).toEqual([{ token: '广场', offset: 0 }, { token: '场报', offset: 1 }])
    expect(termCover('债').cover).toEqual([])
    // with costs: the cheapest cover (here avoiding 广场, found on every page)
    expect(termCover('文化广场报名', (t) => (t === '广场' ? 100 : 1)).cover.map((c) => c.token)).toEqual(['文化', '化广', '场报', '报名'])
    // offsets count UTF-16 units, as the index's positions do
    expect(termCover('𠀋字号').cover).toEqual([{ token: '𠀋字', offset: 0 }, { token: '字号', offset: 2 }])
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
  it('spanning several terms, or not plain Han, are found in the query as typed', () => {
    const mixed = normaliseSynonyms([
      { term: 'AI换脸', expansions: ['利用信息技术手段伪造'] },
      { term: 'N+1', expansions: ['额外支付劳动者一个月工资'] },
    ])
    expect(planQuery('ai换脸 诈骗', mixed).groups.map((g) => g.alternatives.map((a) => a.text))).toEqual([['ai换脸', '利用信息技术手段伪造'], ['诈骗']])
    // not rewritten into 第一条 first
    expect(planQuery('N+1 赔偿', mixed).groups.map((g) => g.alternatives.map((a) => a.text))).toEqual([['N+1', '额外支付劳动者一个月工资'], ['赔偿']])
    expect(planQuery('N+10', mixed).groups.map((g) => g.source)).toEqual(['n', '第十条'])
  })
  it('become OR-alternatives of a group', () => {
    const plan = planQuery('彩礼 1042', syn)
    expect(plan.groups.map((g) => g.alternatives.map((a) => a.text))).toEqual([['彩礼', '借婚姻索取财物'], ['第一千零四十二条']])
    expect(textMatches(plan, '第一千零四十二条 禁止借婚姻索取财物。')).toBe(true)
    expect(textMatches(plan, '第一千零四十二条 禁止借婚姻索取财物。', { synonyms: false })).toBe(false)
  })
})

describe('excerpts', () => {
  it('builds escaped excerpts', () => {
    expect(buildExcerpt('a<b> 广场报名 c', ['广场报名'])).toBe('a&lt;b&gt; <mark>广场报名</mark> c')
    expect(buildExcerpt('nothing', ['广场'], 'fb')).toBe('fb')
    expect(buildExcerpt('See Example.org now', ['example'])).toBe('See <mark>Example</mark>.org now')
  })
})
