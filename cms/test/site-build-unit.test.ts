/**
 * The build pipeline's pieces without the CMS: the atomic switch, rollback and pruning; validation
 * (missing pages, broken links, personal data); a failing build command leaves the live site; the
 * S3 changed-files plan.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SiteSnapshot } from '@lawpoint/content-types'
import { planSync } from '../src/publishing/deploy/s3'
import { cacheControlFor } from '@lawpoint/content-types/static-files'
import { runSiteBuild } from '../src/publishing/runner'
import { currentLive, listBuilds, pruneBuilds, rollback } from '../src/publishing/switch'
import { findPersonalData, validateSite, withoutStyles } from '../src/publishing/validate'

const snapshot = (over: Partial<SiteSnapshot> = {}): SiteSnapshot =>
  ({
    generatedAt: new Date().toISOString(),
    settings: { id: 1, siteName: '测试', contact: { phone: '0750-3866000', email: 'lifa@jianghai.gov.cn' } },
    synonyms: [],
    news: [{ id: 7, slug: 'hello', title: '你好', _status: 'published' }],
    explainers: [{ id: 1, lawKey: 'civil-code', articleNumber: 1165, title: '过错责任', _status: 'published' }],
    lectures: [],
    squareEvents: [],
    recaps: [],
    consultations: [],
    collectionPoints: [],
    ...over,
  }) as unknown as SiteSnapshot

/** A stand-in for `astro build`: waits for snapshot.json as the site does (SNAPSHOT_WAIT_MS), writes its pages. */
const fakeSite = (extra = '') =>
  `node -e "const fs=require('fs'),p=require('path');const t=Date.now();while(!fs.existsSync(process.env.SNAPSHOT_FILE)&&Date.now()-t<10000);` +
  `const s=JSON.parse(fs.readFileSync(process.env.SNAPSHOT_FILE));` +
  `const w=(f,c)=>{fs.mkdirSync(p.dirname(p.join(process.env.OUT_DIR,f)),{recursive:true});fs.writeFileSync(p.join(process.env.OUT_DIR,f),c)};` +
  `w('index.html','<a href=\\"/news/hello/\\">x</a>${extra}');w('search/index.html','s');` +
  `for(const n of s.news)w('news/'+n.slug+'/index.html','<h1>'+n.title+'</h1><a href=\\"/\\">home</a>');` +
  `for(const e of s.explainers)w('civil-code/'+e.articleNumber+'/index.html',e.title);"`

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'lawpoint-builds-'))

