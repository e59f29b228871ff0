/**
 * The static index (build-index.ts) and the runtime over it (engine.ts, run.ts) on small synthetic pages: exact
 * matching (a run must stand contiguous inside one block), single characters, article numbers, synonyms, the
 * type filter, the ranking, and byte-identical output. Checked against the ground truth (query.ts textMatches).
 */
import { describe, expect, it } from 'vitest'
import { buildIndex, type BuildSynonym, type IndexedPage } from '../../src/lib/search/build-index'
import { SearchIndex, type Fetcher } from '../../src/lib/search/engine'
import { extractPage, matchingText } from '../../src/lib/search/extract'
import { planQuery, textMatches } from '../../src/lib/search/query'
import { runSearch } from '../../src/lib/search/run'

const html = (title: string, body: string, type = '') =>
  `<html><body><main data-pagefind-body><h1>${title}</h1>${body}${type ? `<span hidden data-pagefind-meta="type:${type}"></span>` : ''}</main></body></html>`

function pagesOf(list: [url: string, title: string, body: string, type?: string][]): IndexedPage[] {
  return list.map(([url, title, body, type]) => ({ url, ...extractPage(html(title, body, type))! }))
}

/** The built files, served from memory. */
function memoryFetcher(files: Map<string, Uint8Array | string>): Fetcher {
  return async (path) => {
    const body = files.get(path.replace(/^\//, ''))
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body
    return {
      ok: !!bytes,
      status: bytes ? 200 : 404,
      json: async () => JSON.parse(new TextDecoder().decode(bytes)),
      arrayBuffer: async () => (bytes ? bytes.slice().buffer : new ArrayBuffer(0)),
    }
  }
}

async function indexOf(pages: IndexedPage[], synonyms: BuildSynonym[] = [], options: { bucketTarget?: number; heavyBytes?: number } = {}) {
  const built = buildIndex(pages, synonyms, options)
  return { built, index: await SearchIndex.load(memoryFetcher(built.files)) }
}

const site = pagesOf([
  ['/civil-code/1042/', '民法典第一千零四十二条', '<p>禁止包办、买卖婚姻和其他干涉婚姻自由的行为。禁止借婚姻索取财物。</p>', '法条'],
  ['/civil-code/1032/', '民法典第一千零三十二条', '<p>自然人享有隐私权。任何组织或者个人不得侵害他人的隐私权。</p>', '普法解读'],
  ['/civil-code/1033/', '民法典第一千零三十三条', '<p>除法律另有规定外，任何组织或者个人不得实施下列行为。</p><p>参见第一千零三十二条。</p>', '法条'],
  ['/news/a/', '广场活动报名', '<p>市民可以在广场报名参加活动。</p>', '新闻'],
  ['/news/b/', '文化广场', '<p>在文化广场</p><p>报名请联系社区，电话 0750-3866000，网址 Example.org。</p>', '新闻'],
  ['/laws/labor-contract-law/10/', '劳动合同法第十条', '<p>建立劳动关系，应当订立书面劳动合同。</p>', '法条'],
  ['/laws/other-law/10/', '其他法第十条', '<p>本法所称劳动合同法，是指……</p>', '法条'],
])

const found = async (index: SearchIndex, q: string, options = {}) => (await runSearch(index, q, { limit: 100, ...options })).hits.map((h) => h.url)

describe('matching', () => {
  it('finds a run only where it stands contiguous inside one block', async () => {
    const { index } = await indexOf(site)
    // 广场报名 is in /news/a/'s text; /news/b/ has 广场 and 报名 in two blocks.
    expect(await found(index, '广场报名')).toEqual(['/news/a/'])
    expect(await found(index, '文化广场报名')).toEqual([])
    expect((await found(index, '广场')).sort()).toEqual(['/news/a/', '/news/b/'])
  })

  it('finds single characters, odd and even lengths, words and digits inside longer words', async () => {
    const { index } = await indexOf(site)
    expect((await found(index, '禁')).sort()).toEqual(['/civil-code/1042/'])
    expect(await found(index, '婚姻自由')).toEqual(['/civil-code/1042/'])
    expect(await found(index, '干涉婚姻自由的行为')).toEqual(['/civil-code/1042/'])
    expect(await found(index, 'EXAMPLE')).toEqual(['/news/b/'])
    expect(await found(index, 'xampl')).toEqual(['/news/b/'])
    // a bare number of up to four digits is an article number (第三千八百六十六条); five digits are not
    expect(await found(index, '38660')).toEqual(['/news/b/'])
    expect(await found(index, '0750')).toEqual(['/news/b/'])
  })

  it('reads article numbers as residents write them; the article itself first, then pages citing it', async () => {
    const { index } = await indexOf(site)
    for (const q of ['第1032条', '第 1032 条', '1032条', '1032', '１０３２', '第一千零三十二条']) expect(await found(index, q), q).toEqual(['/civil-code/1032/', '/civil-code/1033/'])
    expect(await found(index, '隐私权 1032')).toEqual(['/civil-code/1032/'])
    expect((await found(index, '劳动合同法 第10条'))[0]).toBe('/laws/labor-contract-law/10/')
    expect((await found(index, '劳动合同法第十条'))[0]).toBe('/laws/labor-contract-law/10/')
  })

  it('ORs in synonyms (a space in an expansion: both phrases), and ranks the article a dictionary term names first', async () => {
    const synonyms = [
      { term: '彩礼', expansions: ['借婚姻索取财物'], target: '/civil-code/1042/' },
      { term: '隐私', expansions: ['不得侵害 隐私权'] },
      { term: '活动', expansions: [], target: '/news/b/' },
    ]
    const { index } = await indexOf(site, synonyms)
    expect(await found(index, '彩礼')).toEqual(['/civil-code/1042/'])
    expect(await found(index, '彩礼', { synonyms: [] })).toEqual([])
    expect((await found(index, '隐私')).sort()).toEqual(['/civil-code/1032/'])
    // 活动 names /news/b/, which does not hold it: a name ranks, it does not make a match.
    expect(await found(index, '活动')).toEqual(['/news/a/'])
    // /news/a/ has 广场 in its title; the dictionary's target (/news/b/) still comes first for a query holding 活动?
    const { index: named } = await indexOf(site, [{ term: '广场', expansions: [], target: '/news/b/' }])
    expect(await found(named, '广场')).toEqual(['/news/b/', '/news/a/'])
    expect(await found(index, '广场')).toEqual(['/news/a/', '/news/b/'])
  })

  it('filters by result kind', async () => {
    const { index } = await indexOf(site)
    expect(await found(index, '第一千零三十二条', { filters: { type: '普法解读' } })).toEqual(['/civil-code/1032/'])
    expect(await found(index, '第一千零三十二条', { filters: { type: '新闻' } })).toEqual([])
    expect(await found(index, '广场', { filters: { type: '新闻' } })).toHaveLength(2)
  })

  it('returns titles, kinds and excerpts with every matched phrase marked', async () => {
    const { index } = await indexOf(site)
    const r = await runSearch(index, '隐私权', { limit: 5 })
    expect(r.total).toBe(1)
    expect(r.hits[0]).toMatchObject({ url: '/civil-code/1032/', title: '民法典第一千零三十二条', type: '普法解读' })
    expect(r.hits[0]!.excerpt).toContain('享有<mark>隐私权</mark>。任何组织或者个人不得侵害他人的<mark>隐私权</mark>。')
    const e = await runSearch(index, 'example', { limit: 5 })
    expect(e.hits[0]!.excerpt).toContain('<mark>Example</mark>.org')
  })
})

describe('against the ground truth', () => {
  // Random texts over a small alphabet (many repeats, runs broken by punctuation and blocks), random queries.
  const alphabet = [...'甲乙丙丁戊己庚辛']
  let seed = 7
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
  const word = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('')
  const pages = pagesOf(
    Array.from({ length: 60 }, (_, i) => [`/p/${i}/`, word(3), Array.from({ length: 1 + rand(4) }, () => `<p>${word(2 + rand(12))}，${word(1 + rand(6))}</p>`).join(''), i % 3 ? '法条' : '新闻'] as [string, string, string, string]),
  )
  it('matches exactly the pages whose text holds every term, for 450 random queries: tiny buckets, one bucket, large postings in files of their own', async () => {
    for (const options of [{ bucketTarget: 64 }, { bucketTarget: 1 << 20 }, { heavyBytes: 4 }]) {
      const { built, index } = await indexOf(pages, [], options)
      if (options.heavyBytes) expect(Object.keys(built.manifest.heavy).length).toBeGreaterThan(0)
      for (let k = 0; k < 150; k++) {
        const q = Array.from({ length: 1 + rand(3) }, () => word(1 + rand(5))).join(' ')
        const plan = planQuery(q)
        const truth = pages.filter((p) => textMatches(plan, matchingText(p).text)).map((p) => p.url).sort()
        expect((await found(index, q, { limit: 1000 })).sort(), q).toEqual(truth)
      }
    }
  })
})

describe('output', () => {
  it('is the same bytes for the same pages, in whatever order they come', async () => {
    const a = buildIndex(site, [{ term: '彩礼', expansions: ['借婚姻索取财物'], target: '/civil-code/1042/' }]).files
    const b = buildIndex([...site].reverse(), [{ term: '彩礼', expansions: ['借婚姻索取财物'], target: '/civil-code/1042/' }]).files
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort())
    for (const [k, v] of a) expect(b.get(k), k).toEqual(v)
  })

  it('names index files by their content, and page records by the page list', () => {
    const a = buildIndex(site).files
    const edited = buildIndex(site.map((p) => (p.url === '/news/a/' ? { ...p, text: `${p.text}\n补充` } : p))).files
    const names = (f: Map<string, unknown>, dir: string) => [...f.keys()].filter((k) => k.startsWith(dir)).sort()
    // the page list is the same: records keep their folder; only the edited page's record differs
    expect(names(edited, 'search/records/')).toEqual(names(a, 'search/records/'))
    expect(names(a, 'search/records/').filter((k) => a.get(k) !== edited.get(k))).toHaveLength(1)
    expect(names(edited, 'search/index/')).not.toEqual(names(a, 'search/index/'))
  })

  it('serves every page its own record, from files that hold several pages each', async () => {
    const { index } = await indexOf(site)
    const urls = site.map((p) => p.url).sort()
    expect(urls.length).toBeGreaterThan(4)
    expect(await Promise.all(urls.map((_, id) => index.record(id).then((r) => r.url)))).toEqual(urls)
    const files = (await indexOf(site)).built.files
    expect([...files.keys()].filter((k) => k.startsWith('search/records/'))).toHaveLength(Math.ceil(urls.length / 4))
  })
})

describe('a patched index (a later build in the same process, few pages changed)', () => {
  let seed = 11
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
  const alphabet = [...'甲乙丙丁戊己庚辛壬癸子丑寅卯abc12']
  const word = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('')
  const page = (i: number): IndexedPage =>
    pagesOf([[`/p/${String(i).padStart(3, '0')}/`, word(2 + rand(4)), Array.from({ length: 1 + rand(4) }, () => `<p>${word(2 + rand(20))}。${word(1 + rand(8))}</p>`).join(''), i % 4 ? '法条' : '新闻']])[0]!
  const sameFiles = (patched: Map<string, Uint8Array | string>, fresh: Map<string, Uint8Array | string>) => {
    expect([...patched.keys()].sort()).toEqual([...fresh.keys()].sort())
    for (const [k, v] of fresh) expect(Buffer.from(patched.get(k)!), k).toEqual(Buffer.from(v))
  }

  it('is byte for byte the index built from nothing, edit after edit: texts, titles, kinds, new and vanished tokens, buckets added, postings crossing into files of their own', () => {
    for (const options of [{ bucketTarget: 256, heavyBytes: 48 }, {}]) {
      let pages = Array.from({ length: 120 }, (_, i) => page(i))
      let state = buildIndex(pages, [], options).state
      const edits: ((p: IndexedPage) => IndexedPage)[] = [
        (p) => ({ ...p, text: `${p.text}\n${word(6)}` }),
        (p) => ({ ...p, text: p.text.slice(0, Math.max(1, p.text.length >> 1)), titleSpan: null }),
        (p) => ({ ...p, type: p.type === '新闻' ? '法条' : '新闻' }),
        (p) => ({ ...p, text: `${p.text}\n新字𠀀丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁` }),
        (p) => ({ ...p, text: '', titleSpan: null }),
        (p) => ({ ...p, title: `${p.title}改` }),
      ]
      const patchedCounts: (number | null)[] = []
      for (let round = 0; round < 30; round++) {
        const changed = round % 10 === 9 ? 0 : 1 + rand(5)
        pages = [...pages]
        for (let k = 0; k < changed; k++) {
          const i = rand(pages.length)
          pages[i] = edits[rand(edits.length)]!(pages[i]!)
        }
        // Every tenth round: a page's text grows a lot (more buckets than before).
        if (round % 10 === 5) pages[0] = { ...pages[0]!, text: `${pages[0]!.text}\n${Array.from({ length: 40 }, () => word(30)).join('。')}` }
        const patched = buildIndex(pages, [], options, state)
        sameFiles(patched.files, buildIndex(pages, [], options).files)
        patchedCounts.push(patched.stats.patched)
        state = patched.state
      }
      // Patched every time (no round changed more than 5 % of 120 pages plus one), including rounds with no change.
      expect(patchedCounts.every((c) => c !== null)).toBe(true)
      expect(patchedCounts).toContain(0)
    }
  })

  it('is built whole when the page list changed or many pages did', () => {
    const pages = Array.from({ length: 40 }, (_, i) => page(i))
    const more = [...pages, page(40)]
    const added = buildIndex(more, [], {}, buildIndex(pages).state)
    expect(added.stats.patched).toBeNull()
    sameFiles(added.files, buildIndex(more).files)
    const many = pages.map((p) => ({ ...p, text: `${p.text}补` }))
    expect(buildIndex(many, [], {}, buildIndex(pages).state).stats.patched).toBeNull()
  })
})
