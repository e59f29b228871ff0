/**
 * Demo pictures and documents, so that `npm start` shows covers, a recap gallery and a consultation's PDF. The
 * pictures are drawn here (SVG scenes rendered to JPEG by sharp, then uploaded through Payload, which makes
 * the sizes the site uses); their alt text says they are illustrations. Nothing binary is kept in the repository.
 */
import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'

type Scene = 'hall' | 'square' | 'village' | 'desk'
type DemoImage = { key: string; scene: Scene; seed: number; alt: string; caption?: string }

function random(seed: number) {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

const W = 1600
const H = 1067
const pick = <T,>(rnd: () => number, list: T[]) => list[Math.floor(rnd() * list.length)]!
const skin = ['#f1c7a5', '#e0ac85', '#c68b63', '#f5d3b8']
const clothes = ['#2f5d8a', '#a33', '#3c7d4a', '#6b4c9a', '#d08a2a', '#555', '#1d7874', '#b5523b']

/** A seated or standing person seen from behind or the front: shoulders and a head. */
function person(rnd: () => number, x: number, y: number, scale: number): string {
  const c = pick(rnd, clothes)
  return `<rect x="${x - 34 * scale}" y="${y}" width="${68 * scale}" height="${90 * scale}" rx="${26 * scale}" fill="${c}"/>` +
    `<circle cx="${x}" cy="${y - 18 * scale}" r="${24 * scale}" fill="${pick(rnd, skin)}"/>` +
    `<path d="M${x - 24 * scale} ${y - 22 * scale} a${24 * scale} ${24 * scale} 0 0 1 ${48 * scale} 0 z" fill="#222"/>`
}

function crowd(rnd: () => number, rows: number, top: number, bottom: number): string {
  let out = ''
  for (let r = 0; r < rows; r++) {
    const t = r / Math.max(1, rows - 1)
    const scale = 0.7 + t * 0.9
    const y = top + (bottom - top) * t
    for (let x = 60 + rnd() * 60; x < W; x += 110 * scale + rnd() * 30) out += person(rnd, x, y, scale)
  }
  return out
}

function sceneSvg(scene: Scene, seed: number): string {
  const rnd = random(seed)
  const parts: string[] = []
  if (scene === 'hall' || scene === 'desk') {
    parts.push(`<rect width="${W}" height="${H}" fill="#efe6d6"/>`, `<rect y="${H * 0.62}" width="${W}" height="${H * 0.38}" fill="#b98b5e"/>`)
    parts.push(`<rect x="${W * 0.3}" y="80" width="${W * 0.4}" height="${H * 0.33}" fill="#fff" stroke="#666" stroke-width="8"/>`)
    parts.push(`<rect x="${W * 0.25}" y="40" width="${W * 0.5}" height="30" fill="#b22222"/>`)
    for (let i = 0; i < 5; i++) parts.push(`<rect x="${W * 0.34}" y="${130 + i * 44}" width="${W * (0.18 + rnd() * 0.14)}" height="16" fill="#9aa7b4"/>`)
    parts.push(person(rnd, W * (0.18 + rnd() * 0.1), H * 0.42, 1.6))
    if (scene === 'desk') parts.push(`<rect x="${W * 0.1}" y="${H * 0.55}" width="${W * 0.8}" height="60" fill="#7a4e2d"/>`, crowd(rnd, 1, H * 0.66, H * 0.66))
    else parts.push(crowd(rnd, 4, H * 0.6, H * 0.92))
  } else {
    const sky = scene === 'square' ? ['#7fb8e6', '#d6ecfa'] : ['#f3b66b', '#fbe2b8']
    parts.push(`<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky[0]}"/><stop offset="1" stop-color="${sky[1]}"/></linearGradient></defs>`)
    parts.push(`<rect width="${W}" height="${H}" fill="url(#s)"/>`, `<rect y="${H * 0.55}" width="${W}" height="${H * 0.45}" fill="${scene === 'square' ? '#c9c2b4' : '#8fae6b'}"/>`)
    for (let i = 0; i < 6; i++) {
      const x = rnd() * W
      const h = 120 + rnd() * 220
      parts.push(`<rect x="${x}" y="${H * 0.55 - h}" width="${90 + rnd() * 120}" height="${h}" fill="#${['d9d4cc', 'bfb8ad', 'e8e2d8'][i % 3]}"/>`)
    }
    parts.push(`<rect x="${W * 0.2}" y="${H * 0.3}" width="${W * 0.6}" height="90" fill="#c8102e"/>`)
    for (let i = 0; i < 5; i++) parts.push(`<circle cx="${W * 0.26 + i * W * 0.12}" cy="${H * 0.3 + 45}" r="16" fill="#ffd700"/>`)
    for (let i = 0; i < 3; i++) {
      const x = W * (0.12 + i * 0.3)
      parts.push(`<polygon points="${x},${H * 0.5} ${x + 130},${H * 0.42} ${x + 260},${H * 0.5}" fill="#1f5fa8"/>`, `<rect x="${x + 10}" y="${H * 0.5}" width="240" height="90" fill="#f4f4f4"/>`)
    }
    parts.push(crowd(rnd, 3, H * 0.68, H * 0.9))
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`
}

/** A one-page PDF (standard Helvetica, ASCII only: a demo stand-in for the draft's real PDF). */
function demoPdf(lines: string[]): Buffer {
  const stream = lines.map((l, i) => `BT /F1 ${i ? 12 : 18} Tf 72 ${770 - i * 28} Td (${l}) Tj ET`).join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

const images: DemoImage[] = [
  { key: 'news-plan', scene: 'desk', seed: 1, alt: '示意插图：会议桌前，区人大常委会工作人员讨论联系点工作方案' },
  { key: 'news-constitution-week', scene: 'square', seed: 2, alt: '示意插图：江南广场上挂起红色横幅，群众在宣传展板前驻足', caption: '宪法宣传周活动现场（示意）' },
  { key: 'lecture-marriage', scene: 'hall', seed: 3, alt: '示意插图：社区多功能厅内，居民坐满座位听法官讲课' },
  { key: 'square-constitution', scene: 'square', seed: 4, alt: '示意插图：宪法广场上的咨询摊位和排队咨询的居民' },
  { key: 'square-village', scene: 'village', seed: 5, alt: '示意插图：英南村村口广场上的普法摊位' },
  ...[
    '示意插图：法官在讲台上讲解彩礼返还案件',
    '示意插图：座无虚席的社区多功能厅',
    '示意插图：一位居民在提问环节举手发言',
    '示意插图：志愿者在门口为居民签到',
    '示意插图：居民在讲座后向法官单独请教',
    '示意插图：志愿者整理居民提交的意见建议',
  ].map((alt, i) => ({ key: `recap-marriage-${i + 1}`, scene: (i % 2 ? 'hall' : 'desk') as Scene, seed: 10 + i, alt, caption: i === 0 ? '江翠社区普法讲座（示意）' : undefined })),
]

/** Where each picture and document goes: a document's upload field, found by its slug, filled only if empty. */
const placements: { collection: CollectionSlug; slug: string; field: string; keys: string[] }[] = [
  { collection: 'news', slug: 'contact-point-plan-adopted', field: 'cover', keys: ['news-plan'] },
  { collection: 'news', slug: 'constitution-week-jiangnan-square', field: 'cover', keys: ['news-constitution-week'] },
  { collection: 'lectures', slug: 'lecture-marriage-family-past', field: 'cover', keys: ['lecture-marriage'] },
  { collection: 'square-events', slug: 'constitution-week-square', field: 'photos', keys: ['square-constitution'] },
  { collection: 'square-events', slug: 'civil-code-village-yingnan', field: 'photos', keys: ['square-village'] },
  { collection: 'recaps', slug: 'recap-marriage-family-lecture', field: 'gallery', keys: images.filter((i) => i.key.startsWith('recap-marriage-')).map((i) => i.key) },
  { collection: 'consultations', slug: 'social-assistance-law-draft', field: 'attachments', keys: ['draft-pdf'] },
]

export async function seedMedia(payload: Payload, created: Record<string, number>): Promise<void> {
  const ids = new Map<string, number | string>()
  const upload = async (key: string, alt: string, caption: string | undefined, file: { data: Buffer; mimetype: string; name: string }) => {
    const found = await payload.find({ collection: 'media', where: { filename: { like: `demo-${key}` } }, limit: 1, depth: 0 })
    if (found.docs[0]) return ids.set(key, found.docs[0].id)
    const doc = await payload.create({ collection: 'media', data: { alt, caption }, file: { ...file, size: file.data.length }, depth: 0, context: { seeding: true } })
    created.media = (created.media ?? 0) + 1
    ids.set(key, doc.id)
  }
  for (const image of images) {
    const data = await sharp(Buffer.from(sceneSvg(image.scene, image.seed))).jpeg({ quality: 85 }).toBuffer()
    await upload(image.key, image.alt, image.caption, { data, mimetype: 'image/jpeg', name: `demo-${image.key}.jpg` })
  }
  const pdf = demoPdf(['Draft for comment (demo document)', 'Replace with the draft law PDF in the CMS: Media.'])
  await upload('draft-pdf', '社会救助法（草案）全文（演示文件）', undefined, { data: pdf, mimetype: 'application/pdf', name: 'demo-draft-pdf.pdf' })

  for (const { collection, slug, field, keys } of placements) {
    const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, draft: true })
    const doc = docs[0] as unknown as Record<string, unknown> | undefined
    if (!doc || (Array.isArray(doc[field]) ? (doc[field] as unknown[]).length : doc[field])) continue
    const value = field === 'cover' ? ids.get(keys[0]!) : keys.map((k) => ids.get(k))
    await payload.update({ collection, id: doc.id as number, data: { [field]: value } as never, depth: 0, context: { seeding: true } })
  }
}
