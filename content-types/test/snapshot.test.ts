import { describe, expect, it } from 'vitest'
import type { CollectionPoint, Consultation, Law, LawExplainer, LibraryArticle, Lecture, News, Recap, SearchSynonym, SiteSetting, SquareEvent } from '../src/payload-types'
import {
  collectionPointSchema,
  lectureSchema,
  newsSchema,
  siteSnapshotSchema,
  snapshotCollections,
  snapshotSchemas,
  type PublicCollectionPoint,
  type PublicConsultation,
  type PublicExplainer,
  type PublicLaw,
  type PublicLecture,
  type PublicNews,
  type PublicRecap,
  type PublicSettings,
  type PublicSquareEvent,
  type SiteSnapshot,
} from '../src/snapshot'

const doc = { id: 1, slug: 'a', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', _status: 'published' }
const body = { root: { type: 'root', children: [] } }
const lecture = {
  ...doc,
  title: '讲座',
  kind: 'lecture',
  state: 'scheduled',
  startsAt: '2026-12-05T07:00:00.000Z',
  endsAt: '2026-12-05T08:30:00.000Z',
  venue: { name: '江翠社区' },
  capacity: 80,
  seatsLeft: null,
  waitlistCount: 0,
}

describe('snapshot schemas', () => {
  it('check the fields pages rely on and let the rest through', () => {
    const parsed = newsSchema.parse({ ...doc, title: '新闻', category: 'work', body, cover: 3 })
    expect(parsed.cover).toBe(3)
    expect(newsSchema.safeParse({ ...doc, title: '新闻', category: 'gossip', body }).success).toBe(false)
    expect(lectureSchema.safeParse(lecture).success).toBe(true)
    expect(lectureSchema.safeParse({ ...lecture, venue: undefined }).success).toBe(false)
  })
  it('refuse personal fields outright', () => {
    const point = { ...doc, name: '英南村', kind: 'collection-point' }
    expect(collectionPointSchema.safeParse(point).success).toBe(true)
    expect(collectionPointSchema.safeParse({ ...point, liaisonPhone: '13900000000' }).success).toBe(false)
    expect(snapshotSchemas.recaps.safeParse({ ...doc, title: '回顾', body, author: 4 }).success).toBe(false)
  })
  it('cover every document list of the snapshot', () => {
    expect(Object.keys(snapshotSchemas).sort()).toEqual(Object.keys(snapshotCollections).sort())
    const empty = { generatedAt: doc.createdAt, settings: { id: 1, siteName: '联系点' }, synonyms: [], news: [], explainers: [], laws: [], lectures: [lecture], squareEvents: [], recaps: [], consultations: [], collectionPoints: [] }
    expect(siteSnapshotSchema.safeParse(empty).success).toBe(true)
  })
})

// Compile-time (npm run typecheck -w content-types): what the CMS reads from Payload fits the snapshot types.
export const fits = (payload: {
  news: News; explainer: LawExplainer; lecture: Lecture; event: SquareEvent; recap: Recap; consultation: Consultation
  point: CollectionPoint; settings: SiteSetting; synonyms: NonNullable<SearchSynonym['entries']>; law: Law; article: LibraryArticle
}): Omit<SiteSnapshot, 'generatedAt'> => ({
  settings: payload.settings satisfies PublicSettings,
  synonyms: payload.synonyms,
  // Uploads carry a personal field (uploadedBy) and Payload types their file name as optional; the snapshot
  // refuses the one and requires the other, so uploads are casts.
  news: [{ ...payload.news, cover: payload.news.cover as PublicNews['cover'] } satisfies PublicNews],
  explainers: [payload.explainer satisfies PublicExplainer],
  laws: [{ ...payload.law, shortTitle: payload.law.shortTitle || payload.law.title, articles: [payload.article] } satisfies PublicLaw],
  lectures: [{ ...payload.lecture, cover: payload.lecture.cover as PublicLecture['cover'], seatsLeft: 1, waitlistCount: 0 } satisfies PublicLecture],
  squareEvents: [{ ...payload.event, photos: payload.event.photos as PublicSquareEvent['photos'] } satisfies PublicSquareEvent],
  // Payload types personal fields too; the snapshot refuses them, so these two are casts.
  recaps: [payload.recap as PublicRecap],
  consultations: [{ ...payload.consultation, attachments: payload.consultation.attachments as PublicConsultation['attachments'], participants: 0, opinionCount: 0 } satisfies PublicConsultation],
  collectionPoints: [payload.point as PublicCollectionPoint],
})
