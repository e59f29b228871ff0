/**
 * Shapes of the demo content. Texts are written by people; law article texts are NOT typed here —
 * the seed reads them from laws/ (shipped in the repository) by article number. Dates are offsets from seed time so the
 * demo always has something upcoming, open and past.
 */
export type Paragraphs = string[]

export interface ExplainerSeed {
  /** Law key; 'civil-code' reads laws/民法典/*.md */
  lawKey: string
  /** For other laws: the file under laws/, e.g. '行政法/野生动物保护法(2022-12-30).md' */
  lawFile?: string
  articleNumber: number
  articleNumberEnd?: number
  title: string
  explanation: Paragraphs
  qa: { question: string; answer: string }[]
  aliases: string[]
  tags: string[]
  related: number[]
  /** File names under laws/案例/ (e.g. '民法典/自愿参加体育活动 意外受伤谁担责.md') to attach as cases */
  cases?: string[]
}

export interface NewsSeed {
  slug: string
  title: string
  category: 'work' | 'legislation' | 'education' | 'notice'
  summary: string
  body: Paragraphs
  daysAgo: number
  author?: string
}

/** Articles of a library law a lecture or consultation cites (by the law's key, laws/keys.json). */
export type CitedSeed = { lawKey: string; articles: number[] }[]

export interface LectureSeed {
  slug: string
  /** Articles the lecture covers: their pages on the site link to it. */
  cites?: CitedSeed
  title: string
  kind: 'lecture' | 'forum'
  speakers: { name: string; title?: string }[]
  /** Start in days from seed time (negative: past) and hour of day in Beijing time */
  startsInDays: number
  startHour: number
  durationHours: number
  venue: { name: string; address: string }
  capacity: number
  summary: string
  body: Paragraphs
  state: 'scheduled' | 'cancelled' | 'finished'
  /** How many seats the seed fills with demo registrations (for the "nearly full" lecture) */
  demoRegistrations?: number
}

export interface SquareEventSeed {
  slug: string
  title: string
  kind: 'constitution' | 'rule-of-law'
  startsInDays: number
  startHour: number
  durationHours: number
  place: { name: string; address: string }
  organisers: string[]
  summary: string
  body: Paragraphs
}

export interface RecapSeed {
  slug: string
  title: string
  /** slug of a LectureSeed or SquareEventSeed */
  lecture?: string
  squareEvent?: string
  summary: string
  body: Paragraphs
  daysAgo: number
  /** Written by the demo volunteer; true = still a draft submitted for review */
  submittedForReview?: boolean
}

export interface ConsultationSeed {
  slug: string
  /** Articles of current law the draft touches. */
  cites?: CitedSeed
  title: string
  draftKind: 'law' | 'regulation' | 'plan'
  level: 'national' | 'provincial' | 'municipal'
  draftingBody: string
  opensInDays: number
  closesInDays: number
  summary: string
  explanation: Paragraphs
  /** The draft's articles, in order; label like '第一条' */
  articles: { label: string; chapter?: string; text: string }[]
  /** For a closed consultation: the published feedback */
  result?: { opinionCount: number; adoptedCount: number; body: Paragraphs }
}

export interface CollectionPointSeed {
  slug: string
  name: string
  kind: 'collection-point' | 'liaison-unit' | 'deputy-room'
  address: string
  subjectAreas: ('economy' | 'urban' | 'environment' | 'livelihood' | 'culture' | 'governance' | 'rule-of-law')[]
  description: string
  liaisonName: string
  liaisonPhone: string
}
