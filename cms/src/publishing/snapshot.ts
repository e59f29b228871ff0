import type { Payload } from 'payload'
import { personalData, snapshotCollections, stripPersonal, type PersonalRegistry, type SiteSnapshot } from '@lawpoint/content-types'
import { publicStats } from '../intake/stats'

/**
 * Everything the public site is built from, read as an anonymous visitor would (overrideAccess: false,
 * no user): published documents only, staff-only fields already removed by field access.
 */
export async function exportSnapshot(payload: Payload, registry: PersonalRegistry = personalData): Promise<SiteSnapshot> {
  const anonymous = { overrideAccess: false, depth: 1, limit: 0, pagination: false } as const
  const read = async <K extends keyof typeof snapshotCollections>(key: K) => {
    const collection = snapshotCollections[key]
    const { docs } = await payload.find({ collection, ...anonymous })
    // Field access already hides personal fields from an anonymous reader; the registry makes sure.
    return docs.map((d) => stripPersonal(collection, d, registry))
  }
  const [news, explainers, lectures, squareEvents, recaps, consultations, collectionPoints, stats] = await Promise.all([
    read('news'),
    read('explainers'),
    read('lectures'),
    read('squareEvents'),
    read('recaps'),
    read('consultations'),
    read('collectionPoints'),
    publicStats(payload),
  ])
  const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false, depth: 1 })
  const synonyms = await payload.findGlobal({ slug: 'search-synonyms', overrideAccess: false, depth: 0 })
  return {
    generatedAt: new Date().toISOString(),
    settings,
    synonyms: synonyms.entries ?? [],
    news: news as SiteSnapshot['news'],
    explainers: explainers as SiteSnapshot['explainers'],
    lectures: (lectures as unknown as SiteSnapshot['lectures']).map((l) => {
      const s = stats.lectures[String(l.id)]
      return { ...l, seatsLeft: s?.seatsLeft ?? l.capacity, waitlistCount: s?.waitlistCount ?? 0 }
    }),
    squareEvents: squareEvents as SiteSnapshot['squareEvents'],
    recaps: recaps as SiteSnapshot['recaps'],
    consultations: (consultations as unknown as SiteSnapshot['consultations']).map((c) => ({
      ...c,
      participants: stats.consultations[String(c.id)]?.participants ?? 0,
      opinionCount: stats.consultations[String(c.id)]?.opinionCount ?? 0,
    })),
    collectionPoints: collectionPoints as SiteSnapshot['collectionPoints'],
  }
}
