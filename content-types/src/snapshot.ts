/**
 * The content the public site is built from: published documents only, with no personal data,
 * plus the live figures the site shows (seats left, participation counts).
 * Produced by `npm run export:snapshot` (cms/src/scripts/export-snapshot.ts) or read over REST.
 */
import type {
  CollectionPoint,
  Consultation,
  LawExplainer,
  Lecture,
  News,
  Recap,
  SearchSynonym,
  SiteSetting,
  SquareEvent,
} from './payload-types'

export type PublicLecture = Lecture & {
  /** Seats not yet taken by confirmed registrations; null when unknown. */
  seatsLeft: number | null
  waitlistCount: number
}

export type PublicConsultation = Consultation & {
  participants: number
  opinionCount: number
}

export interface SiteSnapshot {
  generatedAt: string
  settings: SiteSetting
  synonyms: SearchSynonym['entries']
  news: News[]
  explainers: LawExplainer[]
  lectures: PublicLecture[]
  squareEvents: SquareEvent[]
  recaps: Recap[]
  consultations: PublicConsultation[]
  collectionPoints: CollectionPoint[]
}

export const snapshotCollections = {
  news: 'news',
  explainers: 'law-explainers',
  lectures: 'lectures',
  squareEvents: 'square-events',
  recaps: 'recaps',
  consultations: 'consultations',
  collectionPoints: 'collection-points',
} as const