describe('runner, switch and rollback', () => {
  it('switches live only after a build passes, keeps the previous one for rollback', async () => {
    const root = tmp()
    const first = await runSiteBuild({ snapshot: snapshot(), root, command: fakeSite() })
    expect(first.ok, first.error).toBe(true)
    expect(currentLive(root)).toBe(first.name)
    expect(fs.readFileSync(path.join(root, 'live/news/hello/index.html'), 'utf8')).toContain('你好')

    // A build that fails for real (the command exits non-zero) leaves live alone and says why.
    const broken = await runSiteBuild({ snapshot: snapshot(), root, command: 'echo "snapshot invalid" >&2; exit 3' })
    expect(broken.ok).toBe(false)
    expect(broken.error).toContain('snapshot invalid')
    expect(currentLive(root)).toBe(first.name)

    // Validation failures too: personal data in the output.
    const leaky = await runSiteBuild({ snapshot: snapshot(), root, command: fakeSite('联系 13812345678') })
    expect(leaky.ok).toBe(false)
    expect(leaky.error).toContain('手机号')
    expect(currentLive(root)).toBe(first.name)

    const second = await runSiteBuild({ snapshot: snapshot({ news: [{ id: 7, slug: 'hello', title: '第二版', _status: 'published' }] as never }), root, command: fakeSite() })
    expect(second.ok).toBe(true)
    expect(fs.readFileSync(path.join(root, 'live/news/hello/index.html'), 'utf8')).toContain('第二版')

    expect(rollback(root)).toEqual({ from: second.name, to: first.name })
    expect(fs.readFileSync(path.join(root, 'live/news/hello/index.html'), 'utf8')).toContain('你好')
    expect(listBuilds(root)).toEqual([first.name, second.name])
  })

  it('starts the site build while the snapshot is still being exported, and builds from it', async () => {
    const root = tmp()
    // The export finishes only once the build has started (a marker it writes first): no race on a busy machine.
    // (A runner that waited for the snapshot before starting the build would never see it: the test would time out.)
    const marker = path.join(root, 'build-started')
    let exportedAt = 0
    const late = new Promise<SiteSnapshot>((resolve) => {
      const poll = setInterval(() => {
        if (!fs.existsSync(marker)) return
        clearInterval(poll)
        exportedAt = Date.now()
        resolve(snapshot({ news: [{ id: 7, slug: 'hello', title: '晚到的快照', _status: 'published' }] as never }))
      }, 20)
    })
    const outcome = await runSiteBuild({ snapshot: late, root, command: `node -e "require('fs').writeFileSync(process.argv[1], String(Date.now()))" ${JSON.stringify(marker)}; ${fakeSite()}` })
    expect(outcome.ok, outcome.error).toBe(true)
    expect(fs.readFileSync(path.join(root, 'live/news/hello/index.html'), 'utf8')).toContain('晚到的快照')
    // Both times from the same clock (a file's mtime comes from the kernel's coarse clock, a few ms behind Date.now()).
    expect(Number(fs.readFileSync(marker, 'utf8'))).toBeLessThanOrEqual(exportedAt)
  })

  it('fails the build, stops the site build and leaves live alone when the export fails', async () => {
    const root = tmp()
    const first = await runSiteBuild({ snapshot: snapshot(), root, command: fakeSite() })
    const t = Date.now()
    const failed = await runSiteBuild({ snapshot: Promise.reject(new Error('导出快照失败：数据库不可用')), root, command: 'sleep 20' })
    expect(failed.ok).toBe(false)
    expect(failed.error).toContain('导出快照失败')
    expect(Date.now() - t).toBeLessThan(10_000)
    expect(currentLive(root)).toBe(first.name)
  })

  it('prunes old builds but never the live one', async () => {
    const root = tmp()
    const names: string[] = []
    for (let i = 0; i < 4; i++) names.push((await runSiteBuild({ snapshot: snapshot(), root, command: fakeSite() })).name)
    rollback(root, names[0])
    pruneBuilds(root, 2)
    expect(listBuilds(root)).toEqual([names[0], names[2], names[3]])
    expect(currentLive(root)).toBe(names[0])
    // The pruned build is deleted from the disk too, by a process of its own.
    const onDisk = () => fs.readdirSync(root).filter((n) => n.includes(names[1]!))
    for (let i = 0; i < 100 && onDisk().length; i++) await new Promise((r) => setTimeout(r, 100))
    expect(onDisk()).toEqual([])
  })
})

