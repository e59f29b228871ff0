/**
 * Demo content for a fresh install. Idempotent: every document is looked up by its slug (or email,
 * or receipt) first and left alone when present, so a second run changes nothing.
 */
import fs from 'node:fs'
import type { CollectionSlug, Payload, Where } from 'payload'
import { numberToChinese } from '@lawpoint/content-types'
import { readCase } from './cases'
import { collectionPoints } from './data/collectionPoints'
import { consultations } from './data/consultations'
import { lectures, recaps, squareEvents } from './data/events'
import { explainers } from './data/explainers'
import type { CitedSeed } from './data/types'
import { news } from './data/news'
import { seedMedia } from './media'
import { demoOpinions, demoRegistrants } from './demoSubmissions'
import { demoUsers } from './demoUsers'
import { civilCodeArticles, lawArticles, type SourcedArticle } from './lawSource'
import { lexical } from './lexical'
import { districtPlanFile, lawsDir } from './paths'
import { importLaws } from '../lawLibrary/import'
import { searchSynonyms, siteSettings } from './settings'
import { cancelCodeFormat, checkInCodeFormat } from '@lawpoint/content-types'

const day = 86_400_000
const daysFromNow = (days: number, hour?: number) => {
  const d = new Date(Date.now() + days * day)
  // Hours are Beijing time (UTC+8) whatever the server's zone.
  if (hour !== undefined) d.setUTCHours(hour - 8, 0, 0, 0)
  return d.toISOString()
}

export interface SeedReport {
  created: Record<string, number>
}

export interface SeedOptions {
  /** Create the demo logins (public passwords): only for a local demo, never in production (cli/seed.ts checks). */
  demoAccounts?: boolean
}

