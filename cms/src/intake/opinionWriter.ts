/**
 * The hot insert of public opinions: validated rows go straight into the opinions table through drizzle,
 * several concurrent requests per statement (group commit). A request is answered only after the statement
 * that holds its row has committed, so every 2xx is in the database even if the process dies right after.
 * Everything the collection's hooks would stamp is stamped here (receipt, channel, status, defaults).
 */
import type { Payload } from 'payload'
import { isUniqueViolation } from '../lib/sql'
import { receiptFormat } from '@lawpoint/content-types'

export type OpinionRow = {
  kind: string
  consultation: number | string | null
  articleNumber: number | null
  articleLabel: string | null
  content: string
  name: string
  phone: string
  identity: string
  locality: string | null
  showPublicly: boolean
  consent: boolean
  attachment: number | string | null
}

type Pending = { row: OpinionRow; receipt: string; resolve: (r: { id: number | string; receipt: string }) => void; reject: (e: unknown) => void }

const MAX_BATCH = 200
const queue: Pending[] = []
let scheduled = false
let running = false

export function writeOpinion(payload: Payload, row: OpinionRow): Promise<{ id: number | string; receipt: string }> {
  return new Promise((resolve, reject) => {
    queue.push({ row, receipt: receiptFormat.generate(), resolve, reject })
    if (!scheduled && !running) {
      scheduled = true
      // Let the requests already read from the sockets join this batch.
      setImmediate(() => void flush(payload))
    }
  })
}

async function flush(payload: Payload) {
  scheduled = false
  if (running) return
  running = true
  try {
    while (queue.length) {
      const batch = queue.splice(0, MAX_BATCH)
      await insertBatch(payload, batch)
    }
  } finally {
    running = false
  }
}

async function insertBatch(payload: Payload, batch: Pending[], attempt = 0): Promise<void> {
  const adapter = payload.db as unknown as { drizzle: any; tables: Record<string, any> }
  const table = adapter.tables.opinions
  // Receipts unique within the batch; a clash with an existing row is drawn again below.
  const seen = new Set<string>()
  for (const p of batch) {
    while (seen.has(p.receipt)) p.receipt = receiptFormat.generate()
    seen.add(p.receipt)
  }
  const now = new Date().toISOString()
  let inserted: { id: number | string; receipt: string }[]
  try {
    inserted = await adapter.drizzle
      .insert(table)
      .values(
        batch.map(({ row, receipt }) => ({
          receipt,
          kind: row.kind,
          consultation: row.consultation,
          articleNumber: row.articleNumber,
          articleLabel: row.articleLabel,
          content: row.content,
          name: row.name,
          phone: row.phone,
          identity: row.identity,
          locality: row.locality,
          showPublicly: row.showPublicly,
          consent: row.consent,
          attachment: row.attachment,
          channel: 'online',
          status: 'received',
          rewardIssued: false,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .onConflictDoNothing({ target: table.receipt })
      .returning({ id: table.id, receipt: table.receipt })
  } catch (error) {
    if (batch.length > 1 && attempt < 1 && !isUniqueViolation(error)) {
      // One bad row must not sink the others: write them one by one.
      for (const p of batch) await insertBatch(payload, [p], attempt + 1)
      return
    }
    for (const p of batch) p.reject(error)
    return
  }
  const byReceipt = new Map(inserted.map((r) => [r.receipt, r]))
  const clashed: Pending[] = []
  for (const p of batch) {
    const r = byReceipt.get(p.receipt)
    if (r) p.resolve(r)
    else clashed.push(p)
  }
  if (clashed.length) {
    if (attempt > 8) for (const p of clashed) p.reject(new Error('回执编号分配失败'))
    else {
      for (const p of clashed) p.receipt = receiptFormat.generate()
      await insertBatch(payload, clashed, attempt + 1)
    }
  }
}