describe('validation', () => {
  it('reports missing pages and broken internal links', async () => {
    const dir = tmp()
    fs.mkdirSync(path.join(dir, 'search'))
    fs.writeFileSync(path.join(dir, 'index.html'), '<a href="/news/missing/">x</a><a href="/search/?q=1">s</a><img src="/a.png"><a href="//cdn.example.com/x">c</a>')
    fs.writeFileSync(path.join(dir, 'search/index.html'), '')
    fs.writeFileSync(path.join(dir, 'a.png'), '')
    const r = await validateSite(dir, snapshot())
    expect(r.errors).toEqual(
      expect.arrayContaining(['缺少页面：/news/hello/', '缺少页面：/civil-code/1165/', 'index.html 的链接指向不存在的页面：/news/missing/']),
    )
    expect(r.errors.join()).not.toContain('/search/')
    expect(r.errors.join()).not.toContain('a.png')
  })

  it('leaves Pagefind’s own UI code alone, in the main bundle and in shards, but not pages', async () => {
    const dir = tmp()
    for (const f of ['pagefind/pagefind-ui.js', 'pagefind-shards/s0/pagefind-ui.js', 'news/hello/index.html']) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true })
      fs.writeFileSync(path.join(dir, f), 'translated by someone@example.com')
    }
    const errors = (await validateSite(dir, snapshot())).errors.join('\n')
    expect(errors).not.toContain('pagefind')
    expect(errors).toContain('news/hello/index.html 含有个人信息')
  })

  it('walks and scans every file, however the output is shared out between its threads', async () => {
    const dir = tmp()
    const write = (f: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true })
      fs.writeFileSync(path.join(dir, f), text)
    }
    write('index.html', '<a href="/news/hello/">x</a>')
    write('search/index.html', '')
    write('news/hello/index.html', '')
    write('civil-code/1165/index.html', '')
    write('civil-code/index.html', '')
    for (let law = 0; law < 9; law++)
      for (let n = 1; n <= 5; n++) write(`laws/law-${law}/${n}/index.html`, `<a href="/laws/law-${law}/${n + 1}/">下一条</a>`)
    write('laws/law-6/3/index.html', '<p>联系人 13912345678</p>')
    const r = await validateSite(dir, snapshot())
    expect(r.files).toBe(5 + 45)
    expect(r.errors.filter((e) => e.includes('个人信息'))).toEqual(['laws/law-6/3/index.html 含有个人信息：手机号 139****78'])
    // Each law's last article links one past its end: nine broken links, each named with the page that has it.
    const broken = r.errors.filter((e) => e.includes('链接指向不存在的页面'))
    expect(broken.sort()).toEqual(Array.from({ length: 9 }, (_, law) => `laws/law-${law}/5/index.html 的链接指向不存在的页面：/laws/law-${law}/6/`))
  })

  it('scans a page without its inlined stylesheets, and everything around them', async () => {
    expect(withoutStyles('<head><style>a{b:c}</style><title>T</title><style media="print">x</style></head><p>电话 13812345678</p>')).toBe(
      '<head><title>T</title></head><p>电话 13812345678</p>',
    )
    expect(withoutStyles('<p>no styles</p>')).toBe('<p>no styles</p>')
    const dir = tmp()
    fs.mkdirSync(path.join(dir, 'news/hello'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'news/hello/index.html'), '<style>.x{}</style><title>联系 13912345678</title><style>.y{}</style><p>报名电话 13712345678</p>')
    const errors = (await validateSite(dir, snapshot())).errors.filter((e) => e.includes('个人信息'))
    expect(errors).toHaveLength(2)
  })

  it('finds personal data but allows the contact point’s published contacts', () => {
    const allow = new Set(['07503866000', 'lifa@jianghai.gov.cn'])
    expect(findPersonalData('电话 138-1234-5678', allow, [])).toHaveLength(1)
    expect(findPersonalData('身份证 11010519491231002X', allow, [])).toHaveLength(1)
    expect(findPersonalData('写信到 zhang.san@example.com', allow, [])).toHaveLength(1)
    // The whole address is reported (masked from its first characters), wherever it stands in the text.
    expect(findPersonalData('q0ffx0gge 邮箱:wang_wu+news@mail.example.cn。', allow, [])).toEqual(['电子邮箱 wan****cn'])
    expect(findPersonalData('@media (min-width:40em){} a@b 用户@example', allow, [])).toEqual([])
    expect(findPersonalData('办公电话 0750-3866000，lifa@jianghai.gov.cn', allow, [])).toEqual([])
    // Not personal data: long numbers, asset names, timestamps.
    expect(findPersonalData('id=17643168000001 logo@2x.png 第1165条 20260101', allow, [])).toEqual([])
    expect(findPersonalData('座机 0750-1234567', allow, ['0750-1234567'])).toHaveLength(1)
  })
})

describe('S3 deploy plan', () => {
  it('uploads only new or changed files, assets before pages, and deletes what is gone', () => {
    const plan = planSync(
      [
        { key: 'index.html', md5: 'aaa', size: 10 },
        { key: '_astro/app.1234.js', md5: 'bbb', size: 20 },
        { key: 'news/a/index.html', md5: 'ccc', size: 30 },
        { key: 'pagefind/pagefind-entry.json', md5: 'ddd', size: 5 },
      ],
      [
        { key: 'index.html', etag: '"old"', size: 10 },
        { key: 'news/a/index.html', etag: '"ccc"', size: 30 },
        { key: 'news/removed/index.html', etag: '"eee"', size: 3 },
      ],
    )
    expect(plan.upload.map((f) => f.key)).toEqual(['_astro/app.1234.js', 'index.html', 'pagefind/pagefind-entry.json'])
    expect(plan.remove).toEqual(['news/removed/index.html'])
    expect(plan.unchanged).toBe(1)
  })

  it('caches hashed assets and the Pagefind chunks for a year, pages and the entry point not at all', () => {
    expect(cacheControlFor('_astro/app.1234.js')).toContain('immutable')
    expect(cacheControlFor('pagefind/fragment/zh-cn_abc.pf_fragment')).toContain('immutable')
    expect(cacheControlFor('pagefind/pagefind-entry.json')).toContain('max-age=0')
    expect(cacheControlFor('pagefind-shards/s3/index/zh-cn_abc.pf_index')).toContain('immutable')
    expect(cacheControlFor('pagefind-shards/s3/pagefind-entry.json')).toContain('max-age=0')
    expect(cacheControlFor('pagefind/shards.json')).toContain('max-age=0')
    expect(cacheControlFor('news/a/index.html')).toContain('max-age=0')
  })
})
