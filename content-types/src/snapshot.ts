/**
 * The content the public site is built from: published documents only, with no personal data, plus the live
 * figures the site shows (seats left, participation counts). Produced by the CMS's snapshot export or read over
 * REST; the site validates every document with these schemas before building a page.
 *
 * One base schema, extended per type with the fields pages rely on; anything else passes through unchecked.
 * The types are inferred from the schemas and list the declared fields only: pages read nothing else.
 */
import { z } from 'zod'
import {
  collectionPointKinds,
  draftKinds,
  lectureKinds,
  lectureStates,
  legislatureLevels,
  newsCategories,
  squareKinds,
  subjectAreas,
  valuesOf,
} from './options'
import { personalFields, type PersonalCollection, type PersonalFieldName } from './personal-data'

const text = z.string().nullish()
const oneOf = <T extends readonly { value: string }[]>(list: T) => z.enum(valuesOf(list))
/** Lexical JSON: the shape is checked here; the site's renderer deals with each node strictly. */
const richText = z.looseObject({ root: z.looseObject({ children: z.array(z.looseObject({ type: z.string() })) }) })
const place = z.object({ name: z.string(), address: text })
const link = z.object({ label: z.string(), href: z.string() })
/** Personal fields may not arrive at all, whatever the source (personal-data.ts). */
const refused = <C extends PersonalCollection>(collection: C) =>
  Object.fromEntries(personalFields(collection).map((f) => [f, z.undefined().optional()])) as Record<PersonalFieldName<C>, z.ZodOptional<z.ZodUndefined>>

export const documentSchema = z.looseObject({
  id: z.number(),
  slug: text,
  createdAt: z.string(),
  updatedAt: z.string(),
  _status: z.enum(['draft', 'published']).nullish(),
})
const titled = documentSchema.extend({ title: z.string(), summary: text })

/** One file of an upload as Payload stores it: the original or one of its sizes (cms Media: thumbnail, card, wide). */
const mediaFile = z.object({
  url: z.string().nullish(),
  filename: z.string().nullish(),
  mimeType: text,
  filesize: z.number().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
})
/**
 * An image or document staff uploaded (cms Media), as populated in the documents that show it. The site copies
 * its files into the build (site/src/lib/media/); alt is required by the CMS for every upload.
 */
export const mediaSchema = documentSchema.extend({
  ...mediaFile.shape,
  filename: z.string(),
  mimeType: z.string(),
  alt: z.string(),
  caption: text,
  sizes: z.record(z.string(), mediaFile).nullish(),
  ...refused('media'),
})
/** An upload field: the media document at depth 1; an id or null when it cannot be read (deleted, not public). */
const mediaRef = z.union([mediaSchema, z.number()]).nullish()
const mediaList = z.array(z.union([mediaSchema, z.number()])).nullish()
const published = titled.extend({ publishedAt: text })

export const newsSchema = published.extend({ category: oneOf(newsCategories), body: richText, author: text, cover: mediaRef })

export const explainerSchema = published.extend({
  law: z.string(),
  lawKey: z.string().regex(/^[a-z0-9-]+$/),
  articleNumber: z.number().int().positive(),
  articleNumberEnd: z.number().int().positive().nullish(),
  articleLabel: text,
  articleText: z.string(),
  book: text,
  part: text,
  chapter: text,
  section: text,
  explanation: richText,
  cases: z.array(z.object({ title: z.string(), facts: text, outcome: text, analysis: text })).nullish(),
  qa: z.array(z.object({ question: z.string(), answer: z.string() })).nullish(),
  relatedArticles: z.array(z.number()).nullish(),
  aliases: z.array(z.string()).nullish(),
})

/** One article of a law in the library (law-articles in the CMS), nested in its law in the snapshot. */
export const lawArticleSchema = z.object({
  number: z.number().int().positive(),
  /** 第一千一百六十五条 */
  label: z.string(),
  book: text,
  part: text,
  chapter: text,
  section: text,
  /** Paragraphs joined by newlines, without the leading label. */
  text: z.string(),
})

/** A law of the library (laws in the CMS) with its articles in order; key is the URL segment (laws/keys.json). */
export const lawSchema = documentSchema.extend({
  key: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  /** Without 中华人民共和国: 劳动合同法 */
  shortTitle: z.string(),
  /** The folder it was imported from: 宪法, 民法典, 社会法 … */
  category: text,
  /** The dated lines above the text (adopted, amended), as published. */
  history: z.array(z.string()).nullish(),
  effectiveAt: text,
  amendedAt: text,
  source: text,
  articles: z.array(lawArticleSchema),
})

/** Articles of a library law that a lecture or consultation cites (snapshot form: the law's key). */
export const citedArticlesSchema = z.array(z.object({ lawKey: z.string(), articles: z.array(z.number().int().positive()) })).nullish()

