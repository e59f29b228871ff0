/**
 * Payload's REST accepts `where` and `data` as JSON in the query string and parses them unguarded: `?where=abc`
 * was a 500. The REST routes answer such a request 400 with a Chinese message before Payload sees it.
 */
type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const jsonParams = ['where', 'data'] as const

export function unreadableJsonParam(url: URL): string | undefined {
  for (const name of jsonParams) {
    const value = url.searchParams.get(name)
    if (!value) continue
    try {
      JSON.parse(value)
    } catch {
      return name
    }
  }
  return undefined
}

export const refusingUnreadableJson =
  (handler: Handler): Handler =>
  async (request, context) => {
    const name = unreadableJsonParam(new URL(request.url))
    if (!name) return handler(request, context)
    return Response.json({ errors: [{ message: `查询参数 ${name} 须为 JSON，或写成“${name}[字段][运算符]=值”的形式。` }] }, { status: 400 })
  }
