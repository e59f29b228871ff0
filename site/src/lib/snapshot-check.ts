/**
 * The check every document of a snapshot passes before a page is built: the shared snapshot schemas
 * (@lawpoint/content-types). The content collections run it in a cold build (content.config.ts); the warm build
 * server runs it in build:start for each later build (integrations/incremental.ts).
 */
import { lawSchema, siteSnapshotSchema, snapshotSchemas, type SiteSnapshot } from '@lawpoint/content-types'
import { prettifyError, type ZodType } from 'zod'

export type CheckedDoc = { id: number | string }

const siteSchema = siteSnapshotSchema.pick({ settings: true, synonyms: true, generatedAt: true })
const listed = (key: keyof typeof snapshotSchemas) => ({ schema: snapshotSchemas[key] as ZodType, docs: (s: SiteSnapshot): CheckedDoc[] => s[key] })

/** Each collection of the site: its schema and its documents in a snapshot. */
export const snapshotParts = {
  news: listed('news'),
  explainers: listed('explainers'),
  // The library (a snapshot from before it has none): each law with all its articles.
  laws: { schema: lawSchema as ZodType, docs: (s: SiteSnapshot): CheckedDoc[] => s.laws ?? [] },
  lectures: listed('lectures'),
  squareEvents: listed('squareEvents'),
  recaps: listed('recaps'),
  consultations: listed('consultations'),
  collectionPoints: listed('collectionPoints'),
  site: {
    schema: siteSchema as ZodType,
    docs: (s: SiteSnapshot): CheckedDoc[] => [{ id: 'settings', settings: s.settings, synonyms: s.synonyms ?? [], generatedAt: s.generatedAt } as CheckedDoc],
  },
}

/** Throws, naming the document and what is wrong, if the document does not match. */
export function checkDoc(part: string, schema: ZodType, doc: CheckedDoc): void {
  const checked = schema.safeParse(doc)
  if (!checked.success) throw new Error(`[snapshot] ${part} → ${doc.id} does not match the snapshot schema:\n${prettifyError(checked.error)}`)
}

/** The parts of this build's snapshot already checked (by the content loaders, another copy of this module). */
const CHECKED = Symbol.for('lawpoint.checkedParts')
export function checkedParts(): Set<string> {
  const g = globalThis as { [CHECKED]?: { build: string | undefined; parts: Set<string> } }
  const build = process.env.LAWPOINT_BUILD_ID
  if (g[CHECKED]?.build !== build || !g[CHECKED]) g[CHECKED] = { build, parts: new Set() }
  return g[CHECKED].parts
}

/** Checks what the content sync did not (a later build of the warm build server has no content sync). */
export function checkSnapshot(s: SiteSnapshot): void {
  const checked = checkedParts()
  for (const [part, { schema, docs }] of Object.entries(snapshotParts)) {
    if (checked.has(part)) continue
    for (const doc of docs(s)) checkDoc(part, schema, doc)
    checked.add(part)
  }
}