export const lectureSchema = titled.extend({
  kind: oneOf(lectureKinds),
  state: oneOf(lectureStates),
  startsAt: z.string(),
  endsAt: z.string(),
  venue: place,
  speakers: z.array(z.object({ name: z.string(), title: text })).nullish(),
  capacity: z.number(),
  registrationOpensAt: text,
  registrationClosesAt: text,
  body: richText.nullish(),
  /** Seats not yet taken by confirmed registrations; null when unknown. */
  seatsLeft: z.number().nullable(),
  waitlistCount: z.number(),
  citedArticles: citedArticlesSchema,
  cover: mediaRef,
})

export const squareEventSchema = titled.extend({
  kind: oneOf(squareKinds),
  startsAt: z.string(),
  endsAt: text,
  place,
  organisers: z.array(z.string()).nullish(),
  body: richText.nullish(),
  photos: mediaList,
})

/** A recap's lecture or event: an id, or the document at depth 1. */
const ref = z.union([z.number(), z.object({ id: z.number() })]).nullish()
export const recapSchema = published.extend({ lecture: ref, squareEvent: ref, byline: text, body: richText, gallery: mediaList, ...refused('recaps') })

export const consultationSchema = titled.extend({
  level: oneOf(legislatureLevels),
  draftKind: oneOf(draftKinds),
  draftingBody: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  summary: z.string(),
  explanation: richText.nullish(),
  articles: z.array(z.object({ number: z.number(), label: z.string(), chapter: text, text: z.string() })).nullish(),
  result: z
    .looseObject({ publishedAt: text, opinionCount: z.number().nullish(), adoptedCount: z.number().nullish(), body: richText.nullish() })
    .nullish(),
  participants: z.number(),
  opinionCount: z.number(),
  /** Articles of library laws the draft would change: their pages link to the opinion form. */
  citedArticles: citedArticlesSchema,
  /** The draft's PDF, its 起草说明 …: download links on the consultation's page. */
  attachments: mediaList,
})

export const collectionPointSchema = documentSchema.extend({
  name: z.string(),
  kind: oneOf(collectionPointKinds),
  address: text,
  publicPhone: text,
  subjectAreas: z.array(oneOf(subjectAreas)).nullish(),
  description: text,
  order: z.number().nullish(),
  ...refused('collection-points'),
})

/** The SiteSettings global: what staff edit, never hard-coded in the site. */
export const settingsSchema = z.looseObject({
  // No id until staff first save the settings: the defaults are published as they are.
  id: z.number().optional(),
  siteName: z.string(),
  tagline: text,
  description: text,
  contact: z.object({ address: text, phone: text, email: text, hours: text }).nullish(),
  navigation: z.array(link).nullish(),
  links: z.array(link).nullish(),
  footer: text,
})

export const synonymSchema = z.object({ term: z.string(), expansions: z.array(z.string()) })

export const siteSnapshotSchema = z.object({
  generatedAt: z.string(),
  settings: settingsSchema,
  synonyms: z.array(synonymSchema),
  news: z.array(newsSchema),
  explainers: z.array(explainerSchema),
  laws: z.array(lawSchema),
  lectures: z.array(lectureSchema),
  squareEvents: z.array(squareEventSchema),
  recaps: z.array(recapSchema),
  consultations: z.array(consultationSchema),
  collectionPoints: z.array(collectionPointSchema),
})

/**
 * The declared fields of a schema. (z.infer of a loose object adds `[k: string]: unknown`, which would let pages
 * read undeclared fields as unknown, and which Payload's interfaces cannot be assigned to.)
 */
export type Declared<S extends z.ZodObject> = z.output<z.ZodObject<S['shape']>>

export type PublicNews = Declared<typeof newsSchema>
export type PublicExplainer = Declared<typeof explainerSchema>
export type PublicLaw = Declared<typeof lawSchema>
export type PublicLawArticle = z.output<typeof lawArticleSchema>
export type PublicLecture = Declared<typeof lectureSchema>
export type PublicSquareEvent = Declared<typeof squareEventSchema>
export type PublicRecap = Declared<typeof recapSchema>
export type PublicConsultation = Declared<typeof consultationSchema>
export type PublicCollectionPoint = Declared<typeof collectionPointSchema>
export type PublicSettings = Declared<typeof settingsSchema>
export type PublicMedia = Declared<typeof mediaSchema>

type Parts = (typeof siteSnapshotSchema)['shape']
export type SiteSnapshot = {
  [K in keyof Parts]: Parts[K] extends z.ZodArray<infer E extends z.ZodObject>
    ? Declared<E>[]
    : Parts[K] extends z.ZodObject
      ? Declared<Parts[K]>
      : z.output<Parts[K]>
}

/** The snapshot's document lists, by the CMS collection each comes from. */
export const snapshotCollections = {
  news: 'news',
  explainers: 'law-explainers',
  lectures: 'lectures',
  squareEvents: 'square-events',
  recaps: 'recaps',
  consultations: 'consultations',
  collectionPoints: 'collection-points',
} as const

/** Each document list's schema, by snapshot key. */
export const snapshotSchemas = {
  news: newsSchema,
  explainers: explainerSchema,
  lectures: lectureSchema,
  squareEvents: squareEventSchema,
  recaps: recapSchema,
  consultations: consultationSchema,
  collectionPoints: collectionPointSchema,
} as const satisfies Record<keyof typeof snapshotCollections, z.ZodObject>
