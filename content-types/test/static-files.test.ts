import { describe, expect, it } from 'vitest'
import { cacheControlFor, contentTypeFor } from '../src/static-files'

const year = 'public, max-age=31536000, immutable'
const revalidate = 'public, max-age=0, must-revalidate'

describe('cache policy of the built site', () => {
  it('caches content-addressed files for a year: bundles, the site search index, stock Pagefind bundles', () => {
    for (const p of ['/_astro/index.DxY1.css', '/search/index/Ab3-x_9Zq1Lm.bin', 'search/index/Q2w3e4r5t6y7.pages.bin', 'pagefind/fragment/zh_1a2b.pf_fragment', '/pagefind/index/zh_9f.pf_index', 'pagefind-shards/civil-code-1/index/zh_3.pf_index', '/pagefind-shards/news-2/filter/zh_4.pf_filter', 'pagefind/pagefind.zh_1.pf_meta', 'pagefind/wasm.zh.pagefind'])
      expect(cacheControlFor(p), p).toBe(year)
  })
  it('revalidates pages and entry files, so a publish shows at once', () => {
    for (const p of ['/', '/index.html', '/civil-code/1042/index.html', '/search/manifest.json', '/search/records/Zx81kLm0PqRs/12.json', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.js', '/pagefind-shards/shards.json'])
      expect(cacheControlFor(p), p).toBe(revalidate)
  })
  it('names content types', () => {
    expect(contentTypeFor('a/b.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('x.pagefind')).toBe('application/octet-stream')
  })
})