export async function seed(payload: Payload, log: (msg: string) => void = () => {}, options: SeedOptions = {}): Promise<SeedReport> {
  const created: Record<string, number> = {}

  async function ensure<T extends Record<string, unknown>>(
    collection: CollectionSlug,
    where: Where,
    data: () => T | Promise<T>,
    options: { draft?: boolean } = {},
  ): Promise<{ id: number | string; created: boolean }> {
    const found = await payload.find({ collection, where, limit: 1, depth: 0, draft: true, pagination: false })
    if (found.docs[0]) return { id: found.docs[0].id as number | string, created: false }
    const doc = await payload.create({
      collection,
      data: { _status: options.draft ? 'draft' : 'published', ...(await data()) } as never,
      draft: options.draft,
      depth: 0,
      context: { seeding: true },
    })
    created[collection] = (created[collection] ?? 0) + 1
    return { id: doc.id as number | string, created: true }
  }

  // Collection points first: liaison accounts belong to one.
  const pointIds = new Map<string, number | string>()
  for (const p of collectionPoints) {
    const { id } = await ensure('collection-points', { slug: { equals: p.slug } }, () => ({ ...p, order: collectionPoints.indexOf(p) + 1 }))
    pointIds.set(p.slug, id)
  }
  log(`信息采集点 ${collectionPoints.length} 个`)

  const userIds = new Map<string, number | string>()
  for (const u of options.demoAccounts ? demoUsers : []) {
    const point = u.collectionPointName ? collectionPoints.find((p) => p.name.includes(u.collectionPointName!)) : undefined
    const { id } = await ensure('users', { email: { equals: u.email } }, () => ({
      email: u.email,
      password: u.password,
      name: u.name,
      role: u.role,
      ...(point ? { collectionPoint: pointIds.get(point.slug) } : {}),
    }))
    userIds.set(u.role, id)
  }

  // The law library first: explainers are checked against it.
  await seedLawLibrary()
  await seedExplainers()
  log(`普法解读 ${explainers.length} 篇`)

  for (const n of news) {
    await ensure('news', { slug: { equals: n.slug } }, () => ({
      title: n.title,
      slug: n.slug,
      category: n.category,
      summary: n.summary,
      body: lexical(n.body),
      author: n.author ?? '江海区人大常委会',
      publishedAt: daysFromNow(-n.daysAgo, 10),
    }))
  }
  await seedDistrictPlan()
  log(`新闻 ${news.length + 1} 篇`)

  // Cited articles point at library laws by id.
  const lawIds = new Map(
    (await payload.find({ collection: 'laws', limit: 0, pagination: false, depth: 0, draft: true, select: { key: true } })).docs.map((l) => [l.key, l.id]),
  )
  const cited = (cites: CitedSeed | undefined) =>
    (cites ?? []).map((c) => {
      const law = lawIds.get(c.lawKey)
      if (law === undefined) throw new Error(`种子数据有误：法律法规库中没有 ${c.lawKey}`)
      return { law, articles: c.articles }
    })

  const lectureIds = new Map<string, number | string>()
  for (const l of lectures) {
    const startsAt = daysFromNow(l.startsInDays, l.startHour)
    const endsAt = new Date(new Date(startsAt).getTime() + l.durationHours * 3_600_000).toISOString()
    const { id, created: isNew } = await ensure('lectures', { slug: { equals: l.slug } }, () => ({
      title: l.title,
      slug: l.slug,
      kind: l.kind,
      state: l.state,
      speakers: l.speakers,
      startsAt,
      startsAt_tz: 'Asia/Shanghai',
      endsAt,
      endsAt_tz: 'Asia/Shanghai',
      venue: l.venue,
      capacity: l.capacity,
      registrationOpensAt: daysFromNow(Math.min(l.startsInDays - 14, -1), 9),
      registrationClosesAt: daysFromNow(l.startsInDays - 1, 18),
      summary: l.summary,
      body: lexical(l.body),
      citedArticles: cited(l.cites),
    }))
    lectureIds.set(l.slug, id)
    if (isNew && l.demoRegistrations) await seedRegistrations(id, l.demoRegistrations)
  }

  const squareIds = new Map<string, number | string>()
  for (const e of squareEvents) {
    const startsAt = daysFromNow(e.startsInDays, e.startHour)
    const { id } = await ensure('square-events', { slug: { equals: e.slug } }, () => ({
      title: e.title,
      slug: e.slug,
      kind: e.kind,
      startsAt,
      startsAt_tz: 'Asia/Shanghai',
      endsAt: new Date(new Date(startsAt).getTime() + e.durationHours * 3_600_000).toISOString(),
      endsAt_tz: 'Asia/Shanghai',
      place: e.place,
      organisers: e.organisers,
      summary: e.summary,
      body: lexical(e.body),
    }))
    squareIds.set(e.slug, id)
  }
  log(`讲座 ${lectures.length} 场，广场活动 ${squareEvents.length} 场`)

  for (const r of recaps) {
    await ensure(
      'recaps',
      { slug: { equals: r.slug } },
      () => ({
        title: r.title,
        slug: r.slug,
        lecture: r.lecture ? lectureIds.get(r.lecture) : undefined,
        squareEvent: r.squareEvent ? squareIds.get(r.squareEvent) : undefined,
        summary: r.summary,
        body: lexical(r.body),
        // Published ones become 已发布 when created (collections/Recaps/hooks/review.ts); the draft waits for review.
        reviewState: r.submittedForReview ? 'submitted' : 'writing',
        author: userIds.get('volunteer'),
        ...(r.submittedForReview ? { submittedAt: daysFromNow(-r.daysAgo, 16) } : { publishedAt: daysFromNow(-r.daysAgo, 16) }),
      }),
      { draft: r.submittedForReview },
    )
  }

  for (const c of consultations) {
    const { id } = await ensure('consultations', { slug: { equals: c.slug } }, () => ({
      title: c.title,
      slug: c.slug,
      draftKind: c.draftKind,
      level: c.level,
      draftingBody: c.draftingBody,
      opensAt: daysFromNow(c.opensInDays, 9),
      opensAt_tz: 'Asia/Shanghai',
      closesAt: daysFromNow(c.closesInDays, 18),
      closesAt_tz: 'Asia/Shanghai',
      summary: c.summary,
      explanation: lexical(c.explanation),
      articles: c.articles.map((a, i) => ({ number: i + 1, label: a.label, chapter: a.chapter, text: a.text })),
      citedArticles: cited(c.cites),
      ...(c.result
        ? {
            result: {
              publishedAt: daysFromNow(c.closesInDays + 20, 10),
              opinionCount: c.result.opinionCount,
              adoptedCount: c.result.adoptedCount,
              body: lexical(c.result.body),
            },
          }
        : {}),
    }))
    if (c.opensInDays <= 0) await seedOpinions(id, c.articles.length, c.closesInDays < 0)
  }
  log(`立法意见征集 ${consultations.length} 项`)

  await seedMedia(payload, created)
  log('演示图片与附件已就位')

  await seedGlobals()
  return { created }

  /** The laws shipped in laws/: the Constitution, the whole Civil Code and the other common laws (npm run laws:import). */
  async function seedLawLibrary() {
    const result = await importLaws(payload, lawsDir, { queueBuild: false, context: { seeding: true }, by: '初始化（npm run seed）' })
    if (result.failed.length) throw new Error(`法律文本导入失败：${result.failed.map((f) => `${f.file}：${f.reason}`).join('；')}`)
    if (result.totals.created) created.laws = result.totals.created
    if (result.totals.added) created['law-articles'] = result.totals.added
    const articles = result.laws.reduce((n, l) => n + (l.diff ? l.diff.added.length + l.diff.changed.length + l.diff.moved.length + l.diff.unchanged : 0), 0)
    log(`法律法规库 ${result.laws.length} 部法律，${articles} 条（${(result.ms / 1000).toFixed(1)} 秒）`)
  }

  async function seedExplainers() {
    const sources = new Map<string, Map<number, SourcedArticle>>()
    const source = (e: (typeof explainers)[number]) => {
      const key = e.lawKey === 'civil-code' ? 'civil-code' : e.lawFile!
      if (!sources.has(key)) sources.set(key, e.lawKey === 'civil-code' ? civilCodeArticles() : lawArticles(e.lawFile!))
      return sources.get(key)!
    }
    for (const e of explainers) {
      const articles = source(e)
      const first = articles.get(e.articleNumber)
      if (!first) throw new Error(`种子数据有误：${e.lawKey} 没有第 ${e.articleNumber} 条`)
      const run = [first]
      for (let n = e.articleNumber + 1; e.articleNumberEnd && n <= e.articleNumberEnd; n++) {
        const next = articles.get(n)
        if (next) run.push(next)
      }
      const slug = `${e.lawKey}-${e.articleNumber}`
      await ensure('law-explainers', { slug: { equals: slug } }, () => ({
        title: e.title,
        slug,
        law: first.law,
        lawKey: e.lawKey,
        book: first.book,
        part: first.part,
        chapter: first.chapter,
        section: first.section,
        articleNumber: e.articleNumber,
        articleNumberEnd: e.articleNumberEnd,
        articleText: run.map((a) => `${a.label}　${a.text}`).join('\n'),
        explanation: lexical(e.explanation),
        qa: e.qa,
        cases: (e.cases ?? []).map(readCase),
        relatedArticles: e.related,
        tags: e.tags,
        aliases: e.aliases,
        publishedAt: daysFromNow(-30 + (e.articleNumber % 25), 9),
      }))
    }
  }

  /** The district plan that started the project, published as the founding news item. */
  async function seedDistrictPlan() {
    const lines = fs
      .readFileSync(districtPlanFile, 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
    const start = lines.findIndex((l) => l.startsWith('为贯彻落实'))
    const body = lines.slice(start < 0 ? 0 : start).map((l) => (/^[一二三四五六七八九十]+、/.test(l) ? `## ${l}` : l))
    await ensure('news', { slug: { equals: 'district-plan' } }, () => ({
      title: '江海区推进全国人大常委会法工委基层立法联系点建设实施方案',
      slug: 'district-plan',
      category: 'notice',
      summary: '区人大常委会印发实施方案，明确立法联系点建设的指导思想、工作目标和工作措施。',
      body: lexical(body),
      author: '江海区人大',
      publishedAt: '2024-05-17T07:47:00.000Z',
    }))
  }

  async function seedRegistrations(lecture: number | string, seats: number) {
    let taken = 0
    let i = 0
    while (taken < seats) {
      const person = demoRegistrants[i % demoRegistrants.length]!
      const attendees = Math.min(seats - taken, (i % 3) + 1)
      await payload.create({
        collection: 'registrations',
        data: {
          lecture: lecture as number,
          name: person,
          phone: `139${String(20000000 + i * 7919).slice(0, 8)}`,
          attendees,
          consent: true,
          status: 'confirmed',
          checkInCode: checkInCodeFormat.generate(),
          cancelCode: cancelCodeFormat.generate(),
        },
        depth: 0,
        context: { seeding: true },
      })
      taken += attendees
      i++
    }
    created.registrations = (created.registrations ?? 0) + i
  }

  /** Each demo opinion is looked up by its consultation and words, so one added later reaches seeded databases too. */
  async function seedOpinions(consultation: number | string, articleCount: number, closed: boolean) {
    for (const [i, o] of demoOpinions.entries()) {
      const where: Where = { and: [{ consultation: { equals: consultation } }, { content: { equals: o.content } }] }
      const found = await payload.find({ collection: 'opinions', where, limit: 1, depth: 0, pagination: false, overrideAccess: true })
      if (found.docs[0]) continue
      const pointName = o.offline ? (o.collectionPoint ?? '英南') : undefined
      const pointSeed = pointName ? collectionPoints.find((p) => p.name.includes(pointName)) : undefined
      if (pointName && !pointSeed) throw new Error(`种子数据有误：没有名称含“${pointName}”的信息采集点`)
      const articleNumber = o.wholeDraft ? undefined : (i % articleCount) + 1
      await payload.create({
        collection: 'opinions',
        data: {
          kind: 'consultation',
          consultation: consultation as number,
          articleNumber,
          articleLabel: articleNumber ? `第${numberToChinese(articleNumber)}条` : undefined,
          content: o.content,
          name: o.name,
          phone: `137${String(10000000 + i * 104729).slice(0, 8)}`,
          identity: o.identity,
          locality: o.locality,
          showPublicly: i % 2 === 0,
          consent: true,
          channel: o.offline ? 'offline' : 'online',
          collectionPoint: pointSeed ? (pointIds.get(pointSeed.slug) as number) : undefined,
          gatheredAt: o.offline ? daysFromNow(-3 - i) : undefined,
          status: closed ? (i % 3 === 0 ? 'adopted' : 'not-adopted') : (['received', 'sorted', 'forwarded'] as const)[i % 3],
          category: o.category,
          feedback: closed && i % 3 === 0 ? '您的意见已被上级人大采纳，感谢您对立法工作的支持。' : undefined,
        },
        depth: 0,
        context: { seeding: true },
      })
      created.opinions = (created.opinions ?? 0) + 1
    }
  }

  async function seedGlobals() {
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    if (!settings.contact?.address) await payload.updateGlobal({ slug: 'site-settings', data: siteSettings, depth: 0 })
    const synonyms = await payload.findGlobal({ slug: 'search-synonyms', depth: 0 })
    if (!synonyms.entries?.length) await payload.updateGlobal({ slug: 'search-synonyms', data: { entries: searchSynonyms }, depth: 0 })
  }
}

