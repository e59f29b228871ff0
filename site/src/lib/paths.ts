/** URLs of content pages, in one place so links and getStaticPaths agree. */
type Sluggable = { id: number | string; slug?: string | null }
export const slugOf = (d: Sluggable) => d.slug || String(d.id)

export const newsPath = (d: Sluggable) => `/news/${slugOf(d)}/`
export const lecturePath = (d: Sluggable) => `/lectures/${slugOf(d)}/`
export const eventPath = (d: Sluggable) => `/square-events/${slugOf(d)}/`
export const consultationPath = (d: Sluggable) => `/consultations/${slugOf(d)}/`
export const explainerPath = (d: { lawKey: string; articleNumber: number }) =>
  d.lawKey === 'civil-code' ? `/civil-code/${d.articleNumber}/` : `/laws/${d.lawKey}/${d.articleNumber}/`
